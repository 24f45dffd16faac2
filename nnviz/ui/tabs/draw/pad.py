"""The digit pad: draw with the mouse or a pen in smooth, anti-aliased strokes.

Strokes are kept as points in pad coordinates (0..1, so a resize redraws them sharply) and are
painted twice: on screen (dark ink on paper) and into a fixed 280x280 grey image for the network
(ink = 1 on 0, the MNIST convention), which `ink()` returns as a NumPy array. That copy keeps
the pen as thin relative to the digit as an MNIST stroke (about 2-3 px of 20): a small digit
written with a wide pen would otherwise reach the network as a blob (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

INK_SIZE = 280  # the network's copy of the drawing: 10x MNIST, preprocessed down to 28x28
PAPER = QColor("#ffffff")
INK = QColor("#1a1a1a")
BOX_COLOUR = QColor(31, 119, 180, 150)  # the ink's bounding box (the first preprocessing step)
MARGIN = 6  # px around the paper square
# The network copy's pen is at most this fraction of the drawing's extent (MNIST: ~2.2 px of the
# 20-px box) and at least MIN_INK_WIDTH of the pad's side, so a dot still leaves a mark.
INK_STROKE_FRACTION = 0.11
MIN_INK_WIDTH = 3 / INK_SIZE


@dataclass
class Stroke:
    """One pen-down ... pen-up: width as a fraction of the pad's side, points (x, y, pressure)."""

    width: float
    points: list[tuple[float, float, float]] = field(default_factory=list)


def _mid(a, b) -> QPointF:
    return QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def _segment(stroke: Stroke, k: int, final: bool = False) -> tuple[QPainterPath, float]:
    """Path (in 0..1 units) and pressure of piece k of a stroke, drawn when point k arrives.

    Pieces join the midpoints of successive points with quadratic curves through the points
    (a fast mouse gives few points, and straight joins would show corners). `final` is the last
    half piece, from the last midpoint to the pen-up point.
    """
    p = stroke.points
    path = QPainterPath()
    if final:
        a, b = p[-2], p[-1]
        path.moveTo(_mid(a, b))
        path.lineTo(QPointF(b[0], b[1]))
        return path, (a[2] + b[2]) / 2
    if k == 1:
        a, b = p[0], p[1]
        path.moveTo(QPointF(a[0], a[1]))
        path.lineTo(_mid(a, b))
        return path, (a[2] + b[2]) / 2
    a, c, b = p[k - 2], p[k - 1], p[k]
    path.moveTo(_mid(a, c))
    path.quadTo(QPointF(c[0], c[1]), _mid(c, b))
    return path, c[2]


def _pen_width(stroke: Stroke, pressure: float, side: float, cap: float | None = None) -> float:
    # A light touch of a pen draws thinner; a mouse always presses 1.0.
    width = stroke.width if cap is None else min(stroke.width, cap)
    return width * side * (0.35 + 0.65 * pressure)


def ink_width_cap(strokes: list[Stroke]) -> float:
    """Widest pen (fraction of the side) for the network's copy: thin relative to the digit."""
    points = [p for stroke in strokes for p in stroke.points]
    if not points:
        return MIN_INK_WIDTH
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    extent = max(max(xs) - min(xs), max(ys) - min(ys))
    cap = max(MIN_INK_WIDTH, INK_STROKE_FRACTION * extent)
    return round(cap * 2 * INK_SIZE) / (2 * INK_SIZE)  # half-pixel steps: fewer full redraws


