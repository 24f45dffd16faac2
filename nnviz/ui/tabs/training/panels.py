"""Training tab panels: the curves (upper half) and the result pages (lower half).

CurvesPanel: loss per iteration and accuracy per epoch, with a note on how accuracy is measured.
ResultsPanel: the network's layers, its first-layer weights, and after training the confusion
matrix and the misclassified test digits (ch5-8), each on its own page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from nnviz.ui.tabs.training.views import (
    AccuracyView,
    ConfusionView,
    LossView,
    MistakesView,
    WeightsView,
)

LAYERS_PAGE, WEIGHTS_PAGE, CONFUSION_PAGE, MISTAKES_PAGE = range(4)


def _page(*widgets, stretch_index: int) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(2, 2, 2, 2)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == stretch_index else 0)
    return page


class _WrappingLabel(QLabel):
    """A word-wrapped label that ignores a text it already shows: a new text relays out its
    panel (a few ms), and the captions are set again every time the weights picture changes."""

    def __init__(self):
        super().__init__()
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text != self.text():
            super().setText(text)


def _wrapping_label() -> QLabel:
    return _WrappingLabel()


class CurvesPanel(QSplitter):
    """Ch4-6: the loss falling per iteration; ch6.4: training and test accuracy per epoch."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.loss_view = LossView()
        self.accuracy_view = AccuracyView()
        self.eval_note = _wrapping_label()
        self.data_info = None  # the run's DataReady: how many images accuracy is measured on
        self.addWidget(self.loss_view)
        self.addWidget(_page(self.accuracy_view, self.eval_note, stretch_index=0))

    def clear(self) -> None:
        self.data_info = None
        self.loss_view.clear_data()
        self.accuracy_view.clear_data()
        self._show_eval_note()

    def redraw(self) -> None:
        self.loss_view.redraw()
        self.accuracy_view.redraw()

    def set_previous(self, note: str) -> None:
        """Curves of a run whose network or settings are no longer the builder's: greyed and
        titled with ``note``; "" shows them as the current run's."""
        self.loss_view.set_previous(note)
        self.accuracy_view.set_previous(note)

    def set_data_info(self, info) -> None:
        self.data_info = info
        self._show_eval_note()

    def set_run_length(self, epochs: int, max_iter: int | None = None) -> None:
        self.accuracy_view.set_epochs(epochs)
        if max_iter:
            self.loss_view.set_iterations(max_iter)

    def _show_eval_note(self) -> None:
        info = self.data_info
        if info is None:
            text = self.tr(
                "Accuracy is measured after every epoch (one pass over the training set)."
            )
            self.eval_note.setText(text)
            return
        n_train, n_test = min(info.eval_n, info.train_size), min(info.eval_n, info.test_size)
        all_train, all_test = n_train == info.train_size, n_test == info.test_size
        if all_train and all_test:
            text = self.tr(
                "Accuracy after every epoch on all {0:,} training and {1:,} test images."
            ).format(n_train, n_test)
        elif all_test:
            text = self.tr(
                "To save time, accuracy after each epoch is measured on {0:,} of the {1:,} "
                "training images and on all {2:,} test images."
            ).format(n_train, info.train_size, n_test)
        elif all_train:
            text = self.tr(
                "To save time, accuracy after each epoch is measured on all {0:,} training "
                "images and on {1:,} of the {2:,} test images; the final result uses all test "
                "images."
            ).format(n_train, n_test, info.test_size)
        else:
            text = self.tr(
                "To save time, accuracy after each epoch is measured on {0:,} of the {1:,} "
                "training images and {2:,} of the {3:,} test images; the final result uses all "
                "test images."
            ).format(n_train, info.train_size, n_test, info.test_size)
        self.eval_note.setText(text)

    def retranslate(self) -> None:
        self.loss_view.retranslate(
            self.tr("Loss per iteration"),
            self.tr("each mini-batch"),
            self.tr("smoothed"),
            self.tr("iteration"),
            self.tr("cross-entropy error"),
        )
        self.accuracy_view.retranslate(
            self.tr("Accuracy after each epoch"),
            self.tr("training images"),
            self.tr("test images"),
            self.tr("epoch"),
        )
        self._show_eval_note()


