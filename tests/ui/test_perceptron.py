"""The perceptron tab (ch2), driven like a student: drag the line, type weights, learn, XOR."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from nnviz.engine import BOOK_WEIGHTS, GATE_INPUTS, GATE_TARGETS

RIGHT, WRONG = QColor(200, 240, 200), QColor(250, 200, 200)


@pytest.fixture
def tab(window, qtbot):
    window.show_tab("perceptron")
    page = window.page("perceptron")
    qtbot.waitUntil(lambda: page.plot.isVisible())
    yield page
    page.shutdown()


def viewport_pos(plot, x, y):
    """Where data point (x, y) is in the plot's viewport, in pixels."""
    return plot.mapFromScene(plot.plotItem.vb.mapViewToScene(QPointF(x, y)))


def drag(qtbot, plot, start, end, steps=8):
    """Press at data point `start`, move in steps with the button held, release at `end`."""
    viewport = plot.viewport()
    a, b = viewport_pos(plot, *start), viewport_pos(plot, *end)
    QTest.mouseMove(viewport, a)
    qtbot.wait(20)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for k in range(1, steps + 1):
        QTest.mouseMove(viewport, a + (b - a) * (k / steps))
        qtbot.wait(15)  # pyqtgraph drops mouse moves closer than 10 ms apart
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    qtbot.wait(10)


def spin_values(tab):
    return tuple(spin.value() for spin in tab.spins)


def table_column(table, column):
    return [table.item(i, column).text() for i in range(table.rowCount())]


def row_colours(tab):
    return [tab.table.item(i, 0).background().color() for i in range(tab.table.rowCount())]


def on_line(weights, point):
    w1, w2, b = weights
    return abs(w1 * point[0] + w2 * point[1] + b) / np.hypot(w1, w2)


def pixel(tab, x, y):
    image = tab.plot.grab().toImage()
    pos = viewport_pos(tab.plot, x, y) + tab.plot.viewport().pos()
    return image.pixelColor(pos)


def is_shaded(colour):
    """The light orange of the y = 1 side, not the white of the y = 0 side."""
    return colour.red() > 240 and colour.blue() < 225 and colour.red() - colour.blue() > 30


def trail_points(tab):
    xs, _ = tab.plot.trail.getData()
    return 0 if xs is None else len(xs)


def test_dragging_a_handle_turns_the_line_and_everything_follows(tab, qtbot):
    tab.set_weights(*BOOK_WEIGHTS["AND"])
    p, q = tab.plot.line.handle_positions()
    target = (1.25, 0.3)
    drag(qtbot, tab.plot, q, target)

    weights = tab.state.weights
    assert weights != pytest.approx(BOOK_WEIGHTS["AND"])
    # The line now runs through the dropped handle (to a pixel) and through the one left alone.
    pixel_size = tab.plot.line.pixelWidth()
    assert on_line(weights, target) < 3 * pixel_size
    assert on_line(weights, p) < 0.01  # to the 0.01 the weights are kept to
    # |w| is kept: a drag moves the line, it does not rescale w and b.
    assert np.hypot(*weights[:2]) == pytest.approx(np.hypot(0.5, 0.5), abs=0.01)
    assert spin_values(tab) == pytest.approx(weights, abs=1e-12)  # what is shown is what is used
    for handle in tab.plot.line.handle_positions():
        assert on_line(weights, handle) < 1e-9  # the grips sit on the rounded line
    assert tab.sliders[0].value() == round(weights[0] * 100)
    # Truth table and shading follow the new weights.
    w1, w2, b = weights
    sums = [f"{w1 * x1 + w2 * x2 + b:+.2f}".replace("-", "−") for x1, x2 in GATE_INPUTS]
    assert [text.split(" = ")[1] for text in table_column(tab.table, 2)] == sums
    polygon = tab.plot.shade.polygon()
    for x1, x2 in GATE_INPUTS:
        inside = polygon.containsPoint(QPointF(x1, x2), Qt.FillRule.OddEvenFill)
        assert inside == (w1 * x1 + w2 * x2 + b > 0)


