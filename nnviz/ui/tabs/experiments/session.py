"""What the worker runs for the Experiments tab (Qt-free): MNIST once, then the engine loop."""

from __future__ import annotations

from nnviz.engine import experiments as ex
from nnviz.engine.mnist import load_mnist

_mnist = None


def mnist():
    """MNIST as float32, loaded once (1-2 s) and kept: every experiment slices it."""
    global _mnist
    if _mnist is None:
        _mnist = load_mnist()
    return _mnist


def experiment_steps(experiment: ex.Experiment, runs, seed: int = 0):
    """Generator for the worker: None once the data is ready, then one RunUpdate per step."""
    data = ex.prepare_data(experiment, mnist(), seed)
    yield None  # a checkpoint: Stop is honoured right after the load
    yield from ex.run_experiment(experiment, data, tuple(runs), seed)
