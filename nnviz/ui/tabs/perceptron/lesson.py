"""The Perceptron tab's part of a lesson file (Qt-free): what may be saved, and its ranges."""

from nnviz.lesson_file import boolean, choice, integer, list_of, number
from nnviz.ui.tabs.perceptron.state import GATES, WEIGHT_RANGE

SCHEMA = {
    "gate": choice(*GATES),
    "weights": list_of(number(-WEIGHT_RANGE, WEIGHT_RANGE), 3, 3),  # w1, w2, b
    "lr": number(0.01, 1.0),  # the learning rule's rate
    # inputs shown to the learning rule, starting from `weights` (Step pressed this often)
    "learning_steps": integer(0, 1000),
    "xor_explained": boolean(),  # the XOR explanation open
    "two_layer": boolean(),  # XOR's two-layer network (NAND, OR -> AND) shown
}
