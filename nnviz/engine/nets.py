"""Ch5-6 networks: TwoLayerNet, MultiLayerNet, MultiLayerNetExtend, built from a small spec.

Every net registers itself with ``@register_net(name)`` and has a ``spec`` property: a JSON-able
dict ``{"type": name, **constructor_kwargs}`` from which ``build_net(spec)`` rebuilds it (the
model files and the UI rely on this). The shared machinery is in ``LayerNet``: a net only fills
``params`` (name -> array, the same arrays its layers hold), ``layers`` (an OrderedDict run in
order), ``last_layer`` and ``param_layers`` (param name -> (layer name, attribute name)).
"""

from __future__ import annotations

import numbers
from collections import OrderedDict

import numpy as np

from nnviz.engine.functions import cross_entropy_error, softmax
from nnviz.engine.gradient import numerical_gradient as _numerical_gradient
from nnviz.engine.gradient import numerical_gradient_steps
from nnviz.engine.layers import (
    ACTIVATION_LAYERS,
    Affine,
    BatchNormalization,
    Dropout,
    Relu,
    SoftmaxWithLoss,
)

NETS: dict[str, type] = {}


def register_net(name):
    """Class decorator: put the net in ``NETS`` under ``name`` (the ``type`` of its spec)."""

    def decorate(cls):
        if name in NETS and NETS[name] is not cls:
            raise ValueError(f"a net named {name!r} is already registered")
        cls.net_type = name
        NETS[name] = cls
        return cls

    return decorate


def build_net(spec, rng=None, dtype=None):
    """A new net from its spec; ``dtype`` (if given) overrides the spec's."""
    if not isinstance(spec, dict) or "type" not in spec:
        raise ValueError("a net spec must be a dict with a 'type' key")
    kwargs = dict(spec)
    name = kwargs.pop("type")
    cls = NETS.get(name)
    if cls is None:
        raise ValueError(f"unknown net type {name!r}; known types: {', '.join(sorted(NETS))}")
    if dtype is not None:
        kwargs["dtype"] = dtype
    return cls(**kwargs, rng=rng)


def as_dtype(dtype):
    """np.float32 or np.float64 from a dtype or its name; other dtypes are refused."""
    dt = np.dtype(dtype)
    if dt not in (np.float32, np.float64):
        raise ValueError(f"dtype must be float32 or float64, got {dt}")
    return dt


def as_rng(rng):
    """A np.random.Generator from a Generator, a seed (int) or None (fresh entropy)."""
    if isinstance(rng, np.random.Generator):
        return rng
    return np.random.default_rng(rng)


def weight_scale(weight_init_std, fan_in):
    """Ch6.2 initial weight std: a number, 'he'/'relu' (√(2/n)) or 'xavier'/'sigmoid' (√(1/n))."""
    name = str(weight_init_std).lower()
    if name in ("relu", "he"):
        return np.sqrt(2.0 / fan_in)
    if name in ("sigmoid", "xavier"):
        return np.sqrt(1.0 / fan_in)
    if isinstance(weight_init_std, numbers.Real) and not isinstance(weight_init_std, bool):
        return float(weight_init_std)
    raise ValueError(f"weight_init_std must be a number, 'he' or 'xavier', got {weight_init_std!r}")


def _check_size(name, value):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


def _spec_value(value):
    """numpy scalars to plain Python, so a spec stays JSON-able."""
    return value.item() if isinstance(value, np.generic) else value


