"""The main window: one tab per chapter, menus, settings that survive a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from nnviz import __version__
from nnviz.ui import i18n
from nnviz.ui.presenter import Presenter
from nnviz.ui.settings import (
    MAX_TEXT_PT,
    MIN_TEXT_PT,
    app_settings,
    read_setting,
    restore_geometry,
)
from nnviz.ui.tabs import TabSpec, available_tabs, tab_class
from nnviz.ui.widgets.code_panel import CodePanel
from nnviz.ui.widgets.tab_page import TabPage
from nnviz.ui.widgets.wheel_guard import install_wheel_guard

FRAME_MARGIN = 40  # px the window manager's frame and title bar take around the window


class MainWindow(QMainWindow):
    """Tabs in the book's order; File / View / Language / Help menus."""

    language_changed = Signal(str)

    def __init__(self, language: str, persist: bool = True):
        super().__init__()
        self.language = language
        # Closing with work in progress asks first; the Ctrl-C handler and tests turn this off.
        self.ask_before_close = True
        self.close_question: QMessageBox | None = None  # while the question is open
        self._persist = persist
        self._maximized_before_full_screen = False
        self._base_pt = QApplication.font().pointSizeF()
        self.specs: list[TabSpec] = available_tabs()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, TabPage] = {}
        for spec in self.specs:
            page = tab_class(spec)()
            self.pages[spec.tab_id] = page
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._show_chapter_note)
        self.presenter = Presenter(self)
        self._build_menus()
        from nnviz.ui.lessons import LessonController  # lesson files: File, Help, Page Up/Down

        self.lessons = LessonController(self, persist)
        self.lessons.build_menus(self.file_menu, self.help_menu, self.quit_action)
        self._build_code_panel()
        self.resize(*self.first_size())
        self.retranslate()
        if persist:
            self._restore_settings()

    # ---- tabs -------------------------------------------------------------------------------
    def page(self, tab_id: str) -> TabPage:
        return self.pages[tab_id]

    def current_page(self) -> TabPage | None:
        return self.tabs.currentWidget()

    def show_tab(self, tab_id: str) -> None:
        self.tabs.setCurrentWidget(self.pages[tab_id])

    def _show_chapter_note(self) -> None:
        page = self.current_page()
        self.statusBar().showMessage(page.chapter_note() if page else "")

    # ---- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_model_action = self._action(self.file_menu, self.open_model, QKeySequence.Open)
        self.save_model_action = self._action(self.file_menu, self.save_model, QKeySequence.Save)
        pages = self.pages.values()
        self.open_model_action.setVisible(any(p.accepts_model() for p in pages))
        self.save_model_action.setVisible(
            any(type(p).current_model is not TabPage.current_model for p in pages)
        )
        self.export_action = self._action(self.file_menu, self.export_view, "Ctrl+E")
        self.file_menu.addSeparator()
        # Ctrl+Q spelled out: QKeySequence.Quit is empty on some platforms (offscreen, Windows).
        self.quit_action = self._action(self.file_menu, self.close, "Ctrl+Q")

        self.edit_menu = bar.addMenu("")
        # Ctrl+Shift+C: Ctrl+C stays with the text fields.
        self.copy_image_action = self._action(self.edit_menu, self.copy_image, "Ctrl+Shift+C")

        self.view_menu = bar.addMenu("")
        self.fullscreen_action = self._action(self.view_menu, self.toggle_full_screen, "F11")
        self.fullscreen_action.setCheckable(True)
        self.presenter_action = self._action(self.view_menu, self.toggle_presenter, "F5")
        self.presenter_action.setCheckable(True)
        self.larger_action = self._action(
            self.view_menu, self.larger_text, QKeySequence("Ctrl+="), QKeySequence("Ctrl++")
        )
        self.smaller_action = self._action(self.view_menu, self.smaller_text, "Ctrl+-")
        self.reset_text_action = self._action(self.view_menu, self.reset_text, "Ctrl+0")

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setFont(i18n.language_font(code, action.font()))
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.chapters_action = self._action(
            self.help_menu, self.show_chapters, QKeySequence.HelpContents
        )
        self.shortcuts_action = self._action(self.help_menu, self.show_shortcuts)
        self.log_folder_action = self._action(self.help_menu, self.open_log_folder)
        self.about_action = self._action(self.help_menu, self.show_about)

    def _build_code_panel(self) -> None:
        """Issue 21: the engine code of the current view, in a dock (F4), hidden at first."""
        self.code_panel = CodePanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.code_panel)
        self.code_panel.hide()
        self.code_action = self._action(self.view_menu, self.code_panel.toggle, "F4")
        self.code_action.setCheckable(True)
        self.code_panel.visibilityChanged.connect(self.code_action.setChecked)
        self.tabs.currentChanged.connect(lambda _i: self.code_panel.follow(self.current_page()))
        self.code_panel.follow(self.current_page())

    def _action(self, menu, slot, *shortcuts) -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("nnviz — Deep Learning from Scratch, made visible"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_model_action.setText(self.tr("&Open model…"))
        self.save_model_action.setText(self.tr("&Save model…"))
        self.export_action.setText(self.tr("&Export view…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.copy_image_action.setText(self.tr("&Copy image"))
        self.presenter_action.setText(self.tr("&Presenter mode"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.fullscreen_action.setText(self.tr("&Full screen"))
        self.larger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.reset_text_action.setText(self.tr("&Normal text size"))
        self.code_action.setText(self.tr("&Code panel"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.chapters_action.setText(self.tr("&Chapters of the book"))
        self.log_folder_action.setText(self.tr("Open &log folder"))
        self.about_action.setText(self.tr("&About nnviz"))
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self.tabs.widget(index).title())
        self._show_chapter_note()

    def showEvent(self, event) -> None:
        install_wheel_guard(self)  # now that it has a QWindow, where the wheel arrives first
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        elif event.type() == event.Type.WindowStateChange and hasattr(self, "fullscreen_action"):
            self.fullscreen_action.setChecked(self.isFullScreen())  # also when left another way
        super().changeEvent(event)

    # ---- language and text size -------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch language live: Qt sends LanguageChange and every widget retranslates."""
        self.language = i18n.normalize_language(lang)
        i18n.install_language(self.language)
        self.language_actions[self.language].setChecked(True)
        if self._persist:
            app_settings().setValue("language", self.language)
        self.language_changed.emit(self.language)

    def text_size(self) -> float:
        return QApplication.font().pointSizeF()

    def set_text_size(self, pt: float) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(max(MIN_TEXT_PT, min(MAX_TEXT_PT, pt)))
        QApplication.setFont(font)

    def larger_text(self) -> None:
        self.set_text_size(self.text_size() + 2)

    def smaller_text(self) -> None:
        self.set_text_size(self.text_size() - 2)

    def reset_text(self) -> None:
        self.set_text_size(self._base_pt)

    def first_size(self) -> tuple[int, int]:
        """1280×800, or less on a smaller screen (a 1024×768 projector): the window's edges,
        buttons and title bar must be on the screen the first time it opens."""
        width, height = 1280, 800
        screen = QApplication.primaryScreen()
        # The offscreen platform's pretend screen is 800×600: tests and --screenshot set sizes.
        if screen is not None and QApplication.platformName() != "offscreen":
            room = screen.availableGeometry()
            width = min(width, room.width() - FRAME_MARGIN)
            height = min(height, room.height() - 2 * FRAME_MARGIN)  # the title bar as well
        return width, height

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            # Back to what it was: leaving full screen from a maximized window gave 1280×800,
            # larger than a projector's screen.
            if self._maximized_before_full_screen:
                self.showMaximized()
            else:
                self.showNormal()
        else:
            self._maximized_before_full_screen = self.isMaximized()
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    def toggle_presenter(self) -> None:
        """View > Presenter mode: the pictures alone, in larger text (nnviz.ui.presenter)."""
        self.presenter_action.setChecked(self.presenter.toggle())

    # ---- files ------------------------------------------------------------------------------
    def export_view(self, path: str | None = None, fmt=None) -> bool:
        """File > Export view: the current tab as PNG (1×/2×/4×), SVG or its plots' data as CSV."""
        from nnviz.ui import export_view as ev

        widget = self.current_page() or self
        if not path:
            chosen = ev.ask_export_path(self, f"nnviz-{getattr(widget, 'TAB_ID', '')}")
            if chosen is None:
                return False
            path, fmt = chosen
        if isinstance(fmt, str):
            fmt = ev.format_by_key(fmt)
        if fmt is None:  # by the name's extension; a PNG at 2× when it has none
            fmt = ev.format_for_path(path, ev.format_by_key("png2"))
        try:
            written = ev.export(widget, path, fmt, self.windowTitle())
        except ValueError as error:  # nothing of this kind to write (no curves): not a disk error
            QMessageBox.information(
                self,
                self.tr("Export view"),
                self.tr("{0}\nSave it as a PNG or SVG picture instead.").format(error),
            )
            return False
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export view"),
                self.tr("Could not write {0}:\n{1}").format(path, error),
            )
            return False
        if self._persist:
            ev.remember(written, fmt)
        self.statusBar().showMessage(self.tr("Saved {0}").format(written), 5000)
        return True

    def copy_image(self) -> bool:
        """Edit > Copy image: the current tab on the clipboard, for a slide."""
        from nnviz.ui.export_view import copy_image

        copy_image(self.current_page() or self)
        self.statusBar().showMessage(self.tr("The view is on the clipboard."), 5000)
        return True

    def open_model(self, path: str | None = None) -> bool:
        """Load a model file and hand it to the tab that uses models (the current one if it can)."""
        from nnviz.engine.model_io import ModelFileError, load_model

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open model"), "", self.tr("nnviz models (*.npz)")
            )
            if not path:
                return False
        try:
            net = load_model(path)
        except (ModelFileError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Open model"),
                self.tr("Could not open this model:\n{0}").format(error),
            )
            return False
        targets = [p for p in self.pages.values() if p.accepts_model()]
        current = self.current_page()
        target = current if current in targets else targets[0]
        target.set_model(net, Path(path).name)
        self.tabs.setCurrentWidget(target)
        return True

    def save_model(self, path: str | None = None) -> bool:
        from nnviz.engine.model_io import save_model

        pages = [self.current_page(), *self.pages.values()]
        owner = next((p for p in pages if p and p.current_model() is not None), None)
        net = owner.current_model() if owner else None
        if net is None:
            QMessageBox.information(
                self,
                self.tr("Save model"),
                self.tr("There is no model to save yet: train one first."),
            )
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save model"), "model.npz", self.tr("nnviz models (*.npz)")
            )
            if not path:
                return False
        try:
            save_model(net, path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save model"), str(error))
            return False
        owner.model_saved(net)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return True

    # ---- help -------------------------------------------------------------------------------
    def chapters_text(self) -> str:
        rows = "".join(
            f"<tr><td><b>{page.title()}</b></td><td>{page.chapter_note()}</td></tr>"
            for page in self.pages.values()
        )
        return f"<table cellspacing='6'>{rows}</table>"

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts, generated from the keys as installed."""
        from nnviz.ui.shortcuts import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)  # kept for tests that read it
        self.shortcuts_dialog.show()

    def show_chapters(self) -> None:
        QMessageBox.information(self, self.tr("Chapters of the book"), self.chapters_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>nnviz {0}</h3><p>Deep learning from scratch, made visible: every idea of the book "
            "<i>Deep Learning from Scratch</i> (Koki Saito; Chinese edition "
            "《深度学习入门：基于Python的理论与实现》) built from NumPy and drawn on screen.</p>"
            "<p>The engine is pure NumPy, "
            "written to be read next to the book.</p>"
        ).format(__version__)

    def open_log_folder(self) -> bool:
        """Where the tracebacks of unexpected errors are written (nnviz.ui.error_report)."""
        from nnviz.ui import error_report

        return error_report.open_log_folder(self)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About nnviz"), self.about_text())

    # ---- settings and closing ---------------------------------------------------------------
    def _restore_settings(self) -> None:
        # Every value goes through the one typed reader: a hand-edited nnviz.ini never locks out.
        geometry = read_setting("window/geometry")
        if geometry is not None:
            restore_geometry(self, geometry)
        pt = read_setting("view/text_pt")
        if pt is not None:
            self.set_text_size(pt)
        last = read_setting("window/tab", validate=lambda tab_id: tab_id in self.pages)
        if last is not None:
            self.show_tab(last)

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        page = self.current_page()
        if page is not None:
            settings.setValue("window/tab", page.TAB_ID)
        settings.setValue("view/text_pt", self.presenter.normal_text_pt())
        settings.setValue("language", self.language)
        settings.sync()

    def unfinished_work(self) -> list[str]:
        """What closing now would lose, one translated sentence per tab that has something."""
        return [text for page in self.pages.values() if (text := page.unfinished_work())]

    def _confirm_close(self) -> bool:
        """Ask before losing a running training or an unsaved model, as an editor would."""
        work = self.unfinished_work() if self.ask_before_close else []
        if not work:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quit nnviz?"),
            "\n".join(work),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        quit_button = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.close_question = box  # for tests that answer it
        box.exec()
        self.close_question = None
        return box.clickedButton() is quit_button

    def closeEvent(self, event) -> None:
        if not self._confirm_close():
            event.ignore()
            return
        for page in self.pages.values():
            page.shutdown()
        if self._persist:
            self.save_settings()
        super().closeEvent(event)
