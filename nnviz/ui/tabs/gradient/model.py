"""Qt-free state of the Gradient tab: the functions, the −∇f quiver, descent paths, the race.

Everything here asks the engine (ch4 numerical_gradient / gradient_descent_path, ch6 OPTIMIZERS)
and returns plain arrays the tab draws; nothing imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from nnviz.engine.gradient import gradient_descent_path, numerical_gradient
from nnviz.engine.optimizers import OPTIMIZERS


# ---- the functions f(x0, x1); x: (2,) for the engine, or (2, H, W) for the contour grid --------
def sphere(x):
    """Ch4.4 the book's f(x0, x1) = x0² + x1² (figure 4-9: −∇f points at the minimum)."""
    return x[0] ** 2 + x[1] ** 2


def elongated(x):
    """Ch6.1.3 the book's f(x, y) = x²/20 + y²: steep in y, flat in x, hard for SGD."""
    return x[0] ** 2 / 20.0 + x[1] ** 2


def rosenbrock(x):
    """Rosenbrock's banana valley f = (1 − x0)² + 100 (x1 − x0²)², minimum at (1, 1)."""
    return (1.0 - x[0]) ** 2 + 100.0 * (x[1] - x[0] ** 2) ** 2


def saddle(x):
    """A saddle f = x0² − x1²: ∇f = 0 at the origin, yet it is no minimum."""
    return x[0] ** 2 - x[1] ** 2


def himmelblau(x):
    """Himmelblau's f = (x0² + x1 − 11)² + (x0 + x1² − 7)²: four minima, the start decides."""
    return (x[0] ** 2 + x[1] - 11.0) ** 2 + (x[0] + x[1] ** 2 - 7.0) ** 2


@dataclass(frozen=True)
class Function2D:
    """A function of the tab with the view and the settings that show it well."""

    key: str
    label: str  # maths, shown as is (never translated)
    f: Callable
    domain: tuple[float, float, float, float]  # x0 min, x0 max, x1 min, x1 max
    start: tuple[float, float]  # where descent starts before any click
    lr: float  # a learning rate that works for plain gradient descent
    steps: int
    race_start: tuple[float, float]
    race_lr: dict  # optimizer name -> lr that races well on this function
    race_steps: int
    minima: tuple = ()  # ((x0, x1), ...) marked with a star
    log_levels: bool = False  # contour levels spaced in log f (deep narrow valleys)
    bounded_below: bool = True  # False: running off to infinity is the function's fault, not lr's
    axes: tuple = ("x0", "x1")  # axis names, as the book writes them


# The book's ch6 race (optimizer_compare_naive.py); Nesterov as Momentum, RMSprop chosen here.
BOOK_RACE_LR = {
    "SGD": 0.95,
    "Momentum": 0.1,
    "Nesterov": 0.1,
    "AdaGrad": 1.5,
    "RMSprop": 0.2,
    "Adam": 0.3,
}
BOOK_RACE_START = (-7.0, 2.0)
BOOK_RACE_STEPS = 30

FUNCTIONS = {
    f.key: f
    for f in (
        Function2D(
            "sphere", "f(x0, x1) = x0² + x1²", sphere, (-5.0, 5.0, -5.0, 5.0),
            start=(-3.0, 4.0), lr=0.1, steps=100,
            race_start=(-4.0, 3.0), race_lr=dict(BOOK_RACE_LR, SGD=0.1, AdaGrad=1.0),
            race_steps=30, minima=((0.0, 0.0),),
        ),
        Function2D(
            "elongated", "f(x, y) = x²/20 + y²", elongated, (-10.0, 10.0, -5.0, 5.0),
            start=(-7.0, 2.0), lr=0.9, steps=30,
            race_start=BOOK_RACE_START, race_lr=dict(BOOK_RACE_LR),
            race_steps=BOOK_RACE_STEPS, minima=((0.0, 0.0),), axes=("x", "y"),
        ),
        Function2D(
            "rosenbrock", "f = (1 − x0)² + 100 (x1 − x0²)²", rosenbrock, (-2.0, 2.0, -1.0, 3.0),
            start=(-1.2, 1.0), lr=0.0019, steps=1500,
            race_start=(-1.2, 1.0),
            race_lr={"SGD": 0.001, "Momentum": 0.0005, "Nesterov": 0.0005, "AdaGrad": 0.5,
                     "RMSprop": 0.02, "Adam": 0.2},
            race_steps=300, minima=((1.0, 1.0),), log_levels=True,
        ),
        Function2D(
            "saddle", "f(x0, x1) = x0² − x1²", saddle, (-3.0, 3.0, -3.0, 3.0),
            start=(-2.5, 0.05), lr=0.1, steps=60,
            race_start=(-2.5, 0.05), race_lr=dict(BOOK_RACE_LR, SGD=0.1, AdaGrad=0.5),
            race_steps=20, bounded_below=False,
        ),
        Function2D(
            "himmelblau", "f = (x0² + x1 − 11)² + (x0 + x1² − 7)²", himmelblau,
            (-5.0, 5.0, -5.0, 5.0), start=(0.0, -1.0), lr=0.01, steps=100,
            race_start=(0.0, -1.0),
            race_lr={"SGD": 0.01, "Momentum": 0.005, "Nesterov": 0.005, "AdaGrad": 1.0,
                     "RMSprop": 0.1, "Adam": 0.3},
            race_steps=60,
            minima=((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186),
                    (3.584428, -1.848126)),
            log_levels=True,
        ),
    )
}  # fmt: skip

