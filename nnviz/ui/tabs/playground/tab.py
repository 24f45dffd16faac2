"""Playground tab (ch5-6): edit a small network, watch it learn 2-D points live.

The session (session.py, Qt-free) trains in the one worker; the tab passes the user's edits to it
(applied at the next step) and redraws from the Snapshots the worker yields, about 20 a second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnviz.engine.datasets2d import read_points_csv
from nnviz.ui.tabs.playground.network_view import NetworkView
from nnviz.ui.tabs.playground.panels import SettingsPanel
from nnviz.ui.tabs.playground.session import PlaygroundSession, Settings, settings_from_json
from nnviz.ui.tabs.playground.views import LossView, PlaneView
from nnviz.ui.widgets.code_source import CodeView, training_code
from nnviz.ui.widgets.live_label import LiveLabel
from nnviz.ui.widgets.scroll import vertical_scroll
from nnviz.ui.widgets.tab_page import TabPage
from nnviz.ui.worker import GeneratorWorker, after_drawing

SPEEDS = (1, 5, 20, 100, 500, 0)  # steps per second, one per slider notch; 0 = as fast as it goes
MAX_SETUP_BYTES = 1_000_000


class PlaygroundTab(TabPage):
    """Plane with decision regions, neuron pictures, loss curves; settings on the right."""

    TAB_ID = "playground"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = PlaygroundSession()
        self.worker: GeneratorWorker | None = None
        self.last = None  # the latest Snapshot shown

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_pictures())
        splitter.addWidget(self._build_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([640, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._apply_fonts()
        self.retranslate()
        self._show(self.session.snapshot())

    # ---- building -------------------------------------------------------------------------
    def _build_pictures(self) -> QWidget:
        self.plane = PlaneView()
        self.plane.clicked.connect(self.add_point)
        self.loss_view = LossView()
        self.network = NetworkView()
        self.neurons_label = QLabel()

        self.step_button, self.play_button = QPushButton(), QPushButton()
        self.pause_button, self.reset_button = QPushButton(), QPushButton()
        player = QHBoxLayout()
        slots = (self.step, self.play, self.pause, self.reset)
        buttons = (self.step_button, self.play_button, self.pause_button, self.reset_button)
        for button, slot in zip(buttons, slots, strict=True):
            button.clicked.connect(slot)
            player.addWidget(button)
        self.speed_label = QLabel()
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed.setPageStep(1)
        self.speed.valueChanged.connect(self._on_speed)
        player.addSpacing(8)
        player.addWidget(self.speed_label)
        player.addWidget(self.speed, 1)

        self.status = LiveLabel()  # rewritten 20 times a second while training

        top = QHBoxLayout()
        top.addWidget(self.plane, 3)
        side = QVBoxLayout()
        side.addWidget(self.neurons_label)
        side.addWidget(self.network, 1)
        top.addLayout(side, 2)
        column_widget = QWidget()
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top, 3)
        self.loss_view.setMinimumHeight(140)  # two readable curves and their legend
        column.addWidget(self.loss_view, 1)
        column.addLayout(player)
        column.addWidget(self.status)
        return column_widget

    def _build_panel(self):
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.heading, self.intro = QLabel(), QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.settings_panel = SettingsPanel(self.session.settings)
        self.settings_panel.changed.connect(self.change_settings)
        self.settings_panel.changed.connect(self.code_changed)
        layout.addWidget(self.settings_panel)
        files = QHBoxLayout()
        self.save_button, self.open_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save_setup)
        self.open_button.clicked.connect(self.open_setup)
        files.addWidget(self.save_button)
        files.addWidget(self.open_button)
        layout.addLayout(files)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.open_points_csv)
        layout.addWidget(self.csv_button)
        layout.addStretch(1)
        return vertical_scroll(panel, 340, frame=False)

    def _apply_fonts(self) -> None:
        base = QApplication.font()
        heading = QFont(base)
        heading.setPointSizeF(base.pointSizeF() * 1.3)
        heading.setBold(True)
        self.heading.setFont(heading)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "heading"):
            self._apply_fonts()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        self.pause()  # no training behind another tab
        super().hideEvent(event)

    # ---- TabPage ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Playground")

    def chapter_note(self) -> str:
        return self.tr("Chapters 5-6: a small network of the book's layers learns 2-D points live")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Playground"))
        self.intro.setText(
            self.tr(
                "Choose data and a network; press Play. The background shows which class the "
                "network predicts at each point; filled dots train it, hollow dots test it. "
                "Click on the plane to add a point. Changes apply at the next step."
            )
        )
        self.step_button.setText(self.tr("Step"))
        self.play_button.setText(self.tr("Play"))
        self.pause_button.setText(self.tr("Pause"))
        self.reset_button.setText(self.tr("Reset"))
        self.save_button.setText(self.tr("Save setup…"))
        self.open_button.setText(self.tr("Open setup…"))
        self.csv_button.setText(self.tr("Load points from CSV…"))
        self.csv_button.setToolTip(self.tr("One point a line: x1,x2,label (label 0, 1, …)"))
        self.neurons_label.setText(self.tr("Inputs → hidden neurons → outputs"))
        self.neurons_label.setToolTip(
            self.tr(
                "Each picture: the neuron's output over the plane. Hover over an edge: its weight."
            )
        )
        self.neurons_label.setWordWrap(True)
        self.loss_view.set_names(self.tr("training loss"), self.tr("test loss"))
        self.loss_view.setLabel("bottom", self.tr("steps"))
        self.settings_panel.retranslate()
        self._update_speed_label()
        self._update_status()

    def shutdown(self) -> None:
        self.pause()

    def prepare_screenshot(self) -> None:
        """A spiral learnt by a deeper net: boundary, neurons and curves all have shape."""
        self.session.request(
            dataset="spiral",
            hidden=(8, 8, 6),
            activation="tanh",
            noise=0.05,
            lr=0.01,
            batch_size=20,
        )
        self.settings_panel.show_settings(self.session.pending_settings())
        for _ in range(50):
            self.session.step(60)
            self.session.snapshot()  # a point of the loss curves
        self._show(self.session.snapshot())

    # ---- user actions -----------------------------------------------------------------------
    def change_settings(self, change: dict) -> None:
        try:
            self.session.request(**change)
        except ValueError as error:
            self.status.setText(self.tr("Not applied: {0}").format(error))
            return
        self._refresh_if_idle()

    def add_point(self, x1: float, x2: float) -> None:
        """A click on the plane: a training point of the chosen class joins the data."""
        self.session.add_point(x1, x2, self.settings_panel.add_class.currentData() or 0)
        self._refresh_if_idle()

    def _refresh_if_idle(self) -> None:
        if not self.is_playing():
            self.session.apply_pending()
            self._show(self.session.snapshot())

    # ---- the player ---------------------------------------------------------------------------
    def is_playing(self) -> bool:
        return self.worker is not None and self.worker.is_running()

    def play(self) -> None:
        if self.is_playing():
            return
        self.session.speed = SPEEDS[self.speed.value()]
        self.worker = GeneratorWorker(self.session.train_steps)
        self.worker.progressed.connect(self._on_progress)
        self.worker.errored.connect(self._on_error)
        self.worker.finished.connect(self._on_finished)
        self.worker.start()
        self._update_buttons()

    def pause(self) -> None:
        if self.worker is not None:
            worker, self.worker = self.worker, None
            worker.stop()
        if hasattr(self, "play_button"):
            self._update_buttons()

    def step(self) -> None:
        """One step, then the boundary as it is now."""
        self.pause()
        self.session.step(1)
        self._show(self.session.snapshot())

    def reset(self) -> None:
        self.pause()
        self.session.request_reset()
        self.session.apply_pending()
        self._show(self.session.snapshot())

    def _on_speed(self) -> None:
        self.session.speed = SPEEDS[self.speed.value()]  # the generator reads it at each chunk
        self._update_speed_label()

    def _on_progress(self, items: list) -> None:
        if items:
            self._show(items[-1])  # only the newest picture matters
        # The worker trains on once the picture is drawn, instead of competing with the drawing
        # for the GIL.
        after_drawing(self.session.picture_drawn)

    def _on_error(self, error: Exception) -> None:
        self.status.setText(self.tr("Training stopped: {0}").format(error))

    def _on_finished(self) -> None:
        if self.worker is not None and not self.worker.is_running():
            self.worker = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        playing = self.is_playing()
        self.play_button.setEnabled(not playing)
        self.pause_button.setEnabled(playing)

    def _update_speed_label(self) -> None:
        speed = SPEEDS[self.speed.value()]
        text = self.tr("Speed: fastest") if speed == 0 else self.tr("Speed: {0} steps/s")
        self.speed_label.setText(text.format(speed))

    # ---- drawing ------------------------------------------------------------------------------
    def _show(self, snap) -> None:
        self.last = snap
        self.plane.show_snapshot(snap)
        self.network.show_snapshot(snap, self.session.settings.features)
        self.loss_view.show_history(snap.history)
        self._update_status()

    def _update_status(self) -> None:
        snap = self.last
        if snap is None:
            return

        def pct(value: float) -> str:
            return "–" if math.isnan(value) else f"{100 * value:.1f} %"

        def num(value: float) -> str:
            return "–" if math.isnan(value) else f"{value:.3f}"

        self.status.setText(
            self.tr(
                "Step {0} · training loss {1}, accuracy {2} · test loss {3}, accuracy {4}"
            ).format(
                snap.step,
                num(snap.train_loss),
                pct(snap.train_acc),
                num(snap.test_loss),
                pct(snap.test_acc),
            )
        )

    # ---- setup files ------------------------------------------------------------------------
    def save_setup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save setup"), "playground.json", self.tr("Playground setup (*.json)")
        )
        if path:
            self.write_setup(path)

    def write_setup(self, path: str) -> bool:
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.session.setup_json())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save setup"), str(error))
            return False
        return True

    def open_setup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open setup"), "", self.tr("Playground setup (*.json)")
        )
        if path:
            self.read_setup(path)

    def read_setup(self, path: str) -> bool:
        """Open a saved setup; a bad file gets a message and changes nothing."""
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_SETUP_BYTES + 1)
            if len(raw) > MAX_SETUP_BYTES:
                raise ValueError(self.tr("the file is too large for a setup"))
            settings, points = settings_from_json(raw.decode("utf-8"))
        except (OSError, ValueError) as error:
            self.status.setText(self.tr("Could not open the setup: {0}").format(error))
            return False
        self.pause()
        self.session = PlaygroundSession(settings)
        for x1, x2, label in points:
            self.session.add_point(x1, x2, int(label))
        self.session.apply_pending()
        self.session.speed = SPEEDS[self.speed.value()]
        self.settings_panel.show_settings(settings)
        self._show(self.session.snapshot())
        return True

    def open_points_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load points"), "", self.tr("Points (*.csv *.txt)")
        )
        if path:
            self.read_points_csv(path)

    def read_points_csv(self, path: str) -> bool:
        """The file's points become the data (data set: own points); a bad file changes nothing."""
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_SETUP_BYTES + 1)
            if len(raw) > MAX_SETUP_BYTES:
                raise ValueError(self.tr("the file is larger than 1 MB"))
            x, t = read_points_csv(raw.decode("utf-8-sig"))
        except (OSError, ValueError) as error:  # UnicodeDecodeError is a ValueError
            self.status.setText(self.tr("Could not load the points: {0}").format(error))
            return False
        self.session.load_points(x, t)
        self.settings_panel.show_settings(self.session.pending_settings())
        self._refresh_if_idle()
        return True

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        from dataclasses import asdict

        from nnviz.ui.tabs.playground.lesson import MAX_TRAIN_STEPS

        state = asdict(self.session.pending_settings())
        state["features"], state["hidden"] = list(state["features"]), list(state["hidden"])
        state["points"] = [[float(v) for v in p] for p in self.session.added.tolist()]
        # Not the weights: the steps, trained again from the seed's weights on opening.
        state["train_steps"] = min(int(self.session.step_count), MAX_TRAIN_STEPS)
        return state

    def apply_lesson_state(self, state: dict) -> list[str]:
        """The setup (a missing setting takes its default), the clicked points, and
        `train_steps` steps trained here at once (paused afterwards)."""
        from dataclasses import fields

        self.pause()
        skipped = []
        known = [f.name for f in fields(Settings)]
        values: dict = {}
        for key in known:  # one at a time, so that a bad combination names its key
            if key not in state:
                continue
            value = tuple(state[key]) if key in ("features", "hidden") else state[key]
            try:
                Settings(**{**values, key: value}).checked()
            except (TypeError, ValueError) as error:
                skipped.append(self.tr("The setting {0} was skipped: {1}").format(key, error))
                continue
            values[key] = value
        settings = Settings(**values).checked()
        self.session = PlaygroundSession(settings)
        for x1, x2, label in state.get("points", []):
            try:
                self.session.add_point(x1, x2, int(label))
            except ValueError as error:
                skipped.append(self.tr("A point was skipped: {0}").format(error))
        self.session.apply_pending()
        self.session.speed = SPEEDS[self.speed.value()]
        self.settings_panel.show_settings(settings)
        steps = state.get("train_steps", 0)
        chunk = max(1, steps // 50)  # about 50 points of the loss curves
        while self.session.step_count < steps:
            self.session.step(min(chunk, steps - self.session.step_count))
            self.session.snapshot()
        self._show(self.session.snapshot())
        self._update_buttons()
        return skipped

    # ---- presenting and the keyboard (nnviz.ui.shortcuts) ----------------------------------
    def step_actions(self) -> dict:
        """→ one training step, Space trains or pauses."""
        return {"next": self.step, "play": self.toggle_play}

    def toggle_play(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    # ---- the Code panel (issue 21) ------------------------------------------------------------

    def code_view(self) -> CodeView:
        """The chosen optimizer's update, MultiLayerNetExtend's backprop, the activation layer."""
        settings = self.session.pending_settings()
        return training_code(settings.optimizer, settings.activation, "multi_layer_extend")


Tab = PlaygroundTab  # the name the tab table looks for
__all__ = ["Tab", "PlaygroundTab", "Settings"]
