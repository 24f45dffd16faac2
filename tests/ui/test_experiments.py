"""The Experiments tab as a student uses it: choose a ch6 experiment, edit its runs, race them."""

import csv

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtTest import QTest

from nnviz.ui.tabs.experiments.state import EXPERIMENT_ORDER


@pytest.fixture
def tab(window):
    window.show_tab("experiments")
    page = window.page("experiments")
    yield page
    page.shutdown()


def click_row(qtbot, list_widget, row):
    item = list_widget.item(row)
    rect = list_widget.visualItemRect(item)
    qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert list_widget.currentRow() == row


def choose(qtbot, tab, name):
    click_row(qtbot, tab.experiment_list, EXPERIMENT_ORDER.index(name))
    assert tab.state.name == name


def set_spin(qtbot, box, value):
    """Type a value into a spin box like a user: select all, type, Enter."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == pytest.approx(value)


def points(tab):
    """How many points each run's curve shows now."""
    return [
        len(curve.getData()[0] if curve.getData()[0] is not None else [])
        for curve in tab.curves.curves
    ]


def test_each_experiment_names_its_section_and_figure(tab):
    texts = [tab.experiment_list.item(i).text() for i in range(tab.experiment_list.count())]
    assert texts[0] == "6.1.8 Optimizers on MNIST (Fig. 6-9)"
    assert any(t.startswith("6.5 Hyperparameter search") for t in texts)
    assert len(texts) == 8


def test_choosing_an_experiment_lists_the_books_runs(qtbot, tab):
    choose(qtbot, tab, "weight-init")
    labels = [tab.run_list.item(i).text() for i in range(tab.run_list.count())]
    assert labels == ["std=0.01", "Xavier", "He"]
    assert tab.runs_box.isVisible() and not tab.histogram_box.isVisible()
    assert [c.name() for c in tab.curves.curves] == labels  # one legend entry per run


def test_duplicate_adam_and_give_it_lr_001(qtbot, tab):
    click_row(qtbot, tab.run_list, 3)
    assert tab.optimizer_combo.currentText() == "Adam"
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.run_list.count() == 5 and tab.run_list.currentRow() == 4
    set_spin(qtbot, tab.lr_spin, 0.01)
    run = tab.state.runs[4]
    assert (run.label, run.optimizer, run.lr) == ("Adam (2)", "Adam", 0.01)
    assert tab.state.runs[3].lr == 0.001  # the original is untouched
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.run_list.count() == 4


def test_start_grows_every_runs_curve_together_and_stop_ends_within_a_second(qtbot, tab):
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.is_running() and not tab.experiment_list.isEnabled()
    qtbot.waitUntil(lambda: min(points(tab)) >= 10, timeout=30_000)
    counts = points(tab)
    assert max(counts) - min(counts) <= 1 + max(counts) // 10  # round-robin: they grow together
    timer = QElapsedTimer()
    timer.start()
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    assert not tab.is_running()
    assert timer.elapsed() < 1000
    stopped = [len(r.loss) for r in tab.state.results]
    QTest.qWait(300)
    assert [len(r.loss) for r in tab.state.results] == stopped
    assert points(tab) == stopped  # the plot shows every point trained
    assert "0 of 4 runs finished" in tab.status.text()
    assert tab.export_button.isEnabled()


def test_pause_holds_the_race_and_resume_goes_on(qtbot, tab):
    choose(qtbot, tab, "weight-init")
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: min(points(tab)) >= 3, timeout=30_000)
    with qtbot.waitSignal(tab._worker.paused, timeout=2000):
        qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert tab.pause_button.text() == "Resume"
    count = sum(len(r.loss) for r in tab.state.results)
    QTest.qWait(300)
    assert sum(len(r.loss) for r in tab.state.results) == count
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sum(len(r.loss) for r in tab.state.results) > count + 3, timeout=10_000)
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)


