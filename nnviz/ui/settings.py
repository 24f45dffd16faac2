"""The app's QSettings in one place, and the one typed reader every settings read goes through.

``nnviz.ini`` is a text file users edit by hand, and older versions wrote other values: whatever
it holds (``text_pt=abc``, ``language=en, zh_CN`` which QSettings turns into a list, a
``@ByteArray(...)`` where a number belongs, garbage geometry), reading it must never stop the window
from opening. ``read_setting`` converts a value to the kind asked for, checks it, and falls back to
the default, reporting a bad value once on stderr.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "nnviz"
APPLICATION = "nnviz"

MIN_TEXT_PT, MAX_TEXT_PT = 7.0, 32.0


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


@dataclass(frozen=True)
class Setting:
    """A key of nnviz.ini: the Python type its value must convert to, its default, its check."""

    key: str
    kind: type  # str, int, float or bytes (bytes: a @ByteArray, e.g. the window geometry)
    default: object
    validate: Callable[[object], bool] | None = None
    expected: str = ""  # what a good value looks like, for the message on stderr


def _in_text_range(pt) -> bool:
    return MIN_TEXT_PT <= pt <= MAX_TEXT_PT


# Every key nnviz reads. Language codes are checked by the caller (nnviz.ui.i18n owns them).
SETTINGS = {
    s.key: s
    for s in (
        Setting("language", str, None, expected="a language code such as zh_CN or en"),
        Setting("window/geometry", bytes, None, expected="a window geometry written by nnviz"),
        Setting("window/tab", str, None, expected="a tab id such as training"),
        Setting(
            "view/text_pt",
            float,
            None,
            _in_text_range,
            f"a text size between {MIN_TEXT_PT:g} and {MAX_TEXT_PT:g} points",
        ),
    )
}

_reported: set[str] = set()


class _Bad(Exception):
    """A stored value that cannot be used."""


def _convert(value, kind: type):
    if kind is bytes:
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        raise _Bad
    if kind is str:
        if isinstance(value, str):
            return value
        raise _Bad
    if kind in (int, float):
        if isinstance(value, bool):
            raise _Bad
        if isinstance(value, str):
            text = value.strip()
            try:
                number = int(text) if kind is int else float(text)
            except ValueError:
                raise _Bad from None
        elif isinstance(value, (int, float)):
            number = kind(value)
        else:
            raise _Bad
        if not math.isfinite(number):
            raise _Bad
        return number
    raise TypeError(f"read_setting cannot read {kind!r}")


# A restored window smaller than this is a broken geometry (a truncated one restores as 1x1).
MIN_RESTORED_SIZE = (320, 240)


def restore_geometry(window, geometry: QByteArray) -> bool:
    """``window.restoreGeometry`` that keeps the current geometry when the stored one is broken.

    Qt accepts a truncated geometry (and shrinks the window to 1x1 pixel); a window that small
    cannot be found, let alone used, so it counts as a bad value.
    """
    before = window.saveGeometry()
    if window.restoreGeometry(geometry):
        size = window.size()
        if size.width() >= MIN_RESTORED_SIZE[0] and size.height() >= MIN_RESTORED_SIZE[1]:
            return True
        window.restoreGeometry(before)
    report_bad_setting("window/geometry", geometry, SETTINGS["window/geometry"].expected)
    return False


def report_bad_setting(key: str, value, expected: str = "", settings: QSettings | None = None):
    """Say once per key and process, on stderr, that a stored value is ignored."""
    if key in _reported:
        return
    _reported.add(key)
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    where = (settings or app_settings()).fileName()
    hint = f" (expected {expected})" if expected else ""
    print(
        f"nnviz: ignoring the setting {key}={shown} in {where}{hint}; using the default",
        file=sys.stderr,
    )


def read_setting(
    key: str,
    kind: type | None = None,
    default=None,
    validate: Callable[[object], bool] | None = None,
    settings: QSettings | None = None,
):
    """The value of ``key`` as ``kind``, or ``default`` when it is missing or unusable.

    ``kind``, ``default`` and ``validate`` come from ``SETTINGS`` when not given. A value that is
    present but unusable is reported once on stderr; nothing raises.
    """
    known = SETTINGS.get(key)
    if kind is None:
        kind = known.kind if known else str
        default = known.default if default is None and known else default
    if validate is None and known is not None:
        validate = known.validate
    settings = settings or app_settings()
    try:
        value = settings.value(key)
    except Exception:  # noqa: BLE001 - a value Qt cannot convert must not stop the app
        value = _Bad
    if value is None:  # missing, or a @Variant Qt could not load
        return default
    try:
        if value is _Bad:
            raise _Bad
        result = _convert(value, kind)
        if validate is not None and not validate(result):
            raise _Bad
    except Exception:  # noqa: BLE001 - _Bad, or a check that could not compare this value
        report_bad_setting(key, value, known.expected if known else "", settings)
        return default
    return result
