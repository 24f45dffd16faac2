"""Ch6 trainer as a generator of steps: the caller decides when to pause, resume or stop.

No printing, no threads: ``for event in trainer.steps(): ...`` yields a ``StepEvent`` after every
mini-batch update and an ``EpochEvent`` (train/test accuracy) at the end of every epoch. A new
``steps()`` generator carries on where the last one stopped, because the state lives here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnviz.engine.nets import as_rng
from nnviz.engine.optimizers import make_optimizer

# A finite loss can mean a run that has diverged too: SGD with lr 10 sends the loss to 1e11 and
# back, the ReLUs die and the net is stuck at chance while the loss looks finite. A cross-entropy
# above 100 means the true class's score is ~100 below the best one: the weights have exploded.
# (10x the first loss leaves room for a large weight-decay term at the start.)
DIVERGED_LOSS = 100.0
DIVERGED_FACTOR = 10.0


def has_diverged(loss, first_loss=None):
    """The one divergence rule (the GUI's and the CLI's): NaN/inf, or above max(100, 10x first)."""
    if not math.isfinite(loss):
        return True
    limit = DIVERGED_LOSS
    if first_loss is not None and math.isfinite(first_loss):
        limit = max(DIVERGED_LOSS, DIVERGED_FACTOR * first_loss)
    return loss > limit


class DivergenceError(RuntimeError):
    """The loss blew up (``has_diverged``): the learning rate is (almost always) too large."""

    def __init__(self, iteration, loss, lr=None):
        self.iteration = iteration
        self.loss = loss
        self.lr = lr
        at = f" (learning rate {lr:g})" if lr is not None else ""
        became = f"{loss:.4g}" if math.isfinite(loss) else str(loss)
        super().__init__(
            f"Training diverged at iteration {iteration}: the loss became {became}{at}. "
            "Try a smaller learning rate."
        )


@dataclass(frozen=True)
class StepEvent:
    """One mini-batch update done; iteration counts from 1, epoch is the 1-based epoch it is in."""

    iteration: int
    epoch: int
    loss: float
    iters_per_epoch: int
    max_iter: int


@dataclass(frozen=True)
class EpochEvent:
    """Epoch ``epoch`` (1-based; 0 = before training) finished with these accuracies."""

    epoch: int
    train_acc: float
    test_acc: float


class Trainer:
    """Ch6 mini-batch training of ``network`` (the book's common/trainer.py, as a generator)."""

    def __init__(
        self,
        network,
        x_train,
        t_train,
        x_test,
        t_test,
        epochs=20,
        mini_batch_size=100,
        optimizer="SGD",
        optimizer_param=None,
        evaluate_sample_num_per_epoch=None,
        rng=None,
        evaluate_at_start=False,
        augment=None,
    ):
        if len(x_train) != len(t_train) or len(x_test) != len(t_test):
            raise ValueError("x and t must have the same number of samples")
        if len(x_train) == 0:
            raise ValueError("the training set is empty")
        if epochs < 1 or mini_batch_size < 1:
            raise ValueError("epochs and mini_batch_size must be at least 1")
        self.network = network
        self.x_train = x_train
        self.t_train = t_train
        self.x_test = x_test
        self.t_test = t_test
        self.epochs = int(epochs)
        self.batch_size = int(mini_batch_size)
        self.evaluate_sample_num_per_epoch = evaluate_sample_num_per_epoch
        self.evaluate_at_start = evaluate_at_start
        # Ch8.1.2: augment(x_batch, rng) -> a new batch (e.g. augment.random_shift_rotate).
        self.augment = augment
        self.optimizer = make_optimizer(
            optimizer, {"lr": 0.01} if optimizer_param is None else optimizer_param
        )
        self.rng = as_rng(rng)

        self.train_size = len(x_train)
        self.iters_per_epoch = max(self.train_size // self.batch_size, 1)
        self.max_iter = self.epochs * self.iters_per_epoch
        self.current_iter = 0
        self.current_epoch = 0

        self.first_loss = None  # the yardstick of has_diverged
        self.train_loss_list = []
        self.train_acc_list = []
        self.test_acc_list = []

    @property
    def finished(self):
        return self.current_iter >= self.max_iter

    def train_step(self):
        """One mini-batch: sample (with replacement, as the book), backprop, update."""
        # rng.integers is rng.choice(train_size, batch_size) without its checks: 2 µs less a step.
        batch_mask = self.rng.integers(0, self.train_size, self.batch_size)
        x_batch = self.x_train[batch_mask]
        t_batch = self.t_train[batch_mask]
        if self.augment is not None:
            x_batch = self.augment(x_batch, self.rng)
        # Overflow shows up below as a DivergenceError, not as NumPy warnings on stderr.
        with np.errstate(over="ignore", invalid="ignore"):
            grads = self.network.gradient(x_batch, t_batch)
            loss = getattr(self.network, "last_loss", None)
            if loss is None:  # a net without LayerNet's last_loss: the book's extra forward pass
                loss = self.network.loss(x_batch, t_batch)
            loss = float(loss)
            self.current_iter += 1
            if self.first_loss is None and math.isfinite(loss):
                self.first_loss = loss
            if has_diverged(loss, self.first_loss):
                # Stop before the update: the weights stay as they were before the blow-up.
                raise DivergenceError(self.current_iter, loss, getattr(self.optimizer, "lr", None))
            self.optimizer.update(self.network.params, grads)
        self.train_loss_list.append(loss)
        epoch = (self.current_iter - 1) // self.iters_per_epoch + 1
        return StepEvent(self.current_iter, epoch, loss, self.iters_per_epoch, self.max_iter)

    def evaluate(self):
        """Train and test accuracy now (on the first N samples if evaluate_sample_num_per_epoch)."""
        x_train, t_train = self.x_train, self.t_train
        x_test, t_test = self.x_test, self.t_test
        n = self.evaluate_sample_num_per_epoch
        if n is not None:
            x_train, t_train = x_train[:n], t_train[:n]
            x_test, t_test = x_test[:n], t_test[:n]
        train_acc = float(self.network.accuracy(x_train, t_train))
        test_acc = float(self.network.accuracy(x_test, t_test)) if len(t_test) else float("nan")
        self.train_acc_list.append(train_acc)
        self.test_acc_list.append(test_acc)
        return EpochEvent(self.current_epoch, train_acc, test_acc)

    def steps(self):
        """Generator of StepEvent after each update and EpochEvent after each epoch."""
        if self.evaluate_at_start and self.current_iter == 0 and not self.test_acc_list:
            yield self.evaluate()
        while True:
            # Checked before each step, so an epoch end is never lost when the caller stops
            # right after its last step and later starts a new steps() generator.
            if self.current_epoch < self.current_iter // self.iters_per_epoch:
                self.current_epoch = self.current_iter // self.iters_per_epoch
                yield self.evaluate()
            if self.current_iter >= self.max_iter:
                return
            yield self.train_step()

    def train(self):
        """Run to the end; returns the final test accuracy (the book's train() without prints)."""
        for _ in self.steps():
            pass
        return self.test_acc_list[-1] if self.test_acc_list else None
