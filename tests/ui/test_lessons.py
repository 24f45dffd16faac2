"""Lessons in the real window: a saved state reopens looking the same in every tab, the bundled
lessons open whole, bad files say what they skipped and change nothing, Page Down / Page Up walk
the steps, drag and drop opens a lesson, and the command line opens and renders one."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from nnviz import lesson_file as lf

# For each tab, a state unlike a fresh tab's: saving it and opening the file must show it again.
STATES = {
    "perceptron": {"gate": "AND", "weights": [0.6, -0.4, -0.1], "learning_steps": 9},
    "activations": {"function": "leaky_relu", "x": -1.5, "numerical": True, "alpha": 0.2},
    "learning": {
        "page": "network",
        "probabilities": [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0],
        "nudged": 4,
    },
    "gradient": {
        "mode": "race",
        "function": "rosenbrock",
        "race_shown": 20,
        "race_visible": {"SGD": False},
        "direction_only": True,
        "arrows_per_side": 10,
    },
    "backprop": {"graph": "apple_orange", "position": 5, "inputs": {"apple": 120, "tax": 1.08}},
    "playground": {"dataset": "circle", "hidden": [3], "activation": "relu", "train_steps": 50},
    "training": {"kind": "mlp", "hidden": [50, 20], "optimizer": "Adam", "train_size": 300},
    "experiments": {"experiment": "weight-decay"},
    "convolution": {"filter": "edges", "pad": 1, "stride": 2, "position": 3},
    "draw": {
        "model": "simple",
        "strokes": [{"width": 0.08, "points": [[0.5, 0.2], [0.5, 0.5], [0.5, 0.8]]}],
    },
}


def settle(qtbot):
    """Past the tabs' short single-shot timers (the Gradient tab redraws its field after 60 ms)."""
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(150)
    for _ in range(3):
        QApplication.processEvents()


def grab(window, tab_id, qtbot):
    settle(qtbot)
    QApplication.focusWidget() and QApplication.focusWidget().clearFocus()  # no text cursor
    settle(qtbot)
    page = window.page(tab_id)
    if tab_id == "experiments":
        # Its plot is empty until Start, but pyqtgraph places a changed axis label ("loss" ->
        # "accuracy") from the old text's size until the next resize, a few pixels off: the
        # same state drawn after another experiment differs there. Compare the controls, which
        # are the whole state before Start, and the texts.
        return (
            page.experiment_list.grab().toImage(),
            page.run_list.grab().toImage(),
            page.explanation.text(),
            [page.run_list.item(i).text() for i in range(page.run_list.count())],
        )
    return page.grab().toImage()


def test_every_tab_is_covered():
    from nnviz.ui.tabs import TABS

    assert set(STATES) == {t.tab_id for t in TABS}


