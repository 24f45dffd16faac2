"""The tab table, in the book's chapter order.

A tab is listed here before its module exists; the window shows only tabs whose module is present,
so no placeholder is ever shown.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass


@dataclass(frozen=True)
class TabSpec:
    tab_id: str
    module: str  # module under nnviz.ui.tabs holding a TabPage subclass named `Tab`
    chapters: str  # the book's chapters, e.g. "2" or "5-8"


TABS = (
    TabSpec("perceptron", "perceptron", "2"),
    TabSpec("activations", "activations", "3-4"),
    TabSpec("gradient", "gradient", "4, 6"),
    TabSpec("backprop", "backprop", "5"),
    TabSpec("training", "training", "5-8"),
    TabSpec("draw", "draw", "7-8"),
)


def available_tabs() -> list[TabSpec]:
    """The tabs whose module exists, found without importing Qt."""
    return [t for t in TABS if importlib.util.find_spec(f"{__name__}.{t.module}") is not None]


def tab_class(spec: TabSpec):
    return importlib.import_module(f"{__name__}.{spec.module}").Tab
