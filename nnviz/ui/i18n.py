"""Languages: Qt translators for nnviz's own .qm files and Qt's standard dialogs.

Each UI module has its own resources/i18n/<module>_<lang>.qm (so that tabs are translated
independently); all of a language's files are installed together. Qt's own qtbase_<lang>.qm
translates the standard dialogs; resources/i18n/qtbase_fixes_<lang>.qm adds what it lacks for the
installed Qt (installed later, so searched first).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from nnviz import paths

LANGUAGES = {"zh_CN": "中文", "en": "English"}  # each in its own language, never translated
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN for any Chinese system locale, English otherwise."""
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else SOURCE_LANGUAGE


def normalize_language(lang: str) -> str:
    """Accept zh, zh_CN, zh-CN, en, en_US...; raise ValueError naming the valid values."""
    key = lang.replace("-", "_")
    if key in LANGUAGES:
        return key
    if key.lower().startswith("zh"):
        return "zh_CN"
    if key.lower().startswith("en"):
        return "en"
    raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")


def install_language(lang: str) -> list[str]:
    """Replace the installed translators by those of `lang`; returns the .qm files loaded.

    Installing or removing a translator makes Qt send LanguageChange to every widget, which is
    how open windows retranslate themselves.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if lang == SOURCE_LANGUAGE:
        _deliver_language_change()
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [f"{qt_dir}/qtbase_{lang}.qm"]
    files += [str(p) for p in sorted(paths.translations_dir().glob(f"*_{lang}.qm"))]
    for file in files:
        translator = QTranslator(app)
        if translator.load(file):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(file)
    _deliver_language_change()
    return loaded


def _deliver_language_change() -> None:
    """Qt posts LanguageChange; deliver it now so the window reads the new language on return."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
