"""The Learning tab's race (numerical gradient vs backprop on MNIST): GUI stall, Stop, the ratio.

    python benchmarks/bench_learning_race.py [--seconds 10] [--rounds 3]

Each round opens the window on the race page, presses Start and lets the race run for --seconds
while a 10 ms QTimer ticks in the GUI thread; the worst gap between two ticks is the longest the
window froze (goal: ≤ 50 ms). Then it presses Stop and measures how long until both runs have
ended (goal: ≤ 1 s), and checks that neither counter moves afterwards. It prints the measured
time per iteration of each run and their ratio (the book's 784-50-10, batch 100).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nnviz.ui.app import create_window, settle_heap  # noqa: E402
from nnviz.ui.tabs.learning.race_page import duration_text  # noqa: E402

STALL_GOAL_MS = 50
STOP_GOAL_S = 1.0


def probe_gaps(app, seconds: float) -> list[float]:
    """Gaps (ms) between ticks of a 10 ms QTimer while the event loop runs for `seconds`."""
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer(interval=10)
    probe.timeout.connect(tick)
    clock.start()
    probe.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    return gaps[1:]


def one_round(app, seconds: float) -> dict:
    window = create_window(lang="en", persist=False)
    settle_heap()  # as `nnviz` does once its window is built
    window.resize(1024, 700)
    window.show()
    window.show_tab("learning")
    tab = window.page("learning")
    page = tab.race_page
    tab.pages.setCurrentWidget(page)
    app.processEvents()

    idle = probe_gaps(app, seconds / 2)  # the same window, nothing running: the machine's share
    page.start_button.click()
    gaps = probe_gaps(app, seconds)

    tick_before = page.last_tick
    began = time.perf_counter()
    page.stop_button.click()
    stop_s = time.perf_counter() - began
    stopped = not page.is_running()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    frozen = page.last_tick is tick_before or (
        page.last_tick.backprop.iterations == tick_before.backprop.iterations
        and page.last_tick.numerical.params_done == tick_before.numerical.params_done
    )
    result = {
        "worst_gap_ms": max(gaps),
        "median_gap_ms": statistics.median(gaps),
        "long_gaps": sum(g > STALL_GOAL_MS for g in gaps),
        "ticks": len(gaps),
        "idle_worst_ms": max(idle),
        "stop_s": stop_s,
        "stopped": stopped and frozen,
        "tick": page.last_tick,
    }
    tab.shutdown()
    window.ask_before_close = False  # no modal question at the end of a run
    window.close()
    app.processEvents()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    ok = True
    for n in range(1, args.rounds + 1):
        r = one_round(app, args.seconds)
        tick = r["tick"]
        numerical, backprop = tick.numerical, tick.backprop
        print(
            f"round {n}: worst GUI gap {r['worst_gap_ms']:.1f} ms (median {r['median_gap_ms']:.1f},"
            f" {r['long_gaps']} of {r['ticks']} over {STALL_GOAL_MS} ms; idle window: worst"
            f" {r['idle_worst_ms']:.1f} ms)"
            f" · Stop took {r['stop_s'] * 1000:.1f} ms,"
            f" runs {'ended' if r['stopped'] else 'RAN ON'}"
        )
        print(
            f"         numerical: {numerical.params_done:,} of {numerical.params_total:,} "
            f"parameters, {duration_text(numerical.seconds_per_iteration())} per iteration "
            f"(estimated) · backprop: {backprop.iterations:,} iterations, "
            f"{duration_text(backprop.seconds_per_iteration())} each · ratio {tick.ratio():,.0f}×"
        )
        ok &= r["worst_gap_ms"] <= STALL_GOAL_MS and r["stop_s"] <= STOP_GOAL_S and r["stopped"]
    goals = f"stall ≤ {STALL_GOAL_MS} ms, Stop ≤ {STOP_GOAL_S} s"
    print(f"goals met ({goals})" if ok else f"goal missed ({goals})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
