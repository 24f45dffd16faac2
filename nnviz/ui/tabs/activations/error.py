"""Activations tab, ch4.3: the step h, forward vs central difference, and the error vs h."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QVBoxLayout,
)

from nnviz.ui.tabs.activations.state import (
    ERROR_FLOOR,
    LOG_H_MAX,
    LOG_H_MIN,
    METHODS,
    CurveState,
)
from nnviz.ui.tabs.activations.style import (
    BLUE,
    GREY,
    LEGEND_BRUSH,
    ORANGE,
    format_h,
    text_size,
    title_size,
)
from nnviz.ui.widgets.plot import Plot

H_STEPS_PER_DECADE = 10  # the h slider moves by 10^0.1
PIECEWISE_LINEAR = ("step", "relu", "leaky_relu", "identity")  # f'' = 0 away from a corner
LOG_FLOOR = math.log10(ERROR_FLOOR)  # log10 of where an error of exactly 0 is drawn
BAND_GAP_PX = 6  # between the data and the labels in the bands above and below it


class ActivationsError(QObject):
    """The h controls (`controls`) and the log-log error plot (`plot`) of one CurveState."""

    changed = Signal()  # h, the method or the overlay toggle changed the state

    def __init__(self, state: CurveState, parent=None):
        super().__init__(parent)
        self.state = state
        self._notes: dict[pg.TextItem, tuple[str, str]] = {}  # notes under the errors: long, short
        self.plot = Plot()
        self._build_plot()
        self.controls = self._build_controls()

    def _build_plot(self) -> None:
        p = self.plot
        p.setLogMode(x=True, y=True)
        p.setMouseEnabled(x=False, y=False)
        p.hideButtons()
        p.setLabel("bottom", "h")
        # Top left, in a band of its own above the errors (all < 1): the marks of large h are
        # at the top right.
        self.legend = p.addLegend(offset=(8, 4), brush=LEGEND_BRUSH)
        self.legend.setColumnCount(2)
        self.curves = {
            "forward": p.plot(pen=pg.mkPen(ORANGE, width=2)),
            "central": p.plot(pen=pg.mkPen(BLUE, width=2)),
        }
        self.h_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(GREY, width=2, style=Qt.PenStyle.DashLine)
        )
        p.addItem(self.h_line)
        self.marks = p.plot(
            pen=None, symbol="o", symbolSize=11, symbolBrush=[ORANGE, BLUE], symbolPen="k"
        )
        # In the band below the errors, on two rows so that they never overlap: the truncation
        # note above the rounding note.
        self.rounding_text = pg.TextItem(color="#444", anchor=(0, 1))
        self.truncation_text = pg.TextItem(color="#444", anchor=(1, 1))
        p.addItem(self.rounding_text)
        p.addItem(self.truncation_text)
        # In log mode the view works in log10 units; ticks written the book's way (1e-4).
        p.getAxis("bottom").setTicks(
            [
                [(k, f"1e{k}" if k else "1") for k in range(-10, 1, 2)],
                [(k, "") for k in range(-10, 1)],
            ]
        )
        # No "0" on a log axis: an error of exactly 0 is drawn on the floor, 1e-17, which the
        # ≤ tick says honestly.
        left_ticks = [(k, f"1e{k}" if k else "1") for k in range(-10, 1, 5)]
        p.getAxis("left").setTicks(
            [[(LOG_FLOOR, f"≤1e{LOG_FLOOR:.0f}"), *left_ticks], [(k, "") for k in range(-17, 1)]]
        )
        p.getAxis("left").enableAutoSIPrefix(False)  # the ticks say 1e-5 already: no "(x1e+09)"
        p.setXRange(LOG_H_MIN, LOG_H_MAX, padding=0.02)
        p.getViewBox().sigResized.connect(self._fit_bands)
        self._fit_bands()

    def _fit_bands(self) -> None:
        """Errors lie in [1e-17, 1]; the bands above (legend) and below (the two notes) are made
        just tall enough for what they hold, in pixels, whatever the plot's size and text size."""
        view = self.plot.getViewBox()
        width = view.width() - 8
        # The legend on two columns when they fit beside each other, else on one.
        columns = 2 if self._legend_width(2) <= width - 8 else 1
        if self.legend.columnCount != columns:
            self.legend.setColumnCount(columns)
        # The notes side by side on one row (in full if they fit, else their short form), or
        # failing that on two rows, the truncation note above the rounding note.
        rounding, truncation = self.rounding_text, self.truncation_text
        for full in (True, False):
            for item, (long_text, short_text) in self._notes.items():
                item.setText(long_text if full else short_text)
            side_by_side = (
                rounding.boundingRect().width() + truncation.boundingRect().width() + 12 <= width
            )
            if side_by_side:
                break
        rows = [rounding.boundingRect().height()]
        if not side_by_side:
            rows.append(truncation.boundingRect().height())
        height = view.height()
        below = sum(rows) + BAND_GAP_PX
        above = self.legend.boundingRect().height() + 4 + BAND_GAP_PX
        data_px = max(height - below - above, height / 3)
        per_px = -LOG_FLOOR / data_px  # log10 units per pixel
        bottom = LOG_FLOOR - below * per_px
        self.plot.setYRange(bottom, above * per_px, padding=0)
        rounding.setPos(LOG_H_MIN, bottom)
        truncation.setPos(LOG_H_MAX, bottom + (0 if side_by_side else rows[0] * per_px))

    def _legend_width(self, columns: int) -> float:
        """The legend's width with its (sample, label) pairs on `columns` columns."""
        pairs = [
            sample.boundingRect().width() + label.boundingRect().width() + 10
            for sample, label in self.legend.items
        ]
        rows = [pairs[i : i + columns] for i in range(0, len(pairs), columns)]
        return max((sum(row) for row in rows), default=0) + 10

    def _build_controls(self) -> QGroupBox:
        box = QGroupBox()
        layout = QVBoxLayout(box)
        self.numerical_check = QCheckBox()
        self.numerical_check.setChecked(self.state.show_numerical)
        self.numerical_check.toggled.connect(self._numerical_toggled)
        layout.addWidget(self.numerical_check)
        self.h_label = QLabel()
        layout.addWidget(self.h_label)
        self.h_slider = QSlider(Qt.Orientation.Horizontal)
        self.h_slider.setRange(
            int(LOG_H_MIN * H_STEPS_PER_DECADE), int(LOG_H_MAX * H_STEPS_PER_DECADE)
        )
        self.h_slider.setPageStep(H_STEPS_PER_DECADE)
        self.h_slider.setValue(round(self.state.log_h * H_STEPS_PER_DECADE))
        self.h_slider.valueChanged.connect(self._h_moved)
        ends = QHBoxLayout()
        ends.addWidget(QLabel("1e-10"))
        ends.addStretch(1)
        ends.addWidget(QLabel("1"))
        layout.addWidget(self.h_slider)
        layout.addLayout(ends)
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[str, QRadioButton] = {}
        for method in METHODS:
            button = QRadioButton()
            button.setChecked(method == self.state.method)
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            layout.addWidget(button)
        self.method_group.buttonToggled.connect(self._method_toggled)
        self.best_h_label = QLabel()
        self.best_h_label.setWordWrap(True)
        layout.addWidget(self.best_h_label)
        return box

    def apply_font(self) -> None:
        """Legend and labels inside the plot at the app's text size (View > Larger text)."""
        self.legend.setLabelTextSize(text_size())
        for text in (self.rounding_text, self.truncation_text):
            text.setFont(QApplication.font())
        self._fit_bands()

    # ---- user input -------------------------------------------------------------------------
    def _numerical_toggled(self, on: bool) -> None:
        self.state.show_numerical = on
        self.changed.emit()

    def _h_moved(self, value: int) -> None:
        self.state.log_h = value / H_STEPS_PER_DECADE
        self.changed.emit()

    def _method_toggled(self, button, checked: bool) -> None:
        if checked:
            self.state.method = next(m for m, b in self.method_buttons.items() if b is button)
            self.changed.emit()

    # ---- state -> screen --------------------------------------------------------------------
    def short_method_names(self) -> dict[str, str]:
        return {"forward": self.tr("forward"), "central": self.tr("central")}

    def method_names(self) -> dict[str, str]:
        return {"forward": self.tr("forward difference"), "central": self.tr("central difference")}

    def retranslate(self) -> None:
        """Static strings; the caller redraws afterwards."""
        self.controls.setTitle(self.tr("Numerical differentiation (Chapter 4.3)"))
        self.numerical_check.setText(self.tr("Show the numerical derivative"))
        self.method_buttons["forward"].setText(self.tr("Forward: (f(x+h) − f(x)) / h"))
        self.method_buttons["central"].setText(self.tr("Central: (f(x+h) − f(x−h)) / 2h"))
        self.plot.setLabel("left", self.tr("error |numerical − formula|"))
        self._notes = {
            self.rounding_text: (self.tr("← rounding error (h too small)"), self.tr("← rounding")),
            self.truncation_text: (
                self.tr("truncation error (h too large) →"),
                self.tr("truncation →"),
            ),
        }
        self._fit_bands()

    def refresh(self) -> None:
        s = self.state
        names = self.method_names()
        self.plot.setTitle(
            self.tr("Error of the numerical derivative at x = {0:.2f}").format(s.x),
            size=title_size(),
        )
        self.legend.clear()
        short_names = self.short_method_names()
        exact = s.derivative()
        estimates = s.estimates()
        marks = []
        for method, curve in self.curves.items():
            curve.setData(*s.error_curve(method))
            self.legend.addItem(curve, short_names[method])  # short: on one row beside each other
            marks.append(max(abs(estimates[method] - exact), ERROR_FLOOR))
        self._fit_bands()  # the legend's height may have changed with its text
        self.h_line.setPos(s.log_h)
        # At a corner there is no f'(x), so no error to mark (both methods alike).
        if math.isfinite(exact):
            self.marks.setData([s.h, s.h], marks)
        else:
            self.marks.setData([], [])
        self.h_label.setText(
            self.tr("Step size h = {0}  (the book uses 1e-4)").format(format_h(s.h))
        )
        best = s.best_h(s.method)
        if math.isfinite(exact) and s.name in PIECEWISE_LINEAR:
            self.best_h_label.setText(
                self.tr(
                    "f is a straight line around x, so the {0} has no truncation error while "
                    "x ± h stays clear of a corner: only rounding error is left."
                ).format(names[s.method])
            )
        elif math.isfinite(best) and math.isfinite(exact):
            self.best_h_label.setText(
                self.tr("Smallest error of the {0} here at h ≈ {1}.").format(
                    names[s.method], format_h(best)
                )
            )
        else:
            self.best_h_label.setText(self.tr("No derivative at this x, so no error to measure."))
