"""Qt-free: the engine code the Perceptron tab runs (issue 21), the learning rule's lines lit.

Before learning, the gate the student is fitting and ``perceptron_output``; once Step or Play
runs, ``perceptron_learning`` with the sample just seen: its output and error lines lit, and the
three update lines when the perceptron was wrong (Rosenblatt's rule only moves on a mistake).
"""

from __future__ import annotations

from nnviz.engine import perceptron as pe
from nnviz.ui.widgets.code_source import CodeItem, CodeView

SEEN = ("output = perceptron_output(w1, w2, b, x1, x2)", "error = target - output")
UPDATE = ("w1 += lr * error * x1", "w2 += lr * error * x2", "b += lr * error")


def learning_code(step, lr: float) -> CodeItem:
    """The rule after `step` (a PerceptronStep; None before the first)."""
    if step is None:
        return CodeItem(pe.perceptron_learning)
    x1, x2 = step.x
    error = step.target - step.output
    values = {
        "x1": x1,
        "x2": x2,
        "target": step.target,
        "output": step.output,
        "error": error,
        "w1": step.w1,
        "w2": step.w2,
        "b": step.b,
        "lr": lr,
        "epoch": step.epoch,
    }
    return CodeItem(pe.perceptron_learning, SEEN + (UPDATE if error else ()), values)


def perceptron_code(gate: str, weights, step, lr: float, two_layer: bool = False) -> CodeView:
    w1, w2, b = weights
    output = CodeItem(
        pe.perceptron_output,
        ("tmp = np.sum(",),
        {"w1": w1, "w2": w2, "b": b},
    )
    gate_fn = CodeItem(getattr(pe, "XOR" if two_layer else gate))
    learning = learning_code(step, lr)
    if two_layer:
        return CodeView((gate_fn, output), current=0)
    if step is not None:
        return CodeView((learning, output, gate_fn), current=0)
    return CodeView((output, learning, gate_fn), current=0)
