"""Qt-free state of the Training tab: the network and training settings, checked and summarised.

The builder widgets only map between these dataclasses and their controls. ``summarize`` walks the
network layer by layer (ch5-7: Affine, BatchNorm, activation, Dropout, Convolution, Pooling) and
gives each layer's output shape and parameter count, plus the problems that make the settings
impossible; the widgets translate a ``Problem`` by its ``code`` and show it next to its field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# One set of training defaults, shared with `nnviz train`.
from nnviz.engine.defaults import BOOK_OPTIMIZER, DEFAULT_BATCH_SIZE, DEFAULT_LR  # noqa: F401

INPUT_SHAPE = (1, 28, 28)  # MNIST: (C, H, W)
INPUT_SIZE = 784
OUTPUT_SIZE = 10
MNIST_TRAIN_SIZE = 60_000

KINDS = ("mlp", "simple_convnet", "deep_convnet")
ACTIVATIONS = ("relu", "sigmoid", "tanh")
WEIGHT_INITS = ("he", "xavier", "std")  # ch6.2: √(2/n), √(1/n), the fixed std 0.01
OPTIMIZER_NAMES = ("SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam")
MAX_HIDDEN_LAYERS = 6
# Accuracy per epoch is measured on at most this many training and test images: all of them
# for an MLP would cost little, but a ConvNet would spend longer measuring than learning.
EVAL_SAMPLES = {"mlp": 10_000, "simple_convnet": 1_000, "deep_convnet": 500}


@dataclass
class NetSpec:
    """What the builder describes; ``engine_spec()`` turns it into the engine's net spec."""

    kind: str = "mlp"
    # MLP (ch5-6)
    hidden: list[int] = field(default_factory=lambda: [100, 100])
    activation: str = "relu"
    weight_init: str = "he"
    use_batchnorm: bool = False
    dropout_ratio: float = 0.0  # 0 = no Dropout layers
    weight_decay: float = 0.0
    # SimpleConvNet (ch7)
    filter_num: int = 30
    filter_size: int = 5
    stride: int = 1
    pad: int = 0
    conv_hidden: int = 100

    def engine_spec(self, dtype: str = "float32") -> dict:
        """The engine's ``build_net`` spec (a JSON-able dict)."""
        if self.kind == "mlp":
            init = 0.01 if self.weight_init == "std" else self.weight_init
            return {
                "type": "multi_layer_extend",
                "input_size": INPUT_SIZE,
                "hidden_size_list": list(self.hidden),
                "output_size": OUTPUT_SIZE,
                "activation": self.activation,
                "weight_init_std": init,
                "weight_decay_lambda": float(self.weight_decay),
                "use_dropout": self.dropout_ratio > 0,
                "dropout_ration": float(self.dropout_ratio) if self.dropout_ratio > 0 else 0.5,
                "use_batchnorm": self.use_batchnorm,
                "dtype": dtype,
            }
        if self.kind == "simple_convnet":
            return {
                "type": "simple_convnet",
                "input_dim": list(INPUT_SHAPE),
                "conv_param": {
                    "filter_num": self.filter_num,
                    "filter_size": self.filter_size,
                    "pad": self.pad,
                    "stride": self.stride,
                },
                "hidden_size": self.conv_hidden,
                "output_size": OUTPUT_SIZE,
                "weight_init_std": 0.01,
                "dtype": dtype,
            }
        return {"type": "deep_convnet", "dtype": dtype}


@dataclass
class TrainSpec:
    """Ch6 training settings."""

    optimizer: str = "SGD"
    lr: float = DEFAULT_LR["SGD"]
    batch_size: int = DEFAULT_BATCH_SIZE
    epochs: int = 10
    train_size: int = 10_000
    seed: int = 0


@dataclass(frozen=True)
class LayerRow:
    """One row of the summary: the layer, the shape of what it outputs, its parameter count."""

    name: str
    shape: tuple  # per sample, e.g. (100,) or (30, 24, 24)
    params: int


@dataclass(frozen=True)
class Problem:
    """Why the settings cannot be trained; ``field`` names the control to flag."""

    field: str  # e.g. "hidden:1", "filter_size", "batch_size"
    code: str  # e.g. "zero_units"; the widgets translate it
    args: tuple = ()


@dataclass(frozen=True)
class Summary:
    rows: tuple[LayerRow, ...]
    problems: tuple[Problem, ...]

    @property
    def total_params(self) -> int:
        return sum(row.params for row in self.rows)


