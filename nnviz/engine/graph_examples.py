"""Ch3 and ch5 computational graphs of the book, ready to step through.

Each builder returns a computed ``Graph`` (forward and, where the book has one, backward). Node
positions are layout units (column, row) chosen to look like the book's figures.
"""

from __future__ import annotations

import numpy as np

from nnviz.engine.graph import (
    Add,
    AffineNode,
    Dot,
    Exp,
    Graph,
    Identity,
    Mul,
    Reciprocal,
    ReluNode,
    SigmoidNode,
    SoftmaxLossNode,
)


def apple_graph(apple=100.0, apple_num=2.0, tax=1.1) -> Graph:
    """Ch5.4.1: price = apple × apple_num × tax = 220; gradients 2.2, 110 and 200."""
    g = Graph("apple")
    a = g.input("apple", apple, (0, 0))
    n = g.input("apple_num", apple_num, (0, 1))
    t = g.input("tax", tax, (1, 1))
    apple_price = g.op("mul_apple", Mul(), [a, n], "apple_price", (1, 0))
    g.op("mul_tax", Mul(), [apple_price, t], "price", (2, 0))
    g.set_output_end((3, 0))
    g.run()
    return g


def apple_orange_graph(apple=100.0, apple_num=2.0, orange=150.0, orange_num=3.0, tax=1.1) -> Graph:
    """Ch5.4.2 fig 5-17: (apple × num + orange × num) × tax = 715 and its five gradients."""
    g = Graph("apple_orange")
    a = g.input("apple", apple, (0, 0))
    an = g.input("apple_num", apple_num, (0, 1))
    o = g.input("orange", orange, (0, 2))
    on = g.input("orange_num", orange_num, (0, 3))
    t = g.input("tax", tax, (2, 2.2))
    apple_price = g.op("mul_apple", Mul(), [a, an], "apple_price", (1, 0))
    orange_price = g.op("mul_orange", Mul(), [o, on], "orange_price", (1, 2))
    all_price = g.op("add_apple_orange", Add(), [apple_price, orange_price], "all_price", (2, 1))
    g.op("mul_tax", Mul(), [all_price, t], "price", (3, 1))
    g.set_output_end((4, 1))
    g.run()
    return g


def sigmoid_neuron_graph(x=1.0, w=0.8, b=0.2, expanded=True) -> Graph:
    """Ch5.5.2 one neuron y = sigmoid(w·x + b); expanded, the sigmoid is fig 5-19's ×, exp, +, /."""
    g = Graph("sigmoid_expanded" if expanded else "sigmoid")
    xe = g.input("x", x, (0, 0))
    we = g.input("w", w, (0, 1))
    be = g.input("b", b, (1, 1))
    wx = g.op("mul_wx", Mul(), [xe, we], "wx", (1, 0))
    a = g.op("add_b", Add(), [wx, be], "a", (2, 0))
    if expanded:
        minus_one = g.input("minus_one", -1.0, (2, 1), editable=False, requires_grad=False)
        one = g.input("one", 1.0, (4, 1), editable=False, requires_grad=False)
        neg = g.op("mul_neg", Mul(), [a, minus_one], "neg_a", (3, 0))
        e = g.op("exp", Exp(), [neg], "exp_neg_a", (4, 0))
        s = g.op("add_one", Add(), [e, one], "one_plus_exp", (5, 0))
        g.op("reciprocal", Reciprocal(), [s], "y", (6, 0))
        g.set_output_end((7, 0))
    else:
        g.op("sigmoid", SigmoidNode(), [a], "y", (3, 0))
        g.set_output_end((4, 0))
    g.run()
    return g


def init_network() -> dict[str, np.ndarray]:
    """Ch3.4.3 the book's fixed weights of the three-layer network."""
    return {
        "W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]),
        "b1": np.array([0.1, 0.2, 0.3]),
        "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]),
        "b2": np.array([0.1, 0.2]),
        "W3": np.array([[0.1, 0.3], [0.2, 0.4]]),
        "b3": np.array([0.1, 0.2]),
    }


