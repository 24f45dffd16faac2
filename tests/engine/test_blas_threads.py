"""blas_threads: OpenBLAS's thread count changed for a block and restored, or nothing at all."""

import numpy as np

from nnviz.engine.blas_threads import blas_threads, openblas_functions


def test_the_thread_count_is_one_inside_and_restored_after():
    functions = openblas_functions()
    if functions is None:  # another BLAS: the block simply runs
        with blas_threads(1):
            assert np.dot(np.ones(3), np.ones(3)) == 3
        return
    _, get = functions
    before = get()
    with blas_threads(1):
        assert get() == 1
        a = np.random.default_rng(0).random((300, 300))
        np.testing.assert_allclose(a @ np.eye(300), a)
    assert get() == before


def test_it_is_restored_after_an_error():
    functions = openblas_functions()
    before = functions[1]() if functions else None
    try:
        with blas_threads(1):
            raise KeyError("x")
    except KeyError:
        pass
    if functions:
        assert functions[1]() == before
