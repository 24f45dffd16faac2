"""Qt-free training session of the Training tab: the generators the one worker runs.

``TrainingRun.steps()`` loads MNIST (once per process), builds the net from the builder's spec,
runs the engine's ``Trainer.steps()`` and adds what the views need: a picture of the first layer's
weights now and then, and at the end the evaluation on the whole test set (confusion matrix and
misclassified digits). Everything yielded is a new array or a frozen dataclass, so the GUI never
shares memory with the network being trained.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass

import numpy as np

from nnviz.engine import (
    DivergenceError,
    EpochEvent,
    StepEvent,
    Trainer,
    build_net,
    has_diverged,
    load_mnist,
    softmax,
)
from nnviz.ui.tabs.training.spec import (
    INPUT_SHAPE,
    LayerRow,
    NetSpec,
    TrainSpec,
    eval_samples,
)

SNAPSHOT_SECONDS = 0.5  # how often the weights picture is refreshed while training
MAX_TILES = 36  # first-layer units / filters drawn
MAX_GALLERY = 60  # misclassified test digits kept for the gallery
EVAL_CHUNK = 250  # ConvNet images per evaluation step (~0.1 s: a step is where Stop is honoured)

_mnist_lock = threading.Lock()
_mnist = None


def mnist_data():
    """MNIST ((x_train, t_train), (x_test, t_test)), float32 (N, 784); loaded once per process."""
    global _mnist
    with _mnist_lock:
        if _mnist is None:
            _mnist = load_mnist(normalize=True, flatten=True, one_hot_label=False)
        return _mnist


def mnist_is_loaded() -> bool:
    return _mnist is not None


def needs_images(net) -> bool:
    """True for nets whose first layer is a convolution: they take (N, 1, 28, 28), not (N, 784)."""
    first = next(iter(net.layers.values()), None)
    return type(first).__name__ == "Convolution"


def as_input(net, x: np.ndarray) -> np.ndarray:
    """x (N, 784) shaped for ``net``: a view, no copy."""
    return x.reshape((-1, *INPUT_SHAPE)) if needs_images(net) else x.reshape(len(x), -1)


# ---- what the generators yield -------------------------------------------------------------
@dataclass(frozen=True)
class DataReady:
    """MNIST is in memory; accuracy per epoch uses at most ``eval_n`` images of each set."""

    train_size: int
    test_size: int
    eval_n: int


@dataclass(frozen=True)
class WeightsPicture:
    """The first layer's weights as mosaic images; values in [-1, 1] (each tile scaled)."""

    iteration: int
    mosaic: np.ndarray  # W: (rows*(h+1)-1, cols*(w+1)-1) float32; the gaps are 0 (white)
    change: np.ndarray  # W - W at the start, the same layout: what training has added
    tiles: int
    tile_shape: tuple  # (h, w): 28×28 for an MLP's W1 columns, FH×FW for conv filters
    style: str = "signed"  # "signed": blue < 0 < red; "range": white = smallest, black = largest


@dataclass(frozen=True)
class EvalProgress:
    done: int
    total: int


@dataclass(frozen=True)
class Evaluation:
    """The net on the whole test set: its accuracy, where it errs and how sure it was."""

    accuracy: float
    confusion: np.ndarray  # (10, 10) int: rows = true digit, columns = predicted digit
    wrong_index: np.ndarray  # (k,) indices into the test set
    wrong_images: np.ndarray  # (k, 28, 28) float32 in [0, 1]
    wrong_true: np.ndarray  # (k,)
    wrong_pred: np.ndarray  # (k,)
    wrong_probs: np.ndarray  # (k, 10) softmax outputs

    @property
    def total(self) -> int:
        return int(self.confusion.sum())

    @property
    def errors(self) -> int:
        return self.total - int(np.trace(self.confusion))


