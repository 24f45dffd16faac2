"""ConvNet training step, side by side: nnviz (float32), the book's float64 NumPy code,
PyTorch on the CPU (2 threads). Each runs in its own process, one after the other, in turns.

    python benchmarks/bench_convnet.py [--net simple|deep|both] [--steps 50] [--rounds 3]
                                       [--threads 2] [--json]

Prints, per implementation, the time of one training step (batch 100, Adam: forward, backward,
update) and of inference on the 10,000 MNIST test images; plus the FLOPs of one step and the
share of this machine's float32 matmul rate (np.dot, measured here) that nnviz reaches.
``--net deep`` times the book's DeepConvNet (ch8.1: six 3x3 convolutions, dropout) against the
same network in PyTorch (the book-style float64 code is only timed for SimpleConvNet).
``--threads 1`` runs both with one thread (OPENBLAS_NUM_THREADS / torch.set_num_threads).
Timings on a shared machine vary: compare figures from the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
BATCH = 100
PARTS = ("matmul", "gemm", "nnviz", "book", "torch")

# FLOPs of one step (multiply-add = 2): conv 30x1x5x5 on 28x28 -> 24x24, affine 4320->100->10.
CONV_FLOP = 2 * BATCH * 24 * 24 * 30 * 1 * 5 * 5  # one of: forward, dW, dx
AFFINE_FLOP = 2 * BATCH * 4320 * 100 + 2 * BATCH * 100 * 10  # one of: forward, dW, dx
STEP_FLOP = 3 * CONV_FLOP + 3 * AFFINE_FLOP  # ≈ 0.52 GFLOP, as the book computes it
STEP_FLOP_NO_INPUT_GRAD = STEP_FLOP - CONV_FLOP  # nnviz and PyTorch skip dL/dx of the input

# DeepConvNet (ch8.1): (filters, pad) of its six 3x3 convolutions, a 2x2 pool after every second.
DEEP_CONVS = ((16, 1), (16, 1), (32, 1), (32, 2), (64, 1), (64, 1))


def deep_flops():
    """FLOPs of one DeepConvNet step: forward, dW and dx of every layer (no dx for the input)."""
    total, channels, size = 0, 1, 28
    for idx, (filters, pad) in enumerate(DEEP_CONVS, start=1):
        size = size + 2 * pad - 2
        forward = 2 * BATCH * size * size * filters * channels * 9
        total += forward * (2 if idx == 1 else 3)
        channels = filters
        if idx % 2 == 0:
            size //= 2
    affine = 2 * BATCH * (1024 * 50 + 50 * 10)
    return total + 3 * affine


FLOPS = {"simple": STEP_FLOP_NO_INPUT_GRAD, "deep": deep_flops()}
NET_TITLES = {"simple": "SimpleConvNet (ch7)", "deep": "DeepConvNet (ch8)"}


def mnist():
    sys.path.insert(0, str(REPO))
    from nnviz.engine import load_mnist

    return load_mnist(normalize=True, flatten=False, dtype=np.float32)


def time_steps(step, steps, warmup=10):
    """Median and best wall time (ms) of one call of step()."""
    for _ in range(warmup):
        step()
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3, min(times) * 1e3


def time_once(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


# ---- part: matmul rate ---------------------------------------------------------------------------
def part_matmul(_steps, _net_name="simple"):
    a = np.random.default_rng(0).random((1024, 1024), dtype=np.float32)
    b = a.copy()
    median, best = time_steps(lambda: np.dot(a, b), 30, warmup=3)
    return {
        "gflops": 2 * 1024**3 / (best * 1e-3) / 1e9,
        "median_gflops": 2 * 1024**3 / median / 1e6,
    }


# ---- part: the matrix products alone -------------------------------------------------------------
def deep_gemm_shapes():
    """(M, K, N) of every matrix product of an nnviz DeepConvNet step, as conv_layers runs them:
    forward [W | b] @ [col_t; 1], dW = dout_t @ [col_t; 1].T, dx = W_rot @ im2col(padded dout)
    (no dx for the first layer), and the two Affine layers' three products each."""
    shapes, channels, size = [], 1, 28
    for idx, (filters, pad) in enumerate(DEEP_CONVS, start=1):
        out = size + 2 * pad - 2
        k, cols = channels * 9 + 1, BATCH * out * out
        shapes += [(filters, k, cols), (filters, cols, k)]
        if idx > 1:
            shapes.append((channels, filters * 9, BATCH * size * size))
        channels, size = filters, out // 2 if idx % 2 == 0 else out
    for n_in, n_out in ((channels * size * size, 50), (50, 10)):
        shapes += [(BATCH, n_in, n_out), (n_in, BATCH, n_out), (BATCH, n_out, n_in)]
    return shapes


