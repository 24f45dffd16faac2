"""Backprop tab, issue 24: a typed expression is built, stepped, explained by the chain rule."""

import pytest
from PySide6.QtCore import Qt

from nnviz.engine.expression import PRESETS
from nnviz.ui import i18n
from nnviz.ui.tabs.backprop.tab import GRAPH_KEYS, BackpropTab


@pytest.fixture
def tab(qtbot):
    page = BackpropTab()
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.graph_combo.setCurrentIndex(GRAPH_KEYS.index("expression"))
    yield page
    page.shutdown()


def type_expression(qtbot, tab, text):
    edit = tab.expression_box.edit
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def press(qtbot, tab, key, times=1):
    for _ in range(times):
        qtbot.keyClick(tab.view, key)


def value(tab, name):
    return tab.view.value_items[name].text()


def grad(tab, name):
    return tab.view.grad_items[name].text()


def test_typed_expression_steps_forward_then_backward_with_the_chain_rule(qtbot, tab):
    assert tab.expression_box.isVisible() and not tab.book_button.isVisible()
    type_expression(qtbot, tab, "z = (x + y)**2")
    for name, number in (("x", 3.0), ("y", 1.0)):
        spin = tab.spins[name]
        spin.selectAll()
        qtbot.keyClicks(spin, f"{number:g}")
    assert set(tab.spins) == {"x", "y"}
    assert value(tab, "z") == ""
    press(qtbot, tab, Qt.Key.Key_Right, 2)  # forward: + then **2
    assert value(tab, "t1") == "4" and value(tab, "z") == "16"
    press(qtbot, tab, Qt.Key.Key_Right)  # backward through the power node
    assert grad(tab, "t1") == "8" and grad(tab, "x") == ""
    rule = tab.rule.text()
    assert "Power node" in rule
    assert "∂z/∂t1 = ∂z/∂z · ∂z/∂t1 = 1 · 2·t1^1 = 1 · 8 = " in rule
    assert "(z = t1^2,  t1 = x + y)" in rule
    press(qtbot, tab, Qt.Key.Key_Right)  # backward through the add node
    assert grad(tab, "x") == "8" and grad(tab, "y") == "8"
    rule = tab.rule.text()
    assert "∂z/∂x = ∂z/∂t1 · ∂t1/∂x = 8 · 1 = 8 · 1 = " in rule
    assert "(t1 = x + y)" in rule  # the inner arrow's name explained
    # The end: each variable's gradient checked against numerical differentiation (5.7.3).
    assert "Gradient check (5.7.3)" in rule
    assert "Backpropagation agrees with numerical differentiation." in rule
    assert not tab.next_button.isEnabled()
    press(qtbot, tab, Qt.Key.Key_Left)
    assert grad(tab, "x") == "" and "Gradient check" not in tab.rule.text()


def test_a_bad_expression_is_refused_in_red_and_the_last_graph_stays(qtbot, tab):
    type_expression(qtbot, tab, "z = x * y")
    nodes = [n.name for n in tab.state.graph.nodes]
    type_expression(qtbot, tab, "z = x + __import__('os').system('echo hi')")
    message = tab.expression_box.message
    assert message.isVisible()
    assert "Column 9" in message.text() and "#c62828" in message.text()
    assert "still the last one that worked" in message.text()
    assert [n.name for n in tab.state.graph.nodes] == nodes
    assert tab.state.expression == "z = x * y"
    press(qtbot, tab, Qt.Key.Key_Right)
    assert value(tab, "z") == "2"  # the kept graph still steps (x = 1, y = 2 kept)
    type_expression(qtbot, tab, "z = x - y")
    assert not message.isVisible()
    assert tab.expression_box.presets.currentIndex() == -1  # not one of the presets
    assert tab.state.graph.nodes[0].op.kind == "sub"


