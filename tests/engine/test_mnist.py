"""MNIST: the real files load as the book says; broken files are named and explained; download."""

import gzip
import hashlib
import io
import shutil
import struct
import time
import tracemalloc

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz import paths
from nnviz.engine import mnist
from nnviz.engine.mnist import KEY_FILE, MnistError, load_mnist, read_images, read_labels, write_idx

SHIPPED = paths.REPO_ROOT / "data" / "mnist"
needs_mnist = pytest.mark.skipif(
    not all((SHIPPED / n).is_file() for n in KEY_FILE.values()), reason="MNIST not in data/mnist"
)


def fake_mnist(folder, n_train=12, n_test=5, seed=0):
    """A tiny, well-formed MNIST look-alike."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for split, n in (("train", n_train), ("test", n_test)):
        write_idx(folder / KEY_FILE[f"{split}_img"], rng.integers(0, 256, (n, 28, 28)))
        write_idx(folder / KEY_FILE[f"{split}_label"], rng.integers(0, 10, n))
    return folder


def write_gz(path, data):
    with gzip.open(path, "wb") as f:
        f.write(data)


@pytest.fixture(scope="module")
def real_mnist():
    return load_mnist(data_dir=SHIPPED)


@needs_mnist
def test_real_mnist_has_the_books_shapes_and_first_labels(real_mnist):
    (x_train, t_train), (x_test, t_test) = real_mnist
    assert x_train.shape == (60000, 784) and x_test.shape == (10000, 784)
    assert t_train.shape == (60000,) and t_test.shape == (10000,)
    assert x_train.dtype == np.float32
    assert 0.0 == x_train.min() and x_train.max() == 1.0
    np.testing.assert_array_equal(t_train[:5], [5, 0, 4, 1, 9])
    np.testing.assert_array_equal(t_test[:5], [7, 2, 1, 0, 4])


@needs_mnist
def test_load_mnist_is_found_through_the_search_path():
    assert mnist.find_mnist_dir() == SHIPPED


def test_load_mnist_options_keep_the_books_meaning(tmp_path):
    folder = fake_mnist(tmp_path / "m")
    raw = mnist.load_raw(folder)
    (x, t), (x_test, _) = load_mnist(normalize=False, flatten=False, data_dir=folder)
    assert x.dtype == np.uint8 and x.shape == (12, 1, 28, 28)
    np.testing.assert_array_equal(x[:, 0], raw["train_img"])
    assert x_test.shape == (5, 1, 28, 28)
    (x, t1), _ = load_mnist(one_hot_label=True, dtype=np.float64, data_dir=folder)
    assert x.dtype == np.float64 and x.shape == (12, 784)
    np.testing.assert_allclose(x * 255, raw["train_img"].reshape(12, 784))
    assert t1.shape == (12, 10) and t1.dtype == np.float64
    np.testing.assert_array_equal(t1.argmax(axis=1), raw["train_label"])
    assert np.all(t1.sum(axis=1) == 1)


def test_a_missing_file_is_named(tmp_path):
    folder = fake_mnist(tmp_path / "m")
    (folder / KEY_FILE["test_label"]).unlink()
    with pytest.raises(MnistError, match="t10k-labels-idx1-ubyte.gz: file not found"):
        load_mnist(data_dir=folder)


def test_search_path_names_the_missing_file_when_the_others_are_there(tmp_path, monkeypatch):
    folder = fake_mnist(tmp_path / "m")
    (folder / KEY_FILE["train_img"]).unlink()
    monkeypatch.setattr(paths, "mnist_dirs", lambda: [tmp_path / "nothing", folder])
    with pytest.raises(MnistError, match="train-images-idx3-ubyte.gz: file not found"):
        mnist.find_mnist_dir()


def test_no_mnist_anywhere_says_where_it_looked_and_how_to_download(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "mnist_dirs", lambda: [tmp_path / "a", tmp_path / "b"])
    with pytest.raises(MnistError, match=r"looked in .*a, .*b.*download_mnist"):
        load_mnist()


def test_a_file_that_is_not_gzip_is_named(tmp_path):
    path = tmp_path / "x.gz"
    path.write_bytes(b"this is not a gzip file at all")
    with pytest.raises(MnistError, match=r"x\.gz: not a readable gzip file"):
        read_images(path)


def test_a_truncated_gzip_stream_is_named(tmp_path):
    folder = fake_mnist(tmp_path / "m")
    path = folder / KEY_FILE["train_img"]
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(MnistError, match="train-images-idx3-ubyte.gz: truncated"):
        load_mnist(data_dir=folder)


def test_truncated_image_data_is_reported_with_sizes(tmp_path):
    path = tmp_path / "img.gz"
    header = struct.pack(">IIII", 2051, 3, 28, 28)
    write_gz(path, header + bytes(28 * 28 * 2))
    with pytest.raises(MnistError, match=r"img\.gz: truncated: .*need 2352 bytes, found 1568"):
        read_images(path)


def test_extra_bytes_after_the_data_are_reported(tmp_path):
    path = tmp_path / "lab.gz"
    write_gz(path, struct.pack(">II", 2049, 2) + bytes([1, 2, 3]))
    with pytest.raises(MnistError, match="1 unexpected bytes"):
        read_labels(path)


def test_labels_given_as_images_are_caught_by_the_magic_number(tmp_path):
    path = tmp_path / "swapped.gz"
    write_idx(path, np.zeros(4, dtype=np.uint8))
    with pytest.raises(MnistError, match=r"swapped\.gz: not an IDX image file \(magic number 2049"):
        read_images(path)


def test_images_of_the_wrong_size_are_refused(tmp_path):
    path = tmp_path / "big.gz"
    write_idx(path, np.zeros((2, 32, 32), dtype=np.uint8))
    with pytest.raises(MnistError, match="expected 28×28"):
        read_images(path)


def test_a_label_above_nine_is_refused(tmp_path):
    path = tmp_path / "lab.gz"
    write_idx(path, np.array([1, 2, 12]))
    with pytest.raises(MnistError, match="label 12 is not a digit"):
        read_labels(path)


def test_a_header_cut_short_is_refused(tmp_path):
    path = tmp_path / "short.gz"
    write_gz(path, struct.pack(">I", 2051) + b"\x00\x00")
    with pytest.raises(MnistError, match="truncated inside the header"):
        read_images(path)


def test_image_and_label_counts_must_agree(tmp_path):
    folder = fake_mnist(tmp_path / "m")
    write_idx(folder / KEY_FILE["train_label"], np.zeros(7, dtype=np.uint8))
    with pytest.raises(MnistError, match="train-labels-idx1-ubyte.gz: 7 labels for 12 images"):
        load_mnist(data_dir=folder)


# --- download: a local file:// "mirror" or a fake opener, never the network ---


@needs_mnist
def test_download_from_a_mirror_checks_and_keeps_all_four_files(tmp_path):
    seen = []
    dest = mnist.download_mnist(
        tmp_path / "dl",
        progress=lambda done, total: seen.append((done, total)),
        base_urls=(SHIPPED.as_uri() + "/",),
    )
    for name in KEY_FILE.values():
        assert (dest / name).read_bytes() == (SHIPPED / name).read_bytes()
    assert not list(dest.glob("*.part"))
    assert seen[-1][0] == seen[-1][1] > 10_000_000
    assert all(a <= b for a, b in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@needs_mnist
def test_download_falls_back_to_the_next_mirror_and_rejects_wrong_data(tmp_path):
    bad = fake_mnist(tmp_path / "bad_mirror")  # well-formed files, but not MNIST
    dest = mnist.download_mnist(
        tmp_path / "dl",
        base_urls=(bad.as_uri() + "/", (tmp_path / "gone").as_uri() + "/", SHIPPED.as_uri() + "/"),
    )
    assert (dest / KEY_FILE["train_label"]).read_bytes() == (
        SHIPPED / KEY_FILE["train_label"]
    ).read_bytes()


def test_download_from_only_wrong_mirrors_raises_naming_file_and_reasons(tmp_path):
    bad = fake_mnist(tmp_path / "bad_mirror")
    with pytest.raises(MnistError, match=r"train-images-idx3-ubyte.gz: could not download") as info:
        mnist.download_mnist(
            tmp_path / "dl",
            base_urls=(bad.as_uri() + "/", (tmp_path / "gone").as_uri() + "/"),
        )
    message = str(info.value)
    assert "SHA-256 does not match" in message and "download failed" in message
    assert not list((tmp_path / "dl").iterdir())  # no bad or partial file left behind


def test_download_accepts_a_regzipped_copy_of_the_real_data(tmp_path, monkeypatch):
    # A mirror may gzip differently: then the decompressed bytes are what is checked.
    content = b"pretend this is the real label file"
    monkeypatch.setitem(mnist.CONTENT_SHA256, "train_label", hashlib.sha256(content).hexdigest())
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    write_gz(mirror / KEY_FILE["train_label"], content)
    dest = tmp_path / "dl"
    dest.mkdir()
    for key in ("train_img", "test_img", "test_label"):  # the other three are already there
        monkeypatch.setitem(mnist.GZ_SHA256, key, hashlib.sha256(b"ok").hexdigest())
        (dest / KEY_FILE[key]).write_bytes(b"ok")
    mnist.download_mnist(dest, base_urls=(mirror.as_uri() + "/",))
    assert gzip.decompress((dest / KEY_FILE["train_label"]).read_bytes()) == content


@needs_mnist
def test_download_skips_files_that_are_already_correct(tmp_path):
    dest = tmp_path / "dl"
    shutil.copytree(SHIPPED, dest)
    calls = []

    def opener(url, timeout):
        calls.append(url)
        raise OSError("no network in tests")

    assert mnist.download_mnist(dest, opener=opener) == dest
    assert calls == []


def test_a_cancelled_download_leaves_no_partial_file(tmp_path):
    mirror = fake_mnist(tmp_path / "mirror")

    class Cancelled(Exception):
        pass

    def progress(done, total):
        raise Cancelled

    with pytest.raises(Cancelled):
        mnist.download_mnist(tmp_path / "dl", progress=progress, base_urls=(mirror.as_uri() + "/",))
    assert not list((tmp_path / "dl").iterdir())


# --- issue 15: bounded reading, capped downloads, the folder actually used ---


def _peak_bytes(fn):
    """Peak Python-traced memory while fn() runs (numpy allocations are traced too)."""
    tracemalloc.start()
    try:
        fn()
    except MnistError:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def test_a_small_file_claiming_millions_of_images_is_refused_at_once(tmp_path):
    path = tmp_path / "liar.gz"
    # 4 million images claimed, 3 MB of (highly compressible) data there.
    write_gz(path, struct.pack(">IIII", 2051, 4_000_000, 28, 28) + bytes(3_000_000))
    start = time.perf_counter()
    with pytest.raises(MnistError, match=r"liar\.gz: the header claims 4000000 images; .*60000"):
        read_images(path)
    assert time.perf_counter() - start < 1.0
    assert _peak_bytes(lambda: read_images(path)) < 5_000_000


def test_a_header_promising_more_than_the_file_can_hold_is_refused_before_inflating(tmp_path):
    path = tmp_path / "short.gz"
    write_gz(path, struct.pack(">IIII", 2051, 60000, 28, 28) + bytes(100))
    with pytest.raises(MnistError, match=r"short\.gz: truncated: .*more than a \d+-byte file"):
        read_images(path)
    assert _peak_bytes(lambda: read_images(path)) < 5_000_000


def test_a_gzip_bomb_after_a_valid_header_is_read_only_as_far_as_the_header_says(tmp_path):
    path = tmp_path / "bomb.gz"
    with gzip.open(path, "wb") as f:  # 2 labels, then 200 MB of zeros
        f.write(struct.pack(">II", 2049, 2) + bytes([1, 2]))
        for _ in range(200):
            f.write(bytes(1 << 20))
    with pytest.raises(MnistError, match=r"more than \d+ unexpected bytes"):
        read_labels(path)
    assert _peak_bytes(lambda: read_labels(path)) < 10_000_000


def test_an_unreadable_mnist_file_says_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "lab.gz"
    write_idx(path, np.zeros(3, dtype=np.uint8))
    real_open = gzip.open

    def denied(file, *args, **kwargs):  # as root, chmod 000 would not stop us reading
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(gzip, "open", denied)
    with pytest.raises(MnistError, match=r"lab\.gz: permission denied"):
        read_labels(path)


class _Response(io.BytesIO):
    """What urlopen returns, for a fake mirror."""

    def __init__(self, data, length=None):
        super().__init__(data)
        self.headers = {} if length is None else {"Content-Length": str(length)}


def _only_train_label_missing(dest, monkeypatch):
    dest.mkdir()
    for key in ("train_img", "test_img", "test_label"):
        monkeypatch.setitem(mnist.GZ_SHA256, key, hashlib.sha256(b"ok").hexdigest())
        (dest / KEY_FILE[key]).write_bytes(b"ok")


def test_a_server_sending_more_than_the_file_is_cut_off(tmp_path, monkeypatch):
    dest = tmp_path / "dl"
    _only_train_label_missing(dest, monkeypatch)
    sent = []

    class Endless(_Response):
        def read(self, n=-1):
            sent.append(n)
            return bytes(n)

    def opener(url, timeout):
        return Endless(b"")  # no Content-Length, and never an end

    with pytest.raises(MnistError, match=r"train-labels.*too large: more than 30686 bytes"):
        mnist.download_mnist(dest, opener=opener, base_urls=("https://mirror.invalid/",))
    assert sum(sent) <= mnist.MAX_DOWNLOAD["train_label"] + (1 << 16)
    assert not (dest / (KEY_FILE["train_label"] + ".part")).exists()


def test_a_server_announcing_a_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    dest = tmp_path / "dl"
    _only_train_label_missing(dest, monkeypatch)
    reads = []

    class Huge(_Response):
        def read(self, n=-1):
            reads.append(n)
            return super().read(n)

    with pytest.raises(MnistError, match=r"announces 1000000000000 bytes"):
        mnist.download_mnist(
            dest,
            opener=lambda url, timeout: Huge(bytes(1000), length=10**12),
            base_urls=("https://mirror.invalid/",),
        )
    assert reads == []


def test_verifying_a_download_inflates_no_more_than_the_mnist_file(tmp_path):
    bomb = tmp_path / "train-labels-idx1-ubyte.gz"
    with gzip.open(bomb, "wb") as f:
        for _ in range(100):
            f.write(bytes(1 << 20))  # 100 MB of zeros in 100 kB
    peak = []
    tracemalloc.start()
    problem = mnist._verify(bomb, "train_label")
    peak.append(tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    assert problem == "more data than MNIST has (not the MNIST file)"
    assert peak[0] < 2_000_000


@needs_mnist
def test_verifying_the_real_files_streams_them(tmp_path):
    for key, name in KEY_FILE.items():
        regzipped = tmp_path / name  # another mirror's gzip: the content hash decides
        regzipped.write_bytes(gzip.compress(gzip.decompress((SHIPPED / name).read_bytes()), 1))
        tracemalloc.start()
        assert mnist._verify(regzipped, key) is None
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 2_000_000


@needs_mnist
def test_an_incomplete_nnviz_mnist_dir_is_named_with_the_folder_used_instead(tmp_path, monkeypatch):
    partial = tmp_path / "partial"
    partial.mkdir()
    shutil.copy(SHIPPED / KEY_FILE["train_img"], partial)
    monkeypatch.setenv("NNVIZ_MNIST_DIR", str(partial))
    with pytest.warns(mnist.MnistDirWarning) as caught:
        used = mnist.find_mnist_dir()
    assert used == SHIPPED
    message = str(caught[0].message)
    assert f"NNVIZ_MNIST_DIR={partial} lacks" in message
    assert KEY_FILE["test_label"] in message and f"using {SHIPPED} instead" in message
    assert mnist.mnist_dir_note() == message
    monkeypatch.setenv("NNVIZ_MNIST_DIR", str(tmp_path / "nowhere"))
    assert "does not exist" in mnist.mnist_dir_note()
    monkeypatch.setenv("NNVIZ_MNIST_DIR", str(SHIPPED))
    assert mnist.mnist_dir_note() is None


# --- Hypothesis: whatever the bytes, the reader's own error, within a memory bound ---

MEMORY_BOUND = 20_000_000  # bytes: a few times the largest file the strategies make


def _read_any(path):
    """Both readers on one file: only MnistError may come out."""
    for reader in (read_images, read_labels):
        try:
            reader(path)
        except MnistError:
            pass


def _check_bounded(path):
    tracemalloc.start()
    try:
        _read_any(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BOUND


@given(data=st.binary(max_size=2000), zipped=st.booleans())
def test_arbitrary_bytes_end_in_mnist_error(tmp_path_factory, data, zipped):
    path = tmp_path_factory.mktemp("any") / "x.gz"
    path.write_bytes(gzip.compress(data) if zipped else data)
    _check_bounded(path)


def _valid_idx(images: bool, n: int) -> bytes:
    if images:
        return struct.pack(">IIII", 2051, n, 28, 28) + bytes(range(256)) * (n * 784 // 256 + 1)
    return struct.pack(">II", 2049, n) + bytes(k % 10 for k in range(n))


@given(
    images=st.booleans(),
    n=st.integers(0, 3),
    field=st.sampled_from(["magic", "ndim", "count", "dim", "truncate", "extend"]),
    value=st.integers(0, 2**32 - 1),
    cut=st.integers(0, 4000),
    gz_damage=st.one_of(st.none(), st.tuples(st.integers(0, 400), st.integers(0, 255))),
)
def test_mutated_idx_files_end_in_mnist_error(
    tmp_path_factory, images, n, field, value, cut, gz_damage
):
    raw = bytearray(_valid_idx(images, n))
    if images:
        raw = raw[: 16 + n * 784]
    if field == "magic":
        raw[0:4] = struct.pack(">I", value)
    elif field == "ndim":
        raw[3] = value % 256
    elif field == "count":
        raw[4:8] = struct.pack(">I", value)
    elif field == "dim" and images:
        raw[8 + 4 * (value % 2) : 12 + 4 * (value % 2)] = struct.pack(">I", value)
    elif field == "truncate":
        raw = raw[: cut % (len(raw) + 1)]
    elif field == "extend":
        raw += bytes(cut)
    data = bytearray(gzip.compress(bytes(raw)))
    if gz_damage is not None:  # a flipped byte in the compressed stream, or a cut
        at, byte = gz_damage
        if at < len(data):
            data[at] = byte
        else:
            data = data[: at % (len(data) + 1)]
    path = tmp_path_factory.mktemp("mut") / "x.gz"
    path.write_bytes(bytes(data))
    _check_bounded(path)
