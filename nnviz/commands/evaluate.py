"""`nnviz evaluate [--model PATH] [--json]`: accuracy of a model on the 10,000 MNIST test images.

The default model is the bundled SimpleConvNet (resources/models/simple_convnet.npz); ``--model
deep`` is the bundled DeepConvNet (deep_convnet.npz), ``--model simple`` the default. The
network's own ``accuracy`` runs in batches, so memory stays bounded whatever the model.
"""

from __future__ import annotations

import json
import sys
import time

EXIT_OK, EXIT_ERROR = 0, 1


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="accuracy of a model on the MNIST test set",
        description="Accuracy of a model file on the 10,000 MNIST test images "
        "(default: the bundled SimpleConvNet; --model deep: the bundled DeepConvNet).",
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
        help='print {"accuracy", "n", "correct", "model", "type", "seconds"} as JSON',
    )


MNIST_INPUTS = ((784,), (1, 28, 28))  # flat rows or one-channel images of 28x28 digits
MNIST_CLASSES = 10


def _input_output(net) -> tuple[tuple, object]:
    """(input shape, number of outputs) a net's spec declares: (784,) / (1, 28, 28) and 10."""
    spec = net.spec
    given = spec.get("input_dim", spec.get("input_size"))
    shape = tuple(given) if isinstance(given, (list, tuple)) else (given,)
    return shape, spec.get("output_size")


def mnist_mismatch(net) -> str | None:
    """Why net cannot be scored on MNIST digits (None if it can)."""
    shape, classes = _input_output(net)
    if shape in MNIST_INPUTS and classes == MNIST_CLASSES:
        return None
    size = "×".join(str(n) for n in shape)
    return (
        f"it reads inputs of shape {size} and outputs {classes} classes; "
        f"evaluate needs a model for 28×28 digits (784 values) with {MNIST_CLASSES} classes"
    )


def _fail(message: str) -> int:
    print(f"nnviz evaluate: {message}", file=sys.stderr)
    return EXIT_ERROR


def run(args) -> int:
    from nnviz import paths
    from nnviz.engine import MnistError, ModelFileError, load_mnist, load_model

    model_path = paths.model_argument(args.model) if args.model else paths.default_model_path()
    try:
        net = load_model(model_path)
    except ModelFileError as error:
        hint = "" if args.model else " Train one with `nnviz train --out PATH`, or pass --model."
        return _fail(f"cannot load the model: {str(error).rstrip('.')}.{hint}")
    mismatch = mnist_mismatch(net)
    if mismatch:
        return _fail(f"the model {model_path} does not fit MNIST: {mismatch}")
    try:
        # Flat rows of 784 suit every net: the conv nets read them as (1, 28, 28) images.
        _, (x_test, t_test) = load_mnist(normalize=True, flatten=True, dtype=net.dtype)
    except MnistError as error:
        return _fail(f"cannot load the MNIST test set: {error}")

    start = time.perf_counter()
    try:
        accuracy = float(net.accuracy(x_test, t_test))
    except ValueError as error:  # e.g. a model made for inputs other than 28x28 digits
        return _fail(f"the model {model_path} cannot read MNIST digits: {error}")
    seconds = time.perf_counter() - start
    n = len(t_test)
    correct = round(accuracy * n)
    net_type = net.spec.get("type", type(net).__name__)

    if args.json:
        print(
            json.dumps(
                {
                    "accuracy": accuracy,
                    "n": n,
                    "correct": correct,
                    "model": str(model_path),
                    "type": net_type,
                    "seconds": round(seconds, 3),
                }
            )
        )
    else:
        print(
            f"{model_path} ({net_type}): test accuracy {accuracy:.2%} "
            f"({correct}/{n}) in {seconds:.2f} s"
        )
    return EXIT_OK
