"""The Backprop tab's part of a lesson file (Qt-free): the graph and how far it is stepped."""

import re

from nnviz.engine.graph_examples import EXAMPLES
from nnviz.lesson_file import LessonValueError, choice, integer, number, text

EXPRESSION = "expression"  # the student's own expression (as in tab.py)
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,19}")


def values(value) -> dict:
    """{variable: number} for a typed expression's inputs."""
    if not isinstance(value, dict):
        raise LessonValueError("not_object")
    if len(value) > 26:
        raise LessonValueError("too_long", 26)
    out = {}
    for name, v in value.items():
        if not NAME.fullmatch(name):
            raise LessonValueError("invalid", f"{name[:20]!r} is not a variable name")
        out[name] = number(-1e6, 1e6)(v)
    return out


SCHEMA = {
    "graph": choice(*EXAMPLES, EXPRESSION),
    "position": integer(0, 10_000),  # steps run: 0 = none (clipped to the graph's steps)
    "expression": text(500),  # e.g. "z = (x + y)**2", used when graph is "expression"
    "values": values,  # the expression's variables
    "inputs": values,  # a book graph's scalar inputs (e.g. apple = 100, tax = 1.1)
}
