"""The Draw tab as a student uses it: strokes with the mouse, live bars, Clear, Undo, models."""

from itertools import pairwise

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from nnviz import paths
from nnviz.engine import TwoLayerNet, save_model
from nnviz.engine.model_io import load_model
from nnviz.engine.trace import forward_trace

ONE = [(0.52, 0.18), (0.51, 0.35), (0.5, 0.5), (0.49, 0.65), (0.48, 0.82)]
SEVEN = [
    (0.28, 0.22),
    (0.45, 0.21),
    (0.7, 0.2),
    (0.62, 0.38),
    (0.55, 0.55),
    (0.5, 0.7),
    (0.46, 0.84),
]


@pytest.fixture
def page(window, model_path, monkeypatch):
    """The Draw tab, shown, using the test model as its bundled model."""
    monkeypatch.setattr(paths, "default_model_path", lambda: model_path)
    window.show_tab("draw")
    tab = window.page("draw")
    yield tab
    tab.shutdown()


def _stroke(qtbot, pad, points, steps=6, release=True):
    """Press, move through the points (with `steps` moves between each pair), release."""
    pos = [pad.to_widget(x, y) for x, y in points]
    qtbot.mousePress(pad, Qt.LeftButton, pos=pos[0].toPoint())
    for a, b in pairwise(pos):
        for k in range(1, steps + 1):
            qtbot.mouseMove(pad, (a + (b - a) * (k / steps)).toPoint())
    if release:
        qtbot.mouseRelease(pad, Qt.LeftButton, pos=pos[-1].toPoint())


def _pad_pixel(pad, x, y) -> int:
    """Grey level (0 black .. 255 white) the user sees at pad point (x, y)."""
    image = pad.grab().toImage()
    p = pad.to_widget(x, y) * image.devicePixelRatio()
    return QImage.pixelColor(image, int(p.x()), int(p.y())).lightness()


def test_bundled_model_is_loaded_on_first_show_not_at_startup(window, model_path, monkeypatch):
    monkeypatch.setattr(paths, "default_model_path", lambda: model_path)
    tab = window.page("draw")
    assert window.current_page() is not tab or tab.state.net is not None
    if window.current_page() is not tab:
        assert tab.state.net is None  # creating the window did not read the model file
    window.show_tab("draw")
    assert tab.state.net is not None
    assert model_path.name in tab.model_label.text()
    assert "bundled" in tab.model_label.text()
    assert not tab.model_message.isVisible()


def test_a_missing_bundled_model_is_explained_and_the_pad_still_works(
    window, qtbot, tmp_path, monkeypatch
):
    missing = tmp_path / "simple_convnet.npz"
    monkeypatch.setattr(paths, "default_model_path", lambda: missing)
    window.show_tab("draw")
    tab = window.page("draw")
    assert tab.model_message.isVisible()
    assert "missing" in tab.model_message.text() and str(missing) in tab.model_message.text()
    assert tab.model_label.text() == "Model: none"
    _stroke(qtbot, tab.pad, ONE)
    assert tab.state.steps is not None  # the network input is still shown...
    assert tab.digit_label.text() == ""  # ...but there is no guess without a model
    assert tab.bars.probabilities.sum() == 0
    assert "No model" in tab.confidence_label.text()


def test_a_damaged_bundled_model_is_explained(window, tmp_path, monkeypatch):
    broken = tmp_path / "simple_convnet.npz"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(paths, "default_model_path", lambda: broken)
    window.show_tab("draw")
    tab = window.page("draw")
    assert tab.state.net is None
    assert "could not be loaded" in tab.model_message.text()


def test_empty_pad_shows_no_prediction(page):
    assert page.pad.is_empty()
    assert page.state.probabilities is None
    assert page.digit_label.text() == ""
    assert np.all(page.bars.bars.opts["height"] == 0)
    assert "Draw a digit" in page.confidence_label.text()


