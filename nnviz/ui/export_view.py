"""File ▸ Export view… and Edit ▸ Copy image: what the current tab shows, for slides and handouts.

PNG at 1×, 2× or 4× (the widget painted again at that resolution, not a bitmap scaled up), SVG
(the widget painted into Qt's SVG generator: lines and text stay vectors), and CSV (every curve of
the tab's visible plots, two columns each, the header naming the plot and the curve).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from nnviz.ui.settings import app_settings, read_setting
from nnviz.ui.widgets.figure_export import render_image, save_png, save_svg

FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"


@dataclass(frozen=True)
class ExportFormat:
    key: str  # stored in the settings: the last one chosen is offered first
    suffix: str
    scale: int = 1  # PNG only


FORMATS = (
    ExportFormat("png1", ".png", 1),
    ExportFormat("png2", ".png", 2),
    ExportFormat("png4", ".png", 4),
    ExportFormat("svg", ".svg"),
    ExportFormat("csv", ".csv"),
)


def format_filters() -> dict[str, ExportFormat]:
    """The save dialog's filters, translated, each naming its format."""
    names = (
        QCoreApplication.translate("ExportView", "PNG image, screen size (*.png)"),
        QCoreApplication.translate("ExportView", "PNG image, 2× for print (*.png)"),
        QCoreApplication.translate("ExportView", "PNG image, 4× for print (*.png)"),
        QCoreApplication.translate("ExportView", "SVG drawing (*.svg)"),
        QCoreApplication.translate("ExportView", "CSV data of the plots (*.csv)"),
    )
    return dict(zip(names, FORMATS, strict=True))


# ---- pictures -------------------------------------------------------------------------------
def copy_image(widget: QWidget, scale: int = 2) -> QImage:
    """Put ``widget`` on the clipboard as an image (2×: sharp on a slide)."""
    image = render_image(widget, scale)
    QApplication.clipboard().setImage(image)
    return image


# ---- data -----------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """A plot title or legend name without its HTML."""
    text = re.sub(r"<br\s*/?>", " ", text or "")
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\s+", " ", text.replace("&nbsp;", " ")).strip()


def visible_plots(widget: QWidget) -> list[pg.PlotWidget]:
    """The pyqtgraph plots on screen in ``widget``, top to bottom, left to right."""
    plots = [p for p in widget.findChildren(pg.PlotWidget) if p.isVisibleTo(widget)]
    if isinstance(widget, pg.PlotWidget):
        plots.insert(0, widget)

    def where(plot):
        pos = plot.mapTo(widget, QPoint(0, 0)) if plot is not widget else QPoint(0, 0)
        return (pos.y(), pos.x())

    return sorted(plots, key=where)


def plot_columns(widget: QWidget) -> list[tuple[str, np.ndarray]]:
    """(header, values) pairs: an x and a y column for every curve and scatter of every plot."""
    columns = []
    for number, plot in enumerate(visible_plots(widget), start=1):
        item = plot.getPlotItem()
        if item is None:
            continue
        legend = {}  # a curve's name as its legend shows it (some are added to the legend only)
        for sample, label in getattr(item.legend, "items", []) if item.legend else []:
            legend[id(getattr(sample, "item", None))] = _plain(label.text)
        title = _plain(item.titleLabel.text) or QCoreApplication.translate(
            "ExportView", "plot {0}"
        ).format(number)
        for index, data in enumerate(item.listDataItems(), start=1):
            if not data.isVisible():
                continue
            if isinstance(data, pg.PlotDataItem) and data.xData is not None:
                x, y = data.xData, data.yData  # as given: not log-scaled, not thinned for display
            else:
                x, y = data.getData()
            if x is None or y is None or len(x) == 0:
                continue
            name = (
                _plain(data.name() or "")
                or legend.get(id(data))
                or QCoreApplication.translate("ExportView", "curve {0}").format(index)
            )
            columns.append((f"{title} · {name} · x", np.asarray(x, dtype=float)))
            columns.append((f"{title} · {name} · y", np.asarray(y, dtype=float)))
    return columns


def save_csv(widget: QWidget, path) -> int:
    """The plotted data of ``widget`` as CSV, one column per x and y; returns the curve count."""
    columns = plot_columns(widget)
    if not columns:
        raise ValueError(
            QCoreApplication.translate(
                "ExportView", "This view has no plotted curves to save as data."
            )
        )
    rows = max(len(values) for _, values in columns)
    # utf-8 with its BOM: Excel then reads Chinese and Japanese headers right.
    with open(path, "w", newline="", encoding="utf-8-sig") as file:
        writer = csv.writer(file)
        writer.writerow([header for header, _ in columns])
        for row in range(rows):
            writer.writerow(
                [repr(float(values[row])) if row < len(values) else "" for _, values in columns]
            )
    return len(columns) // 2


# ---- the whole export -----------------------------------------------------------------------
def export(widget: QWidget, path, fmt: ExportFormat, title: str = "nnviz") -> Path:
    """Write ``widget`` to ``path`` in ``fmt`` (the suffix added when missing); returns the path.

    Raises OSError when the file cannot be written, ValueError when there is no data for a CSV.
    """
    path = Path(path)
    if path.suffix.lower() != fmt.suffix:
        path = path.with_name(path.name + fmt.suffix)
    if fmt.key == "svg":
        save_svg(widget, path, title)
    elif fmt.key == "csv":
        save_csv(widget, path)
    else:
        save_png(widget, path, fmt.scale)
    return path


def format_by_key(key: str) -> ExportFormat:
    return next((f for f in FORMATS if f.key == key), FORMATS[0])


def format_for_path(path, fallback: ExportFormat) -> ExportFormat:
    """The format a file name asks for: ``fallback`` when its extension is the fallback's, none
    or unknown; else the first format with that extension (a name typed with .svg is an SVG,
    whatever file type was left chosen)."""
    suffix = Path(path).suffix.lower()
    if suffix in ("", fallback.suffix):
        return fallback
    return next((f for f in FORMATS if f.suffix == suffix), fallback)


def ask_export_path(parent: QWidget, suggested_name: str) -> tuple[str, ExportFormat] | None:
    """The save dialog: the last folder and format offered first; None when cancelled."""
    filters = format_filters()
    last = format_by_key(read_setting(FORMAT_KEY, str, "png2"))
    folder = read_setting(FOLDER_KEY, str, "")
    if not folder or not Path(folder).is_dir():
        folder = str(Path.home())
    chosen_filter = next(name for name, f in filters.items() if f == last)
    path, selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportView", "Export view"),
        str(Path(folder) / (suggested_name + last.suffix)),
        ";;".join(filters),
        chosen_filter,
    )
    if not path:
        return None
    return path, format_for_path(path, filters.get(selected) or last)


def remember(path: Path, fmt: ExportFormat) -> None:
    settings = app_settings()
    settings.setValue(FOLDER_KEY, str(Path(path).parent))
    settings.setValue(FORMAT_KEY, fmt.key)
