"""The digit on the Draw tab's pad, as the network sees it, for other tabs to use as their input.

Tabs never import each other: the Draw tab writes its 28x28 network input here after every
prediction, and the Convolution tab reads it when the user picks "The digit from the pad".
Qt-free: a plain holder with a version number, so a reader can tell that the drawing changed.
"""

from __future__ import annotations

import numpy as np


class PadDigit:
    """The pad's latest 28x28 input (float32, ink 1 on 0), or None while nothing is drawn."""

    def __init__(self):
        self._x: np.ndarray | None = None
        self.version = 0  # +1 on every change

    def set(self, x: np.ndarray | None) -> None:
        self._x = None if x is None else np.array(x, dtype=np.float32)  # a copy of its own
        self.version += 1

    def get(self) -> np.ndarray | None:
        """A copy of the digit (the reader may keep it), or None."""
        return None if self._x is None else self._x.copy()


PAD_DIGIT = PadDigit()  # one pad per application
