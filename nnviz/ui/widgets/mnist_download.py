"""Make sure MNIST is on disk: offer to download it (progress bar, checksums) when it is not."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from nnviz.engine import mnist


class _Cancelled(Exception):
    pass


class _DownloadThread(QThread):
    """Runs the engine's download_mnist off the GUI thread; the callback aborts on cancel."""

    progressed = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cancelled = False
        self.error: str | None = None

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            mnist.download_mnist(progress=self._progress)
        except _Cancelled:
            self.error = ""
        except mnist.MnistError as error:
            self.error = str(error)
        except Exception as error:  # noqa: BLE001 - e.g. an unwritable data folder: say so
            self.error = f"{type(error).__name__}: {error}"


_noted: set[str] = set()  # NNVIZ_MNIST_DIR notes already shown in this session


def mnist_available() -> bool:
    try:
        with warnings.catch_warnings():  # the GUI shows the note itself (ensure_mnist)
            warnings.simplefilter("ignore", mnist.MnistDirWarning)
            mnist.find_mnist_dir()
    except mnist.MnistError:
        return False
    return True


def _show_dir_note(parent: QWidget | None) -> None:
    """Once per session: NNVIZ_MNIST_DIR lacks files, and which folder is used instead."""
    note = mnist.mnist_dir_note()
    if note is None or note in _noted:
        return
    _noted.add(note)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("MnistDownload", "MNIST"),
        QCoreApplication.translate(
            "MnistDownload", "The MNIST folder you chose is incomplete:\n{0}"
        ).format(note),
    )


def ensure_mnist(parent: QWidget | None, ask: bool = True) -> bool:
    """True when the four MNIST files are there, downloading them first if the user agrees."""
    if mnist_available():
        _show_dir_note(parent)
        return True
    if ask:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("MnistDownload", "MNIST is missing"),
            QCoreApplication.translate(
                "MnistDownload",
                "The MNIST data set (11 MB) was not found on this computer.\n"
                "Download it now? The files are checked by their SHA-256 sums.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    dialog = _DownloadDialog(parent)
    dialog.run()
    if dialog.thread_.error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MnistDownload", "MNIST"),
            QCoreApplication.translate("MnistDownload", "The download failed:\n{0}").format(
                dialog.thread_.error
            ),
        )
    return dialog.thread_.error is None and mnist_available()


class _DownloadDialog(QProgressDialog):
    """Progress bar and Cancel; its bound-method slots are queued to the GUI thread."""

    def __init__(self, parent):
        super().__init__(
            QCoreApplication.translate("MnistDownload", "Downloading MNIST…"),
            QCoreApplication.translate("MnistDownload", "Cancel"),
            0,
            100,
            parent,
        )
        self.setWindowTitle(QCoreApplication.translate("MnistDownload", "MNIST"))
        self.setMinimumDuration(0)
        self.setAutoReset(False)
        self.thread_ = _DownloadThread()
        self.thread_.progressed.connect(self._on_progress)
        self.thread_.finished.connect(self._on_finished)
        self.canceled.connect(self._on_cancel)

    def run(self) -> None:
        self.thread_.start()
        self.exec()
        self.thread_.wait()

    def _on_progress(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(done)

    def _on_cancel(self) -> None:
        self.thread_.cancelled = True

    def _on_finished(self) -> None:
        self.done(0)
