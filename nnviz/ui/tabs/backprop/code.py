"""Qt-free: the engine code a Backprop step runs (issue 21), the lines lit and their values.

Step k of a graph runs one node's forward or backward. Where the book has a layer for the node
(MulLayer, AddLayer, Sigmoid, Relu, Affine, SoftmaxWithLoss) that is the layer's method, with the
node's own numbers: backward at apples × tax lights ``dx = dout * self.y`` with dout = 1,
self.y = 1.1. Other nodes (exp, 1/x, the typed expression's operations) run their own method.
"""

from __future__ import annotations

from functools import partial

from nnviz.engine.graph import BACKWARD, FORWARD, Graph
from nnviz.ui.widgets.code_source import (
    CodeItem,
    CodeView,
    book_key,
    layer_values,
    line_values,
    source_of,
)

# The lines each layer method executes, by their text; elsewhere the `return` lines are lit.
LIT = {
    "MulLayer.forward": ("return x * y",),
    "MulLayer.backward": ("dx = dout * self.y", "dy = dout * self.x"),
    "AddLayer.forward": ("return x + y",),
    "AddLayer.backward": ("dx = dout * 1", "dy = dout * 1"),
    "Sigmoid.forward": ("self.out = sigmoid(x)",),
    "Sigmoid.backward": ("return dout * (1 - self.out) * self.out",),
    "Relu.forward": ("self.mask = x <= 0", "return np.maximum(x, 0)"),
    "Relu.backward": ("return dout * ~self.mask",),
    "Affine.forward": ("out = np.dot(self.x, self.W)", "out += self.b"),
    "Affine.backward": ("dx = np.dot(dout, self.W.T)", "self.backward_params(dout)"),
    "SoftmaxWithLoss.forward": ("self.loss = (np.log(sum_exp)",),
    "SoftmaxWithLoss.backward": ("dx[np.arange(batch_size)", "dx *= dout / batch_size"),
}


def return_lines(source: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in source.splitlines() if line.strip().startswith("return "))


def _traced(method, layer, *args) -> dict:
    """The method run again on its own layer (same inputs, so the same results), traced."""
    try:
        return line_values(method, layer, *args)
    except Exception:  # noqa: BLE001 (a picture of values must never break the step)
        return {}


def step_code(graph: Graph, position: int) -> CodeView:
    """The method run by step `position` (1-based; 0 shows the first step, nothing lit yet)."""
    steps = graph.steps
    if not steps:
        return CodeView()
    step = steps[max(position, 1) - 1]
    node, method = step.node, step.direction
    layer = getattr(node.op, "layer", None)
    owner = layer if layer is not None else node.op
    obj = getattr(type(owner), method)
    title = f"{type(owner).__name__}.{method}"
    values = layer_values(owner)  # self.x, self.y, self.mask, self.out...
    inputs = [e.value for e in node.inputs]
    values.update(zip(node.op.ports, inputs, strict=False))
    if method == FORWARD:
        values["out"] = node.output.value
    else:
        values["dout"] = node.dout
        values.update(
            ("d" + port, grad)
            for port, grad in zip(node.op.ports, node.grads, strict=False)
            if grad is not None
        )
    lit = () if position <= 0 else LIT.get(title) or return_lines(source_of(obj))
    after = {}
    if layer is not None and len(lit) > 1:  # lines that may change one name in turn: run it
        args = inputs if method == FORWARD else [node.dout]
        after = partial(_traced, obj, layer, *args)
    driver = Graph.forward if method == FORWARD else Graph.backward
    driver_lit = (
        "node.output.value = node.op.forward(" if method == FORWARD else "node.op.backward("
    )
    return CodeView(
        items=(
            CodeItem(obj, lit, values, after=after, book=book_key(obj)),
            CodeItem(driver, (driver_lit,) if position else ()),
        ),
        current=0,
    )


__all__ = ["BACKWARD", "FORWARD", "step_code"]
