"""Ch6.1 optimizers: ``update(params, grads)`` changes the arrays of ``params`` in place.

In place matters: a net's layers hold the very arrays that are in its ``params`` dict, so
``params[key] = params[key] - ...`` (rebinding) would leave the layers on the old weights and
training would silently stop. Every update below writes into the existing array.
"""

from __future__ import annotations

import math

import numpy as np


def _check_lr(lr):
    try:
        ok = math.isfinite(lr) and lr > 0
    except TypeError:
        ok = False
    if not ok:
        raise ValueError(f"learning rate must be a positive finite number, got {lr!r}")
    return float(lr)


def _check_fraction(name, value):
    if not (isinstance(value, (int, float)) and 0 <= value < 1):
        raise ValueError(f"{name} must be in [0, 1), got {value!r}")
    return float(value)


class SGD:
    """Ch6.1.2 stochastic gradient descent: W ← W - η ∂L/∂W."""

    def __init__(self, lr=0.01):
        self.lr = _check_lr(lr)

    def update(self, params, grads):
        for key in params:
            params[key] -= self.lr * grads[key]


def _zeros_like_each(params):
    """Per-parameter state (velocity, squared-gradient sums...) starting at 0."""
    return {key: np.zeros_like(val) for key, val in params.items()}


class Momentum:
    """Ch6.1.4 momentum: v ← αv - η ∂L/∂W; W ← W + v."""

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = _check_lr(lr)
        self.momentum = _check_fraction("momentum", momentum)
        self.v = None

    def update(self, params, grads):
        if self.v is None:
            self.v = _zeros_like_each(params)
        for key in params:
            v = self.v[key]
            v *= self.momentum
            v -= self.lr * grads[key]
            params[key] += v


class Nesterov:
    """Nesterov's accelerated gradient (http://arxiv.org/abs/1212.0901), the book's form:
    v ← αv - η g; W ← W + α²v - (1 + α) η g."""

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = _check_lr(lr)
        self.momentum = _check_fraction("momentum", momentum)
        self.v = None

    def update(self, params, grads):
        if self.v is None:
            self.v = _zeros_like_each(params)
        for key in params:
            v = self.v[key]
            v *= self.momentum
            v -= self.lr * grads[key]
            params[key] += self.momentum * self.momentum * v
            params[key] -= (1 + self.momentum) * self.lr * grads[key]


class AdaGrad:
    """Ch6.1.5 AdaGrad: h ← h + g⊙g; W ← W - η g / (√h + ε)."""

    def __init__(self, lr=0.01):
        self.lr = _check_lr(lr)
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = _zeros_like_each(params)
        for key in params:
            g = grads[key]
            h = self.h[key]
            h += g * g
            params[key] -= self.lr * g / (np.sqrt(h) + 1e-7)


class RMSprop:
    """RMSprop (Hinton's lecture 6e): h ← ρh + (1 - ρ) g⊙g; W ← W - η g / (√h + ε)."""

    def __init__(self, lr=0.01, decay_rate=0.99):
        self.lr = _check_lr(lr)
        self.decay_rate = _check_fraction("decay_rate", decay_rate)
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = _zeros_like_each(params)
        for key in params:
            g = grads[key]
            h = self.h[key]
            h *= self.decay_rate
            h += (1 - self.decay_rate) * g * g
            params[key] -= self.lr * g / (np.sqrt(h) + 1e-7)


class Adam:
    """Ch6.1.6 Adam (http://arxiv.org/abs/1412.6980v8):
    m ← m + (1-β1)(g - m); v ← v + (1-β2)(g² - v); W ← W - η √(1-β2ᵗ)/(1-β1ᵗ) m / (√v + ε)."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr = _check_lr(lr)
        self.beta1 = _check_fraction("beta1", beta1)
        self.beta2 = _check_fraction("beta2", beta2)
        self.iter = 0
        self.m = None
        self.v = None

    def update(self, params, grads):
        if self.m is None:
            self.m = _zeros_like_each(params)
            self.v = _zeros_like_each(params)
        self.iter += 1
        # Bias correction folded into the step size, as in the book.
        lr_t = self.lr * math.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key in params:
            g = grads[key]
            m = self.m[key]
            v = self.v[key]
            m += (1 - self.beta1) * (g - m)
            v += (1 - self.beta2) * (g * g - v)
            params[key] -= lr_t * m / (np.sqrt(v) + 1e-7)


OPTIMIZERS = {
    "SGD": SGD,
    "Momentum": Momentum,
    "Nesterov": Nesterov,
    "AdaGrad": AdaGrad,
    "RMSprop": RMSprop,
    "Adam": Adam,
}


def make_optimizer(optimizer="SGD", optimizer_param=None):
    """An optimizer from its name (case-insensitive) and keyword arguments, or one passed as is."""
    if not isinstance(optimizer, str):
        return optimizer
    by_lower = {name.lower(): cls for name, cls in OPTIMIZERS.items()}
    cls = by_lower.get(optimizer.lower())
    if cls is None:
        raise ValueError(f"unknown optimizer {optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
    return cls(**(optimizer_param or {}))
