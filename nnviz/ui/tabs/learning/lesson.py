"""The Learning tab's part of a lesson file (Qt-free): which of its pages is shown, the ten
output probabilities of the loss page, and simpleNet's W and how many weights were nudged."""

from nnviz.lesson_file import LessonValueError, choice, integer, list_of, number

PAGES = ("loss", "batch", "accuracy", "network", "race")  # in the tab's (the book's) order


def probabilities(value) -> list:
    """Ten outputs y of softmax: each in [0, 1], summing to 1 (to 0.1 %)."""
    y = list_of(number(0.0, 1.0), 10, 10)(value)
    if abs(sum(y) - 1.0) > 1e-3:
        raise LessonValueError("invalid", f"the ten probabilities add up to {sum(y):.4g}, not 1")
    return y


SCHEMA = {
    "page": choice(*PAGES),
    "probabilities": probabilities,  # the loss page's bars
    "label": integer(0, 9),  # the correct digit t
    "bar": integer(0, 9),  # the bar being dragged
    "W": list_of(list_of(number(-100.0, 100.0), 3, 3), 2, 2),  # simpleNet's weights (2, 3)
    "nudged": integer(0, 6),  # weights of W nudged so far (4.4.2)
}
