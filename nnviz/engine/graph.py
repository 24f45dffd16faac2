"""Ch5 computational graphs: nodes are operations, edges carry values forward and gradients back.

Modelled on micrograd's engine.py: every operation sits next to its local derivative. Where the book
has a layer for an operation, the node computes with it (MulLayer, AddLayer, Affine, Relu, Sigmoid,
SoftmaxWithLoss); exp and 1/x (the expanded sigmoid of fig 5-19) have their local derivative here.

Forward runs the nodes in topological order, backward in reverse (ch5.1-5.2). A graph computes all
of it at once; ``steps`` lists the same work one node at a time, and ``value_shown`` /
``grad_shown`` say what a picture of the graph shows after a given number of steps.
Never imports Qt: the graph view only reads ``nodes``, ``edges`` and the steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnviz.engine.functions import identity_function
from nnviz.engine.gradient import numerical_gradient
from nnviz.engine.layers import AddLayer, Affine, MulLayer, Relu, Sigmoid, SoftmaxWithLoss

FORWARD, BACKWARD = "forward", "backward"


@dataclass
class Equation:
    """One line of a node's rule: lhs = symbolic = numbers... = result (numbers may be empty)."""

    lhs: str  # "dx"
    symbolic: str  # "dout · y"
    numbers: list = field(default_factory=list)  # values and operator strings: [1.1, "×", 2.0]
    result: object = None  # the value computed


def unbroadcast(grad, shape):
    """Sum a gradient down to `shape`: the bias b was broadcast over the batch in x + b."""
    grad = np.asarray(grad)
    while grad.ndim > len(shape):
        grad = grad.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and grad.shape[axis] != 1:
            grad = grad.sum(axis=axis, keepdims=True)
    return grad


# ---- operations: forward, local derivative, and the rule written out ----------------------------
class Op:
    """An operation node: `kind` names it for the UI, `symbol` is drawn in its circle."""

    kind = ""
    symbol = ""
    ports = ("x",)  # the names the rules give to the inputs, in order
    forward_rule = ""
    backward_rule = ""

    def forward(self, *inputs):
        raise NotImplementedError

    def backward(self, dout):
        """Gradients for each input, in order (None for an input with no gradient)."""
        raise NotImplementedError

    def forward_equations(self, inputs, out) -> list[Equation]:
        return [Equation("out", self.forward_rule.split(" = ", 1)[-1], [], out)]

    def backward_equations(self, inputs, dout, grads) -> list[Equation]:
        return [
            Equation("d" + p, "", [], g)
            for p, g in zip(self.ports, grads, strict=True)
            if g is not None
        ]


class Mul(Op):
    """Ch5.3.2 multiplication node: out = x·y; dx = dout·y, dy = dout·x (the inputs swap)."""

    kind, symbol, ports = "mul", "×", ("x", "y")
    forward_rule = "out = x · y"
    backward_rule = "dx = dout · y,   dy = dout · x"

    def __init__(self):
        self.layer = MulLayer()

    def forward(self, x, y):
        return self.layer.forward(x, y)

    def backward(self, dout):
        return self.layer.backward(dout)

    def forward_equations(self, inputs, out):
        x, y = inputs
        return [Equation("out", "x · y", [x, "×", y], out)]

    def backward_equations(self, inputs, dout, grads):
        x, y = inputs
        dx, dy = grads
        return [
            Equation("dx", "dout · y", [dout, "×", y], dx),
            Equation("dy", "dout · x", [dout, "×", x], dy),
        ]


