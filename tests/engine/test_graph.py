"""Ch5 computational graph: the book's numbers, step order, layers' gradients, gradient check."""

import subprocess
import sys

import numpy as np
import pytest

from nnviz.engine.functions import sigmoid
from nnviz.engine.gradient import numerical_gradient
from nnviz.engine.graph import BACKWARD, FORWARD, Graph, Mul, unbroadcast
from nnviz.engine.graph_examples import (
    EXAMPLES,
    LAYER_PARAMS,
    apple_graph,
    apple_orange_graph,
    layer_graph,
    sigmoid_neuron_graph,
    three_layer_graph,
    tiny_batch,
)
from nnviz.engine.layers import Affine, Relu, SoftmaxWithLoss


def values(g, attr="value"):
    return {name: getattr(edge, attr) for name, edge in g.edges.items()}


def test_apple_graph_gives_the_books_220_and_its_gradients():
    g = apple_graph()
    assert g.output.value == pytest.approx(220)
    grads = values(g, "grad")
    assert grads["apple"] == pytest.approx(2.2)
    assert grads["apple_num"] == pytest.approx(110)
    assert grads["tax"] == pytest.approx(200)
    assert grads["apple_price"] == pytest.approx(1.1)


def test_apple_orange_graph_gives_the_books_715_and_five_gradients():
    g = apple_orange_graph()
    assert g.output.value == pytest.approx(715)
    grads = values(g, "grad")
    expected = {"apple": 2.2, "apple_num": 110, "orange": 3.3, "orange_num": 165, "tax": 650}
    for name, want in expected.items():
        assert grads[name] == pytest.approx(want), name


def test_steps_run_forward_in_topological_order_then_backward_in_reverse():
    g = apple_orange_graph()
    steps = g.steps
    names = [(s.direction, s.node.name) for s in steps]
    forward = [n for d, n in names if d == FORWARD]
    backward = [n for d, n in names if d == BACKWARD]
    assert forward.index("add_apple_orange") > forward.index("mul_apple")
    assert forward.index("add_apple_orange") > forward.index("mul_orange")
    assert forward[-1] == "mul_tax"
    assert backward == forward[::-1]
    assert [d for d, _ in names] == [FORWARD] * 4 + [BACKWARD] * 4


def test_values_and_gradients_appear_at_the_step_that_computes_them():
    g = apple_graph()
    price, apple_price, apple = g.edges["price"], g.edges["apple_price"], g.edges["apple"]
    assert g.value_shown(apple, 0) and not g.value_shown(apple_price, 0)
    assert g.value_shown(apple_price, 1) and not g.value_shown(price, 1)
    assert g.value_shown(price, 2)
    assert not g.grad_shown(price, 2)
    assert g.grad_shown(price, 3) and g.grad_shown(apple_price, 3)  # the tax node runs first
    assert not g.grad_shown(apple, 3) and g.grad_shown(apple, 4)


def test_set_input_recomputes_forward_and_backward():
    g = apple_graph()
    g.set_input("apple_num", 3)
    assert g.output.value == pytest.approx(330)
    assert g.edges["tax"].grad == pytest.approx(300)
    assert g.edges["apple"].grad == pytest.approx(3.3)


def test_set_input_refuses_a_computed_edge_and_a_wrong_shape():
    g = layer_graph()
    with pytest.raises(ValueError, match="computed"):
        g.set_input("a1", np.zeros((2, 3)))
    with pytest.raises(ValueError, match="shape"):
        g.set_input("W1", np.zeros((3, 3)))


def test_mul_node_swaps_its_inputs_in_the_rule_with_numbers():
    g = apple_graph()
    node = next(n for n in g.nodes if n.name == "mul_apple")
    dx, dy = node.backward_equations()
    assert (dx.lhs, dx.symbolic) == ("dx", "dout · y")
    assert dx.numbers == [pytest.approx(1.1), "×", 2.0] and dx.result == pytest.approx(2.2)
    assert dy.numbers == [pytest.approx(1.1), "×", 100.0] and dy.result == pytest.approx(110)


def test_expanded_sigmoid_graph_agrees_with_the_sigmoid_layer():
    x, w, b = 0.7, -1.3, 0.4
    expanded = sigmoid_neuron_graph(x, w, b, expanded=True)
    compact = sigmoid_neuron_graph(x, w, b, expanded=False)
    y = sigmoid(w * x + b)
    assert expanded.output.value == pytest.approx(y)
    assert compact.output.value == pytest.approx(y)
    for name in ("x", "w", "b"):
        assert expanded.edges[name].grad == pytest.approx(compact.edges[name].grad)
    assert expanded.edges["a"].grad == pytest.approx(y * (1 - y))


