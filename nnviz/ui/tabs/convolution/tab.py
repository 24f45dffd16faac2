"""Ch7 Convolution tab: the sliding window stepped cell by cell, padding and stride, pooling,
im2col, and every layer of the bundled ConvNet for a digit."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz import paths
from nnviz.engine.preprocess import format_probability
from nnviz.engine.trace import forward_trace
from nnviz.ui.tabs.convolution.channels import ChannelsPage
from nnviz.ui.tabs.convolution.code import convolution_code
from nnviz.ui.tabs.convolution.im2col_page import Im2colPage
from nnviz.ui.tabs.convolution.state import (
    FILTERS,
    INPUTS,
    MAX_FILTER,
    MAX_PAD,
    MAX_STRIDE,
    OPERATIONS,
    ConvolutionState,
    MatrixTextError,
    channel_example,
    format_matrix,
    initial_filters,
)
from nnviz.ui.tabs.convolution.text import conv_products, conv_terms, pool_terms, short
from nnviz.ui.tabs.convolution.views import MatrixView, caption
from nnviz.ui.widgets.code_source import CodeView
from nnviz.ui.widgets.layer_maps import LayerMapsView
from nnviz.ui.widgets.pad_digit import PAD_DIGIT
from nnviz.ui.widgets.scroll import vertical_scroll
from nnviz.ui.widgets.tab_page import TabPage

PLAY_INTERVAL_MS = 700  # one window per tick: slow enough to follow the products
MIN_PLAY_INTERVAL_MS = 40
PANEL_WIDTH = 330
ERROR_STYLE = "color: #b3261e;"
PAGE_WINDOW, PAGE_CHANNELS, PAGE_IM2COL, PAGE_NETWORK = range(4)


class ConvolutionTab(TabPage):
    """Pictures (left: window, im2col, network) and the side panel of settings (right)."""

    TAB_ID = "convolution"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = ConvolutionState()
        self.net = None
        self.net_name = ""
        self._net_problem = ""
        self._maps_key = None
        self._pad_version = -1  # PAD_DIGIT.version of the pad digit in state.pad_x
        self._pool_geometry = (2, 2)  # (window size, stride) kept while the other is shown
        self._conv_geometry = (3, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)

        self.pages = QTabWidget()
        self.pages.addTab(self._build_window_page(), "")
        self.channels_page = ChannelsPage()
        self.pages.addTab(self.channels_page, "")
        self.im2col_page = Im2colPage()
        self.im2col_page.window_chosen.connect(self.go_to_window)
        self.im2col_page.time_button.clicked.connect(self.time_both)
        self.pages.addTab(self.im2col_page, "")
        self.pages.addTab(self._build_network_page(), "")
        self.pages.currentChanged.connect(self._refresh)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages, 1)
        column.addWidget(self._build_step_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(vertical_scroll(self._build_panel(), PANEL_WIDTH))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.retranslate()

    # ---- building ---------------------------------------------------------------------------
    def _build_window_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.input_caption, self.filter_caption, self.output_caption = (
            caption(),
            caption(),
            caption(),
        )
        self.input_view, self.filter_view, self.output_view = (
            MatrixView(),
            MatrixView(),
            MatrixView(),
        )
        self.output_view.cell_clicked.connect(self.go_to_cell)
        self.input_view.setMinimumSize(200, 200)
        for col, (label, view) in enumerate(
            (
                (self.input_caption, self.input_view),
                (self.filter_caption, self.filter_view),
                (self.output_caption, self.output_view),
            )
        ):
            grid.addWidget(label, 0, col)
            grid.addWidget(view, 1, col)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 4)
        grid.setRowStretch(1, 3)
        self.arithmetic = QLabel()
        self.arithmetic.setWordWrap(True)
        self.arithmetic.setTextFormat(Qt.TextFormat.RichText)
        self.arithmetic.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.arithmetic.setMargin(6)
        self.arithmetic.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.arithmetic)
        grid.addWidget(scroll, 2, 0, 1, 3)
        grid.setRowStretch(2, 2)
        return page

    def _build_network_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.network_note = QLabel()
        self.network_note.setWordWrap(True)
        self.maps_view = LayerMapsView()
        self.maps_view.map_clicked.connect(self._map_clicked)
        self.map_note = QLabel()
        self.map_note.setWordWrap(True)
        layout.addWidget(self.network_note)
        layout.addWidget(self.maps_view, 1)
        layout.addWidget(self.map_note)
        return page

    def _build_step_bar(self) -> QWidget:
        """Previous / Next / Play / Reset under the pictures, where a projector shows them."""
        self.step_box = QGroupBox()
        steps = QGridLayout(self.step_box)
        self.prev_button, self.next_button = QPushButton(), QPushButton()
        self.play_button, self.reset_button = QPushButton(), QPushButton()
        self.all_button = QPushButton()
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        for col, button in enumerate(
            (
                self.prev_button,
                self.next_button,
                self.play_button,
                self.reset_button,
                self.all_button,
            )
        ):
            steps.addWidget(button, 0, col)
        steps.addWidget(self.step_label, 1, 0, 1, 2)
        steps.addWidget(self.keys_label, 1, 2, 1, 3)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.play_button.clicked.connect(self.toggle_play)
        self.reset_button.clicked.connect(self.reset)
        self.all_button.clicked.connect(self.run_all)
        return self.step_box

    def _build_panel(self) -> QWidget:
        panel = QWidget()
        side = QVBoxLayout(panel)
        self.chapter = QLabel()
        self.chapter.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        side.addWidget(self.chapter)
        side.addWidget(self.intro)

        self.what_box = QGroupBox()
        what = QFormLayout(self.what_box)
        self.operation_combo = QComboBox()
        self.operation_combo.addItems([""] * len(OPERATIONS))
        self.operation_combo.currentIndexChanged.connect(
            lambda i: self.choose_operation(OPERATIONS[i])
        )
        self.input_combo = QComboBox()
        self.input_combo.addItems([""] * len(INPUTS))
        self.input_combo.currentIndexChanged.connect(lambda i: self.choose_input(INPUTS[i]))
        self.digit_spin = QSpinBox()
        self.digit_spin.setRange(0, 9999)
        self.digit_spin.valueChanged.connect(self._digit_changed)
        self.input_edit = QLineEdit(format_matrix(self.state.typed_x))
        self.input_edit.editingFinished.connect(self._typed_input)
        self.input_edit.setCursorPosition(0)  # the first rows in view, not the last
        self.operation_label, self.input_label, self.digit_label, self.typed_label = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        what.addRow(self.operation_label, self.operation_combo)
        what.addRow(self.input_label, self.input_combo)
        what.addRow(self.digit_label, self.digit_spin)
        what.addRow(self.typed_label, self.input_edit)
        side.addWidget(self.what_box)

        self.filter_box = QGroupBox()
        form = QFormLayout(self.filter_box)
        self.filter_combo = QComboBox()
        self.filter_combo.addItems([""] * len(FILTERS))
        self.filter_combo.currentIndexChanged.connect(lambda i: self.choose_filter(FILTERS[i]))
        self.learned_spin = QSpinBox()
        self.learned_spin.setRange(0, 0)
        self.learned_spin.valueChanged.connect(self._learned_changed)
        self.filter_edit = QLineEdit(format_matrix(self.state.typed_W))
        self.filter_edit.editingFinished.connect(self._typed_filter)
        self.filter_edit.setCursorPosition(0)
        self.bias_spin = QDoubleSpinBox()
        self.bias_spin.setRange(-100, 100)
        self.bias_spin.setDecimals(3)
        self.bias_spin.setValue(self.state.bias)
        self.bias_spin.valueChanged.connect(self._bias_changed)
        self.kind_label, self.learned_label, self.values_label, self.bias_label = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        form.addRow(self.kind_label, self.filter_combo)
        form.addRow(self.learned_label, self.learned_spin)
        form.addRow(self.values_label, self.filter_edit)
        form.addRow(self.bias_label, self.bias_spin)
        self.input_error = QLabel()
        self.input_error.setWordWrap(True)
        self.input_error.setStyleSheet(ERROR_STYLE)
        form.addRow(self.input_error)
        side.addWidget(self.filter_box)

        self.size_box = QGroupBox()
        sizes = QFormLayout(self.size_box)
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, MAX_FILTER)
        self.size_spin.setValue(self.state.filter_size)
        self.pad_slider = QSlider(Qt.Orientation.Horizontal)
        self.pad_slider.setRange(0, MAX_PAD)
        self.stride_slider = QSlider(Qt.Orientation.Horizontal)
        self.stride_slider.setRange(1, MAX_STRIDE)
        for widget in (self.size_spin, self.pad_slider, self.stride_slider):
            widget.valueChanged.connect(self._geometry_changed)
        self.size_label, self.pad_label, self.stride_label = QLabel(), QLabel(), QLabel()
        sizes.addRow(self.size_label, self.size_spin)
        sizes.addRow(self.pad_label, self.pad_slider)
        sizes.addRow(self.stride_label, self.stride_slider)
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.size_error = QLabel()
        self.size_error.setWordWrap(True)
        self.size_error.setStyleSheet(ERROR_STYLE)
        self.shapes = QLabel()
        self.shapes.setWordWrap(True)
        sizes.addRow(self.readout)
        sizes.addRow(self.size_error)
        sizes.addRow(self.shapes)
        side.addWidget(self.size_box)

        side.addStretch(1)
        return panel

    # ---- TabPage ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Convolution")

    def chapter_note(self) -> str:
        return self.tr("Chapter 7: convolution, pooling and im2col")

    def operation_titles(self) -> dict[str, str]:
        return {
            "conv": self.tr("Convolution (7.2)"),
            "max": self.tr("Max pooling (7.3)"),
            "avg": self.tr("Average pooling (7.3)"),
        }

    def input_titles(self) -> dict[str, str]:
        return {
            "book": self.tr("The book's 4×4 example"),
            "mnist": self.tr("An MNIST test digit"),
            "pad": self.tr("The digit from the pad"),
            "typed": self.tr("Typed values"),
        }

    def filter_titles(self) -> dict[str, str]:
        return {
            "book": self.tr("The book's 3×3 filter"),
            "edges": self.tr("Vertical edges"),
            "blur": self.tr("Blur (average)"),
            "sharpen": self.tr("Sharpen"),
            "learned": self.tr("Learned filter (bundled model)"),
            "typed": self.tr("Typed values"),
        }

    def retranslate(self) -> None:
        self.chapter.setText(f"<h2>{self.chapter_note()}</h2>")
        self.intro.setText(
            self.tr(
                "A filter slides over the input. At each position the pixels under it are "
                "multiplied by the filter's weights, element by element, and summed (plus the "
                "bias): that sum is one cell of the output. Step through it with the buttons or "
                "the ← → keys."
            )
        )
        self.pages.setTabText(0, self.tr("Sliding window"))
        self.pages.setTabText(PAGE_CHANNELS, self.tr("Channels"))
        self.pages.setTabText(PAGE_IM2COL, self.tr("im2col"))
        self.pages.setTabText(PAGE_NETWORK, self.tr("Inside the network"))
        self.what_box.setTitle(self.tr("Input"))
        self.operation_label.setText(self.tr("Operation"))
        self.input_label.setText(self.tr("Input"))
        self.digit_label.setText(self.tr("MNIST digit no."))
        self.typed_label.setText(self.tr("Values"))
        self.input_edit.setToolTip(self.tr("Rows separated by /, numbers by spaces"))
        self.filter_edit.setToolTip(self.tr("Rows separated by /, numbers by spaces"))
        for combo, titles, keys in (
            (self.operation_combo, self.operation_titles(), OPERATIONS),
            (self.input_combo, self.input_titles(), INPUTS),
            (self.filter_combo, self.filter_titles(), FILTERS),
        ):
            for i, key in enumerate(keys):
                combo.setItemText(i, titles[key])
        self.filter_box.setTitle(self.tr("Filter"))
        self.kind_label.setText(self.tr("Filter"))
        self.learned_label.setText(self.tr("Filter no."))
        self.values_label.setText(self.tr("Values"))
        self.bias_label.setText(self.tr("Bias b"))
        self.size_box.setTitle(self.tr("Size, padding, stride"))
        self.step_box.setTitle(self.tr("Step through"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.reset_button.setText(self.tr("Reset"))
        self.all_button.setText(self.tr("All at once"))
        self.keys_label.setText(self.tr("Keys: → next, ← previous, space play/pause."))
        self.im2col_page.retranslate()
        self.retranslate_network_note()
        self._refresh()

    def shutdown(self) -> None:
        self.timer.stop()
        self.state.playing = False

    def prepare_screenshot(self) -> None:
        """The book's example, three windows in: 18 19 / 9 filled, the last window to go."""
        self.state.position = 3
        self._refresh()

    def accepts_model(self) -> bool:
        return True

    def set_model(self, net, name: str) -> None:
        self.net, self.net_name, self._net_problem = net, name, ""
        self._use_learned_filters()
        if self.state.filter_kind == "learned" and self.state.learned is None:
            self.choose_filter("book")  # this model has no grey-image filters to show
        elif self.state.filter_kind == "learned":
            self.state.set_learned_index(min(self.state.learned_index, self.learned_spin.maximum()))
            self._sync_controls()
        self._maps_key = None
        self.retranslate_network_note()
        self._refresh()

    def current_model(self):
        return self.net

    # ---- actions ----------------------------------------------------------------------------
    def choose_operation(self, key: str) -> None:
        if self.operation_combo.currentIndex() != OPERATIONS.index(key):
            self.operation_combo.setCurrentIndex(OPERATIONS.index(key))
            return
        was_conv = self.state.operation == "conv"
        self.state.operation = key
        # Each keeps its own window: pooling starts at the book's 2×2, stride 2 (7.3), and
        # convolution gets back the filter size and stride it had.
        if was_conv and key != "conv":
            self._conv_geometry = (self.state.filter_size, self.state.stride)
            self._set_geometry(*self._pool_geometry)
        elif not was_conv and key == "conv":
            self._pool_geometry = (self.state.filter_size, self.state.stride)
            self._set_geometry(*self._conv_geometry)
        self.state.reset()
        self._refresh()

    def _set_geometry(self, size: int, stride: int) -> None:
        for widget, value in ((self.size_spin, size), (self.stride_slider, stride)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self._geometry_changed()

    def choose_input(self, key: str) -> None:
        if self.input_combo.currentIndex() != INPUTS.index(key):
            self.input_combo.setCurrentIndex(INPUTS.index(key))
            return
        self.input_error.clear()
        if (key == "mnist" and not self._ensure_mnist()) or (
            key == "pad" and not self._take_pad_digit()
        ):
            message = self.input_error.text()
            self.input_combo.setCurrentIndex(INPUTS.index(self.state.input_kind))
            self.input_error.setText(message)
            return
        self.state.choose_input(key)
        self.retranslate_network_note()
        self._refresh()

    def choose_filter(self, key: str) -> None:
        if self.filter_combo.currentIndex() != FILTERS.index(key):
            self.filter_combo.setCurrentIndex(FILTERS.index(key))
            return
        self.input_error.clear()
        if key == "learned" and not self._ensure_model():
            message = self.input_error.text()  # putting the combo back must not clear it
            self.filter_combo.setCurrentIndex(FILTERS.index(self.state.filter_kind))
            self.input_error.setText(message)
            return
        self.state.choose_filter(key)
        self._sync_controls()
        self._refresh()

    def set_typed_input(self, text: str) -> None:
        self.input_edit.setText(text)
        self._typed_input()

    def set_typed_filter(self, text: str) -> None:
        self.filter_edit.setText(text)
        self._typed_filter()

    def next(self) -> None:
        self.state.next()
        self._refresh()

    def previous(self) -> None:
        self.state.previous()
        self._refresh()

    def reset(self) -> None:
        self.state.reset()
        self._refresh()

    def run_all(self) -> None:
        self.state.run_all()
        self._refresh()

    def toggle_play(self) -> None:
        self.state.toggle_play()
        self._refresh()

    def go_to_cell(self, row: int, col: int) -> None:
        self.go_to_window(row * self.state.out_shape[1] + col)

    def go_to_window(self, index: int) -> None:
        if 0 <= index < self.state.n_windows:
            self.state.position, self.state.playing = index + 1, False
            self._refresh()

    def time_both(self) -> None:
        self.im2col_page.show_timing(self.state)

    def play_interval_ms(self) -> int:
        """One window per 0.7 s for the book's 4 windows; a 576-window map in about 25 s."""
        return int(min(PLAY_INTERVAL_MS, max(MIN_PLAY_INTERVAL_MS, 8000 / self.state.n_windows)))

    def _tick(self) -> None:
        if not self.state.next():
            self.timer.stop()
        self._refresh()

    def _digit_changed(self, index: int) -> None:
        self.state.set_mnist_index(index)
        self.retranslate_network_note()
        self._refresh()

    def retranslate_network_note(self) -> None:
        if self.state.input_kind == "pad" and self.state.pad_x is not None:
            self.network_note.setText(
                self.tr(
                    "Every layer of the model {0} for the digit from the pad, from the input to "
                    "the softmax (for the bundled SimpleConvNet: Conv1 → ReLU → Pool → Affine → "
                    "ReLU → Affine). Click a map of the first layers to see the filter that made "
                    "it."
                ).format(self.net_name or paths.default_model_path().name)
            )
            return
        self.network_note.setText(
            self.tr(
                "Every layer of the model {1} for an MNIST test digit (the one chosen as input, "
                "else digit no. {0}), from the input to the softmax (for the bundled "
                "SimpleConvNet: Conv1 → ReLU → Pool → Affine → ReLU → Affine). Click a map of the "
                "first layers to see the filter that made it."
            ).format(self.state.mnist_index, self.net_name or paths.default_model_path().name)
        )

    def _learned_changed(self, index: int) -> None:
        self.state.set_learned_index(index)
        self._sync_controls()
        self._refresh()

    def _bias_changed(self, value: float) -> None:
        if value != self.state.bias:
            self.state.bias = value
            self._refresh()

    def _typed_input(self) -> None:
        try:
            self.state.set_typed_input(self.input_edit.text())
        except MatrixTextError as error:
            self.input_error.setText(self.tr("Input not changed: {0}").format(self._why(error)))
            return
        self.input_error.clear()
        self.input_combo.blockSignals(True)
        self.input_combo.setCurrentIndex(INPUTS.index("typed"))
        self.input_combo.blockSignals(False)
        self._refresh()

    def _typed_filter(self) -> None:
        try:
            self.state.set_typed_filter(self.filter_edit.text())
        except MatrixTextError as error:
            self.input_error.setText(self.tr("Filter not changed: {0}").format(self._why(error)))
            return
        self.input_error.clear()
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(FILTERS.index("typed"))
        self.filter_combo.blockSignals(False)
        self._sync_controls()
        self._refresh()

    def _why(self, error: MatrixTextError) -> str:
        """The reason typed values were refused, in the interface's language."""
        reasons = {
            "empty": self.tr("no numbers: type rows like 1 2 3 / 4 5 6"),
            "rows": self.tr("at most {0} rows"),
            "columns": self.tr("at most {0} numbers in a row"),
            "number": self.tr("'{0}' is not a number"),
            "ragged": self.tr("every row needs the same number of values"),
            "finite": self.tr("numbers must be finite"),
            "square": self.tr("a filter must be square (as many rows as columns)"),
        }
        return reasons.get(error.kind, str(error)).format(error.detail)

    def _geometry_changed(self) -> None:
        self.state.set_geometry(
            self.size_spin.value(), self.pad_slider.value(), self.stride_slider.value()
        )
        self._refresh()

    def _sync_controls(self) -> None:
        """Show the state's filter size and bias in their boxes without echoing back."""
        for widget, value in ((self.size_spin, self.state.filter_size),):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.bias_spin.blockSignals(True)
        self.bias_spin.setValue(self.state.bias)
        self.bias_spin.blockSignals(False)

    # ---- data on demand ---------------------------------------------------------------------
    def _take_pad_digit(self) -> bool:
        """The Draw tab's latest 28x28 input into the state; False (and why) if none."""
        x = PAD_DIGIT.get()
        if x is None:
            self.input_error.setText(
                self.tr(
                    "Nothing drawn yet: write a digit on the pad of the Draw tab, then choose "
                    "it here."
                )
            )
            return False
        self.state.pad_x, self._pad_version = x, PAD_DIGIT.version
        return True

    def showEvent(self, event) -> None:
        """Back from the Draw tab: the pad's new digit replaces the one shown."""
        super().showEvent(event)
        if self.state.input_kind != "pad" or PAD_DIGIT.version == self._pad_version:
            return
        if self._take_pad_digit():
            self.input_error.clear()
            self.state.choose_input("pad")
            self.retranslate_network_note()
            self._refresh()
        else:  # the pad was cleared: keep the digit drawn before, and say so
            self._pad_version = PAD_DIGIT.version
            self.input_error.setText(
                self.tr("The pad is empty now: this is the digit drawn on it before.")
            )

    def _ensure_mnist(self) -> bool:
        if self.state.mnist_images is not None:
            return True
        from nnviz.engine import mnist
        from nnviz.ui.widgets.mnist_download import ensure_mnist

        if not ensure_mnist(self):
            self.input_error.setText(self.tr("MNIST is not available on this computer."))
            return False
        try:
            raw = mnist.read_images(mnist.find_mnist_dir() / mnist.KEY_FILE["test_img"])
        except (mnist.MnistError, OSError) as error:
            self.input_error.setText(self.tr("MNIST could not be read: {0}").format(error))
            return False
        self.state.mnist_images = raw.reshape(-1, 28, 28)  # uint8; scaled to [0, 1] when chosen
        self.state.mnist_images = self.state.mnist_images.astype(np.float32) / 255
        self.digit_spin.setMaximum(len(raw) - 1)
        return True

    def _ensure_model(self) -> bool:
        if self.net is not None:
            return self.state.learned is not None or self._no_conv_message()
        from nnviz.engine.model_io import ModelFileError, load_model

        path = paths.default_model_path()
        try:
            net = load_model(path)
        except (ModelFileError, OSError, ValueError) as error:
            self._net_problem = self.tr("The bundled model could not be read: {0}").format(error)
            self.input_error.setText(self._net_problem)
            return False
        self.net, self.net_name = net, path.name
        self._use_learned_filters()
        return self.state.learned is not None or self._no_conv_message()

    def _no_conv_message(self) -> bool:
        self.input_error.setText(self.tr("This model has no convolution on grey images."))
        return False

    def _use_learned_filters(self) -> None:
        first = next((layer for layer in self.net.layers.values() if hasattr(layer, "W")), None)
        W = getattr(first, "W", None)
        if W is not None and W.ndim == 4 and W.shape[1] == 1:
            self.state.learned = (np.array(W), np.array(first.b))
            self.learned_spin.setMaximum(len(W) - 1)
        else:
            self.state.learned = None

    # ---- the one redraw ---------------------------------------------------------------------
    def _refresh(self) -> None:
        self.code_changed.emit()
        state = self.state
        if state.playing and not self.timer.isActive():
            self.timer.start(self.play_interval_ms())
        elif not state.playing:
            self.timer.stop()
        conv = state.operation == "conv"
        self.input_edit.setEnabled(True)
        self.digit_spin.setEnabled(
            state.input_kind == "mnist" or self.pages.currentIndex() == PAGE_NETWORK
        )
        self.filter_box.setEnabled(True)
        for widget in (self.filter_combo, self.learned_spin, self.filter_edit, self.bias_spin):
            widget.setEnabled(conv)
        self.learned_spin.setEnabled(conv and state.filter_kind == "learned")
        self.size_label.setText(self.tr("Filter size FH") if conv else self.tr("Window size"))
        self.pad_label.setText(self.tr("Padding P = {0}").format(state.pad))
        self.stride_label.setText(self.tr("Stride S = {0}").format(state.stride))
        self._refresh_sizes()
        self._refresh_window_page()
        page = self.pages.currentIndex()
        if page == PAGE_CHANNELS:
            result = channel_example(state.pad, state.stride)
            self.channels_page.retranslate(result)
            self.channels_page.show_result(result, state.pad)
        elif page == PAGE_IM2COL:
            self.im2col_page.show_state(state)
        elif page == PAGE_NETWORK:
            self._refresh_network_page()
        self.play_button.setText(self.tr("❚❚ Pause") if state.playing else self.tr("▶ Play"))
        self.prev_button.setEnabled(state.position > 0)
        self.next_button.setEnabled(state.position < state.n_windows)
        self.step_label.setText(
            self.tr("Window {0} of {1}.").format(state.position, state.n_windows)
        )

    def _refresh_sizes(self) -> None:
        state = self.state
        rh, rw = state.readouts()
        self.readout.setText(
            self.tr("OH = (H + 2P − FH) / S + 1<br>= {0}<br>OW = {1}").format(
                rh.formula(), rw.formula()
            )
        )
        if not (rh.fits and rw.fits):
            self.size_error.setText(
                self.tr(
                    "The filter ({0}×{0}) is larger than the padded input ({1}×{2}): no output."
                ).format(state.filter_size, rh.H + 2 * rh.P, rw.H + 2 * rw.P)
            )
        elif not (rh.exact and rw.exact):
            self.size_error.setText(
                self.tr(
                    "(H + 2P − FH) / S is not an integer: the window does not land on the last "
                    "rows or columns; the engine rounds down ({0}×{1}). Choose a stride or padding "
                    "that divides evenly."
                ).format(rh.size, rw.size)
            )
        else:
            self.size_error.clear()
        oh, ow = state.out_shape
        H, W = state.x.shape
        self.shapes.setText(
            self.tr(
                "Shapes: input (N, C, H, W) = (1, 1, {0}, {1}); filter (FN, C, FH, FW) = "
                "(1, 1, {2}, {2}); output (N, FN, OH, OW) = (1, 1, {3}, {4})."
            ).format(H, W, state.filter_size, oh, ow)
        )

    def _refresh_window_page(self) -> None:
        state = self.state
        size = state.filter_size
        window = state.current
        self.input_caption.setText(
            self.tr("Input {0}×{1}, padding {2}").format(*state.x.shape, state.pad)
        )
        shown = None if window is None else (window.top, window.left, size, size)
        winner = state.winner(window) if window is not None else None
        self.input_view.set_matrix(
            state.padded, pad=state.pad, window=shown, marks=[winner] if winner else []
        )
        conv = state.operation == "conv"
        if conv:
            self.filter_caption.setText(self.tr("Filter {0}×{0}").format(size))
            self.filter_view.set_matrix(state.W)
        else:
            self.filter_caption.setText(self.tr("Window {0}×{0}").format(size))
            self.filter_view.set_matrix(window.values if window else np.full((size, size), np.nan))
        self.filter_view.setVisible(True)
        out = state.visible_output()
        if out is None:
            self.output_caption.setText(self.tr("Output: none"))
            self.output_view.set_matrix(np.full((1, 1), np.nan))
            self.arithmetic.setText(self.size_error.text())
            return
        self.output_caption.setText(self.tr("Output {0}×{1}").format(*out.shape))
        answer = state.result()
        scale = float(np.abs(answer[1]).max()) or 1.0
        cell = [] if window is None else [(window.i, window.j)]
        self.output_view.set_matrix(out, window=(cell[0] + (1, 1)) if cell else None, scale=scale)
        # The sum is what a class reads aloud: larger than the rest of the text.
        self.arithmetic.setText(
            f"<div style='font-size:large'>{self._arithmetic_html(window)}</div>"
        )

    def _arithmetic_html(self, window) -> str:
        state = self.state
        if window is None:
            return self.tr("Press Next ▶ (or →) to put the window on the first position.")
        where = self.tr("Window {0}: output cell (row {1}, column {2}).").format(
            window.index + 1, window.i, window.j
        )
        if state.operation == "conv":
            b = state.bias
            total = window.result - b  # the engine's output minus the bias it added
            bias = self.tr("bias")
            return (
                f"<p>{where}</p><p>{conv_terms(window.values, state.W)}<br>"
                f"= {conv_products(window.values, state.W)}<br>= {short(total)}</p>"
                f"<p>{short(total)} + {short(b)} ({bias}) = "
                f"<b>{short(window.result)}</b></p>"
            )
        name = "max" if state.operation == "max" else self.tr("mean")
        return (
            f"<p>{where}</p><p>{name}({pool_terms(window.values)}) = "
            f"<b>{short(window.result)}</b></p>"
        )

    def _refresh_network_page(self) -> None:
        if self.net is None and not self._net_problem:
            if not self._ensure_model():
                self.maps_view.placeholder = self.input_error.text()
                self.maps_view.set_layers([])
                return
        pad = self.state.input_kind == "pad" and self.state.pad_x is not None
        if not pad and self.state.mnist_images is None and not self._ensure_mnist():
            self.maps_view.placeholder = self.input_error.text()
            self.maps_view.set_layers([])
            return
        if pad:
            key, x = (id(self.net), "pad", self._pad_version), self.state.pad_x
        else:
            key = (id(self.net), self.state.mnist_index)
            x = self.state.mnist_images[self.state.mnist_index]
        if key == self._maps_key:
            return
        try:
            layers = forward_trace(self.net, x)
        except ValueError as error:
            self.maps_view.placeholder = str(error)
            self.maps_view.set_layers([])
            return
        self._maps_key = key
        # Figure 7-24: the first layer's filters, random before training, edges and blobs after.
        after = self.net.params.get("W1")
        if after is not None and after.ndim == 4:
            before = initial_filters(self.net)
            if before is not None:
                layers.append(
                    (
                        self.tr("W1 before training (seed {0})").format(self.net.metadata["seed"]),
                        before.reshape(1, -1, *before.shape[2:]),
                    )
                )
            layers.append((self.tr("W1 after training"), after.reshape(1, -1, *after.shape[2:])))
        self.maps_view.set_layers(layers)
        probabilities = dict(layers)["Softmax"].ravel()
        guess = int(np.argmax(probabilities))
        self.map_note.setText(
            # Never a rounded "100.0%": the Draw tab's wording for the same probability.
            self.tr("The network's answer: {0} ({1}).").format(
                guess, format_probability(probabilities[guess])
            )
        )

    def _first_block(self) -> set[str]:
        """Layers whose map k was made by first-layer filter k (up to the next weighted layer)."""
        names, weighted = set(), 0
        for name, layer in self.net.layers.items():
            weighted += hasattr(layer, "W")
            if weighted > 1:
                break
            names.add(name)
        return names

    def _map_clicked(self, name: str, index: int) -> None:
        if self.net is None or name not in self._first_block():
            self.map_note.setText(
                self.tr("{0}, map {1}: made from all the maps of the layer before it.").format(
                    name, index
                )
            )
            return
        if self.state.learned is not None and index < len(self.state.learned[0]):
            self.map_note.setText(
                self.tr(
                    "{0}, map {1}: made by filter no. {1}, now the filter on the Sliding window "
                    "page."
                ).format(name, index)
            )
            self.learned_spin.setValue(index)
            self.choose_filter("learned")

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        from nnviz.ui.tabs.convolution.lesson import PAGES

        s = self.state
        state = {
            "page": PAGES[max(0, self.pages.currentIndex())],
            "operation": s.operation,
            "input": s.input_kind if s.input_kind != "pad" else "book",
            "filter": s.filter_kind,
            "filter_size": int(s.filter_size),
            "pad": int(s.pad),
            "stride": int(s.stride),
            "bias": float(s.bias),
            "position": int(s.position),
        }
        if s.input_kind == "mnist":
            state["mnist_index"] = int(s.mnist_index)
        if s.input_kind == "typed":
            state["input_text"] = format_matrix(s.typed_x)
        if s.filter_kind == "typed":
            state["filter_text"] = format_matrix(s.typed_W)
        if s.filter_kind == "learned":
            state["learned_index"] = int(s.learned_index)
        return state

    def apply_lesson_state(self, state: dict) -> list[str]:
        """Operation, input, filter, window geometry and position; paused. A missing key takes
        its value of a fresh tab."""
        from nnviz.ui.tabs.convolution.lesson import PAGES

        skipped = []
        self.timer.stop()
        self.state.playing = False
        self.choose_operation(state.get("operation", "conv"))
        kind = state.get("input", "book")
        if kind == "typed" and "input_text" in state:
            self.set_typed_input(state["input_text"])
            if self.state.input_kind != "typed":
                skipped.append(self.input_error.text())
        elif kind == "mnist":
            self.choose_input("mnist")
            if self.state.input_kind == "mnist":
                index = min(state.get("mnist_index", 0), self.digit_spin.maximum())
                self.digit_spin.setValue(index)
            else:
                skipped.append(self.input_error.text())
        else:
            self.choose_input("book")
        key = state.get("filter", "book")
        if key == "typed" and "filter_text" in state:
            self.set_typed_filter(state["filter_text"])
            if self.state.filter_kind != "typed":
                skipped.append(self.input_error.text())
        elif key == "learned":
            self.choose_filter("learned")
            if self.state.filter_kind == "learned":
                index = min(state.get("learned_index", 0), self.learned_spin.maximum())
                self.learned_spin.setValue(index)
            else:
                skipped.append(self.input_error.text())
        else:  # "typed" without its values: the book's filter
            self.choose_filter("book" if key == "typed" else key)
        for widget, name in (
            (self.size_spin, "filter_size"),
            (self.pad_slider, "pad"),
            (self.stride_slider, "stride"),
        ):
            if name in state:
                widget.blockSignals(True)
                widget.setValue(state[name])
                widget.blockSignals(False)
        self._geometry_changed()
        if "bias" in state:
            self.bias_spin.setValue(state["bias"])
        self.state.position = min(state.get("position", 0), self.state.n_windows)
        self.pages.setCurrentIndex(PAGES.index(state.get("page", PAGES[0])))
        self._refresh()
        return [text for text in skipped if text]

    # ---- presenting and the keyboard (nnviz.ui.shortcuts) ----------------------------------
    def step_actions(self) -> dict:
        return {"next": self.next, "previous": self.previous, "play": self.toggle_play}

    # ---- the Code panel (issue 21) ------------------------------------------------------------

    def code_view(self) -> CodeView:
        """The layer's forward with the step's window lit; the net's trace on the network page."""
        state = self.state
        network = self.pages.currentIndex() == PAGE_NETWORK
        W = state.W if state.fits else None
        window = state.current if state.fits else None
        winner = None
        if window is not None and state.operation == "max":
            top, left = state.winner(window)
            winner = (top - window.top) * state.filter_size + (left - window.left)
        return convolution_code(state.operation, window, W, state.bias, network, winner)


Tab = ConvolutionTab  # the name the tab table looks for
