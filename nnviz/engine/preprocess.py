"""MNIST-style preprocessing of a drawn or photographed digit (ch3.6: the network's input).

MNIST digits were made this way (LeCun et al.): the ink's bounding box is scaled so its longest
side is 20 px (with anti-aliasing), then the digit is placed in a 28x28 field so that its centre of
mass sits at the centre. A network trained on MNIST only sees digits like that, so the digit pad
and `nnviz predict` both go through `preprocess_digit` before `predict`.

Pure NumPy. Images are arrays: (H, W) grey, (H, W, 3) RGB or (H, W, 4) RGBA; uint8/uint16 or
floats in [0, 1].
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.engine.functions import softmax

SIZE = 28  # MNIST field: 28x28
BOX = 20  # the longest side of the digit's bounding box after scaling
CENTRE = 14.0  # MNIST's mean centre of mass, in pixel indices (row, column)
MIN_CONTRAST = 0.15  # ink and background closer than this (0..1 grey levels): an empty image
NOISE_FLOOR = 0.2  # ink weaker than this is paper texture or noise, not a stroke
# Shape measures are taken on the ink's crop resampled so its longest side is this many pixels:
# the same answer for a 28x28 scan, the 280x280 pad and a 1200-pixel photo.
WORK_SIDE = 100
# Total stroke length / stroke width (perimeter² / 4·area) below which the ink is a dot (3.3-4.4
# at any resolution) or a short tick (a bar twice as long as wide: 4.5), not a digit. All 10,000
# MNIST test digits measure 4.76 or more (0.01 %: 5.2; the shortest, thickest 1s and 8s), and a
# bar 3 widths long (5.3) is such a 1: tests/engine/test_preprocess.py checks them all.
MIN_STROKE_RATIO = 4.6
# Where the pen is known (the pad): a drawing less than this many pen widths across is a dot or a
# short tick, however thin the network's copy of it is drawn.
MIN_EXTENT_PENS = 2.0
# MNIST strokes are about 2-3 px of the 20-px box. A stroke thicker than THICK_STROKE px once
# scaled (a fat pen on a small digit) is thinned to TARGET_STROKE px, or the digit becomes a blob.
TARGET_STROKE = 2.5
THICK_STROKE = 3.5
POLARITIES = ("auto", "dark_on_light", "light_on_dark")


@dataclass(frozen=True)
class Preprocessed:
    """The network input and how it was made (for drawing the steps on screen)."""

    x: np.ndarray  # (28, 28) float32 in [0, 1], ink = 1, as in load_mnist(normalize=True)
    box: tuple[int, int, int, int]  # ink bounding box in the source image: (top, left, h, w)
    scale: float  # output pixels per source pixel
    centre_of_mass: tuple[float, float]  # (row, col) of x's centre of mass, ≈ (14, 14)
    light_on_dark: bool  # the source had light ink on a dark background
    enough_ink: bool = True  # False for a dot or a short tick: not a digit yet (too_little_ink)
    thinned: bool = False  # the strokes were too thick for their size and were thinned


def to_grayscale(image) -> np.ndarray:
    """Any image array -> (H, W) float32 grey in [0, 1] (luma: 0.299 R + 0.587 G + 0.114 B)."""
    a = np.asarray(image)
    if a.dtype == np.bool_:
        a = a.astype(np.float32)
    elif a.dtype.kind in "ui":
        a = a.astype(np.float32) / float(np.iinfo(a.dtype).max)
    elif a.dtype.kind == "f":
        a = np.clip(np.nan_to_num(a.astype(np.float32)), 0.0, 1.0)
    else:
        raise ValueError(f"an image must hold numbers, not {a.dtype}")
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.ndim == 2:
        return a
    if a.ndim != 3 or a.shape[2] not in (3, 4):
        raise ValueError(f"an image must be (H, W), (H, W, 3) or (H, W, 4), not {a.shape}")
    grey = a[:, :, :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    if a.shape[2] == 3:
        return grey
    alpha = a[:, :, 3]
    # A transparent background has no colour of its own: put the strokes on the paper colour that
    # contrasts with them (dark strokes on white, light strokes on black).
    opaque = alpha > 0.5
    light_strokes = opaque.any() and float(grey[opaque].mean()) > 0.5
    paper = 0.0 if light_strokes else 1.0
    return grey * alpha + paper * (1.0 - alpha)


def _box_blur3(a: np.ndarray) -> np.ndarray:
    """3x3 mean filter (edges repeated): levels measured on it ignore single noisy pixels."""
    p = np.pad(a, 1, mode="edge")
    rows = p[:-2] + p[1:-1] + p[2:]
    return (rows[:, :-2] + rows[:, 1:-1] + rows[:, 2:]) / 9.0


def _flatten_lighting(grey: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Subtract a least-squares plane fitted to the background pixels (uneven light on a photo)."""
    h, w = grey.shape
    step = max(1, int(np.sqrt(h * w / 4096)))  # a sample of ~4k pixels is plenty for 3 numbers
    keep = background[::step, ::step]
    if h < 8 or w < 8 or keep.sum() < 64:
        return grey
    ys, xs = np.nonzero(keep)
    A = np.stack([np.ones(ys.size), ys * step / h, xs * step / w], axis=1)  # (n, 3)
    g = grey[::step, ::step][keep].astype(np.float64)  # (n,)
    coef = np.linalg.solve(A.T @ A + 1e-9 * np.eye(3), A.T @ g)  # normal equations: 3 unknowns
    # The plane's tilt only (the constant stays): rows (H, 1) + columns (1, W).
    plane = coef[1] * np.arange(h)[:, None] / h + coef[2] * np.arange(w)[None, :] / w
    return (grey - plane).astype(np.float32)


