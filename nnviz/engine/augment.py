"""Ch8.1.2 data augmentation: each training image slightly shifted and rotated, anew every batch.

The book suggests it (fig. 8-4) to push DeepConvNet past 99.3 %: the network then never sees
the same 28x28 picture twice, and learns that a digit moved by a pixel or tilted by a few
degrees is the same digit. Pure NumPy: one bilinear resampling of the whole batch.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["MAX_DEGREES", "MAX_SHIFT", "shift_rotate", "random_shift_rotate"]

MAX_SHIFT = 2.0  # pixels, up, down, left or right
MAX_DEGREES = 10.0  # either way


def _as_images(x: np.ndarray) -> np.ndarray:
    """(N, 1, H, W) or flat (N, H*W) square images -> (N, H, W) view."""
    if x.ndim == 4:
        if x.shape[1] != 1:
            raise ValueError(f"augmentation expects one channel, got x of shape {x.shape}")
        return x.reshape(x.shape[0], *x.shape[2:])
    if x.ndim == 2:
        side = math.isqrt(x.shape[1])
        if side * side != x.shape[1]:
            raise ValueError(f"flat images must be square, got {x.shape[1]} pixels")
        return x.reshape(x.shape[0], side, side)
    raise ValueError(f"augmentation expects (N, 1, H, W) or (N, H*W) images, got {x.shape}")


def shift_rotate(x: np.ndarray, dy, dx, degrees) -> np.ndarray:
    """Images moved by (dy, dx) pixels and turned by ``degrees`` about their centre (bilinear).

    x: (N, 1, H, W) or (N, H*W); dy, dx, degrees: scalars or (N,) arrays. Pixels that come from
    outside the image are 0 (background). Returns a new array of x's shape and dtype.
    """
    imgs = _as_images(x)
    N, H, W = imgs.shape

    def per_image(v):
        return np.broadcast_to(np.asarray(v, dtype=np.float64), (N,)).reshape(N, 1, 1)

    dy, dx = per_image(dy), per_image(dx)
    theta = np.radians(per_image(degrees))
    cos, sin = np.cos(theta), np.sin(theta)
    cy, cx = (H - 1) / 2, (W - 1) / 2
    Y = np.arange(H, dtype=np.float64).reshape(1, H, 1) - cy - dy  # (N, H, 1)
    X = np.arange(W, dtype=np.float64).reshape(1, 1, W) - cx - dx  # (N, 1, W)
    # Each output pixel reads the input where the inverse motion takes it.
    src_y = cy + cos * Y - sin * X  # (N, H, W)
    src_x = cx + sin * Y + cos * X
    y0 = np.floor(src_y)
    x0 = np.floor(src_x)
    wy = (src_y - y0).astype(x.dtype)
    wx = (src_x - x0).astype(x.dtype)
    # A zero border of one pixel: any position outside reads it (indices clipped onto it).
    padded = np.zeros((N, H + 2, W + 2), dtype=x.dtype)
    padded[:, 1:-1, 1:-1] = imgs
    base = (np.arange(N) * (H + 2) * (W + 2)).reshape(N, 1, 1)
    iy0 = np.clip(y0 + 1, 0, H + 1).astype(np.intp)
    iy1 = np.clip(y0 + 2, 0, H + 1).astype(np.intp)
    ix0 = np.clip(x0 + 1, 0, W + 1).astype(np.intp)
    ix1 = np.clip(x0 + 2, 0, W + 1).astype(np.intp)
    flat = padded.reshape(-1)
    row0 = base + iy0 * (W + 2)
    row1 = base + iy1 * (W + 2)
    top = flat[row0 + ix0] * (1 - wx) + flat[row0 + ix1] * wx
    bottom = flat[row1 + ix0] * (1 - wx) + flat[row1 + ix1] * wx
    out = top * (1 - wy) + bottom * wy
    return out.astype(x.dtype, copy=False).reshape(x.shape)


def random_shift_rotate(
    x: np.ndarray,
    rng: np.random.Generator,
    max_shift: float = MAX_SHIFT,
    max_degrees: float = MAX_DEGREES,
) -> np.ndarray:
    """A new batch: every image shifted by up to ``max_shift`` px and turned by up to
    ``max_degrees``, each by its own amounts drawn from ``rng`` (uniform)."""
    n = len(x)
    dy = rng.uniform(-max_shift, max_shift, n)
    dx = rng.uniform(-max_shift, max_shift, n)
    degrees = rng.uniform(-max_degrees, max_degrees, n)
    return shift_rotate(x, dy, dx, degrees)