# ---- pictures of the first layer -----------------------------------------------------------
def first_layer_tiles(net, limit: int = MAX_TILES) -> np.ndarray:
    """(k, h, w) pictures of the first layer: an MLP's W1 columns as 28×28, or conv filters."""
    key = next(k for k in net.params if k.startswith("W"))
    W = net.params[key]
    if W.ndim == 4:  # (FN, C, FH, FW): channel 0 of each filter (MNIST has one)
        return np.array(W[:limit, 0], dtype=np.float32)
    side = int(math.isqrt(W.shape[0]))
    if side * side != W.shape[0]:
        return np.array(W[:, :limit].T[:, None, :], dtype=np.float32)
    return np.array(W[:, :limit].T.reshape(-1, side, side), dtype=np.float32)


def scale_tiles(tiles: np.ndarray, style: str) -> np.ndarray:
    """Each tile to [-1, 1]: "signed" divides by its largest |w| (0 stays 0); "range" maps its
    smallest weight to -1 and its largest to 1, as the book's filter pictures (Figure 7-24)."""
    k = len(tiles)
    flat = tiles.reshape(k, -1)
    if style == "signed":
        scale = np.abs(flat).max(axis=1)
        scale[scale == 0] = 1
        return tiles / scale[:, None, None]
    low, high = flat.min(axis=1), flat.max(axis=1)
    span = high - low
    span[span == 0] = 1
    return 2 * (tiles - low[:, None, None]) / span[:, None, None] - 1


def mosaic(tiles: np.ndarray, style: str = "signed") -> np.ndarray:
    """Tiles (k, h, w) on a grid with 1-pixel gaps, each scaled to [-1, 1] (see scale_tiles).

    The gaps hold the value drawn white: 0 for "signed" (blue-white-red), -1 for "range" (grey).
    """
    k, h, w = tiles.shape
    cols = max(1, math.ceil(math.sqrt(k)))
    rows = max(1, math.ceil(k / cols))
    gap = 0.0 if style == "signed" else -1.0
    out = np.full((rows * (h + 1) - 1, cols * (w + 1) - 1), gap, dtype=np.float32)
    scaled = scale_tiles(tiles, style)
    for i in range(k):
        r, c = divmod(i, cols)
        out[r * (h + 1) : r * (h + 1) + h, c * (w + 1) : c * (w + 1) + w] = scaled[i]
    return out


def weights_picture(net, iteration: int, start: np.ndarray) -> WeightsPicture:
    """``start``: first_layer_tiles(net) before training.

    An MLP's weights keep their sign (red/blue); conv filters are drawn like the book's, each
    from its smallest to its largest weight, because their pattern matters more than their sign.
    """
    tiles = first_layer_tiles(net)
    style = "range" if needs_images(net) else "signed"
    return WeightsPicture(
        iteration,
        mosaic(tiles, style),
        mosaic(tiles - start, style),
        len(tiles),
        tiles.shape[1:],
        style,
    )


# ---- evaluation ----------------------------------------------------------------------------
def evaluation_steps(net, x_test: np.ndarray, t_test: np.ndarray, keep: int = MAX_GALLERY):
    """Generator: EvalProgress per chunk, then the Evaluation of ``net`` on (x_test, t_test)."""
    n = len(t_test)
    probs = np.empty((n, 10), dtype=np.float32)
    x = as_input(net, x_test)
    chunk = EVAL_CHUNK if needs_images(net) else 5 * EVAL_CHUNK
    for start in range(0, n, chunk):
        y = net.predict(x[start : start + chunk], train_flg=False)
        probs[start : start + chunk] = softmax(y)
        yield EvalProgress(min(start + chunk, n), n)
    pred = probs.argmax(axis=1)
    t = np.asarray(t_test, dtype=np.int64)
    confusion = np.zeros((10, 10), dtype=np.int64)
    np.add.at(confusion, (t, pred), 1)
    wrong = np.flatnonzero(pred != t)[:keep]
    yield Evaluation(
        accuracy=float(np.mean(pred == t)) if n else 0.0,
        confusion=confusion,
        wrong_index=wrong,
        wrong_images=np.array(x_test[wrong].reshape(-1, 28, 28), dtype=np.float32),
        wrong_true=t[wrong],
        wrong_pred=pred[wrong],
        wrong_probs=probs[wrong].copy(),
    )


