"""`nnviz experiment NAME`: one of chapter 6's comparisons, headless, its runs side by side.

The runs train round-robin in ``nnviz.engine.experiments.run_experiment`` (the tab's loop too).
Progress goes to stderr (when it is a terminal), the table or ``--json`` to stdout.
"""

from __future__ import annotations

import json
import sys
import time

MAX_SEED = 2**32 - 1
PROGRESS_SECONDS = 0.2


def _seed(text):
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(
            f"expected an integer from 0 to {MAX_SEED:,}, not {text!r}"
        )
    return value


def add_parser(subparsers):
    """Add the ``experiment`` subcommand to an argparse subparsers object."""
    from nnviz.engine.experiments import EXPERIMENTS

    parser = subparsers.add_parser(
        "experiment",
        help="run one of chapter 6's comparisons (optimizers, weight init, ...) without the window",
        description="Run one of the book's chapter 6 experiments with its settings; print a "
        "table of each run's result, or with --json every curve.",
    )
    parser.add_argument(
        "name",
        metavar="NAME",
        choices=list(EXPERIMENTS),
        help="one of: " + ", ".join(EXPERIMENTS),
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--seed", type=_seed, default=0, help="random seed (0)")
    parser.add_argument(
        "--small", action="store_true", help="a shorter run that still shows the book's point"
    )
    return parser


def run(args):
    """0 on success, 1 when MNIST is missing, 130 on Ctrl-C."""
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130


def _run(args):
    from nnviz.engine import experiments as ex

    experiment = ex.EXPERIMENTS[args.name]
    if args.small:
        experiment = ex.small(experiment)
    if args.name == "activations":
        report = _activations(args.seed)
        print(json.dumps(report) if args.json else _activations_table(report))
        return 0

    from nnviz.engine.mnist import MnistError, load_mnist

    try:
        mnist = load_mnist()
    except MnistError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    data = ex.prepare_data(experiment, mnist, args.seed)
    progress = _Progress(sys.stderr, enabled=sys.stderr.isatty())
    results = ex.collect(experiment, data, args.seed, on_update=progress.update)
    progress.clear()
    report = {"experiment": experiment.name, "runs": [r.as_dict(experiment) for r in results]}
    if experiment.trials:
        best, lr_range, decay_range = ex.best_ranges(results)
        report["best"] = {
            "labels": [r.label for r in best],
            "lr": lr_range,
            "weight_decay": decay_range,
        }
    if args.json:
        print(json.dumps(report))
    else:
        print(_table(experiment, results))
    return 0


def _activations(seed):
    from nnviz.engine import experiments as ex

    runs = []
    for activation, scale_name in ex.BOOK_ACTIVATION_CASES:
        d = ex.activation_histograms(activation, ex.SCALES[scale_name], seed=seed)
        runs.append(
            {
                "label": f"{activation}, {scale_name}",
                "settings": {"activation": activation, "scale": ex.SCALES[scale_name]},
                "layers": [_histogram(h) for h in d.activations],
                "gradients": [_histogram(h) for h in d.gradients],
            }
        )
    return {"experiment": "activations", "runs": runs}


def _histogram(h):
    return {
        "histogram": [int(c) for c in h.histogram],
        "edges": [float(e) for e in h.edges],
        "mean": h.mean,
        "std": h.std,
    }


def _activations_table(report):
    lines = ["activation std per layer (1 to 5)"]
    for run in report["runs"]:
        stds = "  ".join(f"{layer['std']:.3f}" for layer in run["layers"])
        lines.append(f"{run['label']:<20} {stds}")
    return "\n".join(lines)


def _table(experiment, results):
    from nnviz.engine.experiments import best_ranges, tail_mean

    width = max(len(r.label) for r in results) + 2
    if not experiment.measures_accuracy:
        lines = [f"{'run':<{width}}final loss (mean of the last 100 iterations)"]
        lines += [f"{r.label:<{width}}{tail_mean(r.loss):.4f}" for r in results]
    else:
        held_out = "val acc" if experiment.validation_rate else "test acc"
        show_eval = bool(experiment.test_size or experiment.validation_rate)
        header = f"{'run':<{width}}{'train acc':>10}" + (f"{held_out:>10}" if show_eval else "")
        lines = [header]
        for r in results:
            line = f"{r.label:<{width}}{_acc(r.train_acc):>10}"
            if show_eval:
                line += f"{_acc(r.eval_acc):>10}"
            lines.append(line)
        if experiment.trials:
            best, lr_range, decay_range = best_ranges(results)
            lines.append(
                f"best {len(best)}: lr {lr_range[0]:.2g} to {lr_range[1]:.2g}, "
                f"weight decay {decay_range[0]:.2g} to {decay_range[1]:.2g}"
            )
    for r in results:
        if r.error:
            lines.append(f"{r.label}: {r.error}")
    return "\n".join(lines)


def _acc(values):
    return f"{values[-1]:.4f}" if values and values[-1] is not None else "-"


class _Progress:
    """One self-overwriting line on stderr: which run and step, at most 5 times a second."""

    def __init__(self, stream, enabled=True):
        self.stream = stream
        self.enabled = enabled
        self.last = 0.0
        self.shown = False

    def update(self, update):
        now = time.monotonic()
        if not self.enabled or now - self.last < PROGRESS_SECONDS:
            return
        self.last = now
        self.stream.write(f"\rrun {update.run + 1}, iteration {update.iteration}   ")
        self.stream.flush()
        self.shown = True

    def clear(self):
        if self.shown:
            self.stream.write("\r" + " " * 40 + "\r")
            self.stream.flush()
