"""The Code panel (issue 21) as a student meets it: F4, the engine's own source, the lit line."""

from __future__ import annotations

import inspect
import textwrap

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnviz.engine.layers import MulLayer, Relu
from nnviz.engine.optimizers import OPTIMIZERS
from nnviz.ui.widgets.code_source import BOOK_VERSIONS, describe, names_on_line


def open_panel(window, tab_id: str):
    window.show_tab(tab_id)
    if not window.code_panel.isVisible():
        window.code_action.trigger()
    panel = window.code_panel
    panel.refresh_now()
    return panel


def shown_source(panel) -> str:
    return panel.source_text()


def assert_shows_its_own_source(panel, obj):
    text = shown_source(panel)
    assert text == inspect.getsource(obj).rstrip("\n")
    compile(textwrap.dedent(text), "<code panel>", "exec")


def test_f4_opens_and_closes_the_panel(window, qtbot):
    assert not window.code_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.code_panel.isVisible()
    assert window.code_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert not window.code_panel.isVisible()


def test_every_tab_shows_source_that_compiles_and_is_the_engines_own(window):
    panel = None
    for tab_id in window.pages:
        panel = open_panel(window, tab_id)
        items = panel.view.items
        assert items, f"{tab_id} names no engine code"
        for index, item in enumerate(items):
            panel.combo.setCurrentIndex(index)
            panel.combo.activated.emit(index)
            assert panel.current_item() is item
            assert_shows_its_own_source(panel, item.obj)
            assert item.obj.__module__.startswith("nnviz.engine"), (tab_id, item.title)


def test_stepping_backprop_lights_the_multiply_nodes_backward_with_its_numbers(window):
    panel = open_panel(window, "backprop")
    page = window.page("backprop")
    page.choose_graph("apple")
    for _ in range(3):  # forward at both × nodes, then backward at apples × tax
        page.next_button.click()
    panel.refresh_now()
    assert_shows_its_own_source(panel, MulLayer.backward)
    assert [line.split("#")[0].strip() for line in panel.lit_lines()] == [
        "dx = dout * self.y",
        "dy = dout * self.x",
    ]
    notes = list(panel.notes().values())
    assert notes[0] == "dx = 1.1  dout = 1  self.y = 1.1"
    assert notes[1] == "dy = 200  dout = 1  self.x = 200"
    page.next_button.click()  # backward at apple × apple_num: the book's 2.2 and 110
    panel.refresh_now()
    notes = list(panel.notes().values())
    assert notes == ["dx = 2.2  dout = 1.1  self.y = 2", "dy = 110  dout = 1.1  self.x = 100"]
    assert "dout = 1.1" in panel.values.text()


def test_a_forward_step_lights_the_forward_line_and_step_zero_lights_nothing(window):
    panel = open_panel(window, "backprop")
    page = window.page("backprop")
    page.choose_graph("apple")
    panel.refresh_now()
    assert panel.lit_lines() == []
    page.next_button.click()
    panel.refresh_now()
    assert panel.lit_lines() == ["return x * y"]
    assert panel.notes() == {"return x * y": "x = 100  y = 2"}


def test_relu_backward_has_the_books_version_beside_it_with_the_reason(window):
    panel = open_panel(window, "backprop")
    page = window.page("backprop")
    page.choose_graph("layers")
    while "Relu.backward" not in panel.combo.currentText():
        page.next_button.click()
        panel.refresh_now()
    assert_shows_its_own_source(panel, Relu.backward)
    assert panel.lit_lines() == ["return dout * ~self.mask"]
    assert panel.book_button.isVisible()
    panel.book_button.click()
    assert panel.book_pane.isVisible()
    assert "dout[self.mask] = 0" in panel.book_code.toPlainText()
    assert panel.book_code.toPlainText() == BOOK_VERSIONS["Relu"].rstrip("\n")
    assert "writes zeros into dout" in panel.book_why.text()


def test_the_optimizer_race_shows_each_optimizers_update_with_its_state(window):
    panel = open_panel(window, "gradient")
    page = window.page("gradient")
    page.apply_book_race()
    page.pause()
    page.reset()
    for _ in range(3):
        page.step()
    panel.refresh_now()
    titles = [panel.combo.itemText(i) for i in range(panel.combo.count())]
    assert titles == [f"{name}.update" for name in OPTIMIZERS]
    index = titles.index("Momentum.update")
    panel.combo.setCurrentIndex(index)
    panel.combo.activated.emit(index)
    assert_shows_its_own_source(panel, OPTIMIZERS["Momentum"].update)
    assert "params[key] += v" in panel.lit_lines()
    assert panel.notes()["params[key] += v"].startswith("params[key] = (2,) [")
    page.step()  # the panel keeps the student's choice while the race goes on
    panel.refresh_now()
    assert panel.combo.currentText() == "Momentum.update"


