"""Qt-free: the engine functions the Activations tab calls (issue 21), following the choice.

Nothing steps here: the panel shows the chosen activation, its derivative and the numerical
differentiation the tangent comes from (``sigmoid``, ``sigmoid_grad``, ``numerical_diff``,
``tangent_line``); softmax shows ``softmax`` and the cross-entropy it feeds.
"""

from __future__ import annotations

from nnviz.engine.functions import ACTIVATIONS, cross_entropy_error, softmax
from nnviz.engine.gradient import numerical_diff, tangent_line
from nnviz.ui.widgets.code_source import CodeItem, CodeView, source_of


def returns(obj) -> tuple[str, ...]:
    return tuple(
        line.strip() for line in source_of(obj).splitlines() if line.strip().startswith("return ")
    )


def activation_code(name: str, x: float | None = None, h: float | None = None) -> CodeView:
    """The chosen function, lit at the point x on the plot; numerical_diff with the slider's h."""
    if name == "softmax":
        return CodeView((CodeItem(softmax), CodeItem(cross_entropy_error)))
    f, f_grad = ACTIVATIONS[name]
    if x is None:
        return CodeView(
            (CodeItem(f), CodeItem(f_grad), CodeItem(numerical_diff), CodeItem(tangent_line))
        )
    at_x = {"x": x}
    return CodeView(
        (
            CodeItem(f, returns(f), at_x),
            CodeItem(f_grad, returns(f_grad), at_x),
            CodeItem(numerical_diff, returns(numerical_diff), {"x": x, "h": h}),
            CodeItem(tangent_line),
        )
    )
