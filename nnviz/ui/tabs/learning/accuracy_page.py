"""Learning tab, ch4.2.5: why learning follows the loss and not the accuracy — move one weight of
simpleNet and the loss slides smoothly while the accuracy jumps in steps."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.learning.state import LossVsAccuracy
from nnviz.ui.tabs.learning.style import (
    BLUE,
    GREEN,
    RED,
    beside_side_panel,
    note_label,
    scaled_font,
    set_colour,
    wrapped_label,
)
from nnviz.ui.widgets.plot import Plot

STEPS = 600  # slider positions across the sweep (w from start − 3 to start + 3, 0.01 apart)
WEIGHTS = [(i, j) for i in range(2) for j in range(3)]


class AccuracyPage(QWidget):
    """Loss (top) and accuracy (bottom) against one weight; a slider moves that weight."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = LossVsAccuracy()

        self.loss_plot, self.accuracy_plot = Plot(), Plot()
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
        self.accuracy_plot.setXLink(self.loss_plot)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen(BLUE, width=2))
        self.accuracy_curve = self.accuracy_plot.plot(pen=pg.mkPen(GREEN, width=2))
        self.markers = []
        for plot in (self.loss_plot, self.accuracy_plot):
            line = pg.InfiniteLine(angle=90, pen=pg.mkPen(RED, width=1))
            point = pg.ScatterPlotItem(size=11, brush=RED, pen=pg.mkPen("k"))
            plot.addItem(line)
            plot.addItem(point)
            self.markers.append((line, point))
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.accuracy_plot)

        beside_side_panel(self, plots, self._build_panel())
        self.choose_weight(0)
        self.apply_fonts()

    def _build_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.intro = wrapped_label()
        layout.addWidget(self.intro)
        self.weight_box = QGroupBox()
        form = QFormLayout(self.weight_box)
        self.weight_caption, self.slider_caption = QLabel(), QLabel()
        self.weight_choice = QComboBox()
        self.weight_choice.addItems([f"W[{i},{j}]" for i, j in WEIGHTS])
        self.weight_choice.currentIndexChanged.connect(self.choose_weight)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setPageStep(STEPS // 20)
        self.slider.valueChanged.connect(self._slider_moved)
        form.addRow(self.weight_caption, self.weight_choice)
        form.addRow(self.slider_caption, self.slider)
        self.loss_caption, self.accuracy_caption = QLabel(), QLabel()
        self.loss_value, self.accuracy_value = QLabel(), QLabel()
        set_colour(self.loss_value, BLUE)
        set_colour(self.accuracy_value, GREEN)
        form.addRow(self.loss_caption, self.loss_value)
        form.addRow(self.accuracy_caption, self.accuracy_value)
        layout.addWidget(self.weight_box)
        self.note = note_label()
        layout.addWidget(self.note)
        layout.addStretch(1)
        return panel

    def apply_fonts(self) -> None:
        big = scaled_font(1.4, bold=True)
        self.loss_value.setFont(big)
        self.accuracy_value.setFont(big)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "loss_value"):
            self.apply_fonts()
        super().changeEvent(event)

    # ---- user input -------------------------------------------------------------------------
    def choose_weight(self, row: int) -> None:
        self.state.choose(WEIGHTS[row])
        self.values, losses, accuracies = self.state.sweep(STEPS + 1)
        self.loss_curve.setData(self.values, losses)
        self.accuracy_curve.setData(self.values, accuracies)
        self.loss_plot.setXRange(self.values[0], self.values[-1], padding=0.02)
        self.accuracy_plot.setYRange(0, 1, padding=0.05)
        self.slider.blockSignals(True)
        self.slider.setValue(STEPS // 2)  # the weight's start value is the middle of the sweep
        self.slider.blockSignals(False)
        self.refresh()

    def _slider_moved(self, position: int) -> None:
        self.state.set_weight(float(self.values[position]))
        self.refresh()

    # ---- state -> screen --------------------------------------------------------------------
    def refresh(self) -> None:
        w, loss, accuracy = self.state.weight, self.state.loss(), self.state.accuracy()
        for (line, point), y in zip(self.markers, (loss, accuracy), strict=True):
            line.setValue(w)
            point.setData([w], [y])
        self.slider_caption.setText(f"{self.weight_choice.currentText()} = {w:.2f}")
        self.loss_value.setText(f"{loss:.4f}")
        self.accuracy_value.setText(f"{accuracy:.1%}")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Why learn from the loss and not from the accuracy (Chapter 4.2.5)? Here "
                "simpleNet sorts 36 points into 3 classes. Move one of its weights with the "
                "slider and compare the two curves."
            )
        )
        self.weight_box.setTitle(self.tr("One weight of simpleNet"))
        self.weight_caption.setText(self.tr("Weight:"))
        self.loss_caption.setText(self.tr("Loss:"))
        self.accuracy_caption.setText(self.tr("Accuracy:"))
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.accuracy_plot.setLabel("left", self.tr("accuracy"))
        self.note.setText(
            self.tr(
                "<p>The loss changes with every small move of the weight, so its derivative "
                "tells which way to go. The accuracy counts right answers: it stays flat and "
                "then jumps by 1/36 when a point changes class. On the flat parts its derivative "
                "is 0 and gradient descent would not know where to go, just as with the step "
                "function (Chapter 3) — that is why sigmoid, not the step, and the loss, not "
                "the accuracy.</p>"
            )
        )
        self.refresh()
