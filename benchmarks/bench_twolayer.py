"""TwoLayerNet training step (784-50-10, batch 100): nnviz vs the book's code vs PyTorch.

    python benchmarks/bench_twolayer.py            # one step, three ways, side by side
    python benchmarks/bench_twolayer.py --full     # the book's recipe, 10,000 iterations

Each contestant runs in its own process (NumPy's and PyTorch's thread pools disturb each other
inside one) on the same MNIST batches, and a step is everything a training loop does per
iteration: pick a random batch, forward, backward, SGD update.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import OrderedDict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

INPUT, HIDDEN, OUTPUT, BATCH, LR = 784, 50, 10, 100, 0.1
BOOK_ITERS = 10_000


# --- the book's code, ch5 (common/layers.py, two_layer_net.py), kept in its style on purpose ---


def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def cross_entropy_error(y, t):
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


class BookRelu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dout[self.mask] = 0
        dx = dout
        return dx


class BookAffine:
    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.original_x_shape = None
        self.dW = None
        self.db = None

    def forward(self, x):
        self.original_x_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.x = x
        out = np.dot(self.x, self.W) + self.b
        return out

    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        dx = dx.reshape(*self.original_x_shape)
        return dx


class BookSoftmaxWithLoss:
    def __init__(self):
        self.loss = None
        self.y = None
        self.t = None

    def forward(self, x, t):
        self.t = t
        self.y = softmax(x)
        self.loss = cross_entropy_error(self.y, self.t)
        return self.loss

    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        if self.t.size == self.y.size:
            dx = (self.y - self.t) / batch_size
        else:
            dx = self.y.copy()
            dx[np.arange(batch_size), self.t] -= 1
            dx = dx / batch_size
        return dx


class BookTwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {}
        self.params["W1"] = weight_init_std * np.random.randn(input_size, hidden_size)
        self.params["b1"] = np.zeros(hidden_size)
        self.params["W2"] = weight_init_std * np.random.randn(hidden_size, output_size)
        self.params["b2"] = np.zeros(output_size)
        self.layers = OrderedDict()
        self.layers["Affine1"] = BookAffine(self.params["W1"], self.params["b1"])
        self.layers["Relu1"] = BookRelu()
        self.layers["Affine2"] = BookAffine(self.params["W2"], self.params["b2"])
        self.lastLayer = BookSoftmaxWithLoss()

    def predict(self, x):
        for layer in self.layers.values():
            x = layer.forward(x)
        return x

    def loss(self, x, t):
        y = self.predict(x)
        return self.lastLayer.forward(y, t)

    def accuracy(self, x, t):
        y = self.predict(x)
        y = np.argmax(y, axis=1)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return np.sum(y == t) / float(x.shape[0])

    def gradient(self, x, t):
        self.loss(x, t)
        dout = 1
        dout = self.lastLayer.backward(dout)
        layers = list(self.layers.values())
        layers.reverse()
        for layer in layers:
            dout = layer.backward(dout)
        grads = {}
        grads["W1"], grads["b1"] = self.layers["Affine1"].dW, self.layers["Affine1"].db
        grads["W2"], grads["b2"] = self.layers["Affine2"].dW, self.layers["Affine2"].db
        return grads


# --- the contestants: each returns a function doing one training iteration ---


def load_data():
    """MNIST as the book's load_mnist(normalize=True) gives it: float32 pixels, uint8 labels."""
    from nnviz.engine import load_mnist

    return load_mnist(normalize=True, flatten=True, dtype=np.float32)


def book_setup(x_train, t_train, with_loss_record, seed=0):
    """The loop of the book's train_neuralnet.py (ch5): float64 weights, global np.random."""
    np.random.seed(seed)
    network = BookTwoLayerNet(INPUT, HIDDEN, OUTPUT)
    train_size = x_train.shape[0]
    train_loss_list = []

    def step():
        batch_mask = np.random.choice(train_size, BATCH)
        x_batch = x_train[batch_mask]
        t_batch = t_train[batch_mask]
        grad = network.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            network.params[key] -= LR * grad[key]
        if with_loss_record:  # the book records the loss with a second forward pass
            loss = network.loss(x_batch, t_batch)
            train_loss_list.append(loss)

    return step, network


