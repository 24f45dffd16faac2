"""The one worker: runs an engine generator in a QThread; the GUI sees batches of what it yielded.

Modelled on superqt's GeneratorWorker. The generator runs off the GUI thread; between two of its
steps the runner checks a stop flag and a pause gate. What the generator yields is collected and
sent to the GUI in batches (at most ``max_rate`` a second), so a fast loop cannot flood the event
queue. NumPy arrays are copied before they leave the worker thread: the GUI never holds an array
the generator may still change. A generator may yield None in the middle of long work: the runner
checks the stop flag and the pause gate there and sends nothing.

Signals (emitted in the GUI thread, so any slot or lambda may touch widgets):
  started, progressed(list), paused, resumed, errored(Exception), finished (always last, once).

Lifetime rules learnt the hard way (see GUIDE.md): no ``deleteLater`` on ``QThread.finished``, keep
Python references until the thread has been waited for, and stop = set the flag, quit, wait.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Signal, Slot

# While a worker runs, a thread waiting for the GIL gets it after at most 1 ms instead of
# CPython's default 5 ms. The GUI thread hands the GIL over many times during a repaint; measured
# with a Python-busy worker on 2 cores, a full repaint of the Training tab took up to 70 ms with
# 5 ms and about 30 ms with 1 ms, at no measurable cost to the worker's speed.
WORKER_SWITCH_INTERVAL = 0.001
# No lower OS priority ("nice") for the worker: measured on 2 cores, it did not shorten the GUI's
# stalls once the Training tab repainted less, and it halved training speed whenever any other
# process was busy (benchmarks/bench_gui_stall.py).
_active_workers = 0
_saved_switch_interval = sys.getswitchinterval()
# A burst of GUI work (a language switch retranslates every tab: ~100 ms alone) took 400-880 ms
# while a worker trained, because the GUI thread waited for the GIL at each of its thousands of
# Qt calls. During such a burst the workers wait between two steps instead (see hold_workers).
RELEASE_AFTER_MS = 300  # a language switch holds the workers this long: retranslate, repaint
MAX_HOLD_SECONDS = 2.0  # a forgotten hold can slow a run down, never freeze it
_go = threading.Event()  # set = workers may run; cleared while the GUI has priority
_go.set()


# While held, a worker still finishes the step it is in; a long switch interval lets the GUI
# thread keep the GIL meanwhile instead of handing it over every millisecond.
HOLD_SWITCH_INTERVAL = 0.05


def _apply_switch_interval() -> None:
    """The interpreter's switch interval for the present state: held, workers running, or none."""
    if not _go.is_set():
        sys.setswitchinterval(max(_saved_switch_interval, HOLD_SWITCH_INTERVAL))
    elif _active_workers:
        sys.setswitchinterval(min(_saved_switch_interval, WORKER_SWITCH_INTERVAL))
    else:
        sys.setswitchinterval(_saved_switch_interval)


def hold_workers() -> None:
    """Workers pause between two steps until release_workers(): the GUI has the GIL to itself."""
    _go.clear()
    _apply_switch_interval()


def release_workers() -> None:
    _go.set()
    _apply_switch_interval()


def workers_running() -> bool:
    """Whether any worker thread is running (it may be inside NumPy this very moment)."""
    return _active_workers > 0


def workers_held() -> bool:
    return not _go.is_set()


def after_drawing(callback: Callable[[], object]) -> None:
    """Call ``callback`` once the GUI has drawn what it has just changed: the repaint comes at
    the next turn of the event loop, pyqtgraph's (its scenes announce changes by posted events)
    at the one after."""
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, callback))


def hold_workers_until_drawn() -> None:
    """Workers wait between two steps until the GUI has drawn what it has just changed
    (after_drawing). A redraw of plots makes thousands of Qt calls, and with a worker running
    each one waited for the GIL (measured: 6 runs racing in the Experiments tab, stalls of
    100-140 ms)."""
    if workers_held():
        return  # a longer hold (a language switch) is on: it releases them itself
    hold_workers()
    after_drawing(release_workers)


