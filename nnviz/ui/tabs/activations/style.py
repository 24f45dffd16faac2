"""Activations tab: shared colours and small Qt helpers (no translated text here)."""

from __future__ import annotations

import math

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Colours in the spirit of the book's matplotlib figures.
BLUE, ORANGE, GREEN, RED = "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"
PURPLE, GREY, DARK_GREEN = "#9467bd", "#7f7f7f", "#2a7d2a"
NOTE_BACKGROUND = "#fbfaf3"
LEGEND_BRUSH = (255, 255, 255, 245)  # near-opaque: nothing shows through a legend


def set_colour(widget: QWidget, colour: str, role=QPalette.ColorRole.WindowText) -> None:
    """Colour a widget through its palette: a style sheet would freeze its font size, and View >
    Larger text must still reach it."""
    palette = widget.palette()
    palette.setColor(role, QColor(colour))
    widget.setPalette(palette)
    if role == QPalette.ColorRole.Window:
        widget.setAutoFillBackground(True)


def title_size() -> str:
    """Plot titles one point above the app's text size (setTitle would reset them to 11pt)."""
    return f"{QApplication.font().pointSizeF() + 1:.0f}pt"


def text_size() -> str:
    """The app's text size as pyqtgraph wants it for legends."""
    return f"{QApplication.font().pointSizeF():.0f}pt"


def format_h(h: float) -> str:
    """1e-4 as the book writes it: '1.0e-4'."""
    mantissa, exponent = f"{h:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}"


def format_value(v: float) -> str:
    if not math.isfinite(v):
        return str(v)
    return f"{v:.6f}" if abs(v) < 1e4 else f"{v:.4g}"
