"""Screenshots: every tab as a classroom projector shows it, and the README's pictures.

    python tools/classroom_screenshots.py OUT_DIR [--lang zh_CN] [--larger N] [--size 1024x700]
    python tools/classroom_screenshots.py --readme docs/screenshots
    python tools/classroom_screenshots.py --experiments docs/screenshots

The first writes OUT_DIR/<tab>_<lang>[_large][_presenter].png with View ▸ Larger text pressed N
times (default 1), and View ▸ Presenter mode on with --presenter. --readme re-renders the
README's pictures at 1280×800 under their own names, including training_running.png (a
SimpleConvNet caught half-way through its run), presenter.png (Backprop in presenter mode at
1024×768) and experiments/<name>.png (each of chapter 6's experiments after a small run);
--experiments renders only those.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

README_SIZE = (1280, 800)
# name -> (tab, language)
README_SHOTS = {
    "perceptron": ("perceptron", "en"),
    "perceptron_zh_CN": ("perceptron", "zh_CN"),
    "activations": ("activations", "en"),
    "learning": ("learning", "en"),
    "gradient": ("gradient", "en"),
    "backprop": ("backprop", "en"),
    "backprop_zh_CN": ("backprop", "zh_CN"),
    "playground": ("playground", "en"),
    "training_done": ("training", "en"),
    "experiments": ("experiments", "en"),
    "convolution": ("convolution", "en"),
    "draw": ("draw", "en"),
}


def settle(app, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def open_window(lang: str, larger: int, size: tuple[int, int]):
    from nnviz.ui.app import create_window

    window = create_window(lang=lang, persist=False)
    window.ask_before_close = False  # nobody is there to answer
    for _ in range(larger):
        window.larger_text()
    window.resize(*size)
    window.show()
    return window


def shoot(app, window, tab_id: str, path: Path) -> None:
    window.show_tab(tab_id)
    settle(app)
    window.page(tab_id).prepare_screenshot()
    settle(app)
    window.grab().save(str(path), "PNG")
    print(path, f"{window.width()}x{window.height()}")


def classroom(app, out: Path, lang: str, larger: int, size, tabs, presenting=False) -> None:
    window = open_window(lang, larger, size)
    suffix = f"_{lang}" + ("_large" if larger else "") + ("_presenter" if presenting else "")
    if presenting:
        window.toggle_presenter()
    for tab_id in tabs or list(window.pages):
        shoot(app, window, tab_id, out / f"{tab_id}{suffix}.png")
    window.close()


def readme(app, out: Path) -> None:
    for name, (tab_id, lang) in README_SHOTS.items():
        window = open_window(lang, 0, README_SIZE)
        if tab_id in window.pages:  # a tab whose package is not there yet has no picture
            shoot(app, window, tab_id, out / f"{name}.png")
        window.close()
        settle(app)
    presenter(app, out / "presenter.png")
    training_running(app, out / "training_running.png")
    experiments(app, out)


PRESENTER_SIZE = (1024, 768)  # a classroom projector


def presenter(app, path: Path) -> None:
    """View ▸ Presenter mode on the Backprop tab, the apples half-way back, at 1024×768."""
    window = open_window("en", 0, PRESENTER_SIZE)
    window.show_tab("backprop")
    settle(app)
    tab = window.page("backprop")
    tab.prepare_screenshot()
    window.toggle_presenter()
    settle(app, 6)
    window.grab().save(str(path), "PNG")
    print(path, f"{window.width()}x{window.height()}")
    window.close()


def experiments(app, out: Path) -> None:
    """Each of chapter 6's experiments once its runs have ended, run small (``ex.small``: the
    book's settings, fewer iterations or epochs), into ``out/experiments/<name>.png``."""
    from nnviz.engine import experiments as ex
    from nnviz.ui.tabs.experiments.session import experiment_steps
    from nnviz.ui.tabs.experiments.state import EXPERIMENT_ORDER

    folder = out / "experiments"
    folder.mkdir(parents=True, exist_ok=True)
    window = open_window("en", 0, README_SIZE)
    window.show_tab("experiments")
    tab = window.page("experiments")
    for name in EXPERIMENT_ORDER:
        tab.choose(name)
        settle(app)
        if tab.state.trains:
            tab.state.start()
            small = ex.small(tab.state.experiment)
            for update in experiment_steps(small, tab.state.runs, tab.state.seed):
                if update is not None:
                    tab.state.add([update])
            tab._redraw()
        settle(app)
        path = folder / f"{name}.png"
        window.grab().save(str(path), "PNG")
        print(path, f"{window.width()}x{window.height()}")
    window.close()


def training_running(app, path: Path) -> None:
    """A SimpleConvNet (Adam, 6000 images, 4 epochs) caught once it is past half-way."""
    window = open_window("en", 0, README_SIZE)
    window.show_tab("training")
    tab = window.page("training")
    builder = tab.builder
    builder.kind.setCurrentIndex(builder.kind.findData("simple_convnet"))
    builder.kind.activated.emit(builder.kind.currentIndex())  # the book's settings for it
    builder.train_size.setValue(6000)
    builder.epochs.setValue(4)
    tab.start_training()
    deadline = time.monotonic() + 600
    while tab.is_busy() and time.monotonic() < deadline:
        app.processEvents()
        if tab.progress.value() >= 0.55 * max(tab.progress.maximum(), 1):
            break
        time.sleep(0.02)
    settle(app)
    window.grab().save(str(path), "PNG")
    print(path, f"{window.width()}x{window.height()}")
    tab.shutdown()
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--readme", action="store_true", help="the README's pictures")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--larger", type=int, default=1)
    parser.add_argument("--size", default="1024x700")
    parser.add_argument("--tab", action="append", help="only these tabs (repeatable)")
    parser.add_argument("--presenter", action="store_true", help="in View > Presenter mode")
    parser.add_argument(
        "--experiments", action="store_true", help="only OUT/experiments/<name>.png"
    )
    args = parser.parse_args(argv)
    size = tuple(int(v) for v in args.size.lower().split("x"))

    from nnviz.ui.app import ensure_app

    app = ensure_app()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.experiments:
        experiments(app, args.out)
    elif args.readme:
        readme(app, args.out)
    else:
        classroom(app, args.out, args.lang, args.larger, size, args.tab, args.presenter)
    return 0


if __name__ == "__main__":
    sys.exit(main())
