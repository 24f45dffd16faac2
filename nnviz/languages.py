"""The interface languages: the one list (Qt-free, so that the command line can read it too).

A new language is one more line here and one more resources/i18n/nnviz_<code>.ts (see README,
"For developers").
"""

from __future__ import annotations

# code -> the language's name in itself (the Language menu shows it; never translated)
LANGUAGES = {"zh_CN": "中文", "ja": "日本語", "en": "English"}
SOURCE_LANGUAGE = "en"  # the language of the source code's strings: no translation file


def match_language(lang: str) -> str | None:
    """The interface language for a locale or user input: zh-CN/zh_TW -> zh_CN, ja_JP -> ja."""
    key = lang.replace("-", "_")
    if key in LANGUAGES:
        return key
    prefix = key.split("_")[0].lower()
    return next((code for code in LANGUAGES if code.split("_")[0].lower() == prefix), None)