def test_drawing_a_one_gives_a_centred_20_pixel_input_and_predicts_one(page, qtbot):
    _stroke(qtbot, page.pad, ONE)
    assert _pad_pixel(page.pad, 0.5, 0.5) < 80  # dark ink where the mouse went
    assert _pad_pixel(page.pad, 0.2, 0.5) > 240  # white paper elsewhere
    steps = page.state.steps
    x = steps.x
    assert x.shape == (28, 28) and x.dtype == np.float32
    assert steps.centre_of_mass == pytest.approx((14.0, 14.0), abs=0.3)
    rows = np.flatnonzero(x.max(axis=1) > 0.05)
    assert 19 <= rows[-1] - rows[0] + 1 <= 22  # the longest side scaled to 20 px
    cols = np.flatnonzero(x.max(axis=0) > 0.05)
    assert cols[-1] - cols[0] + 1 < 10  # a thin upright stroke stays thin
    assert page.state.digit == 1
    assert page.digit_label.text() == "1"
    heights = page.bars.bars.opts["height"]
    assert heights.argmax() == 1 and heights.sum() == pytest.approx(1.0)
    assert "sure it is a 1" in page.confidence_label.text()


def test_drawing_a_seven_updates_the_bars_during_the_stroke(page, qtbot):
    pad = page.pad
    _stroke(qtbot, pad, SEVEN[:3], release=False)  # the top bar only, pen still down
    qtbot.waitUntil(lambda: page.state.probabilities is not None, timeout=1000)
    during = page.bars.bars.opts["height"].copy()
    assert during.sum() == pytest.approx(1.0)
    assert page.digit_label.text() != ""
    count = page.state.predictions
    # Go on down the diagonal, still without releasing: the prediction follows the pen.
    points = [pad.to_widget(x, y) for x, y in SEVEN[2:]]
    for a, b in pairwise(points):
        for k in range(1, 7):
            qtbot.mouseMove(pad, (a + (b - a) * (k / 6)).toPoint())
    qtbot.waitUntil(lambda: page.state.predictions > count, timeout=1000)
    assert not np.allclose(page.bars.bars.opts["height"], during)
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=points[-1].toPoint())
    assert page.state.steps.centre_of_mass == pytest.approx((14.0, 14.0), abs=0.3)
    assert page.state.digit == 7
    assert page.digit_label.text() == "7"


def test_clear_button_and_escape_empty_the_pad_the_input_and_the_bars(page, qtbot):
    for clear in (
        lambda: qtbot.mouseClick(page.clear_button, Qt.LeftButton),
        lambda: qtbot.keyClick(page.pad, Qt.Key_Escape),
    ):
        _stroke(qtbot, page.pad, SEVEN)
        assert page.state.probabilities is not None
        clear()
        assert page.pad.is_empty()
        assert page.pad.ink().max() == 0
        assert page.state.steps is None and page.state.probabilities is None
        assert page.digit_label.text() == ""
        assert np.all(page.bars.bars.opts["height"] == 0)
        assert _pad_pixel(page.pad, 0.45, 0.21) > 240  # where the 7's top bar was


def test_escape_on_another_tab_leaves_the_drawing_alone(window, page, qtbot):
    _stroke(qtbot, page.pad, ONE)
    window.show_tab("perceptron")
    qtbot.keyClick(window.current_page(), Qt.Key_Escape)
    window.show_tab("draw")
    assert not page.pad.is_empty()


def test_undo_button_and_ctrl_z_remove_only_the_last_stroke(page, qtbot):
    _stroke(qtbot, page.pad, ONE)
    one_ink = page.pad.ink()
    one_input = page.state.steps.x.copy()
    _stroke(qtbot, page.pad, [(0.3, 0.5), (0.7, 0.5)])  # a cross bar
    assert len(page.pad.strokes) == 2
    qtbot.mouseClick(page.undo_button, Qt.LeftButton)
    assert len(page.pad.strokes) == 1
    np.testing.assert_allclose(page.pad.ink(), one_ink, atol=1 / 255)
    np.testing.assert_allclose(page.state.steps.x, one_input, atol=0.01)
    qtbot.keyClick(page.pad, Qt.Key_Z, Qt.ControlModifier)
    assert page.pad.is_empty() and page.state.steps is None
    qtbot.keyClick(page.pad, Qt.Key_Z, Qt.ControlModifier)  # nothing left: no error
    assert page.pad.is_empty()


