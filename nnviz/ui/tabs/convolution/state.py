"""Qt-free state of the Convolution tab: the input, the filter, pad/stride, the window's step.

Every number comes from the engine: ``Convolution.forward`` (whose ``col`` is the book's im2col
matrix), ``Pooling.forward`` (its ``arg`` marks the winners) and ``AvgPooling.forward``. The
picture only reads rows of ``col`` and cells of ``out``; it never convolves by itself.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from nnviz.engine.conv_layers import AvgPooling, Convolution, Pooling
from nnviz.engine.im2col import convolution_by_loops, im2col

# The book's figure 7-4 / 7-5 example (chapter 7.2.2-7.2.3).
BOOK_INPUT = np.array([[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]], dtype=np.float64)
BOOK_FILTER = np.array([[2, 0, 1], [0, 1, 2], [1, 0, 2]], dtype=np.float64)
BOOK_BIAS = 3.0

OPERATIONS = ("conv", "max", "avg")  # convolution, max pooling (7.3), average pooling
INPUTS = ("book", "mnist", "pad", "typed")  # "pad": the digit drawn on the Draw tab
FILTERS = ("book", "edges", "blur", "sharpen", "learned", "typed")
MAX_FILTER = 7
MAX_PAD = 4
MAX_STRIDE = 4
MAX_TYPED = 32  # typed inputs up to 32x32


class MatrixTextError(ValueError):
    """Why typed values are not a matrix: ``kind`` (for the translated message) and ``detail``."""

    def __init__(self, kind: str, message: str, detail: str = ""):
        super().__init__(message)
        self.kind, self.detail = kind, detail


def parse_matrix(text: str, max_size: int = MAX_TYPED) -> np.ndarray:
    """Rows separated by '/' or new lines, numbers by spaces or commas -> (H, W) float64.

    ValueError with a message a student can act on for anything else.
    """
    rows = [r for r in text.replace(";", "/").replace("\n", "/").split("/") if r.strip()]
    if not rows:
        raise MatrixTextError("empty", "no numbers: type rows like 1 2 3 / 4 5 6")
    if len(rows) > max_size:
        raise MatrixTextError("rows", f"at most {max_size} rows", str(max_size))
    values = []
    for r in rows:
        words = r.replace(",", " ").split()
        if len(words) > max_size:
            raise MatrixTextError("columns", f"at most {max_size} numbers in a row", str(max_size))
        try:
            values.append([float(w) for w in words])
        except ValueError:
            bad = next(w for w in words if not _is_number(w))
            raise MatrixTextError("number", f"'{bad[:20]}' is not a number", bad[:20]) from None
    widths = {len(v) for v in values}
    if len(widths) != 1:
        raise MatrixTextError("ragged", "every row needs the same number of values")
    a = np.array(values, dtype=np.float64)
    if not np.isfinite(a).all():
        raise MatrixTextError("finite", "numbers must be finite")
    return a


def _is_number(word: str) -> bool:
    try:
        float(word)
    except ValueError:
        return False
    return True


def format_matrix(a: np.ndarray) -> str:
    return " / ".join(" ".join(f"{v:g}" for v in row) for row in a)


def resize_filter(W: np.ndarray, size: int) -> np.ndarray:
    """Centre-crop or zero-pad a square filter to size x size."""
    n = W.shape[0]
    if n == size:
        return W.copy()
    out = np.zeros((size, size))
    if n > size:
        s = (n - size) // 2
        return W[s : s + size, s : s + size].copy()
    s = (size - n) // 2
    out[s : s + n, s : s + n] = W
    return out


def hand_filter(kind: str, size: int) -> np.ndarray:
    """Hand-made filters: a vertical-edge detector, a box blur, a sharpen (size x size)."""
    if kind == "blur":
        return np.full((size, size), 1.0 / (size * size))
    if kind == "edges":
        W = np.zeros((size, size))
        W[:, 0], W[:, -1] = -1.0, 1.0  # dark left, bright right answers strongly
        return W
    if kind == "sharpen":
        W = np.full((size, size), -1.0 / (size * size - 1)) if size > 1 else np.zeros((1, 1))
        W[size // 2, size // 2] = 2.0
        return W
    return resize_filter(BOOK_FILTER, size)


@dataclass(frozen=True)
class SizeReadout:
    """The book's OH = (H + 2P - FH)/S + 1 with the numbers of one axis plugged in."""

    H: int
    FH: int
    P: int
    S: int

    @property
    def numerator(self) -> int:
        return self.H + 2 * self.P - self.FH

    @property
    def fits(self) -> bool:
        return self.numerator >= 0

    @property
    def exact(self) -> bool:
        return self.fits and self.numerator % self.S == 0

    @property
    def size(self) -> int:
        """The engine's size (rounded down, as the book's //); 0 when the filter does not fit."""
        return self.numerator // self.S + 1 if self.fits else 0

    def formula(self) -> str:
        value = self.numerator / self.S + 1
        shown = f"{value:g}" if self.exact else f"{value:.2f}"
        return (
            f"({self.H} + 2×{self.P} − {self.FH}) / {self.S} + 1 = {self.numerator}/{self.S} + 1 "
            f"= {shown}"
        )