def test_dragging_the_line_itself_slides_it_without_turning(tab, qtbot):
    qtbot.mouseClick(tab.gate_buttons["OR"], Qt.MouseButton.LeftButton)
    tab.set_weights(*BOOK_WEIGHTS["OR"])
    assert "Solved" in tab.solved_label.text()
    p, q = tab.plot.line.handle_positions()
    middle = (p + q) / 2
    drag(qtbot, tab.plot, middle, middle + np.array([0.4, 0.4]))

    w1, w2, b = tab.state.weights
    assert (w1, w2) == pytest.approx((0.5, 0.5))
    assert b == pytest.approx(-0.2 - 0.5 * 0.4 - 0.5 * 0.4, abs=0.01)  # b = -w·(shifted point)
    # OR is now wrong on (1, 0) and (0, 1): the line passed them (their sums are -0.1).
    assert table_column(tab.table, 3) == ["0", "0", "0", "1"]
    assert row_colours(tab) == [RIGHT, WRONG, WRONG, RIGHT]
    assert "2 of 4" in tab.solved_label.text()


def test_dragging_a_line_across_an_input_changes_its_row_and_its_shading(tab, qtbot):
    tab.set_gate("AND")
    tab.set_weights(*BOOK_WEIGHTS["AND"])
    assert is_shaded(pixel(tab, 0.8, 1.1))
    assert not is_shaded(pixel(tab, 0.2, 0.75))
    p, q = tab.plot.line.handle_positions()
    middle = (p + q) / 2
    drag(qtbot, tab.plot, middle, middle + np.array([0.4, 0.4]))  # the line passes (1, 1)

    assert tab.table.item(3, 3).text() == "0"
    assert tab.table.item(3, 0).background().color() == WRONG
    assert not is_shaded(pixel(tab, 0.8, 1.1))  # 0.4 + 0.55 - 1.1 < 0 now


def test_typing_a_weight_moves_the_line(tab, qtbot):
    tab.set_weights(*BOOK_WEIGHTS["AND"])
    spin = tab.spins[2]
    spin.selectAll()
    qtbot.keyClicks(spin, "-0.2")
    qtbot.keyClick(spin, Qt.Key.Key_Return)

    assert tab.state.weights == pytest.approx((0.5, 0.5, -0.2))
    p, q = tab.plot.line.handle_positions()
    assert on_line((0.5, 0.5, -0.2), p) < 1e-9 and on_line((0.5, 0.5, -0.2), q) < 1e-9
    assert tab.sliders[2].value() == -20
    x, y = tab.plot.line.boundingRect().center().x(), tab.plot.line.boundingRect().center().y()
    assert 0.5 * x + 0.5 * y - 0.2 == pytest.approx(0, abs=1e-6)


def test_a_slider_moves_the_spin_box_and_the_line(tab, qtbot):
    tab.set_weights(0.5, 0.5, -0.7)
    tab.sliders[0].setValue(120)
    assert tab.spins[0].value() == pytest.approx(1.2)
    assert tab.state.w1 == pytest.approx(1.2)
    p, _ = tab.plot.line.handle_positions()
    assert on_line((1.2, 0.5, -0.7), p) < 1e-9


def test_the_books_weights_solve_and_nand_or(tab, qtbot):
    for gate in ("AND", "NAND", "OR"):  # one window for the three: each costs a second
        qtbot.mouseClick(tab.gate_buttons[gate], Qt.MouseButton.LeftButton)
        tab.set_weights(0.6, -0.4, -0.1)
        assert "Solved" not in tab.solved_label.text()
        qtbot.mouseClick(tab.book_button, Qt.MouseButton.LeftButton)

        assert spin_values(tab) == pytest.approx(BOOK_WEIGHTS[gate])
        assert table_column(tab.table, 3) == [str(t) for t in GATE_TARGETS[gate]]
        assert row_colours(tab) == [RIGHT] * 4
        assert "Solved" in tab.solved_label.text()


