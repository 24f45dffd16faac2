"""Ch2 perceptron tab, the Qt-free side: weights, truth table, line geometry, the learner."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from nnviz.engine import (
    AND,
    BOOK_WEIGHTS,
    GATE_INPUTS,
    GATE_TARGETS,
    NAND,
    OR,
    PerceptronStep,
    perceptron_learning,
    perceptron_output,
)

GATES = ("AND", "NAND", "OR", "XOR")
WEIGHT_RANGE = 5.0  # spin boxes and drags stay inside [-5, 5]
VIEW = (-0.5, 1.5)  # x1 and x2 range of the plot: the four inputs with a margin
START_WEIGHTS = (0.6, -0.4, -0.1)  # a line that solves none of the gates: something to fix
MIN_DRAG_NORM = 0.3  # |w| used while dragging a nearly-zero w, so angles stay fine-grained
LEARN_EPOCHS = 30  # enough for AND/NAND/OR from any line on screen; XOR shows it never settles
DECIMALS = 2  # weights are shown, and kept, to 0.01: the sums a student checks by hand add up
HANDLE_INSET = 0.08  # handles stay this far inside the plot's edge, where the mouse reaches them


def snap(v: float) -> float:
    """A weight as kept: inside ±WEIGHT_RANGE, to DECIMALS places (and never -0.0)."""
    return round(min(WEIGHT_RANGE, max(-WEIGHT_RANGE, float(v))), DECIMALS) + 0.0


def format_number(v: float) -> str:
    """2 decimals, with a true minus sign."""
    return f"{v:.{DECIMALS}f}".replace("-", "−")


def format_sum(a: float) -> str:
    """The sum with its sign; 0 up to float noise (0.1 + 0.2 - 0.3) shows as 0.00: on the line."""
    if abs(a) < 1e-9:
        return f"{0:.{DECIMALS}f}"
    return f"{a:+.{DECIMALS}f}".replace("-", "−")


@dataclass(frozen=True)
class Row:
    """One line of the truth table: inputs, weighted sum a = w1 x1 + w2 x2 + b, output, target."""

    x1: int
    x2: int
    a: float
    y: int
    t: int
    weights: tuple[float, float, float] = (0.0, 0.0, 0.0)  # the w1, w2, b the sum was made of

    @property
    def correct(self) -> bool:
        return self.y == self.t

    def terms(self) -> str:
        """ "0.65·1 + 0.50·0 − 0.55 = +0.10": the sum as a student writes it out."""
        w1, w2, b = self.weights
        parts = [f"{format_number(w1)}·{self.x1}"]
        for value, tail in ((w2, f"·{self.x2}"), (b, "")):
            sign = "−" if value < 0 else "+"
            parts.append(f"{sign} {format_number(abs(value))}{tail}")
        return f"{' '.join(parts)} = {format_sum(self.a)}"


@dataclass
class PerceptronState:
    """What the tab shows: the chosen gate and the single perceptron's w1, w2, b."""

    gate: str = "AND"
    w1: float = START_WEIGHTS[0]
    w2: float = START_WEIGHTS[1]
    b: float = START_WEIGHTS[2]

    @property
    def weights(self) -> tuple[float, float, float]:
        return self.w1, self.w2, self.b

    def set_weights(self, w1: float, w2: float, b: float) -> None:
        """Clipped to ±WEIGHT_RANGE and rounded to what the spin boxes show: the truth table's
        sums are then computed from the very numbers on screen (0.65·1 + 0.50·0 − 0.55 is
        +0.10, never the +0.11 of an unrounded 0.6549…)."""
        self.w1, self.w2, self.b = (snap(v) for v in (w1, w2, b))

    def rows(self) -> list[Row]:
        """The truth table; y from the engine so it agrees with the learning rule at every tie."""
        targets = GATE_TARGETS[self.gate]
        return [
            Row(
                x1,
                x2,
                self.w1 * x1 + self.w2 * x2 + self.b,
                perceptron_output(self.w1, self.w2, self.b, x1, x2),
                t,
                self.weights,
            )
            for (x1, x2), t in zip(GATE_INPUTS, targets, strict=True)
        ]

    def n_correct(self) -> int:
        return sum(r.correct for r in self.rows())

    def solved(self) -> bool:
        return self.n_correct() == len(GATE_INPUTS)

    def book_weights(self) -> tuple[float, float, float] | None:
        """The book's ch2.3.3 weights for this gate; None for XOR (no single perceptron does it)."""
        return BOOK_WEIGHTS.get(self.gate)


