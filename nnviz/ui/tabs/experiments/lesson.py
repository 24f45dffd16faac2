"""The Experiments tab's part of a lesson file (Qt-free): the experiment and its runs."""

from nnviz.engine import experiments as ex
from nnviz.engine.layers import ACTIVATION_LAYERS
from nnviz.engine.optimizers import OPTIMIZERS
from nnviz.lesson_file import LessonValueError, boolean, choice, integer, list_of, number, record
from nnviz.lesson_file import text as text_

INITS = ("he", "xavier")


def weight_init(value):
    """ "he", "xavier" or a standard deviation."""
    if isinstance(value, str):
        return choice(*INITS)(value)
    return number(1e-6, 100.0)(value)


RUN = record(
    {
        "label": text_(80),
        "optimizer": choice(*OPTIMIZERS),
        "lr": number(1e-9, 100.0),
        "hidden": list_of(integer(1, 2000), 1, 10),
        "activation": choice(*ACTIVATION_LAYERS),
        "weight_init": weight_init,
        "weight_decay": number(0.0, 10.0),
        "dropout": number(0.0, 0.95),
        "batchnorm": boolean(),
    }
)


def weight_scale(value):
    """A name of the histograms' scales ("std 1", "Xavier", ...) or a standard deviation."""
    if isinstance(value, str):
        return choice(*ex.SCALES)(value)
    return number(1e-6, 100.0)(value)


def run_list(value):
    runs = list_of(RUN, 1, 20)(value)
    for run in runs:
        if "label" not in run:
            raise LessonValueError("invalid", "every run needs a label")
    return runs


SCHEMA = {
    "experiment": choice(*ex.EXPERIMENTS),
    "runs": run_list,
    "activation": choice(*ACTIVATION_LAYERS),  # 6.2.2's histograms
    "scale": weight_scale,  # 6.2.2's initial weights: a name of ex.SCALES or a std
}