def interruptible_steps(trainer: Trainer, chunk: int):
    """The engine's ``Trainer.steps()`` with the epoch-end accuracy measured in chunks.

    ``Trainer.evaluate()`` measures in one call: 1.5 s for a SimpleConvNet on 2,000 images, too long
    for Stop to wait. This drives the trainer's own ``train_step()`` and counters the same way,
    yielding None between chunks of the measurement.
    """

    def evaluate():
        n = trainer.evaluate_sample_num_per_epoch
        x_train, t_train = trainer.x_train[:n], trainer.t_train[:n]
        x_test, t_test = trainer.x_test[:n], trainer.t_test[:n]
        train_acc = yield from trainer.network.accuracy_steps(x_train, t_train, chunk)
        test_acc = yield from trainer.network.accuracy_steps(x_test, t_test, chunk)
        trainer.train_acc_list.append(train_acc)
        trainer.test_acc_list.append(test_acc)
        return EpochEvent(trainer.current_epoch, train_acc, test_acc)

    if trainer.current_iter == 0 and not trainer.test_acc_list:
        yield (yield from evaluate())  # epoch 0: the untrained net, near 10 %
    while True:
        if trainer.current_epoch < trainer.current_iter // trainer.iters_per_epoch:
            trainer.current_epoch = trainer.current_iter // trainer.iters_per_epoch
            yield (yield from evaluate())
        if trainer.current_iter >= trainer.max_iter:
            return
        yield trainer.train_step()


class TrainingRun:
    """One training run; ``steps()`` is the generator the worker runs.

    ``net`` is the network being trained: read it only once the worker has finished.
    """

    def __init__(self, net_spec: NetSpec, train: TrainSpec, data_loader=mnist_data):
        self.net_spec = net_spec
        self.train = train
        self._data_loader = data_loader
        self.net = None
        self.trainer = None
        self.evaluation: Evaluation | None = None

    def steps(self):
        (x_train, t_train), (x_test, t_test) = self._data_loader()
        n = min(self.train.train_size, len(t_train))
        eval_n = eval_samples(self.net_spec.kind)
        yield DataReady(n, len(t_test), eval_n)
        rng = np.random.default_rng(self.train.seed)
        net = build_net(self.net_spec.engine_spec(), rng=rng)
        self.net = net
        # The book's overfitting experiment (ch6.4) also uses the first N training images.
        self.trainer = Trainer(
            net,
            as_input(net, x_train[:n]),
            t_train[:n],
            as_input(net, x_test),
            t_test,
            epochs=self.train.epochs,
            mini_batch_size=self.train.batch_size,
            optimizer=self.train.optimizer,
            optimizer_param={"lr": self.train.lr},
            evaluate_sample_num_per_epoch=eval_n,
            rng=rng,
        )
        start = first_layer_tiles(net)
        yield weights_picture(net, 0, start)
        last_picture = time.perf_counter()
        iteration = 0
        first_loss = None
        chunk = EVAL_CHUNK if needs_images(net) else 5 * EVAL_CHUNK
        for event in interruptible_steps(self.trainer, chunk):
            if event is None:
                yield None  # a checkpoint inside the accuracy measurement
                continue
            if isinstance(event, StepEvent):
                first_loss = event.loss if first_loss is None else first_loss
                if has_diverged(event.loss, first_loss):  # the engine's rule, also the CLI's
                    raise DivergenceError(event.iteration, event.loss, self.train.lr)
            yield event
            iteration = getattr(event, "iteration", iteration)
            now = time.perf_counter()
            if isinstance(event, EpochEvent) or now - last_picture >= SNAPSHOT_SECONDS:
                yield weights_picture(net, iteration, start)
                last_picture = now
        for item in evaluation_steps(net, x_test, t_test):
            if isinstance(item, Evaluation):
                self.evaluation = item
            yield item


