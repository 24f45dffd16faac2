"""Qt-free: the engine functions the Activations tab calls (issue 21), following the choice.

Nothing steps here: the panel shows the chosen activation, its derivative and the numerical
differentiation the tangent comes from (``sigmoid``, ``sigmoid_grad``, ``numerical_diff``,
``tangent_line``); softmax shows ``softmax`` and the cross-entropy it feeds.
"""

from __future__ import annotations

from nnviz.engine.functions import ACTIVATIONS, cross_entropy_error, softmax
from nnviz.engine.gradient import numerical_diff, tangent_line
from nnviz.ui.widgets.code_source import CodeItem, CodeView


def activation_code(name: str) -> CodeView:
    if name == "softmax":
        return CodeView((CodeItem(softmax), CodeItem(cross_entropy_error)))
    f, f_grad = ACTIVATIONS[name]
    return CodeView(
        (CodeItem(f), CodeItem(f_grad), CodeItem(numerical_diff), CodeItem(tangent_line))
    )
