"""Model files: a net's spec (JSON) and its arrays in one ``.npz``, read without pickle.

Layout of the archive (what ``np.savez_compressed`` writes):
  ``model.json``        a 0-d unicode array: {"format", "version", "spec", "metadata"}
  ``params/<name>``     every array of ``net.params``
  ``state/<layer>/<k>`` every extra state array of a layer (``layer.state_keys``, e.g. BatchNorm's
                        running_mean / running_var)
Loading rebuilds the net with ``build_net(spec)`` and copies each array into the new net's own
arrays after checking its shape and dtype, so nothing in a file is ever executed.

A model file may be hostile or simply damaged, so the loader trusts nothing it has not checked:
  * every array's ``.npy`` header is read first (a few bytes) and must agree with the size the zip
    directory declares, the architecture and a sane limit **before** anything is inflated;
  * the net is built with a random generator that refuses to draw more weights than the file
    declares, so a tiny file cannot ask for a net of gigabytes;
  * only stored or deflated entries are read, always with a bound;
  * ``load_model`` has one boundary (``_reading``) where any failure becomes a ``ModelFileError``
    with a one-line reason.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import re
import stat
import tempfile
import zipfile
import zlib
from pathlib import Path

import numpy as np

from nnviz.engine.nets import build_net

FORMAT = "nnviz-model"
VERSION = 1
SPEC_KEY = "model.json"

MiB = 2**20
MAX_ARRAY_BYTES = 256 * MiB  # all arrays of one model together; the bundled ConvNet is ~1.7 MB
MAX_FILE_BYTES = MAX_ARRAY_BYTES + 16 * MiB  # compression never makes a sane model bigger
MAX_SPEC_CHARS = 1_000_000  # model.json: an architecture and a little metadata
MAX_MEMBERS = 256  # a model has one entry per array: a few dozen at most
MAX_DIRECTORY_BYTES = 256 * 1024  # the zip's central directory, read whole by zipfile
MAX_REASON_CHARS = 300  # a reason is one readable line, whatever the file holds
CHUNK_BYTES = 1 * MiB  # arrays are inflated piece by piece into their final buffer
READABLE_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}  # both inflate with a bound


class ModelFileError(Exception):
    """A model file cannot be used; the message says which file and why (one line)."""


class ModelSaveError(OSError):
    """A model cannot be saved at this path (a folder, a device, a pipe...)."""


class _Refused(Exception):
    """Inside the loader: the file is refused for the reason given (the boundary adds the path)."""


# --- the loader's one boundary ---------------------------------------------------------------


def _one_line(text: str, limit: int = MAX_REASON_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _reason(error: BaseException) -> str:
    """What a user should read for an error raised while reading a model file."""
    if isinstance(error, _Refused):
        return str(error)
    if isinstance(error, FileNotFoundError):
        return "file not found"
    if isinstance(error, PermissionError):
        return "permission denied (nnviz may not read this file)"
    if isinstance(error, IsADirectoryError):
        return "this is a folder, not a model file"
    if isinstance(error, MemoryError):
        return "too large to load (out of memory)"
    if isinstance(error, RecursionError):
        return "the model description (model.json) is nested too deeply"
    if isinstance(error, (zipfile.BadZipFile, zlib.error, EOFError)):
        return f"the archive is damaged ({error})"
    if isinstance(error, OSError):
        return f"cannot be read ({error.strerror or error})"
    return f"not a valid nnviz model file ({type(error).__name__}: {error})"


@contextlib.contextmanager
def _reading(path):
    """Whatever goes wrong inside becomes one ModelFileError "path: reason" (Ctrl-C still stops)."""
    try:
        yield
    except Exception as error:
        raise ModelFileError(f"{path}: {_one_line(_reason(error))}") from None


def _name(key) -> str:
    return repr(_one_line(key, 60))


def _names(keys, shown: int = 5) -> str:
    """'a, b, c and 19,997 more': a list of entries that stays one short line."""
    keys = sorted(keys)
    text = ", ".join(_one_line(k, 60) for k in keys[:shown])
    return text + (f" and {len(keys) - shown:,} more" if len(keys) > shown else "")


# --- the archive: its directory and each entry's .npy header ---------------------------------


def _open_archive(path, stack: contextlib.ExitStack) -> zipfile.ZipFile:
    """The zip archive at path, after checks that cost a few bytes of reading."""
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "a folder")
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block, a device never ends
        raise _Refused("not a regular file (a device or a pipe), so not a model file")
    if info.st_size > MAX_FILE_BYTES:
        raise _Refused(
            f"{info.st_size / MiB:,.0f} MB is too large for a model "
            f"(nnviz opens models up to {MAX_FILE_BYTES // MiB} MB)"
        )
    f = stack.enter_context(open(path, "rb"))
    magic = f.read(6)
    if magic == b"\x93NUMPY":
        raise _Refused("not an nnviz model file (a single array, not a .npz)")
    if not magic.startswith(b"PK"):
        raise _Refused("not an nnviz model file (not a .npz archive)")
    _check_directory(f)
    f.seek(0)
    try:
        return stack.enter_context(zipfile.ZipFile(f))
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise _Refused("not an nnviz model file (not a .npz archive)") from None


def _check_directory(f) -> None:
    """Refuse an archive whose directory lists too many entries, before zipfile reads it."""
    end = zipfile._EndRecData(f)  # private but stable since Python 2: the end-of-directory record
    if end is None:
        raise _Refused("not an nnviz model file (not a .npz archive)")
    entries, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]
    if entries > MAX_MEMBERS or size > MAX_DIRECTORY_BYTES:
        raise _Refused(f"the archive lists {entries:,} entries; a model has at most {MAX_MEMBERS}")


def _members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """{key: entry} for every ``<key>.npy`` in the archive, each readable with a bound."""
    members = {}
    for info in archive.infolist():
        name = info.filename
        if info.flag_bits & 0x1:
            raise _Refused(f"entry {_name(name)} is encrypted")
        if info.compress_type not in READABLE_COMPRESSION:
            raise _Refused(
                f"entry {_name(name)} uses compression method {info.compress_type}; "
                "nnviz reads only stored or deflated entries"
            )
        if not name.endswith(".npy"):
            raise _Refused(f"unexpected entry {_name(name)} (not an array)")
        key = name[: -len(".npy")]
        if key in members:
            raise _Refused(f"the archive holds two entries named {_name(name)}")
        members[key] = info
    declared = sum(info.file_size for info in members.values())
    if declared > MAX_ARRAY_BYTES:
        raise _Refused(
            f"its arrays would take {declared / MiB:,.0f} MB "
            f"(nnviz opens models up to {MAX_ARRAY_BYTES // MiB} MB)"
        )
    return members


class _Header:
    """What an entry's .npy header declares: shape, dtype, order, and where the data starts."""

    def __init__(self, key, info, shape, fortran_order, dtype, offset):
        self.key, self.info = key, info
        self.shape, self.fortran_order, self.dtype, self.offset = (
            shape,
            fortran_order,
            dtype,
            offset,
        )
        self.size = math.prod(shape)  # Python ints: a claimed (10**40,) cannot overflow


