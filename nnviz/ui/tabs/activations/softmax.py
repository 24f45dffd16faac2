"""Activations tab, ch3.5: softmax as bars, a temperature, and why the naive formula overflows."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.activations.state import SoftmaxState, parse_vector
from nnviz.ui.tabs.activations.style import (
    BLUE,
    DARK_GREEN,
    NOTE_BACKGROUND,
    ORANGE,
    RED,
    set_colour,
    text_size,
    title_size,
)
from nnviz.ui.widgets.plot import Plot

BOOK_EXAMPLE = (0.3, 2.9, 4.0)  # book 3.5.1
OVERFLOW_EXAMPLE = (1010.0, 1000.0, 990.0)  # book 3.5.2
T_STEPS = 100  # the temperature slider moves by 10^0.01, from T = 0.1 to 10
BAR_OFFSET, BAR_WIDTH = 0.19, 0.36
STALE_OPACITY = 0.3  # the bars of the last valid input, while the entry is not a vector
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def format_number(v: float) -> str:
    return f"{v:.6g}" if math.isfinite(v) else str(v)


def vector_text(values) -> str:
    return ", ".join(f"{v:g}" for v in values)


class ActivationsSoftmax(QObject):
    """The softmax panel: `view` holds the bars and the table, `controls` the inputs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = SoftmaxState()
        self.input_valid = True  # False: the entry is not numbers; the last valid input is shown
        self.view = self._build_view()
        self.controls = self._build_controls()
        self.apply_font()

    # ---- widgets ----------------------------------------------------------------------------
    def _build_view(self) -> QWidget:
        self.plot = Plot()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 1.12, padding=0)
        self.legend = self.plot.addLegend(offset=(-8, 8))  # the shared opaque legend
        self.stable_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=BLUE)
        self.naive_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=ORANGE)
        self.plot.addItem(self.stable_bars)
        self.plot.addItem(self.naive_bars)
        self.bar_texts: list[pg.TextItem] = []

        self.status = QLabel()
        self.status.setWordWrap(True)
        status_font = QFont()  # only the weight: the size still follows the app's text size
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.status)
        bottom_layout.addWidget(self.table, 1)
        view = QSplitter(Qt.Orientation.Vertical)
        view.addWidget(self.plot)
        view.addWidget(bottom)
        view.setSizes([560, 200])
        return view

    def _build_controls(self) -> QWidget:
        controls = QWidget()
        layout = QVBoxLayout(controls)
        layout.setContentsMargins(0, 0, 0, 0)
        self.input_box = QGroupBox()
        box = QVBoxLayout(self.input_box)
        self.input_label = QLabel()
        self.input_label.setWordWrap(True)
        self.input_edit = QLineEdit(vector_text(self.state.a))
        self.input_edit.textChanged.connect(self._text_changed)
        self.input_error = QLabel()
        self.input_error.setWordWrap(True)
        set_colour(self.input_error, RED)
        self.input_error.hide()
        self.book_button = QPushButton()
        self.book_button.clicked.connect(self._book_example)
        self.overflow_button = QPushButton()
        self.overflow_button.clicked.connect(self._overflow_example)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.overflow_button)
        for widget in (self.input_label, self.input_edit, self.input_error):
            box.addWidget(widget)
        box.addLayout(buttons)
        self.t_label = QLabel()
        self.t_slider = QSlider(Qt.Orientation.Horizontal)
        self.t_slider.setRange(-T_STEPS, T_STEPS)
        self.t_slider.setPageStep(T_STEPS // 10)
        self.t_slider.setValue(round(self.state.log_t * T_STEPS))
        self.t_slider.valueChanged.connect(self._t_moved)
        ends = QHBoxLayout()
        ends.addWidget(QLabel("T = 0.1"))
        ends.addStretch(1)
        ends.addWidget(QLabel("T = 10"))
        box.addWidget(self.t_label)
        box.addWidget(self.t_slider)
        box.addLayout(ends)
        self.sum_label = QLabel()
        box.addWidget(self.sum_label)
        layout.addWidget(self.input_box)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setMargin(6)
        set_colour(self.explanation, NOTE_BACKGROUND, QPalette.ColorRole.Window)
        layout.addWidget(self.explanation)
        return controls

    def apply_font(self) -> None:
        """Legend and bar labels at the app's text size (View > Larger text)."""
        self.legend.setLabelTextSize(text_size())
        self.refresh()

    # ---- user input -------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        values = parse_vector(text)
        self.input_error.setVisible(values is None)
        self.input_valid = values is not None
        if values is not None:
            self.state.a = values
        self.refresh()

    def _book_example(self) -> None:
        self.input_edit.setText(vector_text(BOOK_EXAMPLE))

    def _overflow_example(self) -> None:
        self.input_edit.setText(vector_text(OVERFLOW_EXAMPLE))

    def _t_moved(self, value: int) -> None:
        self.state.log_t = value / T_STEPS
        self.refresh()

    # ---- state -> screen --------------------------------------------------------------------
    def row_names(self) -> list[str]:
        return [
            self.tr("input a"),
            "a / T",
            self.tr("naive: exp(a / T)"),
            self.tr("naive: y"),
            self.tr("stable: exp(a / T − max)"),
            self.tr("stable: y"),
        ]

    def retranslate(self) -> None:
        self.input_box.setTitle(self.tr("Softmax of a vector (Chapter 3.5)"))
        self.input_label.setText(self.tr("Inputs a (numbers separated by commas):"))
        self.input_error.setText(
            self.tr("Type 1 to 10 numbers separated by commas, for example 0.3, 2.9, 4.0")
        )
        self.book_button.setText(self.tr("Book example"))
        self.book_button.setToolTip(vector_text(BOOK_EXAMPLE))
        self.overflow_button.setText(self.tr("Overflow example"))
        self.overflow_button.setToolTip(vector_text(OVERFLOW_EXAMPLE))
        self.plot.setLabel("left", "y")
        self.explanation.setText(
            self.tr(
                "<p>Softmax turns any scores a into probabilities: y<sub>k</sub> = exp(a<sub>k"
                "</sub>) / Σ<sub>i</sub> exp(a<sub>i</sub>), each between 0 and 1, summing to 1 "
                "(Chapter 3.5).</p><p>exp overflows above about 709, so the naive formula gives "
                "inf / inf = nan for inputs like 1010. Subtracting the largest input first changes "
                "nothing mathematically and avoids it (Chapter 3.5.2).</p><p>Dividing by a "
                "temperature T (not in the book) makes the result sharper (T &lt; 1) or flatter "
                "(T &gt; 1).</p>"
            )
        )
        self.refresh()

    def refresh(self) -> None:
        s = self.state
        exp_stable, y = s.stable()
        exp_naive, y_naive = s.naive()
        n = len(s.a)
        index = np.arange(n)
        if self.input_valid:
            title = self.tr("Softmax: stable (blue) and naive (orange)")
        else:
            title = self.tr("Not updated: still the last valid input a = ({0})").format(
                vector_text(s.a)
            )
        self.plot.setTitle(title, size=title_size())
        self.stable_bars.setOpts(x=index - BAR_OFFSET, height=y, width=BAR_WIDTH)
        naive_ok = np.isfinite(y_naive)
        self.naive_bars.setOpts(
            x=index + BAR_OFFSET, height=np.where(naive_ok, y_naive, 0.0), width=BAR_WIDTH
        )
        self.plot.setXRange(-0.6, n - 0.4, padding=0)
        ticks = [(i, f"y{i + 1}".translate(SUBSCRIPTS)) for i in range(n)]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.legend.clear()
        self.legend.addItem(self.stable_bars, self.tr("stable softmax"))
        self.legend.addItem(self.naive_bars, self.tr("naive softmax"))
        self._label_bars(y, y_naive)

        self.t_label.setText(self.tr("Temperature T = {0:.2f}").format(s.temperature))
        self.sum_label.setText(self.tr("Sum of the stable outputs: {0:.6f}").format(float(y.sum())))
        self._fill_table([np.asarray(s.a), s.scaled(), exp_naive, y_naive, exp_stable, y])
        if not naive_ok.all():
            z = s.scaled()
            if np.isinf(exp_naive).any():
                text = self.tr(
                    "Naive softmax overflows: exp({0:g}) = inf, and inf / inf = nan. Subtracting "
                    "the largest input ({0:g}) first gives the right answer."
                ).format(float(z.max()))
            else:
                text = self.tr(
                    "Naive softmax underflows: every exp(a / T) is 0, and 0 / 0 = nan. "
                    "Subtracting the largest input ({0:g}) first gives the right answer."
                ).format(float(z.max()))
            set_colour(self.status, RED)
        else:
            text = self.tr(
                "No overflow here: naive and stable softmax agree (difference {0:.1e})."
            ).format(float(np.max(np.abs(y_naive - y))))
            set_colour(self.status, DARK_GREEN)
        if not self.input_valid:
            text = self.tr("Last valid input ({0}): {1}").format(vector_text(s.a), text)
        self.status.setText(text)
        # An invalid entry leaves the chart and table of the last valid input: say so by
        # greying them (the title and status name that input).
        opacity = 1.0 if self.input_valid else STALE_OPACITY
        for item in (self.stable_bars, self.naive_bars, *self.bar_texts):
            item.setOpacity(opacity)
        self.table.setEnabled(self.input_valid)
        self.sum_label.setEnabled(self.input_valid)

    def _label_bars(self, y, y_naive) -> None:
        for text in self.bar_texts:
            self.plot.removeItem(text)
        self.bar_texts = []
        for i, (v, w) in enumerate(zip(y, y_naive, strict=True)):
            label = pg.TextItem(f"{v:.3f}", color=BLUE, anchor=(0.5, 1))
            label.setFont(QApplication.font())
            label.setPos(i - BAR_OFFSET, v)
            self.bar_texts.append(label)
            if math.isfinite(w):
                naive = pg.TextItem(f"{w:.3f}", color="#b35900", anchor=(0.5, 1))
                naive.setFont(QApplication.font())
                naive.setPos(i + BAR_OFFSET, w)
            else:
                naive = pg.TextItem(str(w), color=RED, anchor=(0.5, 1))
                font = QFont(QApplication.font())
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.6)
                naive.setFont(font)
                naive.setPos(i + BAR_OFFSET, 0.12)
            self.bar_texts.append(naive)
        for text in self.bar_texts:
            self.plot.addItem(text)

    def _fill_table(self, rows) -> None:
        names = self.row_names()
        n = len(self.state.a)
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(n)
        self.table.setHorizontalHeaderLabels([str(i + 1) for i in range(n)])
        self.table.setVerticalHeaderLabels(names)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                item = QTableWidgetItem(format_number(float(v)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not math.isfinite(float(v)):
                    item.setForeground(QBrush(QColor(RED)))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
