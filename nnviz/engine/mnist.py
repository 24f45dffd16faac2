"""Ch3.6 MNIST: read the four IDX ``.gz`` files, check them, download them.

``load_mnist`` has the book's arguments and meaning. Every problem with a file raises
``MnistError`` naming the file and what is wrong with it (missing, not gzip, truncated, wrong
magic number or dimensions, labels out of range).

Files are read as streams with bounds: the IDX header's counts and dimensions are checked
against what MNIST can be, and against the size of the file, before any data is read, and no
more than the header promises is ever decompressed (a 3 MB file claiming 4 million images is
refused at once, not after 6 GB). Downloads are capped at the known size and checked by
SHA-256 chunk by chunk.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import struct
import urllib.request
import warnings
import zlib
from pathlib import Path

import numpy as np

from nnviz import paths

# The book's keys -> the standard file names.
KEY_FILE = {
    "train_img": "train-images-idx3-ubyte.gz",
    "train_label": "train-labels-idx1-ubyte.gz",
    "test_img": "t10k-images-idx3-ubyte.gz",
    "test_label": "t10k-labels-idx1-ubyte.gz",
}

# By the book's keys. SHA-256 of the decompressed IDX bytes: the data itself, however a
# mirror gzipped it.
CONTENT_SHA256 = {
    "train_img": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    "train_label": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    "test_img": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    "test_label": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
}
# SHA-256 of the .gz files shipped in data/mnist/ (checked first: no need to decompress).
GZ_SHA256 = {
    "train_img": "0b367032e93c5d0cea0925647cfdb18614af8ee15f83e6f2fc2ad904a6835971",
    "train_label": "1787548bbe0bff1ec2ecdc0ef292b02df999e2d1a6002d27500982c652b17203",
    "test_img": "1a1a05eab793c14bb050b398624a11b0ffd1a2953baed553b1b9bd079e2a20be",
    "test_label": "b91679a0acfe4ba0e50a2437a903084cba1f5f92592b016a25a7dfd00455798b",
}
# Sizes of the original .gz files, for the progress total before the server says.
NOMINAL_SIZE = {
    "train_img": 9912422,
    "train_label": 28881,
    "test_img": 1648877,
    "test_label": 4542,
}
# A download is aborted past this: the original's size and 1/16 more for another mirror's gzip.
MAX_DOWNLOAD = {key: size + size // 16 for key, size in NOMINAL_SIZE.items()}
# Sizes of the decompressed IDX files: decompressing stops past them when checking a download.
CONTENT_SIZE = {
    "train_img": 16 + 60000 * 784,
    "train_label": 8 + 60000,
    "test_img": 16 + 10000 * 784,
    "test_label": 8 + 10000,
}
# The original site (yann.lecun.com) no longer serves the files; these mirrors do.
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)

IMAGE_MAGIC = 2051  # 0x00000803: unsigned byte, 3 dimensions
LABEL_MAGIC = 2049  # 0x00000801: unsigned byte, 1 dimension
IMG_SIZE = 784
MAX_COUNT = 60000  # MNIST's largest file, the training set, has 60,000 images
# deflate turns one compressed byte into at most about 1032: a header promising more data than
# that for the file's size is refused before decompressing anything.
MAX_INFLATION = 1032
CHUNK = 1 << 20  # bytes decompressed at a time


class MnistError(Exception):
    """An MNIST file is missing or broken; the message names the file and the problem."""


class MnistDirWarning(UserWarning):
    """NNVIZ_MNIST_DIR is set but lacks files, so another folder was used (the message says
    which and why)."""


def _open_error(path, error) -> MnistError:
    if isinstance(error, FileNotFoundError):
        return MnistError(f"{path}: file not found")
    if isinstance(error, PermissionError):
        return MnistError(f"{path}: permission denied")
    if isinstance(error, IsADirectoryError):
        return MnistError(f"{path}: a folder, not a file")
    if isinstance(error, EOFError):
        return MnistError(f"{path}: truncated (the gzip stream ends early)")
    return MnistError(f"{path}: not a readable gzip file ({error})")


def _read_at_most(f, n: int) -> bytes:
    """Up to n bytes of a stream, decompressed CHUNK by CHUNK (never n bytes at once)."""
    parts, got = [], 0
    while got < n:
        part = f.read(min(CHUNK, n - got))
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _check_dims(path, magic, dims) -> None:
    """MnistError unless dims are what an MNIST file of this kind can have."""
    if magic == IMAGE_MAGIC:
        if len(dims) != 3 or tuple(dims[1:]) != (28, 28):
            raise MnistError(f"{path}: images are {tuple(dims[1:])}, expected 28×28")
    elif len(dims) != 1:
        raise MnistError(f"{path}: labels have {len(dims)} dimensions, expected 1")
    if dims[0] > MAX_COUNT:
        kind = "images" if magic == IMAGE_MAGIC else "labels"
        raise MnistError(
            f"{path}: the header claims {dims[0]} {kind}; an MNIST file has at most {MAX_COUNT}"
        )


def read_idx(path, magic) -> np.ndarray:
    """A gzipped IDX file (magic, big-endian uint32 dimensions, unsigned bytes) -> uint8 array.

    The header is read and checked first; then exactly the bytes it promises are decompressed,
    and at most CHUNK more to say how much follows them.
    """
    path = Path(path)
    kind = {IMAGE_MAGIC: "image", LABEL_MAGIC: "label"}[magic]
    try:
        compressed_size = path.stat().st_size
        with gzip.open(path, "rb") as f:
            head = _read_at_most(f, 4)
            if len(head) < 4:
                raise MnistError(f"{path}: too short for an IDX header ({len(head)} bytes)")
            (found,) = struct.unpack(">I", head)
            if found != magic:
                raise MnistError(
                    f"{path}: not an IDX {kind} file (magic number {found}, expected {magic})"
                )
            ndim = head[3]
            raw_dims = _read_at_most(f, 4 * ndim)
            if len(raw_dims) < 4 * ndim:
                raise MnistError(f"{path}: truncated inside the header")
            dims = struct.unpack(f">{ndim}I", raw_dims)
            _check_dims(path, magic, dims)
            expected = int(np.prod(dims, dtype=np.int64))
            if expected > MAX_INFLATION * compressed_size:
                raise MnistError(
                    f"{path}: truncated: dimensions {dims} need {expected} bytes, more than a "
                    f"{compressed_size}-byte file can hold"
                )
            data = _read_at_most(f, expected)
            extra = len(_read_at_most(f, CHUNK)) if len(data) == expected else 0
    except MnistError:
        raise
    except (OSError, EOFError, zlib.error) as error:  # BadGzipFile is an OSError
        raise _open_error(path, error) from None
    if len(data) < expected:
        raise MnistError(
            f"{path}: truncated: dimensions {dims} need {expected} bytes, found {len(data)}"
        )
    if extra:
        count = f"{extra}" if extra < CHUNK else f"more than {CHUNK - 1}"
        raise MnistError(f"{path}: {count} unexpected bytes after the data of dimensions {dims}")
    return np.frombuffer(data, dtype=np.uint8, count=expected).reshape(dims)


def read_images(path):
    """Images of an IDX3 ``.gz`` file: uint8 array (N, 28, 28)."""
    return read_idx(path, IMAGE_MAGIC)


def read_labels(path):
    """Labels of an IDX1 ``.gz`` file: uint8 array (N,) of digits 0-9."""
    labels = read_idx(path, LABEL_MAGIC)
    if labels.size and labels.max() > 9:
        raise MnistError(f"{path}: label {int(labels.max())} is not a digit 0-9")
    return labels


def write_idx(path, array):
    """Write a uint8 array as an IDX ``.gz`` file (for tests and small made-up data sets)."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    magic = 0x0800 + array.ndim
    header = struct.pack(f">I{array.ndim}I", magic, *array.shape)
    with gzip.open(path, "wb") as f:
        f.write(header + array.tobytes())


