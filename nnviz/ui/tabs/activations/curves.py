"""Activations tab, ch3-4: a function, its derivative, and a tangent you drag along it."""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnviz.ui.tabs.activations.error import ActivationsError
from nnviz.ui.tabs.activations.notes import ActivationsNotes
from nnviz.ui.tabs.activations.state import (
    DERIVATIVE_Y_RANGE,
    FORMULAS,
    KINKS,
    METHODS,
    SATURATED,
    X_MAX,
    X_MIN,
    Y_RANGES,
    CurveState,
)
from nnviz.ui.tabs.activations.style import (
    BLUE,
    GREEN,
    NOTE_BACKGROUND,
    ORANGE,
    PURPLE,
    RED,
    format_h,
    format_value,
    set_colour,
    text_size,
    title_size,
)
from nnviz.ui.widgets.plot import Plot, title_candidates
from nnviz.ui.widgets.scroll import vertical_scroll

SATURATION_TEXT_Y = 0.6  # derivative plot: "saturated" notes below the legend, above the curves


class CurvePoint(pg.TargetItem):
    """A draggable point that stays on the curve: any position snaps to (x, f(x))."""

    def __init__(self, on_curve, **kwargs):
        self._on_curve = None
        super().__init__(**kwargs)
        self._on_curve = on_curve

    def setPos(self, *args):
        p = pg.Point(*args)
        if self._on_curve is not None:
            p = pg.Point(*self._on_curve(p.x()))
        super().setPos(p)


