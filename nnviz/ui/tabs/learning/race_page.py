"""Learning tab, ch4.5 vs 5.7: the numerical gradient and backpropagation train the same
TwoLayerNet on MNIST side by side in the worker; then the gradient check (5.7.3)."""

from __future__ import annotations

import math
import threading

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.learning.race import (
    CheckProgress,
    CheckResult,
    RaceTick,
    gradient_check_steps,
    race_steps,
)
from nnviz.ui.tabs.learning.style import (
    BLUE,
    ORANGE,
    RED,
    beside_side_panel,
    note_label,
    scaled_font,
    set_colour,
    text_size,
    wrapped_label,
)
from nnviz.ui.widgets.live_label import LiveLabel
from nnviz.ui.widgets.mnist_download import ensure_mnist, mnist_available
from nnviz.ui.widgets.plot import Plot
from nnviz.ui.worker import GeneratorWorker, after_drawing

REDRAW_MS = 250  # the counters and the plot are redrawn 4 times a second while the race runs
LOSS_TOP = 2.5  # the loss axis is fixed: a plot that re-ranges every frame costs the GUI its GIL


def duration_text(seconds: float | None) -> str:
    """0.9 ms, 12.3 s, 6.2 min: a duration a student can read at a glance."""
    if seconds is None or not math.isfinite(seconds):
        return "…"
    if seconds < 1:
        return f"{seconds * 1000:.3g} ms"
    if seconds < 120:
        return f"{seconds:.3g} s"
    return f"{seconds / 60:.3g} min"