def test_constants_of_the_expanded_sigmoid_get_no_gradient():
    g = sigmoid_neuron_graph()
    assert g.edges["minus_one"].grad is None and not g.edges["minus_one"].editable


def test_three_layer_network_gives_the_books_output():
    g = three_layer_graph()
    np.testing.assert_allclose(g.output.value, [0.31682708, 0.69627909], rtol=1e-7)
    np.testing.assert_allclose(g.edges["a1"].value, [0.3, 0.7, 1.1])
    assert not g.has_backward and all(s.direction == FORWARD for s in g.steps)
    assert len(g.steps) == 9


def test_layer_graph_backward_equals_the_engines_layers():
    v = tiny_batch()
    g = layer_graph()
    affine1, relu, affine2, loss = (
        Affine(v["W1"], v["b1"]),
        Relu(),
        Affine(v["W2"], v["b2"]),
        SoftmaxWithLoss(),
    )
    L = loss.forward(affine2.forward(relu.forward(affine1.forward(v["x"]))), v["t"])
    dx = affine1.backward(relu.backward(affine2.backward(loss.backward(1))))
    assert g.output.value == pytest.approx(L)
    np.testing.assert_allclose(g.edges["x"].grad, dx)
    np.testing.assert_allclose(g.edges["W1"].grad, affine1.dW)
    np.testing.assert_allclose(g.edges["b1"].grad, affine1.db)
    np.testing.assert_allclose(g.edges["W2"].grad, affine2.dW)
    np.testing.assert_allclose(g.edges["b2"].grad, affine2.db)
    assert g.edges["t"].grad is None


def test_gradient_check_differences_are_below_1e_7():
    g = layer_graph()
    before = g.output.value
    result = g.gradient_check(LAYER_PARAMS)
    for name, (backprop, numerical, diff) in result.items():
        assert backprop.shape == g.edges[name].value.shape
        assert diff < 1e-7, name
        assert diff == pytest.approx(np.max(np.abs(backprop - numerical)))
    assert g.output.value == pytest.approx(before)  # the weights were put back


def test_gradient_check_matches_numerical_gradient_of_the_loss():
    g = layer_graph()
    num = numerical_gradient(g.loss_for("b2"), g.edges["b2"].value)
    g.run()
    np.testing.assert_allclose(g.edges["b2"].grad, num, atol=1e-7)


def test_labels_t_stay_integers_when_edited():
    g = layer_graph()
    g.set_input("t", [1.2, 0.0])
    assert g.edges["t"].value.tolist() == [1, 0]


def test_a_label_beyond_the_classes_is_refused_and_put_back():
    g = layer_graph()
    loss = g.output.value
    for bad in ([0, 2], [-1, 0]):
        with pytest.raises(ValueError, match="'t'"):
            g.set_input("t", bad)
        assert g.edges["t"].value.tolist() == [0, 1]
        assert g.output.value == pytest.approx(loss)


def test_a_non_finite_input_is_refused():
    g = apple_graph()
    with pytest.raises(ValueError, match="finite"):
        g.set_input("tax", float("nan"))
    assert g.output.value == pytest.approx(220)


def test_bias_gradient_is_summed_over_the_batch():
    assert unbroadcast(np.ones((4, 3)), (3,)).tolist() == [4, 4, 4]
    assert unbroadcast(np.ones((2, 3)), (1, 3)).tolist() == [[2, 2, 2]]


def test_a_value_used_twice_gets_both_gradients():
    g = Graph("square")
    x = g.input("x", 3.0, (0, 0))
    g.op("mul", Mul(), [x, x], "y", (1, 0))
    g.run()
    assert g.output.value == 9 and x.grad == pytest.approx(6)


@pytest.mark.parametrize("key", sorted(EXAMPLES))
def test_every_example_builds_with_a_layout(key):
    g = EXAMPLES[key]()
    assert g.output.end is not None
    assert all(e.start is not None for e in g.inputs())
    assert len(g.steps) == len(g.nodes) * (2 if g.has_backward else 1)


def test_graph_module_does_not_import_qt():
    code = (
        "import sys, nnviz.engine.graph, nnviz.engine.graph_examples; "
        "sys.exit(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
