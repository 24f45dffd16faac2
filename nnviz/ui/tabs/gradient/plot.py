"""The Gradient tab's plot: contour fill and lines of f, the −∇f quiver, descent and race paths."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF
from PySide6.QtWidgets import QApplication

from nnviz.ui.tabs.gradient import model as gm
from nnviz.ui.widgets.plot import Plot

# A pale blue (low f) to pale orange (high f) fill: arrows and paths stay readable on top.
FILL = pg.ColorMap([0.0, 0.5, 1.0], [(198, 222, 245), (247, 247, 247), (248, 214, 184)])
DESCENT_COLOUR = "#d62728"
# One colour per optimizer (matplotlib's tab10: distinct, readable on the pale fill).
RACE_COLOURS = {
    "SGD": "#1f77b4",
    "Momentum": "#ff7f0e",
    "Nesterov": "#2ca02c",
    "AdaGrad": "#d62728",
    "RMSprop": "#9467bd",
    "Adam": "#8c564b",
}


class GradientPlot(Plot):
    """Draws what the tab's state holds; knows nothing of players or controls."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAspectLocked(True)  # equal axes: arrows point the way −∇f really points
        self.setMenuEnabled(False)
        self.vb = self.getPlotItem().getViewBox()
        self.vb.disableAutoRange()  # a diverging path leaves the view instead of shrinking it

        self.image = pg.ImageItem()
        self.image.setLookupTable(FILL.getLookupTable(nPts=256))
        self.image.setZValue(-20)
        self.contours = pg.PlotDataItem(connect="pairs", pen=pg.mkPen((70, 90, 130, 150), width=1))
        self.contours.setZValue(-10)
        arrow_pen = pg.mkPen((45, 45, 45), width=1.6)
        self.quiver = pg.PlotDataItem(connect="pairs", pen=arrow_pen)  # every shaft, one item
        self.quiver_heads = pg.PlotDataItem(connect="pairs", pen=arrow_pen)  # every head
        self.minima = pg.ScatterPlotItem(
            symbol="star", size=18, brush="#ffd700", pen=pg.mkPen("#333", width=1)
        )
        self.start_marker = pg.ScatterPlotItem(
            size=16, brush=pg.mkBrush(255, 255, 255, 200), pen=pg.mkPen("k", width=2.5)
        )
        self.descent_item = pg.PlotDataItem(
            pen=pg.mkPen(DESCENT_COLOUR, width=3),
            symbol="o",
            symbolSize=6,
            symbolBrush=DESCENT_COLOUR,
            symbolPen=None,
        )
        self.descent_head = pg.ScatterPlotItem(
            size=14, brush=DESCENT_COLOUR, pen=pg.mkPen("w", width=2)
        )
        for item in (self.image, self.contours, self.quiver, self.quiver_heads, self.minima,
                     self.start_marker, self.descent_item, self.descent_head):  # fmt: skip
            self.addItem(item)
        self.legend = self.addLegend(
            offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 245), pen=pg.mkPen("#999")
        )
        self.race_items = {}
        for name in gm.RACE_ORDER:
            colour = RACE_COLOURS[name]
            item = pg.PlotDataItem(
                pen=pg.mkPen(colour, width=2.5),
                symbol="o",
                symbolSize=5,
                symbolBrush=colour,
                symbolPen=None,
                name=name,  # the book's names, never translated
            )
            self.addItem(item)
            self.race_items[name] = item
        self.race_heads = pg.ScatterPlotItem(size=13, pen=pg.mkPen("w", width=2))
        self.addItem(self.race_heads)
        self._apply_legend_font()

    def _apply_legend_font(self) -> None:
        self.legend.setLabelTextSize(f"{QApplication.font().pointSizeF():.0f}pt")
        for name, item in self.race_items.items():  # re-add so the labels take the new size
            self.legend.removeItem(item)
            self.legend.addItem(item, name)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "legend"):
            self._apply_legend_font()

    # ---- the field ------------------------------------------------------------------------------
    def view_region(self) -> tuple[float, float, float, float]:
        (x0a, x0b), (x1a, x1b) = self.vb.viewRange()
        return x0a, x0b, x1a, x1b

    def show_domain(self, fn: gm.Function2D) -> None:
        """The function's own view and axis names (the field is redrawn by the caller)."""
        x0a, x0b, x1a, x1b = fn.domain
        self.setLabel("bottom", fn.axes[0])
        self.setLabel("left", fn.axes[1])
        self.setRange(xRange=(x0a, x0b), yRange=(x1a, x1b), padding=0.02)

    def draw_contours(self, fn: gm.Function2D) -> None:
        """Contour fill and lines of f over whatever the view shows, and f's minima."""
        xs, ys, Z = gm.grid_values(fn.f, self.view_region())  # Z: (H, W)
        step = xs[1] - xs[0]
        self.image.setImage(gm.colour_values(Z), levels=(0.0, 1.0))
        self.image.setRect(
            QRectF(xs[0] - step / 2, ys[0] - step / 2, step * len(xs), step * len(ys))
        )
        levels = gm.contour_levels(Z, fn.log_levels)
        segments = [gm.contour_segments(xs, ys, Z, level) for level in levels]
        xy = np.concatenate(segments) if segments else np.zeros((0, 2))
        self.contours.setData(xy[:, 0], xy[:, 1])
        if fn.minima:
            self.minima.setData(pos=np.array(fn.minima, dtype=float))
        else:
            self.minima.setData([], [])

    def draw_quiver(self, fn: gm.Function2D, per_side: int, equal_length: bool) -> None:
        """Every arrow of −∇f in two items (shafts, heads), both connect="pairs"."""
        points, spacing = gm.quiver_points(self.view_region(), per_side)
        vectors = gm.negative_gradients(fn.f, points)
        shafts, heads = gm.arrow_segments(points, vectors, spacing, equal_length)
        self.quiver.setData(shafts[:, 0], shafts[:, 1])
        self.quiver_heads.setData(heads[:, 0], heads[:, 1])

    def hide_quiver(self) -> None:
        self.quiver.setData([], [])
        self.quiver_heads.setData([], [])

    # ---- the paths ------------------------------------------------------------------------------
    def draw_descent(self, path) -> None:
        """Gradient descent as far as revealed: path (k, 2), start ringed, current point big."""
        self._show_race(False)
        self.descent_item.setData(path[:, 0], path[:, 1])
        self.descent_head.setData(pos=path[-1:])
        self.start_marker.setData(pos=path[:1])

    def draw_race(self, race: gm.RaceRun, shown: dict) -> None:
        """Every optimizer's path as far as revealed; `shown`: name -> ticked in the panel."""
        self._show_race(True)
        heads, brushes = [], []
        for name, item in self.race_items.items():
            path = race.visible_path(name)
            item.setData(path[:, 0], path[:, 1])
            item.setVisible(shown[name])
            if shown[name]:
                heads.append(path[-1])
                brushes.append(pg.mkBrush(RACE_COLOURS[name]))
        self.race_heads.setData(pos=np.array(heads).reshape(-1, 2), brush=brushes)
        self.start_marker.setData(pos=np.array([race.start], dtype=float))

    def _show_race(self, race: bool) -> None:
        self.legend.setVisible(race)
        self.race_heads.setVisible(race)
        self.descent_item.setVisible(not race)
        self.descent_head.setVisible(not race)
        if not race:
            for item in self.race_items.values():
                item.setVisible(False)