def test_gradient_descent_lights_the_update_with_the_point_on_screen(window):
    panel = open_panel(window, "gradient")
    page = window.page("gradient")
    page.modes.setCurrentIndex(0)
    page.reset()
    page.step()
    panel.refresh_now()
    assert panel.lit_lines() == ["x -= lr * numerical_gradient(f, x)"]
    note = panel.notes()["x -= lr * numerical_gradient(f, x)"]
    assert note == f"x = {describe(page.descent.current)}  lr = {describe(page.descent.lr)}"


def test_switching_the_optimizer_switches_the_code(window):
    panel = open_panel(window, "training")
    builder = window.page("training").builder
    for name in ("Adam", "Momentum"):
        builder.optimizer.setCurrentIndex(builder.optimizer.findData(name))
        panel.refresh_now()
        assert panel.combo.currentText() == f"{name}.update"
        assert_shows_its_own_source(panel, OPTIMIZERS[name].update)


def test_the_perceptron_rule_lights_the_update_only_after_a_mistake(window):
    panel = open_panel(window, "perceptron")
    page = window.page("perceptron")
    page.set_gate("AND")
    page.set_weights(0.6, -0.4, -0.1)  # (0, 0) gives 0 = target: no update yet
    page.step_once()
    panel.refresh_now()
    assert panel.combo.currentText() == "perceptron_learning"
    assert panel.lit_lines() == [
        "output = perceptron_output(w1, w2, b, x1, x2)",
        "error = target - output",
    ]
    while page.learner.last.target == page.learner.last.output:
        page.step_once()
    panel.refresh_now()
    assert "w1 += lr * error * x1" in panel.lit_lines()
    assert "error = " in panel.notes()["error = target - output"]


def test_activations_follow_the_chosen_function(window):
    panel = open_panel(window, "activations")
    page = window.page("activations")
    page.select_function("tanh")
    panel.refresh_now()
    assert panel.combo.currentText() == "tanh"
    page.select_function("sigmoid")
    panel.refresh_now()
    assert panel.combo.currentText() == "sigmoid"
    assert "numerical_diff" in [panel.combo.itemText(i) for i in range(panel.combo.count())]
    page.curves.set_x(-2.0)
    panel.refresh_now()
    assert panel.notes() == {"return np.where(x >= 0, 1 / (1 + z), z / (1 + z))": "x = -2"}
    index = panel.combo.findText("numerical_diff")
    panel.combo.setCurrentIndex(index)
    panel.combo.activated.emit(index)
    h = page.curves.state.h
    assert list(panel.notes().values()) == [f"x = -2  h = {describe(h)}"]


def test_larger_text_makes_the_code_larger_and_keeps_it_monospace(window):
    panel = open_panel(window, "backprop")
    before = panel.code_font_size()
    window.larger_action.trigger()
    QApplication.processEvents()
    assert panel.code_font_size() == before + 2
    metrics = panel.code.fontMetrics()  # what the eye sees: every letter as wide (Qt's
    # fixedPitch() flag is False for some monospace fonts, e.g. Noto Sans Mono)
    assert metrics.horizontalAdvance("iiii") == metrics.horizontalAdvance("MMMM")


def test_the_chrome_is_translated(window):
    panel = open_panel(window, "backprop")
    assert (panel.windowTitle(), panel.copy_button.text()) == ("Code", "Copy")
    window.language_actions["zh_CN"].trigger()
    try:
        assert panel.windowTitle() == "代码"
        assert panel.copy_button.text() == "复制"
        assert window.code_action.text() == "代码面板(&C)"
    finally:
        window.language_actions["en"].trigger()


def test_copy_puts_the_source_on_the_clipboard(window):
    panel = open_panel(window, "activations")
    panel.copy_button.click()
    assert QApplication.clipboard().text() == panel.source_text()
    assert panel.editor_url().toLocalFile().endswith(".py")


def test_many_steps_make_one_pull_and_the_colouring_runs_only_for_new_source(window, qtbot):
    panel = open_panel(window, "backprop")
    page = window.page("backprop")
    page.choose_graph("apple")
    panel.refresh_now()
    pulls, colourings = [], []
    original_view, original_set = page.code_view, panel.code.set_source
    page.code_view = lambda: pulls.append(1) or original_view()
    panel.code.set_source = lambda s: colourings.append(s) or original_set(s)
    for _ in range(2):
        page.next()  # two forward steps at × nodes: the same MulLayer.forward
    qtbot.waitUntil(lambda: len(pulls) == 1, timeout=2000)
    qtbot.wait(250)
    assert len(pulls) == 1
    assert colourings == []  # still MulLayer.forward: nothing to colour again


