"""The Draw tab's Qt-free state: the model in use and what it makes of the current drawing."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnviz.engine.layers import ACTIVATION_LAYERS
from nnviz.engine.preprocess import Preprocessed, digit_probabilities, preprocess_steps


def first_conv_maps(net, x: np.ndarray) -> np.ndarray | None:
    """Ch7 feature maps of the first convolution for one (28, 28) digit -> (FN, OH, OW), or None.

    Runs the layers up to the first Convolution and its activation (e.g. Conv1 -> Relu1): the
    book's learned 5x5 filters applied to the student's own digit. None for a net without one.
    """
    layers = list(net.layers.values())
    conv_at = next(
        (i for i, layer in enumerate(layers) if getattr(layer, "W", None) is not None), None
    )
    if conv_at is None or layers[conv_at].W.ndim != 4:  # W (FN, C, FH, FW) only in Convolution
        return None
    h = x.reshape(1, 1, *x.shape).astype(layers[conv_at].W.dtype)  # (1, 1, 28, 28)
    stop = conv_at + 1
    if stop < len(layers) and isinstance(layers[stop], tuple(ACTIVATION_LAYERS.values())):
        stop += 1
    for layer in layers[:stop]:
        if getattr(layer, "uses_train_flg", False):
            h = layer.forward(h, False)
        else:
            h = layer.forward(h)
    return np.array(h[0])  # (FN, OH, OW), a copy: the layers reuse their buffers


def first_conv_shape(net) -> tuple[int, int, int] | None:
    """(FN, FH, FW) of the net's first convolution, or None if it starts with Affine."""
    weights = (getattr(layer, "W", None) for layer in net.layers.values())
    W = next((w for w in weights if w is not None), None)
    if W is None or W.ndim != 4:
        return None
    return int(W.shape[0]), int(W.shape[2]), int(W.shape[3])


@dataclass
class DrawState:
    """Model in use + the current drawing's network input, probabilities and feature maps."""

    net: object = None
    model_name: str = ""
    model_error: str = ""  # why there is no model (shown instead of a prediction)
    steps: Preprocessed | None = None  # None: the pad is empty
    probabilities: np.ndarray | None = None  # (10,)
    feature_maps: np.ndarray | None = None  # (FN, OH, OW) for ConvNets
    predictions: int = field(default=0)  # how many times the net was asked (for tests/benchmarks)

    def set_model(self, net, name: str) -> None:
        """Use net from now on; ValueError (and no change) if it does not read 28x28 digits."""
        digit_probabilities(net, np.zeros((28, 28), dtype=np.float32))
        self.net, self.model_name, self.model_error = net, name, ""

    def set_model_error(self, message: str) -> None:
        self.net, self.model_name, self.model_error = None, "", message

    @property
    def too_little_ink(self) -> bool:
        """Something is drawn, but only a dot or a short tick: not a digit yet, no guess shown."""
        return self.steps is not None and not self.steps.enough_ink

    @property
    def digit(self) -> int | None:
        return None if self.probabilities is None else int(np.argmax(self.probabilities))

    @property
    def confidence(self) -> float:
        return 0.0 if self.probabilities is None else float(self.probabilities.max())

    def update(self, ink: np.ndarray, pen_width: float | None = None) -> None:
        """New drawing: ink (H, W) in [0, 1], 0 = paper. Preprocess, then ask the model.

        pen_width: the user's pen in ink pixels, when `ink` was drawn thinner than the user sees
        it (the pad's network copy): a tick is "short" for the pen the user holds.
        """
        self.steps = preprocess_steps(ink, polarity="light_on_dark", pen_width=pen_width)
        self.probabilities = self.feature_maps = None
        if self.steps is None or self.net is None or self.too_little_ink:
            return  # no certainty to show about a dot: the engine's too_little_ink decides
        self.probabilities = digit_probabilities(self.net, self.steps.x)
        self.feature_maps = first_conv_maps(self.net, self.steps.x)
        self.predictions += 1