def part_gemm(steps, net_name="simple"):
    """The time of a DeepConvNet step's matrix products alone, in OpenBLAS, with nothing else:
    the floor under any im2col implementation of the step (the copies, pooling, ReLU and Adam
    come on top)."""
    if net_name != "deep":
        return {"skipped": "only for --net deep"}
    rng = np.random.default_rng(0)
    operands = [
        (
            rng.random((m, k), dtype=np.float32),
            rng.random((k, n), dtype=np.float32),
            np.empty((m, n), np.float32),
        )
        for m, k, n in deep_gemm_shapes()
    ]

    def products():
        for a, b, out in operands:
            np.matmul(a, b, out=out)

    median, best = time_steps(products, steps, warmup=3)
    return {"gemm_ms": median, "gemm_min_ms": best}


# ---- part: nnviz ---------------------------------------------------------------------------------
def part_nnviz(steps, net_name="simple"):
    (x_train, t_train), (x_test, t_test) = mnist()
    from nnviz.engine import Adam, DeepConvNet, SimpleConvNet

    cls = DeepConvNet if net_name == "deep" else SimpleConvNet
    net = cls(dtype=np.float32, rng=0)
    optimizer = Adam(lr=0.001)
    x, t = x_train[:BATCH], t_train[:BATCH]

    def step():
        optimizer.update(net.params, net.gradient(x, t))

    median, best = time_steps(step, steps)
    seconds, acc = time_once(lambda: net.accuracy(x_test, t_test))
    return {"step_ms": median, "step_min_ms": best, "inference_s": seconds, "accuracy": acc}


# ---- part: the book's code, float64 (written here in the book's style, ch7 common/*.py) ---------
def book_im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_data.shape
    out_h = (H + 2 * pad - filter_h) // stride + 1
    out_w = (W + 2 * pad - filter_w) // stride + 1
    img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant")
    col = np.zeros((N, C, filter_h, filter_w, out_h, out_w))
    for y in range(filter_h):
        y_max = y + stride * out_h
        for x in range(filter_w):
            x_max = x + stride * out_w
            col[:, :, y, x, :, :] = img[:, :, y:y_max:stride, x:x_max:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N * out_h * out_w, -1)


def book_col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_shape
    out_h = (H + 2 * pad - filter_h) // stride + 1
    out_w = (W + 2 * pad - filter_w) // stride + 1
    col = col.reshape(N, out_h, out_w, C, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((N, C, H + 2 * pad + stride - 1, W + 2 * pad + stride - 1))
    for y in range(filter_h):
        y_max = y + stride * out_h
        for x in range(filter_w):
            x_max = x + stride * out_w
            img[:, :, y:y_max:stride, x:x_max:stride] += col[:, :, y, x, :, :]
    return img[:, :, pad : H + pad, pad : W + pad]


class BookConvolution:
    def __init__(self, W, b, stride=1, pad=0):
        self.W, self.b, self.stride, self.pad = W, b, stride, pad

    def forward(self, x):
        FN, C, FH, FW = self.W.shape
        N, C, H, W = x.shape
        out_h = 1 + (H + 2 * self.pad - FH) // self.stride
        out_w = 1 + (W + 2 * self.pad - FW) // self.stride
        col = book_im2col(x, FH, FW, self.stride, self.pad)
        col_W = self.W.reshape(FN, -1).T
        out = np.dot(col, col_W) + self.b
        self.x, self.col, self.col_W = x, col, col_W
        return out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)

    def backward(self, dout):
        FN, C, FH, FW = self.W.shape
        dout = dout.transpose(0, 2, 3, 1).reshape(-1, FN)
        self.db = np.sum(dout, axis=0)
        self.dW = np.dot(self.col.T, dout).transpose(1, 0).reshape(FN, C, FH, FW)
        dcol = np.dot(dout, self.col_W.T)
        return book_col2im(dcol, self.x.shape, FH, FW, self.stride, self.pad)


