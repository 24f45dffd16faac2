"""The keys that drive a stepped view (→ ← Space), and Help ▸ Keyboard shortcuts.

One table, STEP_KEYS, installs the keys on every tab and writes their rows in the help; the
window's own shortcuts are read back from its menu actions. The help cannot disagree with the keys.

A key goes to the tab's action only when the focused widget does not want it: a text field or spin
box takes ← → and Space itself (Qt asks it first), and a focused slider, list, table or combo box
gets its key passed on, so a key never moves a view while the student is typing or sliding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class StepKey:
    name: str  # the key of a tab's step_actions()
    key: Qt.Key


# The keys of every stepped view (TF Playground's Player: step, back, play / pause).
STEP_KEYS = (
    StepKey("next", Qt.Key.Key_Right),
    StepKey("previous", Qt.Key.Key_Left),
    StepKey("play", Qt.Key.Key_Space),
)

# Focused widgets that use these keys themselves: the key is passed on to them.
KEY_USERS = (
    QAbstractSlider,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
)
SPACE_USERS = (QCheckBox, QRadioButton)  # Space ticks them; the arrows still step


def wants_key(widget, key: Qt.Key) -> bool:
    """Whether a focused ``widget`` uses ``key`` itself (Space ticks a focused check box)."""
    if isinstance(widget, KEY_USERS):
        return True
    return key == Qt.Key.Key_Space and isinstance(widget, SPACE_USERS)


def step_key_texts() -> dict[str, str]:
    """What each step key does, translated."""
    return {
        "next": QCoreApplication.translate("Shortcuts", "Next step"),
        "previous": QCoreApplication.translate("Shortcuts", "Previous step"),
        "play": QCoreApplication.translate("Shortcuts", "Play / pause (start / pause a training)"),
    }


def key_text(key: Qt.Key) -> str:
    """The key's name as the keyboard shows it (arrows as arrows in every language)."""
    arrows = {Qt.Key.Key_Right: "→", Qt.Key.Key_Left: "←"}
    return arrows.get(key) or QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def press_step_key(page, step: StepKey) -> bool:
    """Do what `step` does in `page` (a TabPage); False when the key was passed on instead."""
    focus = QApplication.focusWidget()
    action = None
    if not wants_key(focus, step.key):
        action = page.step_actions().get(step.name)
    if action is not None and action() is not False:
        return True
    if focus is not None and focus is not page:
        # No step here (or the widget wants the key): give the key to the focused widget, with
        # the step keys off meanwhile (a key sent by hand is offered to the shortcuts first).
        shortcuts = getattr(page, "_step_shortcuts", [])
        for shortcut in shortcuts:
            shortcut.setEnabled(False)
        try:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, step.key, Qt.KeyboardModifier.NoModifier)
                QApplication.sendEvent(focus, event)
        finally:
            for shortcut in shortcuts:
                shortcut.setEnabled(True)
    return False


def install_step_keys(page) -> list[QShortcut]:
    """The STEP_KEYS on `page` (and its children); the page's step_actions() is asked each time,
    so a tab whose steps change with its sub-page needs nothing more."""
    shortcuts = []
    for step in STEP_KEYS:
        shortcut = QShortcut(QKeySequence(step.key), page)
        # The whole window, so the keys work before anything in the tab was clicked (a hidden
        # tab's keys do not fire: Qt matches only shortcuts of visible widgets).
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda p=page, s=step: press_step_key(p, s))
        shortcuts.append(shortcut)
    page._step_shortcuts = shortcuts
    return shortcuts


def menu_text(text: str) -> str:
    """A menu item's text as read: no mnemonic ("&Quit", "退出(&Q)"), no trailing "…"."""
    text = re.sub(r"\s*[(（]&\w[)）]", "", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...")


def action_rows(actions) -> list[tuple[str, str]]:
    """(keys, what) for every QAction with a shortcut, in menu order."""
    rows = []
    for action in actions:
        keys = action.shortcuts()
        if not keys:
            continue
        names = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((names, menu_text(action.text())))
    return rows


def step_rows(pages) -> list[tuple[str, str]]:
    """(key, what — in which tabs) for each STEP_KEY some tab uses."""
    texts = step_key_texts()
    rows = []
    for step in STEP_KEYS:
        titles = [p.title() for p in pages if step.name in p.step_actions()]
        if titles:
            where = QCoreApplication.translate("Shortcuts", "in: {0}").format(", ".join(titles))
            rows.append((key_text(step.key), f"{texts[step.name]} — {where}"))
    return rows


def shortcuts_html(window) -> str:
    """The table of Help ▸ Keyboard shortcuts: the window's menu keys, then the step keys."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    actions = [a for menu in menus for a in menu.actions()]
    sections = (
        (QCoreApplication.translate("Shortcuts", "Menus"), action_rows(actions)),
        (
            QCoreApplication.translate(
                "Shortcuts", "Stepped views (when no text field has the keyboard)"
            ),
            step_rows(window.pages.values()),
        ),
    )
    html = "<table cellspacing='0' cellpadding='4'>"
    for heading, rows in sections:
        html += f"<tr><td colspan='2'><h3>{heading}</h3></td></tr>"
        html += "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
    return html + "</table>"


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: a scrolling table, rebuilt in the language on screen."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidget(self.label)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
        self.label.setText(shortcuts_html(self._window))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