ROW = 1.65  # rows of the three-layer net, one per layer, in layout units


def three_layer_graph(x=(1.0, 0.5)) -> Graph:
    """Ch3.4.3 forward pass: a = np.dot(x, W) + b per layer, sigmoid twice, identity → y.

    With the book's weights and x = [1.0, 0.5], y = [0.3168, 0.6963]. Chapter 3 has no backward.
    """
    g = Graph("three_layer", backward=False)
    network = init_network()
    h = g.input("x", np.asarray(x, dtype=np.float64), (0, 0))
    for k in (1, 2, 3):
        row = (k - 1) * ROW
        W = g.input(f"W{k}", network[f"W{k}"], (1, row + 0.7))
        b = g.input(f"b{k}", network[f"b{k}"], (2, row + 0.7))
        a = g.op(f"dot{k}", Dot(), [h, W], f"xW{k}", (1, row))
        a = g.op(f"add{k}", Add(), [a, b], f"a{k}", (2, row))
        if k < 3:
            # z_k snakes down to the next row: right, down, back left, into the next dot node.
            bend = (3.75, row), (3.75, row + 1.15), (0, row + 1.15), (0, row + ROW)
            h = g.op(f"sigmoid{k}", SigmoidNode(), [a], f"z{k}", (3, row), waypoints=bend)
        else:
            g.op("identity", Identity(), [a], "y", (3, row))
    g.set_output_end((4, 2 * ROW))
    g.run()
    return g


def tiny_batch() -> dict[str, np.ndarray]:
    """A batch of N=2 samples, D=2 inputs, 3 hidden neurons, 2 classes; no ReLU input near 0."""
    return {
        "x": np.array([[1.0, 0.5], [-0.3, 0.8]]),
        "W1": np.array([[0.1, 0.3, -0.5], [0.2, -0.4, 0.6]]),
        "b1": np.array([0.1, 0.2, -0.1]),
        "W2": np.array([[0.3, -0.2], [0.1, 0.4], [-0.5, 0.2]]),
        "b2": np.array([0.0, 0.1]),
        "t": np.array([0, 1]),  # labels (N,), integers
    }


LAYER_PARAMS = ("W1", "b1", "W2", "b2")


def layer_graph(values: dict | None = None) -> Graph:
    """Ch5.7 a two-layer net as layers: Affine → ReLU → Affine → SoftmaxWithLoss → L."""
    v = tiny_batch()
    v.update(values or {})
    g = Graph("layers")
    x = g.input("x", v["x"], (0, 1))
    W1 = g.input("W1", v["W1"], (0.55, 0))
    b1 = g.input("b1", v["b1"], (1.45, 0))
    W2 = g.input("W2", v["W2"], (2.55, 0))
    b2 = g.input("b2", v["b2"], (3.45, 0))
    t = g.input("t", v["t"], (3.6, 2), requires_grad=False)
    a1 = g.op("affine1", AffineNode(), [x, W1, b1], "a1", (1, 1))
    z1 = g.op("relu1", ReluNode(), [a1], "z1", (2, 1))
    a2 = g.op("affine2", AffineNode(), [z1, W2, b2], "a2", (3, 1))
    g.op("softmax_loss", SoftmaxLossNode(), [a2, t], "L", (4.2, 1))
    g.set_output_end((5.3, 1))
    g.run()
    return g


# The graphs a user can choose, in the book's order: key -> builder with default (book) inputs.
EXAMPLES = {
    "apple": apple_graph,
    "apple_orange": apple_orange_graph,
    "sigmoid_expanded": lambda: sigmoid_neuron_graph(expanded=True),
    "sigmoid": lambda: sigmoid_neuron_graph(expanded=False),
    "three_layer": three_layer_graph,
    "layers": layer_graph,
}
