"""Ch7-8 Draw: write a digit, see the network's 28x28 input, every layer's output and its guess
live."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnviz import paths
from nnviz.engine.preprocess import digit_probabilities, format_probability, preprocess_steps
from nnviz.engine.trace import forward_trace
from nnviz.ui.settings import app_settings, read_setting
from nnviz.ui.tabs.draw.pad import INK_SIZE, DigitPad
from nnviz.ui.tabs.draw.state import DrawState, first_conv_shape
from nnviz.ui.tabs.draw.views import COMPARE_COLOUR, TOP_COLOUR, PixelView, ProbabilityBars
from nnviz.ui.widgets.code_source import CodeItem, CodeView
from nnviz.ui.widgets.layer_maps import LayerMapsView
from nnviz.ui.widgets.pad_digit import PAD_DIGIT
from nnviz.ui.widgets.tab_page import TabPage
from nnviz.ui.worker import workers_running

MIN_INTERVAL_S = 0.015  # at most ~60 predictions a second while the pen moves
# The strip of every layer is redrawn at most ~15 times a second while the pen moves (and at
# once when it lifts): recolouring ~100 maps on every prediction would eat the bars' latency.
STRIP_INTERVAL_S = 1 / 15
PEN_WIDTHS = (4, 40)  # slider range, in 1/280 of the pad's side (the network copy's pixels)
DEFAULT_PEN = 22  # about MNIST's stroke once the digit is scaled to 20 px
ERROR_STYLE = "color: #b3261e;"
# The chooser's sources, in its order: the two bundled models, the Training tab's, a file.
SOURCES = ("simple", "deep", "trained", "file")
BUNDLED = ("simple", "deep")
MODEL_KEY, FILE_KEY, COMPARE_KEY = "draw/model", "draw/model_file", "draw/compare"


def _remembered_source(value) -> bool:
    return value in SOURCES


class DrawTab(TabPage):
    """The Draw tab: a digit pad, the preprocessed input, live probabilities, every layer."""

    TAB_ID = "draw"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = DrawState(may_change_blas_threads=lambda: not workers_running())
        self._default_requested = False  # the bundled model is loaded on first show, not before
        self._model_problem: tuple[str, str] | None = None  # (kind, detail) when there is no model
        self._bundled = False
        self.source = "simple"  # where the model in use came from: one of SOURCES
        self._bundled_nets: dict[str, object] = {}  # loaded once each
        self._trained: tuple[object, str] | None = None  # the Training tab's latest model
        self._file: tuple[object, str] | None = None  # the latest model opened from a file
        self._compare_missing = False  # asked to compare, but the other bundled model is missing
        self._last_update = 0.0
        self.last_cost = 0.0  # seconds the latest prediction + redraw took
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.timeout.connect(self.update_prediction)
        self._last_strip = 0.0
        self._strip_timer = QTimer(self)
        self._strip_timer.setSingleShot(True)
        self._strip_timer.timeout.connect(self._refresh_strip)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_pad_column())
        splitter.addWidget(self._build_result_column())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 720])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        # Window-wide keys, live only while this tab is the visible one.
        self.clear_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo)
        self._apply_fonts()
        self.retranslate()

    # ---- building ---------------------------------------------------------------------------
    def _build_pad_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.pad = DigitPad()
        self.pad.changed.connect(self._pad_changed)
        self.pad.stroke_finished.connect(self.update_prediction)
        layout.addWidget(self.pad)

        row = QHBoxLayout()
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        self.pen_label = QLabel()
        self.pen_slider = QSlider(Qt.Orientation.Horizontal)
        self.pen_slider.setRange(*PEN_WIDTHS)
        self.pen_slider.setValue(DEFAULT_PEN)
        self.pen_slider.setMinimumWidth(90)
        self.pen_slider.valueChanged.connect(self._pen_changed)
        for widget in (self.clear_button, self.undo_button, self.pen_label):
            row.addWidget(widget)
        row.addWidget(self.pen_slider, 1)
        layout.addLayout(row)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.intro, 1)
        self._pen_changed()
        return column

    def _build_result_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)

        model_row = QHBoxLayout()
        self.chooser_label = QLabel()
        self.model_chooser = QComboBox()
        for _ in SOURCES:
            self.model_chooser.addItem("")
        self.model_chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_chooser.activated.connect(self._chooser_activated)
        self.chooser_label.setBuddy(self.model_chooser)
        self.compare_box = QCheckBox()
        self.compare_box.setChecked(read_setting(COMPARE_KEY, bool, False))
        self.compare_box.toggled.connect(self._compare_toggled)
        model_row.addWidget(self.chooser_label)
        model_row.addWidget(self.model_chooser)
        model_row.addStretch(1)
        layout.addLayout(model_row)
        layout.addWidget(self.compare_box)  # its own line: room for Larger text and Chinese
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        self.model_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.model_label)
        self.model_message = QLabel()
        self.model_message.setWordWrap(True)
        self.model_message.setStyleSheet(ERROR_STYLE)
        self.model_message.hide()
        layout.addWidget(self.model_message)

        self.prediction_box = QGroupBox()
        row = QHBoxLayout(self.prediction_box)
        result = QVBoxLayout()
        self.digit_label = QLabel()
        self.digit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digit_label.setStyleSheet(f"color: {TOP_COLOUR};")
        self.confidence_label = QLabel()
        self.confidence_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confidence_label.setWordWrap(True)
        result.addStretch(1)
        result.addWidget(self.digit_label)
        result.addWidget(self.confidence_label)
        self.compare_label = QLabel()  # the other model's answer, when asked for
        self.compare_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.compare_label.setWordWrap(True)
        self.compare_label.hide()
        result.addWidget(self.compare_label)
        result.addStretch(1)
        result_widget = QWidget()
        result_widget.setLayout(result)
        result_widget.setFixedWidth(190)
        row.addWidget(result_widget)
        self.bars = ProbabilityBars()
        self.bars.setMinimumHeight(160)
        row.addWidget(self.bars, 1)
        layout.addWidget(self.prediction_box, 2)

        bottom = QHBoxLayout()
        self.input_box = QGroupBox()
        input_layout = QVBoxLayout(self.input_box)
        self.input_view = PixelView()
        self.input_caption = QLabel()
        self.input_caption.setWordWrap(True)
        input_layout.addWidget(self.input_view, 1)
        input_layout.addWidget(self.input_caption)
        self.input_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.maps_box = QGroupBox()
        maps_layout = QVBoxLayout(self.maps_box)
        self.maps_view = LayerMapsView(compact=True)  # every layer, Input to Softmax
        maps_layout.addWidget(self.maps_view, 1)
        bottom.addWidget(self.input_box, 1)
        bottom.addWidget(self.maps_box, 2)  # the strip's 30 maps a row need the width
        layout.addLayout(bottom, 3)
        return column

    def _apply_fonts(self) -> None:
        """Big type for the answer (read from the back of a classroom); follows View > text size."""
        base = self.font().pointSizeF()
        for label, factor, bold in (
            (self.heading, 1.3, True),
            (self.digit_label, 6.0, True),
            (self.confidence_label, 1.3, False),
            (self.model_label, 1.1, True),
            (self.compare_label, 1.1, False),
        ):
            font = self.font()
            font.setPointSizeF(base * factor)
            font.setBold(bold)
            label.setFont(font)
        # Fixed heights: a new digit or percentage while drawing must not re-lay out the window.
        self.digit_label.setFixedHeight(self.digit_label.fontMetrics().height())
        self.confidence_label.setFixedHeight(3 * self.confidence_label.fontMetrics().lineSpacing())

    # ---- TabPage hooks ----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Draw a digit")

    def chapter_note(self) -> str:
        return self.tr("Chapters 7–8: a convolutional network reads your handwriting")

    def accepts_model(self) -> bool:
        return True

    def set_model(self, net, name: str, source: str = "file") -> None:
        """Predict with net from now on: File > Open model (source "file") or the Training tab's
        "use in the pad" (source "trained")."""
        self._default_requested = True  # an explicit choice: never replaced by the bundled one
        try:
            self.state.set_model(net, name)
        except ValueError as error:
            self._show_model_problem("unusable", str(error), keep_model=True)
            return
        if source == "trained":
            self._trained = (net, name)
        else:
            source = "file"
            self._file = (net, name)
        self.source = source
        self._bundled = False
        self._model_problem = None
        self._after_model_change()

    def shutdown(self) -> None:
        self._throttle.stop()
        self._strip_timer.stop()

    def prepare_screenshot(self) -> None:
        """A handwritten-looking 7 on the pad, so the picture shows a prediction (and the other
        bundled model's answer beside it, not remembered as a choice)."""
        self._ensure_model()
        if paths.bundled_model_path("deep").exists():
            self.compare_box.blockSignals(True)
            self.compare_box.setChecked(True)
            self.compare_box.blockSignals(False)
            self._update_compare()
        self.pad.clear()
        self.pad.add_stroke(
            [
                (0.27, 0.24),
                (0.45, 0.22),
                (0.62, 0.21),
                (0.72, 0.22),
                (0.7, 0.27),
                (0.63, 0.4),
                (0.56, 0.53),
                (0.5, 0.66),
                (0.46, 0.8),
            ]
        )
        self.pad.add_stroke([(0.4, 0.5), (0.52, 0.49), (0.64, 0.49)])
        self.update_prediction()

    # ---- model ------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._ensure_model()
        self.pad.setFocus()

    def _ensure_model(self) -> None:
        if not self._default_requested:
            self._default_requested = True
            self._restore_choice()

    def _restore_choice(self) -> None:
        """The model chosen at the last launch (a file if it is still there), else SimpleConvNet."""
        source = read_setting(MODEL_KEY, str, "simple", _remembered_source)
        path = read_setting(FILE_KEY, str, "")
        if source == "file" and path and self.open_model_file(path, remember=False):
            return
        self.choose_model("deep" if source == "deep" else "simple", remember=False)

    def load_default_model(self) -> None:
        """The bundled SimpleConvNet (resources/models/simple_convnet.npz), or a clear message."""
        self._default_requested = True
        self.choose_model("simple")

    def choose_model(self, source: str, remember: bool = True) -> None:
        """Use the model of one of the chooser's sources (what picking it in the chooser does)."""
        self._default_requested = True
        if source == "file":
            self._ask_model_file()
            return
        if source == "trained":
            if self._trained is not None:
                self.set_model(*self._trained, source="trained")
                self._remember("trained" if remember else None)
            else:
                self._sync_chooser()
            return
        net = self._bundled_net(source)
        if net is None:  # _bundled_net has said why
            self.source = source
            self._sync_chooser()
            return
        self.state.set_model(net, paths.bundled_model_path(source).name)
        self.source = source
        self._bundled = True
        self._model_problem = None
        if remember:
            self._remember(source)
        self._after_model_change()

    def _bundled_net(self, source: str, report: bool = True):
        """A bundled model, loaded once; None (and, if report, a message) when it cannot be."""
        from nnviz.engine.model_io import ModelFileError, load_model

        path = paths.bundled_model_path(source)
        cached = self._bundled_nets.get(source)
        if cached is not None and cached[0] == path:
            return cached[1]
        problem = None
        if not path.exists():
            problem = ("missing", str(path))
        else:
            try:
                net = load_model(path)
                digit_probabilities(net, np.zeros((28, 28), dtype=np.float32))  # reads digits?
            except (ModelFileError, OSError, ValueError) as error:
                problem = ("corrupt", str(error))
        if problem is not None:
            if report:
                self._show_model_problem(*problem)
            return None
        self._bundled_nets[source] = (path, net)
        return net

    def open_model_file(self, path: str, remember: bool = True) -> bool:
        """Use the model in this file (the chooser's "From file…"); False if it cannot be used."""
        from nnviz.engine.model_io import ModelFileError, load_model

        try:
            net = load_model(path)
        except (ModelFileError, OSError) as error:
            self._model_problem = ("file", str(error))
            self._refresh_model_text()
            self._sync_chooser()
            return False
        before = self.state.net
        self.set_model(net, Path(path).name, source="file")
        if self.state.net is before:  # refused: it does not read 28x28 digits
            self._sync_chooser()
            return False
        if remember:
            self._remember("file", str(Path(path).resolve()))
        return True

    def _ask_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open model"), "", self.tr("nnviz models (*.npz)")
        )
        if path:
            self.open_model_file(path)
        else:
            self._sync_chooser()  # cancelled: the chooser shows the model still in use

    def _chooser_activated(self, index: int) -> None:
        self.choose_model(SOURCES[index])

    def _remember(self, source: str | None, path: str | None = None) -> None:
        if source is None:
            return
        settings = app_settings()
        settings.setValue(MODEL_KEY, source)
        if path is not None:
            settings.setValue(FILE_KEY, path)

    def _compare_toggled(self, checked: bool) -> None:
        app_settings().setValue(COMPARE_KEY, bool(checked))
        self._update_compare()
        self.update_prediction()

    def _update_compare(self) -> None:
        """The second opinion: DeepConvNet's, or SimpleConvNet's when DeepConvNet is in use."""
        other = None
        if self.compare_box.isChecked() and self.state.net is not None:
            other = "simple" if self.source == "deep" else "deep"
        net = self._bundled_net(other, report=False) if other else None
        name = type(net).__name__ if net is not None else ""
        self.state.set_compare(net, name)
        self._compare_missing = other is not None and net is None

    def _after_model_change(self) -> None:
        self.code_changed.emit()
        self._sync_chooser()
        self._update_compare()
        self._refresh_model_text()
        self.update_prediction()

    def _sync_chooser(self) -> None:
        """The chooser shows the source in use; "Trained here" only once there is such a model."""
        model = self.model_chooser.model()
        model.item(SOURCES.index("trained")).setEnabled(self._trained is not None)
        self.model_chooser.setCurrentIndex(SOURCES.index(self.source))

    def _show_model_problem(self, kind: str, detail: str, keep_model: bool = False) -> None:
        if not keep_model:
            self.state.set_model_error(detail)
            self._bundled = False
        self._model_problem = (kind, detail)
        self._update_compare()
        self._refresh_model_text()
        self.update_prediction()

    # ---- drawing and predicting -------------------------------------------------------------
    def clear(self) -> None:
        self.pad.clear()

    def undo(self) -> None:
        self.pad.undo()

    def _pen_changed(self) -> None:
        self.pad.set_pen_width(self.pen_slider.value() / INK_SIZE)
        self.pen_label.setText(self.tr("Pen width: {0}").format(self.pen_slider.value()))

    def _pad_changed(self) -> None:
        """Predict during the stroke, but not more often than the model can keep up with."""
        if self._throttle.isActive():
            return  # the next update is already due and will see this change too
        interval = max(MIN_INTERVAL_S, 1.5 * self.last_cost)
        wait = self._last_update + interval - time.perf_counter()
        if wait <= 0:
            self.update_prediction()
        else:
            self._throttle.start(max(1, round(wait * 1000)))

    def update_prediction(self) -> None:
        """Preprocess the pad's ink, ask the model, redraw (one pass, synchronous)."""
        self._throttle.stop()
        start = time.perf_counter()
        self.state.update(self.pad.ink(), self.pad.ink_pen_width())
        steps = self.state.steps
        # Other tabs (Convolution) may take the digit as their input: only a digit, not a dot.
        PAD_DIGIT.set(None if steps is None or self.state.too_little_ink else steps.x)
        self._refresh()
        self._last_update = time.perf_counter()
        self.last_cost = self._last_update - start

    def _refresh(self) -> None:
        state = self.state
        steps = state.steps
        self.pad.set_box(None if steps is None else steps.box)
        self.input_view.set_image(
            None if steps is None else steps.x, None if steps is None else steps.centre_of_mass
        )
        self.bars.set_probabilities(state.probabilities, state.compare_probabilities)
        if state.probabilities is None:
            self.digit_label.setText("")
        else:
            self.digit_label.setText(str(state.digit))
        wait = self._last_strip + STRIP_INTERVAL_S - time.perf_counter()
        if not self.pad.is_drawing() or wait <= 0:
            self._refresh_strip()
        elif not self._strip_timer.isActive():
            self._strip_timer.start(max(1, round(wait * 1000)))
        self._refresh_texts()

    def _refresh_strip(self) -> None:
        """Every layer's output for the current drawing (the state's latest trace)."""
        self._strip_timer.stop()
        self._last_strip = time.perf_counter()
        self.maps_view.set_layers(self.state.trace or [])

    def _refresh_texts(self) -> None:
        """Every text that depends on the state (also called on a language change)."""
        state = self.state
        caption = self.tr("28×28 input: ink = 1 (white), paper = 0")
        if state.steps is not None and self.pad.pen_thinned_for_network():
            caption += " " + self.tr(
                "(Your pen is wide for a digit this small: the network gets it with strokes as "
                "thin as MNIST's.)"
            )
        self.input_caption.setText(caption)
        if state.net is None:
            self.confidence_label.setText(self.tr("No model: no prediction."))
        elif state.too_little_ink:
            self.confidence_label.setText(self.tr("Not a digit yet — draw more."))
        elif state.probabilities is None:
            self.confidence_label.setText(self.tr("Draw a digit to see the network's guess."))
        else:
            self.confidence_label.setText(
                self.tr("{0} sure it is a {1}").format(
                    format_probability(state.confidence), state.digit
                )
            )
        self._refresh_compare_text()
        # The box's title says the colours; how to read the rows is the strip's tooltip (no
        # caption: at 1024x700 with Larger text the strip needs every line of its height).
        conv = state.net is not None and first_conv_shape(state.net) is not None
        if conv:
            how = self.tr(
                "Each row is one layer's output for your digit, from the input to softmax: a "
                "tile per map of a convolution or pooling layer (each on its own scale), a cell "
                "per neuron of an Affine layer. Blue = positive, red = negative, white = 0."
            )
        else:
            how = self.tr(
                "Each row is one layer's output for your digit, from the input to softmax: each "
                "hidden layer's neurons as a heat row, a cell per neuron. Blue = positive, red = "
                "negative, white = 0."
            )
        self.maps_view.setToolTip(how)
        if state.net is None:
            placeholder = self.tr("No model loaded.")
        else:
            placeholder = self.tr("Draw a digit to see every layer's output.")
        if placeholder != self.maps_view.placeholder:
            self.maps_view.placeholder = placeholder
            self.maps_view.update()

    def _refresh_compare_text(self) -> None:
        state = self.state
        if not self.compare_box.isChecked() or state.net is None:
            self.compare_label.hide()
            return
        if self._compare_missing:
            text = self.tr("The other bundled model is missing: nothing to compare with.")
        elif state.compare_probabilities is None:
            text = self.tr("{0} will answer too.").format(state.compare_name)
        else:
            text = self.tr("{0} reads {1} ({2})").format(
                state.compare_name,
                state.compare_digit,
                format_probability(float(state.compare_probabilities.max())),
            )
            if state.disagree:
                text += "\n" + self.tr("They disagree!")
        self.compare_label.setText(text)
        # In the green of its bars, so the text says whose they are; red when the two disagree.
        self.compare_label.setStyleSheet(
            ERROR_STYLE if state.disagree else f"color: {COMPARE_COLOUR};"
        )
        self.compare_label.show()

    def _refresh_model_text(self) -> None:
        state = self.state
        if state.net is None:
            self.model_label.setText(self.tr("Model: none"))
        else:
            kind = type(state.net).__name__  # the book's class name, e.g. SimpleConvNet
            name = state.model_name
            if self._bundled:
                text = self.tr("Model: {0} ({1}, bundled with nnviz)").format(name, kind)
            elif kind in name:
                text = self.tr("Model: {0}").format(name)
            else:
                text = self.tr("Model: {0} ({1})").format(name, kind)
            self.model_label.setText(text)
        problem = self._model_problem
        if problem is None:
            self.model_message.hide()
            return
        kind, detail = problem
        if kind == "missing":
            message = self.tr(
                "The bundled model is missing ({0}). Train a network in the Training tab and send "
                "it to the drawing pad, or open a model file with File ▸ Open model…"
            ).format(detail)
        elif kind == "file":
            message = self.tr("Could not open this model: {0}").format(detail)
        elif kind == "corrupt":
            message = self.tr(
                "The bundled model could not be loaded: {0}. Reinstall nnviz, or open another "
                "model with File ▸ Open model…"
            ).format(detail)
        else:
            message = self.tr("This model cannot read 28×28 digits: {0}").format(detail)
        self.model_message.setText(message)
        self.model_message.show()

    # ---- language and fonts -----------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Chapters 7–8 · Draw a digit"))
        self.intro.setText(
            self.tr(
                "Write one digit (0-9) in the white square with the mouse or a pen. While you "
                "write, the drawing is turned into the network's input the way MNIST was made: "
                "the ink's bounding box (dashed) is scaled to 20×20 pixels and placed in a 28×28 "
                "image with its centre of mass (red cross) in the middle. The network computes a "
                "score per digit and softmax turns the scores into probabilities (chapter 3)."
            )
        )
        self.pad.set_placeholder(self.tr("Draw a digit here"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Erase the drawing (Esc)"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Remove the last stroke (Ctrl+Z)"))
        self.pen_slider.setToolTip(self.tr("Thickness of the next strokes"))
        self._pen_changed()
        self.chooser_label.setText(self.tr("&Model:"))
        names = {
            "simple": self.tr("SimpleConvNet (bundled)"),
            "deep": self.tr("DeepConvNet (bundled)"),
            "trained": self.tr("Trained here (Training tab)"),
            "file": self.tr("From file…"),
        }
        for index, source in enumerate(SOURCES):
            self.model_chooser.setItemText(index, names[source])
        self.model_chooser.setToolTip(
            self.tr(
                "Which network reads your digit: one of the two that come with nnviz, the one "
                "you trained in the Training tab, or a model file. Remembered for the next launch."
            )
        )
        self.compare_box.setText(self.tr("Compare with the other model"))
        self.compare_box.setToolTip(
            self.tr(
                "Also show what the other bundled network reads (DeepConvNet beside "
                "SimpleConvNet): on hard digits they often disagree."
            )
        )
        self.prediction_box.setTitle(self.tr("Prediction: softmax probabilities"))
        self.bars.setLabel("left", self.tr("probability"))
        self.bars.setLabel("bottom", self.tr("digit"))
        self.input_box.setTitle(self.tr("What the network sees"))
        self.maps_box.setTitle(self.tr("Every layer · blue > 0, red < 0"))
        self._refresh_model_text()
        self._refresh_texts()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        def clamp(v: float) -> float:
            return round(min(1.5, max(-0.5, float(v))), 4)

        state: dict = {}
        if self.source in ("simple", "deep"):
            state["model"] = self.source
        elif self.source == "file" and getattr(self, "_lesson_model_file", None):
            state["model"] = self._lesson_model_file  # a path: never the weights
        state["compare"] = self.compare_box.isChecked()
        state["strokes"] = [
            {
                "width": round(min(0.5, max(0.005, s.width)), 4),
                "points": [[clamp(x), clamp(y)] for x, y, _p in s.points],
            }
            for s in self.pad.strokes
            if s.points
        ]
        return state

    def apply_lesson_state(self, state: dict) -> list[str]:
        """The model (bundled by name or a file by path; not remembered as the user's choice),
        the comparison, and the digit written as strokes."""
        skipped = []
        self._default_requested = True  # the lesson's model, not the remembered one
        model = state.get("model")
        if model in ("simple", "deep"):
            self.choose_model(model, remember=False)
        elif model:
            if self.open_model_file(model, remember=False):
                self._lesson_model_file = model
            else:
                skipped.append(self.tr("The model {0} could not be used; skipped.").format(model))
        if self.state.net is None:
            bundled = self.source if self.source in ("simple", "deep") else "simple"
            self.choose_model(bundled, remember=False)
        self.compare_box.blockSignals(True)  # the user's own choice in the settings stays
        self.compare_box.setChecked(state.get("compare", False))
        self.compare_box.blockSignals(False)
        self._update_compare()
        self.pad.clear()
        for stroke in state.get("strokes", []):
            self.pad.add_stroke(stroke.get("points", []), stroke.get("width"))
        self.update_prediction()
        return skipped

    # ---- presenting (nnviz.ui.presenter) ---------------------------------------------------
    def presenter_hidden_widgets(self) -> list:
        """The long instructions and the model chooser: the pad and the answer stay."""
        return [self.intro, self.chooser_label, self.model_chooser, self.compare_box]

    # ---- the Code panel (issue 21) ------------------------------------------------------------

    def code_view(self) -> CodeView:
        """From pixels to probabilities: preprocessing, the chosen net's predict, softmax."""
        net = self.state.net
        items = [CodeItem(preprocess_steps), CodeItem(digit_probabilities)]
        if net is not None and hasattr(type(net), "predict"):
            items.append(CodeItem(type(net).predict))
        items.append(CodeItem(forward_trace))
        return CodeView(tuple(items))


Tab = DrawTab  # the name the tab table looks for