# ---- line geometry (data coordinates) -------------------------------------------------------


def line_handles(w1: float, w2: float, b: float, half: float = 0.55, center=(0.5, 0.5)):
    """Two points P, Q on w1 x1 + w2 x2 + b = 0, either side of the foot of `center`.

    Ordered so that w points to the left of P→Q (w ∝ rot90(Q - P)); dragging keeps that
    orientation, so the shaded side never flips by itself. None when w = 0 (no line).
    """
    w = np.array([w1, w2], dtype=float)
    norm = float(np.hypot(*w))
    if norm < 1e-12:
        return None
    n = w / norm
    c = np.asarray(center, dtype=float)
    foot = c - (n @ c + b / norm) * n  # projection of center on the line
    u = np.array([n[1], -n[0]])  # rot90(u) = n
    return foot - half * u, foot + half * u


def reachable_handles(w1: float, w2: float, b: float, half: float = 0.55):
    """Where the two grips go so the mouse can always reach one: (P, Q, on_line) or None.

    On the line's part inside the plot when it crosses the plot (re-centred there, closer
    together on a short stretch); when the line misses the plot altogether (the learning rule can
    send it there), "parked" on the plot's edge nearest to it, in the same order: dragging one
    then brings the line back through them. on_line is False for parked grips.
    """
    ends = line_handles(w1, w2, b, half)
    if ends is None:
        return None
    lo, hi = VIEW[0] + HANDLE_INSET, VIEW[1] - HANDLE_INSET
    p, q = ends
    if all(lo <= v <= hi for v in (*p, *q)):
        return p, q, True
    u = (q - p) / np.hypot(*(q - p))
    segment = line_segment_in_view(w1, w2, b, margin=-HANDLE_INSET)
    if segment is not None:
        ts = sorted(float(np.dot(np.asarray(end) - p, u)) for end in segment)
        middle = p + (ts[0] + ts[1]) / 2 * u
        spread = min(half, 0.4 * (ts[1] - ts[0]))
        return middle - spread * u, middle + spread * u, True
    middle = np.clip((p + q) / 2, lo, hi)
    return np.clip(middle - 0.3 * u, lo, hi), np.clip(middle + 0.3 * u, lo, hi), False


def weights_from_handles(p, q, norm: float):
    """(w1, w2, b) of the line through P and Q with |w| = norm and w = norm·rot90(Q - P)/|Q - P|."""
    d = np.asarray(q, dtype=float) - np.asarray(p, dtype=float)
    length = float(np.hypot(*d))
    if length < 1e-9:
        return None
    w = norm * np.array([-d[1], d[0]]) / length
    b = -float(w @ np.asarray(p, dtype=float))
    return float(w[0]), float(w[1]), b


def clip_half_plane(polygon, w1: float, w2: float, b: float):
    """Sutherland–Hodgman: the part of a convex polygon where w1 x1 + w2 x2 + b > 0."""
    out = []
    pts = [np.asarray(p, dtype=float) for p in polygon]
    for i, p in enumerate(pts):
        q = pts[(i + 1) % len(pts)]
        fp = w1 * p[0] + w2 * p[1] + b
        fq = w1 * q[0] + w2 * q[1] + b
        if fp > 0:
            out.append(p)
        if (fp > 0) != (fq > 0):
            s = fp / (fp - fq)
            out.append(p + s * (q - p))
    return [(float(x), float(y)) for x, y in out]


