"""Ch3.6 MNIST: read the four IDX ``.gz`` files, check them, download them.

``load_mnist`` has the book's arguments and meaning. Every problem with a file raises
``MnistError`` naming the file and what is wrong with it (missing, not gzip, truncated, wrong
magic number or dimensions, labels out of range).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import struct
import urllib.request
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
# Approximate download sizes, for the progress total before the server says.
NOMINAL_SIZE = {
    "train_img": 9912422,
    "train_label": 28881,
    "test_img": 1648877,
    "test_label": 4542,
}
# The original site (yann.lecun.com) no longer serves the files; these mirrors do.
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)

IMAGE_MAGIC = 2051  # 0x00000803: unsigned byte, 3 dimensions
LABEL_MAGIC = 2049  # 0x00000801: unsigned byte, 1 dimension
IMG_SIZE = 784


class MnistError(Exception):
    """An MNIST file is missing or broken; the message names the file and the problem."""


def _read_gz(path):
    path = Path(path)
    try:
        with gzip.open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise MnistError(f"{path}: file not found") from None
    except EOFError:
        raise MnistError(f"{path}: truncated (the gzip stream ends early)") from None
    except (gzip.BadGzipFile, zlib.error, OSError) as e:
        raise MnistError(f"{path}: not a readable gzip file ({e})") from None


def parse_idx(data, path, magic):
    """Parse IDX bytes (magic, big-endian uint32 dimensions, then unsigned bytes) to an array."""
    if len(data) < 4:
        raise MnistError(f"{path}: too short for an IDX header ({len(data)} bytes)")
    (found,) = struct.unpack(">I", data[:4])
    if found != magic:
        kind = {IMAGE_MAGIC: "image", LABEL_MAGIC: "label"}[magic]
        raise MnistError(f"{path}: not an IDX {kind} file (magic number {found}, expected {magic})")
    ndim = data[3]
    header = 4 + 4 * ndim
    if len(data) < header:
        raise MnistError(f"{path}: truncated inside the header")
    dims = struct.unpack(f">{ndim}I", data[4:header])
    expected = int(np.prod(dims, dtype=np.int64))
    found_len = len(data) - header
    if found_len < expected:
        raise MnistError(
            f"{path}: truncated: dimensions {dims} need {expected} bytes, found {found_len}"
        )
    if found_len > expected:
        raise MnistError(
            f"{path}: {found_len - expected} unexpected bytes after the data of dimensions {dims}"
        )
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(dims)


def read_images(path):
    """Images of an IDX3 ``.gz`` file: uint8 array (N, 28, 28)."""
    images = parse_idx(_read_gz(path), path, IMAGE_MAGIC)
    if images.ndim != 3 or images.shape[1:] != (28, 28):
        raise MnistError(f"{path}: images are {images.shape[1:]}, expected 28×28")
    return images


def read_labels(path):
    """Labels of an IDX1 ``.gz`` file: uint8 array (N,) of digits 0-9."""
    labels = parse_idx(_read_gz(path), path, LABEL_MAGIC)
    if labels.ndim != 1:
        raise MnistError(f"{path}: labels have {labels.ndim} dimensions, expected 1")
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


def find_mnist_dir():
    """The first folder of ``paths.mnist_dirs()`` that holds all four files."""
    dirs = paths.mnist_dirs()
    for d in dirs:
        if all((d / name).is_file() for name in KEY_FILE.values()):
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
    """None if the file holds the real data of ``key`` (e.g. "train_img"), else what is wrong."""
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() == GZ_SHA256[key]:
        return None
    try:
        content = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as e:
        return f"not a readable gzip file ({e})"
    if hashlib.sha256(content).hexdigest() != CONTENT_SHA256[key]:
        return "its SHA-256 does not match the MNIST data"
    return None


def download_mnist(dest_dir=None, progress=None, base_urls=MIRRORS, timeout=30, opener=None):
    """Download the four files into dest_dir (default: the user data folder), checked by SHA-256.

    progress(done_bytes, total_bytes) is called as bytes arrive. Files already there and
    correct are kept. Returns dest_dir. Raises MnistError if a file cannot be fetched intact.
    """
    dest_dir = Path(dest_dir) if dest_dir is not None else paths.user_data_dir() / "mnist"
    dest_dir.mkdir(parents=True, exist_ok=True)
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
                        sizes[key] = int(length)
                    got = 0
                    while chunk := response.read(1 << 16):
                        f.write(chunk)
                        got += len(chunk)
                        if progress is not None:
                            total = sum(sizes.values())
                            progress(min(done + got, total), total)
                problem = _verify(part, key)
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
