"""The Draw tab's Qt-free state: the model in use and what it makes of the current drawing."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from nnviz.engine.blas_threads import blas_threads
from nnviz.engine.preprocess import Preprocessed, digit_probabilities, preprocess_steps
from nnviz.engine.trace import forward_trace


def first_conv_shape(net) -> tuple[int, int, int] | None:
    """(FN, FH, FW) of the net's first convolution, or None if it starts with Affine."""
    weights = (getattr(layer, "W", None) for layer in net.layers.values())
    W = next((w for w in weights if w is not None), None)
    if W is None or W.ndim != 4:
        return None
    return int(W.shape[0]), int(W.shape[2]), int(W.shape[3])


@dataclass
class DrawState:
    """Model in use + the current drawing's network input, probabilities and every layer's
    output (the strip beside the pad)."""

    net: object = None
    model_name: str = ""
    model_error: str = ""  # why there is no model (shown instead of a prediction)
    steps: Preprocessed | None = None  # None: the pad is empty
    probabilities: np.ndarray | None = None  # (10,)
    trace: list[tuple[str, np.ndarray]] | None = None  # forward_trace: Input .. Softmax
    predictions: int = field(default=0)  # how many times the net was asked (for tests/benchmarks)
    # A second model read the same input on request (ch8: DeepConvNet beside SimpleConvNet).
    compare_net: object = None
    compare_name: str = ""
    compare_probabilities: np.ndarray | None = None  # (10,)
    # Whether no other thread may be inside a BLAS call now (the tab asks its workers).
    may_change_blas_threads: Callable[[], bool] = lambda: True

    def set_model(self, net, name: str) -> None:
        """Use net from now on; ValueError (and no change) if it does not read 28x28 digits."""
        digit_probabilities(net, np.zeros((28, 28), dtype=np.float32))
        self.net, self.model_name, self.model_error = net, name, ""

    def set_compare(self, net, name: str = "") -> None:
        """Also ask net (None: no second opinion); ValueError if it does not read digits."""
        if net is not None:
            digit_probabilities(net, np.zeros((28, 28), dtype=np.float32))
        self.compare_net, self.compare_name = net, name if net is not None else ""
        self.compare_probabilities = None

    @property
    def compare_digit(self) -> int | None:
        p = self.compare_probabilities
        return None if p is None else int(np.argmax(p))

    @property
    def disagree(self) -> bool:
        """Both models answered, with different digits."""
        return self.compare_digit is not None and self.compare_digit != self.digit

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
        self.probabilities = self.trace = self.compare_probabilities = None
        if self.steps is None or self.net is None or self.too_little_ink:
            return  # no certainty to show about a dot: the engine's too_little_ink decides
        # One digit: products too small to gain from threads, which stall on a busy machine.
        # OpenBLAS's thread count is the process's: changing it while another thread is inside
        # a BLAS call can hang both, so only when nothing else computes (may_change_blas_threads).
        single = blas_threads(1) if self.may_change_blas_threads() else contextlib.nullcontext()
        with single:
            # One forward pass gives both: the strip's layers and, last, the probabilities.
            self.trace = forward_trace(self.net, self.steps.x)
            if self.compare_net is not None:
                self.compare_probabilities = digit_probabilities(self.compare_net, self.steps.x)
        self.probabilities = self.trace[-1][1].reshape(-1)  # (10,), set_model checked the size
        self.predictions += 1