class ResultsPanel(QTabWidget):
    """Pages: Layers (the builder's summary), First-layer weights, Confusion matrix, Mistakes."""

    def __init__(self, summary: QWidget, parent=None):
        super().__init__(parent)
        self.weights_view = WeightsView()
        self.weights_caption = _wrapping_label()
        self.change_check = QCheckBox()
        self.change_check.setChecked(True)
        self.change_check.toggled.connect(self._change_toggled)
        self.confusion_view = ConfusionView()
        self.confusion_caption = _wrapping_label()
        self.mistakes_view = MistakesView()
        self.evaluation = None
        self.previous_note = ""  # "previous run: …" while the results are not the builder's

        self.addTab(summary, "")
        self.addTab(
            _page(self.change_check, self.weights_view, self.weights_caption, stretch_index=1), ""
        )
        self.addTab(_page(self.confusion_caption, self.confusion_view, stretch_index=1), "")
        self.addTab(self.mistakes_view, "")

    def clear(self) -> None:
        self.evaluation = None
        self.weights_view.clear_data()
        self.confusion_view.clear_data()
        self.mistakes_view.clear_data()
        self.retranslate()

    def show_picture(self, picture) -> None:
        self.weights_view.show_picture(picture)
        self._show_weights_caption()

    def set_previous(self, note: str) -> None:
        """Results of an earlier run or model: greyed and captioned with ``note``."""
        self.previous_note = note
        for view in (self.weights_view, self.confusion_view, self.mistakes_view):
            view.setEnabled(not note)
        self.weights_view.image.setOpacity(0.35 if note else 1.0)
        self.retranslate()

    def show_evaluation(self, evaluation) -> None:
        self.evaluation = evaluation
        self.confusion_view.show_matrix(evaluation.confusion)
        self.mistakes_view.show_evaluation(evaluation)
        self.retranslate()
        if self.currentIndex() in (LAYERS_PAGE, WEIGHTS_PAGE):
            self.setCurrentIndex(CONFUSION_PAGE)

    def _change_toggled(self, on: bool) -> None:
        self.weights_view.set_show_change(on)
        self._show_weights_caption()

    def _show_weights_caption(self) -> None:
        picture = self.weights_view.picture
        change = self.change_check.isChecked()
        if picture is None:
            text = self.tr("The first layer's weights appear here once training starts.")
            self.weights_caption.setText(text)
            return
        elif picture.tile_shape == (28, 28) and change:
            text = self.tr(
                "How training changed the weights into each of the first {0} hidden units, as "
                "28×28 images (red up, blue down): the strokes each unit has learnt to look for."
            ).format(picture.tiles)
        elif picture.tile_shape == (28, 28):
            text = self.tr(
                "The weights into each of the first {0} hidden units, as 28×28 images (red "
                "positive, blue negative); the random start still hides what they learnt."
            ).format(picture.tiles)
        elif change:
            text = self.tr(
                "How training changed the {0} filters of the first convolution layer, {1}×{2} "
                "each, drawn as in the book's Figure 7-24 (black: the largest change, white: "
                "the smallest)."
            ).format(picture.tiles, *picture.tile_shape)
        else:
            text = self.tr(
                "The {0} filters of the first convolution layer, {1}×{2} each, drawn as in the "
                "book's Figure 7-24 (black: the largest weight, white: the smallest): edge and "
                "stroke detectors emerge as it learns."
            ).format(picture.tiles, *picture.tile_shape)
        self.weights_caption.setText(self._with_note(text))

    def _with_note(self, text: str) -> str:
        return f"<b>{self.previous_note}</b> · {text}" if self.previous_note else text

    def retranslate(self) -> None:
        self.setTabText(LAYERS_PAGE, self.tr("Layers"))
        self.setTabText(WEIGHTS_PAGE, self.tr("First-layer weights"))
        self.setTabText(CONFUSION_PAGE, self.tr("Confusion matrix"))
        self.change_check.setText(self.tr("Show only what training changed (W − W at the start)"))
        self._show_weights_caption()
        ev = self.evaluation
        if ev is None:
            self.setTabText(MISTAKES_PAGE, self.tr("Misclassified digits"))
            self.confusion_caption.setText(
                self.tr("After training: how the test digits (rows) were read (columns).")
            )
        else:
            self.setTabText(
                MISTAKES_PAGE, self.tr("Misclassified digits ({0:,})").format(ev.errors)
            )
            self.confusion_caption.setText(
                self._with_note(
                    self.tr(
                        "Rows: the true digit; columns: the network's answer. The diagonal holds "
                        "the {0:,} test digits read correctly, the red cells the {1:,} mistakes."
                    ).format(ev.total - ev.errors, ev.errors)
                )
            )
        self.mistakes_view.set_formats(
            self.tr("Test image #{0}: a {1}, read as {2} ({3:.0%} sure)")
        )