def _dark_pixels(pad) -> int:
    """How many pixels of the pad the user sees inked."""
    image = pad.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    bpl = image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.height() * bpl)
    return int((rows.reshape(image.height(), bpl)[:, : image.width()] < 128).sum())


def test_a_wider_pen_puts_more_ink_on_the_pad(page, qtbot):
    page.pen_slider.setValue(8)
    _stroke(qtbot, page.pad, ONE)
    thin = _dark_pixels(page.pad)
    page.clear()
    page.pen_slider.setValue(36)
    assert page.pen_label.text() == "Pen width: 36"
    _stroke(qtbot, page.pad, ONE)
    assert _dark_pixels(page.pad) > 3 * thin


def _small(points, size=1 / 3, at=(0.5, 0.5)):
    """The same strokes shrunk to `size` of their drawn size around `at`."""
    return [(at[0] + (x - 0.5) * size, at[1] + (y - 0.5) * size) for x, y in points]


def test_a_small_digit_drawn_with_the_default_pen_reads_like_a_big_one(page, qtbot):
    assert page.pen_slider.value() == 22  # the default pen, which made small digits blobs
    _stroke(qtbot, page.pad, SEVEN)
    big = page.state.steps.x.copy()
    assert page.state.digit == 7
    page.clear()
    _stroke(qtbot, page.pad, _small(SEVEN, at=(0.3, 0.7)))
    assert page.state.digit == 7
    assert "sure it is a 7" in page.confidence_label.text()
    # The network gets a digit with MNIST-thin strokes, as for the big one, not a blob.
    small = page.state.steps.x
    assert small.sum() < 1.5 * big.sum()
    assert (small > 0.5).sum() < 1.5 * (big > 0.5).sum()


def test_a_dot_or_a_short_tick_is_not_a_digit_yet(page, qtbot):
    for marks in ([[(0.5, 0.5)]], [[(0.45, 0.5), (0.5, 0.52)]], [[(0.2, 0.3)], [(0.22, 0.3)]]):
        page.clear()
        for points in marks:
            _stroke(qtbot, page.pad, points)
        assert not page.pad.is_empty()
        assert page.confidence_label.text() == "Not a digit yet — draw more."
        assert page.digit_label.text() == ""
        assert np.all(page.bars.bars.opts["height"] == 0)  # no bars of certainty
        assert page.bars.top_label.toPlainText() == ""
    _stroke(qtbot, page.pad, ONE)  # drawing on turns it into a digit
    assert page.digit_label.text() == "1"


def test_a_clean_digit_never_shows_100_percent(page, qtbot):
    _stroke(qtbot, page.pad, ONE)
    assert page.state.confidence > 0.9995  # the bundled model is that sure of this 1
    assert page.confidence_label.text() == "> 99.9 % sure it is a 1"
    assert page.bars.top_label.toPlainText() == "> 99.9 %"
    assert "100" not in page.confidence_label.text()


def test_add_stroke_without_points_draws_nothing_and_raises_nothing(page, qtbot):
    page.pad.add_stroke([])
    assert page.pad.is_empty() and page.pad.strokes == []
    page.pad.add_stroke(ONE)
    page.pad.add_stroke([])
    assert len(page.pad.strokes) == 1
    page.undo()
    assert page.pad.is_empty()


def _strip_rows(page):
    """(name, values) of every row the strip beside the pad shows, after it has painted."""
    page.maps_view.repaint()
    return page.maps_view.layers


