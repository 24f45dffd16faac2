"""Digit pad latency: from a mouse-move event on the pad to the bars (and the strip) repainted.

    python benchmarks/bench_draw_latency.py [--model PATH|simple|deep] [--compare] [--moves 400]
                                            [--hz 125] [--json]

Runs the Draw tab offscreen, at its size in the 1280x800 window, with a ConvNet (the bundled
model, or --model: a file, or simple / deep for the bundled SimpleConvNet / DeepConvNet, or an
untrained SimpleConvNet: the cost is the same; --compare: the other bundled model answers too,
as with the tab's "Compare with the other model"), drags the mouse through
a digit-sized zigzag with real QMouseEvents at a mouse's report rate, and times every prediction:

- cost: one update (pad ink -> preprocess -> forward trace -> views) plus a forced, synchronous
  repaint of the bar chart and, when it changed, of the strip of every layer beside the pad
  (redrawn at most ~15 times a second while the pen moves, by its own timer);
- latency: for each move event, the time until the bars showing it were painted (this includes
  the throttle's wait, which keeps updates at most ~60 a second while the pen moves);
- strip: the time one repaint of the strip of every layer takes (its paint alone).

Goal: latency <= 30 ms. Timings on a shared machine vary; the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

GOAL_MS = 30.0


def zigzag(n: int) -> list[tuple[float, float]]:
    """n points of a digit-sized scribble in pad units (0..1): down, across, back up."""
    t = np.linspace(0, 1, n)
    x = 0.3 + 0.4 * np.abs(((t * 6) % 2) - 1)
    y = 0.2 + 0.6 * (0.5 - 0.5 * np.cos(2 * np.pi * t))
    return list(zip(x.tolist(), y.tolist(), strict=True))


def mouse(kind, pad, pos: QPointF) -> QMouseEvent:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.LeftButton
    return QMouseEvent(
        kind,
        pos,
        pad.mapToGlobal(pos),
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )


def load_net(path: str | None):
    from nnviz import paths
    from nnviz.engine.convnet import SimpleConvNet
    from nnviz.engine.model_io import load_model

    if path:
        path = paths.model_argument(path)
        return load_model(path), path.name
    if paths.default_model_path().exists():
        return load_model(paths.default_model_path()), paths.default_model_path().name
    return SimpleConvNet(dtype=np.float32, rng=np.random.default_rng(0)), "untrained SimpleConvNet"


def run(model: str | None, moves: int, hz: float, compare: bool = False) -> dict:
    from nnviz.ui.app import ensure_app
    from nnviz.ui.tabs.draw.tab import Tab

    app = ensure_app()
    # The tab alone, at the size it has in the 1280x800 window: other tabs (and their state
    # while they are being written) stay out of the figure.
    page = window = Tab()
    window.resize(1280, 733)
    window.show()
    app.processEvents()
    net, name = load_net(model)
    page.set_model(net, name)
    if compare:  # as the checkbox does, without writing the user's settings
        page.compare_box.blockSignals(True)
        page.compare_box.setChecked(True)
        page.compare_box.blockSignals(False)
        page._update_compare()
    pad, bars = page.pad, page.bars

    updates: list[tuple[float, float]] = []  # (start, bars painted)
    original = page.update_prediction

    strip = getattr(page, "maps_view", None)
    strip_ms: list[float] = []
    shown_strip = [None]  # the layers the strip showed at its last repaint

    def timed_update():
        start = time.perf_counter()
        original()
        bars.viewport().repaint()  # paint now, synchronously: the bars the user would see
        if strip is not None and strip.layers is not shown_strip[0]:  # the strip, when new
            shown_strip[0] = strip.layers
            painted = time.perf_counter()
            strip.repaint()
            strip_ms.append((time.perf_counter() - painted) * 1000)
        updates.append((start, time.perf_counter()))

    page.update_prediction = timed_update  # the pad's signals reach it through these two:
    page._throttle.timeout.disconnect()
    page._throttle.timeout.connect(timed_update)
    page.pad.stroke_finished.disconnect()
    page.pad.stroke_finished.connect(timed_update)

    points = [pad.to_widget(x, y) for x, y in zigzag(moves)]
    period = 1.0 / hz
    sent: list[float] = []
    QApplication.sendEvent(pad, mouse(QEvent.Type.MouseButtonPress, pad, points[0]))
    app.processEvents()
    begin = time.perf_counter()
    for i, p in enumerate(points[1:]):
        due = begin + i * period
        while time.perf_counter() < due:  # the event loop runs between reports, as in real use
            app.processEvents()
        sent.append(time.perf_counter())
        QApplication.sendEvent(pad, mouse(QEvent.Type.MouseMove, pad, p))
    while page._throttle.isActive():
        app.processEvents()
    QApplication.sendEvent(pad, mouse(QEvent.Type.MouseButtonRelease, pad, points[-1]))
    app.processEvents()

    costs = [(end - start) * 1000 for start, end in updates]
    latencies = []
    for t in sent:  # the first update that started after this move shows it
        shown = next((end for start, end in updates if start >= t), None)
        if shown is not None:
            latencies.append((shown - t) * 1000)
    duration = sent[-1] - sent[0]
    window.ask_before_close = False  # no modal question at the end of a run
    window.close()
    return {
        "model": name,
        "compare_with": getattr(page.state, "compare_name", "") or None,
        "moves": len(sent),
        "report_rate_hz": hz,
        "updates": len(updates),
        "updates_per_s": round(len(updates) / duration, 1),
        "cost_ms_median": round(statistics.median(costs), 2),
        "cost_ms_max": round(max(costs), 2),
        "latency_ms_median": round(statistics.median(latencies), 2),
        "latency_ms_p95": round(float(np.percentile(latencies, 95)), 2),
        "latency_ms_max": round(max(latencies), 2),
        "strip_paint_ms_median": round(statistics.median(strip_ms), 2) if strip_ms else None,
        "goal_ms": GOAL_MS,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model",
        help="model file (.npz), or simple / deep (the bundled ones); default: the bundled "
        "SimpleConvNet",
    )
    parser.add_argument(
        "--compare", action="store_true", help="the other bundled model answers too"
    )
    parser.add_argument("--moves", type=int, default=400, help="mouse-move events (400)")
    parser.add_argument("--hz", type=float, default=125.0, help="mouse report rate (125 Hz)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = run(args.model, args.moves, args.hz, args.compare)
    if args.json:
        print(json.dumps(result))
        return 0
    also = f", compared with {result['compare_with']}" if result["compare_with"] else ""
    print(f"model: {result['model']}{also}; {result['moves']} moves at {args.hz:g} Hz")
    print(f"updates: {result['updates']} ({result['updates_per_s']}/s)")
    print(
        f"cost per update (to bars painted): median {result['cost_ms_median']} ms, "
        f"max {result['cost_ms_max']} ms"
    )
    print(
        f"move -> bars painted: median {result['latency_ms_median']} ms, "
        f"p95 {result['latency_ms_p95']} ms, max {result['latency_ms_max']} ms "
        f"(goal <= {GOAL_MS:g} ms)"
    )
    if result["strip_paint_ms_median"] is not None:
        print(f"strip of every layer, one repaint: median {result['strip_paint_ms_median']} ms")
    print(f"machine: {result['cpus']} CPUs, load average {result['load_average_1min']} (shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
