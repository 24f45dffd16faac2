"""`nnviz train`: options from the registry, a short real run, the saved model, divergence."""

import argparse

import numpy as np
import pytest

from nnviz import paths
from nnviz.commands import train
from nnviz.engine import NETS, load_model, mnist
from nnviz.engine.mnist import KEY_FILE

SHIPPED = paths.REPO_ROOT / "data" / "mnist"
needs_mnist = pytest.mark.skipif(
    not all((SHIPPED / n).is_file() for n in KEY_FILE.values()), reason="MNIST not in data/mnist"
)


@pytest.fixture(scope="module")
def small_mnist_dir(tmp_path_factory):
    """The first 1000 training and test images of the real MNIST: a real run, loaded fast."""
    folder = tmp_path_factory.mktemp("mnist-small")
    raw = mnist.load_raw(SHIPPED)
    for key, name in KEY_FILE.items():
        mnist.write_idx(folder / name, raw[key][:1000])
    return folder


@pytest.fixture
def small_mnist(small_mnist_dir, monkeypatch):
    monkeypatch.setattr(paths, "mnist_dirs", lambda: [small_mnist_dir])


def parse(*argv):
    parser = argparse.ArgumentParser(prog="nnviz")
    train.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["train", *argv])


def test_model_choices_come_from_the_registry():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    train.add_parser(sub)
    choices = sub.choices["train"]._option_string_actions["--model"].choices
    assert set(NETS) <= set(choices)
    assert {"two_layer", "multi_layer", "multi_layer_extend"} <= set(choices)


def test_options_parse_to_the_nets_own_arguments():
    args = parse(
        "--model",
        "multi_layer",
        "--hidden",
        "100,100",
        "--activation",
        "sigmoid",
        "--weight-init",
        "xavier",
        "--batchnorm",
        "--dropout",
        "0.2",
        "--weight-decay",
        "0.01",
    )
    name = train._model_name(args)
    assert name == "multi_layer_extend"  # the book's MultiLayerNet has no batch norm or dropout
    kwargs, ignored = train.net_kwargs(NETS[name], args)
    assert kwargs == {
        "input_size": 784,
        "output_size": 10,
        "hidden_size_list": [100, 100],
        "activation": "sigmoid",
        "weight_init_std": "xavier",
        "weight_decay_lambda": 0.01,
        "use_batchnorm": True,
        "use_dropout": True,
        "dropout_ration": 0.2,
        "dtype": "float32",
    }
    assert ignored == []


def test_options_a_two_layer_net_cannot_use_are_reported():
    args = parse("--hidden", "30,20", "--batchnorm", "--weight-init", "0.05")
    kwargs, ignored = train.net_kwargs(NETS["two_layer"], args)
    assert kwargs["hidden_size"] == 30 and kwargs["weight_init_std"] == 0.05
    assert "--batchnorm" in ignored and any("--hidden" in i for i in ignored)


@pytest.mark.parametrize(
    "argv",
    [
        ["--hidden", "10,x"],
        ["--hidden", "0"],
        ["--weight-init", "-1"],
        ["--epochs", "0"],
        ["--model", "alexnet"],
        ["--dtype", "float16"],
    ],
)
def test_bad_options_are_refused_by_the_parser(argv, capsys):
    with pytest.raises(SystemExit):
        parse(*argv)


@needs_mnist
def test_a_short_run_prints_accuracy_per_epoch_and_saves_a_loadable_model(
    tmp_path, capsys, small_mnist
):
    out = tmp_path / "model.npz"
    args = parse(
        "--train-size",
        "500",
        "--epochs",
        "2",
        "--hidden",
        "40",
        "--out",
        str(out),
        "--seed",
        "1",
        "--eval-size",
        "800",
    )
    assert train.run(args) == 0
    captured = capsys.readouterr()
    lines = [line for line in captured.out.splitlines() if line.startswith("epoch")]
    assert len(lines) == 2 and "train acc" in lines[0] and "test acc" in lines[1]
    assert "[" in captured.err and "#" in captured.err  # the progress bar went to stderr
    net = load_model(out)
    assert net.spec["type"] == "two_layer" and net.spec["hidden_size"] == 40
    assert net.params["W1"].dtype == np.float32
    assert net.metadata["train_size"] == 500 and net.metadata["epochs"] == 2
    assert f"{net.metadata['test_acc']:.4f}" in lines[-1]


@needs_mnist
def test_an_mlp_with_adam_and_batchnorm_runs_in_float64(tmp_path, capsys, small_mnist):
    out = tmp_path / "mlp.npz"
    args = parse(
        "--model",
        "mlp",
        "--hidden",
        "30,20",
        "--batchnorm",
        "--optimizer",
        "Adam",
        "--dtype",
        "float64",
        "--train-size",
        "300",
        "--epochs",
        "1",
        "--quiet",
        "--out",
        str(out),
    )
    assert train.run(args) == 0
    assert capsys.readouterr().err == ""  # --quiet: no bar
    net = load_model(out)
    assert net.spec["use_batchnorm"] and net.params["W1"].dtype == np.float64


@needs_mnist
def test_divergence_prints_a_clear_message_and_exits_1(tmp_path, capsys, small_mnist):
    out = tmp_path / "never.npz"
    args = parse("--lr", "1e30", "--train-size", "500", "--epochs", "1", "--out", str(out))
    assert train.run(args) == 1
    err = capsys.readouterr().err
    assert "diverged" in err and "smaller learning rate" in err
    assert "RuntimeWarning" not in err
    assert not out.exists()


def test_missing_mnist_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "mnist_dirs", lambda: [tmp_path / "empty"])
    assert train.run(parse("--epochs", "1")) == 1
    assert "MNIST files not found" in capsys.readouterr().err
