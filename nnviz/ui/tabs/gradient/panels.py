"""Controls of the Gradient tab: the function box, the descent (ch4) and race (ch6) pages, the
status line."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.gradient.model import FUNCTIONS, RACE_ORDER, DescentRun, RaceRun
from nnviz.ui.tabs.gradient.plot import RACE_COLOURS


class LrSpinBox(QDoubleSpinBox):
    """A learning-rate box for any η from 1e-12 to 100: shows 0.1 or 1e-10, steps 1-2-5."""

    def __init__(self, value: float = 0.1, parent=None):
        super().__init__(parent)
        self.setDecimals(14)  # QDoubleSpinBox rounds every value to this many decimals
        self.setRange(1e-12, 100.0)
        self.setKeyboardTracking(False)  # one valueChanged when the user is done typing
        self.setValue(value)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        try:
            value = float(text)
        except ValueError:
            partial = text.strip().lower()
            ok = all(c in "0123456789.e-+" for c in partial)
            state = QValidator.State.Intermediate if ok else QValidator.State.Invalid
            return state, text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        """Up/down walk the 1-2-5 ladder (…, 0.01, 0.02, 0.05, 0.1, …)."""
        exponent = math.floor(math.log10(self.value()) + 1e-9)
        ladder = [m * 10.0**e for e in range(exponent - 1, exponent + 2) for m in (1, 2, 5)]
        current = self.value()
        if steps > 0:
            bigger = [v for v in ladder if v > current * (1 + 1e-9)]
            self.setValue(bigger[0] if bigger else current)
        elif steps < 0:
            smaller = [v for v in ladder if v < current * (1 - 1e-9)]
            self.setValue(smaller[-1] if smaller else current)


def _wrapped_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class DescentPanel(QWidget):
    """Ch4.4.1 controls: learning rate, number of steps, the book's three lr presets."""

    lr_changed = Signal(float)
    steps_changed = Signal(int)
    preset_chosen = Signal(str)  # a key of LR_PRESETS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.explanation = _wrapped_label()
        self.lr_box = LrSpinBox(0.1)
        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, 2000)
        self.steps_box.setValue(100)
        self.steps_box.setKeyboardTracking(False)
        self.lr_label, self.steps_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.lr_label, self.lr_box)
        form.addRow(self.steps_label, self.steps_box)
        self.presets_label = QLabel()
        self.preset_buttons = {}
        for key in ("converges", "diverges", "stalls"):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, k=key: self.preset_chosen.emit(k))
            self.preset_buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.presets_label)
        for button in self.preset_buttons.values():
            layout.addWidget(button)
        layout.addStretch(1)
        self.lr_box.valueChanged.connect(self.lr_changed)
        self.steps_box.valueChanged.connect(self.steps_changed)
        self.retranslate()

    def set_values(self, lr: float, steps: int) -> None:
        """Show lr and steps without echoing them back as user changes."""
        for box, value in ((self.lr_box, lr), (self.steps_box, steps)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "Gradient descent (ch4.4): x ← x − η∇f(x). Each step goes against the gradient, "
                "η (the learning rate) times its size. Too large an η overshoots and diverges; "
                "too small an η barely moves."
            )
        )
        self.lr_label.setText(self.tr("Learning rate η:"))
        self.steps_label.setText(self.tr("Steps:"))
        self.presets_label.setText(self.tr("The book's example, x0² + x1² from (−3, 4):"))
        self.preset_buttons["converges"].setText(self.tr("η = 0.1: converges"))
        self.preset_buttons["diverges"].setText(self.tr("η = 10: diverges"))
        self.preset_buttons["stalls"].setText(self.tr("η = 1e-10: barely moves"))


def format_loss(loss: float) -> str:
    """One format for every row (1.33e-02, 2.13e-06): the exponents compare at a glance."""
    return f"{loss:.2e}"


