"""Ch5 backpropagation tab: step through a computational graph, forward then backward."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnviz.engine.expression import PRESETS, ExpressionError, build_graph, parse
from nnviz.engine.graph import BACKWARD, FORWARD, Graph
from nnviz.engine.graph_examples import EXAMPLES, LAYER_PARAMS
from nnviz.ui.tabs.backprop.chain import chain_rule_html, gradient_check_html
from nnviz.ui.tabs.backprop.code import step_code
from nnviz.ui.tabs.backprop.expression_box import ExpressionBox
from nnviz.ui.tabs.backprop.panels import GradientCheckPanel, MatrixPanel
from nnviz.ui.tabs.backprop.text import edge_label, step_html
from nnviz.ui.tabs.backprop.view import MAX_ZOOM, GraphView
from nnviz.ui.widgets.code_source import CodeView
from nnviz.ui.widgets.scroll import vertical_scroll
from nnviz.ui.widgets.tab_page import TabPage

PLAY_INTERVAL_MS = 1100  # one node per tick: slow enough to read the numbers aloud
PANEL_WIDTH = 400
EXPRESSION = "expression"  # the graph of the student's own expression (issue 24)
GRAPH_KEYS = [*EXAMPLES, EXPRESSION]


class NumberBox(QDoubleSpinBox):
    """A spin box that writes 100 and 1.1 as the book does, not 100.000 and 1.100."""

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"


@dataclass
class BackpropState:
    """Qt-free: which graph, how many steps have run (0 = none), whether Play is on."""

    key: str = "apple"
    graph: Graph = field(default_factory=EXAMPLES["apple"])
    position: int = 0
    playing: bool = False
    # The typed expression and its variables' values (kept while other graphs are shown).
    expression: str = PRESETS["chain_rule"][0]
    values: dict = field(default_factory=lambda: dict(PRESETS["chain_rule"][1]))

    @property
    def n_steps(self) -> int:
        return len(self.graph.steps)

    def choose(self, key: str) -> None:
        graph = self._build_expression() if key == EXPRESSION else EXAMPLES[key]()
        self.key, self.graph, self.position, self.playing = key, graph, 0, False

    def _build_expression(self) -> Graph:
        with np.errstate(all="ignore"):  # log(0) is −inf on the arrow, not a warning
            return build_graph(self.expression, self.values)

    def set_expression(self, text: str, values: dict | None = None) -> None:
        """Build the graph of `text`, or raise ExpressionError and keep the last good one."""
        parsed = parse(text)
        old = values if values is not None else self.values
        kept = {name: old.get(name, 1.0) for name in parsed.variables}
        with np.errstate(all="ignore"):
            graph = build_graph(parsed, kept)
        self.expression, self.values = text.strip(), kept
        self.key, self.graph, self.position, self.playing = EXPRESSION, graph, 0, False

    def next(self) -> bool:
        """One step on; False (and Play stops) at the end."""
        if self.position >= self.n_steps:
            self.playing = False
            return False
        self.position += 1
        return True

    def previous(self) -> None:
        self.position = max(0, self.position - 1)

    def reset(self) -> None:
        self.position, self.playing = 0, False

    def toggle_play(self) -> None:
        if not self.playing and self.position >= self.n_steps:
            self.position = 0  # Play at the end starts again
        self.playing = not self.playing


class BackpropTab(TabPage):
    """The computational graph (left), the current node's rule (below), controls (right)."""

    TAB_ID = "backprop"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = BackpropState()
        self._check_stale = True  # the gradient check runs again after a new graph or an edit
        self.spins: dict[str, NumberBox] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)

        self.view = GraphView()
        self.view.edge_clicked.connect(self._edge_clicked)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.RichText)
        self.rule.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rule.setMargin(8)
        rule_scroll = QScrollArea()
        rule_scroll.setWidgetResizable(True)
        rule_scroll.setWidget(self.rule)
        self.left = left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.view)
        left.addWidget(rule_scroll)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setSizes([520, 240])

        self.chapter = QLabel()
        self.chapter.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.graph_box = QGroupBox()
        self.graph_combo = QComboBox()
        self.graph_combo.addItems([""] * len(GRAPH_KEYS))
        self.graph_note = QLabel()
        self.graph_note.setWordWrap(True)
        self.book_button = QPushButton()
        box = QVBoxLayout(self.graph_box)
        box.addWidget(self.graph_combo)
        box.addWidget(self.graph_note)
        box.addWidget(self.book_button)
        self.expression_box = ExpressionBox()
        self.expression_box.show_expression(self.state.expression)
        self.expression_box.submitted.connect(self.set_expression)
        self.expression_box.preset_chosen.connect(self.choose_preset)

        self.step_box = QGroupBox()
        self.prev_button, self.next_button = QPushButton(), QPushButton()
        self.play_button, self.reset_button = QPushButton(), QPushButton()
        self.step_label = QLabel()
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        grid = QGridLayout(self.step_box)
        grid.addWidget(self.prev_button, 0, 0)
        grid.addWidget(self.next_button, 0, 1)
        grid.addWidget(self.play_button, 1, 0)
        grid.addWidget(self.reset_button, 1, 1)
        grid.addWidget(self.step_label, 2, 0, 1, 2)
        grid.addWidget(self.keys_label, 3, 0, 1, 2)

        self.inputs_box = QGroupBox()
        self.inputs_form = QFormLayout(self.inputs_box)
        self.matrix_panel = MatrixPanel()
        self.matrix_panel.edited.connect(self._matrix_edited)
        self.check_panel = GradientCheckPanel()

        panel = QWidget()
        side = QVBoxLayout(panel)
        for widget in (
            self.chapter,
            self.intro,
            self.graph_box,
            self.expression_box,
            self.step_box,
            self.inputs_box,
        ):
            side.addWidget(widget)
        side.addWidget(self.matrix_panel)
        side.addWidget(self.check_panel)
        side.addStretch(1)
        scroll = vertical_scroll(panel, PANEL_WIDTH)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.graph_combo.currentIndexChanged.connect(self._graph_chosen)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.play_button.clicked.connect(self.toggle_play)
        self.reset_button.clicked.connect(self.reset)
        self.book_button.clicked.connect(self.restore_book_values)
        self._build_inputs()
        self.retranslate()

    # ---- TabPage ----
    def title(self) -> str:
        return self.tr("Backpropagation")

    def chapter_note(self) -> str:
        return self.tr("Chapter 5: backpropagation on computational graphs")

    def graph_titles(self) -> dict[str, str]:
        return {
            "apple": self.tr("Apples (5.4.1)"),
            "apple_orange": self.tr("Apples and oranges (5.4.2)"),
            "sigmoid_expanded": self.tr("Sigmoid neuron, expanded (5.5.2)"),
            "sigmoid": self.tr("Sigmoid neuron, one node (5.5.2)"),
            "three_layer": self.tr("Three-layer network, forward (3.4.3)"),
            "layers": self.tr("Layers: Affine, ReLU, Affine, Softmax-with-Loss (5.7)"),
            EXPRESSION: self.tr("Your own expression (5.2)"),
        }

    def graph_notes(self) -> dict[str, str]:
        return {
            "apple": self.tr("2 apples at 100 each, tax 1.1: what you pay is 220."),
            "apple_orange": self.tr("2 apples at 100 and 3 oranges at 150, tax 1.1: 715 in all."),
            "sigmoid_expanded": self.tr(
                "y = sigmoid(w·x + b) with the sigmoid written as ×(−1), exp, +1 and 1/x."
            ),
            "sigmoid": self.tr("The same neuron with the sigmoid as one node: dx = dout·y·(1−y)."),
            "three_layer": self.tr(
                "Each layer is np.dot(x, W) + b and an activation; the book's weights and "
                "x = [1.0, 0.5] give y = [0.3168, 0.6963]."
            ),
            "layers": self.tr(
                "A batch of 2 samples through the layers of chapter 5; the arrows carry matrices."
            ),
            EXPRESSION: self.tr(
                "Type a formula: its computational graph is built and stepped like the book's. "
                "Backward, each step shows the chain rule with its numbers."
            ),
        }

    def retranslate(self) -> None:
        self.chapter.setText(f"<h2>{self.chapter_note()}</h2>")
        self.intro.setText(
            self.tr(
                "A computational graph splits a calculation into simple nodes. Forward, each node "
                "computes its output (blue, above the arrows). Backward, each node multiplies the "
                "gradient coming from the right by its local derivative and passes it on (red, "
                "below the arrows): that is backpropagation."
            )
        )
        self.graph_box.setTitle(self.tr("Graph"))
        for i, key in enumerate(GRAPH_KEYS):
            self.graph_combo.setItemText(i, self.graph_titles()[key])
        self.step_box.setTitle(self.tr("Step through"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.reset_button.setText(self.tr("Reset"))
        self.keys_label.setText(self.tr("Keys: → next, ← previous, space play/pause."))
        self.inputs_box.setTitle(self.tr("Inputs"))
        self.book_button.setText(self.tr("Book's values"))
        for name, spin in self.spins.items():
            label = self.inputs_form.labelForField(spin)
            if label is not None:
                label.setText(edge_label(name))
        self._refresh()

    def shutdown(self) -> None:
        self.timer.stop()
        self.state.playing = False

    def prepare_screenshot(self) -> None:
        """Apples and oranges, backward as far as the add node: the book's 1.1 and 650 showing."""
        self.choose_graph("apple_orange")
        self.state.position = 6
        self._refresh()
        self._fit_splitter()

    # ---- actions ----
    def choose_graph(self, key: str) -> None:
        self.graph_combo.setCurrentIndex(GRAPH_KEYS.index(key))

    def set_expression(self, text: str, values: dict | None = None) -> bool:
        """Build and show the graph of a typed expression; a bad one keeps the last good graph."""
        try:
            self.state.set_expression(text, values)
        except ExpressionError as error:
            self.expression_box.show_error(error)
            return False
        self.expression_box.show_error(None)
        self.expression_box.show_expression(self.state.expression)
        self._show_new_graph()
        return True

    def choose_preset(self, key: str) -> None:
        text, values = PRESETS[key]
        self.set_expression(text, dict(values))

    def next(self) -> None:
        self.state.next()
        self._refresh()

    def previous(self) -> None:
        self.state.previous()
        self._refresh()

    def reset(self) -> None:
        self.state.reset()
        self._refresh()

    def toggle_play(self) -> None:
        self.state.toggle_play()
        self._refresh()

    def restore_book_values(self) -> None:
        position = self.state.position
        self.state.choose(self.state.key)
        self.state.position = position
        self._check_stale = True
        self._build_inputs()
        self._refresh()

    def set_input(self, name: str, value) -> None:
        """Change an input of the graph and recompute everything (the step stays where it is)."""
        self.matrix_panel.retranslate()  # clears an earlier error
        try:
            with np.errstate(all="ignore"):
                self.state.graph.set_input(name, value)
            if self.state.key == EXPRESSION:
                self.state.values[name] = float(value)
        except ValueError:
            self.matrix_panel.show_error(
                self.tr(
                    "{0} cannot take this value (labels t are 0 or 1): it was put back."
                ).format(name)
            )
        self._check_stale = True
        self._refresh()

    def _tick(self) -> None:
        if not self.state.next():
            self.timer.stop()
        self._refresh()

    def _graph_chosen(self, index: int) -> None:
        self.state.choose(GRAPH_KEYS[index])
        self._show_new_graph()

    def _show_new_graph(self) -> None:
        if self.graph_combo.currentIndex() != GRAPH_KEYS.index(self.state.key):
            self.graph_combo.blockSignals(True)
            self.graph_combo.setCurrentIndex(GRAPH_KEYS.index(self.state.key))
            self.graph_combo.blockSignals(False)
        self._check_stale = True
        self._build_inputs()
        self._refresh()
        self._fit_splitter()

    def _fit_splitter(self) -> None:
        """Give the graph the height it fills at the view's width, the node's rule the rest."""
        total = sum(self.left.sizes())
        rect = self.view.sceneRect()
        if total <= 0 or rect.isEmpty() or self.view.viewport().width() <= 0:
            return
        scale = min(self.view.viewport().width() / rect.width(), MAX_ZOOM)
        want = int(rect.height() * scale) + 2 * self.view.frameWidth() + 8
        graph_height = max(int(total * 0.4), min(want, int(total * 0.72)))
        self.left.setSizes([graph_height, total - graph_height])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_splitter()

    def _edge_clicked(self, name: str) -> None:
        self.view.selected_edge = name
        self.matrix_panel.select(name)
        self._refresh()

    def _matrix_edited(self, name: str, value) -> None:
        self.set_input(name, value)

    # ---- inputs ----
    def _build_inputs(self) -> None:
        """One spin box per scalar input of the graph (prices, counts, tax; x, w, b)."""
        while self.inputs_form.rowCount():
            self.inputs_form.removeRow(0)
        self.spins.clear()
        for edge in self.state.graph.inputs():
            if np.ndim(edge.value) or not edge.editable:
                continue
            spin = NumberBox()
            spin.setRange(-1e6, 1e6)
            spin.setDecimals(3)
            spin.setSingleStep(1.0 if abs(edge.value) >= 2 else 0.1)
            spin.setValue(edge.value)
            spin.valueChanged.connect(lambda v, n=edge.name: self.set_input(n, v))
            self.spins[edge.name] = spin
            self.inputs_form.addRow(edge_label(edge.name), spin)
        has_arrays = any(np.ndim(e.value) for e in self.state.graph.edges.values())
        self.inputs_box.setVisible(bool(self.spins))
        self.matrix_panel.setVisible(has_arrays)
        self.check_panel.setVisible(self.state.key == "layers")
        expression = self.state.key == EXPRESSION
        self.expression_box.setVisible(expression)
        self.book_button.setVisible(not expression)

    # ---- the one redraw ----
    def _refresh(self) -> None:
        state = self.state
        graph = state.graph
        if state.playing and not self.timer.isActive():
            self.timer.start()
        elif not state.playing:
            self.timer.stop()
        self.view.show_graph(graph, state.position)
        self.rule.setText(self._rule_html())
        self.graph_note.setText(self.graph_notes()[state.key])
        self.step_label.setText(self._step_text())
        self.play_button.setText(self.tr("❚❚ Pause") if state.playing else self.tr("▶ Play"))
        self.prev_button.setEnabled(state.position > 0)
        self.next_button.setEnabled(state.position < state.n_steps)
        if self.matrix_panel.isVisibleTo(self):
            self.matrix_panel.show_graph(graph, state.position)
        if state.key == "layers" and self._check_stale:
            self.check_panel.show_result(graph.gradient_check(LAYER_PARAMS))
            self._check_stale = False
        self.code_changed.emit()

    def _rule_html(self) -> str:
        """The node's rule; for a typed expression also the chain rule, at the end the check."""
        state = self.state
        text = step_html(state.graph, state.position)
        if state.key != EXPRESSION or state.position <= 0:
            return text
        step = state.graph.steps[min(state.position, state.n_steps) - 1]
        extra = chain_rule_html(state.graph, step.node) if step.direction == BACKWARD else ""
        if state.position >= state.n_steps:
            names = [e.name for e in state.graph.inputs() if e.requires_grad]
            with np.errstate(all="ignore"):
                extra += gradient_check_html(state.graph.gradient_check(names))
        return text + f"<div style='font-size:large'>{extra}</div>"

    def _step_text(self) -> str:
        state = self.state
        if state.position == 0:
            return self.tr("Step 0 of {0}: nothing computed yet.").format(state.n_steps)
        step = state.graph.steps[state.position - 1]
        if step.direction == FORWARD:
            return self.tr("Step {0} of {1}: forward.").format(state.position, state.n_steps)
        return self.tr("Step {0} of {1}: backward.").format(state.position, state.n_steps)

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        state = {"graph": self.state.key, "position": int(self.state.position)}
        if self.state.key == EXPRESSION:
            state["expression"] = self.state.expression
            state["values"] = {k: float(v) for k, v in self.state.values.items()}
        else:
            state["inputs"] = {
                e.name: float(e.value) for e in self.state.graph.inputs() if np.ndim(e.value) == 0
            }
        return state

    def apply_lesson_state(self, state: dict) -> list[str]:
        """The graph with the book's values, stepped to `position` (paused)."""
        self.timer.stop()
        self.state.playing = False
        skipped = []
        key = state.get("graph", "apple")
        if key == EXPRESSION:
            text = state.get("expression", PRESETS["chain_rule"][0])
            if not self.set_expression(text, state.get("values")):
                skipped.append(
                    self.tr("The expression {0} could not be read; skipped.").format(text)
                )
                key = "apple"
        if key != EXPRESSION:
            self.state.choose(key)
            graph = self.state.graph
            for name, value in state.get("inputs", {}).items():
                edge = graph.edges.get(name)
                if edge is None or not edge.is_input or np.ndim(edge.value) != 0:
                    skipped.append(self.tr("The graph has no input {0}; skipped.").format(name))
                    continue
                with np.errstate(all="ignore"):
                    try:
                        graph.set_input(name, value)
                    except ValueError as error:
                        skipped.append(f"{name}: {error}")
            self._show_new_graph()
        self.state.position = min(state.get("position", 0), self.state.n_steps)
        self._refresh()
        return skipped

    # ---- presenting and the keyboard (nnviz.ui.shortcuts) ----------------------------------
    def step_actions(self) -> dict:
        return {"next": self.next, "previous": self.previous, "play": self.toggle_play}

    def presenter_toggled(self, on: bool) -> None:
        self._fit_splitter()  # the graph gets the height it fills at its new width

    # ---- the Code panel (issue 21) ----

    def code_view(self) -> CodeView:
        """The layer method the current step runs, its lines lit with this graph's numbers."""
        return step_code(self.state.graph, self.state.position)


Tab = BackpropTab  # the name the tab table looks for