# The book's ch4 lesson: from (−3, 4) on x0² + x1², 100 steps, three learning rates.
LR_PRESETS = {"converges": 0.1, "diverges": 10.0, "stalls": 1e-10}
LR_PRESET_FUNCTION, LR_PRESET_START, LR_PRESET_STEPS = "sphere", (-3.0, 4.0), 100

RACE_ORDER = ("SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam")


def escape_limit(fn: Function2D) -> float:
    """|x| beyond which a path counts as diverged: far outside the view, still drawable by Qt."""
    x0a, x0b, x1a, x1b = fn.domain
    return 1e3 * max(x0b - x0a, x1b - x1a)


# ---- the field: contours and the quiver of −∇f ----------------------------------------------
def grid_values(f, region, cells: int = 128):
    """f on a regular grid over region (x0a, x0b, x1a, x1b): xs (W,), ys (H,), Z (H, W).

    Row 0 is at x1 = x1a, as pyqtgraph's row-major image draws it."""
    x0a, x0b, x1a, x1b = region
    step = max(x0b - x0a, x1b - x1a) / cells
    xs = np.arange(x0a, x0b + step / 2, step)
    ys = np.arange(x1a, x1b + step / 2, step)
    X, Y = np.meshgrid(xs, ys)  # (H, W) each
    with np.errstate(all="ignore"):
        return xs, ys, f(np.stack([X, Y]))


def contour_levels(Z, log_levels=False, count: int = 14):
    """Levels where contour lines are drawn: evenly spaced in f (in log f for deep valleys)."""
    finite = Z[np.isfinite(Z)]
    if finite.size == 0:
        return np.array([])
    low, high = np.percentile(finite, [2, 97])
    if log_levels and low > 0:
        return np.geomspace(low, high, count)
    return np.linspace(low, high, count)


def contour_segments(xs, ys, Z, level):
    """Marching squares: the contour f = level as line segments for connect="pairs": (2S, 2).

    Each grid cell whose corners lie on both sides of the level gets one segment (two in a
    saddle cell) between the points where its edges cross the level, found by linear
    interpolation. Vectorised over all cells, so the contours can follow a pan or zoom.
    """
    a, b, c, d = Z[:-1, :-1], Z[:-1, 1:], Z[1:, 1:], Z[1:, :-1]  # corners (H-1, W-1): bl br tr tl
    A, B, C, D = a > level, b > level, c > level, d > level
    x0, x1 = xs[None, :-1], xs[None, 1:]
    y0, y1 = ys[:-1, None], ys[1:, None]
    shape = a.shape
    with np.errstate(all="ignore"):  # t is only used on edges that cross, where p != q

        def t(p, q):
            return (level - p) / (q - p)

        edges = (  # (crosses?, x, y) for the bottom, right, top and left edge of every cell
            (A != B, x0 + t(a, b) * (x1 - x0), np.broadcast_to(y0, shape)),
            (B != C, np.broadcast_to(x1, shape), y0 + t(b, c) * (y1 - y0)),
            (D != C, x0 + t(d, c) * (x1 - x0), np.broadcast_to(y1, shape)),
            (A != D, np.broadcast_to(x0, shape), y0 + t(a, d) * (y1 - y0)),
        )
        crossings = sum(e[0].astype(int) for e in edges)
        centre_above = (a + b + c + d) / 4 > level
    two, four = crossings == 2, crossings == 4
    # A saddle cell: the centre decides which corners the two contour pieces cut off.
    cut_b_and_d = four & (centre_above == A)
    pairs = [(i, j, two & edges[i][0] & edges[j][0]) for i in range(4) for j in range(i + 1, 4)]
    pairs += [(0, 1, cut_b_and_d), (2, 3, cut_b_and_d)]
    pairs += [(0, 3, four & ~cut_b_and_d), (1, 2, four & ~cut_b_and_d)]
    out = []
    for i, j, mask in pairs:
        if mask.any():
            start = np.column_stack([edges[i][1][mask], edges[i][2][mask]])
            end = np.column_stack([edges[j][1][mask], edges[j][2][mask]])
            seg = np.empty((2 * len(start), 2))
            seg[0::2], seg[1::2] = start, end
            out.append(seg)
    return np.concatenate(out) if out else np.zeros((0, 2))