class Add(Op):
    """Ch5.3.1 addition node: out = x + y; dx = dout, dy = dout (summed over a broadcast batch)."""

    kind, symbol, ports = "add", "+", ("x", "y")
    forward_rule = "out = x + y"
    backward_rule = "dx = dout,   dy = dout"

    def __init__(self):
        self.layer = AddLayer()
        self.shapes = None

    def forward(self, x, y):
        self.shapes = (np.shape(x), np.shape(y))
        return self.layer.forward(x, y)

    def backward(self, dout):
        dx, dy = self.layer.backward(dout)
        # x + b broadcasts b over the batch: its gradient is summed back (ch5.6.2).
        return unbroadcast(dx, self.shapes[0]), unbroadcast(dy, self.shapes[1])

    def forward_equations(self, inputs, out):
        x, y = inputs
        return [Equation("out", "x + y", [x, "+", y], out)]

    def backward_equations(self, inputs, dout, grads):
        dx, dy = grads
        eq_y = Equation("dy", "dout", [], dy)
        if np.shape(dy) != np.shape(dout):
            eq_y = Equation("dy", "Σ_batch dout", [], dy)
        return [Equation("dx", "dout", [], dx), eq_y]


class Exp(Op):
    """Ch5.5.2 exp node: out = exp(x); dx = dout·exp(x) (its own output)."""

    kind, symbol = "exp", "exp"
    forward_rule = "out = exp(x)"
    backward_rule = "dx = dout · exp(x)"

    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = np.exp(x)
        return self.out

    def backward(self, dout):
        return (dout * self.out,)

    def forward_equations(self, inputs, out):
        return [Equation("out", "exp(x)", ["exp(", inputs[0], ")"], out)]

    def backward_equations(self, inputs, dout, grads):
        return [Equation("dx", "dout · exp(x)", [dout, "×", self.out], grads[0])]


class Reciprocal(Op):
    """Ch5.5.2 "/" node: out = 1/x; dx = -dout/x² = -dout·out²."""

    kind, symbol = "reciprocal", "/"
    forward_rule = "out = 1 / x"
    backward_rule = "dx = −dout / x² = −dout · out²"

    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = 1 / x
        return self.out

    def backward(self, dout):
        return (-dout * self.out**2,)

    def forward_equations(self, inputs, out):
        return [Equation("out", "1 / x", ["1 /", inputs[0]], out)]

    def backward_equations(self, inputs, dout, grads):
        return [Equation("dx", "−dout · out²", ["−", dout, "× (", self.out, ")²"], grads[0])]


class SigmoidNode(Op):
    """Ch5.5.2 sigmoid node (fig 5-21): y = 1/(1 + exp(-x)); dx = dout·y·(1 - y)."""

    kind, symbol = "sigmoid", "sigmoid"
    forward_rule = "y = 1 / (1 + exp(−x))"
    backward_rule = "dx = dout · y · (1 − y)"

    def __init__(self):
        self.layer = Sigmoid()

    def forward(self, x):
        return self.layer.forward(x)

    def backward(self, dout):
        return (self.layer.backward(dout),)

    def forward_equations(self, inputs, out):
        return [Equation("y", "1 / (1 + exp(−x))", ["1 / (1 + exp(−", inputs[0], "))"], out)]

    def backward_equations(self, inputs, dout, grads):
        y = self.layer.out
        return [Equation("dx", "dout · y · (1 − y)", [dout, "×", y, "× (1 −", y, ")"], grads[0])]


class Identity(Op):
    """Ch3.5 identity output: y = x; dx = dout."""

    kind, symbol = "identity", "identity"
    forward_rule = "y = x"
    backward_rule = "dx = dout"

    def forward(self, x):
        return identity_function(x)

    def backward(self, dout):
        return (dout,)

    def forward_equations(self, inputs, out):
        return [Equation("y", "x", [], out)]

    def backward_equations(self, inputs, dout, grads):
        return [Equation("dx", "dout", [], grads[0])]


