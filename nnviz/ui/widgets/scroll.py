"""A side panel that scrolls when View > Larger text makes it longer or wider than the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

# How far a side panel may widen with the text before it scrolls sideways instead: beyond this the
# plots beside it would be squeezed out of a 1280-pixel window.
MAX_WIDEN = 1.3


class _SidePanelScroll(QScrollArea):
    """Its minimum width grows with View > Larger text (up to MAX_WIDEN), so words fit."""

    def __init__(self, min_width: int):
        super().__init__()
        self._base_width = min_width
        self._base_pt = QApplication.font().pointSizeF()
        self._fit_font()

    def _fit_font(self) -> None:
        if self._base_width:
            scale = min(MAX_WIDEN, max(1.0, self.font().pointSizeF() / self._base_pt))
            self.setMinimumWidth(round(self._base_width * scale))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_font()
        super().changeEvent(event)


def vertical_scroll(widget: QWidget, min_width: int = 0, frame: bool = True) -> QScrollArea:
    """Wrap `widget` so it keeps its width (scaled with the text size) and scrolls when it must.

    Sideways scrolling only happens when very large text leaves no other way to show it all.
    """
    scroll = _SidePanelScroll(min_width)
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    if not frame:
        scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll
