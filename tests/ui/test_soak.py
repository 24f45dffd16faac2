"""The Training tab survives a restless student: many start/pause/stop cycles, language switches
while it trains. (The long version with timings: benchmarks/bench_soak.py.)"""

import os
import sys

import pytest
from PySide6.QtCore import QElapsedTimer, Qt

from nnviz.ui import worker as worker_module
from tests.ui.test_training import loss_points, small_mlp, start


@pytest.fixture
def tab(window):
    window.show_tab("training")
    page = window.page("training")
    yield page
    page.shutdown()


@pytest.fixture
def slot_errors(monkeypatch):
    """Exceptions that escape a Qt slot (PySide hands them to sys.excepthook)."""
    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: errors.append(value))
    return errors


def os_threads() -> int:
    return len(os.listdir("/proc/self/task"))  # QThreads are not in `threading`


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_many_start_pause_stop_cycles_leave_no_thread_and_stop_fast(qtbot, tab, slot_errors):
    # Long enough that no run ends by itself between two clicks: a quiet machine trains 500
    # images for 500 epochs in about two seconds.
    small_mlp(qtbot, tab, epochs=1000, train_size=10_000)
    start(qtbot, tab)  # one cycle first: NumPy's and Qt's own threads start once
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)
    threads = os_threads()
    for _ in range(12):
        start(qtbot, tab)
        qtbot.waitUntil(lambda: loss_points(tab) > 0, timeout=10_000)
        with qtbot.waitSignal(tab._worker.paused, timeout=2000):
            qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)  # resume
        timer = QElapsedTimer()
        timer.start()
        qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
        assert not tab.is_training() and timer.elapsed() < 1000
        if tab.is_busy():  # the test of what was learnt: stopped too
            qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
        assert not tab.is_busy()
    qtbot.wait(50)
    assert os_threads() <= threads
    assert not slot_errors
    assert tab.start_button.isEnabled()


def test_switching_language_while_training_translates_and_training_goes_on(
    qtbot, tab, window, slot_errors
):
    small_mlp(qtbot, tab, epochs=1000, train_size=10_000)  # still running after the switches
    start(qtbot, tab)
    qtbot.waitUntil(lambda: loss_points(tab) > 3, timeout=10_000)
    try:
        for lang, stop_text in [("zh_CN", "停止"), ("en", "Stop")] * 3:
            window.set_language(lang)
            assert tab.stop_button.text() == stop_text
            assert tab.loss_view.title_text() != ""
            qtbot.wait(100)
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: not worker_module.workers_held(), timeout=2000)
    count = loss_points(tab)
    qtbot.waitUntil(lambda: loss_points(tab) > count + 3, timeout=10_000)  # still learning
    assert tab.is_training() and not slot_errors
    other = window.page("perceptron")  # a tab hidden during the switches: English when shown
    window.show_tab("perceptron")
    assert other.book_button.text() == "Show the book's weights"