def test_csv_export_has_every_point_of_every_run(qtbot, tab, tmp_path):
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: min(points(tab)) >= 5, timeout=30_000)
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "runs.csv"
    tab.export_csv(path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    for result in tab.state.results:
        mine = [r for r in rows if r["run"] == result.label]
        assert [float(r["value"]) for r in mine] == pytest.approx(result.loss)
        assert all(
            r["curve"] == "loss" and r["optimizer"] == result.settings["optimizer"] for r in mine
        )


def test_histograms_follow_the_activation_and_scale_as_the_book_says(qtbot, tab):
    choose(qtbot, tab, "activations")
    assert tab.histogram_box.isVisible() and not tab.runs_box.isVisible()
    tab.activation_combo.setCurrentText("sigmoid")
    tab.scale_combo.setCurrentText("std 1")
    for layer in tab.histograms.heights:  # piles at 0 and 1
        assert layer[0] + layer[-1] > 0.5 * layer.sum()
    tab.scale_combo.setCurrentText("std 0.01")
    for layer in tab.histograms.heights[1:]:  # piles at 0.5
        assert layer[13:17].sum() == layer.sum()
    assert tab.scale_value.text() == "std 0.01"
    tab.activation_combo.setCurrentText("relu")
    tab.scale_combo.setCurrentText("He")
    stds = [h.std for h in tab.state.distributions().activations]
    assert max(stds) / min(stds) < 1.5
    assert "He" in tab.scale_value.text()


def test_the_scale_slider_sets_any_std(qtbot, tab):
    choose(qtbot, tab, "activations")
    before = [h.copy() for h in tab.histograms.heights]
    tab.scale_slider.setFocus()
    qtbot.keyClick(tab.scale_slider, Qt.Key.Key_Home)
    assert tab.scale_value.text() == "std 0.001"
    assert any((a != b).any() for a, b in zip(before, tab.histograms.heights, strict=True))


def test_a_refused_setting_says_why_and_changes_nothing(qtbot, tab):
    assert not tab.edit_run(0, lr=-1.0)
    assert "learning rate" in tab.status.text()
    assert tab.state.runs[0].lr == 0.01


def test_batch_norm_shows_one_small_plot_per_weight_scale(qtbot, tab):
    choose(qtbot, tab, "batch-norm")
    assert tab.pages.currentWidget() is tab.grid
    assert len(tab.grid.plots) == 16 and len(tab.grid.curves) == 32
    assert tab.run_list.count() == 32
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    # Epoch 0's accuracy comes first for every run: all 32 curves get a point.
    qtbot.waitUntil(lambda: all(len(r.train_acc) >= 1 for r in tab.state.results), timeout=60_000)
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    tab._redraw()
    assert all(len(curve.getData()[1]) >= 1 for curve in tab.grid.curves)


def test_the_search_scatters_finished_trials_by_lr_and_says_why_not_the_test_set(qtbot, tab):
    from nnviz.engine import experiments as ex

    choose(qtbot, tab, "hyperparameters")
    assert tab.pages.currentWidget() is tab.search
    assert "never on the test images" in tab.explanation.text()
    assert tab.run_list.count() == 100
    results = ex.new_results(tab.state.runs[:3])
    for index, acc in enumerate((0.2, 0.5, 0.8)):
        results[index].add(ex.RunUpdate(index, epoch=1, train_acc=acc, eval_acc=acc))
    results[2].add(ex.RunUpdate(2, finished=True))
    tab.search.show_results(results)
    xs, ys = tab.search.lr_points.getData()
    assert list(ys) == [0.8]  # only finished trials are shown
    assert xs[0] == pytest.approx(np.log10(tab.state.runs[2].lr))
    tab.state.results = results
    tab._show_status()
    assert f"Best 1: lr {tab.state.runs[2].lr:.2g} to" in tab.status.text()


def test_changing_a_trials_lr_keeps_its_tiny_weight_decay(qtbot, tab):
    choose(qtbot, tab, "hyperparameters")
    click_row(qtbot, tab.run_list, 0)
    decay = tab.state.runs[0].weight_decay
    set_spin(qtbot, tab.lr_spin, 0.005)
    assert tab.state.runs[0].lr == 0.005
    assert tab.state.runs[0].weight_decay == decay  # not the spin box's 6-decimal rounding


def test_a_batch_norm_runs_own_scale_survives_a_round_trip_in_the_menu(qtbot, tab):
    choose(qtbot, tab, "batch-norm")
    click_row(qtbot, tab.run_list, 2)
    scale = tab.state.runs[2].weight_init
    assert tab.init_combo.currentText() == f"std {scale:.3g}"
    tab.init_combo.setCurrentIndex(1)
    assert tab.state.runs[2].weight_init == "xavier"
    tab.init_combo.setCurrentIndex(0)
    assert tab.state.runs[2].weight_init == scale


def test_the_best_trials_curves_are_drawn_best_first_with_their_settings(qtbot, tab):
    from nnviz.engine import experiments as ex

    choose(qtbot, tab, "hyperparameters")
    results = ex.new_results(tab.state.runs[:7])
    finals = (0.3, 0.9, 0.1, 0.7, 0.5, 0.8, 0.6)
    for index, final in enumerate(finals):
        for epoch, acc in enumerate((0.1, final / 2, final)):
            results[index].add(ex.RunUpdate(index, epoch=epoch, train_acc=acc, eval_acc=acc))
        results[index].add(ex.RunUpdate(index, finished=True))
    tab.search.show_results(results)
    curves = tab.search.best_curves
    assert len(curves) == 5  # the book's Best-1 ... Best-5
    assert [list(c.getData()[1])[-1] for c in curves] == [0.9, 0.8, 0.7, 0.6, 0.5]
    best = tab.state.runs[1]
    legend = [label.text for _, label in tab.search.best_legend.items]
    assert legend[0] == f"Best-1: lr {best.lr:.2g}, λ {best.weight_decay:.2g}"


def test_the_plot_exports_as_png_and_svg(qtbot, tab, tmp_path):
    import xml.etree.ElementTree as ET

    from PySide6.QtGui import QImage

    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: min(points(tab)) >= 5, timeout=30_000)
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    png = tab.export_plot(tmp_path / "race.png")
    image = QImage(str(png))
    assert image.width() == 2 * tab.curves.width() and image.height() == 2 * tab.curves.height()
    # The curves are there: pixels in every run's colour, not a blank picture.
    assert (
        len(
            {
                image.pixel(x, y)
                for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)
            }
        )
        > 20
    )
    svg = tab.export_plot(tmp_path / "race.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert (
        len([e for e in root.iter() if e.tag.endswith("path") or e.tag.endswith("polyline")]) >= 4
    )
    no_extension = tab.export_plot(tmp_path / "race")
    assert no_extension.name == "race.png" and QImage(str(no_extension)).width() > 0
