"""Training tab: the network builder and training settings (the widgets for spec.py).

The panel only maps between its controls and ``NetSpec`` / ``TrainSpec``; ``set_problems`` flags
impossible settings in place (a red frame and a sentence under the control), and the summary
table shows each layer's output shape and parameter count.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.training.spec import (
    ACTIVATIONS,
    BOOK_OPTIMIZER,
    DEFAULT_LR,
    KINDS,
    MAX_HIDDEN_LAYERS,
    MNIST_TRAIN_SIZE,
    OPTIMIZER_NAMES,
    WEIGHT_INITS,
    LayerRow,
    NetSpec,
    Problem,
    TrainSpec,
)

INVALID_STYLE = "border: 2px solid #d62728; border-radius: 3px;"
ERROR_STYLE = "color: #b71c1c;"


def spin(minimum: int, maximum: int, value: int, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    box.setValue(value)
    box.setAccelerated(True)
    return box


class RateSpinBox(QDoubleSpinBox):
    """A learning rate shown as 0.1, 0.001, 1e-05: no trailing zeros."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDecimals(6)
        self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip().replace(",", ".")
        if stripped in ("", ".", "-"):
            return QValidator.State.Intermediate, text, pos
        try:
            float(stripped)
        except ValueError:
            if stripped.lower().endswith(("e", "e-", "e+")):
                return QValidator.State.Intermediate, text, pos
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


def format_shape(shape: tuple) -> str:
    """(30, 24, 24) -> '30×24×24'."""
    return "×".join(str(n) for n in shape)


class HiddenLayersEditor(QWidget):
    """Ch5-6: the hidden layers of an MLP, one units spin box each, added and removed at will."""

    changed = Signal()

    def __init__(self, sizes: list[int], parent=None):
        super().__init__(parent)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QLabel, QSpinBox, QPushButton, QLabel]] = []
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button)
        self._label_format = "{0}"
        self._remove_tip = ""
        self.set_sizes(sizes)

    def sizes(self) -> list[int]:
        return [box.value() for _, box, _, _ in self.rows]

    def set_sizes(self, sizes: list[int]) -> None:
        while self.rows:
            self._remove_row(len(self.rows) - 1, notify=False)
        for units in sizes:
            self._add_row(units, notify=False)
        self.changed.emit()

    def spin_boxes(self) -> list[QSpinBox]:
        return [box for _, box, _, _ in self.rows]

    def remove_buttons(self) -> list[QPushButton]:
        return [button for _, _, button, _ in self.rows]

    def error_labels(self) -> list[QLabel]:
        return [error for _, _, _, error in self.rows]

    def _add_clicked(self) -> None:
        self._add_row(self.rows[-1][1].value() if self.rows else 100)

    def _add_row(self, units: int, notify: bool = True) -> None:
        label = QLabel()
        box = spin(0, 4096, units, step=10)
        box.valueChanged.connect(self.changed)
        remove = QPushButton("✕")
        remove.setFixedWidth(36)
        remove.clicked.connect(lambda _checked=False, b=box: self._remove_box(b))
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(box, 1)
        row.addWidget(remove)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(1)
        holder_layout.addLayout(row)
        holder_layout.addWidget(error)
        self.rows_layout.addWidget(holder)
        self.rows.append((label, box, remove, error))
        self._renumber()
        if notify:
            self.changed.emit()

    def _remove_box(self, box: QSpinBox) -> None:
        for i, (_, b, _, _) in enumerate(self.rows):
            if b is box:
                self._remove_row(i)
                return

    def _remove_row(self, index: int, notify: bool = True) -> None:
        label, box, remove, error = self.rows.pop(index)
        holder = label.parentWidget()
        self.rows_layout.removeWidget(holder)
        holder.setParent(None)
        holder.deleteLater()
        self._renumber()
        if notify:
            self.changed.emit()

    def _renumber(self) -> None:
        for i, (label, _box, remove, _error) in enumerate(self.rows, start=1):
            label.setText(self._label_format.format(i))
            remove.setToolTip(self._remove_tip)
        self.add_button.setEnabled(len(self.rows) < MAX_HIDDEN_LAYERS)

    def retranslate(self, label_format: str, add_text: str, remove_tip: str) -> None:
        self._label_format = label_format
        self._remove_tip = remove_tip
        self.add_button.setText(add_text)
        self._renumber()


