"""MNIST-style preprocessing: bounding box -> 20 px -> centre of mass at (14, 14) in 28x28."""

import gzip
import subprocess
import sys

import numpy as np
import pytest

from nnviz import paths
from nnviz.engine.convnet import SimpleConvNet
from nnviz.engine.mnist import load_mnist
from nnviz.engine.nets import TwoLayerNet
from nnviz.engine.preprocess import (
    MIN_STROKE_RATIO,
    THICK_STROKE,
    _area_weights,
    digit_probabilities,
    format_probability,
    network_input,
    preprocess_digit,
    preprocess_steps,
    stroke_shape,
    to_grayscale,
    too_little_ink,
)


@pytest.fixture(scope="module")
def mnist_digits():
    """The first 40 MNIST test digits as uint8 (40, 28, 28), read straight from the IDX file."""
    for folder in paths.mnist_dirs():
        file = folder / "t10k-images-idx3-ubyte.gz"
        if file.exists():
            raw = gzip.open(file).read(16 + 40 * 784)
            return np.frombuffer(raw, np.uint8, offset=16).reshape(40, 28, 28)
    pytest.skip("MNIST test images not found")


def _enlarge(digit: np.ndarray, factor: int = 5, margin: int = 30) -> np.ndarray:
    """A 28x28 digit as a bigger 'scan': every pixel a factor x factor block, a blank margin."""
    return np.pad(np.kron(digit, np.ones((factor, factor), dtype=digit.dtype)), margin)


def _centre(x):
    rows, cols = np.indices(x.shape)
    return (x * rows).sum() / x.sum(), (x * cols).sum() / x.sum()


def test_an_empty_or_flat_image_has_no_digit():
    assert preprocess_digit(np.zeros((50, 50))) is None
    assert preprocess_digit(np.full((50, 50), 200, dtype=np.uint8)) is None
    assert preprocess_digit(np.zeros((0, 0))) is None
    rng = np.random.default_rng(0)
    paper = np.clip(rng.normal(0.8, 0.02, (120, 90)), 0, 1)  # grain, no ink
    assert preprocess_digit(paper) is None


def test_the_output_is_a_float32_28x28_image_in_the_unit_range():
    image = np.zeros((200, 200), dtype=np.uint8)
    image[40:160, 90:110] = 255
    x = preprocess_digit(image)
    assert x.shape == (28, 28) and x.dtype == np.float32
    assert x.min() == 0.0 and x.max() == pytest.approx(1.0)


def test_the_longest_side_is_scaled_to_20_pixels_and_the_aspect_kept():
    image = np.zeros((300, 300))
    image[20:60, 50:250] = 1.0  # a 40 x 200 bar, far from the centre
    steps = preprocess_steps(image)
    assert steps.box == (20, 50, 40, 200)
    assert steps.scale == pytest.approx(20 / 200)
    cols = np.flatnonzero(steps.x.max(axis=0) > 0)
    rows = np.flatnonzero(steps.x.max(axis=1) > 0)
    assert 20 <= len(cols) <= 21  # 20 px, plus one partly covered pixel at a fractional offset
    assert 4 <= len(rows) <= 5
    assert steps.x.sum() == pytest.approx(20 * 4 * 1.0, rel=0.02)  # area kept when shrinking


def test_the_centre_of_mass_lands_on_14_14_wherever_the_digit_was():
    image = np.zeros((400, 300))
    image[250:390, 10:24] = 1.0  # strokes 1/10 of the digit's height, as in MNIST
    image[376:390, 10:100] = 1.0  # an L-ish shape: its mass centre is not its box centre
    steps = preprocess_steps(image)
    assert steps.centre_of_mass == pytest.approx((14.0, 14.0), abs=0.05)
    assert _centre(steps.x) == pytest.approx((14.0, 14.0), abs=0.05)


def test_a_top_heavy_digit_is_moved_only_as_far_as_the_field_allows():
    image = np.zeros((100, 100))
    image[0:30, 0:60] = 1.0  # a heavy bar on top of a thin stem: the mass centre is high up
    image[30:100, 28:32] = 1.0
    steps = preprocess_steps(image)
    rows = np.flatnonzero(steps.x.max(axis=1) > 0)
    assert (rows[0], rows[-1]) == (8, 27)  # pushed down to the bottom edge, not beyond
    assert steps.centre_of_mass[0] < 14.0  # so the mass centre stays a little high
    assert steps.centre_of_mass[1] == pytest.approx(14.0, abs=0.05)


