"""`nnviz evaluate`: test-set accuracy of a model file, and the bundled ConvNet's accuracy."""

import argparse
import json

import numpy as np
import pytest

from nnviz import paths
from nnviz.commands import evaluate
from nnviz.engine import TwoLayerNet, load_mnist, save_model


def run_evaluate(model=None, as_json=True):
    return evaluate.run(argparse.Namespace(model=model, json=as_json))


def test_evaluate_prints_the_models_test_accuracy_as_json(tmp_path, capsys):
    net = TwoLayerNet(784, 20, 10, weight_init_std=0.1, dtype=np.float32, rng=0)
    path = save_model(net, tmp_path / "mlp.npz")
    assert run_evaluate(path) == 0
    report = json.loads(capsys.readouterr().out)
    _, (x_test, t_test) = load_mnist(dtype=np.float32)
    assert report["accuracy"] == pytest.approx(net.accuracy(x_test, t_test))
    assert report["n"] == 10000
    assert report["correct"] == round(report["accuracy"] * 10000)
    assert report["model"] == str(path)
    assert report["type"] == "two_layer"
    assert report["seconds"] >= 0


def test_evaluate_prints_one_readable_line_without_json(tmp_path, capsys):
    path = save_model(TwoLayerNet(784, 5, 10, rng=1), tmp_path / "m.npz")
    assert run_evaluate(path, as_json=False) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{path} (two_layer): test accuracy ") and "/10000)" in out


def test_evaluate_refuses_a_file_that_is_not_a_model(tmp_path, capsys):
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not a zip archive")
    assert run_evaluate(path) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "cannot load the model" in captured.err and "broken.npz" in captured.err


def test_evaluate_says_when_the_model_file_is_missing(tmp_path, capsys):
    assert run_evaluate(tmp_path / "nowhere.npz") == 1
    assert "file not found" in capsys.readouterr().err


def test_the_bundled_convnet_reaches_98_8_percent_on_the_test_set(capsys):
    assert paths.default_model_path().is_file(), "resources/models/simple_convnet.npz is missing"
    assert run_evaluate() == 0
    report = json.loads(capsys.readouterr().out)
    assert report["type"] == "simple_convnet"
    assert report["n"] == 10000
    assert report["accuracy"] >= 0.988


def test_evaluate_refuses_a_model_with_five_classes_instead_of_printing_an_accuracy(
    tmp_path, capsys
):
    path = save_model(TwoLayerNet(784, 5, 5, rng=1), tmp_path / "five.npz")
    assert run_evaluate(path) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "five.npz does not fit MNIST" in captured.err
    assert "inputs of shape 784 and outputs 5 classes" in captured.err
    assert "10 classes" in captured.err


def test_evaluate_refuses_a_convnet_for_colour_images_and_names_its_input(tmp_path, capsys):
    from nnviz.engine import SimpleConvNet

    net = SimpleConvNet(input_dim=(3, 28, 28), hidden_size=4, rng=0)
    path = save_model(net, tmp_path / "rgb.npz")
    assert run_evaluate(path, as_json=False) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "inputs of shape 3×28×28 and outputs 10 classes" in captured.err


def test_evaluate_says_permission_denied_when_the_model_cannot_be_read(
    tmp_path, capsys, monkeypatch
):
    from nnviz.engine import model_io

    path = save_model(TwoLayerNet(784, 5, 10, rng=1), tmp_path / "locked.npz")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(model_io, "open", denied, raising=False)  # the tests run as root
    assert run_evaluate(path) == 1
    err = capsys.readouterr().err
    assert "permission denied" in err and "not a .npz" not in err