def colour_values(Z):
    """Z mapped to 0..1 by rank, so that every function fills the whole colour scale."""
    ranks = np.empty(Z.size)
    ranks[np.argsort(np.nan_to_num(Z, nan=np.inf), axis=None)] = np.arange(Z.size)
    return (ranks / max(Z.size - 1, 1)).reshape(Z.shape)


def quiver_points(region, per_side: int):
    """Arrow tails at the centres of square cells, `per_side` along the longer side: (M, 2).

    The cells sit on multiples of the spacing, so panning the view does not shift the arrows."""
    x0a, x0b, x1a, x1b = region
    spacing = max(x0b - x0a, x1b - x1a) / per_side
    xs = (np.arange(np.floor(x0a / spacing), np.ceil(x0b / spacing)) + 0.5) * spacing
    ys = (np.arange(np.floor(x1a / spacing), np.ceil(x1b / spacing)) + 0.5) * spacing
    xs = xs[(xs >= x0a) & (xs <= x0b)]
    ys = ys[(ys >= x1a) & (ys <= x1b)]
    X, Y = np.meshgrid(xs, ys)
    return np.column_stack([X.ravel(), Y.ravel()]), spacing


def negative_gradients(f, points):
    """Ch4.4 −∇f at each point, as the book's figure does it: numerical_gradient row by row."""
    with np.errstate(all="ignore"):
        return -np.array([numerical_gradient(f, p.copy()) for p in points])  # (M, 2)


def arrow_segments(points, vectors, spacing, equal_length=False, head_angle=25.0):
    """Quiver geometry for connect="pairs": shafts (2M, 2) and heads (4M, 2).

    Lengths are proportional to |v| with the 90th percentile filling 0.9 of a grid cell (longer
    ones are capped so that a few huge gradients do not shrink every other arrow to a dot);
    `equal_length` shows the direction only. Points where v = 0 get no arrow.
    """
    mag = np.hypot(vectors[:, 0], vectors[:, 1])
    keep = mag > 1e-12 * max(float(mag.max(initial=0.0)), 1e-300)
    points, vectors, mag = points[keep], vectors[keep], mag[keep]
    if len(points) == 0:
        return np.zeros((0, 2)), np.zeros((0, 2))
    if equal_length:
        length = np.full_like(mag, 0.8 * spacing)
    else:
        ref = float(np.percentile(mag, 90))
        length = 0.9 * spacing * np.minimum(mag / ref, 1.0)
    unit = vectors / mag[:, None]
    tips = points + unit * length[:, None]
    shafts = np.empty((2 * len(points), 2))
    shafts[0::2], shafts[1::2] = points, tips
    # Heads: two short strokes back from the tip, turned ±head_angle from the shaft.
    head = np.maximum(0.3 * length, 0.12 * spacing)[:, None]
    a = np.radians(head_angle)
    back = -unit
    rot = [
        np.column_stack(
            [
                back[:, 0] * np.cos(s) - back[:, 1] * np.sin(s),
                back[:, 0] * np.sin(s) + back[:, 1] * np.cos(s),
            ]
        )
        for s in (a, -a)
    ]
    heads = np.empty((4 * len(points), 2))
    heads[0::4], heads[1::4] = tips, tips + rot[0] * head
    heads[2::4], heads[3::4] = tips, tips + rot[1] * head
    return shafts, heads


# ---- runs: a path computed by the engine, revealed one step at a time -----------------------
def first_escape(path, limit):
    """Index of the first row of `path` that is not finite or farther than `limit`, or None."""
    bad = ~np.all(np.isfinite(path), axis=1)
    with np.errstate(all="ignore"):
        bad |= np.abs(path).max(axis=1) > limit
    hits = np.flatnonzero(bad)
    return int(hits[0]) if len(hits) else None


def clip_escape(path, limit):
    """Cut a path after it leaves for good: keep the first far point if finite (it shows the
    path leaving the view). Returns (path, index of divergence or None)."""
    i = first_escape(path, limit)
    if i is None:
        return path, None
    end = i + 1 if np.all(np.isfinite(path[i])) else i
    return path[: max(end, 1)], i


