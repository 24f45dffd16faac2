"""The Training tab's part of a lesson file (Qt-free): the network and the training settings
(never trained weights: a model is a file, referenced by its path)."""

from nnviz.lesson_file import boolean, choice, integer, list_of, model_path, number
from nnviz.ui.tabs.training.spec import (
    ACTIVATIONS,
    KINDS,
    MAX_HIDDEN_LAYERS,
    MNIST_TRAIN_SIZE,
    OPTIMIZER_NAMES,
    WEIGHT_INITS,
)

SCHEMA = {
    # the network (NetSpec)
    "kind": choice(*KINDS),
    "hidden": list_of(integer(1, 4096), 1, MAX_HIDDEN_LAYERS),
    "activation": choice(*ACTIVATIONS),
    "weight_init": choice(*WEIGHT_INITS),
    "batchnorm": boolean(),
    "dropout": number(0.0, 0.9),
    "weight_decay": number(0.0, 1.0),
    "filter_num": integer(1, 128),
    "filter_size": integer(1, 28),
    "stride": integer(1, 10),
    "pad": integer(0, 10),
    "conv_hidden": integer(1, 2048),
    # training (TrainSpec)
    "optimizer": choice(*OPTIMIZER_NAMES),
    "lr": number(1e-9, 100.0),
    "batch_size": integer(1, 10_000),
    "epochs": integer(1, 1000),
    "train_size": integer(1, MNIST_TRAIN_SIZE),
    "seed": integer(0, 2**31 - 1),
    # a model file to show and evaluate ("simple", "deep" or a path relative to the lesson)
    "model": model_path(),
}