class LayerNet:
    """What every layered net shares: predict, loss, accuracy, gradient (backprop) and its check."""

    net_type = None  # set by @register_net
    dtype = np.dtype(np.float64)
    weight_decay_lambda = 0.0

    def __init__(self):
        self.params = {}
        self.layers = OrderedDict()
        self.last_layer = SoftmaxWithLoss()
        # param name -> (layer name, attribute), e.g. "W1" -> ("Affine1", "W"); grad is "d" + attr.
        self.param_layers = {}
        self.last_loss = None  # loss of the latest gradient() call: the trainer needs no 2nd pass

    @property
    def spec(self):
        raise NotImplementedError

    def _as_input(self, x):
        x = np.asarray(x)
        # The float32 path stays float32: a float64 batch is cast once here, not in every layer.
        return x if x.dtype == self.dtype else x.astype(self.dtype)

    def predict(self, x, train_flg=False):
        """Forward through every layer but the loss; train_flg goes to Dropout and BatchNorm."""
        x = self._as_input(x)
        for layer in self.layers.values():
            if getattr(layer, "uses_train_flg", False):
                x = layer.forward(x, train_flg)
            else:
                x = layer.forward(x)
        return x

    def weight_decay(self):
        """Ch6.4.2 L2 penalty: ½ λ Σ ‖W‖²."""
        if not self.weight_decay_lambda:
            return 0.0
        total = 0.0
        for key in self.decayed_params():
            W = self.params[key]
            total += 0.5 * self.weight_decay_lambda * float(np.sum(W * W))
        return total

    def decayed_params(self):
        """Names of the params that weight decay applies to (the weights, not biases)."""
        return [key for key in self.params if key.startswith("W")]

    def loss(self, x, t, train_flg=True):
        """Ch4-6 loss: cross-entropy of softmax(predict(x)) against t, plus weight decay."""
        y = self.predict(x, train_flg)
        return self.last_layer.forward(y, t) + self.weight_decay()

    def accuracy(self, x, t, batch_size=1000):
        """Ch4.5 share of samples whose argmax output equals the label (t: labels or one-hot)."""
        steps = self.accuracy_steps(x, t, batch_size)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value

    def accuracy_steps(self, x, t, batch_size=1000):
        """``accuracy`` as a generator that yields None after each batch and returns the share.

        ``acc = yield from net.accuracy_steps(x, t)`` lets a caller (the app's worker) stop or
        pause between batches of a long evaluation.
        """
        t = np.asarray(t)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        if len(t) == 0:
            return 0.0
        correct = 0
        for i in range(0, len(t), batch_size):
            y = self.predict(x[i : i + batch_size], train_flg=False)
            correct += int(np.sum(np.argmax(y, axis=1) == t[i : i + batch_size]))
            yield None
        return correct / len(t)

    def gradient(self, x, t):
        """Ch5.7 gradient by backpropagation: dict param name -> ∂L/∂param."""
        self.last_loss = self.loss(x, t, train_flg=True)
        dout = self.last_layer.backward(1)
        layers = list(self.layers.values())
        for layer in reversed(layers[1:]):
            dout = layer.backward(dout)
        first = layers[0]
        # Nobody needs ∂L/∂x of the input batch: skip its (N, D) product where we can.
        if hasattr(first, "backward_params"):
            first.backward_params(dout)
        else:
            first.backward(dout)
        return self._collect_grads()

    def _collect_grads(self):
        grads = {}
        decayed = set(self.decayed_params()) if self.weight_decay_lambda else ()
        for key, (layer_name, attr) in self.param_layers.items():
            g = getattr(self.layers[layer_name], "d" + attr)
            if key in decayed:
                g = g + self.weight_decay_lambda * self.params[key]  # ∂(½λ‖W‖²)/∂W = λW
            grads[key] = g
        return grads

    def numerical_gradient(self, x, t):
        """Ch4.5 the same gradient by central differences (slow: for checking gradient())."""

        def loss_w(_):
            return self.loss(x, t, train_flg=True)

        return {key: _numerical_gradient(loss_w, self.params[key]) for key in self.params}

    def numerical_gradient_steps(self, x, t, h=1e-4):
        """Ch4.5 ``numerical_gradient`` one parameter element at a time, for a stoppable worker.

        Yields ``(param name, NudgeStep)`` after each element; ``grads = yield from
        net.numerical_gradient_steps(x, t)`` returns the same dict as ``numerical_gradient``.
        Every weight is back in place whenever it yields.
        """

        def loss_w(_):
            return self.loss(x, t, train_flg=True)

        grads = {}
        for key in self.params:
            steps = numerical_gradient_steps(loss_w, self.params[key], h)
            while True:
                try:
                    step = next(steps)
                except StopIteration as done:
                    grads[key] = done.value
                    break
                yield key, step
        return grads

    def parameter_count(self):
        """How many numbers the net learns (each one a pair of forward passes numerically)."""
        return sum(int(p.size) for p in self.params.values())