class _HoldDuringRetranslation(QObject):
    """Event filter on a window: a LanguageChange holds the workers for RELEASE_AFTER_MS, and the
    window paints once, after every widget has retranslated and the layouts have settled.

    The window receives LanguageChange before any of its widgets retranslate. Their new texts
    relayout the window in rounds, each of which repainted the plots (their axes are costly):
    with updates off until the posted layout requests are done, they are painted once.
    """

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and watched.updatesEnabled():
            if not workers_held():
                hold_workers()
                QTimer.singleShot(RELEASE_AFTER_MS, release_workers)
            watched.setUpdatesEnabled(False)
            # A zero timer fires after the posted layout requests; re-enabling repaints it all.
            QTimer.singleShot(0, watched, lambda: watched.setUpdatesEnabled(True))
        return False


_guard: _HoldDuringRetranslation | None = None


def hold_workers_while_retranslating(window: QObject) -> None:
    """Give ``window``'s retranslation the GIL to itself (idempotent)."""
    global _guard
    if _guard is None:
        _guard = _HoldDuringRetranslation(QCoreApplication.instance())
    window.removeEventFilter(_guard)
    window.installEventFilter(_guard)


def _worker_started() -> None:
    global _active_workers, _saved_switch_interval
    if _active_workers == 0 and _go.is_set():
        _saved_switch_interval = sys.getswitchinterval()
    _active_workers += 1
    _apply_switch_interval()


def _worker_ended() -> None:
    global _active_workers
    _active_workers -= 1
    _apply_switch_interval()


def detach(item):
    """A copy of ``item`` safe to hand to the GUI: arrays (also inside tuples/lists) are copied."""
    if isinstance(item, np.ndarray):
        return item.copy()
    if isinstance(item, tuple) and not hasattr(item, "_fields"):
        return tuple(detach(x) for x in item)
    if isinstance(item, list):
        return [detach(x) for x in item]
    return item


class _Control:
    """Flags shared by the GUI thread (writes) and the runner (reads between steps)."""

    def __init__(self):
        self.stop_requested = False
        self.running = threading.Event()  # set = may run; cleared = paused
        self.running.set()


def _wait_for_release(control: _Control) -> None:
    """Wait while the workers are held, at most MAX_HOLD_SECONDS; a stop ends the wait."""
    deadline = time.perf_counter() + MAX_HOLD_SECONDS
    while not _go.wait(0.01):
        if control.stop_requested or time.perf_counter() > deadline:
            return


class _Runner(QObject):
    """Lives in the worker thread; drives the generator one step at a time."""

    batch = Signal(object)  # list of detached items
    paused_now = Signal()
    resumed_now = Signal()
    failed = Signal(object)
    done = Signal()

    def __init__(self, make_generator: Callable[[], Iterator], control: _Control, interval: float):
        super().__init__()
        self._make_generator = make_generator
        self._control = control
        self._interval = interval

    @Slot()
    def run(self) -> None:
        control = self._control
        pending: list = []
        last_emit = time.perf_counter()
        generator = None
        try:
            generator = self._make_generator()
            while not control.stop_requested:
                if not control.running.is_set():
                    # Flush first: what the user sees when paused is everything done so far.
                    if pending:
                        self.batch.emit(pending)
                        pending = []
                    self.paused_now.emit()
                    control.running.wait()
                    if control.stop_requested:
                        break
                    self.resumed_now.emit()
                    last_emit = time.perf_counter()
                    continue
                if not _go.is_set():
                    _wait_for_release(control)  # the GUI is busy with a burst: leave it the GIL
                try:
                    item = next(generator)
                except StopIteration:
                    break
                if item is not None:  # None: a checkpoint (stop/pause honoured), nothing to show
                    pending.append(detach(item))
                now = time.perf_counter()
                if now - last_emit >= self._interval:
                    self.batch.emit(pending)
                    pending = []
                    last_emit = now
            if pending and not control.stop_requested:
                self.batch.emit(pending)
        except Exception as error:  # noqa: BLE001 - every engine error goes to the GUI
            if pending and not control.stop_requested:
                self.batch.emit(pending)
            self.failed.emit(error)
        finally:
            if generator is not None and hasattr(generator, "close"):
                try:
                    generator.close()  # runs the generator's cleanup here, in its own thread
                except Exception:  # noqa: BLE001, S110 - closing must not hide the real outcome
                    pass
            # Hand the runner back to the GUI thread (allowed: we push from its own thread) so
            # that it is later deleted in the thread it belongs to.
            self.moveToThread(QCoreApplication.instance().thread())
            self.done.emit()
            QThread.currentThread().quit()


