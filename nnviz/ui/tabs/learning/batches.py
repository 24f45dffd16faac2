"""Qt-free: MNIST for the Learning tab and the mini-batch lab of ch4.2.3–4.2.4.

The images stay uint8 (47 MB, not 188 MB as float32) and are scaled to 0…1 batch by batch, as
``load_mnist(normalize=True)`` would. The lab's network is the book's TwoLayerNet trained briefly
by backpropagation, so that its losses differ from image to image (an untrained net gives every
image ≈ 2.30 and nothing to see); each batch's loss is ``cross_entropy_error`` of that batch.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from nnviz.engine.functions import cross_entropy_error, softmax
from nnviz.engine.mnist import load_raw
from nnviz.engine.nets import TwoLayerNet
from nnviz.engine.optimizers import SGD

TRAIN_SIZE = 60000
BATCH_SIZES = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)  # the x axis of the spread plot
WARM_UP_STEPS = 300  # backprop steps of batch 100 before the lab: ~90 % accuracy
PREDICT_CHUNK = 2000  # images per forward pass while the lab's outputs are computed

_lock = threading.Lock()
_mnist: tuple[np.ndarray, np.ndarray] | None = None


def mnist_train() -> tuple[np.ndarray, np.ndarray]:
    """The training images as uint8 (60000, 784) and their labels; read once per process."""
    global _mnist
    with _lock:
        if _mnist is None:
            raw = load_raw()
            _mnist = raw["train_img"].reshape(-1, 28 * 28), raw["train_label"]
        return _mnist


def mnist_loaded() -> bool:
    return _mnist is not None


def as_input(images: np.ndarray) -> np.ndarray:
    """uint8 pixels to 0…1, as load_mnist(normalize=True) gives them (float64 for h = 1e-4)."""
    return images.astype(np.float64) / 255.0


def batch_losses_both_forms(y: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Ch4.2.4 the batch cross-entropy with t one-hot and with t as labels: the same number."""
    one_hot = np.eye(y.shape[1])[labels]
    return float(cross_entropy_error(y, one_hot)), float(cross_entropy_error(y, labels))


@dataclass
class Batch:
    indices: np.ndarray  # what np.random.choice(60000, N) drew
    loss_one_hot: float
    loss_labels: float


class BatchLab:
    """Softmax outputs y (60000, 10) of one network for the whole training set, and its labels."""

    def __init__(self, images: np.ndarray, labels: np.ndarray, y: np.ndarray):
        self.images = images
        self.labels = labels
        self.y = y
        self.full_loss = float(cross_entropy_error(y, labels))
        self.accuracy = float(np.mean(np.argmax(y, axis=1) == labels))

    def draw(self, batch_size: int, rng: np.random.Generator) -> Batch:
        """Ch4.2.3 batch_mask = np.random.choice(train_size, batch_size) and its mean loss."""
        indices = rng.choice(len(self.labels), batch_size)
        one_hot, labels = batch_losses_both_forms(self.y[indices], self.labels[indices])
        return Batch(indices, one_hot, labels)

    def sample_loss(self, index: int) -> float:
        """The loss of one image: the batch of one."""
        return float(cross_entropy_error(self.y[index], self.labels[index]))


def lab_steps(loader=mnist_train, seed: int = 0, warm_up: int = WARM_UP_STEPS):
    """Worker generator: train the lab's TwoLayerNet briefly, then compute y for every image.

    Yields ("progress", fraction) now and then, None between steps (where Stop is honoured) and
    finally ("lab", BatchLab).
    """
    images, labels = loader()
    rng = np.random.default_rng(seed)
    net = TwoLayerNet(784, 50, 10, rng=rng)
    optimizer = SGD(lr=0.1)
    for step in range(warm_up):
        mask = rng.choice(len(labels), 100)
        optimizer.update(net.params, net.gradient(as_input(images[mask]), labels[mask]))
        yield ("progress", 0.7 * (step + 1) / warm_up) if step % 20 == 0 else None
    y = np.empty((len(labels), 10))
    for start in range(0, len(labels), PREDICT_CHUNK):
        end = start + PREDICT_CHUNK
        y[start:end] = softmax(net.predict(as_input(images[start:end])))
        yield ("progress", 0.7 + 0.3 * end / len(labels))
    yield ("lab", BatchLab(images, labels, y))


def spread(lab: BatchLab, sizes, per_size: int, rng: np.random.Generator) -> dict[int, np.ndarray]:
    """per_size batch losses for each batch size: how far a batch's loss strays from the full."""
    return {n: np.array([lab.draw(n, rng).loss_labels for _ in range(per_size)]) for n in sizes}
