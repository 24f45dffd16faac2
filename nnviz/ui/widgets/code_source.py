"""Qt-free side of the Code panel (issue 21): which engine code a view runs, which line is lit.

A tab describes what it runs as a ``CodeView``: a list of ``CodeItem`` (an engine function, method
or class; its source is always ``inspect.getsource`` of the live object, never a copy), which of
them the view is at now, the lines being executed (``lit``, by their text) and the values of the
variables on those lines. The panel (``code_panel.py``) only draws this.
"""

from __future__ import annotations

import copy
import inspect
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np


@dataclass(frozen=True)
class CodeItem:
    """One engine object the view runs, and where in it the view is."""

    obj: object  # a function, method or class of nnviz.engine
    lit: tuple[str, ...] = ()  # the lines being executed, each by a piece of its text
    # name on a lit line -> value; or a function returning that dict, called only when shown
    values: object = field(default_factory=dict, compare=False)
    book: str = ""  # key of BOOK_VERSIONS where the book's code differs on purpose
    note: str = ""  # code-like lines under the source (the step's one cell of a big product)
    # stripped lit line -> the values just after that line ran (see `line_values`); where given
    # they take over from `values`, which would show a name's last value on every line
    after: object = field(default_factory=dict, compare=False)

    @property
    def title(self) -> str:
        return object_title(self.obj)


@dataclass(frozen=True)
class CodeView:
    """What a view runs: items to choose from, the one it is at now."""

    items: tuple[CodeItem, ...] = ()
    current: int = 0


def object_title(obj) -> str:
    """`MulLayer.backward`, `sigmoid`: the name a reader finds in the engine."""
    obj = inspect.unwrap(obj)
    return getattr(obj, "__qualname__", None) or getattr(obj, "__name__", repr(obj))


@lru_cache(maxsize=256)
def _source_of(obj) -> str:
    return inspect.getsource(obj)


def source_of(obj) -> str:
    """`inspect.getsource` of the live object (cached: the file does not change while we run)."""
    obj = inspect.unwrap(getattr(obj, "__func__", obj))
    try:
        return _source_of(obj)
    except TypeError:  # unhashable: not cached
        return inspect.getsource(obj)


def source_file(obj) -> str | None:
    """The file the object's source is in, or None (a frozen or zipped install)."""
    try:
        return inspect.getsourcefile(inspect.unwrap(getattr(obj, "__func__", obj)))
    except TypeError:
        return None


def first_line(obj) -> int:
    """The 1-based line of the file where the object's source starts."""
    try:
        return inspect.getsourcelines(inspect.unwrap(getattr(obj, "__func__", obj)))[1]
    except (OSError, TypeError):
        return 1


def lit_line_numbers(source: str, lit: tuple[str, ...]) -> list[int]:
    """0-based numbers of the source lines lit: for each piece, the first line holding it."""
    lines = source.splitlines()
    found = []
    for piece in lit:
        for number, line in enumerate(lines):
            if piece in line and number not in found:
                found.append(number)
                break
    return sorted(found)


NAME = re.compile(r"(?:self\.)?[A-Za-z_]\w*(?:\[\w+\])?")


def names_on_line(line: str, values: dict) -> list[str]:
    """The names of `values` that the line mentions, in the order they appear on it."""
    code = line.split("#", 1)[0]
    seen: list[str] = []
    for match in NAME.finditer(code):
        for name in (match.group(0), match.group(0).split("[", 1)[0]):
            if name in values and name not in seen:
                seen.append(name)
                break
    return seen


SMALL = 10  # arrays of up to this many elements are shown with their numbers


def _number(x) -> str:
    if isinstance(x, (bool, np.bool_)):
        return str(bool(x))
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    text = f"{float(x):.4g}"
    return "0" if text == "-0" else text  # a float that rounds to zero has no sign to show


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")  # a thin space: 2 713, as the issue writes it


def describe(value) -> str:
    """A value beside a line: `1.1`, `(100, 10) float32`, `(100, 50) bool, 2 713 True`."""
    if value is None:
        return "None"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (tuple, list)) and not all(np.isscalar(v) for v in value):
        return "(" + ", ".join(describe(v) for v in value) + ")"
    array = np.asarray(value)
    if array.ndim == 0:
        return _number(array.item()) if array.dtype != object else repr(value)
    shape = "(" + ", ".join(str(n) for n in array.shape) + ("," if array.ndim == 1 else "") + ")"
    if array.dtype == np.bool_:
        text = f"{shape} bool, {_thousands(int(array.sum()))} True"
        if array.size <= SMALL:
            text = f"{shape} [{' '.join(_number(v) for v in array.ravel())}]"
        return text
    if array.size <= SMALL and array.dtype != object:
        return f"{shape} [{' '.join(_number(v) for v in array.ravel())}]"
    return f"{shape} {array.dtype}"


def annotation(line: str, values: dict) -> str:
    """`dout = 1.1 · self.y = 200`: the values of the names on a lit line."""
    return "  ".join(f"{name} = {describe(values[name])}" for name in names_on_line(line, values))


def _frozen(value):
    """A copy that later lines of the traced function cannot change in place."""
    return value.copy() if isinstance(value, np.ndarray) else copy.copy(value)


def _snapshot(local: dict) -> dict:
    """The names of a running method's frame as the panel writes them: `x`, `self.lr`,
    `params[key]` (a dict indexed by the loop's `key`)."""
    values = {}
    key = local.get("key")
    named = dict(local)
    if "self" in named:
        named = layer_values(named.pop("self"), **named)
    for name, value in named.items():
        if not isinstance(value, dict):
            values[name] = _frozen(value)
        elif key is not None and key in value:
            values[f"{name}[key]"] = _frozen(value[key])
    return values


