"""The tab table, in the book's chapter order.

Each tab is a package named by its id (nnviz/ui/tabs/<id>/) whose tab.py holds the widget, a
TabPage subclass named `Tab`. The widget is not in the package's __init__ so that the package's
Qt-free modules (state.py, spec.py, session.py) import without Qt. A tab is listed here before its
package exists; the window shows only tabs whose package is present, so no placeholder is ever
shown.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass


@dataclass(frozen=True)
class TabSpec:
    tab_id: str
    module: str  # package under nnviz.ui.tabs whose tab.py holds a TabPage subclass named `Tab`
    chapters: str  # the book's chapters, e.g. "2" or "5-8"


TABS = (
    TabSpec("perceptron", "perceptron", "2"),
    TabSpec("activations", "activations", "3-4"),
    TabSpec("learning", "learning", "4"),
    TabSpec("gradient", "gradient", "4, 6"),
    TabSpec("backprop", "backprop", "5"),
    TabSpec("playground", "playground", "5-6"),
    TabSpec("training", "training", "5-8"),
    TabSpec("experiments", "experiments", "6"),
    TabSpec("convolution", "convolution", "7"),
    TabSpec("draw", "draw", "7-8"),
)


def available_tabs() -> list[TabSpec]:
    """The tabs whose module exists, found without importing Qt."""
    return [t for t in TABS if importlib.util.find_spec(f"{__name__}.{t.module}.tab") is not None]


def tab_class(spec: TabSpec):
    return importlib.import_module(f"{__name__}.{spec.module}.tab").Tab
