"""Chapter 7.5 / 3.4: what every layer of a net outputs for one digit, in the order they run.

The Draw tab's live strip and the Convolution tab's "Inside the network" page both show this;
it runs the net's own layers exactly as ``predict`` does (train_flg False), so the pictures and
the prediction are the same numbers.
"""

from __future__ import annotations

import numpy as np

from nnviz.engine.functions import softmax
from nnviz.engine.preprocess import network_input


def forward_trace(net, x: np.ndarray) -> list[tuple[str, np.ndarray]]:
    """(layer name, output) for "Input", every layer of ``net`` and "Softmax", for one (28, 28)
    digit: (1, C, H, W) maps after convolution and pooling, (1, D) after Affine.

    The outputs are copies (the layers reuse their buffers); the last entry is the softmax of
    the scores, the probabilities ``digit_probabilities`` returns. ValueError if the net does
    not read 28x28 digits.
    """
    h = network_input(net, x)
    as_input = getattr(net, "_as_input", None)  # the dtype cast predict makes first
    if as_input is not None:
        h = as_input(h)
    trace = [("Input", np.array(h))]
    for name, layer in net.layers.items():
        if getattr(layer, "uses_train_flg", False):
            h = layer.forward(h, False)
        else:
            h = layer.forward(h)
        trace.append((name, np.array(h)))
    trace.append(("Softmax", softmax(np.asarray(h, dtype=np.float64))))
    return trace
