"""forward_trace: every layer's output for one digit, the same numbers predict gives."""

import numpy as np
import pytest

from nnviz.engine import SimpleConvNet, TwoLayerNet
from nnviz.engine.preprocess import digit_probabilities
from nnviz.engine.trace import forward_trace


def _digit():
    x = np.zeros((28, 28), dtype=np.float32)
    x[4:24, 12:16] = 1.0  # a one
    return x


@pytest.mark.parametrize(
    "net",
    [
        SimpleConvNet(dtype=np.float32, rng=np.random.default_rng(0)),
        TwoLayerNet(784, 16, 10, rng=np.random.default_rng(0)),
    ],
    ids=["convnet", "mlp"],
)
def test_trace_names_every_layer_and_ends_with_the_predicted_probabilities(net):
    trace = forward_trace(net, _digit())
    assert [name for name, _ in trace] == ["Input", *net.layers, "Softmax"]
    np.testing.assert_allclose(trace[-1][1].ravel(), digit_probabilities(net, _digit()))
    np.testing.assert_allclose(trace[-2][1], net.predict(trace[0][1]))


def test_trace_outputs_are_copies_the_next_forward_pass_leaves_alone():
    net = SimpleConvNet(dtype=np.float32, rng=np.random.default_rng(0))
    trace = forward_trace(net, _digit())
    conv1 = trace[1][1].copy()
    forward_trace(net, np.ones((28, 28), dtype=np.float32))
    np.testing.assert_array_equal(trace[1][1], conv1)


def test_trace_of_a_convnet_keeps_the_maps_shapes():
    net = SimpleConvNet(dtype=np.float32, rng=np.random.default_rng(0))
    shapes = {name: a.shape for name, a in forward_trace(net, _digit())}
    assert shapes["Input"] == (1, 1, 28, 28)
    assert shapes["Conv1"] == (1, 30, 24, 24) and shapes["Pool1"] == (1, 30, 12, 12)
    assert shapes["Softmax"] == (1, 10)


def test_trace_refuses_a_net_that_does_not_read_digits():
    with pytest.raises(ValueError, match="784"):
        forward_trace(TwoLayerNet(2, 3, 2, rng=np.random.default_rng(0)), _digit())
