"""Backprop tab: stepping the book's graphs, editing inputs, keys, gradient check, Chinese."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit

from nnviz.engine.graph_examples import EXAMPLES, tiny_batch
from nnviz.engine.layers import Affine, Relu, SoftmaxWithLoss
from nnviz.ui import i18n
from nnviz.ui.tabs.backprop.tab import BackpropTab
from nnviz.ui.tabs.backprop.text import fmt_number


@pytest.fixture
def tab(qtbot):
    """The tab on its own (the main window's other tabs are not needed here)."""
    page = BackpropTab()
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()


def choose(tab, key):
    tab.graph_combo.setCurrentIndex(list(EXAMPLES).index(key))


def click_next(qtbot, tab, times=1):
    for _ in range(times):
        qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)


def value(tab, name):
    return tab.view.value_items[name].text()


def grad(tab, name):
    return tab.view.grad_items[name].text()


def test_apple_graph_shows_220_forward_then_the_books_gradients(qtbot, tab):
    choose(tab, "apple")
    assert value(tab, "apple") == "100" and value(tab, "price") == ""
    click_next(qtbot, tab, 2)
    assert value(tab, "apple_price") == "200" and value(tab, "price") == "220"
    assert grad(tab, "price") == ""
    click_next(qtbot, tab)  # backward through the tax node
    assert grad(tab, "price") == "1"
    assert grad(tab, "apple_price") == "1.1" and grad(tab, "tax") == "200"
    assert grad(tab, "apple") == ""
    click_next(qtbot, tab)  # backward through the apple node
    assert grad(tab, "apple") == "2.2" and grad(tab, "apple_num") == "110"
    assert "dx = dout · y" in tab.rule.text() and "Multiply node" in tab.rule.text()
    assert not tab.next_button.isEnabled()


def test_apple_orange_graph_shows_715_and_five_gradients(qtbot, tab):
    choose(tab, "apple_orange")
    click_next(qtbot, tab, 4)
    assert value(tab, "all_price") == "650" and value(tab, "price") == "715"
    click_next(qtbot, tab)
    assert grad(tab, "all_price") == "1.1" and grad(tab, "tax") == "650"
    click_next(qtbot, tab)  # the add node passes 1.1 on to both
    assert grad(tab, "apple_price") == "1.1" and grad(tab, "orange_price") == "1.1"
    assert "Add node" in tab.rule.text()
    click_next(qtbot, tab, 2)
    got = [grad(tab, n) for n in ("apple", "apple_num", "orange", "orange_num", "tax")]
    assert sorted(got) == sorted(["2.2", "110", "3.3", "165", "650"])
    assert got == ["2.2", "110", "3.3", "165", "650"]


def test_current_node_is_highlighted_in_the_picture(qtbot, tab):
    tab.prepare_screenshot()  # apples and oranges, backward at the add node
    assert tab.state.key == "apple_orange" and tab.state.position == 6
    item = tab.view.node_items["add_apple_orange"]
    centre = tab.view.mapFromScene(item.sceneBoundingRect().center())
    pixel = tab.view.viewport().grab().toImage().pixelColor(centre + QPoint(0, -12))
    assert pixel.red() > 240 and pixel.green() < 235  # the pink of a backward step, not white
    other = tab.view.node_items["mul_apple"]
    centre = tab.view.mapFromScene(other.sceneBoundingRect().center())
    pixel = tab.view.viewport().grab().toImage().pixelColor(centre + QPoint(0, -12))
    assert pixel == QColor("#ffffff")


def test_editing_an_input_recomputes_the_values(qtbot, tab):
    choose(tab, "apple")
    click_next(qtbot, tab, 4)
    spin = tab.spins["apple_num"]
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    assert value(tab, "price") == "330"
    assert grad(tab, "tax") == "300" and grad(tab, "apple") == "3.3"
    assert tab.state.position == 4  # the step stays where it was
    qtbot.mouseClick(tab.book_button, Qt.MouseButton.LeftButton)
    assert value(tab, "price") == "220" and tab.spins["apple_num"].value() == 2


def test_keyboard_steps_forward_back_and_plays(qtbot, tab):
    choose(tab, "apple_orange")
    tab.activateWindow()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    assert tab.state.position == 2 and value(tab, "orange_price") == "450"
    qtbot.keyClick(tab.view, Qt.Key.Key_Left)
    assert tab.state.position == 1 and value(tab, "orange_price") == ""
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert tab.state.playing and tab.timer.isActive()
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert not tab.state.playing and not tab.timer.isActive()
    qtbot.mouseClick(tab.play_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.play_button, Qt.Key.Key_Space)  # space pauses, even on the Play button
    assert not tab.state.playing


def test_play_runs_to_the_end_then_stops(qtbot, tab):
    choose(tab, "sigmoid")
    tab.timer.setInterval(5)
    qtbot.mouseClick(tab.play_button, Qt.MouseButton.LeftButton)
    assert tab.play_button.text() == "❚❚ Pause"
    qtbot.waitUntil(lambda: tab.state.position == tab.state.n_steps, timeout=3000)
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=1000)
    assert tab.play_button.text() == "▶ Play"
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert tab.state.position == 0 and not tab.prev_button.isEnabled()


