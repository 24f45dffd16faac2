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


def window_note(window, W, bias) -> str:
    """`col[4] = [...] · W + b = out[1, 1] = 0.75`: the step's one cell, by the book's names."""
    if window is None:
        return ""
    return (
        f"col[{window.index}] = {describe(window.values.ravel())}\n"
        f"W = {describe(np.asarray(W).ravel())}   b = {describe(bias)}\n"
        f"out[{window.i}, {window.j}] = col[{window.index}] · W + b = {describe(window.result)}"
    )


def convolution_code(operation: str, window, W, bias, network: bool = False) -> CodeView:
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
    pooling = Pooling if operation == "max" else AvgPooling
    return CodeView(
        (
            CodeItem(pooling.forward, (), {}, "Pooling" if operation == "max" else ""),
            CodeItem(im2col, book="im2col"),
        )
    )
