"""The network drawn as TF Playground draws it: a picture per neuron, an edge per weight.

Columns left to right: the input features, each hidden layer, the output classes. Each node shows
its value over the plane (blue positive, orange negative); each edge's width and colour show its
weight (blue positive, orange negative); hovering over an edge shows the weight's value.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from nnviz.engine.datasets2d import features, grid
from nnviz.ui.tabs.playground.views import CLASS_COLOURS, WHITE

MAX_THUMB = 40  # pixels a side at most
WIDTH_STEPS = 6  # edge widths drawn (from thin to thick with the weight's size)
HOVER_PIXELS = 4  # how near an edge the pointer must be to show its weight
POSITIVE, NEGATIVE = CLASS_COLOURS[1], CLASS_COLOURS[0]


def signed_images(values: np.ndarray) -> list[QPixmap]:
    """(G, G, M) values, row 0 at the bottom -> M pictures, each scaled to its own largest value:
    white at 0, blue positive, orange negative. One NumPy pass for all M (it runs 20 times a
    second), at half the resolution: a thumbnail is at most MAX_THUMB pixels a side."""
    a = np.moveaxis(values[::-2, ::2], -1, 0)  # (M, G/2, G/2), row 0 at the top for pictures
    span = np.maximum(np.abs(a).max(axis=(1, 2), keepdims=True), 1e-9)
    v = (a / span)[..., None]
    tint = np.where(v > 0, POSITIVE, NEGATIVE) - WHITE
    rgb = (WHITE + tint * np.abs(v)).clip(0, 255).astype(np.uint8)
    pictures = []
    for picture in rgb:
        picture = np.ascontiguousarray(picture)
        h, w, _ = picture.shape
        image = QImage(picture.data, w, h, 3 * w, QImage.Format.Format_RGB888)
        pictures.append(QPixmap.fromImage(image.copy()))
    return pictures


class NetworkView(QWidget):
    """Draws a Snapshot's network; knows nothing of training."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        # It fits whatever height the plane beside it leaves: it never squeezes the loss curves.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.columns: list[list[QPixmap]] = []  # pixmaps per column (inputs, hidden..., outputs)
        self.weights: list[np.ndarray] = []
        self._feature_key = None
        self._feature_pixmaps: list[QPixmap] = []

    def sizeHint(self) -> QSize:
        return QSize(230, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    def shape(self) -> tuple:
        """Nodes per column: inputs, each hidden layer, outputs."""
        return tuple(len(column) for column in self.columns)

    def show_snapshot(self, snap, feature_names) -> None:
        resolution = snap.probs.shape[0]
        key = (tuple(feature_names), resolution)
        if key != self._feature_key:  # the inputs' pictures only change with the features
            values = features(grid(resolution), feature_names).reshape(resolution, resolution, -1)
            self._feature_pixmaps = signed_images(values)
            self._feature_key = key
        hidden = [signed_images(layer) for layer in snap.hidden]
        # Outputs: each class's probability, 0.5 mapped to white (blue above, orange below).
        outputs = signed_images(snap.probs - 0.5)
        self.columns = [self._feature_pixmaps, *hidden, outputs]
        self.weights = snap.weights
        self.update()

    # ---- geometry ---------------------------------------------------------------------------
    def _layout(self) -> tuple[float, list[list[QRectF]]]:
        """(thumbnail size, the rectangle of every node), fitted to the widget's size."""
        if not self.columns:
            return 0.0, []
        n_cols = len(self.columns)
        n_rows = max(len(column) for column in self.columns)
        width, height = self.width(), self.height()
        col_step = width / n_cols
        thumb = min(MAX_THUMB, col_step * 0.55, height / n_rows * 0.8)
        rects = []
        for c, column in enumerate(self.columns):
            x = col_step * (c + 0.5) - thumb / 2
            row_step = height / max(len(column), 1)
            rects.append(
                [
                    QRectF(x, row_step * (r + 0.5) - thumb / 2, thumb, thumb)
                    for r in range(len(column))
                ]
            )
        return thumb, rects

    def _edges(self, rects):
        """(start, end, layer index, i, j, weight) for every weight drawn."""
        for layer, W in enumerate(self.weights):
            if layer + 1 >= len(rects):
                break
            left, right = rects[layer], rects[layer + 1]
            for i in range(min(W.shape[0], len(left))):
                for j in range(min(W.shape[1], len(right))):
                    start = QPointF(left[i].right(), left[i].center().y())
                    end = QPointF(right[j].left(), right[j].center().y())
                    yield start, end, layer, i, j, float(W[i, j])

    # ---- drawing and hover ------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        _, rects = self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = max((float(np.abs(W).max()) for W in self.weights), default=1.0) or 1.0
        # Edges grouped by sign and by width (WIDTH_STEPS widths): one drawLines call per group.
        # Every Qt call hands the GIL over, and with the worker training each handover waits
        # (GUIDE.md): one call per edge made a frame's repaint take up to 100 ms.
        groups: dict[tuple[bool, int], list[QLineF]] = {}
        for start, end, _, _, _, w in self._edges(rects):
            step = min(WIDTH_STEPS - 1, int(abs(w) / scale * WIDTH_STEPS))
            groups.setdefault((w > 0, step), []).append(QLineF(start, end))
        for (positive, step), lines in groups.items():
            colour = QColor(*(POSITIVE if positive else NEGATIVE).astype(int), 200)
            painter.setPen(QPen(colour, 0.4 + 3.6 * (step + 0.5) / WIDTH_STEPS))
            painter.drawLines(lines)
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        for column, column_rects in zip(self.columns, rects, strict=True):
            for pixmap, rect in zip(column, column_rects, strict=True):
                painter.drawPixmap(rect.toRect(), pixmap)
        painter.drawRects([rect for column_rects in rects for rect in column_rects])
        painter.end()

    def edge_at(self, pos: QPointF):
        """(layer, i, j, weight) of the edge under ``pos``, or None."""
        _, rects = self._layout()
        best, best_distance = None, HOVER_PIXELS + 1e-9
        p = np.array([pos.x(), pos.y()])
        for start, end, layer, i, j, w in self._edges(rects):
            a, b = np.array([start.x(), start.y()]), np.array([end.x(), end.y()])
            d = b - a
            s = np.clip(np.dot(p - a, d) / max(np.dot(d, d), 1e-9), 0.0, 1.0)
            distance = float(np.linalg.norm(a + s * d - p))
            if distance < best_distance:
                best, best_distance = (layer, i, j, w), distance
        return best

    def mouseMoveEvent(self, event) -> None:
        edge = self.edge_at(event.position())
        if edge is None:
            QToolTip.hideText()
        else:
            layer, i, j, w = edge
            # W1[i, j]: the book's name of the weight from node i to node j (ch3.3)
            QToolTip.showText(event.globalPosition().toPoint(), f"W{layer + 1}[{i}, {j}] = {w:.4f}")
        super().mouseMoveEvent(event)

    def edge_point(self, layer: int, i: int, j: int, at: float = 0.15) -> QPointF:
        """A point ``at`` of the way along the edge of W{layer+1}[i, j] (where to hover it)."""
        _, rects = self._layout()
        for start, end, l_, i_, j_, _ in self._edges(rects):
            if (l_, i_, j_) == (layer, i, j):
                return start + (end - start) * at
        raise KeyError((layer, i, j))