def conv_output(size: int, filter_size: int, stride: int, pad: int) -> int:
    """Ch7.2.4 output size OH = (H + 2P - FH) / S + 1, rounded down as the book's code does."""
    return (size + 2 * pad - filter_size) // stride + 1


def _mlp_rows(spec: NetSpec) -> tuple[list[LayerRow], list[Problem]]:
    rows, problems = [LayerRow("Input", (INPUT_SIZE,), 0)], []
    if len(spec.hidden) > MAX_HIDDEN_LAYERS:
        problems.append(Problem("hidden", "too_many_layers", (MAX_HIDDEN_LAYERS,)))
    if not 0 <= spec.dropout_ratio < 1:
        problems.append(Problem("dropout", "dropout_range", (spec.dropout_ratio,)))
    if spec.weight_decay < 0:
        problems.append(Problem("weight_decay", "negative_decay", (spec.weight_decay,)))
    fan_in = INPUT_SIZE
    for idx, units in enumerate(spec.hidden, start=1):
        if units < 1:
            problems.append(Problem(f"hidden:{idx}", "zero_units", (idx,)))
        rows.append(LayerRow(f"Affine{idx}", (units,), fan_in * units + units))
        if spec.use_batchnorm:
            rows.append(LayerRow(f"BatchNorm{idx}", (units,), 2 * units))  # γ and β
        rows.append(LayerRow(f"{spec.activation.capitalize()}{idx}", (units,), 0))
        if spec.dropout_ratio > 0:
            rows.append(LayerRow(f"Dropout{idx}", (units,), 0))
        fan_in = units
    idx = len(spec.hidden) + 1
    rows.append(LayerRow(f"Affine{idx}", (OUTPUT_SIZE,), fan_in * OUTPUT_SIZE + OUTPUT_SIZE))
    rows.append(LayerRow("Softmax", (OUTPUT_SIZE,), 0))
    return rows, problems


def _simple_conv_rows(spec: NetSpec) -> tuple[list[LayerRow], list[Problem]]:
    C, H, W = INPUT_SHAPE
    rows, problems = [LayerRow("Input", INPUT_SHAPE, 0)], []
    FN, FS, S, P = spec.filter_num, spec.filter_size, spec.stride, spec.pad
    for name, value in (("filter_num", FN), ("filter_size", FS), ("stride", S)):
        if value < 1:
            problems.append(Problem(name, "at_least_one", (value,)))
    if spec.conv_hidden < 1:
        problems.append(Problem("conv_hidden", "zero_hidden"))
    if P < 0:
        problems.append(Problem("pad", "negative_pad", (P,)))
    if problems:
        return rows, problems
    if FS > H + 2 * P:
        problems.append(Problem("filter_size", "filter_too_big", (FS, H + 2 * P)))
        return rows, problems
    OH = conv_output(H, FS, S, P)
    rows.append(LayerRow("Conv1", (FN, OH, OH), FN * C * FS * FS + FN))
    rows.append(LayerRow("Relu1", (FN, OH, OH), 0))
    if OH < 2:
        problems.append(Problem("filter_size", "nothing_to_pool", (OH,)))
        return rows, problems
    PH = OH // 2  # 2×2 max pooling, stride 2 (the book's SimpleConvNet)
    rows.append(LayerRow("Pool1", (FN, PH, PH), 0))
    flat = FN * PH * PH
    Hd = spec.conv_hidden
    rows.append(LayerRow("Affine1", (Hd,), flat * Hd + Hd))
    rows.append(LayerRow("Relu2", (Hd,), 0))
    rows.append(LayerRow("Affine2", (OUTPUT_SIZE,), Hd * OUTPUT_SIZE + OUTPUT_SIZE))
    rows.append(LayerRow("Softmax", (OUTPUT_SIZE,), 0))
    return rows, problems


# The book's DeepConvNet (ch8.1): six 3×3 convolutions, three 2×2 poolings, two Affine layers.
DEEP_CONVS = ((16, 1), (16, 1), None, (32, 1), (32, 2), None, (64, 1), (64, 1), None)


