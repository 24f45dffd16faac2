"""The bundled DeepConvNet (ch8, resources/models/deep_convnet.npz): loads, reads test digits,
reaches the book's accuracy; `nnviz evaluate --model deep`."""

import json

import numpy as np
import pytest

from nnviz import paths
from nnviz.cli import main
from nnviz.engine import DeepConvNet, load_mnist, load_model, read_metadata

DEEP = paths.bundled_model_path("deep")
MNIST = paths.REPO_ROOT / "data" / "mnist"
needs_mnist = pytest.mark.skipif(
    not (MNIST / "t10k-images-idx3-ubyte.gz").is_file(), reason="MNIST not in data/mnist"
)


@pytest.fixture(scope="module")
def deep():
    assert DEEP.is_file(), f"the bundled DeepConvNet is missing: {DEEP}"
    return load_model(DEEP)


@pytest.fixture(scope="module")
def test_set():
    _, (x_test, t_test) = load_mnist(normalize=True, flatten=False, dtype=np.float32)
    return x_test, t_test


def test_the_bundled_deep_model_is_the_books_deep_convnet_in_float32(deep):
    assert isinstance(deep, DeepConvNet)
    assert deep.dtype == np.float32
    assert [k for k in deep.params] == [f"{p}{i}" for i in range(1, 9) for p in "Wb"]
    meta = read_metadata(DEEP)["metadata"]
    assert meta["trained_with"] == "nnviz train" and meta["optimizer"] == "Adam"


@needs_mnist
def test_the_bundled_deep_model_reads_a_handful_of_test_digits(deep, test_set):
    x_test, t_test = test_set
    y = deep.predict(x_test[:20], train_flg=False)  # dropout off: the whole network answers
    right = np.argmax(y, axis=1) == t_test[:20]
    assert right[:18].all()  # test image #18, an open 3, is read as a 5: one of its 52 mistakes
    assert right.sum() >= 19
    assert deep.accuracy(x_test[:500], t_test[:500]) >= 0.99


@needs_mnist
def test_nnviz_evaluate_model_deep_reaches_99_3_percent(capsys):
    assert main(["evaluate", "--model", "deep", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["type"] == "deep_convnet"
    assert report["model"] == str(DEEP)
    assert report["n"] == 10000
    assert report["accuracy"] >= 0.993


@needs_mnist
def test_nnviz_evaluate_model_simple_is_the_default_model(capsys):
    assert main(["evaluate", "--model", "simple"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{paths.default_model_path()} (simple_convnet): test accuracy 99.08%")