class Dot(Op):
    """Ch3.3 / ch5.6.1 dot node: out = np.dot(x, W); dx = dout·Wᵀ, dW = xᵀ·dout (Affine, b = 0)."""

    kind, symbol, ports = "dot", "dot", ("x", "W")
    forward_rule = "out = x · W"
    backward_rule = "dx = dout · Wᵀ,   dW = xᵀ · dout"

    def __init__(self):
        self.layer = None
        self.x_shape = None

    def forward(self, x, W):
        x = np.asarray(x, dtype=np.float64)
        self.x_shape = x.shape
        self.layer = Affine(W, np.zeros(W.shape[1], dtype=np.float64))
        out = self.layer.forward(np.atleast_2d(x))  # the book's ch3 x is one sample: (D,) -> (1, D)
        return out.reshape(x.shape[:-1] + (W.shape[1],))

    def backward(self, dout):
        dx = self.layer.backward(np.atleast_2d(dout))
        return dx.reshape(self.x_shape), self.layer.dW

    def forward_equations(self, inputs, out):
        x, W = inputs
        return [Equation("out", "x · W", [x, "·", W], out)]

    def backward_equations(self, inputs, dout, grads):
        x, W = inputs
        dx, dW = grads
        return [
            Equation("dx", "dout · Wᵀ", [dout, "·", W.T], dx),
            Equation("dW", "xᵀ · dout", [np.atleast_2d(x).T, "·", np.atleast_2d(dout)], dW),
        ]


class AffineNode(Op):
    """Ch5.6.2 Affine layer: y = x·W + b; dx = dout·Wᵀ, dW = xᵀ·dout, db = Σ_n dout."""

    kind, symbol, ports = "affine", "Affine", ("x", "W", "b")
    forward_rule = "y = x · W + b"
    backward_rule = "dx = dout · Wᵀ,   dW = xᵀ · dout,   db = Σ_n dout"

    def __init__(self):
        self.layer = Affine(None, None)

    def forward(self, x, W, b):
        self.layer.W, self.layer.b = W, b  # the edges' own arrays, as a net shares its params
        return self.layer.forward(x)

    def backward(self, dout):
        dx = self.layer.backward(dout)
        return dx, self.layer.dW, self.layer.db

    def forward_equations(self, inputs, out):
        x, W, b = inputs
        return [Equation("y", "x · W + b", [x, "·", W, "+", b], out)]

    def backward_equations(self, inputs, dout, grads):
        x, W, _ = inputs
        dx, dW, db = grads
        return [
            Equation("dx", "dout · Wᵀ", [dout, "·", W.T], dx),
            Equation("dW", "xᵀ · dout", [x.T, "·", dout], dW),
            Equation("db", "Σ_n dout", [], db),
        ]


class ReluNode(Op):
    """Ch5.5.1 ReLU layer: y = max(0, x); dx = dout where x > 0, else 0."""

    kind, symbol = "relu", "ReLU"
    forward_rule = "y = max(0, x)"
    backward_rule = "dx = dout (x > 0),   dx = 0 (x ≤ 0)"

    def __init__(self):
        self.layer = Relu()

    def forward(self, x):
        return self.layer.forward(x)

    def backward(self, dout):
        return (self.layer.backward(dout),)

    def forward_equations(self, inputs, out):
        return [Equation("y", "max(0, x)", ["max(0,", inputs[0], ")"], out)]

    def backward_equations(self, inputs, dout, grads):
        return [
            Equation("dx", "dout · [x > 0]", [dout, "·", (inputs[0] > 0).astype(float)], grads[0])
        ]


class SoftmaxLossNode(Op):
    """Ch5.6.3 Softmax-with-Loss: L = -(1/N) Σ log softmax(x)[t]; dx = (y - t) / N."""

    kind, symbol, ports = "softmax_loss", "Softmax-with-Loss", ("x", "t")
    forward_rule = "y = softmax(x),   L = −(1/N) Σ_n log y[n, t_n]"
    backward_rule = "dx = (y − t) / N"

    def __init__(self):
        self.layer = SoftmaxWithLoss()

    def forward(self, x, t):
        return self.layer.forward(x, t)

    def backward(self, dout):
        return self.layer.backward(dout), None  # the labels t get no gradient

    def one_hot_t(self):
        y = self.layer.y
        t = np.asarray(self.layer.t)
        if t.size == y.size:
            return t.reshape(y.shape).astype(float)
        return np.eye(y.shape[-1])[t.astype(int)]

    def forward_equations(self, inputs, out):
        return [
            Equation("y", "softmax(x)", [], self.layer.y),
            Equation("L", "−(1/N) Σ_n log y[n, t_n]", [], out),
        ]

    def backward_equations(self, inputs, dout, grads):
        n = self.layer.y.shape[0]
        y, t = self.layer.y, self.one_hot_t()
        return [Equation("dx", "(y − t) / N", ["(", y, "−", t, ") /", n], grads[0])]