def view_box_polygon(margin: float = 3.0):
    """A rectangle well beyond the plot's view, to clip shaded half-planes from."""
    lo, hi = VIEW[0] - margin, VIEW[1] + margin
    return [(lo, lo), (hi, lo), (hi, hi), (lo, hi)]


def line_segment_in_view(w1: float, w2: float, b: float, margin: float = 3.0):
    """The line clipped to the (enlarged) view rectangle as two end points, or None."""
    if np.hypot(w1, w2) < 1e-12:
        return None
    lo, hi = VIEW[0] - margin, VIEW[1] + margin
    points = []
    if abs(w2) > 1e-12:
        for x in (lo, hi):
            y = -(w1 * x + b) / w2
            if lo <= y <= hi:
                points.append((x, y))
    if abs(w1) > 1e-12:
        for y in (lo, hi):
            x = -(w2 * y + b) / w1
            if lo <= x <= hi:
                points.append((x, y))
    if len(points) < 2:
        return None
    points.sort()
    return points[0], points[-1]


# ---- learning -------------------------------------------------------------------------------


@dataclass
class Learner:
    """Step / play / reset over the engine's perceptron_learning generator (TF Playground's Player).

    A run starts from the weights on screen. The tab calls forget() when the student moves the
    line or changes the gate, so the next step starts a fresh run from the new line.
    """

    start: tuple[float, float, float] | None = None  # weights when the run began (Reset goes back)
    last: PerceptronStep | None = None
    finished: bool = False
    epoch_offset: int = 0  # epochs of earlier rounds of this run (after restart())
    _steps: Iterator[PerceptronStep] | None = field(default=None, repr=False)

    def step(self, state: PerceptronState, lr: float) -> PerceptronStep | None:
        """Show one sample to the perceptron and move state's weights; None once finished."""
        if self.finished:
            return None
        if self._steps is None:
            if self.start is None:
                self.start = state.weights
            self.epoch_offset = self.epoch  # a new round counts on from the earlier ones
            self._steps = perceptron_learning(
                state.gate, w=(state.w1, state.w2), b=state.b, lr=lr, max_epochs=LEARN_EPOCHS
            )
        step = next(self._steps, None)
        if step is None:
            self.finished = True
            return None
        state.set_weights(step.w1, step.w2, step.b)
        self.last = step
        last_sample = step.index == len(GATE_INPUTS) - 1
        if step.converged or (step.epoch == LEARN_EPOCHS and last_sample):
            self.finished = True  # converged, or the generator ends here (XOR never settles)
        return step

    @property
    def running(self) -> bool:
        return self.last is not None

    @property
    def epoch(self) -> int:
        """Epochs so far in this run, counting every round."""
        return self.epoch_offset + (self.last.epoch if self.last is not None else 0)

    @property
    def converged(self) -> bool:
        return self.last is not None and self.last.converged

    def restart(self) -> None:
        """Continue from the current weights with new settings (learning rate); keep `start`."""
        self._steps = None
        self.finished = False

    def reset(self, state: PerceptronState) -> None:
        """Back to the weights the run started from; forget the run."""
        if self.start is not None:
            state.set_weights(*self.start)
        self.forget()

    def forget(self) -> None:
        self.start = self.last = self._steps = None
        self.finished = False
        self.epoch_offset = 0


# ---- ch2.5 the two-layer XOR ---------------------------------------------------------------


@dataclass(frozen=True)
class XorRow:
    """The book's ch2.5.2 table: s1 = NAND(x1, x2), s2 = OR(x1, x2), y = AND(s1, s2)."""

    x1: int
    x2: int
    s1: int
    s2: int
    y: int


def xor_rows() -> list[XorRow]:
    rows = []
    for x1, x2 in GATE_INPUTS:
        s1, s2 = NAND(x1, x2), OR(x1, x2)
        rows.append(XorRow(x1, x2, s1, s2, AND(s1, s2)))
    return rows
