"""The mouse wheel scrolls panels; it never changes a setting the user is not editing.

Qt's spin boxes, combo boxes and sliders take the wheel whenever the pointer is over them, so
scrolling a side panel could turn "Training images" 10000 → 10100 without anyone noticing. One
application-wide event filter, installed once by the main window, covers every such widget of
every tab (including tabs written later, without their authors doing anything): a widget of
these kinds that has no keyboard focus passes the wheel on to the panel that scrolls under it,
and it no longer takes focus from the wheel either (Qt.StrongFocus), so a click or Tab is the
only way to start editing it. Once it has focus it takes the wheel as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    """A widget whose value the wheel would change (a scroll bar only scrolls: not guarded)."""
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


def _guarded_widget(obj: QObject) -> QWidget | None:
    """The guarded widget an event is for: itself, or the spin box / combo around a line edit."""
    if is_guarded(obj):
        return obj
    parent = obj.parent() if isinstance(obj, QLineEdit) else None
    return parent if parent is not None and is_guarded(parent) else None


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
    """Application event filter: see the module's docstring."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and is_guarded(obj):
            # Before Qt's own wheel handling can give the widget focus (WheelFocus is the default).
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        widget = _guarded_widget(obj)
        if widget is None or widget.hasFocus():
            return False
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        delta = event.angleDelta()
        vertical = abs(delta.y()) >= abs(delta.x())
        area = _scroll_area_for(widget, vertical)
        if area is not None:
            # Sent to the scroll bar directly: Qt does not pass synthesized wheel events on to
            # parents, and the bar is what a wheel over the panel's background moves too.
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


_guard: WheelGuard | None = None


def install_wheel_guard() -> WheelGuard:
    """Install the filter on the application once (later calls return the same filter)."""
    global _guard
    app = QApplication.instance()
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
