"""Screenshots of the Code panel (issue 21) for the README, and the projector check.

    python tools/code_panel_screenshots.py docs/screenshots [--size 1280x800] [--suffix ""]

Writes code_backprop.png (the apples graph stepped to backward at apples × count: the lit
``dx = dout * self.y`` with dout = 1.1) and code_gradient.png (the book's optimizer race, eight
steps in, Momentum's update lit with its velocity) and code_backprop_book.png (the layer graph at
ReLU's backward, the book's version beside ours).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def grab(window):
    """The window with the panel in it, also where the panel floats over the window."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QPainter, QPen

    picture = window.grab()
    panel = window.code_panel
    if panel.isVisible() and panel.isFloating():
        # Offscreen there is no window manager to frame the floating panel: draw a plain frame.
        at = window.mapFromGlobal(panel.mapToGlobal(panel.rect().topLeft()))
        frame = QRect(at, panel.size()).adjusted(-3, -3, 3, 3)
        painter = QPainter(picture)
        painter.fillRect(frame, panel.palette().window())
        painter.setPen(QPen(QColor(90, 90, 90), 2))
        painter.drawRect(frame)
        painter.drawPixmap(at, panel.grab())
        painter.end()
    return picture


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--larger", type=int, default=0, help="press View ▸ Larger text N times")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtWidgets import QApplication

    from nnviz.ui.app import create_window

    app = QApplication.instance() or QApplication(sys.argv)
    window = create_window(lang=args.lang, persist=False)
    window.ask_before_close = False
    for _ in range(args.larger):
        window.larger_text()
    window.resize(width, height)
    window.show()
    settle(app)
    args.out.mkdir(parents=True, exist_ok=True)

    window.show_tab("backprop")
    window.code_action.trigger()
    page = window.page("backprop")
    page.choose_graph("apple")
    for _ in range(4):
        page.next()
    settle(app)
    window.code_panel.refresh_now()
    settle(app)
    grab(window).save(str(args.out / f"code_backprop{args.suffix}.png"))

    window.show_tab("gradient")
    page = window.page("gradient")
    page.apply_book_race()
    page.pause()
    page.reset()
    for _ in range(8):
        page.step()
    window.code_panel.refresh_now()
    panel = window.code_panel
    index = panel.combo.findText("Momentum.update")
    panel.combo.setCurrentIndex(index)
    panel.combo.activated.emit(index)
    settle(app)
    grab(window).save(str(args.out / f"code_gradient{args.suffix}.png"))
    window.show_tab("backprop")
    page = window.page("backprop")
    page.choose_graph("layers")
    while "Relu.backward" not in panel.combo.currentText():
        page.next()
        panel.refresh_now()
    panel.book_button.setChecked(True)
    settle(app)
    grab(window).save(str(args.out / f"code_backprop_book{args.suffix}.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