class BuilderPanel(QWidget):
    """Network (ch5-8) and training (ch6) settings, the live summary, problems flagged in place."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        net, train = NetSpec(), TrainSpec()
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

        # ---- network ----
        self.net_box = QGroupBox()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.activated.connect(self._kind_chosen)

        self.hidden = HiddenLayersEditor(net.hidden)
        self.hidden.changed.connect(self.changed)
        self.activation = QComboBox()
        for name in ACTIVATIONS:
            self.activation.addItem("", name)
        self.weight_init = QComboBox()
        for name in WEIGHT_INITS:
            self.weight_init.addItem("", name)
        self.batchnorm = QCheckBox()
        self.dropout = QDoubleSpinBox()
        self.dropout.setRange(0.0, 0.9)
        self.dropout.setSingleStep(0.1)
        self.dropout.setDecimals(2)
        self.weight_decay = QDoubleSpinBox()
        self.weight_decay.setRange(0.0, 1.0)
        self.weight_decay.setDecimals(4)
        self.weight_decay.setSingleStep(0.01)
        self.weight_decay.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)

        self.mlp_page = QWidget()
        mlp_form = QFormLayout(self.mlp_page)
        mlp_form.setContentsMargins(0, 0, 0, 0)
        self.hidden_label = QLabel()
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        mlp_form.addRow(self.hidden_label)
        mlp_form.addRow(self.hidden)
        self.activation_label = QLabel()
        mlp_form.addRow(self.activation_label, self.activation)
        self.weight_init_label = QLabel()
        mlp_form.addRow(self.weight_init_label, self.weight_init)
        mlp_form.addRow(self.batchnorm)
        self.dropout_label = QLabel()
        mlp_form.addRow(self.dropout_label, self.dropout)
        self._add_error(mlp_form, "dropout", self.dropout)
        self.weight_decay_label = QLabel()
        mlp_form.addRow(self.weight_decay_label, self.weight_decay)
        self._add_error(mlp_form, "weight_decay", self.weight_decay)

        self.filter_num = spin(0, 128, net.filter_num)
        self.filter_size = spin(0, 40, net.filter_size)
        self.stride = spin(0, 10, net.stride)
        self.pad = spin(0, 10, net.pad)
        self.conv_hidden = spin(0, 2048, net.conv_hidden, step=10)
        self.conv_page = QWidget()
        conv_form = QFormLayout(self.conv_page)
        conv_form.setContentsMargins(0, 0, 0, 0)
        self.conv_labels = {}
        for name, box in (
            ("filter_num", self.filter_num),
            ("filter_size", self.filter_size),
            ("stride", self.stride),
            ("pad", self.pad),
            ("conv_hidden", self.conv_hidden),
        ):
            label = QLabel()
            self.conv_labels[name] = label
            conv_form.addRow(label, box)
            self._add_error(conv_form, name, box)

        self.deep_page = QLabel()
        self.deep_page.setWordWrap(True)

        self.kind_pages = QStackedWidget()
        self.kind_pages.addWidget(self.mlp_page)
        self.kind_pages.addWidget(self.conv_page)
        self.kind_pages.addWidget(self.deep_page)

        net_layout = QVBoxLayout(self.net_box)
        kind_row = QFormLayout()
        self.kind_label = QLabel()
        kind_row.addRow(self.kind_label, self.kind)
        net_layout.addLayout(kind_row)
        net_layout.addWidget(self.kind_pages)

        # ---- training ----
        self.train_box = QGroupBox()
        self.optimizer = QComboBox()
        for name in OPTIMIZER_NAMES:
            self.optimizer.addItem(name, name)  # the book's names, the same in every language
        self.optimizer.currentIndexChanged.connect(self._optimizer_changed)
        self.lr = RateSpinBox()
        self.lr.setRange(0.0, 100.0)
        self.lr.setValue(train.lr)
        self.batch_size = spin(0, 10_000, train.batch_size, step=10)
        self.epochs = spin(0, 1000, train.epochs)
        self.train_size = spin(0, MNIST_TRAIN_SIZE, train.train_size, step=100)
        self.seed = spin(0, 2**31 - 1, train.seed)
        train_form = QFormLayout(self.train_box)
        self.train_labels = {}
        for name, box in (
            ("optimizer", self.optimizer),
            ("lr", self.lr),
            ("batch_size", self.batch_size),
            ("epochs", self.epochs),
            ("train_size", self.train_size),
            ("seed", self.seed),
        ):
            label = QLabel()
            self.train_labels[name] = label
            train_form.addRow(label, box)
            self._add_error(train_form, name, box)
        self.overfit_button = QPushButton()
        self.overfit_button.clicked.connect(self.use_overfitting_setup)
        train_form.addRow(self.overfit_button)

        # ---- summary ----
        self.summary = QTableWidget(0, 3)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary.verticalHeader().hide()
        header = self.summary.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.total_label = QLabel()
        bold = QFont(self.total_label.font())
        bold.setBold(True)
        self.total_label.setFont(bold)
        # The tab shows this box among its views, where the table has room to grow.
        self.summary_box = QWidget()
        summary_layout = QVBoxLayout(self.summary_box)
        summary_layout.setContentsMargins(2, 2, 2, 2)
        summary_layout.addWidget(self.total_label)
        summary_layout.addWidget(self.summary, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.net_box)
        layout.addWidget(self.train_box)

        self._fields.update(
            {
                "kind": self.kind,
                "hidden": self.hidden,
                "dropout": self.dropout,
                "weight_decay": self.weight_decay,
                "filter_num": self.filter_num,
                "filter_size": self.filter_size,
                "stride": self.stride,
                "pad": self.pad,
                "conv_hidden": self.conv_hidden,
                "optimizer": self.optimizer,
                "lr": self.lr,
                "batch_size": self.batch_size,
                "epochs": self.epochs,
                "train_size": self.train_size,
                "seed": self.seed,
            }
        )
        for widget in (
            self.activation,
            self.weight_init,
            self.optimizer,
        ):
            widget.currentIndexChanged.connect(self.changed)
        self.batchnorm.toggled.connect(self.changed)
        for box in (
            self.dropout,
            self.weight_decay,
            self.lr,
            self.filter_num,
            self.filter_size,
            self.stride,
            self.pad,
            self.conv_hidden,
            self.batch_size,
            self.epochs,
            self.train_size,
            self.seed,
        ):
            box.valueChanged.connect(self.changed)
        self.set_net_spec(net)

    def _add_error(self, form: QFormLayout, name: str, field: QWidget) -> None:
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        form.addRow(error)
        self._errors[name] = error

    # ---- spec <-> controls ----------------------------------------------------------------
    def net_spec(self) -> NetSpec:
        return NetSpec(
            kind=self.kind.currentData(),
            hidden=self.hidden.sizes(),
            activation=self.activation.currentData(),
            weight_init=self.weight_init.currentData(),
            use_batchnorm=self.batchnorm.isChecked(),
            dropout_ratio=round(self.dropout.value(), 4),
            weight_decay=self.weight_decay.value(),
            filter_num=self.filter_num.value(),
            filter_size=self.filter_size.value(),
            stride=self.stride.value(),
            pad=self.pad.value(),
            conv_hidden=self.conv_hidden.value(),
        )

    def train_spec(self) -> TrainSpec:
        return TrainSpec(
            optimizer=self.optimizer.currentData(),
            lr=self.lr.value(),
            batch_size=self.batch_size.value(),
            epochs=self.epochs.value(),
            train_size=self.train_size.value(),
            seed=self.seed.value(),
        )

    def set_net_spec(self, spec: NetSpec) -> None:
        self.blockSignals(True)
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(spec.kind)))
            self.hidden.set_sizes(spec.hidden)
            self.activation.setCurrentIndex(max(0, self.activation.findData(spec.activation)))
            self.weight_init.setCurrentIndex(max(0, self.weight_init.findData(spec.weight_init)))
            self.batchnorm.setChecked(spec.use_batchnorm)
            self.dropout.setValue(spec.dropout_ratio)
            self.weight_decay.setValue(spec.weight_decay)
            self.filter_num.setValue(spec.filter_num)
            self.filter_size.setValue(spec.filter_size)
            self.stride.setValue(spec.stride)
            self.pad.setValue(spec.pad)
            self.conv_hidden.setValue(spec.conv_hidden)
        finally:
            self.blockSignals(False)
        self._kind_changed()

    def use_overfitting_setup(self) -> None:
        """Ch6.4's overfitting experiment: 300 training images, a large net, many epochs."""
        self.kind.setCurrentIndex(self.kind.findData("mlp"))
        self.hidden.set_sizes([100] * 6)
        self.batchnorm.setChecked(False)
        self.dropout.setValue(0.0)
        self.weight_decay.setValue(0.0)
        self.optimizer.setCurrentIndex(self.optimizer.findData("SGD"))
        self.lr.setValue(0.01)
        self.batch_size.setValue(100)
        self.train_size.setValue(300)
        self.epochs.setValue(100)

    def _kind_changed(self) -> None:
        index = max(0, self.kind.currentIndex())
        # Only the shown page counts for the size: no empty space under the short ConvNet form.
        for i in range(self.kind_pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.kind_pages.widget(i).setSizePolicy(policy, policy)
        self.kind_pages.setCurrentIndex(index)
        self.kind_pages.adjustSize()
        self.changed.emit()

    def _kind_chosen(self) -> None:
        """The user picked a network type: its book settings (ch7's ConvNet trains with Adam)."""
        optimizer, lr = BOOK_OPTIMIZER.get(self.kind.currentData(), ("SGD", DEFAULT_LR["SGD"]))
        self.optimizer.setCurrentIndex(self.optimizer.findData(optimizer))
        self.lr.setValue(lr)

    def _optimizer_changed(self) -> None:
        self.lr.setValue(DEFAULT_LR.get(self.optimizer.currentData(), 0.01))

    def set_editable(self, editable: bool) -> None:
        """Frozen while training runs: the network being trained is the one on screen."""
        for box in (self.net_box, self.train_box):
            box.setEnabled(editable)

    # ---- problems and summary -------------------------------------------------------------
    def problem_text(self, problem: Problem) -> str:
        """One translated sentence for a problem; it names the setting, so it reads on its own."""
        a = problem.args
        code, field = problem.code, problem.field
        if code == "zero_units":
            return self.tr("Hidden layer {0} needs at least 1 unit.").format(*a)
        if code == "zero_hidden":
            return self.tr("The hidden layer needs at least 1 unit.")
        if code == "too_many_layers":
            return self.tr("Use at most {0} hidden layers.").format(*a)
        if code == "dropout_range":
            return self.tr("The dropout ratio must be at least 0 and below 1.")
        if code == "negative_decay":
            return self.tr("Weight decay λ cannot be negative.")
        if code == "negative_pad":
            return self.tr("The padding cannot be negative.")
        if code == "at_least_one":
            texts = {
                "filter_num": self.tr("Use at least 1 filter."),
                "filter_size": self.tr("The filter size must be at least 1."),
                "stride": self.tr("The stride must be at least 1."),
                "batch_size": self.tr("The batch size must be at least 1."),
                "epochs": self.tr("Train for at least 1 epoch."),
            }
            return texts.get(field, self.tr("This value must be at least 1."))
        if code == "filter_too_big":
            return self.tr(
                "A {0}×{0} filter is larger than its {1}×{1} input (28 pixels plus the padding)."
            ).format(*a)
        if code == "nothing_to_pool":
            return self.tr(
                "The convolution outputs {0}×{0} pixels: too few for the 2×2 pooling after it."
            ).format(*a)
        if code == "lr_positive":
            return self.tr("The learning rate must be above 0.")
        if code == "no_training_data":
            return self.tr("Use at least 1 training image.")
        if code == "too_much_data":
            return self.tr("MNIST has only {1} training images.").format(*a)
        if code == "batch_too_big":
            return self.tr(
                "The batch size ({0}) is larger than the training set ({1} images)."
            ).format(*a)
        return self.tr("This setting is not possible: {0}.").format(code)

    def set_problems(self, problems: list[Problem]) -> None:
        """Flag each problem's control with a red frame and its sentence underneath."""
        messages: dict[str, list[str]] = {}
        for problem in problems:
            messages.setdefault(problem.field, []).append(self.problem_text(problem))
        for name, error in self._errors.items():
            self._flag(self._fields[name], error, messages.get(name))
        for i, (box, error) in enumerate(
            zip(self.hidden.spin_boxes(), self.hidden.error_labels(), strict=True), start=1
        ):
            self._flag(box, error, messages.get(f"hidden:{i}"))

    @staticmethod
    def _flag(field: QWidget, error: QLabel, texts: list[str] | None) -> None:
        field.setStyleSheet(INVALID_STYLE if texts else "")
        field.setToolTip("\n".join(texts) if texts else "")
        error.setText("\n".join(texts or []))
        error.setVisible(bool(texts))

    def show_summary(self, rows: list[LayerRow] | tuple[LayerRow, ...], total_text: str) -> None:
        self.summary.setRowCount(len(rows))
        for r, row in enumerate(rows):
            # Layer names are the book's (Affine1, Relu1, Conv1); only the input row is a word.
            name = self.tr("Input") if row.name == "Input" else row.name
            cells = (name, format_shape(row.shape), f"{row.params:,}" if row.params else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.summary.setItem(r, c, item)
        self.summary.resizeRowsToContents()
        self.total_label.setText(total_text)

    # ---- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.net_box.setTitle(self.tr("Network (chapters 5–8)"))
        self.kind_label.setText(self.tr("Type"))
        kind_names = {
            "mlp": self.tr("Fully connected (MLP)"),
            "simple_convnet": self.tr("SimpleConvNet (ch. 7)"),
            "deep_convnet": self.tr("DeepConvNet (ch. 8)"),
        }
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_names[self.kind.itemData(i)])
        self.hidden_label.setText(self.tr("Hidden layers (units each)"))
        self.hidden.retranslate(
            self.tr("Layer {0}"), self.tr("Add a hidden layer"), self.tr("Remove this layer")
        )
        self.activation_label.setText(self.tr("Activation"))
        activation_names = {
            "relu": self.tr("ReLU"),
            "sigmoid": self.tr("Sigmoid"),
            "tanh": self.tr("tanh"),
        }
        for i in range(self.activation.count()):
            self.activation.setItemText(i, activation_names[self.activation.itemData(i)])
        self.weight_init_label.setText(self.tr("Initial weights"))
        init_names = {
            "he": self.tr("He: std √(2/n)"),
            "xavier": self.tr("Xavier: std √(1/n)"),
            "std": self.tr("std 0.01"),
        }
        for i in range(self.weight_init.count()):
            self.weight_init.setItemText(i, init_names[self.weight_init.itemData(i)])
        self.batchnorm.setText(self.tr("Batch normalization (ch. 6.3)"))
        self.dropout_label.setText(self.tr("Dropout ratio"))
        self.dropout.setSpecialValueText(self.tr("off"))
        self.weight_decay_label.setText(self.tr("Weight decay λ"))
        self.weight_decay.setSpecialValueText(self.tr("off"))
        self.conv_labels["filter_num"].setText(self.tr("Filters"))
        self.conv_labels["filter_size"].setText(self.tr("Filter size"))
        self.conv_labels["stride"].setText(self.tr("Stride"))
        self.conv_labels["pad"].setText(self.tr("Padding"))
        self.conv_labels["conv_hidden"].setText(self.tr("Hidden units"))
        self.deep_page.setText(
            self.tr(
                "The book's deep network (ch. 8.1): six 3×3 convolutions with ReLU, three 2×2 "
                "poolings, two Affine layers with dropout, He initial weights. It learns slowly "
                "on a CPU: try a few thousand training images first."
            )
        )
        self.train_box.setTitle(self.tr("Training (chapter 6)"))
        self.train_labels["optimizer"].setText(self.tr("Optimizer"))
        self.train_labels["lr"].setText(self.tr("Learning rate"))
        self.train_labels["batch_size"].setText(self.tr("Batch size"))
        self.train_labels["epochs"].setText(self.tr("Epochs"))
        self.train_labels["train_size"].setText(self.tr("Training images"))
        self.train_size.setToolTip(
            self.tr("Few images (e.g. 300) make the network overfit: see chapter 6.4.")
        )
        self.train_labels["seed"].setText(self.tr("Random seed"))
        self.seed.setToolTip(self.tr("The same seed gives the same initial weights and batches."))
        self.overfit_button.setText(self.tr("Overfitting example (300 images, ch. 6.4)"))
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Layer"), self.tr("Output shape"), self.tr("Parameters")]
        )
