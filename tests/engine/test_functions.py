"""Ch3-4 functions: the book's printed values, stability, dtype, and derivatives."""

import numpy as np
import pytest

from nnviz.engine.functions import (
    ACTIVATIONS,
    cross_entropy_error,
    mean_squared_error,
    relu,
    sigmoid,
    softmax,
    step_function,
)
from nnviz.engine.gradient import numerical_diff

# The book's ch4.2 example: the net says "2" with 0.6.
T_ONE_HOT = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])
Y_RIGHT = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
Y_WRONG = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])


def test_softmax_matches_the_book_example():
    y = softmax(np.array([0.3, 2.9, 4.0]))
    np.testing.assert_allclose(y, [0.01821127, 0.24519181, 0.73659691], atol=1e-8)
    assert np.sum(y) == pytest.approx(1.0)


def test_softmax_survives_large_inputs():
    y = softmax(np.array([1010.0, 1000.0, 990.0]))
    assert np.all(np.isfinite(y))
    np.testing.assert_allclose(y, [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=1e-6)


def test_softmax_works_row_by_row_on_a_batch():
    x = np.array([[0.3, 2.9, 4.0], [1.0, 1.0, 1.0]])
    y = softmax(x)
    np.testing.assert_allclose(y[0], softmax(x[0]))
    np.testing.assert_allclose(y[1], [1 / 3] * 3)


def test_sigmoid_matches_the_book_and_never_overflows():
    np.testing.assert_allclose(
        sigmoid(np.array([-1.0, 1.0, 2.0])), [0.26894142, 0.73105858, 0.88079708], atol=1e-8
    )
    with np.errstate(over="raise", invalid="raise"):
        y = sigmoid(np.array([-1000.0, 1000.0], dtype=np.float32))
    np.testing.assert_array_equal(y, [0.0, 1.0])


def test_step_and_relu_match_the_book():
    np.testing.assert_array_equal(step_function(np.array([-1.0, 1.0, 2.0])), [0, 1, 1])
    np.testing.assert_array_equal(relu(np.array([-1.0, 0.0, 2.0])), [0.0, 0.0, 2.0])


def test_mean_squared_error_matches_the_book():
    assert mean_squared_error(Y_RIGHT, T_ONE_HOT) == pytest.approx(0.0975)
    assert mean_squared_error(Y_WRONG, T_ONE_HOT) == pytest.approx(0.5975)


def test_cross_entropy_error_matches_the_book():
    assert cross_entropy_error(Y_RIGHT, T_ONE_HOT) == pytest.approx(0.510825457099338)
    assert cross_entropy_error(Y_WRONG, T_ONE_HOT) == pytest.approx(2.302584092994546)


def test_cross_entropy_error_takes_labels_or_one_hot_batches():
    y = np.stack([Y_RIGHT, Y_WRONG])
    by_label = cross_entropy_error(y, np.array([2, 2]))
    by_one_hot = cross_entropy_error(y, np.stack([T_ONE_HOT, T_ONE_HOT]))
    assert by_label == pytest.approx(by_one_hot)
    assert by_label == pytest.approx((0.510825457099338 + 2.302584092994546) / 2)


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu", "leaky_relu", "identity"])
def test_each_derivative_matches_the_numerical_one(name):
    f, df = ACTIVATIONS[name]
    # Points away from 0, where relu and leaky_relu have a kink.
    for x in (-2.5, -0.7, 0.3, 1.9):
        assert float(df(np.array(x))) == pytest.approx(numerical_diff(f, x), abs=1e-6)


def test_activations_table_has_the_contract_names():
    assert set(ACTIVATIONS) == {"step", "sigmoid", "tanh", "relu", "leaky_relu", "identity"}
    assert float(ACTIVATIONS["step"][1](np.array(1.0))) == 0.0


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu", "leaky_relu", "identity"])
def test_activations_keep_float32(name):
    f, df = ACTIVATIONS[name]
    x = np.linspace(-3, 3, 7, dtype=np.float32)
    assert f(x).dtype == np.float32
    assert df(x).dtype == np.float32


def test_softmax_and_cross_entropy_keep_float32():
    x = np.array([[0.3, 2.9, 4.0]], dtype=np.float32)
    y = softmax(x)
    assert y.dtype == np.float32
    assert np.asarray(cross_entropy_error(y, np.array([2]))).dtype == np.float32