def model_mismatch(net) -> str | None:
    """Why ``net`` cannot be trained or tested on MNIST here, or None if it can.

    "input": it does not take 28×28 grey digits (e.g. a ConvNet for RGB or 10×10 images, an MLP
    for 100 inputs); "outputs": it does not answer with 10 scores, one per digit. Found by one
    forward pass of a blank digit shaped as the Training tab feeds it.
    """
    dtype = getattr(net, "dtype", np.float32)
    try:
        x = as_input(net, np.zeros((1, 784), dtype=dtype))
        y = net.predict(x, train_flg=False)
    except Exception:  # noqa: BLE001 - any failure of a foreign net's forward pass means "no"
        return "input"
    return None if np.shape(y) == (1, 10) else "outputs"


def summarize_net(net) -> list[LayerRow]:
    """Summary rows of any engine net (e.g. loaded from a file), found by one forward pass."""
    shape = INPUT_SHAPE if needs_images(net) else (int(getattr(net, "input_size", 784)),)
    x = np.zeros((1, *shape), dtype=getattr(net, "dtype", np.float32))
    counts: dict[str, int] = {}
    for key, (layer_name, _attr) in getattr(net, "param_layers", {}).items():
        counts[layer_name] = counts.get(layer_name, 0) + int(net.params[key].size)
    rows = [LayerRow("Input", shape, 0)]
    for name, layer in net.layers.items():
        if getattr(layer, "uses_train_flg", False):
            x = layer.forward(x, False)
        else:
            x = layer.forward(x)
        rows.append(LayerRow(name, tuple(x.shape[1:]), counts.get(name, 0)))
    rows.append(LayerRow("Softmax", tuple(x.shape[1:]), 0))
    return rows


class RateMeter:
    """Iterations per second over the last few seconds (restarted after a pause)."""

    WINDOW = 3.0

    def __init__(self):
        self.samples: deque[tuple[float, int]] = deque()

    def reset(self) -> None:
        self.samples.clear()

    def add(self, iteration: int, now: float | None = None) -> None:
        now = time.perf_counter() if now is None else now
        self.samples.append((now, iteration))
        while len(self.samples) > 2 and now - self.samples[1][0] > self.WINDOW:
            self.samples.popleft()

    def rate(self) -> float | None:
        if len(self.samples) < 2:
            return None
        (t0, i0), (t1, i1) = self.samples[0], self.samples[-1]
        return (i1 - i0) / (t1 - t0) if t1 > t0 and i1 > i0 else None


class TimeLeft:
    """Iterations per second and the time left, from the pace over the last minute.

    A few seconds were too few: the accuracy measured after each epoch stops the iterations for
    a while, and a 3-second pace swung the estimate from 3 to 58 minutes within 18 s. Over a
    minute those pauses count at their true share. No estimate (None) for the first SETTLE
    seconds after a start or a resume: the tab says "estimating…" meanwhile.
    """

    WINDOW = 60.0
    SETTLE = 6.0

    def __init__(self):
        self.samples: deque[tuple[float, int]] = deque()
        self.max_iter = 0

    def reset(self) -> None:
        self.samples.clear()

    def add(self, iteration: int, max_iter: int, now: float | None = None) -> None:
        now = time.perf_counter() if now is None else now
        self.max_iter = max_iter
        self.samples.append((now, iteration))
        while len(self.samples) > 2 and now - self.samples[1][0] > self.WINDOW:
            self.samples.popleft()

    def rate(self) -> float | None:
        """Iterations per second over the window; None until it spans SETTLE seconds."""
        if len(self.samples) < 2:
            return None
        (t0, i0), (t1, i1) = self.samples[0], self.samples[-1]
        if t1 - t0 < self.SETTLE or i1 <= i0:
            return None
        return (i1 - i0) / (t1 - t0)

    def seconds_left(self) -> float | None:
        rate = self.rate()
        if rate is None:
            return None
        return max(self.max_iter - self.samples[-1][1], 0) / rate


def format_duration(seconds: float) -> str:
    """12 -> '0:12', 754 -> '12:34', 4000 -> '1:06:40' (digits read the same in every language)."""
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
