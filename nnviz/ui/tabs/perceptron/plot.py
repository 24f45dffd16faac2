"""Ch2 perceptron tab, the plot: the four inputs, the draggable line w1 x1 + w2 x2 + b = 0."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsPolygonItem

from nnviz.engine import BOOK_WEIGHTS, GATE_INPUTS
from nnviz.ui.tabs.perceptron.state import (
    MIN_DRAG_NORM,
    VIEW,
    PerceptronState,
    clip_half_plane,
    line_handles,
    line_segment_in_view,
    reachable_handles,
    view_box_polygon,
    weights_from_handles,
)
from nnviz.ui.widgets.plot import LEGEND_BRUSH, LEGEND_PEN, Plot

# The book draws output 0 as a circle and output 1 as a triangle; 1 is also the shaded side.
ONE_COLOR = QColor(255, 140, 30)
ZERO_COLOR = QColor(40, 110, 200)
SHADE_COLOR = QColor(255, 140, 30, 60)
LINE_COLOR = QColor(30, 40, 90)
SOLVED_COLOR = QColor(20, 140, 40)
WRONG_COLOR = QColor(215, 30, 30)
NAND_COLOR = QColor(120, 60, 180)
OR_COLOR = QColor(20, 140, 120)
LAYER_LABEL_X2 = {"NAND": 1.3, "OR": -0.3}  # where on each line its name goes: away from inputs
HANDLE_RADIUS = 9  # pixels
GRAB_WIDTH = 16  # pixels either side of the line that still grab it


def label_spots(foot, normal, along):
    """Spots for a "y = 0/1" label: by the line on its side, in view, clear of inputs and legend."""
    lo, hi = VIEW[0] + 0.12, VIEW[1] - 0.12
    inputs = np.array(GATE_INPUTS, dtype=float)
    for t in (0.3, -0.3, 0.6, -0.6, 0.0, 0.9, -0.9, 1.2, -1.2):
        for depth in (0.25, 0.45):
            spot = foot + depth * normal + t * along
            if not all(lo <= v <= hi for v in spot):
                continue
            if np.min(np.hypot(*(inputs - spot).T)) < 0.25:
                continue
            if spot[0] > 0.95 and spot[1] > 1.1:  # the legend sits in the top right corner
                continue
            yield spot


class _Handle(pg.GraphicsObject):
    """A round grip at one end of the decision line; drawn in pixels, whatever the zoom."""

    def __init__(self, owner: DecisionLine, which: int):
        super().__init__(owner)
        self._owner, self._which = owner, which
        self._hover = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        r = HANDLE_RADIUS + 4
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), HANDLE_RADIUS + 4, HANDLE_RADIUS + 4)
        return path

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._owner.color(), 2.5)
        if self._owner.parked:
            pen.setStyle(Qt.PenStyle.DashLine)  # not on the line: it waits at the edge
        painter.setPen(pen)
        painter.setBrush(
            QBrush(QColor(255, 255, 255) if not self._hover else QColor(255, 230, 120))
        )
        r = HANDLE_RADIUS + (2 if self._hover else 0)
        painter.drawEllipse(QPointF(0, 0), r, r)

    def hoverEvent(self, ev) -> None:
        hover = not ev.isExit() and ev.acceptDrags(Qt.MouseButton.LeftButton)
        if hover != self._hover:
            self._hover = hover
            self.update()

    def mouseDragEvent(self, ev) -> None:
        self._owner.drag_handle(self._which, ev)


class DecisionLine(pg.GraphicsObject):
    """The line w1 x1 + w2 x2 + b = 0: drag a handle to turn it, drag the line to shift it.

    Emits `moved(w1, w2, b)` during a drag; |w| stays what it was (scaling w and b together does
    not move the line), so only the line's place and its shaded side are under the mouse.
    """

    moved = Signal(float, float, float)
    move_finished = Signal()

    def __init__(self):
        super().__init__()
        self._w = (0.0, 0.0, 0.0)
        self._p = self._q = None  # handle positions, data coordinates
        self._drag = None  # (start p, start q, start cursor, norm) during a drag
        self.parked = False  # the line is outside the plot: the grips wait on its edge
        self._hover = False
        self._solved = False
        self.handles = (_Handle(self, 0), _Handle(self, 1))
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    # ---- state in ---------------------------------------------------------------------------
    def set_weights(self, w1: float, w2: float, b: float, solved: bool = False) -> None:
        """Show these weights; handles are re-placed unless they already sit on this line."""
        self._solved = solved
        if (w1, w2, b) != self._w or self._p is None:
            self.prepareGeometryChange()
            self._w = (w1, w2, b)
            if self._drag is None:
                self._place_handles()
        elif self._drag is None and not self._handles_in_view():
            self._place_handles()
        self.update()
        for handle in self.handles:
            handle.update()

    def color(self) -> QColor:
        return SOLVED_COLOR if self._solved else LINE_COLOR

    def handle_positions(self):
        """Where the two grips are, in data coordinates (None when w = 0)."""
        return (self._p.copy(), self._q.copy()) if self._p is not None else None

    def _place_handles(self) -> None:
        """Grips where the mouse reaches them: on the line inside the plot, or parked on the
        plot's edge when the line is out of sight (a drag then brings it back)."""
        spots = reachable_handles(*self._w)
        self._p, self._q, on_line = spots if spots is not None else (None, None, True)
        self.parked = not on_line
        tip = self.tr("The line is outside the plot: drag this grip to bring it back.")
        for handle, end in zip(self.handles, (self._p, self._q), strict=True):
            handle.setVisible(end is not None)
            handle.setToolTip(tip if self.parked else "")
            if end is not None:
                handle.setPos(QPointF(*end))
            handle.update()

    def _project_handles(self) -> None:
        """Each grip to its nearest point of the line (they moved off it by a rounding)."""
        w1, w2, b = self._w
        n2 = w1 * w1 + w2 * w2
        if n2 < 1e-12 or self._p is None:
            return
        w = np.array([w1, w2])
        self._p, self._q = (e - (w @ e + b) / n2 * w for e in (self._p, self._q))
        for handle, end in zip(self.handles, (self._p, self._q), strict=True):
            handle.setPos(QPointF(*end))

    def _handles_in_view(self) -> bool:
        lo, hi = VIEW[0] + 0.05, VIEW[1] - 0.05
        ends = [e for e in (self._p, self._q) if e is not None]
        return all(lo <= v <= hi for e in ends for v in e)

    # ---- drawing ----------------------------------------------------------------------------
    def _segment(self):
        return line_segment_in_view(*self._w)

    def boundingRect(self) -> QRectF:
        segment = self._segment()
        if segment is None:
            return QRectF()
        (x0, y0), (x1, y1) = segment
        pad = GRAB_WIDTH * (self.pixelWidth() or 0.01)
        return QRectF(
            QPointF(min(x0, x1), min(y0, y1)), QPointF(max(x0, x1), max(y0, y1))
        ).adjusted(-pad, -pad, pad, pad)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        segment = self._segment()
        if segment is None:
            return path
        path.moveTo(*segment[0])
        path.lineTo(*segment[1])
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * GRAB_WIDTH * (self.pixelWidth() or 0.01))
        return stroker.createStroke(path)

    def paint(self, painter: QPainter, *args) -> None:
        segment = self._segment()
        if segment is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.color(), 5 if (self._hover or self._drag) else 3.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLine(QPointF(*segment[0]), QPointF(*segment[1]))

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()  # the grab width is in pixels

    # ---- mouse ------------------------------------------------------------------------------
    def hoverEvent(self, ev) -> None:
        hover = not ev.isExit() and ev.acceptDrags(Qt.MouseButton.LeftButton)
        if hover != self._hover:
            self._hover = hover
            self.update()

    def mouseDragEvent(self, ev) -> None:
        self._drag_event(None, ev)

    def drag_handle(self, which: int, ev) -> None:
        self._drag_event(which, ev)

    def _drag_event(self, which: int | None, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or self._p is None:
            ev.ignore()
            return
        ev.accept()
        cursor = self._data_pos(ev.scenePos())
        if ev.isStart():
            norm = max(float(np.hypot(self._w[0], self._w[1])), MIN_DRAG_NORM)
            self._drag = (
                self._p.copy(),
                self._q.copy(),
                self._data_pos(ev.buttonDownScenePos()),
                norm,
            )
        if self._drag is None:
            return
        p0, q0, start, norm = self._drag
        shift = cursor - start
        if which is None:
            p, q = p0 + shift, q0 + shift  # the whole line slides
        elif which == 0:
            p, q = p0 + shift, q0
        else:
            p, q = p0, q0 + shift
        weights = weights_from_handles(p, q, norm)
        if weights is not None:
            self._p, self._q = p, q
            for handle, end in zip(self.handles, (p, q), strict=True):
                handle.setPos(QPointF(*end))
            self.prepareGeometryChange()
            self._w = weights
            self.update()
            self.moved.emit(*weights)
        if ev.isFinish():
            self._drag = None
            self.parked = False
            # The weights were rounded to 0.01 on the way: put the grips back on that line.
            if self._handles_in_view():
                self._project_handles()
            else:
                self._place_handles()
            self.update()
            self.move_finished.emit()

    def _data_pos(self, scene_pos) -> np.ndarray:
        pos = self.mapFromScene(scene_pos)
        return np.array([pos.x(), pos.y()])


class GatePlot(Plot):
    """The input plane of ch2.3-2.4: four inputs, the decision line, the side where y = 1."""

    input_clicked = Signal(int)  # index into GATE_INPUTS

    def __init__(self, parent=None):
        super().__init__(parent)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self.setMouseEnabled(x=False, y=False)  # the mouse is for the line, not for panning
        self.setAspectLocked(True)
        self.setRange(xRange=VIEW, yRange=VIEW, padding=0)
        ticks = [[(v, f"{v:g}") for v in (-0.5, 0.0, 0.5, 1.0, 1.5)], []]
        for name in ("bottom", "left"):
            item.getAxis(name).setTicks(ticks)  # the 0.1 ticks crowd a classroom projector
        item.setLabel("bottom", "x<sub>1</sub>")
        item.setLabel("left", "x<sub>2</sub>")

        self.shade = self._polygon_item(SHADE_COLOR, -20)
        self.band = self._polygon_item(QColor(255, 140, 30, 70), -20)
        self.trail = pg.PlotDataItem(
            pen=pg.mkPen(QColor(30, 40, 90, 70), width=1.5), connect="pairs"
        )
        self.addItem(self.trail)
        self.line = DecisionLine()
        self.line.setZValue(10)
        self.addItem(self.line)
        self.layer_lines = {
            name: pg.PlotDataItem(pen=pg.mkPen(color, width=3.5))
            for name, color in (("NAND", NAND_COLOR), ("OR", OR_COLOR))
        }
        self.layer_labels = {}
        for name, color in (("NAND", NAND_COLOR), ("OR", OR_COLOR)):
            self.addItem(self.layer_lines[name])
            label = pg.TextItem(color=color, anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 200))
            self.addItem(label)
            self.layer_labels[name] = label

        self.wrong = pg.ScatterPlotItem(
            size=40, symbol="o", pen=pg.mkPen(WRONG_COLOR, width=3), brush=None
        )
        self.current = pg.ScatterPlotItem(
            size=50,
            symbol="s",
            pen=pg.mkPen(QColor(120, 0, 160), width=3, style=Qt.DashLine),
            brush=None,
        )
        self.zeros = pg.ScatterPlotItem(
            size=26,
            symbol="o",
            pen=pg.mkPen(ZERO_COLOR.darker(140), width=2.5),
            brush=pg.mkBrush(ZERO_COLOR.lighter(170)),
        )
        self.ones = pg.ScatterPlotItem(
            size=30,
            symbol="t1",
            pen=pg.mkPen(ONE_COLOR.darker(150), width=2.5),
            brush=pg.mkBrush(ONE_COLOR),
        )
        for scatter in (self.wrong, self.current, self.zeros, self.ones):
            scatter.setZValue(20)
            self.addItem(scatter)
        self.zeros.sigClicked.connect(self._clicked)
        self.ones.sigClicked.connect(self._clicked)

        self.side_labels = (
            pg.TextItem(color=ONE_COLOR.darker(160), anchor=(0.5, 0.5)),
            pg.TextItem(color=ZERO_COLOR.darker(140), anchor=(0.5, 0.5)),
        )
        for label in self.side_labels:
            self.addItem(label)
        self.legend = pg.LegendItem(
            offset=(-8, 8),  # top right: the layer-1 labels of XOR use the top left
            brush=pg.mkBrush(*LEGEND_BRUSH),
            pen=pg.mkPen(*LEGEND_PEN),
            verSpacing=10,  # the samples are the plot's big symbols: keep the rows apart
        )
        self.legend.setParentItem(item.getViewBox())
        self.retranslate()

    def _polygon_item(self, color: QColor, z: float) -> QGraphicsPolygonItem:
        polygon = QGraphicsPolygonItem()
        polygon.setBrush(QBrush(color))
        polygon.setPen(QPen(Qt.PenStyle.NoPen))
        polygon.setZValue(z)
        self.addItem(polygon)
        return polygon

    def retranslate(self) -> None:
        self.side_labels[0].setText("y = 1")
        self.side_labels[1].setText("y = 0")
        self.layer_labels["NAND"].setText(self.tr("s1 = NAND"))
        self.layer_labels["OR"].setText(self.tr("s2 = OR"))
        self._apply_label_fonts()

    def _apply_label_fonts(self) -> None:
        """Labels in the plot a little larger than the app's text, and following its size."""
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        for label in (*self.side_labels, *self.layer_labels.values()):
            label.setFont(font)
        # The legend's labels take their size when added: rebuild it.
        self.legend.setLabelTextSize(f"{QApplication.font().pointSizeF() * 1.1:.1f}pt")
        self.legend.clear()
        self.legend.addItem(self.zeros, self.tr("target 0"))
        self.legend.addItem(self.ones, self.tr("target 1"))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "legend"):
            self._apply_label_fonts()

    def _clicked(self, scatter, points, ev=None) -> None:
        if len(points):
            self.input_clicked.emit(int(points[0].data()))

    # ---- redraw -----------------------------------------------------------------------------
    def show_inputs(self, inputs, targets, wrong=(), current: int | None = None) -> None:
        """Circles for target 0, triangles for target 1 (the book's figures 2-6 to 2-8)."""
        zeros = [(x, i) for i, (x, t) in enumerate(zip(inputs, targets, strict=True)) if t == 0]
        ones = [(x, i) for i, (x, t) in enumerate(zip(inputs, targets, strict=True)) if t == 1]
        for scatter, group in ((self.zeros, zeros), (self.ones, ones)):
            scatter.setData(
                pos=[p for p, _ in group] or np.empty((0, 2)), data=[i for _, i in group]
            )
        self.wrong.setData(pos=[inputs[i] for i in wrong] or np.empty((0, 2)))
        self.current.setData(pos=[inputs[current]] if current is not None else np.empty((0, 2)))

    def show_single(self, state: PerceptronState, trail=()) -> None:
        """One perceptron: its line, the shaded half-plane where it outputs 1, y = 0/1 labels."""
        w1, w2, b = state.weights
        self.line.setVisible(True)
        self.line.set_weights(w1, w2, b, solved=state.solved())
        self.shade.setVisible(True)
        self.shade.setPolygon([QPointF(*p) for p in clip_half_plane(view_box_polygon(), w1, w2, b)])
        self.band.setVisible(False)
        for item in (*self.layer_lines.values(), *self.layer_labels.values()):
            item.setVisible(False)
        self._place_side_labels(w1, w2, b)
        segments = [p for s in trail if (seg := line_segment_in_view(*s)) for p in seg]
        self.trail.setData(np.array(segments) if segments else np.empty((0, 2)))

    def _place_side_labels(self, w1: float, w2: float, b: float) -> None:
        norm = float(np.hypot(w1, w2))
        one, zero = self.side_labels
        if norm < 1e-12:
            one.setVisible(b > 0)
            zero.setVisible(b <= 0)
            for label in (one, zero):
                label.setPos(0.5, 1.35)
            return
        n = np.array([w1, w2]) / norm
        ends = line_handles(w1, w2, b)
        foot, u = (ends[0] + ends[1]) / 2, np.array([n[1], -n[0]])
        for label, sign in ((one, 1), (zero, -1)):
            spot = next(label_spots(foot, sign * n, u), None)
            label.setVisible(spot is not None)
            if spot is not None:
                label.setPos(*spot)

    def show_two_layer(self) -> None:
        """Ch2.5: the NAND and OR lines together; y = AND(s1, s2) = 1 between them."""
        self.line.setVisible(False)
        self.shade.setVisible(False)
        self.trail.setData(np.empty((0, 2)))
        one, zero = self.side_labels
        one.setVisible(True)  # the band between the lines, where both s1 and s2 are 1
        one.setPos(0.5, 0.5)
        zero.setVisible(False)
        band = view_box_polygon()
        for name in ("NAND", "OR"):
            w1, w2, b = BOOK_WEIGHTS[name]
            band = clip_half_plane(band, w1, w2, b)
            segment = line_segment_in_view(w1, w2, b)
            self.layer_lines[name].setData(np.array(segment))
            self.layer_lines[name].setVisible(True)
            label = self.layer_labels[name]
            label.setVisible(True)
            x2 = LAYER_LABEL_X2[name]
            label.setPos(-(w2 * x2 + b) / w1, x2)
        self.band.setVisible(True)
        self.band.setPolygon([QPointF(*p) for p in band])
