"""Learning tab, ch4.2.1–4.2.2: ten draggable output bars, the correct label, MSE and cross-entropy
side by side, and −log y with the current point."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.learning.state import (
    BOOK_LABEL,
    BOOK_Y,
    BOOK_Y_FAVOURS_7,
    CLASSES,
    DELTA,
    LossState,
)
from nnviz.ui.tabs.learning.style import (
    BLUE,
    GREEN,
    ORANGE,
    RED,
    beside_side_panel,
    note_label,
    scaled_font,
    set_colour,
    wrapped_label,
)
from nnviz.ui.widgets.plot import Plot

LOG_TOP = 5.0  # −log y above this is drawn at the top edge, its value written beside it
KEY_STEP, PAGE_STEP = 0.01, 0.1


class ProbabilityBars(Plot):
    """Ten bars y_0…y_9; drag a bar's top (or use ←/→ and ↑/↓) to set it."""

    dragged = Signal(int, float)  # bar, new height
    selected = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseEnabled(x=False, y=False)  # a drag sets a bar, never moves the view
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setXRange(-0.6, CLASSES - 0.4, padding=0)
        self.setYRange(0, 1.08, padding=0)
        self.getPlotItem().getAxis("bottom").setTicks([[(k, str(k)) for k in range(CLASSES)]])
        self.bars = pg.BarGraphItem(x=np.arange(CLASSES), height=np.zeros(CLASSES), width=0.7)
        self.addItem(self.bars)
        self.texts = [pg.TextItem(anchor=(0.5, 1.0), color="k") for _ in range(CLASSES)]
        for text in self.texts:
            self.addItem(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._dragging: int | None = None
        self.current = BOOK_LABEL

    def show_values(self, y: np.ndarray, label: int, current: int) -> None:
        self.current = current
        brushes = [GREEN if k == label else BLUE for k in range(CLASSES)]
        outline, plain = pg.mkPen(ORANGE, width=3), pg.mkPen(None)
        pens = [outline if k == current else plain for k in range(CLASSES)]
        self.bars.setOpts(height=y, brushes=brushes, pens=pens)
        font = scaled_font(0.9)
        for k, text in enumerate(self.texts):
            text.setText(f"{y[k]:.2f}")
            text.setFont(font)
            text.setPos(k, y[k] + 0.005)

    def data_point(self, pos) -> QPointF:
        """The data coordinates under a viewport position."""
        return self.getPlotItem().vb.mapSceneToView(self.mapToScene(pos.toPoint()))

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        point = self.data_point(event.position())
        k = round(point.x())
        if 0 <= k < CLASSES and abs(point.x() - k) <= 0.45:
            self._dragging = k
            self.selected.emit(k)
            self.dragged.emit(k, point.y())
            event.accept()
            return None
        return super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._dragging is not None:
            self.dragged.emit(self._dragging, self.data_point(event.position()).y())
            event.accept()
            return None
        return super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._dragging is not None:
            self._dragging = None
            event.accept()
            return None
        return super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.selected.emit((self.current + step) % CLASSES)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            size = KEY_STEP if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) else PAGE_STEP
            sign = 1 if key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp) else -1
            height = self.bars.opts["height"][self.current]
            self.dragged.emit(self.current, height + sign * size)
        else:
            super().keyPressEvent(event)


