"""The one place that knows where resources/ and data/ live.

A source checkout (or editable install) uses the folders beside the package; a regular install
finds copies under <prefix>/share/nnviz; the user's data directory holds downloads.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARE_ROOT = Path(sys.prefix) / "share" / "nnviz"


def _first_existing(*candidates: Path) -> Path:
    for path in candidates:
        if path.exists():
            return path
    return candidates[0]


def resources_dir() -> Path:
    return _first_existing(REPO_ROOT / "resources", SHARE_ROOT / "resources")


def user_data_dir() -> Path:
    """Per-user writable data folder (XDG on Linux, AppData on Windows, Library on macOS)."""
    override = os.environ.get("NNVIZ_USER_DATA")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "nnviz"


def mnist_dir_override() -> Path | None:
    """The folder the user named in NNVIZ_MNIST_DIR (searched first), or None."""
    override = os.environ.get("NNVIZ_MNIST_DIR")
    return Path(override) if override else None


def mnist_dirs() -> list[Path]:
    """Folders searched for the four MNIST .gz files, in order."""
    dirs = []
    override = mnist_dir_override()
    if override is not None:
        dirs.append(override)
    dirs += [
        REPO_ROOT / "data" / "mnist",
        SHARE_ROOT / "data" / "mnist",
        user_data_dir() / "mnist",
    ]
    return dirs


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def models_dir() -> Path:
    return resources_dir() / "models"


def lessons_dir() -> Path:
    """The bundled lessons (*.nnviz): Help > Lessons."""
    return resources_dir() / "lessons"


def default_model_path() -> Path:
    return models_dir() / "simple_convnet.npz"


# Bundled models by their short names (`nnviz predict --model deep`, the Draw tab's chooser).
BUNDLED_MODELS = {"simple": "simple_convnet.npz", "deep": "deep_convnet.npz"}


def bundled_model_path(name: str) -> Path:
    """resources/models/<file> of a bundled model: "simple" (the default) or "deep"."""
    if name == "simple":
        return default_model_path()  # one place for the default (tests replace it)
    return models_dir() / BUNDLED_MODELS[name]


def model_argument(text) -> Path:
    """A --model value: "simple" / "deep" (any case) name the bundled models, anything else a
    file (write ./deep for a file called deep)."""
    name = str(text)
    if name.lower() in BUNDLED_MODELS:
        return bundled_model_path(name.lower())
    return Path(name)
