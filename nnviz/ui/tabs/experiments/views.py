"""The Experiments tab's plots: every run overlaid, the batch-norm grid, the search's scatter,
the activation histograms. Each view redraws from the state's results in one ``show_*`` call."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from nnviz.engine import experiments as ex
from nnviz.ui.widgets.plot import Plot

LINE_WIDTH = 2


def run_colour(index: int, count: int):
    """One distinct colour per run (pyqtgraph's hue wheel), darker than the default for a white
    background."""
    return pg.intColor(index, hues=max(count, 1), values=1, maxValue=200)


class CurvesView(QWidget):
    """Loss per iteration (smoothed, as Fig. 6-9) or accuracy per epoch, one colour per run."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = Plot()
        self.legend = self.plot.addLegend(offset=(-10, 10))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.curves: list[pg.PlotDataItem] = []  # per run: the loss, or the training accuracy
        self.held_out: list[pg.PlotDataItem] = []  # per run: test/validation accuracy (dashed)
        self._shape = None

    def show_results(self, experiment: ex.Experiment, results) -> None:
        shape = (experiment.name, tuple(r.label for r in results))
        if shape != self._shape:
            self._rebuild(experiment, results)
            self._shape = shape
        for curve, held, r in zip(self.curves, self.held_out, results, strict=True):
            if experiment.measures_accuracy:
                curve.setData(r.epochs, r.train_acc)
                pairs = [(e, a) for e, a in zip(r.epochs, r.eval_acc, strict=True) if a is not None]
                held.setData([p[0] for p in pairs], [p[1] for p in pairs])
            else:
                curve.setData(r.iterations, ex.smooth_curve(r.loss))
        self.plot.range_now()  # the axes redrawn in the same paint as the curves

    def _rebuild(self, experiment, results) -> None:
        self.plot.clear()
        self.legend.clear()
        self.curves, self.held_out = [], []
        for index, r in enumerate(results):
            colour = run_colour(index, len(results))
            curve = self.plot.plot([], [], pen=pg.mkPen(colour, width=LINE_WIDTH), name=r.label)
            # Thousands of points in a wide pen: drawn as separate segments, a quarter quicker
            # than one long path (solid lines only: a dash pattern would restart at each one).
            curve.curve.setSegmentedLineMode("on")
            held = pg.PlotDataItem(
                [], [], pen=pg.mkPen(colour, width=LINE_WIDTH, style=Qt.DashLine)
            )
            self.plot.addItem(held)
            self.curves.append(curve)
            self.held_out.append(held)
        self.retranslate(experiment)

    def retranslate(self, experiment: ex.Experiment) -> None:
        if experiment.measures_accuracy:
            self.plot.setLabel("bottom", QCoreApplication.translate("ExperimentViews", "epochs"))
            self.plot.setLabel("left", QCoreApplication.translate("ExperimentViews", "accuracy"))
            held = (
                QCoreApplication.translate("ExperimentViews", "dashed: validation")
                if experiment.validation_rate
                else QCoreApplication.translate("ExperimentViews", "dashed: test images")
            )
            self.plot.setTitle(
                QCoreApplication.translate(
                    "ExperimentViews", "Solid: training images · {held}"
                ).format(held=held)
            )
        else:
            self.plot.setLabel(
                "bottom", QCoreApplication.translate("ExperimentViews", "iterations")
            )
            self.plot.setLabel(
                "left", QCoreApplication.translate("ExperimentViews", "loss (smoothed)")
            )
            self.plot.setTitle(
                QCoreApplication.translate(
                    "ExperimentViews", "Loss per mini-batch, smoothed as in the book"
                )
            )


class BatchNormGrid(pg.GraphicsLayoutWidget):
    """Fig. 6-19: one small plot per weight scale, with (solid) and without (dashed) batch norm."""

    COLUMNS = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotDataItem] = []
        self._labels = None

    def show_results(self, results) -> None:
        labels = tuple(r.label for r in results)
        if labels != self._labels:
            self._rebuild(results)
            self._labels = labels
        for curve, r in zip(self.curves, results, strict=True):
            curve.setData(r.epochs, r.train_acc)

    def _rebuild(self, results) -> None:
        self.clear()
        self.plots, self.curves = [], []
        for index, r in enumerate(results):
            if index % 2 == 0:
                plot = self.addPlot(row=index // 2 // self.COLUMNS, col=index // 2 % self.COLUMNS)
                plot.setYRange(0, 1)
                plot.setTitle(f"w = {r.settings['weight_init']:.2g}", size="8pt")
                plot.hideAxis("bottom")
                self.plots.append(plot)
            batchnorm = r.settings["batchnorm"]
            pen = pg.mkPen(
                (31, 119, 180) if batchnorm else (90, 90, 90),
                width=LINE_WIDTH,
                style=Qt.SolidLine if batchnorm else Qt.DashLine,
            )
            self.curves.append(self.plots[-1].plot([], [], pen=pen))


class SearchView(QWidget):
    """Fig. 6-24's search: each finished trial's validation accuracy by lr and weight decay
    (above), and the validation curves of the best trials (below), the book's "Best-1 … Best-5"."""

    BEST = 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self.by_lr = Plot()
        self.by_decay = Plot()
        self.best = Plot()
        for plot in (self.by_lr, self.by_decay, self.best):
            plot.setYRange(0, 1)
        # The search's ranges (6.5): lr = 10^U(-6,-2), weight decay = 10^U(-8,-4).
        self.by_lr.setXRange(-6, -2)
        self.by_decay.setXRange(-8, -4)
        self.lr_points = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(31, 119, 180, 200))
        self.decay_points = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(214, 39, 40, 200))
        self.by_lr.addItem(self.lr_points)
        self.by_decay.addItem(self.decay_points)
        self.best_legend = self.best.addLegend(offset=(10, 10))  # top left: early epochs, low
        self.best_curves: list[pg.PlotDataItem] = []
        self._best_labels: tuple = ()
        self._best: list = []
        scatters = QHBoxLayout()
        scatters.addWidget(self.by_lr)
        scatters.addWidget(self.by_decay)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(scatters, 1)
        layout.addWidget(self.best, 1)
        self.retranslate()

    def show_results(self, results) -> None:
        done = [r for r in results if r.finished and r.eval_acc and r.eval_acc[-1] is not None]
        accs = [r.eval_acc[-1] for r in done]
        self.lr_points.setData([math.log10(r.settings["lr"]) for r in done], accs)
        self.decay_points.setData([math.log10(r.settings["weight_decay"]) for r in done], accs)
        best, _, _ = ex.best_ranges(done, self.BEST)
        labels = tuple(r.label for r in best)
        if labels != self._best_labels:
            self._best_labels = labels
            self._draw_best(best)

    def _draw_best(self, best) -> None:
        for curve in self.best_curves:
            self.best.removeItem(curve)
        self.best_legend.clear()
        self.best_curves = []
        self._best = best
        name = QCoreApplication.translate(
            "ExperimentViews", "Best-{rank}: lr {lr:.2g}, λ {decay:.2g}"
        )
        for rank, r in enumerate(best, start=1):
            pairs = [(e, a) for e, a in zip(r.epochs, r.eval_acc, strict=True) if a is not None]
            curve = self.best.plot(
                [p[0] for p in pairs],
                [p[1] for p in pairs],
                pen=pg.mkPen(run_colour(rank - 1, self.BEST), width=LINE_WIDTH),
                name=name.format(rank=rank, lr=r.settings["lr"], decay=r.settings["weight_decay"]),
            )
            self.best_curves.append(curve)

    def retranslate(self) -> None:
        self.by_lr.setLabel(
            "bottom", QCoreApplication.translate("ExperimentViews", "log₁₀ learning rate")
        )
        self.by_decay.setLabel(
            "bottom", QCoreApplication.translate("ExperimentViews", "log₁₀ weight decay λ")
        )
        for plot in (self.by_lr, self.by_decay):
            plot.setLabel(
                "left", QCoreApplication.translate("ExperimentViews", "validation accuracy")
            )
        self.best.setLabel("bottom", QCoreApplication.translate("ExperimentViews", "epochs"))
        self.best.setLabel(
            "left", QCoreApplication.translate("ExperimentViews", "validation accuracy")
        )
        self.best.setTitle(
            QCoreApplication.translate(
                "ExperimentViews", "The best trials so far, as the book's Figure 6-24"
            )
        )
        self._draw_best(self._best)  # the legend's words


