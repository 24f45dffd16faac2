"""Learning tab (ch4): loss functions, the gradient of a network, mini-batches, and the race of the
numerical gradient against backpropagation, one page each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from nnviz.ui.tabs.learning.batch_page import BatchPage
from nnviz.ui.tabs.learning.loss_page import LossPage
from nnviz.ui.tabs.learning.network_page import NetworkPage
from nnviz.ui.tabs.learning.race_page import RacePage
from nnviz.ui.widgets.tab_page import TabPage


class LearningTab(TabPage):
    """Chapter 4 in four pages; each page has its figure on the left and its panel on the right."""

    TAB_ID = "learning"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss_page = LossPage()
        self.network_page = NetworkPage()
        self.batch_page = BatchPage()
        self.race_page = RacePage()
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.loss_page, "")
        self.pages.addTab(self.network_page, "")
        self.pages.addTab(self.batch_page, "")
        self.pages.addTab(self.race_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Learning")

    def chapter_note(self) -> str:
        return self.tr("Chapter 4: loss functions, mini-batches and the gradient of a network")

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("Loss functions"))
        self.pages.setTabText(1, self.tr("Gradient of a network"))
        self.pages.setTabText(2, self.tr("Mini-batches"))
        self.pages.setTabText(3, self.tr("Numerical gradient vs backprop"))
        for page in (self.loss_page, self.network_page, self.batch_page, self.race_page):
            page.retranslate()

    def shutdown(self) -> None:
        self.batch_page.shutdown()
        self.race_page.shutdown()

    def prepare_screenshot(self) -> None:
        """The simpleNet page half-way through its nudges: the most telling picture of ch4."""
        self.pages.setCurrentWidget(self.network_page)
        for _ in range(4):
            self.network_page.nudge_next()


Tab = LearningTab  # the name the tab table looks for
