"""Hostile and clumsy model files (issue 15): only ModelFileError, one line, bounded memory."""

import json
import os
import pickle
import zipfile

import numpy as np
import pytest

from nnviz.engine import model_io
from nnviz.engine.model_io import ModelFileError, load_model, read_metadata
from nnviz.engine.nets import TwoLayerNet
from tests.engine.model_files import (
    header_text,
    model_arrays,
    npy_bytes,
    npy_header_claiming,
    npz_bytes,
    patch_entry,
    peak_memory,
)

BOUND_MB = 64


def small_net():
    return TwoLayerNet(3, 2, 2, rng=np.random.default_rng(0))


def refused(path, match=None) -> str:
    """The loader's message for path, after checking it is a ModelFileError of one short line."""
    with pytest.raises(ModelFileError, match=match) as info:
        load_model(path)
    message = str(info.value)
    assert "\n" not in message and len(message) < len(str(path)) + 320
    assert message.startswith(f"{path}: ")
    return message


def write(tmp_path, data: bytes, name="m.npz"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_an_array_header_claiming_93_gb_is_refused_without_allocating_it(tmp_path):
    arrays = model_arrays(small_net())
    arrays["params/W1"] = npy_header_claiming((100_000, 116_250))  # 93 GB of float64
    path = write(tmp_path, npz_bytes(arrays))
    with peak_memory() as peak:
        refused(path, "params/W1")
    assert peak["mb"] < BOUND_MB


def test_metadata_nested_200000_deep_is_refused(tmp_path):
    arrays = model_arrays(small_net())
    text = header_text(small_net().spec)
    arrays["model.json"] = np.array(text[:-1] + ', "deep": ' + "[" * 200_000 + "]" * 200_000 + "}")
    refused(write(tmp_path, npz_bytes(arrays)), "nested too deeply")


def test_raw_pickle_bytes_as_a_member_are_refused_and_never_run(tmp_path):
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    arrays = model_arrays(small_net())
    arrays["params/W1"] = pickle.dumps(Payload())
    refused(write(tmp_path, npz_bytes(arrays)), "params/W1")
    assert not marker.exists()


def test_a_member_flagged_encrypted_is_refused(tmp_path):
    data = patch_entry(npz_bytes(model_arrays(small_net())), 1, "flags", 0x1)
    refused(write(tmp_path, data), "encrypted")


@pytest.mark.parametrize("method", [1, 12, 14, 99])  # shrunk, bzip2 (unbounded), lzma, unknown
def test_a_member_with_another_compression_method_is_refused(tmp_path, method):
    data = patch_entry(npz_bytes(model_arrays(small_net())), 0, "method", method)
    refused(write(tmp_path, data), f"compression method {method}")


def test_twenty_thousand_extra_entries_give_a_short_message(tmp_path):
    arrays = model_arrays(small_net())
    arrays.update({f"extra/{i}": b"" for i in range(20_000)})
    message = refused(write(tmp_path, npz_bytes(arrays, compressed=False)), "20,005 entries")
    assert len(message) < 300 + len(str(tmp_path))


def test_some_extra_arrays_are_summarised(tmp_path):
    arrays = model_arrays(small_net())
    arrays.update({f"params/X{i}": np.zeros(1) for i in range(40)})
    message = refused(write(tmp_path, npz_bytes(arrays)), r"unexpected arrays .* and 35 more")
    assert "X39" not in message


def test_a_tiny_file_asking_for_a_huge_net_allocates_nothing_big(tmp_path):
    spec = {"type": "multi_layer", "input_size": 30_000, "hidden_size_list": [30_000] * 3}
    spec["output_size"] = 10
    path = write(tmp_path, npz_bytes({"model.json": np.array(header_text(spec))}))
    assert path.stat().st_size < 1000
    with peak_memory() as peak:
        refused(path, "needs more weights than the file holds")
    assert peak["mb"] < 1


def test_a_huge_net_with_one_small_array_per_weight_is_refused_early(tmp_path):
    spec = {"type": "two_layer", "input_size": 50_000, "hidden_size": 50_000, "output_size": 10}
    arrays = {"model.json": np.array(header_text(spec))}
    arrays.update({f"params/{k}": np.zeros(2) for k in ("W1", "b1", "W2", "b2")})
    with peak_memory() as peak:
        refused(write(tmp_path, npz_bytes(arrays)), "needs more weights")
    assert peak["mb"] < 1


def test_a_member_that_inflates_far_beyond_the_architecture_is_never_inflated(tmp_path):
    # params/W1 honestly declares 72 MB of zeros (a ~70 KB entry); the net needs a (3, 2) W1.
    path = tmp_path / "bomb.npz"
    arrays = model_arrays(small_net())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for key, value in arrays.items():
            if key == "params/W1":
                with archive.open(f"{key}.npy", "w", force_zip64=True) as f:
                    f.write(npy_header_claiming((3000, 3000)))
                    zeros = bytes(8 * 3000 * 100)
                    for _ in range(30):
                        f.write(zeros)
            else:
                archive.writestr(f"{key}.npy", npy_bytes(np.asarray(value)))
    assert path.stat().st_size < 1_000_000
    with peak_memory() as peak:
        refused(path, r"params/W1 has shape \(3000, 3000\), the architecture needs \(3, 2\)")
    assert peak["mb"] < 8


def test_a_member_whose_directory_size_is_gigabytes_is_refused_before_inflating(tmp_path):
    data = npz_bytes(model_arrays(small_net()))
    data = patch_entry(data, 1, "size", 3_000_000_000)
    with peak_memory() as peak:
        refused(write(tmp_path, data), "would take 2,861 MB")
    assert peak["mb"] < 1


def test_a_member_that_inflates_past_its_declared_size_is_cut_at_that_size(tmp_path):
    # The header and the zip directory both say 48 bytes; the deflated stream holds far more.
    arrays = model_arrays(small_net())
    big = npy_bytes(np.zeros((3, 2)))[:-48] + bytes(48 + 50_000_000)
    data = npz_bytes({**arrays, "params/W1": big})
    data = patch_entry(data, 1, "size", len(npy_bytes(np.zeros((3, 2)))))
    with peak_memory() as peak:
        refused(write(tmp_path, data), "damaged")
    assert peak["mb"] < 8


def test_a_fortran_ordered_array_loads_like_the_same_array_in_c_order(tmp_path):
    net = small_net()
    arrays = model_arrays(net)
    arrays["params/W1"] = np.asfortranarray(net.params["W1"])
    loaded = load_model(write(tmp_path, npz_bytes(arrays)))
    np.testing.assert_array_equal(loaded.params["W1"], net.params["W1"])


def test_a_data_size_that_disagrees_with_the_array_header_is_refused(tmp_path):
    arrays = model_arrays(small_net())
    arrays["params/W1"] = npy_bytes(np.zeros((3, 2)))[:-8]  # one value short
    refused(write(tmp_path, npz_bytes(arrays)), r"\(48 bytes\) but the archive holds 40 bytes")


def test_an_array_of_structured_dtype_is_refused(tmp_path):
    arrays = model_arrays(small_net())
    arrays["params/b1"] = np.zeros(2, dtype=[("a", "<f8")])
    refused(write(tmp_path, npz_bytes(arrays)), "params/b1")


def test_duplicate_entry_names_are_refused(tmp_path):
    data = npz_bytes(model_arrays(small_net()))
    data = data.replace(b"params/b1.npy", b"params/W1.npy")
    refused(write(tmp_path, data), "two entries named 'params/W1.npy'")


def test_permission_denied_is_reported_as_such(tmp_path, monkeypatch):
    path = model_io.save_model(small_net(), tmp_path / "m.npz")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(model_io, "open", denied, raising=False)  # the tests run as root
    message = refused(path, "permission denied")
    assert "not a .npz" not in message


def test_a_folder_is_not_a_model(tmp_path):
    refused(tmp_path, "a folder")


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.npz"
    os.mkfifo(fifo)
    refused(fifo, "not a regular file")


def test_an_empty_file_is_not_a_model(tmp_path):
    refused(write(tmp_path, b""), "not a .npz archive")


def test_read_metadata_has_the_same_boundary(tmp_path):
    text = header_text(small_net().spec)
    arrays = {"model.json": np.array(text[:-1] + ', "m": ' + "[" * 100_000 + "]" * 100_000 + "}")}
    with pytest.raises(ModelFileError, match="nested too deeply"):
        read_metadata(write(tmp_path, npz_bytes(arrays)))


def test_a_model_json_that_is_not_text_is_refused(tmp_path):
    arrays = model_arrays(small_net())
    arrays["model.json"] = np.zeros(3)
    refused(write(tmp_path, npz_bytes(arrays)), "model.json is not a text entry")


def test_a_spec_value_of_the_wrong_type_is_refused(tmp_path):
    arrays = model_arrays(small_net())
    spec = small_net().spec | {"hidden_size": {"a": [1]}}
    arrays["model.json"] = np.array(json.dumps(json.loads(header_text(spec))))
    refused(write(tmp_path, npz_bytes(arrays)), "cannot be built")


def test_the_bundled_convnet_still_loads(model_path):
    net = load_model(model_path)
    assert net.spec["type"] == "simple_convnet"
    assert net.params["W1"].shape == (30, 1, 5, 5)


def test_a_big_net_is_built_only_for_arrays_the_file_really_holds(tmp_path):
    # Headers and zip directory agree on a 32 MB W1 for a matching spec, but the data is absent.
    spec = {"type": "two_layer", "input_size": 2000, "hidden_size": 2000, "output_size": 2}
    shapes = {"W1": (2000, 2000), "b1": (2000,), "W2": (2000, 2), "b2": (2,)}
    arrays = {"model.json": np.array(header_text(spec))}
    arrays.update({f"params/{k}": npy_header_claiming(s) for k, s in shapes.items()})
    data = npz_bytes(arrays)
    for index, shape in enumerate(shapes.values(), start=1):
        size = len(npy_header_claiming(shape)) + 8 * int(np.prod(shape))
        data = patch_entry(data, index, "size", size)
    with peak_memory() as peak:
        refused(write(tmp_path, data), "damaged|truncated")
    assert peak["mb"] < 16


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.npz"
    with open(path, "wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(model_io.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with peak_memory() as peak:
        refused(path, r"too large for a model \(nnviz opens models up to 272 MB\)")
    assert peak["mb"] < 1