class HistogramView(pg.GraphicsLayoutWidget):
    """Fig. 6-10 to 6-14: activations (top row) and gradients (bottom) per layer."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        self.activation_bars: list[pg.BarGraphItem] = []
        self.gradient_bars: list[pg.BarGraphItem] = []
        self.activation_plots: list[pg.PlotItem] = []
        self.gradient_plots: list[pg.PlotItem] = []
        for layer in range(5):
            for row, bars, plots, colour in (
                (0, self.activation_bars, self.activation_plots, (31, 119, 180)),
                (1, self.gradient_bars, self.gradient_plots, (214, 39, 40)),
            ):
                plot = self.addPlot(row=row, col=layer)
                item = pg.BarGraphItem(x=[0], height=[0], width=1, brush=colour, pen=None)
                plot.addItem(item)
                plot.hideAxis("left") if layer else None
                bars.append(item)
                plots.append(plot)
        self.heights: list[np.ndarray] = []  # the activation counts shown, per layer

    def show_distributions(self, d: ex.ActivationDistributions) -> None:
        top = max(int(h.histogram.max()) for h in d.activations) or 1
        self.heights = [h.histogram.copy() for h in d.activations]
        for layer, h in enumerate(d.activations):
            self._set(self.activation_bars[layer], self.activation_plots[layer], h, top)
            self.activation_plots[layer].setTitle(
                QCoreApplication.translate("ExperimentViews", "layer {n}").format(n=layer + 1),
                size="9pt",
            )
        gtop = max(int(h.histogram.max()) for h in d.gradients) or 1
        for layer, h in enumerate(d.gradients):
            self._set(self.gradient_bars[layer], self.gradient_plots[layer], h, gtop)
        self.activation_plots[0].setLabel(
            "left", QCoreApplication.translate("ExperimentViews", "activations")
        )
        self.gradient_plots[0].setLabel(
            "left", QCoreApplication.translate("ExperimentViews", "gradients")
        )

    @staticmethod
    def _set(bars, plot, h, top) -> None:
        centres = (h.edges[:-1] + h.edges[1:]) / 2
        bars.setOpts(x=centres, height=h.histogram, width=(h.edges[1] - h.edges[0]) * 0.9)
        plot.setXRange(h.edges[0], h.edges[-1], padding=0.02)
        plot.setYRange(0, top, padding=0.05)
