"""Sums a student checks by hand add up; the line can always be grabbed; XOR explained at once."""

import re
from decimal import Decimal

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.engine import GATE_INPUTS
from nnviz.ui.tabs.perceptron.state import VIEW, line_segment_in_view, reachable_handles
from tests.ui.test_perceptron import drag, table_column

TERMS = re.compile(
    r"^(−?\d+\.\d\d)·([01]) ([+−]) (\d+\.\d\d)·([01]) ([+−]) (\d+\.\d\d) = ([+−]?\d+\.\d\d)$"
)


@pytest.fixture
def tab(window, qtbot):
    window.show_tab("perceptron")
    page = window.page("perceptron")
    qtbot.waitUntil(lambda: page.plot.isVisible())
    yield page
    page.shutdown()


def number(text: str) -> Decimal:
    return Decimal(text.replace("−", "-"))


def check_rows_add_up(tab) -> None:
    """Parse each row's written-out sum and redo the arithmetic exactly, as on paper."""
    spins = [number(spin.text()) for spin in tab.spins]  # what the weight boxes show
    for row, text in enumerate(table_column(tab.table, 2)):
        match = TERMS.match(text)
        assert match, text
        w1, x1, s2, w2, x2, s3, b, total = match.groups()
        w1, w2, b = number(w1), number(w2) * (-1 if s2 == "−" else 1), number(b)
        b = -b if s3 == "−" else b
        assert (int(x1), int(x2)) == GATE_INPUTS[row]
        assert [w1, w2, b] == spins  # the terms are the weights on screen
        assert w1 * int(x1) + w2 * int(x2) + b == number(total), text
        # The output column follows the sum shown: y = 1 exactly when it is above 0.
        assert tab.table.item(row, 3).text() == ("1" if number(total) > 0 else "0")


def test_every_row_adds_up_for_many_dragged_lines(tab, qtbot):
    rng = np.random.default_rng(7)
    for _ in range(12):
        p, q = tab.plot.line.handle_positions()
        which = int(rng.integers(2))
        target = rng.uniform(VIEW[0] + 0.15, VIEW[1] - 0.15, size=2)
        drag(qtbot, tab.plot, (p, q)[which], target, steps=4)
        check_rows_add_up(tab)


def test_every_row_adds_up_for_typed_and_learnt_weights(tab, qtbot):
    tab.set_weights(0.6549, 0.4951, -0.5549)  # what a drag could leave: shown as 0.65 0.50 −0.55
    check_rows_add_up(tab)
    assert table_column(tab.table, 2)[1] == "0.65·1 + 0.50·0 − 0.55 = +0.10"
    tab.set_gate("XOR")
    for _ in range(40):
        tab.step_once()
        check_rows_add_up(tab)


def handles_reachable(tab) -> bool:
    lo, hi = VIEW
    return all(lo < v < hi for end in tab.plot.line.handle_positions() for v in end)


def test_the_grips_stay_in_the_plot_while_xor_learns(tab, qtbot):
    tab.set_gate("XOR")
    tab.learn_box.lr_spin.setValue(0.5)  # big steps send the line far away
    for _ in range(4 * 30):
        tab.step_once()
        assert handles_reachable(tab)


def test_a_line_outside_the_plot_can_be_dragged_back_by_its_parked_grip(tab, qtbot):
    tab.set_weights(0.0, 0.2, -0.8)  # x2 = 4: far above the plot
    assert line_segment_in_view(*tab.state.weights, margin=0) is None
    assert handles_reachable(tab) and tab.plot.line.parked
    assert tab.plot.line.handles[0].toolTip()
    p, q = tab.plot.line.handle_positions()
    drag(qtbot, tab.plot, q, (q[0], 0.5), steps=5)
    assert line_segment_in_view(*tab.state.weights, margin=0) is not None  # back in sight
    assert not tab.plot.line.parked
    check_rows_add_up(tab)


def test_grips_of_a_line_crossing_a_corner_sit_on_its_visible_part():
    w = (1.0, 1.0, -2.7)  # x1 + x2 = 2.7: only the top right corner of the plot
    p, q, on_line = reachable_handles(*w)
    assert on_line
    for end in (p, q):
        assert abs(end @ np.array(w[:2]) + w[2]) < 1e-9
        assert all(VIEW[0] < v < VIEW[1] for v in end)


def test_the_xor_explanation_opens_at_once_without_waiting_for_30_epochs(tab, qtbot):
    tab.set_gate("XOR")
    assert tab.xor_why_button.isVisible() and not tab.xor_box.isVisible()
    qtbot.mouseClick(tab.xor_why_button, Qt.MouseButton.LeftButton)
    assert tab.xor_box.isVisible() and not tab.xor_why_button.isVisible()
    assert tab.learner.epoch == 0
    tab.set_gate("AND")
    assert not tab.xor_why_button.isVisible()