@dataclass(frozen=True)
class Window:
    """One position of the sliding window: output cell (i, j), its rows/cols in the padded input."""

    index: int  # row of the im2col matrix
    i: int
    j: int
    top: int
    left: int
    values: np.ndarray  # (FH, FW): the engine's im2col row, reshaped
    result: float  # the output cell, from the engine's forward


class ConvolutionState:
    """What the tab shows; the tab maps its controls onto this and redraws from ``result()``."""

    def __init__(self):
        self.operation = "conv"
        self.input_kind = "book"
        self.filter_kind = "book"
        self.x = BOOK_INPUT.copy()
        self.typed_x = BOOK_INPUT.copy()
        self.typed_W = BOOK_FILTER.copy()
        self.mnist_images: np.ndarray | None = None  # (N, 28, 28) in [0, 1], set by the tab
        self.mnist_index = 0
        self.pad_x: np.ndarray | None = None  # (28, 28) the Draw tab's input, set by the tab
        self.learned: tuple[np.ndarray, np.ndarray] | None = None  # W1 (FN, 1, 5, 5), b1 (FN,)
        self.learned_index = 0
        self.filter_size = 3
        self.bias = BOOK_BIAS
        self.pad = 0
        self.stride = 1
        self.position = 0  # windows computed so far (0 = none, n_windows = all)
        self.playing = False
        self._cache_key = None
        self._cache = None

    # ---- choices ----
    def choose_input(self, kind: str) -> None:
        self.input_kind = kind
        if kind == "book":
            self.x = BOOK_INPUT.copy()
        elif kind == "typed":
            self.x = self.typed_x.copy()
        elif kind == "mnist" and self.mnist_images is not None:
            self.x = self.mnist_images[self.mnist_index].astype(np.float64)
        elif kind == "pad" and self.pad_x is not None:
            self.x = self.pad_x.astype(np.float64)
        self.reset()

    def set_mnist_index(self, index: int) -> None:
        self.mnist_index = index
        if self.input_kind == "mnist":
            self.choose_input("mnist")

    def set_typed_input(self, text: str) -> None:
        """Raises ValueError (nothing changed) when the text is not a matrix."""
        self.typed_x = parse_matrix(text)
        self.choose_input("typed")

    def set_typed_filter(self, text: str) -> None:
        W = parse_matrix(text, MAX_FILTER)
        if W.shape[0] != W.shape[1]:
            raise MatrixTextError("square", "a filter must be square (as many rows as columns)")
        self.typed_W = W
        self.filter_size = W.shape[0]
        self.filter_kind = "typed"
        self.reset()

    def choose_filter(self, kind: str) -> None:
        self.filter_kind = kind
        if kind == "book":
            self.filter_size, self.bias = 3, BOOK_BIAS
        elif kind == "learned" and self.learned is not None:
            self.filter_size = self.learned[0].shape[-1]
            self.bias = float(self.learned[1][self.learned_index])
        elif kind in ("edges", "blur", "sharpen"):
            self.bias = 0.0
        self.reset()

    def set_learned_index(self, index: int) -> None:
        self.learned_index = index
        if self.filter_kind == "learned":
            self.choose_filter("learned")

    def set_geometry(self, filter_size=None, pad=None, stride=None) -> None:
        if filter_size is not None:
            self.filter_size = int(filter_size)
        if pad is not None:
            self.pad = int(pad)
        if stride is not None:
            self.stride = int(stride)
        self.position = min(self.position, self.n_windows)

    @property
    def W(self) -> np.ndarray:
        """The filter (FH, FW) at the chosen size."""
        size = self.filter_size
        if self.filter_kind == "typed":
            return resize_filter(self.typed_W, size)
        if self.filter_kind == "learned" and self.learned is not None:
            return resize_filter(self.learned[0][self.learned_index, 0].astype(np.float64), size)
        return hand_filter(self.filter_kind, size)

    # ---- sizes ----
    def readouts(self) -> tuple[SizeReadout, SizeReadout]:
        H, W = self.x.shape
        return (
            SizeReadout(H, self.filter_size, self.pad, self.stride),
            SizeReadout(W, self.filter_size, self.pad, self.stride),
        )

    @property
    def fits(self) -> bool:
        return all(r.fits for r in self.readouts())

    @property
    def out_shape(self) -> tuple[int, int]:
        rh, rw = self.readouts()
        return rh.size, rw.size

    @property
    def n_windows(self) -> int:
        oh, ow = self.out_shape
        return oh * ow

    @property
    def padded(self) -> np.ndarray:
        return np.pad(self.x, self.pad)

    # ---- the engine's answer ----
    def result(self):
        """(col, out, arg): im2col matrix (OH*OW, FH*FW), output (OH, OW), pooling's winners.

        Cached per setting, so stepping costs nothing; None when the filter does not fit.
        """
        if not self.fits:
            return None
        key = (
            self.operation,
            self.x.tobytes(),
            self.x.shape,
            self.W.tobytes(),
            self.bias,
            self.pad,
            self.stride,
            self.filter_size,
        )
        if key != self._cache_key:
            self._cache = self._compute()
            self._cache_key = key
        return self._cache

    def _compute(self):
        x = self.x[None, None]  # (N=1, C=1, H, W)
        size = self.filter_size
        arg = None
        if self.operation == "conv":
            layer = Convolution(self.W[None, None], np.array([self.bias]), self.stride, self.pad)
            out = layer.forward(x)[0, 0]
            col = np.array(layer.col)  # the book's im2col matrix, as the layer built it
        elif self.operation == "max":
            layer = Pooling(size, size, self.stride, self.pad)
            out = layer.forward(x)[0, 0].copy()
            arg = layer.arg[0, 0].astype(int)  # window offset (row-major) of each max
            col = im2col(x, size, size, self.stride, self.pad)
        else:
            out = AvgPooling(size, size, self.stride, self.pad).forward(x)[0, 0]
            col = im2col(x, size, size, self.stride, self.pad)
        return col, out, arg

    def window(self, index: int) -> Window | None:
        """The window that fills output cell number ``index`` (row by row)."""
        answer = self.result()
        if answer is None or not 0 <= index < self.n_windows:
            return None
        col, out, _ = answer
        ow = self.out_shape[1]
        i, j = divmod(index, ow)
        size = self.filter_size
        return Window(
            index,
            i,
            j,
            i * self.stride,
            j * self.stride,
            col[index].reshape(size, size),
            float(out[i, j]),
        )

    @property
    def current(self) -> Window | None:
        """The window just computed (the last step), or None before the first step."""
        return self.window(self.position - 1) if self.position else None

    def visible_output(self) -> np.ndarray | None:
        """The output map with cells not yet reached as NaN: the map growing step by step."""
        answer = self.result()
        if answer is None:
            return None
        out = np.full(answer[1].shape, np.nan)
        out.flat[: self.position] = answer[1].flat[: self.position]
        return out

    def winner(self, window: Window) -> tuple[int, int] | None:
        """Max pooling: the padded-input pixel that won this window (the mask backward uses)."""
        answer = self.result()
        if answer is None or answer[2] is None:
            return None
        k = int(answer[2][window.i, window.j])
        dy, dx = divmod(k, self.filter_size)
        return window.top + dy, window.left + dx

    # ---- stepping (the Player of TensorFlow Playground) ----
    def next(self) -> bool:
        if self.position >= self.n_windows:
            self.playing = False
            return False
        self.position += 1
        return True

    def previous(self) -> None:
        self.position = max(0, self.position - 1)

    def reset(self) -> None:
        self.position, self.playing = 0, False

    def run_all(self) -> None:
        self.position, self.playing = self.n_windows, False

    def toggle_play(self) -> None:
        if not self.playing and self.position >= self.n_windows:
            self.position = 0
        self.playing = not self.playing

    # ---- why im2col (7.4) ----
    def time_both(self, repeats: int = 3) -> tuple[float, float]:
        """Best seconds of (loops, im2col) for this input and filter: the engine's two ways."""
        x = self.x[None, None]
        W = self.W[None, None]
        b = np.array([self.bias])
        loops = fast = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            convolution_by_loops(x, W, b, self.stride, self.pad)
            loops = min(loops, time.perf_counter() - start)
            start = time.perf_counter()
            Convolution(W, b, self.stride, self.pad).forward(x)
            fast = min(fast, time.perf_counter() - start)
        return loops, fast