class BookPooling:
    def __init__(self, pool_h, pool_w, stride=1, pad=0):
        self.pool_h, self.pool_w, self.stride, self.pad = pool_h, pool_w, stride, pad

    def forward(self, x):
        N, C, H, W = x.shape
        out_h = int(1 + (H - self.pool_h) / self.stride)
        out_w = int(1 + (W - self.pool_w) / self.stride)
        col = book_im2col(x, self.pool_h, self.pool_w, self.stride, self.pad)
        col = col.reshape(-1, self.pool_h * self.pool_w)
        self.x, self.arg_max = x, np.argmax(col, axis=1)
        out = np.max(col, axis=1)
        return out.reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)

    def backward(self, dout):
        dout = dout.transpose(0, 2, 3, 1)
        pool_size = self.pool_h * self.pool_w
        dmax = np.zeros((dout.size, pool_size))
        dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = dout.flatten()
        dmax = dmax.reshape(dout.shape + (pool_size,))
        dcol = dmax.reshape(dmax.shape[0] * dmax.shape[1] * dmax.shape[2], -1)
        return book_col2im(dcol, self.x.shape, self.pool_h, self.pool_w, self.stride, self.pad)


class BookRelu:
    def forward(self, x):
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dout[self.mask] = 0
        return dout


class BookAffine:
    def __init__(self, W, b):
        self.W, self.b = W, b

    def forward(self, x):
        self.original_x_shape = x.shape
        self.x = x.reshape(x.shape[0], -1)
        return np.dot(self.x, self.W) + self.b

    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx.reshape(*self.original_x_shape)


class BookSoftmaxWithLoss:
    def forward(self, x, t):
        self.t = t
        x = x - x.max(axis=1, keepdims=True)
        self.y = np.exp(x) / np.sum(np.exp(x), axis=1, keepdims=True)
        batch_size = self.y.shape[0]
        return -np.sum(np.log(self.y[np.arange(batch_size), t] + 1e-7)) / batch_size

    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        dx = self.y.copy()
        dx[np.arange(batch_size), self.t] -= 1
        return dx / batch_size


