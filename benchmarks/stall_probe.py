"""How long the GUI thread froze: a 10 ms QTimer ticks in it, the longest gap between two ticks
is the longest the window could not answer the user (goal in nnviz: 50 ms)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class StallProbe:
    def __init__(self, interval_ms: int = 10):
        self.ticks: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def gaps_ms(self) -> list[float]:
        return [1000 * (b - a) for a, b in zip(self.ticks, self.ticks[1:], strict=False)]

    def worst_ms(self) -> float:
        return max(self.gaps_ms(), default=float("nan"))

    def longest(self, n: int = 3) -> str:
        """The ``n`` longest gaps and when they began (seconds after start)."""
        gaps = self.gaps_ms()
        worst = sorted(range(len(gaps)), key=gaps.__getitem__)[-n:][::-1]
        return ", ".join(
            f"{gaps[i]:.0f} ms at {self.ticks[i] - self.ticks[0]:.2f} s" for i in worst
        )
