"""Ch2 perceptrons: the book's logic gates and the classic learning rule (one sample a step)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# (w1, w2, b) as printed in the book, ch2.3.3.
BOOK_WEIGHTS = {
    "AND": (0.5, 0.5, -0.7),
    "NAND": (-0.5, -0.5, 0.7),
    "OR": (0.5, 0.5, -0.2),
}

GATE_INPUTS = [(0, 0), (1, 0), (0, 1), (1, 1)]
GATE_TARGETS = {
    "AND": [0, 0, 0, 1],
    "NAND": [1, 1, 1, 0],
    "OR": [0, 1, 1, 1],
    "XOR": [0, 1, 1, 0],
}


def perceptron_output(w1, w2, b, x1, x2):
    """Ch2.3.3 y = 1 if w1 x1 + w2 x2 + b > 0 else 0."""
    tmp = np.sum(np.array([w1, w2]) * np.array([x1, x2])) + b
    # Rounded so that a point exactly on the line (0.1 + 0.2 - 0.3 = 5.6e-17) gives 0, as the
    # truth table's "0.00" says, and float noise never decides the output.
    return 1 if round(float(tmp), 12) > 0 else 0


def AND(x1, x2):
    """Ch2.3.3 AND gate with the book's weights."""
    return perceptron_output(*BOOK_WEIGHTS["AND"], x1, x2)


def NAND(x1, x2):
    """Ch2.3.3 NAND gate with the book's weights."""
    return perceptron_output(*BOOK_WEIGHTS["NAND"], x1, x2)


def OR(x1, x2):
    """Ch2.3.3 OR gate with the book's weights."""
    return perceptron_output(*BOOK_WEIGHTS["OR"], x1, x2)


def XOR(x1, x2):
    """Ch2.5.2 XOR as a two-layer perceptron: AND(NAND(x1, x2), OR(x1, x2))."""
    return AND(NAND(x1, x2), OR(x1, x2))


@dataclass(frozen=True)
class PerceptronStep:
    """One sample seen: output before the update; w1, w2, b after it."""

    epoch: int  # 1-based
    index: int  # which of GATE_INPUTS
    x: tuple
    target: int
    output: int
    w1: float
    w2: float
    b: float
    errors_in_epoch: int  # mistakes so far in this epoch, this one included
    converged: bool  # True on the last step of an epoch without a mistake


def perceptron_learning(gate, w=(0.0, 0.0), b=0.0, lr=0.1, max_epochs=100):
    """Rosenblatt's rule, one sample a step: w ← w + η (t - y) x, b ← b + η (t - y).

    Stops after the first epoch with no mistake, or after max_epochs (XOR never converges:
    a single perceptron cannot separate it, which is the point of ch2.4).
    """
    if gate not in GATE_TARGETS:
        raise ValueError(f"gate must be one of {', '.join(GATE_TARGETS)}, got {gate!r}")
    w1, w2 = float(w[0]), float(w[1])
    b = float(b)
    targets = GATE_TARGETS[gate]
    for epoch in range(1, max_epochs + 1):
        errors = 0
        for index, (x1, x2) in enumerate(GATE_INPUTS):
            target = targets[index]
            output = perceptron_output(w1, w2, b, x1, x2)
            error = target - output
            if error:
                errors += 1
                w1 += lr * error * x1
                w2 += lr * error * x2
                b += lr * error
            last = index == len(GATE_INPUTS) - 1
            converged = last and errors == 0
            yield PerceptronStep(
                epoch, index, (x1, x2), target, output, w1, w2, b, errors, converged
            )
        if errors == 0:
            return
