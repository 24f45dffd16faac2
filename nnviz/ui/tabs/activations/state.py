"""Qt-free state of the Activations tab: what is plotted, computed from the engine (ch3-4)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from nnviz.engine.functions import ACTIVATIONS, leaky_relu, leaky_relu_grad, softmax
from nnviz.engine.gradient import numerical_diff, tangent_line

NAMES = ("step", "sigmoid", "tanh", "relu", "leaky_relu", "identity")
X_MIN, X_MAX = -6.0, 6.0
LOG_H_MIN, LOG_H_MAX = -10.0, 0.0  # the h slider: 1e-10 ... 1
BOOK_H = 1e-4  # the h of the book's numerical_diff and tangent_line
METHODS = ("forward", "central")
ERROR_FLOOR = 1e-17  # an error of exactly 0 is drawn here on the log-log plot

# Maths shown as plot titles; symbols only, so never translated.
FORMULAS = {
    "step": ("f(x) = 1 (x>0), 0 (x≤0)", "f′(x) = 0 (x≠0)"),
    "sigmoid": ("f(x) = 1 / (1 + exp(−x))", "f′(x) = f(x) (1 − f(x))"),
    "tanh": ("f(x) = tanh(x)", "f′(x) = 1 − tanh²(x)"),
    "relu": ("f(x) = max(0, x)", "f′(x) = 1 (x>0), 0 (x<0)"),
    "leaky_relu": ("f(x) = x (x>0), αx (x≤0)", "f′(x) = 1 (x>0), α (x<0)"),
    "identity": ("f(x) = x", "f′(x) = 1"),
}
# Points where the derivative does not exist (a jump or a corner).
KINKS = {"step": (0.0,), "relu": (0.0,), "leaky_relu": (0.0,)}
# The view of each function: (y_min, y_max) for x in [X_MIN, X_MAX].
Y_RANGES = {
    "step": (-0.3, 1.3),
    "sigmoid": (-0.3, 1.3),
    "tanh": (-1.4, 1.4),
    "relu": (-1.5, 6.0),
    "leaky_relu": (-1.5, 6.0),
    "identity": (-6.0, 6.0),
}
DERIVATIVE_Y_RANGE = (-0.2, 1.25)  # one scale for all: sigmoid's 0.25 is small next to tanh's 1
SATURATED = 0.05  # sigmoid/tanh count as saturated where f'(x) is below this


def forward_diff(f, x, h):
    """Ch4.3.1 forward difference (the book's "bad example"): f'(x) ≈ (f(x + h) - f(x)) / h.

    The engine only ships the central difference; the tab needs both to compare them.
    """
    return (f(x + h) - f(x)) / h


def difference(f, x, h, method: str):
    """The forward or the central (engine numerical_diff) difference quotient."""
    if method == "forward":
        return forward_diff(f, x, h)
    return numerical_diff(f, x, h)


def naive_softmax(a):
    """Ch3.5.1 softmax straight from the formula: exp(a_k) / sum_i exp(a_i) (overflows).

    Returns (exp(a), y). NumPy's overflow and 0/0 warnings are silenced here only: nan is the
    result the tab wants to show.
    """
    a = np.asarray(a, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore", under="ignore", divide="ignore"):
        exp_a = np.exp(a)
        return exp_a, exp_a / np.sum(exp_a)


@dataclass
class CurveState:
    """One activation function, a point x on it, and the step h of the difference quotient."""

    name: str = "sigmoid"
    x: float = 1.0
    log_h: float = math.log10(BOOK_H)
    method: str = "central"
    show_numerical: bool = False
    alpha: float = 0.1  # leaky ReLU's slope for x < 0 (the engine's default 0.01 is invisible)

    @property
    def h(self) -> float:
        return 10.0**self.log_h

    @property
    def f(self):
        if self.name == "leaky_relu":
            return partial(leaky_relu, alpha=self.alpha)
        return ACTIVATIONS[self.name][0]

    @property
    def df(self):
        if self.name == "leaky_relu":
            return partial(leaky_relu_grad, alpha=self.alpha)
        return ACTIVATIONS[self.name][1]

    def set_x(self, x: float) -> None:
        self.x = float(min(X_MAX, max(X_MIN, x)))

    def y_at(self, x: float) -> float:
        return float(self.f(np.float64(x)))

    def curve(self, n: int = 1201):
        """x (n,), f(x) and the formula's f'(x); nan where undefined (breaks the line)."""
        x = np.linspace(X_MIN, X_MAX, n)  # odd n: x = 0 is a sample
        y = self.f(x).astype(np.float64)
        dy = self.df(x).astype(np.float64)
        for kink in KINKS.get(self.name, ()):
            dy[np.isclose(x, kink)] = np.nan
            if self.name == "step":
                y[np.isclose(x, kink)] = np.nan  # no vertical segment at the jump
        return x, y, dy

    def numerical_curve(self, n: int = 49):
        """Sample points of the numerical derivative with the current h and method."""
        x = np.linspace(X_MIN, X_MAX, n)
        return x, difference(self.f, x, self.h, self.method).astype(np.float64)

    def derivative(self) -> float:
        """f'(x) from the formula (None at a kink)."""
        if any(math.isclose(self.x, k, abs_tol=1e-12) for k in KINKS.get(self.name, ())):
            return math.nan
        return float(self.df(np.float64(self.x)))

    def tangent(self):
        """The book's tangent_line(f, x) (central difference, h = 1e-4) and its slope."""
        line = tangent_line(self.f, np.float64(self.x))
        slope = float(numerical_diff(self.f, np.float64(self.x)))
        return line, slope

    def estimates(self) -> dict[str, float]:
        """Forward and central difference at x with the current h."""
        x = np.float64(self.x)
        return {m: float(difference(self.f, x, self.h, m)) for m in METHODS}

    def secant(self):
        """The two points the chosen difference quotient actually uses."""
        h = self.h
        x0, x1 = (self.x, self.x + h) if self.method == "forward" else (self.x - h, self.x + h)
        return (x0, self.y_at(x0)), (x1, self.y_at(x1))

    def error_curve(self, method: str, n: int = 201):
        """h (n,) on a log scale and |difference - f'(x)| (floored so that 0 can be drawn)."""
        hs = np.logspace(LOG_H_MIN, LOG_H_MAX, n)
        exact = self.derivative()
        est = difference(self.f, np.float64(self.x), hs, method).astype(np.float64)
        with np.errstate(invalid="ignore"):
            err = np.abs(est - exact)
        return hs, np.maximum(err, ERROR_FLOOR)

    def best_h(self, method: str) -> float:
        """The h of the smallest error along the error curve."""
        hs, err = self.error_curve(method)
        if not np.isfinite(err).any():
            return math.nan
        return float(hs[np.nanargmin(err)])

    def saturated(self) -> bool:
        """True where sigmoid/tanh are flat: the gradient passed back is almost 0."""
        return self.name in ("sigmoid", "tanh") and self.derivative() < SATURATED


@dataclass
class SoftmaxState:
    """An input vector a and a temperature T: y = softmax(a / T)."""

    a: list[float] = field(default_factory=lambda: [0.3, 2.9, 4.0])  # the book's example
    log_t: float = 0.0

    @property
    def temperature(self) -> float:
        return 10.0**self.log_t

    def scaled(self) -> np.ndarray:
        return np.asarray(self.a, dtype=np.float64) / self.temperature

    def stable(self) -> tuple[np.ndarray, np.ndarray]:
        """(exp(a/T - max), y) the book's way (3.5.2) via the engine's softmax."""
        z = self.scaled()
        return np.exp(z - z.max()), softmax(z)

    def naive(self) -> tuple[np.ndarray, np.ndarray]:
        return naive_softmax(self.scaled())


def parse_vector(text: str, max_len: int = 10) -> list[float] | None:
    """'0.3, 2.9, 4.0' (commas, Chinese commas or spaces) -> [0.3, 2.9, 4.0]; None if not valid."""
    parts = text.replace("，", ",").replace(";", ",").replace(",", " ").split()
    if not 1 <= len(parts) <= max_len:
        return None
    try:
        values = [float(p) for p in parts]
    except ValueError:
        return None
    if not all(math.isfinite(v) and abs(v) <= 1e6 for v in values):
        return None
    return values
