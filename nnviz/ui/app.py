"""Start the Qt application: language, fonts, pyqtgraph options, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Fail with a message instead of Qt's abort when there is no display at all.
if sys.platform.startswith("linux") and not (
    os.environ.get("DISPLAY")
    or os.environ.get("WAYLAND_DISPLAY")
    or os.environ.get("QT_QPA_PLATFORM")
):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _NO_DISPLAY = True
else:
    _NO_DISPLAY = False

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nnviz.ui import i18n  # noqa: E402
from nnviz.ui.main_window import MainWindow  # noqa: E402
from nnviz.ui.settings import APPLICATION, ORGANIZATION, app_settings  # noqa: E402


def configure_pyqtgraph() -> None:
    # Row-major or every MNIST digit is drawn transposed.
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True, background="w", foreground="k")


# Harmless notices of the offscreen platform that would only confuse a user reading the terminal.
_QUIET = ("This plugin does not support propagateSizeHints()",)


def _qt_message(kind: QtMsgType, _context, message: str) -> None:
    if kind == QtMsgType.QtDebugMsg or any(message.startswith(q) for q in _QUIET):
        return
    print(message, file=sys.stderr)


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_qt_message)
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    configure_pyqtgraph()
    return app


def choose_language(requested: str | None) -> str:
    """--lang wins, then the language chosen last time, then the system's."""
    if requested:
        return i18n.normalize_language(requested)
    saved = app_settings().value("language")
    if saved in i18n.LANGUAGES:
        return saved
    return i18n.system_language()


def create_window(
    lang: str | None = None, tab: str | None = None, persist: bool = True
) -> MainWindow:
    ensure_app()
    language = choose_language(lang if persist else (lang or i18n.system_language()))
    i18n.install_language(language)
    window = MainWindow(language, persist=persist)
    if tab:
        window.show_tab(tab)
    return window


def take_screenshot(path: Path, size: tuple[int, int], lang: str | None, tab: str | None) -> int:
    """Render the window offscreen to a PNG, without reading or writing settings."""
    app = ensure_app()
    window = create_window(lang, tab, persist=False)
    window.ask_before_close = False  # nobody is there to answer "quit anyway?"
    window.resize(*size)
    window.show()
    app.processEvents()
    page = window.current_page()
    if page is not None:
        page.prepare_screenshot()
    for _ in range(3):
        app.processEvents()
    ok = window.grab().save(str(path), "PNG")
    window.close()
    app.processEvents()
    if not ok:
        print(f"nnviz: could not write {path}", file=sys.stderr)
        return 1
    print(path)
    return 0


def run_gui(lang: str | None, tab: str | None) -> int:
    if _NO_DISPLAY:
        print(
            "nnviz: no display found (DISPLAY is not set). Run it on a desktop, or use "
            "`nnviz --screenshot out.png` to render the window to a picture.",
            file=sys.stderr,
        )
        return 1
    app = ensure_app()
    window = create_window(lang, tab)
    window.show()
    return app.exec()
