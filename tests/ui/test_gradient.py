"""The Gradient tab as a student uses it: the −∇f quiver, descent started by a click, the lr
presets, the optimizer race and the player."""

import subprocess
import sys
import warnings

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from nnviz.engine.gradient import gradient_descent, numerical_gradient
from nnviz.engine.optimizers import OPTIMIZERS
from nnviz.ui.tabs.gradient import model as gm


@pytest.fixture
def tab(window, qtbot):
    window.show_tab("gradient")
    page = window.page("gradient")
    qtbot.waitUntil(lambda: page.plot.isVisible())
    yield page
    page.shutdown()


def choose_function(tab, key):
    tab.function_box.combo.setCurrentIndex(tab.function_box.combo.findData(key))


def arrows(tab):
    """(tails (M, 2), tips (M, 2)) read back from the one quiver item."""
    x, y = tab.plot.quiver.getData()
    xy = np.column_stack([x, y])
    return xy[0::2], xy[1::2]


def viewport_pos(tab, x0, x1):
    """Widget pixel of the data point (x0, x1) on the plot's viewport."""
    scene = tab.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x0, x1))
    return tab.plot.mapFromScene(scene)


def run_to_end(tab, qtbot):
    """Play at the top speed until the run stops by itself."""
    tab.speed.setValue(tab.speed.maximum())
    if not tab.is_playing():
        qtbot.mouseClick(tab.play_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_playing(), timeout=5000)


def direct_race_path(name, lr, f, start, steps):
    """The optimizer run straight from the engine, the way the book's ch6 script does it."""
    optimizer = OPTIMIZERS[name](lr=lr)
    params = {"x": np.array(start, dtype=float)}
    path = [params["x"].copy()]
    for _ in range(steps):
        optimizer.update(params, {"x": numerical_gradient(f, params["x"].copy())})
        path.append(params["x"].copy())
    return np.array(path)


MINUS_GRADIENTS = {  # −∇f worked out by hand, to check the numerical arrows against
    "sphere": lambda p: np.column_stack([-2 * p[:, 0], -2 * p[:, 1]]),
    "elongated": lambda p: np.column_stack([-p[:, 0] / 10, -2 * p[:, 1]]),
    "saddle": lambda p: np.column_stack([-2 * p[:, 0], 2 * p[:, 1]]),
}


def test_quiver_arrows_point_along_minus_the_gradient(tab):
    for key, minus_grad in MINUS_GRADIENTS.items():
        choose_function(tab, key)
        tails, tips = arrows(tab)
        assert len(tails) > 100
        expected = minus_grad(tails)
        drawn = tips - tails
        cos = np.sum(drawn * expected, axis=1) / (
            np.linalg.norm(drawn, axis=1) * np.linalg.norm(expected, axis=1)
        )
        assert cos.min() > 0.9999, key
        # Longer where the slope is steeper (below the length cap): proportional to |∇f|.
        lengths, slopes = np.linalg.norm(drawn, axis=1), np.linalg.norm(expected, axis=1)
        below_cap = lengths < lengths.max() * 0.999
        ratio = lengths[below_cap] / slopes[below_cap]
        assert np.allclose(ratio, ratio[0], rtol=1e-6), key
        hx, _ = tab.plot.quiver_heads.getData()
        assert len(hx) == 2 * len(tails) * 2  # two strokes per head, two points per stroke


def test_density_slider_sets_the_arrows_per_side_and_direction_only_evens_them(tab, qtbot):
    choose_function(tab, "sphere")
    tab.density.setValue(10)
    qtbot.waitUntil(lambda: len(arrows(tab)[0]) > 0 and tab.density_label.text().endswith("10"))
    qtbot.waitUntil(lambda: not tab._quiver_timer.isActive())
    tails, _ = arrows(tab)
    x0a, x0b, x1a, x1b = tab.view_region()
    spacing = max(x0b - x0a, x1b - x1a) / 10
    assert len(np.unique(np.round(tails[:, 0], 9))) <= 11
    assert np.allclose(np.diff(np.unique(np.round(tails[:, 0], 9))), spacing)
    qtbot.mouseClick(tab.equal_length, Qt.LeftButton)
    qtbot.waitUntil(lambda: not tab._quiver_timer.isActive())
    tails, tips = arrows(tab)
    lengths = np.linalg.norm(tips - tails, axis=1)
    assert np.allclose(lengths, lengths[0])


