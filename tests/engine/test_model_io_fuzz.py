"""Property tests of the model loader: arbitrary bytes, and valid model files mutated field by
field, end in ModelFileError (or a net) and never allocate more than a bound."""

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.engine.model_io import ModelFileError, load_model, read_metadata
from nnviz.engine.nets import MultiLayerNetExtend, TwoLayerNet
from tests.engine.model_files import (
    central_entries,
    header_text,
    npy_header_claiming,
    npz_bytes,
    patch_entry,
    peak_memory,
)

BOUND_MB = 64  # for files under 1 MB


def valid_arrays(kind: str) -> dict:
    """{key: array} of a small model file of each kind the loader rebuilds."""
    if kind == "bn":
        net = MultiLayerNetExtend(
            4, [3], 2, use_batchnorm=True, use_dropout=True, rng=np.random.default_rng(0)
        )
    else:
        net = TwoLayerNet(4, 3, 2, rng=np.random.default_rng(0))
    arrays = {"model.json": np.array(header_text(net.spec))}
    arrays.update({f"params/{k}": v for k, v in net.params.items()})
    for name, layer in net.layers.items():
        for key in getattr(layer, "state_keys", ()):
            arrays[f"state/{name}/{key}"] = getattr(layer, key)
    return arrays


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    """One path rewritten by every example (Hypothesis reuses a test's fixtures)."""
    return tmp_path_factory.mktemp("fuzz") / "model.npz"


def load_within_bound(path, data: bytes):
    """Load data from path: only ModelFileError may escape, and the peak stays under the bound."""
    path.write_bytes(data)
    with peak_memory() as peak:
        try:
            net = load_model(path)
        except ModelFileError as error:
            message = str(error)
            assert "\n" not in message and len(message) <= len(str(path)) + 2 + 300
            net = None
    assert peak["mb"] < BOUND_MB, f"{peak['mb']:.0f} MB for a file of {len(data)} bytes"
    try:
        read_metadata(path)
    except ModelFileError:
        pass
    return net


# --- arbitrary bytes --------------------------------------------------------------------------


@given(st.binary(max_size=2048))
def test_arbitrary_bytes_end_in_a_model_file_error(model_file, data):
    assert load_within_bound(model_file, data) is None


@given(st.binary(max_size=512), st.sampled_from([b"PK\x03\x04", b"PK\x05\x06", b"\x93NUMPY"]))
def test_arbitrary_bytes_behind_a_known_magic_end_in_a_model_file_error(model_file, data, magic):
    assert load_within_bound(model_file, magic + data) is None


# --- model.json: values and nesting -----------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
SPEC_FIELDS = ["type", "input_size", "hidden_size", "output_size", "weight_init_std", "dtype"]


@given(
    st.sampled_from(SPEC_FIELDS + ["extra"]),
    json_values | st.integers(min_value=0, max_value=10**12),
)
def test_any_value_in_any_spec_field_ends_in_a_model_file_error_or_a_net(model_file, field, value):
    arrays = valid_arrays("two_layer")
    header = json.loads(str(arrays["model.json"]))
    header["spec"][field] = value
    arrays["model.json"] = np.array(json.dumps(header))
    load_within_bound(model_file, npz_bytes(arrays))


@given(st.sampled_from(["format", "version", "spec", "metadata"]), json_values)
def test_any_value_in_any_header_field_ends_in_a_model_file_error_or_a_net(
    model_file, field, value
):
    arrays = valid_arrays("two_layer")
    header = json.loads(str(arrays["model.json"]))
    header[field] = value
    arrays["model.json"] = np.array(json.dumps(header))
    load_within_bound(model_file, npz_bytes(arrays))


@given(st.integers(min_value=1, max_value=300_000), st.sampled_from("[{"))
def test_deeply_nested_metadata_ends_in_a_model_file_error_or_a_net(model_file, depth, bracket):
    if bracket == "[":
        inner = "[" * depth + "]" * depth
    else:
        inner = '{"a": ' * depth + "1" + "}" * depth
    arrays = valid_arrays("two_layer")
    text = str(arrays["model.json"])
    arrays["model.json"] = np.array(text[:-1] + ', "deep": ' + inner + "}")
    load_within_bound(model_file, npz_bytes(arrays))


