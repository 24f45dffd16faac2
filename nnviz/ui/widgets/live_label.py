"""A label whose text changes many times a second (a step counter, a loss) without relayouting
the window each time.

QLabel.setText asks the layouts above it to recompute at every change (updateGeometry), even
when the new text needs no more room. Beside plots that cascaded, 20 times a second, into a
repaint of the whole window: measured in the Playground, GUI stalls of 60 ms instead of 40 ms.
Here the QLabel sits in a widget without a layout, so its requests stop there; the widget asks
its own layout for room only when the text needs another number of lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class LiveLabel(QWidget):
    """Use like a QLabel (``setText``, ``text``); ``label`` is the QLabel inside."""

    def __init__(self, parent=None, word_wrap: bool = True):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(word_wrap)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._height = self._needed_height(self.width())

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name
        self.label.setText(text)
        self._fit()

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - QLabel's name
        self.label.setWordWrap(on)
        self._fit()

    def _needed_height(self, width: int) -> int:
        if self.label.wordWrap() and width > 0:
            return self.label.heightForWidth(width)
        return self.label.sizeHint().height()

    def _fit(self) -> None:
        height = self._needed_height(self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()

    # ---- what the layout asks ------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return self.label.wordWrap()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._needed_height(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self.label.sizeHint()
        return QSize(hint.width(), self._needed_height(hint.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.label.minimumSizeHint().width(), self._height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.label.setGeometry(self.rect())
        self._fit()
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._height = -1  # the lines are taller or shorter now: ask for room again
            self._fit()
        super().changeEvent(event)
