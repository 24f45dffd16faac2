"""Headless Qt for every test, and settings/user data kept out of the user's home."""

import os

# Before any Qt import: without a display QApplication() would abort the process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# Readers of files get property-based tests; bounded so that the whole suite stays fast, and no
# deadline because a shared 2-core machine makes single examples slow at random.
settings.register_profile(
    "nnviz", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("NNVIZ_HYPOTHESIS_PROFILE", "nnviz"))


@pytest.fixture(scope="session", autouse=True)
def _user_data_dir(tmp_path_factory):
    """One user data folder per run (parsed-MNIST cache, downloads), never ~/.local."""
    os.environ["NNVIZ_USER_DATA"] = str(tmp_path_factory.mktemp("user-data"))


@pytest.fixture(scope="session")
def model_path():
    """The bundled SimpleConvNet in resources/models/ (the pad's and predict's default)."""
    from nnviz import paths

    path = paths.default_model_path()
    assert path.is_file(), f"the bundled model is missing: {path}"
    return path


@pytest.fixture(autouse=True)
def settings_dir(tmp_path, monkeypatch):
    """Each test gets empty QSettings in its own folder."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def window(qtbot):
    """The main window in English, as a user first sees it; closed (workers stopped) afterwards."""
    from PySide6.QtWidgets import QApplication

    from nnviz.ui.app import create_window

    font = QApplication.font()
    win = create_window(lang="en", persist=False)
    # Closing a window that trains would ask in a modal box nobody answers: tests that check the
    # question turn it back on and answer the box themselves.
    win.ask_before_close = False
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    QApplication.setFont(font)  # View > Larger text in one test must not leak into the next


@pytest.fixture
def window_zh(qtbot):
    """The main window in Simplified Chinese."""
    from nnviz.ui.app import create_window

    win = create_window(lang="zh_CN", persist=False)
    win.ask_before_close = False  # as in `window`
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    from nnviz.ui import i18n

    i18n.install_language("en")