def test_a_huge_or_deeply_nested_text_is_refused_without_freezing(qtbot, tab):
    assert tab.set_expression("(" * 10_000 + "x" + ")" * 10_000) is False
    assert "too long" in tab.expression_box.message.text()
    assert tab.set_expression("x" * 1_000_000) is False
    assert tab.set_expression("(" * 100 + "x" + ")" * 100) is False
    assert "nested parentheses" in tab.expression_box.message.text()


@pytest.mark.parametrize("key", list(PRESETS))
def test_every_preset_builds_and_finishes_with_a_passing_gradient_check(qtbot, tab, key):
    tab.expression_box.presets.setCurrentIndex(list(PRESETS).index(key))
    tab.expression_box.presets.activated.emit(list(PRESETS).index(key))
    assert tab.expression_box.edit.text() == PRESETS[key][0]
    assert tab.expression_box.presets.currentIndex() == list(PRESETS).index(key)
    for name, number in PRESETS[key][1].items():
        assert tab.spins[name].value() == pytest.approx(number)
    press(qtbot, tab, Qt.Key.Key_Right, tab.state.n_steps)
    assert "Backpropagation agrees with numerical differentiation." in tab.rule.text()


def test_values_are_kept_when_the_expression_is_changed(qtbot, tab):
    type_expression(qtbot, tab, "z = a * b")
    spin = tab.spins["a"]
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    type_expression(qtbot, tab, "z = a + c")
    assert tab.spins["a"].value() == 4 and tab.spins["c"].value() == 1
    tab.graph_combo.setCurrentIndex(GRAPH_KEYS.index("apple"))
    assert not tab.expression_box.isVisible()
    tab.graph_combo.setCurrentIndex(GRAPH_KEYS.index("expression"))
    assert tab.state.expression == "z = a + c" and tab.spins["a"].value() == 4


def test_the_expression_box_and_its_messages_are_translated(qtbot, tab):
    try:
        i18n.install_language("zh_CN")
        qtbot.waitUntil(lambda: tab.next_button.text() == "下一步 ▶", timeout=2000)
        type_expression(qtbot, tab, "z = x.real")
        assert "不允许" in tab.expression_box.message.text()
        type_expression(qtbot, tab, "z = (x + y)**2")
        press(qtbot, tab, Qt.Key.Key_Right, 3)
        assert "链式法则" in tab.rule.text()
        assert tab.expression_box.title() == "你的表达式"
    finally:
        i18n.install_language("en")


def test_a_variable_read_twice_gets_an_arrow_into_each_reader(qtbot, tab):
    type_expression(qtbot, tab, "z = x * y + x")
    assert len(tab.view.branch_items) == 1  # x into × (labelled) and into + (the second arrow)
    add = tab.state.graph.nodes[-1]
    end = tab.view.branch_items[0].path().pointAtPercent(1.0)
    centre = tab.view._p(add.pos)
    assert abs(end.x() - centre.x()) < tab.view._ux * 0.3
    press(qtbot, tab, Qt.Key.Key_Right, tab.state.n_steps)
    assert grad(tab, "x") == "3"  # y + 1 with x = 1, y = 2: both gradients summed


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_expression_panel_is_legible_on_a_projector(qtbot, lang):
    """1024×700, Larger text: the expression box, a refusal and the gradient check, nothing cut."""
    from PySide6.QtWidgets import QApplication

    from nnviz.ui.app import create_window

    from .legibility import clipped_widgets, plot_problems

    font = QApplication.font()
    window = create_window(lang=lang, persist=False)
    window.ask_before_close = False
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.larger_text()
        window.resize(1024, 700)
        window.show_tab("backprop")
        page = window.page("backprop")
        page.choose_graph("expression")
        page.set_expression("f = 1 / (1 + exp(-(w*x + b)))")
        page.set_expression("f = w.x")  # refused: the red message shows
        page.state.position = page.state.n_steps
        page._refresh()
        for _ in range(3):
            QApplication.processEvents()
        assert page.expression_box.message.isVisible()
        problems = clipped_widgets(page) + plot_problems(page)
        assert not problems, "\n".join(problems)
    finally:
        window.close()
        i18n.install_language("en")
        QApplication.setFont(font)