# The W printed in the book's section 4.4.2 (its simpleNet draws W at random; these are the
# numbers its example shows), with x = [0.6, 0.9] and t = [0, 0, 1].
BOOK_SIMPLE_NET_W = np.array(
    [[0.47355232, 0.9977393, 0.84668094], [0.85557411, 0.03563661, 0.69422093]]
)
BOOK_SIMPLE_NET_X = np.array([0.6, 0.9])
BOOK_SIMPLE_NET_T = np.array([0, 0, 1])


class SimpleNet:
    """Ch4.4.2 the book's simpleNet: one 2×3 weight W, z = x·W, loss = CEE(softmax(z), t)."""

    def __init__(self, W=None, rng=None):
        if W is None:
            W = as_rng(rng).standard_normal((2, 3))  # the book: np.random.randn(2, 3)
        self.W = np.array(W, dtype=np.float64)  # a copy: the net's own array is nudged in place
        if self.W.shape != (2, 3):
            raise ValueError(f"simpleNet's W must be 2×3, got shape {self.W.shape}")

    def predict(self, x):
        """z = x·W (no bias, no activation)."""
        return np.dot(x, self.W)

    def loss(self, x, t):
        """Ch4.4.2 L = cross_entropy_error(softmax(x·W), t)."""
        return cross_entropy_error(softmax(self.predict(x)), t)

    def accuracy(self, x, t):
        """Ch4.2.5 share of rows of x whose largest score is the label (t: labels or one-hot)."""
        t = np.asarray(t)
        labels = t.argmax(axis=-1) if t.ndim == np.ndim(x) else t
        return float(np.mean(np.argmax(self.predict(x), axis=-1) == labels))


@register_net("two_layer")
class TwoLayerNet(LayerNet):
    """Ch4.5 / 5.7 two-layer net: Affine1 → Relu1 → Affine2 → SoftmaxWithLoss."""

    def __init__(
        self,
        input_size,
        hidden_size,
        output_size,
        weight_init_std=0.01,
        dtype=np.float64,
        rng=None,
    ):
        super().__init__()
        self.input_size = _check_size("input_size", input_size)
        self.hidden_size = _check_size("hidden_size", hidden_size)
        self.output_size = _check_size("output_size", output_size)
        self.weight_init_std = _spec_value(weight_init_std)
        self.dtype = as_dtype(dtype)
        rng = as_rng(rng)
        sizes = [self.input_size, self.hidden_size, self.output_size]
        for idx in (1, 2):
            fan_in, fan_out = sizes[idx - 1], sizes[idx]
            scale = weight_scale(weight_init_std, fan_in)
            # Drawn in float64 then cast: same seed, same starting point for either dtype.
            W = scale * rng.standard_normal((fan_in, fan_out))
            self.params[f"W{idx}"] = W.astype(self.dtype)
            self.params[f"b{idx}"] = np.zeros(fan_out, dtype=self.dtype)
        self.layers["Affine1"] = Affine(self.params["W1"], self.params["b1"])
        self.layers["Relu1"] = Relu()
        self.layers["Affine2"] = Affine(self.params["W2"], self.params["b2"])
        self.param_layers = {
            "W1": ("Affine1", "W"),
            "b1": ("Affine1", "b"),
            "W2": ("Affine2", "W"),
            "b2": ("Affine2", "b"),
        }

    @property
    def spec(self):
        return {
            "type": self.net_type,
            "input_size": self.input_size,
            "hidden_size": self.hidden_size,
            "output_size": self.output_size,
            "weight_init_std": self.weight_init_std,
            "dtype": self.dtype.name,
        }


