"""Convolution and Pooling (chapter 7): forward by definition, backward by numerical gradients."""

import numpy as np
import pytest

from nnviz.engine.conv_layers import Convolution, Pooling
from nnviz.engine.gradient import numerical_gradient

# (N, C, H, W), (FN, FH, FW), stride, pad
CONV_CASES = [
    ((2, 1, 6, 6), (3, 3, 3), 1, 0),
    ((2, 2, 5, 5), (2, 3, 3), 1, 1),
    ((1, 2, 7, 6), (3, 3, 2), 2, 1),
    ((2, 3, 5, 5), (2, 1, 1), 1, 0),
    ((1, 2, 6, 7), (2, 4, 4), 3, 2),
    # stride 1: dx by cross-correlating the padded dout with the turned filters
    ((2, 2, 4, 4), (3, 3, 3), 1, 2),  # DeepConvNet's Conv4: pad 2, dout needs no padding
    ((1, 2, 6, 6), (2, 5, 5), 1, 1),
    ((1, 1, 4, 4), (2, 3, 3), 1, 3),  # pad > filter size - 1: dx by col2im
    ((1, 2, 5, 6), (2, 3, 2), 1, 1),  # a non-square filter: dx by col2im
]


def naive_conv(x, W, b, stride, pad):
    """out[n, f, i, j] = sum_c,y,x W[f, c, y, x] * x_pad[n, c, S*i + y, S*j + x] + b[f]."""
    N, C, H, Wd = x.shape
    FN, _, FH, FW = W.shape
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    oh = (H + 2 * pad - FH) // stride + 1
    ow = (Wd + 2 * pad - FW) // stride + 1
    out = np.zeros((N, FN, oh, ow))
    for i in range(oh):
        for j in range(ow):
            patch = img[:, :, i * stride : i * stride + FH, j * stride : j * stride + FW]
            out[:, :, i, j] = np.tensordot(patch, W, axes=([1, 2, 3], [1, 2, 3])) + b
    return out


def make_conv(x_shape, w_shape, stride, pad, seed=0, dtype=np.float64):
    rng = np.random.default_rng(seed)
    FN, FH, FW = w_shape
    W = rng.standard_normal((FN, x_shape[1], FH, FW)).astype(dtype)
    b = rng.standard_normal(FN).astype(dtype)
    x = rng.standard_normal(x_shape).astype(dtype)
    return Convolution(W, b, stride, pad), x


@pytest.mark.parametrize(("x_shape", "w_shape", "stride", "pad"), CONV_CASES)
def test_convolution_forward_matches_the_definition(x_shape, w_shape, stride, pad):
    conv, x = make_conv(x_shape, w_shape, stride, pad)
    np.testing.assert_allclose(
        conv.forward(x), naive_conv(x, conv.W, conv.b, stride, pad), rtol=1e-12, atol=1e-12
    )


