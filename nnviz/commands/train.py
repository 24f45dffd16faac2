"""`nnviz train`: train a net on MNIST without the window, print accuracy per epoch, save it.

Progress goes to stderr (a one-line bar), the per-epoch accuracy table to stdout, so
``nnviz train ... > log.txt`` keeps only the results.
"""

from __future__ import annotations

import argparse
import inspect
import math
import sys
import time
from pathlib import Path

from nnviz.engine.defaults import DEFAULT_BATCH_SIZE, book_optimizer, default_lr
from nnviz.engine.model_io import ModelSaveError, check_save_target

# Other names accepted by --net, kept out of the help (each network is listed once there).
NET_ALIASES = {
    "mlp": "multi_layer_extend",
    "twolayer": "two_layer",
    "multilayer": "multi_layer",
    "simpleconvnet": "simple_convnet",
    "deepconvnet": "deep_convnet",
}
DEFAULT_NET = "two_layer"
BAR_WIDTH = 30
BAR_SECONDS = 0.1  # redraw the bar at most 10 times a second
# Bounds checked before anything is allocated: a typo such as --hidden 100000000 would ask for
# hundreds of GB. MNIST has 60,000 training images.
MNIST_TRAIN_SIZE = 60_000
MAX_UNITS = 10_000
MAX_HIDDEN_LAYERS = 10
MAX_PARAMS = 50_000_000  # 200 MB of float32 weights, times 3 with Adam's two moments
MAX_EPOCHS = 10_000
MAX_SEED = 2**32 - 1


def _hidden(text):
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        sizes = []
    if not sizes or any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError(f"--hidden must look like 100 or 100,50, not {text!r}")
    if len(sizes) > MAX_HIDDEN_LAYERS or max(sizes) > MAX_UNITS:
        raise argparse.ArgumentTypeError(
            f"--hidden allows at most {MAX_HIDDEN_LAYERS} layers of at most {MAX_UNITS} units, "
            f"not {text!r}"
        )
    return sizes


def _finite(text):
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _weight_init(text):
    if text.lower() in ("he", "relu", "xavier", "sigmoid"):
        return text.lower()
    value = _finite(text)
    if value is None or not value > 0:
        raise argparse.ArgumentTypeError(
            f"--weight-init must be he, xavier or a positive std like 0.01, not {text!r}"
        )
    return value


def _int_in(low, high):
    """An argparse type: an integer from low to high."""

    def parse(text):
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"expected an integer from {low} to {high:,}, not {text!r}"
            )
        return value

    return parse


def _positive_float(text):
    value = _finite(text)
    if value is None or not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number such as 0.01, not {text!r}")
    return value


def _dropout(text):
    value = _finite(text)
    if value is None or not 0 < value < 1:
        raise argparse.ArgumentTypeError(f"--dropout must be between 0 and 1, not {text!r}")
    return value


def _weight_decay(text):
    value = _finite(text)
    if value is None or value < 0:
        raise argparse.ArgumentTypeError(f"--weight-decay must be 0 or more, not {text!r}")
    return value


def _net_type(text):
    """An engine net type, or one of its aliases (which stay out of the help)."""
    return NET_ALIASES.get(text.lower(), text.lower())


def _old_model_option(text):
    """train --model NAME, the old spelling of --net NAME."""
    from nnviz.engine import NETS

    name = _net_type(text)
    if name not in NETS:
        raise argparse.ArgumentTypeError(
            f"in train, the network type is --net ({', '.join(sorted(NETS))}); --model names a "
            f"model file, in evaluate and predict, not {text!r}"
        )
    return name


def default_out_path(net_name):
    """Where a model goes without --out: the user's data folder, named by net and time."""
    from nnviz import paths

    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder = paths.user_data_dir() / "models"
    path = folder / f"{net_name}-{stamp}.npz"
    number = 2
    while path.exists():  # two runs in one second: never overwrite the first
        path = folder / f"{net_name}-{stamp}-{number}.npz"
        number += 1
    return path


