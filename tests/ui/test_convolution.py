"""The Convolution tab (chapter 7), driven through its widgets as a student would."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt

from nnviz.engine.conv_layers import Convolution
from nnviz.engine.model_io import load_model
from nnviz.ui.tabs.convolution.state import MatrixTextError, parse_matrix
from nnviz.ui.tabs.convolution.tab import PAGE_CHANNELS, PAGE_IM2COL, PAGE_NETWORK, ConvolutionTab


@pytest.fixture
def tab(qtbot):
    widget = ConvolutionTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def click(qtbot, button, times=1):
    for _ in range(times):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_output(tab) -> np.ndarray:
    return tab.output_view.values


def test_the_books_example_gives_18_19_9_18_step_by_step(qtbot, tab):
    assert np.isnan(shown_output(tab)).all()
    click(qtbot, tab.next_button)
    assert shown_output(tab)[0, 0] == 18 and np.isnan(shown_output(tab)[1, 1])
    text = tab.arithmetic.text()
    assert "1×2 + 2×0 + 3×1 + 0×0 + 1×1 + 2×2 + 3×1 + 0×0 + 1×2" in text
    assert "= 15" in text and "<b>18</b>" in text
    click(qtbot, tab.next_button, 3)
    assert shown_output(tab).tolist() == [[18, 19], [9, 18]]
    assert not tab.next_button.isEnabled()
    assert tab.step_label.text() == "Window 4 of 4."


def test_without_the_bias_the_book_prints_15_16_6_15(qtbot, tab):
    tab.bias_spin.setValue(0)
    click(qtbot, tab.all_button)
    assert shown_output(tab).tolist() == [[15, 16], [6, 15]]


def test_keys_step_the_window_over_every_position_in_order(qtbot, tab):
    tab.pad_slider.setValue(1)  # 6x6 padded input, 3x3 filter: 4x4 windows
    tab.setFocus()
    seen = []
    for _ in range(16):
        qtbot.keyClick(tab, Qt.Key.Key_Right)
        seen.append(tab.input_view.window)
    assert seen == [(i, j, 3, 3) for i in range(4) for j in range(4)]
    qtbot.keyClick(tab, Qt.Key.Key_Left)
    assert tab.input_view.window == (3, 2, 3, 3)
    # the padded input is drawn with its zero border
    assert tab.input_view.values.shape == (6, 6) and tab.input_view.pad == 1
    assert not tab.input_view.values[0].any() and not tab.input_view.values[:, -1].any()


def test_play_runs_to_the_last_window_then_stops(qtbot, tab):
    assert tab.play_interval_ms() == 700  # the book's 4 windows: slow enough to read aloud
    tab.play_interval_ms = lambda: 5
    click(qtbot, tab.play_button)
    assert tab.play_button.text() == "❚❚ Pause"
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=3000)
    assert shown_output(tab).tolist() == [[18, 19], [9, 18]]
    assert tab.play_button.text() == "▶ Play"
    click(qtbot, tab.reset_button)
    assert np.isnan(shown_output(tab)).all()


@pytest.mark.parametrize("H", [4, 5, 7])
def test_output_size_readout_matches_the_engine_for_a_grid_of_settings(qtbot, tab, H):
    tab.set_typed_input(" / ".join(" ".join(["1"] * H) for _ in range(H)))
    for FH in (1, 2, 3, 5):
        for P in (0, 1, 2):
            for S in (1, 2, 3):
                tab.size_spin.setValue(FH)
                tab.pad_slider.setValue(P)
                tab.stride_slider.setValue(S)
                if H + 2 * P < FH:
                    assert "larger than the padded input" in tab.size_error.text()
                    continue
                layer = Convolution(np.ones((1, 1, FH, FH)), np.zeros(1), S, P)
                shape = layer.forward(np.ones((1, 1, H, H))).shape[2:]
                caption = tab.output_caption.text()
                assert caption == f"Output {shape[0]}×{shape[1]}", (H, FH, P, S)
                numerator = H + 2 * P - FH
                assert f"({H} + 2×{P} − {FH}) / {S} + 1 = {numerator}/{S} + 1" in (
                    tab.readout.text()
                )
                not_integer = numerator % S != 0
                assert ("not an integer" in tab.size_error.text()) == not_integer


def test_im2col_highlights_the_row_of_the_window_shown(qtbot, tab):
    tab.pages.setCurrentIndex(PAGE_IM2COL)
    tab.pad_slider.setValue(1)
    tab.stride_slider.setValue(2)
    for k in range(tab.state.n_windows):
        click(qtbot, tab.next_button)
        assert tab.im2col_page.col_view.rows == [k]
        top, left, h, w = tab.input_view.window
        assert tab.im2col_page.source_view.window == (top, left, h, w)  # its source pixels
        source = tab.input_view.values[top : top + h, left : left + w]
        np.testing.assert_array_equal(tab.im2col_page.col_view.values[k], source.ravel())
        assert tab.im2col_page.prod_view.rows == [k]
        i, j = divmod(k, tab.im2col_page.reshape_view.values.shape[1])
        assert tab.im2col_page.prod_view.values[k, 0] == tab.im2col_page.reshape_view.values[i, j]
    assert tab.im2col_page.col_caption.text() == "col: 4 windows × 9 pixels"


def test_clicking_a_row_of_the_col_matrix_moves_the_window_there(qtbot, tab):
    tab.pages.setCurrentIndex(PAGE_IM2COL)
    rect = tab.im2col_page.col_view.matrix_rect()
    _, ch = tab.im2col_page.col_view.cell_size()
    qtbot.mouseClick(
        tab.im2col_page.col_view,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.center().x()), int(rect.top() + 2.5 * ch)),
    )
    assert tab.state.position == 3 and tab.input_view.window == (1, 0, 3, 3)


def test_timing_loops_against_im2col_reports_the_ratio(qtbot, tab):
    tab.choose_input("mnist")
    tab.pages.setCurrentIndex(PAGE_IM2COL)
    click(qtbot, tab.im2col_page.time_button)
    text = tab.im2col_page.time_label.text()
    assert text.startswith("Loops over 676 windows: ")
    assert re.search(r"im2col is [\d.]+× as fast here", text)


def test_max_pooling_marks_the_argmax_of_every_window(qtbot, tab):
    tab.choose_input("mnist")
    tab.digit_spin.setValue(7)
    tab.choose_operation("max")
    assert (tab.state.filter_size, tab.state.stride) == (2, 2)  # pooling's usual 2×2, stride 2
    assert shown_output(tab).shape == (14, 14)
    padded = tab.input_view.values
    for _ in range(14 * 14):
        click(qtbot, tab.next_button)
        top, left, h, w = tab.input_view.window
        window = padded[top : top + h, left : left + w]
        dy, dx = np.unravel_index(np.argmax(window), window.shape)
        assert tab.input_view.marks == [(top + dy, left + dx)]
        i, j = divmod(tab.state.position - 1, 14)
        assert shown_output(tab)[i, j] == window.max()


def test_average_pooling_fills_each_cell_with_the_windows_mean(qtbot, tab):
    tab.choose_operation("avg")
    click(qtbot, tab.all_button)
    x = np.array([[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]], float)
    np.testing.assert_allclose(shown_output(tab), x.reshape(2, 2, 2, 2).mean(axis=(1, 3)))
    assert "mean(" in tab.arithmetic.text()


def test_a_learned_filter_of_the_bundled_model_is_shown_and_used(qtbot, tab, model_path):
    net = load_model(model_path)
    tab.choose_input("mnist")
    tab.choose_filter("learned")
    tab.learned_spin.setValue(4)
    W = net.params["W1"][4, 0]
    np.testing.assert_allclose(tab.filter_view.values, W)
    assert tab.bias_spin.value() == pytest.approx(float(net.params["b1"][4]), abs=1e-3)
    click(qtbot, tab.all_button)
    expected = net.layers["Conv1"].forward(tab.state.x[None, None].astype(W.dtype))[0, 4]
    np.testing.assert_allclose(shown_output(tab), expected, rtol=1e-4, atol=1e-5)


def test_hand_made_filters_and_typed_values(qtbot, tab):
    tab.choose_filter("blur")
    np.testing.assert_allclose(tab.filter_view.values, np.full((3, 3), 1 / 9))
    tab.set_typed_filter("0 1 / 1 0")
    assert tab.state.filter_size == 2 and tab.filter_view.values.tolist() == [[0, 1], [1, 0]]
    assert tab.filter_combo.currentIndex() == 5


def test_typing_a_bad_matrix_says_why_and_keeps_the_input(qtbot, tab):
    before = tab.input_view.values.copy()
    tab.set_typed_input("1 2 / 3")
    assert "Input not changed" in tab.input_error.text()
    assert "same number of values" in tab.input_error.text()
    np.testing.assert_array_equal(tab.input_view.values, before)
    tab.set_typed_filter("1 2 / 3 x")
    assert "'x' is not a number" in tab.input_error.text()


def test_every_layer_of_the_bundled_model_is_shown_for_a_digit(qtbot, tab, model_path):
    net = load_model(model_path)
    tab.pages.setCurrentIndex(PAGE_NETWORK)
    names = [name for name, _ in tab.maps_view.layers]
    assert names[: len(net.layers) + 2] == ["Input", *net.layers, "Softmax"]
    # figure 7-24: the first layer's filters re-created from the file's seed, and as trained
    assert names[-2:] == ["W1 before training (seed 0)", "W1 after training"]
    before, after = tab.maps_view.layers[-2][1], tab.maps_view.layers[-1][1]
    assert before.shape == after.shape == (1, 30, 5, 5)
    assert before.std() == pytest.approx(0.01, rel=0.2)  # the spec's weight_init_std
    np.testing.assert_array_equal(after[0], net.params["W1"][:, 0])
    shapes = dict(tab.maps_view.layers)
    assert shapes["Conv1"].shape == (1, 30, 24, 24) and shapes["Pool1"].shape == (1, 30, 12, 12)
    assert shapes["Softmax"].sum() == pytest.approx(1.0)
    assert "The network's answer" in tab.map_note.text()
    image = tab.maps_view.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 200, 7)}
    assert len(colours) > 5  # maps drawn, not a blank placeholder


def test_clicking_a_conv_map_shows_the_filter_that_made_it(qtbot, tab, model_path):
    tab.pages.setCurrentIndex(PAGE_NETWORK)
    qtbot.wait(10)
    tab.maps_view.repaint()
    tile = next(t for t, name, idx in tab.maps_view._tiles if name == "Conv1" and idx == 2)
    qtbot.mouseClick(tab.maps_view, Qt.MouseButton.LeftButton, pos=tile.center().toPoint())
    assert tab.state.filter_kind == "learned" and tab.learned_spin.value() == 2
    assert "filter no. 2" in tab.map_note.text()


def test_a_refused_matrix_is_explained_in_chinese(qtbot, window_zh):
    tab = next(
        window_zh.tabs.widget(i)
        for i in range(window_zh.tabs.count())
        if window_zh.tabs.widget(i).TAB_ID == "convolution"
    )
    tab.set_typed_filter("1 2 / 3 4 5")
    assert tab.input_error.text() == "滤波器未更改：每一行的数值个数必须相同"


@given(st.text(max_size=200))
def test_parse_matrix_returns_a_matrix_or_a_clear_error(text):
    try:
        a = parse_matrix(text)
    except MatrixTextError as error:
        assert str(error) and error.kind
    else:
        assert a.ndim == 2 and a.size >= 1 and np.isfinite(a).all()
        assert a.shape[0] <= 32 and a.shape[1] <= 32


def test_channels_are_summed_into_one_map_per_filter(qtbot, tab):
    tab.pages.setCurrentIndex(PAGE_CHANNELS)
    page = tab.channels_page
    assert "(1, 3, 4, 4)" in page.shapes.text() and "(2, 3, 3, 3)" in page.shapes.text()
    assert "(1, 2, 2, 2)" in page.shapes.text()
    # channel 0 under filter 1's channel 0 is the book's example without its bias
    assert page.parts[0][0].values.tolist() == [[15, 16], [6, 15]]
    for f in range(2):
        total = sum(page.parts[f][c].values for c in range(3)) + (3 if f == 0 else 0)
        np.testing.assert_array_equal(page.outputs[f].values, total)
    tab.pad_slider.setValue(1)
    assert "(1, 2, 4, 4)" in page.shapes.text() and page.inputs[1].values.shape == (6, 6)


def test_a_loaded_deep_convnet_shows_all_its_layers_and_its_filters(qtbot, tab):
    from nnviz.engine.convnet import DeepConvNet

    net = DeepConvNet(rng=0)
    tab.choose_filter("learned")
    tab.learned_spin.setValue(29)
    tab.set_model(net, "deep.npz")
    assert tab.learned_spin.maximum() == 15 and tab.state.filter_size == 3
    np.testing.assert_array_equal(tab.filter_view.values, net.params["W1"][15, 0])
    tab.pages.setCurrentIndex(PAGE_NETWORK)
    names = [name for name, _ in tab.maps_view.layers]
    assert names[: len(net.layers) + 2] == ["Input", *net.layers, "Softmax"]
    assert "deep.npz" in tab.network_note.text()


def test_a_model_without_grey_filters_falls_back_to_the_books_filter(qtbot, tab):
    from nnviz.engine.nets import TwoLayerNet

    tab.choose_filter("learned")
    tab.set_model(TwoLayerNet(784, 50, 10, rng=0), "mlp.npz")
    assert tab.state.filter_kind == "book" and tab.filter_combo.currentIndex() == 0
    tab.choose_filter("learned")
    assert tab.state.filter_kind == "book"
    assert tab.input_error.text() == "This model has no convolution on grey images."
    tab.pages.setCurrentIndex(PAGE_NETWORK)
    assert [name for name, _ in tab.maps_view.layers][-1] == "Softmax"


def test_without_mnist_the_input_stays_and_says_why(qtbot, tab, monkeypatch):
    from nnviz.ui.widgets import mnist_download

    monkeypatch.setattr(mnist_download, "ensure_mnist", lambda parent: False)
    tab.choose_input("mnist")
    assert tab.state.input_kind == "book" and tab.input_combo.currentIndex() == 0
    assert tab.input_error.text() == "MNIST is not available on this computer."
    click(qtbot, tab.all_button)
    assert shown_output(tab).tolist() == [[18, 19], [9, 18]]


def test_the_window_is_drawn_in_orange_on_the_input(qtbot, tab):
    from nnviz.ui.tabs.convolution.views import WINDOW_COLOUR

    view = tab.input_view

    def orange_at(row, col):
        rect = view.matrix_rect()
        cw, ch = view.cell_size()
        x, y = int(rect.left() + col * cw + 1), int(rect.top() + row * ch + ch / 2)
        return view.grab().toImage().pixelColor(x, y) == WINDOW_COLOUR

    assert not orange_at(1, 1)
    click(qtbot, tab.next_button, 4)  # the last window: rows 1-3, columns 1-3
    assert orange_at(1, 1) and orange_at(3, 1) and not orange_at(1, 0)


def test_pooling_and_convolution_each_keep_their_own_window(qtbot, tab):
    tab.choose_filter("learned")
    assert (tab.state.filter_size, tab.state.stride) == (5, 1)
    tab.choose_operation("max")
    assert (tab.size_spin.value(), tab.stride_slider.value()) == (2, 2)
    tab.size_spin.setValue(3)
    tab.choose_operation("conv")
    assert (tab.size_spin.value(), tab.stride_slider.value()) == (5, 1)
    tab.choose_operation("avg")
    assert (tab.state.filter_size, tab.state.stride) == (3, 2)


def test_cells_are_blue_for_positive_red_for_negative_grey_when_not_reached(qtbot):
    from nnviz.ui.widgets.layer_maps import EMPTY, colour_image

    image = colour_image(np.array([[1.0, -1.0, 0.0, np.nan]]))
    positive, negative, zero, empty = (image.pixelColor(i, 0) for i in range(4))
    assert positive.blue() > positive.red() and negative.red() > negative.blue()
    assert zero.name() == "#ffffff" and empty == EMPTY
