"""Qt-free: the race of the numerical gradient (ch4.5) against backpropagation (ch5.7) on MNIST,
and the gradient check (ch5.7.3). Both are worker generators.

The two runs train the same TwoLayerNet (same seed, same batches) with SGD, taking turns of about
SLICE_S seconds each, so each gets half the worker. Every step is timed alone: "seconds" is a
run's own compute time, and the loss curves share that axis fairly. The numerical run yields
between parameters (about 1 ms each), never only between iterations (tens of seconds each), so
that Stop is honoured at once and the GUI gets the GIL often.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from nnviz.engine.nets import TwoLayerNet
from nnviz.engine.optimizers import SGD
from nnviz.ui.tabs.learning.batches import as_input, mnist_train

SLICE_S = 0.025  # each run's turn in the worker
POINT_EVERY_S = 0.01  # backprop's loss curve keeps one point per this much of its compute time
GATE_TIMEOUT_S = 0.2  # never wait longer for the GUI than this (a redraw takes a few ms)
CHECK_SAMPLES = 3  # the book's gradient_check.py: x_batch = x_train[:3]


@dataclass
class RunSnapshot:
    """What one run has done so far (a copy, safe for the GUI)."""

    name: str  # "numerical" or "backprop"
    iterations: int = 0
    seconds: float = 0.0  # its own compute time
    params_done: int = 0  # of the current numerical pass (always 0 for backprop)
    params_total: int = 0
    loss: float = float("nan")  # of the latest finished iteration's batch
    new_points: list = field(default_factory=list)  # (seconds, loss) since the previous tick

    def seconds_per_iteration(self) -> float | None:
        """Measured; for the numerical run estimated from the parameters done so far."""
        done = self.iterations + (self.params_done / self.params_total if self.params_total else 0)
        return self.seconds / done if done > 0 else None


@dataclass
class RaceTick:
    numerical: RunSnapshot
    backprop: RunSnapshot

    def ratio(self) -> float | None:
        """How many backprop iterations fit in the time of one numerical iteration."""
        slow = self.numerical.seconds_per_iteration()
        fast = self.backprop.seconds_per_iteration()
        return slow / fast if slow and fast else None


class _Run:
    def __init__(self, name, images, labels, batch_size, hidden_size, lr, seed):
        self.images, self.labels, self.batch_size = images, labels, batch_size
        self.net = TwoLayerNet(784, hidden_size, 10, rng=np.random.default_rng(seed))
        self.batches = np.random.default_rng(seed + 1)  # same batches for both runs
        self.optimizer = SGD(lr)
        self.state = RunSnapshot(name, params_total=self.net.parameter_count())

    def next_batch(self):
        mask = self.batches.choice(len(self.labels), self.batch_size)
        return as_input(self.images[mask]), self.labels[mask]

    def record(self, loss: float) -> None:
        self.state.loss = float(loss)
        self.state.new_points.append((self.state.seconds, float(loss)))

    def snapshot(self) -> RunSnapshot:
        copy = RunSnapshot(**{**self.state.__dict__, "new_points": list(self.state.new_points)})
        self.state.new_points.clear()
        return copy


def race_steps(
    loader=mnist_train,
    batch_size: int = 100,
    hidden_size: int = 50,
    lr: float = 0.1,
    seed: int = 0,
    slice_s: float = SLICE_S,
    gate=None,
):
    """Worker generator: yields None after every step or parameter, a RaceTick after each round.

    ``gate`` (a threading.Event, optional): while it is clear the race waits before its next
    step. The GUI clears it while it redraws: a Python-busy worker would otherwise take the GIL
    from the GUI between every two Qt calls of the redraw, stretching 5 ms to 100 ms on a busy
    machine.
    """

    def wait_for_gui():
        if gate is not None:
            gate.wait(GATE_TIMEOUT_S)

    images, labels = loader()
    numerical = _Run("numerical", images, labels, batch_size, hidden_size, lr, seed)
    backprop = _Run("backprop", images, labels, batch_size, hidden_size, lr, seed)
    x, t = numerical.next_batch()
    start_loss = numerical.net.loss(x, t)
    numerical.record(start_loss)
    backprop.record(start_loss)
    walk = numerical.net.numerical_gradient_steps(x, t)
    last_point = 0.0
    while True:
        turn = time.perf_counter()
        while time.perf_counter() - turn < slice_s:
            wait_for_gui()
            began = time.perf_counter()
            xb, tb = backprop.next_batch()
            backprop.optimizer.update(backprop.net.params, backprop.net.gradient(xb, tb))
            backprop.state.iterations += 1
            backprop.state.seconds += time.perf_counter() - began
            if backprop.state.seconds - last_point >= POINT_EVERY_S:
                backprop.record(backprop.net.last_loss)
                last_point = backprop.state.seconds
            yield None
        turn = time.perf_counter()
        while time.perf_counter() - turn < slice_s:
            wait_for_gui()
            began = time.perf_counter()
            try:
                next(walk)
                numerical.state.params_done += 1
            except StopIteration as done:
                # Like backprop's last_loss: the batch's loss before the update it leads to.
                numerical.record(numerical.net.loss(x, t))
                numerical.optimizer.update(numerical.net.params, done.value)
                numerical.state.iterations += 1
                numerical.state.params_done = 0
                x, t = numerical.next_batch()
                walk = numerical.net.numerical_gradient_steps(x, t)
            numerical.state.seconds += time.perf_counter() - began
            yield None
        yield RaceTick(numerical.snapshot(), backprop.snapshot())


@dataclass
class CheckProgress:
    done: int
    total: int


@dataclass
class CheckResult:
    """Ch5.7.3 mean |backprop − numerical| for each parameter array."""

    differences: dict  # param name -> float
    seconds_numerical: float
    seconds_backprop: float


def gradient_check_steps(loader=mnist_train, hidden_size: int = 50, seed: int = 0):
    """Worker generator: the book's gradient_check.py, the numerical pass yielding as it goes."""
    images, labels = loader()
    net = TwoLayerNet(784, hidden_size, 10, rng=np.random.default_rng(seed))
    x, t = as_input(images[:CHECK_SAMPLES]), labels[:CHECK_SAMPLES]
    total = net.parameter_count()
    began = time.perf_counter()
    walk = net.numerical_gradient_steps(x, t)
    done = 0
    while True:
        try:
            next(walk)
        except StopIteration as finished:
            grad_numerical = finished.value
            break
        done += 1
        yield CheckProgress(done, total) if done % 500 == 0 else None
    seconds_numerical = time.perf_counter() - began
    began = time.perf_counter()
    grad_backprop = net.gradient(x, t)
    seconds_backprop = time.perf_counter() - began
    differences = {
        key: float(np.mean(np.abs(grad_backprop[key] - grad_numerical[key])))
        for key in grad_numerical
    }
    yield CheckResult(differences, seconds_numerical, seconds_backprop)
