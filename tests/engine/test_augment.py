"""Ch8.1.2 data augmentation: small shifts and rotations of each training image."""

import numpy as np
import pytest

from nnviz.engine import Trainer, TwoLayerNet
from nnviz.engine.augment import random_shift_rotate, shift_rotate


def digits(n=3, seed=0):
    return np.random.default_rng(seed).random((n, 1, 28, 28), dtype=np.float32)


def test_no_motion_gives_the_same_images():
    x = digits()
    np.testing.assert_array_equal(shift_rotate(x, 0, 0, 0), x)


def test_a_whole_pixel_shift_moves_the_image_and_brings_in_background():
    x = digits()
    moved = shift_rotate(x, 2, -1, 0)  # 2 down, 1 left
    np.testing.assert_allclose(moved[:, :, 2:, :-1], x[:, :, :-2, 1:], atol=1e-6)
    assert np.all(moved[:, :, :2, :] == 0) and np.all(moved[:, :, :, -1] == 0)


def test_four_quarter_turns_come_back_to_the_image():
    x = digits()
    turned = x
    for _ in range(4):
        turned = shift_rotate(turned, 0, 0, 90)
    np.testing.assert_allclose(turned, x, atol=1e-5)
    assert not np.allclose(shift_rotate(x, 0, 0, 90), x)


def test_flat_rows_and_images_are_augmented_alike_and_keep_shape_and_dtype():
    x = digits(4)
    a = random_shift_rotate(x, np.random.default_rng(5))
    b = random_shift_rotate(x.reshape(4, 784), np.random.default_rng(5))
    assert a.shape == x.shape and a.dtype == np.float32
    assert b.shape == (4, 784) and b.dtype == np.float32
    np.testing.assert_array_equal(a.reshape(4, 784), b)
    assert 0 <= a.min() and a.max() <= 1  # bilinear: never outside the input's range


def test_each_image_gets_its_own_small_motion():
    yy, xx = np.mgrid[0:28, 0:28]
    blob = np.exp(-((yy - 12) ** 2 + (xx - 15) ** 2) / 30.0).astype(np.float32)  # a thick dot
    x = np.repeat(blob.reshape(1, 1, 28, 28), 5, axis=0)
    out = random_shift_rotate(x, np.random.default_rng(0))
    assert len({out[i].tobytes() for i in range(5)}) == 5
    for image in out:  # small: most of the ink stays where it was
        assert np.corrcoef(image.ravel(), blob.ravel())[0, 1] > 0.6


def test_shapes_it_cannot_read_are_refused():
    with pytest.raises(ValueError, match="one channel"):
        shift_rotate(np.zeros((2, 3, 8, 8)), 0, 0, 0)
    with pytest.raises(ValueError, match="square"):
        shift_rotate(np.zeros((2, 10)), 0, 0, 0)


def test_the_trainer_augments_each_mini_batch_and_keeps_the_data_intact():
    rng = np.random.default_rng(0)
    x = rng.random((40, 784), dtype=np.float32)
    t = rng.integers(0, 10, 40)
    kept = x.copy()
    seen = []

    def augment(batch, generator):
        seen.append(batch.shape)
        assert isinstance(generator, np.random.Generator)
        return random_shift_rotate(batch, generator)

    net = TwoLayerNet(784, 5, 10, dtype=np.float32, rng=0)
    trainer = Trainer(net, x, t, x, t, epochs=1, mini_batch_size=10, augment=augment, rng=1)
    trainer.train()
    assert seen == [(10, 784)] * 4
    np.testing.assert_array_equal(x, kept)
