"""Start the Qt application: language, fonts, pyqtgraph options, the main window."""

from __future__ import annotations

import gc
import os
import signal
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
from PySide6.QtCore import QSettings, QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nnviz.ui import error_report, i18n  # noqa: E402
from nnviz.ui.main_window import MainWindow  # noqa: E402
from nnviz.ui.settings import APPLICATION, ORGANIZATION, read_setting  # noqa: E402


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


def _is_language(code: str) -> bool:
    try:
        i18n.normalize_language(code)
    except ValueError:
        return False
    return True


def choose_language(requested: str | None) -> str:
    """--lang wins, then the language chosen last time, then the system's."""
    if requested:
        return i18n.normalize_language(requested)
    saved = read_setting("language", validate=_is_language)
    if saved is not None:
        return i18n.normalize_language(saved)
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


def smallest_size(window: MainWindow) -> tuple[int, int]:
    """The smallest size the window can be drawn at, as its layouts say (language, text size)."""
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    return smallest.width(), smallest.height()


def take_screenshot(
    path: Path, size: tuple[int, int], lang: str | None, tab: str | None, lesson=None
) -> int:
    """Render the window offscreen to a PNG, without reading or writing settings.

    The picture has exactly the size asked for, or there is no picture: a window that cannot
    be that small says the smallest size that works instead of silently growing.
    """
    app = ensure_app()
    window = create_window(lang, tab, persist=False)
    window.ask_before_close = False  # nobody is there to answer "quit anyway?"
    window.resize(*size)
    window.show()
    app.processEvents()
    actual = (window.width(), window.height())
    if actual != tuple(size):
        min_w, min_h = smallest_size(window)
        window.close()
        app.processEvents()
        print(
            f"nnviz: the window cannot be drawn at {size[0]}x{size[1]}: its smallest size is "
            f"{min_w}x{min_h} (language {window.language}). Use --size {max(size[0], min_w)}x"
            f"{max(size[1], min_h)} or larger.",
            file=sys.stderr,
        )
        return 2
    if lesson is not None:  # the lesson's first step, as it is: no prepare_screenshot()
        window.lessons.interactive = False  # what it skipped goes to stderr
        if not window.lessons.open(*lesson):  # (path, step number)
            window.close()
            app.processEvents()
            return 1
    elif (page := window.current_page()) is not None:
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


# How often Python gets control back from Qt's event loop, so that a Ctrl-C is noticed: Python
# runs signal handlers only between its own bytecodes, never while Qt waits for events.
SIGNAL_POLL_MS = 200
EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + the signal's number


def install_signal_handlers(window: MainWindow):
    """Ctrl-C (or a kill) in the terminal quits as closing the window does: workers stopped,
    settings saved, no question asked. Returns the handler (tests call it directly)."""
    app = QApplication.instance()

    def quit_cleanly(code: int) -> None:
        window.ask_before_close = False  # the "Training is running — quit?" question is skipped
        window.close()  # closeEvent stops every worker and saves the settings
        app.exit(code)

    def on_signal(signum, _frame) -> None:
        # Not from inside the handler: from the event loop, once the current event is done.
        code = EXIT_CODES.get(signum, 128 + int(signum))
        QTimer.singleShot(0, window, lambda: quit_cleanly(code))

    for signum in EXIT_CODES:
        signal.signal(signum, on_signal)
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)  # wakes Python up
    timer.start(SIGNAL_POLL_MS)
    window._signal_poll_timer = timer  # kept alive with the window
    return on_signal


def settle_heap() -> None:
    """Take the objects of the built window out of the garbage collector's rounds (gc.freeze).

    They live as long as the window; with them in view, each full collection took ~20 ms of the
    GUI thread at random moments, on top of a frame's drawing (measured in the Playground).
    """
    gc.collect()
    gc.freeze()


def run_gui(lang: str | None, tab: str | None, lesson=None) -> int:
    if _NO_DISPLAY:
        print(
            "nnviz: no display found (DISPLAY is not set). Run it on a desktop, or use "
            "`nnviz --screenshot out.png` to render the window to a picture.",
            file=sys.stderr,
        )
        return 1
    app = ensure_app()
    error_report.install(app)  # no failure is silent: a dialog, and the traceback in the log
    window = create_window(lang, tab)
    install_signal_handlers(window)
    window.show()
    if lesson is not None:
        window.lessons.open(*lesson)  # (path, step number)
    settle_heap()
    return app.exec()
