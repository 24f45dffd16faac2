"""Qt-free: the engine code each Learning page runs (issue 21), the nudge's lines lit.

The "Gradient of a network" page steps through ``numerical_gradient_steps`` one weight at a time:
the lines that nudge the weight up and down and take the slope are lit, with that weight's
index, both losses and its entry of dW. The other pages show the functions they call.
"""

from __future__ import annotations

import numpy as np

from nnviz.engine.functions import cross_entropy_error, mean_squared_error, softmax
from nnviz.engine.gradient import numerical_gradient_steps
from nnviz.engine.nets import LayerNet, SimpleNet, TwoLayerNet
from nnviz.engine.optimizers import SGD
from nnviz.ui.widgets.code_source import CodeItem, CodeView

NUDGE = (
    "x[idx] = tmp_val + h",
    "fxh1 = np.asarray(f(x)",
    "x[idx] = tmp_val - h",
    "fxh2 = np.asarray(f(x)",
    "grad[idx] = (fxh1 - fxh2) / (2 * h)",
)


def loss_code(y, t) -> CodeView:
    """4.2.1-4.2.2: both losses of the bars on screen."""
    values = {"y": np.asarray(y), "t": np.asarray(t)}
    return CodeView(
        (
            CodeItem(cross_entropy_error, ("return -np.sum(np.log(",), values),
            CodeItem(mean_squared_error, ("return 0.5 * np.sum(",), values),
        )
    )


def nudge_code(step, W, h: float) -> CodeView:
    """4.4.2: the weight just nudged (a NudgeStep; None before the first)."""
    walk = CodeItem(numerical_gradient_steps)
    if step is not None:
        values = {
            "idx": step.index,
            "tmp_val": float(W[step.index]),
            "h": h,
            "fxh1": step.f_plus,
            "fxh2": step.f_minus,
            "grad[idx]": step.slope,
        }
        walk = CodeItem(numerical_gradient_steps, NUDGE, values)
    return CodeView((walk, CodeItem(SimpleNet.loss), CodeItem(softmax)))


def batch_code() -> CodeView:
    """4.2.3-4.2.4: a mini-batch's loss, and the net that gives the outputs."""
    return CodeView((CodeItem(cross_entropy_error), CodeItem(LayerNet.loss), CodeItem(SGD.update)))


def accuracy_code() -> CodeView:
    """4.2.5: simpleNet's loss beside its accuracy."""
    return CodeView((CodeItem(SimpleNet.loss), CodeItem(SimpleNet.accuracy)))


def race_code() -> CodeView:
    """4.5 vs 5.7: the numerical gradient one parameter at a time against backprop."""
    return CodeView(
        (
            CodeItem(LayerNet.numerical_gradient_steps),
            CodeItem(LayerNet.gradient),
            CodeItem(SGD.update),
            CodeItem(TwoLayerNet, book="TwoLayerNet"),
        )
    )
