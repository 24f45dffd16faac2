"""A horizontal slider for a decimal value, with the value written beside it.

QSlider only holds integers; this one holds ``value = position × step`` and shows it formatted,
so "Noise 0.15" or "Test share 30 %" can be read from the back of a classroom while dragging.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget


class ValueSlider(QWidget):
    """``minimum``…``maximum`` in steps of ``step``; ``text(value)`` is what the label shows."""

    valueChanged = Signal(float)  # noqa: N815 - Qt's naming, like QSlider's

    def __init__(self, minimum: float, maximum: float, step: float, text=str, parent=None):
        super().__init__(parent)
        self._step, self._text = step, text
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(round(minimum / step), round(maximum / step))
        self.slider.setPageStep(max(1, (self.slider.maximum() - self.slider.minimum()) // 10))
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Wide enough for the longest value, so the slider does not jump while dragging.
        widest = max((text(minimum), text(maximum)), key=len)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(widest + "0"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.slider.valueChanged.connect(self._on_slider)
        self._show()

    def value(self) -> float:
        return round(self.slider.value() * self._step, 10)

    def setValue(self, value: float) -> None:  # noqa: N802 - Qt's naming
        """Move to the nearest step (emits valueChanged if the position changes)."""
        self.slider.setValue(round(value / self._step))
        self._show()

    def _on_slider(self) -> None:
        self._show()
        self.valueChanged.emit(self.value())

    def _show(self) -> None:
        self.label.setText(self._text(self.value()))