def test_values_are_described_by_shape_and_kept_short():
    assert describe(1.1) == "1.1"
    assert describe(np.array([-0.0, -1e-9, 0.5])) == "(3,) [0 -1e-09 0.5]"  # no "-0"
    assert describe(np.zeros((100, 10), np.float32)) == "(100, 10) float32"
    mask = np.zeros((100, 50), bool)
    mask.flat[:2713] = True
    assert describe(mask) == "(100, 50) bool, 2\u202f713 True"
    assert names_on_line("dx = dout * self.y  # self.x", {"dout": 1, "self.y": 2, "self.x": 3}) == [
        "dout",
        "self.y",
    ]


def test_the_convolution_window_step_lights_the_product_with_its_cell(window):
    panel = open_panel(window, "convolution")
    page = window.page("convolution")
    page.reset()
    panel.refresh_now()
    assert panel.lit_lines() == []
    page.next()
    page.next()
    panel.refresh_now()
    assert panel.combo.currentText() == "Convolution.forward"
    assert panel.lit_lines() == ["out_t = W_b @ self._col_1"]
    window_ = page.state.current
    assert f"col[{window_.index}] = " in panel.values.text()
    assert f"out[{window_.i}, {window_.j}]" in panel.values.text()


def test_simplenets_nudge_lights_the_central_difference_with_both_losses(window):
    panel = open_panel(window, "learning")
    page = window.page("learning")
    page.pages.setCurrentWidget(page.network_page)
    page.network_page.nudge_next()
    panel.refresh_now()
    assert panel.combo.currentText() == "numerical_gradient_steps"
    assert "grad[idx] = (fxh1 - fxh2) / (2 * h)" in panel.lit_lines()
    step = page.network_page.walk.steps[0]
    note = panel.notes()["grad[idx] = (fxh1 - fxh2) / (2 * h)"]
    assert note == f"grad[idx] = {describe(step.slope)}  fxh1 = {describe(step.f_plus)}  " + (
        f"fxh2 = {describe(step.f_minus)}  h = 0.0001"
    )


def test_every_backprop_step_of_every_graph_lights_lines_that_exist():
    """The LIT table names lines by their text: an edit of the engine must not silently unlight."""
    from nnviz.engine.expression import PRESETS, build_graph
    from nnviz.engine.graph_examples import EXAMPLES
    from nnviz.ui.tabs.backprop.code import step_code
    from nnviz.ui.widgets.code_source import lit_line_numbers, source_of

    graphs = [build() for build in EXAMPLES.values()]
    graphs += [build_graph(text, dict(values)) for text, values in PRESETS.values()]
    for graph in graphs:
        for position in range(1, len(graph.steps) + 1):
            for item in step_code(graph, position).items:
                found = lit_line_numbers(source_of(item.obj), item.lit)
                assert len(found) == len(item.lit) > 0, (graph.key, position, item.title)


def test_an_install_without_sources_says_so_instead_of_failing(window, monkeypatch):
    from nnviz.ui.widgets import code_panel

    def no_source(obj):
        raise OSError("could not get source code")

    monkeypatch.setattr(code_panel, "source_of", no_source)
    panel = open_panel(window, "activations")
    panel.refresh_now()
    assert "is not installed with this copy of nnviz" in panel.source_text()
    assert panel.lit_lines() == []


def test_the_losses_follow_the_bars_the_student_drags(window, qtbot):
    panel = open_panel(window, "learning")
    page = window.page("learning")
    page.pages.setCurrentWidget(page.loss_page)
    panel.refresh_now()
    before = panel.values.text()
    page.loss_page.bars.dragged.emit(2, 0.9)
    qtbot.waitUntil(lambda: panel.values.text() != before, timeout=2000)
    assert describe(page.loss_page.state.y) in panel.values.text()