def _read_header(archive, key, info) -> _Header:
    """The .npy header of one entry (its first bytes only), checked against the zip directory."""
    with archive.open(info) as f:
        try:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(f)
            elif version == (2, 0):
                shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(f)
            else:
                raise _Refused(f"entry {_name(key)} has an unknown array format {version}")
        except (ValueError, TypeError, SyntaxError):
            # NumPy's message may advise allow_pickle=True: exactly what must never be done here.
            raise _Refused(f"entry {_name(key)} has a malformed array header") from None
        offset = f.tell()
    if dtype.hasobject:
        raise _Refused(
            f"entry {_name(key)} cannot be read safely (it holds Python objects: pickle, refused)"
        )
    if not all(isinstance(n, int) and n >= 0 for n in shape):
        raise _Refused(f"entry {_name(key)} has an invalid shape")
    header = _Header(key, info, shape, fortran_order, dtype, offset)
    declared, held = header.size * dtype.itemsize, info.file_size - offset
    if declared != held:
        raise _Refused(
            f"entry {_name(key)} declares a {_one_line(shape, 60)} {dtype} array "
            f"({declared:,} bytes) but the archive holds {held:,} bytes of data for it"
        )
    return header


def _check_data(archive, header: _Header) -> None:
    """Inflate an entry into nothing, piece by piece: its data is all there and its CRC right.

    Done for every array before a big net is built, so that sizes a file declares but does not
    hold never justify allocating one."""
    with archive.open(header.info) as f:
        held = 0
        while chunk := f.read(CHUNK_BYTES):  # zipfile checks the CRC on reaching the end
            held += len(chunk)
    if held != header.info.file_size:
        raise _Refused(f"entry {_name(header.key)} is truncated")


