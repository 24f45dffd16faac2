"""Training tab views: loss and accuracy curves, first-layer weights, confusion matrix, mistakes.

Each view keeps its own data and redraws in ``redraw()``, which the tab calls at most ~10 times a
second while training runs: appending data is cheap, drawing is not.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.widgets.plot import Plot

# The book's figures: blue for training, orange for test.
TRAIN_COLOR = "#1f77b4"
TEST_COLOR = "#ff7f0e"
RAW_LOSS_COLOR = (31, 119, 180, 140)  # visible on a projector, still behind the smoothed line
SMOOTH_COLOR = "#d62728"
FEW_POINTS = 30  # fewer loss points than this are drawn as dots too
SMOOTHING = 0.95  # exponential moving average of the loss, with bias correction (as TensorBoard)


def smooth(values: np.ndarray, weight: float = SMOOTHING) -> np.ndarray:
    """EMA s_i = w·s_{i-1} + (1-w)·x_i, divided by (1 - w^i) so the start is not pulled to 0."""
    out = np.empty(len(values), dtype=np.float64)
    s = 0.0
    for i, x in enumerate(values):
        s = weight * s + (1 - weight) * x
        out[i] = s / (1 - weight ** (i + 1))
    return out


def text_pt(scale: float = 1.0) -> str:
    """The app's text size (View > Larger text) as a CSS size for pyqtgraph's labels."""
    return f"{QApplication.font().pointSizeF() * scale:.1f}pt"


class WholeNumberAxis(pg.AxisItem):
    """Iterations and epochs are counted: ticks on whole numbers only, never 0.2 … 0.8."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's names
        levels = [
            (spacing, [v for v in values if float(v).is_integer()])
            for spacing, values in super().tickValues(minVal, maxVal, size)
            if spacing >= 1
        ]
        if not levels:  # a range narrower than 2: its whole numbers
            first, last = math.ceil(min(minVal, maxVal)), math.floor(max(minVal, maxVal))
            levels = [(1.0, [float(v) for v in range(first, last + 1)])]
        return levels


PREVIOUS_OPACITY = 0.35  # curves of the previous run, next to a changed network


class CurvePlot(Plot):
    """A Plot whose title and legend follow the app's text size too (pyqtgraph fixes them)."""

    def __init__(self, parent=None, legend_offset=(-10, 10)):
        super().__init__(parent, axisItems={"bottom": WholeNumberAxis("bottom")})
        self._title = ""
        self._note = ""
        self.legend = self.addLegend(offset=legend_offset, labelTextSize=text_pt(1.0))
        lighter_grid(self)

    def set_title(self, text: str) -> None:
        self._title = text
        title = text
        if self._note:  # on a line of its own: one long line widened the plot past the window
            title = f"{text}<br><span style='font-size:{text_pt(0.95)}'><i>{self._note}</i></span>"
        self.setTitle(title, size=text_pt(1.15))

    def set_previous(self, note: str) -> None:
        """Grey the curves and name whose they are ("previous run: …"); "" shows them as now."""
        self._note = note
        self.set_title(self._title)
        for item in self.listDataItems():
            item.setOpacity(PREVIOUS_OPACITY if note else 1.0)

    def title_text(self) -> str:
        return self.getPlotItem().titleLabel.text

    def set_legend(self, *entries) -> None:
        """(curve, name) rows; on a language switch only the names change: a legend rebuilt
        from scratch cost ~7 ms a plot, paid while a training worker competes for the GIL."""
        items = self.legend.items
        if [sample.item for sample, _ in items] == [curve for curve, _ in entries]:
            for (_sample, label), (_curve, name) in zip(items, entries, strict=True):
                if label.text != name:
                    label.setText(name)
            self.legend.updateSize()
            return
        self.legend.clear()
        for curve, name in entries:
            self.legend.addItem(curve, name)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.set_title(self._title)
            self.legend.setLabelTextSize(text_pt(1.0))
            for _sample, label in self.legend.items:
                label.setText(label.text)  # setLabelTextSize alone does not redraw the text
            self.legend.updateSize()