@given(st.text(max_size=300))
def test_any_model_json_text_ends_in_a_model_file_error_or_a_net(model_file, text):
    arrays = valid_arrays("two_layer")
    arrays["model.json"] = np.array(text)
    assert load_within_bound(model_file, npz_bytes(arrays)) is None


# --- .npy headers: shapes, dtypes, fortran flag -----------------------------------------------

shapes = st.lists(
    st.integers(min_value=0, max_value=10) | st.integers(min_value=0, max_value=2**64),
    max_size=4,
).map(tuple)
descrs = st.sampled_from(
    ["<f8", "<f4", ">f8", "<f2", "<i8", "|u1", "<c16", "|b1", "<U10", "|S4", "|V8", "|O", "<M8[s]"]
)


@given(
    st.sampled_from(["params/W1", "params/b1", "params/W2", "model.json"]),
    shapes,
    descrs,
    st.booleans(),
    st.booleans(),
)
def test_any_declared_shape_dtype_and_order_ends_in_a_model_file_error_or_a_net(
    model_file, key, shape, descr, fortran_order, with_data
):
    arrays = valid_arrays("two_layer")
    header = npy_header_claiming(shape, descr, fortran_order)
    if with_data:  # as many bytes as declared (when small), so the header is believed
        size = np.dtype(descr).itemsize * int(np.prod(shape, dtype=object))
        header += bytes(min(size, 10_000))
    arrays[key] = header
    load_within_bound(model_file, npz_bytes(arrays))


@given(st.binary(max_size=200), st.sampled_from([b"\x93NUMPY\x01\x00", b"\x93NUMPY\x02\x00"]))
def test_any_npy_header_bytes_end_in_a_model_file_error(model_file, body, magic):
    arrays = valid_arrays("two_layer")
    arrays["params/W1"] = magic + body
    assert load_within_bound(model_file, npz_bytes(arrays)) is None


# --- the zip: flags, methods, sizes, members, names, truncation -------------------------------


@given(
    st.data(),
    st.sampled_from(["flags", "method", "size", "compressed", "crc"]),
    st.integers(min_value=0, max_value=2**16 - 1) | st.integers(min_value=0, max_value=2**32 - 1),
    st.sampled_from(["two_layer", "bn"]),
    st.booleans(),
)
def test_any_zip_field_of_any_entry_ends_in_a_model_file_error_or_a_net(
    model_file, data, field, value, kind, compressed
):
    archive = npz_bytes(valid_arrays(kind), compressed=compressed)
    index = data.draw(st.integers(0, len(central_entries(archive)) - 1))
    if field in ("flags", "method"):
        value &= 0xFFFF
    load_within_bound(model_file, patch_entry(archive, index, field, value))


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=20).filter(lambda s: "\x00" not in s),
        st.binary(max_size=64),
        max_size=6,
    )
)
def test_extra_members_end_in_a_model_file_error(model_file, extra):
    arrays = valid_arrays("two_layer")
    arrays.update({f"params/{k}": v for k, v in extra.items() if f"params/{k}" not in arrays})
    load_within_bound(model_file, npz_bytes(arrays))


@given(st.sampled_from(["params/b1", "params/W2", "model.json"]))
def test_a_duplicate_name_ends_in_a_model_file_error(model_file, key):
    archive = npz_bytes(valid_arrays("two_layer"))
    assert load_within_bound(model_file, archive.replace(b"params/W1", key.encode()[:9])) is None


@given(st.data(), st.sampled_from(["two_layer", "bn"]))
def test_a_truncated_file_ends_in_a_model_file_error(model_file, data, kind):
    archive = npz_bytes(valid_arrays(kind))
    cut = data.draw(st.integers(0, len(archive) - 1))
    assert load_within_bound(model_file, archive[:cut]) is None


@given(st.data(), st.integers(1, 8))
def test_flipped_bytes_end_in_a_model_file_error_or_a_net(model_file, data, flips):
    archive = bytearray(npz_bytes(valid_arrays("bn"), compressed=data.draw(st.booleans())))
    for _ in range(flips):
        at = data.draw(st.integers(0, len(archive) - 1))
        archive[at] = data.draw(st.integers(0, 255))
    load_within_bound(model_file, bytes(archive))


def test_the_unmutated_files_load(model_file):
    for kind in ("two_layer", "bn"):
        assert load_within_bound(model_file, npz_bytes(valid_arrays(kind))) is not None
