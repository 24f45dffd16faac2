"""`nnviz train`: options from the registry, a short real run, the saved model, divergence."""

import argparse
import os
import re
from pathlib import Path

import numpy as np
import pytest

from nnviz import paths
from nnviz.commands import train
from nnviz.engine import NETS, load_mnist, load_model, mnist, read_metadata
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


def train_help():
    parser = argparse.ArgumentParser(prog="nnviz")
    sub = parser.add_subparsers(dest="command")
    train.add_parser(sub)
    return sub.choices["train"].format_help()


def test_net_choices_come_from_the_registry_each_listed_once_without_aliases():
    text = " ".join(train_help().split())
    assert text.count(", ".join(sorted(NETS))) == 1
    words = set(re.findall(r"[\w-]+", text))
    assert not words & set(train.NET_ALIASES)
    assert "--model" not in text  # --model names a model file, in evaluate and predict


def test_aliases_and_the_old_model_option_are_still_accepted(capsys):
    assert train._model_name(parse("--net", "mlp")) == "multi_layer_extend"
    assert train._model_name(parse("--net", "TwoLayer")) == "two_layer"
    assert train._model_name(parse("--model", "simple_convnet")) == "simple_convnet"
    assert train._model_name(parse()) == "two_layer"


def test_options_parse_to_the_nets_own_arguments():
    args = parse(
        "--net",
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
        ["--net", "alexnet"],
        ["--model", "model.npz"],
        ["--dtype", "float16"],
        ["--seed", "-1"],
        ["--seed", "x"],
        ["--batch-size", "10000000"],
        ["--batch-size", "0"],
        ["--hidden", "100000000"],
        ["--hidden", ",".join(["10"] * 50)],
        ["--train-size", "0"],
        ["--lr", "0"],
        ["--lr", "-0.1"],
        ["--lr", "nan"],
        ["--lr", "inf"],
        ["--dropout", "1.5"],
        ["--weight-decay", "-1"],
        ["--weight-init", "nan"],
    ],
)
def test_bad_options_are_refused_by_the_parser_with_a_message_not_a_traceback(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse(*argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err


def test_the_cli_and_the_training_tab_share_one_set_of_defaults():
    from nnviz.ui.tabs.training import spec

    assert train.book_optimizer("simple_convnet") == spec.BOOK_OPTIMIZER["simple_convnet"]
    assert train.book_optimizer("simple_convnet") == ("Adam", 0.001)
    assert train.book_optimizer("multi_layer_extend") == spec.BOOK_OPTIMIZER["mlp"]
    assert spec.TrainSpec().lr == train.default_lr(spec.TrainSpec().optimizer, "mlp")
    assert parse().batch_size == spec.TrainSpec().batch_size


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
        "--net",
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


@needs_mnist
def test_a_finite_blow_up_is_diverged_too_as_in_the_training_tab(tmp_path, capsys, small_mnist):
    """lr 1000 ends at loss ~3000 and chance accuracy: not a success, nothing saved."""
    out = tmp_path / "never.npz"
    args = parse(
        "--lr", "1000", "--train-size", "500", "--epochs", "2", "--quiet", "--out", str(out)
    )
    assert train.run(args) == 1
    captured = capsys.readouterr()
    assert "diverged" in captured.err and "Nothing saved" in captured.err
    assert "saved" not in captured.out
    assert not out.exists()


@needs_mnist
def test_without_out_the_model_goes_to_the_user_data_folder_and_the_path_is_printed(
    capsys, small_mnist
):
    args = parse("--train-size", "200", "--epochs", "1", "--hidden", "10", "--quiet")
    assert train.run(args) == 0
    saved = [line for line in capsys.readouterr().out.splitlines() if line.startswith("saved ")]
    assert len(saved) == 1
    path = Path(saved[0].removeprefix("saved "))
    assert path.is_file() and path.parent == paths.user_data_dir() / "models"
    assert load_model(path).spec["hidden_size"] == 10


@pytest.mark.parametrize("where", ["a_file/model.npz", "a_folder", "a_fifo"])
def test_an_unwritable_out_is_refused_before_training(where, tmp_path, monkeypatch, capsys):
    """Never a real device here: a save over /dev/null would replace it for the whole machine."""
    import nnviz.engine

    (tmp_path / "a_file").write_text("not a folder")
    (tmp_path / "a_folder").mkdir()
    os.mkfifo(tmp_path / "a_fifo")  # not a regular file, like a device node

    def must_not_train(cls):
        raise AssertionError("training started although --out cannot be written")

    def must_not_save(*args, **kwargs):
        raise AssertionError("tried to save")

    monkeypatch.setattr(train, "_wants_images", must_not_train)  # the first step of training
    monkeypatch.setattr(nnviz.engine, "save_model", must_not_save)
    assert train.run(parse("--out", str(tmp_path / where), "--epochs", "1")) == 1
    err = capsys.readouterr().err
    assert "cannot save" in err and "Nothing trained" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused_before_training(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert train.run(parse("--out", str(folder / "m.npz"), "--epochs", "1")) == 1
    finally:
        folder.chmod(0o700)
    assert "Nothing trained" in capsys.readouterr().err


def test_a_network_too_big_for_memory_is_refused_with_a_message(tmp_path, capsys):
    args = parse("--net", "multi_layer", "--hidden", "10000,10000,10000", "--out", "x.npz")
    assert train.run(args) == 1
    err = capsys.readouterr().err
    assert "weights" in err and "--hidden" in err and "Traceback" not in err


def test_out_of_memory_while_training_is_a_message(tmp_path, monkeypatch, capsys):
    def no_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(train, "check_writable", no_memory)
    assert train.run(parse("--epochs", "1")) == 1
    assert "out of memory" in capsys.readouterr().err


@needs_mnist
def test_ctrl_c_while_saving_prints_one_line_and_exits_130(tmp_path, monkeypatch, small_mnist):
    import nnviz.engine

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(nnviz.engine, "save_model", interrupted)
    out = tmp_path / "m.npz"
    args = parse("--train-size", "200", "--epochs", "1", "--quiet", "--out", str(out))
    assert train.run(args) == 130
    assert not out.exists()


def test_missing_mnist_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "mnist_dirs", lambda: [tmp_path / "empty"])
    assert train.run(parse("--epochs", "1")) == 1
    assert "MNIST files not found" in capsys.readouterr().err


@needs_mnist
def test_augment_and_keep_best_save_the_best_epoch_and_say_so(tmp_path, capsys, small_mnist):
    out = tmp_path / "deep.npz"
    args = parse(
        "--net",
        "simple_convnet",
        "--train-size",
        "300",
        "--epochs",
        "3",
        "--augment",
        "--keep-best",
        "--quiet",
        "--out",
        str(out),
    )
    assert train.run(args) == 0
    printed = capsys.readouterr().out
    assert "augmented" in printed.splitlines()[0]
    meta = read_metadata(out)["metadata"]
    per_epoch = meta["test_acc_per_epoch"]
    assert len(per_epoch) == 3
    best = int(np.argmax(per_epoch))  # the first of equal bests
    assert meta["saved_epoch"] == best + 1
    assert meta["test_acc"] == pytest.approx(per_epoch[best], abs=1e-4)
    assert meta["augment"].startswith("shift")
    # the saved weights are that epoch's: their test accuracy is the one printed for it
    (_, _), (x_test, t_test) = load_mnist(normalize=True, flatten=False, dtype="float32")
    assert load_model(out).accuracy(x_test, t_test) == pytest.approx(per_epoch[best], abs=1e-4)
