"""The house's layout: a package per tab, Qt-free state modules, no tab importing another."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from nnviz.ui.tabs import TABS

TABS_DIR = Path(__file__).resolve().parents[2] / "nnviz" / "ui" / "tabs"
TAB_PACKAGES = sorted(p.parent.name for p in TABS_DIR.glob("*/__init__.py"))
QT_FREE_NAMES = ("state.py", "spec.py", "session.py", "model.py", "lesson.py")
QT_FREE_MODULES = sorted(
    f"nnviz.ui.tabs.{path.parent.name}.{path.stem}"
    for name in QT_FREE_NAMES
    for path in TABS_DIR.glob(f"*/{name}")
)


def test_the_tabs_folder_holds_only_the_tab_table_and_one_package_per_tab():
    modules = sorted(p.name for p in TABS_DIR.glob("*.py"))
    assert modules == ["__init__.py"]
    assert TAB_PACKAGES == sorted(t.tab_id for t in TABS if (TABS_DIR / t.tab_id).exists())
    for name in TAB_PACKAGES:
        assert (TABS_DIR / name / "tab.py").exists(), f"{name} has no tab.py"


def test_every_tab_has_a_qt_free_state_module_found_by_this_test():
    assert len(QT_FREE_MODULES) >= 6, QT_FREE_MODULES


@pytest.mark.parametrize("module", QT_FREE_MODULES)
def test_a_state_module_imports_without_qt(module):
    code = (
        f"import sys; import {module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("tab_id", TAB_PACKAGES)
def test_a_tab_never_imports_another_tab(tab_id):
    others = set(TAB_PACKAGES) - {tab_id}
    for path in (TABS_DIR / tab_id).glob("*.py"):
        for module in _imported_modules(path):
            parts = module.split(".")
            if parts[:3] == ["nnviz", "ui", "tabs"] and len(parts) > 3:
                assert parts[3] not in others, f"{path.name} imports {module}"
