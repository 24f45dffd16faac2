"""Qt-free: the engine code the Gradient tab runs (issue 21), the lit line and its values.

Gradient descent lights ``x -= lr * numerical_gradient(f, x)`` with the point on screen; the
optimizer race shows each optimizer's ``update`` with the lines that change ``params`` lit and the
optimizer's state (v, h, m) at the step on screen, replayed from the start (≤ a few hundred cheap
2-D steps, and only while the panel is open).
"""

from __future__ import annotations

from functools import cache, partial

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


def optimizer_state(name: str, lr: float, f, start, steps: int) -> tuple[dict, dict]:
    """The names on `update`'s lines after `steps` updates of f from `start` (0: none yet), and
    `line_values` of the last of those updates (the one on screen): each lit line's own numbers.
    One replay gives both."""
    optimizer = OPTIMIZERS[name](lr=lr)
    params = {"x": np.array(start, dtype=np.float64)}
    grads = {"x": np.zeros(2)}
    after: dict = {}
    with np.errstate(all="ignore"):
        for step in range(1, steps + 1):
            grads = {"x": numerical_gradient(f, params["x"].copy())}
            if step == steps:
                after = line_values(optimizer.update, params, grads)
            else:
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
    return values, after


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
        # Replayed once, and only for the optimizer the panel shows.
        state = cache(partial(optimizer_state, name, lrs[name], f, start, steps))
        items.append(
            CodeItem(cls.update, lit, lambda s=state: s()[0], after=lambda s=state: s()[1])
        )
    return CodeView(tuple(items), current=0)