class BookSimpleConvNet:
    def __init__(self, weight_init_std=0.01, seed=0):
        rng = np.random.default_rng(seed)
        self.params = {
            "W1": weight_init_std * rng.standard_normal((30, 1, 5, 5)),
            "b1": np.zeros(30),
            "W2": weight_init_std * rng.standard_normal((4320, 100)),
            "b2": np.zeros(100),
            "W3": weight_init_std * rng.standard_normal((100, 10)),
            "b3": np.zeros(10),
        }
        p = self.params
        self.layers = [
            BookConvolution(p["W1"], p["b1"]),
            BookRelu(),
            BookPooling(2, 2, stride=2),
            BookAffine(p["W2"], p["b2"]),
            BookRelu(),
            BookAffine(p["W3"], p["b3"]),
        ]
        self.last_layer = BookSoftmaxWithLoss()

    def predict(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def gradient(self, x, t):
        self.last_layer.forward(self.predict(x), t)
        dout = self.last_layer.backward(1)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        grads = {}
        for i, layer in zip(
            (1, 2, 3), (self.layers[0], self.layers[3], self.layers[5]), strict=True
        ):
            grads[f"W{i}"], grads[f"b{i}"] = layer.dW, layer.db
        return grads

    def accuracy(self, x, t, batch_size=100):
        acc = 0.0
        for i in range(int(x.shape[0] / batch_size)):
            tx = x[i * batch_size : (i + 1) * batch_size]
            tt = t[i * batch_size : (i + 1) * batch_size]
            acc += np.sum(np.argmax(self.predict(tx), axis=1) == tt)
        return acc / x.shape[0]


class BookAdam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2, self.iter, self.m, self.v = lr, beta1, beta2, 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = {key: np.zeros_like(val) for key, val in params.items()}
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key in params:
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


def part_book(steps, net_name="simple"):
    if net_name != "simple":
        return {"skipped": "the book-style code is only timed for SimpleConvNet"}
    (x_train, t_train), (x_test, t_test) = mnist()
    net = BookSimpleConvNet()
    optimizer = BookAdam(lr=0.001)
    x, t = x_train[:BATCH], t_train[:BATCH]

    def step():
        optimizer.update(net.params, net.gradient(x, t))

    median, best = time_steps(step, max(10, steps // 3), warmup=3)  # slow: fewer steps
    seconds, acc = time_once(lambda: net.accuracy(x_test, t_test))
    return {"step_ms": median, "step_min_ms": best, "inference_s": seconds, "accuracy": acc}


# ---- part: PyTorch -------------------------------------------------------------------------------
def torch_net(nn, net_name):
    """The same network as nnviz's, in PyTorch."""
    if net_name == "simple":
        return nn.Sequential(
            nn.Conv2d(1, 30, 5),
            nn.ReLU(),
            nn.MaxPool2d(2, 2),
            nn.Flatten(),
            nn.Linear(4320, 100),
            nn.ReLU(),
            nn.Linear(100, 10),
        )
    layers, channels = [], 1
    for idx, (filters, pad) in enumerate(DEEP_CONVS, start=1):
        layers += [nn.Conv2d(channels, filters, 3, padding=pad), nn.ReLU()]
        if idx % 2 == 0:
            layers.append(nn.MaxPool2d(2, 2))
        channels = filters
    return nn.Sequential(
        *layers,
        nn.Flatten(),
        nn.Linear(64 * 4 * 4, 50),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(50, 10),
        nn.Dropout(0.5),
    )


def part_torch(steps, net_name="simple"):
    try:
        import torch  # noqa: TID251 (the benchmark's peer, never used by nnviz itself)
    except ImportError:
        return {"skipped": "torch is not installed (pip install torch)"}
    nn = torch.nn

    torch.set_num_threads(int(os.environ.get("BENCH_THREADS", "2")))
    torch.manual_seed(0)
    (x_train, t_train), (x_test, t_test) = mnist()
    net = torch_net(nn, net_name)
    optimizer = torch.optim.Adam(net.parameters(), lr=0.001)
    loss_fn = nn.CrossEntropyLoss()
    x = torch.from_numpy(x_train[:BATCH])
    t = torch.from_numpy(t_train[:BATCH].astype(np.int64))

    def step():
        optimizer.zero_grad(set_to_none=True)
        loss_fn(net(x), t).backward()
        optimizer.step()

    median, best = time_steps(step, steps)

    def accuracy():
        correct = 0
        net.eval()
        with torch.no_grad():
            for i in range(0, len(x_test), 1000):
                y = net(torch.from_numpy(x_test[i : i + 1000]))
                correct += int((y.argmax(1).numpy() == t_test[i : i + 1000]).sum())
        return correct / len(x_test)

    seconds, acc = time_once(accuracy)
    return {
        "step_ms": median,
        "step_min_ms": best,
        "inference_s": seconds,
        "accuracy": acc,
        "version": torch.__version__,
        "threads": torch.get_num_threads(),
    }


# ---- driver --------------------------------------------------------------------------------------
def run_part(name, steps, net_name="simple", threads=2):
    """Run one part in a fresh Python process; its last stdout line is a JSON dict."""
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), BENCH_THREADS=str(threads))
    proc = subprocess.run(
        [sys.executable, __file__, "--part", name, "--net", net_name, "--steps", str(steps)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if proc.returncode != 0:
        return {"skipped": f"failed: {proc.stderr.strip().splitlines()[-1:]}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _summary(runs):
    """Median over the rounds of each round's median step, and the least disturbed round."""
    timed = [r for r in runs if "step_ms" in r]
    if timed:
        best = dict(min(timed, key=lambda r: r["step_ms"]))
        best["inference_s"] = min(r["inference_s"] for r in timed)
        best["best_round_ms"] = best["step_ms"]
        best["step_ms"] = statistics.median(r["step_ms"] for r in timed)
        best["round_ms"] = [round(r["step_ms"], 2) for r in timed]
        best["rounds"] = len(runs)
        return best
    if any("gemm_ms" in r for r in runs):
        timed = [r for r in runs if "gemm_ms" in r]
        return {
            "gemm_ms": statistics.median(r["gemm_ms"] for r in timed),
            "gemm_min_ms": min(r["gemm_min_ms"] for r in timed),
        }
    if any("gflops" in r for r in runs):
        return max((r for r in runs if "gflops" in r), key=lambda r: r["gflops"])
    return runs[0]


def report(results, net_name, threads):
    nn_, book, torch_, mm = (results[k] for k in ("nnviz", "book", "torch", "matmul"))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{NET_TITLES[net_name]} training step, batch {BATCH}, Adam, float32: median over "
        f"{nn_.get('rounds', 1)} rounds (each a fresh process, in turns) of each round's median\n"
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"{threads} thread(s); load average {load:.2f} at the end (a shared machine makes every "
        f"figure noisier)\n"
    )
    rows = [("nnviz float32", nn_)]
    if "skipped" not in book:
        rows.append(("book-style NumPy float64", book))
    version = torch_.get("version", "").split("+")[0]
    rows.append((f"PyTorch {version} CPU, {threads} thread(s)".replace("  ", " "), torch_))
    print(f"{'':34s}{'step':>10s}{'(best round)':>14s}{'test set (10,000)':>20s}{'accuracy*':>11s}")
    for name, r in rows:
        if "skipped" in r:
            print(f"{name:34s}  skipped: {r['skipped']}")
            continue
        print(
            f"{name:34s}{r['step_ms']:8.2f} ms{r['best_round_ms']:11.2f} ms"
            f"{r['inference_s']:18.3f} s{r['accuracy']:11.4f}   rounds: {r['round_ms']}"
        )
    print(
        "* test accuracy after the timed steps, all on one fixed batch of 100 images: a sanity\n"
        "  check that all of them learn, not a trained model\n"
    )
    if "skipped" not in book:
        speedup = book["step_ms"] / nn_["step_ms"]
        print(f"nnviz vs book-style step:  {speedup:5.1f}x faster   (goal >= 6x)")
    if "skipped" not in torch_:
        ratio = nn_["step_ms"] / torch_["step_ms"]
        print(f"nnviz time / PyTorch time: {ratio:5.2f}          (goal <= 1.0)")
    gemm = results["gemm"]
    if "gemm_ms" in gemm:
        print(
            f"the step's matrix products alone (OpenBLAS, nothing else): {gemm['gemm_ms']:.2f} ms "
            f"median, {gemm['gemm_min_ms']:.2f} ms best = "
            f"{gemm['gemm_ms'] / torch_.get('step_ms', float('nan')):.2f}x PyTorch's whole step"
        )
    flop = FLOPS[net_name]
    achieved = flop / (nn_["step_ms"] * 1e-3) / 1e9
    print(
        f"\nFLOPs of one step: {flop / 1e9:.3f} GFLOP (forward, dW and dx; no dx of the input)\n"
        f"float32 matmul rate here (np.dot 1024x1024): {mm['gflops']:.0f} GFLOP/s; "
        f"nnviz step: {achieved:.1f} GFLOP/s = {achieved / mm['gflops']:.0%} of it\n"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--net", choices=("simple", "deep", "both"), default="simple", help="network (simple)"
    )
    parser.add_argument("--steps", type=int, default=50, help="timed training steps (50)")
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="run every part this many times, in turn; the figure is the median of the rounds "
        "(other jobs on a shared machine slow some rounds down) (3)",
    )
    parser.add_argument(
        "--threads", type=int, default=2, help="threads for NumPy's BLAS and for PyTorch (2)"
    )
    parser.add_argument("--json", action="store_true", help="print the raw results as JSON")
    parser.add_argument("--part", choices=PARTS, help=argparse.SUPPRESS)  # child process
    args = parser.parse_args(argv)
    if args.part:
        net_name = "simple" if args.net == "both" else args.net
        print(json.dumps(globals()[f"part_{args.part}"](args.steps, net_name)))
        return 0
    nets = ("simple", "deep") if args.net == "both" else (args.net,)
    everything = {}
    for net_name in nets:
        rounds = {name: [] for name in PARTS}
        for _ in range(max(1, args.rounds)):
            for name in PARTS:
                rounds[name].append(run_part(name, args.steps, net_name, args.threads))
        everything[net_name] = {name: _summary(runs) for name, runs in rounds.items()}
        if not args.json:
            report(everything[net_name], net_name, args.threads)
    if args.json:
        print(json.dumps(everything, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
