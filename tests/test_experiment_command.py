"""`nnviz experiment NAME`: ch6's comparisons without the window, as a table or JSON."""

import json

import pytest

from nnviz.cli import main


def test_activations_json_has_a_histogram_per_layer_for_each_book_case(capsys):
    assert main(["experiment", "activations", "--json", "--seed", "3"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["experiment"] == "activations"
    labels = [run["label"] for run in report["runs"]]
    assert "sigmoid, std 1" in labels and "relu, He" in labels
    for run in report["runs"]:
        assert set(run["settings"]) == {"activation", "scale"}
        assert len(run["layers"]) == 5
        layer = run["layers"][0]
        assert len(layer["edges"]) == len(layer["histogram"]) + 1
        assert sum(layer["histogram"]) <= 100_000


def test_activations_table_shows_relu_he_alike_in_every_layer(capsys):
    assert main(["experiment", "activations"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("relu, He"))
    stds = [float(v) for v in line.split()[2:]]
    assert len(stds) == 5 and max(stds) / min(stds) < 1.5


def test_weight_init_small_json_and_table(capsys):
    assert main(["experiment", "weight-init", "--small", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["experiment"] == "weight-init"
    runs = {run["label"]: run for run in report["runs"]}
    assert set(runs) == {"std=0.01", "Xavier", "He"}
    assert runs["He"]["settings"]["weight_init"] == "he"
    assert len(runs["He"]["loss"]) == 300
    assert runs["std=0.01"]["loss"][-1] > 2.2 > runs["He"]["loss"][-1]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["experiment", "nope"], "invalid choice"),
        (["experiment", "optimizers", "--seed", "-1"], "integer from 0"),
        (["experiment", "optimizers", "--seed", "x"], "integer from 0"),
    ],
)
def test_bad_arguments_are_refused_with_a_message(argv, message, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_missing_mnist_is_one_clear_line(monkeypatch, capsys):
    from nnviz.engine import mnist

    def missing(*args, **kwargs):
        raise mnist.MnistError("MNIST files not found (looked in /nowhere)")

    monkeypatch.setattr(mnist, "load_mnist", missing)
    assert main(["experiment", "optimizers", "--small"]) == 1
    assert "error: MNIST files not found" in capsys.readouterr().err