class RacePanel(QWidget):
    """Ch6 controls: the six optimizers, each with its colour, learning rate and current loss."""

    lr_changed = Signal(str, float)
    steps_changed = Signal(int)
    shown_changed = Signal(str, bool)
    book_preset_chosen = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.explanation = _wrapped_label()
        self.book_button = QPushButton()
        self.book_button.clicked.connect(self._emit_book_preset)
        self.steps_label = QLabel()
        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, 1000)
        self.steps_box.setValue(30)
        self.steps_box.setKeyboardTracking(False)
        self.steps_box.valueChanged.connect(self.steps_changed)
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps_label)
        steps_row.addWidget(self.steps_box, 1)

        grid = QGridLayout()
        self.header_labels = [QLabel(), QLabel(), QLabel()]
        for column, label in enumerate(self.header_labels):
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        self.checks: dict[str, QCheckBox] = {}
        self.lr_boxes: dict[str, LrSpinBox] = {}
        self.loss_labels: dict[str, QLabel] = {}
        for row, name in enumerate(RACE_ORDER, start=1):
            check = QCheckBox(name)  # optimizer names are the book's, never translated
            check.setChecked(True)
            colour = RACE_COLOURS[name]
            check.setStyleSheet(
                f"QCheckBox {{ color: {colour}; font-weight: bold; }}"
                f"QCheckBox::indicator:checked {{ background: {colour}; border: 1px solid #333; }}"
            )
            check.toggled.connect(lambda on, n=name: self.shown_changed.emit(n, on))
            box = LrSpinBox(0.01)
            box.valueChanged.connect(lambda v, n=name: self.lr_changed.emit(n, v))
            loss = QLabel("–")
            loss.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            loss.setMinimumWidth(loss.fontMetrics().horizontalAdvance("−0.000000"))
            grid.addWidget(check, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(loss, row, 2)
            self.checks[name], self.lr_boxes[name], self.loss_labels[name] = check, box, loss
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.book_button)
        layout.addLayout(steps_row)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._losses: dict[str, tuple[float, bool]] = {}
        self.retranslate()

    def _emit_book_preset(self) -> None:
        self.book_preset_chosen.emit()

    def set_values(self, lrs: dict, steps: int) -> None:
        """Show the race's settings without echoing them back as user changes."""
        for name, box in self.lr_boxes.items():
            box.blockSignals(True)
            box.setValue(lrs[name])
            box.blockSignals(False)
        self.steps_box.blockSignals(True)
        self.steps_box.setValue(steps)
        self.steps_box.blockSignals(False)

    def set_losses(self, losses: dict) -> None:
        """losses: name -> (f at the current point, diverged?)."""
        self._losses = dict(losses)
        for name, (loss, diverged) in self._losses.items():
            label = self.loss_labels[name]
            if diverged or not math.isfinite(loss):
                label.setText(self.tr("diverged"))
                label.setStyleSheet("color: #c00000; font-weight: bold;")
            else:
                label.setText(format_loss(loss))
                label.setStyleSheet("")

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "The optimizers of chapter 6 start from the same point and take their steps "
                "together. Click on the plot to start the race there; change a learning rate to "
                "see its path change."
            )
        )
        self.book_button.setText(self.tr("The book's race: x²/20 + y² from (−7, 2), 30 steps"))
        self.steps_label.setText(self.tr("Steps:"))
        for label, text in zip(
            self.header_labels,
            (self.tr("Optimizer"), self.tr("Learning rate η"), self.tr("Loss f(x)")),
            strict=True,
        ):
            label.setText(text)
        self.set_losses(self._losses)


