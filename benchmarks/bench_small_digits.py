"""Do digits drawn small in the pad read as well as full-size ones? (issue 14: a small 2 drawn with
the default pen became a blob and was read as an 8.)

MNIST test digits are turned into pen strokes (their skeleton, joined pixel to pixel) and drawn
into the real DigitPad with the default pen (22), at full size (the digit's 20-px box spans 3/4 of
the pad) and at a third of that, then go through the pad's own pipeline (pad.ink() ->
DrawState.update: preprocess_steps, the bundled ConvNet). Printed: accuracy of each, as shipped,
and with the pad's thin network pen, the engine's thinning and its ink rule switched off.

    python benchmarks/bench_small_digits.py [--count 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

SIZES = {"full size (3/4 of the pad)": 0.75, "a third of that (1/4 of the pad)": 0.25}


def skeleton(digit: np.ndarray) -> np.ndarray:
    """Zhang-Suen thinning of a (28, 28) digit -> bool (28, 28), one pixel wide strokes."""
    img = np.pad(digit > 0.4, 1)
    while True:
        changed = False
        for step in (0, 1):
            p = img
            n = [  # the 8 neighbours P2..P9, clockwise from north
                p[:-2, 1:-1],
                p[:-2, 2:],
                p[1:-1, 2:],
                p[2:, 2:],
                p[2:, 1:-1],
                p[2:, :-2],
                p[1:-1, :-2],
                p[:-2, :-2],
            ]
            n = [np.pad(a, 1) for a in n]
            count = sum(a.astype(int) for a in n)
            ring = n + [n[0]]
            transitions = sum((~a & b).astype(int) for a, b in zip(ring, ring[1:], strict=False))
            p2, p4, p6, p8 = n[0], n[2], n[4], n[6]
            if step == 0:
                c = ~(p2 & p4 & p6) & ~(p4 & p6 & p8)
            else:
                c = ~(p2 & p4 & p8) & ~(p2 & p6 & p8)
            remove = img & (count >= 2) & (count <= 6) & (transitions == 1) & c
            if remove.any():
                img = img & ~remove
                changed = True
        if not changed:
            return img[1:-1, 1:-1]


def strokes_of(digit: np.ndarray) -> list[list[tuple[int, int]]]:
    """The skeleton as 2-point strokes between 8-adjacent pixels (and 1-point ones for dots)."""
    sk = skeleton(digit)
    pixels = {(int(r), int(c)) for r, c in zip(*np.nonzero(sk), strict=True)}
    strokes = []
    for r, c in sorted(pixels):
        linked = False
        for dr, dc in ((0, 1), (1, -1), (1, 0), (1, 1)):
            if (r + dr, c + dc) in pixels:
                strokes.append([(r, c), (r + dr, c + dc)])
                linked = True
        if not linked:
            strokes.append([(r, c)])
    return strokes


def draw(pad, strokes, size: float) -> None:
    """Put the strokes on the pad, the digit's 20-px MNIST box spanning `size` of its side."""
    from nnviz.ui.tabs.draw.pad import Stroke

    k = size / 20.0  # pad units per MNIST pixel
    pad.strokes = [
        Stroke(pad.pen_width, [(0.5 + (c - 13.5) * k, 0.5 + (r - 13.5) * k, 1.0) for r, c in s])
        for s in strokes
    ]
    pad._redraw_all()  # one render, as after Undo (add_stroke would re-render per stroke)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="MNIST test digits to draw")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from nnviz import paths
    from nnviz.engine import preprocess
    from nnviz.engine.mnist import load_mnist
    from nnviz.engine.model_io import load_model
    from nnviz.ui.tabs.draw import pad as pad_module
    from nnviz.ui.tabs.draw.pad import INK_SIZE, DigitPad
    from nnviz.ui.tabs.draw.state import DrawState
    from nnviz.ui.tabs.draw.tab import DEFAULT_PEN

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    _, (x, t) = load_mnist(flatten=False)
    x, t = x[: args.count, 0], t[: args.count]
    state = DrawState()
    state.set_model(load_model(paths.default_model_path()), "bundled")
    pad = DigitPad()
    pad.set_pen_width(DEFAULT_PEN / INK_SIZE)
    all_strokes = [strokes_of(d) for d in x]

    print(f"{args.count} MNIST test digits drawn as strokes, pen {DEFAULT_PEN} (default)")
    shipped = (pad_module.INK_STROKE_FRACTION, preprocess.THICK_STROKE, preprocess.MIN_STROKE_RATIO)
    configs = {
        "as shipped (thin network pen + thinning)": shipped,
        "engine thinning only (no pen cap)": (1e9, *shipped[1:]),
        "before issue 14 (no pen cap, no thinning, no ink rule)": (1e9, float("inf"), -1.0),
    }
    for config, values in configs.items():
        pad_module.INK_STROKE_FRACTION, preprocess.THICK_STROKE, preprocess.MIN_STROKE_RATIO = (
            values
        )
        pen_width = None if values[2] < 0 else pad.ink_pen_width
        print(f"  {config}")
        for name, size in SIZES.items():
            start = time.perf_counter()
            right = not_digit = 0
            for strokes, label in zip(all_strokes, t, strict=True):
                draw(pad, strokes, size)
                state.update(pad.ink(), pen_width and pen_width())
                not_digit += state.too_little_ink
                right += state.digit == int(label)
            ms = 1000 * (time.perf_counter() - start) / args.count
            print(
                f"    {name:34s} accuracy {right / args.count:6.1%}  "
                f"'not a digit yet' {not_digit:3d}  {ms:.1f} ms/digit"
            )
    pad_module.INK_STROKE_FRACTION, preprocess.THICK_STROKE, preprocess.MIN_STROKE_RATIO = shipped
    return 0


if __name__ == "__main__":
    sys.exit(main())
