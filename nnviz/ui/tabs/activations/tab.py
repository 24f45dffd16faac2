"""Activations tab, ch3-4: activation functions beside their derivatives, softmax, numerical
differentiation."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.activations.code import activation_code
from nnviz.ui.tabs.activations.curves import ActivationsCurves
from nnviz.ui.tabs.activations.softmax import ActivationsSoftmax
from nnviz.ui.tabs.activations.state import NAMES
from nnviz.ui.widgets.code_source import CodeView
from nnviz.ui.widgets.scroll import vertical_scroll
from nnviz.ui.widgets.tab_page import TabPage

SIDE_PANEL_WIDTH = 380


class ActivationsTab(TabPage):
    """Pick a function: its curve and derivative (or softmax's bars) fill the plots."""

    TAB_ID = "activations"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.curves = ActivationsCurves(self)
        self.softmax = ActivationsSoftmax(self)

        self.views = QStackedWidget()
        self.views.addWidget(self.curves.view)
        self.views.addWidget(self.softmax.view)
        self.panel_controls = QStackedWidget()
        self.panel_controls.addWidget(self.curves.controls)
        self.panel_controls.addWidget(self.softmax.controls)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # <h3>: follows View > Larger text

        self.function_box = QGroupBox()
        grid = QGridLayout(self.function_box)
        self.function_group = QButtonGroup(self)
        self.function_buttons: dict[str, QRadioButton] = {}
        for i, name in enumerate((*NAMES, "softmax")):
            button = QRadioButton()
            self.function_group.addButton(button)
            self.function_buttons[name] = button
            grid.addWidget(button, i // 2, i % 2)
        self.function_buttons[self.curves.state.name].setChecked(True)
        self.curves.changed.connect(self.code_changed)  # x or h moved: the Code panel's values
        self.function_group.buttonToggled.connect(self._function_toggled)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.function_box)
        side_layout.addWidget(self.panel_controls)
        side_layout.addStretch(1)
        self.side_panel = vertical_scroll(side, SIDE_PANEL_WIDTH)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.views)
        splitter.addWidget(self.side_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1280 - SIDE_PANEL_WIDTH, SIDE_PANEL_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Activation functions")

    def chapter_note(self) -> str:
        return self.tr("Chapters 3–4: activation functions, softmax and numerical differentiation")

    def retranslate(self) -> None:
        self.heading.setText(f"<h3>{html.escape(self.chapter_note())}</h3>")
        self.function_box.setTitle(self.tr("Function"))
        names = self.curves.notes.function_names()
        for name in NAMES:
            self.function_buttons[name].setText(names[name])
        self.function_buttons["softmax"].setText(self.tr("Softmax function"))
        self.curves.retranslate()
        self.softmax.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            # View > Larger text: text drawn inside the plots follows the app's text size too.
            self.curves.apply_font()
            self.softmax.apply_font()
        super().changeEvent(event)

    def current_function(self) -> str:
        return next(n for n, b in self.function_buttons.items() if b.isChecked())

    def select_function(self, name: str) -> None:
        """Show `name` ("sigmoid", ..., or "softmax") as if its button had been clicked."""
        self.function_buttons[name].setChecked(True)

    def _function_toggled(self, button, checked: bool) -> None:
        if not checked:
            return
        name = self.current_function()
        if name == "softmax":
            self.views.setCurrentIndex(1)
            self.panel_controls.setCurrentIndex(1)
        else:
            self.views.setCurrentIndex(0)
            self.panel_controls.setCurrentIndex(0)
            self.curves.set_function(name)
        self.code_changed.emit()

    def prepare_screenshot(self) -> None:
        self.select_function("sigmoid")
        self.curves.error.numerical_check.setChecked(True)
        self.curves.error.method_buttons["forward"].setChecked(True)
        self.curves.error.h_slider.setValue(
            -3
        )  # h = 0.5: the secant still differs from the tangent
        self.curves.set_x(-2.0)

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        s = self.curves.state
        return {
            "function": self.current_function(),
            "x": float(s.x),
            "numerical": bool(s.show_numerical),
            "method": s.method,
            "log_h": float(s.log_h),
            "alpha": float(s.alpha),
        }

    def apply_lesson_state(self, state: dict) -> list[str]:
        """A missing key takes its value of a fresh tab: a step shows the same wherever from."""
        from nnviz.ui.tabs.activations.error import H_STEPS_PER_DECADE
        from nnviz.ui.tabs.activations.state import CurveState

        fresh = CurveState()
        self.select_function(state.get("function", fresh.name))
        error = self.curves.error
        error.numerical_check.setChecked(state.get("numerical", fresh.show_numerical))
        error.method_buttons[state.get("method", fresh.method)].setChecked(True)
        log_h = state.get("log_h", fresh.log_h)
        error.h_slider.setValue(round(log_h * H_STEPS_PER_DECADE))
        self.curves.state.log_h = log_h  # the slider's step is 0.1; the book's h stays exact
        self.curves.alpha_spin.setValue(state.get("alpha", fresh.alpha))
        self.curves.set_x(state.get("x", fresh.x))
        return []

    # ---- the Code panel (issue 21) ------------------------------------------------------------

    def code_view(self) -> CodeView:
        """The chosen function, its derivative and numerical_diff, from the engine."""
        name = self.current_function()
        if name == "softmax":
            return activation_code(name)
        state = self.curves.state
        return activation_code(name, state.x, state.h)


Tab = ActivationsTab
