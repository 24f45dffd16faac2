"""Training defaults shared by ``nnviz train`` and the Training tab: one recipe, one place.

Ch6 trains its MLPs with SGD; ch7-8's ``train_convnet.py`` trains the ConvNets with Adam, learning
rate 0.001 (the recipe of the bundled model too).
"""

from __future__ import annotations

# A learning rate that trains MNIST well with each optimizer (ch6.1's comparison uses these
# orders of magnitude): what a front end picks when the user chooses an optimizer.
DEFAULT_LR = {
    "SGD": 0.1,
    "Momentum": 0.01,
    "Nesterov": 0.01,
    "AdaGrad": 0.01,
    "RMSprop": 0.001,
    "Adam": 0.001,
}
DEFAULT_BATCH_SIZE = 100

_MLP = ("SGD", DEFAULT_LR["SGD"])
_CONVNET = ("Adam", DEFAULT_LR["Adam"])
# The optimizer and learning rate the book trains each network with, by engine net type (and
# "mlp", the Training tab's name for the MLP it builds).
BOOK_OPTIMIZER = {
    "two_layer": _MLP,
    "multi_layer": _MLP,
    "multi_layer_extend": _MLP,
    "mlp": _MLP,
    "simple_convnet": _CONVNET,
    "deep_convnet": _CONVNET,
}


def book_optimizer(net_type: str) -> tuple[str, float]:
    """(optimizer name, learning rate) the book trains ``net_type`` with; SGD 0.1 if unknown."""
    return BOOK_OPTIMIZER.get(net_type, _MLP)


def default_lr(optimizer: str, net_type: str | None = None) -> float:
    """The learning rate for ``optimizer``: the book's own when it is the net's book optimizer."""
    book_name, book_lr = book_optimizer(net_type) if net_type else (None, None)
    if optimizer == book_name:
        return book_lr
    return DEFAULT_LR.get(optimizer, 0.01)
