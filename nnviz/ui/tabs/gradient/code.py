"""Qt-free: the engine code the Gradient tab runs (issue 21), the lit line and its values.

Gradient descent lights ``x -= lr * numerical_gradient(f, x)`` with the point on screen; the
optimizer race shows each optimizer's ``update`` with the lines that change ``params`` lit and the
optimizer's state (v, h, m) at the step on screen, replayed from the start (≤ a few hundred cheap
2-D steps, and only while the panel is open).
"""

from __future__ import annotations

from functools import partial

import numpy as np

from nnviz.engine.gradient import gradient_descent_path, numerical_gradient
from nnviz.engine.optimizers import OPTIMIZERS
from nnviz.ui.widgets.code_source import (
    CodeItem,
    CodeView,
    layer_values,
    line_values,
    source_of,
)

UPDATE_MARKS = ("+=", "-=", "*=", "lr_t =")


def update_lines(cls) -> tuple[str, ...]:
    """The lines of `cls.update` that change the parameters or the optimizer's state."""
    return tuple(
        line.strip()
        for line in source_of(cls.update).splitlines()
        if any(mark in line for mark in UPDATE_MARKS)
    )


def optimizer_state(name: str, lr: float, f, start, steps: int) -> dict:
    """The names on `update`'s lines after `steps` updates of f from `start` (0: none yet)."""
    optimizer = OPTIMIZERS[name](lr=lr)
    params = {"x": np.array(start, dtype=np.float64)}
    grads = {"x": np.zeros(2)}
    with np.errstate(all="ignore"):
        for _ in range(steps):
            grads = {"x": numerical_gradient(f, params["x"].copy())}
            optimizer.update(params, grads)
            if not np.all(np.isfinite(params["x"])):
                break
    values = {k: v for k, v in layer_values(optimizer).items() if not isinstance(v, dict)}
    for attr in ("v", "h", "m"):
        state = getattr(optimizer, attr, None)
        if isinstance(state, dict):
            values[attr] = state["x"]
    values.update({"params[key]": params["x"], "grads[key]": grads["x"], "g": grads["x"]})
    values["key"] = "x"
    if name == "Adam" and optimizer.iter:
        b1, b2, t = optimizer.beta1, optimizer.beta2, optimizer.iter
        values["lr_t"] = optimizer.lr * np.sqrt(1.0 - b2**t) / (1.0 - b1**t)
    return values


def optimizer_lines(name: str, lr: float, f, start, steps: int) -> dict:
    """`line_values` of the `steps`-th update (the one on screen): each lit line's own numbers."""
    if steps <= 0:
        return {}
    optimizer = OPTIMIZERS[name](lr=lr)
    params = {"x": np.array(start, dtype=np.float64)}
    with np.errstate(all="ignore"):
        for _ in range(steps - 1):
            optimizer.update(params, {"x": numerical_gradient(f, params["x"].copy())})
        grads = {"x": numerical_gradient(f, params["x"].copy())}
        return line_values(optimizer.update, params, grads)


def descent_code(f, x, lr: float, step: int) -> CodeView:
    """Ch4.4.1: the path's loop, its line lit with the point on screen."""
    values = {"x": np.asarray(x), "lr": lr, "i": step}
    lit = ("x -= lr * numerical_gradient(f, x)",) if step > 0 else ()
    return CodeView(
        (CodeItem(gradient_descent_path, lit, values), CodeItem(numerical_gradient)), current=0
    )


def race_code(names, lrs: dict, f, start, steps: int) -> CodeView:
    """Ch6: every racing optimizer's update, each with its state after `steps` steps."""
    items = []
    for name in names:
        cls = OPTIMIZERS[name]
        lit = update_lines(cls) if steps > 0 else ()
        state = partial(optimizer_state, name, lrs[name], f, start, steps)  # only the one shown
        after = partial(optimizer_lines, name, lrs[name], f, start, steps)
        items.append(CodeItem(cls.update, lit, state, after=after))
    return CodeView(tuple(items), current=0)
