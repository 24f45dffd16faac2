"""Ch5 graph view: operation nodes as circles (layers as boxes), arrows with the forward value
above and the gradient below, as the book's figures draw them."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from nnviz.engine.graph import BACKWARD, FORWARD, Edge, Graph, Node
from nnviz.ui.tabs.backprop.text import (
    BACKWARD_COLOR,
    FORWARD_COLOR,
    edge_label,
    fmt_inline,
    fmt_shape,
    is_short_vector,
    matrix_html,
    value_html,
)

BOX_KINDS = ("affine", "relu", "softmax_loss")  # layers are boxes (fig 5-29), operations circles
LINE_COLOR = QColor("#444444")
NODE_FILL = QColor("#ffffff")
HIGHLIGHT = {
    FORWARD: (QColor("#dbe4ff"), QColor(FORWARD_COLOR)),
    BACKWARD: (QColor("#ffe0dc"), QColor(BACKWARD_COLOR)),
}
MAX_ZOOM = 2.0  # a small graph grows to this for the back of the room, no more
EDGE_KEY = 0  # QGraphicsItem.data key holding the edge name
# Where along its arrow a number goes (fractions from the arrow's start): the middle, else a little
# further back, away from a node other arrows also reach; and how far (in lines) from others.
LABEL_POSITIONS = (0.5, 0.42, 0.34, 0.26, 0.18)
LABEL_CLEARANCE = 0.9


def inline_vectors(graph: Graph) -> bool:
    """Write short vectors as numbers (ch3: one sample); in a batch graph every array by shape."""
    return all(np.ndim(e.value) <= 1 for e in graph.edges.values() if not e.is_input)


def value_text(edge: Edge, inline: bool) -> str:
    """Text above the arrow: the number(s), or the name and shape of a matrix."""
    if not np.ndim(edge.value) or (inline and is_short_vector(edge.value)):
        return fmt_inline(edge.value)
    shape = fmt_shape(edge.shape)
    return shape if edge.is_input else f"{edge.name} {shape}"


def grad_text(edge: Edge, inline: bool) -> str:
    """Text below the arrow: dL/d(value) as number(s), or dW1 for a matrix."""
    if not np.ndim(edge.grad) or (inline and is_short_vector(edge.grad)):
        return fmt_inline(edge.grad)
    return f"d{edge.name}"


def node_symbol(node: Node) -> str:
    return node.op.symbol.replace("-with-", "-\nwith-")


class GraphView(QGraphicsView):
    """Draws a Graph after `position` steps; emits edge_clicked(name) when an arrow is clicked."""

    edge_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.graph: Graph | None = None
        self.position = 0
        self.selected_edge: str | None = None
        self.node_items: dict[str, QGraphicsItem] = {}
        self.value_items: dict[str, QGraphicsSimpleTextItem] = {}
        self.grad_items: dict[str, QGraphicsSimpleTextItem] = {}
        self.name_items: dict[str, QGraphicsSimpleTextItem] = {}
        self.branch_items: list = []  # second arrows of a value read twice

    # ---- public ----
    def show_graph(self, graph: Graph, position: int) -> None:
        self.graph = graph
        self.position = position
        self._draw()

    def current_step(self):
        if self.graph is None or self.position <= 0:
            return None
        return self.graph.steps[min(self.position, len(self.graph.steps)) - 1]

    # ---- fonts and sizes (follow the app's text size) ----
    def _fonts(self) -> tuple[QFont, QFont]:
        font = QFont(QApplication.font())
        font.setPointSizeF(max(11.0, font.pointSizeF() * 1.25))
        bold = QFont(font)
        bold.setBold(True)
        return font, bold

    # ---- drawing ----
    def _draw(self) -> None:
        scene = self.scene()
        scene.clear()
        self.node_items.clear()
        self.value_items.clear()
        self.grad_items.clear()
        self.name_items.clear()
        self.branch_items = []
        if self.graph is None:
            return
        graph = self.graph
        font, bold = self._fonts()
        fm = QFontMetricsF(font)
        fh = fm.height()
        self._fh = fh
        self._pen_w = max(2.0, fh / 9)

        # Node extents, then the grid: a column must hold a node and the widest label beside it.
        extents = {}
        for node in graph.nodes:
            symbol_font = self._symbol_font(node, bold)
            rect = QFontMetricsF(symbol_font).boundingRect(
                QRectF(0, 0, 1000, 1000), 0, node_symbol(node)
            )
            if node.op.kind in BOX_KINDS:
                extents[node.name] = (
                    "box",
                    rect.width() / 2 + 0.6 * fh,
                    rect.height() / 2 + 0.5 * fh,
                )
            else:
                r = max(1.2 * fh, rect.width() / 2 + 0.3 * fh)
                extents[node.name] = ("circle", r, r)
        self._extents = extents
        widest_node = max(2 * e[1] for e in extents.values())
        self._inline = inline_vectors(graph)
        # Only labels along a level arrow need room between two columns.
        level = [e for e in graph.edges.values() if self._is_level(e)]
        labels = [value_text(e, self._inline) for e in level]
        labels += [grad_text(e, self._inline) for e in level if e.grad is not None]
        widest_label = max(fm.horizontalAdvance(t) for t in labels)
        self._ux = max(widest_label + widest_node + 1.2 * fh, 6 * fh)
        tallest_node = max(2 * e[2] for e in extents.values())
        self._uy = max(tallest_node + 2.2 * fh, 4 * fh)

        step = self.current_step()
        self._placed: list[QRectF] = []  # the arrows' numbers drawn so far (scene rectangles)
        # Level arrows first: their numbers stay in the middle, slanted ones make way for them.
        for edge in sorted(graph.edges.values(), key=lambda e: not self._is_level(e)):
            self._draw_edge(edge, font, bold, step)
        for edge in graph.edges.values():
            for reader in edge.also_read_by:
                self._draw_branch(edge, reader)
        for node in graph.nodes:
            self._draw_node(node, bold, step)
        rect = scene.itemsBoundingRect().adjusted(-fh, -fh, fh, fh)
        scene.setSceneRect(rect)
        self._fit()

    @staticmethod
    def _is_level(edge: Edge) -> bool:
        """Does the arrow's labelled segment run left to right (labels sit between columns)?"""
        pts = [edge.start if edge.src is None else edge.src.pos, *edge.waypoints]
        pts.append(edge.end if edge.dst is None else edge.dst.pos)
        seg = edge.label_segment % (len(pts) - 1)
        (x0, y0), (x1, y1) = pts[seg], pts[seg + 1]
        return abs(y1 - y0) < 0.5 * abs(x1 - x0)

    @staticmethod
    def _symbol_font(node: Node, bold: QFont) -> QFont:
        """Words in a circle (sigmoid, identity) a little smaller than ×, + and exp."""
        if node.op.kind in BOX_KINDS or len(node.op.symbol) <= 3:
            return bold
        font = QFont(bold)
        font.setPointSizeF(bold.pointSizeF() * 0.8)
        return font

    def _p(self, pos) -> QPointF:
        return QPointF(pos[0] * self._ux, pos[1] * self._uy)

    def _clip(self, node: Node, toward: QPointF) -> QPointF:
        """The point where a line from the node's centre toward `toward` leaves its outline."""
        c = self._p(node.pos)
        d = toward - c
        length = math.hypot(d.x(), d.y()) or 1.0
        dx, dy = d.x() / length, d.y() / length
        kind, hw, hh = self._extents[node.name]
        if kind == "circle":
            t = hw
        else:
            t = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
        return c + QPointF(dx * t, dy * t)

    def _points(self, edge: Edge) -> list[QPointF]:
        pts = [self._p(edge.start) if edge.src is None else self._p(edge.src.pos)]
        pts += [self._p(w) for w in edge.waypoints]
        pts.append(self._p(edge.end) if edge.dst is None else self._p(edge.dst.pos))
        if edge.src is not None:
            pts[0] = self._clip(edge.src, pts[1])
        if edge.dst is not None:
            pts[-1] = self._clip(edge.dst, pts[-2])
        return pts

    def _draw_branch(self, edge: Edge, reader: Node) -> None:
        """A value read again (x in x·y + x): one more arrow, unlabelled, into the other reader.

        Its numbers are on the first arrow; the gradient there is the sum over both (ch5.3).
        """
        start = self._p(edge.start) if edge.src is None else self._p(edge.src.pos)
        if edge.src is not None:
            start = self._clip(edge.src, self._p(reader.pos))
        if reader is edge.dst:  # x * x: bend the second arrow below the first
            bend = (start + self._p(reader.pos)) / 2 + QPointF(0, 0.35 * self._uy)
        else:
            bend = (start + self._p(reader.pos)) / 2
        end = self._clip(reader, bend)
        path = QPainterPath(start)
        path.quadTo(bend, end)
        pen = QPen(LINE_COLOR, self._pen_w)
        line = self.scene().addPath(path, pen)
        d = end - bend
        length = math.hypot(d.x(), d.y()) or 1.0
        ux, uy = d.x() / length, d.y() / length
        size = 0.55 * self._fh
        left = end - QPointF(ux * size - uy * size * 0.45, uy * size + ux * size * 0.45)
        right = end - QPointF(ux * size + uy * size * 0.45, uy * size - ux * size * 0.45)
        head = self.scene().addPolygon(
            QPolygonF([end, left, right]), QPen(pen.color(), 1), QBrush(pen.color())
        )
        for item in (line, head):
            item.setData(EDGE_KEY, edge.name)
            item.setToolTip(self.edge_tooltip(edge))
        self.branch_items.append(line)

    def _draw_edge(self, edge: Edge, font: QFont, bold: QFont, step) -> None:
        scene, graph, fh = self.scene(), self.graph, self._fh
        pts = self._points(edge)
        selected = edge.name == self.selected_edge
        pen = QPen(
            QColor("#e69500") if selected else LINE_COLOR, self._pen_w * (1.8 if selected else 1)
        )
        path = QPainterPath(pts[0])
        for p in pts[1:]:
            path.lineTo(p)
        line = scene.addPath(path, pen)
        # The arrow head.
        a, b = pts[-2], pts[-1]
        d = b - a
        length = math.hypot(d.x(), d.y()) or 1.0
        ux, uy = d.x() / length, d.y() / length
        size = 0.55 * fh
        left = b - QPointF(ux * size - uy * size * 0.45, uy * size + ux * size * 0.45)
        right = b - QPointF(ux * size + uy * size * 0.45, uy * size - ux * size * 0.45)
        head = scene.addPolygon(
            QPolygonF([b, left, right]), QPen(pen.color(), 1), QBrush(pen.color())
        )
        tooltip = self.edge_tooltip(edge)
        for item in (line, head):
            item.setData(EDGE_KEY, edge.name)
            item.setToolTip(tooltip)

        # Labels on one segment: value above (or left), gradient below (or right).
        seg = edge.label_segment % (len(pts) - 1)
        a, b = pts[seg], pts[seg + 1]
        d = b - a
        length = math.hypot(d.x(), d.y()) or 1.0
        nx, ny = d.y() / length, -d.x() / length
        if ny > 0.2 or (abs(ny) <= 0.2 and nx > 0):
            nx, ny = -nx, -ny  # the normal pointing up (or left for a vertical arrow)
        fresh_value = step is not None and step.direction == FORWARD and edge.src is step.node
        fresh_grad = (
            step is not None
            and step.direction == BACKWARD
            and (edge.dst is step.node or (edge.dst is None and edge.src is step.node))
        )
        value = value_text(edge, self._inline) if graph.value_shown(edge, self.position) else ""
        grad = grad_text(edge, self._inline) if graph.grad_shown(edge, self.position) else ""
        items = []
        for text, color, fresh, store in (
            (value, FORWARD_COLOR, fresh_value, self.value_items),
            (grad, BACKWARD_COLOR, fresh_grad, self.grad_items),
        ):
            item = scene.addSimpleText(text, bold if fresh else font)
            item.setBrush(QBrush(QColor(color)))
            item.setData(EDGE_KEY, edge.name)
            item.setToolTip(tooltip)
            store[edge.name] = item
            items.append(item)
        # Placed by the texts they will have once shown, so that nothing moves between steps.
        full = (
            value_text(edge, self._inline),
            grad_text(edge, self._inline) if edge.grad is not None else "",
        )
        sizes = [QFontMetricsF(bold).boundingRect(text).size() for text in full]
        positions = LABEL_POSITIONS if not self._is_level(edge) else LABEL_POSITIONS[:1]
        self._place_labels(items, sizes, a, b, (nx, ny), positions)

        # The name of an input where its arrow starts, of the output where it ends.
        name = edge_label(edge.name) if (edge.is_input or edge.dst is None) else ""
        if name:
            item = scene.addSimpleText(name, font)
            item.setBrush(QBrush(QColor("#000000")))
            r = item.boundingRect()
            if edge.is_input:
                anchor, d = pts[0], pts[0] - pts[1]
            else:
                anchor, d = pts[-1], pts[-1] - pts[-2]
            length = math.hypot(d.x(), d.y()) or 1.0
            ux, uy = d.x() / length, d.y() / length
            off = 0.3 * fh + abs(ux) * r.width() / 2 + abs(uy) * r.height() / 2
            item.setPos(
                anchor + QPointF(ux * off, uy * off) - QPointF(r.width() / 2, r.height() / 2)
            )
            item.setData(EDGE_KEY, edge.name)
            item.setToolTip(tooltip)
            self.name_items[edge.name] = item

    def _place_labels(self, items, sizes, a: QPointF, b: QPointF, normal, positions) -> None:
        """Value above (or left of) the segment a→b, gradient below (or right), at its middle;
        slid back toward a while they would touch another arrow's numbers, where arrows meet a
        node from two sides (the apple graph's "2.2" sat right above the count's "2")."""
        fh, (nx, ny) = self._fh, normal
        clearance = LABEL_CLEARANCE * fh
        for t in positions:
            along = a + (b - a) * t
            rects = []
            for size, sign in zip(sizes, (1, -1), strict=True):
                w, h = size.width(), size.height()
                off = 0.25 * fh + abs(nx) * w / 2 + abs(ny) * h / 2
                c = along + QPointF(nx * off * sign, ny * off * sign)
                rects.append(QRectF(c.x() - w / 2, c.y() - h / 2, w, h))
            grown = [r.adjusted(-clearance, -clearance, clearance, clearance) for r in rects]
            if not any(g.intersects(p) for g in grown for p in self._placed):
                break
        for item, rect in zip(items, rects, strict=True):
            r = item.boundingRect()  # centred where the full text would be
            item.setPos(rect.center() - QPointF(r.width() / 2, r.height() / 2))
        self._placed += [rect for rect in rects if not rect.isEmpty()]

    def _draw_node(self, node: Node, bold: QFont, step) -> None:
        scene = self.scene()
        kind, hw, hh = self._extents[node.name]
        c = self._p(node.pos)
        rect = QRectF(c.x() - hw, c.y() - hh, 2 * hw, 2 * hh)
        fill, border, width = NODE_FILL, LINE_COLOR, self._pen_w
        if step is not None and step.node is node:
            fill, border = HIGHLIGHT[step.direction]
            width = self._pen_w * 2.2
        pen, brush = QPen(border, width), QBrush(fill)
        if kind == "box":
            path = QPainterPath()
            path.addRoundedRect(rect, 0.3 * self._fh, 0.3 * self._fh)
            shape = scene.addPath(path, pen, brush)
        else:
            shape = scene.addEllipse(rect, pen, brush)
        shape.setData(EDGE_KEY, None)
        text = scene.addText(node_symbol(node), self._symbol_font(node, bold))
        text.setDefaultTextColor(QColor("#000000"))
        text.setTextWidth(text.boundingRect().width())
        text.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
        r = text.boundingRect()
        text.setPos(c - QPointF(r.width() / 2, r.height() / 2))
        shape.setZValue(1)
        text.setZValue(2)
        self.node_items[node.name] = shape

    def edge_tooltip(self, edge: Edge) -> str:
        """The arrow's numbers: its value and, once known, its gradient."""
        graph = self.graph
        name = edge_label(edge.name) or edge.name
        parts = [f"<b>{name}</b>"]
        if np.ndim(edge.value):
            parts.append(f" &nbsp;({fmt_shape(edge.shape)})")
        if graph.value_shown(edge, self.position):
            parts.append(f"<br>{value_html(edge.value, FORWARD_COLOR)}")
        if graph.grad_shown(edge, self.position):
            grad = (
                matrix_html(edge.grad, BACKWARD_COLOR)
                if np.ndim(edge.grad)
                else value_html(edge.grad, BACKWARD_COLOR)
            )
            parts.append(f"<br>∂L/∂{edge.name}:<br>{grad}")
        return "".join(parts)

    # ---- fitting and events ----
    def _fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        view = self.viewport().rect()
        scale = min(view.width() / rect.width(), view.height() / rect.height(), MAX_ZOOM)
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._draw()  # labels are measured in the app's font and language
        super().changeEvent(event)

    def mousePressEvent(self, event) -> None:
        for item in self.items(event.position().toPoint()):
            name = item.data(EDGE_KEY)
            if name:
                self.edge_clicked.emit(name)
                break
        super().mousePressEvent(event)
