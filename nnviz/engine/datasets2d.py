"""Small 2-D data sets for the Playground (between ch2's perceptron line and ch5-6's networks).

Every maker takes ``(n, noise, rng)`` and returns ``x: (N, 2)`` float64 points in about [-1, 1]²
and ``t: (N,)`` int labels 0..k-1, the shape ``SoftmaxWithLoss`` takes. Randomness only comes from
the ``np.random.Generator`` passed in, so a seed gives the same points every time.
"""

from __future__ import annotations

import numpy as np

# How far the plane reaches on each side: the data sit inside, the decision picture covers it.
PLANE = 1.5


def _xor(n, noise, rng):
    """The perceptron's XOR (ch2.5) as a cloud: label 1 where x1·x2 < 0."""
    x = rng.uniform(-1.0, 1.0, (n, 2))
    x += np.where(x >= 0, 0.08, -0.08)  # a gap along the axes, as in the gate's four corners
    t = (x[:, 0] * x[:, 1] < 0).astype(int)
    return x + noise * rng.standard_normal((n, 2)), t


def _circle(n, noise, rng):
    """A disc of class 0 inside a ring of class 1."""
    t = np.arange(n) % 2
    radius = np.where(t == 0, rng.uniform(0.0, 0.45, n), rng.uniform(0.7, 1.0, n))
    angle = rng.uniform(0.0, 2 * np.pi, n)
    x = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    return x + noise * rng.standard_normal((n, 2)), t


def _gaussians(n, noise, rng):
    """Two round clouds: a straight line is enough (what one perceptron can do)."""
    t = np.arange(n) % 2
    centres = np.array([[-0.5, -0.5], [0.5, 0.5]])
    x = centres[t] + (0.2 + noise) * rng.standard_normal((n, 2))
    return x, t


def _spiral(n, noise, rng, classes=2):
    """Interleaved spiral arms, one per class: the set that needs depth."""
    t = np.arange(n) % classes
    r = rng.uniform(0.05, 1.0, n)
    angle = 1.75 * 2 * np.pi * r + t * (2 * np.pi / classes)
    x = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    return x + noise * rng.standard_normal((n, 2)), t


def _moons(n, noise, rng):
    """Two interlocking half moons."""
    t = np.arange(n) % 2
    angle = rng.uniform(0.0, np.pi, n)
    x = np.where(
        t[:, None] == 0,
        np.column_stack([np.cos(angle), np.sin(angle)]),
        np.column_stack([1.0 - np.cos(angle), 0.5 - np.sin(angle)]),
    )
    x = (x - [0.5, 0.25]) * 0.8  # centred in the plane
    return x + noise * rng.standard_normal((n, 2)), t


def _clouds(n, noise, rng, classes=3):
    """``classes`` round clouds around a circle: more than two classes, so the output is a
    k-way softmax (ch3.5)."""
    t = np.arange(n) % classes
    angle = t * 2 * np.pi / classes + np.pi / 2
    centres = 0.6 * np.column_stack([np.cos(angle), np.sin(angle)])
    return centres + (0.15 + noise) * rng.standard_normal((n, 2)), t


def _spirals(n, noise, rng, classes=3):
    """``classes`` spiral arms: several classes that need depth."""
    return _spiral(n, noise, rng, classes=classes)


# name -> (maker, number of classes), in the order the panel lists them.
DATASETS = {
    "xor": (_xor, 2),
    "circle": (_circle, 2),
    "gaussians": (_gaussians, 2),
    "spiral": (_spiral, 2),
    "moons": (_moons, 2),
    "clouds": (_clouds, 3),
    "spirals": (_spirals, 3),
}
# The sets whose number of classes the user picks (3..MAX_CLASSES); the others have theirs fixed.
CHOOSE_CLASSES = ("clouds", "spirals")
MAX_CLASSES = len(("orange", "blue", "green", "purple", "brown"))  # the colours the plane has


def class_count(name: str, chosen: int | None = None) -> int:
    """How many classes the set ``name`` has (``chosen`` for the sets in CHOOSE_CLASSES)."""
    if name in CHOOSE_CLASSES and chosen is not None:
        return int(chosen)
    return DATASETS[name][1]


