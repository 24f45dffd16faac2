"""Qt-free: the engine code the Convolution tab runs (issue 21), in step with the window.

Each step of the window page is one output cell: one row of the im2col matrix times the filter.
The engine computes all cells in one product, so the lit line is that product, with the step's
own row, filter and cell written beside it; the book's version (``col @ col_W + b``) is one
click away. Pooling shows the engine's pooling layer with the book's argmax version beside it.
"""

from __future__ import annotations

import numpy as np

from nnviz.engine.conv_layers import AvgPooling, Convolution, Pooling
from nnviz.engine.im2col import im2col, im2col_t
from nnviz.engine.trace import forward_trace
from nnviz.ui.widgets.code_source import CodeItem, CodeView, describe

PRODUCT = "out_t = W_b @ self._col_1"
GATHER = "col6[:, y, x_] = img["
MAX_LINES = ("np.maximum(arg, larger", "np.maximum(out, tile, out=out)")
MEAN_LINE = "return col.mean(axis=1)"


def window_note(window, W, bias) -> str:
    """`col[4] = [...] · W + b = out[1, 1] = 0.75`: the step's one cell, by the book's names."""
    if window is None:
        return ""
    return (
        f"col[{window.index}] = {describe(window.values.ravel())}\n"
        f"W = {describe(np.asarray(W).ravel())}   b = {describe(bias)}\n"
        f"out[{window.i}, {window.j}] = col[{window.index}] · W + b = {describe(window.result)}"
    )


def convolution_code(
    operation: str, window, W, bias, network: bool = False, winner: int | None = None
) -> CodeView:
    if network:
        return CodeView(
            (CodeItem(forward_trace), CodeItem(Convolution.forward, book="Convolution"))
        )
    if operation == "conv":
        lit = (PRODUCT,) if window is not None else ()
        values = {"W_b": np.append(np.ravel(W), bias)}
        forward = CodeItem(
            Convolution.forward, lit, values, "Convolution", window_note(window, W, bias)
        )
        return CodeView(
            (
                forward,
                CodeItem(im2col_t, (GATHER,) if window else ()),
                CodeItem(im2col, book="im2col"),
            )
        )
    if operation == "max":
        lit = MAX_LINES if window is not None else ()
        note = pool_note(window, "max", winner)
        forward = CodeItem(Pooling.forward, lit, {}, "Pooling", note)
    else:
        lit = (MEAN_LINE,) if window is not None else ()
        forward = CodeItem(AvgPooling.forward, lit, {}, "", pool_note(window, "mean", None))
    return CodeView((forward, CodeItem(im2col, book="im2col")))


def pool_note(window, how: str, winner) -> str:
    """`window 3 = [...]  out[0, 3] = max = 0.9 (offset 2 won)`: the step's one cell."""
    if window is None:
        return ""
    text = (
        f"window {window.index} = {describe(window.values.ravel())}\n"
        f"out[{window.i}, {window.j}] = {how} = {describe(window.result)}"
    )
    if winner is not None:
        text += f"   # arg[{window.i}, {window.j}] = {winner}: the offset that won"
    return text
