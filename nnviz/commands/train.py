"""`nnviz train`: train a net on MNIST without the window, print accuracy per epoch, save it.

Progress goes to stderr (a one-line bar), the per-epoch accuracy table to stdout, so
``nnviz train ... > log.txt`` keeps only the results.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from pathlib import Path

# Learning rates that train each optimizer well on MNIST when --lr is not given.
DEFAULT_LR = {
    "SGD": 0.1,
    "Momentum": 0.05,
    "Nesterov": 0.05,
    "AdaGrad": 0.01,
    "RMSprop": 0.001,
    "Adam": 0.001,
}
# Friendlier names accepted by --model.
MODEL_ALIASES = {"mlp": "multi_layer_extend", "twolayer": "two_layer"}
BAR_WIDTH = 30
BAR_SECONDS = 0.1  # redraw the bar at most 10 times a second


def _hidden(text):
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        sizes = []
    if not sizes or any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError(f"--hidden must look like 100 or 100,50, not {text!r}")
    return sizes


def _weight_init(text):
    if text.lower() in ("he", "relu", "xavier", "sigmoid"):
        return text.lower()
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise argparse.ArgumentTypeError(
            f"--weight-init must be he, xavier or a positive std like 0.01, not {text!r}"
        )
    return value


def _positive_int(text):
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, not {text!r}")
    return value


def add_parser(subparsers):
    """Add the ``train`` subcommand to an argparse subparsers object."""
    from nnviz.engine import ACTIVATION_LAYERS, NETS, OPTIMIZERS

    models = sorted(NETS) + sorted(MODEL_ALIASES)
    parser = subparsers.add_parser(
        "train",
        help="train a network on MNIST and save it",
        description="Train a network on MNIST without the window (book ch4-8), print train and "
        "test accuracy after every epoch and save the model file.",
    )
    parser.add_argument(
        "--model", choices=models, default="two_layer", help="network type (two_layer)"
    )
    parser.add_argument(
        "--hidden", type=_hidden, help="hidden layer sizes, e.g. 100 or 100,100 (default: 50)"
    )
    parser.add_argument(
        "--activation", choices=sorted(ACTIVATION_LAYERS), help="hidden activation (relu)"
    )
    parser.add_argument("--weight-init", type=_weight_init, help="he, xavier or a std such as 0.01")
    parser.add_argument("--batchnorm", action="store_true", help="batch normalization (ch6.3)")
    parser.add_argument(
        "--dropout", type=float, metavar="RATIO", help="dropout ratio, e.g. 0.15 (ch6.4.3)"
    )
    parser.add_argument(
        "--weight-decay", type=float, metavar="LAMBDA", help="L2 weight decay λ (ch6.4.2)"
    )
    parser.add_argument("--optimizer", choices=list(OPTIMIZERS), default="SGD")
    parser.add_argument("--lr", type=float, help="learning rate (default depends on optimizer)")
    parser.add_argument("--batch-size", type=_positive_int, default=100)
    parser.add_argument("--epochs", type=_positive_int, default=5)
    parser.add_argument(
        "--train-size", type=_positive_int, help="use the first N training images (all)"
    )
    parser.add_argument(
        "--eval-size", type=_positive_int, help="accuracy on the first N images only (all)"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    parser.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    parser.add_argument("--out", type=Path, metavar="PATH", help="save the model here (.npz)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def net_kwargs(cls, args):
    """Constructor arguments for ``cls`` from the options, keeping only those it accepts."""
    accepted = inspect.signature(cls).parameters
    hidden = args.hidden
    candidates = {
        "input_size": 784,
        "output_size": 10,
        "hidden_size": hidden[0] if hidden else None,
        "hidden_size_list": hidden,
        "activation": args.activation,
        "weight_init_std": args.weight_init,
        "weight_decay_lambda": args.weight_decay,
        "use_batchnorm": True if args.batchnorm else None,
        "use_dropout": True if args.dropout else None,
        "dropout_ration": args.dropout or None,
        "dtype": args.dtype,
    }
    if "hidden_size_list" in accepted and hidden is None:
        candidates["hidden_size_list"] = [100, 100]
    if "hidden_size" in accepted and "hidden_size_list" not in accepted and hidden is None:
        candidates["hidden_size"] = 50 if "input_size" in accepted else None
    kwargs = {k: v for k, v in candidates.items() if v is not None and k in accepted}
    ignored = [
        opt
        for opt, key in (
            ("--activation", "activation"),
            ("--weight-decay", "weight_decay_lambda"),
            ("--batchnorm", "use_batchnorm"),
            ("--dropout", "dropout_ration"),
        )
        if candidates[key] is not None and key not in accepted
    ]
    if len(hidden or []) > 1 and "hidden_size_list" not in accepted:
        ignored.append("--hidden (only one hidden layer)")
    return kwargs, ignored


def _model_name(args):
    name = MODEL_ALIASES.get(args.model, args.model)
    # The book's MultiLayerNet has no dropout or batch norm; its Extend version has both.
    if name == "multi_layer" and (args.batchnorm or args.dropout):
        name = "multi_layer_extend"
    return name


def _wants_images(cls):
    """Conv nets take (N, 1, 28, 28) images; the others flat rows of 784."""
    return "input_dim" in inspect.signature(cls).parameters


class ProgressBar:
    """One self-overwriting line on stderr, redrawn at most every BAR_SECONDS."""

    def __init__(self, stream, enabled=True):
        self.stream = stream
        self.enabled = enabled
        self.last = 0.0
        self.shown = False

    def update(self, event, force=False):
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < BAR_SECONDS):
            return
        self.last = now
        done = (event.iteration - 1) % event.iters_per_epoch + 1
        filled = BAR_WIDTH * done // event.iters_per_epoch
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self.stream.write(
            f"\repoch {event.epoch} [{bar}] {done}/{event.iters_per_epoch} loss {event.loss:.4f}"
        )
        self.stream.flush()
        self.shown = True

    def clear(self):
        if self.shown:
            self.stream.write("\r" + " " * (BAR_WIDTH + 60) + "\r")
            self.stream.flush()
            self.shown = False


def run(args):
    """Train as the options say; 0 on success, 1 on a data, model or divergence error."""
    import numpy as np

    from nnviz.engine import (
        NETS,
        DivergenceError,
        EpochEvent,
        MnistError,
        StepEvent,
        Trainer,
        load_mnist,
        save_model,
    )

    out, err = sys.stdout, sys.stderr
    name = _model_name(args)
    cls = NETS[name]
    kwargs, ignored = net_kwargs(cls, args)
    for opt in ignored:
        print(f"note: {name} does not use {opt}; ignored", file=err)
    lr = args.lr if args.lr is not None else DEFAULT_LR[args.optimizer]

    try:
        (x_train, t_train), (x_test, t_test) = load_mnist(
            normalize=True, flatten=not _wants_images(cls), dtype=args.dtype
        )
    except MnistError as e:
        print(f"error: {e}", file=err)
        return 1
    if args.train_size:
        x_train, t_train = x_train[: args.train_size], t_train[: args.train_size]

    rng = np.random.default_rng(args.seed)
    try:
        net = cls(**kwargs, rng=rng)
        trainer = Trainer(
            net,
            x_train,
            t_train,
            x_test,
            t_test,
            epochs=args.epochs,
            mini_batch_size=args.batch_size,
            optimizer=args.optimizer,
            optimizer_param={"lr": lr},
            evaluate_sample_num_per_epoch=args.eval_size,
            rng=rng,
        )
    except ValueError as e:
        print(f"error: {e}", file=err)
        return 1

    hidden = kwargs.get("hidden_size_list", kwargs.get("hidden_size"))
    print(
        f"training {name}{f' {hidden}' if hidden else ''} on {len(t_train)} images, "
        f"{args.optimizer} lr={lr:g}, batch {args.batch_size}, {args.epochs} epochs, {args.dtype}",
        file=out,
    )
    bar = ProgressBar(err, enabled=not args.quiet)
    start = time.perf_counter()
    last_loss = float("nan")
    try:
        for event in trainer.steps():
            if isinstance(event, StepEvent):
                last_loss = event.loss
                bar.update(event, force=event.iteration == event.max_iter)
            elif isinstance(event, EpochEvent):
                bar.clear()
                print(
                    f"epoch {event.epoch:3d}/{args.epochs}  loss {last_loss:.4f}  "
                    f"train acc {event.train_acc:.4f}  test acc {event.test_acc:.4f}  "
                    f"({time.perf_counter() - start:.1f} s)",
                    file=out,
                    flush=True,
                )
    except DivergenceError as e:
        bar.clear()
        print(f"error: {e}", file=err)
        return 1
    except KeyboardInterrupt:
        bar.clear()
        print("interrupted: nothing saved", file=err)
        return 130

    if args.out:
        metadata = {
            "trained_with": "nnviz train",
            "epochs": args.epochs,
            "optimizer": args.optimizer,
            "lr": lr,
            "batch_size": args.batch_size,
            "train_size": len(t_train),
            "seed": args.seed,
            "train_acc": trainer.train_acc_list[-1] if trainer.train_acc_list else None,
            "test_acc": trainer.test_acc_list[-1] if trainer.test_acc_list else None,
        }
        try:
            path = save_model(net, args.out, metadata=metadata)
        except OSError as e:
            print(f"error: cannot save {args.out}: {e}", file=err)
            return 1
        print(f"saved {path}", file=out)
    return 0
