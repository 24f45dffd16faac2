"""Nets: the book's gradient check, specs that rebuild, train_flg without layer names, dtypes."""

import json
from collections import OrderedDict

import numpy as np
import pytest

from nnviz.engine.layers import Affine, Dropout
from nnviz.engine.nets import (
    NETS,
    LayerNet,
    MultiLayerNet,
    MultiLayerNetExtend,
    TwoLayerNet,
    build_net,
    register_net,
)


class FixedMaskRng:
    """Stands in for a Generator so Dropout draws the same mask at every forward pass."""

    def __init__(self, seed):
        self.seed = seed

    def random(self, shape, dtype=np.float64):
        return np.random.default_rng(self.seed).random(shape, dtype=dtype)


def small_batch(n=5, d=6, k=3, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, d)), rng.integers(0, k, n)


def assert_gradient_check(net, x, t, atol=1e-6):
    grads = net.gradient(x, t)
    num = net.numerical_gradient(x, t)
    assert set(grads) == set(num) == set(net.params)
    for key in grads:
        assert grads[key].shape == net.params[key].shape
        # The book's check (5.7.3): mean absolute difference, here far below its ~1e-10 print.
        np.testing.assert_allclose(grads[key], num[key], atol=atol, err_msg=key)


def test_two_layer_net_gradient_matches_numerical_gradient():
    x, t = small_batch()
    net = TwoLayerNet(6, 4, 3, weight_init_std=0.5, rng=np.random.default_rng(1))
    assert_gradient_check(net, x, t)


@pytest.mark.parametrize("activation", ["relu", "sigmoid", "tanh"])
def test_multi_layer_net_gradient_matches_numerical_gradient(activation):
    x, t = small_batch()
    net = MultiLayerNet(
        6,
        [5, 4],
        3,
        activation=activation,
        weight_init_std="he",
        weight_decay_lambda=0.1,
        rng=np.random.default_rng(2),
    )
    assert_gradient_check(net, x, t)


def test_multi_layer_net_extend_with_batchnorm_matches_numerical_gradient():
    x, t = small_batch(n=6)
    net = MultiLayerNetExtend(
        6,
        [5, 4],
        3,
        weight_init_std="xavier",
        activation="sigmoid",
        weight_decay_lambda=0.05,
        use_batchnorm=True,
        rng=np.random.default_rng(3),
    )
    assert_gradient_check(net, x, t, atol=1e-5)


def test_multi_layer_net_extend_with_dropout_matches_numerical_gradient():
    x, t = small_batch()
    net = MultiLayerNetExtend(
        6, [5, 4], 3, use_dropout=True, dropout_ration=0.3, rng=np.random.default_rng(4)
    )
    for layer in net.layers.values():
        if isinstance(layer, Dropout):
            layer.rng = FixedMaskRng(9)
    assert_gradient_check(net, x, t)


def test_gradient_includes_weight_decay():
    x, t = small_batch()
    plain = MultiLayerNet(6, [4], 3, rng=np.random.default_rng(5))
    decayed = MultiLayerNet(6, [4], 3, weight_decay_lambda=0.5, rng=np.random.default_rng(5))
    g0, g1 = plain.gradient(x, t), decayed.gradient(x, t)
    np.testing.assert_allclose(g1["W1"] - g0["W1"], 0.5 * decayed.params["W1"])
    np.testing.assert_allclose(g1["b1"], g0["b1"])
    w_sq = sum(np.sum(decayed.params[k] ** 2) for k in ("W1", "W2"))
    assert decayed.loss(x, t) - plain.loss(x, t) == pytest.approx(0.5 * 0.5 * w_sq)


def test_layers_share_the_nets_param_arrays():
    net = MultiLayerNetExtend(6, [5], 3, use_batchnorm=True, rng=np.random.default_rng(0))
    for key, (layer_name, attr) in net.param_layers.items():
        assert getattr(net.layers[layer_name], attr) is net.params[key]


def test_predict_passes_train_flg_by_layer_kind_not_by_name():
    @register_net("test_oddly_named_net")
    class OddlyNamed(LayerNet):
        def __init__(self, dtype=np.float64, rng=None):
            super().__init__()
            self.params["W1"] = np.eye(4)
            self.params["b1"] = np.zeros(4)
            self.layers = OrderedDict(
                first=Affine(self.params["W1"], self.params["b1"]),
                whatever=Dropout(0.5, rng=np.random.default_rng(0)),
            )
            self.param_layers = {"W1": ("first", "W"), "b1": ("first", "b")}

        @property
        def spec(self):
            return {"type": self.net_type}

    try:
        net = OddlyNamed()
        x = np.ones((50, 4))
        np.testing.assert_allclose(net.predict(x, train_flg=False), 0.5)
        trained = net.predict(x, train_flg=True)
        assert set(np.unique(trained)) == {0.0, 1.0}
    finally:
        del NETS["test_oddly_named_net"]


@pytest.mark.parametrize(
    "net",
    [
        TwoLayerNet(784, 50, 10),
        MultiLayerNet(784, [100, 100], 10, activation="sigmoid", weight_init_std="xavier"),
        MultiLayerNetExtend(
            784, [100, 50], 10, use_batchnorm=True, use_dropout=True, dropout_ration=0.2
        ),
    ],
    ids=["two_layer", "multi_layer", "multi_layer_extend"],
)
def test_spec_is_json_and_rebuilds_the_same_architecture(net):
    spec = json.loads(json.dumps(net.spec))
    assert NETS[spec["type"]] is type(net)
    rebuilt = build_net(spec, rng=np.random.default_rng(0))
    assert rebuilt.spec == net.spec
    assert list(rebuilt.layers) == list(net.layers)
    assert {k: v.shape for k, v in rebuilt.params.items()} == {
        k: v.shape for k, v in net.params.items()
    }


