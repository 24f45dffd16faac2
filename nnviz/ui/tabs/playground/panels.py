"""The Playground's side panel: data, network and training settings as ordinary Qt widgets.

The panel only maps widgets to ``Settings`` fields: every edit emits ``changed({field: value})``
and the tab passes it to the session, which applies it at the next step.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnviz.engine.datasets2d import (
    CHOOSE_CLASSES,
    DATASETS,
    FEATURES,
    MAX_CLASSES,
    class_count,
)
from nnviz.engine.optimizers import OPTIMIZERS
from nnviz.ui.tabs.playground.session import INITS, MAX_LAYERS, MAX_UNITS, OWN, Settings
from nnviz.ui.widgets.value_slider import ValueSlider

LEARNING_RATES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
BATCH_SIZES = (1, 5, 10, 20, 50, 100)


def _combo(values) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(str(value), value)
    return combo


class SettingsPanel(QWidget):
    """Data, network and training settings; emits ``changed`` with the fields the user edited."""

    changed = Signal(dict)

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._loading = False
        layout.addWidget(self._build_data())
        layout.addWidget(self._build_network())
        layout.addWidget(self._build_training())
        self.show_settings(settings)

    # ---- building -------------------------------------------------------------------------
    def _build_data(self) -> QGroupBox:
        self.data_group = QGroupBox()
        form = QFormLayout(self.data_group)
        self.dataset = _combo((*DATASETS, OWN))
        self.dataset.currentIndexChanged.connect(self._on_dataset)
        self.n_classes = QSpinBox(minimum=3, maximum=MAX_CLASSES)  # for CHOOSE_CLASSES sets
        self.n_classes.valueChanged.connect(self._on_n_classes)
        self.noise = ValueSlider(0.0, 0.5, 0.01, text=lambda v: f"{v:.2f}")
        self.noise.valueChanged.connect(lambda v: self._emit(noise=float(v)))
        self.test_ratio = ValueSlider(0, 90, 5, text=lambda v: f"{v:.0f} %")
        self.test_ratio.valueChanged.connect(lambda v: self._emit(test_ratio=v / 100))
        self.seed = QSpinBox(minimum=0, maximum=9999)
        self.seed.valueChanged.connect(lambda v: self._emit(seed=int(v)))
        self.add_class = QComboBox()  # the class a click on the plane adds
        self.labels_data = [QLabel() for _ in range(6)]
        widgets = (
            self.dataset,
            self.n_classes,
            self.noise,
            self.test_ratio,
            self.seed,
            self.add_class,
        )
        for label, widget in zip(self.labels_data, widgets, strict=True):
            label.setWordWrap(True)
            form.addRow(label, widget)
        return self.data_group

    def _build_network(self) -> QGroupBox:
        self.network_group = QGroupBox()
        column = QVBoxLayout(self.network_group)
        self.features_label = QLabel()
        column.addWidget(self.features_label)
        boxes = QGridLayout()
        self.feature_boxes = {}
        for index, name in enumerate(FEATURES):
            box = QCheckBox(name)
            box.toggled.connect(self._on_features)
            boxes.addWidget(box, index // 4, index % 4)
            self.feature_boxes[name] = box
        column.addLayout(boxes)

        layers_row = QHBoxLayout()
        self.layers_label = QLabel()
        self.remove_layer = QPushButton("−")
        self.add_layer = QPushButton("+")
        self.remove_layer.clicked.connect(self._on_remove_layer)
        self.add_layer.clicked.connect(self._on_add_layer)
        layers_row.addWidget(self.layers_label, 1)
        layers_row.addWidget(self.remove_layer)
        layers_row.addWidget(self.add_layer)
        column.addLayout(layers_row)
        self.units_row = QHBoxLayout()
        self.units: list[QSpinBox] = []
        for _ in range(MAX_LAYERS):
            spin = QSpinBox(minimum=1, maximum=MAX_UNITS)
            spin.valueChanged.connect(self._on_units)
            self.units_row.addWidget(spin)
            self.units.append(spin)
        self.units_row.addStretch(1)
        column.addLayout(self.units_row)

        form = QFormLayout()
        self.activation = _combo(("relu", "sigmoid", "tanh"))
        self.activation.currentIndexChanged.connect(
            lambda: self._emit(activation=self.activation.currentData())
        )
        self.init = _combo(INITS)
        self.init.currentIndexChanged.connect(lambda: self._emit(init=self.init.currentData()))
        self.batchnorm = QCheckBox()
        self.batchnorm.toggled.connect(lambda on: self._emit(batchnorm=bool(on)))
        self.dropout = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.8, singleStep=0.1)
        self.dropout.valueChanged.connect(lambda v: self._emit(dropout=float(v)))
        self.weight_decay = QDoubleSpinBox(decimals=3, minimum=0.0, maximum=1.0, singleStep=0.001)
        self.weight_decay.valueChanged.connect(lambda v: self._emit(weight_decay=float(v)))
        self.labels_network = [QLabel() for _ in range(5)]
        widgets = (self.activation, self.init, self.batchnorm, self.dropout, self.weight_decay)
        for label, widget in zip(self.labels_network, widgets, strict=True):
            label.setWordWrap(True)
            form.addRow(label, widget)
        column.addLayout(form)
        return self.network_group

    def _build_training(self) -> QGroupBox:
        self.training_group = QGroupBox()
        form = QFormLayout(self.training_group)
        self.optimizer = _combo(OPTIMIZERS)
        self.optimizer.currentIndexChanged.connect(
            lambda: self._emit(optimizer=self.optimizer.currentData())
        )
        self.lr = _combo(LEARNING_RATES)
        self.lr.currentIndexChanged.connect(lambda: self._emit(lr=self.lr.currentData()))
        self.batch_size = _combo(BATCH_SIZES)
        self.batch_size.currentIndexChanged.connect(
            lambda: self._emit(batch_size=self.batch_size.currentData())
        )
        self.labels_training = [QLabel() for _ in range(3)]
        widgets = (self.optimizer, self.lr, self.batch_size)
        for label, widget in zip(self.labels_training, widgets, strict=True):
            label.setWordWrap(True)
            form.addRow(label, widget)
        return self.training_group

    # ---- showing settings -----------------------------------------------------------------
    def show_settings(self, s: Settings) -> None:
        """Set every widget from ``s`` without emitting anything."""
        self._loading = True
        try:
            self.dataset.setCurrentIndex(self.dataset.findData(s.dataset))
            self.n_classes.setValue(s.n_classes)
            self.n_classes.setEnabled(s.dataset in CHOOSE_CLASSES)
            self.noise.setValue(s.noise)
            self.test_ratio.setValue(round(s.test_ratio * 100))
            self.seed.setValue(s.seed)
            self._fill_add_class(self._classes_of(s.dataset))
            for name, box in self.feature_boxes.items():
                box.setChecked(name in s.features)
            for index, spin in enumerate(self.units):
                spin.setVisible(index < len(s.hidden))
                if index < len(s.hidden):
                    spin.setValue(int(s.hidden[index]))
            self._hidden_count = len(s.hidden)
            self.remove_layer.setEnabled(len(s.hidden) > 0)
            self.add_layer.setEnabled(len(s.hidden) < MAX_LAYERS)
            self.activation.setCurrentIndex(self.activation.findData(s.activation))
            self.init.setCurrentIndex(self.init.findData(s.init))
            self.batchnorm.setChecked(s.batchnorm)
            self.dropout.setValue(s.dropout)
            self.weight_decay.setValue(s.weight_decay)
            self.optimizer.setCurrentIndex(self.optimizer.findData(s.optimizer))
            self._select_nearest(self.lr, s.lr)
            self._select_nearest(self.batch_size, s.batch_size)
        finally:
            self._loading = False
        self._update_layers_label()

    @staticmethod
    def _select_nearest(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index < 0:  # a value from a file that is not in the list: add it, keep it exact
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _fill_add_class(self, classes: int) -> None:
        keep = max(0, min(self.add_class.currentIndex(), classes - 1))
        self.add_class.clear()
        for c in range(classes):
            self.add_class.addItem(self.tr("Class {0}").format(c), c)
        self.add_class.setCurrentIndex(keep)

    def hidden(self) -> tuple:
        return tuple(spin.value() for spin in self.units[: self._hidden_count])

    # ---- edits ---------------------------------------------------------------------------------
    def _emit(self, **change) -> None:
        if not self._loading:
            self.changed.emit(change)

    def _on_dataset(self) -> None:
        if self._loading:
            return
        name = self.dataset.currentData()
        self.n_classes.setEnabled(name in CHOOSE_CLASSES)
        self._fill_add_class(self._classes_of(name))
        self._emit(dataset=name)

    def _on_n_classes(self) -> None:
        if self._loading:
            return
        self._fill_add_class(self._classes_of(self.dataset.currentData()))
        self._emit(n_classes=self.n_classes.value())

    def _classes_of(self, name: str) -> int:
        """The classes a click can add to the set ``name``."""
        return MAX_CLASSES if name == OWN else class_count(name, self.n_classes.value())

    def _on_features(self) -> None:
        chosen = tuple(name for name, box in self.feature_boxes.items() if box.isChecked())
        if not chosen and not self._loading:  # the network needs an input: keep the last one
            sender = self.sender()
            sender.blockSignals(True)
            sender.setChecked(True)
            sender.blockSignals(False)
            return
        self._emit(features=chosen)

    def _set_hidden_count(self, count: int) -> None:
        self._hidden_count = count
        for index, spin in enumerate(self.units):
            spin.setVisible(index < count)
        self.remove_layer.setEnabled(count > 0)
        self.add_layer.setEnabled(count < MAX_LAYERS)
        self._update_layers_label()
        self._emit(hidden=self.hidden())

    def _on_add_layer(self) -> None:
        if self._hidden_count < MAX_LAYERS:
            self.units[self._hidden_count].setValue(4)
            self._set_hidden_count(self._hidden_count + 1)

    def _on_remove_layer(self) -> None:
        if self._hidden_count > 0:
            self._set_hidden_count(self._hidden_count - 1)

    def _on_units(self) -> None:
        if not self._loading:
            self._emit(hidden=self.hidden())

    def _update_layers_label(self) -> None:
        self.layers_label.setText(self.tr("Hidden layers: {0}").format(self._hidden_count))

    # ---- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.data_group.setTitle(self.tr("Data"))
        self.network_group.setTitle(self.tr("Network"))
        self.training_group.setTitle(self.tr("Training"))
        names = {
            "xor": self.tr("XOR"),
            "circle": self.tr("Circle"),
            "gaussians": self.tr("Two Gaussians"),
            "spiral": self.tr("Spiral"),
            "moons": self.tr("Moons"),
            "clouds": self.tr("Clouds (3–5 classes)"),
            "spirals": self.tr("Spiral arms (3–5 classes)"),
            OWN: self.tr("My own points (click or load)"),
        }
        for index in range(self.dataset.count()):
            self.dataset.setItemText(index, names[self.dataset.itemData(index)])
        texts = (
            self.tr("Data set"),
            self.tr("Classes"),
            self.tr("Noise"),
            self.tr("Test share"),
            self.tr("Seed"),
            self.tr("A click adds"),
        )
        for label, text in zip(self.labels_data, texts, strict=True):
            label.setText(text)
        for index in range(self.add_class.count()):
            self.add_class.setItemText(index, self.tr("Class {0}").format(index))
        self.features_label.setText(self.tr("Input features:"))
        self.remove_layer.setToolTip(self.tr("Remove the last hidden layer"))
        self.add_layer.setToolTip(self.tr("Add a hidden layer"))
        inits = {
            "auto": self.tr("He for ReLU, else Xavier"),
            "he": self.tr("He"),
            "xavier": self.tr("Xavier"),
            "0.01": self.tr("std 0.01"),
        }
        for index in range(self.init.count()):
            self.init.setItemText(index, inits[self.init.itemData(index)])
        texts = (
            self.tr("Activation"),
            self.tr("Initial weights"),
            self.tr("Batch norm"),
            self.tr("Dropout"),
            self.tr("Weight decay λ"),
        )
        for label, text in zip(self.labels_network, texts, strict=True):
            label.setText(text)
        texts = (self.tr("Optimizer"), self.tr("Learning rate"), self.tr("Batch size"))
        for label, text in zip(self.labels_training, texts, strict=True):
            label.setText(text)
        self._update_layers_label()
