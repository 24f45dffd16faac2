"""Training tab, ch5-8: build an MLP or a ConvNet, train it on MNIST in the worker, watch it learn.

The builder (builder.py) edits a Qt-free spec (spec.py); Start hands a TrainingRun
(session.py) to the one worker; what the run yields arrives in batches and goes to the views
(views.py), which redraw at most four times a second.
"""

from __future__ import annotations

import copy
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnviz import paths
from nnviz.engine import DivergenceError, EpochEvent, MnistError, StepEvent
from nnviz.ui.tabs.training.builder import BuilderPanel
from nnviz.ui.tabs.training.panels import (
    LAYERS_PAGE,
    MISTAKES_PAGE,
    WEIGHTS_PAGE,
    CurvesPanel,
    ResultsPanel,
)
from nnviz.ui.tabs.training.session import (
    DataReady,
    EvalProgress,
    Evaluation,
    TimeLeft,
    TrainingRun,
    WeightsPicture,
    evaluation_steps,
    format_duration,
    mnist_data,
    mnist_is_loaded,
    model_mismatch,
    summarize_net,
)
from nnviz.ui.tabs.training.spec import (
    architecture_name,
    check_training,
    net_spec_from_engine,
    summarize,
)
from nnviz.ui.widgets.code_source import CodeView, training_code
from nnviz.ui.widgets.mnist_download import ensure_mnist
from nnviz.ui.widgets.scroll import vertical_scroll
from nnviz.ui.widgets.tab_page import TabPage
from nnviz.ui.worker import GeneratorWorker, hold_workers_while_retranslating

SIDE_PANEL_WIDTH = 400
STATUS_SECONDS = 1.0  # the "it/s, time left" text changes at most once a second
REDRAW_MS = 250  # the views redraw at most 4 times a second, however fast the worker runs
BANNER_STYLE = (
    "background: #fdecea; color: #8e1b12; border: 1px solid #f5c2bd; border-radius: 4px;"
    "padding: 6px;"
)


