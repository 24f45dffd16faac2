"""Text inside plots a class can read: titles that fit, opaque legends, no 0 on a log axis."""

from nnviz.ui.widgets.plot import LEGEND_BRUSH, Plot, title_candidates


def test_a_long_title_is_broken_onto_two_lines_instead_of_widening_the_plot(qtbot):
    plot = Plot()
    qtbot.addWidget(plot)
    plot.resize(260, 220)
    plot.show()
    plot.setTitle("Sigmoid function:  f(x) = 1 / (1 + exp(−x))", size="12pt")
    qtbot.wait(10)
    assert plot.plotItem.titleLabel.text == "Sigmoid function:<br>f(x) = 1 / (1 + exp(−x))"
    assert plot.plotItem.sceneBoundingRect().width() <= plot.width() + 1
    plot.resize(900, 220)  # room again: back on one line
    qtbot.wait(10)
    assert "<br>" not in plot.plotItem.titleLabel.text


def test_an_axis_keeps_its_width_when_its_labels_get_shorter_again(qtbot):
    """Shrinking the axis for "0" after "0.05" re-laid out the plot on every redraw."""
    plot = Plot()
    qtbot.addWidget(plot)
    plot.resize(300, 220)
    plot.show()
    curve = plot.plot([0.0, 0.05])
    qtbot.wait(20)
    axis = plot.getAxis("left")
    wide = axis.width()
    curve.setData([0.0, 4.0])  # ticks 0 1 2 3 4: narrower labels
    qtbot.wait(20)
    assert axis.width() == wide
    curve.setData([0.0, 12345.678])  # wider ones still get their room
    qtbot.wait(20)
    assert axis.width() > wide


def test_titles_break_first_between_parts_then_after_a_colon_then_at_a_space():
    assert title_candidates("green: the true digit · red: the answer")[1] == (
        "green: the true digit<br>red: the answer"
    )
    assert title_candidates("导数：f′(x)")[1] == "导数：<br>f′(x)"
    assert title_candidates("Error of the numerical derivative")[1] == (
        "Error of the<br>numerical derivative"
    )


def test_legends_get_a_near_opaque_background_however_they_are_added(qtbot):
    plot = Plot()
    qtbot.addWidget(plot)
    for legend in (plot.addLegend(), plot.getPlotItem().addLegend()):
        brush = legend.opts["brush"]
        assert brush.color().alpha() == LEGEND_BRUSH[3] >= 240


def test_the_log_error_axis_has_no_zero_tick(window):
    window.show_tab("activations")
    axis = window.page("activations").curves.error.plot.getAxis("left")
    labels = [label for level in axis._tickLevels for _, label in level if label]
    assert "0" not in labels and "≤1e-17" in labels