def test_a_mnist_digit_survives_being_enlarged_and_preprocessed_again(mnist_digits):
    for digit in mnist_digits[:20]:
        x = preprocess_digit(_enlarge(digit))
        assert np.abs(x - digit / 255.0).mean() < 0.06
        assert _centre(x) == pytest.approx((14.0, 14.0), abs=0.05)


def test_dark_ink_on_light_paper_gives_the_same_input_as_light_on_dark(mnist_digits):
    big = _enlarge(mnist_digits[0])
    light_on_dark = preprocess_steps(big)
    dark_on_light = preprocess_steps(255 - big)
    assert light_on_dark.light_on_dark and not dark_on_light.light_on_dark
    np.testing.assert_allclose(dark_on_light.x, light_on_dark.x, atol=1e-5)


def test_off_white_paper_grey_ink_and_uneven_light_are_normalised(mnist_digits):
    digit = mnist_digits[1] / 255.0
    clean = preprocess_digit(_enlarge(digit))
    big = _enlarge(digit)
    h, w = big.shape
    light = 0.9 - 0.25 * np.linspace(0, 1, w)[None, :] - 0.1 * np.linspace(0, 1, h)[:, None]
    photo = light - 0.55 * big  # grey pencil on paper lit from the left
    rng = np.random.default_rng(0)
    photo = np.clip(photo + rng.normal(0, 0.01, photo.shape), 0, 1)
    x = preprocess_digit(photo)
    assert np.abs(x - clean).mean() < 0.05


def test_polarity_can_be_given_instead_of_detected():
    image = np.zeros((60, 60))
    image[10:50, 28:32] = 1.0
    assert preprocess_steps(image, polarity="light_on_dark").light_on_dark
    assert preprocess_steps(1 - image, polarity="dark_on_light") is not None
    with pytest.raises(ValueError, match="polarity"):
        preprocess_digit(image, polarity="upside_down")


def test_colour_and_transparent_images_become_grey_with_the_ink_kept():
    rgb = np.full((80, 80, 3), 255, dtype=np.uint8)
    rgb[10:70, 38:42] = (20, 30, 200)  # blue ink on white
    rgba = np.zeros((80, 80, 4), dtype=np.uint8)  # transparent background, black strokes
    rgba[10:70, 38:42] = (0, 0, 0, 255)
    white_on_clear = rgba.copy()
    white_on_clear[10:70, 38:42] = (255, 255, 255, 255)
    expected = preprocess_digit(rgb)
    for image in (rgba, white_on_clear):
        np.testing.assert_allclose(preprocess_digit(image), expected, atol=1e-5)
    assert to_grayscale(rgb).shape == (80, 80)
    assert to_grayscale(rgb)[0, 0] == pytest.approx(1.0)


def test_a_tiny_digit_is_enlarged_to_20_pixels():
    image = np.zeros((12, 12))
    image[2:10, 5:6] = 1.0  # 8 px tall: must grow to 20 px
    steps = preprocess_steps(image)
    assert steps.scale == pytest.approx(2.5)
    rows = np.flatnonzero(steps.x.max(axis=1) > 0)
    assert 20 <= len(rows) <= 21
    assert _centre(steps.x) == pytest.approx((14.0, 14.0), abs=0.05)


def test_shrinking_weights_share_each_source_pixel_exactly():
    W = _area_weights(100, 0.2, 3.7, 28)  # (28, 100)
    np.testing.assert_allclose(W.sum(axis=0), 0.2)  # every source pixel spread, none lost
    assert W[:3].sum() == 0  # nothing before the offset


def test_bad_images_are_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="image must be"):
        preprocess_digit(np.zeros((5, 5, 2)))
    with pytest.raises(ValueError, match="numbers"):
        preprocess_digit(np.array([["a"]]))


