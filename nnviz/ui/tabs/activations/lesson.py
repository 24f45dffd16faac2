"""The Activations tab's part of a lesson file (Qt-free)."""

from nnviz.lesson_file import boolean, choice, number
from nnviz.ui.tabs.activations.state import LOG_H_MAX, LOG_H_MIN, METHODS, NAMES

SCHEMA = {
    "function": choice(*NAMES, "softmax"),
    "x": number(-6.0, 6.0),  # where the tangent touches
    "numerical": boolean(),  # the numerical derivative's error shown
    "method": choice(*METHODS),
    "log_h": number(LOG_H_MIN, LOG_H_MAX),  # h = 10**log_h
    "alpha": number(0.0, 0.5),  # leaky ReLU's slope for x < 0
}
