"""Every tab legible on a classroom projector: 1024×700, English, Chinese and Japanese, normal
and Larger text. New tabs in the tab table are checked without anyone adding them here."""

import pytest
from PySide6.QtWidgets import QApplication

from .legibility import clipped_widgets, plot_problems

# Known and reported problems in tabs another engineer is rewriting: {tab id: (problem text,)}.
KNOWN_ELSEWHERE: dict[str, tuple[str, ...]] = {}

PROJECTOR = (1024, 768)  # the screen
WINDOW = (1024, 700)  # the window on it, below a taskbar


@pytest.fixture(params=["en", "zh_CN", "ja"])
def classroom_window(request, qtbot):
    """The window at 1024×700 in one language; closed and reset to English afterwards."""
    from nnviz.ui import i18n
    from nnviz.ui.app import create_window

    font = QApplication.font()
    window = create_window(lang=request.param, persist=False)
    window.ask_before_close = False
    qtbot.addWidget(window)
    window.resize(*WINDOW)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    i18n.install_language("en")
    QApplication.setFont(font)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("larger", [False, True], ids=["normal_text", "larger_text"])
def test_every_tab_fits_a_projector_with_nothing_cut_or_overlapping(classroom_window, larger):
    window = classroom_window
    if larger:
        window.larger_text()  # View ▸ Larger text, once
    window.resize(*WINDOW)
    settle()
    hint = window.minimumSizeHint()
    assert hint.width() <= PROJECTOR[0] and hint.height() <= PROJECTOR[1], hint
    assert (window.width(), window.height()) == WINDOW
    problems = []
    for tab_id, page in window.pages.items():  # every tab of the tab table
        window.show_tab(tab_id)
        settle()
        page.prepare_screenshot()  # the state a picture would show (Training: a finished run)
        settle()
        found = clipped_widgets(page) + plot_problems(page)
        known = KNOWN_ELSEWHERE.get(tab_id, ())
        problems += [f"{tab_id}: {p}" for p in found if not any(k in p for k in known)]
    language = window.language
    assert not problems, f"{language}, larger text: {larger}:\n" + "\n".join(problems)