def test_the_same_seed_builds_the_same_weights():
    a = TwoLayerNet(10, 5, 3, rng=np.random.default_rng(7))
    b = TwoLayerNet(10, 5, 3, rng=np.random.default_rng(7))
    c = TwoLayerNet(10, 5, 3, rng=np.random.default_rng(8))
    np.testing.assert_array_equal(a.params["W1"], b.params["W1"])
    assert not np.array_equal(a.params["W1"], c.params["W1"])


def test_weight_init_he_and_xavier_set_the_books_scales():
    rng = np.random.default_rng(0)
    he = MultiLayerNet(400, [400], 10, weight_init_std="he", rng=rng)
    xavier = MultiLayerNet(400, [400], 10, weight_init_std="xavier", rng=rng)
    fixed = MultiLayerNet(400, [400], 10, weight_init_std=0.01, rng=rng)
    assert he.params["W1"].std() == pytest.approx(np.sqrt(2 / 400), rel=0.02)
    assert xavier.params["W1"].std() == pytest.approx(np.sqrt(1 / 400), rel=0.02)
    assert fixed.params["W1"].std() == pytest.approx(0.01, rel=0.02)


def test_float32_net_keeps_float32_everywhere():
    x, t = small_batch(n=8, d=20, k=4)
    spec = {
        "type": "multi_layer_extend",
        "input_size": 20,
        "hidden_size_list": [8, 6],
        "output_size": 4,
        "use_batchnorm": True,
        "use_dropout": True,
    }
    net = build_net(spec, rng=np.random.default_rng(0), dtype="float32")
    assert net.spec["dtype"] == "float32"
    assert all(p.dtype == np.float32 for p in net.params.values())
    assert net.predict(x).dtype == np.float32  # a float64 batch is cast once at the input
    grads = net.gradient(x, t)
    assert all(g.dtype == np.float32 for g in grads.values())
    assert np.asarray(net.last_loss).dtype == np.float32


def test_float32_gradient_is_close_to_float64_gradient():
    x, t = small_batch(n=8, d=20, k=4)
    net64 = TwoLayerNet(20, 10, 4, weight_init_std=0.3, rng=np.random.default_rng(0))
    net32 = TwoLayerNet(
        20, 10, 4, weight_init_std=0.3, dtype=np.float32, rng=np.random.default_rng(0)
    )
    g64, g32 = net64.gradient(x, t), net32.gradient(x, t)
    for key in g64:
        np.testing.assert_allclose(g32[key], g64[key], rtol=1e-4, atol=1e-5)


def test_accuracy_in_batches_equals_accuracy_at_once_and_takes_one_hot():
    rng = np.random.default_rng(0)
    net = TwoLayerNet(6, 5, 3, weight_init_std=1.0, rng=rng)
    x = rng.standard_normal((23, 6))
    t = rng.integers(0, 3, 23)
    expected = np.mean(np.argmax(net.predict(x), axis=1) == t)
    assert net.accuracy(x, t, batch_size=5) == pytest.approx(expected)
    assert net.accuracy(x, np.eye(3)[t]) == pytest.approx(expected)


def test_gradient_leaves_the_input_batch_alone():
    x, t = small_batch()
    before = x.copy()
    TwoLayerNet(6, 4, 3, rng=np.random.default_rng(0)).gradient(x, t)
    np.testing.assert_array_equal(x, before)


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"hidden_size_list": [5, 0]}, "positive integer"),
        ({"hidden_size_list": "100"}, "list"),
        ({"activation": "softplus"}, "activation"),
        ({"weight_init_std": "bogus"}, "weight_init_std"),
        ({"dtype": "int32"}, "float32 or float64"),
        ({"use_dropout": True, "dropout_ration": 1.5}, "dropout_ratio"),
    ],
)
def test_bad_options_are_refused_clearly(kwargs, match):
    args = {"input_size": 6, "hidden_size_list": [5], "output_size": 3, **kwargs}
    with pytest.raises(ValueError, match=match):
        MultiLayerNetExtend(**args)


def test_build_net_refuses_unknown_types_and_names_the_known_ones():
    with pytest.raises(ValueError, match="unknown net type 'resnet'.*two_layer"):
        build_net({"type": "resnet"})
    with pytest.raises(ValueError, match="'type'"):
        build_net({"input_size": 3})


def test_register_net_refuses_a_second_class_under_a_taken_name():
    with pytest.raises(ValueError, match="already registered"):

        @register_net("two_layer")
        class Impostor(LayerNet):
            pass


def test_accuracy_steps_pauses_after_each_batch_and_returns_the_accuracy():
    rng = np.random.default_rng(0)
    net = TwoLayerNet(4, 5, 3, rng=rng)
    x, t = rng.normal(size=(25, 4)), rng.integers(0, 3, 25)
    steps = net.accuracy_steps(x, t, batch_size=10)
    pauses = 0
    while True:
        try:
            assert next(steps) is None
            pauses += 1
        except StopIteration as done:
            result = done.value
            break
    assert pauses == 3  # batches of 10, 10 and 5
    assert result == net.accuracy(x, t) == np.mean(np.argmax(net.predict(x), axis=1) == t)
