"""im2col / col2im (chapter 7.4.3): layout, round trip, adjoint property, dtype."""

import numpy as np
import pytest

from nnviz.engine.im2col import col2im, col2im_t, conv_output_size, im2col, im2col_t

# (N, C, H, W), filter_h, filter_w, stride, pad
CASES = [
    ((2, 3, 7, 7), 5, 5, 1, 0),  # the book's example shapes
    ((2, 1, 6, 5), 3, 2, 1, 1),
    ((3, 2, 7, 6), 3, 3, 2, 1),
    ((1, 2, 8, 8), 2, 2, 2, 0),
    ((2, 2, 5, 7), 1, 3, 3, 2),
]


def naive_im2col(x, fh, fw, stride, pad):
    """One row per output pixel (n, i, j), one column per weight (c, y, x): the definition."""
    N, C, H, W = x.shape
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    oh = (H + 2 * pad - fh) // stride + 1
    ow = (W + 2 * pad - fw) // stride + 1
    rows = []
    for n in range(N):
        for i in range(oh):
            for j in range(ow):
                patch = img[n, :, i * stride : i * stride + fh, j * stride : j * stride + fw]
                rows.append(patch.reshape(-1))
    return np.array(rows)


@pytest.mark.parametrize(("shape", "fh", "fw", "stride", "pad"), CASES)
def test_im2col_matches_the_definition_row_by_row(shape, fh, fw, stride, pad):
    x = np.random.default_rng(0).standard_normal(shape)
    col = im2col(x, fh, fw, stride, pad)
    np.testing.assert_array_equal(col, naive_im2col(x, fh, fw, stride, pad))


def test_im2col_has_the_books_shape_for_its_example():
    x = np.random.default_rng(1).random((10, 3, 7, 7))
    assert im2col(x, 5, 5, stride=1, pad=0).shape == (90, 75)


@pytest.mark.parametrize(("shape", "fh", "fw", "stride", "pad"), CASES)
def test_im2col_t_is_the_transpose_of_im2col(shape, fh, fw, stride, pad):
    x = np.random.default_rng(2).standard_normal(shape)
    np.testing.assert_array_equal(
        im2col_t(x, fh, fw, stride, pad), im2col(x, fh, fw, stride, pad).T
    )


@pytest.mark.parametrize(("shape", "fh", "fw", "stride", "pad"), CASES)
def test_col2im_is_the_adjoint_of_im2col(shape, fh, fw, stride, pad):
    # <im2col(x), c> == <x, col2im(c)> for all x, c: what makes col2im the backward of im2col.
    rng = np.random.default_rng(3)
    x = rng.standard_normal(shape)
    col = im2col(x, fh, fw, stride, pad)
    c = rng.standard_normal(col.shape)
    lhs = np.sum(col * c)
    rhs = np.sum(x * col2im(c, shape, fh, fw, stride, pad))
    assert lhs == pytest.approx(rhs, rel=1e-12)


@pytest.mark.parametrize(("shape", "fh", "fw", "stride", "pad"), CASES)
def test_col2im_of_im2col_gives_each_pixel_times_its_window_count(shape, fh, fw, stride, pad):
    x = np.random.default_rng(4).standard_normal(shape)
    count = col2im(im2col(np.ones(shape), fh, fw, stride, pad), shape, fh, fw, stride, pad)
    back = col2im(im2col(x, fh, fw, stride, pad), shape, fh, fw, stride, pad)
    np.testing.assert_allclose(back, x * count, rtol=1e-12)


def test_col2im_of_im2col_is_the_identity_for_non_overlapping_windows():
    x = np.random.default_rng(5).standard_normal((2, 3, 6, 6))
    back = col2im(im2col(x, 2, 2, stride=2), x.shape, 2, 2, stride=2)
    np.testing.assert_array_equal(back, x)


def test_float32_stays_float32():
    x = np.random.default_rng(6).random((2, 2, 6, 6), dtype=np.float32)
    col = im2col(x, 3, 3, 1, 1)
    assert col.dtype == np.float32
    assert col2im(col, x.shape, 3, 3, 1, 1).dtype == np.float32


def test_im2col_t_fills_the_buffer_it_is_given():
    x = np.random.default_rng(7).random((2, 1, 5, 5))
    buffer = np.empty((9, 2 * 3 * 3))
    out = im2col_t(x, 3, 3, out=buffer)
    assert out is buffer
    np.testing.assert_array_equal(out, im2col(x, 3, 3).T)


def test_col2im_t_never_returns_the_reused_buffer():
    x_shape = (1, 1, 4, 4)
    buffer = np.zeros(x_shape)
    dx = col2im_t(np.ones((4, 9)), x_shape, 2, 2, pad_buffer=buffer)
    assert dx is not buffer
    assert dx[0, 0, 1, 1] == 4.0  # the centre pixels are in four 2x2 windows


def test_conv_output_size_follows_the_books_formula():
    assert conv_output_size(28, 5) == 24
    assert conv_output_size(28, 3, stride=1, pad=1) == 28
    assert conv_output_size(7, 3, stride=2, pad=1) == 4


def test_conv_output_size_refuses_a_filter_larger_than_the_input():
    with pytest.raises(ValueError, match="does not fit"):
        conv_output_size(3, 5)
