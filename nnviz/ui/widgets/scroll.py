"""A panel that scrolls up and down but never sideways: long side panels under Larger text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def vertical_scroll(widget: QWidget, min_width: int = 0, frame: bool = True) -> QScrollArea:
    """Wrap `widget` so it keeps its width and scrolls vertically when text grows."""
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if not frame:
        scroll.setFrameShape(QFrame.Shape.NoFrame)
    if min_width:
        scroll.setMinimumWidth(min_width)
    return scroll
