"""Learning tab, ch4.2.3–4.2.4: mini-batches of MNIST, their cross-entropy in both forms, and how
far a batch's mean loss strays from the whole training set's as the batch grows."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
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

from nnviz.ui.tabs.learning.batches import (
    BATCH_SIZES,
    TRAIN_SIZE,
    BatchLab,
    lab_steps,
)
from nnviz.ui.tabs.learning.style import (
    BLUE,
    RED,
    beside_side_panel,
    note_label,
    scaled_font,
    wrapped_label,
)
from nnviz.ui.widgets.mnist_download import ensure_mnist, mnist_available
from nnviz.ui.widgets.plot import Plot
from nnviz.ui.worker import GeneratorWorker

THUMBNAILS = 10
THUMB_SCALE = 2  # 28 px images shown at 56 px: readable on a projector
KEEP_PER_SIZE = 60  # the spread plot keeps the latest this many batch losses per size
LIVE_MS = 120  # one batch of each size per tick while sampling live


class Thumbnail(QWidget):
    """One MNIST image with its label and its own loss underneath."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = QLabel()
        self.image.setFixedSize(28 * THUMB_SCALE, 28 * THUMB_SCALE)
        self.image.setStyleSheet("background: black")
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(1)
        layout.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)

    def show_image(self, pixels: np.ndarray, caption: str) -> None:
        pixels = np.ascontiguousarray(pixels.reshape(28, 28), dtype=np.uint8)
        image = QImage(pixels.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
        self.image.setPixmap(QPixmap.fromImage(image).scaled(28 * THUMB_SCALE, 28 * THUMB_SCALE))
        self.caption.setText(caption)

    def clear(self) -> None:
        self.image.clear()
        self.caption.setText("")


class BatchPage(QWidget):
    """Draw batches with np.random.choice; watch their loss gather round the full-set loss."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lab: BatchLab | None = None
        self.rng = np.random.default_rng()
        self.samples: dict[int, list[float]] = {n: [] for n in BATCH_SIZES}
        self.last_batch = None
        self._worker: GeneratorWorker | None = None
        self._failed: str | None = None
        self.live_timer = QTimer(self, interval=LIVE_MS)
        self.live_timer.timeout.connect(self.sample_each_size)

        self.thumbnails = [Thumbnail() for _ in range(THUMBNAILS)]
        strip = QWidget()
        strip_layout = QGridLayout(strip)
        strip_layout.setContentsMargins(0, 0, 0, 0)
        strip_layout.setSpacing(0)
        for k, thumb in enumerate(self.thumbnails):
            strip_layout.addWidget(thumb, k // 5, k % 5)
        self.batch_code = wrapped_label()
        self.batch_code.setMinimumWidth(120)
        # The code that drew the batch sits beside its images, which keeps the plot tall.
        strip_layout.addWidget(self.batch_code, 0, 5, 2, 1)
        strip_layout.setColumnStretch(5, 1)
        self.batch_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plot = Plot()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        ticks = [(np.log10(n), str(n)) for n in BATCH_SIZES]
        self.plot.getPlotItem().getAxis("bottom").setTicks([ticks])
        self.plot.setXRange(-0.15, 3.15, padding=0)
        self.scatter = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(31, 119, 180, 90), pen=None)
        self.plot.addItem(self.scatter)
        self.spread_curves = [
            self.plot.plot(pen=pg.mkPen(BLUE, width=2, style=Qt.PenStyle.DashLine))
            for _ in range(2)
        ]
        self.full_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(RED, width=2))
        self.full_line.hide()
        self.plot.addItem(self.full_line)
        self.batch_point = pg.ScatterPlotItem(size=12, brush=RED, pen=pg.mkPen("k"))
        self.plot.addItem(self.batch_point)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(strip)
        left_layout.addWidget(self.plot, 1)
        beside_side_panel(self, left, self._build_panel())
        self.apply_fonts()

    def _build_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.intro = wrapped_label(rich=True)
        layout.addWidget(self.intro)

        self.load_box = QGroupBox()
        box = QVBoxLayout(self.load_box)
        self.load_text = wrapped_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.load_button = QPushButton()
        self.load_button.clicked.connect(self.load)
        for widget in (self.load_text, self.progress, self.load_button):
            box.addWidget(widget)
        layout.addWidget(self.load_box)

        self.batch_box = QGroupBox()
        grid = QGridLayout(self.batch_box)
        self.size_caption = QLabel()
        self.size_box = QSpinBox()
        self.size_box.setRange(1, 1000)
        self.size_box.setValue(10)  # the book's np.random.choice(60000, 10)
        self.draw_button = QPushButton()
        self.draw_button.clicked.connect(self.draw_batch)
        grid.addWidget(self.size_caption, 0, 0)
        grid.addWidget(self.size_box, 0, 1)
        grid.addWidget(self.draw_button, 1, 0, 1, 2)
        self.one_hot_caption, self.labels_caption = (
            wrapped_label(rich=True),
            wrapped_label(rich=True),
        )
        self.full_caption = wrapped_label()
        self.one_hot_value, self.labels_value, self.full_value = QLabel(), QLabel(), QLabel()
        for row, (caption, value) in enumerate(
            (
                (self.one_hot_caption, self.one_hot_value),
                (self.labels_caption, self.labels_value),
                (self.full_caption, self.full_value),
            ),
            start=2,
        ):
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
        self.live_button = QPushButton()
        self.live_button.setCheckable(True)
        self.live_button.toggled.connect(self.set_live)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_samples)
        row = QHBoxLayout()
        row.addWidget(self.live_button)
        row.addWidget(self.clear_button)
        grid.addLayout(row, 5, 0, 1, 2)
        layout.addWidget(self.batch_box)

        self.note = note_label()
        layout.addWidget(self.note)
        layout.addStretch(1)
        return panel

    def apply_fonts(self) -> None:
        big = scaled_font(1.25, bold=True)
        for label in (self.one_hot_value, self.labels_value, self.full_value):
            label.setFont(big)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "full_value"):
            self.apply_fonts()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.lab is None and not self.is_loading() and mnist_available():
            self.load()  # the data is here: no reason to make the student press a button

    def hideEvent(self, event) -> None:
        self.live_button.setChecked(False)  # no sampling behind another page
        super().hideEvent(event)

    # ---- the lab (worker) -------------------------------------------------------------------
    def is_loading(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def load(self) -> None:
        if self.lab is not None or self.is_loading():
            return
        if not mnist_available() and not ensure_mnist(self):
            return
        self._failed = None
        worker = GeneratorWorker(lab_steps, max_rate=10)
        worker.progressed.connect(self._on_progress)
        worker.errored.connect(self._on_error)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        worker.start()
        self._update_controls()

    def _on_progress(self, items: list) -> None:
        for kind, value in items:
            if kind == "progress":
                self.progress.setValue(round(100 * value))
            elif kind == "lab":
                self.lab = value
                self.progress.setValue(100)
                self.full_line.setValue(value.full_loss)
                self.full_line.show()
                self.draw_batch()
                self.sample_each_size(per_size=20)

    def _on_error(self, error: Exception) -> None:
        self._failed = str(error)

    def _on_finished(self) -> None:
        self._worker = None
        self._update_controls()
        self.retranslate()

    def shutdown(self) -> None:
        self.live_timer.stop()
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    # ---- user input -------------------------------------------------------------------------
    def draw_batch(self) -> None:
        """np.random.choice(60000, N): the batch's images, its loss in both forms."""
        if self.lab is None:
            return
        n = self.size_box.value()
        batch = self.lab.draw(n, self.rng)
        self.last_batch = batch
        self._add_sample(n, batch.loss_labels)
        self.batch_point.setData([np.log10(n)], [batch.loss_labels])
        self._redraw_spread()
        self._show_batch()

    def sample_each_size(self, per_size: int = 1) -> None:
        if self.lab is None:
            return
        for n in BATCH_SIZES:
            for _ in range(per_size):
                self._add_sample(n, self.lab.draw(n, self.rng).loss_labels)
        self._redraw_spread()

    def set_live(self, on: bool) -> None:
        if on and self.lab is not None:
            self.live_timer.start()
        else:
            self.live_timer.stop()
            if self.live_button.isChecked():
                self.live_button.setChecked(False)

    def clear_samples(self) -> None:
        self.samples = {n: [] for n in BATCH_SIZES}
        self._redraw_spread()

    def _add_sample(self, n: int, loss: float) -> None:
        kept = self.samples.setdefault(n, [])
        kept.append(loss)
        del kept[:-KEEP_PER_SIZE]

    # ---- state -> screen --------------------------------------------------------------------
    def spread_by_size(self) -> dict[int, float]:
        """The standard deviation of the kept batch losses for each size (what the band shows)."""
        return {n: float(np.std(v)) for n, v in self.samples.items() if len(v) > 1}

    def _redraw_spread(self) -> None:
        xs, ys = [], []
        # Each size's dots spread a little sideways so that they do not hide each other.
        jitter = np.random.default_rng(0).uniform(-0.04, 0.04, KEEP_PER_SIZE)
        for n, losses in self.samples.items():
            xs.extend(np.log10(n) + jitter[: len(losses)])
            ys.extend(losses)
        self.scatter.setData(xs, ys)
        sizes = [n for n in BATCH_SIZES if len(self.samples.get(n, ())) > 1]
        if self.lab is not None and sizes:
            full = self.lab.full_loss
            spread = self.spread_by_size()
            x = np.log10(sizes)
            band = np.array([spread[n] for n in sizes])
            self.spread_curves[0].setData(x, full + band)
            self.spread_curves[1].setData(x, np.maximum(full - band, 0))
        else:
            for curve in self.spread_curves:
                curve.setData([], [])
        if ys:
            self.plot.setYRange(0, min(max(ys), 3 * (self.lab.full_loss if self.lab else 1) + 1))

    def _show_batch(self) -> None:
        batch, lab = self.last_batch, self.lab
        if batch is None or lab is None:
            return
        for k, thumb in enumerate(self.thumbnails):
            if k < len(batch.indices):
                i = batch.indices[k]
                thumb.show_image(lab.images[i], f"t={lab.labels[i]}\n{lab.sample_loss(i):.2f}")
            else:
                thumb.clear()
        shown = ", ".join(str(i) for i in batch.indices[:THUMBNAILS])
        more = ", …" if len(batch.indices) > THUMBNAILS else ""
        self.batch_code.setText(
            f"batch_mask = np.random.choice({TRAIN_SIZE}, {len(batch.indices)}) → [{shown}{more}]"
        )
        self.one_hot_value.setText(f"{batch.loss_one_hot:.4f}")
        self.labels_value.setText(f"{batch.loss_labels:.4f}")
        self.full_value.setText(f"{lab.full_loss:.4f}")

    def _update_controls(self) -> None:
        ready = self.lab is not None
        for widget in (self.draw_button, self.live_button, self.clear_button, self.size_box):
            widget.setEnabled(ready)
        self.load_button.setVisible(not ready and not self.is_loading())
        self.progress.setVisible(self.is_loading())
        self.load_box.setVisible(not ready)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Training looks at a <b>mini-batch</b>: a few images drawn at random, whose mean "
                "loss stands in for the loss of all 60,000 (Chapter 4.2.3). For a batch of N, "
                "cross-entropy is the mean over the batch: E = −1/N Σ<sub>n</sub> Σ<sub>k</sub> "
                "t<sub>nk</sub> log y<sub>nk</sub>."
            )
        )
        self.load_box.setTitle(self.tr("MNIST"))
        if self._failed:
            self.load_text.setText(self.tr("Could not prepare MNIST: {0}").format(self._failed))
        elif self.is_loading():
            self.load_text.setText(
                self.tr(
                    "Reading MNIST and training the book's TwoLayerNet for a few seconds, so "
                    "that its losses differ from image to image…"
                )
            )
        else:
            self.load_text.setText(self.tr("The MNIST training images are needed here."))
        self.load_button.setText(self.tr("Load MNIST"))
        self.batch_box.setTitle(self.tr("A mini-batch (Chapter 4.2.3–4.2.4)"))
        self.size_caption.setText(self.tr("Batch size N:"))
        self.draw_button.setText(self.tr("Draw np.random.choice(60000, N)"))
        self.one_hot_caption.setText(self.tr("t one-hot:<br><tt>−Σ t·log(y + δ) / N</tt>"))
        self.labels_caption.setText(
            self.tr("t as labels:<br><tt>−Σ log(y[arange(N), t] + δ) / N</tt>")
        )
        self.full_caption.setText(self.tr("All 60,000 images:"))
        self.live_button.setText(self.tr("Sample live"))
        self.clear_button.setText(self.tr("Clear"))
        self.plot.setLabel("bottom", self.tr("batch size N"))
        self.plot.setLabel("left", self.tr("mean loss of a batch"))
        self.plot.setTitle(
            self.tr("Red line: all 60,000 · dots: batches · dashes: ± one standard deviation")
        )
        self.note.setText(
            self.tr(
                "<p>Each dot is one batch's mean loss. Small batches stray far from the red "
                "line; by N = 100 they stay close: the spread shrinks like 1/√N. That is why a "
                "mini-batch of 100 is a good enough stand-in for the whole set, at 1/600 of "
                "the cost.</p><p>Under each image: its label t and its own loss −log y<sub>t"
                "</sub>. The network is the book's TwoLayerNet after a few hundred steps of "
                "training.</p>"
            )
        )
        self._update_controls()
