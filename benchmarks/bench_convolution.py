"""Convolution tab: time from a control change (slider drag, step) to the pictures repainted.

    python benchmarks/bench_convolution.py [--repeats 60] [--json]

Runs the tab offscreen at its size in a 1024x700 window, on an MNIST test digit (28x28) with a
learned 5x5 filter of the bundled model, and times, each followed by a forced synchronous
repaint of the tab (what the user waits for):

- step: Next (one window further) on the Sliding window and the im2col pages;
- pad / stride drag: the slider moved one notch (a new engine forward, new pictures);
- filter size: the spin box changed.

Goal: every action <= 30 ms (median and 90th percentile printed). The machine may be shared:
the load average is printed with the figures.
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

GOAL_MS = 30.0


def _timed(tab, action) -> float:
    start = time.perf_counter()
    action()
    tab.repaint()  # synchronous: the pictures the user sees, painted
    return (time.perf_counter() - start) * 1e3


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from nnviz.ui.app import create_window, settle_heap
    from nnviz.ui.tabs.convolution.tab import PAGE_CHANNELS, PAGE_IM2COL, PAGE_WINDOW

    app = QApplication.instance() or QApplication([])
    window = create_window(lang="en", persist=False)
    settle_heap()  # as `nnviz` does once its window is built
    window.resize(1024, 700)
    window.show()
    tab = next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if getattr(window.tabs.widget(i), "TAB_ID", "") == "convolution"
    )
    window.tabs.setCurrentWidget(tab)
    app.processEvents()
    tab.choose_input("mnist")
    tab.choose_filter("learned")
    app.processEvents()

    results: dict[str, list[float]] = {}

    def run(name, action, page):
        tab.pages.setCurrentIndex(page)
        tab.reset()
        app.processEvents()
        times = []
        for _ in range(args.repeats):
            times.append(_timed(tab, action))
            if tab.state.position >= tab.state.n_windows:
                tab.reset()
        results[name] = times

    def toggle(slider, a, b):
        return lambda: slider.setValue(b if slider.value() == a else a)

    run("step (sliding window)", tab.next, PAGE_WINDOW)
    run("step (im2col page)", tab.next, PAGE_IM2COL)
    run("pad slider 0<->1", toggle(tab.pad_slider, 0, 1), PAGE_WINDOW)
    run("stride slider 1<->2", toggle(tab.stride_slider, 1, 2), PAGE_WINDOW)
    run("stride slider on im2col", toggle(tab.stride_slider, 1, 2), PAGE_IM2COL)
    run("pad slider on channels", toggle(tab.pad_slider, 0, 1), PAGE_CHANNELS)
    run("filter size 5<->3", toggle(tab.size_spin, 5, 3), PAGE_WINDOW)
    window.ask_before_close = False  # no modal question at the end of a run
    window.close()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    summary = {
        name: {
            "median_ms": statistics.median(t),
            "p90_ms": sorted(t)[int(0.9 * (len(t) - 1))],
            "max_ms": max(t),
        }
        for name, t in results.items()
    }
    if args.json:
        print(json.dumps({"load_average": load, "goal_ms": GOAL_MS, "results": summary}))
        return 0
    print(f"Convolution tab redraws (goal <= {GOAL_MS:.0f} ms), load average {load:.2f}")
    for name, s in summary.items():
        mark = "ok" if s["p90_ms"] <= GOAL_MS else "SLOW"
        print(
            f"  {name:26s} median {s['median_ms']:6.1f} ms  p90 {s['p90_ms']:6.1f} ms  "
            f"max {s['max_ms']:6.1f} ms  {mark}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