class MinusLogPlot(Plot):
    """−log y on 0…1 (the cross-entropy of one sample) with the current y of the correct label."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setXRange(0, 1, padding=0.02)
        self.setYRange(0, LOG_TOP, padding=0.02)
        y = np.linspace(np.exp(-LOG_TOP - 0.2), 1, 600)
        # The curve is what cross_entropy_error computes for one sample: −log(y + δ).
        self.curve = self.plot(y, -np.log(y + DELTA), pen=pg.mkPen(BLUE, width=2))
        self.point = pg.ScatterPlotItem(size=13, brush=RED, pen=pg.mkPen("k"))
        self.addItem(self.point)
        self.point_text = pg.TextItem(anchor=(0, 1), color=RED)
        self.addItem(self.point_text)

    def show_point(self, y_t: float, loss: float) -> None:
        shown = min(loss, LOG_TOP)
        self.point.setData([y_t], [shown])
        self.point_text.setFont(scaled_font(1.0, bold=True))
        arrow = " ↑" if loss > LOG_TOP else ""
        self.point_text.setText(f"({y_t:.2f}, {loss:.4f}){arrow}")
        # Keep the label inside the plot: left of the point when it is near the right edge.
        self.point_text.setAnchor((1, 1) if y_t > 0.6 else (0, 1))
        self.point_text.setPos(y_t, min(shown, LOG_TOP * 0.9))


class LossPage(QWidget):
    """The page: bars and −log y on the left, label, examples and the two losses on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = LossState()
        self.current = self.state.label  # the bar the keyboard and the spin boxes act on

        self.bars = ProbabilityBars()
        self.bars.dragged.connect(self.set_probability)
        self.bars.selected.connect(self.select_bar)
        self.log_plot = MinusLogPlot()
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.bars)
        plots.addWidget(self.log_plot)
        plots.setSizes([400, 260])

        beside_side_panel(self, plots, self._build_panel())
        self.apply_fonts()

    def _build_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.intro = wrapped_label()
        layout.addWidget(self.intro)

        self.input_box = QGroupBox()
        grid = QGridLayout(self.input_box)
        self.label_caption = QLabel()
        self.label_choice = QComboBox()
        self.label_choice.addItems([str(k) for k in range(CLASSES)])
        self.label_choice.setCurrentIndex(self.state.label)
        self.label_choice.currentIndexChanged.connect(self.set_label)
        self.bar_caption = QLabel()
        self.bar_choice = QSpinBox()
        self.bar_choice.setRange(0, CLASSES - 1)
        self.bar_choice.setValue(self.current)
        self.bar_choice.valueChanged.connect(self.select_bar)
        self.value_caption = QLabel()
        self.value_box = QDoubleSpinBox()
        self.value_box.setRange(0, 1)
        self.value_box.setDecimals(3)
        self.value_box.setSingleStep(KEY_STEP)
        self.value_box.valueChanged.connect(self._value_typed)
        for row, (caption, widget) in enumerate(
            (
                (self.label_caption, self.label_choice),
                (self.bar_caption, self.bar_choice),
                (self.value_caption, self.value_box),
            )
        ):
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
        self.book_button, self.seven_button = QPushButton(), QPushButton()
        self.book_button.clicked.connect(self.book_example)
        self.seven_button.clicked.connect(self.favour_seven)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.seven_button)
        grid.addLayout(buttons, 3, 0, 1, 2)
        self.drag_hint = wrapped_label()
        grid.addWidget(self.drag_hint, 4, 0, 1, 2)
        layout.addWidget(self.input_box)

        self.loss_box = QGroupBox()
        losses = QGridLayout(self.loss_box)
        self.mse_caption, self.cee_caption = wrapped_label(), wrapped_label()
        self.mse_value, self.cee_value = QLabel(), QLabel()
        set_colour(self.cee_value, RED)
        self.mse_formula, self.cee_formula = wrapped_label(rich=True), wrapped_label(rich=True)
        losses.addWidget(self.mse_caption, 0, 0)
        losses.addWidget(self.cee_caption, 0, 1)
        losses.addWidget(self.mse_value, 1, 0)
        losses.addWidget(self.cee_value, 1, 1)
        losses.addWidget(self.mse_formula, 2, 0)
        losses.addWidget(self.cee_formula, 2, 1)
        self.answer = wrapped_label()
        losses.addWidget(self.answer, 3, 0, 1, 2)
        layout.addWidget(self.loss_box)

        self.delta_note = note_label()
        layout.addWidget(self.delta_note)
        layout.addStretch(1)
        return panel

    def apply_fonts(self) -> None:
        big = scaled_font(1.6, bold=True)
        self.mse_value.setFont(big)
        self.cee_value.setFont(big)
        self.refresh()

    # ---- user input -------------------------------------------------------------------------
    def set_probability(self, k: int, value: float) -> None:
        self.current = k
        self.state.set_probability(k, value)
        self.refresh()

    def select_bar(self, k: int) -> None:
        self.current = int(k)
        self.refresh()

    def _value_typed(self, value: float) -> None:
        if abs(value - self.state.y[self.current]) > 5e-4:  # not our own refresh echoing back
            self.set_probability(self.current, value)

    def set_label(self, label: int) -> None:
        self.state.set_label(label)
        self.refresh()

    def book_example(self) -> None:
        self.state.set_example(BOOK_Y, BOOK_LABEL)
        self.current = BOOK_LABEL
        self.refresh()

    def favour_seven(self) -> None:
        self.state.set_example(BOOK_Y_FAVOURS_7, BOOK_LABEL)
        self.current = 7
        self.refresh()

    # ---- state -> screen --------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.state
        for widget, value in (
            (self.label_choice, state.label),
            (self.bar_choice, self.current),
            (self.value_box, state.y[self.current]),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(value)
            else:
                widget.setValue(value)
            widget.blockSignals(False)
        self.bars.show_values(state.y, state.label, self.current)
        cee = state.cee()
        self.mse_value.setText(f"{state.mse():.4f}")
        self.cee_value.setText(f"{cee:.4f}")
        self.log_plot.show_point(state.y_correct(), cee)
        self.answer.setText(
            self.tr(
                "The network's answer: {0} (y = {1:.2f}). The correct label: {2} (y = {3:.2f})."
            ).format(state.favoured(), state.y[state.favoured()], state.label, state.y_correct())
        )

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A loss function says in one number how bad the network's output y is for the "
                "correct answer t (Chapter 4.2). The bars are the outputs of a softmax for one "
                "image: ten probabilities that always add up to 1. The green bar is the correct "
                "label."
            )
        )
        self.input_box.setTitle(self.tr("Output y and label t"))
        self.label_caption.setText(self.tr("Correct label t:"))
        self.bar_caption.setText(self.tr("Bar:"))
        self.value_caption.setText(self.tr("Its y:"))
        self.book_button.setText(self.tr("Book example"))
        self.seven_button.setText(self.tr("Favours 7"))
        self.book_button.setToolTip(self.tr("The book's y with 0.6 on 2, the correct label"))
        self.seven_button.setToolTip(self.tr("The same y with 0.6 on 7: a wrong answer"))
        self.drag_hint.setText(
            self.tr(
                "Drag a bar up or down, or click the bars and use ←/→ and ↑/↓. The other bars "
                "shrink or grow in proportion so that the sum stays 1."
            )
        )
        self.loss_box.setTitle(self.tr("The two losses (Chapter 4.2.1–4.2.2)"))
        self.mse_caption.setText(self.tr("Mean squared error"))
        self.cee_caption.setText(self.tr("Cross-entropy error"))
        self.mse_formula.setText("E = ½ Σ<sub>k</sub> (y<sub>k</sub> − t<sub>k</sub>)²")
        self.cee_formula.setText("E = −Σ<sub>k</sub> t<sub>k</sub> log y<sub>k</sub>")
        self.bars.setLabel("left", "y")
        self.bars.setLabel("bottom", self.tr("class k"))
        self.log_plot.setLabel("left", "−log y")
        self.log_plot.setLabel("bottom", self.tr("y of the correct label"))
        self.delta_note.setText(
            self.tr(
                "<p>Cross-entropy looks only at the correct label's y: with t one-hot, every "
                "other term is 0 × log y. It is −log y, the curve below the bars: 0 when y = 1, "
                "and steeper and steeper as y falls towards 0.</p>"
                "<p>Why <code>delta = 1e-7</code> in <code>cross_entropy_error</code>: log 0 is "
                "−∞, so a y of exactly 0 would make the loss infinite and stop all learning. "
                "With the delta the worst value is −log(1e-7) ≈ 16.1. Drag the green bar to 0 "
                "to see it.</p>"
            )
        )
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "cee_value"):
            self.apply_fonts()
        super().changeEvent(event)