# ---- the graph ------------------------------------------------------------------------------
@dataclass(eq=False)
class Edge:
    """An arrow of the graph: a value going forward, its gradient dL/d(value) coming back."""

    name: str
    value: object = None
    grad: object = None
    requires_grad: bool = True  # False for constants and labels t: the book draws no gradient
    editable: bool = False  # an input the user may change
    src: Node | None = None  # the node that computes it (None for an input)
    dst: Node | None = None  # the node that uses it (None for the output)
    start: tuple[float, float] | None = None  # where an input arrow starts (layout units)
    end: tuple[float, float] | None = None  # where the output arrow ends
    waypoints: tuple = ()  # bends of the arrow between start and end
    label_segment: int = -1  # which segment of the polyline carries the value/gradient text
    also_read_by: list = field(default_factory=list)  # other nodes reading it (x * y + x)

    @property
    def is_input(self) -> bool:
        return self.src is None

    @property
    def shape(self) -> tuple:
        return np.shape(self.value)


@dataclass(eq=False)
class Node:
    """An operation with its inputs, its output edge and what it computed."""

    name: str
    op: Op
    inputs: list[Edge]
    output: Edge
    pos: tuple[float, float] = (0.0, 0.0)  # layout units (column, row)
    dout: object = None
    grads: tuple = ()

    def forward_equations(self) -> list[Equation]:
        return self.op.forward_equations([e.value for e in self.inputs], self.output.value)

    def backward_equations(self) -> list[Equation]:
        if self.dout is None:
            return []
        eqs = self.op.backward_equations([e.value for e in self.inputs], self.dout, self.grads)
        # Gradients of constants and labels are not drawn, so not listed either.
        return [eq for eq in eqs if self._needs(eq.lhs)]

    def _needs(self, lhs: str) -> bool:
        for port, edge in zip(self.op.ports, self.inputs, strict=True):
            if lhs == "d" + port:
                return edge.requires_grad
        return True


@dataclass(frozen=True)
class Step:
    """One node's work: its forward pass, or its backward pass."""

    direction: str  # FORWARD or BACKWARD
    node: Node


