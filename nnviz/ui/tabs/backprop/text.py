"""Ch5 words and numbers for the backprop tab: edge names, node names, each step's rule as HTML."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QCoreApplication

from nnviz.engine.graph import BACKWARD, Equation, Graph, Node

FORWARD_COLOR = "#1f3b99"  # values going forward: blue-black, as the book's upper labels
BACKWARD_COLOR = "#c62828"  # gradients coming back: red, as the book's lower labels


# ---- numbers ---------------------------------------------------------------------------------
def fmt_number(v) -> str:
    """A scalar as the book prints it: 220, 2.2, 0.7311; whole numbers up to a million in full."""
    v = float(v)
    if v == 0:
        return "0"
    if 1e4 <= abs(v) < 1e7:
        return f"{v:.0f}"
    return f"{v:.4g}"


def fmt_inline(value, digits: int = 4) -> str:
    """A scalar, or a short vector as NumPy prints it, [0.3 0.7 1.1], in one line."""
    if not np.ndim(value):
        return fmt_number(value)
    flat = np.ravel(value)
    return "[" + " ".join(f"{float(v):.{digits}g}" for v in flat) + "]"


def fmt_shape(shape) -> str:
    """A shape as NumPy prints it: (2, 3), (3,)."""
    return str(tuple(int(s) for s in shape))


def is_short_vector(value) -> bool:
    """Vectors of up to three numbers are written on the arrow; bigger arrays get their shape."""
    return np.ndim(value) == 1 and np.size(value) <= 3


def matrix_html(value, color: str = "#000000") -> str:
    """A vector or matrix as a small shaded table (the book's brackets)."""
    rows = np.atleast_2d(np.asarray(value, dtype=float))
    cells = "".join(
        "<tr>" + "".join(f"<td align='right'>{fmt_number(v)}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return (
        f"<table cellspacing='0' cellpadding='3' bgcolor='#eef1f8' style='color:{color}'>"
        f"{cells}</table>"
    )


def value_html(value, color: str = "#000000") -> str:
    if np.ndim(value):
        return matrix_html(value, color)
    return f"<span style='color:{color}'>{fmt_number(value)}</span>"


# ---- words -----------------------------------------------------------------------------------
def edge_labels() -> dict[str, str]:
    """Names of the book's inputs and outputs as the figures write them (translated)."""
    return {
        "apple": QCoreApplication.translate("BackpropText", "apple"),
        "apple_num": QCoreApplication.translate("BackpropText", "apple count"),
        "orange": QCoreApplication.translate("BackpropText", "orange"),
        "orange_num": QCoreApplication.translate("BackpropText", "orange count"),
        "tax": QCoreApplication.translate("BackpropText", "tax"),
        "price": QCoreApplication.translate("BackpropText", "price"),
    }


# Inner arrows of the scalar graphs: the figures write only their numbers.
UNNAMED = (
    "minus_one",
    "one",
    "apple_price",
    "orange_price",
    "all_price",
    "wx",
    "neg_a",
    "exp_neg_a",
    "one_plus_exp",
)


def edge_label(name: str) -> str:
    """What the figure writes next to an arrow: a translated word, a maths name (W1, x) or ""."""
    if name in UNNAMED or name.startswith("#"):  # "#1": a number of a typed expression
        return ""
    return edge_labels().get(name, name)


def node_names() -> dict[str, str]:
    return {
        "mul": QCoreApplication.translate("BackpropText", "Multiply node"),
        "add": QCoreApplication.translate("BackpropText", "Add node"),
        "exp": QCoreApplication.translate("BackpropText", "exp node"),
        "reciprocal": QCoreApplication.translate("BackpropText", "Division node (1/x)"),
        "sigmoid": QCoreApplication.translate("BackpropText", "Sigmoid node"),
        "identity": QCoreApplication.translate("BackpropText", "Identity function"),
        "dot": QCoreApplication.translate("BackpropText", "dot node (matrix product)"),
        "affine": QCoreApplication.translate("BackpropText", "Affine layer"),
        "relu": QCoreApplication.translate("BackpropText", "ReLU layer"),
        "softmax_loss": QCoreApplication.translate("BackpropText", "Softmax-with-Loss layer"),
        "sub": QCoreApplication.translate("BackpropText", "Subtract node"),
        "div": QCoreApplication.translate("BackpropText", "Division node (x/y)"),
        "neg": QCoreApplication.translate("BackpropText", "Minus node (−x)"),
        "power": QCoreApplication.translate("BackpropText", "Power node"),
        "log": QCoreApplication.translate("BackpropText", "log node"),
        "tanh": QCoreApplication.translate("BackpropText", "tanh node"),
    }


def node_explanations() -> dict[str, str]:
    """Why the local rule is what it is, one or two sentences per kind of node."""
    return {
        "mul": QCoreApplication.translate(
            "BackpropText",
            "A multiply node swaps its inputs on the way back: each input's gradient is dout "
            "times the other input.",
        ),
        "add": QCoreApplication.translate(
            "BackpropText", "An add node passes dout back unchanged to both inputs."
        ),
        "exp": QCoreApplication.translate(
            "BackpropText",
            "The derivative of exp(x) is exp(x) itself: dout times the node's output.",
        ),
        "reciprocal": QCoreApplication.translate(
            "BackpropText", "The derivative of 1/x is −1/x², that is −out²."
        ),
        "sigmoid": QCoreApplication.translate(
            "BackpropText",
            "The sigmoid's gradient needs only its output y: dout · y · (1 − y). It is the "
            "whole expanded graph (×, exp, +, /) folded into one node.",
        ),
        "identity": QCoreApplication.translate(
            "BackpropText", "The identity function passes dout back unchanged."
        ),
        "dot": QCoreApplication.translate(
            "BackpropText",
            "A matrix product: each input's gradient is dout times the transpose of the other "
            "input, so the shapes match again.",
        ),
        "affine": QCoreApplication.translate(
            "BackpropText",
            "The Affine layer is a dot node followed by an add node: the shapes of dx, dW and db "
            "are those of x, W and b; db sums dout over the batch.",
        ),
        "relu": QCoreApplication.translate(
            "BackpropText",
            "ReLU lets dout through where its input was positive and sends back 0 elsewhere, "
            "like a switch.",
        ),
        "softmax_loss": QCoreApplication.translate(
            "BackpropText",
            "Softmax followed by the cross-entropy error has the neat gradient (y − t) / N: the "
            "prediction minus the label, averaged over the batch.",
        ),
        "sub": QCoreApplication.translate(
            "BackpropText", "A subtract node passes dout back to x, and −dout to y."
        ),
        "div": QCoreApplication.translate(
            "BackpropText",
            "x/y is x times 1/y: x gets dout/y, y gets dout times the derivative of 1/y, −x/y².",
        ),
        "neg": QCoreApplication.translate("BackpropText", "A minus sign flips dout's sign."),
        "power": QCoreApplication.translate(
            "BackpropText", "The derivative of x^c is c·x^(c−1): for t², it is 2t."
        ),
        "log": QCoreApplication.translate("BackpropText", "The derivative of log(x) is 1/x."),
        "tanh": QCoreApplication.translate(
            "BackpropText", "The derivative of tanh(x) is 1 − tanh(x)², from the node's output."
        ),
    }


# ---- a step written out ------------------------------------------------------------------------
def equation_html(eq: Equation, color: str) -> str:
    """lhs = symbolic = numbers = result, matrices as tables, in one row."""
    cells = [f"<b>{html.escape(eq.lhs)}</b>", "="]
    if eq.symbolic and eq.symbolic != eq.lhs:
        cells += [html.escape(eq.symbolic), "="]
    if eq.numbers:
        cells += [
            html.escape(item) if isinstance(item, str) else value_html(item) for item in eq.numbers
        ]
        cells.append("=")
    cells.append(f"<b>{value_html(eq.result, color)}</b>")
    row = "".join(f"<td valign='middle'>{c}</td>" for c in cells)
    return f"<table cellspacing='4'><tr>{row}</tr></table>"


def ports_html(node: Node) -> str:
    """Which arrow each letter of the rule is: x = apple, y = apple count."""
    parts = []
    for port, edge in zip(node.op.ports, node.inputs, strict=True):
        label = edge_label(edge.name) or fmt_inline(edge.value)
        parts.append(f"{port} = {html.escape(label)}")
    out, lhs = edge_label(node.output.name), node.op.forward_rule.split(" ")[0]
    if out and out != lhs and node.output.dst is None:
        parts.append(f"{lhs} = {html.escape(out)}")
    return ",  ".join(parts)


def step_html(graph: Graph, position: int) -> str:
    """The side panel's text after `position` steps: which node, its rule, the numbers."""
    steps = graph.steps
    if position <= 0:
        if graph.has_backward:
            return "<p style='font-size:large'>{}</p>".format(
                QCoreApplication.translate(
                    "BackpropText",
                    "Press Next (→) to run the first node forward. The values above the arrows "
                    "are computed from left to right; then the gradients below the arrows come "
                    "back from right to left.",
                )
            )
        return "<p style='font-size:large'>{}</p>".format(
            QCoreApplication.translate(
                "BackpropText",
                "Press Next (→) to run the first node forward. Chapter 3 has only the forward "
                "pass: np.dot(x, W) + b and the activation function, layer after layer.",
            )
        )
    step = steps[min(position, len(steps)) - 1]
    node = step.node
    name = node_names().get(node.op.kind, node.op.kind)
    backward = step.direction == BACKWARD
    if backward:
        title = QCoreApplication.translate(
            "BackpropText", "Step {0} of {1} · backward · {2}"
        ).format(position, len(steps), name)
        rule, color = node.op.backward_rule, BACKWARD_COLOR
        equations = node.backward_equations()
    else:
        title = QCoreApplication.translate(
            "BackpropText", "Step {0} of {1} · forward · {2}"
        ).format(position, len(steps), name)
        rule, color = node.op.forward_rule, FORWARD_COLOR
        equations = node.forward_equations()
    parts = [f"<h3 style='color:{color}'>{html.escape(title)}</h3>"]
    parts.append(
        "<p style='font-size:large'>{} <b>{}</b></p>".format(
            html.escape(QCoreApplication.translate("BackpropText", "Local rule:")),
            html.escape(rule),
        )
    )
    ports = ports_html(node)
    if ports:
        parts.append(f"<p>{ports}</p>")
    if backward:
        parts.append(equation_html(Equation("dout", "", [], node.dout), BACKWARD_COLOR))
    parts += [equation_html(eq, color) for eq in equations]
    if backward:
        parts.append(f"<p><i>{html.escape(node_explanations().get(node.op.kind, ''))}</i></p>")
    if position >= len(steps):
        done = (
            QCoreApplication.translate(
                "BackpropText",
                "Done: every gradient is known. Reset (or ←) to go through it again.",
            )
            if graph.has_backward
            else QCoreApplication.translate(
                "BackpropText",
                "Done: this is the network's output y. Reset (or ←) to go through it again.",
            )
        )
        parts.append(f"<p><b>{html.escape(done)}</b></p>")
    return "<div style='font-size:large'>{}</div>".format("".join(parts))
