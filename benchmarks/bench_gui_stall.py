"""GUI stall and throughput while a SimpleConvNet trains in the worker (the Training tab).

    python benchmarks/bench_gui_stall.py [--iterations 30] [--rounds 2]

1. Throughput: iterations per second of the same run (same net, seed, batches) in the app and
   headless (the same generator driven by a plain loop, no Qt), over the same iterations, the
   step times noted in the thread that runs them. Goal: the app within 10 % of headless.
2. Stall: a 10 ms QTimer ticks in the GUI thread while the Training tab trains the book's
   SimpleConvNet in the worker; the worst gap between two ticks is the longest the window froze.
   Goal: no gap over 50 ms. Then again while a "user" resizes the window and switches tabs every
   300 ms, next to the same user actions without training (the GUI's own cost).
   (The 100 Hz probe itself takes the GIL 100 times a second, so throughput is measured without
   it.)

Rounds alternate headless and app runs back to back; the throughput figure is the median of the
per-round ratios, so that load from other processes (a shared machine) hits both sides alike.
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
from nnviz.ui.tabs.training.session import TrainingRun, mnist_data  # noqa: E402
from nnviz.ui.tabs.training.spec import NetSpec, TrainSpec  # noqa: E402

BATCH = 100
STALL_GOAL_MS = 50
THROUGHPUT_GOAL = 0.10
STALL_SECONDS = 6.0


def train_spec(iterations: int) -> TrainSpec:
    # One epoch longer than the measured iterations: no epoch-end measurement inside the window.
    return TrainSpec(
        optimizer="Adam", lr=0.001, batch_size=BATCH, epochs=1, train_size=BATCH * (iterations + 5)
    )


def steps_per_second(times: dict[int, float], iterations: int) -> float:
    """Steps 2..N over their wall time: from the end of step 1 (it warms buffers up) to step N."""
    return (iterations - 1) / (times[iterations] - times[1])


class TimedRun(TrainingRun):
    """The tab's TrainingRun, noting when each step is done, in the thread that runs it."""

    def steps(self):
        self.step_times = {}
        for item in super().steps():
            if isinstance(item, StepEvent):
                self.step_times[item.iteration] = time.perf_counter()
            yield item


def headless(iterations: int) -> float:
    run = TimedRun(NetSpec(kind="simple_convnet"), train_spec(iterations))
    for item in run.steps():
        if isinstance(item, StepEvent) and item.iteration >= iterations:
            break
    return steps_per_second(run.step_times, iterations)


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
        self.steps_seen = 0

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
        self.steps_seen += sum(isinstance(item, StepEvent) for item in items)

    def measure_baseline(self, seconds: float, act: bool = True) -> list[float]:
        """Gaps (ms) with no training, with or without the user actions."""
        self.ticks = []
        self.tick_timer.start()
        if act:
            self.user_timer.start()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)
        self.tick_timer.stop()
        self.user_timer.stop()
        return list(np.diff(self.ticks) * 1000)

    def measure_training(
        self, iterations: int, act: bool, tick: bool = True, seconds: float = 1e9
    ) -> tuple[float, list[float]]:
        """(iterations/s, gaps in ms) over one run of `iterations` steps; `act`: a busy user;
        `tick`: the 10 ms probe timer (off to measure throughput as the app runs normally)."""
        from PySide6.QtCore import QEventLoop, QTimer

        from nnviz.ui.tabs.training import tab as training_module

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
        self.steps_seen = 0
        self.ticks = []
        training_module.TrainingRun = TimedRun  # the tab builds its run from this name
        try:
            tab.start_training()
        finally:
            training_module.TrainingRun = TrainingRun
        run = tab._run
        tab._worker.progressed.connect(self._on_progress)
        if tick:
            self.tick_timer.start()
        if act:
            self.user_timer.start()
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)
        end = time.perf_counter() + seconds

        def check() -> None:
            if self.steps_seen >= iterations or time.perf_counter() > end:
                loop.quit()

        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        self.tick_timer.stop()
        self.user_timer.stop()
        tab.stop_training()  # stops the run (the evaluation it starts is stopped next)
        tab.shutdown()
        tab._closing = False
        gaps = list(np.diff(self.ticks) * 1000) if tick else [0.0]
        done = max(run.step_times, default=0)
        rate = steps_per_second(run.step_times, done) if done > 2 else float("nan")
        return rate, gaps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--iterations", type=int, default=300, help="measured steps per run (steady state)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="headless/app pairs")
    args = parser.parse_args()

    from nnviz.ui.app import create_window, ensure_app, settle_heap

    load_before = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    app = ensure_app()
    mnist_data()  # loaded once, outside every measurement
    window = create_window("en", persist=False)
    settle_heap()  # as `nnviz` does once its window is built
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    runner = AppRun(window, app)

    runner.measure_baseline(1.5)  # warm-up: every tab shown and resized once
    idle = runner.measure_baseline(2.0, act=False)
    baseline = runner.measure_baseline(3.0)
    head_rates, app_rates = [], []
    for r in range(args.rounds):
        head_rates.append(headless(args.iterations))
        rate, _ = runner.measure_training(args.iterations, act=False, tick=False)
        app_rates.append(rate)
        print(f"round {r + 1}: headless {head_rates[-1]:.2f} it/s, app {rate:.2f} it/s")
    # Stall runs: one long epoch (590 steps), cut after STALL_SECONDS.
    _, gaps = runner.measure_training(590, act=False, seconds=STALL_SECONDS)
    _, busy_gaps = runner.measure_training(590, act=True, seconds=STALL_SECONDS)
    window.ask_before_close = False  # no modal question at the end of a run
    window.close()

    head, inapp = statistics.median(head_rates), statistics.median(app_rates)
    ratio = statistics.median(a / h for a, h in zip(app_rates, head_rates, strict=True))
    gaps = np.array(gaps)
    print()
    print(f"cores: {os.cpu_count()}, switch interval during runs: 1 ms (nnviz.ui.worker)")
    print(f"SimpleConvNet, batch {BATCH}, Adam, {args.iterations} iterations x {args.rounds}")
    print(f"load average before the runs: {load_before}")
    print(f"GUI idle (no training): worst gap {max(idle):.1f} ms")
    print(
        f"GUI while training: worst gap {gaps.max():.1f} ms, "
        f"99th percentile {np.percentile(gaps, 99):.1f} ms, "
        f"gaps > {STALL_GOAL_MS} ms: {int(np.sum(gaps > STALL_GOAL_MS))} of {len(gaps)}"
    )
    print(
        f"user resizing / switching tabs every 300 ms: worst gap {max(baseline):.1f} ms "
        f"without training, {max(busy_gaps):.1f} ms while training"
    )
    loss = 1 - ratio
    print(
        f"throughput (medians): headless {head:.2f} it/s, in the app {inapp:.2f} it/s; "
        f"median app/headless ratio {ratio:.3f} ({loss:+.1%} slower; goal < {THROUGHPUT_GOAL:.0%})"
    )
    ok = gaps.max() <= STALL_GOAL_MS and loss <= THROUGHPUT_GOAL
    print("goals met" if ok else "goals NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
