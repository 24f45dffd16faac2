"""A view as a picture for slides and handouts: PNG (at 1×, 2× or 4× for print) or SVG.

The widget paints itself into the file (``QWidget.render``), plots included, so what is saved is
what the screen shows; in an SVG the plots' lines and text stay vectors.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
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
    items = _plot_items(widget)
    for item in items:  # as pyqtgraph's exporters do: scatter symbols drawn as paths, not
        item.setExportMode(True, {"antialias": True})  # cut from a cached pixmap atlas
    try:
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
        for item in items:
            item.setExportMode(False)
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise OSError(f"could not write {path}")
    bake_plot_transforms(path)


def _plot_items(widget: QWidget) -> list:
    """Every pyqtgraph item of the plots inside ``widget`` (they know an export mode)."""
    import pyqtgraph as pg

    views = widget.findChildren(pg.GraphicsView)
    if isinstance(widget, pg.GraphicsView):
        views.append(widget)
    return [
        item for view in views for item in view.scene().items() if isinstance(item, pg.GraphicsItem)
    ]


SVG_NS, XLINK_NS = "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"
MATRIX = re.compile(r"matrix\(([^)]*)\)")
PAIR = re.compile(r"(-?[\d.]+(?:[eE][-+]?\d+)?),(-?[\d.]+(?:[eE][-+]?\d+)?)")


def bake_plot_transforms(path) -> None:
    """Move the data-to-screen scaling of plotted lines into their coordinates.

    Qt writes a plot's curves in data units inside ``<g transform="matrix(25.8, ...)">`` with
    ``vector-effect="non-scaling-stroke"``. Viewers without that effect (librsvg, Inkscape's
    import, slide programs) drew every line 25 times as thick: filled blobs on a black plot.
    Groups holding only such paths get their points transformed and an identity matrix.
    """
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    tree = ET.parse(path)
    for group in tree.iter(f"{{{SVG_NS}}}g"):
        match = MATRIX.fullmatch(group.get("transform", ""))
        children = list(group)
        if (
            match is None
            or not children
            or any(
                child.tag != f"{{{SVG_NS}}}path"
                or child.get("vector-effect") != "non-scaling-stroke"
                for child in children
            )
        ):
            continue
        a, b, c, d, e, f = (float(v) for v in match.group(1).split(","))

        def moved(pair, a=a, b=b, c=c, d=d, e=e, f=f) -> str:
            x, y = float(pair.group(1)), float(pair.group(2))
            return f"{a * x + c * y + e:.6g},{b * x + d * y + f:.6g}"

        for child in children:
            child.set("d", PAIR.sub(moved, child.get("d", "")))
            del child.attrib["vector-effect"]
        group.set("transform", "matrix(1,0,0,1,0,0)")
    tree.write(path, encoding="utf-8", xml_declaration=True)


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
