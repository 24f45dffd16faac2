"""Ch4 numerical differentiation and gradient descent: the book's printed results."""

import numpy as np
import pytest

from nnviz.engine.gradient import (
    gradient_descent,
    gradient_descent_path,
    numerical_diff,
    numerical_gradient,
    numerical_gradient_field,
    tangent_line,
)


def function_1(x):
    return 0.01 * x**2 + 0.1 * x


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


def test_numerical_diff_of_function_1_matches_the_book():
    assert numerical_diff(function_1, 5) == pytest.approx(0.1999999999990898, abs=1e-12)
    assert numerical_diff(function_1, 10) == pytest.approx(0.2999999999986347, abs=1e-12)


def test_tangent_line_touches_function_1_at_5():
    tf = tangent_line(function_1, 5)
    assert tf(5) == pytest.approx(function_1(5))
    # slope 0.2 and intercept f(5) - 0.2 * 5 = 0.75 - 1.0
    assert tf(0) == pytest.approx(-0.25, abs=1e-9)


def test_numerical_gradient_matches_the_book():
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([3.0, 4.0])), [6, 8])
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([0.0, 2.0])), [0, 4])
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([3.0, 0.0])), [6, 0])


def test_numerical_gradient_accepts_integers_and_any_shape():
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([3, 4])), [6, 8])
    x = np.arange(6.0).reshape(2, 3)
    grad = numerical_gradient(lambda w: np.sum(w**3), x)
    np.testing.assert_allclose(grad, 3 * x**2, atol=1e-6)


def test_numerical_gradient_puts_every_element_back():
    x = np.array([[0.1, -0.2], [0.3, 0.7]])
    before = x.copy()
    numerical_gradient(lambda w: np.sum(np.sin(w)), x)
    np.testing.assert_array_equal(x, before)


def test_numerical_gradient_field_gives_one_arrow_per_point():
    points = np.array([[3.0, 4.0], [-1.0, 0.5]])
    np.testing.assert_allclose(numerical_gradient_field(function_2, points), 2 * points)


def test_gradient_descent_reaches_the_books_result():
    x = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1, step_num=100)
    np.testing.assert_allclose(x, [-6.11110793e-10, 8.14814391e-10], rtol=1e-6)


def test_gradient_descent_with_too_large_or_small_a_rate_goes_nowhere_useful():
    # The book's two warnings (4.4.1): lr=10 blows up, lr=1e-10 hardly moves.
    big = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=10.0, step_num=100)
    assert np.max(np.abs(big)) > 1e10
    small = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=1e-10, step_num=100)
    np.testing.assert_allclose(small, [-3.0, 4.0], atol=1e-6)


def test_gradient_descent_path_holds_every_step_and_leaves_init_x_alone():
    init_x = np.array([-3.0, 4.0])
    path = gradient_descent_path(function_2, init_x, lr=0.1, step_num=20)
    assert path.shape == (21, 2)
    np.testing.assert_array_equal(path[0], [-3.0, 4.0])
    np.testing.assert_array_equal(init_x, [-3.0, 4.0])
    # Each step multiplies x by (1 - 2 * lr) = 0.8 on this bowl.
    np.testing.assert_allclose(path[1], [-2.4, 3.2], atol=1e-7)
    np.testing.assert_allclose(path[-1], gradient_descent(function_2, init_x, 0.1, 20))