def _missing(folder: Path) -> list[str]:
    return [name for name in KEY_FILE.values() if not (folder / name).is_file()]


def mnist_dir_note() -> str | None:
    """Why the folder NNVIZ_MNIST_DIR names is not the one used, or None when it is (or unset)."""
    chosen = paths.mnist_dir_override()
    if chosen is None:
        return None
    missing = _missing(chosen)
    if not missing:
        return None
    why = "does not exist" if not chosen.is_dir() else "lacks " + ", ".join(missing)
    others = [d for d in paths.mnist_dirs() if d != chosen and not _missing(d)]
    used = f"using {others[0]} instead" if others else "no other folder has MNIST either"
    return f"NNVIZ_MNIST_DIR={chosen} {why}; {used}"


def find_mnist_dir():
    """The first folder of ``paths.mnist_dirs()`` that holds all four files.

    An NNVIZ_MNIST_DIR that lacks files is not silently passed over: MnistDirWarning says which
    folder was used instead and why (``mnist_dir_note()`` gives the same text to the GUI).
    """
    dirs = paths.mnist_dirs()
    for d in dirs:
        if not _missing(d):
            note = mnist_dir_note()
            if note is not None:
                warnings.warn(note, MnistDirWarning, stacklevel=2)
            return d
    for d in dirs:
        missing = [name for name in KEY_FILE.values() if not (d / name).is_file()]
        if len(missing) < len(KEY_FILE):
            raise MnistError(f"{d / missing[0]}: file not found (the other MNIST files are there)")
    looked = ", ".join(str(d) for d in dirs)
    raise MnistError(
        f"MNIST files not found (looked in {looked}); download them with download_mnist()"
    )


