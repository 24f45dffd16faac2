"""A pyqtgraph plot whose axis text follows the app's text size (View > Larger text)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

# Legends sit on a near-opaque card: curves, arrows and grid lines behind one made it unreadable.
LEGEND_BRUSH = (255, 255, 255, 245)
LEGEND_PEN = (170, 170, 170)
LEGEND_Z = 1000  # above every item of the plot


TITLE_MARGIN = 6
# Where a title is best broken, in order of preference; then any space.
TITLE_BREAKS = ((" · ", " — "), (":  ", ": ", "："), (", ", "，"), (" ",))


def title_candidates(title: str) -> list[str]:
    """The title as it is, then broken onto two lines at a preferred place, then at the space
    nearest its middle (the first that fits is used)."""
    candidates = [title]
    if "<br>" in title:
        return candidates
    middle = len(title) / 2
    for separators in TITLE_BREAKS:
        # A colon or comma ends the first line; a dot or dash between the parts is dropped.
        cuts = [
            (index + (len(sep.rstrip()) if sep.strip() in ":：,，" else 0), index + len(sep))
            for sep in separators
            for index in _find_all(title, sep)
        ]
        if cuts:
            end, start = min(cuts, key=lambda cut: abs(cut[0] - middle))
            candidates.append(f"{title[:end]}<br>{title[start:]}")
    return candidates


def _find_all(text: str, sep: str) -> list[int]:
    found, index = [], text.find(sep)
    while index >= 0:
        found.append(index)
        index = text.find(sep, index + 1)
    return found


class Plot(pg.PlotWidget):
    """PlotWidget with readable, resizable axis fonts, a light background, opaque legends."""

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, background="w", **kwargs)
        self.showGrid(x=True, y=True, alpha=0.2)
        # plot.addLegend() and plot.getPlotItem().addLegend() both give the opaque legend.
        self.plotItem.addLegend = self.addLegend
        self.plotItem.setTitle = self.setTitle
        self._apply_font()

    def range_now(self) -> None:
        """Set the range the new data need now, before the paint. pyqtgraph otherwise finds it
        while painting, and paints everything once more (axes included) for the new range."""
        self.getViewBox().prepareForPaint()

    # ---- a title that fits ----------------------------------------------------------------
    def setTitle(self, title: str | None = None, **args) -> None:
        """PlotItem.setTitle, but a title wider than the plot is broken onto two lines (at its
        ": ", " · " or the space nearest its middle) instead of widening the plot beyond its
        widget, where its edges, legend and axis were cut off."""
        self._fitted_title = (title, args)
        self._fit_title()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        if not hasattr(self, "_fitted_title"):
            return  # pyqtgraph resizes the view before the plot exists
        title, args = self._fitted_title
        item = self.plotItem
        if item is None:
            return  # closed: pyqtgraph has let go of the plot
        if not title:
            pg.PlotItem.setTitle(item, title, **args)
            return
        # The title sits above the view box only, between the side axes.
        sides = sum(
            item.getAxis(n).width() for n in ("left", "right") if item.getAxis(n).isVisible()
        )
        available = self.width() - sides - 2 * TITLE_MARGIN
        for text in title_candidates(title):
            pg.PlotItem.setTitle(item, text, **args)
            if item.titleLabel.item.boundingRect().width() <= available:
                break
        # setTitle fixes the title's row at 30 px: room for one line of normal text only.
        height = item.titleLabel.item.boundingRect().height()
        item.titleLabel.setMaximumHeight(height)
        item.layout.setRowFixedHeight(0, height)
        # A longer title had widened the plot beyond the view; give it the view's size again.
        item.setGeometry(self.range)

    def addLegend(self, *args, **kwargs) -> pg.LegendItem:
        """PlotItem.addLegend with a background and frame unless the caller chose others."""
        kwargs.setdefault("brush", LEGEND_BRUSH)
        kwargs.setdefault("pen", LEGEND_PEN)
        legend = pg.PlotItem.addLegend(self.plotItem, *args, **kwargs)
        legend.setZValue(LEGEND_Z)
        return legend

    def _apply_font(self) -> None:
        plot_item = self.getPlotItem()
        if plot_item is None:  # closed: pyqtgraph drops its PlotItem, a late FontChange finds none
            return
        font = QApplication.font()
        for name in ("left", "bottom", "right", "top"):
            axis = plot_item.getAxis(name)
            # Two tick levels, not three: dropping the third cut a two-plot resize from about
            # 55 to 20 ms (measured in the training tab) and it adds nothing readable.
            # autoReduceTextSpace off: an axis only ever widens for its tick labels. Shrinking
            # when "0.05" became "0" re-laid out the whole plot on every redraw, back and forth
            # (the Playground's loss axis, 117 times in 2 s beside the Code panel: 3x fewer
            # training steps a second).
            axis.setStyle(tickFont=font, maxTickLevel=1, autoReduceTextSpace=False)
            axis.label.setFont(font)
        plot_item.titleLabel.item.setFont(font)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()
        super().changeEvent(event)
