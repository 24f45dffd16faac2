"""Experiments tab, ch6: the book's comparisons run live, every run of one experiment on one plot.

Left: the experiments (each names its section and figure), the chosen one's runs (editable before
Start: add, duplicate, remove, change a setting), Start / Pause / Stop, CSV export. Right: the
runs' curves growing together, since the worker advances them round-robin
(``nnviz.engine.experiments.run_experiment``, the loop ``nnviz experiment`` runs too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSlider,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.engine import experiments as ex
from nnviz.engine.mnist import MnistError
from nnviz.engine.optimizers import OPTIMIZERS
from nnviz.ui.tabs.experiments.session import experiment_steps
from nnviz.ui.tabs.experiments.state import EXPERIMENT_ORDER, ExperimentsState
from nnviz.ui.tabs.experiments.views import BatchNormGrid, CurvesView, HistogramView, SearchView
from nnviz.ui.widgets.code_source import CodeItem, CodeView, training_code
from nnviz.ui.widgets.figure_export import save_figure
from nnviz.ui.widgets.live_label import LiveLabel
from nnviz.ui.widgets.mnist_download import ensure_mnist, mnist_available
from nnviz.ui.widgets.scroll import vertical_scroll
from nnviz.ui.widgets.tab_page import TabPage
from nnviz.ui.worker import (
    GeneratorWorker,
    hold_workers_until_drawn,
    hold_workers_while_retranslating,
)

SIDE_PANEL_WIDTH = 330
REDRAW_MS = 250  # the plots redraw at most 4 times a second, however fast the worker runs
CURVES_PAGE, GRID_PAGE, SEARCH_PAGE, HISTOGRAM_PAGE = range(4)
# The weight scales offered for a run (a number is a std), and for the histograms' slider.
WEIGHT_INITS = ("he", "xavier", 0.01, 0.1, 1.0)
SLIDER_STEPS = 40  # std from 10^-3 to 10^1 in 40 log steps
ACTIVATION_NAMES = ("sigmoid", "tanh", "relu")


def _std_of_slider(position: int) -> float:
    return 10 ** (-3 + 4 * position / SLIDER_STEPS)


class Tab(TabPage):
    """Choose an experiment, edit its runs, watch them train side by side."""

    TAB_ID = "experiments"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = ExperimentsState()
        self._worker: GeneratorWorker | None = None
        self._error = ""
        self._closing = False
        self._dirty = False
        self._updating = False  # while controls are filled from the state
        self._shown: dict = {}  # the run editor's values as filled from the state
        self._custom_init = None  # the shown run's weight scale when it is none of WEIGHT_INITS
        self._redraw_timer = QTimer(self, interval=REDRAW_MS)
        self._redraw_timer.timeout.connect(self._redraw_if_new)
        self._build()
        self.retranslate()
        self._show_experiment()

    # ---- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        side = QWidget()
        column = QVBoxLayout(side)
        self.heading = QLabel(wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold")
        column.addWidget(self.heading)

        self.experiment_list = QListWidget()
        self.experiment_list.addItems(["" for _ in EXPERIMENT_ORDER])
        self.experiment_list.setWordWrap(True)
        self.experiment_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.experiment_list.setMinimumHeight(140)
        self.experiment_list.currentRowChanged.connect(self._on_experiment_chosen)
        column.addWidget(self.experiment_list)
        self.explanation = QLabel(wordWrap=True)
        column.addWidget(self.explanation)

        # Runs of a training experiment
        self.runs_box = QGroupBox()
        runs = QVBoxLayout(self.runs_box)
        self.run_list = QListWidget()
        self.run_list.setMinimumHeight(80)
        self.run_list.setMaximumHeight(120)
        self.run_list.currentRowChanged.connect(self._on_run_chosen)
        self.run_list.currentRowChanged.connect(self.code_changed)
        runs.addWidget(self.run_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.reset_button = QPushButton()
        self.add_button.clicked.connect(self.duplicate_run)
        self.remove_button.clicked.connect(self.remove_run)
        self.reset_button.clicked.connect(self.reset_runs)
        for b in (self.add_button, self.remove_button, self.reset_button):
            buttons.addWidget(b)
        runs.addLayout(buttons)
        form = QFormLayout()
        self.label_edit = QLineEdit()
        self.label_edit.editingFinished.connect(self._on_run_edited)
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.addItems(list(OPTIMIZERS))
        self.optimizer_combo.currentIndexChanged.connect(self.code_changed)
        self.lr_spin = QDoubleSpinBox(decimals=6, minimum=1e-6, maximum=10.0, singleStep=0.001)
        self.init_combo = QComboBox()
        self.init_combo.addItems(["He", "Xavier", "std 0.01", "std 0.1", "std 1"])
        self.decay_spin = QDoubleSpinBox(decimals=6, minimum=0.0, maximum=10.0, singleStep=0.01)
        self.dropout_spin = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.9, singleStep=0.1)
        self.batchnorm_check = QCheckBox()
        for widget in (self.optimizer_combo, self.init_combo):
            widget.currentIndexChanged.connect(self._on_run_edited)
        for widget in (self.lr_spin, self.decay_spin, self.dropout_spin):
            widget.editingFinished.connect(self._on_run_edited)
        self.batchnorm_check.toggled.connect(self._on_run_edited)
        self.form_labels = [QLabel() for _ in range(7)]
        for label, widget in zip(
            self.form_labels,
            (
                self.label_edit,
                self.optimizer_combo,
                self.lr_spin,
                self.init_combo,
                self.decay_spin,
                self.dropout_spin,
                self.batchnorm_check,
            ),
            strict=True,
        ):
            form.addRow(label, widget)
        runs.addLayout(form)
        column.addWidget(self.runs_box)

        # 6.2.2's choices
        self.histogram_box = QGroupBox()
        hist = QFormLayout(self.histogram_box)
        self.activation_combo = QComboBox()
        self.activation_combo.addItems(list(ACTIVATION_NAMES))
        self.activation_combo.currentIndexChanged.connect(self._on_histogram_choice)
        self.scale_combo = QComboBox()
        self.scale_combo.addItems(list(ex.SCALES))
        self.scale_combo.currentIndexChanged.connect(self._on_scale_chosen)
        self.scale_slider = QSlider(Qt.Horizontal, minimum=0, maximum=SLIDER_STEPS)
        self.scale_slider.setValue(SLIDER_STEPS * 3 // 4)  # std 1
        self.scale_slider.valueChanged.connect(self._on_slider)
        self.scale_value = QLabel()
        self.hist_labels = [QLabel() for _ in range(3)]
        hist.addRow(self.hist_labels[0], self.activation_combo)
        hist.addRow(self.hist_labels[1], self.scale_combo)
        hist.addRow(self.hist_labels[2], self.scale_slider)
        hist.addRow(self.scale_value)
        column.addWidget(self.histogram_box)

        controls = QHBoxLayout()
        self.start_button = QPushButton()
        self.pause_button = QPushButton()
        self.stop_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        for b in (self.start_button, self.pause_button, self.stop_button):
            controls.addWidget(b)
        column.addLayout(controls)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._ask_export)
        column.addWidget(self.export_button)
        self.plot_export_button = QPushButton()
        self.plot_export_button.clicked.connect(self._ask_export_plot)
        column.addWidget(self.plot_export_button)
        self.status = LiveLabel()  # rewritten at every progress report while the runs train
        column.addWidget(self.status)
        column.addStretch(1)
        self.side = vertical_scroll(side, SIDE_PANEL_WIDTH)

        self.curves = CurvesView()
        self.grid = BatchNormGrid()
        self.search = SearchView()
        self.histograms = HistogramView()
        self.pages = QStackedWidget()
        for page in (self.curves, self.grid, self.search, self.histograms):
            self.pages.addWidget(page)

        splitter = QSplitter()
        splitter.addWidget(self.side)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    # ---- TabPage --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Experiments")

    def chapter_note(self) -> str:
        return self.tr("Chapter 6: the book's comparisons, run side by side")

    def experiment_text(self, name: str) -> str:
        e = ex.EXPERIMENTS[name]
        titles = {
            "optimizers": self.tr("Optimizers on MNIST"),
            "activations": self.tr("Activation distributions"),
            "weight-init": self.tr("Initial weights on MNIST"),
            "batch-norm": self.tr("Batch normalization"),
            "overfitting": self.tr("Overfitting, weight decay and dropout"),
            "weight-decay": self.tr("Weight decay"),
            "dropout": self.tr("Dropout"),
            "hyperparameters": self.tr("Hyperparameter search"),
        }
        return self.tr("{section} {title} (Fig. {figure})").format(
            section=e.section, title=titles[name], figure=e.figure
        )

    def explanation_text(self, name: str) -> str:
        texts = {
            "optimizers": self.tr(
                "Four optimizers train the same 5-layer net (4 hidden layers of 100, same "
                "starting weights) for 2000 mini-batches of 128. SGD's loss falls slowest."
            ),
            "activations": self.tr(
                "1000 random inputs through 5 layers of 100, no training. Sigmoid with std 1 "
                "piles up at 0 and 1 (gradients vanish); std 0.01 piles up at 0.5 (every unit "
                "alike); Xavier spreads. For ReLU, He keeps every layer alike."
            ),
            "weight-init": self.tr(
                "The same net and SGD (lr 0.01), only the initial weights differ. With std 0.01 "
                "the loss stays near 2.3: the net does not learn."
            ),
            "batch-norm": self.tr(
                "16 weight scales from 1 to 0.0001, each trained with batch normalization (solid) "
                "and without (dashed) on 1000 images: batch norm learns faster at most scales."
            ),
            "overfitting": self.tr(
                "Only 300 training images and 6 hidden layers: training accuracy (solid) nears "
                "100 % while test accuracy (dashed, first 2000 test images) stays far below. "
                "Weight decay and dropout narrow the gap."
            ),
            "weight-decay": self.tr(
                "300 training images: with weight decay λ = 0.1 the gap between training "
                "(solid) and test accuracy (dashed) narrows."
            ),
            "dropout": self.tr(
                "300 training images: with dropout 0.2 the gap between training (solid) and "
                "test accuracy (dashed) narrows, and learning is slower."
            ),
            "hyperparameters": self.tr(
                "Random search: lr = 10^U(-6,-2), weight decay = 10^U(-8,-4), 50 epochs on 400 "
                "images. Each trial is judged on 100 validation images split off the training "
                "images, never on the test images: tuning on the test set would make its "
                "accuracy an overly hopeful estimate."
            ),
        }
        return texts[name]

    def retranslate(self) -> None:
        self.heading.setText(self.chapter_note())
        for row, name in enumerate(EXPERIMENT_ORDER):
            self.experiment_list.item(row).setText(self.experiment_text(name))
        self.explanation.setText(self.explanation_text(self.state.name))
        self.runs_box.setTitle(self.tr("Runs"))
        self.add_button.setText(self.tr("Duplicate"))
        self.remove_button.setText(self.tr("Remove"))
        self.reset_button.setText(self.tr("Book's runs"))
        for label, text in zip(
            self.form_labels,
            (
                self.tr("Name"),
                self.tr("Optimizer"),
                self.tr("Learning rate"),
                self.tr("Initial weights"),
                self.tr("Weight decay λ"),
                self.tr("Dropout ratio"),
                self.tr("Batch norm"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.histogram_box.setTitle(self.tr("Layers' distributions"))
        self.hist_labels[0].setText(self.tr("Activation"))
        self.hist_labels[1].setText(self.tr("Weights' scale"))
        self.hist_labels[2].setText(self.tr("Any std"))
        self.start_button.setText(self.tr("Start"))
        self.stop_button.setText(self.tr("Stop"))
        self.export_button.setText(self.tr("Export numbers (CSV)…"))
        self.plot_export_button.setText(self.tr("Export plot (PNG, SVG)…"))
        self._update_controls()
        self.curves.retranslate(self.state.experiment)
        self.search.retranslate()
        if not self.state.trains:
            self._show_scale_value()

    def shutdown(self) -> None:
        self._closing = True
        self.stop()
        self._redraw_timer.stop()

    def unfinished_work(self) -> str:
        if self.is_running():
            return self.tr("An experiment is running — stop it and quit?")
        return ""

    def showEvent(self, event) -> None:
        hold_workers_while_retranslating(self.window())
        super().showEvent(event)

    def prepare_screenshot(self) -> None:
        """The optimizers' race after 150 mini-batches each, trained here synchronously (the
        legibility test draws every tab this way: kept short)."""
        if self.state.results or self.is_running() or not mnist_available():
            return
        self.choose("optimizers")
        self.state.start()
        from dataclasses import replace

        short = replace(self.state.experiment, iterations=150)
        for update in experiment_steps(short, self.state.runs, self.state.seed):
            if update is not None:
                self.state.add([update])
        self._redraw()

    # ---- choosing and editing -------------------------------------------------------------
    def choose(self, name: str) -> None:
        """Show experiment ``name`` (the list's selection follows)."""
        self.experiment_list.setCurrentRow(EXPERIMENT_ORDER.index(name))

    def _on_experiment_chosen(self, row: int) -> None:
        if row < 0 or self.is_running():
            return
        self.state.choose(EXPERIMENT_ORDER[row])
        self._show_experiment()

    def _show_experiment(self) -> None:
        name = self.state.name
        self._updating = True
        if self.experiment_list.currentRow() != EXPERIMENT_ORDER.index(name):
            self.experiment_list.setCurrentRow(EXPERIMENT_ORDER.index(name))
        self._updating = False
        self.explanation.setText(self.explanation_text(name))
        trains = self.state.trains
        self.runs_box.setVisible(trains)
        self.histogram_box.setVisible(not trains)
        self.start_button.setVisible(trains)
        self.pause_button.setVisible(trains)
        self.stop_button.setVisible(trains)
        self.export_button.setVisible(trains)
        self._fill_run_list(0)
        if not trains:
            self.pages.setCurrentIndex(HISTOGRAM_PAGE)
            self._redraw_histograms()
            self._show_status()
        else:
            page = {"batch-norm": GRID_PAGE, "hyperparameters": SEARCH_PAGE}.get(name)
            self.pages.setCurrentIndex(CURVES_PAGE if page is None else page)
            self.curves.retranslate(self.state.experiment)
            self._redraw()
        self._update_controls()

    def _fill_run_list(self, current: int) -> None:
        self._updating = True
        self.run_list.clear()
        self.run_list.addItems([r.label for r in self.state.runs])
        self._updating = False
        self.run_list.setCurrentRow(min(current, len(self.state.runs) - 1))
        self._on_run_chosen(self.run_list.currentRow())

    def _on_run_chosen(self, row: int) -> None:
        if self._updating or row < 0 or row >= len(self.state.runs):
            return
        run = self.state.runs[row]
        self._updating = True
        self.label_edit.setText(run.label)
        self.optimizer_combo.setCurrentText(run.optimizer)
        self.lr_spin.setValue(run.lr)
        self.init_combo.setCurrentIndex(
            WEIGHT_INITS.index(run.weight_init) if run.weight_init in WEIGHT_INITS else 0
        )
        # A batch-norm scale such as 0.54 takes the first entry's place while its run is shown.
        self._custom_init = None if run.weight_init in WEIGHT_INITS else run.weight_init
        if self._custom_init is not None:
            self.init_combo.setItemText(0, f"std {float(run.weight_init):.3g}")
        else:
            self.init_combo.setItemText(0, "He")
        self.decay_spin.setValue(run.weight_decay)
        self.dropout_spin.setValue(run.dropout)
        self.batchnorm_check.setChecked(run.batchnorm)
        self._updating = False
        self._shown = self._shown_values()

    def edit_run(self, index: int, **changes) -> bool:
        """Change run ``index``; False (and a message in the status line) if refused."""
        try:
            self.state.edit_run(index, **changes)
        except ValueError as error:
            self.status.setText(str(error))
            return False
        self.run_list.item(index).setText(self.state.runs[index].label)
        self._redraw()
        return True

    def _shown_values(self) -> dict:
        """What the run editor shows now, keyed like RunSettings' fields."""
        return {
            "label": self.label_edit.text().strip(),
            "optimizer": self.optimizer_combo.currentText(),
            "lr": self.lr_spin.value(),
            "weight_init": self.init_combo.currentIndex(),
            "weight_decay": self.decay_spin.value(),
            "dropout": self.dropout_spin.value(),
            "batchnorm": self.batchnorm_check.isChecked(),
        }

    def _on_run_edited(self) -> None:
        row = self.run_list.currentRow()
        if self._updating or row < 0 or self.is_running():
            return
        # Only what the student changed: a spin box shows 6 decimals, and applying its rounded
        # value would turn the search's weight decay of 3e-8 into 0.
        shown = self._shown_values()
        changes = {k: v for k, v in shown.items() if v != self._shown.get(k)}
        if "weight_init" in changes:
            index = changes["weight_init"]
            custom = self._custom_init
            changes["weight_init"] = (
                custom if index == 0 and custom is not None else WEIGHT_INITS[index]
            )
        if not changes.get("label", True):
            del changes["label"]
        if changes and self.edit_run(row, **changes):
            self._shown = shown

    def duplicate_run(self) -> None:
        if self.is_running() or not self.state.trains:
            return
        new = self.state.duplicate_run(max(self.run_list.currentRow(), 0))
        self._fill_run_list(new)
        self._redraw()

    def remove_run(self) -> None:
        if self.is_running() or len(self.state.runs) <= 1:
            return
        row = max(self.run_list.currentRow(), 0)
        self.state.remove_run(row)
        self._fill_run_list(row)
        self._redraw()

    def reset_runs(self) -> None:
        if self.is_running():
            return
        self.state.reset_runs()
        self._fill_run_list(0)
        self._redraw()

    # ---- 6.2.2 ----------------------------------------------------------------------------
    def _on_histogram_choice(self) -> None:
        self.state.activation = self.activation_combo.currentText()
        self._redraw_histograms()

    def _on_scale_chosen(self) -> None:
        self.state.scale = ex.SCALES[self.scale_combo.currentText()]
        self._redraw_histograms()

    def _on_slider(self, position: int) -> None:
        self.state.scale = _std_of_slider(position)
        self._redraw_histograms()

    def _show_scale_value(self) -> None:
        scale = self.state.scale
        if isinstance(scale, str):
            text = {"xavier": self.tr("Xavier: std 1/√100"), "he": self.tr("He: std √(2/100)")}
            self.scale_value.setText(text[scale])
        else:
            self.scale_value.setText(self.tr("std {std:.3g}").format(std=scale))

    def _redraw_histograms(self) -> None:
        self._show_scale_value()
        self.histograms.show_distributions(self.state.distributions())

    # ---- running --------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def start(self) -> None:
        if self.is_running() or not self.state.trains:
            return
        if not mnist_available() and not ensure_mnist(self):
            return
        self.state.start()
        self._error = ""
        self._redraw()  # the empty plots and their legend now, not in the middle of the race
        worker = GeneratorWorker(
            lambda e=self.state.experiment, r=tuple(self.state.runs), s=self.state.seed: (
                experiment_steps(e, r, s)
            ),
            max_rate=10,
        )
        worker.progressed.connect(self._on_progress)
        worker.paused.connect(self._update_controls)
        worker.resumed.connect(self._update_controls)
        worker.errored.connect(self._on_error)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        worker.start()
        self._redraw_timer.start()
        self._update_controls()

    def toggle_pause(self) -> None:
        if not self.is_running():
            return
        if self._worker.is_paused():
            self._worker.resume()
        else:
            self._worker.pause()

    def stop(self) -> None:
        if self.is_running():
            self._worker.stop()  # returns once the thread has ended; `finished` has run

    def _on_progress(self, items: list) -> None:
        self.state.add(items)
        self._dirty = True

    def _on_error(self, error) -> None:
        if isinstance(error, (MnistError, OSError)):
            self._error = self.tr("MNIST could not be read: {error}").format(error=error)
        else:
            self._error = str(error)

    def _on_finished(self) -> None:
        self._worker = None
        self._redraw_timer.stop()
        if self._closing:
            return
        self._redraw()
        self._update_controls()
        if self._error:
            QMessageBox.warning(self, self.title(), self._error)

    # ---- drawing --------------------------------------------------------------------------
    def _redraw_if_new(self) -> None:
        if self._dirty:
            hold_workers_until_drawn()
            self._redraw()

    def _redraw(self) -> None:
        self._dirty = False
        results = self.state.results or ex.new_results(self.state.runs)
        page = self.pages.currentIndex()
        if page == CURVES_PAGE:
            self.curves.show_results(self.state.experiment, results)
        elif page == GRID_PAGE:
            self.grid.show_results(results)
        elif page == SEARCH_PAGE:
            self.search.show_results(results)
        self._show_status()

    def _show_status(self) -> None:
        if self._error:
            self.status.setText(self._error)
            return
        if not self.state.trains:
            self.status.setText("")
            return
        results = self.state.results
        if not results:
            self.status.setText(self.tr("{n} runs ready.").format(n=len(self.state.runs)))
            return
        steps = sum(len(r.loss) for r in results)
        finished = self.state.finished_runs()
        text = self.tr("{done} of {n} runs finished · {steps} mini-batches trained").format(
            done=finished, n=len(results), steps=steps
        )
        if self.state.experiment.trials:
            done = [r for r in results if r.finished]
            best, lr_range, decay_range = ex.best_ranges(done)
            if best:  # 6.5's narrowing step: where the best trials' values lie
                text += "\n" + self.tr(
                    "Best {n}: lr {lr0:.2g} to {lr1:.2g}, weight decay {wd0:.2g} to {wd1:.2g}"
                ).format(
                    n=len(best),
                    lr0=lr_range[0],
                    lr1=lr_range[1],
                    wd0=decay_range[0],
                    wd1=decay_range[1],
                )
        errors = [f"{r.label}: {r.error}" for r in results if r.error]
        if errors:
            text += "\n" + "\n".join(errors[:3])
        self.status.setText(text)

    def _update_controls(self) -> None:
        running = self.is_running()
        paused = running and self._worker.is_paused()
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        for widget in (self.experiment_list, self.runs_box):
            widget.setEnabled(not running)
        self.export_button.setEnabled(bool(self.state.results) and not running)
        self.plot_export_button.setEnabled(not running)

    # ---- export ---------------------------------------------------------------------------
    def export_csv(self, path) -> None:
        """Write every run's numbers to ``path`` (raises OSError)."""
        Path(path).write_text(self.state.csv_text(), encoding="utf-8")

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export numbers"), f"{self.state.name}.csv", self.tr("CSV (*.csv)")
        )
        if not path:
            return
        try:
            self.export_csv(path)
        except OSError as error:
            QMessageBox.warning(
                self, self.title(), self.tr("Could not save: {error}").format(error=error)
            )
            return
        self.status.setText(self.tr("Saved {path}").format(path=path))

    def export_plot(self, path) -> Path:
        """The plot on screen as a PNG (twice its size on screen, for print) or an SVG,
        chosen by the extension of ``path``; returns the path written (raises OSError)."""
        return save_figure(self.pages.currentWidget(), path, scale=2, title=self.title())

    def _ask_export_plot(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export plot"),
            f"{self.state.name}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        try:
            path = self.export_plot(path)
        except OSError as error:
            QMessageBox.warning(
                self, self.title(), self.tr("Could not save: {error}").format(error=error)
            )
            return
        self.status.setText(self.tr("Saved {path}").format(path=path))

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        s = self.state
        runs = [{"label": run.label, **run.as_dict()} for run in s.runs]
        names = {value: name for name, value in ex.SCALES.items()}
        scale = names.get(s.scale, s.scale)
        scale = scale if isinstance(scale, str) else float(scale)
        return {"experiment": s.name, "runs": runs, "activation": s.activation, "scale": scale}

    def apply_lesson_state(self, state: dict) -> list[str]:
        """The experiment with the lesson's runs (the book's when none are given); nothing runs
        until Start."""
        from dataclasses import fields

        self.stop()
        skipped = []
        name = state.get("experiment", EXPERIMENT_ORDER[0])
        self.choose(name)
        self.state.choose(name)
        if "runs" in state:
            known = {f.name for f in fields(ex.RunSettings)}
            runs = []
            for raw in state["runs"]:
                values = {k: v for k, v in raw.items() if k in known}
                if "hidden" in values:
                    values["hidden"] = tuple(values["hidden"])
                try:
                    run = ex.RunSettings(**values)
                    run.check()
                except (TypeError, ValueError) as error:
                    skipped.append(
                        self.tr("The run {0} was skipped: {1}").format(raw.get("label", "?"), error)
                    )
                    continue
                runs.append(run)
            if runs:
                self.state._runs[name] = runs
            else:
                self.state.reset_runs()
        else:
            self.state.reset_runs()
        self.state.results = []
        self.activation_combo.setCurrentText(state.get("activation", "sigmoid"))
        scale = state.get("scale", "std 1")
        if isinstance(scale, str):
            self.scale_combo.setCurrentText(scale)
            self.state.scale = ex.SCALES[scale]
        else:
            self.state.scale = scale
        self._show_experiment()
        return skipped

    # ---- presenting and the keyboard (nnviz.ui.shortcuts) ----------------------------------
    def step_actions(self) -> dict:
        """Space runs the experiment, then pauses and resumes it."""
        return {"play": self.start_or_pause}

    def start_or_pause(self) -> None:
        if self.is_running():
            self.toggle_pause()
        else:
            self.start()

    # ---- the Code panel (issue 21) ------------------------------------------------------------

    def code_view(self) -> CodeView:
        """The selected run's optimizer and net; the activations experiment's histograms."""
        if not self.state.trains:
            return CodeView((CodeItem(ex.activation_histograms),))
        runs = self.state.runs
        row = min(max(self.run_list.currentRow(), 0), len(runs) - 1)
        run = runs[row] if runs else ex.RunSettings()
        return training_code(run.optimizer, run.activation, "multi_layer_extend")
