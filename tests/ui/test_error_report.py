"""No failure is silent: an exception escaping a slot shows a dialog and lands in the log file."""

import signal
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from nnviz.ui import error_report
from nnviz.ui.app import install_signal_handlers


@pytest.fixture
def reporter(qapp, monkeypatch):
    """The GUI's excepthook installed for one test (pytest-qt's own capture is off there)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(error_report, "_reporter", None)
    reporter = error_report.install(qapp)
    yield reporter
    if reporter.dialog is not None:
        reporter.dialog.close()
    reporter.deleteLater()


def open_dialogs():
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_clicked_slot_shows_a_dialog_and_is_logged(reporter, qtbot, capsys):
    button = QPushButton("Go")
    qtbot.addWidget(button)

    def broken():
        raise ValueError("the model has 5 classes, not 10")

    button.clicked.connect(broken)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_dialogs()))
    text = open_dialogs()[0].text()
    assert "ValueError: the model has 5 classes, not 10" in text
    assert str(error_report.log_path()) in text
    log = error_report.log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "in broken" in log and "5 classes" in log
    assert "ValueError" in capsys.readouterr().err  # the terminal sees it too


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_shows_one_dialog_that_counts_the_others(reporter, qtbot):
    for index in range(5):
        try:
            raise RuntimeError(f"error {index}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    dialogs = open_dialogs()
    assert len(dialogs) == 1
    assert "error 0" in dialogs[0].text() and "4 more errors" in dialogs[0].informativeText()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_reaches_the_dialog_from_the_gui_thread(reporter, qtbot):
    def work():
        raise OSError("data folder is not writable")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(open_dialogs()))
    assert "data folder is not writable" in open_dialogs()[0].text()


@pytest.mark.qt_no_exception_capture
def test_an_unwritable_log_folder_still_shows_the_error(reporter, qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(error_report, "log_dir", lambda: blocker / "logs")
    try:
        raise KeyError("weights")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    text = open_dialogs()[0].text()
    assert "KeyError" in text and "could not be written" in text


def test_help_open_log_folder_opens_the_folder_with_the_log(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.log_folder_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(error_report.log_dir()))]
    assert error_report.log_dir().is_dir()
    assert window.log_folder_action in window.help_menu.actions()


def test_ctrl_c_closes_the_window_without_asking_and_quits(window, qtbot, monkeypatch):
    monkeypatch.setattr(signal, "signal", lambda *args: None)  # keep pytest's own handlers
    quit_codes = []
    monkeypatch.setattr(QApplication.instance(), "exit", lambda code=0: quit_codes.append(code))
    window.ask_before_close = True
    handler = install_signal_handlers(window)
    handler(signal.SIGINT, None)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.ask_before_close is False
    assert quit_codes == [130]
