"""How long the Backprop tab takes to parse, build and draw the largest expression it accepts.

Run: python benchmarks/bench_backprop_expression.py  (goal: well under 100 ms: typing never freezes)
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _accepted(text: str) -> bool:
    from nnviz.engine.expression import ExpressionError, parse

    try:
        parse(text)
    except ExpressionError:
        return False
    return True


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from nnviz.engine.expression import MAX_LENGTH, build_graph, parse
    from nnviz.ui.tabs.backprop.tab import BackpropTab

    app = QApplication.instance() or QApplication([])
    terms = ["tanh(a*b)", "exp(-c)", "log(d + 2)", "sigmoid(a - d)"]
    count = 40
    text = "z = " + " + ".join((terms * 20)[:count])
    while len(text) > MAX_LENGTH or not _accepted(text):
        count -= 1
        text = "z = " + " + ".join((terms * 20)[:count])
    parse(text)
    start = time.perf_counter()
    graph = build_graph(text)
    built = time.perf_counter() - start
    tab = BackpropTab()
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    tab.choose_graph("expression")
    start = time.perf_counter()
    tab.set_expression(text)
    app.processEvents()
    drawn = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(len(graph.steps)):
        tab.next()
    stepped = (time.perf_counter() - start) / len(graph.steps)
    print(f"{len(text)} characters, {len(graph.nodes)} nodes")
    print(f"parse + build: {built * 1000:.1f} ms; tab build + draw: {drawn * 1000:.1f} ms")
    print(f"one step (redraw): {stepped * 1000:.1f} ms")
    tab.shutdown()


if __name__ == "__main__":
    main()
