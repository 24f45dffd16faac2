"""Ch2 the perceptron: drag w1 x1 + w2 x2 + b = 0 to split a gate's inputs; XOR needs two layers."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.engine import GATE_INPUTS, GATE_TARGETS
from nnviz.ui.tabs.perceptron.code import perceptron_code
from nnviz.ui.tabs.perceptron.learn import LearnBox
from nnviz.ui.tabs.perceptron.plot import GatePlot
from nnviz.ui.tabs.perceptron.state import GATES, WEIGHT_RANGE, Learner, PerceptronState
from nnviz.ui.tabs.perceptron.table import SolvedBanner, TruthTable
from nnviz.ui.tabs.perceptron.xor import TwoLayerPanel, XorExplanation, heading_html
from nnviz.ui.widgets.code_source import CodeView
from nnviz.ui.widgets.scroll import vertical_scroll
from nnviz.ui.widgets.tab_page import TabPage

SLIDER_SCALE = 100  # slider ticks per unit: 0.01 steps
SLIDER_RANGE = 2.0  # sliders cover [-2, 2]; the spin boxes go to ±WEIGHT_RANGE
TRAIL_LENGTH = 12  # earlier lines kept on screen while learning
CHOSEN_GATE = (QColor(30, 42, 90), QColor(255, 255, 255))  # button, text of the chosen gate


class PerceptronTab(TabPage):
    """The perceptron tab (ch2): one draggable line, a live truth table, the learning rule, XOR."""

    TAB_ID = "perceptron"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = PerceptronState()
        self.learner = Learner()
        self.trail: list[tuple[float, float, float]] = []  # lines the rule moved away from
        self.two_layer = False
        self.xor_tried = False  # the XOR explanation waits until the student has tried

        self.plot = GatePlot()
        self.plot.line.moved.connect(self._line_dragged)
        self.plot.line.move_finished.connect(self._line_released)
        self.plot.input_clicked.connect(self._input_clicked)
        self.learn_box = LearnBox()
        self.learn_box.step_requested.connect(self.step_once)
        self.learn_box.reset_requested.connect(self.reset_learning)
        self.learn_box.lr_changed.connect(self._lr_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.plot, 1)
        left_layout.addWidget(self.learn_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._build_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([700, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.retranslate()

    # ---- building ---------------------------------------------------------------------------
    def _build_panel(self) -> QScrollArea:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.heading = QLabel()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        gate_row = QHBoxLayout()
        self.gate_label = QLabel()
        gate_row.addWidget(self.gate_label)
        self.gate_group = QButtonGroup(self)
        self.gate_buttons: dict[str, QPushButton] = {}
        for gate in GATES:
            button = QPushButton(gate)  # the gates' names are symbols, as in the book
            button.setCheckable(True)
            button.setMinimumWidth(64)
            bold = QFont()
            bold.setBold(True)  # only the weight is set: the size still follows the app
            button.setFont(bold)
            # clicked passes `checked`: drop it (a GUIDE trap).
            button.clicked.connect(lambda _checked=False, g=gate: self.set_gate(g))
            self.gate_group.addButton(button)
            self.gate_buttons[gate] = button
            gate_row.addWidget(button)
        gate_row.addStretch(1)
        layout.addLayout(gate_row)
        self.gate_text = QLabel()
        self.gate_text.setWordWrap(True)
        layout.addWidget(self.gate_text)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_single_page())
        self.two_layer_panel = TwoLayerPanel()
        self.two_layer_panel.back_requested.connect(self._back_to_single)
        self.two_layer_panel.row_selected.connect(self._two_layer_row)
        self.stack.addWidget(self.two_layer_panel)
        layout.addWidget(self.stack)
        layout.addStretch(1)

        return vertical_scroll(panel, 420, frame=False)

    def _build_single_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.weights_box = QGroupBox()
        grid = QGridLayout(self.weights_box)
        self.spins: list[QDoubleSpinBox] = []
        self.sliders: list[QSlider] = []
        for i, name in enumerate(("w<sub>1</sub>", "w<sub>2</sub>", "b")):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(int(-SLIDER_RANGE * SLIDER_SCALE), int(SLIDER_RANGE * SLIDER_SCALE))
            slider.valueChanged.connect(partial(self._slider_changed, i))
            spin = QDoubleSpinBox()
            spin.setRange(-WEIGHT_RANGE, WEIGHT_RANGE)
            spin.setDecimals(2)
            spin.setSingleStep(0.05)
            spin.setMinimumWidth(90)
            spin.valueChanged.connect(partial(self._spin_changed, i))
            grid.addWidget(QLabel(f"<b>{name}</b>"), i, 0)
            grid.addWidget(slider, i, 1)
            grid.addWidget(spin, i, 2)
            self.sliders.append(slider)
            self.spins.append(spin)
        self.book_button = QPushButton()
        self.book_button.clicked.connect(self.show_book_weights)
        grid.addWidget(self.book_button, 3, 0, 1, 3)
        layout.addWidget(self.weights_box)
        self.table = TruthTable()
        self._apply_fonts()
        layout.addWidget(self.table)
        self.solved_label = SolvedBanner()
        layout.addWidget(self.solved_label)
        # The explanation waits until the student has tried XOR, but need not wait for the 30
        # epochs (about 35 s) the learning rule takes to give up: it can be opened at once.
        self.xor_why_button = QPushButton()
        self.xor_why_button.clicked.connect(self.explain_xor)
        layout.addWidget(self.xor_why_button)
        self.xor_box = XorExplanation()
        self.xor_box.solution_requested.connect(self._show_two_layer)
        layout.addWidget(self.xor_box)
        layout.addStretch(1)  # the two-layer page is taller: keep this one packed at the top
        return page

    # ---- TabPage ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Perceptron")

    def chapter_note(self) -> str:
        return self.tr(
            "Chapter 2: the perceptron. One line separates AND, NAND, OR; XOR needs two layers."
        )

    def retranslate(self) -> None:
        self.heading.setText(heading_html(self.tr("Chapter 2 · The perceptron"), "x-large"))
        self.intro.setText(
            self.tr(
                "A perceptron outputs y = 1 when w1·x1 + w2·x2 + b > 0 and y = 0 otherwise. In the "
                "plane of the inputs, w1·x1 + w2·x2 + b = 0 is a straight line and the shaded side "
                "is where y = 1. Drag the line or its round handles until every triangle is on the "
                "shaded side and every circle is not."
            )
        )
        self.gate_label.setText(self.tr("Gate:"))
        self.weights_box.setTitle(self.tr("Weights and bias"))
        tips = (self.tr("weight of x1"), self.tr("weight of x2"), self.tr("bias"))
        for spin, slider, tip in zip(self.spins, self.sliders, tips, strict=True):
            spin.setToolTip(tip)
            slider.setToolTip(tip)
        self.book_button.setText(self.tr("Show the book's weights"))
        self.xor_why_button.setText(self.tr("Why can't one line do it? Explain now"))
        for widget in (self.plot, self.table, self.learn_box, self.xor_box, self.two_layer_panel):
            widget.retranslate()
        self._refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        """The truth table a size larger than the rest, following View > Larger text."""
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(QApplication.font())  # long words: normal size
        self.table.fit_height()

    def shutdown(self) -> None:
        self.learn_box.stop()

    def prepare_screenshot(self) -> None:
        """AND half learnt: the earlier lines, the input being shown, a mixed truth table."""
        self.set_gate("AND")
        self.set_weights(0.6, -0.4, -0.1)
        for _ in range(9):
            self.step_once()

    # ---- user actions -----------------------------------------------------------------------
    def set_gate(self, gate: str) -> None:
        self.state.gate = gate
        if gate != "XOR":
            self.two_layer = False
        self._user_changed(tried=False)

    def set_weights(self, w1: float, w2: float, b: float) -> None:
        """As if the student typed these weights."""
        self.state.set_weights(w1, w2, b)
        self._user_changed()

    def show_book_weights(self) -> None:
        weights = self.state.book_weights()
        if weights is not None:
            self.set_weights(*weights)

    def _spin_changed(self, i: int, value: float) -> None:
        weights = list(self.state.weights)
        weights[i] = value
        self.set_weights(*weights)

    def _slider_changed(self, i: int, value: int) -> None:
        weights = list(self.state.weights)
        weights[i] = value / SLIDER_SCALE
        self.set_weights(*weights)

    def _line_dragged(self, w1: float, w2: float, b: float) -> None:
        self.state.set_weights(w1, w2, b)
        self._user_changed(tried=False)

    def _line_released(self) -> None:
        self._user_changed()

    def _user_changed(self, tried: bool = True) -> None:
        """The student moved the line or changed the gate: any learning run starts afresh."""
        self.learn_box.stop()
        self.learner.forget()
        self.trail.clear()
        if tried and self.state.gate == "XOR":
            self.xor_tried = True
        self._refresh()

    def _input_clicked(self, index: int) -> None:
        if self.two_layer:
            self.two_layer_panel.select(index)

    def explain_xor(self) -> None:
        """Open the XOR explanation now, without waiting for the learning rule to give up."""
        self.xor_tried = True
        self._refresh()

    def _show_two_layer(self) -> None:
        self.learn_box.stop()
        self.two_layer = True
        self._refresh()

    def _back_to_single(self) -> None:
        self.two_layer = False
        self._refresh()

    def _two_layer_row(self, index: int) -> None:
        self._refresh()

    # ---- learning ---------------------------------------------------------------------------
    def step_once(self) -> None:
        """Show the perceptron one input; the rule moves the line if the output was wrong."""
        if self.two_layer:
            return
        if self.learner.finished and not self.learner.converged:
            self.learner.restart()  # not settled yet: another round of epochs
        before = self.state.weights
        step = self.learner.step(self.state, self.learn_box.lr())
        if step is not None:
            self.trail = [*self.trail, before][-TRAIL_LENGTH:]
        if step is None or self.learner.finished:
            self.learn_box.stop()
            if self.state.gate == "XOR":
                self.xor_tried = True
        self._refresh()

    def reset_learning(self) -> None:
        self.learner.reset(self.state)
        self.trail.clear()
        self._refresh()

    def playing(self) -> bool:
        return self.learn_box.playing()

    def _lr_changed(self) -> None:
        self.learner.restart()

    # ---- drawing ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Redraw everything from self.state, self.learner and the two-layer flag."""
        self.code_changed.emit()
        state = self.state
        for gate, button in self.gate_buttons.items():
            button.setChecked(gate == state.gate)
            palette = QPalette()  # the application's
            if gate == state.gate:
                palette.setColor(QPalette.ColorRole.Button, CHOSEN_GATE[0])
                palette.setColor(QPalette.ColorRole.ButtonText, CHOSEN_GATE[1])
            button.setPalette(palette)
        self.gate_text.setText(self._gate_description(state.gate))
        self.stack.setCurrentIndex(1 if self.two_layer else 0)
        self.learn_box.setVisible(not self.two_layer)
        inputs, targets = GATE_INPUTS, GATE_TARGETS[state.gate]
        if self.two_layer:
            selected = self.two_layer_panel.selected()
            self.plot.show_two_layer()
            self.plot.show_inputs(inputs, targets, current=selected)
            return
        for spin, slider, value in zip(self.spins, self.sliders, state.weights, strict=True):
            with QSignalBlocker(spin), QSignalBlocker(slider):
                # Leave a spin box alone while it shows this value: the student may be typing.
                if abs(spin.value() - value) >= 0.005:
                    spin.setValue(value)
                slider.setValue(round(value * SLIDER_SCALE))
        self.book_button.setEnabled(state.book_weights() is not None)
        rows = state.rows()
        self.table.show_rows(rows)
        self.solved_label.show_count(state.n_correct(), len(rows))
        self.xor_box.setVisible(state.gate == "XOR" and self.xor_tried)
        self.xor_why_button.setVisible(state.gate == "XOR" and not self.xor_tried)
        wrong = [i for i, row in enumerate(rows) if not row.correct]
        current = self.learner.last.index if self.learner.last is not None else None
        self.plot.show_single(state, self.trail)
        self.plot.show_inputs(inputs, targets, wrong=wrong, current=current)
        self.learn_box.show_learner(self.learner, state.gate)

    def _gate_description(self, gate: str) -> str:
        texts = {
            "AND": self.tr("AND gate: y = 1 only when both inputs are 1."),
            "NAND": self.tr("NAND gate (not AND): y = 0 only when both inputs are 1."),
            "OR": self.tr("OR gate: y = 1 when at least one input is 1."),
            "XOR": self.tr(
                "XOR gate (exclusive OR): y = 1 when exactly one input is 1. Try to separate it "
                "with one line."
            ),
        }
        return texts[gate]

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        from nnviz.engine import GATE_INPUTS

        weights, steps, learner = self.state.weights, 0, self.learner
        if learner.running and learner.start is not None:
            # The run's start and how far it went: replayed on opening (same lr, same path).
            weights = learner.start
            steps = (learner.epoch - 1) * len(GATE_INPUTS) + learner.last.index + 1
        return {
            "gate": self.state.gate,
            "weights": [float(w) for w in weights],
            "lr": self.learn_box.lr(),
            "learning_steps": min(steps, 1000),
            "xor_explained": self.xor_tried,
            "two_layer": self.two_layer,
        }

    def apply_lesson_state(self, state: dict) -> list[str]:
        """A missing key takes its value of a fresh tab: a step shows the same wherever from."""
        self.learn_box.stop()
        self.learn_box.lr_spin.setValue(state.get("lr", 0.1))
        self.state.gate = state.get("gate", "AND")
        self.state.set_weights(*state.get("weights", PerceptronState().weights))
        self.two_layer = False
        self._user_changed(tried=False)
        for _ in range(state.get("learning_steps", 0)):
            self.step_once()
        self.xor_tried = bool(state.get("xor_explained", False))
        if state.get("two_layer") and self.state.gate == "XOR":
            self._show_two_layer()
        self._refresh()
        return []

    # ---- presenting and the keyboard (nnviz.ui.shortcuts) ----------------------------------
    def step_actions(self) -> dict:
        """→ shows the perceptron one input, Space plays or pauses the learning rule."""
        return {"next": self.step_once, "play": self.learn_box.play_button.toggle}

    # ---- the Code panel (issue 21) ------------------------------------------------------------

    def code_view(self) -> CodeView:
        """The learning rule at the sample just seen, or the gate and perceptron_output."""
        return perceptron_code(
            self.state.gate,
            self.state.weights,
            self.learner.last,
            self.learn_box.lr(),
            self.two_layer,
        )


Tab = PerceptronTab  # the name the tab table looks for