@pytest.mark.parametrize(("x_shape", "w_shape", "stride", "pad"), CONV_CASES)
def test_convolution_backward_matches_numerical_gradients(x_shape, w_shape, stride, pad):
    conv, x = make_conv(x_shape, w_shape, stride, pad, seed=1)
    G = np.random.default_rng(2).standard_normal(conv.forward(x).shape)

    def f(_):  # L = sum(out * G), so dL/dout = G
        return np.sum(conv.forward(x) * G)

    num_dx = numerical_gradient(f, x)
    num_dW = numerical_gradient(f, conv.W)
    num_db = numerical_gradient(f, conv.b)
    conv.forward(x)
    dx = conv.backward(G)
    np.testing.assert_allclose(dx, num_dx, rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(conv.dW, num_dW, rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(conv.db, num_db, rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize("pad", [0, 1, 2])
def test_convolution_dx_by_correlation_equals_col2im_of_the_books_dcol(pad):
    """Both ways to dx, in float32 at DeepConvNet's sizes: the fast one is only a rewriting."""
    from nnviz.engine.im2col import col2im

    conv, x = make_conv((4, 16, 14, 14), (32, 3, 3), 1, pad, seed=3, dtype=np.float32)
    dout = np.random.default_rng(4).standard_normal(conv.forward(x).shape).astype(np.float32)
    assert conv._full_correlation_fits()
    dx = conv.backward(dout)
    FN = conv.W.shape[0]
    dcol = dout.transpose(0, 2, 3, 1).reshape(-1, FN) @ conv.col_W.T  # the book's dcol
    expected = col2im(dcol, x.shape, 3, 3, 1, pad)
    assert dx.dtype == np.float32 and dx.shape == x.shape
    np.testing.assert_allclose(dx, expected, rtol=1e-4, atol=1e-4)


def test_convolution_backward_params_gives_the_same_dw_and_db_without_dx():
    conv, x = make_conv((2, 2, 6, 6), (3, 3, 3), 1, 1)
    G = np.random.default_rng(3).standard_normal((2, 3, 6, 6))
    conv.forward(x)
    conv.backward(G)
    dW, db = conv.dW.copy(), conv.db.copy()
    conv.dW = conv.db = None
    assert conv.backward_params(G) is None
    np.testing.assert_array_equal(conv.dW, dW)
    np.testing.assert_array_equal(conv.db, db)


def test_convolution_backward_leaves_dout_alone():
    conv, x = make_conv((2, 2, 5, 5), (2, 3, 3), 1, 1)
    dout = np.random.default_rng(4).standard_normal(conv.forward(x).shape)
    before = dout.copy()
    conv.backward(dout)
    np.testing.assert_array_equal(dout, before)


def test_convolution_output_survives_the_next_forward():
    # Work arrays are reused between steps; outputs must not be among them.
    conv, x = make_conv((2, 1, 6, 6), (3, 3, 3), 1, 0)
    y1 = conv.forward(x)
    kept = y1.copy()
    conv.forward(-x)
    np.testing.assert_array_equal(y1, kept)
    dx1 = conv.backward(np.ones_like(y1))
    kept_dx = dx1.copy()
    conv.backward(-np.ones_like(y1))
    np.testing.assert_array_equal(dx1, kept_dx)


def test_convolution_keeps_float32():
    conv, x = make_conv((2, 2, 6, 6), (3, 3, 3), 1, 1, dtype=np.float32)
    y = conv.forward(x)
    dx = conv.backward(np.ones_like(y))
    assert (y.dtype, dx.dtype, conv.dW.dtype, conv.db.dtype) == (np.float32,) * 4
    np.testing.assert_allclose(y, naive_conv(x, conv.W, conv.b, 1, 1), rtol=1e-4, atol=1e-4)


def test_convolution_updates_follow_the_shared_weight_array():
    conv, x = make_conv((1, 1, 4, 4), (1, 2, 2), 1, 0)
    before = conv.forward(x).copy()
    conv.W += 1.0  # an optimizer updates the net's arrays in place
    np.testing.assert_allclose(conv.forward(x), before + _window_sums(x), rtol=1e-12)


def _window_sums(x):
    """sum of each 2x2 window of x[0, 0]: what adding 1 to every weight adds to the output."""
    img = x[0, 0]
    return (img[:-1, :-1] + img[1:, :-1] + img[:-1, 1:] + img[1:, 1:])[None, None]


def test_convolution_exposes_the_books_col_and_col_w():
    conv, x = make_conv((2, 3, 7, 7), (4, 5, 5), 1, 0)
    out = conv.forward(x)
    assert conv.col.shape == (2 * 3 * 3, 3 * 5 * 5)
    assert conv.col_W.shape == (75, 4)
    book_out = (conv.col @ conv.col_W + conv.b).reshape(2, 3, 3, 4).transpose(0, 3, 1, 2)
    np.testing.assert_allclose(out, book_out, rtol=1e-12)


def test_convolution_refuses_the_wrong_number_of_channels():
    conv, _ = make_conv((1, 2, 5, 5), (1, 3, 3), 1, 0)
    with pytest.raises(ValueError, match="2 input channels"):
        conv.forward(np.zeros((1, 3, 5, 5)))


# (N, C, H, W), pool_h, pool_w, stride, pad
POOL_CASES = [
    ((2, 3, 6, 6), 2, 2, 2, 0),
    ((2, 2, 5, 5), 2, 2, 2, 0),  # the last row and column are in no window
    ((1, 2, 6, 5), 3, 3, 1, 0),  # overlapping windows
    ((2, 1, 5, 5), 2, 2, 1, 1),
    ((1, 2, 7, 7), 3, 2, 2, 1),
]


def naive_pool(x, ph, pw, stride, pad):
    N, C, H, W = x.shape
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)])  # zeros, as the book
    oh = (H + 2 * pad - ph) // stride + 1
    ow = (W + 2 * pad - pw) // stride + 1
    out = np.empty((N, C, oh, ow))
    for i in range(oh):
        for j in range(ow):
            window = img[:, :, i * stride : i * stride + ph, j * stride : j * stride + pw]
            out[:, :, i, j] = window.max(axis=(2, 3))
    return out