@register_net("multi_layer_extend")
class MultiLayerNetExtend(LayerNet):
    """Ch6 fully connected net: (Affine → [BatchNorm] → activation → [Dropout]) × n → Affine."""

    def __init__(
        self,
        input_size,
        hidden_size_list,
        output_size,
        activation="relu",
        weight_init_std="relu",
        weight_decay_lambda=0,
        use_dropout=False,
        dropout_ration=0.5,
        use_batchnorm=False,
        dtype=np.float64,
        rng=None,
    ):
        super().__init__()
        self.input_size = _check_size("input_size", input_size)
        if isinstance(hidden_size_list, (str, bytes)) or not hasattr(hidden_size_list, "__iter__"):
            raise ValueError(f"hidden_size_list must be a list of sizes, got {hidden_size_list!r}")
        self.hidden_size_list = [_check_size("hidden size", n) for n in hidden_size_list]
        self.hidden_layer_num = len(self.hidden_size_list)
        self.output_size = _check_size("output_size", output_size)
        if activation not in ACTIVATION_LAYERS:
            raise ValueError(
                f"activation must be one of {', '.join(ACTIVATION_LAYERS)}, got {activation!r}"
            )
        self.activation = activation
        self.weight_init_std = _spec_value(weight_init_std)
        if not (isinstance(weight_decay_lambda, numbers.Real) and weight_decay_lambda >= 0):
            raise ValueError(f"weight_decay_lambda must be >= 0, got {weight_decay_lambda!r}")
        self.weight_decay_lambda = float(weight_decay_lambda)
        self.use_dropout = bool(use_dropout)
        self.dropout_ration = float(dropout_ration)
        self.use_batchnorm = bool(use_batchnorm)
        self.dtype = as_dtype(dtype)
        rng = as_rng(rng)

        all_sizes = [self.input_size, *self.hidden_size_list, self.output_size]
        for idx in range(1, len(all_sizes)):
            scale = weight_scale(weight_init_std, all_sizes[idx - 1])
            W = scale * rng.standard_normal((all_sizes[idx - 1], all_sizes[idx]))
            self.params[f"W{idx}"] = W.astype(self.dtype)
            self.params[f"b{idx}"] = np.zeros(all_sizes[idx], dtype=self.dtype)

        activation_layer = ACTIVATION_LAYERS[activation]
        for idx in range(1, self.hidden_layer_num + 1):
            self.layers[f"Affine{idx}"] = Affine(self.params[f"W{idx}"], self.params[f"b{idx}"])
            self.param_layers[f"W{idx}"] = (f"Affine{idx}", "W")
            self.param_layers[f"b{idx}"] = (f"Affine{idx}", "b")
            if self.use_batchnorm:
                size = self.hidden_size_list[idx - 1]
                self.params[f"gamma{idx}"] = np.ones(size, dtype=self.dtype)
                self.params[f"beta{idx}"] = np.zeros(size, dtype=self.dtype)
                self.layers[f"BatchNorm{idx}"] = BatchNormalization(
                    self.params[f"gamma{idx}"], self.params[f"beta{idx}"]
                )
                self.param_layers[f"gamma{idx}"] = (f"BatchNorm{idx}", "gamma")
                self.param_layers[f"beta{idx}"] = (f"BatchNorm{idx}", "beta")
            self.layers[f"Activation_function{idx}"] = activation_layer()
            if self.use_dropout:
                self.layers[f"Dropout{idx}"] = Dropout(self.dropout_ration, rng=rng)
        idx = self.hidden_layer_num + 1
        self.layers[f"Affine{idx}"] = Affine(self.params[f"W{idx}"], self.params[f"b{idx}"])
        self.param_layers[f"W{idx}"] = (f"Affine{idx}", "W")
        self.param_layers[f"b{idx}"] = (f"Affine{idx}", "b")

    @property
    def spec(self):
        return {
            "type": self.net_type,
            "input_size": self.input_size,
            "hidden_size_list": list(self.hidden_size_list),
            "output_size": self.output_size,
            "activation": self.activation,
            "weight_init_std": self.weight_init_std,
            "weight_decay_lambda": self.weight_decay_lambda,
            "use_dropout": self.use_dropout,
            "dropout_ration": self.dropout_ration,
            "use_batchnorm": self.use_batchnorm,
            "dtype": self.dtype.name,
        }


@register_net("multi_layer")
class MultiLayerNet(MultiLayerNetExtend):
    """Ch6 fully connected net without dropout or batch norm: (Affine → activation) × n → Affine."""

    def __init__(
        self,
        input_size,
        hidden_size_list,
        output_size,
        activation="relu",
        weight_init_std="relu",
        weight_decay_lambda=0,
        dtype=np.float64,
        rng=None,
    ):
        super().__init__(
            input_size,
            hidden_size_list,
            output_size,
            activation=activation,
            weight_init_std=weight_init_std,
            weight_decay_lambda=weight_decay_lambda,
            dtype=dtype,
            rng=rng,
        )

    @property
    def spec(self):
        spec = super().spec
        for key in ("use_dropout", "dropout_ration", "use_batchnorm"):
            del spec[key]
        return spec
