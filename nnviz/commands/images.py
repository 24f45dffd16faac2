"""Read an image file for the headless commands: Qt's decoders, no window, a clear error.

Qt's image plugins may need a GUI application even without a window (the SVG plugin asks the
font database for the font of a <text>, and Qt aborts the process when there is no
QGuiApplication). `read_image` therefore makes sure one exists, on the offscreen platform, so a
command works the same with or without a display.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

# Photos are shrunk to this first: a digit needs far fewer pixels, and it spares memory.
MAX_SIDE = 1200
# Qt refuses to decode images needing more than 256 MB by default ("Unable to read image data"),
# which turns away a 100-megapixel photo. Raised for our reader, with a cap of our own we can
# name in the message. (A raster decoder may hold the full image before shrinking it.)
MAX_PIXELS = 120_000_000
ALLOCATION_LIMIT_MB = 4 * MAX_PIXELS // 2**20 + 64  # 4 bytes per pixel, and some slack
VECTOR_FORMATS = (b"svg", b"svgz")  # drawn at MAX_SIDE whatever size they declare

_app = None  # the QGuiApplication made here, kept alive for the rest of the process


class ImageError(Exception):
    """An image file cannot be used; the message says why."""


def ensure_gui_application():
    """The running Q(Gui)Application, or a new offscreen QGuiApplication (never a window)."""
    global _app
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        # "-platform offscreen" on the command line beats QT_QPA_PLATFORM: no display needed.
        _app = app = QGuiApplication(["nnviz", "-platform", "offscreen"])
    return app


def check_readable(path: Path) -> None:
    """ImageError saying exactly why a path cannot be read (missing, a folder, no permission)."""
    try:
        with open(path, "rb") as f:
            f.read(1)
    except FileNotFoundError:
        raise ImageError("file not found") from None
    except IsADirectoryError:
        raise ImageError("not a file (a folder)") from None
    except PermissionError:
        raise ImageError("permission denied") from None
    except OSError as error:
        raise ImageError(f"cannot read the file ({error.strerror or error})") from None
    if not path.is_file():
        raise ImageError("not a regular file")


def read_image(path: Path) -> np.ndarray:
    """Decode an image file -> (H, W, 4) uint8 RGBA array; ImageError with the reason."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QImageReader

    path = Path(path)
    check_readable(path)
    ensure_gui_application()
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos: honour the EXIF orientation
    size = reader.size()
    vector = bytes(reader.format().data()).lower() in VECTOR_FORMATS
    if size.isValid() and not vector and size.width() * size.height() > MAX_PIXELS:
        raise ImageError(
            f"too large ({size.width()}×{size.height()} pixels; "
            f"at most {MAX_PIXELS // 1_000_000} megapixels)"
        )
    if size.isValid() and max(size.width(), size.height()) > MAX_SIDE:
        reader.setScaledSize(
            size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
        )
    previous_limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(max(previous_limit, ALLOCATION_LIMIT_MB))
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(previous_limit)
    if image.isNull():
        raise ImageError(f"cannot read the image ({reader.errorString()})")
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * image.bytesPerLine())
    return rows.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4).copy()