# Chapter 7.2.5-7.2.7: a 3-channel input and FN = 2 filters of 3 channels each. Channel 0 is the
# book's 4x4 example under the book's filter; the other channels are the same numbers moved.
CHANNEL_INPUT = np.stack(
    [BOOK_INPUT, np.roll(BOOK_INPUT, 1, axis=1), np.roll(BOOK_INPUT, 1, axis=0)]
)
CENTRE = np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], dtype=np.float64)
CHANNEL_FILTERS = np.stack(
    [
        np.stack([BOOK_FILTER, BOOK_FILTER.T, BOOK_FILTER[::-1]]),
        np.stack([CENTRE, CENTRE, CENTRE]),  # adds the three centre pixels: a sum you can check
    ]
)
CHANNEL_BIAS = np.array([3.0, 0.0])


@dataclass(frozen=True)
class ChannelResult:
    x: np.ndarray  # (N=1, C, H, W)
    W: np.ndarray  # (FN, C, FH, FW)
    b: np.ndarray  # (FN,)
    per_channel: np.ndarray  # (FN, C, OH, OW): filter f's channel c over input channel c alone
    out: np.ndarray  # (N=1, FN, OH, OW): the layer's output, channels summed and bias added


def channel_example(pad: int = 0, stride: int = 1) -> ChannelResult | None:
    """The engine's Convolution on the 3-channel example, and on each channel alone (no bias),
    so the picture can show that the output map is the sum over channels plus the bias."""
    x = CHANNEL_INPUT[None]
    FN, C = CHANNEL_FILTERS.shape[:2]
    try:
        out = Convolution(CHANNEL_FILTERS, CHANNEL_BIAS, stride, pad).forward(x)
    except ValueError:
        return None  # the filter does not fit
    per_channel = np.stack(
        [
            Convolution(CHANNEL_FILTERS[:, c : c + 1], np.zeros(FN), stride, pad).forward(
                x[:, c : c + 1]
            )[0]
            for c in range(C)
        ],
        axis=1,
    )  # (FN, C, OH, OW)
    return ChannelResult(x, CHANNEL_FILTERS, CHANNEL_BIAS, per_channel, out)


def initial_filters(net) -> np.ndarray | None:
    """Ch7.6 figure 7-24: the first layer's filters (FN, C, FH, FW) before training, re-created
    from the seed its model file records (``nnviz train`` draws them from default_rng(seed)).

    None when the file does not say how the net was made.
    """
    from nnviz.engine.nets import build_net

    meta = getattr(net, "metadata", None) or {}
    seed = meta.get("seed")
    if (
        meta.get("trained_with") != "nnviz train"
        or isinstance(seed, bool)
        or not isinstance(seed, int)
    ):
        return None
    try:
        fresh = build_net(net.spec, rng=np.random.default_rng(seed))
    except (ValueError, TypeError):
        return None
    W = fresh.params.get("W1")
    if W is None or W.ndim != 4 or W.shape != net.params["W1"].shape:
        return None
    return W
