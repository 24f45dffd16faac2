"""Render every tab at 1024×700 in a language and text size, as a classroom projector shows it.

    python tools/classroom_screenshots.py OUT_DIR [--lang zh_CN] [--larger N] [--size 1024x700]

Writes OUT_DIR/<tab>_<lang>[_large].png; View ▸ Larger text is pressed N times (default 1).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--larger", type=int, default=1)
    parser.add_argument("--size", default="1024x700")
    parser.add_argument("--tab", action="append", help="only these tabs (repeatable)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from nnviz.ui.app import create_window, ensure_app

    app = ensure_app()
    args.out.mkdir(parents=True, exist_ok=True)
    window = create_window(lang=args.lang, persist=False)
    window.ask_before_close = False
    for _ in range(args.larger):
        window.larger_text()
    window.resize(width, height)
    window.show()
    suffix = f"_{args.lang}" + ("_large" if args.larger else "")
    for tab_id in args.tab or list(window.pages):
        window.show_tab(tab_id)
        app.processEvents()
        window.page(tab_id).prepare_screenshot()
        for _ in range(3):
            app.processEvents()
        path = args.out / f"{tab_id}{suffix}.png"
        window.grab().save(str(path), "PNG")
        print(path, f"window {window.width()}x{window.height()}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
