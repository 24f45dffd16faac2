"""`nnviz predict [--model PATH|simple|deep] [--json] IMAGE...`: read digits from image files.

Each image (a PNG/JPEG photo or scan, dark ink on light paper or light on dark) goes through the
same MNIST-style preprocessing as the digit pad (nnviz.engine.preprocess), then the model.
Image files are decoded with Qt's QImageReader (nnviz.commands.images; no window is opened).
Every file gets its answer, a digit or its own error line, whatever happens to the others.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from nnviz.commands.images import ImageError, read_image

__all__ = ["ImageError", "read_image", "predict_file", "run"]

EXIT_OK, EXIT_FAILED_FILES, EXIT_NO_MODEL = 0, 1, 2


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "predict",
        help="recognise handwritten digits in image files",
        description="Recognise a handwritten digit in each image file (PNG, JPEG, ...: a photo "
        "or scan, dark ink on light paper or light on dark) with the same MNIST-style "
        "preprocessing as the Draw tab.",
    )
    parser.add_argument(
        "--model",
        metavar="PATH",
        help="model file (.npz), or simple / deep for the bundled SimpleConvNet / DeepConvNet; "
        "default: simple",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print a JSON list of {"path", "digit", "probabilities"}',
    )
    parser.add_argument("images", metavar="IMAGE", nargs="+", type=Path, help="image files")


def predict_file(net, path: Path) -> np.ndarray:
    """Probabilities (10,) of the digit in one image file; ImageError if there is none."""
    from nnviz.engine.preprocess import digit_probabilities, preprocess_steps

    steps = preprocess_steps(read_image(path))
    if steps is None:
        raise ImageError("no digit found: the image is blank or has too little contrast")
    if not steps.enough_ink:  # the pad's rule too: a dot or a short tick is not a digit yet
        raise ImageError("not a digit yet: too little ink (a dot or a short stroke)")
    return digit_probabilities(net, steps.x)


def run(args) -> int:
    from nnviz import paths
    from nnviz.engine.model_io import ModelFileError, load_model
    from nnviz.engine.preprocess import digit_probabilities, format_probability

    model_path = paths.model_argument(args.model) if args.model else paths.default_model_path()
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
            problem = str(error)
        except Exception as error:  # noqa: BLE001 - one bad file must not take the batch down
            problem = f"cannot read it ({type(error).__name__}: {error})"[:300]
        else:
            problem = None
        if problem is not None:
            failed += 1
            print(f"nnviz predict: {path}: {problem}", file=sys.stderr)
            results.append(
                {"path": str(path), "digit": None, "probabilities": None, "error": problem}
            )
            continue
        digit = int(np.argmax(p))
        results.append(
            {"path": str(path), "digit": digit, "probabilities": [round(float(v), 6) for v in p]}
        )
        if not args.json:
            print(f"{path}: {digit} ({format_probability(p[digit])})")
    if args.json:
        # One record per line: valid JSON that still reads well in a terminal.
        print("[\n" + ",\n".join(json.dumps(r) for r in results) + "\n]")
    return EXIT_FAILED_FILES if failed else EXIT_OK
