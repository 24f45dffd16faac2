"""The GUI's safety net: no failure is ever silent.

Any exception that escapes (a slot, an event handler, a thread: PySide6 hands them all to
``sys.excepthook``) is written with its traceback to a log file in the user's data folder, printed
on stderr, and shown in a dialog that names the log (Help ▸ Open log folder). The app keeps
running: the action that failed did not finish, nothing else is lost.
"""

from __future__ import annotations

import datetime
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from nnviz import __version__, paths

LOG_NAME = "nnviz.log"
MAX_LOG_BYTES = 1_000_000  # then the log starts again, the old one kept as nnviz.log.1
MAX_MESSAGE = 400  # characters of the error shown in the dialog; the log has all of it


def log_dir() -> Path:
    return paths.user_data_dir() / "logs"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def write_log(text: str) -> Path:
    """Append ``text`` to the log (starting a new one past MAX_LOG_BYTES); raises OSError."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
        path.replace(path.with_name(LOG_NAME + ".1"))
    with path.open("a", encoding="utf-8") as log:
        log.write(text)
    return path


def short_message(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}".strip()
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


class ErrorReporter(QObject):
    """Lives in the GUI thread; a queued signal brings reports from any thread to the dialog."""

    reported = Signal(str, str)  # message, where the details are (or why they are not)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reported.connect(self._show)
        self.dialog: QMessageBox | None = None
        self.missed = 0  # errors while a dialog was already open: counted, not stacked
        self.previous_hook = sys.excepthook

    def excepthook(self, kind, error, tb) -> None:
        """sys.excepthook: log, print, then show; must never raise itself."""
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self.previous_hook(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        try:
            stamp = datetime.datetime.now().isoformat(timespec="seconds")
            where = str(write_log(f"--- {stamp} nnviz {__version__}\n{details}\n"))
        except Exception as log_error:  # noqa: BLE001 - an unwritable folder must not hide the error
            where = QCoreApplication.translate(
                "error_report", "the log could not be written ({0})"
            ).format(log_error)
        try:
            print(details, end="", file=sys.stderr)  # no stderr at all under pythonw
            self.reported.emit(short_message(error), where)
        except Exception:  # noqa: BLE001 - no stderr, or Qt objects gone during shutdown
            pass

    def threading_excepthook(self, hook_args) -> None:
        self.excepthook(hook_args.exc_type, hook_args.exc_value, hook_args.exc_traceback)

    @Slot(str, str)
    def _show(self, message: str, where: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.missed += 1
            self.dialog.setInformativeText(
                QCoreApplication.translate(
                    "error_report", "{0} more errors happened since; all are in the log."
                ).format(self.missed)
            )
            return
        self.missed = 0
        parent = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("error_report", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "error_report",
                "nnviz met an unexpected error; what you just did may not have finished. "
                "Everything else still works.\n\n{0}\n\nThe details are in {1} "
                "(Help ▸ Open log folder).",
            ).format(message, where)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.dialog = box
        box.open()  # not exec(): a nested event loop inside an excepthook invites re-entry


_reporter: ErrorReporter | None = None


def install(app: QApplication) -> ErrorReporter:
    """Route every uncaught exception of the GUI (threads too) to one ErrorReporter."""
    global _reporter
    if _reporter is None:
        _reporter = ErrorReporter(app)
    sys.excepthook = _reporter.excepthook
    threading.excepthook = _reporter.threading_excepthook
    return _reporter


def open_log_folder(parent=None) -> bool:
    """Help ▸ Open log folder: the file manager on the folder (or its path in a dialog)."""
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    if folder.is_dir() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.information(
        parent,
        QCoreApplication.translate("error_report", "Log folder"),
        QCoreApplication.translate("error_report", "nnviz writes its log to:\n{0}").format(folder),
    )
    return False
