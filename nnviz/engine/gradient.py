"""Ch4 numerical differentiation and gradient descent (plus the whole path, for drawing)."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np


def numerical_diff(f, x, h=1e-4):
    """Ch4.3 central difference: f'(x) ≈ (f(x + h) - f(x - h)) / 2h."""
    return (f(x + h) - f(x - h)) / (2 * h)


def tangent_line(f, x):
    """Ch4.3 tangent of f at x: t -> f'(x) t + (f(x) - f'(x) x)."""
    d = numerical_diff(f, x)
    y = f(x) - d * x
    return lambda t: d * t + y


class NudgeStep(NamedTuple):
    """One element of a numerical gradient: f with x_i nudged up and down, and the slope."""

    index: tuple  # the element's multi-index in x
    f_plus: float  # f(x + h e_i)
    f_minus: float  # f(x - h e_i)
    slope: float  # (f_plus - f_minus) / 2h, the gradient's element


def numerical_gradient_steps(f, x, h=1e-4):
    """Ch4.4 ``numerical_gradient`` one element at a time: yields a NudgeStep per element of x.

    ``grad = yield from numerical_gradient_steps(f, x)`` returns the whole gradient; a caller
    (the app's worker) can stop between two elements, and x is always whole again when it does:
    the element being nudged is put back before each yield.
    """
    if not (isinstance(x, np.ndarray) and np.issubdtype(x.dtype, np.floating)):
        # Integers cannot hold x + h: work on a float copy (fine for plain functions of x).
        x = np.array(x, dtype=np.float64)
    grad = np.zeros(x.shape, dtype=np.float64)
    it = np.nditer(x, flags=["multi_index"], op_flags=[["readwrite"]])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx].copy()
        try:
            x[idx] = tmp_val + h
            fxh1 = np.asarray(f(x), dtype=np.float64).item()  # f(x + h)
            x[idx] = tmp_val - h
            fxh2 = np.asarray(f(x), dtype=np.float64).item()  # f(x - h)
        finally:
            x[idx] = tmp_val  # restore, even when f raised
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        yield NudgeStep(idx, fxh1, fxh2, grad[idx].item())
        it.iternext()
    return grad


def numerical_gradient(f, x, h=1e-4):
    """Ch4.4 gradient of f at x, any shape: ∂f/∂x_i ≈ (f(x + h e_i) - f(x - h e_i)) / 2h.

    Like the book, x is nudged in place (a net's loss reads its own weight arrays) and every
    element is put back exactly afterwards. The gradient is returned as float64.
    """
    steps = numerical_gradient_steps(f, x, h)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def numerical_gradient_field(f, points, h=1e-4):
    """Ch4.4 gradient at each row of points (P, dim): the arrows of the book's gradient figure."""
    points = np.array(points, dtype=np.float64)
    return np.stack([numerical_gradient(f, p, h) for p in points.reshape(len(points), -1)])


def gradient_descent_path(f, init_x, lr=0.01, step_num=100):
    """Ch4.4.1 gradient descent x ← x - η ∇f(x), returning every x: shape (step_num + 1, dim)."""
    x = np.array(init_x, dtype=np.float64)  # a copy: the caller's init_x is left alone
    path = np.empty((step_num + 1,) + x.shape, dtype=np.float64)
    path[0] = x
    for i in range(step_num):
        x -= lr * numerical_gradient(f, x)
        path[i + 1] = x
    return path


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    """Ch4.4.1 gradient descent x ← x - η ∇f(x), step_num times; returns the final x."""
    return gradient_descent_path(f, init_x, lr, step_num)[-1]
