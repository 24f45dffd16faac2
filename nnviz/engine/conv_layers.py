"""Chapter 7: the Convolution and (max) Pooling layers, with the book's forward/backward, dW/db.

Fast but still the book's algebra: no Python loop over samples, only over filter offsets; the
im2col matrix and other large work arrays are kept and refilled every step instead of allocated
anew (a fresh multi-megabyte array costs page faults on every step). Outputs are always new
arrays, so a caller may keep them.
"""

from __future__ import annotations

import numpy as np

from nnviz.engine.im2col import (
    _offset_slices,
    _padded,
    channel_major,
    col2im,
    col2im_t,
    conv_output_size,
    im2col,
    im2col_t,
)

__all__ = [
    "Convolution",
    "Pooling",
    "AvgPooling",
    "im2col",
    "col2im",
]  # the book's common/layers.py has both


def _buffer(old: np.ndarray | None, shape: tuple, dtype, zeros: bool = False) -> np.ndarray:
    """Return ``old`` if it has this shape and dtype, else a new array (kept by the caller)."""
    if old is not None and old.shape == shape and old.dtype == dtype:
        return old
    return np.zeros(shape, dtype) if zeros else np.empty(shape, dtype)


def _same_layout(a: np.ndarray, b: np.ndarray) -> bool:
    """Same shape and same memory order (strides counted in elements, not bytes)."""
    return a.shape == b.shape and all(
        sa // a.itemsize == sb // b.itemsize for sa, sb in zip(a.strides, b.strides, strict=True)
    )


