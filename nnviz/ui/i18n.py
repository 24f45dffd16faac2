"""Languages: one translator per language for nnviz, Qt's own for its standard dialogs, and the
CJK font whose glyph forms the language expects.

resources/i18n/nnviz_<lang>.qm holds every nnviz string of a language (Qt's convention: one .ts
per language, extracted from all UI modules, compiled to one .qm). Qt's qtbase_<lang>.qm
translates the standard dialogs; what it lacks for the installed Qt is in QT_FIXES below, so it
is extracted into nnviz_<lang>.ts with the rest and, installed later, searched first.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from nnviz import paths
from nnviz.languages import LANGUAGES, SOURCE_LANGUAGE, match_language

# Han characters look different in Chinese and Japanese (直, 骨, 角, 画...): each language gets
# the first of its fonts that is installed, behind the system's Latin font. WenQuanYi first for
# Chinese: the font the Chinese interface has always been drawn with.
CJK_FONTS = {
    "zh_CN": ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei"),
    "ja": ("Noto Sans CJK JP", "Source Han Sans JP", "Yu Gothic UI", "Meiryo", "Hiragino Sans"),
}

# Qt's own strings that its qtbase_<lang>.qm lacks: Qt 6 added the "&" of a keyboard shortcut to
# these file-dialog labels and the shipped Chinese and Japanese files still have the old texts, so
# the dialog said "Look in:" in English (issue 14). Never shown from here; lupdate extracts them.
QT_FIXES = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

__all__ = ["LANGUAGES", "SOURCE_LANGUAGE", "QT_FIXES", "install_language", "normalize_language"]

_installed: list[QTranslator] = []
_system_families: list[str] = []  # as the system set them, then the resolved Latin one


def system_language() -> str:
    """The system locale's language when nnviz speaks it (ja_JP -> ja, zh_TW -> zh_CN), else en."""
    return match_language(QLocale.system().name()) or SOURCE_LANGUAGE


def normalize_language(lang: str) -> str:
    """Accept zh, zh-CN, ja_JP, en_US...; raise ValueError naming the valid values."""
    found = match_language(lang)
    if found is None:
        raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
    return found


def translation_file(lang: str) -> str:
    return str(paths.translations_dir() / f"nnviz_{lang}.qm")


def install_language(lang: str) -> list[str]:
    """Replace the installed translators by those of `lang`; returns the .qm files loaded.

    Installing or removing a translator makes Qt send LanguageChange to every widget, which is
    how open windows retranslate themselves.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    apply_font(lang)
    loaded: list[str] = []
    if lang == SOURCE_LANGUAGE:
        _deliver_language_change()
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for file in (f"{qt_dir}/qtbase_{lang}.qm", translation_file(lang)):
        translator = QTranslator(app)
        if translator.load(file):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(file)
    _deliver_language_change()
    return loaded


def cjk_family(lang: str) -> str | None:
    """The installed font that draws `lang`'s Han characters in its own forms, if any."""
    installed = set(QFontDatabase.families())
    return next((f for f in CJK_FONTS.get(lang, ()) if f in installed), None)


def apply_font(lang: str) -> None:
    """The application font: the system's Latin family, then the language's CJK family.

    Keeps the current size (View ▸ Larger text); English keeps the system's font as it was.
    """
    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    font = QFont(QApplication.font())
    if not _system_families:
        _system_families.extend(font.families() or [font.family()])
        # The family the system's default resolves to: "Sans Serif" is an alias that Qt would
        # skip in a list of families, and then draw Latin text in the CJK font too.
        _system_families.append(QFontInfo(font).family())
    family = cjk_family(lang)
    font.setFamilies(_system_families[-1:] + [family] if family else _system_families[:-1])
    QApplication.setFont(font)


def language_font(lang: str, base: QFont) -> QFont:
    """base in `lang`'s own CJK font: the Language menu writes 日本語 in Japanese forms."""
    font = QFont(base)
    family = cjk_family(lang)
    if family:
        font.setFamilies([QFontInfo(base).family(), family])
    return font


def _deliver_language_change() -> None:
    """Qt posts LanguageChange; deliver it now so the window reads the new language on return."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