def _deep_conv_rows() -> list[LayerRow]:
    C, H, _ = INPUT_SHAPE
    rows = [LayerRow("Input", INPUT_SHAPE, 0)]
    conv = pool = 0
    for item in DEEP_CONVS:
        if item is None:
            pool += 1
            H //= 2
            rows.append(LayerRow(f"Pool{pool}", (C, H, H), 0))
            continue
        FN, P = item
        conv += 1
        H = conv_output(H, 3, 1, P)
        rows.append(LayerRow(f"Conv{conv}", (FN, H, H), FN * C * 9 + FN))
        rows.append(LayerRow(f"Relu{conv}", (FN, H, H), 0))
        C = FN
    flat = C * H * H
    rows.append(LayerRow("Affine1", (50,), flat * 50 + 50))
    rows.append(LayerRow("Relu7", (50,), 0))
    rows.append(LayerRow("Dropout1", (50,), 0))
    rows.append(LayerRow("Affine2", (OUTPUT_SIZE,), 50 * OUTPUT_SIZE + OUTPUT_SIZE))
    rows.append(LayerRow("Dropout2", (OUTPUT_SIZE,), 0))
    rows.append(LayerRow("Softmax", (OUTPUT_SIZE,), 0))
    return rows


def summarize(spec: NetSpec) -> Summary:
    """Each layer's output shape and parameter count, and what makes the network impossible."""
    if spec.kind == "mlp":
        rows, problems = _mlp_rows(spec)
    elif spec.kind == "simple_convnet":
        rows, problems = _simple_conv_rows(spec)
    elif spec.kind == "deep_convnet":
        rows, problems = _deep_conv_rows(), []
    else:
        rows, problems = [], [Problem("kind", "unknown_kind", (spec.kind,))]
    return Summary(tuple(rows), tuple(problems))


def check_training(train: TrainSpec, available: int = MNIST_TRAIN_SIZE) -> list[Problem]:
    """Problems of the training settings (ch6): sizes that cannot work, a learning rate ≤ 0."""
    problems = []
    if train.optimizer not in OPTIMIZER_NAMES:
        problems.append(Problem("optimizer", "unknown_optimizer", (train.optimizer,)))
    if not train.lr > 0:
        problems.append(Problem("lr", "lr_positive", (train.lr,)))
    if train.train_size < 1:
        problems.append(Problem("train_size", "no_training_data", (train.train_size,)))
    elif train.train_size > available:
        problems.append(Problem("train_size", "too_much_data", (train.train_size, available)))
    if train.batch_size < 1:
        problems.append(Problem("batch_size", "at_least_one", (train.batch_size,)))
    elif 0 < train.train_size < train.batch_size:
        problems.append(
            Problem("batch_size", "batch_too_big", (train.batch_size, train.train_size))
        )
    if train.epochs < 1:
        problems.append(Problem("epochs", "at_least_one", (train.epochs,)))
    return problems


def eval_samples(kind: str) -> int:
    """At most how many training and test images the per-epoch accuracy uses."""
    return EVAL_SAMPLES.get(kind, 1_000)


def net_spec_from_engine(spec: dict) -> NetSpec | None:
    """The builder's NetSpec for an engine spec (e.g. of a loaded model), if the builder has one."""
    kind = spec.get("type")
    if spec.get("output_size", 10) != 10:
        return None
    if kind in ("multi_layer", "multi_layer_extend", "two_layer"):
        if spec.get("input_size") != 784:
            return None
        init = str(spec.get("weight_init_std", "he")).lower()
        init = {"relu": "he", "he": "he", "sigmoid": "xavier", "xavier": "xavier"}.get(init, "std")
        use_dropout = spec.get("use_dropout", False)
        return NetSpec(
            kind="mlp",
            hidden=list(spec.get("hidden_size_list", [spec.get("hidden_size", 100)])),
            activation=spec.get("activation", "relu"),
            weight_init=init,
            use_batchnorm=bool(spec.get("use_batchnorm", False)),
            dropout_ratio=float(spec.get("dropout_ration", 0.5)) if use_dropout else 0.0,
            weight_decay=float(spec.get("weight_decay_lambda", 0.0)),
        )
    if list(spec.get("input_dim", [1, 28, 28])) != [1, 28, 28]:
        return None
    if kind == "simple_convnet":
        conv = spec.get("conv_param", {})
        return NetSpec(
            kind="simple_convnet",
            filter_num=conv.get("filter_num", 30),
            filter_size=conv.get("filter_size", 5),
            stride=conv.get("stride", 1),
            pad=conv.get("pad", 0),
            conv_hidden=spec.get("hidden_size", 100),
        )
    if kind == "deep_convnet":
        return NetSpec(kind="deep_convnet")
    return None


def architecture_name(spec: NetSpec) -> str:
    """'MLP 784-100-100-10', 'SimpleConvNet', 'DeepConvNet': names, the same in every language."""
    if spec.kind == "mlp":
        return "MLP " + "-".join(str(n) for n in (784, *spec.hidden, 10))
    return {"simple_convnet": "SimpleConvNet", "deep_convnet": "DeepConvNet"}.get(spec.kind, "")