def ink_map(grey: np.ndarray, polarity: str = "auto", noise_floor: float = NOISE_FLOOR):
    """Grey image -> (ink (H, W) float32 in [0, 1], background 0; light_on_dark), None if empty.

    Polarity "auto": most of a picture is paper, so the median grey is the background; ink on a
    light paper is darker than it, ink on a dark board lighter.
    """
    if polarity not in POLARITIES:
        raise ValueError(f"polarity must be one of {POLARITIES}, not {polarity!r}")
    if grey.size == 0:
        return None
    background = float(np.median(grey))
    smooth = _box_blur3(grey)
    if polarity == "auto":
        lo, hi = float(smooth.min()), float(smooth.max())
        light_on_dark = background < (lo + hi) / 2
    else:
        light_on_dark = polarity == "light_on_dark"
    # Work with "ink = high" from here on.
    g = grey if light_on_dark else 1.0 - grey
    smooth = smooth if light_on_dark else 1.0 - smooth
    background = background if light_on_dark else 1.0 - background
    if float(smooth.max()) - background >= MIN_CONTRAST:
        near_paper = np.abs(smooth - background) < 0.5 * (float(smooth.max()) - background)
        g = _flatten_lighting(g, near_paper)
        smooth = _box_blur3(g)
        background = float(np.median(g))
    contrast = float(smooth.max()) - background
    if contrast < MIN_CONTRAST:
        return None
    ink = np.clip((g - background) / contrast, 0.0, 1.0)
    if noise_floor > 0:
        ink = np.clip((ink - noise_floor) / (1.0 - noise_floor), 0.0, 1.0)
    if not ink.any():
        return None
    return ink.astype(np.float32), light_on_dark


def _area_weights(n_in: int, scale: float, offset: float, n_out: int) -> np.ndarray:
    """(n_out, n_in) resampling matrix: source pixel i covers [i*scale+offset, (i+1)*scale+offset].

    Each output pixel gets the area it shares with each source pixel: an exact anti-aliased box
    filter when shrinking, soft-edged blocks when enlarging; either way the ink's total and its
    centre of mass are kept. (The reference for `_resample`, which computes the same product.)
    """
    i = np.arange(n_in, dtype=np.float64)
    j = np.arange(n_out, dtype=np.float64)[:, None]
    lo = np.maximum(i * scale + offset, j)
    hi = np.minimum((i + 1) * scale + offset, j + 1)
    return np.clip(hi - lo, 0.0, None)


