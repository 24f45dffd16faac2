"""A view as a picture for slides and handouts: PNG (at 1×, 2× or 4× for print) or SVG.

The widget paints itself into the file (``QWidget.render``), plots included, so what is saved is
what the screen shows; in an SVG the plots' lines and text stay vectors.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget


def render_image(widget: QWidget, scale: int = 1) -> QImage:
    """``widget`` painted again at ``scale`` × its size: lines and text drawn at that resolution,
    not a screen grab enlarged (File > Export view, Edit > Copy image)."""
    image = QImage(widget.size() * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)  # painted at the widget's size, stored at ×scale
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    widget.render(painter, QPoint(0, 0))
    painter.end()
    image.setDevicePixelRatio(1)  # a file or the clipboard: its pixels are its size
    return image


def save_png(widget: QWidget, path, scale: int = 1) -> None:
    """``widget`` as a PNG of ``scale`` times its size on screen (raises OSError)."""
    image = render_image(widget, scale)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def save_svg(widget: QWidget, path, title: str = "nnviz") -> None:
    """``widget`` as an SVG drawing (raises OSError)."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    widget.render(painter, QPoint(0, 0))
    painter.end()
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise OSError(f"could not write {path}")


def save_figure(widget: QWidget, path, scale: int = 2, title: str = "nnviz") -> Path:
    """PNG or SVG by the file's extension (anything else: PNG, the extension added); returns
    the path written."""
    path = Path(path)
    if path.suffix.lower() == ".svg":
        save_svg(widget, path, title)
        return path
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    save_png(widget, path, scale)
    return path