def test_a_click_on_the_plot_starts_descent_at_that_point(tab, qtbot):
    choose_function(tab, "sphere")
    target = (2.0, -1.5)
    qtbot.mouseClick(tab.plot.viewport(), Qt.LeftButton, pos=viewport_pos(tab, *target))
    x, y = tab.plot.descent_item.getData()
    pixel = tab.plot.getPlotItem().getViewBox().viewPixelSize()
    assert abs(x[0] - target[0]) <= 2 * pixel[0] and abs(y[0] - target[1]) <= 2 * pixel[1]
    assert tab.is_playing()
    run_to_end(tab, qtbot)
    x, y = tab.plot.descent_item.getData()
    assert len(x) == 101  # 100 steps of lr 0.1, every one drawn
    expected = gradient_descent(gm.sphere, np.array([x[0], y[0]]), lr=0.1, step_num=100)
    assert np.allclose([x[-1], y[-1]], expected)
    assert "Converged" in tab.status.text()


def test_lr_presets_converge_diverge_and_barely_move(tab, qtbot):
    for key, words in (("converges", "Converged"), ("diverges", "Diverged"), ("stalls", "only")):
        choose_function(tab, "himmelblau")  # the preset brings the book's function back
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no overflow warnings flood, even for lr = 10
            qtbot.mouseClick(tab.descent_panel.preset_buttons[key], Qt.LeftButton)
            run_to_end(tab, qtbot)
        assert tab.function_box.combo.currentData() == "sphere"
        assert tab.descent_panel.lr_box.value() == gm.LR_PRESETS[key]
        x, y = tab.plot.descent_item.getData()
        assert (x[0], y[0]) == (-3.0, 4.0)
        end = np.hypot(x[-1], y[-1])
        assert words in tab.status.text()
        if key == "converges":
            assert end < 1e-8 and len(x) == 101
        elif key == "diverges":
            x0a, x0b, _, _ = tab.view_region()
            assert end > 1e4 and abs(x[-1]) > x0b  # the path has left the view
            assert len(x) < 101  # stopped, not drawn out to inf
            assert "#b00020" in tab.status.styleSheet()
        else:
            assert np.hypot(x[-1] + 3, y[-1] - 4) < 1e-6 and len(x) == 101


def test_the_book_race_runs_the_engine_optimizers_and_matches_them(tab, qtbot):
    qtbot.mouseClick(tab.race_panel.book_button, Qt.LeftButton)
    assert tab.in_race() and tab.function_box.combo.currentData() == "elongated"
    run_to_end(tab, qtbot)
    shown = {tab.race_panel.lr_boxes[n].text() for n in ("SGD", "Momentum", "AdaGrad", "Adam")}
    assert shown == {"0.95", "0.1", "1.5", "0.3"}
    for name in gm.RACE_ORDER:
        x, y = tab.plot.race_items[name].getData()
        expected = direct_race_path(name, gm.BOOK_RACE_LR[name], gm.elongated, (-7.0, 2.0), 30)
        assert np.allclose(np.column_stack([x, y]), expected, rtol=0, atol=1e-12), name
        loss = gm.elongated(expected[-1])
        assert tab.race_panel.loss_labels[name].text() == f"{loss:.2e}"
    legend_names = [label.text for _sample, label in tab.plot.legend.items]
    assert legend_names == list(gm.RACE_ORDER)
    assert "step 30 of 30" in tab.status.text()


def test_editing_one_learning_rate_reruns_only_that_optimizer(tab, qtbot):
    qtbot.mouseClick(tab.race_panel.book_button, Qt.LeftButton)
    tab.pause()
    adam_before = tab.plot.race_items["Adam"].getData()[0].copy()
    box = tab.race_panel.lr_boxes["SGD"]
    box.selectAll()
    qtbot.keyClicks(box, "0.5")
    qtbot.keyClick(box, Qt.Key_Return)
    assert tab.race.lrs["SGD"] == 0.5
    tab.race.run_to_end()
    tab._refresh_paths()
    x, y = tab.plot.race_items["SGD"].getData()
    expected = direct_race_path("SGD", 0.5, gm.elongated, (-7.0, 2.0), 30)
    assert np.allclose(np.column_stack([x, y]), expected)
    assert np.array_equal(tab.plot.race_items["Adam"].getData()[0][: len(adam_before)], adam_before)


def test_a_click_in_the_race_restarts_every_optimizer_there(tab, qtbot):
    qtbot.mouseClick(tab.race_panel.book_button, Qt.LeftButton)
    qtbot.mouseClick(tab.plot.viewport(), Qt.LeftButton, pos=viewport_pos(tab, 6.0, -3.0))
    starts = {tuple(np.round(tab.plot.race_items[n].getData()[0][:1], 1)) for n in gm.RACE_ORDER}
    assert starts == {(6.0,)}
    assert tab.is_playing()