class RacePage(QWidget):
    """Start, watch both counters and the shared loss plot, stop; check the gradients."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._worker: GeneratorWorker | None = None
        self._mode = ""  # "race" or "check" while the worker runs
        self.last_tick: RaceTick | None = None  # the latest from the worker
        self.shown_tick: RaceTick | None = None  # what the counters show
        self.check_result: CheckResult | None = None
        self._error: str | None = None
        self.points = {"numerical": ([], []), "backprop": ([], [])}

        self._dirty = False
        self._gui_gate = threading.Event()  # cleared while the GUI redraws: the race waits
        self._gui_gate.set()
        self.redraw_timer = QTimer(self, interval=REDRAW_MS)
        self.redraw_timer.timeout.connect(self._redraw_if_changed)

        self.plot = Plot()
        # Fixed ranges: the x range grows in steps (see _fit_x), so that a redraw only moves the
        # curves and never re-lays the axes; pyqtgraph's axis text is the costly part.
        self.plot.disableAutoRange()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setYRange(0, LOSS_TOP, padding=0)
        self.plot.setXRange(0, 1, padding=0)
        self._x_top = 1.0
        self.legend = self.plot.addLegend(offset=(-8, 8), brush=(255, 255, 255, 210))
        self.curves = {
            "backprop": self.plot.plot(pen=pg.mkPen(BLUE, width=1)),
            "numerical": self.plot.plot(
                pen=pg.mkPen(ORANGE, width=3),
                symbol="o",
                symbolBrush=ORANGE,
                symbolSize=8,
            ),
        }
        self.numerical_box, self.backprop_box = QGroupBox(), QGroupBox()
        # Rewritten many times a second while the race runs: labels that do not relayout the page.
        self.numerical_text, self.backprop_text = LiveLabel(), LiveLabel()
        self.pass_bar = QProgressBar()
        self.pass_bar.setFormat("%v / %m")
        box = QVBoxLayout(self.numerical_box)
        box.addWidget(self.numerical_text)
        box.addWidget(self.pass_bar)
        box = QVBoxLayout(self.backprop_box)
        box.addWidget(self.backprop_text)
        box.addStretch(1)
        counters = QHBoxLayout()
        counters.addWidget(self.numerical_box)
        counters.addWidget(self.backprop_box)
        self.ratio_text = LiveLabel()
        set_colour(self.ratio_text, RED)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.plot, 1)
        left_layout.addLayout(counters)
        left_layout.addWidget(self.ratio_text)
        beside_side_panel(self, left, self._build_panel())
        self.apply_fonts()

    def _build_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.intro = wrapped_label(rich=True)
        layout.addWidget(self.intro)

        self.settings_box = QGroupBox()
        form = QFormLayout(self.settings_box)
        self.batch_box = QSpinBox()
        self.batch_box.setRange(1, 100)
        self.batch_box.setValue(100)  # the book's train_neuralnet.py
        self.hidden_box = QSpinBox()
        self.hidden_box.setRange(1, 100)
        self.hidden_box.setValue(50)
        self.batch_caption, self.hidden_caption = QLabel(), QLabel()
        form.addRow(self.batch_caption, self.batch_box)
        form.addRow(self.hidden_caption, self.hidden_box)
        self.start_button, self.stop_button = QPushButton(), QPushButton()
        self.start_button.clicked.connect(self.start_race)
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        form.addRow(row)
        self.params_text = wrapped_label()
        form.addRow(self.params_text)
        self.batch_box.valueChanged.connect(self._show_params)
        self.hidden_box.valueChanged.connect(self._show_params)
        layout.addWidget(self.settings_box)

        self.why_note = note_label()
        layout.addWidget(self.why_note)

        self.check_box = QGroupBox()
        box = QGridLayout(self.check_box)
        self.check_intro = wrapped_label()
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.start_check)
        self.check_bar = QProgressBar()
        self.check_text = wrapped_label()
        box.addWidget(self.check_intro, 0, 0)
        box.addWidget(self.check_button, 1, 0)
        box.addWidget(self.check_bar, 2, 0)
        box.addWidget(self.check_text, 3, 0)
        layout.addWidget(self.check_box)
        layout.addStretch(1)
        return panel

    def _fill_legend(self) -> None:
        """(Re)write the legend: its labels take the text size only when they are written."""
        self.legend.setLabelTextSize(text_size())
        self.legend.clear()
        self.legend.addItem(self.curves["numerical"], self.tr("numerical gradient"))
        self.legend.addItem(self.curves["backprop"], self.tr("backpropagation"))

    def apply_fonts(self) -> None:
        self._fill_legend()
        self.ratio_text.setFont(scaled_font(1.3, bold=True))
        counter = scaled_font(1.1)
        self.numerical_text.setFont(counter)
        self.backprop_text.setFont(counter)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "ratio_text"):
            self.apply_fonts()
        super().changeEvent(event)

    # ---- the worker -------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def _start(self, make_generator, mode: str) -> bool:
        if self.is_running():
            return False
        if not mnist_available() and not ensure_mnist(self):
            return False
        self._mode = mode
        self._error = None
        # 10 batches a second: the counters need no more, and each costs the worker the GIL.
        worker = GeneratorWorker(make_generator, max_rate=10)
        worker.progressed.connect(self._on_progress)
        worker.errored.connect(self._on_error)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        worker.start()
        self.redraw_timer.start()
        self._update_controls()
        return True

    def start_race(self) -> None:
        batch_size, hidden = self.batch_box.value(), self.hidden_box.value()
        self.points = {"numerical": ([], []), "backprop": ([], [])}
        self.last_tick = None
        self._x_top = 1.0
        self.plot.setXRange(0, self._x_top, padding=0.02)
        for curve in self.curves.values():
            curve.setData([], [])
        gate = self._gui_gate
        self._start(
            lambda: race_steps(batch_size=batch_size, hidden_size=hidden, gate=gate), "race"
        )
        self.refresh()

    def start_check(self) -> None:
        hidden = self.hidden_box.value()
        self.check_result = None
        self.check_bar.setValue(0)
        self._start(lambda: gradient_check_steps(hidden_size=hidden), "check")
        self.refresh()

    def stop(self) -> None:
        """Stop whatever runs; returns once the worker's thread has ended."""
        self._gui_gate.set()  # a race waiting for a redraw must not wait for a GUI that waits
        if self._worker is not None:
            self._worker.stop()

    def shutdown(self) -> None:
        self.stop()

    def hideEvent(self, event) -> None:
        self.stop()  # no race behind another page: the worker would slow everything else
        super().hideEvent(event)

    def _on_progress(self, items: list) -> None:
        for item in items:
            if isinstance(item, RaceTick):
                self.last_tick = item
                for run in (item.numerical, item.backprop):
                    xs, ys = self.points[run.name]
                    for seconds, loss in run.new_points:
                        xs.append(seconds)
                        ys.append(loss)
            elif isinstance(item, CheckProgress):
                self.check_bar.setRange(0, item.total)
                self.check_bar.setValue(item.done)
            elif isinstance(item, CheckResult):
                self.check_result = item
        self._dirty = True  # drawn by the redraw timer, at most 4 times a second

    def _redraw_if_changed(self) -> None:
        if self._dirty:
            self._dirty = False
            self._gui_gate.clear()
            try:
                self._draw_curves()
                self.refresh()
                # The plot is the costly paint: done now, while the race waits, instead of
                # later in the event loop with the worker taking the GIL between its Qt calls.
                self.plot.range_now()
                self.plot.viewport().repaint()
            finally:
                after_drawing(self._gui_gate.set)  # the labels' (cheap) paint, and pyqtgraph's

    def _draw_curves(self) -> None:
        for name, curve in self.curves.items():
            curve.setData(*self.points[name])
        xs = self.points["backprop"][0]
        if xs and xs[-1] > self._x_top:
            while self._x_top < xs[-1]:
                self._x_top *= 2
            self.plot.setXRange(0, self._x_top, padding=0.02)

    def _on_error(self, error: Exception) -> None:
        self._error = str(error)

    def _on_finished(self) -> None:
        self._worker = None
        self._mode = ""
        self.redraw_timer.stop()
        self._dirty = False
        if self.check_result is not None:
            self.check_bar.setValue(self.check_bar.maximum())
        self._draw_curves()
        self.refresh()

    # ---- state -> screen --------------------------------------------------------------------
    def _show_params(self) -> None:
        hidden = self.hidden_box.value()
        count = 784 * hidden + hidden + hidden * 10 + 10
        self.params_text.setText(
            self.tr(
                "784-{0}-10 has {1:,} parameters: one numerical iteration is {2:,} forward "
                "passes of the batch."
            ).format(hidden, count, 2 * count)
        )

    def _update_controls(self) -> None:
        running = self.is_running()
        self.start_button.setEnabled(not running)
        self.check_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.batch_box.setEnabled(not running)
        self.hidden_box.setEnabled(not running)

    def refresh(self) -> None:
        self._update_controls()
        self._show_params()
        tick = self.shown_tick = self.last_tick  # the counters lag the worker by ≤ REDRAW_MS
        if tick is None:
            self.numerical_text.setText(self.tr("Not started"))
            self.backprop_text.setText(self.tr("Not started"))
            self.pass_bar.setRange(0, 1)
            self.pass_bar.setValue(0)
            self.ratio_text.setText("")
        else:
            n, b = tick.numerical, tick.backprop
            self.numerical_text.setText(
                self.tr(
                    "Iterations: {0}\nParameters done in this pass: {1:,}\nTime per "
                    "iteration: {2} (estimated)\nLoss: {3:.4f}"
                ).format(
                    n.iterations, n.params_done, duration_text(n.seconds_per_iteration()), n.loss
                )
            )
            self.backprop_text.setText(
                self.tr("Iterations: {0:,}\nTime per iteration: {1}\nLoss: {2:.4f}").format(
                    b.iterations, duration_text(b.seconds_per_iteration()), b.loss
                )
            )
            self.pass_bar.setRange(0, n.params_total)
            self.pass_bar.setValue(n.params_done)
            ratio = tick.ratio()
            self.ratio_text.setText(
                ""
                if ratio is None
                else self.tr(
                    "Measured: one numerical iteration takes as long as {0:,} backprop iterations."
                ).format(round(ratio))
            )
        if self._error:
            self.ratio_text.setText(self.tr("Stopped by an error: {0}").format(self._error))
        self._show_check()

    def _show_check(self) -> None:
        result = self.check_result
        if self._mode == "check":
            self.check_text.setText(self.tr("Computing the numerical gradient of 3 images…"))
        elif result is None:
            self.check_text.setText("")
        else:
            lines = [f"{key}: {value:.2e}" for key, value in result.differences.items()]
            self.check_text.setText(
                self.tr(
                    "Mean |backprop − numerical| per parameter:\n{0}\nNumerical: {1}, "
                    "backprop: {2}. Tiny differences: backprop is right, and far faster."
                ).format(
                    "\n".join(lines),
                    duration_text(result.seconds_numerical),
                    duration_text(result.seconds_backprop),
                )
            )

    def points_of(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        xs, ys = self.points[name]
        return np.array(xs), np.array(ys)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The book's TwoLayerNet learns MNIST twice at once, from the same start and the "
                "same batches: once with <code>numerical_gradient</code> (Chapter 4.5), once "
                "with backpropagation, <code>gradient</code> (Chapter 5.7). Each gets half of "
                "the worker."
            )
        )
        self.settings_box.setTitle(self.tr("The race"))
        self.batch_caption.setText(self.tr("Batch size:"))
        self.hidden_caption.setText(self.tr("Hidden neurons:"))
        self.start_button.setText(self.tr("Start"))
        self.stop_button.setText(self.tr("Stop"))
        self.numerical_box.setTitle(self.tr("Numerical gradient"))
        self.backprop_box.setTitle(self.tr("Backpropagation"))
        self._fill_legend()
        self.plot.setLabel("bottom", self.tr("compute time of each run (s)"))
        self.plot.setLabel("left", self.tr("loss"))
        self.why_note.setText(
            self.tr(
                "<p><b>Why training with the numerical gradient seems to hang:</b> for every one "
                "of the 39,760 parameters it runs the whole batch through the network twice, "
                "with that weight nudged by +h and by −h. One update is about 80,000 forward "
                "passes; backpropagation gets all the gradients from one forward and one "
                "backward pass. Nothing is stuck: watch the parameter counter.</p>"
            )
        )
        self.check_box.setTitle(self.tr("Gradient check (Chapter 5.7.3)"))
        self.check_intro.setText(
            self.tr(
                "The slow numerical gradient is still useful: it checks that backpropagation "
                "is right. As in the book's gradient_check.py: 3 images, both gradients, the "
                "mean difference of each parameter."
            )
        )
        self.check_button.setText(self.tr("Check the gradients"))
        self.refresh()
