"""When MNIST is missing, the app offers to download it with a progress bar and checks it."""

import functools

from PySide6.QtWidgets import QMessageBox

from nnviz import paths
from nnviz.engine import mnist
from nnviz.ui.widgets import mnist_download

SHIPPED = paths.REPO_ROOT / "data" / "mnist"


def _no_local_mnist(monkeypatch, tmp_path):
    user_dir = tmp_path / "user"
    monkeypatch.setattr(paths, "mnist_dirs", lambda: [tmp_path / "nowhere", user_dir / "mnist"])
    monkeypatch.setattr(paths, "user_data_dir", lambda: user_dir)
    return user_dir / "mnist"


def test_missing_mnist_is_downloaded_with_progress_after_the_user_agrees(
    qtbot, monkeypatch, tmp_path
):
    target = _no_local_mnist(monkeypatch, tmp_path)
    # A local mirror stands in for the network: same files, same checksums.
    local = functools.partial(mnist.download_mnist, base_urls=(SHIPPED.as_uri() + "/",))
    monkeypatch.setattr(mnist, "download_mnist", local)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = []
    original = mnist_download._DownloadDialog._on_progress
    monkeypatch.setattr(
        mnist_download._DownloadDialog,
        "_on_progress",
        lambda self, done, total: (seen.append((done, total)), original(self, done, total)),
    )
    assert not mnist_download.mnist_available()
    assert mnist_download.ensure_mnist(None)
    assert sorted(p.name for p in target.glob("*.gz")) == sorted(mnist.KEY_FILE.values())
    assert seen and seen[-1][0] == seen[-1][1] > 10_000_000


def test_declining_the_download_leaves_mnist_missing(monkeypatch, tmp_path):
    _no_local_mnist(monkeypatch, tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not mnist_download.ensure_mnist(None)


def test_a_failed_download_is_reported_to_the_user(monkeypatch, tmp_path):
    _no_local_mnist(monkeypatch, tmp_path)
    broken = functools.partial(
        mnist.download_mnist, base_urls=((tmp_path / "empty").as_uri() + "/",)
    )
    monkeypatch.setattr(mnist, "download_mnist", broken)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert not mnist_download.ensure_mnist(None)
    assert warnings and "could not download" in warnings[0]


def test_start_training_without_mnist_asks_and_starts_nothing_when_declined(
    window, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtCore import Qt

    from nnviz.ui.tabs.training import session as training_session

    _no_local_mnist(monkeypatch, tmp_path)
    monkeypatch.setattr(training_session, "_mnist", None)  # as on a first launch
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    window.show_tab("training")
    tab = window.page("training")
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert asked and "MNIST" in asked[0]
    assert not tab.is_busy()


def test_a_data_folder_that_cannot_be_made_is_reported_not_ignored(qtbot, monkeypatch, tmp_path):
    target = _no_local_mnist(monkeypatch, tmp_path)
    target.parent.write_text("a file where the data folder should be")  # mkdir must fail
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert not mnist_download.ensure_mnist(None)
    assert warnings and f"{target}: cannot create the folder" in warnings[0]


def test_an_incomplete_nnviz_mnist_dir_is_explained_once(monkeypatch, tmp_path):
    partial = tmp_path / "partial"
    partial.mkdir()
    (partial / mnist.KEY_FILE["train_img"]).write_bytes(b"")  # one of the four files
    monkeypatch.setenv("NNVIZ_MNIST_DIR", str(partial))
    monkeypatch.setattr(mnist_download, "_noted", set())
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert mnist_download.ensure_mnist(None)
    assert mnist_download.ensure_mnist(None)
    assert len(shown) == 1
    assert f"NNVIZ_MNIST_DIR={partial} lacks" in shown[0]
    assert f"using {SHIPPED} instead" in shown[0]