@pytest.mark.parametrize("tab_id", list(STATES))
def test_a_saved_state_reopens_looking_the_same(window, qtbot, tmp_path, tab_id):
    lessons = window.lessons
    lessons.interactive = False
    page = window.page(tab_id)
    window.show_tab(tab_id)
    settle(qtbot)
    page.apply_lesson_state({})  # as the tab will be before the file is opened
    settle(qtbot)
    assert page.apply_lesson_state(STATES[tab_id]) == []
    state = page.lesson_state()
    before = grab(window, tab_id, qtbot)

    path = tmp_path / f"{tab_id}.nnviz"
    assert lessons.save(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["steps"][0]["tab"] == tab_id
    page.apply_lesson_state({})  # back to a fresh tab's state
    window.show_tab("learning" if tab_id != "learning" else "perceptron")
    settle(qtbot)

    assert lessons.open(path)
    assert lessons.report == []
    assert window.current_page() is page
    assert page.lesson_state() == state
    lessons.close_lesson()  # the banner away: the tab at the size it had before
    after = grab(window, tab_id, qtbot)
    assert after == before, f"{tab_id} looks different after reopening its lesson"


@pytest.mark.parametrize("path", lf.bundled_lessons(), ids=lambda p: p.stem)
def test_every_bundled_lesson_opens_every_step_without_skipping_anything(window, qtbot, path):
    lessons = window.lessons
    lessons.interactive = False
    assert lessons.open(path)
    assert lessons.report == [], lessons.report
    assert lessons.dock.isVisible()
    assert lessons.banner.note.text()
    for index in range(1, lessons.step_count()):
        lessons.next_step()
        assert lessons.index == index
        assert lessons.report == [], (index, lessons.report)
        assert lessons.banner.title.text()
        settle(qtbot)


def test_there_is_a_bundled_lesson_for_each_of_the_books_examples():
    names = {p.stem for p in lf.bundled_lessons()}
    for chapter in ("ch2", "ch3", "ch4", "ch5", "ch6", "ch7", "ch8"):
        assert any(n.startswith(chapter) for n in names), chapter
    texts = [lf.read(p)[0] for p in lf.bundled_lessons()]
    for lesson in texts:
        for step in lesson.steps:
            for language in ("en", "zh_CN", "ja"):
                assert language in step.title and language in step.note, (step.title, language)


def test_the_lesson_text_is_shown_in_the_users_language(window_zh, qtbot):
    lessons = window_zh.lessons
    lessons.open(lf.bundled_lessons()[0])
    assert "感知机" in lessons.banner.title.text()
    assert "与门" in lessons.banner.title.text()


def test_help_lessons_lists_the_bundled_lessons(window):
    window.lessons.bundled_menu.aboutToShow.emit()
    titles = [a.text() for a in window.lessons.bundled_menu.actions()]
    assert "Chapter 2: perceptrons" in titles
    assert len(titles) == len(lf.bundled_lessons())


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


BAD = {
    "broken.nnviz": (b"{broken", "not a lesson file: the JSON is broken"),
    "other.nnviz": ({"hello": 1}, "not an nnviz lesson file"),
    "tab.nnviz": (
        {"nnviz_lesson": 1, "steps": [{"tab": "quantum"}, {"tab": "learning"}]},
        "step 1 was skipped: there is no tab “quantum”",
    ),
    "key.nnviz": (
        {"nnviz_lesson": 1, "steps": [{"tab": "perceptron", "state": {"colour": 1}}]},
        "step 1 (perceptron): unknown setting “colour” skipped",
    ),
    "range.nnviz": (
        {"nnviz_lesson": 1, "steps": [{"tab": "gradient", "state": {"lr": 1e9}}]},
        "step 1 (gradient): “lr” skipped: it must be between 1e-12 and 100",
    ),
    "future.nnviz": (
        {"nnviz_lesson": 7, "steps": [{"tab": "learning"}]},
        "the lesson was written by a newer nnviz (version 7; this one reads 1)",
    ),
    "model.nnviz": (
        {"nnviz_lesson": 1, "steps": [{"tab": "draw", "state": {"model": "gone.npz"}}]},
        "step 1 (draw): the model file gone.npz is missing; skipped",
    ),
}


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_lesson_says_what_it_skipped_and_the_app_keeps_working(window, qtbot, tmp_path, name):
    data, message = BAD[name]
    path = write(tmp_path, name, data)
    lessons = window.lessons
    opened = lessons.open(path)
    assert message in lessons.report[0] or message in "\n".join(lessons.report)
    box = lessons.message_box
    assert box is not None and box.isVisible()
    assert message in box.informativeText()
    box.close()
    # still working: another tab, and a good lesson after the bad one
    window.show_tab("backprop")
    window.page("backprop").next()
    assert lessons.open(lf.bundled_lessons()[0])
    assert window.current_page() is window.page("perceptron")
    assert opened == (name not in ("broken.nnviz", "other.nnviz"))


def test_opening_lessons_never_changes_the_users_settings(qtbot, tmp_path, settings_dir):
    from nnviz.ui.app import create_window
    from nnviz.ui.lessons import RECENT_KEY

    win = create_window(lang="en")  # persist: reads and writes the settings as a user's does
    win.ask_before_close = False
    qtbot.addWidget(win)
    win.show()
    win.page("draw").choose_model("simple")  # the user's own choice
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "nnviz", "nnviz")
    settings.sync()
    before = {k: settings.value(k) for k in settings.allKeys()}
    win.lessons.interactive = False
    win.lessons.open(write(tmp_path, "bad.nnviz", b"\x00garbage"))
    path = write(
        tmp_path,
        "deep.nnviz",
        {"nnviz_lesson": 1, "steps": [{"tab": "draw", "state": {"model": "deep", "compare": 1}}]},
    )
    win.lessons.open(path)
    assert win.page("draw").source == "deep"
    settings.sync()
    after = {k: settings.value(k) for k in settings.allKeys()}
    assert after.pop(RECENT_KEY) == str(path.resolve())  # only the good file, in the list
    assert after == before
    win.lessons.recent_menu.aboutToShow.emit()  # File > Recent lessons
    recent = win.lessons.recent_menu.actions()
    assert [a.text() for a in recent] == ["deep.nnviz"]
    win.show_tab("perceptron")
    recent[0].trigger()
    assert win.current_page() is win.page("draw")
    win.close()


