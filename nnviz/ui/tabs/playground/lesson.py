"""The Playground's part of a lesson file (Qt-free): its whole setup (Settings), the points
clicked in, and how many steps to train on opening (the same seed: the same picture)."""

from nnviz.engine.datasets2d import DATASETS, FEATURES, MAX_CLASSES, MAX_CSV_POINTS
from nnviz.engine.layers import ACTIVATION_LAYERS
from nnviz.engine.optimizers import OPTIMIZERS
from nnviz.lesson_file import boolean, choice, integer, list_of, number
from nnviz.ui.tabs.playground.session import INITS, MAX_LAYERS, MAX_UNITS, OWN

MAX_TRAIN_STEPS = 20_000  # trained on opening: a few seconds at most

SCHEMA = {
    "dataset": choice(*DATASETS, OWN),
    "n_points": integer(4, 2000),
    "noise": number(0.0, 2.0),
    "test_ratio": number(0.0, 0.9),
    "seed": integer(0, 2**31 - 1),
    "features": list_of(choice(*FEATURES), 1, len(FEATURES)),
    "hidden": list_of(integer(1, MAX_UNITS), 0, MAX_LAYERS),
    "activation": choice(*ACTIVATION_LAYERS),
    "init": choice(*INITS),
    "batchnorm": boolean(),
    "dropout": number(0.0, 0.9),
    "weight_decay": number(0.0, 1.0),
    "optimizer": choice(*OPTIMIZERS),
    "lr": number(1e-6, 10.0),
    "batch_size": integer(1, 1000),
    "own_classes": integer(2, MAX_CLASSES),
    "n_classes": integer(3, MAX_CLASSES),
    # x1, x2, class: points clicked in or loaded from a CSV file
    "points": list_of(list_of(number(-1e6, 1e6), 3, 3), 0, MAX_CSV_POINTS),
    "train_steps": integer(0, MAX_TRAIN_STEPS),  # trained on opening, from the seed's fresh weights
}
