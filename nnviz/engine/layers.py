"""Ch5-6 layers: forward/backward pairs with the book's names and attributes.

Differences from the book's common/layers.py, all on purpose:
- ``backward(dout)`` never writes into ``dout`` (the UI may be showing it);
- layers keep the dtype they are given (float32 in, float32 out);
- layers that behave differently while training set ``uses_train_flg = True`` so a net passes
  ``train_flg`` to them without looking at their names;
- layers with state that is not a parameter (BatchNorm's running mean/var) list it in
  ``state_keys`` so model files can save it;
- Dropout draws from a ``np.random.Generator`` it is given, never from global ``np.random``.
"""

from __future__ import annotations

import numpy as np

from nnviz.engine.functions import sigmoid


class MulLayer:
    """Ch5.4 multiplication node: out = x * y; dx = dout * y, dy = dout * x."""

    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        return x * y

    def backward(self, dout):
        dx = dout * self.y  # the inputs swap places
        dy = dout * self.x
        return dx, dy


class AddLayer:
    """Ch5.4 addition node: out = x + y; dx = dy = dout."""

    def __init__(self):
        pass

    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        dx = dout * 1
        dy = dout * 1
        return dx, dy


class Relu:
    """Ch5.5 ReLU layer: y = max(0, x); dx = dout where x > 0, else 0."""

    uses_train_flg = False

    def __init__(self):
        self.mask = None  # True where x <= 0 (the book's mask)

    def forward(self, x):
        self.mask = x <= 0
        return np.maximum(x, 0)

    def backward(self, dout):
        # A new array: the book's `dout[self.mask] = 0` would corrupt the caller's dout.
        # Multiplying by the kept positions is several times faster than np.where here.
        return dout * ~self.mask


class Sigmoid:
    """Ch5.5 sigmoid layer: y = 1 / (1 + exp(-x)); dx = dout * (1 - y) * y."""

    uses_train_flg = False

    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = sigmoid(x)
        return self.out

    def backward(self, dout):
        return dout * (1 - self.out) * self.out


class Tanh:
    """Tanh layer: y = tanh(x); dx = dout * (1 - y^2)."""

    uses_train_flg = False

    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout):
        return dout * (1 - self.out * self.out)


class Affine:
    """Ch5.6 affine layer: y = x·W + b; dx = dout·Wᵀ, dW = xᵀ·dout, db = Σ_n dout."""

    uses_train_flg = False

    def __init__(self, W, b):
        self.W = W  # (D, M), shared with the net's params dict
        self.b = b  # (M,)
        self.x = None  # (N, D): the input flattened to 2-D
        self.original_x_shape = None  # e.g. (N, C, H, W) after a conv layer
        self.dW = None
        self.db = None

    def forward(self, x):
        self.original_x_shape = x.shape
        self.x = x.reshape(x.shape[0], -1)
        out = np.dot(self.x, self.W)  # (N, M)
        out += self.b  # in place: no second (N, M) temporary
        return out

    def backward(self, dout):
        dx = np.dot(dout, self.W.T)  # (N, D)
        self.backward_params(dout)
        return dx.reshape(self.original_x_shape)

    def backward_params(self, dout):
        """Only dW and db: a net's first layer needs no dx, which saves a third of the work."""
        self.dW = np.dot(self.x.T, dout)  # (D, M)
        self.db = dout.sum(axis=0)  # (M,)


class SoftmaxWithLoss:
    """Ch5.6.3 softmax + cross-entropy: L = -1/N Σ log y[t]; dx = (y - t) / N."""

    uses_train_flg = False

    def __init__(self):
        self.loss = None
        self.y = None  # softmax output (N, K)
        self.t = None  # labels (N,) or one-hot (N, K)

    def forward(self, x, t):
        self.t = t
        x2 = x.reshape(-1, x.shape[-1])  # (N, K)
        n = x2.shape[0]
        labels = self._labels(t, n)
        rows = np.arange(n)
        # Fused and stable: log y_t = (a_t - max a) - log Σ_k exp(a_k - max a), so no log(0)
        # and no 1e-7 fudge; y is built in place in one (N, K) buffer.
        y = x2 - x2.max(axis=1, keepdims=True)
        picked = y[rows, labels]  # (N,) a_t - max a
        np.exp(y, out=y)
        sum_exp = y.sum(axis=1, keepdims=True)  # (N, 1)
        y /= sum_exp
        self.y = y.reshape(x.shape)
        self.loss = (np.log(sum_exp).sum() - picked.sum()) / n
        return self.loss

    def backward(self, dout=1):
        y = self.y.reshape(-1, self.y.shape[-1])
        batch_size = y.shape[0]
        if np.size(self.t) == self.y.size:  # one-hot teacher data
            dx = y - np.asarray(self.t, dtype=y.dtype).reshape(y.shape)
        else:
            dx = y.copy()
            dx[np.arange(batch_size), self._labels(self.t, batch_size)] -= 1
        # dout is the upstream gradient of the loss (1 when the loss is the output).
        dx *= dout / batch_size
        return dx.reshape(self.y.shape)

    @staticmethod
    def _labels(t, n):
        t = np.asarray(t)
        if t.size != n:  # one-hot rows -> label indices
            return t.reshape(n, -1).argmax(axis=1)
        return t.reshape(n)


