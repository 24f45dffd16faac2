"""The command line: --help, --version, screenshots, and clear errors for bad values."""

import subprocess
import sys

import pytest

from nnviz import __version__
from nnviz.cli import main
from nnviz.ui.tabs import available_tabs


def run_nnviz(*args, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "nnviz", *args], capture_output=True, text=True, timeout=timeout
    )


def test_version_prints_the_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_lists_options_and_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--tab", "--lang", "--screenshot", "--size"):
        assert option in out


def test_unknown_tab_exits_nonzero_naming_the_valid_tabs(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--tab", "nonsense", "--screenshot", "x.png"])
    assert exit_info.value.code != 0
    err = capsys.readouterr().err
    assert "nonsense" in err
    for spec in available_tabs():
        assert spec.tab_id in err


def test_unknown_language_exits_nonzero_naming_the_valid_languages(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "fr", "--screenshot", "x.png"])
    assert exit_info.value.code != 0
    err = capsys.readouterr().err
    assert "zh_CN" in err and "en" in err and "fr" in err


def test_bad_size_exits_nonzero(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--size", "huge", "--screenshot", "x.png"])
    assert exit_info.value.code != 0
    assert "1280x800" in capsys.readouterr().err


def _png_stats(path):
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    return image.width(), image.height(), len(colours)


def test_screenshot_writes_a_non_blank_1280x800_png(tmp_path):
    path = tmp_path / "out.png"
    result = run_nnviz("--screenshot", str(path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    width, height, colours = _png_stats(path)
    assert (width, height) == (1280, 800)
    assert colours > 3, "the picture is blank"


def test_screenshot_in_chinese_honours_size_and_tab(tmp_path):
    path = tmp_path / "zh.png"
    tabs = available_tabs()
    extra = ["--tab", tabs[-1].tab_id] if tabs else []
    result = run_nnviz("--screenshot", str(path), "--lang", "zh_CN", "--size", "1024x640", *extra)
    assert result.returncode == 0, result.stderr
    assert _png_stats(path)[:2] == (1024, 640)
