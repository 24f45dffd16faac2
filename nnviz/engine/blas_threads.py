"""How many threads NumPy's OpenBLAS uses, changed for a moment (a small threadpoolctl).

One digit on the drawing pad is a forward pass of tiny matrix products. OpenBLAS still splits
some of them over every core, and when another program keeps a core busy its threads wait for
each other: a 10 ms prediction then takes 100-500 ms (measured with DeepConvNet on a busy
2-core machine). ``with blas_threads(1): ...`` runs such small work on one thread. Where the
library or its function cannot be found (another BLAS, another OS) it changes nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
from pathlib import Path

__all__ = ["blas_threads", "openblas_functions"]

_NAMES = (  # (set, get): NumPy's own wheels use the scipy_openblas build's prefixed names
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
)
_lock = threading.Lock()
_found: list = []  # [(set, get) or None], looked up once


def _loaded_openblas() -> list[str]:
    """Paths of the OpenBLAS libraries this process has loaded (Linux: /proc/self/maps)."""
    import numpy  # noqa: F401  (loads NumPy's BLAS)

    try:
        text = Path("/proc/self/maps").read_text()
    except OSError:
        return []
    paths = {line.split()[-1] for line in text.splitlines() if "openblas" in line.lower()}
    return sorted(p for p in paths if p.startswith("/"))


def openblas_functions():
    """(set_num_threads, get_num_threads) of NumPy's OpenBLAS, or None where there are none."""
    with _lock:
        if not _found:
            functions = None
            for path in _loaded_openblas():
                try:
                    lib = ctypes.CDLL(path)
                except OSError:
                    continue
                for set_name, get_name in _NAMES:
                    if hasattr(lib, set_name) and hasattr(lib, get_name):
                        setter, getter = getattr(lib, set_name), getattr(lib, get_name)
                        setter.argtypes, setter.restype = [ctypes.c_int], None
                        getter.argtypes, getter.restype = [], ctypes.c_int
                        functions = (setter, getter)
                        break
                if functions:
                    break
            _found.append(functions)
        return _found[0]


@contextlib.contextmanager
def blas_threads(n: int):
    """Run the block with OpenBLAS on ``n`` threads, then go back to the count it had."""
    functions = openblas_functions()
    if functions is None:
        yield
        return
    setter, getter = functions
    before = getter()
    if before == n:
        yield
        return
    setter(n)
    try:
        yield
    finally:
        setter(before)