def _assert_strip_is_the_engines_trace(page, net):
    rows = _strip_rows(page)
    expected = forward_trace(net, page.state.steps.x)
    assert [name for name, _ in rows] == ["Input", *net.layers, "Softmax"]
    assert [name for name, _ in rows] == [name for name, _ in expected]
    for (name, shown), (_, computed) in zip(rows, expected, strict=True):
        np.testing.assert_allclose(shown, computed, rtol=1e-6, atol=1e-6, err_msg=name)
    # The probabilities the bars show are the strip's last row.
    np.testing.assert_allclose(page.bars.bars.opts["height"], rows[-1][1].ravel())


def test_the_strip_shows_every_layer_of_the_bundled_convnet_for_the_drawn_digit(page, qtbot):
    assert page.maps_view.layers == []  # nothing drawn: a placeholder, no rows
    _stroke(qtbot, page.pad, SEVEN)
    net = page.state.net
    _assert_strip_is_the_engines_trace(page, net)
    rows = dict(_strip_rows(page))
    assert rows["Conv1"].shape == (1, 30, 24, 24) and rows["Relu1"].min() >= 0
    # Every map of every convolution and pooling layer is a tile the user can see.
    tiles = {}
    for _, name, _ in page.maps_view._tiles:
        tiles[name] = tiles.get(name, 0) + 1
    maps = {name: a.shape[1] for name, a in rows.items() if a.ndim == 4}
    assert tiles == maps
    # The maps are the filters applied to this very input: recompute one cell by hand.
    x = page.state.steps.x
    W, b = net.params["W1"][3, 0], net.params["b1"][3]
    by_hand = float((x[10:15, 12:17] * W).sum() + b)
    assert rows["Conv1"][0, 3, 10, 12] == pytest.approx(by_hand, abs=1e-4)


def test_the_strip_follows_the_pen_during_a_stroke(page, qtbot):
    pad = page.pad
    _stroke(qtbot, pad, SEVEN[:3], release=False)  # the top bar, pen still down
    # While the pen moves the strip follows at ~15 Hz (the bars at up to ~60 Hz).
    qtbot.waitUntil(lambda: page.maps_view.layers is page.state.trace, timeout=1000)
    top_bar = np.array(_strip_rows(page)[0][1])
    for x, y in SEVEN[3:]:  # the down stroke, pen still down
        qtbot.mouseMove(pad, pad.to_widget(x, y).toPoint())
    assert pad.is_drawing()
    qtbot.waitUntil(
        lambda: (
            page.maps_view.layers is page.state.trace
            and not np.array_equal(page.maps_view.layers[0][1], top_bar)
        ),
        timeout=1000,
    )
    _assert_strip_is_the_engines_trace(page, page.state.net)
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=pad.to_widget(*SEVEN[-1]).toPoint())
    assert page.maps_view.layers is page.state.trace  # pen up: the strip at once


def test_a_fully_connected_model_shows_each_hidden_layer_as_a_heat_row(page, qtbot):
    net = TwoLayerNet(784, 20, 10, rng=np.random.default_rng(0))
    page.set_model(net, "mlp.npz")
    _stroke(qtbot, page.pad, ONE)
    _assert_strip_is_the_engines_trace(page, net)
    rows = _strip_rows(page)
    assert [a.shape for _, a in rows] == [(1, 784), (1, 20), (1, 20), (1, 10), (1, 10)]
    assert page.maps_view._tiles == []  # no maps: one heat row per layer
    assert "hidden layer's neurons as a heat row" in page.maps_view.toolTip()
    # The rows are painted in colour (blue/red cells), not left as blank paper.
    image = page.maps_view.grab().toImage()
    painted = [
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    ]
    assert any(c not in ("#ffffff", "#000000") for c in painted)


def test_a_model_that_does_not_read_digits_is_refused_and_the_old_one_kept(page):
    before = page.state.net
    page.set_model(TwoLayerNet(2, 3, 2, rng=np.random.default_rng(0)), "xor.npz")
    assert page.state.net is before
    assert page.model_message.isVisible()
    assert "cannot read 28×28 digits" in page.model_message.text()


