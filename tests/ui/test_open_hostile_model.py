"""File ▸ Open model with a hostile file: the user sees the loader's one-line reason in a dialog."""

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnviz.engine.nets import TwoLayerNet
from tests.engine.model_files import (
    header_text,
    model_arrays,
    npy_header_claiming,
    npz_bytes,
    patch_entry,
)


def nested_metadata():
    text = header_text(TwoLayerNet(3, 2, 2).spec)
    arrays = model_arrays(TwoLayerNet(3, 2, 2))
    arrays["model.json"] = np.array(text[:-1] + ', "x": ' + "[" * 200_000 + "]" * 200_000 + "}")
    return npz_bytes(arrays)


def huge_header():
    arrays = model_arrays(TwoLayerNet(3, 2, 2))
    arrays["params/W1"] = npy_header_claiming((100_000, 116_250))
    return npz_bytes(arrays)


def encrypted_member():
    return patch_entry(npz_bytes(model_arrays(TwoLayerNet(3, 2, 2))), 1, "flags", 0x1)


@pytest.mark.parametrize(
    "make, reason",
    [
        (nested_metadata, "nested too deeply"),  # was a RecursionError escaping the slot
        (huge_header, "params/W1"),  # was a MemoryError
        (encrypted_member, "encrypted"),  # was a RuntimeError
    ],
    ids=["nested", "93_gb_header", "encrypted"],
)
def test_opening_a_hostile_model_shows_the_reason_in_a_dialog(
    window, tmp_path, monkeypatch, make, reason
):
    path = tmp_path / "hostile.npz"
    path.write_bytes(make())
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    before = window.current_page()

    window.open_model_action.trigger()  # File > Open model…

    assert len(shown) == 1
    assert shown[0].startswith("Could not open this model:\n")
    assert "hostile.npz" in shown[0] and reason in shown[0]
    assert len(shown[0]) < 400 + len(str(path))
    assert window.current_page() is before


def test_saving_onto_a_pipe_shows_why_and_leaves_the_pipe(window, qtbot, tmp_path, monkeypatch):
    import os

    from nnviz.engine import save_model

    model = save_model(TwoLayerNet(784, 5, 10, rng=0), tmp_path / "model.npz")
    assert window.open_model(str(model))
    page = window.current_page()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20_000)  # its test-set evaluation
    pipe = tmp_path / "pipe.npz"
    os.mkfifo(pipe)
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pipe), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    window.save_model_action.trigger()  # File > Save model…

    assert len(shown) == 1 and "not a regular file" in shown[0]
    assert pipe.exists() and not pipe.is_file()
    assert not [p for p in tmp_path.iterdir() if "nnviz-tmp" in p.name]
