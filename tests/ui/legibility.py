"""What a class would see cut off: clipped widget text, overlapping or clipped plot text.

Each check returns readable problems ("training: QLabel 'Done: 92 %' needs 310 px, has 250"),
empty when everything can be read. Used by test_legibility.py over every tab of the tab table.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QWidget,
)

SLACK = 2  # pixels of rounding a text may overrun its box by before a reader would notice


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    return f"{type(widget).__name__} {text[:40]!r}"


def _shown(widget: QWidget) -> bool:
    """Visible and not scrolled out of sight of the tab (scrolling shows it: not a problem)."""
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def clipped_widgets(page: QWidget) -> list[str]:
    """Labels, buttons, check boxes and combo boxes narrower (or shorter) than their text."""
    problems = []
    for widget in page.findChildren(QWidget):
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            problems += _clipped_label(widget)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            problems += _clipped_button(widget)
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if need > field.width() + SLACK:
                problems.append(f"{_name(widget)} needs {need} px of text, has {field.width()}")
        problems += _clipped_by_parent(widget)
    return problems


def _clipped_button(button: QAbstractButton) -> list[str]:
    """The text (and icon) must fit where the style draws a button's contents."""
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        margin = 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
        has = contents.width() - margin
    else:
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        has = button.style().subElementRect(element, option, button).width()
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    need = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if need > has + SLACK:
        return [f"{_name(button)} needs {need} px of text, has {has}"]
    return []


def _clipped_label(label: QLabel) -> list[str]:
    inner = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(inner.width())
        if need > inner.height() + SLACK:
            return [f"{_name(label)} needs {need} px of height, has {inner.height()}"]
        return []
    need = label.minimumSizeHint().width() - (label.width() - inner.width())
    if need > inner.width() + SLACK:
        return [f"{_name(label)} needs {need} px, has {inner.width()}"]
    return []


def _clipped_by_parent(widget: QWidget) -> list[str]:
    """A widget that sticks out of its parent is cut off there (unless the parent scrolls it)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return []
    if isinstance(parent.parentWidget(), QAbstractScrollArea):
        return []  # the scrolled content of a scroll area: scrolling shows the rest
    if not isinstance(widget, (QLabel, QAbstractButton, QComboBox, pg.GraphicsView)):
        return []
    outside = widget.geometry().united(parent.rect()) != parent.rect()
    if outside and not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(
        widget.geometry()
    ):
        return [
            f"{_name(widget)} at {widget.geometry().getRect()} sticks out of its "
            f"{type(parent).__name__} ({parent.width()}×{parent.height()})"
        ]
    return []


# ---- plots --------------------------------------------------------------------------------
def _texts_of(plot: pg.PlotItem) -> list[tuple[str, QRectF]]:
    """(text, rectangle in scene coordinates) of every visible text drawn inside the plot area."""
    found = []
    for item in plot.vb.addedItems + plot.items:
        if isinstance(item, pg.TextItem) and item.isVisible() and item.textItem.toPlainText():
            found.append((item.textItem.toPlainText(), item.sceneBoundingRect()))
    legend = plot.legend
    if legend is not None and legend.isVisible() and legend.items:
        found.append(("legend", legend.sceneBoundingRect()))
    return _unique(found)


def _unique(found: list[tuple[str, QRectF]]) -> list[tuple[str, QRectF]]:
    seen, unique = set(), []
    for text, rect in found:
        key = (text, rect.getRect())
        if key not in seen:
            seen.add(key)
            unique.append((text, rect))
    return unique


def plot_problems(page: QWidget) -> list[str]:
    """In every visible plot: texts on top of each other, texts cut by the plot's edge, a title
    or axis label cut short, a legend you can see through."""
    problems = []
    for view in page.findChildren(pg.GraphicsView):
        if not _shown(view):
            continue
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        for item in view.scene().items():
            if isinstance(item, pg.PlotItem) and item.isVisible():
                problems += _plot_item_problems(item, visible)
    return problems


def _plot_item_problems(plot: pg.PlotItem, visible: QRectF) -> list[str]:
    problems = []
    title = plot.titleLabel
    name = title.text or "untitled plot"
    outer = plot.sceneBoundingRect()
    if not visible.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(outer):
        # pyqtgraph widens a plot to its title and labels, beyond the widget that shows it.
        problems.append(
            f"{name}: the plot needs {outer.width():.0f}×{outer.height():.0f} px, its widget "
            f"shows {visible.width():.0f}×{visible.height():.0f}: its edge is cut off"
        )
    area = plot.vb.sceneBoundingRect().intersected(visible)
    texts = _texts_of(plot)
    for index, (text, rect) in enumerate(texts):
        if not area.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            problems.append(f"{name}: {text!r} is cut by the plot's edge")
        for other, other_rect in texts[index + 1 :]:
            overlap = rect.intersected(other_rect)
            if overlap.width() > SLACK and overlap.height() > SLACK:
                problems.append(f"{name}: {text!r} and {other!r} overlap")
    if title.isVisible() and title.text:
        need, has = title.item.boundingRect().width(), plot.sceneBoundingRect().width()
        if need > has + SLACK:
            problems.append(f"{name}: the title needs {need:.0f} px, the plot is {has:.0f}")
    legend = plot.legend
    if legend is not None and legend.isVisible() and legend.items:
        brush = legend.opts.get("brush")
        if brush is None or brush.style() == Qt.BrushStyle.NoBrush or brush.color().alpha() < 200:
            problems.append(f"{name}: the legend is see-through")
    return problems
