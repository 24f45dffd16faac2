"""The base of every tab: translation, chapter note, hooks the main window calls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget


class TabPage(QWidget):
    """A tab of the main window.

    Subclasses set TAB_ID, build their widgets in __init__, set every visible string in
    retranslate() (and call it at the end of __init__), and stop any running work in shutdown().
    """

    TAB_ID = ""
    # The Code panel (nnviz.ui.widgets.code_panel) follows the current tab: a tab emits this
    # when what code_view() returns has changed (a step, another optimizer); the panel pulls.
    code_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        if type(self).step_actions is not TabPage.step_actions:
            from nnviz.ui.shortcuts import install_step_keys

            install_step_keys(self)  # → ← Space, asking step_actions() at each press

    def title(self) -> str:
        """The tab's translated title."""
        raise NotImplementedError

    def chapter_note(self) -> str:
        """One translated line naming the book's chapter(s), shown in Help and in the tab."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible string again (called on a language change)."""

    def shutdown(self) -> None:
        """Stop workers and timers; called before the window closes."""

    def unfinished_work(self) -> str:
        """What closing the window now would lose, as one translated sentence ("" when nothing).

        The main window asks every tab before it closes and shows these sentences in its question.
        """
        return ""

    def prepare_screenshot(self) -> None:
        """Put the tab in a state worth a picture for `nnviz --screenshot` (default: as it is)."""

    # Lesson files (nnviz.lesson_file, nnviz.ui.lessons): the tab's state as JSON-able values.
    def lesson_state(self) -> dict:
        """This tab's state for a lesson file: the keys of its lesson.py SCHEMA ({}: nothing)."""
        return {}

    def apply_lesson_state(self, state: dict) -> list[str]:
        """Show a lesson step's state (already checked against SCHEMA); returns what could not
        be applied, as translated sentences ([]: everything)."""
        return []

    # Model hooks: a tab that overrides these makes File > Open/Save model appear.
    def accepts_model(self) -> bool:
        return False

    def set_model(self, net, name: str) -> None:
        """Use a model loaded from a file (only called when accepts_model())."""

    def current_model(self):
        """The model this tab would save, or None."""
        return None

    def model_saved(self, net) -> None:
        """File > Save model has written `net` (this tab's current_model()) to a file."""

    def code_view(self):
        """The engine code this tab's view runs now, a CodeView (nnviz.ui.widgets.code_source):
        empty by default, which the panel says."""
        from nnviz.ui.widgets.code_source import CodeView

        return CodeView()

    # Presenting and the keyboard (nnviz.ui.presenter, nnviz.ui.shortcuts).
    def presenter_hidden_widgets(self) -> list[QWidget]:
        """The side and control panels that View > Presenter mode hides (default: the
        scrolling side panels that sit in a splitter beside the pictures)."""
        from PySide6.QtWidgets import QSplitter

        from nnviz.ui.widgets.scroll import _SidePanelScroll

        return [
            w
            for w in self.findChildren(_SidePanelScroll)
            if isinstance(w.parentWidget(), QSplitter)
        ]

    def presenter_toggled(self, on: bool) -> None:
        """Presenter mode has just been entered (on) or left: fit what depends on the room."""

    def step_actions(self) -> dict:
        """What the step keys do here: {"next" / "previous" / "play": callable}. A callable that
        returns False passes its key on (nothing to step on the page on screen)."""
        return {}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Only the tab on screen now; the others when shown. Retranslating all of them at
            # once froze the window for up to 0.9 s while a worker competed for the GIL.
            self._language_stale = not self.isVisible()
            if not self._language_stale:
                self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if getattr(self, "_language_stale", False):
            self._language_stale = False
            self.retranslate()
        super().showEvent(event)
