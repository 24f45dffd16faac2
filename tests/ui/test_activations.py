"""The Activations tab as a student uses it: functions, derivatives, tangent, h, softmax."""

import math
import warnings

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from nnviz.ui.tabs.activations.state import NAMES, CurveState, parse_vector


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


# Written out from the book's formulas, independent of the engine.
def formulas(alpha):
    return {
        "step": (lambda x: (x > 0) * 1.0, lambda x: 0 * x),
        "sigmoid": (sigmoid, lambda x: sigmoid(x) * (1 - sigmoid(x))),
        "tanh": (np.tanh, lambda x: 1 - np.tanh(x) ** 2),
        "relu": (lambda x: np.maximum(0, x), lambda x: (x > 0) * 1.0),
        "leaky_relu": (
            lambda x: np.where(x > 0, x, alpha * x),
            lambda x: np.where(x > 0, 1, alpha),
        ),
        "identity": (lambda x: x, lambda x: 1 + 0 * x),
    }


@pytest.fixture
def page(window, qtbot):
    window.show_tab("activations")
    page = window.page("activations")
    qtbot.waitExposed(page)
    return page


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def to_viewport(plot, x, y):
    """Where the data point (x, y) is on the plot's viewport, in pixels."""
    scene = plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def drag(qtbot, plot, start, end, steps=8):
    """A real left-button drag on the plot's viewport from one data point to another.

    pyqtgraph drops mouse moves closer than 10 ms apart (mouseRateLimit = 100/s), so the moves
    are spaced like a hand's would be.
    """
    viewport = plot.viewport()
    a, b = to_viewport(plot, *start), to_viewport(plot, *end)
    QTest.mouseMove(viewport, a)  # hover first, as a hand does
    qtbot.wait(12)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, steps + 1):
        qtbot.wait(12)
        QTest.mouseMove(viewport, a + (b - a) * i / steps)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_choosing_each_function_redraws_its_curve_and_derivative_with_the_formula(page, qtbot):
    curves = page.curves
    for name in NAMES:
        click(qtbot, page.function_buttons[name])
        f, df = formulas(curves.alpha_spin.value())[name]
        x, y = curves.function_curve.getData()
        ok = np.isfinite(y)
        assert ok.sum() > 1000
        np.testing.assert_allclose(y[ok], f(x[ok]), atol=1e-12)
        x, dy = curves.derivative_curve.getData()
        ok = np.isfinite(dy)
        np.testing.assert_allclose(dy[ok], df(x[ok]), atol=1e-12)
        assert curves.function_plot.getPlotItem().titleLabel.text.startswith(
            curves.notes.function_names()[name]
        )


def test_sigmoid_derivative_peaks_at_a_quarter_and_its_tails_are_marked_saturated(page, qtbot):
    click(qtbot, page.function_buttons["sigmoid"])
    x, dy = page.curves.derivative_curve.getData()
    assert dy.max() == pytest.approx(0.25)
    assert all(region.isVisible() for region in page.curves.saturation_regions)
    left, right = page.curves.saturation_regions[1].getRegion()
    assert 2.5 < left < 3.2 and right == 6  # sigmoid'(x) < 0.05 beyond |x| ≈ 2.9
    click(qtbot, page.function_buttons["relu"])
    assert not any(region.isVisible() for region in page.curves.saturation_regions)


def test_step_and_relu_mark_the_point_where_no_derivative_exists(page, qtbot):
    curves = page.curves
    click(qtbot, page.function_buttons["step"])
    assert curves.kink_marks.isVisible()
    assert sorted(map(tuple, np.array(curves.kink_marks.getData()).T)) == [(0, 0), (0, 1)]
    x, dy = curves.derivative_curve.getData()
    assert np.isnan(dy[np.isclose(x, 0)]).all()  # the line breaks at 0
    click(qtbot, page.function_buttons["relu"])
    xs, ys = curves.derivative_kink_marks.getData()
    assert list(xs) == [0, 0] and sorted(ys) == [0, 1]  # both one-sided slopes
    assert curves.kink_text.isVisible()
    click(qtbot, page.function_buttons["sigmoid"])
    assert not curves.kink_marks.isVisible()
    assert not curves.kink_text.isVisible()


