"""Learning tab: shared colours and small Qt helpers (no translated text here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget

from nnviz.ui.widgets.scroll import vertical_scroll

# The book's matplotlib colours.
BLUE, ORANGE, GREEN, RED, GREY = "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#7f7f7f"
NOTE_BACKGROUND = "#fbfaf3"


def set_colour(widget: QWidget, colour: str, role=QPalette.ColorRole.WindowText) -> None:
    """Colour through the palette: a style sheet would freeze the font size (View > Larger text)."""
    palette = widget.palette()
    palette.setColor(role, QColor(colour))
    widget.setPalette(palette)
    if role == QPalette.ColorRole.Window:
        widget.setAutoFillBackground(True)


def wrapped_label(rich: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
    return label


def note_label() -> QLabel:
    """A shaded, word-wrapped paragraph: the 'why' beside a figure."""
    label = wrapped_label(rich=True)
    label.setMargin(6)
    set_colour(label, NOTE_BACKGROUND, QPalette.ColorRole.Window)
    return label


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """The app's font scaled (it follows View > Larger text when re-applied on FontChange)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def text_size() -> str:
    """The app's text size as pyqtgraph wants it."""
    return f"{QApplication.font().pointSizeF():.0f}pt"


def beside_side_panel(page: QWidget, pictures: QWidget, panel: QWidget) -> None:
    """Lay a page out as every page of this tab is: its pictures, the side panel on the right."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(pictures)
    splitter.addWidget(vertical_scroll(panel, 360, frame=False))
    splitter.setStretchFactor(0, 1)
    splitter.setSizes([640, 380])
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
