"""The Playground's pictures: the plane (decision regions + points) and the loss curves.

Each view only draws a session.Snapshot; none of them computes anything of the network.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal

from nnviz.engine.datasets2d import PLANE
from nnviz.ui.widgets.plot import Plot

# One colour per class (orange, blue as in TF Playground, then green, purple, brown).
CLASS_COLOURS = np.array(
    [(245, 147, 34), (8, 119, 189), (44, 160, 44), (148, 103, 189), (140, 86, 75)], dtype=float
)
WHITE = np.array([255.0, 255.0, 255.0])
REGION_STRENGTH = 0.55  # how far a sure region moves from white to its class colour


def region_colours(probs: np.ndarray) -> np.ndarray:
    """(G, G, K) class probabilities -> (G, G, 3) uint8: each pixel the mix of its classes' colours,
    paler where the network is unsure (a mix of all classes tends to white-grey)."""
    k = probs.shape[-1]
    mixed = probs @ CLASS_COLOURS[:k]
    sure = (probs.max(axis=-1, keepdims=True) - 1.0 / k) * k / (k - 1)
    strength = REGION_STRENGTH * (0.35 + 0.65 * sure)
    return (WHITE + (mixed - WHITE) * strength).clip(0, 255).astype(np.uint8)


class PlaneView(Plot):
    """The plane: decision regions as one image, training points filled, test points hollow.

    A left click on the plane emits ``clicked(x1, x2)`` (the tab adds a point there).
    """

    clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAspectLocked(True)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)  # a click adds a point; a drag must not pan away
        self.hideButtons()
        self.vb = self.getPlotItem().getViewBox()
        self.setRange(xRange=(-PLANE, PLANE), yRange=(-PLANE, PLANE), padding=0)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=8, pen=pg.mkPen("w", width=1))
        self.test_points = pg.ScatterPlotItem(size=8, brush=None)
        self.addItem(self.train_points)
        self.addItem(self.test_points)
        self.scene().sigMouseClicked.connect(self._on_click)
        self._points_shown = None

    def show_snapshot(self, snap, show_test: bool = True) -> None:
        self.image.setImage(region_colours(snap.probs), autoLevels=False, levels=(0, 255))
        self.image.setRect(QRectF(-PLANE, -PLANE, 2 * PLANE, 2 * PLANE))  # after: it needs a size
        shown = (snap.x_train, snap.x_test, show_test)
        if self._points_shown is not None and all(
            a is b for a, b in zip(shown, self._points_shown, strict=True)
        ):
            return  # the same points (the session makes new arrays when they change): no redraw
        self._points_shown = shown
        brushes = [pg.mkBrush(*CLASS_COLOURS[c]) for c in range(snap.classes)]
        self.train_points.setData(
            pos=snap.x_train, brush=[brushes[c] for c in snap.t_train], pen=pg.mkPen("w")
        )
        if show_test and len(snap.t_test):
            pens = [pg.mkPen(*CLASS_COLOURS[c], width=2) for c in range(snap.classes)]
            self.test_points.setData(
                pos=snap.x_test, pen=[pens[c] for c in snap.t_test], brush=pg.mkBrush(255, 255, 255)
            )
        else:
            self.test_points.setData([], [])

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        if not self.vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = self.vb.mapSceneToView(event.scenePos())
        if abs(point.x()) <= PLANE and abs(point.y()) <= PLANE:
            event.accept()
            self.clicked.emit(point.x(), point.y())


class LossView(Plot):
    """Training and test loss against the step (cross-entropy, ch4.2.2)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMenuEnabled(False)
        self.legend = self.addLegend(offset=(-10, 10))
        self.train_curve = self.plot(pen=pg.mkPen((30, 30, 30), width=2))
        self.test_curve = self.plot(pen=pg.mkPen((214, 39, 40), width=2, style=Qt.DashLine))
        self.legend.addItem(self.train_curve, "")
        self.legend.addItem(self.test_curve, "")

    def set_names(self, train: str, test: str) -> None:
        for (_, label), name in zip(self.legend.items, (train, test), strict=True):
            label.setText(name)

    def show_history(self, history: np.ndarray) -> None:
        self.train_curve.setData(history[:, 0], history[:, 1])
        finite = np.isfinite(history[:, 2])
        self.test_curve.setData(history[finite, 0], history[finite, 2])
        if len(history) == 0 or history[-1, 0] < 10:
            self.setXRange(0, 10, padding=0)  # just begun: no negative steps around step 0
        else:
            self.enableAutoRange(x=True)
        self.range_now()
