"""The Draw tab's pictures: the 28x28 network input and the 10 bars (the strip of every layer is
the shared ``nnviz.ui.widgets.layer_maps.LayerMapsView``)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.engine.preprocess import format_probability
from nnviz.ui.widgets.plot import Plot

BAR_COLOUR = "#1f77b4"  # matplotlib's blue, as in the book's figures
TOP_COLOUR = "#ff7f0e"  # the predicted digit
COMPARE_COLOUR = "#2ca02c"  # the other model's bars (matplotlib's green)
BAR_WIDTH, PAIR_WIDTH = 0.7, 0.38  # one model's bars; each of two models' side by side
Y_BOTTOM = -0.01
LABEL_GAP = 0.01  # between a bar's top and its percentage, in probability units


def grey_image(a: np.ndarray) -> QImage:
    """(H, W) floats in [0, 1] -> an 8-bit grey QImage that owns its pixels (1 = white)."""
    u8 = np.ascontiguousarray(np.clip(a * 255.0 + 0.5, 0, 255).astype(np.uint8))
    h, w = u8.shape
    return QImage(u8.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


class PixelView(QWidget):
    """A small grey image drawn pixel by pixel (nearest neighbour), a grid, the mass centre."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._image: QImage | None = None
        self._shape = (28, 28)
        self._com: tuple[float, float] | None = None
        self.setMinimumSize(120, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # parents need not repaint
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def set_image(self, x: np.ndarray | None, com: tuple[float, float] | None = None) -> None:
        """x (H, W) in [0, 1] or None; com = (row, col) in pixel indices to mark with a cross."""
        self._image = None if x is None else grey_image(x)
        self._shape = self._shape if x is None else x.shape
        self._com = com
        self.update()

    def image_rect(self) -> QRectF:
        h, w = self._shape
        cell = max(1.0, min(self.width() / w, self.height() / h))
        return QRectF(
            (self.width() - cell * w) / 2, (self.height() - cell * h) / 2, cell * w, cell * h
        )

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        rect = self.image_rect()
        painter.fillRect(rect, Qt.GlobalColor.black)
        h, w = self._shape
        cell = rect.width() / w
        if self._image is not None:
            painter.drawImage(rect, self._image)  # no smoothing: every input pixel stays a square
        if cell >= 6:  # a faint grid shows that the network sees 784 separate numbers
            painter.setPen(QPen(QColor(70, 70, 70), 0))  # opaque: one fast call for all lines
            lines = [
                QLineF(rect.left() + i * cell, rect.top(), rect.left() + i * cell, rect.bottom())
                for i in range(1, w)
            ]
            lines += [
                QLineF(rect.left(), rect.top() + i * cell, rect.right(), rect.top() + i * cell)
                for i in range(1, h)
            ]
            painter.drawLines(lines)
        if self._com is not None and self._image is not None:
            row, col = self._com
            c = QPointF(rect.left() + (col + 0.5) * cell, rect.top() + (row + 0.5) * cell)
            painter.setPen(QPen(QColor("#e8453c"), 2))
            arm = max(4.0, 1.2 * cell)
            painter.drawLine(c - QPointF(arm, 0), c + QPointF(arm, 0))
            painter.drawLine(c - QPointF(0, arm), c + QPointF(0, arm))
        painter.end()


class ProbabilityBars(Plot):
    """Ch3.5 softmax output as 10 bars, the most probable digit in orange with its percentage."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.probabilities = np.zeros(10)
        self.compare_probabilities: np.ndarray | None = None  # the other model's, when compared
        self._stacked = False  # both models' percentages above the same digit, one on the other
        self.bars = pg.BarGraphItem(
            x=np.arange(10), height=np.zeros(10), width=BAR_WIDTH, brush=BAR_COLOUR, pen=None
        )
        self.addItem(self.bars)
        self.compare_bars = pg.BarGraphItem(
            x=np.arange(10) + PAIR_WIDTH / 2,
            height=np.zeros(10),
            width=PAIR_WIDTH,
            brush=COMPARE_COLOUR,
            pen=None,
        )
        self.compare_bars.hide()
        self.addItem(self.compare_bars)
        self.top_label = pg.TextItem("", color=TOP_COLOUR, anchor=(0.5, 1.0))
        self.addItem(self.top_label)
        self.compare_top_label = pg.TextItem("", color=COMPARE_COLOUR, anchor=(0.5, 1.0))
        self.addItem(self.compare_top_label)
        self.setXRange(-0.6, 9.6, padding=0)
        self._top = 1.12
        self.setYRange(Y_BOTTOM, self._top, padding=0)
        # The percentage above a full bar needs its text's height of room above 1, whatever the
        # plot's height and the font (View > Larger text): recomputed on every resize.
        self.getViewBox().sigResized.connect(self._fit_headroom)
        self.showGrid(x=False, y=True, alpha=0.25)
        self.getAxis("bottom").setTicks([[(i, str(i)) for i in range(10)]])
        self.getAxis("left").setTicks([[(v / 4, f"{v / 4:g}") for v in range(5)]])
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def set_probabilities(self, p: np.ndarray | None, compare: np.ndarray | None = None) -> None:
        """p (10,) summing to 1, or None for an empty pad (no bars, no guess).

        compare (10,): a second model's answer, drawn as green bars right of p's (the tab names
        the model in green beside the plot); None shows p alone at full width.
        """
        self.probabilities = np.zeros(10) if p is None else np.asarray(p, dtype=float)
        paired = compare is not None and p is not None
        self.compare_probabilities = np.asarray(compare, dtype=float) if paired else None
        shift = PAIR_WIDTH / 2 if paired else 0.0
        brushes = [BAR_COLOUR] * 10
        if p is None:
            self.top_label.setText("")
        else:
            k = int(np.argmax(p))
            brushes[k] = TOP_COLOUR
            self.top_label.setText(format_probability(p[k]))  # never a rounded "100%"
            self.top_label.setAnchor((0.5, 1.0))
            self.top_label.setPos(k - shift, min(p[k], 1.0) + LABEL_GAP)
        self.bars.setOpts(
            x=np.arange(10) - shift,
            height=self.probabilities,
            width=PAIR_WIDTH if paired else BAR_WIDTH,
            brushes=brushes,
        )
        self._show_compare()
        self._fit_headroom()

    def _show_compare(self) -> None:
        q = self.compare_probabilities
        self.compare_bars.setVisible(q is not None)
        if q is None:
            self.compare_top_label.setText("")
            return
        self.compare_bars.setOpts(height=q)
        k = int(np.argmax(q))
        self.compare_top_label.setText(format_probability(q[k]))
        self._stacked = k == int(np.argmax(self.probabilities))
        if self._stacked:
            # Both percentages above one pair of bars: the second one on top of the first (side
            # by side they ran out of the plot at digits 8 and 9).
            top = max(self.probabilities[k], q[k])
            self.top_label.setPos(k, min(top, 1.0) + LABEL_GAP)
            self.compare_top_label.setAnchor((0.5, 2.0))
            self.compare_top_label.setPos(k, min(top, 1.0) + LABEL_GAP)
        else:
            self.compare_top_label.setAnchor((0.5, 1.0))
            self.compare_top_label.setPos(k + PAIR_WIDTH / 2, min(q[k], 1.0) + LABEL_GAP)

    def _fit_headroom(self) -> None:
        """Top of the y range so that a percentage above a bar of 1 fits in the plot.

        The label (t px high) sits on 1 + gap and takes t/H of the view's H px, that is
        f * (top - bottom) in probability units: top >= 1 + gap + f * (top - bottom).
        """
        H = self.getViewBox().height()
        t = self.top_label.textItem.boundingRect().height() + 2  # px: TextItem is not scaled
        if self.compare_probabilities is not None and self._stacked:
            t *= 2
        if H <= 0 or t >= 0.6 * H:
            return  # not laid out yet, or a plot too small to care
        f = t / H
        top = round(max(1.12, (1 + LABEL_GAP - f * Y_BOTTOM) / (1 - f)), 3)
        if top != self._top:  # a new range re-lays out the axes: not on every pen move
            self._top = top
            self.setYRange(Y_BOTTOM, top, padding=0)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_headroom()