class Graph:
    """A computational graph of inputs and operations; run() computes it (again after edits)."""

    def __init__(self, key: str, backward: bool = True):
        self.key = key
        self.has_backward = backward
        self.edges: dict[str, Edge] = {}
        self.nodes: list[Node] = []
        self.output: Edge | None = None
        self._steps: list[Step] | None = None  # built once the graph is complete

    # ---- building ----
    def input(self, name, value, start, *, editable=True, requires_grad=True, **layout) -> Edge:
        """An input arrow (apple price, W1, ...) starting at `start` in layout units."""
        value = _as_value(value)
        edge = Edge(
            name, value, editable=editable, requires_grad=requires_grad, start=start, **layout
        )
        self.edges[name] = edge
        return edge

    def op(self, name, op: Op, inputs, out_name, pos, **layout) -> Edge:
        """Add an operation node reading `inputs`; returns its output edge `out_name`."""
        out = Edge(out_name, **layout)
        node = Node(name, op, list(inputs), out, pos)
        for edge in node.inputs:
            # A value read twice (x * x) keeps its first reader: that node's backward step, the
            # last of its readers', completes the summed gradient (ch5.3 branch node).
            if edge.dst is None:
                edge.dst = node
            else:
                edge.also_read_by.append(node)
        out.src = node
        self.edges[out_name] = out
        self.nodes.append(node)
        self.output = out
        self._steps = None
        return out

    def set_output_end(self, end) -> None:
        self.output.end = end

    # ---- computing ----
    def topological_order(self) -> list[Node]:
        """Nodes so that each comes after the nodes it reads from (micrograd's build_topo)."""
        topo, seen = [], set()

        def visit(node):
            if node is None or id(node) in seen:
                return
            seen.add(id(node))
            for edge in node.inputs:
                visit(edge.src)
            topo.append(node)

        for node in self.nodes:  # every node, not only the output's ancestors
            visit(node)
        return topo

    def forward(self):
        """Run every node's forward in topological order; returns the output value."""
        for node in self.topological_order():
            node.output.value = node.op.forward(*[e.value for e in node.inputs])
        return self.output.value

    def backward(self):
        """dL/dL = 1 at the output, then every node's backward in reverse order (ch5.2)."""
        for edge in self.edges.values():
            edge.grad = None
        self.output.grad = np.ones_like(self.output.value) if np.ndim(self.output.value) else 1.0
        for node in reversed(self.topological_order()):
            node.dout = node.output.grad
            node.grads = tuple(node.op.backward(node.dout))
            for edge, g in zip(node.inputs, node.grads, strict=True):
                if edge.requires_grad and g is not None:
                    # A value used twice gets both gradients added (ch5.3 branch node).
                    edge.grad = g if edge.grad is None else edge.grad + g

    def run(self):
        """Forward, then backward when the graph has one; returns the output value."""
        out = self.forward()
        if self.has_backward:
            self.backward()
        return out

    def set_input(self, name: str, value) -> None:
        """Change an input (kept float64, same shape) and recompute everything."""
        edge = self.edges[name]
        if not edge.is_input:
            raise ValueError(f"{name!r} is computed by the graph, not an input")
        if not np.all(np.isfinite(value)):
            raise ValueError(f"{name!r} must be a finite number")
        old = np.copy(edge.value) if np.ndim(edge.value) else edge.value
        if np.ndim(edge.value):
            new = np.asarray(value)
            if new.shape != edge.value.shape:
                raise ValueError(f"{name!r} needs shape {edge.value.shape}, got {new.shape}")
            if np.issubdtype(edge.value.dtype, np.integer):  # labels t: whole, not negative
                new = np.rint(new)
                if np.any(new < 0):
                    raise ValueError(f"{name!r} holds class labels 0, 1, ...; got {value}")
            edge.value[...] = new  # in place: ops hold the edges' arrays like a net's params
        else:
            edge.value = float(value)
        try:
            self.run()
        except IndexError as error:  # a label beyond the last class
            self.set_input(name, old)
            raise ValueError(f"{name!r} cannot be {value}: {error}") from error

    def inputs(self) -> list[Edge]:
        return [e for e in self.edges.values() if e.is_input]

    # ---- stepping ----
    @property
    def steps(self) -> list[Step]:
        """Forward in topological order, then (if any) backward in reverse: one node per step."""
        if self._steps is None:
            topo = self.topological_order()
            steps = [Step(FORWARD, n) for n in topo]
            if self.has_backward:
                steps += [Step(BACKWARD, n) for n in reversed(topo)]
            self._steps = steps
        return self._steps

    def _step_index(self, node: Node, direction: str) -> int:
        """1-based position after which the node's step has run."""
        for i, step in enumerate(self.steps):
            if step.node is node and step.direction == direction:
                return i + 1
        raise KeyError(node.name)

    def value_shown(self, edge: Edge, position: int) -> bool:
        """Is the edge's forward value known after `position` steps (inputs: from the start)?"""
        return edge.is_input or position >= self._step_index(edge.src, FORWARD)

    def grad_shown(self, edge: Edge, position: int) -> bool:
        """Is the edge's gradient known after `position` steps (the output's 1 comes first)?"""
        if not self.has_backward or edge.grad is None:
            return False
        if edge.dst is None:  # the output: dL/dL = 1 starts the backward pass
            return position > len(self.nodes)
        return position >= self._step_index(edge.dst, BACKWARD)

    def loss_for(self, name: str):
        """f(W) for numerical_gradient: the forward output as a function of input `name`.

        numerical_gradient nudges the array in place; the ops read the edge's own array, so a
        forward pass is all f needs to do (as the book's net.loss reads its own params).
        """

        def f(_value):
            return float(self.forward())

        return f

    def _numerical_scalar(self, name: str) -> float:
        """A scalar input is a float, not an array numerical_gradient can nudge in place."""
        edge = self.edges[name]
        kept = edge.value

        def f(x):
            edge.value = x
            return float(self.forward())

        try:
            return _central_difference(f, kept)
        finally:
            edge.value = kept

    def gradient_check(self, names) -> dict[str, tuple]:
        """Ch5.7.3 gradient check: {name: (backprop grad, numerical grad, max |difference|)}."""
        self.run()
        backprop = {name: np.array(self.edges[name].grad, copy=True) for name in names}
        result = {}
        for name in names:
            if np.ndim(self.edges[name].value):
                numerical = numerical_gradient(self.loss_for(name), self.edges[name].value)
            else:
                numerical = self._numerical_scalar(name)
            diff = float(np.max(np.abs(backprop[name] - numerical)))
            result[name] = (backprop[name], numerical, diff)
        self.run()  # numerical_gradient left every node holding a nudged forward pass
        return result