class ActivationsCurves(QObject):
    """The function / derivative / error-vs-h panel: `view` holds the plots, `controls` the rest."""

    changed = Signal()  # redrawn from a new state (x, h, function): the Code panel follows

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = CurveState()
        self._updating = False
        self.notes = ActivationsNotes(self)
        self.error = ActivationsError(self.state, self)
        self.error.changed.connect(self.refresh)
        self.view = self._build_view()
        self.controls = self._build_controls()
        self.apply_font()

    # ---- widgets ----------------------------------------------------------------------------
    def _build_view(self) -> QWidget:
        self.function_plot = Plot()
        self.derivative_plot = Plot()
        for plot in (self.function_plot, self.derivative_plot):
            plot.setMouseEnabled(x=False, y=False)  # a drag moves the point, never the view
            plot.hideButtons()
            plot.setXRange(X_MIN, X_MAX, padding=0.02)
            plot.setLabel("bottom", "x")
            plot.getViewBox().sigResized.connect(self._refit_texts)
        self.function_plot.setLabel("left", "f(x)")
        self.derivative_plot.setLabel("left", "f′(x)")
        self._build_function_items()
        self._build_derivative_items()

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setMargin(8)
        set_colour(self.explanation, NOTE_BACKGROUND, QPalette.ColorRole.Window)
        box = vertical_scroll(self.explanation)  # View > Larger text can make the note long

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.function_plot)
        top.addWidget(self.derivative_plot)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.error.plot)
        bottom.addWidget(box)
        bottom.setSizes([520, 380])
        view = QSplitter(Qt.Orientation.Vertical)
        view.addWidget(top)
        view.addWidget(bottom)
        view.setSizes([400, 300])
        return view

    def _build_function_items(self) -> None:
        p = self.function_plot
        self.function_legend = p.addLegend(offset=(8, 8))
        self.function_curve = p.plot(pen=pg.mkPen(BLUE, width=3), connect="finite")
        self.tangent_curve = p.plot(pen=pg.mkPen(RED, width=2))
        self.tangent_curve.setZValue(-1)  # under f(x) where they coincide (step, ReLU)
        self.secant_curve = p.plot(pen=pg.mkPen(PURPLE, width=2, style=Qt.PenStyle.DashLine))
        self.secant_points = p.plot(
            pen=None, symbol="o", symbolSize=8, symbolBrush=PURPLE, symbolPen=None
        )
        self.kink_marks = pg.ScatterPlotItem(size=13, pen=pg.mkPen("k", width=2))
        p.addItem(self.kink_marks)
        self.kink_text = pg.TextItem(color="k", anchor=(1, 0))  # its right edge at the plot's
        p.addItem(self.kink_text)
        self.point = CurvePoint(
            self._on_curve,
            pos=(self.state.x, self.state.y_at(self.state.x)),
            size=18,
            symbol="o",
            pen=pg.mkPen(RED, width=2),
            brush=pg.mkBrush(255, 80, 80, 200),
            hoverPen=pg.mkPen("k", width=3),
            hoverBrush=pg.mkBrush(RED),
        )
        self.point.setZValue(10)
        p.addItem(self.point)
        self.point.sigPositionChanged.connect(self._point_moved)
        # A click anywhere on the plot moves the point there too (easier on a projector).
        p.scene().sigMouseClicked.connect(self._plot_clicked)

    def _build_derivative_items(self) -> None:
        p = self.derivative_plot
        p.setYRange(*DERIVATIVE_Y_RANGE, padding=0)
        brush = pg.mkBrush(160, 160, 160, 60)
        self.saturation_regions = [
            pg.LinearRegionItem(movable=False, brush=brush, pen=pg.mkPen(None)) for _ in range(2)
        ]
        self.saturation_texts = [pg.TextItem(color="#555", anchor=a) for a in ((0, 0), (1, 0))]
        for region, text in zip(self.saturation_regions, self.saturation_texts, strict=True):
            p.addItem(region)
            p.addItem(text)
        self.derivative_legend = p.addLegend(offset=(-8, 8))
        self.derivative_curve = p.plot(pen=pg.mkPen(ORANGE, width=3), connect="finite")
        self.numerical_points = p.plot(
            pen=None, symbol="x", symbolSize=10, symbolPen=pg.mkPen(GREEN, width=2)
        )
        self.derivative_kink_marks = pg.ScatterPlotItem(size=13, pen=pg.mkPen("k", width=2))
        p.addItem(self.derivative_kink_marks)
        self.derivative_kink_text = pg.TextItem(color="k", anchor=(1, 0))
        p.addItem(self.derivative_kink_text)
        self.derivative_point = p.plot(
            pen=None, symbol="o", symbolSize=12, symbolBrush=RED, symbolPen=None
        )

    def _build_controls(self) -> QWidget:
        controls = QWidget()
        layout = QVBoxLayout(controls)
        layout.setContentsMargins(0, 0, 0, 0)

        self.point_box = QGroupBox()
        grid = QGridLayout(self.point_box)
        self.x_label = QLabel()
        self.x_spin = QDoubleSpinBox()
        self.x_spin.setRange(X_MIN, X_MAX)
        self.x_spin.setDecimals(2)
        self.x_spin.setSingleStep(0.1)
        self.x_spin.setValue(self.state.x)
        self.x_spin.valueChanged.connect(self._x_typed)
        grid.addWidget(self.x_label, 0, 0)
        grid.addWidget(self.x_spin, 0, 1, 1, 2)
        self.alpha_label = QLabel("α")
        self.alpha_spin = QDoubleSpinBox()
        self.alpha_spin.setRange(0.0, 0.5)
        self.alpha_spin.setDecimals(2)
        self.alpha_spin.setSingleStep(0.01)
        self.alpha_spin.setValue(self.state.alpha)
        self.alpha_spin.valueChanged.connect(self._alpha_changed)
        grid.addWidget(self.alpha_label, 1, 0)
        grid.addWidget(self.alpha_spin, 1, 1, 1, 2)
        self.error_header = QLabel()
        grid.addWidget(self.error_header, 2, 2, Qt.AlignmentFlag.AlignRight)
        self.readout_names: dict[str, QLabel] = {}
        self.readouts: dict[str, QLabel] = {}
        self.error_readouts: dict[str, QLabel] = {}
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, key in enumerate(("y", "formula", "slope", "forward", "central"), start=3):
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(right)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.readout_names[key], self.readouts[key] = name, value
            if key in METHODS:
                error = QLabel()
                error.setAlignment(right)
                set_colour(error, ORANGE if key == "forward" else BLUE)
                grid.addWidget(error, row, 2)
                self.error_readouts[key] = error
        bold = QFont()  # only the weight: the size still follows the app's text size
        bold.setBold(True)
        self.readouts["formula"].setFont(bold)
        self.readouts["slope"].setFont(bold)
        self.saturation_label = QLabel()
        self.saturation_label.setWordWrap(True)
        set_colour(self.saturation_label, RED)
        grid.addWidget(self.saturation_label, 8, 0, 1, 3)
        layout.addWidget(self.point_box)

        layout.addWidget(self.error.controls)
        return controls

    def apply_font(self) -> None:
        """Legends and labels inside the plots at the app's text size (View > Larger text)."""
        for legend in (self.function_legend, self.derivative_legend):
            legend.setLabelTextSize(text_size())
        for text in (self.kink_text, self.derivative_kink_text, *self.saturation_texts):
            text.setFont(QApplication.font())
        self.error.apply_font()
        self.refresh()  # plot titles take their size when set

    # ---- user input -------------------------------------------------------------------------
    def _on_curve(self, x: float) -> tuple[float, float]:
        x = min(X_MAX, max(X_MIN, x))
        return x, self.state.y_at(x)

    def _point_moved(self) -> None:
        if not self._updating:
            self.set_x(self.point.pos().x())

    def _plot_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted():
            return
        vb = self.function_plot.getPlotItem().vb
        if vb.sceneBoundingRect().contains(event.scenePos()):
            self.set_x(vb.mapSceneToView(event.scenePos()).x())

    def _x_typed(self, value: float) -> None:
        if not self._updating:
            self.set_x(value)

    def _alpha_changed(self, value: float) -> None:
        self.state.alpha = value
        self.refresh()

    # ---- state -> screen --------------------------------------------------------------------
    def set_function(self, name: str) -> None:
        self.state.name = name
        self.refresh()

    def set_x(self, x: float) -> None:
        self.state.set_x(x)
        self.refresh()

    def retranslate(self) -> None:
        self.point_box.setTitle(self.tr("The point x on the curve"))
        self.x_label.setText(self.tr("x (or drag the red point):"))
        self.readout_names["y"].setText("f(x)")
        self.readout_names["formula"].setText(self.tr("f′(x), formula:"))
        self.readout_names["slope"].setText(self.tr("Tangent slope:"))
        self.error_header.setText(self.tr("error"))
        self.readout_names["forward"].setText(self.tr("Forward difference:"))
        self.readout_names["central"].setText(self.tr("Central difference:"))
        self.readouts["slope"].setToolTip(
            self.tr("The book's tangent_line(f, x): central difference with h = 1e-4")
        )
        self.error.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Redraw everything from the state."""
        self.changed.emit()
        s = self.state
        self._updating = True
        try:
            self._draw_function()
            self._draw_derivative()
            self.error.refresh()
            self._show_readouts()
            if abs(self.x_spin.value() - s.x) > 0.005:
                self.x_spin.setValue(s.x)
        finally:
            self._updating = False

    def _draw_function(self) -> None:
        s = self.state
        names = self.notes.function_names()
        x, y, _ = s.curve()
        # Titles are rich text: "(x<0)" would start a tag.
        self.function_plot.setTitle(
            html.escape(f"{names[s.name]}:  {FORMULAS[s.name][0]}"), size=title_size()
        )
        self.function_plot.setYRange(*Y_RANGES[s.name], padding=0)
        self.function_curve.setData(x, y)
        line, _ = s.tangent()
        ends = np.array([X_MIN, X_MAX])
        self.tangent_curve.setData(ends, line(ends))
        self.point.setPos(s.x, s.y_at(s.x))
        self.secant_curve.setVisible(s.show_numerical)
        self.secant_points.setVisible(s.show_numerical)
        if s.show_numerical:
            (x0, y0), (x1, y1) = s.secant()
            # The line through the two points the difference quotient uses, across the view.
            k = (y1 - y0) / (x1 - x0)
            self.secant_curve.setData(ends, y0 + k * (ends - x0))
            self.secant_points.setData([x0, x1], [y0, y1])
        self.function_legend.clear()
        self.function_legend.addItem(self.function_curve, "f(x)")
        self.function_legend.addItem(
            self.tangent_curve, self.tr("tangent line")
        )  # the book's tangent_line() is named in the tangent slope's tooltip
        if s.show_numerical:
            self.function_legend.addItem(
                self.secant_curve,
                self.tr("secant ({0})").format(self.error.short_method_names()[s.method]),
            )
        kinks = KINKS.get(s.name, ())
        if s.name == "step":
            # The book's step(0) = 0: a filled dot at 0, an open one where the curve jumps to.
            spots = [
                {"pos": (0, 0), "brush": pg.mkBrush("k")},
                {"pos": (0, 1), "brush": pg.mkBrush("w")},
            ]
        else:
            spots = [{"pos": (k, s.y_at(k)), "brush": pg.mkBrush("w")} for k in kinks]
        self.kink_marks.setData(spots)
        self.kink_marks.setVisible(bool(kinks))
        self.kink_text.setVisible(bool(kinks))
        if kinks:
            # Below the axis, right of the corner, up to the plot's right edge: no curve passes
            # there for step/ReLU.
            y_min, y_max = Y_RANGES[s.name]
            self.kink_text.setPos(X_MAX, -0.04 * (y_max - y_min))
            self._fit_text(self.kink_text, self.tr("not differentiable at x = 0"))

    def _fit_text(self, item: pg.TextItem, text: str) -> None:
        """The text on one line, or on two where one would cover more than the right half of the
        plot, past the corner at x = 0 (at 1024 px with Larger text a plot is 270 px wide)."""
        item.full_text = text
        view = item.getViewBox()
        room = view.width() * X_MAX / (X_MAX - X_MIN) - 6 if view else 0
        for candidate in title_candidates(text):
            item.setHtml(candidate)
            if room <= 0 or item.textItem.boundingRect().width() <= room:
                break

    def _refit_texts(self, *_view) -> None:
        for item in (self.kink_text, self.derivative_kink_text):
            if item.isVisible() and getattr(item, "full_text", ""):
                self._fit_text(item, item.full_text)

    def _draw_derivative(self) -> None:
        s = self.state
        x, _, dy = s.curve()
        title = self.tr("Derivative:  {0}").format(FORMULAS[s.name][1])
        self.derivative_plot.setTitle(html.escape(title), size=title_size())
        self.derivative_curve.setData(x, dy)
        self.numerical_points.setVisible(s.show_numerical)
        if s.show_numerical:
            self.numerical_points.setData(*s.numerical_curve())
        d = s.derivative()
        if math.isfinite(d):
            self.derivative_point.setData([s.x], [d])
        else:
            self.derivative_point.setData([], [])
        self.derivative_legend.clear()
        self.derivative_legend.addItem(self.derivative_curve, self.tr("formula"))
        if s.show_numerical:
            # Two lines: on one the legend was wider than the plot at 1024 px with larger text.
            label = self.tr("numerical ({0})<br>h = {1}").format(
                self.error.short_method_names()[s.method], format_h(s.h)
            )
            self.derivative_legend.addItem(self.numerical_points, label)
        kinks = KINKS.get(s.name, ())
        spots = []
        for k in kinks:
            left, right = float(s.df(np.float64(k - 1e-9))), float(s.df(np.float64(k + 1e-9)))
            spots += [{"pos": (k, v), "brush": pg.mkBrush("w")} for v in sorted({left, right})]
        self.derivative_kink_marks.setData(spots)
        self.derivative_kink_marks.setVisible(bool(kinks))
        self.derivative_kink_text.setVisible(bool(kinks))
        if kinks:
            self.derivative_kink_text.setPos(X_MAX, 0.75)
            self._fit_text(self.derivative_kink_text, self.tr("no derivative at x = 0"))
        # Saturation: where sigmoid/tanh are flat, almost no gradient flows back.
        flat = s.name in ("sigmoid", "tanh")
        if flat:
            edge = float(x[(dy >= SATURATED)].max())
            self.saturation_regions[0].setRegion((X_MIN, -edge))
            self.saturation_regions[1].setRegion((edge, X_MAX))
            # Below the legend (top right), above every curve (f′ of the flat parts is ≈ 0).
            self.saturation_texts[0].setPos(X_MIN, SATURATION_TEXT_Y)
            self.saturation_texts[1].setPos(X_MAX, SATURATION_TEXT_Y)
            for text in self.saturation_texts:
                text.setText(self.tr("saturated:\nf′(x) ≈ 0"))
        for item in (*self.saturation_regions, *self.saturation_texts):
            item.setVisible(flat)

    def _show_readouts(self) -> None:
        s = self.state
        _, slope = s.tangent()
        exact = s.derivative()
        estimates = s.estimates()
        self.readouts["y"].setText(format_value(s.y_at(s.x)))
        if math.isfinite(exact):
            self.readouts["formula"].setText(format_value(exact))
        else:
            self.readouts["formula"].setText(self.tr("undefined (corner)"))
        self.readouts["slope"].setText(format_value(slope))
        for method in METHODS:
            est = estimates[method]
            err = abs(est - exact)
            self.readouts[method].setText(format_value(est))
            if not math.isfinite(err):
                self.error_readouts[method].setText("")
            elif err == 0:
                self.error_readouts[method].setText(self.tr("0 (exact)"))
            else:
                self.error_readouts[method].setText(f"{err:.1e}")
        self.alpha_label.setVisible(s.name == "leaky_relu")
        self.alpha_spin.setVisible(s.name == "leaky_relu")
        if s.saturated():
            self.saturation_label.setText(
                self.tr(
                    "Saturated: f′(x) = {0:.4f}. The gradient passed back through this neuron "
                    "is almost 0."
                ).format(exact)
            )
        else:
            self.saturation_label.setText("")
        self.saturation_label.setVisible(s.saturated())
        self.explanation.setText(self.notes.note_html(s.name))
