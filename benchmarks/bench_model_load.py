"""Model files: time and peak memory of loading the bundled ConvNet, and of refusing hostile files.

    python benchmarks/bench_model_load.py [--rounds 5]

Prints, per case, the median load time and the peak traced allocation (tracemalloc: NumPy's
arrays included). The hostile cases are those of issue 15 (a 93 GB array header, a tiny file
asking for a huge net, a 72 MB member for a (3, 2) weight, metadata nested 200,000 deep).
Timings on a shared machine vary: compare figures from the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from nnviz import paths  # noqa: E402
from nnviz.engine.model_io import ModelFileError, load_model  # noqa: E402
from nnviz.engine.nets import TwoLayerNet  # noqa: E402
from tests.engine.model_files import (  # noqa: E402
    header_text,
    model_arrays,
    npy_bytes,
    npy_header_claiming,
    npz_bytes,
)


def hostile_files(folder: Path) -> dict[str, Path]:
    small = model_arrays(TwoLayerNet(3, 2, 2, rng=0))
    files = {}

    claim = dict(small, **{"params/W1": npy_header_claiming((100_000, 116_250))})
    files["93 GB header"] = folder / "claim.npz"
    files["93 GB header"].write_bytes(npz_bytes(claim))

    spec = {"type": "multi_layer", "input_size": 30_000, "hidden_size_list": [30_000] * 3}
    spec["output_size"] = 10
    files["huge spec, no arrays"] = folder / "spec.npz"
    files["huge spec, no arrays"].write_bytes(
        npz_bytes({"model.json": np.array(header_text(spec))})
    )

    text = str(small["model.json"])
    nested = dict(
        small,
        **{"model.json": np.array(text[:-1] + ', "d": ' + "[" * 200_000 + "]" * 200_000 + "}")},
    )
    files["nested 200,000 deep"] = folder / "nested.npz"
    files["nested 200,000 deep"].write_bytes(npz_bytes(nested))

    files["72 MB member for (3, 2)"] = path = folder / "bomb.npz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for key, value in small.items():
            if key == "params/W1":
                with archive.open(f"{key}.npy", "w", force_zip64=True) as f:
                    f.write(npy_header_claiming((3000, 3000)))
                    for _ in range(30):
                        f.write(bytes(8 * 3000 * 100))
            else:
                archive.writestr(f"{key}.npy", npy_bytes(np.asarray(value)))
    return files


def measure(path: Path, rounds: int) -> tuple[float, float, str]:
    times, peaks, outcome = [], [], ""
    for _ in range(rounds):
        tracemalloc.start()
        start = time.perf_counter()
        try:
            load_model(path)
            outcome = "loaded"
        except ModelFileError as error:
            outcome = str(error).split(": ", 1)[1][:60]
        times.append(time.perf_counter() - start)
        peaks.append(tracemalloc.get_traced_memory()[1] / 2**20)
        tracemalloc.stop()
    return statistics.median(times), max(peaks), outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cases = {"bundled ConvNet": paths.default_model_path(), **hostile_files(Path(folder))}
        print(f"{'case':<26} {'size':>10} {'median':>9} {'peak':>9}  outcome")
        for name, path in cases.items():
            seconds, peak, outcome = measure(path, args.rounds)
            size = path.stat().st_size
            print(f"{name:<26} {size:>10,} {seconds * 1000:>7.1f} ms {peak:>6.1f} MB  {outcome}")


if __name__ == "__main__":
    main()
