"""nnviz's command line: the GUI, screenshots, and the train / evaluate / predict commands."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import re
import sys
from pathlib import Path

from nnviz import __version__
from nnviz.languages import LANGUAGES, match_language
from nnviz.ui.tabs import available_tabs

# Subcommands: each module in nnviz.commands has add_parser(subparsers) and run(args) -> int.
COMMANDS = ("train", "evaluate", "predict", "experiment")


# The largest screenshot: an 8K picture. Much larger ones make the offscreen platform allocate
# gigabytes (99999x99999 crashed it); 8192x8192 already took 0.9 GB and 11 s here.
MAX_SIDE = 8192
MAX_PIXELS = 7680 * 4320


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{1,9})\s*[xX×]\s*(\d{1,9})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}")
    width, height = int(match[1]), int(match[2])
    if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE) or width * height > MAX_PIXELS:
        raise argparse.ArgumentTypeError(
            f"size {width}x{height} is more than nnviz can paint: at most {MAX_SIDE} pixels a "
            f"side and {MAX_PIXELS // 1_000_000} megapixels (e.g. 7680x4320); 1280x800 is usual"
        )
    return width, height


def _language(text: str) -> str:
    found = match_language(text)
    if found is not None:
        return found
    raise argparse.ArgumentTypeError(
        f"unknown language {text!r} (choose from {', '.join(LANGUAGES)})"
    )


def build_parser() -> argparse.ArgumentParser:
    tab_ids = [t.tab_id for t in available_tabs()]
    parser = argparse.ArgumentParser(
        prog="nnviz",
        description="Deep Learning from Scratch, made visible. Without a COMMAND: the window.",
    )
    parser.add_argument("--version", action="version", version=f"nnviz {__version__}")
    parser.add_argument("--tab", choices=tab_ids, help="open on this tab")
    parser.add_argument(
        "--lang", type=_language, help="interface language: " + ", ".join(LANGUAGES)
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        type=Path,
        help="render the window offscreen to a PNG and exit",
    )
    parser.add_argument(
        "--size", type=_size, default=(1280, 800), help="screenshot size, WIDTHxHEIGHT (1280x800)"
    )
    parser.add_argument(
        "--lesson",
        metavar="LESSON.nnviz",
        type=Path,
        help="open a lesson file (also: nnviz LESSON.nnviz); with --screenshot, render its "
        "first step",
    )
    parser.add_argument(
        "--step", type=int, default=1, metavar="N", help="open the lesson at step N (1)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module_name = f"nnviz.commands.{name}"
        if importlib.util.find_spec("nnviz.commands") and importlib.util.find_spec(module_name):
            importlib.import_module(module_name).add_parser(subparsers)
    return parser


# Options followed by a value: a value that ends in .nnviz is theirs, not a lesson to open.
_VALUE_OPTIONS = {"--tab", "--lang", "--screenshot", "--size", "--lesson", "--step"}


def _lesson_argument(argv: list[str]) -> list[str]:
    """`nnviz LESSON.nnviz` is `nnviz --lesson LESSON.nnviz` (before any COMMAND)."""
    out = []
    for i, arg in enumerate(argv):
        if arg in COMMANDS:
            return out + argv[i:]
        after_option = i > 0 and argv[i - 1] in _VALUE_OPTIONS
        if arg.lower().endswith(".nnviz") and not arg.startswith("-") and not after_option:
            out += ["--lesson", arg]
        else:
            out.append(arg)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_lesson_argument(sys.argv[1:] if argv is None else list(argv)))
    try:
        return _run(args)
    except KeyboardInterrupt:  # Ctrl-C before a handler of its own: one line, the shell's 130
        print(f"\nnnviz{' ' + args.command if args.command else ''}: interrupted", file=sys.stderr)
        return 130


def _run(args) -> int:
    if args.command:
        return importlib.import_module(f"nnviz.commands.{args.command}").run(args)
    from nnviz.ui import app

    if args.screenshot:
        lesson = (args.lesson, args.step) if args.lesson else None
        return app.take_screenshot(args.screenshot, args.size, args.lang, args.tab, lesson)
    # The window handles Ctrl-C itself once it is up (it closes as if closed by hand).
    return app.run_gui(args.lang, args.tab, (args.lesson, args.step) if args.lesson else None)


if __name__ == "__main__":
    sys.exit(main())