def test_xor_has_no_book_weights(tab, qtbot):
    qtbot.mouseClick(tab.gate_buttons["XOR"], Qt.MouseButton.LeftButton)
    assert not tab.book_button.isEnabled()


def test_the_learning_rule_converges_step_by_step_for_and_nand_or(tab, qtbot):
    for gate in ("AND", "NAND", "OR"):
        qtbot.mouseClick(tab.gate_buttons[gate], Qt.MouseButton.LeftButton)
        tab.set_weights(0.6, -0.4, -0.1)
        for _ in range(200):
            qtbot.mouseClick(tab.learn_box.step_button, Qt.MouseButton.LeftButton)
            if "Converged" in tab.learn_box.status.text():
                break
        assert "Converged" in tab.learn_box.status.text(), gate
        assert "Solved" in tab.solved_label.text()
        assert row_colours(tab) == [RIGHT] * 4
        assert tab.state.weights != pytest.approx((0.6, -0.4, -0.1))
        # Another step changes nothing: the rule has settled.
        before = tab.state.weights
        qtbot.mouseClick(tab.learn_box.step_button, Qt.MouseButton.LeftButton)
        assert tab.state.weights == before


def test_play_animates_until_it_converges_and_reset_goes_back(tab, qtbot):
    qtbot.mouseClick(tab.gate_buttons["OR"], Qt.MouseButton.LeftButton)
    tab.set_weights(0.6, -0.4, -0.1)
    tab.learn_box.speed_slider.setValue(tab.learn_box.speed_slider.maximum())
    qtbot.mouseClick(tab.learn_box.play_button, Qt.MouseButton.LeftButton)
    assert tab.playing() and tab.learn_box.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: "Converged" in tab.learn_box.status.text(), timeout=5000)
    assert not tab.playing()
    assert trail_points(tab) > 0  # the earlier lines stay on screen
    qtbot.mouseClick(tab.learn_box.reset_button, Qt.MouseButton.LeftButton)
    assert tab.state.weights == pytest.approx((0.6, -0.4, -0.1))
    assert trail_points(tab) == 0


def test_the_learning_rule_never_settles_for_xor(tab, qtbot):
    qtbot.mouseClick(tab.gate_buttons["XOR"], Qt.MouseButton.LeftButton)
    assert not tab.xor_box.isVisible()  # nothing to explain before the student has tried
    for _ in range(300):
        qtbot.mouseClick(tab.learn_box.step_button, Qt.MouseButton.LeftButton)
        if "No convergence" in tab.learn_box.status.text():
            break
    assert "No convergence" in tab.learn_box.status.text()
    assert "Solved" not in tab.solved_label.text()
    assert tab.xor_box.isVisible()
    assert "not linearly separable" in tab.xor_box.text.text()
    # Stepping on starts another round; the epochs count on.
    qtbot.mouseClick(tab.learn_box.step_button, Qt.MouseButton.LeftButton)
    assert tab.learn_box.status.text().startswith("Epoch 31,")