class TrainingTab(TabPage):
    """Build, train, watch; the trained network goes to the drawing pad at one click."""

    TAB_ID = "training"
    model_ready = Signal(object, str)  # (a copy of the trained net, its name)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._worker: GeneratorWorker | None = None
        self._mode = ""  # "train" or "evaluate" while a worker runs
        self._run: TrainingRun | None = None
        self._error: Exception | None = None
        self._after_stop = "evaluate"
        self._closing = False
        self._model = None
        self._model_name = ""
        self._saved_model = None  # the model as last loaded from or saved to a file
        self._evaluation: Evaluation | None = None
        self._last_step: StepEvent | None = None
        self._steps_to_show = False
        self._status_shown = 0.0  # perf_counter() of the last "it/s, time left" text
        self._max_iter = 0
        self._epochs = 0
        self._status = lambda: ""
        self._banner = lambda: ""
        self._loaded_rows = None  # summary of a loaded model the builder cannot describe
        # What the views' results belong to: (net spec, train spec) of a run; (net spec or None,
        # None) for a loaded model; None when the views are empty. Compared with the builder's.
        self._results_for = None
        self._results_name = ""  # the architecture or file name of that run or model
        self._run_failed = False  # the last training run ended in divergence or an error
        self._eta = TimeLeft()

        # ---- views ----
        self.builder = BuilderPanel()
        self.builder.changed.connect(self._builder_changed)
        self.builder.changed.connect(self.code_changed)
        self.curves = CurvesPanel()
        self.results = ResultsPanel(self.builder.summary_box)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        # Short names for what tests and the benchmark look at.
        self.loss_view = self.curves.loss_view
        self.accuracy_view = self.curves.accuracy_view
        self.weights_view = self.results.weights_view
        self.confusion_view = self.results.confusion_view
        self.mistakes_view = self.results.mistakes_view

        views_split = QSplitter(Qt.Orientation.Vertical)
        views_split.addWidget(self.curves)
        views_split.addWidget(self.results)
        views_split.setSizes([400, 360])
        views = QWidget()
        views_layout = QVBoxLayout(views)
        views_layout.setContentsMargins(0, 0, 0, 0)
        views_layout.addWidget(self.banner)
        views_layout.addWidget(views_split, 1)

        # ---- side panel ----
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        self.builder_holder = builder_holder = QWidget()
        holder_layout = QVBoxLayout(builder_holder)
        holder_layout.addWidget(self.heading)
        holder_layout.addWidget(self.explanation)
        holder_layout.addWidget(self.builder)
        holder_layout.addStretch(1)
        self.scroll = vertical_scroll(builder_holder)

        self.start_button = QPushButton()
        self.pause_button = QPushButton()
        self.stop_button = QPushButton()
        self.start_button.clicked.connect(self.start_training)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop_training)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b71c1c;")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.draw_button = QPushButton()
        self.draw_button.clicked.connect(self.use_in_drawing_pad)
        # Ch8 fig. 8-3 without retraining: a bundled model's test accuracy and its mistakes.
        self.evaluate_button = QPushButton()
        self.evaluate_menu = QMenu(self.evaluate_button)
        self.evaluate_actions = {}
        for name in paths.BUNDLED_MODELS:
            action = self.evaluate_menu.addAction("")
            action.triggered.connect(getattr(self, f"evaluate_bundled_{name}"))
            self.evaluate_actions[name] = action
        self.evaluate_button.setMenu(self.evaluate_menu)

        controls = QWidget()
        controls_layout = QVBoxLayout(controls)
        controls_layout.setContentsMargins(6, 0, 6, 6)
        controls_layout.addLayout(buttons)
        controls_layout.addWidget(self.reason)
        controls_layout.addWidget(self.progress)
        controls_layout.addWidget(self.status)
        controls_layout.addWidget(self.draw_button)
        controls_layout.addWidget(self.evaluate_button)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.scroll, 1)
        side_layout.addWidget(controls)
        self.side = side

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(views)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1280 - SIDE_PANEL_WIDTH, SIDE_PANEL_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self._redraw)

        self.retranslate()
        self._builder_changed()
        self._apply_fonts()

    # ---- TabPage ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Training")

    def chapter_note(self) -> str:
        return self.tr("Chapters 5–8: backpropagation, training techniques, CNNs, deep networks")

    def accepts_model(self) -> bool:
        return True

    def current_model(self):
        return self._model

    def set_model(self, net, name: str) -> bool:
        """A model from a file: show its layers and evaluate it on the test set.

        A model that does not read 28×28 digits into 10 scores is refused with a message; the
        current model, views and run stay as they were. Returns whether it was taken.
        """
        mismatch = model_mismatch(net)
        if mismatch is not None:
            self._refuse_model(name, mismatch)
            return False
        self._stop_worker(after="nothing")
        self._model, self._model_name = net, name
        self._saved_model = net
        spec = net_spec_from_engine(getattr(net, "spec", {}) or {})
        self._loaded_rows = None
        if spec is not None:
            self.builder.set_net_spec(spec)
        else:
            self._loaded_rows = summarize_net(net)
            self._builder_changed()
        self._clear_views()
        self._results_for = (self.builder.net_spec() if spec is not None else None, None)
        self._results_name = name
        self._run_failed = False
        self.model_ready.emit(copy.deepcopy(net), name)  # copied before a worker reads it
        self._set_status(lambda: self.tr("Evaluating {0} on the test set…").format(name))
        self._start_evaluation(net)
        return True

    def evaluate_bundled_simple(self) -> None:
        self.evaluate_bundled("simple")

    def evaluate_bundled_deep(self) -> None:
        self.evaluate_bundled("deep")

    def evaluate_bundled(self, name: str) -> bool:
        """Load a bundled model ("simple" or "deep") and evaluate it in the worker: its test
        accuracy, confusion matrix and misclassified digits (the book's figure 8-3)."""
        from nnviz.engine.model_io import ModelFileError, load_model

        if self.is_training():
            return False
        path = paths.bundled_model_path(name)
        try:
            net = load_model(path)
        except (ModelFileError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Evaluate a bundled model"),
                self.tr("Could not open the bundled model {0}:\n{1}").format(path.name, error),
            )
            return False
        label = self.tr("{0} (bundled)").format(type(net).__name__)
        taken = self.set_model(net, label)
        if taken:
            self.results.setCurrentWidget(self.mistakes_view)  # figure 8-3 is what was asked for
        return taken

    def _refuse_model(self, name: str, mismatch: str) -> None:
        if mismatch == "outputs":
            reason = self.tr("it does not give 10 scores, one for each digit 0–9.")
        else:
            reason = self.tr(
                "it does not take 28×28 grey images, the size of the MNIST digits (it was made "
                "for other images, e.g. in colour or of another size)."
            )
        QMessageBox.warning(
            self,
            self.tr("Open model"),
            self.tr(
                "{0} cannot be used in the Training tab: {1}\nThe current model is kept."
            ).format(name, reason),
        )

    def model_saved(self, net) -> None:
        self._saved_model = net

    def unfinished_work(self) -> str:
        if self.is_training():
            return self.tr("Training is running — stop it and quit?")
        if self._model is not None and self._model is not self._saved_model:
            return self.tr("The trained model is not saved (File ▸ Save model) — quit anyway?")
        return ""

    def shutdown(self) -> None:
        self._closing = True
        self._stop_worker(after="nothing")
        self._redraw_timer.stop()

    def prepare_screenshot(self) -> None:
        """A finished short run (trained here, synchronously): curves and misclassified digits."""
        if self._model is None and not self.is_busy():
            self.builder.train_size.setValue(6000)
            self.builder.epochs.setValue(4)
            self.run_synchronously()
            self.results.setCurrentIndex(MISTAKES_PAGE)
            self.mistakes_view.gallery.setCurrentRow(0)

    # ---- state -----------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def is_training(self) -> bool:
        return self.is_busy() and self._mode == "train"

    def problems(self) -> list:
        summary = summarize(self.builder.net_spec())
        return [*summary.problems, *check_training(self.builder.train_spec())]

    # ---- builder ---------------------------------------------------------------------------
    def _builder_changed(self) -> None:
        if self.sender() is self.builder:
            self._loaded_rows = None
            if not self.is_busy():
                self.results.setCurrentIndex(LAYERS_PAGE)  # editing: show the layers it makes
        spec = self.builder.net_spec()
        summary = summarize(spec)
        problems = [*summary.problems, *check_training(self.builder.train_spec())]
        self.builder.set_problems(problems)
        rows = self._loaded_rows or summary.rows
        total = sum(row.params for row in rows)
        self.builder.show_summary(
            rows, self.tr("{0:,} parameters to learn").format(total) if rows else ""
        )
        self._mark_previous()
        self._update_controls()

    def shows_previous_results(self) -> bool:
        """True when the curves and results on screen are not of the network the builder shows
        (the student changed it since): they are then greyed and titled as the previous run's."""
        if self._results_for is None or self.is_busy():
            return False
        net_spec, train_spec = self._results_for
        if net_spec is None or net_spec != self.builder.net_spec():
            return self._loaded_rows is None  # a loaded model the builder cannot describe
        return train_spec is not None and train_spec != self.builder.train_spec()

    def _previous_note(self) -> str:
        if not self.shows_previous_results():
            return ""
        return self.tr("previous run: {0}").format(self._results_name)

    def _mark_previous(self) -> None:
        note = self._previous_note()
        if note != self.results.previous_note:
            self.curves.set_previous(note)
            self.results.set_previous(note)
            self._show_status()

    def _update_controls(self) -> None:
        busy, training = self.is_busy(), self.is_training()
        problems = self.problems()
        self.start_button.setEnabled(not busy and not problems)
        if problems and not busy:
            first = self.builder.problem_text(problems[0])
            self.reason.setText(self.tr("Start is disabled: {0}").format(first))
            self.reason.show()
        else:
            self.reason.hide()
        self.pause_button.setEnabled(training)
        self.pause_button.setText(
            self.tr("Resume") if training and self._worker.is_paused() else self.tr("Pause")
        )
        self.stop_button.setEnabled(busy)
        self.builder.set_editable(not busy)
        usable = self._model is not None and not self._run_failed
        self.draw_button.setEnabled(usable and not training)
        self.evaluate_button.setEnabled(not training)
        if self._run_failed and self._model is not None:
            self.draw_button.setToolTip(
                self.tr(
                    "The last run did not finish, so there is no network from it. Train again, "
                    "or open a model file."
                )
            )
        else:
            self.draw_button.setToolTip(
                self.tr("The drawing pad recognises your digits with the network trained here.")
            )
        window = self.window()
        pages = getattr(window, "pages", None)
        self.draw_button.setVisible(bool(pages) and "draw" in pages)

    def _apply_fonts(self) -> None:
        """Fonts derived from the app's text size (View > Larger text), and room for them."""
        base = QApplication.font()
        heading = QFont(base)
        heading.setBold(True)
        heading.setPointSizeF(base.pointSizeF() * 1.2)
        self.heading.setFont(heading)
        bold = QFont(base)
        bold.setBold(True)
        self.start_button.setFont(bold)
        # Room for two lines of status ("Previous run: …: Done: …" wraps at 1024 px).
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        # The side panel is as wide as its widest row needs, never narrower than the default.
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        need = self.builder_holder.minimumSizeHint().width() + scrollbar + 8
        self.side.setMinimumWidth(max(SIDE_PANEL_WIDTH, need))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "side"):
            self._apply_fonts()

    def showEvent(self, event) -> None:
        self._update_controls()  # the draw tab is known once the tab sits in the window
        # A language switch retranslates every tab: training waits, or it fights for the GIL.
        hold_workers_while_retranslating(self.window())
        super().showEvent(event)

    # ---- run control ----------------------------------------------------------------------
    def start_training(self) -> None:
        if self.is_busy() or self.problems():
            return
        if not mnist_is_loaded() and not ensure_mnist(self):
            return  # missing and not downloaded: ensure_mnist has told the user why
        net_spec, train = self.builder.net_spec(), self.builder.train_spec()
        self._clear_views()
        self._run = TrainingRun(net_spec, train)
        self._results_for, self._results_name = (net_spec, train), architecture_name(net_spec)
        self._run_failed = False
        self._max_iter, self._epochs = 0, train.epochs
        self._set_status(self._loading_text)
        self._choose_weights_view(net_spec)
        self.curves.set_run_length(train.epochs)
        self.results.setCurrentIndex(WEIGHTS_PAGE)
        self._start_worker(self._run.steps, "train")

    def _choose_weights_view(self, net_spec) -> None:
        # An MLP's 28×28 weights start as noise that hides what is learnt: show the change.
        # Conv filters start tiny (std 0.01) and Adam moves every weight by about lr a step, so
        # their change is a flat wash: show the filters themselves.
        self.results.change_check.setChecked(net_spec.kind == "mlp")

    def toggle_pause(self) -> None:
        if not self.is_training():
            return
        if self._worker.is_paused():
            self._worker.resume()
        else:
            self._worker.pause()

    def stop_training(self) -> None:
        """Stop: the network trained so far is kept and evaluated."""
        self._stop_worker(after="evaluate")

    def _stop_worker(self, after: str) -> None:
        if self.is_busy():
            self._after_stop = after
            self._worker.stop()  # returns once the thread has ended; `finished` has run

    def _start_worker(self, make_generator, mode: str) -> None:
        self._mode = mode
        self._error = None
        self._after_stop = "evaluate"
        self._eta.reset()
        # 10 batches a second are plenty for views redrawn 4 times a second; each batch costs
        # the worker a GIL hand-over.
        worker = GeneratorWorker(make_generator, max_rate=10)
        worker.progressed.connect(self._on_progress)
        worker.paused.connect(self._on_paused)
        worker.resumed.connect(self._on_resumed)
        worker.errored.connect(self._on_error)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        worker.start()
        self._redraw_timer.start()
        self._update_controls()

    def _start_evaluation(self, net) -> None:
        if not mnist_is_loaded() and not ensure_mnist(self):
            return

        def steps():
            _, (x_test, t_test) = mnist_data()
            yield from evaluation_steps(net, x_test, t_test)

        self._start_worker(steps, "evaluate")

    def run_synchronously(self) -> None:
        """Train the builder's network here, in the GUI thread (screenshots, quick checks)."""
        net_spec, train = self.builder.net_spec(), self.builder.train_spec()
        self._clear_views()
        self._run = TrainingRun(net_spec, train)
        self._results_for, self._results_name = (net_spec, train), architecture_name(net_spec)
        self._run_failed = False
        self._mode, self._epochs = "train", train.epochs
        self._choose_weights_view(net_spec)
        self.curves.set_run_length(train.epochs)
        for item in self._run.steps():
            self._on_progress([item])
        self._mode = ""
        self._take_model(self._run)
        self._redraw()
        self._set_status(self._done_text)
        self._update_controls()

    # ---- from the worker (GUI thread) ------------------------------------------------------
    def _on_progress(self, items: list) -> None:
        picture, stepped = None, False
        for item in items:
            if isinstance(item, StepEvent):
                stepped = True
                if self._last_step is None:
                    self.curves.set_run_length(self._epochs, item.max_iter)
                self.loss_view.add(item.iteration, item.loss)
                self._last_step = item
                self._max_iter = item.max_iter
            elif isinstance(item, EpochEvent):
                self.accuracy_view.add(item.epoch, item.train_acc, item.test_acc)
                self.accuracy_view.redraw()  # once an epoch: cheap
            elif isinstance(item, WeightsPicture):
                picture = item
            elif isinstance(item, EvalProgress):
                stepped = self._steps_to_show = False  # training is over: the bar counts images
                self.progress.setRange(0, item.total)
                self.progress.setValue(item.done)
                self._set_status(lambda d=item.done, n=item.total: self._evaluating_text(d, n))
            elif isinstance(item, Evaluation):
                self._evaluation = item
                self.results.show_evaluation(item)
                self._show_final_progress()
            elif isinstance(item, DataReady):
                self.curves.set_data_info(item)
                self._set_status(self._starting_text)
        if picture is not None:
            self.results.show_picture(picture)
        if stepped:
            self._eta.add(self._last_step.iteration, self._last_step.max_iter)
            self._steps_to_show = True  # shown by _redraw: a repaint per batch cost ~7 ms

    def _show_step_progress(self) -> None:
        step = self._last_step
        self.progress.setRange(0, step.max_iter)
        self.progress.setValue(step.iteration)
        # A new text relays out the side panel (~4 ms): once a second is enough for it/s.
        now = time.perf_counter()
        paused = self._worker is not None and self._worker.is_paused()
        if not paused and now - self._status_shown >= STATUS_SECONDS:
            self._status_shown = now
            self._set_status(self._training_text)

    def _show_final_progress(self) -> None:
        """The bar ends where training ended: 319 of 1200 iterations after a Stop reads 27 %, not
        the 100 % of the test that followed it. A loaded model's test fills it."""
        step = self._last_step
        if step is not None:
            self.progress.setRange(0, step.max_iter)
            self.progress.setValue(step.iteration)
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)

    def _on_paused(self) -> None:
        self._eta.reset()
        self._redraw()
        self._set_status(self._paused_text)
        self._update_controls()

    def _on_resumed(self) -> None:
        self._eta.reset()
        self._set_status(self._training_text)
        self._update_controls()

    def _on_error(self, error: Exception) -> None:
        self._error = error
        if self._mode == "train":
            self._run_failed = True
            if isinstance(error, DivergenceError):
                self.curves.redraw()  # the points before it first, then where it happened
                self.loss_view.mark_divergence(error.iteration, error.loss)
        self._set_banner(lambda e=error: self._error_text(e))

    def _on_finished(self) -> None:
        worker, mode, run = self._worker, self._mode, self._run
        stopped = worker is not None and not self._error and worker.stop_requested()
        self._worker = None
        self._mode = ""
        self._redraw_timer.stop()
        self._redraw()
        if mode == "train":
            if self._error is not None:
                self._set_status(self._failed_text)
            elif stopped:
                # Stop button: keep and test what was learnt. Closing or loading a model: don't.
                keep = self._after_stop == "evaluate" and not self._closing
                self._set_status(self._stopped_text)
                if keep and self._take_model(run):
                    self._start_evaluation(self._model)
                    return
            else:
                self._take_model(run)
                self._set_status(self._done_text)
        elif mode == "evaluate":
            if self._error is not None:
                self._set_status(self._failed_text)
            elif self._evaluation is not None:
                self._set_status(self._evaluated_text)
        self._update_controls()

    def _take_model(self, run: TrainingRun | None) -> bool:
        """After the worker has ended, the run's net is nobody else's: it becomes the model."""
        if run is None or run.net is None or run.trainer is None or run.trainer.current_iter == 0:
            return False
        self._model = run.net
        self._run_failed = False
        self._model_name = self.tr("{0}, trained here").format(architecture_name(run.net_spec))
        self.model_ready.emit(copy.deepcopy(self._model), self._model_name)
        return True

    # ---- drawing pad -----------------------------------------------------------------------
    def use_in_drawing_pad(self) -> None:
        """Hand (a copy of) the trained network to the drawing pad and show it."""
        pages = getattr(self.window(), "pages", {})
        draw = pages.get("draw")
        if draw is None or self._model is None or self._run_failed:
            return
        draw.set_model(copy.deepcopy(self._model), self._model_name, source="trained")
        if hasattr(self.window(), "show_tab"):
            self.window().show_tab("draw")

    # ---- views -----------------------------------------------------------------------------
    def _clear_views(self) -> None:
        if self.results.previous_note:
            self.curves.set_previous("")
            self.results.set_previous("")
        self._evaluation = None
        self._last_step = None
        self._steps_to_show = False
        self._status_shown = 0.0
        self._error = None
        self._set_banner(lambda: "")
        self.curves.clear()
        self.results.clear()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

    def _redraw(self) -> None:
        self.curves.redraw()
        if self._steps_to_show and self._last_step is not None:
            self._steps_to_show = False
            self._show_step_progress()

    # ---- text ------------------------------------------------------------------------------
    def _set_status(self, text_fn) -> None:
        self._status = text_fn
        self._show_status()

    def _show_status(self) -> None:
        text = self._status()
        note = self.results.previous_note
        if note and text:
            text = self.tr("{0}: {1}").format(note[:1].upper() + note[1:], text)
        self.status.setText(text)

    def _set_banner(self, text_fn) -> None:
        self._banner = text_fn
        text = text_fn()
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _loading_text(self) -> str:
        return self.tr("Loading MNIST…")

    def _starting_text(self) -> str:
        return self.tr("Measuring the untrained network's accuracy (epoch 0)…")

    def _training_text(self) -> str:
        step = self._last_step
        if step is None:
            return self._loading_text()
        rate, left = self._eta.rate(), self._eta.seconds_left()
        if rate is None or left is None:
            return self.tr(
                "Epoch {0} of {1} · iteration {2} of {3} · estimating the time left…"
            ).format(step.epoch, self._epochs, step.iteration, step.max_iter)
        return self.tr("Epoch {0} of {1} · {2:.1f} iterations/s · about {3} left").format(
            step.epoch, self._epochs, rate, format_duration(left)
        )

    def _paused_text(self) -> str:
        step = self._last_step
        if step is None:
            return self.tr("Paused.")
        return self.tr("Paused at iteration {0} of {1}.").format(step.iteration, step.max_iter)

    def _evaluating_text(self, done: int, total: int) -> str:
        return self.tr("Testing the network on {0:,} of {1:,} test images…").format(done, total)

    def _done_text(self) -> str:
        ev = self._evaluation
        if ev is None:
            return self.tr("Done.")
        return self.tr("Done: {0:.2%} of the {1:,} test images recognised.").format(
            ev.accuracy, ev.total
        )

    def _stopped_text(self) -> str:
        step = self._last_step
        iteration = step.iteration if step else 0
        ev = self._evaluation
        if ev is not None:
            return self.tr(
                "Stopped at iteration {0}; the network trained so far recognises {1:.2%} of the "
                "test images."
            ).format(iteration, ev.accuracy)
        return self.tr("Stopped at iteration {0}.").format(iteration)

    def _evaluated_text(self) -> str:
        ev = self._evaluation
        if self._last_step is not None:
            return self._stopped_text()
        return self.tr("{0}: {1:.2%} of the {2:,} test images recognised.").format(
            self._model_name, ev.accuracy, ev.total
        )

    def _failed_text(self) -> str:
        if isinstance(self._error, DivergenceError):
            return self.tr("Training stopped: it diverged.")
        return self.tr("Stopped by an error.")

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, DivergenceError):
            lr = error.lr if error.lr is not None else self.builder.lr.value()
            return self.tr(
                "Training diverged at iteration {0}: the loss shot up to {1} instead of falling, "
                "so training was stopped. The learning rate {2:g} is too large: try a smaller "
                "one, such as {3:g}."
            ).format(error.iteration, f"{error.loss:.3g}", lr, lr / 100)
        if isinstance(error, MnistError):
            return self.tr("The MNIST data could not be loaded: {0}").format(error)
        return self.tr("Training stopped because of an error: {0}").format(error)

    def retranslate(self) -> None:
        self.heading.setText(self.chapter_note())
        self.explanation.setText(
            self.tr(
                "Build a network, then train it on the MNIST handwritten digits. The loss falls "
                "as the weights learn; after each epoch the accuracy on training and test images "
                "is measured. When the two lines part, the network is overfitting: try 300 "
                "training images, then weight decay or dropout."
            )
        )
        self.builder.retranslate()
        self.curves.retranslate()
        self.results.retranslate()
        self.start_button.setText(self.tr("Start"))
        self.stop_button.setText(self.tr("Stop"))
        self.draw_button.setText(self.tr("Use in the drawing pad"))
        self.evaluate_button.setText(self.tr("Evaluate a bundled model"))
        self.evaluate_button.setToolTip(
            self.tr(
                "Test accuracy, confusion matrix and misclassified digits (the book's figure "
                "8-3) of a network that comes with nnviz, without training it again"
            )
        )
        self.evaluate_actions["simple"].setText(self.tr("SimpleConvNet (chapter 7)"))
        self.evaluate_actions["deep"].setText(self.tr("DeepConvNet (chapter 8)"))
        self.draw_button.setToolTip(
            self.tr("The drawing pad recognises your digits with the network trained here.")
        )
        self._set_banner(self._banner)
        if hasattr(self, "_redraw_timer"):
            self._builder_changed()  # also renames a previous run's note in the new language
        self._show_status()

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        net, train = self.builder.net_spec(), self.builder.train_spec()
        state = {
            "kind": net.kind,
            "hidden": [int(u) for u in net.hidden],
            "activation": net.activation,
            "weight_init": net.weight_init,
            "batchnorm": bool(net.use_batchnorm),
            "dropout": float(net.dropout_ratio),
            "weight_decay": float(net.weight_decay),
            "filter_num": int(net.filter_num),
            "filter_size": int(net.filter_size),
            "stride": int(net.stride),
            "pad": int(net.pad),
            "conv_hidden": int(net.conv_hidden),
            "optimizer": train.optimizer,
            "lr": float(train.lr),
            "batch_size": int(train.batch_size),
            "epochs": int(train.epochs),
            "train_size": int(train.train_size),
            "seed": int(train.seed),
        }
        lesson_model = getattr(self, "_lesson_model", None)
        if lesson_model is not None and lesson_model[1] is self._model:
            state["model"] = lesson_model[0]  # the file's path (or a bundled name), no weights
        return state

    def apply_lesson_state(self, state: dict) -> list[str]:
        """The network and training settings (a missing one takes its default; the optimizer
        and lr the book's for the kind), and a model file to evaluate, if the lesson names one.
        Nothing trains until Start."""
        from pathlib import Path

        from nnviz.engine.model_io import ModelFileError, load_model
        from nnviz.ui.tabs.training.spec import NetSpec, TrainSpec

        self._stop_worker(after="nothing")
        skipped = []
        fresh, train = NetSpec(), TrainSpec()
        net = NetSpec(
            kind=state.get("kind", fresh.kind),
            hidden=list(state.get("hidden", fresh.hidden)),
            activation=state.get("activation", fresh.activation),
            weight_init=state.get("weight_init", fresh.weight_init),
            use_batchnorm=state.get("batchnorm", fresh.use_batchnorm),
            dropout_ratio=state.get("dropout", fresh.dropout_ratio),
            weight_decay=state.get("weight_decay", fresh.weight_decay),
            filter_num=state.get("filter_num", fresh.filter_num),
            filter_size=state.get("filter_size", fresh.filter_size),
            stride=state.get("stride", fresh.stride),
            pad=state.get("pad", fresh.pad),
            conv_hidden=state.get("conv_hidden", fresh.conv_hidden),
        )
        b = self.builder
        b.set_net_spec(net)
        b.blockSignals(True)
        try:
            b._kind_chosen()  # the book's optimizer and lr for this kind of network
            if "optimizer" in state:
                b.optimizer.setCurrentIndex(b.optimizer.findData(state["optimizer"]))
            if "lr" in state:
                b.lr.setValue(state["lr"])
            b.batch_size.setValue(state.get("batch_size", train.batch_size))
            b.epochs.setValue(state.get("epochs", train.epochs))
            b.train_size.setValue(state.get("train_size", train.train_size))
            b.seed.setValue(state.get("seed", train.seed))
        finally:
            b.blockSignals(False)
        self._builder_changed()
        model = state.get("model")
        if model in ("simple", "deep"):
            if self.evaluate_bundled(model):
                self._lesson_model = (model, self._model)
        elif model:
            try:
                loaded = load_model(model)
            except (ModelFileError, OSError) as error:
                loaded = None
                skipped.append(self.tr("The model {0} was skipped: {1}").format(model, error))
            if loaded is not None and model_mismatch(loaded) is not None:
                skipped.append(
                    self.tr("The model {0} was skipped: it does not read MNIST digits.").format(
                        model
                    )
                )
            elif loaded is not None and self.set_model(loaded, Path(model).name):
                self._lesson_model = (model, self._model)
        return skipped

    # ---- presenting and the keyboard (nnviz.ui.shortcuts) ----------------------------------
    def presenter_hidden_widgets(self) -> list:
        """The whole side column: the builder and the run's buttons (Space still drives it)."""
        return [self.side]

    def step_actions(self) -> dict:
        """Space starts a training, then pauses and resumes it."""
        return {"play": self.start_or_pause}

    def start_or_pause(self) -> None:
        if self.is_training():
            self.toggle_pause()
        else:
            self.start_training()

    # ---- the Code panel (issue 21) ------------------------------------------------------------

    def code_view(self) -> CodeView:
        """The chosen optimizer's update, backprop of the net, one step of the trainer."""
        spec = self.builder.net_spec()
        engine = spec.engine_spec()
        activation = spec.activation if spec.kind == "mlp" else ""
        return training_code(self.builder.train_spec().optimizer, activation, engine["type"])


Tab = TrainingTab
