"""Export, Copy image, full screen, presenter mode and the keys of the stepped views, as a teacher
preparing and giving a class meets them (issue 22)."""

import csv
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

from nnviz.ui.export_view import FORMATS, format_by_key, plot_columns, visible_plots


def show(window, qtbot, tab_id):
    window.show_tab(tab_id)
    page = window.page(tab_id)
    qtbot.waitExposed(page)
    window.activateWindow()
    page.setFocus()
    return page


def press(qtbot, window, key):
    """A key as a student presses it: to the widget that has the keyboard."""
    qtbot.keyClick(QApplication.focusWidget() or window, key)


# ---- export -----------------------------------------------------------------------------------
@pytest.mark.parametrize("scale", [1, 2, 4])
def test_export_view_writes_a_png_rendered_at_each_scale(window, qtbot, tmp_path, scale):
    page = show(window, qtbot, "perceptron")
    path = tmp_path / f"view{scale}.png"
    assert window.export_view(str(path), format_by_key(f"png{scale}"))
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (page.width() * scale, page.height() * scale)
    if scale > 1:  # rendered again at that size: more distinct colours than a scaled-up copy
        window.export_view(str(tmp_path / "small.png"), format_by_key("png1"))
        small = QImage(str(tmp_path / "small.png")).scaled(image.size())
        assert image != small


def test_export_view_writes_an_svg_that_parses_with_an_svg_root(window, qtbot, tmp_path):
    show(window, qtbot, "backprop")
    path = tmp_path / "graph.svg"
    assert window.export_view(str(path), format_by_key("svg"))
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter())) > 20  # the drawing is in it, not an empty page


def test_an_svg_plot_draws_its_lines_in_screen_units_for_every_viewer(window, qtbot, tmp_path):
    """Curves in data units with vector-effect="non-scaling-stroke" came out 25 times too thick
    in librsvg and slide programs (a black plot of blobs), and the race's dots as pixmap bits."""
    page = show(window, qtbot, "gradient")
    page.apply_book_race()
    page.pause()
    page.reset()
    for _ in range(6):
        page.step()
    path = tmp_path / "race.svg"
    assert window.export_view(str(path), format_by_key("svg"))
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    paths = list(root.iter(f"{ns}path"))
    assert not [p for p in paths if p.get("vector-effect") == "non-scaling-stroke"]
    for group in root.iter(f"{ns}g"):
        a = float(group.get("transform", "matrix(1,0,0,1,0,0)")[7:-1].split(",")[0])
        if abs(a) > 2:  # a data-to-screen scale: none may hold a drawn line any more
            assert not group.findall(f"{ns}path")
    # SGD's path of 6 steps, in screen coordinates inside the plot (x within the window)
    sgd = [p for p in paths if p.get("d", "").count("L") == 6]
    assert sgd and all(
        0 <= float(x) <= window.width() for x in re.findall(r"(-?[\d.]+),", sgd[0].get("d"))
    )


