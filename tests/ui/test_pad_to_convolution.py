"""The digit drawn on the Draw tab's pad as the Convolution tab's input (issue 17), without
either tab importing the other: the pad writes to nnviz.ui.widgets.pad_digit, the Convolution
tab reads from it."""

import numpy as np
import pytest

from nnviz import paths
from nnviz.engine.preprocess import format_probability
from nnviz.ui.tabs.convolution.state import INPUTS
from nnviz.ui.tabs.convolution.tab import PAGE_NETWORK
from nnviz.ui.widgets.pad_digit import PAD_DIGIT

from .test_draw import ONE, SEVEN, _stroke


@pytest.fixture
def draw(window, model_path, monkeypatch):
    """The Draw tab shown, with an empty pad (the holder forgets earlier tests' drawings)."""
    monkeypatch.setattr(paths, "default_model_path", lambda: model_path)
    PAD_DIGIT.set(None)
    window.show_tab("draw")
    page = window.page("draw")
    yield page
    page.shutdown()
    window.page("convolution").shutdown()
    PAD_DIGIT.set(None)


def _choose_pad_digit(window):
    """Switch to the Convolution tab and pick "The digit from the pad" in its Input list."""
    window.show_tab("convolution")
    conv = window.page("convolution")
    conv.input_combo.setCurrentIndex(INPUTS.index("pad"))  # as the user picks it in the list
    return conv


def test_the_convolution_tab_takes_the_digit_drawn_on_the_pad(window, draw, qtbot):
    _stroke(qtbot, draw.pad, SEVEN)
    drawn = draw.state.steps.x  # the pad's 28x28 network input
    conv = _choose_pad_digit(window)
    assert conv.input_combo.currentText() == "The digit from the pad"
    assert conv.state.input_kind == "pad" and conv.input_error.text() == ""
    assert conv.input_view.values.shape == (28, 28)  # padding 0: the input grid itself
    np.testing.assert_allclose(conv.input_view.values, drawn, atol=1e-7)
    assert "28×28" in conv.input_caption.text()
    # Stepping the window over it uses the pad's pixels.
    conv.next()
    window_values = conv.state.current.values
    np.testing.assert_allclose(window_values, drawn[:3, :3], atol=1e-7)


def test_a_new_drawing_reaches_the_convolution_tab_when_it_is_shown_again(window, draw, qtbot):
    _stroke(qtbot, draw.pad, SEVEN)
    conv = _choose_pad_digit(window)
    window.show_tab("draw")
    draw.clear()
    _stroke(qtbot, draw.pad, ONE)
    one = draw.state.steps.x
    window.show_tab("convolution")
    np.testing.assert_allclose(conv.input_view.values, one, atol=1e-7)
    # Clearing the pad keeps the digit shown, and says so.
    window.show_tab("draw")
    draw.clear()
    window.show_tab("convolution")
    np.testing.assert_allclose(conv.input_view.values, one, atol=1e-7)
    assert "pad is empty" in conv.input_error.text()


def test_with_nothing_drawn_the_input_stays_and_says_why(window, draw):
    conv = _choose_pad_digit(window)
    assert conv.state.input_kind == "book" and conv.input_combo.currentIndex() == 0
    assert "Nothing drawn yet" in conv.input_error.text()
    assert conv.input_view.values.shape == (4, 4)  # the book's example, unchanged


def test_inside_the_network_shows_every_layer_for_the_pads_digit(window, draw, qtbot):
    _stroke(qtbot, draw.pad, SEVEN)
    conv = _choose_pad_digit(window)
    conv.pages.setCurrentIndex(PAGE_NETWORK)
    rows = dict(conv.maps_view.layers)
    np.testing.assert_allclose(rows["Input"].reshape(28, 28), draw.state.steps.x, atol=1e-7)
    np.testing.assert_allclose(rows["Softmax"].ravel(), draw.state.probabilities, atol=1e-9)
    assert "the digit from the pad" in conv.network_note.text()
    # The same words for the same probability as the Draw tab's: never a rounded "100.0%".
    shown = format_probability(draw.state.probabilities.max())
    assert f"The network's answer: {draw.state.digit} ({shown})." == conv.map_note.text()
    assert "100.0" not in conv.map_note.text()
