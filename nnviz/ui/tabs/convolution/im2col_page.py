"""The im2col page (7.4.3): the windows unrolled into the rows of col, the filter into a column,
the product, the reshape back into the map; and loops against im2col, timed."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from nnviz.ui.tabs.convolution.state import ConvolutionState
from nnviz.ui.tabs.convolution.views import MatrixView, caption


class Im2colPage(QWidget):
    """Every number is the engine's: the col matrix and the output of ``ConvolutionState``."""

    window_chosen = Signal(int)  # a row of col was clicked: that window's index

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        self.im2col_intro = QLabel()
        self.im2col_intro.setWordWrap(True)
        grid.addWidget(self.im2col_intro, 0, 0, 1, 5)
        self.source_caption = caption()
        self.col_caption, self.wcol_caption, self.prod_caption, self.reshape_caption = (
            caption() for _ in range(4)
        )
        self.source_view = MatrixView()  # the input, the window's source pixels outlined
        self.col_view = MatrixView(square=False)
        self.wcol_view = MatrixView(square=False)
        self.prod_view = MatrixView(square=False)
        self.reshape_view = MatrixView()
        # A click on a row of col (or of the product) puts the window there.
        self.col_view.cell_clicked.connect(self._row_clicked)
        self.prod_view.cell_clicked.connect(self._row_clicked)
        for col, (label, view, stretch) in enumerate(
            (
                (self.source_caption, self.source_view, 3),
                (self.col_caption, self.col_view, 6),
                (self.wcol_caption, self.wcol_view, 1),
                (self.prod_caption, self.prod_view, 1),
                (self.reshape_caption, self.reshape_view, 3),
            )
        ):
            grid.addWidget(label, 1, col)
            grid.addWidget(view, 2, col)
            grid.setColumnStretch(col, stretch)
        grid.setRowStretch(2, 1)
        self.time_button = QPushButton()
        self.time_label = QLabel()
        self.time_label.setWordWrap(True)
        grid.addWidget(self.time_button, 3, 0, 1, 2)
        grid.addWidget(self.time_label, 3, 2, 1, 3)

    def _row_clicked(self, row: int, _col: int) -> None:
        self.window_chosen.emit(row)

    def retranslate(self) -> None:
        self.im2col_intro.setText(
            self.tr(
                "im2col (7.4.3) copies every window into one row of a matrix. With the filter "
                "unrolled into a column, the whole convolution is one matrix product; reshaping "
                "its result gives the output map. The highlighted row is the current window."
            )
        )
        self.time_button.setText(self.tr("Time loops vs im2col"))

    def show_state(self, state: ConvolutionState) -> None:
        answer = state.result()
        if answer is None:
            views = (self.source_view, self.col_view, self.wcol_view, self.prod_view)
            for view in (*views, self.reshape_view):
                view.set_matrix(np.full((1, 1), np.nan))
            return
        col, out, _ = answer
        window = state.current
        rows = [] if window is None else [window.index]
        size = state.filter_size
        self.source_view.set_matrix(
            state.padded,
            pad=state.pad,
            window=None if window is None else (window.top, window.left, size, size),
        )
        self.source_caption.setText(self.tr("input, padded: {0}×{1}").format(*state.padded.shape))
        self.col_view.set_matrix(col, rows=rows)
        self.col_caption.setText(self.tr("col: {0} windows × {1} pixels").format(*col.shape))
        flat = out.reshape(-1, 1)
        conv = state.operation == "conv"
        if conv:
            self.wcol_view.set_matrix(state.W.reshape(-1, 1))
            self.wcol_caption.setText(self.tr("W: {0}×1").format(state.W.size))
            self.prod_caption.setText(self.tr("col @ W + b: {0}×1").format(len(flat)))
        else:
            self.wcol_view.set_matrix(np.full((col.shape[1], 1), np.nan))
            self.wcol_caption.setText(self.tr("(no weights)"))
            self.prod_caption.setText(
                self.tr("max of each row: {0}×1").format(len(flat))
                if state.operation == "max"
                else self.tr("mean of each row: {0}×1").format(len(flat))
            )
        self.prod_view.set_matrix(flat, rows=rows)
        self.reshape_view.set_matrix(
            out, window=None if window is None else (window.i, window.j, 1, 1)
        )
        self.reshape_caption.setText(self.tr("reshaped: {0}×{1}").format(*out.shape))

    def show_timing(self, state: ConvolutionState) -> None:
        """Time the engine's two ways on the shown input (chapter 7.4: why im2col)."""
        if not state.fits or state.operation != "conv":
            self.time_label.setText(self.tr("Timing compares convolutions: choose Convolution."))
            return
        loops, fast = state.time_both()
        text = self.tr(
            "Loops over {0} windows: {1:.3f} ms. im2col + one matrix product: {2:.3f} ms."
        ).format(state.n_windows, loops * 1e3, fast * 1e3)
        ratio = loops / max(fast, 1e-9)
        if ratio >= 1:
            text += " " + self.tr("im2col is {0:.1f}× as fast here.").format(ratio)
        else:  # honest about tiny inputs: the copies cost more than a few loop steps
            text += " " + self.tr(
                "On an input this small the loops win: im2col's copying costs more than {0} "
                "steps. Try an MNIST digit."
            ).format(state.n_windows)
        self.time_label.setText(text)
