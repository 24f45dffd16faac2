"""Chapter 7: im2col / col2im, which turn a convolution into one matrix product.

The book's ``im2col`` returns ``col`` of shape (N*OH*OW, C*FH*FW): one row per output pixel, one
column per filter weight. Convolution is then ``col @ W.reshape(FN, -1).T``.

The layers in ``conv_layers`` use the same matrix *transposed*, ``col_t = col.T`` of shape
(C*FH*FW, N*OH*OW), built directly in that layout by ``im2col_t``. It is the book's intermediate
array (N, C, FH, FW, OH, OW) with N moved next to OH: no transposing copy is needed, the product
``W.reshape(FN, -1) @ col_t`` is one large matrix multiply, and its result (FN, N, OH, OW) is the
output feature maps up to a free axis swap. Images inside the conv layers are therefore
(N, C, H, W) arrays whose memory is ordered (C, N, H, W) ("channel-major"): every slice copied
below is then a run of whole image rows.

Both builders copy the input once per filter offset (FH*FW slices), never once per sample.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "conv_output_size",
    "im2col",
    "col2im",
    "im2col_t",
    "col2im_t",
    "convolution_by_loops",
]


def conv_output_size(input_size: int, filter_size: int, stride: int = 1, pad: int = 0) -> int:
    """Chapter 7.2.4: OH = (H + 2P - FH) / S + 1 (rounded down, as the book's ``//``)."""
    out = (input_size + 2 * pad - filter_size) // stride + 1
    if out < 1:
        raise ValueError(
            f"a {filter_size}-wide filter with pad {pad} does not fit an input of size {input_size}"
        )
    return out


def channel_major(shape: tuple, dtype, zeros: bool = False) -> np.ndarray:
    """A new (N, C, H, W) array whose memory is ordered (C, N, H, W)."""
    N, C, *rest = shape
    make = np.zeros if zeros else np.empty
    return make((C, N, *rest), dtype=dtype).transpose(1, 0, 2, 3)


def _padded(x: np.ndarray, pad: int, buffer: np.ndarray | None = None) -> np.ndarray:
    """x (N, C, H, W) -> (N, C, H+2P, W+2P) with a zero border; reuses ``buffer`` if it fits."""
    if pad == 0:
        return x
    N, C, H, W = x.shape
    shape = (N, C, H + 2 * pad, W + 2 * pad)
    if buffer is None or buffer.shape != shape or buffer.dtype != x.dtype:
        buffer = channel_major(shape, x.dtype, zeros=True)  # the border is zeroed once, here
    buffer[:, :, pad : pad + H, pad : pad + W] = x
    return buffer


def _offset_slices(y: int, x: int, out_h: int, out_w: int, stride: int) -> tuple:
    """The input pixels that filter offset (y, x) meets at every output position."""
    return (
        slice(None),
        slice(None),
        slice(y, y + stride * out_h, stride),
        slice(x, x + stride * out_w, stride),
    )


def im2col(
    input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0
) -> np.ndarray:
    """Chapter 7.4.3: images (N, C, H, W) -> col (N*OH*OW, C*FH*FW), the book's layout."""
    return np.ascontiguousarray(im2col_t(input_data, filter_h, filter_w, stride, pad).T)


def col2im(
    col: np.ndarray,
    input_shape: tuple,
    filter_h: int,
    filter_w: int,
    stride: int = 1,
    pad: int = 0,
) -> np.ndarray:
    """Chapter 7.4.3: col (N*OH*OW, C*FH*FW) -> images (N, C, H, W), summing overlapping pixels.

    col2im is the adjoint (transpose) of im2col, which is why it gives the convolution's dx.
    """
    return np.ascontiguousarray(col2im_t(col.T, input_shape, filter_h, filter_w, stride, pad))


def im2col_t(
    x: np.ndarray,
    filter_h: int,
    filter_w: int,
    stride: int = 1,
    pad: int = 0,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """im2col, transposed: x (N, C, H, W) -> col_t (C*FH*FW, N*OH*OW) == im2col(x).T.

    ``out`` (a C-contiguous array of that shape and x's dtype) is filled and returned instead of
    a new array, so a layer can reuse one large buffer every step.
    """
    N, C, H, W = x.shape
    out_h = conv_output_size(H, filter_h, stride, pad)
    out_w = conv_output_size(W, filter_w, stride, pad)
    shape = (C * filter_h * filter_w, N * out_h * out_w)
    if out is None:
        out = np.empty(shape, dtype=x.dtype)
    elif out.shape != shape or not out.flags.c_contiguous:
        raise ValueError(f"im2col_t: out must be a C-contiguous {shape} array, got {out.shape}")
    img = _padded(x, pad).transpose(1, 0, 2, 3)  # (C, N, H+2P, W+2P)
    # col6[c, y, x, n, i, j] = img[c, n, y + S*i, x + S*j]
    col6 = out.reshape(C, filter_h, filter_w, N, out_h, out_w)
    for y in range(filter_h):
        for x_ in range(filter_w):
            col6[:, y, x_] = img[_offset_slices(y, x_, out_h, out_w, stride)]
    return out


def col2im_t(
    col_t: np.ndarray,
    input_shape: tuple,
    filter_h: int,
    filter_w: int,
    stride: int = 1,
    pad: int = 0,
    pad_buffer: np.ndarray | None = None,
) -> np.ndarray:
    """col2im, transposed: col_t (C*FH*FW, N*OH*OW) -> a new (N, C, H, W) array, channel-major.

    Every filter offset adds its slice back onto the padded image; the padding is cut off.
    ``pad_buffer`` (C, N, H+2P, W+2P) is reused for the sums when given.
    """
    N, C, H, W = input_shape
    out_h = conv_output_size(H, filter_h, stride, pad)
    out_w = conv_output_size(W, filter_w, stride, pad)
    shape = (C, N, H + 2 * pad, W + 2 * pad)
    reused = (
        pad_buffer is not None and pad_buffer.shape == shape and pad_buffer.dtype == col_t.dtype
    )
    if reused:
        pad_buffer.fill(0)
        img = pad_buffer
    else:
        img = np.zeros(shape, dtype=col_t.dtype)
    col6 = col_t.reshape(C, filter_h, filter_w, N, out_h, out_w)
    for y in range(filter_h):
        for x_ in range(filter_w):
            img[_offset_slices(y, x_, out_h, out_w, stride)] += col6[:, y, x_]
    dx = img[:, :, pad : pad + H, pad : pad + W].transpose(1, 0, 2, 3)
    if pad == 0 and not reused:
        return dx
    return dx.copy(order="K")  # never hand out the reused buffer (or keep the padded one alive)


def convolution_by_loops(
    x: np.ndarray, W: np.ndarray, b: np.ndarray, stride: int = 1, pad: int = 0
) -> np.ndarray:
    """Chapter 7.4: the convolution as the nested for-loops the book says are slow.

    out[n, f, i, j] = sum(x_pad[n, :, S*i:S*i+FH, S*j:S*j+FW] * W[f]) + b[f], one window at a
    time. Only here to be timed against im2col's single matrix product (and to check it).
    """
    N, C, H, Wd = x.shape
    FN, _, FH, FW = W.shape
    out_h = conv_output_size(H, FH, stride, pad)
    out_w = conv_output_size(Wd, FW, stride, pad)
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    out = np.empty((N, FN, out_h, out_w), dtype=np.result_type(x, W))
    for n in range(N):
        for f in range(FN):
            for i in range(out_h):
                for j in range(out_w):
                    window = img[n, :, stride * i : stride * i + FH, stride * j : stride * j + FW]
                    out[n, f, i, j] = np.sum(window * W[f]) + b[f]
    return out