def nnviz_setup(x_train, t_train, dtype="float32", seed=0):
    """nnviz's Trainer.train_step: float32 TwoLayerNet, one forward pass per step."""
    from nnviz.engine import Trainer, TwoLayerNet

    rng = np.random.default_rng(seed)
    network = TwoLayerNet(INPUT, HIDDEN, OUTPUT, dtype=dtype, rng=rng)
    trainer = Trainer(
        network,
        x_train,
        t_train,
        x_train[:0],
        t_train[:0],
        epochs=10**6,
        mini_batch_size=BATCH,
        optimizer="SGD",
        optimizer_param={"lr": LR},
        rng=rng,
    )
    return trainer.train_step, network


def torch_setup(x_train, t_train):
    """The same net and loop in PyTorch on the CPU (its default thread count)."""
    import torch  # noqa: TID251 - a benchmark peer only; nnviz never imports it

    torch.manual_seed(0)
    if os.environ.get("OMP_NUM_THREADS"):
        torch.set_num_threads(int(os.environ["OMP_NUM_THREADS"]))
    x = torch.from_numpy(x_train)
    t = torch.from_numpy(t_train.astype(np.int64))
    model = torch.nn.Sequential(
        torch.nn.Linear(INPUT, HIDDEN), torch.nn.ReLU(), torch.nn.Linear(HIDDEN, OUTPUT)
    )
    optimizer = torch.optim.SGD(model.parameters(), lr=LR)
    loss_fn = torch.nn.CrossEntropyLoss()
    train_size = x.shape[0]

    def step():
        idx = torch.randint(0, train_size, (BATCH,))
        loss = loss_fn(model(x[idx]), t[idx])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()

    return step, f"torch {torch.__version__}, {torch.get_num_threads()} threads"


def time_steps(step, steps, repeats, warmup=300):
    for _ in range(warmup):
        step()
    per_step = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(steps):
            step()
        per_step.append((time.perf_counter() - start) / steps * 1e6)
    return per_step


def worker(name, steps, repeats):
    """Runs in a child process; prints one JSON line."""
    (x_train, t_train), _ = load_data()
    note = ""
    if name == "nnviz":
        step, _ = nnviz_setup(x_train, t_train)
    elif name == "nnviz64":
        step, _ = nnviz_setup(x_train, t_train, dtype="float64")
    elif name == "book":
        step, _ = book_setup(x_train, t_train, with_loss_record=False)
    elif name == "book_loop":
        step, _ = book_setup(x_train, t_train, with_loss_record=True)
    elif name == "torch":
        try:
            step, note = torch_setup(x_train, t_train)
        except ImportError:
            print(json.dumps({"name": name, "skipped": "torch is not installed"}))
            return
    else:
        raise SystemExit(f"unknown worker {name}")
    per_step = time_steps(step, steps, repeats)
    print(json.dumps({"name": name, "us": per_step, "note": note}))