def test_export_view_writes_the_plotted_curves_as_csv(window, qtbot, tmp_path):
    page = show(window, qtbot, "activations")
    path = tmp_path / "curves.csv"
    assert window.export_view(str(path), format_by_key("csv"))
    with open(path, encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    header, body = rows[0], rows[1:]
    plots = visible_plots(page)
    title = plots[0].getPlotItem().titleLabel.text
    curve = plots[0].getPlotItem().listDataItems()[0]  # the function's curve
    x, y = curve.xData, curve.yData
    assert header[0].startswith("Sigmoid function") and header[0].endswith("· f(x) · x")
    assert header[1].endswith("· f(x) · y") and "Sigmoid" in title
    xs = np.array([float(r[0]) for r in body if r[0] != ""])
    ys = np.array([float(r[1]) for r in body if r[1] != ""])
    assert np.allclose(xs, x) and np.allclose(ys, y)
    assert header == [h for h, _ in plot_columns(page)]
    assert any("Derivative" in h for h in header)  # every plot of the tab, not just the first


def test_an_export_by_extension_picks_the_format(window, qtbot, tmp_path):
    show(window, qtbot, "gradient")
    assert window.export_view(str(tmp_path / "a.svg"))
    assert ET.parse(tmp_path / "a.svg").getroot().tag.endswith("svg")
    assert window.export_view(str(tmp_path / "a.png"))
    assert not QImage(str(tmp_path / "a.png")).isNull()
    assert [f.key for f in FORMATS] == ["png1", "png2", "png4", "svg", "csv"]


def test_copy_image_puts_the_view_on_the_clipboard(window, qtbot):
    page = show(window, qtbot, "perceptron")
    QApplication.clipboard().clear()
    window.copy_image_action.trigger()
    image = QApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() == 2 * page.width()
    assert window.copy_image_action.shortcut().toString() == "Ctrl+Shift+C"


# ---- full screen and presenter mode -----------------------------------------------------------
def test_f11_toggles_full_screen_and_the_menu_check_follows(window, qtbot):
    show(window, qtbot, "perceptron")
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.fullscreen_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.fullscreen_action.isChecked()


def test_leaving_full_screen_gives_back_the_maximized_window(window, qtbot):
    """Not its 1280×800 normal size, which a 1024×768 projector cannot show."""
    show(window, qtbot, "perceptron")
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.isMaximized()


def test_the_first_window_fits_a_projectors_screen(monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from nnviz.ui.main_window import FRAME_MARGIN, MainWindow

    class Projector:
        def availableGeometry(self):
            return QRect(0, 0, 1024, 768)

    monkeypatch.setattr(QApplication, "primaryScreen", staticmethod(Projector))
    monkeypatch.setattr(QApplication, "platformName", staticmethod(lambda: "xcb"))
    width, height = MainWindow.first_size(None)
    assert width + FRAME_MARGIN <= 1024 and height + 2 * FRAME_MARGIN <= 768
    monkeypatch.setattr(QApplication, "platformName", staticmethod(lambda: "offscreen"))
    assert MainWindow.first_size(None) == (1280, 800)  # tests and --screenshot choose sizes


@pytest.mark.parametrize(
    "tab_id, picture",
    [
        ("perceptron", "plot"),
        ("backprop", "view"),
        ("gradient", "plot"),
        ("convolution", "pages"),
        ("training", "curves"),
        ("draw", None),  # its panels are inside the columns: they only make room in them
    ],
)
def test_presenter_mode_hides_the_panels_enlarges_the_text_and_restores_both(
    window, qtbot, tab_id, picture
):
    page = show(window, qtbot, tab_id)
    picture = getattr(page, picture) if picture else page
    panels = page.presenter_hidden_widgets()
    assert panels and all(p.isVisible() for p in panels)
    before_pt = QApplication.font().pointSizeF()
    width = picture.width()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter_action.isChecked()
    assert not any(p.isVisible() for p in panels)
    assert not window.statusBar().isVisible()
    assert QApplication.font().pointSizeF() == pytest.approx(before_pt * 1.5)
    if picture is not page:
        qtbot.waitUntil(lambda: picture.width() > width * 1.2)  # the picture takes the room
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.presenter_action.isChecked()
    assert all(p.isVisible() for p in panels)
    assert window.statusBar().isVisible()
    assert QApplication.font().pointSizeF() == before_pt


def test_presenter_mode_keeps_a_panel_that_was_hidden_hidden(window, qtbot):
    page = show(window, qtbot, "perceptron")
    panel = page.presenter_hidden_widgets()[0]
    panel.hide()
    window.toggle_presenter()
    window.toggle_presenter()
    assert panel.isHidden()


# ---- the keys of the stepped views -------------------------------------------------------------
def test_arrow_keys_step_backprop_and_space_plays(window, qtbot):
    page = show(window, qtbot, "backprop")
    page.view.setFocus()
    before = page.step_label.text()
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Right)
    assert page.state.position == 2 and page.step_label.text() != before
    press(qtbot, window, Qt.Key.Key_Left)
    assert page.state.position == 1
    press(qtbot, window, Qt.Key.Key_Space)
    assert page.state.playing
    press(qtbot, window, Qt.Key.Key_Space)
    assert not page.state.playing


def test_arrow_keys_move_the_convolution_window(window, qtbot):
    page = show(window, qtbot, "convolution")
    before = page.step_label.text()
    press(qtbot, window, Qt.Key.Key_Right)
    assert page.state.position == 1 and page.step_label.text() != before
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Left)
    assert page.state.position == 1