def test_a_huge_learning_rate_shows_diverged_without_warnings(tab, qtbot):
    qtbot.mouseClick(tab.race_panel.book_button, Qt.LeftButton)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tab.race_panel.lr_boxes["SGD"].setValue(100.0)
        run_to_end(tab, qtbot)
    assert tab.race_panel.loss_labels["SGD"].text() == "diverged"
    assert tab.race_panel.loss_labels["Adam"].text() != "diverged"


def test_step_play_pause_and_reset_drive_the_path(tab, qtbot):
    choose_function(tab, "sphere")
    tab.modes.setCurrentIndex(0)
    assert len(tab.plot.descent_item.getData()[0]) == 1
    qtbot.mouseClick(tab.step_button, Qt.LeftButton)
    qtbot.mouseClick(tab.step_button, Qt.LeftButton)
    assert len(tab.plot.descent_item.getData()[0]) == 3
    assert "step 2 of 100" in tab.status.text()
    tab.speed.setValue(tab.speed.maximum())
    qtbot.mouseClick(tab.play_button, Qt.LeftButton)
    assert tab.is_playing() and not tab.play_button.isEnabled()
    qtbot.waitUntil(lambda: len(tab.plot.descent_item.getData()[0]) > 10)
    qtbot.mouseClick(tab.pause_button, Qt.LeftButton)
    assert not tab.is_playing()
    paused_at = len(tab.plot.descent_item.getData()[0])
    qtbot.wait(100)
    assert len(tab.plot.descent_item.getData()[0]) == paused_at
    qtbot.mouseClick(tab.reset_button, Qt.LeftButton)
    assert len(tab.plot.descent_item.getData()[0]) == 1


def test_screenshot_state_is_the_book_race_run_to_the_end(tab):
    tab.prepare_screenshot()
    assert tab.in_race() and not tab.is_playing()
    for name in gm.RACE_ORDER:
        assert len(tab.plot.race_items[name].getData()[0]) == 31
    assert tab.plot.legend.isVisible()


def test_switching_to_chinese_translates_the_tab(window, tab):
    window.set_language("zh_CN")
    try:
        assert tab.play_button.text() == "播放"
        assert tab.modes.tabText(1) == "最优化方法比较（第6章）"
        assert tab.descent_panel.lr_label.text() == "学习率 η："
        assert window.tabs.tabText(window.tabs.indexOf(tab)) == "梯度"
    finally:
        window.set_language("en")
    assert tab.play_button.text() == "Play"


def test_the_tab_state_never_imports_qt():
    code = (
        "import sys, nnviz.ui.tabs.gradient.model; "
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_arrow_heads_sit_at_the_tips_and_turn_back_symmetrically():
    points = np.array([[0.0, 0.0], [1.0, 1.0]])
    vectors = np.array([[3.0, 0.0], [0.0, -0.5]])
    shafts, heads = gm.arrow_segments(points, vectors, spacing=1.0)
    tips = shafts[1::2]
    assert np.allclose(heads[0::4], tips) and np.allclose(heads[2::4], tips)
    back_a, back_b = heads[1::4] - tips, heads[3::4] - tips
    unit = vectors / np.linalg.norm(vectors, axis=1)[:, None]
    # Both strokes point backwards, at the same angle either side of the shaft.
    cos_a = np.sum(back_a * -unit, axis=1) / np.linalg.norm(back_a, axis=1)
    cos_b = np.sum(back_b * -unit, axis=1) / np.linalg.norm(back_b, axis=1)
    assert np.allclose(cos_a, np.cos(np.radians(25))) and np.allclose(cos_b, cos_a)


def test_contour_segments_lie_on_their_level_circle_for_the_bowl():
    xs, ys, Z = gm.grid_values(gm.sphere, (-5.0, 5.0, -5.0, 5.0), cells=100)
    for radius in (1.0, 2.5, 4.0):
        seg = gm.contour_segments(xs, ys, Z, radius**2)
        r = np.hypot(seg[:, 0], seg[:, 1])
        assert len(seg) > 40 and np.allclose(r, radius, atol=0.01)
        # Joined up, the pieces go all the way round: every direction is covered.
        angles = np.degrees(np.arctan2(seg[:, 1], seg[:, 0]))
        assert np.histogram(angles, bins=36, range=(-180, 180))[0].min() > 0


def test_the_contours_on_screen_are_drawn_in_one_item_at_the_levels_of_f(tab):
    choose_function(tab, "sphere")
    x, y = tab.plot.contours.getData()
    assert len(x) > 100 and len(x) % 2 == 0
    levels = np.unique(np.round(gm.sphere(np.array([x, y])), 1))
    assert 5 <= len(levels) <= 3 * 14  # a handful of levels, each drawn many times