def test_page_down_and_page_up_walk_the_steps(window, qtbot):
    lessons = window.lessons
    lessons.open(lf.bundled_lessons()[0])  # ch2: AND, NAND, OR, XOR, two layers
    perceptron = window.page("perceptron")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert lessons.index == 1
    assert perceptron.state.gate == "NAND"
    assert lessons.banner.counter.text() == "Lesson step 2 of 5"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert perceptron.state.gate == "XOR"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert lessons.index == 2
    assert perceptron.state.gate == "OR"
    for _ in range(6):
        lessons.next_step()
    assert lessons.index == 4  # stays at the last step
    assert not lessons.next_action.isEnabled()


def test_the_banner_buttons_step_and_close(window, qtbot):
    lessons = window.lessons
    lessons.open(lf.bundled_lessons()[0])
    qtbot.mouseClick(lessons.banner.next_button, Qt.MouseButton.LeftButton)
    assert lessons.index == 1
    qtbot.mouseClick(lessons.banner.previous_button, Qt.MouseButton.LeftButton)
    assert lessons.index == 0
    qtbot.mouseClick(lessons.banner.close_button, Qt.MouseButton.LeftButton)
    assert not lessons.dock.isVisible()
    assert not lessons.next_action.isEnabled()


def test_add_step_then_save_makes_a_lesson_of_several_steps(window, qtbot, tmp_path):
    lessons = window.lessons
    window.show_tab("perceptron")
    window.page("perceptron").set_gate("OR")
    lessons.add_step()
    window.show_tab("gradient")
    window.page("gradient").apply_lr_preset("diverges")
    lessons.add_step()
    assert lessons.step_count() == 2
    assert lessons.banner.counter.text() == "Lesson step 2 of 2"
    path = tmp_path / "class"  # the suffix is added
    assert lessons.save(path)
    lesson, problems = lf.read(tmp_path / "class.nnviz")
    assert problems == []
    assert [s.tab for s in lesson.steps] == ["perceptron", "gradient"]
    assert lesson.steps[0].state["gate"] == "OR"
    assert lesson.steps[1].state["lr"] == 10.0


def test_dropping_a_lesson_file_on_the_window_opens_it(window, qtbot):
    path = lf.bundled_lessons()[0]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(200, 200)
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert window.lessons.lesson is not None
    assert window.lessons.lesson.path == path