class DigitPad(QWidget):
    """A square sheet of paper to write one digit on; Clear and Undo are the tab's buttons."""

    changed = Signal()  # the drawing changed, also in the middle of a stroke
    stroke_finished = Signal()  # pen up, Clear or Undo: the drawing is at rest

    def __init__(self, parent=None):
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self.pen_width = 0.08  # fraction of the side: about MNIST's stroke once scaled to 20 px
        self._ink = QImage(INK_SIZE, INK_SIZE, QImage.Format.Format_Grayscale8)  # the network's
        self._ink.fill(0)
        self._ink_cap = MIN_INK_WIDTH  # the network copy's pen cap it was painted with
        self._view: QImage | None = None  # the on-screen copy, as large as the paper square
        self._box: QRectF | None = None  # bounding box overlay in 0..1 units
        self._placeholder = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # a square sheet: the column's spare height goes elsewhere
        self.setSizePolicy(policy)
        self.setMinimumSize(220, 220)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(460, 460)

    # ---- what the tab reads and sets ----------------------------------------------------------
    def is_empty(self) -> bool:
        return not self.strokes and self._current is None

    def is_drawing(self) -> bool:
        """The pen is down: a stroke is in progress."""
        return self._current is not None

    def ink(self) -> np.ndarray:
        """The drawing as the network's source image: (280, 280) float32, ink 1 on 0, strokes no
        wider than INK_STROKE_FRACTION of the drawing's extent."""
        bpl = self._ink.bytesPerLine()
        rows = np.frombuffer(self._ink.constBits(), dtype=np.uint8, count=INK_SIZE * bpl)
        return rows.reshape(INK_SIZE, bpl)[:, :INK_SIZE].astype(np.float32) / 255.0

    def pen_thinned_for_network(self) -> bool:
        """True when the network's copy is drawn much thinner than the user's pen (a small
        digit): worth telling the user, unlike the slight trim of a digit filling 2/3 of the pad."""
        return self._ink_cap * INK_SIZE < 0.75 * self.ink_pen_width()

    def ink_pen_width(self) -> float:
        """The user's pen in ink() pixels (the widest of the strokes): "a short tick" is short
        for this pen, however thin the network's copy draws it."""
        widths = [s.width for s in self.strokes + ([self._current] if self._current else [])]
        return max(widths, default=self.pen_width) * INK_SIZE

    def set_pen_width(self, fraction: float) -> None:
        """Width of the next strokes, as a fraction of the pad's side."""
        self.pen_width = float(fraction)

    def set_box(self, box: tuple[int, int, int, int] | None) -> None:
        """Show the ink's bounding box (top, left, h, w in ink() pixels), or nothing."""
        rect = None
        if box is not None:
            top, left, h, w = box
            rect = QRectF(left / INK_SIZE, top / INK_SIZE, w / INK_SIZE, h / INK_SIZE)
        if rect != self._box:
            self._box = rect
            self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self._redraw_all()
        self.changed.emit()
        self.stroke_finished.emit()

    def undo(self) -> None:
        """Remove the last finished stroke."""
        if self._current is not None or not self.strokes:
            return
        self.strokes.pop()
        self._redraw_all()
        self.changed.emit()
        self.stroke_finished.emit()

    def add_stroke(self, points, width: float | None = None) -> None:
        """A finished stroke through (x, y) points in 0..1 units (screenshots, demos).

        No points: nothing to draw, and nothing changes (no empty stroke for Undo to remove).
        """
        stroke = Stroke(self.pen_width if width is None else width)
        stroke.points = [(float(x), float(y), 1.0) for x, y in points]
        if not stroke.points:
            return
        self.strokes.append(stroke)
        self._redraw_all()
        self.changed.emit()
        self.stroke_finished.emit()

    # ---- geometry -----------------------------------------------------------------------------
    def paper_rect(self) -> QRectF:
        """The square sheet inside the widget, in widget pixels."""
        side = max(1.0, min(self.width(), self.height()) - 2.0 * MARGIN)
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_pad(self, pos: QPointF) -> tuple[float, float]:
        r = self.paper_rect()
        return (pos.x() - r.x()) / r.width(), (pos.y() - r.y()) / r.height()

    def to_widget(self, x: float, y: float) -> QPointF:
        """Pad coordinates (0..1) -> widget pixels (tests aim their mouse events with this)."""
        r = self.paper_rect()
        return QPointF(r.x() + x * r.width(), r.y() + y * r.height())

    # ---- painting strokes -----------------------------------------------------------------------
    def _painters(self, network_only: bool = False):
        """(painter, side in px, colour, pen cap) for the 280x280 images and the screen one."""
        white = QColor(255, 255, 255)
        targets = [(self._ink, INK_SIZE, white, self._ink_cap)]
        if not network_only and self._view is not None:
            # A painter on a high-DPI image works in logical pixels.
            side = self._view.width() / self._view.devicePixelRatio()
            targets.append((self._view, side, INK, None))
        for image, side, colour, cap in targets:
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            yield painter, side, (colour, cap)
            painter.end()

    def _paint_piece(self, stroke: Stroke, k: int, final: bool = False) -> None:
        cap = ink_width_cap(self.strokes + [stroke])
        if cap != self._ink_cap:  # the drawing grew: repaint the network copy with the new pen
            self._ink_cap = cap
            self._render_network_copy()
            network_done = True
        else:
            network_done = False
        for index, (painter, side, colour) in enumerate(self._painters()):
            if index == 0 and network_done:
                continue
            self._stroke_piece(painter, side, colour, stroke, k, final)

    @staticmethod
    def _stroke_piece(painter, side, colour_cap, stroke, k, final=False) -> None:
        colour, cap = colour_cap
        if k == 0:  # pen down: a dot, so a click leaves a mark
            x, y, pressure = stroke.points[0]
            r = _pen_width(stroke, pressure, side, cap) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x * side, y * side), r, r)
            return
        path, pressure = _segment(stroke, k, final)
        pen = QPen(colour, _pen_width(stroke, pressure, side, cap))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(QTransform.fromScale(side, side).map(path))  # 0..1 units -> pixels

    def _paint_stroke(self, painter, side, colour, stroke: Stroke, finished: bool) -> None:
        self._stroke_piece(painter, side, colour, stroke, 0)
        for k in range(1, len(stroke.points)):
            self._stroke_piece(painter, side, colour, stroke, k)
        if finished and len(stroke.points) > 1:
            self._stroke_piece(painter, side, colour, stroke, len(stroke.points) - 1, final=True)

    def _redraw_all(self) -> None:
        self._render()
        self.update()

    def _render_network_copy(self) -> None:
        self._ink.fill(0)
        for painter, side, colour in self._painters(network_only=True):
            for stroke in self.strokes:
                self._paint_stroke(painter, side, colour, stroke, finished=True)
            if self._current is not None:
                self._paint_stroke(painter, side, colour, self._current, finished=False)

    def _render(self) -> None:
        """Paint every stroke again into every image (after Undo, Clear or a resize)."""
        self._ink.fill(0)
        self._ink_cap = ink_width_cap(self.strokes + ([self._current] if self._current else []))
        if self._view is not None:
            self._view.fill(PAPER)
        for painter, side, colour in self._painters():
            for stroke in self.strokes:
                self._paint_stroke(painter, side, colour, stroke, finished=True)
            if self._current is not None:
                self._paint_stroke(painter, side, colour, self._current, finished=False)

    def _ensure_view(self) -> None:
        """(Re)make the screen image when the paper square changed size."""
        ratio = self.devicePixelRatioF()
        side = max(1, round(self.paper_rect().width() * ratio))
        if self._view is None or self._view.width() != side:
            self._view = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
            self._view.setDevicePixelRatio(ratio)
            self._render()

    # ---- input ----------------------------------------------------------------------------------
    def _pen_down(self, pos: QPointF, pressure: float) -> None:
        self._ensure_view()
        x, y = self.to_pad(pos)
        self._current = Stroke(self.pen_width, [(x, y, pressure)])
        self._paint_piece(self._current, 0)
        self.update()
        self.changed.emit()

    def _pen_move(self, pos: QPointF, pressure: float) -> None:
        stroke = self._current
        if stroke is None:
            return
        x, y = self.to_pad(pos)
        last = stroke.points[-1]
        # Ignore sub-pixel jitter: it adds points but no ink.
        if abs(x - last[0]) + abs(y - last[1]) < 1.0 / max(1.0, self.paper_rect().width()):
            return
        stroke.points.append((x, y, pressure))
        self._paint_piece(stroke, len(stroke.points) - 1)
        self.update()
        self.changed.emit()

    def _pen_up(self, pos: QPointF, pressure: float) -> None:
        stroke = self._current
        if stroke is None:
            return
        self._pen_move(pos, pressure)
        if len(stroke.points) > 1:
            self._paint_piece(stroke, len(stroke.points) - 1, final=True)
        self.strokes.append(stroke)
        self._current = None
        self.update()
        self.changed.emit()
        self.stroke_finished.emit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pen_down(event.position(), 1.0)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._pen_move(event.position(), 1.0)
            event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._pen_up(event.position(), 1.0)
            event.accept()

    def tabletEvent(self, event) -> None:
        """A pen or tablet: the same strokes, thinner where the pen presses lightly."""
        kind, pressure = event.type(), float(event.pressure())
        if kind == QEvent.Type.TabletPress:
            self._pen_down(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            self._pen_move(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._pen_up(event.position(), pressure)
        event.accept()  # no duplicate mouse events

    # ---- screen ---------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        self._view = None  # remade at the new size on the next paint
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        self._ensure_view()
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        paper = self.paper_rect()
        painter.drawImage(paper.topLeft(), self._view)
        painter.setPen(QPen(QColor("#9a9a9a"), 1))
        painter.drawRect(paper.adjusted(-0.5, -0.5, 0.5, 0.5))
        if self._box is not None and not self.is_empty():
            pen = QPen(BOX_COLOUR, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            b = self._box
            painter.drawRect(
                QRectF(self.to_widget(b.left(), b.top()), self.to_widget(b.right(), b.bottom()))
            )
        if self.is_empty() and self._placeholder:
            painter.setPen(QColor("#a0a0a0"))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            painter.setFont(font)
            painter.drawText(
                paper, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder
            )
        painter.end()
