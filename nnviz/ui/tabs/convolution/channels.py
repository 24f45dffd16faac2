"""Channels and filters (7.2.5-7.2.7): 3 input channels x 3 filter channels summed into one map,
FN = 2 filters making 2 maps; the shapes labelled as the book's block diagrams do."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from nnviz.ui.tabs.convolution.state import ChannelResult
from nnviz.ui.tabs.convolution.views import MatrixView, caption


class ChannelsPage(QWidget):
    """Rows: input channels c = 0..C-1, then the summed maps. Columns: the input channel, then for
    each filter its channel c and what that channel alone gives."""

    CHANNELS = 3
    FILTERS = 2

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        self.shapes = QLabel()
        self.shapes.setWordWrap(True)
        self.shapes.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.shapes, 0, 0, 1, 1 + 2 * self.FILTERS)
        self.headers = [caption() for _ in range(1 + 2 * self.FILTERS)]
        for col, label in enumerate(self.headers):
            grid.addWidget(label, 1, col)
        self.inputs = [MatrixView() for _ in range(self.CHANNELS)]
        self.filters = [[MatrixView() for _ in range(self.CHANNELS)] for _ in range(self.FILTERS)]
        self.parts = [[MatrixView() for _ in range(self.CHANNELS)] for _ in range(self.FILTERS)]
        for c in range(self.CHANNELS):
            grid.addWidget(self.inputs[c], 2 + c, 0)
            for f in range(self.FILTERS):
                grid.addWidget(self.filters[f][c], 2 + c, 1 + 2 * f)
                grid.addWidget(self.parts[f][c], 2 + c, 2 + 2 * f)
            grid.setRowStretch(2 + c, 1)
        self.sum_captions = [caption() for _ in range(self.FILTERS)]
        self.outputs = [MatrixView() for _ in range(self.FILTERS)]
        row = 2 + self.CHANNELS
        for f in range(self.FILTERS):
            grid.addWidget(self.sum_captions[f], row, 1 + 2 * f)
            grid.addWidget(self.outputs[f], row, 2 + 2 * f)
        grid.setRowStretch(row, 1)
        for view in self.all_views():
            view.setMinimumSize(60, 60)

    def all_views(self) -> list[MatrixView]:
        views = list(self.inputs) + list(self.outputs)
        for f in range(self.FILTERS):
            views += self.filters[f] + self.parts[f]
        return views

    def show_result(self, result: ChannelResult | None, pad: int) -> None:
        if result is None:
            for view in self.all_views():
                view.set_matrix(np.full((1, 1), np.nan))
            return
        for c in range(self.CHANNELS):
            self.inputs[c].set_matrix(np.pad(result.x[0, c], pad), pad=pad)
            for f in range(self.FILTERS):
                self.filters[f][c].set_matrix(result.W[f, c])
                self.parts[f][c].set_matrix(result.per_channel[f, c])
        for f in range(self.FILTERS):
            self.outputs[f].set_matrix(result.out[0, f])

    def retranslate(self, result: ChannelResult | None) -> None:
        """Captions with the shapes of this setting (result None: the filter does not fit)."""
        self.headers[0].setText(self.tr("Input channels c = 0, 1, 2"))
        for f in range(self.FILTERS):
            self.headers[1 + 2 * f].setText(self.tr("Filter {0}, channel c").format(f + 1))
            self.headers[2 + 2 * f].setText(self.tr("Filter {0} on channel c").format(f + 1))
        if result is None:
            self.shapes.setText(self.tr("The filter does not fit this padding and stride."))
            return
        N, C, H, W = result.x.shape
        FN, _, FH, FW = result.W.shape
        OH, OW = result.out.shape[2:]
        self.shapes.setText(
            self.tr(
                "Input (N, C, H, W) = ({0}, {1}, {2}, {3}) ⊛ filters (FN, C, FH, FW) = "
                "({4}, {1}, {5}, {6}) → output (N, FN, OH, OW) = ({0}, {4}, {7}, {8}).<br>"
                "A filter has as many channels as the input. Each channel of the filter slides "
                "over its own input channel; the results are added, plus the bias: one map per "
                "filter, so FN filters make FN maps."
            ).format(N, C, H, W, FN, FH, FW, OH, OW)
        )
        for f in range(self.FILTERS):
            self.sum_captions[f].setText(
                self.tr("sum over c + b{0} ({1:g}) =").format(f + 1, float(result.b[f]))
            )