class FunctionBox(QGroupBox):
    """Which f is drawn (its formula, never translated) and a note on what it teaches."""

    function_chosen = Signal(str)  # a key of FUNCTIONS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.combo = QComboBox()
        for fn in FUNCTIONS.values():
            self.combo.addItem(fn.label, fn.key)
        self.combo.currentIndexChanged.connect(self._emit_chosen)
        self.note = _wrapped_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self.retranslate()

    def key(self) -> str:
        return self.combo.currentData()

    def show_key(self, key: str) -> None:
        """Select `key` without emitting function_chosen."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(key))
        self.combo.blockSignals(False)
        self.retranslate()

    def _emit_chosen(self, _index: int) -> None:
        self.retranslate()
        self.function_chosen.emit(self.key())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Function"))
        notes = {
            "sphere": self.tr(
                "The book's example (ch4): a round bowl. Every arrow points straight at the "
                "minimum (0, 0), and arrows are longer where the bowl is steeper."
            ),
            "elongated": self.tr(
                "The book's example (ch6): flat along x, steep along y. Most arrows point across "
                "the valley rather than at the minimum, so plain SGD zigzags."
            ),
            "rosenbrock": self.tr(
                "Rosenbrock's banana valley: descent falls into the valley at once, then crawls "
                "along its flat floor towards the minimum (1, 1)."
            ),
            "saddle": self.tr(
                "A saddle: the gradient is zero at (0, 0), yet it is a minimum along x0 and a "
                "maximum along x1. Descent slows down there, then slides off along x1."
            ),
            "himmelblau": self.tr(
                "Himmelblau's function has four minima (stars): where you click decides which "
                "one gradient descent finds."
            ),
        }
        self.note.setText(notes[self.key()])


STATUS_STYLES = {
    "normal": "",
    "good": "background: #e3f4e1; color: #1b5e20;",
    "warn": "background: #fff3cd; color: #7a5300;",
    "bad": "background: #fde2e2; color: #b00020;",
}


class StatusLine(QLabel):
    """One line under the plot: where the run is, and how it ended (diverged in red)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMargin(6)
        self._show = lambda: None

    def show_race(self, race: RaceRun) -> None:
        self._show = lambda: self._set(*self._race_text(race))
        self._show()

    def show_descent(self, descent: DescentRun) -> None:
        self._show = lambda: self._set(*self._descent_text(descent))
        self._show()

    def retranslate(self) -> None:
        self._show()

    def _set(self, text: str, style: str) -> None:
        self.setText(text)
        self.setStyleSheet(STATUS_STYLES[style])

    def _race_text(self, r: RaceRun) -> tuple[str, str]:
        return self.tr("Optimizer race, step {0} of {1}, from ({2:.3g}, {3:.3g})").format(
            r.shown - 1, r.step_num, *r.start
        ), "normal"

    def _descent_text(self, d: DescentRun) -> tuple[str, str]:
        x = d.current
        with np.errstate(all="ignore"):
            fx = float(d.fn.f(x))
        if d.at_end:
            outcome = d.outcome()
            if outcome == "escaped":
                return self.tr(
                    "Step {0}: x ran off the plot. This f has no minimum: it keeps falling "
                    "along x1."
                ).format(d.step_index), "warn"
            if outcome == "diverged":
                return self.tr(
                    "Diverged at step {0}: x = ({1:.3g}, {2:.3g}) left the plot and keeps growing. "
                    "The learning rate η = {3:g} is too large."
                ).format(d.step_index, x[0], x[1], d.lr), "bad"
            if outcome == "stalled":
                moved = float(np.hypot(*(d.path[-1] - d.path[0])))
                return self.tr(
                    "After {0} steps x has moved only {1:.2g}: the learning rate η = {2:g} is "
                    "too small."
                ).format(d.step_index, moved, d.lr), "warn"
            if outcome == "converged":
                return self.tr(
                    "Converged after {0} steps: x = ({1:.3g}, {2:.3g}), f(x) = {3:.3g}."
                ).format(d.step_index, x[0], x[1], fx), "good"
            return self.tr(
                "After {0} steps: x = ({1:.3g}, {2:.3g}), f(x) = {3:.3g}, not at a minimum "
                "yet. Try more steps or another learning rate."
            ).format(d.step_index, x[0], x[1], fx), "normal"
        if d.shown == 1:
            return self.tr(
                "Start at ({0:.3g}, {1:.3g}), f(x) = {2:.3g}. Press Play or Step, or click "
                "elsewhere on the plot."
            ).format(x[0], x[1], fx), "normal"
        return self.tr(
            "Gradient descent, step {0} of {1}: x = ({2:.3g}, {3:.3g}), f(x) = {4:.3g}"
        ).format(d.step_index, d.step_num, x[0], x[1], fx), "normal"