def add_parser(subparsers):
    """Add the ``train`` subcommand to an argparse subparsers object."""
    from nnviz.engine import ACTIVATION_LAYERS, NETS, OPTIMIZERS

    nets = sorted(NETS)
    parser = subparsers.add_parser(
        "train",
        help="train a network on MNIST and save it",
        description="Train a network on MNIST without the window (book ch4-8), print train and "
        "test accuracy after every epoch and save the model file (--out, or a new file in the "
        "user data folder; the path is printed). Without --optimizer and --lr, each network "
        "trains with the book's recipe, as in the Training tab: SGD lr 0.1 for the MLPs, Adam "
        "lr 0.001 for the ConvNets.",
    )
    net_help = f"network type: {', '.join(nets)} (default: {DEFAULT_NET})"
    parser.add_argument(
        "--net", type=_net_type, choices=nets, metavar="NET", default=None, help=net_help
    )
    # Old spelling: --model is a model *file* in evaluate and predict, so train no longer
    # advertises it; scripts that used it for the network type keep working.
    parser.add_argument(
        "--model", dest="net_old_option", type=_old_model_option, help=argparse.SUPPRESS
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
        "--dropout", type=_dropout, metavar="RATIO", help="dropout ratio, e.g. 0.15 (ch6.4.3)"
    )
    parser.add_argument(
        "--weight-decay", type=_weight_decay, metavar="LAMBDA", help="L2 weight decay λ (ch6.4.2)"
    )
    parser.add_argument(
        "--optimizer",
        choices=list(OPTIMIZERS),
        help="default: the book's for the network (SGD for MLPs, Adam for ConvNets)",
    )
    parser.add_argument(
        "--lr",
        type=_positive_float,
        help="learning rate (default: the book's for the network and optimizer)",
    )
    parser.add_argument(
        "--batch-size", type=_int_in(1, MNIST_TRAIN_SIZE), default=DEFAULT_BATCH_SIZE
    )
    parser.add_argument("--epochs", type=_int_in(1, MAX_EPOCHS), default=5)
    parser.add_argument(
        "--train-size",
        type=_int_in(1, MNIST_TRAIN_SIZE),
        help="use the first N training images (all)",
    )
    parser.add_argument(
        "--eval-size",
        type=_int_in(1, MNIST_TRAIN_SIZE),
        help="accuracy on the first N images only (all)",
    )
    parser.add_argument("--seed", type=_int_in(0, MAX_SEED), default=0, help="random seed (0)")
    parser.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    parser.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="save the model here (.npz); default: a new file in the user data folder",
    )
    parser.add_argument(
        "--augment",
        action="store_true",
        help="data augmentation (ch8.1.2): every training image shifted by up to 2 px and "
        "rotated by up to 10 degrees, anew in every mini-batch",
    )
    parser.add_argument(
        "--keep-best",
        action="store_true",
        help="save the weights of the epoch with the highest test accuracy instead of the last "
        "epoch's (chosen on the test set, so that accuracy is slightly optimistic)",
    )
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
    name = args.net or getattr(args, "net_old_option", None) or DEFAULT_NET
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


def check_writable(path):
    """None if a model can be saved at ``path``, else why not (checked before training)."""
    try:
        check_save_target(path)
    except ModelSaveError as e:
        return f"{e.filename}: {e.strerror}"
    return None


# What a ConvNet's hidden Affine layer receives: SimpleConvNet 30 maps of 12x12, DeepConvNet 64
# of 4x4 (book ch7-8).
CONV_FLAT_SIZE = {"simple_convnet": 30 * 12 * 12, "deep_convnet": 64 * 4 * 4}


def _estimated_params(name, kwargs):
    """Weights of the Affine layers --hidden sizes (None when --hidden does not apply)."""
    output = kwargs.get("output_size", 10)
    if "hidden_size_list" in kwargs:
        sizes = [kwargs["input_size"], *kwargs["hidden_size_list"], output]
    elif "input_size" in kwargs and "hidden_size" in kwargs:
        sizes = [kwargs["input_size"], kwargs["hidden_size"], output]
    elif "hidden_size" in kwargs and name in CONV_FLAT_SIZE:
        sizes = [CONV_FLAT_SIZE[name], kwargs["hidden_size"], output]
    else:
        return None
    return sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:], strict=True))


def _copy_params(net):
    """Copies of the weights and of every layer's extra state (BatchNorm's running stats)."""
    saved = {("param", key): value.copy() for key, value in net.params.items()}
    for name, layer in net.layers.items():
        for key in getattr(layer, "state_keys", ()):
            saved[(name, key)] = getattr(layer, key).copy()
    return saved


def _restore_params(net, saved):
    """Back to saved weights, in place: the layers hold the very arrays of ``net.params``."""
    for (owner, key), value in saved.items():
        target = net.params[key] if owner == "param" else getattr(net.layers[owner], key)
        target[...] = value


def run(args):
    """Train as the options say; 0 on success, 1 on a data, model or divergence error, 130 on ^C."""
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("\ninterrupted: nothing saved", file=sys.stderr)
        return 130
    except MemoryError:
        print(
            "\nerror: out of memory; try a smaller network (--hidden), --batch-size or "
            "--eval-size. Nothing saved.",
            file=sys.stderr,
        )
        return 1


