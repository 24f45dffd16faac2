"""The numbers on the arrows of every graph never sit on top of each other (issue 14: "2.2" and
"2" on one arrow of the apple graph), at any step, with normal and larger text."""

import pytest
from PySide6.QtWidgets import QApplication

from nnviz.engine.graph_examples import EXAMPLES
from nnviz.ui.tabs.backprop.view import GraphView

GAP = 0.4  # lines of text between the numbers of two different arrows, at least


def crowded_labels(view: GraphView) -> list[tuple[str, str]]:
    """Pairs of numbers of different arrows closer than GAP lines (or on top of each other)."""
    items = [
        (edge, item)
        for store in (view.value_items, view.grad_items)
        for edge, item in store.items()
        if item.text()
    ]
    margin = GAP * view._fh
    pairs = []
    for i, (edge_a, a) in enumerate(items):
        grown = a.sceneBoundingRect().adjusted(-margin, -margin, margin, margin)
        for edge_b, b in items[i + 1 :]:
            if edge_a != edge_b and grown.intersects(b.sceneBoundingRect()):
                pairs.append((a.text(), b.text()))
    return pairs


@pytest.mark.parametrize("larger", [0, 4])
@pytest.mark.parametrize("key", list(EXAMPLES))
def test_the_numbers_of_two_arrows_never_run_together(qtbot, key, larger):
    font = QApplication.font()
    bigger = QApplication.font()
    bigger.setPointSizeF(font.pointSizeF() + larger)
    QApplication.setFont(bigger)
    try:
        view = GraphView()
        qtbot.addWidget(view)
        view.resize(560, 330)
        graph = EXAMPLES[key]()
        problems = []
        for position in range(len(graph.steps) + 1):
            view.show_graph(graph, position)
            problems += [(position, pair) for pair in crowded_labels(view)]
        assert not problems, f"{key}: numbers of two arrows run together: {problems}"
    finally:
        QApplication.setFont(font)
