"""Chapters 7-8: SimpleConvNet and DeepConvNet, the book's convolutional networks.

Both are ``LayerNet``s (see nets.py): the same predict / loss / accuracy / gradient, a JSON-able
``spec``, registered by name so ``build_net`` and the model files handle them like the MLPs.
"""

from __future__ import annotations

import math
import numbers
from collections import OrderedDict

import numpy as np

from nnviz.engine.conv_layers import Convolution, Pooling
from nnviz.engine.im2col import conv_output_size
from nnviz.engine.layers import Affine, Dropout, Relu
from nnviz.engine.nets import (
    LayerNet,
    _check_size,
    _spec_value,
    as_dtype,
    as_rng,
    register_net,
    weight_scale,
)

__all__ = ["SimpleConvNet", "DeepConvNet"]

CONV_PARAM_KEYS = ("filter_num", "filter_size", "pad", "stride")


def _input_dim(input_dim) -> tuple[int, int, int]:
    if isinstance(input_dim, (str, bytes)) or len(input_dim) != 3:
        raise ValueError(f"input_dim must be (channels, height, width), got {input_dim!r}")
    return tuple(_check_size("input_dim", n) for n in input_dim)


def _conv_param(conv_param, default) -> dict:
    """The book's conv_param dict, with missing keys from ``default`` and unknown keys refused."""
    param = dict(default)
    unknown = set(conv_param or {}) - set(CONV_PARAM_KEYS)
    if unknown:
        raise ValueError(f"unknown conv_param keys {sorted(unknown)}; use {CONV_PARAM_KEYS}")
    param.update(conv_param or {})
    for key in ("filter_num", "filter_size", "stride"):
        param[key] = _check_size(key, param[key])
    pad = param["pad"]
    if isinstance(pad, bool) or not isinstance(pad, numbers.Integral) or pad < 0:
        raise ValueError(f"pad must be a non-negative integer, got {pad!r}")
    param["pad"] = int(pad)
    return param


class ConvNetBase(LayerNet):
    """What the conv nets add to LayerNet: flat MNIST rows are accepted as images."""

    input_dim: tuple[int, int, int] = (1, 28, 28)
    # Images per forward pass in accuracy(): bounds the im2col matrices (about 15 MB for
    # SimpleConvNet's 250, 45 MB for DeepConvNet's widest layer at 100).
    eval_batch_size = 250

    def _as_input(self, x):
        x = super()._as_input(x)
        if x.ndim == 2 and x.shape[1] == math.prod(self.input_dim):
            x = x.reshape(len(x), *self.input_dim)  # (N, 784) -> (N, 1, 28, 28)
        return x

    def accuracy(self, x, t, batch_size=None):
        """Ch7 accuracy, in batches of ``eval_batch_size`` images unless told otherwise."""
        return super().accuracy(x, t, batch_size=batch_size or self.eval_batch_size)


@register_net("simple_convnet")
class SimpleConvNet(ConvNetBase):
    """Ch7.5 SimpleConvNet: Conv1 → Relu1 → Pool1 → Affine1 → Relu2 → Affine2 → SoftmaxWithLoss.

    Shapes for MNIST: (N, 1, 28, 28) → conv 30×5×5 → (N, 30, 24, 24) → pool 2×2 → (N, 30, 12, 12)
    → affine (4320 → 100) → affine (100 → 10).
    """

    def __init__(
        self,
        input_dim=(1, 28, 28),
        conv_param=None,
        hidden_size=100,
        output_size=10,
        weight_init_std=0.01,
        dtype=np.float64,
        rng=None,
    ):
        super().__init__()
        self.input_dim = _input_dim(input_dim)
        self.conv_param = _conv_param(
            conv_param, {"filter_num": 30, "filter_size": 5, "pad": 0, "stride": 1}
        )
        self.hidden_size = _check_size("hidden_size", hidden_size)
        self.output_size = _check_size("output_size", output_size)
        self.weight_init_std = _spec_value(weight_init_std)
        self.dtype = as_dtype(dtype)
        rng = as_rng(rng)

        C, H, W = self.input_dim
        FN, FS = self.conv_param["filter_num"], self.conv_param["filter_size"]
        pad, stride = self.conv_param["pad"], self.conv_param["stride"]
        conv_h = conv_output_size(H, FS, stride, pad)
        conv_w = conv_output_size(W, FS, stride, pad)
        pool_output_size = FN * conv_output_size(conv_h, 2, 2) * conv_output_size(conv_w, 2, 2)

        shapes = {
            "W1": (FN, C, FS, FS),
            "W2": (pool_output_size, self.hidden_size),
            "W3": (self.hidden_size, self.output_size),
        }
        fan_in = {"W1": C * FS * FS, "W2": pool_output_size, "W3": self.hidden_size}
        for idx, key in enumerate(shapes, start=1):
            scale = weight_scale(weight_init_std, fan_in[key])
            # Drawn in float64 then cast: the same seed gives the same net in either dtype.
            W = scale * rng.standard_normal(shapes[key])
            self.params[key] = W.astype(self.dtype)
            b_size = FN if key == "W1" else shapes[key][1]  # one bias per filter / per output
            self.params[f"b{idx}"] = np.zeros(b_size, dtype=self.dtype)

        p = self.params
        self.layers = OrderedDict()
        self.layers["Conv1"] = Convolution(p["W1"], p["b1"], stride, pad)
        self.layers["Relu1"] = Relu()
        self.layers["Pool1"] = Pooling(pool_h=2, pool_w=2, stride=2)
        self.layers["Affine1"] = Affine(p["W2"], p["b2"])
        self.layers["Relu2"] = Relu()
        self.layers["Affine2"] = Affine(p["W3"], p["b3"])
        self.param_layers = {
            "W1": ("Conv1", "W"),
            "b1": ("Conv1", "b"),
            "W2": ("Affine1", "W"),
            "b2": ("Affine1", "b"),
            "W3": ("Affine2", "W"),
            "b3": ("Affine2", "b"),
        }

    @property
    def spec(self):
        return {
            "type": self.net_type,
            "input_dim": list(self.input_dim),
            "conv_param": dict(self.conv_param),
            "hidden_size": self.hidden_size,
            "output_size": self.output_size,
            "weight_init_std": self.weight_init_std,
            "dtype": self.dtype.name,
        }