def line_values(func, *args, **kwargs) -> dict[str, dict]:
    """Run func(*args) once and note, after each of its lines ran, the values of its names.

    Returns {stripped source line: values}: the lockstep numbers of a method whose lit lines
    change the same name one after the other (``v *= momentum`` then ``v -= lr * g``), where
    one dict of values would show the last value beside every line. A line run several times
    (a loop) keeps its last run's values.
    """
    code = inspect.unwrap(getattr(func, "__func__", func)).__code__
    rows, start = inspect.getsourcelines(code)
    after: dict[str, dict] = {}
    last: list[int | None] = [None]

    def note(frame) -> None:
        if last[0] is not None and 0 <= last[0] - start < len(rows):
            after[rows[last[0] - start].strip()] = _snapshot(frame.f_locals)

    def in_func(frame, event, _arg):
        if event in ("line", "return"):
            note(frame)
            last[0] = frame.f_lineno if event == "line" else None
        return in_func

    def calls(frame, event, _arg):
        return in_func if frame.f_code is code else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        func(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return after


def layer_values(layer, /, **local) -> dict:
    """A layer's attributes as `self.<name>` plus the locals of the method being run."""
    values = {f"self.{k}": v for k, v in vars(layer).items() if not k.startswith("_")}
    values.update(local)
    return values


# ---- the book's version, where ours differs on purpose (the engine docstrings say why) ----------
BOOK_VERSIONS = {
    "Relu": """\
class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dout[self.mask] = 0
        dx = dout
        return dx
""",
    "SoftmaxWithLoss": """\
class SoftmaxWithLoss:
    def __init__(self):
        self.loss = None
        self.y = None
        self.t = None

    def forward(self, x, t):
        self.t = t
        self.y = softmax(x)
        self.loss = cross_entropy_error(self.y, self.t)
        return self.loss

    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        if self.t.size == self.y.size:
            dx = (self.y - self.t) / batch_size
        else:
            dx = self.y.copy()
            dx[np.arange(batch_size), self.t] -= 1
            dx = dx / batch_size
        return dx
""",
    "Pooling": """\
class Pooling:
    def forward(self, x):
        N, C, H, W = x.shape
        out_h = int(1 + (H - self.pool_h) / self.stride)
        out_w = int(1 + (W - self.pool_w) / self.stride)
        col = im2col(x, self.pool_h, self.pool_w, self.stride, self.pad)
        col = col.reshape(-1, self.pool_h * self.pool_w)
        arg_max = np.argmax(col, axis=1)
        out = np.max(col, axis=1)
        out = out.reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)
        self.x = x
        self.arg_max = arg_max
        return out
""",
    "Convolution": """\
class Convolution:
    def forward(self, x):
        FN, C, FH, FW = self.W.shape
        N, C, H, W = x.shape
        out_h = 1 + int((H + 2 * self.pad - FH) / self.stride)
        out_w = 1 + int((W + 2 * self.pad - FW) / self.stride)
        col = im2col(x, FH, FW, self.stride, self.pad)
        col_W = self.W.reshape(FN, -1).T
        out = np.dot(col, col_W) + self.b
        out = out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)
        self.x, self.col, self.col_W = x, col, col_W
        return out
""",
    "im2col": """\
def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_data.shape
    out_h = (H + 2*pad - filter_h)//stride + 1
    out_w = (W + 2*pad - filter_w)//stride + 1
    img = np.pad(input_data, [(0,0), (0,0), (pad, pad), (pad, pad)], 'constant')
    col = np.zeros((N, C, filter_h, filter_w, out_h, out_w))
    for y in range(filter_h):
        y_max = y + stride*out_h
        for x in range(filter_w):
            x_max = x + stride*out_w
            col[:, :, y, x, :, :] = img[:, :, y:y_max:stride, x:x_max:stride]
    col = col.transpose(0, 4, 5, 1, 2, 3).reshape(N*out_h*out_w, -1)
    return col
""",
    "TwoLayerNet": """\
class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {}
        self.params['W1'] = weight_init_std * np.random.randn(input_size, hidden_size)
        self.params['b1'] = np.zeros(hidden_size)
        self.params['W2'] = weight_init_std * np.random.randn(hidden_size, output_size)
        self.params['b2'] = np.zeros(output_size)
""",
}


def book_key(obj) -> str:
    """The BOOK_VERSIONS key of an object (its class for a method), or ''."""
    title = object_title(obj)
    for key in (title, title.split(".", 1)[0]):
        if key in BOOK_VERSIONS:
            return key
    return ""


def training_code(optimizer: str, activation: str = "", net_type: str = "") -> CodeView:
    """What a training view runs each step: the trainer's step, backprop, the chosen `update`.

    Shared by the Training, Playground and Experiments tabs; the optimizer's update comes first
    so that switching optimizer visibly switches the code.
    """
    from nnviz.engine.layers import ACTIVATION_LAYERS, SoftmaxWithLoss
    from nnviz.engine.nets import NETS, LayerNet
    from nnviz.engine.optimizers import OPTIMIZERS
    from nnviz.engine.trainer import Trainer

    net = NETS.get(net_type, LayerNet)
    items = [CodeItem(OPTIMIZERS[optimizer].update), CodeItem(net.gradient)]
    if activation in ACTIVATION_LAYERS:
        layer = ACTIVATION_LAYERS[activation]
        items.append(CodeItem(layer.backward, book=book_key(layer)))
    items.append(CodeItem(SoftmaxWithLoss.backward, book="SoftmaxWithLoss"))
    items.append(CodeItem(Trainer.train_step))
    return CodeView(tuple(items))
