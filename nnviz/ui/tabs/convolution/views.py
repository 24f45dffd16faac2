"""The Convolution tab's pictures: a matrix of numbers (input, filter, output, im2col) and the
maps of every layer of a network. They draw what the state handed them; no maths here."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from nnviz.ui.widgets.layer_maps import colour_image

WINDOW_COLOUR = QColor("#ff7f0e")  # the sliding window (orange, as CNN Explainer)
WINNER_COLOUR = QColor("#d62728")  # max pooling's winner
PAD_TINT = QColor(120, 170, 230, 90)  # the zero border added by padding
MIN_TEXT_CELL = 20  # numbers are written in cells at least this wide (pixels)


def caption() -> QLabel:
    """A centred, wrapping label above a picture."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def number_text(v: float) -> str:
    if np.isnan(v):
        return ""
    return f"{v:.0f}" if float(v).is_integer() and abs(v) < 1e5 else f"{v:.2g}"


class MatrixView(QWidget):
    """A matrix drawn cell by cell: colours, numbers when they fit, the window, the winners."""

    cell_clicked = Signal(int, int)  # row, column

    def __init__(self, square: bool = True, parent=None):
        super().__init__(parent)
        self.square = square
        self.values = np.zeros((1, 1))
        self._image: QImage | None = None
        self.pad = 0
        self.window: tuple[int, int, int, int] | None = None  # top, left, height, width
        self.rows: list[int] = []  # whole rows highlighted (the im2col row)
        self.marks: list[tuple[int, int]] = []
        self.setMinimumSize(80, 80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def set_matrix(self, a, pad=0, window=None, rows=(), marks=(), scale=None) -> None:
        self.values = np.asarray(a, dtype=np.float64)
        self._image = colour_image(self.values, scale)
        self.pad, self.window = pad, window
        self.rows, self.marks = list(rows), list(marks)
        self.update()

    def cell_size(self) -> tuple[float, float]:
        h, w = self.values.shape
        cw, ch = self.width() / w, self.height() / h
        if self.square:
            cw = ch = min(cw, ch, 64.0)
        else:
            cw = min(cw, 64.0)
            ch = min(ch, cw)
        return cw, ch

    def matrix_rect(self) -> QRectF:
        h, w = self.values.shape
        cw, ch = self.cell_size()
        return QRectF((self.width() - cw * w) / 2, 0, cw * w, ch * h)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        rect = self.matrix_rect()
        if not rect.contains(x, y):
            return None
        cw, ch = self.cell_size()
        return int((y - rect.top()) / ch), int((x - rect.left()) / cw)

    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is not None:
            self.cell_clicked.emit(*cell)
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.matrix_rect()
        h, w = self.values.shape
        cw, ch = self.cell_size()
        if self._image is not None:
            painter.drawImage(rect, self._image)
        if self.pad:
            p = self.pad
            inner = QRectF(
                rect.left() + p * cw, rect.top() + p * ch, (w - 2 * p) * cw, (h - 2 * p) * ch
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PAD_TINT)
            for band in (
                QRectF(rect.left(), rect.top(), rect.width(), p * ch),
                QRectF(rect.left(), inner.bottom(), rect.width(), p * ch),
                QRectF(rect.left(), inner.top(), p * cw, inner.height()),
                QRectF(inner.right(), inner.top(), p * cw, inner.height()),
            ):
                painter.drawRect(band)
        if cw >= 6 and ch >= 6:
            painter.setPen(QPen(QColor(190, 190, 190), 0))
            for i in range(w + 1):
                x = rect.left() + i * cw
                painter.drawLine(x, rect.top(), x, rect.bottom())
            for i in range(h + 1):
                y = rect.top() + i * ch
                painter.drawLine(rect.left(), y, rect.right(), y)
        if cw >= MIN_TEXT_CELL and ch >= MIN_TEXT_CELL * 0.7:
            texts = [[number_text(v) for v in row] for row in self.values]
            longest = max(len(t) for row in texts for t in row) or 1
            font = QFont(self.font())
            # Large enough to read from the back of a room, small enough that -0.0059 fits.
            font.setPixelSize(max(8, int(min(ch * 0.45, cw * 0.32, 1.6 * cw / longest))))
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.black)
            for r in range(h):
                for c in range(w):
                    cell = QRectF(rect.left() + c * cw, rect.top() + r * ch, cw, ch)
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, texts[r][c])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for r in self.rows:
            painter.setPen(QPen(WINDOW_COLOUR, 3))
            painter.drawRect(QRectF(rect.left(), rect.top() + r * ch, rect.width(), max(ch, 2)))
        if self.window is not None:
            top, left, wh, ww = self.window
            painter.setPen(QPen(WINDOW_COLOUR, 3))
            painter.drawRect(
                QRectF(rect.left() + left * cw, rect.top() + top * ch, ww * cw, wh * ch)
            )
        for r, c in self.marks:
            painter.setPen(QPen(WINNER_COLOUR, 3))
            painter.drawEllipse(
                QRectF(rect.left() + c * cw + 2, rect.top() + r * ch + 2, cw - 4, ch - 4)
            )
        painter.end()