def test_on_a_projector_in_chinese_with_larger_text_the_panel_floats_and_nothing_is_cut(qtbot):
    from nnviz.ui import i18n
    from nnviz.ui.app import create_window
    from tests.ui.legibility import clipped_widgets

    font = QApplication.font()
    window = create_window(lang="zh_CN", persist=False)
    window.ask_before_close = False
    qtbot.addWidget(window)
    try:
        window.larger_text()
        window.resize(1024, 768)
        window.show()
        panel = open_panel(window, "backprop")
        page = window.page("backprop")
        page.choose_graph("layers")
        while "Relu.backward" not in panel.combo.currentText():
            page.next()
            panel.refresh_now()
        panel.book_button.setChecked(True)
        QApplication.processEvents()
        assert panel.isFloating()
        assert window.width() == 1024  # the window did not grow off the projector
        assert clipped_widgets(panel.widget()) == []
    finally:
        window.close()
        QApplication.setFont(font)
        i18n.install_language("en")


def test_the_playground_and_the_experiments_follow_their_optimizer_too(window, qtbot):
    panel = open_panel(window, "playground")
    combo = window.page("playground").settings_panel.optimizer
    combo.setCurrentIndex(combo.findData("AdaGrad"))
    qtbot.waitUntil(lambda: panel.combo.currentText() == "AdaGrad.update", timeout=2000)
    assert_shows_its_own_source(panel, OPTIMIZERS["AdaGrad"].update)

    panel = open_panel(window, "experiments")
    page = window.page("experiments")
    page.choose("optimizers")
    for row, run in enumerate(page.state.runs):
        page.run_list.setCurrentRow(row)
        qtbot.waitUntil(lambda r=run: panel.combo.currentText() == f"{r.optimizer}.update")


def test_max_pooling_lights_the_maxima_and_names_the_offset_that_won(window):
    panel = open_panel(window, "convolution")
    page = window.page("convolution")
    page.choose_operation("max")
    page.reset()
    page.next()
    panel.refresh_now()
    assert panel.combo.currentText() == "Pooling.forward"
    assert panel.lit_lines()[-1] == "np.maximum(out, tile, out=out)"
    window_ = page.state.current
    assert f"out[0, 0] = max = {describe(window_.values.max())}" in panel.values.text()
    assert "the offset that won" in panel.values.text()
    assert panel.book_button.isVisible()


def test_open_in_editor_opens_the_engine_file_or_says_why_not(window, monkeypatch):
    from nnviz.ui.widgets import code_panel

    panel = open_panel(window, "backprop")
    opened = []
    monkeypatch.setattr(code_panel.QDesktopServices, "openUrl", lambda url: opened.append(url))
    panel.editor_button.click()
    assert opened[0].toLocalFile().endswith("nnviz/engine/layers.py")
    assert "No program" in panel.where.text()  # openUrl answered None: nothing opened it


def _note_value(note: str, name: str) -> np.ndarray:
    """The numbers written after `name = (shape,) [` in a lit line's note."""
    text = note.split(f"{name} = ", 1)[1]
    return np.array(text.split("[", 1)[1].split("]", 1)[0].split(), dtype=float)


def test_each_lit_line_shows_its_names_just_after_it_ran_not_at_the_end(window):
    """Momentum's `v *= momentum` then `v -= lr * grad`: v differs between the two lines."""
    panel = open_panel(window, "gradient")
    page = window.page("gradient")
    page.apply_book_race()
    page.pause()
    page.reset()
    for _ in range(3):
        page.step()
    panel.refresh_now()
    index = [panel.combo.itemText(i) for i in range(panel.combo.count())].index("Momentum.update")
    panel.combo.setCurrentIndex(index)
    panel.combo.activated.emit(index)
    notes = panel.notes()
    scaled = _note_value(notes["v *= self.momentum"], "v")
    stepped = _note_value(notes["v -= self.lr * grads[key]"], "v")
    grad = _note_value(notes["v -= self.lr * grads[key]"], "grads[key]")
    np.testing.assert_allclose(stepped, scaled - 0.1 * grad, atol=2e-4)  # the sum adds up
    assert not np.allclose(scaled, stepped)


def test_softmax_with_loss_backward_shows_dx_before_and_after_the_division(window):
    panel = open_panel(window, "backprop")
    page = window.page("backprop")
    page.choose_graph("layers")
    while "SoftmaxWithLoss.backward" not in panel.combo.currentText():
        page.next_button.click()
        panel.refresh_now()
    notes = panel.notes()
    minus_one = next(v for k, v in notes.items() if k.startswith("dx[np.arange(batch_size)"))
    divided = notes["dx *= dout / batch_size"]
    before, after = _note_value(minus_one, "dx"), _note_value(divided, "dx")
    batch = int(divided.split("batch_size = ", 1)[1].split()[0])
    np.testing.assert_allclose(after, before / batch, atol=1e-3)
    assert before.min() < -0.5 / batch  # y - 1 at the label: not yet divided
