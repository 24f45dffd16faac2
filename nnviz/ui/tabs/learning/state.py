"""Qt-free state of the Learning tab's loss and simpleNet pages (ch4.2, 4.4.2); tests drive it.

Every number comes from the engine: ``mean_squared_error``, ``cross_entropy_error``,
``SimpleNet`` and ``numerical_gradient_steps``. Nothing here recomputes them.
"""

from __future__ import annotations

import numpy as np

from nnviz.engine.functions import cross_entropy_error, mean_squared_error, softmax
from nnviz.engine.gradient import NudgeStep, numerical_gradient_steps
from nnviz.engine.nets import BOOK_SIMPLE_NET_T, BOOK_SIMPLE_NET_W, BOOK_SIMPLE_NET_X, SimpleNet

CLASSES = 10
# Book 4.2.1: the network's output for one image whose correct label is 2.
BOOK_Y = (0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0)
# The same outputs with 0.6 moved to 7: the network now favours a wrong answer.
BOOK_Y_FAVOURS_7 = (0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0)
BOOK_LABEL = 2
DELTA = 1e-7  # what cross_entropy_error adds inside log (book 4.2.2)


def one_hot(label: int, classes: int = CLASSES) -> np.ndarray:
    t = np.zeros(classes)
    t[label] = 1
    return t


class LossState:
    """Ten output probabilities y (always summing to 1) and the correct label (book 4.2.1–4.2.2)."""

    def __init__(self):
        self.y = np.array(BOOK_Y, dtype=np.float64)
        self.label = BOOK_LABEL

    @property
    def t(self) -> np.ndarray:
        return one_hot(self.label)

    def set_example(self, y, label: int = BOOK_LABEL) -> None:
        self.y = np.array(y, dtype=np.float64)
        self.label = int(label)

    def set_label(self, label: int) -> None:
        if not 0 <= label < CLASSES:
            raise ValueError(f"the label must be 0…{CLASSES - 1}, got {label}")
        self.label = int(label)

    def set_probability(self, k: int, value: float) -> None:
        """y_k = value (clamped to 0…1); the other nine keep their proportions and fill up to 1."""
        value = min(1.0, max(0.0, float(value)))
        others = np.arange(CLASSES) != k
        rest = self.y[others].sum()
        if rest > 1e-12:
            self.y[others] *= (1.0 - value) / rest
        else:  # the others were all 0: share what is left equally
            self.y[others] = (1.0 - value) / (CLASSES - 1)
        self.y[k] = value

    def mse(self) -> float:
        return float(mean_squared_error(self.y, self.t))

    def cee(self) -> float:
        return float(cross_entropy_error(self.y, self.t))

    def y_correct(self) -> float:
        """The output for the correct label: the only one cross-entropy looks at."""
        return float(self.y[self.label])

    def favoured(self) -> int:
        return int(np.argmax(self.y))


class NetGradientWalk:
    """Book 4.4.2: simpleNet's dW entry by entry, each from its own pair of nudged losses."""

    H = 1e-4  # the book's h

    def __init__(self, W=BOOK_SIMPLE_NET_W):
        self.x = BOOK_SIMPLE_NET_X.copy()
        self.t = BOOK_SIMPLE_NET_T.copy()
        self.reset(W)

    def reset(self, W=None) -> None:
        """Start again (with a new W when given); no entry of dW is known yet."""
        if W is not None:
            self.net = SimpleNet(W)
        self.steps: list[NudgeStep] = []
        self._walk = numerical_gradient_steps(self._loss, self.net.W, self.H)

    def _loss(self, _W) -> float:
        # The same function as the book's f = lambda w: net.loss(x, t): it reads net.W, which
        # numerical_gradient_steps nudges in place.
        return self.net.loss(self.x, self.t)

    def loss(self) -> float:
        return float(self.net.loss(self.x, self.t))

    def scores(self) -> np.ndarray:
        return self.net.predict(self.x)

    def probabilities(self) -> np.ndarray:
        return softmax(self.scores())

    def done(self) -> bool:
        return len(self.steps) == self.net.W.size

    def step(self) -> NudgeStep | None:
        """Nudge the next weight: its two losses and its dW entry; None when all are done."""
        try:
            step = next(self._walk)
        except StopIteration:
            return None
        self.steps.append(step)
        return step

    def finish(self) -> None:
        while self.step() is not None:
            pass

    def dW(self) -> np.ndarray:
        """The entries found so far (nan where not yet nudged)."""
        dW = np.full(self.net.W.shape, np.nan)
        for step in self.steps:
            dW[step.index] = step.slope
        return dW


# Book 4.2.5: three classes of 2-D points, one at each of these centres (angles 0°, 120°, 240°);
# simpleNet's z = x·W has no bias, so the classes sit around the origin.
BLOB_CENTRES = np.array([[2.0, 0.0], [-1.0, 1.732], [-1.0, -1.732]])
BLOB_POINTS = 12  # per class: 36 points, so the accuracy moves in steps of 1/36
SWEEP_HALF_WIDTH = 3.0


class LossVsAccuracy:
    """Book 4.2.5: one weight of simpleNet swept; its loss is smooth, its accuracy a staircase."""

    def __init__(self, seed: int = 4):
        rng = np.random.default_rng(seed)
        self.labels = np.repeat(np.arange(3), BLOB_POINTS)
        self.x = BLOB_CENTRES[self.labels] + 1.1 * rng.standard_normal((len(self.labels), 2))
        self.t = np.eye(3)[self.labels]
        # A fair start: each class's weight column points at its centre.
        self.start_W = 0.5 * BLOB_CENTRES.T
        self.net = SimpleNet(self.start_W)
        self.choose((0, 1))

    def choose(self, index) -> None:
        """Sweep this weight (all weights back at their start)."""
        self.index = tuple(index)
        self.net.W[...] = self.start_W
        self.origin = self.weight

    @property
    def weight(self) -> float:
        return float(self.net.W[self.index])

    def set_weight(self, value: float) -> None:
        self.net.W[self.index] = value

    def loss(self) -> float:
        return float(self.net.loss(self.x, self.t))

    def accuracy(self) -> float:
        return self.net.accuracy(self.x, self.labels)

    def sweep_values(self, points: int = 601) -> np.ndarray:
        return np.linspace(self.origin - SWEEP_HALF_WIDTH, self.origin + SWEEP_HALF_WIDTH, points)

    def sweep(self, points: int = 601):
        """(w values, losses, accuracies) with the chosen weight moved across its start ± 3."""
        w0 = self.weight
        values = self.sweep_values(points)
        losses, accuracies = np.empty(points), np.empty(points)
        try:
            for n, value in enumerate(values):
                self.set_weight(value)
                losses[n], accuracies[n] = self.loss(), self.accuracy()
        finally:
            self.set_weight(w0)
        return values, losses, accuracies
