"""Ch2.4-2.5 for the perceptron tab: why one line cannot do XOR, and the two-layer perceptron."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.perceptron.state import XorRow, xor_rows

ACTIVE = QColor(255, 140, 30)  # a 1 flowing along an edge, same orange as "output 1" in the plot
IDLE = QColor(170, 170, 170)


def paint_card(widget: QWidget, fill: QColor, border: QColor | None = None) -> None:
    """A rounded, coloured box behind a widget (not a style sheet: those freeze the font size)."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(border, 2) if border is not None else Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(fill))
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1), 6, 6)
    painter.end()


def heading_html(text: str, size: str = "large") -> str:
    """Bold text a CSS step larger than the widget font, so View > Larger text still scales it."""
    return f"<span style='font-size:{size}; font-weight:600'>{escape(text)}</span>"


class XorExplanation(QFrame):
    """Ch2.4: XOR is not linearly separable, so no single perceptron computes it."""

    solution_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton()
        self.button.clicked.connect(self._request)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.retranslate()

    def _request(self) -> None:
        self.solution_requested.emit()

    def paintEvent(self, event) -> None:
        paint_card(self, QColor(255, 246, 224), QColor(224, 160, 48))

    def retranslate(self) -> None:
        self.heading.setText(heading_html(self.tr("Why no single line works")))
        self.text.setText(
            self.tr(
                "XOR's triangles (1, 0) and (0, 1) sit on one diagonal, its circles (0, 0) and "
                "(1, 1) on the other. A straight line that puts both circles on one side always "
                "leaves a triangle with them. The two groups are <b>not linearly separable</b>, "
                "and a perceptron can only draw a straight line (section 2.4)."
            )
        )
        self.button.setText(self.tr("Show the two-layer solution"))


class TwoLayerDiagram(QWidget):
    """Ch2.5.2, figure 2-13: x1, x2 → s1 (NAND), s2 (OR) → y (AND), values for one input."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.row: XorRow = xor_rows()[0]
        self.setMinimumSize(340, 210)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retranslate()

    def retranslate(self) -> None:
        self.layer_names = (self.tr("layer 0"), self.tr("layer 1"), self.tr("layer 2"))
        self.update()

    def set_row(self, row: XorRow) -> None:
        self.row = row
        self.update()

    def node_values(self) -> dict[str, int]:
        """What the diagram shows in each node."""
        r = self.row
        return {"x1": r.x1, "x2": r.x2, "s1": r.s1, "s2": r.s2, "y": r.y}

    def _nodes(self) -> dict[str, QPointF]:
        w, h = self.width(), self.height() - 26  # room for the layer names at the bottom
        xs = (0.14 * w, 0.5 * w, 0.86 * w)
        return {
            "x1": QPointF(xs[0], 0.28 * h),
            "x2": QPointF(xs[0], 0.78 * h),
            "s1": QPointF(xs[1], 0.28 * h),
            "s2": QPointF(xs[1], 0.78 * h),
            "y": QPointF(xs[2], 0.53 * h),
        }

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        nodes, values = self._nodes(), self.node_values()
        radius = max(16.0, min(26.0, self.height() / 9))
        for src, dst in (
            ("x1", "s1"),
            ("x1", "s2"),
            ("x2", "s1"),
            ("x2", "s2"),
            ("s1", "y"),
            ("s2", "y"),
        ):
            on = values[src] == 1  # the value a neuron sends is what flows along its edges
            painter.setPen(QPen(ACTIVE if on else IDLE, 5 if on else 2))
            painter.drawLine(nodes[src], nodes[dst])
        value_font = QFont(self.font())
        value_font.setPointSizeF(self.font().pointSizeF() * 1.4)
        value_font.setBold(True)
        name_font = QFont(self.font())
        gates = {"s1": "NAND", "s2": "OR", "y": "AND"}
        for name, centre in nodes.items():
            on = values[name] == 1
            painter.setPen(QPen(QColor(60, 60, 60), 2.5))
            painter.setBrush(QBrush(ACTIVE if on else QColor(255, 255, 255)))
            painter.drawEllipse(centre, radius, radius)
            painter.setFont(value_font)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(values[name]))
            painter.setFont(name_font)
            caption = name if name not in gates else f"{name} ({gates[name]})"
            above = QRectF(centre.x() - 80, centre.y() - radius - 24, 160, 22)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, caption)
        painter.setPen(QColor(90, 90, 90))
        xs = [nodes["x1"].x(), nodes["s1"].x(), nodes["y"].x()]
        for x, text in zip(xs, self.layer_names, strict=True):
            painter.drawText(
                QRectF(x - 70, self.height() - 24, 140, 22), Qt.AlignmentFlag.AlignCenter, text
            )
        painter.end()


class TwoLayerPanel(QWidget):
    """Ch2.5: the s1/s2 table of the book and the diagram, for the input the student picks."""

    back_requested = Signal()
    row_selected = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = xor_rows()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(len(self.rows), 5)
        self.table.setHorizontalHeaderLabels(["x1", "x2", "s1", "s2", "y"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for i, row in enumerate(self.rows):
            for j, value in enumerate((row.x1, row.x2, row.s1, row.s2, row.y)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        self._fit_table_height()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.diagram = TwoLayerDiagram()
        self.back = QPushButton()
        self.back.clicked.connect(self._back)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addWidget(self.diagram, 1)
        layout.addWidget(self.back)
        self.retranslate()
        self.select(1)

    def _fit_table_height(self) -> None:
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(i) for i in range(self.table.rowCount()))
        self.table.setFixedHeight(height)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.FontChange:
            self.table.resizeRowsToContents()
            self._fit_table_height()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(heading_html(self.tr("Two layers solve XOR (section 2.5)")))
        self.text.setText(
            self.tr(
                "Stack perceptrons: s1 = NAND(x1, x2) and s2 = OR(x1, x2) in layer 1, then "
                "y = AND(s1, s2). Each is one straight line; together the two lines cut out the "
                "band between them, where XOR is 1."
            )
        )
        self.hint.setText(
            self.tr("Pick an input (a row, or a point in the plot) to follow its values:")
        )
        self.back.setText(self.tr("Back to a single line"))
        self.diagram.retranslate()

    def _back(self) -> None:
        self.back_requested.emit()

    def select(self, index: int) -> None:
        """Show input `index` (of GATE_INPUTS) in the diagram and select its row."""
        self.table.selectRow(index)
        self.diagram.set_row(self.rows[index])

    def selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else 0

    def _selection_changed(self) -> None:
        index = self.selected()
        self.diagram.set_row(self.rows[index])
        self.row_selected.emit(index)