def make_dataset(name: str, n: int = 200, noise: float = 0.0, rng=None, classes=None):
    """``n`` points of the set ``name`` with Gaussian noise of std ``noise``: (x (N,2), t (N,)).

    ``classes``: how many, for the sets in CHOOSE_CLASSES (3..MAX_CLASSES; default 3).
    """
    if name not in DATASETS:
        raise ValueError(f"unknown data set {name!r}; choose one of {', '.join(DATASETS)}")
    if not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    if not (np.isfinite(noise) and noise >= 0):
        raise ValueError(f"noise must be >= 0, got {noise!r}")
    rng = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    maker, _ = DATASETS[name]
    if name in CHOOSE_CLASSES:
        k = class_count(name, classes)
        if not 3 <= k <= MAX_CLASSES:
            raise ValueError(f"{name} has 3-{MAX_CLASSES} classes, got {classes!r}")
        x, t = maker(int(n), float(noise), rng, classes=k)
    else:
        x, t = maker(int(n), float(noise), rng)
    return np.clip(x, -PLANE, PLANE).astype(np.float64), t.astype(np.int64)


def split(x, t, test_ratio: float, rng=None):
    """Shuffle and cut into (x_train, t_train, x_test, t_test); test gets round(N·ratio) points."""
    if not 0.0 <= test_ratio < 1.0:
        raise ValueError(f"test_ratio must be in [0, 1), got {test_ratio!r}")
    rng = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    order = rng.permutation(len(t))
    n_test = int(round(len(t) * test_ratio))
    test, train = order[:n_test], order[n_test:]
    return x[train], t[train], x[test], t[test]


# Input features (TensorFlow Playground's): name -> function of x (N, 2) giving (N,).
FEATURES = {
    "x1": lambda x: x[:, 0],
    "x2": lambda x: x[:, 1],
    "x1²": lambda x: x[:, 0] ** 2,
    "x2²": lambda x: x[:, 1] ** 2,
    "x1·x2": lambda x: x[:, 0] * x[:, 1],
    "sin x1": lambda x: np.sin(np.pi * x[:, 0]),
    "sin x2": lambda x: np.sin(np.pi * x[:, 1]),
}


def features(x, names) -> np.ndarray:
    """The network's input: the chosen features of each point, (N, len(names))."""
    if not names:
        raise ValueError("choose at least one input feature")
    unknown = [name for name in names if name not in FEATURES]
    if unknown:
        raise ValueError(f"unknown features {unknown}; choose from {', '.join(FEATURES)}")
    x = np.asarray(x, dtype=np.float64).reshape(-1, 2)
    return np.column_stack([FEATURES[name](x) for name in names])


def grid(resolution: int, extent: float = PLANE) -> np.ndarray:
    """Centres of a resolution×resolution grid over [-extent, extent]², row-major from the bottom.

    Row i of the result's reshape (resolution, resolution) is y = ys[i]: the layout an image with
    row-major order shows upright when its rectangle runs from -extent to extent.
    """
    step = 2 * extent / resolution
    axis = -extent + step * (np.arange(resolution) + 0.5)
    gx, gy = np.meshgrid(axis, axis)
    return np.column_stack([gx.ravel(), gy.ravel()])


MAX_CSV_POINTS = 10_000


def read_points_csv(text: str, max_points: int = MAX_CSV_POINTS):
    """Points from CSV text, one ``x1,x2,label`` a line: (x (N, 2) float64, t (N,) int64).

    A first line that is not numbers is taken as a header; blank lines and lines starting with
    ``#`` are skipped. Labels are 0..k-1 with 2 <= k <= MAX_CLASSES; coordinates lie in the plane
    ([-PLANE, PLANE]). Anything else raises ValueError naming the line.
    """
    rows, labels = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split(",")]
        if len(cells) != 3:
            raise ValueError(f"line {number}: expected x1,x2,label, got {len(cells)} values")
        try:
            x1, x2 = float(cells[0]), float(cells[1])
            label = float(cells[2])
        except ValueError:
            if not rows and number == 1:
                continue  # a header
            raise ValueError(f"line {number}: not numbers: {line[:60]!r}") from None
        if not (np.isfinite(x1) and np.isfinite(x2)) or max(abs(x1), abs(x2)) > PLANE:
            raise ValueError(f"line {number}: x1 and x2 must lie in [-{PLANE}, {PLANE}]")
        if not label.is_integer() or not 0 <= label < MAX_CLASSES:
            raise ValueError(f"line {number}: the label must be 0..{MAX_CLASSES - 1}")
        if len(rows) >= max_points:
            raise ValueError(f"more than {max_points} points")
        rows.append((x1, x2))
        labels.append(int(label))
    if not rows:
        raise ValueError("no points in the file")
    t = np.array(labels, dtype=np.int64)
    if t.max() < 1:
        raise ValueError("the points need at least two classes (labels 0 and 1)")
    return np.array(rows, dtype=np.float64), t
