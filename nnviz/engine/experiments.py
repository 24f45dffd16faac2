"""Ch6's experiments as presets: several training runs of one comparison, interleaved step by step.

Each ``Experiment`` is one of the book's ch6 scripts (``optimizer_compare_mnist.py``,
``weight_init_compare.py``, ``batch_norm_test.py``, ``overfit_weight_decay.py``,
``overfit_dropout.py``, ``hyperparameter_optimization.py``) with the book's settings. Its runs are
built from the engine as it is (``MultiLayerNetExtend``, the optimizers, ``Trainer``), and
``run_experiment`` advances them round-robin, one mini-batch each in turn, yielding a small
``RunUpdate`` (plain numbers: a copy) after every step: the tab and ``nnviz experiment`` both
consume this one generator. 6.2.2's activation histograms need no training:
``activation_histograms``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from nnviz.engine.layers import ACTIVATION_LAYERS, Affine
from nnviz.engine.nets import MultiLayerNetExtend, weight_scale
from nnviz.engine.optimizers import OPTIMIZERS
from nnviz.engine.trainer import Trainer

MNIST_INPUT = 784
MNIST_CLASSES = 10


@dataclass(frozen=True)
class RunSettings:
    """One run of an experiment: the net and its optimizer (everything a student may edit)."""

    label: str
    optimizer: str = "SGD"
    lr: float = 0.01
    hidden: tuple[int, ...] = (100, 100, 100, 100)
    activation: str = "relu"
    weight_init: float | str = "he"
    weight_decay: float = 0.0
    dropout: float = 0.0  # 0: no Dropout layers
    batchnorm: bool = False

    def check(self) -> None:
        """A clear ValueError for a setting the engine would refuse (before any run starts)."""
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {self.optimizer!r}")
        if not (math.isfinite(self.lr) and self.lr > 0):
            raise ValueError(f"learning rate must be positive, got {self.lr!r}")
        if self.activation not in ACTIVATION_LAYERS:
            raise ValueError(f"unknown activation {self.activation!r}")
        if not (0 <= self.dropout < 1):
            raise ValueError(f"dropout must be in [0, 1), got {self.dropout!r}")
        if not (math.isfinite(self.weight_decay) and self.weight_decay >= 0):
            raise ValueError(f"weight decay must be 0 or more, got {self.weight_decay!r}")
        weight_scale(self.weight_init, 100)  # raises for a bad scale
        if not self.hidden or any(n < 1 for n in self.hidden):
            raise ValueError("a run needs at least one hidden layer of at least one unit")

    def as_dict(self) -> dict:
        """The settings as JSON-able values (``--json``'s "settings", the CSV's columns)."""
        return {
            "optimizer": self.optimizer,
            "lr": self.lr,
            "hidden": list(self.hidden),
            "activation": self.activation,
            "weight_init": self.weight_init,
            "weight_decay": self.weight_decay,
            "dropout": self.dropout,
            "batchnorm": self.batchnorm,
        }


@dataclass(frozen=True)
class Experiment:
    """A ch6 comparison: its runs and the training they share (the book's numbers)."""

    name: str  # the CLI's NAME
    title: str
    section: str  # e.g. "6.1.8"
    figure: str  # e.g. "6-9"
    runs: tuple[RunSettings, ...]
    batch_size: int = 100
    iterations: int = 0  # > 0: a loss-per-iteration experiment (no accuracy measured)
    epochs: int = 0  # > 0: an accuracy-per-epoch experiment
    train_size: int = 60_000  # the first N training images (the book slices x_train[:N])
    test_size: int = 10_000  # the first N test images; 0 = training accuracy only
    validation_rate: float = 0.0  # > 0: the hyperparameter search (validation from training)
    trials: int = 0  # > 0: random search; the runs are drawn from the seed (sample_trials)
    lr_exponents: tuple[float, float] = (-6.0, -2.0)
    weight_decay_exponents: tuple[float, float] = (-8.0, -4.0)
    notes: dict = field(default_factory=dict)

    @property
    def measures_accuracy(self) -> bool:
        return self.epochs > 0

    @property
    def eval_key(self) -> str:
        """The per-epoch curve of the held-out images: "val_acc" for the search, else "test_acc"."""
        return "val_acc" if self.validation_rate > 0 else "test_acc"


def _optimizers_runs():
    # optimizer_compare_mnist.py: SGD lr 0.01, Momentum 0.01, AdaGrad 0.01, Adam 0.001 (its
    # default); Nesterov and RMSprop are the book's extras (common/optimizer.py).
    return (
        RunSettings("SGD", "SGD", 0.01),
        RunSettings("Momentum", "Momentum", 0.01),
        RunSettings("AdaGrad", "AdaGrad", 0.01),
        RunSettings("Adam", "Adam", 0.001),
    )


def _overfit_run(label, **kwargs):
    # overfit_weight_decay.py / overfit_dropout.py: 6 hidden layers of 100, SGD lr 0.01.
    return RunSettings(label, "SGD", 0.01, hidden=(100,) * 6, **kwargs)


_OVERFIT = dict(batch_size=100, epochs=201, train_size=300, test_size=2_000)
# overfit_dropout.py trains 301 epochs: dropout learns more slowly.
_DROPOUT_EPOCHS = 301
# The book measures the whole test set every epoch; 200 epochs of 10,000 test images cost more
# than the training itself here, so the overfitting runs use the first 2,000 (±1 % on accuracy).

EXPERIMENTS: dict[str, Experiment] = {
    e.name: e
    for e in (
        Experiment(
            "optimizers",
            "Optimizers on MNIST",
            "6.1.8",
            "6-9",
            _optimizers_runs(),
            batch_size=128,
            iterations=2000,
        ),
        Experiment(
            "activations",
            "Activation distributions",
            "6.2.2",
            "6-10 – 6-14",
            (),
        ),
        Experiment(
            "weight-init",
            "Initial weights on MNIST",
            "6.2.4",
            "6-15",
            (
                RunSettings("std=0.01", weight_init=0.01),
                RunSettings("Xavier", weight_init="xavier"),
                RunSettings("He", weight_init="he"),
            ),
            batch_size=128,
            iterations=2000,
        ),
        Experiment(
            "batch-norm",
            "Batch normalization",
            "6.3.2",
            "6-18, 6-19",
            tuple(
                RunSettings(
                    f"{'Batch Norm' if bn else 'Normal'} w={float(w):.4g}",
                    hidden=(100,) * 5,
                    weight_init=float(w),
                    batchnorm=bn,
                )
                for w in np.logspace(0, -4, num=16)
                for bn in (True, False)
            ),
            batch_size=100,
            epochs=20,
            train_size=1000,
            test_size=0,
        ),
        Experiment(
            "overfitting",
            "Overfitting, weight decay and dropout",
            "6.4",
            "6-20, 6-21, 6-23",
            (
                _overfit_run("Plain"),
                _overfit_run("Weight decay λ=0.1", weight_decay=0.1),
                _overfit_run("Dropout 0.2", dropout=0.2),
            ),
            **{**_OVERFIT, "epochs": _DROPOUT_EPOCHS},
        ),
        Experiment(
            "weight-decay",
            "Weight decay",
            "6.4.2",
            "6-21",
            (_overfit_run("Plain"), _overfit_run("Weight decay λ=0.1", weight_decay=0.1)),
            **_OVERFIT,
        ),
        Experiment(
            "dropout",
            "Dropout",
            "6.4.3",
            "6-23",
            (_overfit_run("Plain"), _overfit_run("Dropout 0.2", dropout=0.2)),
            **{**_OVERFIT, "epochs": _DROPOUT_EPOCHS},
        ),
        Experiment(
            "hyperparameters",
            "Hyperparameter search",
            "6.5",
            "6-24",
            (),
            batch_size=100,
            epochs=50,
            train_size=500,
            validation_rate=0.2,
            trials=100,
        ),
    )
}

TRAINING_EXPERIMENTS = tuple(name for name, e in EXPERIMENTS.items() if e.name != "activations")


def small(experiment: Experiment) -> Experiment:
    """The same comparison, shorter (tests, ``--small``): enough to show the book's conclusion."""
    if experiment.iterations:
        return replace(experiment, iterations=300)
    if experiment.trials:
        return replace(experiment, epochs=20, trials=16)
    if experiment.name == "batch-norm":
        return replace(experiment, epochs=8)
    if experiment.epochs:
        return replace(experiment, epochs=100, test_size=1000)
    return experiment


def sample_trials(experiment: Experiment, seed: int | None) -> tuple[RunSettings, ...]:
    """6.5's random search: lr = 10^U(-6,-2), weight decay = 10^U(-8,-4), one run per trial."""
    if not experiment.trials:
        return experiment.runs
    rng = np.random.default_rng([0 if seed is None else seed, 1])
    runs = []
    for number in range(1, experiment.trials + 1):
        lr = float(10 ** rng.uniform(*experiment.lr_exponents))
        decay = float(10 ** rng.uniform(*experiment.weight_decay_exponents))
        runs.append(
            RunSettings(f"Trial {number}", "SGD", lr, hidden=(100,) * 6, weight_decay=decay)
        )
    return tuple(runs)


@dataclass(frozen=True)
class ExperimentData:
    """The images the runs share: training, and held-out (test, or validation for the search)."""

    x_train: np.ndarray
    t_train: np.ndarray
    x_eval: np.ndarray
    t_eval: np.ndarray


def prepare_data(experiment: Experiment, mnist, seed: int | None = None) -> ExperimentData:
    """Slice ``mnist`` (``load_mnist()``'s ((x, t), (x_test, t_test))) as the experiment says.

    The search splits its validation images off the training images, shuffled by the seed:
    choosing hyperparameters by the test set would tune them to it, and the test accuracy would no
    longer say how the net does on unseen data (6.5.1).
    """
    (x, t), (x_test, t_test) = mnist
    x, t = x[: experiment.train_size], t[: experiment.train_size]
    if experiment.validation_rate > 0:
        order = np.random.default_rng([0 if seed is None else seed, 2]).permutation(len(x))
        x, t = x[order], t[order]
        n_val = int(len(x) * experiment.validation_rate)
        return ExperimentData(x[n_val:], t[n_val:], x[:n_val], t[:n_val])
    return ExperimentData(x, t, x_test[: experiment.test_size], t_test[: experiment.test_size])


@dataclass(frozen=True)
class RunUpdate:
    """What one step of run ``run`` added: a loss (iteration) or an epoch's accuracies."""

    run: int
    iteration: int = 0
    loss: float | None = None
    epoch: int | None = None
    train_acc: float | None = None
    eval_acc: float | None = None  # test accuracy, or validation accuracy in the search
    finished: bool = False
    error: str | None = None  # the run stopped early (e.g. its loss diverged)


class TrainingRun:
    """One run: a ``MultiLayerNetExtend`` and its ``Trainer``, advanced one event at a time."""

    def __init__(self, index, settings: RunSettings, experiment: Experiment, data, seed):
        settings.check()
        self.index = index
        self.settings = settings
        self.experiment = experiment
        # The same seed for every run: runs of one shape start from the same weights and see the
        # same mini-batches, so the curves differ only by the setting being compared.
        rng = np.random.default_rng(seed)
        self.network = MultiLayerNetExtend(
            MNIST_INPUT,
            list(settings.hidden),
            MNIST_CLASSES,
            activation=settings.activation,
            weight_init_std=settings.weight_init,
            weight_decay_lambda=settings.weight_decay,
            use_dropout=settings.dropout > 0,
            dropout_ration=settings.dropout,
            use_batchnorm=settings.batchnorm,
            dtype=np.float32,
            rng=rng,
        )
        iters_per_epoch = max(len(data.x_train) // experiment.batch_size, 1)
        epochs = experiment.epochs or math.ceil(experiment.iterations / iters_per_epoch)
        self.trainer = Trainer(
            self.network,
            data.x_train,
            data.t_train,
            data.x_eval,
            data.t_eval,
            epochs=epochs,
            mini_batch_size=experiment.batch_size,
            optimizer=settings.optimizer,
            optimizer_param={"lr": settings.lr},
            rng=rng,
            evaluate_at_start=True,
        )
        self._events = self._steps()

    def _steps(self):
        if self.experiment.measures_accuracy:
            yield from self.trainer.steps()
        else:  # loss only, as the book's script: no accuracy pass at each epoch's end
            while self.trainer.current_iter < self.experiment.iterations:
                yield self.trainer.train_step()

    def advance(self) -> RunUpdate:
        """One more event of this run (a mini-batch, or an epoch's accuracies)."""
        try:
            event = next(self._events)
        except StopIteration:
            return RunUpdate(self.index, self.trainer.current_iter, finished=True)
        except (RuntimeError, FloatingPointError) as error:  # DivergenceError and the like
            return RunUpdate(self.index, self.trainer.current_iter, finished=True, error=str(error))
        if hasattr(event, "loss"):
            return RunUpdate(self.index, event.iteration, loss=event.loss)
        test_acc = None if math.isnan(event.test_acc) else event.test_acc
        return RunUpdate(
            self.index,
            self.trainer.current_iter,
            epoch=event.epoch,
            train_acc=event.train_acc,
            eval_acc=test_acc,
        )


def run_experiment(experiment: Experiment, data: ExperimentData, runs=None, seed=0, width=None):
    """Generator: every run advanced round-robin, one ``RunUpdate`` per step.

    ``runs`` (default: the experiment's, or the search's trials) may be edited by the caller.
    ``width`` runs train at a time (default: all; the search runs 4, so finished trials appear
    while later ones still train); a run starts when an earlier one finishes.
    """
    if runs is None:
        runs = sample_trials(experiment, seed)
    settings = list(runs)
    for s in settings:
        s.check()
    if width is None:
        width = 4 if experiment.trials else len(settings)
    waiting = list(enumerate(settings))
    active: list[TrainingRun] = []
    while waiting or active:
        while waiting and len(active) < width:
            index, s = waiting.pop(0)
            active.append(TrainingRun(index, s, experiment, data, seed))
        for run in list(active):
            update = run.advance()
            if update.finished:
                active.remove(run)
            yield update


@dataclass
class RunResult:
    """A run's curves as the plots show them (and as ``--json`` prints them)."""

    label: str
    settings: dict
    iterations: list = field(default_factory=list)
    loss: list = field(default_factory=list)
    epochs: list = field(default_factory=list)
    train_acc: list = field(default_factory=list)
    eval_acc: list = field(default_factory=list)
    error: str | None = None
    finished: bool = False

    def add(self, update: RunUpdate) -> None:
        if update.loss is not None:
            self.iterations.append(update.iteration)
            self.loss.append(update.loss)
        if update.epoch is not None:
            self.epochs.append(update.epoch)
            self.train_acc.append(update.train_acc)
            self.eval_acc.append(update.eval_acc)
        if update.finished:
            self.finished = True
            self.error = update.error

    def as_dict(self, experiment: Experiment) -> dict:
        out = {"label": self.label, "settings": dict(self.settings), "loss": list(self.loss)}
        if experiment.measures_accuracy:
            out["train_acc"] = list(self.train_acc)
            if experiment.test_size or experiment.validation_rate:
                out[experiment.eval_key] = list(self.eval_acc)
        if self.error:
            out["error"] = self.error
        return out


def new_results(runs) -> list[RunResult]:
    return [RunResult(s.label, s.as_dict()) for s in runs]


def collect(experiment: Experiment, data: ExperimentData, seed=0, runs=None, on_update=None):
    """Run an experiment to the end; its runs' ``RunResult``s (``on_update`` sees each step)."""
    runs = sample_trials(experiment, seed) if runs is None else tuple(runs)
    results = new_results(runs)
    for update in run_experiment(experiment, data, runs, seed):
        results[update.run].add(update)
        if on_update is not None:
            on_update(update)
    return results


def smooth_curve(x, window_len=11):
    """The book's common/util.py smooth_curve: a Kaiser-window moving average (Fig. 6-9)."""
    x = np.asarray(x, dtype=float)
    if len(x) < window_len:
        return x.copy()
    s = np.r_[x[window_len - 1 : 0 : -1], x, x[-1:-window_len:-1]]
    w = np.kaiser(window_len, 2)
    y = np.convolve(w / w.sum(), s, mode="valid")
    half = window_len // 2
    return y[half : len(y) - half]


def tail_mean(values, n=100) -> float:
    """The mean of the last ``n`` values: where a noisy loss curve ends."""
    values = list(values)[-n:]
    return float(np.mean(values)) if values else float("nan")


# ---- 6.2.2: activation distributions (no training) ---------------------------------------------

HISTOGRAM_BINS = 30
# The book's hist ranges: (0, 1) for sigmoid and ReLU (ReLU's zeros fill the first bin), (-1, 1)
# for tanh.
ACTIVATION_RANGES = {"sigmoid": (0.0, 1.0), "relu": (0.0, 1.0), "tanh": (-1.0, 1.0)}
# The scales the book tries; a number is a plain std.
SCALES = {"std 1": 1.0, "std 0.01": 0.01, "Xavier": "xavier", "He": "he"}
# weight_init_activation_histogram.py's cases, in the book's order (Fig. 6-10, 6-11, 6-13, 6-14).
BOOK_ACTIVATION_CASES = (
    ("sigmoid", "std 1"),
    ("sigmoid", "std 0.01"),
    ("sigmoid", "Xavier"),
    ("tanh", "Xavier"),
    ("relu", "std 0.01"),
    ("relu", "Xavier"),
    ("relu", "He"),
)


@dataclass(frozen=True)
class LayerHistogram:
    histogram: np.ndarray  # counts per bin
    edges: np.ndarray  # HISTOGRAM_BINS + 1 bin edges
    mean: float  # of all the values, also those outside the edges
    std: float


@dataclass(frozen=True)
class ActivationDistributions:
    """Weight_init_activation_histogram.py's picture: each layer's activations and gradients."""

    activation: str
    scale: float | str
    activations: tuple[LayerHistogram, ...]
    gradients: tuple[LayerHistogram, ...]  # dL/da at each layer for a backward pass of ones


def activation_histograms(
    activation="sigmoid", scale=1.0, seed=0, samples=1000, units=100, layers=5
) -> ActivationDistributions:
    """6.2.2 (Fig. 6-10 to 6-14): 1000 Gaussian inputs through 5 layers of 100, no biases.

    Runs the engine's own Affine and activation layers forward, then backward from a gradient of
    ones (what the book only mentions: the gradients vanish with the activations).
    """
    if activation not in ACTIVATION_LAYERS:
        raise ValueError(f"unknown activation {activation!r}")
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((samples, units))
    std = weight_scale(scale, units)
    stack = []
    z = x
    values = []
    for _ in range(layers):
        affine = Affine(std * rng.standard_normal((units, units)), np.zeros(units))
        act = ACTIVATION_LAYERS[activation]()
        with np.errstate(over="ignore"):
            z = act.forward(affine.forward(z))
        stack.append((affine, act))
        values.append(z)
    dout = np.ones_like(z)
    grads = []
    for affine, act in reversed(stack):
        da = act.backward(dout)
        grads.append(da)
        dout = affine.backward(da)
    grads.reverse()
    low, high = ACTIVATION_RANGES[activation]
    acts = tuple(_histogram(v, low, high) for v in values)
    limit = max(float(np.max(np.abs(g))) for g in grads) or 1.0
    grad_hists = tuple(_histogram(g, -limit, limit) for g in grads)
    return ActivationDistributions(activation, scale, acts, grad_hists)


def _histogram(values, low, high) -> LayerHistogram:
    counts, edges = np.histogram(np.ravel(values), HISTOGRAM_BINS, range=(low, high))
    return LayerHistogram(counts, edges, float(np.mean(values)), float(np.std(values)))


def best_ranges(results, key_count=5):
    """6.5's narrowing step: the lr and weight-decay ranges of the best trials (by val accuracy).

    Returns (best results, (lr low, lr high), (decay low, decay high)); trials without a
    validation accuracy are left out.
    """
    scored = [r for r in results if r.eval_acc and r.eval_acc[-1] is not None]
    scored.sort(key=lambda r: r.eval_acc[-1], reverse=True)
    best = scored[:key_count]
    if not best:
        return [], None, None
    lrs = [r.settings["lr"] for r in best]
    decays = [r.settings["weight_decay"] for r in best]
    return best, (min(lrs), max(lrs)), (min(decays), max(decays))