def _central_difference(f, x: float, h: float = 1e-4) -> float:
    """Ch4.3.1 numerical differentiation of one number: (f(x + h) − f(x − h)) / 2h."""
    return (f(x + h) - f(x - h)) / (2 * h)


def _as_value(value):
    """Inputs as float64 (labels stay integers): scalars as float, arrays as arrays."""
    if not np.ndim(value):
        return float(value)
    value = np.array(value)  # a copy: the graph owns its inputs
    if np.issubdtype(value.dtype, np.integer):
        return value
    return value.astype(np.float64)


# ---- nodes of typed expressions (nnviz.engine.expression): the rest of micrograd's operations ----
class Sub(Op):
    """out = x − y; dx = dout, dy = −dout (an addition node with y's sign flipped)."""

    kind, symbol, ports = "sub", "−", ("x", "y")
    forward_rule = "out = x − y"
    backward_rule = "dx = dout,   dy = −dout"

    def forward(self, x, y):
        return x - y

    def backward(self, dout):
        return dout, -dout

    def forward_equations(self, inputs, out):
        x, y = inputs
        return [Equation("out", "x − y", [x, "−", y], out)]

    def backward_equations(self, inputs, dout, grads):
        return [Equation("dx", "dout", [], grads[0]), Equation("dy", "−dout", [], grads[1])]


class Div(Op):
    """out = x / y; dx = dout / y, dy = −dout · x / y² (fig 5-19's "/" node with a numerator)."""

    kind, symbol, ports = "div", "÷", ("x", "y")
    forward_rule = "out = x / y"
    backward_rule = "dx = dout / y,   dy = −dout · x / y²"

    def __init__(self):
        self.x = self.y = None

    def forward(self, x, y):
        # numpy floats: x / 0 is inf (with a warning), never an exception mid-graph
        self.x, self.y = np.float64(x), np.float64(y)
        return self.x / self.y

    def backward(self, dout):
        return dout / self.y, -dout * self.x / self.y**2

    def forward_equations(self, inputs, out):
        x, y = inputs
        return [Equation("out", "x / y", [x, "/", y], out)]

    def backward_equations(self, inputs, dout, grads):
        x, y = inputs
        return [
            Equation("dx", "dout / y", [dout, "/", y], grads[0]),
            Equation("dy", "−dout · x / y²", ["−", dout, "×", x, "/ (", y, ")²"], grads[1]),
        ]


