"""Ch5-6 layers: the apple example, backward against numerical gradients, no writes to dout."""

import numpy as np
import pytest

from nnviz.engine.gradient import numerical_gradient
from nnviz.engine.layers import (
    AddLayer,
    Affine,
    BatchNormalization,
    Dropout,
    MulLayer,
    Relu,
    Sigmoid,
    SoftmaxWithLoss,
    Tanh,
)


@pytest.fixture
def rng():
    return np.random.default_rng(1234)


def test_buying_apples_gives_the_books_numbers():
    apple, apple_num, tax = 100, 2, 1.1
    mul_apple_layer, mul_tax_layer = MulLayer(), MulLayer()
    apple_price = mul_apple_layer.forward(apple, apple_num)
    price = mul_tax_layer.forward(apple_price, tax)
    dapple_price, dtax = mul_tax_layer.backward(1)
    dapple, dapple_num = mul_apple_layer.backward(dapple_price)
    assert price == pytest.approx(220)
    assert dapple == pytest.approx(2.2)
    assert dapple_num == pytest.approx(110)
    assert dtax == pytest.approx(200)


def test_buying_apples_and_oranges_gives_the_books_numbers():
    apple, apple_num, orange, orange_num, tax = 100, 2, 150, 3, 1.1
    mul_apple, mul_orange, add_fruit, mul_tax = MulLayer(), MulLayer(), AddLayer(), MulLayer()
    apple_price = mul_apple.forward(apple, apple_num)
    orange_price = mul_orange.forward(orange, orange_num)
    all_price = add_fruit.forward(apple_price, orange_price)
    price = mul_tax.forward(all_price, tax)
    dall_price, dtax = mul_tax.backward(1)
    dapple_price, dorange_price = add_fruit.backward(dall_price)
    dorange, dorange_num = mul_orange.backward(dorange_price)
    dapple, dapple_num = mul_apple.backward(dapple_price)
    assert price == pytest.approx(715)
    assert dapple_num == pytest.approx(110)
    assert dapple == pytest.approx(2.2)
    assert dorange == pytest.approx(3.3)
    assert dorange_num == pytest.approx(165)
    assert dtax == pytest.approx(650)


def check_backward(layer, x, params=(), forward=None, atol=1e-6):
    """Compare backward with the numerical gradient of L = Σ forward(x) ⊙ dout."""
    forward = forward or layer.forward
    dout = np.random.default_rng(7).standard_normal(forward(x).shape)

    def loss(_):
        return np.sum(forward(x) * dout)

    forward(x)
    dout_before = dout.copy()
    dx = layer.backward(dout)
    np.testing.assert_array_equal(dout, dout_before)  # backward never writes into dout
    assert dx.shape == x.shape
    np.testing.assert_allclose(dx, numerical_gradient(loss, x), atol=atol)
    for name in params:
        forward(x)
        layer.backward(dout)
        analytic = getattr(layer, "d" + name)
        np.testing.assert_allclose(
            analytic, numerical_gradient(loss, getattr(layer, name)), atol=atol
        )


def test_relu_backward_matches_numerical_gradient_and_leaves_dout_alone(rng):
    x = rng.standard_normal((4, 5))
    x[np.abs(x) < 0.05] = 0.5  # keep away from the kink at 0
    check_backward(Relu(), x)


def test_relu_backward_zeroes_where_input_was_negative():
    layer = Relu()
    layer.forward(np.array([[-1.0, 2.0], [0.0, 3.0]]))
    dout = np.ones((2, 2))
    np.testing.assert_array_equal(layer.backward(dout), [[0, 1], [0, 1]])
    np.testing.assert_array_equal(dout, np.ones((2, 2)))


def test_sigmoid_backward_matches_numerical_gradient(rng):
    check_backward(Sigmoid(), rng.standard_normal((3, 4)))


def test_tanh_backward_matches_numerical_gradient(rng):
    check_backward(Tanh(), rng.standard_normal((3, 4)))


def test_affine_backward_matches_numerical_gradient(rng):
    layer = Affine(rng.standard_normal((6, 3)), rng.standard_normal(3))
    check_backward(layer, rng.standard_normal((4, 6)), params=("W", "b"))


def test_affine_takes_image_batches_and_returns_dx_in_their_shape(rng):
    layer = Affine(rng.standard_normal((2 * 3 * 3, 4)), rng.standard_normal(4))
    x = rng.standard_normal((5, 2, 3, 3))
    assert layer.forward(x).shape == (5, 4)
    check_backward(layer, x, params=("W", "b"))


def test_affine_backward_params_gives_the_same_dw_db_without_dx(rng):
    layer = Affine(rng.standard_normal((6, 3)), rng.standard_normal(3))
    x = rng.standard_normal((4, 6))
    dout = rng.standard_normal((4, 3))
    layer.forward(x)
    layer.backward(dout)
    dW, db = layer.dW.copy(), layer.db.copy()
    layer.backward_params(dout)
    np.testing.assert_allclose(layer.dW, dW)
    np.testing.assert_allclose(layer.db, db)


