"""The Gradient tab's part of a lesson file (Qt-free): the function, the descent, the race."""

from nnviz.lesson_file import boolean, choice, integer, list_of, mapping, number
from nnviz.ui.tabs.gradient.model import FUNCTIONS, RACE_ORDER

SCHEMA = {
    "mode": choice("descent", "race"),
    "function": choice(*FUNCTIONS),
    "start": list_of(number(-100.0, 100.0), 2, 2),  # the descent's (x0, x1)
    "lr": number(1e-12, 100.0),
    "steps": integer(1, 2000),
    "shown": integer(0, 2000),  # steps drawn so far (the player's position)
    "race_start": list_of(number(-100.0, 100.0), 2, 2),
    "race_lr": mapping(number(1e-12, 100.0), RACE_ORDER),
    "race_steps": integer(1, 1000),
    "race_shown": integer(0, 1000),
    "race_visible": mapping(boolean(), RACE_ORDER),  # which optimizers' paths are drawn
    "arrows": boolean(),  # the field of −∇f
    "direction_only": boolean(),  # arrows of equal length
    "arrows_per_side": integer(6, 40),
}