def test_dragging_the_tangent_point_moves_it_along_the_curve_and_updates_the_slope(page, qtbot):
    curves = page.curves
    click(qtbot, page.function_buttons["sigmoid"])
    start = (curves.state.x, float(sigmoid(curves.state.x)))
    drag(qtbot, curves.function_plot, start, (-2.0, 0.9))  # pulled off the curve on purpose
    x = curves.state.x
    assert x == pytest.approx(-2.0, abs=0.06)
    point = curves.point.pos()
    assert point.y() == pytest.approx(sigmoid(x))  # snapped back onto the curve
    slope = sigmoid(x) * (1 - sigmoid(x))
    assert curves.readouts["formula"].text() == f"{slope:.6f}"
    assert float(curves.readouts["slope"].text()) == pytest.approx(slope, abs=2e-6)
    tx, ty = curves.tangent_curve.getData()
    assert (ty[1] - ty[0]) / (tx[1] - tx[0]) == pytest.approx(slope, rel=1e-6)
    assert curves.x_spin.value() == pytest.approx(x, abs=0.006)
    dx, dy = curves.derivative_point.getData()
    assert dy[0] == pytest.approx(slope)


def test_a_click_on_the_plot_or_a_typed_x_moves_the_point(page, qtbot):
    curves = page.curves
    click(qtbot, page.function_buttons["tanh"])
    pos = to_viewport(curves.function_plot, 3.0, 0.0)
    qtbot.mouseClick(curves.function_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert curves.state.x == pytest.approx(3.0, abs=0.06)
    curves.x_spin.selectAll()
    qtbot.keyClicks(curves.x_spin, "-0.5")
    qtbot.keyClick(curves.x_spin, Qt.Key.Key_Enter)
    assert curves.state.x == pytest.approx(-0.5)
    assert curves.readouts["formula"].text() == f"{1 - np.tanh(-0.5) ** 2:.6f}"


def test_the_numerical_derivative_overlay_follows_h_and_the_method(page, qtbot):
    curves = page.curves
    click(qtbot, page.function_buttons["sigmoid"])
    assert not curves.numerical_points.isVisible()
    click(qtbot, curves.error.numerical_check)
    assert curves.numerical_points.isVisible() and curves.secant_curve.isVisible()
    x, d = curves.numerical_points.getData()
    np.testing.assert_allclose(d, sigmoid(x) * (1 - sigmoid(x)), atol=1e-8)  # h = 1e-4
    curves.error.h_slider.setFocus()
    qtbot.keyClick(curves.error.h_slider, Qt.Key.Key_End)  # h = 1
    click(qtbot, curves.error.method_buttons["forward"])
    x, d = curves.numerical_points.getData()
    np.testing.assert_allclose(d, sigmoid(x + 1) - sigmoid(x))  # (f(x+1) - f(x)) / 1
    assert np.abs(d - sigmoid(x) * (1 - sigmoid(x))).max() > 0.04  # visibly off at h = 1


def test_the_h_slider_moves_the_marks_on_the_error_plot(page, qtbot):
    curves = page.curves
    click(qtbot, page.function_buttons["sigmoid"])
    slider = curves.error.h_slider
    slider.setFocus()
    _, err_book = curves.error.marks.getData()  # log10 of the errors at h = 1e-4
    assert curves.error.h_line.value() == pytest.approx(-4)
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    assert curves.error.h_line.value() == pytest.approx(-10)
    assert curves.error.h_label.text().startswith("Step size h = 1.0e-10")
    h, err_small = curves.error.marks.getData()
    assert h[0] == pytest.approx(-10)
    assert err_small[1] > err_book[1] + 2  # central: rounding error, 100x worse than at 1e-4
    qtbot.keyClick(slider, Qt.Key.Key_End)
    h, err_large = curves.error.marks.getData()
    assert h[0] == pytest.approx(0)
    assert err_large[0] > err_book[0] + 2 and err_large[1] > err_book[1] + 2  # truncation
    qtbot.keyClick(slider, Qt.Key.Key_PageDown)  # one decade smaller: h = 0.1
    assert curves.error.h_line.value() == pytest.approx(-1)


def test_error_curves_show_rounding_for_tiny_h_and_truncation_for_large_h():
    state = CurveState(name="sigmoid", x=1.0)
    hs, forward = state.error_curve("forward")
    _, central = state.error_curve("central")

    def at(err, h):
        return err[np.argmin(np.abs(np.log10(hs / h)))]

    # Truncation: the forward error shrinks like h, the central one like h^2.
    assert at(forward, 1e-2) / at(forward, 1e-3) == pytest.approx(10, rel=0.1)
    assert at(central, 1e-2) / at(central, 1e-3) == pytest.approx(100, rel=0.1)
    # Rounding: far below the best h the error grows again.
    assert at(central, 1e-10) > 100 * central.min()
    assert 1e-7 < state.best_h("central") < 1e-3
    assert 1e-10 < state.best_h("forward") < 1e-6


def test_softmax_bars_sum_to_one_for_a_typed_vector(page, qtbot):
    click(qtbot, page.function_buttons["softmax"])
    assert page.softmax.view.isVisible() and not page.curves.view.isVisible()
    edit = page.softmax.input_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "1, 2, 3, -1")
    heights = page.softmax.stable_bars.opts["height"]
    a = np.array([1, 2, 3, -1.0])
    np.testing.assert_allclose(heights, np.exp(a) / np.exp(a).sum())
    assert heights.sum() == pytest.approx(1)
    assert page.softmax.sum_label.text() == "Sum of the stable outputs: 1.000000"
    assert page.softmax.table.columnCount() == 4
    qtbot.keyClicks(edit, ", x")  # not a number: the bars stay, a hint appears
    assert page.softmax.input_error.isVisible()
    np.testing.assert_allclose(page.softmax.stable_bars.opts["height"], heights)