def run_nnviz(*args, timeout=180):
    return subprocess.run(
        [sys.executable, "-m", "nnviz", *args], capture_output=True, text=True, timeout=timeout
    )


def test_the_command_line_takes_a_lesson_file_as_its_argument():
    from nnviz.cli import _lesson_argument, build_parser

    args = build_parser().parse_args(_lesson_argument(["--lang", "ja", "x.nnviz"]))
    assert args.lesson == Path("x.nnviz") and args.lang == "ja"
    args = build_parser().parse_args(_lesson_argument(["--screenshot", "a.nnviz"]))
    assert args.screenshot == Path("a.nnviz") and args.lesson is None  # the value of an option


def test_nnviz_lesson_opens_the_window_on_the_lesson(monkeypatch):
    from nnviz import cli
    from nnviz.ui import app

    seen = {}
    monkeypatch.setattr(app, "run_gui", lambda lang, tab, lesson=None: seen.update(l=lesson) or 0)
    path = str(lf.bundled_lessons()[0])
    assert cli.main([path]) == 0
    assert seen["l"] == (Path(path), 1)
    assert cli.main(["--step", "3", path]) == 0
    assert seen["l"] == (Path(path), 3)


def test_a_lesson_opens_at_the_step_asked_for(window):
    lessons = window.lessons
    assert lessons.open(lf.bundled_lessons()[0], step=4)
    assert lessons.index == 3
    assert window.page("perceptron").state.gate == "XOR"
    lessons.interactive = False  # what it says goes to stderr, as with --screenshot
    assert lessons.open(lf.bundled_lessons()[0], step=99)
    assert lessons.index == lessons.step_count() - 1
    count = lessons.step_count()
    assert lessons.report == [f"It has {count} steps: step {count} is shown, not step 99."]


