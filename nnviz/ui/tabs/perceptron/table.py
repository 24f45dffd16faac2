"""Ch2 perceptron tab: the live truth table and the "solved" banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from nnviz.ui.tabs.perceptron.state import Row
from nnviz.ui.tabs.perceptron.xor import heading_html, paint_card

RIGHT = QColor(200, 240, 200)
WRONG = QColor(250, 200, 200)
SOLVED_FILL, UNSOLVED_FILL = QColor(31, 157, 58), QColor(251, 227, 227)
WHITE, DARK_RED = QColor(255, 255, 255), QColor(138, 16, 16)


class TruthTable(QTableWidget):
    """x1, x2, the sum w1·x1 + w2·x2 + b written out, y, t and ✓/✗; green right, red wrong."""

    def __init__(self, parent=None):
        super().__init__(4, 6, parent)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The written-out sum takes what is left; the others are as wide as their words.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for i in range(self.rowCount()):
            for j in range(self.columnCount()):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(i, j, item)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            ["x1", "x2", self.tr("weighted sum"), self.tr("output y"), self.tr("target t"), ""]
        )
        self.horizontalHeaderItem(2).setToolTip("w1·x1 + w2·x2 + b")

    def show_rows(self, rows: list[Row]) -> None:
        for i, row in enumerate(rows):
            mark = "✓" if row.correct else "✗"  # colour alone fails the colour-blind
            texts = (str(row.x1), str(row.x2), row.terms(), str(row.y), str(row.t), mark)
            for j, text in enumerate(texts):
                item = self.item(i, j)
                item.setText(text)
                item.setBackground(QBrush(RIGHT if row.correct else WRONG))
        self.fit_height()

    def fit_height(self) -> None:
        """Exactly four rows tall, whatever the text size."""
        self.resizeRowsToContents()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(i) for i in range(self.rowCount()))
        self.setFixedHeight(height)


class SolvedBanner(QLabel):
    """Green "solved" when all four rows are right, else how many are."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.solved = False

    def show_count(self, n_correct: int, n: int) -> None:
        self.solved = n_correct == n
        if self.solved:
            text = self.tr("✓ Solved: all four inputs are right.")
        else:
            text = self.tr("{0} of {1} inputs right: make every row green.").format(n_correct, n)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, WHITE if self.solved else DARK_RED)
        self.setPalette(palette)
        self.setText(heading_html(text))
        self.update()

    def paintEvent(self, event) -> None:
        paint_card(self, SOLVED_FILL if self.solved else UNSOLVED_FILL)
        super().paintEvent(event)
