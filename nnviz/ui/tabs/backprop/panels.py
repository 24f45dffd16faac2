"""Ch5 side panels of the backprop tab: the matrices on an arrow, and the gradient check."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from nnviz.engine.graph import Graph
from nnviz.ui.tabs.backprop.text import BACKWARD_COLOR, FORWARD_COLOR, fmt_number, fmt_shape

CHECK_TOLERANCE = 1e-7  # the book's gradient check: backprop and numerical agree this closely


def _table(editable: bool) -> QTableWidget:
    table = QTableWidget()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if not editable:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def _fit_height(table: QTableWidget) -> None:
    """Show every row without a scroll bar (the matrices here have at most a few rows)."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height)


class MatrixPanel(QGroupBox):
    """The numbers on one arrow: its value (editable for an input) and its gradient."""

    edited = Signal(str, object)  # edge name, new array

    def __init__(self, parent=None):
        super().__init__(parent)
        self.graph: Graph | None = None
        self.position = 0
        self.combo = QComboBox()
        self.value_label = QLabel()
        self.value_table = _table(editable=True)
        self.grad_label = QLabel()
        self.grad_table = _table(editable=False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (
            self.combo,
            self.value_label,
            self.value_table,
            self.grad_label,
            self.grad_table,
            self.hint,
        ):
            layout.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._fill)
        self.value_table.itemChanged.connect(self._cell_edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Numbers on an arrow"))
        self.hint.setText(
            self.tr("Click an arrow to see its numbers. Inputs can be edited: type in a cell.")
        )
        self._fill()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_graph(self, graph: Graph, position: int) -> None:
        """List the graph's arrays; keep the chosen arrow when it is still there."""
        names = [name for name, e in graph.edges.items() if np.ndim(e.value)]
        current = self.combo.currentText()
        self.graph, self.position = graph, position
        if names != [self.combo.itemText(i) for i in range(self.combo.count())]:
            self.combo.blockSignals(True)
            self.combo.clear()
            self.combo.addItems(names)
            self.combo.blockSignals(False)
            if current in names:
                self.combo.setCurrentText(current)
        self._fill()

    def select(self, name: str) -> None:
        index = self.combo.findText(name)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def edge(self):
        if self.graph is None:
            return None
        return self.graph.edges.get(self.combo.currentText())

    def _fill(self) -> None:
        edge = self.edge()
        if edge is None:
            return
        graph = self.graph
        shape = fmt_shape(edge.shape)
        editable = edge.is_input and edge.editable
        if editable:
            self.value_label.setText(
                self.tr("{0} {1}, forward value, editable:").format(edge.name, shape)
            )
        else:
            self.value_label.setText(self.tr("{0} {1}, forward value:").format(edge.name, shape))
        self.grad_label.setText(self.tr("Its gradient ∂L/∂{0}:").format(edge.name))
        value = edge.value if graph.value_shown(edge, self.position) else None
        self._set_table(self.value_table, edge.value, value, FORWARD_COLOR, editable)
        has_grad = graph.has_backward and edge.requires_grad
        grad = edge.grad if has_grad and graph.grad_shown(edge, self.position) else None
        self.grad_label.setVisible(has_grad)
        self.grad_table.setVisible(has_grad)
        if has_grad:
            self._set_table(self.grad_table, edge.value, grad, BACKWARD_COLOR, False)

    def _set_table(self, table, like, value, color, editable) -> None:
        """Fill `table` with `value` shaped like `like`; "?" while the step has not computed it."""
        rows = np.atleast_2d(like)
        table.blockSignals(True)
        table.setRowCount(rows.shape[0])
        table.setColumnCount(rows.shape[1])
        shown = None if value is None else np.atleast_2d(value)
        for i in range(rows.shape[0]):
            for j in range(rows.shape[1]):
                text = "?" if shown is None else fmt_number(shown[i, j])
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setForeground(QBrush(QColor(color)))
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(i, j, item)
        table.setHorizontalHeaderLabels([str(j) for j in range(rows.shape[1])])
        table.setVerticalHeaderLabels([str(i) for i in range(rows.shape[0])])
        table.blockSignals(False)
        _fit_height(table)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        edge = self.edge()
        try:
            number = float(item.text().replace(",", "."))
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            QTimer.singleShot(0, self._fill)  # not a number: put the old value back
            return
        new = np.array(edge.value, dtype=float)
        if new.ndim == 1:
            new[item.column()] = number
        else:
            new[item.row(), item.column()] = number
        # After the editor has closed: the tab redraws this very table.
        QTimer.singleShot(0, lambda: self.edited.emit(edge.name, new))

    def show_error(self, text: str) -> None:
        """Say why an edit was put back (until the next edit or arrow)."""
        self.hint.setText(f"<span style='color:{BACKWARD_COLOR}'>{text}</span>")


class GradientCheckPanel(QGroupBox):
    """Ch5.7.3 gradient check: backprop's gradient next to numerical_gradient's, per parameter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: dict = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = _table(editable=False)
        self.table.setColumnCount(4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Gradient check (5.7.3)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Weight"), self.tr("Backprop"), self.tr("Numerical"), self.tr("|Difference|")]
        )
        self.show_result(self.result)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_result(self, result: dict) -> None:
        """result: {name: (backprop, numerical, max |difference|)} from Graph.gradient_check."""
        self.result = result
        if not result:
            return
        rows = []
        for name, (backprop, numerical, _) in result.items():
            for index in np.ndindex(backprop.shape):
                label = f"{name}[{', '.join(map(str, index))}]"
                rows.append((label, backprop[index], numerical[index]))
        self.table.setRowCount(len(rows))
        for r, (label, bp, num) in enumerate(rows):
            diff = abs(bp - num)
            texts = (label, fmt_number(bp), fmt_number(num), f"{diff:.1e}")
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 3:
                    ok = diff < CHECK_TOLERANCE
                    item.setForeground(QBrush(QColor("#2e7d32" if ok else BACKWARD_COLOR)))
                self.table.setItem(r, c, item)
        self.table.verticalHeader().hide()
        self.table.resizeColumnToContents(0)
        _fit_height(self.table)
        worst = max(diff for _, _, diff in result.values())
        per_param = ",  ".join(f"{n}: {d:.1e}" for n, (_, _, d) in result.items())
        if worst < CHECK_TOLERANCE:
            verdict = self.tr("All differences are below 1e-7: backpropagation is right.")
            color = "#2e7d32"
        else:
            verdict = self.tr(
                "A difference is above 1e-7: an input of ReLU is probably too close to 0 for the "
                "numerical gradient."
            )
            color = BACKWARD_COLOR
        explain = self.tr(
            "numerical_gradient nudges each weight by ±1e-4 and measures the loss; backprop gets "
            "all of them in one backward pass."
        )
        self.summary.setText(
            f"<p>{explain}</p><p>{per_param}</p><p style='color:{color}'><b>{verdict}</b></p>"
        )
