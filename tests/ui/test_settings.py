"""nnviz.ini is read by one typed reader: no value, however hand-edited, keeps the window shut."""

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from nnviz.ui import settings as app_settings_module
from nnviz.ui.app import create_window
from nnviz.ui.settings import SETTINGS, read_setting


def write_ini(settings_dir, text):
    folder = settings_dir / "nnviz"
    folder.mkdir(exist_ok=True)
    (folder / "nnviz.ini").write_text(text, encoding="utf-8")


def ini_for(key, value):
    section, _, name = key.rpartition("/")
    return f"[{section or 'General'}]\n{name}={value}\n"


@pytest.fixture(autouse=True)
def fresh_reports(monkeypatch):
    """Each test sees its own 'reported once' set, and the app's font is restored after it."""
    monkeypatch.setattr(app_settings_module, "_reported", set())
    font = QApplication.font() if QApplication.instance() else None
    yield
    if font is not None:
        QApplication.setFont(font)


def open_window(qtbot):
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    return window


HOSTILE = [
    ("view/text_pt", "abc"),
    ("view/text_pt", ""),
    ("view/text_pt", "1, 2"),
    ("view/text_pt", "@ByteArray(12)"),
    ("view/text_pt", "nan"),
    ("view/text_pt", "1e308"),
    ("view/text_pt", "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x12garbage)"),
    ("language", "en, zh_CN"),
    ("language", "@ByteArray(en)"),
    ("language", "klingon"),
    ("window/geometry", "garbage"),
    ("window/geometry", "@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0\\0)"),
    ("window/geometry", "@Size(99999 99999)"),
    ("window/tab", "1, 2"),
    ("window/tab", "@Rect(0 0 1 1)"),
]


@pytest.mark.parametrize(("key", "value"), HOSTILE)
def test_a_bad_value_opens_the_window_with_the_default_and_says_so_once(
    key, value, qtbot, settings_dir, capsys
):
    base_pt = QApplication.font().pointSizeF()
    write_ini(settings_dir, ini_for(key, value))
    window = open_window(qtbot)
    try:
        assert window.isVisible()
        assert window.width() >= 320 and window.height() >= 240  # a window that can be found
        assert window.language in ("en", "zh_CN")
        assert QApplication.font().pointSizeF() == base_pt  # no size from a bad value
        # Reading again (a second window, a tab) does not repeat the message.
        read_setting(key)
    finally:
        window.close()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if "Variant" not in value:  # Qt itself drops a @Variant it cannot load: nothing to report
        assert err.count(f"ignoring the setting {key}=") == 1, err


@pytest.mark.parametrize("language", ["zh_CN", "zh-CN", "zh"])
def test_good_values_are_still_read(language, qtbot, settings_dir, capsys):
    base_pt = QApplication.font().pointSizeF()
    write_ini(settings_dir, f"[General]\nlanguage={language}\n[view]\ntext_pt={base_pt + 2}\n")
    window = open_window(qtbot)
    try:
        assert window.language == "zh_CN"
        assert QApplication.font().pointSizeF() == base_pt + 2
    finally:
        window.set_language("en")
        window.close()
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("text", ["abc", "", "1, 2", "inf", "-3", "99"])
def test_the_reader_falls_back_to_the_default_for_a_bad_number(text, settings_dir):
    write_ini(settings_dir, f"[view]\ntext_pt={text}\n")
    assert read_setting("view/text_pt", float, 11.0, lambda pt: 7 <= pt <= 32) == 11.0


def test_the_reader_converts_text_to_the_kind_asked_for(settings_dir):
    write_ini(settings_dir, "[view]\ntext_pt= 12.5\n[window]\ntab=training\n")
    assert read_setting("view/text_pt") == 12.5
    assert read_setting("window/tab") == "training"
    assert read_setting("window/missing", int, 3) == 3


@hypothesis_settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(sorted(SETTINGS)), value=st.text(max_size=60))
def test_arbitrary_text_as_any_value_never_stops_the_window_from_opening(
    key, value, qtbot, settings_dir
):
    write_ini(settings_dir, ini_for(key, value))
    window = open_window(qtbot)
    try:
        assert window.isVisible()
    finally:
        window.close()


@given(key=st.sampled_from(sorted(SETTINGS)), value=st.text(max_size=200))
@hypothesis_settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_arbitrary_text_never_makes_the_reader_raise(key, value, settings_dir):
    write_ini(settings_dir, ini_for(key, value))
    result = read_setting(key)
    spec = SETTINGS[key]
    if result is not None:  # whatever comes back is of the promised kind and passes the check
        assert isinstance(result, spec.kind) or spec.kind is bytes
        assert spec.validate is None or spec.validate(result)


@hypothesis_settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_an_arbitrary_settings_file_never_stops_the_window_from_opening(text, qtbot, settings_dir):
    write_ini(settings_dir, text)
    window = open_window(qtbot)
    try:
        assert window.isVisible()
    finally:
        window.close()


def test_no_module_reads_settings_except_through_the_typed_reader():
    """The class of problem, not the instances: a new raw .value() read would lock users out."""
    import re

    from nnviz import paths

    raw_read = re.compile(r"(settings\w*|app_settings\(\)|QSettings\([^)]*\))\.value\(", re.I)
    offenders = [
        str(path.relative_to(paths.REPO_ROOT))
        for path in sorted((paths.REPO_ROOT / "nnviz").rglob("*.py"))
        if path.name != "settings.py" and raw_read.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "read settings with nnviz.ui.settings.read_setting"