def test_the_input_has_the_shape_each_kind_of_net_takes():
    x = np.zeros((28, 28), dtype=np.float32)
    mlp = TwoLayerNet(784, 10, 10, rng=np.random.default_rng(0))
    conv = SimpleConvNet(rng=np.random.default_rng(0))
    assert network_input(mlp, x).shape == (1, 784)
    assert network_input(conv, x).shape == (1, 1, 28, 28)
    with pytest.raises(ValueError, match="784"):
        network_input(TwoLayerNet(2, 3, 2, rng=np.random.default_rng(0)), x)


def test_digit_probabilities_are_the_softmax_of_the_scores():
    rng = np.random.default_rng(0)
    net = TwoLayerNet(784, 10, 10, weight_init_std=0.5, rng=rng)
    x = rng.random((28, 28)).astype(np.float32)
    p = digit_probabilities(net, x)
    y = net.predict(x.reshape(1, 784))[0]
    assert p.shape == (10,) and p.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(p, np.exp(y) / np.exp(y).sum(), rtol=1e-6)
    with pytest.raises(ValueError, match="outputs"):
        digit_probabilities(TwoLayerNet(784, 3, 2, rng=rng), x)


def test_preprocessing_never_imports_qt():
    code = "import sys, nnviz.engine.preprocess; print(any('PySide6' in m for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- issue 14: no false certainty, too little ink, thick strokes ---


def test_a_probability_never_prints_as_certainty_it_lacks():
    assert format_probability(0.99996) == "> 99.9 %"
    assert format_probability(1.0) == "> 99.9 %"
    assert format_probability(0.9994) == "99.9 %"
    assert format_probability(0.848) == "84.8 %"
    assert format_probability(0.0001) == "< 0.1 %"
    assert format_probability(0.0) == "0.0 %"


def _disc(side, r, centre=None):
    rows, cols = np.indices((side, side))
    cy, cx = centre or (side / 2, side / 2)
    return (((rows - cy) ** 2 + (cols - cx) ** 2) <= r * r).astype(np.float32)


def test_a_dot_or_a_short_tick_is_too_little_ink_at_any_size():
    # (A bar 3 widths long measures like MNIST's shortest, thickest 1s: that is a digit.)
    for side, r in ((28, 2), (100, 4), (280, 11), (1200, 60)):
        assert too_little_ink(_disc(side, r))
        tick = np.zeros((side, side), np.float32)
        tick[side // 2 : side // 2 + 2 * r, side // 4 : side // 4 + 4 * r] = 1.0  # 2 widths long
        assert too_little_ink(tick)
        assert preprocess_steps(tick).enough_ink is False
    assert too_little_ink(np.zeros((50, 50)))


def test_with_the_pen_known_a_stroke_shorter_than_two_pens_is_a_tick():
    line = np.zeros((280, 280), np.float32)
    line[100:150, 138:142] = 1.0  # 50 px long, drawn thin (the pad's network copy)
    assert not too_little_ink(line)  # as a shape it is a 1
    assert too_little_ink(line, pen_width=30)  # but the user's pen was 30 px wide
    assert not too_little_ink(line, pen_width=20)


def test_every_mnist_test_digit_has_enough_ink():
    _, (x, _t) = load_mnist(flatten=False)
    ratios = np.array([stroke_shape(d).ratio for d in x[:, 0]])
    assert ratios.min() >= MIN_STROKE_RATIO  # 4.76 for the 10,000 digits, 4.6 the rule
    assert not any(too_little_ink(d) for d in x[:200, 0])


def test_thick_strokes_of_a_small_digit_are_thinned_to_mnist_width(mnist_digits):
    digit = mnist_digits[1].astype(np.float32) / 255  # a 2
    thin = preprocess_steps(_enlarge(digit, 10), polarity="light_on_dark")
    # The same digit written with a marker 3x as wide (each stroke dilated by 12 px).
    fat = _enlarge(digit, 10)
    for _ in range(12):
        p = np.pad(fat, 1)
        fat = np.maximum.reduce(
            [p[1:-1, 1:-1], p[:-2, 1:-1], p[2:, 1:-1], p[1:-1, :-2], p[1:-1, 2:]]
        )
    thick = preprocess_steps(fat, polarity="light_on_dark")
    assert thick.thinned and not thin.thinned
    width = stroke_shape(thick.x).width * 20 / 100  # work px -> pixels of the 20-px box
    assert width <= THICK_STROKE
    assert (thick.x > 0.5).sum() < 1.4 * (thin.x > 0.5).sum()
