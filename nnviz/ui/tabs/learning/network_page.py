"""Learning tab, ch4.4.2: the gradient of the book's simpleNet, one weight nudged at a time.

Each row of the table is one NudgeStep from the engine's numerical_gradient_steps: the loss with
that weight raised by h, with it lowered by h, their difference and dW = difference / 2h.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnviz.engine.nets import BOOK_SIMPLE_NET_W
from nnviz.ui.tabs.learning.state import NetGradientWalk
from nnviz.ui.tabs.learning.style import (
    BLUE,
    GREEN,
    ORANGE,
    RED,
    beside_side_panel,
    note_label,
    scaled_font,
    wrapped_label,
)
from nnviz.ui.widgets.plot import Plot

SWEEP = 1.5  # the loss is drawn for the nudged weight within ±SWEEP of its value
COLUMNS = 6  # W[i,j], w, L(w+h), L(w−h), difference, dW


def matrix_text(a: np.ndarray, digits: int = 4) -> str:
    """A 2-D array as the book prints it: [[0.2192, 0.1436, −0.3628], [...]] (nan as ?)."""

    def number(v: float) -> str:
        return "?" if np.isnan(v) else f"{v:.{digits}f}".replace("-", "−")

    return (
        "[" + ",<br>&nbsp;".join("[" + ", ".join(number(v) for v in row) + "]" for row in a) + "]"
    )


class NetworkPage(QWidget):
    """The loss along the weight being nudged, the table of nudges, and simpleNet's numbers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.walk = NetGradientWalk()
        self.rng = np.random.default_rng()

        self.plot = Plot()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.loss_curve = self.plot.plot(pen=pg.mkPen(BLUE, width=2))
        self.slope_line = self.plot.plot(pen=pg.mkPen(ORANGE, width=2, style=Qt.PenStyle.DashLine))
        self.point = pg.ScatterPlotItem(size=12, brush=RED, pen=pg.mkPen("k"))
        self.plot.addItem(self.point)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._row_chosen)

        figures = QSplitter(Qt.Orientation.Vertical)
        figures.addWidget(self.plot)
        figures.addWidget(self.table)
        figures.setSizes([330, 300])
        beside_side_panel(self, figures, self._build_panel())
        self.apply_fonts()

    def _build_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.intro = wrapped_label(rich=True)
        layout.addWidget(self.intro)

        self.net_box = QGroupBox()
        box = QVBoxLayout(self.net_box)
        self.net_text = wrapped_label(rich=True)
        self.loss_text = wrapped_label()
        box.addWidget(self.net_text)
        box.addWidget(self.loss_text)
        self.book_button, self.random_button = QPushButton(), QPushButton()
        self.book_button.clicked.connect(self.use_book_w)
        self.random_button.clicked.connect(self.use_random_w)
        row = QHBoxLayout()
        row.addWidget(self.book_button)
        row.addWidget(self.random_button)
        box.addLayout(row)
        layout.addWidget(self.net_box)

        self.nudge_box = QGroupBox()
        box = QVBoxLayout(self.nudge_box)
        self.next_button, self.all_button, self.reset_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.next_button.clicked.connect(self.nudge_next)
        self.all_button.clicked.connect(self.nudge_all)
        self.reset_button.clicked.connect(self.start_again)
        row = QHBoxLayout()
        for button in (self.next_button, self.all_button, self.reset_button):
            row.addWidget(button)
        box.addLayout(row)
        self.dW_text = wrapped_label(rich=True)
        box.addWidget(self.dW_text)
        self.meaning = note_label()
        box.addWidget(self.meaning)
        layout.addWidget(self.nudge_box)
        self.code_note = note_label()
        layout.addWidget(self.code_note)
        layout.addStretch(1)
        return panel

    def apply_fonts(self) -> None:
        self.loss_text.setFont(scaled_font(1.25, bold=True))
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "loss_text"):
            self.apply_fonts()
        super().changeEvent(event)

    # ---- user input -------------------------------------------------------------------------
    def nudge_next(self) -> None:
        if self.walk.step() is not None:
            self.refresh()
            self.table.selectRow(len(self.walk.steps) - 1)

    def nudge_all(self) -> None:
        self.walk.finish()
        self.refresh()
        self.table.selectRow(len(self.walk.steps) - 1)

    def start_again(self) -> None:
        self.walk.reset()
        self.refresh()

    def use_book_w(self) -> None:
        self.walk.reset(BOOK_SIMPLE_NET_W)
        self.refresh()

    def use_random_w(self) -> None:
        self.walk.reset(self.rng.standard_normal((2, 3)))  # the book: np.random.randn(2, 3)
        self.refresh()

    def _row_chosen(self) -> None:
        self._show_selected()

    # ---- state -> screen --------------------------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            return rows[0].row()
        return len(self.walk.steps) - 1 if self.walk.steps else None

    def refresh(self) -> None:
        walk = self.walk
        W, z, p = walk.net.W, walk.scores(), walk.probabilities()
        self.net_text.setText(
            "x = [0.6, 0.9] &nbsp; t = [0, 0, 1]<br>"
            f"W = <tt>{matrix_text(W, 8)}</tt><br>"
            f"z = x·W = [{', '.join(f'{v:.4f}' for v in z)}]<br>"
            f"y = softmax(z) = [{', '.join(f'{v:.4f}' for v in p)}]"
        )
        self.loss_text.setText(self.tr("loss = {0:.4f}").format(walk.loss()))
        self.dW_text.setText(f"dW = <tt>{matrix_text(walk.dW())}</tt>")
        self.table.blockSignals(True)
        self.table.setRowCount(len(walk.steps))
        for row, step in enumerate(walk.steps):
            i, j = step.index
            difference = step.f_plus - step.f_minus
            cells = (
                f"W[{i},{j}]",
                f"{W[i, j]:.6f}",
                f"{step.f_plus:.8f}",
                f"{step.f_minus:.8f}",
                f"{difference:.3e}",
                f"{step.slope:.4f}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("-", "−"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == COLUMNS - 1:
                    item.setForeground(QColor(RED if step.slope > 0 else GREEN))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.next_button.setEnabled(not walk.done())
        self.all_button.setEnabled(not walk.done())
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_row()
        walk = self.walk
        if row is None or row >= len(walk.steps):
            self.meaning.setText(
                self.tr(
                    "Press <b>Nudge next weight</b>: the loss is computed with that one weight "
                    "raised by h = 0.0001 and lowered by h; (L(w + h) − L(w − h)) / 2h is its "
                    "entry of dW."
                )
            )
            self.loss_curve.setData([], [])
            self.slope_line.setData([], [])
            self.point.setData([], [])
            self.plot.setTitle("")
            return
        step = walk.steps[row]
        i, j = step.index
        self._draw_sweep(step)
        if step.slope > 0:
            sign = self.tr(
                "dW[{0},{1}] = {2:.4f} &gt; 0: raising W[{0},{1}] raises the loss (by about "
                "{2:.4f} × h). To learn, W[{0},{1}] must go <b>down</b>: W ← W − η dW."
            )
        else:
            sign = self.tr(
                "dW[{0},{1}] = {2:.4f} &lt; 0: raising W[{0},{1}] lowers the loss (by about "
                "{3:.4f} × h). To learn, W[{0},{1}] must go <b>up</b>: W ← W − η dW."
            )
        self.meaning.setText(
            self.tr("L(w + h) − L(w − h) = {0:.3e}, divided by 2h = 0.0002.").format(
                step.f_plus - step.f_minus
            )
            + "<br>"
            + sign.format(i, j, step.slope, abs(step.slope)).replace("-", "−")
            + "<br>"
            + self.tr("The larger |dW|, the more that weight matters to the loss right now.")
        )

    def _draw_sweep(self, step) -> None:
        """The loss as this one weight moves (the others fixed), and the slope dW at w."""
        walk = self.walk
        W = walk.net.W
        w = W[step.index]
        values = w + np.linspace(-SWEEP, SWEEP, 121)
        losses = np.empty_like(values)
        try:
            for n, value in enumerate(values):
                W[step.index] = value
                losses[n] = walk.loss()
        finally:
            W[step.index] = w
        self.loss_curve.setData(values, losses)
        half = 0.5
        self.slope_line.setData(
            [w - half, w + half], [walk.loss() - step.slope * half, walk.loss() + step.slope * half]
        )
        self.point.setData([w], [walk.loss()])
        i, j = step.index
        self.plot.setTitle(
            self.tr("Loss as W[{0},{1}] moves (the other weights fixed)").format(i, j)
        )
        self.plot.setLabel("bottom", f"W[{i},{j}]")
        self.plot.setLabel("left", self.tr("loss"))

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The book's simpleNet (Chapter 4.4.2): one 2×3 weight matrix W, no bias. Its "
                "gradient dW says, for each of the six weights, how the loss changes when that "
                "weight alone changes a little. numerical_gradient finds it by nudging each "
                "weight by ±h in turn."
            )
        )
        self.code_note.setText(
            self.tr(
                "<p>In the book: <code>f = lambda w: net.loss(x, t)</code> and "
                "<code>dW = numerical_gradient(f, net.W)</code>. f ignores its argument: "
                "numerical_gradient changes net.W itself, one entry at a time and in place, "
                "and net.loss reads the changed W. That is also why it puts each entry back.</p>"
            )
        )
        self.net_box.setTitle(self.tr("simpleNet"))
        self.book_button.setText(self.tr("Book's W"))
        self.random_button.setText(self.tr("Random W"))
        self.random_button.setToolTip(self.tr("A new W = np.random.randn(2, 3), as in the book"))
        self.nudge_box.setTitle(self.tr("dW, one weight at a time"))
        self.next_button.setText(self.tr("Nudge next weight"))
        self.all_button.setText(self.tr("All"))
        self.reset_button.setText(self.tr("Start again"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("weight"),
                "w",
                "L(w + h)",
                "L(w − h)",
                self.tr("difference"),
                "dW",
            ]
        )
        self.refresh()