def lighter_grid(plot: Plot) -> None:
    """Major and minor grid lines only: the third level of faint lines tripled the repaint time
    of a plot (55 → 22 ms for the two curves at 1280×800), long enough to stutter a resize."""
    for name in ("left", "bottom"):
        plot.getAxis(name).setStyle(maxTickLevel=1)


def gray_image(image: np.ndarray) -> QImage:
    """A float [0, 1] (h, w) picture as an 8-bit white-background QImage (ink is dark)."""
    data = np.ascontiguousarray(255 - np.clip(image, 0, 1) * 255, dtype=np.uint8)
    h, w = data.shape
    return QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


class LossView(CurvePlot):
    """Ch4-6: the loss of every mini-batch (faint) and its smoothed trend (bold)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.iterations: list[int] = []
        self.losses: list[float] = []
        self._smoothed = np.empty(0)
        self._ema = 0.0
        self.raw_curve = self.plot(pen=pg.mkPen(RAW_LOSS_COLOR, width=1))
        self.smooth_curve = self.plot(pen=pg.mkPen(SMOOTH_COLOR, width=3))
        for item in (self.raw_curve, self.smooth_curve):
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
        self.setLimits(yMin=0)
        self.getAxis("bottom").enableAutoSIPrefix(False)
        # Where a run diverged: the loss that ended it, and a line at its iteration.
        self.divergence = None  # (iteration, loss) once a run has diverged
        self.divergence_mark = pg.ScatterPlotItem(
            symbol="x", size=16, pen=pg.mkPen(SMOOTH_COLOR, width=3), brush=pg.mkBrush(SMOOTH_COLOR)
        )
        self.divergence_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(SMOOTH_COLOR, width=2, style=Qt.PenStyle.DashLine)
        )
        for item in (self.divergence_mark, self.divergence_line):
            item.setVisible(False)
            self.addItem(item)
        # Horizontal grid lines only: the curve redraws several times a second while training
        # and every grid line is repainted with it (a loss curve needs no vertical lines).
        self.showGrid(x=False, y=True, alpha=0.2)
        self._dirty = False
        self.set_iterations(1)  # empty: 0 and 1 inside the frame, so their labels show

    def set_iterations(self, max_iter: int) -> None:
        """Show the whole run from the start: the curve fills the plot as training goes on."""
        self.setXRange(0, max(max_iter, 1), padding=0.04)

    def clear_data(self) -> None:
        self.iterations, self.losses = [], []
        self._smoothed = np.empty(0)
        self._ema = 0.0
        self._dirty = True
        self.divergence = None
        for item in (self.divergence_mark, self.divergence_line):
            item.setVisible(False)
        self.redraw()

    def mark_divergence(self, iteration: int, loss: float) -> None:
        """The run diverged at ``iteration``: show the points before it up close, the loss that
        ended it (when finite) and a line where it happened."""
        self.divergence = (iteration, loss)
        self.divergence_line.setPos(iteration)
        self.divergence_line.setVisible(True)
        finite = bool(np.isfinite(loss))
        self.divergence_mark.setData([iteration], [loss] if finite else [0.0])
        self.divergence_mark.setVisible(finite)
        self._dirty = True
        self.redraw()
        self.setXRange(0, max(iteration + 1, 5), padding=0.05)

    def add(self, iteration: int, loss: float) -> None:
        if not np.isfinite(loss):  # never draw NaN: the tab reports divergence instead
            return
        self.iterations.append(iteration)
        self.losses.append(loss)
        self._dirty = True

    def smoothed(self) -> np.ndarray:
        """The smoothed loss for every point, updated incrementally."""
        done = len(self._smoothed)
        if done < len(self.losses):
            new = np.empty(len(self.losses) - done)
            w, s = SMOOTHING, self._ema
            for k, x in enumerate(self.losses[done:]):
                s = w * s + (1 - w) * x
                new[k] = s / (1 - w ** (done + k + 1))
            self._ema = s
            self._smoothed = np.concatenate([self._smoothed, new])
        return self._smoothed

    def redraw(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        x = np.asarray(self.iterations, dtype=np.float64)
        # A handful of points (a run that diverged at once) would be an invisible line: dots.
        symbol = "o" if 0 < len(x) < FEW_POINTS else None
        if self.raw_curve.opts["symbol"] != symbol:
            self.raw_curve.setSymbol(symbol)
            self.raw_curve.setSymbolBrush(RAW_LOSS_COLOR)
            self.raw_curve.setSymbolPen(None)
            self.raw_curve.setSymbolSize(7)
        self.raw_curve.setData(x, np.asarray(self.losses, dtype=np.float64))
        self.smooth_curve.setData(x, self.smoothed())

    def retranslate(
        self, title: str, raw: str, smoothed: str, x_label: str, y_label: str = ""
    ) -> None:
        self.set_title(title)
        self.setLabel("bottom", x_label)
        self.setLabel("left", y_label)
        self.set_legend((self.raw_curve, raw), (self.smooth_curve, smoothed))


class AccuracyView(CurvePlot):
    """Ch6.4: training and test accuracy after each epoch; a widening gap is overfitting."""

    def __init__(self, parent=None):
        super().__init__(parent, legend_offset=(-10, -10))
        self.epochs: list[int] = []
        self.train_acc: list[float] = []
        self.test_acc: list[float] = []
        self.train_curve = self.plot(
            pen=pg.mkPen(TRAIN_COLOR, width=3),
            symbol="o",
            symbolSize=8,
            symbolBrush=TRAIN_COLOR,
            symbolPen=None,
        )
        self.test_curve = self.plot(
            pen=pg.mkPen(TEST_COLOR, width=3, style=Qt.PenStyle.DashLine),
            symbol="s",
            symbolSize=8,
            symbolBrush=TEST_COLOR,
            symbolPen=None,
        )
        self.setYRange(0, 1, padding=0.02)
        self.setLimits(yMin=0, yMax=1.05)
        self.getPlotItem().getViewBox().setMouseEnabled(y=False)
        self.getAxis("bottom").enableAutoSIPrefix(False)
        self.set_epochs(1)  # empty: epochs 0 and 1 inside the frame, so their labels show

    def set_epochs(self, epochs: int) -> None:
        """Epochs 0 (before training) to the last, fixed from the start."""
        self.setXRange(0, max(epochs, 1), padding=0.04)

    def clear_data(self) -> None:
        self.epochs, self.train_acc, self.test_acc = [], [], []
        self.redraw()

    def add(self, epoch: int, train_acc: float, test_acc: float) -> None:
        self.epochs.append(epoch)
        self.train_acc.append(train_acc)
        self.test_acc.append(test_acc)

    def redraw(self) -> None:
        self.train_curve.setData(self.epochs, self.train_acc)
        self.test_curve.setData(self.epochs, self.test_acc)
        axis = self.getAxis("bottom")
        right = self.getPlotItem().getViewBox().viewRange()[0][1]
        if right <= 12:
            axis.setTickSpacing(major=1, minor=1)  # whole epochs, not 0.5
        else:
            axis.setTickSpacing()

    def retranslate(self, title: str, train: str, test: str, x_label: str) -> None:
        self.set_title(title)
        self.setLabel("bottom", x_label)
        self.set_legend((self.train_curve, train), (self.test_curve, test))


def diverging_colormap() -> pg.ColorMap:
    """Blue for negative weights, white for 0, red for positive."""
    return pg.ColorMap([0.0, 0.5, 1.0], [(33, 102, 172), (255, 255, 255), (178, 24, 43)])


class WeightsView(Plot):
    """Ch6-7: the first layer's weights (MLP: one 28×28 picture per unit; CNN: the filters)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = pg.ImageItem()
        self._luts = {
            "signed": diverging_colormap().getLookupTable(nPts=256),
            # The book's filters (gray_r): white for the smallest weight, black for the largest.
            "range": pg.ColorMap([0.0, 1.0], [(255, 255, 255), (0, 0, 0)]).getLookupTable(nPts=256),
        }
        self.image.setLookupTable(self._luts["signed"])
        self.addItem(self.image)
        self.hideAxis("left")
        self.hideAxis("bottom")
        self.showGrid(x=False, y=False)
        self.setAspectLocked(True)
        self.getPlotItem().getViewBox().invertY(True)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.picture = None
        self.show_change = True  # W - W0: the random start hides what was learnt

    def set_show_change(self, on: bool) -> None:
        self.show_change = on
        if self.picture is not None:
            self.show_picture(self.picture)

    def shown_image(self) -> np.ndarray | None:
        if self.picture is None:
            return None
        return self.picture.change if self.show_change else self.picture.mosaic

    def show_picture(self, picture) -> None:
        """``picture``: a WeightsPicture (mosaic values in [-1, 1])."""
        old = self.shown_image()
        self.picture = picture
        image = self.shown_image()
        self.image.setLookupTable(self._luts.get(picture.style, self._luts["signed"]))
        self.image.setImage(image, levels=(-1, 1), autoLevels=False)
        if old is None or old.shape != image.shape:  # re-framing costs a repaint of its own
            h, w = image.shape
            self.setRange(xRange=(0, w), yRange=(0, h), padding=0.02)

    def clear_data(self) -> None:
        self.picture = None
        self.image.clear()


