"""Every visible string has a translation in every shipped language, one .ts per language as Qt's
translators expect, and the shipped .qm files are current."""

import importlib.util
from pathlib import Path

import pytest

from nnviz.languages import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n_tool)

TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def test_the_shipped_languages_are_chinese_and_japanese():
    assert set(TRANSLATED) == {"zh_CN", "ja"}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_translatable_string_in_the_ui_has_a_translation(lang):
    problems = i18n_tool.stale_or_missing(lang)
    assert problems == {}, (
        f"untranslated {lang} strings (run tools/i18n.py update, translate, release): "
        + repr(problems)
    )


def test_each_language_is_one_ts_file_and_nothing_else_is_shipped():
    names = sorted(p.name for p in i18n_tool.I18N_DIR.iterdir())
    expected = sorted(f"nnviz_{lang}.{ext}" for lang in TRANSLATED for ext in ("ts", "qm"))
    assert names == expected


def test_each_ts_file_has_a_compiled_qm_that_matches_it(tmp_path):
    for ts in sorted(i18n_tool.I18N_DIR.glob("*.ts")):
        shipped = ts.with_suffix(".qm")
        assert shipped.exists(), f"{shipped.name} missing: run tools/i18n.py release"
        fresh = tmp_path / shipped.name
        i18n_tool.lrelease(ts, fresh)
        assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale: run release"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_and_accelerators_survive_translation(lang):
    import re
    import xml.etree.ElementTree as ET

    wrong = []
    for message in ET.parse(i18n_tool.ts_path(lang)).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = "".join(translation.itertext())
        for kind in (r"%\d+|%n", r"\{[^{}]*\}"):
            if sorted(re.findall(kind, source)) != sorted(re.findall(kind, text)):
                wrong.append((source, text))
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            wrong.append((source, text))
    assert not wrong, f"{lang}: placeholders or & lost: {wrong[:5]}"


def test_qt_has_a_font_that_renders_simplified_chinese(qapp):
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no CJK font: Chinese would render as boxes (install fonts-wqy-microhei)"


def test_qt_has_a_font_that_renders_japanese_in_japanese_forms(qapp):
    from nnviz.ui import i18n

    assert i18n.cjk_family("ja"), "no Japanese font: kana and kanji need fonts-noto-cjk"
    assert i18n.cjk_family("zh_CN"), "no Chinese font: install fonts-wqy-microhei"
