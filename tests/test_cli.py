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


def test_a_screenshot_smaller_than_the_window_can_be_is_refused_naming_the_smallest_size(
    tmp_path,
):
    from nnviz.ui.app import create_window, ensure_app, smallest_size

    ensure_app()
    window = create_window("en", None, persist=False)
    min_w, min_h = smallest_size(window)
    window.close()
    path = tmp_path / "small.png"
    result = run_nnviz("--screenshot", str(path), "--lang", "en", "--size", f"{min_w - 1}x{min_h}")
    assert result.returncode != 0
    assert f"{min_w}x{min_h}" in result.stderr and "Traceback" not in result.stderr
    assert not path.exists()  # no picture of another size than asked


def test_a_screenshot_at_the_smallest_size_has_exactly_that_size(tmp_path):
    from nnviz.ui.app import create_window, ensure_app, smallest_size

    ensure_app()
    window = create_window("en", None, persist=False)
    min_w, min_h = smallest_size(window)
    window.close()
    path = tmp_path / "min.png"
    result = run_nnviz("--screenshot", str(path), "--lang", "en", "--size", f"{min_w}x{min_h}")
    assert result.returncode == 0, result.stderr
    assert _png_stats(path)[:2] == (min_w, min_h)


@pytest.mark.parametrize("size", ["99999x99999", "9000x100", "8000x8000", "0x600"])
def test_sizes_the_platform_cannot_paint_are_refused_with_a_message(size, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--size", size, "--screenshot", "x.png"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "at most 8192" in err


def _env(tmp_path):
    import os

    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        NNVIZ_USER_DATA=str(tmp_path / "data"),
    )
    return env


def test_ctrl_c_in_the_terminal_quits_the_window_cleanly(tmp_path):
    import signal
    import textwrap

    script = textwrap.dedent(
        """
        import sys
        from nnviz.ui import app
        install = app.install_signal_handlers
        def installed(window):
            handler = install(window)
            print("ready", flush=True)
            return handler
        app.install_signal_handlers = installed
        sys.exit(app.run_gui("en", None))
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "ready"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    # As after closing it: the settings were saved on the way out.
    assert list((tmp_path / "config").rglob("nnviz.ini"))


def test_ctrl_c_during_train_prints_one_line_and_exits_130(tmp_path):
    import signal

    proc = subprocess.Popen(
        [sys.executable, "-m", "nnviz", "train", "--epochs", "100", "--quiet"]
        + ["--out", str(tmp_path / "m.npz")],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = proc.stdout.readline()
        assert first.startswith("training"), first + proc.stderr.read()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if line.strip()] == ["interrupted: nothing saved"]
    assert not (tmp_path / "m.npz").exists()


def test_ctrl_c_in_any_command_is_one_line_and_status_130(monkeypatch, capsys):
    from nnviz.commands import evaluate

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(evaluate, "run", interrupted)
    assert main(["evaluate"]) == 130
    assert capsys.readouterr().err.strip() == "nnviz evaluate: interrupted"
