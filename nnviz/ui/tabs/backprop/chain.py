"""Ch5.2 the chain rule written out for a typed expression, and its gradient check (5.7.3).

For each backward step of a scalar graph: ∂z/∂x = ∂z/∂t · ∂t/∂x = dout · (local derivative) with
the numbers; at the end each variable's backprop gradient next to the numerical one.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QCoreApplication

from nnviz.ui.tabs.backprop.text import BACKWARD_COLOR, fmt_number

CHECK_TOLERANCE = 1e-6  # central difference with h = 1e-4 (ch4.3.1): agreement to about 1e-7
OK_COLOR = "#2e7d32"

# The local derivative ∂out/∂(input) of each kind of node, per input, with {x}, {y} the inputs'
# names and {out} the output's (the same rules as graph.py's backward_rule, without dout).
LOCAL_RULES = {
    "mul": ("{y}", "{x}"),
    "add": ("1", "1"),
    "sub": ("1", "−1"),
    "div": ("1/{y}", "−{x}/{y}²"),
    "neg": ("−1",),
    "exp": ("exp({x})",),
    "log": ("1/{x}",),
    "tanh": ("1 − {out}²",),
    "sigmoid": ("{out}·(1 − {out})",),
    "relu": ("[{x} > 0]",),
    "reciprocal": ("−1/{x}²",),
    "identity": ("1",),
}


# What a node computes, with its inputs' names: the inner arrows (t1, t2) are not named on the
# graph, so the chain rule says what each one is.
DEFINITIONS = {
    "mul": "{x} · {y}",
    "add": "{x} + {y}",
    "sub": "{x} − {y}",
    "div": "{x} / {y}",
    "neg": "−{x}",
    "exp": "exp({x})",
    "log": "log({x})",
    "tanh": "tanh({x})",
    "sigmoid": "sigmoid({x})",
    "relu": "relu({x})",
    "reciprocal": "1 / {x}",
    "identity": "{x}",
}


def definition(node) -> str:
    """t1 = x + y: the node's output written with its inputs' names (numbers for constants)."""
    names = {}
    for port, edge in zip(("x", "y"), node.inputs, strict=False):
        names[port] = edge.name if edge.requires_grad else fmt_number(edge.value)
    if node.op.kind == "power":
        return f"{names['x']}^{node.op.exponent:g}"
    return DEFINITIONS.get(node.op.kind, node.op.kind).format(**names)


def local_rule(node, index: int) -> str:
    """∂out/∂input written with the graph's own names: 2·t1 for t1**2, y for x·y."""
    names = {"out": node.output.name}
    for port, edge in zip(("x", "y"), node.inputs, strict=False):
        names[port] = edge.name if edge.requires_grad else fmt_number(edge.value)
    if node.op.kind == "power":
        c = node.op.exponent
        return f"{c:g}·{names['x']}^{c - 1:g}"
    return LOCAL_RULES[node.op.kind][index].format(**names)


def chain_rule_html(graph, node) -> str:
    """∂z/∂x = ∂z/∂t · ∂t/∂x = 2·t · 1 = …, one line per input that gets a gradient."""
    z, t = graph.output.name, node.output.name
    lines = []
    for index, (edge, grad) in enumerate(zip(node.inputs, node.grads, strict=True)):
        if not edge.requires_grad or grad is None or np.ndim(grad):
            continue
        local = float(np.asarray(node.op.backward(1.0)[index]))  # dout = 1: the local derivative
        x = edge.name
        lines.append(
            f"∂{z}/∂{x} = ∂{z}/∂{t} · ∂{t}/∂{x} = {fmt_number(node.dout)} · "
            f"{html.escape(local_rule(node, index))} = {fmt_number(node.dout)} · "
            f"{fmt_number(local)} = <b style='color:{BACKWARD_COLOR}'>{fmt_number(grad)}</b>"
        )
    if not lines:
        return ""
    where = ",  ".join(
        f"{n.output.name} = {definition(n)}"
        for n in [node, *(e.src for e in node.inputs if e.src is not None)]
    )
    lines.append(f"<span style='color:#555555'>({html.escape(where)})</span>")
    title = html.escape(
        QCoreApplication.translate(
            "BackpropChain", "Chain rule (5.2): the gradient from the right times the local one"
        )
    )
    return "<p><b>{}</b><br>{}</p>".format(title, "<br>".join(lines))


def gradient_check_html(check: dict) -> str:
    """Ch5.7.3 per variable: backprop's gradient, the numerical derivative, their difference."""
    if not check:
        return ""
    rows = []
    worst = 0.0
    for name, (backprop, numerical, diff) in check.items():
        worst = max(worst, diff if np.isfinite(diff) else np.inf)
        ok = diff < CHECK_TOLERANCE
        color = OK_COLOR if ok else BACKWARD_COLOR
        rows.append(
            f"<tr><td>∂/∂{html.escape(name)}</td><td align='right'>{fmt_number(backprop)}</td>"
            f"<td align='right'>{float(numerical):.6g}</td>"
            f"<td align='right' style='color:{color}'>{diff:.1e}</td></tr>"
        )
    head = "".join(
        f"<th>{html.escape(h)}</th>"
        for h in (
            "",
            QCoreApplication.translate("BackpropChain", "Backprop"),
            QCoreApplication.translate("BackpropChain", "Numerical"),
            QCoreApplication.translate("BackpropChain", "|Difference|"),
        )
    )
    if worst < CHECK_TOLERANCE:
        verdict, color = (
            QCoreApplication.translate(
                "BackpropChain", "Backpropagation agrees with numerical differentiation."
            ),
            OK_COLOR,
        )
    else:
        verdict, color = (
            QCoreApplication.translate(
                "BackpropChain",
                "A difference is large: a kink (ReLU at 0) or a pole is too close for the "
                "numerical derivative, or a value is not defined here.",
            ),
            BACKWARD_COLOR,
        )
    title = html.escape(
        QCoreApplication.translate(
            "BackpropChain", "Gradient check (5.7.3): (f(x + h) − f(x − h)) / 2h with h = 1e-4"
        )
    )
    return (
        f"<p><b>{title}</b></p><table cellspacing='6'><tr>{head}</tr>{''.join(rows)}</table>"
        f"<p style='color:{color}'><b>{html.escape(verdict)}</b></p>"
    )
