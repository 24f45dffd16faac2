"""Ch3-4 activation functions, their derivatives (for plotting) and the two loss functions.

Every function keeps the dtype it is given (float32 in, float32 out) so the float32 training path
never silently widens to float64.
"""

from __future__ import annotations

import numpy as np


def _float(x):
    """x as an array of its own float dtype (ints become float64)."""
    x = np.asarray(x)
    return x if np.issubdtype(x.dtype, np.floating) else x.astype(np.float64)


def step_function(x):
    """Ch3 step function: h(x) = 1 if x > 0 else 0 (int, as in the book)."""
    return np.array(np.asarray(x) > 0, dtype=int)


def sigmoid(x):
    """Ch3 sigmoid: h(x) = 1 / (1 + exp(-x)), written so that exp never overflows."""
    x = _float(x)
    # exp(-|x|) is in (0, 1]: both branches below are exact and overflow-free.
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + z), z / (1 + z))


def tanh(x):
    """Hyperbolic tangent: h(x) = (e^x - e^-x) / (e^x + e^-x)."""
    return np.tanh(x)


def relu(x):
    """Ch3 ReLU: h(x) = max(0, x)."""
    return np.maximum(x, 0)


def leaky_relu(x, alpha=0.01):
    """Leaky ReLU: h(x) = x if x > 0 else alpha * x."""
    x = np.asarray(x)
    return np.where(x > 0, x, alpha * x)


def identity_function(x):
    """Ch3 identity output function: y = x."""
    return x


def step_grad(x):
    """Derivative of the step function: 0 everywhere (undefined at 0)."""
    return np.zeros_like(_float(x))


def sigmoid_grad(x):
    """Derivative of the sigmoid: h'(x) = (1 - h(x)) h(x)."""
    y = sigmoid(x)
    return (1 - y) * y


def tanh_grad(x):
    """Derivative of tanh: 1 - tanh(x)^2."""
    y = np.tanh(x)
    return 1 - y * y


def relu_grad(x):
    """Derivative of ReLU: 1 if x > 0 else 0 (the book takes 0 at x = 0)."""
    x = _float(x)
    return (x > 0).astype(x.dtype)


def leaky_relu_grad(x, alpha=0.01):
    """Derivative of leaky ReLU: 1 if x > 0 else alpha."""
    x = _float(x)
    return np.where(x > 0, x.dtype.type(1), x.dtype.type(alpha))


def identity_grad(x):
    """Derivative of the identity: 1."""
    return np.ones_like(_float(x))


def softmax(x):
    """Ch3 softmax along the last axis: y_k = exp(a_k - max a) / sum_i exp(a_i - max a)."""
    x = np.asarray(x)
    # Subtracting the max keeps exp() finite for large inputs (book 3.5.2).
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def mean_squared_error(y, t):
    """Ch4 mean squared error: E = 1/2 * sum_k (y_k - t_k)^2."""
    y = np.asarray(y)
    return 0.5 * np.sum((y - np.asarray(t)) ** 2)


def cross_entropy_error(y, t):
    """Ch4 cross-entropy, batch mean: E = -1/N * sum_n log y_n[t_n]; t one-hot or labels."""
    y = np.asarray(y)
    t = np.asarray(t)
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    # One-hot labels become label indices (book 4.2.4).
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    # The small delta keeps log(0) = -inf out (book 4.2.3).
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


# name -> (h, h') for the activation-function plots.
ACTIVATIONS = {
    "step": (step_function, step_grad),
    "sigmoid": (sigmoid, sigmoid_grad),
    "tanh": (tanh, tanh_grad),
    "relu": (relu, relu_grad),
    "leaky_relu": (leaky_relu, leaky_relu_grad),
    "identity": (identity_function, identity_grad),
}
