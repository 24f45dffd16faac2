"""The worked arithmetic of one window, written out as the book does (Qt-free formatting)."""

from __future__ import annotations

import numpy as np


def short(v: float) -> str:
    """1 and 0.53 and −0.12, never 1.000 or 5.3e-01 for small inputs."""
    v = float(v)
    if v.is_integer() and abs(v) < 1e6:
        return f"{v:.0f}".replace("-", "−")
    return f"{v:.3g}".replace("-", "−")


def conv_terms(values: np.ndarray, W: np.ndarray) -> str:
    """'1×2 + 2×0 + ...': the window's pixels times the filter's weights, element by element."""
    return " + ".join(
        f"{short(a)}×{short(w)}" for a, w in zip(values.ravel(), W.ravel(), strict=True)
    )


def pool_terms(values: np.ndarray) -> str:
    return ", ".join(short(a) for a in values.ravel())


def conv_products(values: np.ndarray, W: np.ndarray) -> str:
    """'2 + 0 + 3 + ...': the element-wise products themselves (the step before the sum)."""
    return " + ".join(short(p) for p in (values * W).ravel())
