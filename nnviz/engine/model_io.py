"""Model files: a net's spec (JSON) and its arrays in one ``.npz``, read without pickle.

Layout of the archive:
  ``model.json``        a 0-d unicode array: {"format", "version", "spec", "metadata"}
  ``params/<name>``     every array of ``net.params``
  ``state/<layer>/<k>`` every extra state array of a layer (``layer.state_keys``, e.g. BatchNorm's
                        running_mean / running_var)
Loading rebuilds the net with ``build_net(spec)`` and copies each array into the new net's own
arrays after checking its shape and dtype, so nothing in a file is ever executed.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
import zlib
from pathlib import Path

import numpy as np

from nnviz.engine.nets import build_net

FORMAT = "nnviz-model"
VERSION = 1
SPEC_KEY = "model.json"


class ModelFileError(Exception):
    """A model file cannot be used; the message says which file and why."""


def _state_arrays(net):
    """Extra non-parameter arrays: {"state/<layer>/<key>": array} (BatchNorm running stats)."""
    out = {}
    for layer_name, layer in getattr(net, "layers", {}).items():
        for key in getattr(layer, "state_keys", ()):
            value = getattr(layer, key, None)
            if value is not None:
                out[f"state/{layer_name}/{key}"] = value
    return out


def save_model(net, path, metadata=None):
    """Write net (spec + params + state) to path as one ``.npz``; metadata must be JSON-able."""
    path = Path(path)
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
    # A temporary file then a rename: an interrupted save never leaves half a model behind.
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz.tmp")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a model file is an ordinary file
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez_compressed(f, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _read_header(archive, path):
    if SPEC_KEY not in archive.files:
        raise ModelFileError(f"{path}: not an nnviz model (no {SPEC_KEY} inside)")
    try:
        raw = archive[SPEC_KEY]
    except ValueError as e:  # an object array would need pickle: refused
        raise ModelFileError(f"{path}: {SPEC_KEY} cannot be read safely ({e})") from None
    if raw.dtype.kind != "U" or raw.ndim != 0:
        raise ModelFileError(f"{path}: {SPEC_KEY} is not a text entry")
    try:
        header = json.loads(str(raw))
    except json.JSONDecodeError as e:
        raise ModelFileError(f"{path}: {SPEC_KEY} is not valid JSON ({e})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ModelFileError(f"{path}: not an nnviz model (format is not {FORMAT!r})")
    if header.get("version") != VERSION:
        raise ModelFileError(
            f"{path}: model file version {header.get('version')!r}; this nnviz reads {VERSION}"
        )
    if not isinstance(header.get("spec"), dict):
        raise ModelFileError(f"{path}: the architecture (spec) is missing")
    return header


def _copy_into(target, archive, key, path):
    try:
        value = archive[key]
    except ValueError as e:  # object arrays would need pickle: refused
        raise ModelFileError(f"{path}: entry {key!r} cannot be read safely ({e})") from None
    if value.shape != target.shape:
        raise ModelFileError(
            f"{path}: {key} has shape {value.shape}, the architecture needs {target.shape}"
        )
    if value.dtype != target.dtype:
        raise ModelFileError(
            f"{path}: {key} is {value.dtype}, the architecture needs {target.dtype}"
        )
    if not np.all(np.isfinite(value)):
        raise ModelFileError(f"{path}: {key} contains NaN or infinite values")
    target[...] = value  # in place: the layers hold these very arrays


def _open(path):
    path = Path(path)
    try:
        archive = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        raise ModelFileError(f"{path}: file not found") from None
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        # NumPy's own message may advise allow_pickle=True: exactly what must never be done here.
        raise ModelFileError(f"{path}: not an nnviz model file (not a .npz archive)") from None
    if not isinstance(archive, np.lib.npyio.NpzFile):
        raise ModelFileError(f"{path}: not an nnviz model file (a single array, not a .npz)")
    return archive


def load_model(path):
    """Rebuild the net stored in path; ``net.metadata`` gets the saved metadata dict."""
    path = Path(path)
    with _open(path) as archive:
        try:
            return _load(archive, path)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as e:
            raise ModelFileError(f"{path}: the archive is damaged ({e})") from None


def _load(archive, path):
    header = _read_header(archive, path)
    spec = header["spec"]
    try:
        net = build_net(spec, rng=np.random.default_rng(0))
    except (TypeError, ValueError, KeyError) as e:
        raise ModelFileError(f"{path}: the architecture cannot be built ({e})") from None
    except MemoryError:
        raise ModelFileError(f"{path}: the architecture is too large to build") from None

    expected = {f"params/{k}": v for k, v in net.params.items()}
    expected.update(_state_arrays(net))
    stored = set(archive.files) - {SPEC_KEY}
    missing = sorted(set(expected) - stored)
    if missing:
        raise ModelFileError(f"{path}: missing arrays {', '.join(missing)}")
    extra = sorted(stored - set(expected))
    if extra:
        raise ModelFileError(f"{path}: unexpected arrays {', '.join(extra)}")
    for key, target in expected.items():
        _copy_into(target, archive, key, path)
    metadata = header.get("metadata")
    net.metadata = metadata if isinstance(metadata, dict) else {}
    return net


def read_metadata(path):
    """Only the spec and metadata of a model file (cheap: no weight array is read)."""
    path = Path(path)
    with _open(path) as archive:
        try:
            header = _read_header(archive, path)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as e:
            raise ModelFileError(f"{path}: the archive is damaged ({e})") from None
    return {"spec": header["spec"], "metadata": header.get("metadata") or {}}
