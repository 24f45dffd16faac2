"""Ch2 perceptron tab: Step / Play / Reset for the learning rule w ← w + η(t − y)x."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
)

from nnviz.ui.tabs.perceptron.state import Learner


class LearnBox(QGroupBox):
    """The player of the perceptron rule: the tab does each step when asked (TF Playground)."""

    step_requested = Signal()  # Step pressed, or a tick while playing
    reset_requested = Signal()
    lr_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self.step_button = QPushButton()
        self.step_button.clicked.connect(self._step)
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._set_playing)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self._reset)
        self.lr_label = QLabel()
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setRange(0.01, 1.0)
        self.lr_spin.setSingleStep(0.05)
        self.lr_spin.setValue(0.1)
        self.lr_spin.valueChanged.connect(self.lr_changed)
        self.speed_label = QLabel()
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(1, 30)  # inputs shown per second while playing
        self.speed_slider.setValue(5)
        self.speed_slider.setMinimumWidth(80)
        self.speed_slider.setMaximumWidth(140)
        self.speed_slider.valueChanged.connect(self._speed_changed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)

        # Buttons on one row, settings on the next: on one row they made the window wider than a
        # 1024-pixel projector with View > Larger text.
        row = QHBoxLayout()
        for widget in (self.step_button, self.play_button, self.reset_button):
            row.addWidget(widget)
        row.addStretch(1)
        settings_row = QHBoxLayout()
        for widget in (self.lr_label, self.lr_spin, self.speed_label, self.speed_slider):
            settings_row.addWidget(widget)
        settings_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(settings_row)
        layout.addWidget(self.status)
        self._speed_changed()
        self._learner: Learner | None = None
        self._gate = "AND"
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Learn: the perceptron learning rule"))
        self.step_button.setText(self.tr("Step"))
        self.reset_button.setText(self.tr("Reset"))
        self.lr_label.setText(self.tr("learning rate η"))
        self.speed_label.setText(self.tr("speed"))
        self.lr_spin.setToolTip(self.tr("How far one mistake moves w and b"))
        self.speed_slider.setToolTip(self.tr("Inputs shown per second while playing"))
        self._show()

    # ---- the player -------------------------------------------------------------------------
    def lr(self) -> float:
        return self.lr_spin.value()

    def playing(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        """Stop playing (shutdown, a finished run, or the student took the line)."""
        self._timer.stop()
        if self.play_button.isChecked():
            self.play_button.setChecked(False)

    def _step(self) -> None:
        self.step_requested.emit()

    def _tick(self) -> None:
        self.step_requested.emit()

    def _reset(self) -> None:
        self.stop()
        self.reset_requested.emit()

    def _set_playing(self, on: bool) -> None:
        if on:
            self._timer.start()
        else:
            self._timer.stop()
        self._show()

    def _speed_changed(self) -> None:
        self._timer.setInterval(int(1000 / self.speed_slider.value()))

    # ---- what the student reads -------------------------------------------------------------
    def show_learner(self, learner: Learner, gate: str) -> None:
        self._learner, self._gate = learner, gate
        self._show()

    def _show(self) -> None:
        self.play_button.setText(
            self.tr("Pause") if self.play_button.isChecked() else self.tr("Play")
        )
        learner = self._learner
        self.reset_button.setEnabled(learner is not None and learner.start is not None)
        self.status.setText(self._text(learner))

    def _text(self, learner: Learner | None) -> str:
        step = learner.last if learner is not None else None
        if step is None:
            return self.tr(
                "Step shows the perceptron one input; every mistake moves the line: "
                "w ← w + η(t − y)x, b ← b + η(t − y). Play repeats it."
            )
        if learner.finished:
            if step.converged:
                return self.tr(
                    "<b>Converged</b> in epoch {0}: a whole epoch without a mistake. "
                    "The line now separates the gate."
                ).format(learner.epoch)
            if self._gate == "XOR":
                return self.tr(
                    "<b>No convergence</b> after {0} epochs: every epoch still has mistakes and "
                    "the line never settles. No straight line separates XOR."
                ).format(learner.epoch)
            return self.tr(
                "Not converged after {0} epochs yet: press Step or Play to go on."
            ).format(learner.epoch)
        x1, x2 = step.x
        if step.output == step.target:
            return self.tr(
                "Epoch {0}, input ({1}, {2}): output {3} = target {4}, so nothing changes."
            ).format(learner.epoch, x1, x2, step.output, step.target)
        return self.tr(
            "Epoch {0}, input ({1}, {2}): output {3} ≠ target {4}, so the rule moves the line: "
            "w1 = {5:.2f}, w2 = {6:.2f}, b = {7:.2f}."
        ).format(learner.epoch, x1, x2, step.output, step.target, step.w1, step.w2, step.b)