def load_raw(data_dir=None):
    """The four arrays as uint8, keyed like the book (train_img, train_label, ...).

    No cache: decompressing and parsing all four files takes about 0.2 s, less than turning
    the images into floats afterwards.
    """
    data_dir = Path(data_dir) if data_dir is not None else find_mnist_dir()
    dataset = {}
    for k, name in KEY_FILE.items():
        reader = read_images if k.endswith("img") else read_labels
        dataset[k] = reader(data_dir / name)
    for split in ("train", "test"):
        n_img = len(dataset[f"{split}_img"])
        n_lab = len(dataset[f"{split}_label"])
        if n_img != n_lab:
            raise MnistError(
                f"{data_dir / KEY_FILE[split + '_label']}: {n_lab} labels for {n_img} images"
            )
    return dataset


def load_mnist(
    normalize=True,
    flatten=True,
    one_hot_label=False,
    dtype=np.float32,
    data_dir=None,
):
    """Ch3.6.1 MNIST as ((x_train, t_train), (x_test, t_test)).

    normalize: pixels as ``dtype`` in [0, 1] (else uint8 0-255, as the book);
    flatten: images as (N, 784) (else (N, 1, 28, 28));
    one_hot_label: labels as (N, 10) one-hot rows of ``dtype`` (else uint8 digits).
    """
    dataset = load_raw(data_dir)
    out = {}
    for split in ("train", "test"):
        x = dataset[f"{split}_img"]
        if normalize:
            x = x.astype(dtype)
            x /= 255
        x = x.reshape(-1, IMG_SIZE) if flatten else x.reshape(-1, 1, 28, 28)
        t = dataset[f"{split}_label"]
        if one_hot_label:
            one_hot = np.zeros((t.size, 10), dtype=dtype)
            one_hot[np.arange(t.size), t] = 1
            t = one_hot
        out[split] = (x, t)
    return out["train"], out["test"]


