"""`nnviz predict [--model PATH] [--json] IMAGE...`: read digits from image files.

Each image (a PNG/JPEG photo or scan, dark ink on light paper or light on dark) goes through the
same MNIST-style preprocessing as the digit pad (nnviz.engine.preprocess), then the model.
Image files are decoded with Qt's QImage (PySide6 is a dependency anyway; no window is opened).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

# Photos are shrunk to this first: a digit needs far fewer pixels, and it spares memory.
MAX_SIDE = 1200

EXIT_OK, EXIT_FAILED_FILES, EXIT_NO_MODEL = 0, 1, 2


class ImageError(Exception):
    """An image file cannot be used; the message says why."""


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "predict",
        help="recognise handwritten digits in image files",
        description="Recognise a handwritten digit in each image file (PNG, JPEG, ...: a photo "
        "or scan, dark ink on light paper or light on dark) with the same MNIST-style "
        "preprocessing as the Draw tab.",
    )
    parser.add_argument(
        "--model", metavar="PATH", type=Path, help="model file (.npz); default: the bundled ConvNet"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print a JSON list of {"path", "digit", "probabilities"}',
    )
    parser.add_argument("images", metavar="IMAGE", nargs="+", type=Path, help="image files")


def read_image(path: Path) -> np.ndarray:
    """Decode an image file -> (H, W, 4) uint8 RGBA array; ImageError with the reason."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QImageReader

    if not path.is_file():
        raise ImageError("file not found" if not path.exists() else "not a file")
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos: honour the EXIF orientation
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_SIDE:
        reader.setScaledSize(
            size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        raise ImageError(f"cannot read the image ({reader.errorString()})")
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    h, w = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * image.bytesPerLine())
    return rows.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4).copy()


def predict_file(net, path: Path) -> np.ndarray:
    """Probabilities (10,) of the digit in one image file; ImageError if there is none."""
    from nnviz.engine.preprocess import digit_probabilities, preprocess_digit

    x = preprocess_digit(read_image(path))
    if x is None:
        raise ImageError("no digit found: the image is blank or has too little contrast")
    return digit_probabilities(net, x)


def run(args) -> int:
    from nnviz import paths
    from nnviz.engine.model_io import ModelFileError, load_model
    from nnviz.engine.preprocess import digit_probabilities

    model_path = args.model or paths.default_model_path()
    try:
        net = load_model(model_path)
    except ModelFileError as error:
        hint = "" if args.model else " Train one with `nnviz train`, or pass --model PATH."
        print(f"nnviz predict: cannot load the model: {error}.{hint}", file=sys.stderr)
        return EXIT_NO_MODEL
    try:
        digit_probabilities(net, np.zeros((28, 28), dtype=np.float32))
    except ValueError as error:
        print(f"nnviz predict: cannot use the model {model_path}: {error}", file=sys.stderr)
        return EXIT_NO_MODEL

    results, failed = [], 0
    for path in args.images:
        try:
            p = predict_file(net, path)
        except (ImageError, ValueError) as error:
            failed += 1
            print(f"nnviz predict: {path}: {error}", file=sys.stderr)
            results.append(
                {"path": str(path), "digit": None, "probabilities": None, "error": str(error)}
            )
            continue
        digit = int(np.argmax(p))
        results.append(
            {"path": str(path), "digit": digit, "probabilities": [round(float(v), 6) for v in p]}
        )
        if not args.json:
            print(f"{path}: {digit} ({p[digit]:.1%})")
    if args.json:
        # One record per line: valid JSON that still reads well in a terminal.
        print("[\n" + ",\n".join(json.dumps(r) for r in results) + "\n]")
    return EXIT_FAILED_FILES if failed else EXIT_OK