class Neg(Op):
    """out = −x; dx = −dout."""

    kind, symbol = "neg", "−x"
    forward_rule = "out = −x"
    backward_rule = "dx = −dout"

    def forward(self, x):
        return -x

    def backward(self, dout):
        return (-dout,)

    def forward_equations(self, inputs, out):
        return [Equation("out", "−x", ["−", inputs[0]], out)]

    def backward_equations(self, inputs, dout, grads):
        return [Equation("dx", "−dout", ["−", dout], grads[0])]


class Power(Op):
    """out = x**c for a fixed number c; dx = dout · c · x**(c − 1) (micrograd's __pow__)."""

    kind = "power"
    forward_rule = "out = x^c"
    backward_rule = "dx = dout · c · x^(c − 1)"

    def __init__(self, exponent: float):
        self.exponent = float(exponent)
        self.x = None
        c = f"{self.exponent:g}"
        self.symbol = f"**{c}"
        self.forward_rule = f"out = x^{c}"
        self.backward_rule = f"dx = dout · {c} · x^{self.exponent - 1:g}"

    def forward(self, x):
        self.x = np.float64(x)  # numpy's power: a root of a negative number is nan, not complex
        return self.x**self.exponent

    def backward(self, dout):
        return (dout * self.exponent * self.x ** (self.exponent - 1),)

    def forward_equations(self, inputs, out):
        return [Equation("out", f"x^{self.exponent:g}", [inputs[0], f"^ {self.exponent:g}"], out)]

    def backward_equations(self, inputs, dout, grads):
        c = self.exponent
        return [
            Equation(
                "dx",
                f"dout · {c:g} · x^{c - 1:g}",
                [dout, f"× {c:g} ×", inputs[0], f"^ {c - 1:g}"],
                grads[0],
            )
        ]


class Log(Op):
    """out = log(x) (natural log, the book's np.log); dx = dout / x."""

    kind, symbol = "log", "log"
    forward_rule = "out = log(x)"
    backward_rule = "dx = dout / x"

    def __init__(self):
        self.x = None

    def forward(self, x):
        self.x = np.float64(x)
        return np.log(self.x)

    def backward(self, dout):
        return (dout / self.x,)

    def forward_equations(self, inputs, out):
        return [Equation("out", "log(x)", ["log(", inputs[0], ")"], out)]

    def backward_equations(self, inputs, dout, grads):
        return [Equation("dx", "dout / x", [dout, "/", inputs[0]], grads[0])]


class Tanh(Op):
    """out = tanh(x); dx = dout · (1 − out²)."""

    kind, symbol = "tanh", "tanh"
    forward_rule = "y = tanh(x)"
    backward_rule = "dx = dout · (1 − y²)"

    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout):
        return (dout * (1 - self.out**2),)

    def forward_equations(self, inputs, out):
        return [Equation("y", "tanh(x)", ["tanh(", inputs[0], ")"], out)]

    def backward_equations(self, inputs, dout, grads):
        return [Equation("dx", "dout · (1 − y²)", [dout, "× (1 −", self.out, "²)"], grads[0])]


class ScalarRelu(Op):
    """Ch5.5.1 ReLU of one number: y = max(0, x); dx = dout if x > 0, else 0."""

    kind, symbol = "relu", "ReLU"
    forward_rule = "y = max(0, x)"
    backward_rule = "dx = dout (x > 0),   dx = 0 (x ≤ 0)"

    def __init__(self):
        self.x = None

    def forward(self, x):
        self.x = x
        return np.maximum(x, 0.0)

    def backward(self, dout):
        return (dout * float(np.all(self.x > 0)),)

    def forward_equations(self, inputs, out):
        return [Equation("y", "max(0, x)", ["max(0,", inputs[0], ")"], out)]

    def backward_equations(self, inputs, dout, grads):
        return [Equation("dx", "dout · [x > 0]", [dout, "·", float(inputs[0] > 0)], grads[0])]
