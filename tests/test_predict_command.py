"""`nnviz predict`: MNIST test digits written as image files come back as the right digits."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from nnviz import paths
from nnviz.cli import main
from nnviz.commands.predict import read_image
from nnviz.engine import TwoLayerNet, load_mnist, save_model
from nnviz.engine.model_io import load_model
from nnviz.engine.preprocess import digit_probabilities, preprocess_digit


@pytest.fixture(scope="module")
def digits(model_path):
    """One MNIST test digit per class, each one the model reads right as it is in MNIST.

    (The test is about the command's pipeline from a file to the net, not about the model.)
    """
    _, (x, t) = load_mnist(flatten=False)
    net = load_model(model_path)
    chosen = {}
    for image, label in zip(x[:, 0], t, strict=True):
        label = int(label)
        if label not in chosen and np.argmax(digit_probabilities(net, image)) == label:
            chosen[label] = image
        if len(chosen) == 10:
            break
    return chosen


def _save(array: np.ndarray, path) -> str:
    """Write a (H, W) uint8 or (H, W, 3) uint8 array as an image file (the format from path)."""
    a = np.ascontiguousarray(array)
    h, w = a.shape[:2]
    if a.ndim == 2:
        image = QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8)
    else:
        image = QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    assert image.copy().save(str(path))
    return str(path)


def _scan(digit: np.ndarray, dark_on_light: bool) -> np.ndarray:
    """A 28x28 MNIST digit drawn 4x larger on a page, the way a scan or screenshot looks."""
    big = np.pad(np.kron(digit, np.ones((4, 4), dtype=np.float32)), 24)  # ink 1 on 0
    if dark_on_light:
        return (245 - 225 * big).astype(np.uint8)  # near-black ink on off-white paper
    return (10 + 235 * big).astype(np.uint8)  # chalk on a blackboard


@pytest.fixture(scope="module")
def image_files(digits, tmp_path_factory):
    """{path: digit}: every digit as dark-on-light PNG and as light-on-dark PNG."""
    folder = tmp_path_factory.mktemp("digits")
    files = {}
    for label, digit in digits.items():
        files[_save(_scan(digit, True), folder / f"paper_{label}.png")] = label
        files[_save(_scan(digit, False), folder / f"board_{label}.png")] = label
    return files


def test_predict_reads_dark_on_light_and_light_on_dark_pngs(model_path, image_files, capsys):
    code = main(["predict", "--model", str(model_path), *image_files])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert len(out) == len(image_files) == 20
    for line, (path, label) in zip(out, image_files.items(), strict=True):
        name, rest = line.rsplit(": ", 1)
        assert name == path
        assert rest.split()[0] == str(label), line
        assert rest.endswith("%)")


def test_json_output_lists_path_digit_and_ten_probabilities(model_path, image_files, capsys):
    paths_ = list(image_files)[:4]
    assert main(["predict", "--model", str(model_path), "--json", *paths_]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in records] == paths_
    for record in records:
        assert set(record) == {"path", "digit", "probabilities"}
        p = record["probabilities"]
        assert len(p) == 10 and sum(p) == pytest.approx(1.0, abs=1e-4)
        assert record["digit"] == int(np.argmax(p)) == image_files[record["path"]]


def test_a_colour_photo_with_uneven_light_is_read(model_path, digits, tmp_path, capsys):
    page = _scan(digits[3], dark_on_light=True).astype(np.float32)
    h, w = page.shape
    shade = 1.0 - 0.3 * np.linspace(0, 1, w)[None, :]  # lamp on the left
    rgb = np.stack([page * shade * 0.95, page * shade * 0.92, page * shade * 0.85], axis=2)
    photo = _save(np.clip(rgb, 0, 255).astype(np.uint8), tmp_path / "photo.jpg")
    assert main(["predict", "--model", str(model_path), photo]) == 0
    assert capsys.readouterr().out.startswith(f"{photo}: 3 ")


def test_a_file_goes_through_the_same_preprocessing_as_the_pad(digits, image_files):
    path = next(p for p, label in image_files.items() if label == 7 and "paper" in p)
    x = preprocess_digit(read_image(Path(path)))
    assert np.abs(x - digits[7]).mean() < 0.06  # back to (nearly) the MNIST digit itself


def test_bad_files_get_their_own_error_and_the_others_are_still_predicted(
    model_path, image_files, tmp_path, capsys
):
    good = next(iter(image_files))
    garbage = tmp_path / "garbage.png"
    garbage.write_bytes(b"this is not a picture")
    blank = _save(np.full((60, 60), 250, dtype=np.uint8), tmp_path / "blank.png")
    missing = tmp_path / "missing.png"
    args = ["predict", "--model", str(model_path), str(garbage), good, blank, str(missing)]
    code = main(args)
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out.strip().startswith(f"{good}: {image_files[good]} ")
    err = captured.err.splitlines()
    assert len(err) == 3
    assert str(garbage) in err[0] and "cannot read" in err[0]
    assert blank in err[1] and "no digit found" in err[1]
    assert str(missing) in err[2] and "not found" in err[2]

    assert main(["predict", "--model", str(model_path), "--json", str(missing), good]) == 1
    records = json.loads(capsys.readouterr().out)
    assert records[0]["digit"] is None and "not found" in records[0]["error"]
    assert records[1]["digit"] == image_files[good]


def test_without_model_option_the_bundled_model_is_used(
    model_path, image_files, monkeypatch, capsys
):
    monkeypatch.setattr(paths, "default_model_path", lambda: model_path)
    good = next(iter(image_files))
    assert main(["predict", good]) == 0
    assert capsys.readouterr().out.startswith(f"{good}: {image_files[good]} ")


def test_a_missing_or_unusable_model_is_a_clear_error(image_files, tmp_path, monkeypatch, capsys):
    good = next(iter(image_files))
    monkeypatch.setattr(paths, "default_model_path", lambda: tmp_path / "simple_convnet.npz")
    assert main(["predict", good]) == 2
    err = capsys.readouterr().err
    assert "cannot load the model" in err and "--model" in err
    xor = tmp_path / "xor.npz"
    save_model(TwoLayerNet(2, 3, 2, rng=np.random.default_rng(0)), xor)
    assert main(["predict", "--model", str(xor), good]) == 2
    assert "784" in capsys.readouterr().err


def test_predict_runs_as_a_console_command(model_path, image_files):
    good = next(iter(image_files))
    result = subprocess.run(
        [sys.executable, "-m", "nnviz", "predict", "--model", str(model_path), good],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{good}: {image_files[good]} ")