def _resample(a: np.ndarray, axis: int, scale: float, offset: float, n_out: int) -> np.ndarray:
    """`_area_weights(...) @ a` along `axis`, from running sums instead of a matrix product.

    Output pixel j covers source coordinates [(j - offset) / scale, (j + 1 - offset) / scale];
    its value is the ink in that interval (the running sum, read between pixels by linear
    interpolation) times scale. O(n), and it never wakes a BLAS thread pool, which on a busy
    machine can cost a live pad tens of milliseconds per matrix product.
    """
    a = np.moveaxis(a, axis, 0)  # (n_in, ...)
    n_in = a.shape[0]
    running = np.concatenate([np.zeros((1,) + a.shape[1:]), np.cumsum(a, axis=0)])  # (n_in+1, ...)
    edges = (np.arange(n_out + 1, dtype=np.float64) - offset) / scale  # source coordinates
    edges = np.clip(edges, 0.0, n_in)
    k = np.minimum(edges.astype(np.intp), n_in - 1)  # (n_out+1,)
    frac = (edges - k).reshape((-1,) + (1,) * (a.ndim - 1))
    at_edges = running[k] + frac * (running[k + 1] - running[k])  # (n_out+1, ...)
    return np.moveaxis(np.diff(at_edges, axis=0) * scale, 0, axis)


def _centre_of_mass(a: np.ndarray) -> tuple[float, float]:
    """(row, col) of the mass centre, in pixel indices: sum(a * index) / sum(a)."""
    total = float(a.sum())
    rows = float(a.sum(axis=1) @ np.arange(a.shape[0])) / total
    cols = float(a.sum(axis=0) @ np.arange(a.shape[1])) / total
    return rows, cols


