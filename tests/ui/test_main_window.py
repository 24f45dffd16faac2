"""The main window as a user meets it: tabs, menus, languages, text size, settings."""

import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnviz.ui.app import create_window
from nnviz.ui.tabs import TABS, available_tabs


def test_window_shows_one_tab_per_existing_chapter_module_in_book_order(window):
    shown = [window.tabs.widget(i).TAB_ID for i in range(window.tabs.count())]
    assert shown == [t.tab_id for t in available_tabs()]
    assert shown == [t.tab_id for t in TABS if t.tab_id in shown]  # book order kept
    for i in range(window.tabs.count()):
        assert window.tabs.tabText(i).strip()


def test_menus_read_in_english_then_chinese_after_the_language_switch(window):
    assert window.file_menu.title() == "&File"
    assert window.larger_action.text() == "&Larger text"
    window.language_actions["zh_CN"].trigger()
    try:
        assert window.file_menu.title() == "文件(&F)"
        assert window.larger_action.text() == "放大文字(&L)"
        assert "深度学习入门" in window.windowTitle()
        assert window.language_actions["zh_CN"].isChecked()
    finally:
        window.language_actions["en"].trigger()
    assert window.file_menu.title() == "&File"


def test_ctrl_plus_and_minus_change_the_text_size(window, qtbot):
    before = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key_Equal, Qt.ControlModifier)
    assert QApplication.font().pointSizeF() == before + 2
    qtbot.keyClick(window, Qt.Key_Minus, Qt.ControlModifier)
    qtbot.keyClick(window, Qt.Key_Minus, Qt.ControlModifier)
    assert QApplication.font().pointSizeF() == before - 2
    window.reset_text_action.trigger()
    assert QApplication.font().pointSizeF() == before


def test_settings_survive_a_restart(qtbot, settings_dir):
    default_font = QApplication.font()
    first = create_window(lang="en")
    qtbot.addWidget(first)
    base_pt = QApplication.font().pointSizeF()
    first.larger_action.trigger()
    first.resize(700, 500)  # within the offscreen screen (800x600)
    first.language_actions["zh_CN"].trigger()
    last_tab = first.tabs.widget(first.tabs.count() - 1).TAB_ID if first.tabs.count() else None
    if last_tab:
        first.show_tab(last_tab)
    first.close()
    assert list(settings_dir.rglob("*.ini")), "settings were not written to the temporary folder"

    QApplication.setFont(
        QApplication.font()
    )  # a new launch starts from the saved size, not this one
    second = create_window()  # no --lang: the saved language wins over the system's
    qtbot.addWidget(second)
    try:
        assert second.language == "zh_CN"
        assert second.file_menu.title() == "文件(&F)"
        assert QApplication.font().pointSizeF() == base_pt + 2
        assert (second.width(), second.height()) == (700, 500)
        if last_tab:
            assert second.current_page().TAB_ID == last_tab
    finally:
        second.set_language("en")
        second.close()
        QApplication.setFont(default_font)


def test_help_lists_each_tab_with_its_chapter(window):
    text = window.chapters_text()
    for page in window.pages.values():
        assert page.title() in text and page.chapter_note() in text


def test_export_view_writes_a_png_of_the_current_tab(window, tmp_path):
    path = tmp_path / "figure.png"
    assert window.export_view(str(path))
    assert path.stat().st_size > 1000


def test_closing_the_window_exits_cleanly_without_thread_warnings(tmp_path):
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from nnviz.ui.app import create_window, ensure_app
        app = ensure_app()
        window = create_window(lang="en", persist=False)
        window.show()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
        QTimer.singleShot(300, window.close)
        sys.exit(app.exec())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "QThread" not in result.stderr
    assert "Fatal" not in result.stderr


def test_larger_text_widens_side_panels_but_keeps_the_window_on_a_1280_screen(window):
    from nnviz.ui.widgets.scroll import MAX_WIDEN, _SidePanelScroll

    panels = [p for p in window.findChildren(_SidePanelScroll) if p._base_width]
    assert panels, "the tabs' side panels should use vertical_scroll"
    before = {p: p.minimumWidth() for p in panels}
    try:
        for _ in range(3):
            window.larger_action.trigger()
        QApplication.processEvents()
        for panel, width in before.items():
            assert width < panel.minimumWidth() <= round(width * MAX_WIDEN)
        assert window.minimumSizeHint().width() <= 1280
    finally:
        window.reset_text_action.trigger()
        QApplication.processEvents()  # font changes reach the widgets as posted events
    assert all(p.minimumWidth() == w for p, w in before.items())


# ---- closing with work in progress ----------------------------------------------------------


def press_ctrl_q(window, qtbot) -> None:
    window.activateWindow()  # after a dialog has closed, the shortcut needs the window active
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key_Q, Qt.ControlModifier)


def answer_close_question(window, qtbot, button: str) -> list[str]:
    """Press Ctrl+Q and answer the question the window asks ("quit" or "cancel"); its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []
    tries = [100]  # about 2 s, then give up: a missing question fails the test, never hangs it

    def answer():
        box = window.close_question
        if box is None or not box.isVisible():
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        if button == "cancel":
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.LeftButton)
        else:
            quit_button = next(b for b in box.buttons() if b.text() == window.tr("&Quit"))
            qtbot.mouseClick(quit_button, Qt.LeftButton)

    QTimer.singleShot(0, answer)
    press_ctrl_q(window, qtbot)
    return seen


def start_small_training(qtbot, window, epochs=200):
    from tests.ui.test_training import small_mlp, start

    window.show_tab("training")
    tab = window.page("training")
    small_mlp(qtbot, tab, epochs=epochs, train_size=10_000)  # still running when asked
    start(qtbot, tab)
    return tab


def test_ctrl_q_while_training_asks_and_cancel_keeps_the_run_going(window, qtbot):
    tab = start_small_training(qtbot, window)
    window.ask_before_close = True
    seen = answer_close_question(window, qtbot, "cancel")
    assert seen == ["Training is running — stop it and quit?"]
    assert window.isVisible() and tab.is_training()
    seen = answer_close_question(window, qtbot, "quit")
    assert seen == ["Training is running — stop it and quit?"]
    assert not window.isVisible() and not tab.is_busy()


def test_a_trained_model_asks_until_it_is_saved(window, qtbot, tmp_path):
    tab = start_small_training(qtbot, window, epochs=1)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=20_000)
    assert tab.current_model() is not None
    window.ask_before_close = True
    seen = answer_close_question(window, qtbot, "cancel")
    assert len(seen) == 1 and "not saved" in seen[0]
    assert window.isVisible()
    assert window.save_model(str(tmp_path / "model.npz"))
    press_ctrl_q(window, qtbot)  # nothing to lose now: no question
    assert not window.isVisible()


def test_nothing_to_lose_closes_without_a_question(window, qtbot):
    window.ask_before_close = True
    assert window.unfinished_work() == []
    press_ctrl_q(window, qtbot)
    assert not window.isVisible()


def test_ask_before_close_off_closes_even_while_training(window, qtbot):
    tab = start_small_training(qtbot, window)
    window.ask_before_close = False  # as the Ctrl-C handler in the terminal sets it
    window.close()
    assert not window.isVisible() and not tab.is_busy()