def _read_data(archive, header: _Header) -> np.ndarray:
    """The array of an entry whose header has been checked: inflated piece by piece, no more."""
    shape = header.shape[::-1] if header.fortran_order else header.shape
    out = np.empty(shape, dtype=header.dtype)
    buffer = memoryview(out.reshape(-1).view(np.uint8))
    with archive.open(header.info) as f:
        f.read(header.offset)  # the header, already checked
        done = 0
        while done < len(buffer):
            chunk = f.read(min(CHUNK_BYTES, len(buffer) - done))
            if not chunk:
                raise _Refused(f"entry {_name(header.key)} is truncated")
            buffer[done : done + len(chunk)] = chunk
            done += len(chunk)
        f.read(1)  # reaching the end makes zipfile check the CRC
    return out.T if header.fortran_order else out


# --- model.json -------------------------------------------------------------------------------


def _read_spec_header(archive, members) -> dict:
    if SPEC_KEY not in members:
        raise _Refused(f"not an nnviz model (no {SPEC_KEY} inside)")
    entry = _read_header(archive, SPEC_KEY, members[SPEC_KEY])
    if entry.dtype.kind != "U" or entry.shape != ():
        raise _Refused(f"{SPEC_KEY} is not a text entry")
    if entry.dtype.itemsize > 4 * MAX_SPEC_CHARS:
        raise _Refused(f"{SPEC_KEY} is too long for a model description")
    text = str(_read_data(archive, entry)[()])
    try:
        header = json.loads(text)
    except json.JSONDecodeError as e:
        raise _Refused(f"{SPEC_KEY} is not valid JSON ({e})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _Refused(f"not an nnviz model (format is not {FORMAT!r})")
    if header.get("version") != VERSION:
        raise _Refused(
            f"model file version {_one_line(repr(header.get('version')), 40)}; "
            f"this nnviz reads {VERSION}"
        )
    if not isinstance(header.get("spec"), dict):
        raise _Refused("the architecture (spec) is missing")
    return header


# --- building the net within what the file declares -------------------------------------------


class _WeightBudget(np.random.Generator):
    """The generator a loaded net is built with: it refuses to draw more weight arrays, or more
    values, than the file declares. Every net draws its initial weights from its rng before
    anything else of that size, so a spec asking for more than the file holds is refused before
    the net allocates it (the file's arrays then replace the draws).

    Past ``TRUSTED_VALUES`` it first has ``verify()`` inflate the file's arrays into nothing: a
    big net is built only for data the file really holds, not merely declares."""

    TRUSTED_VALUES = 1_000_000  # 8 MB of float64 draws: built without looking at the data

    def __init__(self, arrays: int, values: int, verify):
        super().__init__(np.random.PCG64(0))
        self.arrays_left, self.values_left = arrays, values
        self.declared = f"{arrays} weight arrays, {values:,} values"
        self.drawn, self.verify = 0, verify

    def standard_normal(self, size=None, *args, **kwargs):
        shape = size if isinstance(size, (tuple, list)) else (1 if size is None else size,)
        values = math.prod(int(n) for n in shape)
        self.arrays_left -= 1
        self.values_left -= values
        if self.arrays_left < 0 or self.values_left < 0:
            raise _Refused(
                f"the architecture needs more weights than the file holds ({self.declared})"
            )
        self.drawn += values
        if self.drawn > self.TRUSTED_VALUES and self.verify is not None:
            self.verify()
            self.verify = None
        return super().standard_normal(size, *args, **kwargs)


def _build(spec, headers, archive) -> object:
    arrays = [h for key, h in headers.items() if key.startswith("params/")]

    def verify():
        for entry in headers.values():
            _check_data(archive, entry)

    budget = _WeightBudget(len(arrays), sum(h.size for h in arrays), verify)
    try:
        return build_net(spec, rng=budget)
    except (_Refused, MemoryError):
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise  # from verify(): the file is damaged, not the spec
    except Exception as e:  # a hostile spec reaches the constructors: any error is the spec's
        raise _Refused(f"the architecture cannot be built ({type(e).__name__}: {e})") from None


def _state_arrays(net):
    """Extra non-parameter arrays: {"state/<layer>/<key>": array} (BatchNorm running stats)."""
    out = {}
    for layer_name, layer in getattr(net, "layers", {}).items():
        for key in getattr(layer, "state_keys", ()):
            value = getattr(layer, key, None)
            if value is not None:
                out[f"state/{layer_name}/{key}"] = value
    return out


def _copy_into(target, archive, header: _Header):
    key = header.key
    if header.shape != target.shape:
        raise _Refused(
            f"{key} has shape {_one_line(header.shape, 60)}, the architecture needs {target.shape}"
        )
    if header.dtype != target.dtype:
        raise _Refused(f"{key} is {header.dtype}, the architecture needs {target.dtype}")
    value = _read_data(archive, header)
    if not np.all(np.isfinite(value)):
        raise _Refused(f"{key} contains NaN or infinite values")
    target[...] = value  # in place: the layers hold these very arrays


def _load(path):
    with contextlib.ExitStack() as stack:
        archive = _open_archive(path, stack)
        members = _members(archive)
        header = _read_spec_header(archive, members)
        arrays = {k: _read_header(archive, k, info) for k, info in members.items() if k != SPEC_KEY}
        net = _build(header["spec"], arrays, archive)

        expected = {f"params/{k}": v for k, v in net.params.items()}
        expected.update(_state_arrays(net))
        missing = set(expected) - set(arrays)
        if missing:
            raise _Refused(f"missing arrays {_names(missing)}")
        extra = set(arrays) - set(expected)
        if extra:
            raise _Refused(f"unexpected arrays {_names(extra)}")
        for key, target in expected.items():
            _copy_into(target, archive, arrays[key])
    metadata = header.get("metadata")
    net.metadata = metadata if isinstance(metadata, dict) else {}
    return net


def load_model(path):
    """Rebuild the net stored in path; ``net.metadata`` gets the saved metadata dict.

    Raises only ModelFileError (with a one-line reason), whatever the file holds.
    """
    path = Path(path)
    with _reading(path):
        return _load(path)


def read_metadata(path):
    """Only the spec and metadata of a model file (cheap: no weight array is read)."""
    path = Path(path)
    with _reading(path), contextlib.ExitStack() as stack:
        archive = _open_archive(path, stack)
        header = _read_spec_header(archive, _members(archive))
        metadata = header.get("metadata")
        return {"spec": header["spec"], "metadata": metadata if isinstance(metadata, dict) else {}}


# --- saving -----------------------------------------------------------------------------------

TEMP_MARK = ".nnviz-tmp-"  # a save writes ".<name>.nnviz-tmp-<pid>" next to the target first
_TEMP_PATTERN = re.compile(r"^\..+\.nnviz-tmp-(\d+)$")


def check_save_target(path) -> Path:
    """Raise ModelSaveError unless a model can be written at path (before spending time on it)."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):  # the folder test below says why
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise ModelSaveError(errno.EISDIR, "this is a folder; choose a file name", str(path))
    if mode is not None and not stat.S_ISREG(mode):
        raise ModelSaveError(
            errno.EINVAL, "not a regular file (a device or a pipe); choose a file name", str(path)
        )
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # The one reliable test (permissions, read-only mounts, ACLs, root): a file beside it.
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".nnviz-write-test-")
    except OSError as e:
        raise ModelSaveError(
            e.errno or errno.EACCES, f"cannot write in this folder: {e.strerror or e}", str(folder)
        ) from None
    os.close(fd)
    Path(probe).unlink(missing_ok=True)
    return path


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl-C there: never probe, never delete
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. EPERM: it exists, run by someone else
        return True
    return True


def remove_stale_temp_files(folder) -> list[Path]:
    """Delete temp files left in folder by saves that were killed (their process is gone)."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in Path(folder).iterdir():
            match = _TEMP_PATTERN.match(entry.name)
            if match and not _pid_alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed


def save_model(net, path, metadata=None):
    """Write net (spec + params + state) to path as one ``.npz``; metadata must be JSON-able.

    The model goes to a temporary file next to path, then replaces path in one rename: an
    interrupted save (even Ctrl-C) never leaves half a model, and its temp file is removed.
    """
    path = check_save_target(path)
    header = {"format": FORMAT, "version": VERSION, "spec": net.spec, "metadata": metadata or {}}
    try:
        text = json.dumps(header)
    except (TypeError, ValueError) as e:
        raise ValueError(f"spec and metadata must be JSON-able: {e}") from None
    arrays = {SPEC_KEY: np.array(text)}
    for key, value in net.params.items():
        arrays[f"params/{key}"] = np.asarray(value)
    arrays.update(_state_arrays(net))
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(path.parent)
    tmp = path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}")
    tmp.unlink(missing_ok=True)  # ours from an earlier save in this very process (pid reused)
    try:
        # Mode 0o666 and the kernel applies the user's umask: an ordinary file, no process-wide
        # os.umask() call racing other threads.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as f:
            np.savez_compressed(f, **arrays)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:  # also KeyboardInterrupt: clean up, then let it go on
        tmp.unlink(missing_ok=True)
        raise
    return path