def test_right_arrow_runs_the_perceptron_rule_and_space_plays_it(window, qtbot):
    page = show(window, qtbot, "perceptron")
    before = page.learn_box.status.text()
    press(qtbot, window, Qt.Key.Key_Right)
    assert page.learn_box.status.text() != before
    press(qtbot, window, Qt.Key.Key_Space)
    assert page.playing() and page.learn_box.play_button.isChecked()
    press(qtbot, window, Qt.Key.Key_Space)
    assert not page.playing()


def test_arrow_keys_step_gradient_descent_forward_and_back(window, qtbot):
    page = show(window, qtbot, "gradient")
    before = page.status.text()
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Right)
    assert page.current_run().shown == 3 and page.status.text() != before
    press(qtbot, window, Qt.Key.Key_Left)
    assert page.current_run().shown == 2
    press(qtbot, window, Qt.Key.Key_Space)
    assert page.is_playing()
    press(qtbot, window, Qt.Key.Key_Space)
    assert not page.is_playing()


def test_arrow_key_steps_the_optimizer_race(window, qtbot):
    page = show(window, qtbot, "gradient")
    page.modes.setCurrentWidget(page.race_panel)
    assert page.in_race()
    page.setFocus()
    shown = page.current_run().shown
    press(qtbot, window, Qt.Key.Key_Right)
    assert page.current_run().shown == shown + 1


def test_right_arrow_nudges_the_next_weight_of_simplenet(window, qtbot):
    page = show(window, qtbot, "learning")
    page.pages.setCurrentWidget(page.network_page)
    page.setFocus()
    before = page.network_page.loss_text.text()
    steps = len(page.network_page.walk.steps)
    press(qtbot, window, Qt.Key.Key_Right)
    assert len(page.network_page.walk.steps) == steps + 1
    press(qtbot, window, Qt.Key.Key_Right)
    assert page.network_page.loss_text.text() != before or len(page.network_page.walk.steps) > 1


def test_right_arrow_steps_the_playground(window, qtbot):
    page = show(window, qtbot, "playground")
    before = page.status.text()
    press(qtbot, window, Qt.Key.Key_Right)
    assert page.status.text() != before


def test_keys_typed_into_a_spin_box_stay_in_the_spin_box(window, qtbot):
    page = show(window, qtbot, "backprop")
    spin = next(iter(page.findChildren(QAbstractSpinBox)))
    spin.setFocus()
    position = page.state.position
    qtbot.keyClick(spin, Qt.Key.Key_Right)
    qtbot.keyClick(spin, Qt.Key.Key_Space)
    assert page.state.position == position and not page.state.playing


def test_a_focused_slider_keeps_its_arrow_keys(window, qtbot):
    page = show(window, qtbot, "perceptron")
    slider = page.sliders[0]
    slider.setFocus()
    value = slider.value()
    status = page.learn_box.status.text()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert slider.value() == value + slider.singleStep()
    assert page.learn_box.status.text() == status


# ---- Help ▸ Keyboard shortcuts -----------------------------------------------------------------
def test_shortcuts_dialog_lists_every_key_from_the_table_it_installs(window, qtbot):
    window.shortcuts_action.trigger()
    text = window.shortcuts_dialog.label.text()
    for needle in ("F5", "F11", "Ctrl+E", "Ctrl+Shift+C", "Presenter mode", "Next step"):
        assert needle in text
    assert window.page("backprop").title() in text
    assert window.page("activations").title() not in text.split("Stepped views")[1]
    window.shortcuts_dialog.close()