def _verify(path, key):
    """None if the file holds the real data of ``key`` (e.g. "train_img"), else what is wrong.

    Streaming: the .gz bytes and the decompressed bytes are hashed a chunk at a time, and
    decompressing stops as soon as there is more than the real data's size (a gzip bomb).
    """
    gz_hash, content_hash = hashlib.sha256(), hashlib.sha256()
    limit = CONTENT_SIZE[key]
    inflater = zlib.decompressobj(wbits=31)  # 31: a gzip header and trailer
    content_size, problem = 0, None  # after a problem: only the .gz hash is still computed
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 16):
                gz_hash.update(chunk)
                data = chunk if problem is None else b""
                while data:
                    try:
                        out = inflater.decompress(data, limit + 1 - content_size)
                    except zlib.error as e:
                        problem = f"not a readable gzip file ({e})"
                        break
                    content_hash.update(out)
                    content_size += len(out)
                    if content_size > limit:
                        problem = "more data than MNIST has (not the MNIST file)"
                        break
                    if inflater.eof:  # the end of a gzip member; gzip allows another to follow
                        data = inflater.unused_data
                        if data:
                            inflater = zlib.decompressobj(wbits=31)
                    else:
                        data = inflater.unconsumed_tail
    except OSError as e:
        return f"cannot read it ({e})"
    if gz_hash.hexdigest() == GZ_SHA256[key]:
        return None
    if problem is not None:
        return problem
    if not inflater.eof:
        return "not a readable gzip file (the stream ends early)"
    if content_hash.hexdigest() != CONTENT_SHA256[key]:
        return "its SHA-256 does not match the MNIST data"
    return None


class _TooLarge(Exception):
    pass


def download_mnist(dest_dir=None, progress=None, base_urls=MIRRORS, timeout=30, opener=None):
    """Download the four files into dest_dir (default: the user data folder), checked by SHA-256.

    progress(done_bytes, total_bytes) is called as bytes arrive. Files already there and
    correct are kept. Returns dest_dir. Raises MnistError if a file cannot be fetched intact.
    """
    dest_dir = Path(dest_dir) if dest_dir is not None else paths.user_data_dir() / "mnist"
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise MnistError(f"{dest_dir}: cannot create the folder ({e.strerror or e})") from None
    opener = opener or urllib.request.urlopen
    todo = [
        key
        for key, name in KEY_FILE.items()
        if not ((dest_dir / name).is_file() and _verify(dest_dir / name, key) is None)
    ]
    sizes = {key: NOMINAL_SIZE[key] for key in todo}
    done = 0
    for key in todo:
        name = KEY_FILE[key]
        part = dest_dir / (name + ".part")
        errors = []
        for base in base_urls:
            url = base + name
            try:
                with opener(url, timeout=timeout) as response, open(part, "wb") as f:
                    length = response.headers.get("Content-Length")
                    if length and length.isdigit():
                        if int(length) > MAX_DOWNLOAD[key]:
                            raise _TooLarge(f"the server announces {int(length)} bytes")
                        sizes[key] = int(length)
                    got = 0
                    while chunk := response.read(1 << 16):
                        got += len(chunk)
                        if got > MAX_DOWNLOAD[key]:  # a server that sends more than it may
                            raise _TooLarge(f"more than {MAX_DOWNLOAD[key]} bytes")
                        f.write(chunk)
                        if progress is not None:
                            total = sum(sizes.values())
                            progress(min(done + got, total), total)
                problem = _verify(part, key)
            except _TooLarge as e:
                problem = f"too large: {e}; MNIST's file is {NOMINAL_SIZE[key]} bytes"
            except OSError as e:  # URLError, HTTPError and timeouts are all OSErrors
                problem = f"download failed ({e})"
            except BaseException:  # e.g. the progress callback cancels: leave no .part behind
                part.unlink(missing_ok=True)
                raise
            if problem is None:
                os.replace(part, dest_dir / name)  # only a checked file gets the real name
                done += sizes[key]
                break
            part.unlink(missing_ok=True)
            errors.append(f"{url}: {problem}")
        else:
            raise MnistError(f"{dest_dir / name}: could not download it: " + "; ".join(errors))
    if progress is not None:
        total = sum(sizes.values())
        progress(total, total)
    return dest_dir