DEEP_CONV_PARAMS = (
    {"filter_num": 16, "filter_size": 3, "pad": 1, "stride": 1},
    {"filter_num": 16, "filter_size": 3, "pad": 1, "stride": 1},
    {"filter_num": 32, "filter_size": 3, "pad": 1, "stride": 1},
    {"filter_num": 32, "filter_size": 3, "pad": 2, "stride": 1},
    {"filter_num": 64, "filter_size": 3, "pad": 1, "stride": 1},
    {"filter_num": 64, "filter_size": 3, "pad": 1, "stride": 1},
)


@register_net("deep_convnet")
class DeepConvNet(ConvNetBase):
    """Ch8.1 DeepConvNet: (conv → relu → conv → relu → pool) × 3 → affine → relu → dropout
    → affine → dropout → softmax, with He initial weights (√(2/fan_in)).

    Shapes for MNIST: 28×28 → 28 → 28 → pool 14 → 14 → 16 (pad 2) → pool 8 → 8 → 8 → pool 4,
    so Affine1 sees 64×4×4 = 1024 values.
    """

    eval_batch_size = 100

    def __init__(
        self,
        input_dim=(1, 28, 28),
        conv_param_1=None,
        conv_param_2=None,
        conv_param_3=None,
        conv_param_4=None,
        conv_param_5=None,
        conv_param_6=None,
        hidden_size=50,
        output_size=10,
        dropout_ratio=0.5,
        dtype=np.float64,
        rng=None,
    ):
        super().__init__()
        self.input_dim = _input_dim(input_dim)
        given = (conv_param_1, conv_param_2, conv_param_3, conv_param_4, conv_param_5, conv_param_6)
        self.conv_params = [
            _conv_param(p, default) for p, default in zip(given, DEEP_CONV_PARAMS, strict=True)
        ]
        self.hidden_size = _check_size("hidden_size", hidden_size)
        self.output_size = _check_size("output_size", output_size)
        self.dropout_ratio = float(dropout_ratio)
        self.dtype = as_dtype(dtype)
        rng = as_rng(rng)

        channels, h, w = self.input_dim
        self.layers = OrderedDict()
        self.param_layers = {}
        for idx, param in enumerate(self.conv_params, start=1):
            FN, FS = param["filter_num"], param["filter_size"]
            scale = weight_scale("he", channels * FS * FS)
            self._add_params(idx, rng, scale, (FN, channels, FS, FS), FN)
            self.layers[f"Conv{idx}"] = Convolution(
                self.params[f"W{idx}"], self.params[f"b{idx}"], param["stride"], param["pad"]
            )
            self.param_layers[f"W{idx}"] = (f"Conv{idx}", "W")
            self.param_layers[f"b{idx}"] = (f"Conv{idx}", "b")
            self.layers[f"Relu{idx}"] = Relu()
            channels = FN
            h = conv_output_size(h, FS, param["stride"], param["pad"])
            w = conv_output_size(w, FS, param["stride"], param["pad"])
            if idx % 2 == 0:
                self.layers[f"Pool{idx // 2}"] = Pooling(pool_h=2, pool_w=2, stride=2)
                h, w = conv_output_size(h, 2, 2), conv_output_size(w, 2, 2)

        flat = channels * h * w  # 64 * 4 * 4 for MNIST
        affine_sizes = ((7, flat, self.hidden_size), (8, self.hidden_size, self.output_size))
        for idx, n_in, n_out in affine_sizes:
            self._add_params(idx, rng, weight_scale("he", n_in), (n_in, n_out), n_out)
            name = f"Affine{idx - 6}"
            self.layers[name] = Affine(self.params[f"W{idx}"], self.params[f"b{idx}"])
            self.param_layers[f"W{idx}"] = (name, "W")
            self.param_layers[f"b{idx}"] = (name, "b")
            if idx == 7:
                self.layers["Relu7"] = Relu()
            self.layers[f"Dropout{idx - 6}"] = Dropout(self.dropout_ratio, rng=rng)

    def _add_params(self, idx, rng, scale, w_shape, b_size):
        W = scale * rng.standard_normal(w_shape)  # float64 draw, then cast (same net per seed)
        self.params[f"W{idx}"] = W.astype(self.dtype)
        self.params[f"b{idx}"] = np.zeros(b_size, dtype=self.dtype)

    @property
    def spec(self):
        spec = {"type": self.net_type, "input_dim": list(self.input_dim)}
        for idx, param in enumerate(self.conv_params, start=1):
            spec[f"conv_param_{idx}"] = dict(param)
        spec.update(
            hidden_size=self.hidden_size,
            output_size=self.output_size,
            dropout_ratio=self.dropout_ratio,
            dtype=self.dtype.name,
        )
        return spec