def test_file_open_model_hands_the_model_to_the_pad(window, page, model_path, tmp_path):
    copy = tmp_path / "my_model.npz"
    save_model(load_model(model_path), copy)
    assert window.open_model(str(copy))  # File > Open model while the pad is shown
    assert window.current_page() is page
    assert "my_model.npz" in page.model_label.text()


def test_a_pen_pressing_lightly_draws_a_thinner_line(page, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    device = QPointingDevice(
        "test pen",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )

    def pen_stroke(pressure):
        points = [page.pad.to_widget(0.5, y) for y in np.linspace(0.2, 0.8, 12)]
        kinds = [QEvent.TabletPress] + [QEvent.TabletMove] * 10 + [QEvent.TabletRelease]
        for kind, p in zip(kinds, points, strict=True):
            global_p = QPointF(page.pad.mapToGlobal(p))
            event = QTabletEvent(
                kind, device, p, global_p, pressure, 0, 0, 0, 0, 0,
                Qt.NoModifier, Qt.LeftButton, Qt.LeftButton,
            )  # fmt: skip
            QApplication.sendEvent(page.pad, event)
        return page.pad.ink().sum()

    light = pen_stroke(0.1)
    assert len(page.pad.strokes) == 1 and page.state.steps is not None
    page.clear()
    firm = pen_stroke(1.0)
    assert firm > 1.5 * light


def test_screenshot_state_shows_a_predicted_seven(page):
    page.prepare_screenshot()
    assert not page.pad.is_empty()
    assert page.state.digit == 7
    assert page.digit_label.text() == "7"


def test_draw_tab_speaks_chinese_after_the_language_switch(window, page):
    assert page.clear_button.text() == "Clear"
    window.set_language("zh_CN")
    try:
        assert page.clear_button.text() == "清除"
        assert page.undo_button.text() == "撤销"
        assert page.input_box.title() == "网络看到的图像"
        assert window.tabs.tabText(window.tabs.indexOf(page)) == "手写数字"
    finally:
        window.set_language("en")
    assert page.clear_button.text() == "Clear"


def test_the_caption_says_when_a_small_digit_reaches_the_network_with_thinner_strokes(page, qtbot):
    _stroke(qtbot, page.pad, SEVEN)
    assert "thin as MNIST" not in page.input_caption.text()
    page.clear()
    _stroke(qtbot, page.pad, _small(SEVEN))
    assert "the network gets it with strokes as thin as MNIST's" in page.input_caption.text()


# ---- the model chooser (ch8: the bundled DeepConvNet beside the SimpleConvNet) --------------
DEEP = paths.bundled_model_path("deep")


def _choose(qtbot, page, source):
    """Pick a source in the chooser's list, as a click on its item does."""
    from nnviz.ui.tabs.draw.tab import SOURCES

    index = SOURCES.index(source)
    page.model_chooser.setCurrentIndex(index)
    page.model_chooser.activated.emit(index)


def test_the_chooser_switches_to_the_deep_model_and_the_answer_and_source_follow(page, qtbot):
    assert DEEP.is_file(), f"the bundled DeepConvNet is missing: {DEEP}"
    assert page.model_chooser.currentText() == "SimpleConvNet (bundled)"
    _stroke(qtbot, page.pad, SEVEN)
    simple_answer = page.state.probabilities.copy()
    _choose(qtbot, page, "deep")
    assert page.source == "deep"
    assert type(page.state.net).__name__ == "DeepConvNet"
    assert "deep_convnet.npz" in page.model_label.text()
    assert "DeepConvNet" in page.model_label.text() and "bundled" in page.model_label.text()
    assert not np.array_equal(page.state.probabilities, simple_answer)  # another net's answer
    assert "Conv6" in [name for name, _ in page.maps_view.layers]  # its layers in the strip
    assert page.digit_label.text() == "7"
    _choose(qtbot, page, "simple")
    assert "simple_convnet.npz" in page.model_label.text()
    np.testing.assert_array_equal(page.state.probabilities, simple_answer)


def test_the_chosen_model_is_remembered_for_the_next_launch(page, qtbot):
    from nnviz.ui.tabs.draw.tab import DrawTab

    _choose(qtbot, page, "deep")
    next_launch = DrawTab()
    qtbot.addWidget(next_launch)
    next_launch._ensure_model()  # what showing it does
    assert next_launch.source == "deep"
    assert next_launch.model_chooser.currentText() == "DeepConvNet (bundled)"
    assert type(next_launch.state.net).__name__ == "DeepConvNet"


def test_compare_shows_the_other_models_answer_beside_the_first(page, qtbot):
    assert not page.compare_label.isVisible()
    box_centre = QPointF(8, page.compare_box.height() / 2).toPoint()  # on the check box itself
    qtbot.mouseClick(page.compare_box, Qt.MouseButton.LeftButton, pos=box_centre)
    assert page.compare_box.isChecked()
    _stroke(qtbot, page.pad, ONE)
    assert page.compare_label.isVisible()
    assert page.state.compare_name == "DeepConvNet"
    assert page.compare_label.text().startswith("DeepConvNet reads 1 (")
    # Its answer as green bars right of the first model's, its name in their green.
    bars = page.bars
    assert bars.compare_bars.isVisible()
    heights = bars.compare_bars.opts["height"]
    np.testing.assert_allclose(heights, page.state.compare_probabilities)
    assert np.argmax(heights) == 1 and abs(sum(heights) - 1) < 1e-6
    first_x, second_x = bars.bars.opts["x"], bars.compare_bars.opts["x"]
    assert np.all(first_x < np.arange(10)) and np.all(second_x > np.arange(10))
    from nnviz.ui.tabs.draw.views import COMPARE_COLOUR

    assert COMPARE_COLOUR in page.compare_label.styleSheet()
    _choose(qtbot, page, "deep")  # now the simple one is the second opinion
    assert page.compare_label.text().startswith("SimpleConvNet reads 1 (")
    page.state.compare_probabilities = np.eye(10)[4]  # as if it read a 4: they disagree
    page._refresh_compare_text()
    assert "They disagree!" in page.compare_label.text()
    qtbot.mouseClick(page.compare_box, Qt.MouseButton.LeftButton, pos=box_centre)
    assert not page.compare_label.isVisible() and page.state.compare_net is None
    assert not bars.compare_bars.isVisible()
    np.testing.assert_allclose(bars.bars.opts["x"], np.arange(10))  # back to full width


def test_from_file_opens_a_model_and_a_cancelled_dialog_keeps_the_old_one(
    page, qtbot, model_path, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from nnviz.ui.tabs.draw.tab import DrawTab

    copy = tmp_path / "my_model.npz"
    save_model(load_model(model_path), copy)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    _choose(qtbot, page, "file")
    assert page.source == "simple" and page.model_chooser.currentText().startswith("Simple")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    _choose(qtbot, page, "file")
    assert page.source == "file" and "my_model.npz" in page.model_label.text()
    next_launch = DrawTab()
    qtbot.addWidget(next_launch)
    next_launch._ensure_model()
    assert next_launch.source == "file" and "my_model.npz" in next_launch.model_label.text()


def test_trained_here_is_offered_once_the_training_tab_has_sent_a_model(page, qtbot, model_path):
    from nnviz.ui.tabs.draw.tab import SOURCES

    item = page.model_chooser.model().item(SOURCES.index("trained"))
    assert not item.isEnabled()
    page.set_model(load_model(model_path), "SimpleConvNet, trained here", source="trained")
    assert item.isEnabled() and page.source == "trained"
    assert page.model_chooser.currentText() == "Trained here (Training tab)"
    _choose(qtbot, page, "simple")
    _choose(qtbot, page, "trained")
    assert "trained here" in page.model_label.text()
