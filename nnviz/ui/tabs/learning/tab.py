"""Learning tab (ch4): loss functions, the gradient of a network, mini-batches, and the race of the
numerical gradient against backpropagation, one page each (and why a loss, not accuracy)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from nnviz.ui.tabs.learning import code as lc
from nnviz.ui.tabs.learning.accuracy_page import AccuracyPage
from nnviz.ui.tabs.learning.batch_page import BatchPage
from nnviz.ui.tabs.learning.loss_page import LossPage
from nnviz.ui.tabs.learning.network_page import NetworkPage
from nnviz.ui.tabs.learning.race_page import RacePage
from nnviz.ui.widgets.code_source import CodeView
from nnviz.ui.widgets.tab_page import TabPage


class LearningTab(TabPage):
    """Chapter 4 in five pages; each page has its figure on the left and its panel on the right."""

    TAB_ID = "learning"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss_page = LossPage()
        self.batch_page = BatchPage()
        self.accuracy_page = AccuracyPage()
        self.network_page = NetworkPage()
        self.race_page = RacePage()
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        for page in self.all_pages():  # in the book's order: 4.2.1–4.2.5, 4.4.2, 4.5
            self.pages.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages, 1)
        self._follow_code()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Learning")

    def chapter_note(self) -> str:
        return self.tr("Chapter 4: loss functions, mini-batches and the gradient of a network")

    def all_pages(self) -> tuple:
        return (
            self.loss_page,
            self.batch_page,
            self.accuracy_page,
            self.network_page,
            self.race_page,
        )

    def retranslate(self) -> None:
        titles = (
            self.tr("Loss functions"),
            self.tr("Mini-batches"),
            self.tr("Loss, not accuracy"),
            self.tr("Gradient of a network"),
            self.tr("Numerical gradient vs backprop"),
        )
        for index, (page, title) in enumerate(zip(self.all_pages(), titles, strict=True)):
            self.pages.setTabText(index, title)
            page.retranslate()

    def shutdown(self) -> None:
        self.batch_page.shutdown()
        self.race_page.shutdown()

    def prepare_screenshot(self) -> None:
        """The simpleNet page half-way through its nudges: the most telling picture of ch4."""
        self.pages.setCurrentWidget(self.network_page)
        for _ in range(4):
            self.network_page.nudge_next()

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        from nnviz.ui.tabs.learning.lesson import PAGES

        loss, walk = self.loss_page, self.network_page.walk
        return {
            "page": PAGES[max(0, self.pages.currentIndex())],
            "probabilities": [float(v) for v in loss.state.y],
            "label": int(loss.state.label),
            "bar": int(loss.current),
            "W": [[float(v) for v in row] for row in walk.net.W],
            "nudged": len(walk.steps),
        }

    def apply_lesson_state(self, state: dict) -> list[str]:
        """A missing key takes its value of a fresh tab (the book's examples)."""
        import numpy as np

        from nnviz.ui.tabs.learning.lesson import PAGES
        from nnviz.ui.tabs.learning.state import (
            BOOK_LABEL,
            BOOK_SIMPLE_NET_W,
            BOOK_Y,
        )

        loss = self.loss_page
        y = np.array(state.get("probabilities", BOOK_Y), dtype=np.float64)
        loss.state.set_example(y / y.sum(), state.get("label", BOOK_LABEL))
        loss.current = state.get("bar", loss.state.label)
        loss.refresh()
        network = self.network_page
        network.walk.reset(np.array(state.get("W", BOOK_SIMPLE_NET_W), dtype=float))
        network.refresh()
        for _ in range(state.get("nudged", 0)):
            network.nudge_next()
        self.pages.setCurrentIndex(PAGES.index(state.get("page", PAGES[0])))
        return []

    # ---- presenting and the keyboard (nnviz.ui.shortcuts) ----------------------------------
    def step_actions(self) -> dict:
        """→ nudges the next weight of simpleNet; Space starts or stops the race. On the other
        pages the keys go to the page (the loss page moves its probability with ← →)."""
        return {"next": self._next_key, "play": self._play_key}

    def _next_key(self) -> bool:
        if self.pages.currentWidget() is not self.network_page:
            return False
        self.network_page.nudge_next()
        return True

    def _play_key(self) -> bool:
        if self.pages.currentWidget() is not self.race_page:
            return False
        if self.race_page.is_running():
            self.race_page.stop()
        else:
            self.race_page.start_race()
        return True

    # ---- the Code panel (issue 21) ------------------------------------------------------------

    def _follow_code(self) -> None:
        self.pages.currentChanged.connect(self.code_changed)
        self.network_page.table.itemSelectionChanged.connect(self.code_changed)
        loss = self.loss_page  # the bars the two losses read
        for signal in (
            loss.bars.dragged,
            loss.label_choice.currentIndexChanged,
            loss.value_box.valueChanged,
            loss.book_button.clicked,
            loss.seven_button.clicked,
        ):
            signal.connect(self.code_changed)

    def code_view(self) -> CodeView:
        """The functions the page on screen runs; the nudge of the network page, lit."""
        page = self.pages.currentWidget()
        if page is self.loss_page:
            return lc.loss_code(self.loss_page.state.y, self.loss_page.state.t)
        if page is self.network_page:
            walk = self.network_page.walk
            row = self.network_page.selected_row()
            step = walk.steps[row] if row is not None and row < len(walk.steps) else None
            return lc.nudge_code(step, walk.net.W, walk.H)
        if page is self.batch_page:
            return lc.batch_code()
        if page is self.accuracy_page:
            return lc.accuracy_code()
        return lc.race_code()


Tab = LearningTab  # the name the tab table looks for
