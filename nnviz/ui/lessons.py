"""Lessons in the window: File > Save lesson… / Open lesson… / Recent lessons, Help > Lessons,
drag and drop of a .nnviz file, Page Down / Page Up through the steps, and the banner that shows
the class the step's title and note.

The file format and its checks are nnviz.lesson_file (Qt-free); each tab maps its own state in
``lesson_state()`` / ``apply_lesson_state()``. A bad file opens what it can and says exactly what
was skipped; opening a lesson never changes the user's settings (only the recent list, and only
for a file that opened).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nnviz import lesson_file as lf
from nnviz.ui.settings import app_settings, read_setting

RECENT_KEY = "lessons/recent"  # newline-separated paths, newest first
MAX_RECENT = 8


class LessonBanner(QWidget):
    """The step's title and note, large enough for the back of the room, with ◀ ▶ and ✕."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonBanner")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#lessonBanner { background: #fff8e1; border-bottom: 2px solid #f9a825; }"
        )
        self.counter = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.close_button = QPushButton("✕")
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Page Up/Down stay with the window
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") * 3 + 12)
        text = QVBoxLayout()
        text.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        text.addLayout(top)
        text.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(text, 1)
        layout.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        # As tall as its text: the picture below keeps the rest of the window.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.apply_font()

    def apply_font(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        note = QFont(QApplication.font())
        note.setPointSizeF(note.pointSizeF() * 1.1)
        self.note.setFont(note)


class LessonController(QObject):
    """Everything lessons add to the main window; the window makes one and calls build_menus."""

    def __init__(self, window, persist: bool = True):
        super().__init__(window)
        self.window = window
        self.persist = persist  # False: screenshots and tests, which never touch the settings
        self.interactive = True  # False: problems go to stderr instead of a message box
        self.lesson: lf.Lesson | None = None
        self.index = 0
        self.problems: list[lf.Problem] = []  # of the last file opened (the reader's)
        self.report: list[str] = []  # what the last open skipped, as shown to the user
        self.message_box: QMessageBox | None = None  # the last report, for tests

        self.banner = LessonBanner()
        self.banner.previous_button.clicked.connect(self.previous_step)
        self.banner.next_button.clicked.connect(self.next_step)
        self.banner.close_button.clicked.connect(self.close_lesson)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("lessonDock")
        self.dock.setTitleBarWidget(QWidget())  # no title bar: the banner is the whole dock
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setWidget(self.banner)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.dock)
        self.dock.hide()

        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.language_changed.connect(self.retranslate)

    # ---- menus ------------------------------------------------------------------------------
    def build_menus(self, file_menu: QMenu, help_menu: QMenu, before: QAction | None) -> None:
        """File: Open lesson…, Save lesson…, Add this view as a step, Recent lessons (before
        `before`); Help: Lessons (the bundled ones). Page Down / Page Up walk the steps."""
        w = self.window
        self.open_action = QAction(w)
        self.open_action.setShortcut(QKeySequence("Ctrl+L"))
        self.open_action.triggered.connect(self.ask_open)
        self.save_action = QAction(w)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.save_action.triggered.connect(self.ask_save)
        self.add_step_action = QAction(w)
        self.add_step_action.triggered.connect(self.add_step)
        self.edit_step_action = QAction(w)
        self.edit_step_action.triggered.connect(self.ask_edit_step)
        self.recent_menu = QMenu(w)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.insertAction(before, self.open_action)
        file_menu.insertAction(before, self.save_action)
        file_menu.insertAction(before, self.add_step_action)
        file_menu.insertAction(before, self.edit_step_action)
        file_menu.insertMenu(before, self.recent_menu)
        file_menu.insertSeparator(before)
        self.bundled_menu = QMenu(w)
        help_menu.insertMenu(
            help_menu.actions()[1] if help_menu.actions() else None, self.bundled_menu
        )
        self.bundled_menu.aboutToShow.connect(self._fill_bundled)
        self.next_action = QAction(w)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_action.triggered.connect(self.next_step)
        self.previous_action = QAction(w)
        self.previous_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_action.triggered.connect(self.previous_step)
        for action in (self.next_action, self.previous_action):
            # Enabled only while a lesson is open (a spin box's Page Up is its own otherwise);
            # in the File menu, so that Help > Keyboard shortcuts lists them too.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        self.retranslate()

    def retranslate(self, _language: str = "") -> None:
        self.open_action.setText(self.tr("Open &lesson…"))
        self.save_action.setText(self.tr("Sa&ve lesson…"))
        self.add_step_action.setText(self.tr("&Add this view as a lesson step"))
        self.edit_step_action.setText(self.tr("Edi&t the step's title and note…"))
        self.recent_menu.setTitle(self.tr("&Recent lessons"))
        self.bundled_menu.setTitle(self.tr("Le&ssons"))
        self.next_action.setText(self.tr("Next lesson step"))
        self.previous_action.setText(self.tr("Previous lesson step"))
        self.banner.previous_button.setToolTip(self.tr("Previous step (Page Up)"))
        self.banner.next_button.setToolTip(self.tr("Next step (Page Down)"))
        self.banner.close_button.setToolTip(self.tr("Close the lesson"))
        self._show_banner()

    def _fill_bundled(self) -> None:
        self.bundled_menu.clear()
        language = self.window.language
        for path in lf.bundled_lessons():
            try:
                lesson, _problems = lf.read(path)
                title = lesson.title_in(language) or path.stem
            except lf.LessonFileError:
                continue
            action = self.bundled_menu.addAction(title)
            action.triggered.connect(lambda _checked=False, p=path: self.open(p))
        if self.bundled_menu.isEmpty():
            self.bundled_menu.addAction(self.tr("(none found)")).setEnabled(False)

    def recent(self) -> list[str]:
        text = read_setting(RECENT_KEY, str, "")
        return [line for line in (text or "").splitlines() if line.strip()][:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        if not self.persist:
            return
        shown = str(path.resolve())
        paths = [shown, *[p for p in self.recent() if p != shown]][:MAX_RECENT]
        app_settings().setValue(RECENT_KEY, "\n".join(paths))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # ---- opening ----------------------------------------------------------------------------
    def ask_open(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open lesson"), "", self.tr("nnviz lessons (*.nnviz)")
        )
        return self.open(path) if path else False

    def open(self, path, step: int = 1) -> bool:
        """Open a lesson file at step `step` (1-based: the first step, or the last if there
        are fewer); False when nothing of it could be used."""
        path = Path(path)
        try:
            lesson, problems = lf.read(path)
        except lf.LessonFileError as error:
            self.problems = [error.problem]
            self.report = [self.problem_text(error.problem)]
            self._tell(
                self.tr("Could not open the lesson {0}:").format(path.name), self.report, True
            )
            return False
        index = max(0, min(int(step), len(lesson.steps)) - 1)
        if not self._may_replace(lesson.steps[index].tab):
            return False
        self.lesson, self.problems = lesson, problems
        self._remember(path)
        self.report = [self.problem_text(p) for p in problems]
        self.index = index
        self.report += self._apply_step()
        if index + 1 != int(step):  # `nnviz LESSON --step 9` of a two-step lesson: say so
            self.report.append(
                self.tr("It has {0} steps: step {1} is shown, not step {2}.").format(
                    len(lesson.steps), index + 1, step
                )
            )
        self._update_actions()
        if self.report:
            self._tell(
                self.tr("The lesson {0} opened; these parts were skipped:").format(path.name),
                self.report,
                False,
            )
        return True

    def _may_replace(self, tab_id: str) -> bool:
        """A step replaces its tab's state: ask first when that tab has work in progress (a
        training that runs, a model not saved), as closing the window does."""
        page = self.window.pages.get(tab_id)
        work = page.unfinished_work() if page is not None and self.interactive else ""
        if not work:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Lesson"),
            self.tr(
                "The lesson's step shows the tab {0} in another state. There, now:\n{1}\n\n"
                "Show the step anyway?"
            ).format(page.title(), work),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _tell(self, heading: str, lines: list[str], error: bool) -> None:
        if not self.interactive:
            print(f"nnviz: {heading}", file=sys.stderr)
            for line in lines:
                print(f"  - {line}", file=sys.stderr)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
            self.tr("Lesson"),
            heading,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText("\n".join(f"• {line}" for line in lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()  # not exec(): the window keeps working under it

    def problem_text(self, problem: lf.Problem) -> str:
        """A reader's problem in the interface's language (lesson_file.MESSAGES translated)."""
        templates = {
            "unreadable": self.tr("the file cannot be read: {0}"),
            "too_large": self.tr("the file is larger than {0} bytes: not a lesson"),
            "not_json": self.tr("not a lesson file: the JSON is broken ({0})"),
            "not_lesson": self.tr("not an nnviz lesson file"),
            "future_version": self.tr(
                "the lesson was written by a newer nnviz (version {0}; this one reads {1})"
            ),
            "no_steps": self.tr("the lesson has no steps"),
            "too_many_steps": self.tr("only the first {0} steps were read"),
            "unknown_top_key": self.tr("unknown entry “{0}” skipped"),
            "bad_title": self.tr("the lesson's title was skipped: {0}"),
            "bad_step": self.tr("step {0} was skipped: {1}"),
            "unknown_tab": self.tr("step {0} was skipped: there is no tab “{1}”"),
            "unknown_step_key": self.tr("step {0}: unknown entry “{1}” skipped"),
            "bad_step_text": self.tr("step {0}: its {1} was skipped: {2}"),
            "unknown_key": self.tr("step {0} ({1}): unknown setting “{2}” skipped"),
            "bad_value": self.tr("step {0} ({1}): “{2}” skipped: {3}"),
            "missing_model": self.tr("step {0} ({1}): the model file {2} is missing; skipped"),
            "more_problems": self.tr("and {0} more problems"),
            "not_object": self.tr("it is not a JSON object"),
            "not_list": self.tr("it is not a list"),
            "not_text": self.tr("it is not text"),
            "not_number": self.tr("it is not a number"),
            "not_integer": self.tr("it is not a whole number"),
            "not_bool": self.tr("it is not true or false"),
            "out_of_range": self.tr("it must be between {0} and {1}"),
            "not_choice": self.tr("it must be one of {0}"),
            "too_long": self.tr("it is longer than {0}"),
            "wrong_length": self.tr("it must have {0} items"),
            "invalid": "{0}",
        }
        args = [self.problem_text(a) if isinstance(a, lf.Problem) else str(a) for a in problem.args]
        if problem.code == "bad_step_text":  # which text of the step: a word to translate too
            parts = {"title": self.tr("title"), "note": self.tr("note"), "state": self.tr("state")}
            args[1] = parts.get(args[1], args[1])
        template = templates.get(problem.code, lf.MESSAGES.get(problem.code, problem.code))
        return template.format(*args)

    # ---- steps ------------------------------------------------------------------------------
    def step_count(self) -> int:
        return len(self.lesson.steps) if self.lesson else 0

    def go_to(self, index: int) -> list[str]:
        """Show step `index` (0-based); returns what it skipped (also in self.report)."""
        if not self.lesson or not 0 <= index < self.step_count():
            return []
        if not self._may_replace(self.lesson.steps[index].tab):
            return []
        self.index = index
        skipped = self._apply_step()
        self._update_actions()
        if skipped:
            self.report = skipped
            self.window.statusBar().showMessage("; ".join(skipped), 10000)
        return skipped

    def next_step(self) -> None:
        self.go_to(self.index + 1)

    def previous_step(self) -> None:
        self.go_to(self.index - 1)

    def _apply_step(self) -> list[str]:
        step = self.lesson.steps[self.index]
        page = self.window.pages.get(step.tab)
        if page is None:
            return [self.problem_text(lf.Problem("unknown_tab", (self.index + 1, step.tab)))]
        self.window.show_tab(step.tab)
        try:
            skipped = list(page.apply_lesson_state(dict(step.state)))
        except Exception as error:  # noqa: BLE001 - a state the checks let through: say so
            skipped = [
                self.tr("step {0} could not be shown fully: {1}").format(self.index + 1, error)
            ]
        self._show_banner()
        return skipped

    def close_lesson(self) -> None:
        self.lesson = None
        self.index = 0
        self._update_actions()
        self._show_banner()

    def _update_actions(self) -> None:
        n = self.step_count()
        self.next_action.setEnabled(n > 1 and self.index < n - 1)
        self.previous_action.setEnabled(n > 1 and self.index > 0)
        self.banner.next_button.setEnabled(self.next_action.isEnabled())
        self.banner.previous_button.setEnabled(self.previous_action.isEnabled())

    def _show_banner(self) -> None:
        if not self.lesson:
            self.dock.hide()
            return
        self._set_banner_text(self.index)
        self.banner.counter.setText(
            self.tr("Lesson step {0} of {1}").format(self.index + 1, self.step_count())
        )
        self.dock.show()
        self._fit_banner()

    def _refit_later(self) -> None:
        if self.lesson is not None:
            QTimer.singleShot(0, self, self._fit_banner)  # once the labels have the new font

    def _set_banner_text(self, index: int) -> None:
        language = self.window.language
        step = self.lesson.steps[index]
        page = self.window.pages.get(step.tab)
        title = step.title_in(language) or (page.title() if page else step.tab)
        lesson_title = self.lesson.title_in(language)
        self.banner.title.setText(f"{lesson_title} — {title}" if lesson_title else title)
        self.banner.note.setText(step.note_in(language))
        self.banner.note.setVisible(bool(step.note_in(language)))

    def _fit_banner(self) -> None:
        """As tall as the wrapped text of the lesson's longest step at the window's width: a
        dock otherwise takes the height a word-wrapped label guesses, leaving a gap on a
        projector's small screen, and a height per step moved the tabs under the teacher's
        mouse from one step to the next."""
        layout = self.banner.layout()
        if self.lesson is None or not layout.hasHeightForWidth():
            return
        width = max(200, self.window.width())
        heights = []
        for index in range(self.step_count()):
            self._set_banner_text(index)
            layout.invalidate()
            heights.append(layout.heightForWidth(width))
        self._set_banner_text(self.index)
        layout.invalidate()
        if max(heights) > 0:
            self.banner.setFixedHeight(max(heights))

    # ---- saving -----------------------------------------------------------------------------
    def current_step(self) -> lf.Step | None:
        page = self.window.current_page()
        if page is None:
            return None
        return lf.Step(page.TAB_ID, page.lesson_state(), {self.window.language: page.title()})

    def lesson_to_save(self) -> lf.Lesson | None:
        """The open lesson with its shown step replaced by the view as it is now (title and
        note kept), or a new one-step lesson of the current tab."""
        step = self.current_step()
        if step is None:
            return None
        if self.lesson is None:
            return lf.Lesson([step], {self.window.language: step.title_in(self.window.language)})
        shown = self.lesson.steps[self.index]
        if shown.tab == step.tab:
            step.title, step.note = shown.title, shown.note
        steps = list(self.lesson.steps)
        steps[self.index] = step
        return lf.Lesson(steps, self.lesson.title, self.lesson.path)

    def add_step(self) -> None:
        """Append the view as it is now after the shown step (a new lesson if none is open)."""
        step = self.current_step()
        if step is None:
            return
        if self.lesson is None:
            self.lesson = lf.Lesson([step])
            self.index = 0
        else:
            self.lesson.steps.insert(self.index + 1, step)
            self.index += 1
        self._update_actions()
        self._show_banner()
        self.window.statusBar().showMessage(
            self.tr("Step {0} of {1} added: File ▸ Save lesson… keeps it").format(
                self.index + 1, self.step_count()
            ),
            8000,
        )

    def edit_step(self, title: str, note: str, lesson_title: str | None = None) -> None:
        """Set the shown step's title and note (and the lesson's title) in the interface's
        language; the other languages' texts stay. Without a lesson: the view becomes one."""
        if self.lesson is None:
            self.add_step()
            if self.lesson is None:
                return
        language = self.window.language
        step = self.lesson.steps[self.index]
        for texts, text in ((step.title, title), (step.note, note)):
            if text.strip():
                texts[language] = text.strip()
            else:
                texts.pop(language, None)
        if lesson_title is not None:
            if lesson_title.strip():
                self.lesson.title[language] = lesson_title.strip()
            else:
                self.lesson.title.pop(language, None)
        self._show_banner()

    def ask_edit_step(self) -> bool:
        if self.lesson is None:
            self.add_step()
            if self.lesson is None:
                return False
        language = self.window.language
        step = self.lesson.steps[self.index]
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Lesson step"))
        lesson_title = QLineEdit(self.lesson.title.get(language, ""))
        title = QLineEdit(step.title.get(language, ""))
        note = QPlainTextEdit(step.note.get(language, ""))
        form = QFormLayout(dialog)
        form.addRow(self.tr("Lesson title"), lesson_title)
        form.addRow(self.tr("Step title"), title)
        form.addRow(self.tr("Note for the class"), note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        dialog.resize(560, 300)
        self.edit_dialog = dialog  # for tests
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.edit_step(title.text(), note.toPlainText(), lesson_title.text())
        return True

    def ask_save(self) -> bool:
        start = str(self.lesson.path) if self.lesson and self.lesson.path else "lesson.nnviz"
        if self.lesson and self.lesson.path and self.lesson.path.parent == lf_bundled_dir():
            start = self.lesson.path.name  # never over the bundled files by default
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save lesson"), start, self.tr("nnviz lessons (*.nnviz)")
        )
        return self.save(path) if path else False

    def save(self, path) -> bool:
        path = Path(path)
        if path.suffix.lower() != lf.SUFFIX:
            path = path.with_name(path.name + lf.SUFFIX)
        lesson = self.lesson_to_save()
        if lesson is None:
            return False
        try:
            lf.write(lesson, path)
        except OSError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Save lesson"),
                self.tr("Could not write {0}: {1}").format(path, error.strerror or error),
            )
            return False
        lesson.path = path
        if self.lesson is not None:
            self.lesson = lesson
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return True

    # ---- drag and drop ----------------------------------------------------------------------
    @staticmethod
    def _dropped_lesson(event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(lf.SUFFIX):
                return url.toLocalFile()
        return None

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.window and kind == QEvent.Type.Resize and self.lesson is not None:
            self._fit_banner()
        elif obj is self.window and kind == QEvent.Type.ApplicationFontChange:
            # View > Larger text, presenter mode (the window hears of it; the banner does not)
            self.banner.apply_font()
            self._refit_later()
        if obj is self.window and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_lesson(event):
                event.acceptProposedAction()
                return True
        elif obj is self.window and kind == QEvent.Type.Drop:
            path = self._dropped_lesson(event)
            if path:
                event.acceptProposedAction()
                self.open(path)
                return True
        return super().eventFilter(obj, event)


def lf_bundled_dir() -> Path:
    from nnviz.paths import lessons_dir

    return lessons_dir()