def full_worker(name, seed):
    """The book's recipe (ch5 train_neuralnet.py): 10,000 iterations, accuracy every epoch."""
    (x_train, t_train), (x_test, t_test) = load_data()
    if name == "nnviz":
        step, network = nnviz_setup(x_train, t_train, seed=seed)
    else:
        step, network = book_setup(x_train, t_train, with_loss_record=True, seed=seed)
    iter_per_epoch = max(x_train.shape[0] // BATCH, 1)
    start = time.perf_counter()
    history = []
    for i in range(BOOK_ITERS):
        step()
        if i % iter_per_epoch == 0 or i == BOOK_ITERS - 1:
            train_acc = float(network.accuracy(x_train, t_train))
            history.append((i + 1, train_acc, float(network.accuracy(x_test, t_test))))
    seconds = time.perf_counter() - start
    print(json.dumps({"name": name, "seed": seed, "seconds": seconds, "history": history}))


THREADS = None  # --threads N: the same thread count for OpenBLAS and PyTorch


def run_child(args):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    if THREADS:
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            env[var] = str(THREADS)
    result = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, cwd=REPO
    )
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def step_report(steps, repeats, rounds):
    names = ["nnviz", "book", "book_loop", "torch", "nnviz64"]
    results = {name: [] for name in names}
    notes = {}
    for _ in range(rounds):  # interleaved, so a busy moment on a shared machine hits everyone
        for name in names:
            out = run_child(["--worker", name, "--steps", str(steps), "--repeats", str(repeats)])
            if "skipped" in out:
                notes[name] = out["skipped"]
                continue
            results[name].extend(out["us"])
            notes[name] = out["note"]
    best = {n: min(v) for n, v in results.items() if v}
    median = {n: statistics.median(v) for n, v in results.items() if v}
    labels = {
        "nnviz": "nnviz float32 (Trainer.train_step)",
        "nnviz64": "nnviz float64",
        "book": "book-style float64 step",
        "book_loop": "book loop (+ loss pass, as train_neuralnet.py)",
        "torch": "PyTorch CPU float32",
    }
    print(f"TwoLayerNet {INPUT}-{HIDDEN}-{OUTPUT}, batch {BATCH}, SGD lr {LR}: one training step")
    print(f"{steps} steps x {repeats} repeats x {rounds} rounds per contestant, own process each")
    threads = f"{THREADS} thread(s) each" if THREADS else "default thread counts"
    print(f"numpy {np.__version__}, {os.cpu_count()} CPUs, {threads}\n")
    print(f"{'':48s} {'best us':>9s} {'median us':>10s} {'vs book':>8s} {'vs torch':>9s}")
    for name in names:
        if name not in best:
            print(f"{labels[name]:48s} skipped ({notes.get(name, '')})")
            continue
        vs_book = best["book"] / best[name]
        vs_torch = f"{best[name] / best['torch']:8.2f}x" if "torch" in best else "      -"
        print(
            f"{labels[name]:48s} {best[name]:9.1f} {median[name]:10.1f} {vs_book:7.2f}x {vs_torch}"
        )
    if notes.get("torch"):
        print(f"\n({notes['torch']})")
    speedup = best["book"] / best["nnviz"]
    print(f"\nnnviz is {speedup:.2f}x faster than the book-style step (goal >= 2x)")
    if "torch" in best:
        ratio = best["nnviz"] / best["torch"]
        print(f"nnviz takes {ratio:.2f}x PyTorch's time (goal <= 0.8x)")


def full_report(seeds):
    print(
        f"The book's recipe: TwoLayerNet ReLU {INPUT}-{HIDDEN}-{OUTPUT}, weight std 0.01, "
        f"SGD lr {LR}, batch {BATCH}, {BOOK_ITERS} iterations; accuracy on all 60,000 / 10,000 "
        "images every epoch (as train_neuralnet.py; included in the time)"
    )
    runs = [("nnviz", seed) for seed in range(seeds)] + [("book", seed) for seed in range(seeds)]
    finals = {"nnviz": [], "book": []}
    for name, seed in runs:
        out = run_child(["--full-worker", name, "--seed", str(seed)])
        label = "nnviz float32" if name == "nnviz" else "book-style float64"
        if seed == 0:
            print(f"\n{label}, seed 0:")
            for i, train_acc, test_acc in out["history"]:
                print(f"  iter {i:5d}  train acc {train_acc:.4f}  test acc {test_acc:.4f}")
        final = out["history"][-1][2]
        finals[name].append(final)
        print(f"{label:20s} seed {seed}: test acc {final:.2%} in {out['seconds']:.1f} s")
    print()
    for name, label in (("nnviz", "nnviz float32"), ("book", "book-style float64")):
        accs = finals[name]
        print(
            f"{label:20s} final test accuracy over {len(accs)} seeds: mean {np.mean(accs):.2%}, "
            f"min {min(accs):.2%}, max {max(accs):.2%}; "
            f"{sum(a >= 0.97 for a in accs)}/{len(accs)} runs >= 97.0 %"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--full", action="store_true", help="the book's 10,000-iteration recipe")
    parser.add_argument("--steps", type=int, default=200, help="steps per timed repeat")
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved runs per contestant")
    parser.add_argument(
        "--threads", type=int, help="BLAS/PyTorch threads for every contestant (default: theirs)"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--seeds", type=int, default=3, help="--full: runs per contestant")
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--full-worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    global THREADS
    THREADS = args.threads
    if args.worker:
        worker(args.worker, args.steps, args.repeats)
    elif args.full_worker:
        full_worker(args.full_worker, args.seed)
    elif args.full:
        full_report(args.seeds)
    else:
        step_report(args.steps, args.repeats, args.rounds)


if __name__ == "__main__":
    main()