def test_the_overflow_example_shows_nan_for_naive_softmax_without_warnings(page, qtbot):
    click(qtbot, page.function_buttons["softmax"])
    softmax = page.softmax
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the overflow must be handled, not leaked
        click(qtbot, softmax.overflow_button)
    assert softmax.input_edit.text() == "1010, 1000, 990"
    assert "nan" in softmax.status.text() and "exp(1010) = inf" in softmax.status.text()
    names = softmax.row_names()
    naive_y = names.index("naive: y")
    for c in range(3):
        cell = softmax.table.item(naive_y, c)
        assert cell.text() == "nan"
        assert cell.foreground().color().name() == "#d62728"
    stable = softmax.stable_bars.opts["height"]
    np.testing.assert_allclose(stable, [0.99995460, 4.5397868e-05, 2.0610600e-09], rtol=1e-6)
    assert float(softmax.table.item(names.index("stable: y"), 0).text()) == pytest.approx(0.999955)
    assert all(t.textItem.toPlainText() == "nan" for t in softmax.bar_texts[1::2])
    click(qtbot, softmax.book_button)
    assert "No overflow" in softmax.status.text()
    np.testing.assert_allclose(
        softmax.naive_bars.opts["height"], softmax.stable_bars.opts["height"]
    )


def test_the_temperature_slider_sharpens_or_flattens_softmax(page, qtbot):
    click(qtbot, page.function_buttons["softmax"])
    softmax = page.softmax
    click(qtbot, softmax.book_button)
    at_one = softmax.stable_bars.opts["height"].max()
    assert at_one == pytest.approx(math.exp(4.0) / sum(math.exp(v) for v in (0.3, 2.9, 4.0)))
    softmax.t_slider.setFocus()
    qtbot.keyClick(softmax.t_slider, Qt.Key.Key_End)  # T = 10: nearly uniform
    assert softmax.t_label.text() == "Temperature T = 10.00"
    flat = softmax.stable_bars.opts["height"]
    assert flat.max() < at_one and flat.max() - flat.min() < 0.15
    qtbot.keyClick(softmax.t_slider, Qt.Key.Key_Home)  # T = 0.1: almost argmax
    assert softmax.stable_bars.opts["height"].max() > 0.99


