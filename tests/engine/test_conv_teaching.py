"""The engine additions the Convolution tab shows: average pooling and the loop convolution."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.engine.conv_layers import AvgPooling, Convolution
from nnviz.engine.im2col import convolution_by_loops

BOOK_X = np.array([[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]], float)
BOOK_W = np.array([[2, 0, 1], [0, 1, 2], [1, 0, 2]], float)


def test_loop_convolution_gives_the_books_figure_7_4_and_7_5():
    out = convolution_by_loops(BOOK_X[None, None], BOOK_W[None, None], np.array([3.0]))
    assert out[0, 0].tolist() == [[18, 19], [9, 18]]


@pytest.mark.parametrize("stride,pad", [(1, 0), (2, 1), (3, 2)])
def test_loop_convolution_matches_the_im2col_layer(stride, pad):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 3, 7, 6))
    W = rng.standard_normal((4, 3, 3, 3))
    b = rng.standard_normal(4)
    expected = Convolution(W, b, stride, pad).forward(x)
    np.testing.assert_allclose(convolution_by_loops(x, W, b, stride, pad), expected, atol=1e-12)


def test_average_pooling_is_the_mean_of_each_window():
    x = np.arange(2 * 3 * 4 * 4, dtype=float).reshape(2, 3, 4, 4)
    out = AvgPooling(2, 2, stride=2).forward(x)
    expected = x.reshape(2, 3, 2, 2, 2, 2).mean(axis=(3, 5))
    np.testing.assert_allclose(out, expected)


def test_average_pooling_backward_is_the_numerical_gradient():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((1, 2, 5, 5))
    dout = rng.standard_normal((1, 2, 2, 2))
    pool = AvgPooling(3, 3, stride=2)
    pool.forward(x)
    dx = pool.backward(dout)
    numeric = np.zeros_like(x)
    h = 1e-6
    for idx in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[idx] += h
        minus[idx] -= h
        numeric[idx] = (
            np.sum(AvgPooling(3, 3, 2).forward(plus) * dout)
            - np.sum(AvgPooling(3, 3, 2).forward(minus) * dout)
        ) / (2 * h)
    np.testing.assert_allclose(dx, numeric, atol=1e-7)