class Dropout:
    """Ch6.4.3 dropout (arxiv.org/abs/1207.0580): train y = x * mask; test y = x * (1 - r)."""

    uses_train_flg = True

    def __init__(self, dropout_ratio=0.5, rng=None):
        if not 0 <= dropout_ratio < 1:
            raise ValueError(f"dropout_ratio must be in [0, 1), got {dropout_ratio!r}")
        self.dropout_ratio = dropout_ratio
        self.rng = rng if rng is not None else np.random.default_rng()
        self.mask = None

    def forward(self, x, train_flg=True):
        if train_flg:
            dtype = x.dtype if x.dtype in (np.float32, np.float64) else np.float64
            self.mask = self.rng.random(x.shape, dtype=dtype) > self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)

    def backward(self, dout):
        return dout * self.mask


class BatchNormalization:
    """Ch6.3 batch norm (http://arxiv.org/abs/1502.03167): y = γ (x - μ) / √(σ² + ε) + β."""

    uses_train_flg = True
    state_keys = ("running_mean", "running_var")

    def __init__(self, gamma, beta, momentum=0.9, running_mean=None, running_var=None):
        self.gamma = gamma  # (D,), shared with the net's params dict
        self.beta = beta
        self.momentum = momentum
        self.input_shape = None  # 4-D after a conv layer, 2-D after an affine one
        # Used at test time; sized from gamma so a model file can restore them before any forward.
        self.running_mean = (
            np.zeros_like(gamma) if running_mean is None else np.asarray(running_mean)
        )
        self.running_var = np.zeros_like(gamma) if running_var is None else np.asarray(running_var)
        # Kept from forward for backward.
        self.batch_size = None
        self.xc = None
        self.xn = None
        self.std = None
        self.dgamma = None
        self.dbeta = None

    def forward(self, x, train_flg=True):
        self.input_shape = x.shape
        x = x.reshape(x.shape[0], -1)  # (N, D); D = C*H*W after a conv layer, as in the book
        if train_flg:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc * xc, axis=0)
            std = np.sqrt(var + 10e-7)
            xn = xc / std
            self.batch_size = x.shape[0]
            self.xc = xc
            self.xn = xn
            self.std = std
            # In place, so the arrays a model file or a view holds stay the live ones.
            self.running_mean *= self.momentum
            self.running_mean += (1 - self.momentum) * mu
            self.running_var *= self.momentum
            self.running_var += (1 - self.momentum) * var
        else:
            xn = (x - self.running_mean) / np.sqrt(self.running_var + 10e-7)
        out = self.gamma * xn + self.beta
        return out.reshape(self.input_shape)

    def backward(self, dout):
        dout = dout.reshape(dout.shape[0], -1)
        self.dbeta = dout.sum(axis=0)
        self.dgamma = np.sum(self.xn * dout, axis=0)
        dxn = self.gamma * dout
        dxc = dxn / self.std
        dstd = -np.sum((dxn * self.xc) / (self.std * self.std), axis=0)
        dvar = 0.5 * dstd / self.std
        dxc += (2.0 / self.batch_size) * self.xc * dvar
        dmu = np.sum(dxc, axis=0)
        dx = dxc - dmu / self.batch_size
        return dx.reshape(self.input_shape)


# Activation layers the nets can build by name.
ACTIVATION_LAYERS = {"relu": Relu, "sigmoid": Sigmoid, "tanh": Tanh}