def test_three_layer_network_ends_with_the_books_output(qtbot, tab):
    choose(tab, "three_layer")
    click_next(qtbot, tab, tab.state.n_steps)
    assert value(tab, "y") == "[0.3168 0.6963]"
    assert value(tab, "a1") == "[0.3 0.7 1.1]"
    assert grad(tab, "y") == ""  # chapter 3 has no backward pass
    assert "Done" in tab.rule.text()


def test_layer_graph_backward_shows_the_engines_gradients(qtbot, tab):
    choose(tab, "layers")
    click_next(qtbot, tab, tab.state.n_steps)
    v = tiny_batch()
    affine1, relu, affine2 = Affine(v["W1"], v["b1"]), Relu(), Affine(v["W2"], v["b2"])
    loss = SoftmaxWithLoss()
    loss.forward(affine2.forward(relu.forward(affine1.forward(v["x"]))), v["t"])
    affine1.backward(relu.backward(affine2.backward(loss.backward(1))))
    for name, want in (("W1", affine1.dW), ("b1", affine1.db), ("W2", affine2.dW)):
        tab.matrix_panel.combo.setCurrentText(name)
        table = tab.matrix_panel.grad_table
        want2 = np.atleast_2d(want)
        rows, cols = want2.shape
        assert (table.rowCount(), table.columnCount()) == (rows, cols)
        shown = [[table.item(i, j).text() for j in range(cols)] for i in range(rows)]
        assert shown == [[fmt_number(x) for x in row] for row in want2]
        np.testing.assert_allclose(tab.state.graph.edges[name].grad, want)
    assert grad(tab, "W1") == "dW1" and value(tab, "a1") == "a1 (2, 3)"


def test_gradient_check_differences_are_below_1e_7(qtbot, tab):
    choose(tab, "layers")
    assert tab.check_panel.isVisible()
    table = tab.check_panel.table
    assert table.rowCount() == 6 + 3 + 6 + 2  # every element of W1, b1, W2, b2
    diffs = [float(table.item(r, 3).text()) for r in range(table.rowCount())]
    assert max(diffs) < 1e-7
    assert table.item(0, 1).text() == table.item(0, 2).text()  # backprop next to numerical
    assert "below 1e-7" in tab.check_panel.summary.text()
    choose(tab, "apple")
    assert not tab.check_panel.isVisible()


def test_editing_a_weight_cell_recomputes_the_layer_graph(qtbot, tab):
    choose(tab, "layers")
    panel = tab.matrix_panel
    panel.combo.setCurrentText("W2")
    before = tab.state.graph.output.value
    table = panel.value_table
    table.editItem(table.item(0, 0))  # as a double click does
    editor = table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "1.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: tab.state.graph.edges["W2"].value[0, 0] == 1.5, timeout=2000)
    assert tab.state.graph.output.value != pytest.approx(before)
    assert panel.value_table.item(0, 0).text() == "1.5"
    assert max(d for _, _, d in tab.check_panel.result.values()) < 1e-7


def edit_cell(qtbot, table, row, col, text):
    table.editItem(table.item(row, col))  # as a double click does
    editor = table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_label_beyond_the_classes_is_put_back_with_a_reason(qtbot, tab):
    choose(tab, "layers")
    tab.matrix_panel.combo.setCurrentText("t")
    loss = tab.state.graph.output.value
    edit_cell(qtbot, tab.matrix_panel.value_table, 0, 1, "5")
    qtbot.waitUntil(lambda: "put back" in tab.matrix_panel.hint.text(), timeout=2000)
    assert tab.state.graph.edges["t"].value.tolist() == [0, 1]
    assert tab.matrix_panel.value_table.item(0, 1).text() == "1"
    assert tab.state.graph.output.value == pytest.approx(loss)
    assert tab.matrix_panel.grad_table.isHidden()  # labels get no gradient


def test_clicking_an_arrow_shows_its_numbers_in_the_side_table(qtbot, tab):
    choose(tab, "layers")
    item = tab.view.value_items["W2"]
    pos = tab.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert tab.matrix_panel.combo.currentText() == "W2"
    assert tab.matrix_panel.value_table.item(2, 0).text() == "-0.5"
    assert tab.matrix_panel.grad_table.item(0, 0).text() == "?"  # backward not reached yet


def test_tooltip_of_a_matrix_arrow_holds_its_numbers(qtbot, tab):
    choose(tab, "layers")
    tip = tab.view.value_items["x"].toolTip()
    assert "0.5" in tip and "-0.3" in tip


def test_switching_to_chinese_translates_the_tab(qtbot, tab):
    choose(tab, "apple_orange")
    click_next(qtbot, tab, 6)
    try:
        i18n.install_language("zh_CN")
        qtbot.waitUntil(lambda: tab.next_button.text() == "下一步 ▶", timeout=2000)
        assert "加法节点" in tab.rule.text()
        assert tab.view.name_items["apple_num"].text() == "苹果的个数"
        assert tab.title() == "误差反向传播"
    finally:
        i18n.install_language("en")
    qtbot.waitUntil(lambda: tab.next_button.text() == "Next ▶", timeout=2000)
    assert tab.view.name_items["apple_num"].text() == "apple count"


def test_tab_is_in_the_main_window(window):
    window.show_tab("backprop")
    page = window.page("backprop")
    assert isinstance(page, BackpropTab) and page.title() == "Backpropagation"