def distinct_values(shape, seed):
    """Distinct and non-zero (no tie, even with the zero padding): max is smooth there."""
    n = int(np.prod(shape))
    return (np.random.default_rng(seed).permutation(n) - n / 2 + 0.5).reshape(shape) / n


@pytest.mark.parametrize(("shape", "ph", "pw", "stride", "pad"), POOL_CASES)
def test_pooling_forward_takes_the_max_of_each_window(shape, ph, pw, stride, pad):
    x = np.random.default_rng(5).standard_normal(shape)
    np.testing.assert_array_equal(
        Pooling(ph, pw, stride, pad).forward(x), naive_pool(x, ph, pw, stride, pad)
    )


@pytest.mark.parametrize(("shape", "ph", "pw", "stride", "pad"), POOL_CASES)
def test_pooling_backward_matches_numerical_gradients(shape, ph, pw, stride, pad):
    pool = Pooling(ph, pw, stride, pad)
    x = distinct_values(shape, seed=6)
    G = np.random.default_rng(7).standard_normal(pool.forward(x).shape)
    num_dx = numerical_gradient(lambda _: np.sum(pool.forward(x) * G), x, h=1e-6)
    pool.forward(x)
    np.testing.assert_allclose(pool.backward(G), num_dx, rtol=1e-6, atol=1e-8)


def test_pooling_gives_a_tie_to_the_first_max_like_argmax():
    pool = Pooling(2, 2, stride=2)
    x = np.ones((1, 1, 2, 4))
    pool.forward(x)
    dx = pool.backward(np.array([[[[3.0, 5.0]]]]))
    np.testing.assert_array_equal(dx[0, 0], [[3.0, 0, 5.0, 0], [0, 0, 0, 0]])
    np.testing.assert_array_equal(pool.arg_max, [0, 0])


def test_pooling_arg_max_is_the_books_index_in_the_window():
    x = np.array([[[[1.0, 2.0, 9.0, 0.0], [4.0, 3.0, 0.0, 1.0]]]])
    pool = Pooling(2, 2, stride=2)
    pool.forward(x)
    np.testing.assert_array_equal(pool.arg_max, [2, 0])


def test_pooling_keeps_float32_and_accepts_a_transposed_input():
    x64 = np.random.default_rng(8).standard_normal((4, 3, 6, 6))
    # A conv layer's output is a (N, C, H, W) view of (C, N, H, W) memory.
    x = np.ascontiguousarray(x64.astype(np.float32).transpose(1, 0, 2, 3)).transpose(1, 0, 2, 3)
    pool = Pooling(2, 2, stride=2)
    y = pool.forward(x)
    dx = pool.backward(np.ones_like(y))
    assert (y.dtype, dx.dtype) == (np.float32, np.float32)
    np.testing.assert_array_equal(y, naive_pool(x64.astype(np.float32), 2, 2, 2, 0))
    assert dx.sum() == y.size


def test_pooling_backward_leaves_dout_alone():
    pool = Pooling(2, 2, stride=1, pad=1)
    x = distinct_values((1, 2, 4, 4), seed=9)
    dout = np.random.default_rng(10).standard_normal(pool.forward(x).shape)
    before = dout.copy()
    pool.backward(dout)
    np.testing.assert_array_equal(dout, before)
