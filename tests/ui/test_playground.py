"""The Playground tab as a student uses it: a network learns 2-D points live, edits apply at the
next step, clicks add points, setups save and open."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QToolTip

from nnviz.engine.layers import Relu
from nnviz.ui.tabs.playground.session import PlaygroundSession, Settings, settings_from_json


# ---- the session (Qt-free): what the network learns ---------------------------------------
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_xor_with_a_hidden_layer_reaches_95_percent(seed):
    session = PlaygroundSession(Settings(dataset="xor", hidden=(4,), noise=0.0, seed=seed))
    session.step(2000)
    assert session.accuracy() >= 0.95


def test_xor_without_a_hidden_layer_stays_near_half():
    session = PlaygroundSession(Settings(dataset="xor", hidden=(), noise=0.0))
    session.step(2000)
    assert session.accuracy() <= 0.7  # a straight line cannot split XOR (ch2.5)


def test_a_three_class_set_trains_with_a_three_way_softmax():
    session = PlaygroundSession(Settings(dataset="clouds", hidden=(4,)))
    session.step(1000)
    snap = session.snapshot()
    assert session.net.output_size == 3 and snap.probs.shape[-1] == 3
    assert np.allclose(snap.probs.sum(axis=-1), 1.0)
    assert snap.train_acc >= 0.9


def test_the_spiral_needs_depth():
    common = {"dataset": "spiral", "noise": 0.0, "lr": 0.01, "batch_size": 20}
    shallow = PlaygroundSession(Settings(hidden=(2,), **common))
    deep = PlaygroundSession(Settings(hidden=(8, 8, 8), **common))
    for session in (shallow, deep):
        session.step(4000)
    assert deep.accuracy() >= 0.95 and shallow.accuracy() < 0.8


def test_lr_and_activation_change_without_a_new_network():
    session = PlaygroundSession()
    session.step(10)
    net, W1 = session.net, session.net.params["W1"]
    session.request(lr=0.1, activation="relu", weight_decay=0.01)
    session.step(1)
    assert session.net is net and session.rebuilds == 1 and session.step_count == 11
    assert session.optimizer.lr == 0.1 and net.weight_decay_lambda == 0.01
    assert isinstance(net.layers["Activation_function1"], Relu)
    assert session.net.params["W1"] is W1  # the optimizer still moves the net's own arrays


def test_a_new_shape_rebuilds_the_network():
    session = PlaygroundSession()
    session.request(hidden=(3, 5, 2), features=("x1", "x2", "x1·x2"))
    session.step(1)
    assert session.rebuilds == 2
    assert session.net.hidden_size_list == [3, 5, 2] and session.net.input_size == 3


def test_a_setup_round_trips_through_json():
    session = PlaygroundSession(Settings(dataset="moons", hidden=(6, 3), lr=0.1))
    session.add_point(0.2, -0.3, 1)
    session.apply_pending()
    settings, points = settings_from_json(session.setup_json())
    assert settings == session.settings
    assert np.allclose(points, [[0.2, -0.3, 1]])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"nnviz_playground": 1}',
        '{"nnviz_playground": 1, "settings": {"lr": -1}}',
        '{"nnviz_playground": 1, "settings": {"hidden": [99]}}',
        '{"nnviz_playground": 1, "settings": {}, "points": [[0, 0, 7]]}',
    ],
)
def test_a_bad_setup_is_refused_with_a_value_error(text):
    with pytest.raises(ValueError):
        settings_from_json(text)


# ---- the tab, driven as a user would ----------------------------------------------------
@pytest.fixture
def tab(window, qtbot):
    window.show_tab("playground")
    page = window.page("playground")
    qtbot.waitUntil(lambda: page.plane.isVisible())
    yield page
    page.shutdown()


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_play_trains_xor_live_and_pause_stops(tab, qtbot):
    tab.settings_panel.units[0].setValue(4)
    qtbot.mouseClick(tab.play_button, Qt.LeftButton)
    assert tab.is_playing()
    qtbot.waitUntil(lambda: tab.last.step > 200 and tab.last.train_acc >= 0.95, timeout=20000)
    assert "Step" in tab.status.text()
    qtbot.mouseClick(tab.pause_button, Qt.LeftButton)
    assert not tab.is_playing()
    step = tab.session.step_count
    qtbot.wait(200)
    assert tab.session.step_count == step


def test_a_change_while_training_takes_effect_without_a_restart(tab, qtbot):
    qtbot.mouseClick(tab.play_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.last.step > 50, timeout=10000)
    net = tab.session.net
    choose(tab.settings_panel.lr, 0.1)
    choose(tab.settings_panel.activation, "relu")
    before = tab.last.step
    qtbot.waitUntil(lambda: tab.last.step > before + 50, timeout=10000)
    assert tab.is_playing()
    assert tab.session.net is net  # same network, trained on, not restarted
    assert tab.session.optimizer.lr == 0.1
    assert isinstance(net.layers["Activation_function1"], Relu)
    tab.pause()


def test_a_click_on_the_plane_adds_a_point_of_the_chosen_class(tab, qtbot):
    choose(tab.settings_panel.add_class, 1)
    count = len(tab.last.t_train)
    scene = tab.plane.vb.mapViewToScene(QPointF(0.5, -0.25))
    qtbot.mouseClick(tab.plane.viewport(), Qt.LeftButton, pos=tab.plane.mapFromScene(scene))
    qtbot.waitUntil(lambda: len(tab.last.t_train) == count + 1, timeout=3000)
    assert tab.last.t_train[-1] == 1
    assert np.allclose(tab.last.x_train[-1], [0.5, -0.25], atol=0.05)


def test_the_step_button_draws_the_boundary_after_one_step(tab, qtbot):
    first = tab.plane.image.image.copy()
    qtbot.mouseClick(tab.step_button, Qt.LeftButton)
    assert tab.last.step == 1
    assert not np.array_equal(first, tab.plane.image.image)


def test_adding_a_layer_with_the_button_shows_its_neurons(tab, qtbot):
    assert tab.network.shape() == (2, 4, 4, 2)  # x1, x2 -> 4 -> 4 -> two classes
    qtbot.mouseClick(tab.settings_panel.add_layer, Qt.LeftButton)
    assert tab.network.shape() == (2, 4, 4, 4, 2)
    assert tab.session.net.hidden_layer_num == 3


def test_hovering_over_an_edge_shows_its_weight(tab, qtbot):
    view = tab.network
    middle = view.edge_point(1, 2, 3)
    layer, i, j, w = view.edge_at(middle)
    assert (layer, i, j) == (1, 2, 3)
    assert w == pytest.approx(tab.session.net.params["W2"][2, 3])
    qtbot.mouseMove(view, middle.toPoint())
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=2000)
    assert QToolTip.text() == f"W2[2, 3] = {w:.4f}"


def test_an_edge_is_as_wide_as_its_weight_is_large(tab):
    image = tab.network.grab().toImage()
    assert not image.isNull() and tab.network.weights[0].shape == (2, 4)


def test_hiding_the_tab_stops_training(tab, window, qtbot):
    qtbot.mouseClick(tab.play_button, Qt.LeftButton)
    window.show_tab("perceptron")
    qtbot.waitUntil(lambda: not tab.is_playing(), timeout=3000)


def test_a_saved_setup_opens_again_and_a_bad_file_changes_nothing(tab, tmp_path):
    choose(tab.settings_panel.dataset, "spirals")
    path = tmp_path / "setup.json"
    assert tab.write_setup(str(path))
    choose(tab.settings_panel.dataset, "xor")
    assert tab.read_setup(str(path))
    assert tab.session.settings.dataset == "spirals"
    assert tab.settings_panel.dataset.currentData() == "spirals"
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    assert not tab.read_setup(str(bad))
    assert "Could not open" in tab.status.text()
    assert tab.session.settings.dataset == "spirals"


def test_the_slowest_speed_paces_steps_and_pause_answers_at_once(tab, qtbot):
    tab.speed.setValue(0)  # 1 step a second
    qtbot.mouseClick(tab.play_button, Qt.LeftButton)
    qtbot.wait(1500)
    assert 1 <= tab.session.step_count <= 3
    started = time.perf_counter()
    qtbot.mouseClick(tab.pause_button, Qt.LeftButton)
    assert time.perf_counter() - started < 0.3  # the GUI did not wait for a slow step
    assert not tab.is_playing()


def test_points_loaded_from_a_csv_become_the_data_and_train(tab, qtbot, tmp_path):
    path = tmp_path / "points.csv"
    rows = ["x1,x2,label"] + [f"{-0.5 + 0.01 * i},{0.3},0" for i in range(20)]
    rows += [f"{0.5 - 0.01 * i},{-0.3},1" for i in range(20)]
    rows += [f"{0.0},{0.8 - 0.01 * i},2" for i in range(20)]
    path.write_text("\n".join(rows), encoding="utf-8")
    assert tab.read_points_csv(str(path))
    assert tab.settings_panel.dataset.currentData() == "own"
    assert len(tab.last.t_train) == 60 and tab.last.classes == 3
    assert tab.session.net.output_size == 3
    qtbot.mouseClick(tab.step_button, Qt.LeftButton)
    assert tab.last.step == 1
    tab.session.step(300)
    assert tab.session.accuracy() >= 0.95


def test_a_bad_csv_gets_a_message_and_keeps_the_data(tab, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("0,0,1\n0,zero,0\n", encoding="utf-8")
    before = tab.last.x_train
    assert not tab.read_points_csv(str(path))
    assert "line 2" in tab.status.text()
    assert tab.session.settings.dataset == "xor" and tab.last.x_train is before


def test_clicks_on_an_empty_plane_make_a_data_set_of_new_classes(tab, qtbot):
    choose(tab.settings_panel.dataset, "own")
    assert len(tab.last.t_train) == 0
    for label, (x1, x2) in enumerate([(-0.5, 0.5), (0.5, -0.5), (0.5, 0.5)]):
        choose(tab.settings_panel.add_class, label)
        scene = tab.plane.vb.mapViewToScene(QPointF(x1, x2))
        qtbot.mouseClick(tab.plane.viewport(), Qt.LeftButton, pos=tab.plane.mapFromScene(scene))
    assert tab.last.t_train.tolist() == [0, 1, 2] and tab.session.net.output_size == 3


def test_five_clouds_train_with_a_five_way_softmax():
    session = PlaygroundSession(Settings(dataset="clouds", n_classes=5, hidden=(8,)))
    assert sorted(set(session.t_train.tolist())) == [0, 1, 2, 3, 4]
    session.step(1500)
    snap = session.snapshot()
    assert snap.probs.shape[-1] == 5 and snap.train_acc >= 0.85


def test_the_class_picker_sets_how_many_clouds_and_what_a_click_can_add(tab, qtbot):
    panel = tab.settings_panel
    assert not panel.n_classes.isEnabled()  # XOR has its two classes
    choose(panel.dataset, "clouds")
    assert panel.n_classes.isEnabled()
    panel.n_classes.setFocus()
    qtbot.keyClick(panel.n_classes, Qt.Key_Up)
    qtbot.keyClick(panel.n_classes, Qt.Key_Up)  # 3 -> 5
    qtbot.mouseClick(tab.step_button, Qt.LeftButton)
    assert tab.session.settings.n_classes == 5
    assert tab.last.classes == 5 and set(tab.last.t_train.tolist()) == set(range(5))
    assert tab.network.shape()[-1] == 5  # the drawing's output layer
    assert [panel.add_class.itemData(i) for i in range(panel.add_class.count())] == list(range(5))


def test_dragging_the_noise_slider_makes_new_noisier_points(tab, qtbot):
    slider = tab.settings_panel.noise
    before = tab.last.x_train.copy()
    slider.slider.setFocus()
    qtbot.keyClick(slider.slider, Qt.Key_End)  # the slider's far right: 0.5
    assert slider.label.text() == "0.50"
    qtbot.mouseClick(tab.step_button, Qt.LeftButton)
    assert tab.session.settings.noise == 0.5
    assert not np.array_equal(before, tab.last.x_train)


def test_the_test_share_slider_moves_points_to_the_test_set(tab, qtbot):
    slider = tab.settings_panel.test_ratio
    slider.slider.setFocus()
    qtbot.keyClick(slider.slider, Qt.Key_Home)  # 0 %: every point trains
    qtbot.mouseClick(tab.step_button, Qt.LeftButton)
    assert slider.label.text() == "0 %"
    assert len(tab.last.t_test) == 0 and len(tab.last.t_train) == tab.session.settings.n_points
    slider.setValue(50)
    qtbot.mouseClick(tab.step_button, Qt.LeftButton)
    assert len(tab.last.t_test) == tab.session.settings.n_points // 2
