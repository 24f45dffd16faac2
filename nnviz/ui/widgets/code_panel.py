"""The Code panel (issue 21): the engine source the current view runs, its running line lit.

A dock beside the tabs (F4; a teacher can float it onto a second screen). The source is always
``inspect.getsource`` of the engine objects the tab names in its ``code_view()`` (see
``code_source.py``); Pygments colours it, in a monospace font that follows Larger text. Where a tab
steps, the lines being executed are lit and the values of the names on them are written beside
them. A tab that has code to show overrides TabPage's ``code_view()`` and emits its
``code_changed`` signal; the panel pulls at most every REFRESH_MS, and colours the text again
only when the source changes.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontDatabase,
    QPainter,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.widgets.code_source import (
    BOOK_VERSIONS,
    CodeView,
    annotation,
    first_line,
    lit_line_numbers,
    source_file,
    source_of,
)

REFRESH_MS = 100  # at most ten pulls a second, however fast the view steps or trains
STYLE = "friendly"  # a light Pygments style that stays readable on a projector
LIT_COLOUR = QColor(255, 236, 150)
NOTE_COLOUR = QColor(150, 40, 20)
MIN_DOCK_WIDTH = 340  # less room than this beside the tabs: the panel opens floating


class PygmentsHighlighter(QSyntaxHighlighter):
    """Python colours from Pygments' lexer, computed once per source, applied block by block."""

    def __init__(self, document):
        super().__init__(document)
        self._formats: dict = {}
        self._spans: list[list[tuple[int, int, QTextCharFormat]]] = []
        self._style = None  # Pygments is imported when the panel first shows code, not at start

    def _format(self, token) -> QTextCharFormat | None:
        if token not in self._formats:
            style = self._style.style_for_token(token)
            fmt = QTextCharFormat()
            if style["color"]:
                fmt.setForeground(QColor("#" + style["color"]))
            if style["bold"]:
                fmt.setFontWeight(QFont.Weight.Bold)
            if style["italic"]:
                fmt.setFontItalic(True)
            self._formats[token] = fmt if (style["color"] or style["bold"]) else None
        return self._formats[token]

    def set_source(self, source: str) -> None:
        """Lex the whole source once (a string may span lines); blocks then only look up spans."""
        from pygments import lex
        from pygments.lexers import PythonLexer
        from pygments.styles import get_style_by_name

        if self._style is None:
            self._style = get_style_by_name(STYLE)
        spans: list[list] = [[] for _ in range(source.count("\n") + 1)]
        line, col = 0, 0
        for token, text in lex(source, PythonLexer(stripnl=False, ensurenl=False)):
            fmt = self._format(token)
            for i, part in enumerate(text.split("\n")):
                if i:
                    line, col = line + 1, 0
                if part and fmt is not None and line < len(spans):
                    spans[line].append((col, len(part), fmt))
                col += len(part)
        self._spans = spans

    def highlightBlock(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
        if number < len(self._spans):
            for start, length, fmt in self._spans[number]:
                self.setFormat(start, length, fmt)


class CodeEdit(QPlainTextEdit):
    """Read-only source with the values of a lit line written after it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.highlighter = PygmentsHighlighter(self.document())
        self.notes: dict[int, str] = {}  # 0-based line -> "dout = 1.1  self.y = 200"

    def set_source(self, source: str) -> None:
        self.highlighter.set_source(source)
        self.setPlainText(source.rstrip("\n"))

    def set_lit(self, lines: list[int], notes: dict[int, str]) -> None:
        selections = []
        for number in lines:
            block = self.document().findBlockByNumber(number)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(LIT_COLOUR)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = self.textCursor()
            selection.cursor.setPosition(block.position())
            selections.append(selection)
        self.setExtraSelections(selections)
        self.notes = notes
        if lines:
            cursor = self.textCursor()
            cursor.setPosition(self.document().findBlockByNumber(lines[-1]).position())
            self.setTextCursor(cursor)
            if not self._line_visible(lines[0]):
                self.centerCursor()
        self.viewport().update()

    def _line_visible(self, number: int) -> bool:
        block = self.document().findBlockByNumber(number)
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        return 0 <= top <= self.viewport().height() - self.fontMetrics().height()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.notes:
            return
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(NOTE_COLOUR)
        metrics = self.fontMetrics()
        offset = self.contentOffset()
        for number, text in self.notes.items():
            block = self.document().findBlockByNumber(number)
            if not block.isValid() or not text:
                continue
            rect = self.blockBoundingGeometry(block).translated(offset)
            x = metrics.horizontalAdvance(block.text() + "   ") + self.document().documentMargin()
            painter.drawText(int(x), int(rect.top() + metrics.ascent()), "# " + text)
        painter.end()


def values_html(rows: list[str], notes: dict[int, str], note: str = "") -> str:
    """Under the code: each lit line (without its comment) and the values on it, then the note."""
    parts = []
    for number, text in notes.items():
        code = html.escape(rows[number].split("#", 1)[0].strip())
        values = "<br>".join(html.escape(v) for v in text.split("  ") if v)
        parts.append(f"<b>{code}</b><br><span style='color:{NOTE_COLOUR.name()}'>{values}</span>")
    if note:
        parts.append(html.escape(note).replace("\n", "<br>"))
    return "<br>".join(parts)


class CodePanel(QDockWidget):
    """Dock: the engine code of the current tab's view, with the book's version where it differs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("code_panel")  # saveState() needs it
        self.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.page = None
        self.view = CodeView()
        self._source = None  # the text shown: coloured again only when it changes
        self._book_source = None
        self._chosen = None  # (items' titles, view's current) when the user picked another item
        self._sized = False  # given its first width (once; then the user's)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh_now)

        body = QWidget()
        self.combo = QComboBox()
        self.combo.activated.connect(self._item_chosen)
        self.book_button = QPushButton()
        self.book_button.setCheckable(True)
        self.book_button.toggled.connect(self._show_book)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_source)
        self.editor_button = QPushButton()
        self.editor_button.clicked.connect(self.open_in_editor)
        # The object's name on a row of its own: `SoftmaxWithLoss.backward` is long.
        top = QHBoxLayout()
        top.addWidget(self.book_button)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        top.addWidget(self.editor_button)
        self.where = QLabel()
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = CodeEdit()
        self.book_code = CodeEdit()
        self.book_why = QLabel()
        self.book_why.setWordWrap(True)
        book = QWidget()
        book_layout = QVBoxLayout(book)
        book_layout.setContentsMargins(0, 0, 0, 0)
        book_layout.addWidget(self.book_why)
        book_layout.addWidget(self.book_code, 1)
        self.book_pane = book
        book.hide()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.code)
        self.splitter.addWidget(book)
        self.values = QLabel()
        self.values.setWordWrap(True)
        self.values.setTextFormat(Qt.TextFormat.RichText)
        self.values.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.combo)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.values)
        self.setWidget(body)
        self._apply_font()
        self.retranslate()

    # ---- chrome ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Code"))
        self.book_button.setText(self.tr("Book's version"))
        self.book_button.setToolTip(
            self.tr("Show the book's code beside ours, where ours differs on purpose")
        )
        self.copy_button.setText(self.tr("Copy"))
        self.editor_button.setText(self.tr("Open in editor"))
        self.editor_button.setToolTip(self.tr("Open the engine's source file"))
        self._show_book(self.book_button.isChecked())
        self._show_where()

    def book_notes(self) -> dict[str, str]:
        """One line per difference: why nnviz's engine does it otherwise (its docstrings say so)."""
        return {
            "Relu": self.tr(
                "The book's backward writes zeros into dout itself; ours returns a new array, so "
                "the gradient a view is showing is never changed behind its back."
            ),
            "SoftmaxWithLoss": self.tr(
                "The book calls softmax, then cross_entropy_error with log(y + 1e-7); ours fuses "
                "them into one stable log-sum-exp: no log(0), no 1e-7, one (N, K) buffer."
            ),
            "Pooling": self.tr(
                "The book runs im2col and np.argmax over every window; ours takes the maxima "
                "offset by offset and saves which offset won (the argmax) for backward."
            ),
            "Convolution": self.tr(
                "The book computes col @ W.reshape(FN, -1).T + b; ours takes the same product "
                "transposed, so the output needs no transposing copy, and reuses its buffers."
            ),
            "im2col": self.tr(
                "The book fills a 6-D array of zeros and transposes it; ours fills the "
                "transposed matrix directly (im2col_t) and returns its transpose."
            ),
            "TwoLayerNet": self.tr(
                "The book draws weights from global np.random in float64; ours takes a "
                "np.random.Generator and trains in float32 (half the memory)."
            ),
        }

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._apply_font()
        super().changeEvent(event)

    def _apply_font(self) -> None:
        """Monospace at the application's size: Larger text makes the code larger too."""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QApplication.font().pointSizeF())
        for edit in (self.code, self.book_code, self.values):
            if edit.font() != font:
                edit.setFont(font)

    def code_font_size(self) -> float:
        return self.code.font().pointSizeF()

    # ---- following the tab -----------------------------------------------------------------
    def follow(self, page) -> None:
        """Show the code of `page` (the current tab) and follow its changes."""
        old = self.page
        if old is page:
            return
        if old is not None:
            try:
                old.code_changed.disconnect(self.schedule)
            except (RuntimeError, TypeError):
                pass
        self.page = page
        self._chosen = None
        if page is not None:
            page.code_changed.connect(self.schedule)
        self.schedule()

    def _first_place(self) -> None:
        """Docked beside the tabs where the window has room; floating over it where it has not.

        A 1024-wide projector has no room beside the widest tab: docked, the panel would push
        the window off the screen, so it floats over the right of the window instead. Decided
        before the first show, so the window never grows.
        """
        window = self.parentWidget()
        if window is None or self.isFloating() or not hasattr(window, "resizeDocks"):
            return
        central = window.centralWidget()
        room = window.width() - (central.minimumSizeHint().width() if central else 0) - 12
        wanted = 72 * self.code.fontMetrics().averageCharWidth()  # a method's lines, mostly
        if room >= MIN_DOCK_WIDTH:
            QTimer.singleShot(
                0,
                lambda: window.resizeDocks([self], [min(room, wanted)], Qt.Orientation.Horizontal),
            )
            return
        self.setFloating(True)
        width = min(wanted, int(window.width() * 0.55))
        height = int(window.height() * 0.8)
        top_left = window.mapToGlobal(window.rect().topRight())
        self.setGeometry(top_left.x() - width - 8, top_left.y() + 60, width, height)

    def toggle(self) -> None:
        """F4: show the panel, or hide it."""
        self.setVisible(not self.isVisible())

    def schedule(self) -> None:
        """Pull the view's code soon; many calls within REFRESH_MS make one pull."""
        if not self._timer.isActive():
            self._timer.start()

    def setVisible(self, visible: bool) -> None:
        if visible and not self._sized:
            self._sized = True
            self._first_place()
        super().setVisible(visible)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.schedule()

    def refresh_now(self) -> None:
        """Ask the tab what it runs now and show it (skipped while the panel is hidden)."""
        self._timer.stop()
        if not self.isVisible():
            return
        page = self.page
        view = page.code_view() if page is not None else CodeView()
        self.show_view(view)

    def show_view(self, view: CodeView) -> None:
        titles = [item.title for item in view.items]
        if [self.combo.itemText(i) for i in range(self.combo.count())] != titles:
            self.combo.clear()
            self.combo.addItems(titles)
        self.combo.setVisible(len(titles) > 1)
        self.view = view
        key = (tuple(titles), view.current)
        if self._chosen is not None and self._chosen[0] != key:
            self._chosen = None  # the view moved on: follow it again
        index = self._chosen[1] if self._chosen is not None else view.current
        if titles:
            self.combo.setCurrentIndex(min(index, len(titles) - 1))
        self._show_item()

    def _item_chosen(self, index: int) -> None:
        titles = tuple(item.title for item in self.view.items)
        self._chosen = ((titles, self.view.current), index)
        self._show_item()

    def current_item(self):
        items = self.view.items
        if not items:
            return None
        return items[min(max(self.combo.currentIndex(), 0), len(items) - 1)]

    def _show_item(self) -> None:
        item = self.current_item()
        if item is None:
            self._set_source(self.tr("# This view runs no engine code of its own."))
            self.code.set_lit([], {})
            self.values.setText("")
            self.book_button.setVisible(False)
            self._show_where()
            return
        try:
            source = source_of(item.obj)
        except OSError:  # an install without its .py files (frozen, zipped)
            source = self.tr("# The source of {0} is not installed with this copy of nnviz.")
            source = source.format(item.title)
            item = replace(item, lit=())
        self._set_source(source)
        lines = lit_line_numbers(source, item.lit)
        rows = source.splitlines()
        values = item.values() if callable(item.values) else item.values  # lazy: only this one
        after = item.after() if callable(item.after) else item.after
        notes = {
            n: annotation(rows[n], {**values, **after.get(rows[n].strip(), {})}) for n in lines
        }
        self.code.set_lit(lines, notes)
        self.values.setText(values_html(rows, notes, item.note))
        self.values.setVisible(bool(self.values.text()))
        self.book_button.setVisible(item.book in BOOK_VERSIONS)
        self._show_book(self.book_button.isChecked())
        self._show_where()

    def _set_source(self, source: str) -> None:
        if source != self._source:  # colouring again costs; only when the text changed
            self._source = source
            self.code.set_source(source)

    def _show_where(self) -> None:
        item = self.current_item()
        path = source_file(item.obj) if item is not None else None
        if item is None or path is None:
            self.where.setText("")
            self.editor_button.setEnabled(False)
            return
        module = getattr(item.obj, "__module__", "") or ""
        self.where.setText(
            self.tr("{0}, line {1}").format(module.replace(".", "/") + ".py", first_line(item.obj))
        )
        self.editor_button.setEnabled(True)

    def _show_book(self, on: bool) -> None:
        item = self.current_item()
        key = item.book if item is not None else ""
        show = bool(on and key in BOOK_VERSIONS and self.book_button.isVisible())
        self.book_pane.setVisible(show)
        if show:
            if self._book_source != BOOK_VERSIONS[key]:
                self._book_source = BOOK_VERSIONS[key]
                self.book_code.set_source(self._book_source)
            self.book_why.setText(
                "<b>" + self.tr("The book's version:") + "</b> " + self.book_notes().get(key, "")
            )

    # ---- what the user sees (and the tests read) -------------------------------------------
    def source_text(self) -> str:
        return self.code.toPlainText()

    def lit_lines(self) -> list[str]:
        return [
            self.code.document().findBlockByNumber(n).text().strip()
            for n in sorted(self.code.notes)
        ]

    def notes(self) -> dict[str, str]:
        """Each lit line (stripped) -> the values written beside it."""
        return {
            self.code.document().findBlockByNumber(n).text().strip(): text
            for n, text in self.code.notes.items()
        }

    # ---- buttons ---------------------------------------------------------------------------
    def copy_source(self) -> None:
        QApplication.clipboard().setText(self.source_text())

    def editor_url(self) -> QUrl | None:
        item = self.current_item()
        path = source_file(item.obj) if item is not None else None
        return QUrl.fromLocalFile(path) if path else None

    def open_in_editor(self) -> bool:
        url = self.editor_url()
        opened = bool(url) and QDesktopServices.openUrl(url)
        if not opened:
            self.where.setText(
                self.tr("No program to open {0} was found; Copy takes the code.").format(
                    url.toLocalFile() if url else ""
                )
            )
        return opened
