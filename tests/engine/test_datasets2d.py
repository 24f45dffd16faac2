"""The Playground's 2-D data sets: shapes, labels, seeds, features."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.engine.datasets2d import (
    DATASETS,
    FEATURES,
    PLANE,
    class_count,
    features,
    grid,
    make_dataset,
    read_points_csv,
    split,
)


@pytest.mark.parametrize("name", list(DATASETS))
def test_every_set_gives_points_in_the_plane_and_every_class(name):
    x, t = make_dataset(name, 300, 0.1, np.random.default_rng(0))
    assert x.shape == (300, 2) and t.shape == (300,)
    assert np.all(np.abs(x) <= PLANE)
    assert set(t.tolist()) == set(range(class_count(name)))


def test_the_same_seed_gives_the_same_points():
    a = make_dataset("spiral", 100, 0.2, np.random.default_rng(7))
    b = make_dataset("spiral", 100, 0.2, np.random.default_rng(7))
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])


def test_xor_labels_are_the_sign_of_x1_times_x2_without_noise():
    x, t = make_dataset("xor", 200, 0.0, np.random.default_rng(1))
    assert np.array_equal(t, (x[:, 0] * x[:, 1] < 0).astype(int))


def test_split_keeps_every_point_once():
    x, t = make_dataset("moons", 100, 0.0, np.random.default_rng(2))
    x_train, t_train, x_test, t_test = split(x, t, 0.3, np.random.default_rng(3))
    assert len(t_test) == 30 and len(t_train) == 70
    joined = np.vstack([x_train, x_test])
    assert sorted(map(tuple, joined)) == sorted(map(tuple, x))


def test_features_compute_the_chosen_columns():
    x = np.array([[0.5, -2.0]])
    out = features(x, ["x1", "x2²", "x1·x2"])
    assert np.allclose(out, [[0.5, 4.0, -1.0]])
    with pytest.raises(ValueError):
        features(x, [])
    with pytest.raises(ValueError):
        features(x, ["x3"])


def test_grid_row_zero_is_the_bottom_row():
    g = grid(4).reshape(4, 4, 2)
    assert g[0, 0, 1] < g[-1, 0, 1] and g[0, 0, 0] < g[0, -1, 0]


@given(
    name=st.sampled_from(list(DATASETS)),
    n=st.integers(1, 50),
    noise=st.floats(0, 3, allow_nan=False),
    seed=st.integers(0, 2**32 - 1),
)
def test_any_size_noise_and_seed_give_finite_points_with_valid_labels(name, n, noise, seed):
    x, t = make_dataset(name, n, noise, np.random.default_rng(seed))
    assert x.shape == (n, 2) and np.all(np.isfinite(x))
    assert t.min() >= 0 and t.max() < class_count(name)


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        make_dataset("nope")
    with pytest.raises(ValueError):
        make_dataset("xor", 0)
    with pytest.raises(ValueError):
        make_dataset("xor", 10, -1)
    assert set(FEATURES) >= {"x1", "x2"}


def test_a_csv_of_points_reads_with_or_without_a_header():
    x, t = read_points_csv("x1,x2,label\n0.5,-0.5,1\n\n# a comment\n-1, 1, 0\n")
    assert np.allclose(x, [[0.5, -0.5], [-1, 1]]) and t.tolist() == [1, 0]


@pytest.mark.parametrize(
    "text",
    ["", "a,b,c", "0,0,0\n", "0,0\n", "0,0,1.5\n1,1,0", "9,0,1\n0,0,0", "0,0,1\nx,0,0", "0,nan,1"],
)
def test_a_bad_csv_is_refused_with_a_value_error(text):
    with pytest.raises(ValueError):
        read_points_csv(text)


@given(st.text(max_size=300))
def test_any_text_reads_or_ends_in_a_value_error(text):
    try:
        x, t = read_points_csv(text, max_points=50)
    except ValueError:
        return
    assert x.shape == (len(t), 2) and np.all(np.abs(x) <= PLANE) and 1 <= t.max() < 5


@given(st.lists(st.tuples(st.floats(-2, 2), st.floats(-2, 2), st.integers(-1, 6)), max_size=30))
def test_mutated_rows_read_or_end_in_a_value_error(rows):
    text = "\n".join(f"{a},{b},{c}" for a, b, c in rows)
    try:
        x, t = read_points_csv(text)
    except ValueError:
        return
    assert len(t) == len(rows) and t.min() >= 0
