"""Model files: round trips for every MLP kind, and clear refusals of broken or hostile files."""

import json
import pickle
import zipfile

import numpy as np
import pytest

from nnviz.engine.model_io import ModelFileError, load_model, read_metadata, save_model
from nnviz.engine.nets import MultiLayerNet, MultiLayerNetExtend, TwoLayerNet


def trained_bn_net():
    """A float32 batch-norm net whose running stats are no longer the initial zeros."""
    rng = np.random.default_rng(0)
    net = MultiLayerNetExtend(
        12, [8, 6], 4, use_batchnorm=True, use_dropout=True, dtype="float32", rng=rng
    )
    x = rng.standard_normal((16, 12)).astype(np.float32)
    for _ in range(3):
        net.gradient(x, rng.integers(0, 4, 16))
    return net


@pytest.mark.parametrize(
    "make",
    [
        lambda: TwoLayerNet(12, 7, 4, rng=np.random.default_rng(1)),
        lambda: MultiLayerNet(12, [6, 5], 4, activation="tanh", rng=np.random.default_rng(2)),
        trained_bn_net,
    ],
    ids=["two_layer", "multi_layer", "multi_layer_extend_bn"],
)
def test_a_saved_net_loads_with_the_same_predictions(tmp_path, make):
    net = make()
    path = save_model(net, tmp_path / "model.npz", metadata={"test_acc": 0.97})
    loaded = load_model(path)
    assert type(loaded) is type(net)
    assert loaded.spec == net.spec
    assert loaded.metadata == {"test_acc": 0.97}
    for key, value in net.params.items():
        np.testing.assert_array_equal(loaded.params[key], value)
        assert loaded.params[key].dtype == value.dtype
        layer_name, attr = loaded.param_layers[key]
        assert getattr(loaded.layers[layer_name], attr) is loaded.params[key]
    x = np.random.default_rng(3).standard_normal((5, 12))
    np.testing.assert_array_equal(loaded.predict(x), net.predict(x))


def test_batchnorm_running_stats_travel_with_the_model(tmp_path):
    net = trained_bn_net()
    loaded = load_model(save_model(net, tmp_path / "bn.npz"))
    for name in ("BatchNorm1", "BatchNorm2"):
        assert np.any(net.layers[name].running_var != 0)
        np.testing.assert_array_equal(
            loaded.layers[name].running_mean, net.layers[name].running_mean
        )
        np.testing.assert_array_equal(loaded.layers[name].running_var, net.layers[name].running_var)


def test_save_does_not_add_npz_to_a_path_without_it_and_leaves_no_temp_file(tmp_path):
    path = save_model(TwoLayerNet(3, 2, 2), tmp_path / "sub" / "model.bin")
    assert path.is_file() and path.name == "model.bin"
    assert [p.name for p in path.parent.iterdir()] == ["model.bin"]


def test_a_saved_model_is_readable_by_others_like_any_file(tmp_path):
    import os

    path = save_model(TwoLayerNet(3, 2, 2), tmp_path / "model.npz")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_read_metadata_reads_only_the_header(tmp_path):
    path = save_model(TwoLayerNet(3, 2, 2), tmp_path / "m.npz", metadata={"epochs": 3})
    header = read_metadata(path)
    assert header["spec"]["type"] == "two_layer"
    assert header["metadata"] == {"epochs": 3}


def test_metadata_that_is_not_json_is_refused(tmp_path):
    with pytest.raises(ValueError, match="JSON"):
        save_model(TwoLayerNet(3, 2, 2), tmp_path / "m.npz", metadata={"bad": object()})


# --- broken files, each made here ---


@pytest.fixture
def arrays(tmp_path):
    path = save_model(TwoLayerNet(3, 2, 2, rng=np.random.default_rng(0)), tmp_path / "ok.npz")
    with np.load(path) as f:
        return {k: f[k] for k in f.files}


def write_npz(path, arrays):
    with open(path, "wb") as f:
        np.savez(f, **arrays)
    return path


def header_of(arrays):
    return json.loads(str(arrays["model.json"]))


def with_header(arrays, header):
    return {**arrays, "model.json": np.array(json.dumps(header))}


def test_a_missing_file_is_a_model_file_error(tmp_path):
    with pytest.raises(ModelFileError, match="file not found"):
        load_model(tmp_path / "nope.npz")


def test_a_text_file_is_not_a_model(tmp_path):
    path = tmp_path / "notes.npz"
    path.write_text("hello, I am not a zip archive\n")
    with pytest.raises(ModelFileError, match=r"notes\.npz: not an nnviz model file") as info:
        load_model(path)
    assert "allow_pickle" not in str(info.value)  # never advise the unsafe way out


def test_a_single_npy_array_is_not_a_model(tmp_path):
    path = tmp_path / "w.npz"
    with open(path, "wb") as f:
        np.save(f, np.zeros(3))
    with pytest.raises(ModelFileError, match="a single array"):
        load_model(path)