def test_xor_two_layer_view_gives_the_books_table(tab, qtbot):
    qtbot.mouseClick(tab.gate_buttons["XOR"], Qt.MouseButton.LeftButton)
    drag(qtbot, tab.plot, (0.5, 0.5), (0.55, 0.7))  # a try: one line, still wrong
    assert tab.xor_box.isVisible()
    qtbot.mouseClick(tab.xor_box.button, Qt.MouseButton.LeftButton)

    panel = tab.two_layer_panel
    assert panel.isVisible() and not tab.learn_box.isVisible()
    rows = [[panel.table.item(i, j).text() for j in range(5)] for i in range(4)]
    # The book's ch2.5.2 table: x1, x2, s1, s2, y.
    assert rows == [
        ["0", "0", "1", "0", "0"],
        ["1", "0", "1", "1", "1"],
        ["0", "1", "1", "1", "1"],
        ["1", "1", "0", "1", "0"],
    ]
    # Both lines of layer 1 are drawn, where the book's NAND and OR weights put them.
    for name in ("NAND", "OR"):
        xs, ys = tab.plot.layer_lines[name].getData()
        w1, w2, b = BOOK_WEIGHTS[name]
        assert np.allclose(w1 * xs + w2 * ys + b, 0)
    # Picking a row shows its values flowing through the diagram.
    rect = panel.table.visualItemRect(panel.table.item(3, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.diagram.node_values() == {"x1": 1, "x2": 1, "s1": 0, "s2": 1, "y": 0}
    # So does clicking an input in the plot.
    qtbot.mouseClick(
        tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos(tab.plot, 0, 1)
    )
    assert panel.selected() == 2
    assert panel.diagram.node_values() == {"x1": 0, "x2": 1, "s1": 1, "s2": 1, "y": 1}
    qtbot.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    assert tab.learn_box.isVisible() and tab.plot.line.isVisible()


def test_switching_to_chinese_translates_the_tab(window, tab):
    assert tab.book_button.text() == "Show the book's weights"
    window.set_language("zh_CN")
    try:
        assert tab.book_button.text() == "使用书中的权重"
        assert tab.title() == "感知机"
        assert tab.learn_box.step_button.text() == "单步"
    finally:
        window.set_language("en")
    assert tab.learn_box.step_button.text() == "Step"


def test_shutdown_stops_the_animation(tab, qtbot):
    qtbot.mouseClick(tab.learn_box.play_button, Qt.MouseButton.LeftButton)
    assert tab.playing()
    tab.shutdown()
    assert not tab.playing() and not tab.learn_box.play_button.isChecked()


# ---- the Qt-free side of the tab ----------------------------------------------------------


def test_handles_lie_on_the_line_and_give_its_weights_back():
    from nnviz.ui.tabs.perceptron.state import line_handles, weights_from_handles

    for weights in [(0.5, 0.5, -0.7), (-0.5, -0.5, 0.7), (1.2, -0.3, 0.1), (0.0, 2.0, -1.0)]:
        p, q = line_handles(*weights)
        assert on_line(weights, p) < 1e-12 and on_line(weights, q) < 1e-12
        # Same |w| and the same orientation: the shaded side does not flip.
        assert weights_from_handles(p, q, np.hypot(*weights[:2])) == pytest.approx(weights)
    assert line_handles(0.0, 0.0, 0.3) is None  # w = 0: no line to draw


def test_the_shaded_polygon_is_exactly_the_positive_side():
    from nnviz.ui.tabs.perceptron.state import clip_half_plane, view_box_polygon

    polygon = np.array(clip_half_plane(view_box_polygon(), 0.5, 0.5, -0.7))
    assert np.all(0.5 * polygon[:, 0] + 0.5 * polygon[:, 1] - 0.7 >= -1e-12)
    assert clip_half_plane(view_box_polygon(), 0.0, 0.0, -1.0) == []  # y = 0 everywhere


def test_learner_reset_returns_to_the_start_and_rounds_count_on():
    from nnviz.ui.tabs.perceptron.state import LEARN_EPOCHS, Learner, PerceptronState

    state = PerceptronState(gate="XOR", w1=0.6, w2=-0.4, b=-0.1)
    learner = Learner()
    while learner.step(state, lr=0.1) is not None and not learner.finished:
        pass
    assert learner.finished and not learner.converged and learner.epoch == LEARN_EPOCHS
    learner.restart()
    learner.step(state, lr=0.1)
    assert learner.epoch == LEARN_EPOCHS + 1
    learner.reset(state)
    assert state.weights == (0.6, -0.4, -0.1) and learner.last is None
