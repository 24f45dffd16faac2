"""SimpleConvNet and DeepConvNet (chapters 7-8): gradient checks, training, spec, model files."""

import json

import numpy as np
import pytest

from nnviz.engine import (
    Adam,
    DeepConvNet,
    SimpleConvNet,
    build_net,
    load_model,
    numerical_gradient,
    save_model,
)

SMALL_DEEP = {
    "input_dim": (1, 8, 8),
    **{f"conv_param_{i}": {"filter_num": 2 + i % 2} for i in range(1, 7)},
    "hidden_size": 4,
}


def assert_gradients_match(net, x, t):
    grads = net.gradient(x, t)
    assert grads.keys() == net.params.keys()
    for key, param in net.params.items():
        # h = 1e-6 rather than the book's 1e-4: fewer ReLU kinks crossed by the nudge
        numerical = numerical_gradient(lambda _: net.loss(x, t), param, h=1e-6)
        np.testing.assert_allclose(grads[key], numerical, rtol=1e-5, atol=1e-8, err_msg=key)


def test_simple_convnet_gradient_matches_numerical_gradient_as_in_the_books_check():
    # ch07/gradient_check.py: input_dim (1, 10, 10), 10 filters 3x3, hidden 10, std 0.01
    net = SimpleConvNet(
        input_dim=(1, 10, 10),
        conv_param={"filter_num": 10, "filter_size": 3, "pad": 0, "stride": 1},
        hidden_size=10,
        output_size=10,
        weight_init_std=0.01,
        rng=0,
    )
    x = np.random.default_rng(1).random((2, 1, 10, 10))
    assert_gradients_match(net, x, np.array([1, 7]))


def test_simple_convnet_gradient_matches_with_padding_stride_and_larger_weights():
    net = SimpleConvNet(
        input_dim=(2, 9, 9),
        conv_param={"filter_num": 3, "filter_size": 3, "pad": 1, "stride": 2},
        hidden_size=6,
        output_size=4,
        weight_init_std=0.5,
        rng=2,
    )
    x = np.random.default_rng(3).standard_normal((3, 2, 9, 9))
    assert_gradients_match(net, x, np.array([0, 3, 1]))


def test_deep_convnet_gradient_matches_numerical_gradient():
    net = DeepConvNet(**SMALL_DEEP, dropout_ratio=0.0, rng=4)  # no dropout: a fixed function
    x = np.random.default_rng(5).random((2, 1, 8, 8))
    assert_gradients_match(net, x, np.array([2, 9]))


def test_deep_convnet_has_the_books_shapes():
    net = DeepConvNet(dtype=np.float32, rng=0)
    shapes = {key: value.shape for key, value in net.params.items() if key.startswith("W")}
    assert shapes == {
        "W1": (16, 1, 3, 3),
        "W2": (16, 16, 3, 3),
        "W3": (32, 16, 3, 3),
        "W4": (32, 32, 3, 3),
        "W5": (64, 32, 3, 3),
        "W6": (64, 64, 3, 3),
        "W7": (64 * 4 * 4, 50),
        "W8": (50, 10),
    }
    # He initialisation: std sqrt(2 / fan_in), e.g. fan_in 64*3*3 for W6
    assert net.params["W6"].std() == pytest.approx(np.sqrt(2 / (64 * 9)), rel=0.05)
    y = net.predict(np.zeros((3, 1, 28, 28), dtype=np.float32))
    assert y.shape == (3, 10) and y.dtype == np.float32


def test_simple_convnet_has_the_books_shapes_and_layers():
    net = SimpleConvNet(rng=0)
    assert list(net.layers) == ["Conv1", "Relu1", "Pool1", "Affine1", "Relu2", "Affine2"]
    shapes = {key: value.shape for key, value in net.params.items()}
    assert shapes == {
        "W1": (30, 1, 5, 5),
        "b1": (30,),
        "W2": (30 * 12 * 12, 100),
        "b2": (100,),
        "W3": (100, 10),
        "b3": (10,),
    }
    assert net.layers["Conv1"].W is net.params["W1"]  # the optimizer's updates reach the layer


def test_float32_net_computes_in_float32():
    net = SimpleConvNet(dtype=np.float32, rng=0)
    x = np.random.default_rng(6).random((4, 1, 28, 28))  # float64 input is cast once
    assert net.predict(x).dtype == np.float32
    grads = net.gradient(x, np.array([0, 1, 2, 3]))
    assert {g.dtype for g in grads.values()} == {np.dtype(np.float32)}


def test_a_few_adam_steps_lower_the_loss():
    rng = np.random.default_rng(7)
    t = rng.integers(0, 10, 20)
    templates = rng.random((10, 1, 28, 28), dtype=np.float32)  # one picture per class
    x = templates[t] + 0.3 * rng.random((20, 1, 28, 28), dtype=np.float32)
    net = SimpleConvNet(dtype=np.float32, rng=8)
    optimizer = Adam(lr=0.01)
    first = net.loss(x, t)
    for _ in range(15):
        optimizer.update(net.params, net.gradient(x, t))
    assert net.loss(x, t) < 0.6 * first


def test_flat_mnist_rows_are_read_as_images():
    net = SimpleConvNet(rng=0)
    x = np.random.default_rng(9).random((3, 784))
    np.testing.assert_array_equal(net.predict(x), net.predict(x.reshape(3, 1, 28, 28)))


def test_accuracy_does_not_depend_on_the_batch_size():
    net = SimpleConvNet(weight_init_std=0.1, rng=10)
    rng = np.random.default_rng(11)
    x = rng.random((23, 1, 28, 28))
    t = rng.integers(0, 10, 23)
    expected = np.mean(np.argmax(net.predict(x), axis=1) == t)
    assert net.accuracy(x, t, batch_size=5) == pytest.approx(expected)
    assert net.accuracy(x, np.eye(10)[t]) == pytest.approx(expected)  # one-hot labels too


@pytest.mark.parametrize("cls", [SimpleConvNet, DeepConvNet])
def test_spec_is_json_and_rebuilds_the_same_architecture(cls):
    net = cls(dtype=np.float32, rng=0)
    spec = json.loads(json.dumps(net.spec))
    assert spec["type"] == {SimpleConvNet: "simple_convnet", DeepConvNet: "deep_convnet"}[cls]
    rebuilt = build_net(spec, rng=0)
    assert type(rebuilt) is cls and rebuilt.spec == net.spec
    for key, value in net.params.items():
        np.testing.assert_array_equal(rebuilt.params[key], value)  # same seed, same weights


@pytest.mark.parametrize(
    ("cls", "kwargs"),
    [(SimpleConvNet, {"weight_init_std": 0.1}), (DeepConvNet, SMALL_DEEP)],
)
def test_save_then_load_gives_identical_predictions(tmp_path, cls, kwargs):
    net = cls(**kwargs, dtype=np.float32, rng=12)
    shape = (5, *net.input_dim)
    x = np.random.default_rng(13).random(shape, dtype=np.float32)
    path = save_model(net, tmp_path / "model.npz", metadata={"test_acc": 0.5})
    loaded = load_model(path)
    assert type(loaded) is cls and loaded.spec == net.spec
    assert loaded.metadata == {"test_acc": 0.5}
    np.testing.assert_array_equal(loaded.predict(x), net.predict(x))


def test_bad_conv_param_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="unknown conv_param"):
        SimpleConvNet(conv_param={"filters": 3})
    with pytest.raises(ValueError, match="does not fit"):
        SimpleConvNet(input_dim=(1, 4, 4), conv_param={"filter_size": 5})
