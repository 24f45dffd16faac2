"""Model files made by hand for the loader tests: valid ones, and raw zip fields to break."""

from __future__ import annotations

import io
import json
import struct
import tracemalloc
import zipfile
from contextlib import contextmanager

import numpy as np

from nnviz.engine.model_io import FORMAT, SPEC_KEY, VERSION

# Offsets of fields in a central-directory entry (PKWARE APPNOTE 4.3.12).
CD_FLAGS, CD_METHOD, CD_CRC, CD_COMPRESSED, CD_SIZE = 8, 10, 16, 20, 24
CD_NAME_LEN, CD_EXTRA_LEN, CD_COMMENT_LEN, CD_LOCAL_OFFSET = 28, 30, 32, 42
# ... and in a local file header (4.3.7).
LOCAL_FLAGS, LOCAL_METHOD = 6, 8


def header_text(spec, metadata=None, **overrides) -> str:
    header = {"format": FORMAT, "version": VERSION, "spec": spec, "metadata": metadata or {}}
    header.update(overrides)
    return json.dumps(header)


def npz_bytes(arrays: dict, compressed: bool = True) -> bytes:
    """The bytes np.savez(_compressed) writes for arrays ({key: array or bytes of a .npy})."""
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for key, value in arrays.items():
            if isinstance(value, bytes):
                archive.writestr(f"{key}.npy", value)
            else:
                archive.writestr(f"{key}.npy", npy_bytes(np.asarray(value)))
    return buffer.getvalue()


def npy_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def npy_header_claiming(shape, descr="<f8", fortran_order=False) -> bytes:
    """A version-1.0 .npy header declaring shape/descr, with no data after it."""
    text = repr({"descr": descr, "fortran_order": fortran_order, "shape": tuple(shape)})
    text += " " * (-(10 + len(text) + 1) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text.encode("latin1")


def model_arrays(net) -> dict:
    """{key: array} of a model file for net, as save_model writes it."""
    arrays = {SPEC_KEY: np.array(header_text(net.spec))}
    arrays.update({f"params/{k}": v for k, v in net.params.items()})
    return arrays


def central_entries(data: bytes) -> list[int]:
    """Offsets of every central-directory entry of a zip archive in data."""
    end = data.rindex(b"PK\x05\x06")
    count, _size, start = struct.unpack_from("<HII", data, end + 10)
    offsets, pos = [], start
    for _ in range(count):
        offsets.append(pos)
        name, extra, comment = struct.unpack_from("<HHH", data, pos + CD_NAME_LEN)
        pos += 46 + name + extra + comment
    return offsets


def patch_entry(data: bytes, index: int, field: str, value: int) -> bytes:
    """data with one field of entry index changed in the central directory and local header."""
    out = bytearray(data)
    cd = central_entries(data)[index]
    local = struct.unpack_from("<I", data, cd + CD_LOCAL_OFFSET)[0]
    cd_field, local_field, fmt = {
        "flags": (CD_FLAGS, LOCAL_FLAGS, "<H"),
        "method": (CD_METHOD, LOCAL_METHOD, "<H"),
        "size": (CD_SIZE, None, "<I"),
        "compressed": (CD_COMPRESSED, None, "<I"),
        "crc": (CD_CRC, None, "<I"),
    }[field]
    struct.pack_into(fmt, out, cd + cd_field, value)
    if local_field is not None:
        struct.pack_into(fmt, out, local + local_field, value)
    return bytes(out)


@contextmanager
def peak_memory():
    """Yields a dict whose "mb" is, after the block, the peak traced allocation in MB."""
    result = {}
    tracemalloc.start()
    try:
        yield result
    finally:
        result["mb"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
