"""GUI stall and throughput while a SimpleConvNet trains in the worker (the Training tab).

    python benchmarks/bench_gui_stall.py [--iterations 30] [--rounds 2]

1. Stall: a 10 ms QTimer ticks in the GUI thread while the Training tab trains the book's
   SimpleConvNet in the worker and a "user" resizes the window and switches tabs every 300 ms.
   The worst gap between two ticks is the longest the window froze. Goal: no gap over 50 ms.
   The same user actions without training give the GUI's own baseline.
2. Throughput: iterations per second of the same run (same net, seed, batches) in the app and
   headless (the same generator driven by a plain loop, no Qt), over the same iterations.
   Goal: the app within 10 % of headless.

Rounds alternate headless and app runs, so that load from other processes hits both alike.
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

import numpy as np  # noqa: E402

from nnviz.engine import StepEvent  # noqa: E402
from nnviz.ui.tabs.training_session import TrainingRun, mnist_data  # noqa: E402
from nnviz.ui.tabs.training_spec import NetSpec, TrainSpec  # noqa: E402

BATCH = 100
STALL_GOAL_MS = 50
THROUGHPUT_GOAL = 0.10


def train_spec(iterations: int) -> TrainSpec:
    # One epoch longer than the measured iterations: no epoch-end measurement inside the window.
    return TrainSpec(
        optimizer="Adam", lr=0.001, batch_size=BATCH, epochs=1, train_size=BATCH * (iterations + 5)
    )


def steps_per_second(times: dict[int, float], iterations: int) -> float:
    """Iterations 2..iterations+1 over their wall time (iteration 1 warms the buffers up)."""
    return (iterations - 1) / (times[iterations] - times[1])


def headless(iterations: int) -> float:
    run = TrainingRun(NetSpec(kind="simple_convnet"), train_spec(iterations))
    times = {}
    for item in run.steps():
        if isinstance(item, StepEvent):
            times[item.iteration] = time.perf_counter()
            if item.iteration >= iterations:
                break
    return steps_per_second(times, iterations)


class AppRun:
    """The Training tab in the real main window, with a ticking timer and a busy user."""

    def __init__(self, window, app):
        from PySide6.QtCore import QTimer

        self.window, self.app = window, app
        self.tab = window.page("training")
        self.ticks: list[float] = []
        self.tick_timer = QTimer()
        self.tick_timer.setInterval(10)
        self.tick_timer.timeout.connect(self._tick)
        self.user_timer = QTimer()
        self.user_timer.setInterval(300)
        self.user_timer.timeout.connect(self._user_action)
        self._action = 0
        self.step_times: dict[int, float] = {}

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def _user_action(self) -> None:
        """Resize, switch to another tab and back: what a teacher does during an epoch."""
        self._action += 1
        kind = self._action % 4
        if kind == 0:
            self.window.resize(1280, 800)
        elif kind == 1:
            self.window.show_tab("draw" if "draw" in self.window.pages else "perceptron")
        elif kind == 2:
            self.window.resize(1180, 740)
        else:
            self.window.show_tab("training")

    def _on_progress(self, items) -> None:
        now = time.perf_counter()
        for item in items:
            if isinstance(item, StepEvent):
                self.step_times[item.iteration] = now

    def measure_baseline(self, seconds: float) -> list[float]:
        """Gaps (ms) with the same user actions and no training."""
        self.ticks = []
        self.tick_timer.start()
        self.user_timer.start()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)
        self.tick_timer.stop()
        self.user_timer.stop()
        return list(np.diff(self.ticks) * 1000)

    def measure_training(self, iterations: int) -> tuple[float, list[float]]:
        """(iterations/s, gaps in ms) over one run of `iterations` steps."""
        from PySide6.QtCore import QEventLoop, QTimer

        tab = self.tab
        builder = tab.builder
        builder.kind.setCurrentIndex(builder.kind.findData("simple_convnet"))
        spec = train_spec(iterations)
        builder.optimizer.setCurrentIndex(builder.optimizer.findData(spec.optimizer))
        builder.lr.setValue(spec.lr)
        builder.batch_size.setValue(spec.batch_size)
        builder.epochs.setValue(spec.epochs)
        builder.train_size.setValue(spec.train_size)
        builder.seed.setValue(spec.seed)
        self.window.show_tab("training")
        self.step_times = {}
        self.ticks = []
        tab.start_training()
        tab._worker.progressed.connect(self._on_progress)
        self.tick_timer.start()
        self.user_timer.start()
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: loop.quit() if len(self.step_times) >= iterations else None)
        poll.start()
        loop.exec()
        poll.stop()
        self.tick_timer.stop()
        self.user_timer.stop()
        tab.stop_training()  # stops the run (the evaluation it starts is stopped next)
        tab.shutdown()
        tab._closing = False
        gaps = list(np.diff(self.ticks) * 1000)
        return steps_per_second(self.step_times, iterations), gaps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=30, help="measured steps per run")
    parser.add_argument("--rounds", type=int, default=2, help="headless/app pairs")
    args = parser.parse_args()

    from nnviz.ui.app import create_window, ensure_app

    app = ensure_app()
    mnist_data()  # loaded once, outside every measurement
    window = create_window("en", persist=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    runner = AppRun(window, app)

    baseline = runner.measure_baseline(3.0)
    head_rates, app_rates, all_gaps = [], [], []
    for r in range(args.rounds):
        head_rates.append(headless(args.iterations))
        rate, gaps = runner.measure_training(args.iterations)
        app_rates.append(rate)
        all_gaps += gaps
        print(
            f"round {r + 1}: headless {head_rates[-1]:.2f} it/s, app {rate:.2f} it/s, "
            f"worst stall {max(gaps):.1f} ms"
        )
    window.close()

    head, inapp = statistics.median(head_rates), statistics.median(app_rates)
    gaps = np.array(all_gaps)
    print()
    print(f"cores: {os.cpu_count()}, switch interval during runs: 1 ms (nnviz.ui.worker)")
    print(f"SimpleConvNet, batch {BATCH}, Adam, {args.iterations} iterations x {args.rounds}")
    print(f"GUI baseline (user actions, no training): worst gap {max(baseline):.1f} ms")
    print(
        f"GUI while training: ticks {len(gaps) + args.rounds}, worst gap {gaps.max():.1f} ms, "
        f"99th percentile {np.percentile(gaps, 99):.1f} ms, "
        f"gaps > {STALL_GOAL_MS} ms: {int(np.sum(gaps > STALL_GOAL_MS))}"
    )
    loss = 1 - inapp / head
    print(
        f"throughput: headless {head:.2f} it/s, in the app {inapp:.2f} it/s "
        f"({loss:+.1%} slower; goal < {THROUGHPUT_GOAL:.0%})"
    )
    ok = gaps.max() <= STALL_GOAL_MS and loss <= THROUGHPUT_GOAL
    print("goals met" if ok else "goals NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
