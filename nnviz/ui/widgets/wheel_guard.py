"""The mouse wheel scrolls panels; it never changes a setting the user is not editing.

Qt's spin boxes, combo boxes and sliders take the wheel whenever the pointer is over them, so
scrolling a side panel could turn "Training images" 10000 → 10100 without anyone noticing. One
event filter per top-level window covers every such widget in it (including tabs written later,
without their authors doing anything): a widget of these kinds that has no keyboard focus passes
the wheel on to the panel that scrolls under it, so a click or Tab is the only way to start
editing it. Once it has focus it takes the wheel as usual.

The filter sits on the window's QWindow, where the platform delivers the wheel before Qt picks
the widget under the pointer: it sees only the window's input, not the thousands of events the
widgets exchange. (An application-wide filter saw them all, in Python: it alone made a language
switch take 140 ms instead of 36.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    """A widget whose value the wheel would change (a scroll bar only scrolls: not guarded)."""
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


def _guarded_widget(widget: QWidget | None) -> QWidget | None:
    """The guarded widget under the pointer: ``widget`` itself or what it is part of (the line
    edit inside a spin box or an editable combo box)."""
    for _ in range(3):
        if widget is None or is_guarded(widget):
            return widget
        widget = widget.parentWidget()
    return None


def _scroll_area_for(widget: QWidget, vertical: bool) -> QAbstractScrollArea | None:
    """The nearest enclosing scroll area that can scroll in the wheel's direction."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.verticalScrollBar() if vertical else parent.horizontalScrollBar()
            if bar.maximum() > bar.minimum():
                return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Event filter on a window's QWindow: see the module's docstring."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel:
            return False
        widget = _guarded_widget(self._window.childAt(event.position().toPoint()))
        if widget is None or widget.hasFocus():
            return False
        delta = event.angleDelta()
        vertical = abs(delta.y()) >= abs(delta.x())
        area = _scroll_area_for(widget, vertical)
        if area is not None:
            # Sent to the scroll bar directly: the bar is what a wheel over the panel's
            # background moves too.
            bar = area.verticalScrollBar() if vertical else area.horizontalScrollBar()
            QApplication.sendEvent(bar, _copy(event))
        event.accept()
        return True  # the widget never sees it: its value stays


def _copy(event: QWheelEvent) -> QWheelEvent:
    return QWheelEvent(
        event.position(),
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )


def install_wheel_guard(window: QWidget) -> WheelGuard:
    """Guard the top-level ``window`` (once; call when it is shown, so that it has a QWindow)."""
    guard = getattr(window, "_wheel_guard", None)
    if guard is None:
        guard = window._wheel_guard = WheelGuard(window)
    handle = window.windowHandle()
    if handle is not None:
        handle.removeEventFilter(guard)
        handle.installEventFilter(guard)
    return guard
