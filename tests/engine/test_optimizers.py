"""Ch6.1 optimizers: each finds the minimum of x²/20 + y² and moves the net's own arrays."""

import numpy as np
import pytest

from nnviz.engine.nets import TwoLayerNet
from nnviz.engine.optimizers import (
    OPTIMIZERS,
    SGD,
    AdaGrad,
    Adam,
    Momentum,
    Nesterov,
    RMSprop,
    make_optimizer,
)

# The book's learning rates for its comparison figure (6.1.7), RMSprop and Nesterov added.
BOOK_LR = {
    "SGD": 0.95,
    "Momentum": 0.1,
    "Nesterov": 0.1,
    "AdaGrad": 1.5,
    "RMSprop": 0.1,
    "Adam": 0.3,
}


def df(x, y):
    """Gradient of f(x, y) = x²/20 + y²."""
    return x / 10.0, 2.0 * y


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_each_optimizer_reaches_the_minimum_of_the_books_bowl(name):
    params = {"x": np.array([-7.0]), "y": np.array([2.0])}
    x_array, y_array = params["x"], params["y"]
    optimizer = OPTIMIZERS[name](lr=BOOK_LR[name])
    for _ in range(1000):
        gx, gy = df(params["x"], params["y"])
        optimizer.update(params, {"x": gx, "y": gy})
    assert abs(params["x"][0]) < 1e-3
    assert abs(params["y"][0]) < 1e-3
    # In place: still the very arrays we passed in.
    assert params["x"] is x_array and params["y"] is y_array


def test_sgd_takes_exactly_the_books_step():
    params = {"W": np.array([1.0, -2.0])}
    SGD(lr=0.1).update(params, {"W": np.array([0.5, 0.5])})
    np.testing.assert_allclose(params["W"], [0.95, -2.05])


def test_momentum_accumulates_velocity():
    params = {"W": np.array([0.0])}
    opt = Momentum(lr=0.1, momentum=0.9)
    opt.update(params, {"W": np.array([1.0])})  # v = -0.1
    opt.update(params, {"W": np.array([1.0])})  # v = -0.09 - 0.1 = -0.19
    np.testing.assert_allclose(params["W"], [-0.29])


def test_adam_first_step_moves_each_weight_by_about_lr():
    # With bias correction the first Adam step is lr * g / |g| whatever the gradient's size.
    params = {"W": np.array([1.0, 1.0])}
    Adam(lr=0.01).update(params, {"W": np.array([1e-3, 5.0])})
    np.testing.assert_allclose(params["W"], [0.99, 0.99], atol=1e-4)  # ε shows for tiny g


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_each_optimizer_moves_the_nets_own_arrays(name):
    rng = np.random.default_rng(0)
    net = TwoLayerNet(8, 5, 3, weight_init_std=0.5, dtype=np.float32, rng=rng)
    layer_W1 = net.layers["Affine1"].W
    before = {k: v.copy() for k, v in net.params.items()}
    ids = {k: id(v) for k, v in net.params.items()}
    x = rng.standard_normal((10, 8)).astype(np.float32)
    t = rng.integers(0, 3, 10)
    optimizer = OPTIMIZERS[name](lr=0.01)
    loss_before = net.loss(x, t)
    for _ in range(5):
        optimizer.update(net.params, net.gradient(x, t))
    assert {k: id(v) for k, v in net.params.items()} == ids
    assert net.layers["Affine1"].W is layer_W1 is net.params["W1"]
    for key in net.params:
        assert not np.array_equal(net.params[key], before[key]), key
        assert net.params[key].dtype == np.float32
    assert net.loss(x, t) < loss_before  # the layers see the moved weights


@pytest.mark.parametrize("cls", [SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam])
@pytest.mark.parametrize("lr", [0, -0.1, float("nan"), float("inf"), "0.1", None])
def test_a_bad_learning_rate_is_a_clear_value_error(cls, lr):
    with pytest.raises(ValueError, match="learning rate"):
        cls(lr=lr)


def test_bad_momentum_or_betas_are_refused():
    with pytest.raises(ValueError, match="momentum"):
        Momentum(lr=0.1, momentum=1.0)
    with pytest.raises(ValueError, match="beta1"):
        Adam(beta1=-0.1)
    with pytest.raises(ValueError, match="decay_rate"):
        RMSprop(decay_rate=2)


def test_make_optimizer_by_name_any_case():
    opt = make_optimizer("adam", {"lr": 0.002})
    assert isinstance(opt, Adam) and opt.lr == 0.002
    assert isinstance(make_optimizer("SGD"), SGD)
    existing = Momentum()
    assert make_optimizer(existing) is existing
    with pytest.raises(ValueError, match="unknown optimizer 'lbfgs'"):
        make_optimizer("lbfgs")
