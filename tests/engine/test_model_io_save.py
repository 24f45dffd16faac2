"""Saving a model: only to regular files, no process-wide umask, no temp file left behind."""

import os
import subprocess
import sys

import numpy as np
import pytest

from nnviz.engine import model_io
from nnviz.engine.model_io import (
    ModelSaveError,
    check_save_target,
    load_model,
    remove_stale_temp_files,
    save_model,
)
from nnviz.engine.nets import TwoLayerNet


def net(seed=0):
    return TwoLayerNet(3, 2, 2, rng=np.random.default_rng(seed))


def dead_pid() -> int:
    """The pid of a process that has ended (a killed save's)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def folder(tmp_path):
    """An empty folder of its own (tmp_path also holds the test's settings folder)."""
    path = tmp_path / "work"
    path.mkdir()
    return path


def test_saving_onto_a_folder_is_refused_with_a_clear_message(folder):
    folder = folder / "models"
    folder.mkdir()
    with pytest.raises(ModelSaveError, match="this is a folder; choose a file name"):
        save_model(net(), folder)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_saving_onto_a_fifo_is_refused_and_the_fifo_stays(folder):
    fifo = folder / "pipe.npz"
    os.mkfifo(fifo)
    with pytest.raises(ModelSaveError, match="not a regular file"):
        save_model(net(), fifo)
    assert not fifo.is_file() and fifo.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["pipe.npz"]


def test_saving_onto_a_device_node_is_refused(folder):
    device = folder / "null"
    try:
        os.mknod(device, 0o20666, os.makedev(1, 3))  # a character device like /dev/null
    except (PermissionError, OSError):
        device = "/dev/null"  # never replaced: the check comes first
    with pytest.raises(ModelSaveError, match="not a regular file"):
        save_model(net(), device)
    assert os.path.exists(device) and not os.path.isfile(device)


def test_save_errors_are_os_errors_that_callers_already_catch(folder):
    assert issubclass(ModelSaveError, OSError)
    with pytest.raises(OSError):
        check_save_target(folder)


def test_a_save_never_sets_the_process_umask(folder, monkeypatch):
    def forbidden(mask):
        raise AssertionError("os.umask() changes the mask for every thread of the process")

    old = os.umask(0o027)
    try:
        monkeypatch.setattr(os, "umask", forbidden)
        path = save_model(net(), folder / "m.npz")
    finally:
        monkeypatch.undo()
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o640  # 0o666 with the user's umask 027 applied


def test_a_stale_temp_file_from_a_killed_save_is_removed_by_the_next_save(folder):
    stale = folder / f".model.npz.nnviz-tmp-{dead_pid()}"
    stale.write_bytes(b"half a model")
    save_model(net(), folder / "other.npz")
    assert sorted(p.name for p in folder.iterdir()) == ["other.npz"]


def test_a_temp_file_of_a_save_still_running_is_left_alone(folder):
    running = folder / f".model.npz.nnviz-tmp-{os.getppid()}"
    running.write_bytes(b"being written")
    assert remove_stale_temp_files(folder) == []
    assert running.exists()


def test_the_temp_file_is_named_after_the_model_and_this_process(folder, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(os.path.basename(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    save_model(net(), folder / "m.npz")
    assert seen == [f".m.npz.nnviz-tmp-{os.getpid()}"]


def test_ctrl_c_during_a_save_leaves_no_temp_file_and_the_old_model(folder, monkeypatch):
    path = save_model(net(1), folder / "m.npz")
    before = path.read_bytes()

    def interrupted(f, **arrays):
        f.write(b"PK\x03\x04 half written")
        raise KeyboardInterrupt

    monkeypatch.setattr(model_io.np, "savez_compressed", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_model(net(2), path)
    monkeypatch.undo()
    assert sorted(p.name for p in folder.iterdir()) == ["m.npz"]
    assert path.read_bytes() == before
    np.testing.assert_array_equal(load_model(path).params["W1"], net(1).params["W1"])


def test_overwriting_a_model_replaces_it(folder):
    path = save_model(net(1), folder / "m.npz")
    save_model(net(2), path)
    np.testing.assert_array_equal(load_model(path).params["W1"], net(2).params["W1"])
    assert sorted(p.name for p in folder.iterdir()) == ["m.npz"]
