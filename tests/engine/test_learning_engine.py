"""Ch4.4.2 simpleNet and the numerical gradient taken one element at a time (the Learning tab)."""

import numpy as np
import pytest

from nnviz.engine import (
    SimpleNet,
    TwoLayerNet,
    numerical_gradient,
    numerical_gradient_steps,
    softmax,
)
from nnviz.engine.nets import BOOK_SIMPLE_NET_T, BOOK_SIMPLE_NET_W, BOOK_SIMPLE_NET_X


def test_simple_net_with_the_books_w_gives_the_books_loss_and_gradient():
    net = SimpleNet(BOOK_SIMPLE_NET_W)
    x, t = BOOK_SIMPLE_NET_X, BOOK_SIMPLE_NET_T
    np.testing.assert_allclose(net.predict(x), [1.05414809, 0.63071653, 1.1328074], atol=1e-8)
    assert net.loss(x, t) == pytest.approx(0.9281, abs=5e-5)
    dW = numerical_gradient(lambda _: net.loss(x, t), net.W)
    np.testing.assert_allclose(
        dW, [[0.2192, 0.1436, -0.3628], [0.3289, 0.2153, -0.5442]], atol=6e-5
    )


def test_simple_net_numerical_gradient_agrees_with_the_analytic_one():
    # ∂L/∂W = xᵀ (softmax(x·W) − t), written out independently of the engine's nets.
    rng = np.random.default_rng(3)
    net = SimpleNet(rng=rng)
    x, t = rng.standard_normal(2), np.array([0, 1, 0])
    analytic = np.outer(x, softmax(x @ net.W) - t)
    numeric = numerical_gradient(lambda _: net.loss(x, t), net.W)
    np.testing.assert_allclose(numeric, analytic, atol=1e-7)


def test_simple_net_copies_its_w_and_refuses_another_shape():
    W = BOOK_SIMPLE_NET_W.copy()
    net = SimpleNet(W)
    net.W[0, 0] = 5
    assert W[0, 0] == BOOK_SIMPLE_NET_W[0, 0]
    with pytest.raises(ValueError, match="2×3"):
        SimpleNet(np.zeros((3, 2)))


def test_numerical_gradient_steps_yields_each_nudge_and_returns_the_gradient():
    def f(x):
        return x[0] ** 2 + 3 * x[1]

    x = np.array([3.0, 4.0])
    steps = list(numerical_gradient_steps(f, x, h=1e-4))
    assert [s.index for s in steps] == [(0,), (1,)]
    assert steps[0].f_plus == pytest.approx(f(np.array([3.0001, 4.0])))
    assert steps[0].f_minus == pytest.approx(f(np.array([2.9999, 4.0])))
    assert steps[0].slope == pytest.approx(6.0)
    assert steps[1].slope == pytest.approx(3.0)
    np.testing.assert_array_equal(x, [3.0, 4.0])


def test_numerical_gradient_steps_stopped_half_way_leaves_x_whole():
    x = np.arange(6, dtype=np.float64).reshape(2, 3)
    steps = numerical_gradient_steps(lambda v: np.sum(v**2), x)
    next(steps)
    next(steps)
    steps.close()
    np.testing.assert_array_equal(x, np.arange(6).reshape(2, 3))


def small_net_and_batch():
    rng = np.random.default_rng(0)
    net = TwoLayerNet(6, 4, 3, weight_init_std=0.5, rng=rng)
    x = rng.standard_normal((5, 6))
    t = rng.integers(0, 3, 5)
    return net, x, t


def test_net_numerical_gradient_steps_equals_numerical_gradient_and_backprop():
    net, x, t = small_net_and_batch()
    before = {k: v.copy() for k, v in net.params.items()}
    steps = net.numerical_gradient_steps(x, t)
    seen = []
    while True:
        try:
            seen.append(next(steps)[0])
        except StopIteration as done:
            grads = done.value
            break
    assert len(seen) == net.parameter_count() == 6 * 4 + 4 + 4 * 3 + 3
    reference = net.numerical_gradient(x, t)
    backprop = net.gradient(x, t)
    for key in net.params:
        np.testing.assert_array_equal(grads[key], reference[key])
        np.testing.assert_allclose(grads[key], backprop[key], atol=1e-7)
        np.testing.assert_array_equal(net.params[key], before[key])


def test_simple_net_accuracy_counts_the_rows_whose_top_score_is_the_label():
    net = SimpleNet(np.eye(2, 3))  # z = x·W: the score of class 0 is x0, of class 1 is x1
    x = np.array([[2.0, 1.0], [0.0, 3.0], [1.0, 0.5], [0.0, -1.0]])
    labels = np.array([0, 1, 1, 2])
    assert net.accuracy(x, labels) == 0.5
    assert net.accuracy(x, np.eye(3)[labels]) == 0.5