def test_parse_vector_accepts_commas_and_rejects_junk():
    assert parse_vector("0.3, 2.9，4.0") == [0.3, 2.9, 4.0]
    assert parse_vector("1 2 3") == [1.0, 2.0, 3.0]
    assert parse_vector("") is None
    assert parse_vector("1, nan") is None
    assert parse_vector("1, two") is None


def test_switching_to_chinese_translates_the_tab(window, page, qtbot):
    assert page.function_buttons["step"].text() == "Step function"
    window.set_language("zh_CN")
    try:
        assert page.function_buttons["step"].text() == "阶跃函数"
        assert page.curves.error.controls.title() == "数值微分（第 4.3 节）"
        assert page.softmax.overflow_button.text() == "溢出的例子"
        assert "第 3–4 章" in page.heading.text()
        assert window.tabs.tabText(window.tabs.indexOf(page)) == "激活函数"
    finally:
        window.set_language("en")
    assert page.function_buttons["step"].text() == "Step function"
    assert page.curves.error.controls.title() == "Numerical differentiation (Chapter 4.3)"


def test_the_screenshot_state_shows_a_tangent_and_its_secant(page):
    page.prepare_screenshot()
    assert page.current_function() == "sigmoid"
    assert page.curves.secant_curve.isVisible()
    tx, ty = page.curves.tangent_curve.getData()
    sx, sy = page.curves.secant_curve.getData()
    assert not np.allclose(ty, sy)  # h = 0.5: the secant visibly differs from the tangent


def test_larger_text_also_enlarges_the_text_inside_the_plots(window, page, qtbot):
    def size():
        return page.curves.error.rounding_text.textItem.font().pointSizeF()

    before = size()
    window.larger_text()  # Qt posts the FontChange
    try:
        qtbot.waitUntil(lambda: size() == before + 2)
        assert page.curves.error.legend.opts["labelTextSize"] == f"{before + 2:.0f}pt"
    finally:
        window.reset_text()
    qtbot.waitUntil(lambda: size() == before)


def test_an_invalid_entry_greys_the_chart_and_names_the_input_it_still_shows(page, qtbot):
    click(qtbot, page.function_buttons["softmax"])
    softmax = page.softmax
    click(qtbot, softmax.book_button)
    title = softmax.plot.getPlotItem().titleLabel.text
    edit = softmax.input_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "1, abc, , 3e400")
    assert softmax.input_error.isVisible()
    shown = softmax.plot.getPlotItem().titleLabel.text
    # "1" was valid while it was being typed: that is the input the chart still shows.
    assert shown != title and "last valid input a = (1)" in shown
    assert softmax.status.text().startswith("Last valid input (1): ")
    assert softmax.stable_bars.opacity() < 0.5 and not softmax.table.isEnabled()
    edit.selectAll()
    qtbot.keyClicks(edit, "1, 2")  # valid again: the chart is this input's, in full colour
    assert softmax.plot.getPlotItem().titleLabel.text == title
    assert softmax.stable_bars.opacity() == 1.0 and softmax.table.isEnabled()
    assert softmax.table.columnCount() == 2


@pytest.mark.parametrize("name", ["step", "relu"])
def test_the_no_derivative_labels_stay_inside_their_plots_on_a_projector(window, qtbot, name):
    """At 1024×768 with Larger text "not differentiable at x = 0" ran out of its 270 px plot."""
    window.resize(1024, 768)
    window.larger_action.trigger()
    window.show_tab("activations")
    page = window.page("activations")
    qtbot.waitExposed(page)
    page.curves.set_function(name)
    qtbot.wait(50)
    curves = page.curves
    for plot, text in (
        (curves.function_plot, curves.kink_text),
        (curves.derivative_plot, curves.derivative_kink_text),
    ):
        view = plot.getViewBox().sceneBoundingRect()
        label = text.mapRectToScene(text.boundingRect())
        assert text.isVisible() and "x = 0" in text.textItem.toPlainText()
        assert view.contains(label), (text.textItem.toPlainText(), label, view)