def _crop_box(ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """(top, left, h, w) of the ink's bounding box, None if there is no ink."""
    rows = np.flatnonzero(ink.max(axis=1) > 0)
    if rows.size == 0:
        return None
    cols = np.flatnonzero(ink.max(axis=0) > 0)
    top, left = int(rows[0]), int(cols[0])
    return top, left, int(rows[-1]) - top + 1, int(cols[-1]) - left + 1


def _box_smooth(a: np.ndarray, k: int) -> np.ndarray:
    """Mean over a k x k window (k odd, zeros outside), from running sums along each axis."""
    r = k // 2
    for axis in (0, 1):
        p = np.moveaxis(np.pad(a, [(r + 1, r) if ax == axis else (0, 0) for ax in (0, 1)]), axis, 0)
        c = np.cumsum(p, axis=0)
        a = np.moveaxis((c[k:] - c[:-k]) / k, 0, axis)
    return a


def _work_image(crop: np.ndarray) -> tuple[np.ndarray, float]:
    """The crop resampled so its longest side is WORK_SIDE px -> (image, work px per source px).

    An enlarged crop (a small scan) is smoothed over a source pixel's size: otherwise its pixel
    blocks would count as a long, ragged outline (a 5-pixel dot would look like a cross).
    """
    h, w = crop.shape
    factor = WORK_SIDE / max(h, w)
    n_h, n_w = max(1, round(h * factor)), max(1, round(w * factor))
    work = _resample(_resample(crop, 0, factor, 0.0, n_h), 1, factor, 0.0, n_w)
    if factor >= 2:
        k = 2 * int(factor / 2) + 1  # about a source pixel wide
        work = _box_smooth(np.pad(work, k), k)  # padded: the smoothed edge stays in the image
    return work, factor


@dataclass(frozen=True)
class StrokeShape:
    """How the ink's strokes are shaped, measured on the WORK_SIDE-px work image."""

    ratio: float  # total stroke length / stroke width (perimeter² / 4·area); 0 without ink
    width: float  # mean stroke width in work pixels (2·area / perimeter)


def _stroke_shape(work: np.ndarray) -> StrokeShape:
    """Area = the ink's sum; perimeter = the sum of its gradient's length (the total variation:
    for soft, anti-aliased edges it is the outline's length, without counting pixel steps)."""
    work = np.clip(work, 0.0, 1.0)
    area = float(work.sum())
    p = np.pad(work, 2)  # the gradient one pixel outside the ink counts too
    gy = (p[2:, 1:-1] - p[:-2, 1:-1]) / 2.0
    gx = (p[1:-1, 2:] - p[1:-1, :-2]) / 2.0
    perimeter = float(np.sqrt(gx * gx + gy * gy).sum())
    if area <= 0.0 or perimeter <= 0.0:
        return StrokeShape(0.0, 0.0)
    return StrokeShape(perimeter * perimeter / (4.0 * area), 2.0 * area / perimeter)


def stroke_shape(ink: np.ndarray) -> StrokeShape:
    """Stroke length-to-width ratio and width of an ink map (H, W), ink > 0 on 0."""
    box = _crop_box(np.asarray(ink))
    if box is None:
        return StrokeShape(0.0, 0.0)
    top, left, h, w = box
    return _stroke_shape(
        _work_image(np.asarray(ink, np.float64)[top : top + h, left : left + w])[0]
    )


def too_little_ink(ink: np.ndarray, pen_width: float | None = None) -> bool:
    """True for a drawing that is not a digit yet: no ink, a dot or a short tick.

    The one rule for the digit pad and `nnviz predict`. It looks at the strokes' shape, not at
    the amount of ink, so it means the same for a pad, a scan and a photo at any size: a digit's
    strokes are several times longer than they are wide, a dot's or a tick's are not.
    pen_width (ink pixels), where known: the drawing must also span MIN_EXTENT_PENS pens.
    """
    ink = np.asarray(ink)
    box = _crop_box(ink)
    if box is None:
        return True
    if pen_width is not None and max(box[2], box[3]) < MIN_EXTENT_PENS * pen_width:
        return True
    return stroke_shape(ink).ratio < MIN_STROKE_RATIO


def _erode(a: np.ndarray, steps: int) -> np.ndarray:
    """Grey erosion (minimum filter), one pixel per step, alternating a 3x3 square and a cross so
    that the strokes thin about evenly in every direction (an octagon, near a disc)."""
    for k in range(steps):
        p = np.pad(a, 1)
        cross = np.minimum.reduce(
            [p[1:-1, 1:-1], p[:-2, 1:-1], p[2:, 1:-1], p[1:-1, :-2], p[1:-1, 2:]]
        )
        if k % 2 == 0:
            corners = np.minimum.reduce([p[:-2, :-2], p[:-2, 2:], p[2:, :-2], p[2:, 2:]])
            cross = np.minimum(cross, corners)
        a = cross
    return a


def _thin(crop: np.ndarray) -> tuple[np.ndarray, float] | None:
    """The crop with strokes thinned to about TARGET_STROKE px once scaled to the 20-px box, as
    (thinned crop, its pixels per source pixel); None when the strokes are thin enough already."""
    work, factor = _work_image(crop)
    width = _stroke_shape(work).width  # work px; the box's BOX px are WORK_SIDE work px
    if width * BOX / WORK_SIDE <= THICK_STROKE:
        return None
    # Eroding r px from each side also shrinks the box by 2r, which enlarges what is left:
    # solve width - 2r = TARGET_STROKE * (WORK_SIDE - 2r) / BOX for r.
    target = TARGET_STROKE / BOX
    r = (width - target * WORK_SIDE) / (2.0 * (1.0 - target))
    r = min(r, width / 3.0)  # strokes of a photo vary in width: never erase the thinner ones
    thinned = _erode(work, round(r))
    box = _crop_box(thinned)
    if box is None:
        return None
    top, left, h, w = box
    return thinned[top : top + h, left : left + w], factor


def preprocess_steps(
    image, polarity: str = "auto", noise_floor: float = NOISE_FLOOR, pen_width: float | None = None
) -> Preprocessed | None:
    """MNIST-style input from an image, with the steps taken; None when there is no ink.

    A dot or a short tick still gives an input (the student sees what the network would get),
    marked ``enough_ink=False``: callers show no prediction for it.
    """
    found = ink_map(to_grayscale(image), polarity, noise_floor)
    if found is None:
        return None
    ink, light_on_dark = found
    box = _crop_box(ink)
    if box is None:
        return None
    top, left, h, w = box
    crop = ink[top : top + h, left : left + w].astype(np.float64)  # (h, w)
    enough_ink = not too_little_ink(crop, pen_width)
    thinned = _thin(crop) if enough_ink else None
    to_crop = 1.0  # crop px per source px
    if thinned is not None:
        crop, to_crop = thinned
    scale = BOX / max(crop.shape)
    # Place the crop so its centre of mass lands on CENTRE, but never push the digit out of the
    # field (a source pixel's centre i + 0.5 maps to (i + 0.5) * scale + offset).
    cy, cx = _centre_of_mass(crop)
    ch, cw = crop.shape
    off_y = float(np.clip(CENTRE + 0.5 - (cy + 0.5) * scale, 0.0, SIZE - ch * scale))
    off_x = float(np.clip(CENTRE + 0.5 - (cx + 0.5) * scale, 0.0, SIZE - cw * scale))
    x = _resample(_resample(crop, 0, scale, off_y, SIZE), 1, scale, off_x, SIZE)  # (28, 28)
    peak = x.max()
    if peak <= 0:
        return None
    # Thin strokes shrunk 20-fold fade to grey; MNIST strokes reach full ink, so stretch to 1.
    x = (x / peak).astype(np.float32)
    return Preprocessed(
        x,
        (top, left, h, w),
        scale * to_crop,
        _centre_of_mass(x),
        light_on_dark,
        enough_ink=enough_ink,
        thinned=thinned is not None,
    )


def preprocess_digit(image, polarity: str = "auto", noise_floor: float = NOISE_FLOOR):
    """MNIST-style (28, 28) float32 input in [0, 1] from an image, or None for an empty image.

    Bounding box of the ink -> longest side scaled to 20 px (area-averaged) -> centre of mass
    at (14, 14) of a 28x28 field. polarity: "auto" (detect), "dark_on_light" or "light_on_dark".
    """
    result = preprocess_steps(image, polarity, noise_floor)
    return None if result is None else result.x


def format_probability(p: float) -> str:
    """A probability as a percentage with one decimal that never claims certainty it lacks:
    "> 99.9 %" where rounding would print 100.0 %, "< 0.1 %" where it would print 0.0 % for
    a probability that is not zero."""
    p = float(p)
    if p >= 0.9995:
        return "> 99.9 %"
    if 0.0 < p < 0.0005:
        return "< 0.1 %"
    return f"{100.0 * p:.1f} %"


def network_input(net, x: np.ndarray) -> np.ndarray:
    """A (28, 28) input as the batch of one the net takes: (1, 1, 28, 28) for a ConvNet (ch7),
    (1, 784) for a fully connected net (ch3); ValueError if the net does not take 28x28 digits."""
    first = next((layer for layer in net.layers.values() if hasattr(layer, "W")), None)
    W = getattr(first, "W", None)
    if W is not None and W.ndim == 4:  # Convolution: W (FN, C, FH, FW)
        if W.shape[1] != 1:
            raise ValueError(f"this model expects {W.shape[1]} colour channels, not 1 (grey)")
        return x.reshape(1, 1, SIZE, SIZE)
    if W is not None and W.ndim == 2 and W.shape[0] != SIZE * SIZE:  # Affine: W (in, out)
        raise ValueError(f"this model takes {W.shape[0]} inputs, not a 28x28 image (784)")
    return x.reshape(1, SIZE * SIZE)


def digit_probabilities(net, x: np.ndarray) -> np.ndarray:
    """Ch3.5 softmax of the net's scores for one (28, 28) digit -> (10,) float64 summing to 1."""
    y = np.asarray(net.predict(network_input(net, x)), dtype=np.float64).reshape(-1)  # (10,)
    if y.size != 10:
        raise ValueError(f"this model has {y.size} outputs, not 10 (one per digit)")
    return softmax(y)