@dataclass
class Run:
    """A precomputed path and how much of it is on screen (the Player's state)."""

    shown: int = 1  # points on screen, at least the start

    @property
    def length(self) -> int:
        raise NotImplementedError

    @property
    def at_end(self) -> bool:
        return self.shown >= self.length

    def step(self, n: int = 1) -> None:
        self.shown = min(self.shown + n, self.length)

    def reset(self) -> None:
        self.shown = 1

    def run_to_end(self) -> None:
        self.shown = self.length


@dataclass
class DescentRun(Run):
    """Ch4.4.1 gradient descent x ← x − η ∇f(x) from `start`, via the engine's path."""

    fn: Function2D = None
    start: tuple = (0.0, 0.0)
    lr: float = 0.1
    step_num: int = 100
    path: np.ndarray = field(default=None, repr=False)  # (≤ step_num + 1, 2)
    diverged_at: int | None = None  # step where x left for good

    def __post_init__(self):
        with np.errstate(all="ignore"):  # a diverging lr must not flood the console
            full = gradient_descent_path(
                self.fn.f, np.array(self.start, float), self.lr, self.step_num
            )
        self.path, self.diverged_at = clip_escape(full, escape_limit(self.fn))

    @property
    def length(self) -> int:
        return len(self.path)

    @property
    def current(self):
        return self.path[self.shown - 1]

    @property
    def step_index(self) -> int:
        return self.shown - 1

    @property
    def diverged(self) -> bool:
        """True once the step where x escaped is on screen."""
        return self.diverged_at is not None and self.shown >= len(self.path)

    def outcome(self) -> str:
        """At the end: 'diverged', 'escaped' (off the plot, f has no minimum there), 'stalled'
        (barely moved), 'converged' or 'unfinished'."""
        x0a, x0b, x1a, x1b = self.fn.domain
        x = self.path[-1]
        outside = not (x0a <= x[0] <= x0b and x1a <= x[1] <= x1b)
        if not self.fn.bounded_below and (outside or self.diverged_at is not None):
            return "escaped"
        if self.diverged_at is not None:
            return "diverged"
        size = max(x0b - x0a, x1b - x1a)
        moved = float(np.hypot(*(self.path[-1] - self.path[0])))
        if moved < 1e-6 * size:
            return "stalled"
        last_step = float(np.hypot(*(self.path[-1] - self.path[-2]))) if self.length > 1 else 0
        with np.errstate(all="ignore"):
            grad = float(np.hypot(*numerical_gradient(self.fn.f, self.path[-1].copy())))
        if last_step < 1e-4 * size and grad < 1e-2:
            return "converged"
        return "unfinished"


def optimizer_path(name, lr, fn: Function2D, start, step_num):
    """Ch6 one optimizer from the engine on f: params {"x": (2,)}, grads by numerical_gradient.

    Returns (path (≤ step_num + 1, 2), index where it diverged or None)."""
    optimizer = OPTIMIZERS[name](lr=lr)
    params = {"x": np.array(start, dtype=np.float64)}
    path = [params["x"].copy()]
    limit = escape_limit(fn)
    with np.errstate(all="ignore"):
        for _ in range(step_num):
            grads = {"x": numerical_gradient(fn.f, params["x"].copy())}
            optimizer.update(params, grads)  # moves params["x"] in place
            path.append(params["x"].copy())
            if first_escape(np.array(path[-1:]), limit) is not None:
                break
    return clip_escape(np.array(path), limit)


@dataclass
class RaceRun(Run):
    """Ch6 the optimizer race: every optimizer from the same start, revealed step by step."""

    fn: Function2D = None
    start: tuple = BOOK_RACE_START
    step_num: int = BOOK_RACE_STEPS
    lrs: dict = field(default_factory=lambda: dict(BOOK_RACE_LR))
    paths: dict = field(default_factory=dict, repr=False)
    diverged_at: dict = field(default_factory=dict)

    def __post_init__(self):
        for name in RACE_ORDER:
            self.recompute(name)

    def recompute(self, name: str) -> None:
        self.paths[name], self.diverged_at[name] = optimizer_path(
            name, self.lrs[name], self.fn, self.start, self.step_num
        )

    def set_lr(self, name: str, lr: float) -> None:
        self.lrs[name] = float(lr)
        self.recompute(name)

    @property
    def length(self) -> int:
        return self.step_num + 1

    def visible_path(self, name: str):
        return self.paths[name][: self.shown]

    def diverged(self, name: str) -> bool:
        return self.diverged_at[name] is not None and self.shown >= len(self.paths[name])

    def loss(self, name: str) -> float:
        """f at the optimizer's current point (its last point if it stopped early)."""
        x = self.visible_path(name)[-1]
        with np.errstate(all="ignore"):
            return float(self.fn.f(x))