def test_screenshot_of_a_lesson_renders_its_first_step(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "lesson.png"
    lesson = [p for p in lf.bundled_lessons() if p.stem == "ch4-gradient-descent"][0]
    result = run_nnviz("--screenshot", str(out), "--lang", "en", str(lesson))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_of_a_broken_lesson_fails_saying_why(tmp_path):
    path = write(tmp_path, "bad.nnviz", b"{")
    result = run_nnviz("--screenshot", str(tmp_path / "x.png"), str(path))
    assert result.returncode == 1
    assert "the JSON is broken" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_screenshot_of_a_partly_bad_lesson_renders_and_lists_what_was_skipped(tmp_path):
    path = write(
        tmp_path,
        "part.nnviz",
        {"nnviz_lesson": 1, "steps": [{"tab": "backprop", "state": {"graph": "apple", "x": 1}}]},
    )
    out = tmp_path / "x.png"
    result = run_nnviz("--screenshot", str(out), "--lang", "en", str(path))
    assert result.returncode == 0, result.stderr
    assert "unknown setting “x” skipped" in result.stderr
    assert out.exists()


def test_a_model_file_named_by_the_lesson_is_used_and_saved_by_its_path(
    window, tmp_path, model_path
):
    import shutil

    (tmp_path / "models").mkdir()
    shutil.copy(model_path, tmp_path / "models" / "mine.npz")
    path = write(
        tmp_path,
        "m.nnviz",
        {"nnviz_lesson": 1, "steps": [{"tab": "draw", "state": {"model": "models/mine.npz"}}]},
    )
    lessons = window.lessons
    lessons.interactive = False
    assert lessons.open(path)
    assert lessons.report == []
    draw = window.page("draw")
    assert draw.source == "file" and draw.state.net is not None
    assert lessons.save(tmp_path / "again.nnviz")
    saved = json.loads((tmp_path / "again.nnviz").read_text(encoding="utf-8"))
    assert saved["steps"][0]["state"]["model"] == "models/mine.npz"  # a path, never weights


def test_a_step_asks_before_replacing_work_in_progress(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    training = window.page("training")
    monkeypatch.setattr(training, "unfinished_work", lambda: "Training is running")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    path = [p for p in lf.bundled_lessons() if p.stem == "ch6-overfitting"][0]
    hidden = training.builder.hidden.sizes()
    assert not window.lessons.open(path)  # "No": the training tab stays as it is
    assert "Training is running" in asked[0]
    assert training.builder.hidden.sizes() == hidden
    assert window.lessons.lesson is None


def test_a_steps_title_and_note_are_edited_in_the_users_language(window_zh, tmp_path):
    lessons = window_zh.lessons
    lessons.open(lf.bundled_lessons()[0])
    lessons.edit_step("我的与门", "拖动直线。", "我的课程")
    assert lessons.banner.title.text() == "我的课程 — 我的与门"
    assert lessons.banner.note.text() == "拖动直线。"
    assert lessons.save(tmp_path / "mine.nnviz")
    lesson, _ = lf.read(tmp_path / "mine.nnviz")
    step = lesson.steps[0]
    assert step.title["zh_CN"] == "我的与门" and step.title["en"] == "AND gate"  # others kept
    assert step.note["zh_CN"] == "拖动直线。"
    assert lesson.title["zh_CN"] == "我的课程"
    assert len(lesson.steps) == 5


def test_the_edit_dialog_sets_the_title_of_a_new_one_step_lesson(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit

    lessons = window.lessons
    window.show_tab("backprop")

    def fill():
        dialog = lessons.edit_dialog
        dialog.findChildren(QLineEdit)[1].setText("Apples")
        dialog.accept()

    QTimer.singleShot(100, fill)
    assert lessons.ask_edit_step()
    assert lessons.step_count() == 1
    assert lessons.lesson.steps[0].tab == "backprop"
    assert lessons.banner.title.text() == "Apples"


def test_help_keyboard_shortcuts_lists_the_lesson_keys(window):
    from PySide6.QtGui import QKeySequence

    from nnviz.ui.shortcuts import shortcuts_html

    html = shortcuts_html(window)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
        name = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        assert name in html
    assert "Next lesson step" in html and "Open lesson" in html


def test_the_banner_grows_with_the_text_and_stays_in_presenter_mode(window, qtbot):
    lessons = window.lessons
    lessons.open(lf.bundled_lessons()[0])
    settle(qtbot)
    before = lessons.banner.height()
    window.toggle_presenter()  # larger text, side panels hidden
    settle(qtbot)
    assert lessons.dock.isVisible()
    assert lessons.banner.height() > before
    window.toggle_presenter()
    settle(qtbot)
    assert lessons.banner.height() == before


def test_a_clickers_page_down_walks_the_lesson_even_from_a_spin_box(window, qtbot):
    from PySide6.QtWidgets import QDoubleSpinBox

    lessons = window.lessons
    lessons.open(lf.bundled_lessons()[0])
    window.activateWindow()
    spin = window.page("perceptron").findChildren(QDoubleSpinBox)[0]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_PageDown)
    assert lessons.index == 1
    assert window.page("perceptron").state.gate == "NAND"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_the_tabs_stay_put_while_page_down_walks_the_steps(window, qtbot, size):
    """A banner as tall as each step's own note moved the tab bar under the teacher's mouse."""
    window.resize(*size)
    lessons = window.lessons
    lessons.open(lf.bundled_lessons()[0])
    settle(qtbot)
    tab_bar = window.tabs.tabBar()
    tops, heights = set(), set()
    for _ in range(lessons.step_count()):
        tops.add(tab_bar.mapTo(window, tab_bar.rect().topLeft()).y())
        heights.add(lessons.banner.height())
        lessons.next_step()
        settle(qtbot)
    assert len(tops) == 1 and len(heights) == 1
    title, note = lessons.banner.title, lessons.banner.note
    assert title.height() >= title.heightForWidth(title.width())  # nothing cut off
    assert note.height() >= note.heightForWidth(note.width())