@pytest.mark.parametrize("one_hot", [False, True])
def test_softmax_with_loss_backward_matches_numerical_gradient(rng, one_hot):
    x = rng.standard_normal((4, 5))
    labels = np.array([0, 3, 4, 1])
    t = np.eye(5)[labels] if one_hot else labels
    layer = SoftmaxWithLoss()

    def loss(_):
        return layer.forward(x, t)

    layer.forward(x, t)
    dx = layer.backward(1)
    np.testing.assert_allclose(dx, numerical_gradient(loss, x), atol=1e-7)


def test_softmax_with_loss_gives_the_same_loss_for_labels_and_one_hot(rng):
    x = rng.standard_normal((4, 5))
    labels = np.array([0, 3, 4, 1])
    by_label = SoftmaxWithLoss().forward(x, labels)
    by_one_hot = SoftmaxWithLoss().forward(x, np.eye(5)[labels])
    assert by_label == pytest.approx(by_one_hot)
    # Same as -mean log softmax(x)[t] computed the long way.
    y = np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)
    assert by_label == pytest.approx(-np.mean(np.log(y[np.arange(4), labels])))


def test_softmax_with_loss_is_finite_for_huge_scores():
    layer = SoftmaxWithLoss()
    loss = layer.forward(np.array([[1000.0, 0.0, -1000.0]]), np.array([1]))
    assert loss == pytest.approx(1000.0)
    assert np.all(np.isfinite(layer.backward(1)))


def test_dropout_backward_matches_numerical_gradient_for_a_fixed_mask(rng):
    layer = Dropout(0.5, rng=np.random.default_rng(3))
    x = rng.standard_normal((4, 6))
    layer.forward(x, train_flg=True)
    mask = layer.mask.copy()

    def forward(x):  # the same mask every time, so the function is deterministic
        layer.mask = mask
        return x * mask

    check_backward(layer, x, forward=forward)


def test_dropout_drops_about_its_ratio_in_training_and_scales_in_test():
    layer = Dropout(0.3, rng=np.random.default_rng(0))
    x = np.ones((200, 100))
    y = layer.forward(x, train_flg=True)
    assert 1 - y.mean() == pytest.approx(0.3, abs=0.01)
    np.testing.assert_allclose(layer.forward(x, train_flg=False), 0.7)


def test_dropout_with_the_same_seed_drops_the_same_units():
    x = np.ones((3, 8))
    a = Dropout(0.5, rng=np.random.default_rng(42)).forward(x)
    b = Dropout(0.5, rng=np.random.default_rng(42)).forward(x)
    np.testing.assert_array_equal(a, b)


def test_batchnorm_backward_matches_numerical_gradient(rng):
    layer = BatchNormalization(rng.standard_normal(5) + 1, rng.standard_normal(5))
    x = rng.standard_normal((6, 5)) * 3 + 1
    check_backward(layer, x, params=("gamma", "beta"), atol=1e-5)


def test_batchnorm_normalizes_in_training_and_uses_running_stats_in_test(rng):
    layer = BatchNormalization(np.ones(3), np.zeros(3), momentum=0.0)
    x = rng.standard_normal((50, 3)) * 4 + 2
    y = layer.forward(x, train_flg=True)
    np.testing.assert_allclose(y.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(y.std(axis=0), 1, atol=1e-6)
    # momentum 0: the running stats are this batch's, so test mode gives the same answer.
    np.testing.assert_allclose(layer.forward(x, train_flg=False), y, atol=1e-6)


def test_batchnorm_updates_running_stats_in_place(rng):
    layer = BatchNormalization(np.ones(2), np.zeros(2))
    running_mean = layer.running_mean
    layer.forward(rng.standard_normal((8, 2)) + 5, train_flg=True)
    assert layer.running_mean is running_mean
    assert np.all(running_mean > 0.4)  # 0.9 * 0 + 0.1 * about 5


def test_batchnorm_handles_image_batches(rng):
    layer = BatchNormalization(np.ones(2 * 3 * 3), np.zeros(2 * 3 * 3))
    x = rng.standard_normal((4, 2, 3, 3))
    check_backward(layer, x, params=("gamma", "beta"), atol=1e-5)


@pytest.mark.parametrize(
    "make",
    [
        lambda r: Relu(),
        lambda r: Sigmoid(),
        lambda r: Tanh(),
        lambda r: Affine(r.standard_normal((6, 4)).astype(np.float32), np.zeros(4, np.float32)),
        lambda r: BatchNormalization(np.ones(6, np.float32), np.zeros(6, np.float32)),
        lambda r: Dropout(0.5, rng=r),
    ],
    ids=["relu", "sigmoid", "tanh", "affine", "batchnorm", "dropout"],
)
def test_layers_keep_float32_forward_and_backward(rng, make):
    layer = make(rng)
    x = rng.standard_normal((3, 6)).astype(np.float32)
    y = layer.forward(x)
    assert y.dtype == np.float32
    assert layer.backward(np.ones_like(y)).dtype == np.float32


def test_softmax_with_loss_keeps_float32(rng):
    layer = SoftmaxWithLoss()
    loss = layer.forward(rng.standard_normal((3, 4)).astype(np.float32), np.array([0, 1, 2]))
    assert np.asarray(loss).dtype == np.float32
    assert layer.y.dtype == np.float32
    assert layer.backward(1).dtype == np.float32
