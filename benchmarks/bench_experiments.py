"""Each of chapter 6's experiments at the book's size, headless: seconds per experiment.

    python benchmarks/bench_experiments.py [NAME ...] [--small]

Runs the same loop as the tab and `nnviz experiment` (nnviz.engine.experiments.collect) and prints
the wall time of each experiment and its steps per second. The goal is 30 s or less per
experiment on a 2-core machine; timings on a shared machine vary with its load.
"""

from __future__ import annotations

import argparse
import time

from nnviz.engine import experiments as ex
from nnviz.engine.mnist import load_mnist


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", default=list(ex.EXPERIMENTS))
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args()
    mnist = load_mnist()
    for name in args.names:
        experiment = ex.EXPERIMENTS[name]
        if args.small:
            experiment = ex.small(experiment)
        start = time.perf_counter()
        if name == "activations":
            for activation, scale in ex.BOOK_ACTIVATION_CASES:
                ex.activation_histograms(activation, ex.SCALES[scale])
            steps = len(ex.BOOK_ACTIVATION_CASES)
        else:
            data = ex.prepare_data(experiment, mnist)
            counter = {"steps": 0}

            def count(update, counter=counter):
                counter["steps"] += 1

            ex.collect(experiment, data, seed=0, on_update=count)
            steps = counter["steps"]
        seconds = time.perf_counter() - start
        print(f"{name:<16}{seconds:8.1f} s  {steps / seconds:8.0f} steps/s", flush=True)


if __name__ == "__main__":
    main()