class GeneratorWorker(QObject):
    """Run ``make_generator()``'s generator in a worker thread; one worker per run."""

    started = Signal()
    progressed = Signal(object)  # list of items yielded since the last emission, in order
    paused = Signal()
    resumed = Signal()
    errored = Signal(object)  # the exception the generator raised
    finished = Signal()  # after the end, an error or stop(); emitted once

    def __init__(
        self,
        make_generator: Callable[[], Iterator],
        max_rate: float = 30.0,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._make_generator = make_generator
        self._interval = 1.0 / max_rate
        self._control = _Control()
        self._worker_thread: QThread | None = None  # not `self.thread`: that is QObject.thread()
        self._runner: _Runner | None = None
        self._state = "idle"  # idle -> running <-> paused -> finished

    # ---- state ----------------------------------------------------------------------------
    def is_running(self) -> bool:
        """True from start() until finished (paused counts as running)."""
        return self._state in ("running", "paused")

    def is_paused(self) -> bool:
        return self._state == "paused"

    def is_finished(self) -> bool:
        return self._state == "finished"

    def stop_requested(self) -> bool:
        """True once stop() was called (a finished worker that was stopped, not run out)."""
        return self._control.stop_requested

    # ---- control --------------------------------------------------------------------------
    def start(self) -> None:
        if self._state != "idle":
            raise RuntimeError("a GeneratorWorker runs once; make a new one for the next run")
        self._worker_thread = QThread()
        self._worker_thread.setObjectName("nnviz-worker")
        self._runner = _Runner(self._make_generator, self._control, self._interval)
        self._runner.moveToThread(self._worker_thread)
        # Bound methods of this GUI-thread object: queued, so they run in the GUI thread.
        self._runner.batch.connect(self._on_batch)
        self._runner.paused_now.connect(self._on_paused)
        self._runner.resumed_now.connect(self._on_resumed)
        self._runner.failed.connect(self._on_failed)
        self._runner.done.connect(self._on_done)
        self._worker_thread.started.connect(self._runner.run)
        self._state = "running"
        _worker_started()
        self._worker_thread.start()
        self.started.emit()

    def pause(self) -> None:
        """Stop after the current step; `paused` is emitted once everything so far is shown."""
        if self._state == "running":
            self._control.running.clear()

    def resume(self) -> None:
        if self.is_running():
            self._control.running.set()

    def stop(self) -> None:
        """Ask the runner to stop after its current step and wait for the thread to end."""
        if not self.is_running():
            return
        self._control.stop_requested = True
        self._control.running.set()  # wake a paused runner so that it can leave
        self._finish()

    # ---- from the runner (queued into the GUI thread) -------------------------------------
    def _on_batch(self, items: list) -> None:
        if self.is_running() and not self._control.stop_requested:
            self.progressed.emit(items)

    def _on_paused(self) -> None:
        if self.is_running() and not self._control.stop_requested:
            self._state = "paused"
            self.paused.emit()

    def _on_resumed(self) -> None:
        if self.is_running() and not self._control.stop_requested:
            self._state = "running"
            self.resumed.emit()

    def _on_failed(self, error: Exception) -> None:
        if self.is_running() and not self._control.stop_requested:
            self.errored.emit(error)

    def _on_done(self) -> None:
        if self.is_running():
            self._finish()
        # `done` is the runner's last signal: nothing from it is queued any more, so it and its
        # (ended) thread can go now, by reference counting; no deleteLater (that crashed here).
        self._runner = None
        self._worker_thread = None

    def _finish(self) -> None:
        self._state = "finished"
        if self._worker_thread is not None:
            self._worker_thread.quit()
            self._worker_thread.wait()
        _worker_ended()
        self.finished.emit()
