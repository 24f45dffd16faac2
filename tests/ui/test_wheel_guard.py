"""The mouse wheel over a setting the user is not editing scrolls the panel, in every tab."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)

from nnviz.ui.tabs import available_tabs
from nnviz.ui.widgets.wheel_guard import is_guarded

NOTCH = 120  # one notch of a mouse wheel, in Qt's eighths of a degree


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One wheel turn over the middle of `widget` (negative: towards the user, scrolls down),
    delivered as the platform does: to the window, which passes it to the widget under it."""
    window = widget.window()
    point = widget.rect().center()
    if isinstance(widget, (QAbstractSpinBox, QComboBox)):
        # Over the arrows: the box itself. (Over the text, the line edit inside gets it and
        # passes it to the box only if the event is the platform's own, which a test's is not.)
        point.setX(widget.width() - 4)
    centre = QPointF(widget.mapTo(window, point))
    event = QWheelEvent(
        centre,
        QPointF(window.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, notches * NOTCH),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(window.windowHandle(), event)


def value_of(widget: QWidget):
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    raise TypeError(widget)


def scrollable_bar(widget: QWidget):
    """The vertical scroll bar of the nearest enclosing scroll area that can scroll, or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.verticalScrollBar()
            if bar.maximum() > bar.minimum():
                return bar
        parent = parent.parentWidget()
    return None


def bring_into_view(widget: QWidget) -> None:
    """Scroll the panels around ``widget`` until it is on screen, where a pointer can be."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()


def guarded_widgets(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget) if is_guarded(w) and w.isVisible()]


@pytest.fixture
def short_window(window, qtbot):
    """1024×600 with larger text: the side panels are taller than the window and scroll."""
    window.resize(1024, 600)
    window.larger_action.trigger()
    qtbot.wait(20)
    return window


@pytest.mark.parametrize("tab_id", [t.tab_id for t in available_tabs()])
def test_the_wheel_over_an_unfocused_setting_scrolls_and_leaves_its_value(
    short_window, qtbot, tab_id
):
    window = short_window
    window.show_tab(tab_id)
    page = window.page(tab_id)
    qtbot.wait(50)
    widgets = guarded_widgets(page)
    assert widgets, f"{tab_id}: no spin box, combo box or slider found to test"
    for widget in widgets:
        widget.clearFocus()
        bring_into_view(widget)
        bar = scrollable_bar(widget)
        start = bar.value() if bar is not None else None
        down = bar is None or start < bar.maximum()  # scroll the way the panel can go
        before = value_of(widget)
        wheel(widget, -1 if down else +1)
        assert value_of(widget) == before, f"{tab_id}: the wheel changed {widget!r}"
        assert not widget.hasFocus(), f"{tab_id}: the wheel focused {widget!r}"
        if bar is not None:
            assert bar.value() != start, f"{tab_id}: the panel under {widget!r} stayed"
        wheel(widget, +1 if down else -1)
        assert value_of(widget) == before, f"{tab_id}: the wheel changed {widget!r}"


def test_training_images_keeps_10000_when_the_wheel_turns_over_it(short_window, qtbot):
    window = short_window
    window.show_tab("training")
    box = window.page("training").builder.train_size
    before = box.value()
    bar = scrollable_bar(box)
    assert bar is not None, "at 1024×600 with larger text the training panel should scroll"
    bar.setValue(0)
    bring_into_view(box)
    start = bar.value()
    assert start < bar.maximum()
    wheel(box.lineEdit(), -1)  # the pointer is over the text inside the box
    wheel(box, -1)
    assert box.value() == before
    assert bar.value() > start


def test_a_focused_spin_box_still_takes_the_wheel(window, qtbot):
    window.show_tab("training")
    box = window.page("training").builder.train_size
    bring_into_view(box)
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    before = box.value()
    wheel(box, +1)
    assert box.value() == before + box.singleStep()


def test_a_scroll_bar_still_scrolls_with_the_wheel(short_window, qtbot):
    short_window.show_tab("training")
    bar = scrollable_bar(short_window.page("training").builder.train_size)
    bar.setValue(0)
    wheel(bar, -1)
    assert bar.value() > 0