class Convolution:
    """Chapter 7.4.3: out = x * W + b (cross-correlation), computed as one matrix product.

    Shapes: W (FN, C, FH, FW), b (FN,), x (N, C, H, W) -> out (N, FN, OH, OW) with
    OH = (H + 2*pad - FH) // stride + 1.

    The book computes ``col @ W.reshape(FN, -1).T + b``. Here the same product is taken
    transposed, ``W.reshape(FN, -1) @ col_t`` (see ``im2col_t``), so the result comes out as
    (FN, N, OH, OW) in memory and ``out`` is its free (N, FN, OH, OW) view; elementwise layers keep
    that memory order and ``backward`` then needs no transposing copy either. The bias rides in
    the same product as one more weight whose input is always 1: [W | b] @ [col_t; 1].
    """

    def __init__(self, W: np.ndarray, b: np.ndarray, stride: int = 1, pad: int = 0):
        self.W = W  # the network's own arrays: the optimizer updates them in place
        self.b = b
        self.stride = int(stride)
        self.pad = int(pad)
        self.x_shape: tuple | None = None
        self.col_t: np.ndarray | None = None  # (C*FH*FW, N*OH*OW), the book's self.col transposed
        self.dW: np.ndarray | None = None
        self.db: np.ndarray | None = None
        # Work arrays reused from step to step (never handed out).
        self._col_1 = None  # [col_t; 1]: col_t is a view of its first rows
        self._x_pad = None
        self._dcol_t = None
        self._dx_pad = None
        self._dout_pad = None

    @property
    def col(self) -> np.ndarray | None:
        """The book's im2col matrix (N*OH*OW, C*FH*FW) of the last forward."""
        return None if self.col_t is None else self.col_t.T

    @property
    def col_W(self) -> np.ndarray:
        """The book's filter matrix (C*FH*FW, FN)."""
        return self.W.reshape(self.W.shape[0], -1).T

    def forward(self, x: np.ndarray) -> np.ndarray:
        FN, C, FH, FW = self.W.shape
        N, C_x, H, W = x.shape
        if C_x != C:
            raise ValueError(f"Convolution expects {C} input channels, got x of shape {x.shape}")
        out_h = conv_output_size(H, FH, self.stride, self.pad)
        out_w = conv_output_size(W, FW, self.stride, self.pad)
        img = _padded(x, self.pad, self._x_pad)  # (N, C, H+2P, W+2P), zero border
        self._x_pad = img if self.pad else None
        shape = (C * FH * FW + 1, N * out_h * out_w)
        if self._col_1 is None or self._col_1.shape != shape or self._col_1.dtype != x.dtype:
            self._col_1 = np.empty(shape, dtype=x.dtype)
            self._col_1[-1] = 1  # the bias's input, written once
        self.col_t = im2col_t(img, FH, FW, self.stride, 0, out=self._col_1[:-1])
        self.x_shape = x.shape
        W_b = np.concatenate([self.W.reshape(FN, -1), self.b.reshape(FN, 1)], axis=1)
        # (FN, C*FH*FW + 1) @ (C*FH*FW + 1, N*OH*OW) -> (FN, N*OH*OW): the book's out, transposed
        out_t = W_b @ self._col_1
        return out_t.reshape(FN, N, out_h, out_w).transpose(1, 0, 2, 3)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dW = dout_t @ col_t.T, db = sum of dout, dx = col2im(W.T @ dout_t): (N, C, H, W)."""
        FN, C, FH, FW = self.W.shape
        dout_t = self._param_grads(dout)
        if self._full_correlation_fits():
            return self._dx_by_correlation(dout)
        W_col = self.W.reshape(FN, -1)
        dtype = np.result_type(W_col, dout_t)
        self._dcol_t = _buffer(self._dcol_t, (W_col.shape[1], dout_t.shape[1]), dtype)
        np.matmul(W_col.T, dout_t, out=self._dcol_t)  # (C*FH*FW, N*OH*OW): the book's dcol.T
        N, C, H, W = self.x_shape
        padded_shape = (C, N, H + 2 * self.pad, W + 2 * self.pad)
        self._dx_pad = _buffer(self._dx_pad, padded_shape, dtype) if self.pad else None
        return col2im_t(
            self._dcol_t, self.x_shape, FH, FW, self.stride, self.pad, pad_buffer=self._dx_pad
        )

    def _full_correlation_fits(self) -> bool:
        """dx as a forward pass works for stride 1 and pad <= filter size - 1 (square filters)."""
        FH, FW = self.W.shape[2:]
        return self.stride == 1 and FH == FW and self.pad <= FH - 1

    def _dx_by_correlation(self, dout: np.ndarray) -> np.ndarray:
        """dx[n, c] = Σ_f dout[n, f] padded by FH-1-P, cross-correlated with W[f, c] turned 180°.

        The same numbers as col2im(W.T @ dout_t) (its adjoint, written as a forward
        convolution), but a product whose output is as small as dx: W.T @ dout_t would write
        the (C*FH*FW, N*H*W) matrix first, FH*FW times larger than dx, and col2im would then
        add it up again. Here im2col copies dout once per filter offset, as in forward.
        """
        FN, C, FH, FW = self.W.shape
        N, _, H, W = self.x_shape
        q = FH - 1 - self.pad  # the padding of dout that brings OH back to H
        dtype = np.result_type(self.W, dout)
        if dout.dtype != dtype:
            dout = dout.astype(dtype)
        self._dout_pad = _padded(dout, q, self._dout_pad) if q else None
        img = self._dout_pad if q else dout
        shape = (FN * FH * FW, N * H * W)
        self._dcol_t = _buffer(self._dcol_t, shape, dtype)
        im2col_t(img, FH, FW, 1, 0, out=self._dcol_t)  # (FN*FH*FW, N*H*W)
        # W_rot[c, f, ky, kx] = W[f, c, FH-1-ky, FW-1-kx]: each filter turned by 180 degrees
        W_rot = self.W[:, :, ::-1, ::-1].transpose(1, 0, 2, 3).reshape(C, -1)
        dx_t = W_rot.astype(dtype, copy=False) @ self._dcol_t  # (C, N*H*W), a new array
        return dx_t.reshape(C, N, H, W).transpose(1, 0, 2, 3)

    def backward_params(self, dout: np.ndarray) -> None:
        """Only dW and db: for a net's first layer, whose dx (of the input data) nobody uses."""
        self._param_grads(dout)

    def _param_grads(self, dout: np.ndarray) -> np.ndarray:
        FN, C, FH, FW = self.W.shape
        # dout (N, FN, OH, OW) -> (FN, N*OH*OW): free when dout has forward's memory order
        dout_t = dout.transpose(1, 0, 2, 3).reshape(FN, -1)
        # [dW | db] = dout_t @ [col_t; 1].T: the book's col.T @ dout and sum(dout), in one product
        dW_b = dout_t @ self._col_1.T  # (FN, C*FH*FW + 1)
        self.dW = dW_b[:, :-1].reshape(FN, C, FH, FW)
        self.db = dW_b[:, -1].copy()
        return dout_t