def test_an_npz_without_the_header_is_not_a_model(tmp_path):
    path = write_npz(tmp_path / "other.npz", {"W1": np.zeros((3, 2))})
    with pytest.raises(ModelFileError, match="no model.json inside"):
        load_model(path)


def test_a_header_that_is_not_json_is_refused(tmp_path, arrays):
    path = write_npz(tmp_path / "m.npz", {**arrays, "model.json": np.array("{not json")})
    with pytest.raises(ModelFileError, match="not valid JSON"):
        load_model(path)


def test_a_header_of_another_format_is_refused(tmp_path, arrays):
    header = header_of(arrays) | {"format": "keras"}
    with pytest.raises(ModelFileError, match="format is not 'nnviz-model'"):
        load_model(write_npz(tmp_path / "m.npz", with_header(arrays, header)))


def test_a_newer_file_version_is_refused(tmp_path, arrays):
    header = header_of(arrays) | {"version": 99}
    with pytest.raises(ModelFileError, match="version 99"):
        load_model(write_npz(tmp_path / "m.npz", with_header(arrays, header)))


def test_an_unknown_net_type_is_refused(tmp_path, arrays):
    header = header_of(arrays)
    header["spec"]["type"] = "transformer"
    with pytest.raises(ModelFileError, match="unknown net type 'transformer'"):
        load_model(write_npz(tmp_path / "m.npz", with_header(arrays, header)))


def test_a_spec_with_bad_arguments_is_refused(tmp_path, arrays):
    header = header_of(arrays)
    header["spec"]["hidden_size"] = -5
    with pytest.raises(ModelFileError, match="cannot be built.*hidden_size"):
        load_model(write_npz(tmp_path / "m.npz", with_header(arrays, header)))
    header["spec"] = {"type": "two_layer", "rm -rf": True}
    with pytest.raises(ModelFileError, match="cannot be built"):
        load_model(write_npz(tmp_path / "m.npz", with_header(arrays, header)))


def test_a_missing_parameter_is_named(tmp_path, arrays):
    del arrays["params/b2"]
    with pytest.raises(ModelFileError, match="missing arrays params/b2"):
        load_model(write_npz(tmp_path / "m.npz", arrays))


def test_an_unexpected_array_is_named(tmp_path, arrays):
    arrays["params/W9"] = np.zeros(2)
    with pytest.raises(ModelFileError, match="unexpected arrays params/W9"):
        load_model(write_npz(tmp_path / "m.npz", arrays))


def test_a_parameter_of_the_wrong_shape_is_refused(tmp_path, arrays):
    arrays["params/W1"] = np.zeros((3, 5))
    with pytest.raises(ModelFileError, match=r"params/W1 has shape \(3, 5\).*needs \(3, 2\)"):
        load_model(write_npz(tmp_path / "m.npz", arrays))


def test_a_parameter_of_the_wrong_dtype_is_refused(tmp_path, arrays):
    arrays["params/W1"] = arrays["params/W1"].astype(np.float32)  # spec says float64
    with pytest.raises(
        ModelFileError, match="params/W1 is float32, the architecture needs float64"
    ):
        load_model(write_npz(tmp_path / "m.npz", arrays))


def test_non_finite_weights_are_refused(tmp_path, arrays):
    arrays["params/b1"] = np.array([0.0, np.nan])
    with pytest.raises(ModelFileError, match="params/b1 contains NaN"):
        load_model(write_npz(tmp_path / "m.npz", arrays))


def test_a_pickled_entry_is_refused_and_never_run(tmp_path, arrays):
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    evil = np.empty(1, dtype=object)
    evil[0] = Payload()
    arrays["params/W1"] = evil
    path = tmp_path / "evil.npz"
    with open(path, "wb") as f:
        np.savez(f, **arrays)  # saving an object array pickles it
    with pytest.raises(ModelFileError, match="cannot be read safely"):
        load_model(path)
    assert not marker.exists()


def test_a_pickle_disguised_as_a_model_is_never_run(tmp_path):
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    path = tmp_path / "model.npz"
    path.write_bytes(pickle.dumps(Payload()))
    with pytest.raises(ModelFileError, match="not an nnviz model file"):
        load_model(path)
    assert not marker.exists()


def test_a_damaged_archive_is_reported(tmp_path):
    path = save_model(TwoLayerNet(30, 20, 10), tmp_path / "m.npz")
    data = bytearray(path.read_bytes())
    # Corrupt the compressed body of the first member (the CRC check then fails on read).
    with zipfile.ZipFile(path) as z:
        info = z.infolist()[-1]
    start = info.header_offset + 30 + len(info.filename) + 10
    data[start : start + 20] = bytes(20)
    path.write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match=r"m\.npz"):
        load_model(path)


def test_a_truncated_archive_is_reported(tmp_path):
    path = save_model(TwoLayerNet(30, 20, 10), tmp_path / "m.npz")
    path.write_bytes(path.read_bytes()[:500])
    with pytest.raises(ModelFileError, match=r"m\.npz: not an nnviz model file"):
        load_model(path)
