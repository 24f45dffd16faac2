"""Gradient tab (ch4, ch6): contours of f with the quiver of −∇f, gradient descent started with a
click, and the race of the six optimizers.

The state (model.py: the function, a DescentRun, a RaceRun) is Qt-free; this module maps the
controls onto it, plays it, and redraws from it in _refresh_paths / _refresh_field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.gradient import code as gc
from nnviz.ui.tabs.gradient import model as gm
from nnviz.ui.tabs.gradient.panels import DescentPanel, FunctionBox, RacePanel, StatusLine
from nnviz.ui.tabs.gradient.plot import GradientPlot
from nnviz.ui.widgets.code_source import CodeView
from nnviz.ui.widgets.scroll import vertical_scroll
from nnviz.ui.widgets.tab_page import TabPage

TICK_MS = 33  # the player's fastest tick (about 30 redraws a second)
SPEEDS = (1, 2, 3, 5, 10, 15, 20, 30, 50, 100, 200)  # steps per second, one per slider notch


class GradientTab(TabPage):
    """Contours, the −∇f field, gradient descent and the optimizer race on one plot."""

    TAB_ID = "gradient"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fn = gm.FUNCTIONS["sphere"]
        self.per_side = 17  # the book's figure 4-9 has about 18 arrows a side
        self.descent = self._new_descent(self.fn.start, self.fn.lr, self.fn.steps)
        self.race = self._new_race(self.fn.race_start, self.fn.race_lr, self.fn.race_steps)
        self.race_shown = {name: True for name in gm.RACE_ORDER}
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        # Rate limits: the field follows the view (pan, zoom) at most every 60 ms, the quiver
        # follows the density slider at most every 60 ms.
        self._field_timer = QTimer(self, singleShot=True, interval=60)
        self._field_timer.timeout.connect(self._refresh_field)
        self._quiver_timer = QTimer(self, singleShot=True, interval=60)
        self._quiver_timer.timeout.connect(self._refresh_quiver)

        plot_column = self._build_plot_column()
        scroll = self._build_panel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(plot_column)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([860, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self._apply_fonts()
        self._set_function("sphere")
        self.retranslate()

    # ---- building -------------------------------------------------------------------------
    def _build_plot_column(self) -> QWidget:
        self.plot = GradientPlot()
        self.plot.scene().sigMouseClicked.connect(self._on_scene_click)
        self.plot.vb.sigRangeChanged.connect(self._schedule_field)

        # The player sits under the plot, where the eye already is.
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
        self.speed.setValue(SPEEDS.index(10))
        self.speed.setPageStep(1)
        self.speed.valueChanged.connect(self._on_speed)
        player.addSpacing(12)
        player.addWidget(self.speed_label)
        player.addWidget(self.speed, 1)

        self.status = StatusLine()
        column_widget = QWidget()
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.plot, 1)
        column.addLayout(player)
        column.addWidget(self.status)
        return column_widget

    def _build_panel(self) -> QScrollArea:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.heading, self.chapter_label, self.intro = QLabel(), QLabel(), QLabel()
        self.intro.setWordWrap(True)
        for label in (self.heading, self.chapter_label, self.intro):
            layout.addWidget(label)

        self.function_box = FunctionBox()
        self.function_box.function_chosen.connect(self._set_function)
        layout.addWidget(self.function_box)

        self.arrows_group = QGroupBox()
        arrows = QVBoxLayout(self.arrows_group)
        self.show_arrows, self.equal_length = QCheckBox(), QCheckBox()
        self.show_arrows.setChecked(True)
        self.show_arrows.toggled.connect(self._schedule_quiver)
        self.equal_length.toggled.connect(self._schedule_quiver)
        self.density_label = QLabel()
        self.density = QSlider(Qt.Orientation.Horizontal)
        self.density.setRange(6, 40)
        self.density.setValue(self.per_side)
        self.density.valueChanged.connect(self._on_density)
        for widgets in ((self.show_arrows, self.equal_length), (self.density_label, self.density)):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            arrows.addLayout(row)
        layout.addWidget(self.arrows_group)

        self.modes = QTabWidget()
        self.descent_panel, self.race_panel = DescentPanel(), RacePanel()
        self.modes.addTab(self.descent_panel, "")
        self.modes.addTab(self.race_panel, "")
        self.modes.currentChanged.connect(self._on_mode)
        self.descent_panel.lr_changed.connect(self._on_descent_lr)
        self.descent_panel.steps_changed.connect(self._on_descent_steps)
        self.descent_panel.preset_chosen.connect(self.apply_lr_preset)
        self.race_panel.lr_changed.connect(self._on_race_lr)
        self.race_panel.steps_changed.connect(self._on_race_steps)
        self.race_panel.shown_changed.connect(self._on_race_shown)
        self.race_panel.book_preset_chosen.connect(self.apply_book_race)
        layout.addWidget(self.modes)
        layout.addStretch(1)

        return vertical_scroll(panel, 380, frame=False)

    def _apply_fonts(self) -> None:
        """Heading and status larger than the text size chosen in View (classroom projectors)."""
        base = QApplication.font()
        heading = QFont(base)
        heading.setPointSizeF(base.pointSizeF() * 1.4)
        heading.setBold(True)
        self.heading.setFont(heading)
        status = QFont(base)
        status.setPointSizeF(base.pointSizeF() * 1.15)
        self.status.setFont(status)
        # Room for two lines: a long message wraps instead of being cut off.
        lines = 2 * self.status.fontMetrics().lineSpacing() + 2 * self.status.margin() + 4
        self.status.setMinimumHeight(lines)

    def hideEvent(self, event) -> None:
        self.pause()  # no animation behind another tab
        super().hideEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "status"):
            self._apply_fonts()
        super().changeEvent(event)

    # ---- TabPage ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Gradient")

    def chapter_note(self) -> str:
        return self.tr("Chapter 4: gradients and gradient descent · Chapter 6: optimizers")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Gradient and gradient descent"))
        self.chapter_label.setText(self.chapter_note())
        self.intro.setText(
            self.tr(
                "The arrows show −∇f, the direction in which f falls fastest, computed with "
                "numerical_gradient (ch4.4). Click on the plot to start descending from there."
            )
        )
        self.arrows_group.setTitle(self.tr("Arrows of −∇f"))
        self.show_arrows.setText(self.tr("Show arrows"))
        self.equal_length.setText(self.tr("Direction only"))
        self.step_button.setText(self.tr("Step"))
        self.play_button.setText(self.tr("Play"))
        self.pause_button.setText(self.tr("Pause"))
        self.reset_button.setText(self.tr("Reset"))
        self.modes.setTabText(0, self.tr("Gradient descent (ch4)"))
        self.modes.setTabText(1, self.tr("Optimizer race (ch6)"))
        for widget in (self.function_box, self.descent_panel, self.race_panel, self.status):
            widget.retranslate()
        self._update_labels()

    def shutdown(self) -> None:
        for timer in (self.timer, self._field_timer, self._quiver_timer):
            timer.stop()

    def prepare_screenshot(self) -> None:
        """The book's ch6 race, run to the end."""
        self.apply_book_race()
        self.pause()
        self.race.run_to_end()
        self._refresh_paths()

    def _update_labels(self) -> None:
        self.density_label.setText(self.tr("Arrows per side: {0}").format(self.per_side))
        self.speed_label.setText(self.tr("Speed: {0} steps/s").format(self.steps_per_second()))

    # ---- state changes ----------------------------------------------------------------------
    def in_race(self) -> bool:
        return self.modes.currentIndex() == 1

    def current_run(self) -> gm.Run:
        return self.race if self.in_race() else self.descent

    def view_region(self) -> tuple[float, float, float, float]:
        return self.plot.view_region()

    def _new_descent(self, start, lr, steps) -> gm.DescentRun:
        return gm.DescentRun(fn=self.fn, start=tuple(start), lr=lr, step_num=steps)

    def _new_race(self, start, lrs, steps) -> gm.RaceRun:
        return gm.RaceRun(fn=self.fn, start=tuple(start), step_num=steps, lrs=dict(lrs))

    def _set_function(self, key: str) -> None:
        """Show another f: its view, field, and the descent and race settings that suit it."""
        self.pause()
        self.fn = gm.FUNCTIONS[key]
        if self.function_box.key() != key:
            self.function_box.show_key(key)
        self.descent = self._new_descent(self.fn.start, self.fn.lr, self.fn.steps)
        self.race = self._new_race(self.fn.race_start, self.fn.race_lr, self.fn.race_steps)
        self.descent_panel.set_values(self.fn.lr, self.fn.steps)
        self.race_panel.set_values(self.race.lrs, self.race.step_num)
        self.plot.show_domain(self.fn)
        self._refresh_field()
        self._refresh_paths()

    def start_at(self, x0: float, x1: float) -> None:
        """Start the current mode's run at (x0, x1) and play it (what a click on the plot does)."""
        if self.in_race():
            self.race = self._new_race((x0, x1), self.race.lrs, self.race.step_num)
        else:
            self.descent = self._new_descent((x0, x1), self.descent.lr, self.descent.step_num)
        self.play()

    def _restart_descent(self, lr: float, steps: int) -> None:
        """Recompute the path for a new lr or step count, keeping how far it was shown."""
        shown = self.descent.shown
        self.descent = self._new_descent(self.descent.start, lr, steps)
        self.descent.shown = min(shown, self.descent.length)
        self._refresh_paths()

    def _on_descent_lr(self, lr: float) -> None:
        self._restart_descent(lr, self.descent.step_num)

    def _on_descent_steps(self, steps: int) -> None:
        self._restart_descent(self.descent.lr, steps)

    def apply_lr_preset(self, key: str) -> None:
        """The book's ch4 lesson: x0² + x1² from (−3, 4), 100 steps, with lr 0.1, 10 or 1e-10."""
        self.modes.setCurrentIndex(0)
        if self.fn.key != gm.LR_PRESET_FUNCTION:
            self._set_function(gm.LR_PRESET_FUNCTION)
        lr = gm.LR_PRESETS[key]
        self.descent_panel.set_values(lr, gm.LR_PRESET_STEPS)
        self.descent = self._new_descent(gm.LR_PRESET_START, lr, gm.LR_PRESET_STEPS)
        self.play()

    def apply_book_race(self) -> None:
        """The book's ch6 race: x²/20 + y² from (−7, 2), 30 steps, the book's learning rates."""
        self.modes.setCurrentIndex(1)
        if self.fn.key != "elongated":
            self._set_function("elongated")
        self.race = self._new_race(gm.BOOK_RACE_START, gm.BOOK_RACE_LR, gm.BOOK_RACE_STEPS)
        self.race_panel.set_values(self.race.lrs, self.race.step_num)
        self.play()

    def _on_race_lr(self, name: str, lr: float) -> None:
        self.race.set_lr(name, lr)
        self._refresh_paths()

    def _on_race_steps(self, steps: int) -> None:
        shown = self.race.shown
        self.race = self._new_race(self.race.start, self.race.lrs, steps)
        self.race.shown = min(shown, self.race.length)
        self._refresh_paths()

    def _on_race_shown(self, name: str, on: bool) -> None:
        self.race_shown[name] = on
        self._refresh_paths()

    def _on_mode(self, _index: int) -> None:
        self.pause()
        self._refresh_paths()

    def _on_density(self, value: int) -> None:
        self.per_side = value
        self._update_labels()
        self._schedule_quiver()

    def _on_speed(self, _value: int) -> None:
        self._update_labels()
        if self.timer.isActive():
            self.timer.setInterval(self._interval())

    def _on_scene_click(self, event) -> None:
        """A left click inside the plot starts descent (or the race) at that point."""
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        if not self.plot.vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = self.plot.vb.mapSceneToView(event.scenePos())
        event.accept()
        self.start_at(point.x(), point.y())

    # ---- the player (Step / Play / Pause / Reset) ---------------------------------------------
    def steps_per_second(self) -> int:
        return SPEEDS[self.speed.value()]

    def _interval(self) -> int:
        return max(TICK_MS, round(1000 / self.steps_per_second()))

    def is_playing(self) -> bool:
        return self.timer.isActive()

    def step(self) -> None:
        self.pause()
        self.current_run().step()
        self._refresh_paths()

    def play(self) -> None:
        """Play from here; from the start again if the run is over."""
        run = self.current_run()
        if run.at_end:
            run.reset()
        self.timer.start(self._interval())
        self._refresh_paths()

    def pause(self) -> None:
        self.timer.stop()
        if hasattr(self, "status"):
            self._update_player_buttons()

    def reset(self) -> None:
        self.pause()
        self.current_run().reset()
        self._refresh_paths()

    def _tick(self) -> None:
        run = self.current_run()
        # Above ~30 steps a second, several steps per redraw.
        run.step(max(1, round(self.steps_per_second() * self.timer.interval() / 1000)))
        if run.at_end:
            self.timer.stop()
        self._refresh_paths()

    def _update_player_buttons(self) -> None:
        playing = self.timer.isActive()
        self.play_button.setEnabled(not playing)
        self.pause_button.setEnabled(playing)
        self.step_button.setEnabled(not self.current_run().at_end)

    # ---- drawing ------------------------------------------------------------------------------
    def _schedule_field(self) -> None:
        self._field_timer.start()

    def _schedule_quiver(self) -> None:
        self._quiver_timer.start()

    def _refresh_field(self) -> None:
        """Contours and quiver over the current view (function change, pan, zoom)."""
        self._field_timer.stop()
        self.plot.draw_contours(self.fn)
        self._refresh_quiver()

    def _refresh_quiver(self) -> None:
        self._quiver_timer.stop()
        if self.show_arrows.isChecked():
            self.plot.draw_quiver(self.fn, self.per_side, self.equal_length.isChecked())
        else:
            self.plot.hide_quiver()

    def _refresh_paths(self) -> None:
        """The descent path or the race as far as revealed, the losses, the status line."""
        if self.in_race():
            self.plot.draw_race(self.race, self.race_shown)
            self.race_panel.set_losses(
                {n: (self.race.loss(n), self.race.diverged(n)) for n in gm.RACE_ORDER}
            )
            self.status.show_race(self.race)
        else:
            self.plot.draw_descent(self.descent.path[: self.descent.shown])
            self.status.show_descent(self.descent)
        self._update_player_buttons()
        self.code_changed.emit()

    # ---- the Code panel (issue 21) ------------------------------------------------------------

    def code_view(self) -> CodeView:
        """Descent: the path's loop at the point on screen; race: each optimizer's update."""
        if self.in_race():
            run = self.race
            return gc.race_code(gm.RACE_ORDER, run.lrs, self.fn.f, run.start, run.shown - 1)
        run = self.descent
        return gc.descent_code(self.fn.f, run.current, run.lr, run.step_index)

    # ---- lesson files (nnviz.lesson_file; the keys of lesson.py's SCHEMA) --------------------
    def lesson_state(self) -> dict:
        d, r = self.descent, self.race
        return {
            "mode": "race" if self.in_race() else "descent",
            "function": self.fn.key,
            "start": [float(v) for v in d.start],
            "lr": float(d.lr),
            "steps": int(d.step_num),
            "shown": int(d.shown),
            "race_start": [float(v) for v in r.start],
            "race_lr": {name: float(lr) for name, lr in r.lrs.items()},
            "race_steps": int(r.step_num),
            "race_shown": int(r.shown),
            "race_visible": dict(self.race_shown),
            "arrows": self.show_arrows.isChecked(),
            "direction_only": self.equal_length.isChecked(),
            "arrows_per_side": int(self.per_side),
        }

    def apply_lesson_state(self, state: dict) -> list[str]:
        """A missing key takes the function's own default (as choosing it does); paused."""
        self.pause()
        self.modes.setCurrentIndex(1 if state.get("mode") == "race" else 0)
        self._set_function(state.get("function", next(iter(gm.FUNCTIONS))))
        fn = self.fn
        lr, steps = state.get("lr", fn.lr), state.get("steps", fn.steps)
        self.descent = self._new_descent(state.get("start", fn.start), lr, steps)
        self.descent.shown = max(1, min(state.get("shown", 1), self.descent.length))
        lrs = {**self.race.lrs, **state.get("race_lr", {})}
        race_steps = state.get("race_steps", fn.race_steps)
        self.race = self._new_race(state.get("race_start", fn.race_start), lrs, race_steps)
        self.race.shown = max(1, min(state.get("race_shown", 1), self.race.length))
        self.descent_panel.set_values(lr, steps)
        self.race_panel.set_values(self.race.lrs, race_steps)
        visible = state.get("race_visible", {})
        for name, check in self.race_panel.checks.items():
            check.setChecked(visible.get(name, True))  # shown_changed redraws the paths
        self.show_arrows.setChecked(state.get("arrows", True))
        self.equal_length.setChecked(state.get("direction_only", False))
        self.density.setValue(state.get("arrows_per_side", 17))
        self._refresh_paths()
        return []

    # ---- presenting and the keyboard (nnviz.ui.shortcuts) ----------------------------------
    def step_actions(self) -> dict:
        """→ one step of descent (or of the race), ← one back, Space plays or pauses."""
        return {"next": self.step, "previous": self.step_back, "play": self.toggle_play}

    def step_back(self) -> None:
        self.pause()
        run = self.current_run()
        run.shown = max(1, run.shown - 1)
        self._refresh_paths()

    def toggle_play(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()


Tab = GradientTab  # the name the tab table looks for