def _run(args):
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
    if getattr(args, "net_old_option", None) and not args.net:
        print(
            "note: in train, --model is now --net (--model names a model file in evaluate "
            "and predict)",
            file=err,
        )
    name = _model_name(args)
    cls = NETS[name]
    kwargs, ignored = net_kwargs(cls, args)
    for opt in ignored:
        print(f"note: {name} does not use {opt}; ignored", file=err)
    params = _estimated_params(name, kwargs)
    if params is not None and params > MAX_PARAMS:
        print(
            f"error: this network would have {params:,} weights; nnviz train allows "
            f"{MAX_PARAMS:,}. Use smaller --hidden sizes.",
            file=err,
        )
        return 1
    optimizer = args.optimizer or book_optimizer(name)[0]
    lr = args.lr if args.lr is not None else default_lr(optimizer, name)
    target = Path(args.out) if args.out else default_out_path(name)
    problem = check_writable(target)
    if problem:
        print(f"error: cannot save the model: {problem}. Nothing trained.", file=err)
        return 1

    try:
        (x_train, t_train), (x_test, t_test) = load_mnist(
            normalize=True, flatten=not _wants_images(cls), dtype=args.dtype
        )
    except MnistError as e:
        print(f"error: {e}", file=err)
        return 1
    if args.train_size:
        x_train, t_train = x_train[: args.train_size], t_train[: args.train_size]
    if args.batch_size > len(t_train):
        print(
            f"error: --batch-size {args.batch_size} is larger than the {len(t_train)} "
            "training images",
            file=err,
        )
        return 1

    rng = np.random.default_rng(args.seed)
    augment = None
    if getattr(args, "augment", False):
        if x_train.ndim != 4 and x_train.shape[1] != 784:
            print("error: --augment needs MNIST images", file=err)
            return 1
        from nnviz.engine.augment import random_shift_rotate

        augment = random_shift_rotate
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
            optimizer=optimizer,
            optimizer_param={"lr": lr},
            evaluate_sample_num_per_epoch=args.eval_size,
            rng=rng,
            augment=augment,
        )
    except ValueError as e:
        print(f"error: {e}", file=err)
        return 1

    hidden = kwargs.get("hidden_size_list", kwargs.get("hidden_size"))
    print(
        f"training {name}{f' {hidden}' if hidden else ''} on {len(t_train)} images, "
        f"{optimizer} lr={lr:g}, batch {args.batch_size}, {args.epochs} epochs, {args.dtype}"
        f"{', augmented' if augment else ''}",
        file=out,
    )
    bar = ProgressBar(err, enabled=not args.quiet)
    start = time.perf_counter()
    last_loss = float("nan")
    keep_best = getattr(args, "keep_best", False)
    best = None  # (test acc, epoch, copies of the params) of the best epoch so far
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
                if keep_best and (best is None or event.test_acc > best[0]):
                    best = (event.test_acc, event.epoch, _copy_params(net))
    except DivergenceError as e:
        bar.clear()
        # The engine's rule, the same as the Training tab's: NaN, or far above the first loss.
        print(f"{e} Nothing saved.", file=err)
        return 1
    except KeyboardInterrupt:
        bar.clear()
        raise

    saved_epoch = args.epochs
    if best is not None and best[1] != args.epochs:
        _restore_params(net, best[2])
        saved_epoch = best[1]
        print(f"keeping epoch {saved_epoch} (test acc {best[0]:.4f})", file=out)
    index = saved_epoch - 1
    metadata = {
        "trained_with": "nnviz train",
        "epochs": args.epochs,
        "optimizer": optimizer,
        "lr": lr,
        "batch_size": args.batch_size,
        "train_size": len(t_train),
        "seed": args.seed,
        "train_acc": trainer.train_acc_list[index] if trainer.train_acc_list else None,
        "test_acc": trainer.test_acc_list[index] if trainer.test_acc_list else None,
    }
    if augment is not None:
        metadata["augment"] = "shift 2 px, rotate 10 degrees"
    if keep_best:
        metadata["saved_epoch"] = saved_epoch
        metadata["test_acc_per_epoch"] = [round(a, 4) for a in trainer.test_acc_list]
    try:
        path = save_model(net, target, metadata=metadata)
    except KeyboardInterrupt:
        print(f"\ninterrupted while saving: {target} was not written", file=err)
        return 130
    except OSError as e:
        print(f"error: cannot save {target}: {e}", file=err)
        return 1
    print(f"saved {path}", file=out)
    return 0
