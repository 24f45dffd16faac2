"""The Experiments tab stays responsive while its runs train together (goal: no GUI stall over
50 ms with 4-6 runs).

    python benchmarks/bench_experiments_tab.py [--seconds 10] [--runs 6]

Opens the window on 6.1.8 (optimizers on MNIST: SGD, Momentum, AdaGrad, Adam; with --runs 6
also Nesterov and RMSprop, the book's extras), presses Start and lets the runs race for
--seconds while a 10 ms QTimer ticks in the GUI thread; prints the longest gaps, the mini-batches
trained, and how long Stop took.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stall_probe import StallProbe  # noqa: E402

STALL_GOAL_MS, STOP_GOAL_S = 50.0, 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=6, choices=(4, 5, 6))
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from nnviz.engine import experiments as ex
    from nnviz.ui.app import create_window, settle_heap

    app = QApplication.instance() or QApplication([])
    window = create_window(lang="en", persist=False)
    settle_heap()  # as `nnviz` does once its window is built
    window.resize(1280, 800)
    window.show()
    window.show_tab("experiments")
    tab = window.page("experiments")
    extras = [
        ex.RunSettings("Nesterov", "Nesterov", 0.01),
        ex.RunSettings("RMSprop", "RMSprop", 0.01),
    ]
    tab.state.runs.extend(extras[: args.runs - len(tab.state.runs)])
    tab._fill_run_list(0)
    for _ in range(20):
        app.processEvents()
    probe = StallProbe()
    tab.start()
    probe.start()
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    steps = sum(len(r.loss) for r in tab.state.results)
    stop_started = time.perf_counter()
    tab.stop()
    while tab.is_running() and time.perf_counter() - stop_started < 5:
        app.processEvents()
        time.sleep(0.001)
    stop = time.perf_counter() - stop_started
    window.ask_before_close = False
    window.close()

    worst = probe.worst_ms()
    print(f"cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    print(f"{len(tab.state.results)} runs, {steps} mini-batches in {args.seconds:.0f} s")
    print(
        f"worst GUI stall: {worst:.1f} ms (goal ≤ {STALL_GOAL_MS:.0f}); longest: {probe.longest()}"
    )
    print(f"Stop took {1000 * stop:.0f} ms (goal ≤ {STOP_GOAL_S * 1000:.0f})")
    ok = worst <= STALL_GOAL_MS and stop <= STOP_GOAL_S
    print("goals met" if ok else "a goal was missed (a loaded machine? run again)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