def test_shortcuts_dialog_is_translated(window_zh, qtbot):
    window_zh.show_shortcuts()
    dialog = window_zh.shortcuts_dialog
    assert "下一步" in dialog.label.text()
    assert "演示模式" in dialog.label.text()
    assert dialog.windowTitle() == "键盘快捷键"
    dialog.close()


def test_arrow_keys_step_the_tab_on_screen_before_anything_in_it_was_clicked(window, qtbot):
    window.show_tab("backprop")
    page = window.page("backprop")
    qtbot.waitExposed(page)
    window.activateWindow()
    window.tabs.tabBar().setFocus()  # the tab was just chosen: the tab bar has the keyboard
    press(qtbot, window, Qt.Key.Key_Right)
    assert page.state.position == 1
    assert window.current_page() is page  # the key stepped the graph, it did not change tabs
    assert window.page("convolution").state.position == 0  # a hidden tab's keys stay quiet


def test_space_on_a_focused_check_box_ticks_it_and_the_arrows_still_step(window, qtbot):
    page = show(window, qtbot, "gradient")
    box = page.show_arrows
    box.setFocus()
    checked = box.isChecked()
    press(qtbot, window, Qt.Key.Key_Space)
    assert box.isChecked() != checked and not page.is_playing()
    press(qtbot, window, Qt.Key.Key_Right)
    assert page.current_run().shown == 2


def test_the_save_dialog_chooses_format_and_scale_and_remembers_the_folder(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from nnviz.ui.app import create_window
    from nnviz.ui.export_view import format_filters

    win = create_window(lang="en")  # persist: the folder is kept in the (test's) settings
    win.ask_before_close = False
    qtbot.addWidget(win)
    win.show()
    win.show_tab("perceptron")
    page = win.page("perceptron")
    four = next(name for name, f in format_filters().items() if f.key == "png4")
    asked = []

    def answer(parent, caption, directory, filters, selected):
        asked.append((directory, selected))
        assert four in filters.split(";;")
        return str(tmp_path / "slide"), four

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    assert win.export_view()
    image = QImage(str(tmp_path / "slide.png"))  # the suffix of the chosen type was added
    assert image.width() == 4 * page.width()
    assert win.export_view()
    assert asked[1][0].startswith(str(tmp_path)) and asked[1][1] == four  # remembered
    win.close()


def test_csv_keeps_the_data_of_a_log_scaled_plot_as_given(window, qtbot, tmp_path):
    page = show(window, qtbot, "activations")
    error_plot = visible_plots(page)[-1]
    assert error_plot.getPlotItem().ctrl.logXCheck.isChecked()  # h on a log axis
    curve = error_plot.getPlotItem().listDataItems()[0]
    columns = dict(plot_columns(page))
    header = next(h for h in columns if h.startswith("Error") and h.endswith(" · x"))
    assert np.allclose(columns[header], curve.xData)
    assert columns[header].min() > 0  # h itself, not log10(h)


def test_space_trains_the_playground_and_pauses_it(window, qtbot):
    page = show(window, qtbot, "playground")
    press(qtbot, window, Qt.Key.Key_Space)
    assert page.is_playing() and not page.play_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.is_playing())
    assert page.play_button.isEnabled()


def test_csv_of_a_view_without_curves_says_so_not_that_the_disk_failed(
    window, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append("warning: " + a[2]))
    show(window, qtbot, "backprop")  # a graph: no plotted curves
    assert not window.export_view(str(tmp_path / "graph.csv"), format_by_key("csv"))
    assert shown == [
        "This view has no plotted curves to save as data.\nSave it as a PNG or SVG picture instead."
    ]
    assert not (tmp_path / "graph.csv").exists()