class Pooling:
    """Chapter 7.5: max pooling over pool_h x pool_w windows; backward sends dout to each max.

    As in the book, padding is with zeros, and on ties the first maximum in the window (row by
    row) takes the gradient, as ``np.argmax`` does. Works window offset by window offset: a
    2x2 pool is four strided views of x and three ``np.maximum`` calls. Which offset held each
    maximum (the book's arg_max) is noted while the maxima are taken, so backward does no
    compares of x: it only sends each dout to its offset.
    """

    def __init__(self, pool_h: int, pool_w: int, stride: int = 1, pad: int = 0):
        self.pool_h = int(pool_h)
        self.pool_w = int(pool_w)
        self.stride = int(stride)
        self.pad = int(pad)
        self.x = None  # kept like the book's (for shapes and the UI)
        self.out = None  # the last output: the max of each window
        self.arg = None  # (N, C, OH, OW): the window offset (row-major) of each max
        self._x_pad = None

    @property
    def arg_max(self) -> np.ndarray:
        """The book's arg_max: index in the window (row-major) of each max, flattened."""
        return self.arg.astype(np.intp).reshape(-1)

    def _windows(self, img: np.ndarray, out_h: int, out_w: int) -> list[np.ndarray]:
        """One strided view (N, C, OH, OW) of img per window offset, row by row."""
        return [
            img[_offset_slices(y, x, out_h, out_w, self.stride)]
            for y in range(self.pool_h)
            for x in range(self.pool_w)
        ]

    def forward(self, x: np.ndarray) -> np.ndarray:
        N, C, H, W = x.shape
        out_h = conv_output_size(H, self.pool_h, self.stride, self.pad)
        out_w = conv_output_size(W, self.pool_w, self.stride, self.pad)
        self._x_pad = _padded(x, self.pad, self._x_pad) if self.pad else None
        windows = self._windows(x if not self.pad else self._x_pad, out_h, out_w)
        # Each strided window copied once into a compact array: the compares and maxima below
        # then run over contiguous memory, several times faster than over the strided views.
        tiles = [window.copy(order="K") for window in windows]  # (N, C, OH, OW), x's memory order
        out = tiles[0]
        # Offset k takes over where it is strictly larger than every earlier one, so on ties the
        # first max keeps it (np.argmax's rule); the last take-over wins: arg = max(arg, k*larger).
        arg = np.zeros_like(out, dtype=np.min_scalar_type(len(tiles) - 1))
        larger = np.empty_like(out, dtype=np.bool_)
        for k, tile in enumerate(tiles[1:], start=1):
            np.greater(tile, out, out=larger)
            np.maximum(arg, larger.view(np.uint8) * arg.dtype.type(k), out=arg)
            np.maximum(out, tile, out=out)
        self.x = x
        self.out = out
        self.arg = arg
        return out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        N, C, H, W = self.x.shape
        out_h, out_w = dout.shape[2:]
        covers_all = (
            self.pad == 0
            and self.stride == self.pool_h == self.pool_w
            and (H, W) == (out_h * self.stride, out_w * self.stride)
        )
        overlap = self.stride < self.pool_h or self.stride < self.pool_w
        dtype = np.result_type(dout, self.x)
        if self.pad:
            dimg = channel_major((N, C, H + 2 * self.pad, W + 2 * self.pad), dtype, zeros=True)
        elif covers_all:  # every pixel is in exactly one window: each is written once below
            dimg = np.empty_like(self.x, dtype=dtype)
        else:
            dimg = np.zeros_like(self.x, dtype=dtype)
        if not _same_layout(dout, self.arg):
            # One small copy into forward's memory order makes the products below fast.
            template, dout = dout, np.empty_like(self.arg, dtype=dout.dtype)
            dout[...] = template
        is_max = np.empty_like(self.arg, dtype=np.bool_)
        for k, window in enumerate(self._windows(dimg, out_h, out_w)):
            np.equal(self.arg, k, out=is_max)
            if overlap:
                window += dout * is_max
            else:
                np.multiply(dout, is_max, out=window)
        if self.pad:
            return dimg[:, :, self.pad : self.pad + H, self.pad : self.pad + W].copy(order="K")
        return dimg


class AvgPooling:
    """Chapter 7.3: average pooling, out = mean of each pool_h x pool_w window (the book's
    alternative to max pooling); backward spreads dout evenly over the window's pixels.

    Computed the book's way: im2col, each row reshaped into (windows, pool_h*pool_w), the mean.
    """

    def __init__(self, pool_h: int, pool_w: int, stride: int = 1, pad: int = 0):
        self.pool_h = int(pool_h)
        self.pool_w = int(pool_w)
        self.stride = int(stride)
        self.pad = int(pad)
        self.x_shape: tuple | None = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        N, C, H, W = x.shape
        out_h = conv_output_size(H, self.pool_h, self.stride, self.pad)
        out_w = conv_output_size(W, self.pool_w, self.stride, self.pad)
        col = im2col(x, self.pool_h, self.pool_w, self.stride, self.pad)  # (N*OH*OW, C*PH*PW)
        col = col.reshape(-1, self.pool_h * self.pool_w)  # one window of one channel per row
        self.x_shape = x.shape
        return col.mean(axis=1).reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        area = self.pool_h * self.pool_w
        dcol = np.repeat(dout.transpose(0, 2, 3, 1).reshape(-1, 1) / area, area, axis=1)
        N, C = self.x_shape[:2]
        dcol = dcol.reshape(-1, C * area)
        return col2im(dcol, self.x_shape, self.pool_h, self.pool_w, self.stride, self.pad)