class ConfusionView(QTableWidget):
    """Ch8: the confusion matrix, rows = true digit, columns = the net's answer."""

    def __init__(self, parent=None):
        super().__init__(10, 10, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        labels = [str(d) for d in range(10)]
        self.setHorizontalHeaderLabels(labels)
        self.setVerticalHeaderLabels(labels)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(18)
        self.matrix = None
        self.clear_data()

    def clear_data(self) -> None:
        self.matrix = None
        for r in range(10):
            for c in range(10):
                self.setItem(r, c, QTableWidgetItem(""))

    def show_matrix(self, matrix: np.ndarray) -> None:
        self.matrix = np.asarray(matrix)
        off = self.matrix.copy()
        np.fill_diagonal(off, 0)
        worst = max(int(off.max()), 1)
        for r in range(10):
            row_total = max(int(self.matrix[r].sum()), 1)
            for c in range(10):
                n = int(self.matrix[r, c])
                item = QTableWidgetItem(str(n))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r == c:  # green: the share of this digit recognised
                    a = n / row_total
                    color = QColor(int(255 - 155 * a), int(255 - 75 * a), int(255 - 155 * a))
                elif n:  # red: the more of these mistakes, the stronger
                    a = 0.15 + 0.85 * n / worst
                    color = QColor(255, int(255 - 190 * a), int(255 - 190 * a))
                else:
                    color = QColor(255, 255, 255)
                    item.setForeground(QBrush(QColor(190, 190, 190)))
                item.setBackground(QBrush(color))
                self.setItem(r, c, item)


class ProbabilityView(Plot):
    """The net's softmax output for one digit: ten bars, the true digit in green, its answer red."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # A pale green column behind the true digit: visible even when its probability is ~0.
        self.truth = pg.BarGraphItem(
            x=[0], height=[1.0], width=0.9, brush=pg.mkBrush(44, 160, 44, 50), pen=pg.mkPen(None)
        )
        self.truth.setVisible(False)
        self.addItem(self.truth)
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7)
        self.addItem(self.bars)
        self.setXRange(-0.6, 9.6, padding=0)
        self.setYRange(0, 1, padding=0.02)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
        lighter_grid(self)
        self.probs = np.zeros(10)
        self.retranslate()

    def retranslate(self) -> None:
        self.setLabel("left", self.tr("probability"))
        self.setLabel("bottom", self.tr("digit"))
        self.setTitle(self.tr("green: the true digit · red: the network's answer"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_probs(self, probs: np.ndarray, true: int, pred: int) -> None:
        self.probs = np.asarray(probs, dtype=np.float64)
        brushes = []
        for d in range(10):
            color = "#2ca02c" if d == true else "#d62728" if d == pred else "#9aa5b1"
            brushes.append(pg.mkBrush(color))
        self.bars.setOpts(height=self.probs, brushes=brushes)
        self.truth.setOpts(x=[true])
        self.truth.setVisible(True)

    def clear_data(self) -> None:
        self.truth.setVisible(False)
        self.probs = np.zeros(10)
        self.bars.setOpts(height=self.probs, brushes=[pg.mkBrush("#9aa5b1")] * 10)


class MistakesView(QWidget):
    """Misclassified test digits; click one to see the network's probabilities for it."""

    digit_selected = Signal(int)  # row in the gallery

    THUMB = 56

    def __init__(self, parent=None):
        super().__init__(parent)
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListWidget.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(self.THUMB, self.THUMB))
        self.gallery.setGridSize(QSize(self.THUMB + 18, self.THUMB + 30))
        self.gallery.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.gallery.setMovement(QListWidget.Movement.Static)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gallery.currentRowChanged.connect(self._row_changed)

        self.digit = QLabel()
        self.digit.setFixedSize(2 * self.THUMB, 2 * self.THUMB)
        self.digit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digit.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        bold = QFont(self.caption.font())
        bold.setBold(True)
        self.caption.setFont(bold)
        self.probs = ProbabilityView()
        self.probs.setMinimumWidth(220)

        detail_top = QHBoxLayout()
        detail_top.addWidget(self.digit)
        detail_top.addWidget(self.caption, 1)
        detail = QVBoxLayout()
        detail.addLayout(detail_top)
        detail.addWidget(self.probs, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The chart gets the larger share: at 1024 px it showed only the digits 0-4 (issue 14).
        layout.addWidget(self.gallery, 2)
        layout.addLayout(detail, 3)
        self.evaluation = None
        self._caption_format = "{0} → {1}"
        self._detail_format = "{0} {1} {2} {3:.0%}"

    def set_formats(self, detail: str) -> None:
        """``detail``: a translated "#{0}: a {1}, read as {2} ({3:.0%} sure)" style format."""
        self._detail_format = detail
        self._row_changed(self.gallery.currentRow())

    def clear_data(self) -> None:
        self.evaluation = None
        self.gallery.clear()
        self.digit.clear()
        self.caption.clear()
        self.probs.clear_data()

    def show_evaluation(self, evaluation) -> None:
        self.evaluation = evaluation
        self.gallery.clear()
        for image, true, pred in zip(
            evaluation.wrong_images, evaluation.wrong_true, evaluation.wrong_pred, strict=True
        ):
            pixmap = QPixmap.fromImage(gray_image(image)).scaled(self.THUMB, self.THUMB)
            # "true → predicted": digits and an arrow, the same in every language.
            item = QListWidgetItem(QIcon(pixmap), f"{int(true)} → {int(pred)}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.gallery.addItem(item)
        if self.gallery.count():
            self.gallery.setCurrentRow(0)
        else:
            self._row_changed(-1)

    def _row_changed(self, row: int) -> None:
        ev = self.evaluation
        if ev is None or not 0 <= row < len(ev.wrong_index):
            self.digit.clear()
            self.caption.clear()
            self.probs.clear_data()
            return
        true, pred = int(ev.wrong_true[row]), int(ev.wrong_pred[row])
        probs = ev.wrong_probs[row]
        pixmap = QPixmap.fromImage(gray_image(ev.wrong_images[row]))
        self.digit.setPixmap(pixmap.scaled(2 * self.THUMB, 2 * self.THUMB))
        self.caption.setText(
            self._detail_format.format(int(ev.wrong_index[row]), true, pred, float(probs[pred]))
        )
        self.probs.show_probs(probs, true, pred)
        self.digit_selected.emit(row)
