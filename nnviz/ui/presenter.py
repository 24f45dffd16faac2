"""View ▸ Presenter mode: the pictures alone, in large text, for a projector.

Each tab's side and control panels (``TabPage.presenter_hidden_widgets()``) and the status bar
are hidden, and the text of the whole window (plots' axes and titles included, since they follow
the application font) is made PRESENTER_SCALE times larger. Leaving restores exactly what was:
each widget's own hidden flag and the text size from before.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

PRESENTER_SCALE = 1.5  # a 10 pt text becomes 15 pt: read from the back of a classroom


class Presenter:
    """Enter and leave presenter mode on a MainWindow; remembers what it changed."""

    def __init__(self, window):
        self.window = window
        self._hidden: list[tuple[QWidget, bool]] = []  # (widget, was it hidden before)
        self._text_pt: float | None = None

    def is_on(self) -> bool:
        return self._text_pt is not None

    def normal_text_pt(self) -> float:
        """The text size outside presenter mode (what the settings keep)."""
        return self._text_pt if self._text_pt is not None else self.window.text_size()

    def enter(self) -> None:
        if self.is_on():
            return
        window = self.window
        self._text_pt = window.text_size()
        widgets = [window.statusBar()]
        for page in window.pages.values():
            widgets.extend(page.presenter_hidden_widgets())
        self._hidden = [(w, w.isHidden()) for w in widgets]
        for widget, _ in self._hidden:
            widget.hide()
        window.set_text_size(self._text_pt * PRESENTER_SCALE)
        self._tell_pages(True)

    def leave(self) -> None:
        if not self.is_on():
            return
        self.window.set_text_size(self._text_pt)
        for widget, was_hidden in self._hidden:
            widget.setHidden(was_hidden)
        self._hidden, self._text_pt = [], None
        self._tell_pages(False)

    def _tell_pages(self, on: bool) -> None:
        # Once the layouts have taken the new room (the next turn of the event loop).
        for page in self.window.pages.values():
            QTimer.singleShot(0, page, lambda p=page: p.presenter_toggled(on))

    def toggle(self) -> bool:
        """Enter or leave; True when now on."""
        if self.is_on():
            self.leave()
        else:
            self.enter()
        return self.is_on()
