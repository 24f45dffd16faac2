"""`nnviz predict`: MNIST test digits written as image files come back as the right digits."""

import json
import os
import struct
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from nnviz import paths
from nnviz.cli import main
from nnviz.commands.predict import ImageError, read_image
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


# --- issue 15 (#2, #12) and issue 14: every file answered, honest messages, no false certainty ---


@pytest.fixture(autouse=True)
def _widgets_application(qapp):
    """The in-process tests share pytest-qt's QApplication: predict must use it, not make its own
    QGuiApplication (widgets tests after it would then abort)."""
    return qapp


SVG_SEVEN = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120">'
    '<rect width="120" height="120" fill="white"/>'
    '<text x="30" y="100" font-size="100" font-family="sans-serif">7</text></svg>'
)


def test_an_svg_with_text_is_read_without_a_display_and_the_batch_goes_on(
    model_path, image_files, tmp_path
):
    good = next(iter(image_files))
    svg = tmp_path / "seven.svg"
    svg.write_text(SVG_SEVEN)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "nnviz", "predict", "--model", str(model_path), good, svg, good],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr  # was SIGABRT (-6) and one line
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[1].startswith(f"{svg}: 7 ")


def test_a_file_that_breaks_the_reader_is_answered_and_the_others_still_are(
    model_path, image_files, monkeypatch, capsys
):
    import nnviz.commands.predict as predict

    good, other = list(image_files)[:2]
    real = predict.read_image

    def fragile(path):
        if str(path) == good:
            raise MemoryError("simulated: the decoder ran out of memory")
        return real(path)

    monkeypatch.setattr(predict, "read_image", fragile)
    assert main(["predict", "--model", str(model_path), good, other]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{other}: {image_files[other]} ")
    assert f"nnviz predict: {good}: cannot read it (MemoryError: simulated" in captured.err


def test_an_unreadable_image_says_permission_denied_not_file_not_found(
    model_path, image_files, monkeypatch, capsys
):
    from nnviz.commands import images

    good = next(iter(image_files))

    def denied(file, *args, **kwargs):  # as root, chmod 000 would not stop us reading
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr(images, "open", denied, raising=False)
    assert main(["predict", "--model", str(model_path), good]) == 1
    err = capsys.readouterr().err
    assert f"{good}: permission denied" in err and "not found" not in err


def _png_header_only(path, width, height):
    """A PNG whose header claims width x height pixels (and almost no pixel data)."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(64)))
        + chunk(b"IEND", b"")
    )
    return path


def test_a_giant_image_is_too_large_with_its_size(model_path, tmp_path, capsys):
    giant = _png_header_only(tmp_path / "giant.png", 30000, 20000)
    assert main(["predict", "--model", str(model_path), str(giant)]) == 1
    err = capsys.readouterr().err
    assert "too large (30000×20000 pixels; at most 120 megapixels)" in err


def test_a_photo_beyond_qts_256_mb_default_is_read(model_path, digits, tmp_path, capsys):
    # 8200 x 8200 = 67 megapixels: 269 MB as 32-bit pixels, which Qt refuses by default.
    page = np.full((8200, 8200), 245, dtype=np.uint8)
    digit = np.kron(digits[3], np.ones((200, 200), dtype=np.float32))  # (5600, 5600)
    page[1300:6900, 1300:6900] = (245 - 225 * digit).astype(np.uint8)
    path = _save(page, tmp_path / "photo.png")
    del page, digit
    assert main(["predict", "--model", str(model_path), path]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.startswith(f"{path}: 3 ")


def test_a_dot_is_not_a_digit_yet_and_gets_no_digit(model_path, image_files, tmp_path, capsys):
    good = next(iter(image_files))
    page = np.full((200, 200), 250, dtype=np.uint8)
    rows, cols = np.indices(page.shape)
    page[(rows - 100) ** 2 + (cols - 90) ** 2 <= 64] = 20  # a pen dot
    dot = _save(page, tmp_path / "dot.png")
    page[:] = 250
    page[94:106, 80:104] = 20  # a short tick, twice as long as it is wide
    tick = _save(page, tmp_path / "tick.png")
    assert main(["predict", "--model", str(model_path), dot, tick, good]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [captured.out.splitlines()[0]]  # only the real digit
    for path in (dot, tick):
        assert f"nnviz predict: {path}: not a digit yet" in captured.err
    assert main(["predict", "--model", str(model_path), "--json", dot, good]) == 1
    records = json.loads(capsys.readouterr().out)
    assert records[0]["digit"] is None and records[0]["probabilities"] is None
    assert "not a digit yet" in records[0]["error"]
    assert records[1]["digit"] == image_files[good]


def test_a_confident_answer_is_never_printed_as_100_percent(model_path, image_files, capsys):
    assert main(["predict", "--model", str(model_path), *image_files]) == 0
    out = capsys.readouterr().out
    assert "100.0" not in out
    assert "(> 99.9 %)" in out  # the bundled model is that sure of clean MNIST digits


# --- Hypothesis: any bytes in an image file end in ImageError or an image, within a bound ---

try:
    import resource  # Unix: the process's peak resident size
except ImportError:  # pragma: no cover - Windows
    resource = None

IMAGE_MEMORY_BOUND = 40_000_000  # bytes traced: far above a 1200x1200 RGBA array (5.8 MB)

HEADERS = [b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"BM", b"<svg ", b"P5\n"]


def _read_bounded(path):
    # tracemalloc sees NumPy's arrays but not Qt's decoders: the process's peak resident size
    # must not grow by more than a bound either.
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss if resource else 0  # KiB
    tracemalloc.start()
    try:
        try:
            image = read_image(path)
        except ImageError:
            image = None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < IMAGE_MEMORY_BOUND
    if resource is not None:
        rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
        assert rss_growth * 1024 < 200_000_000
    if image is not None:
        assert image.dtype == np.uint8 and image.ndim == 3 and image.shape[2] == 4
        assert max(image.shape[:2]) <= 1200


@given(
    header=st.sampled_from(HEADERS),
    data=st.binary(max_size=3000),
    ext=st.sampled_from([".png", ".jpg", ".gif", ".bmp", ".svg", ".pgm", ""]),
)
def test_arbitrary_bytes_end_in_image_error(tmp_path_factory, header, data, ext):
    path = tmp_path_factory.mktemp("img") / f"x{ext}"
    path.write_bytes(header + data)
    _read_bounded(path)


def _valid_png(tmp_path) -> bytes:
    page = np.full((40, 30), 240, dtype=np.uint8)
    page[5:35, 12:17] = 10
    return Path(_save(page, tmp_path / "valid.png")).read_bytes()


@given(
    field=st.sampled_from(["width", "height", "depth", "flip", "truncate", "svg"]),
    value=st.integers(0, 2**32 - 1),
    at=st.integers(0, 10_000),
)
def test_mutated_image_files_end_in_image_error(tmp_path_factory, field, value, at):
    folder = tmp_path_factory.mktemp("mut")
    data = bytearray(_valid_png(folder))
    ext = ".png"
    if field == "width":
        data[16:20] = struct.pack(">I", value)
    elif field == "height":
        data[20:24] = struct.pack(">I", value)
    elif field == "depth":
        data[24] = value % 256
    elif field == "flip":
        data[at % len(data)] = value % 256
    elif field == "truncate":
        data = data[: at % len(data)]
    else:  # an SVG declaring any size
        data = bytearray(SVG_SEVEN.replace('width="120"', f'width="{value}"', 1).encode())
        ext = ".svg"
    path = folder / f"x{ext}"
    path.write_bytes(bytes(data))
    _read_bounded(path)


@pytest.mark.parametrize(("short", "file"), [("deep", "deep_convnet.npz"), ("Simple", None)])
def test_model_deep_and_simple_are_shorthands_for_the_bundled_models(
    short, file, model_path, image_files, capsys
):
    expected = paths.models_dir() / file if file else paths.default_model_path()
    assert paths.model_argument(short) == expected
    assert expected.is_file(), f"the bundled model is missing: {expected}"
    assert main(["predict", "--model", short, "--json", *image_files]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["digit"] for r in records] == list(image_files.values())


def test_a_file_called_deep_is_still_reachable_by_its_path():
    assert paths.model_argument("./deep") == Path("./deep")
    assert paths.model_argument("models/deep.npz") == Path("models/deep.npz")
