"""Every visible string has a Chinese translation, and the shipped .qm files are current."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n_tool)


def test_every_translatable_string_in_the_ui_has_a_chinese_translation():
    problems = i18n_tool.stale_or_missing("zh_CN")
    assert problems == {}, "untranslated strings (run tools/i18n.py update/fill/release): " + repr(
        problems
    )


def test_each_ts_file_has_a_compiled_qm_that_matches_it(tmp_path):
    for ts in sorted(i18n_tool.I18N_DIR.glob("*.ts")):
        shipped = ts.with_suffix(".qm")
        assert shipped.exists(), f"{shipped.name} missing: run tools/i18n.py release"
        fresh = tmp_path / shipped.name
        i18n_tool.lrelease(ts, fresh)
        assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale: run release"


def test_qt_has_a_font_that_renders_simplified_chinese(qapp):
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no CJK font: Chinese would render as boxes (install fonts-wqy-microhei)"
