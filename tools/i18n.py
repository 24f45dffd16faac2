"""Translation files: one .ts/.qm pair per UI module, so each tab is translated on its own.

    python tools/i18n.py update [FILE.py ...]   # extract strings (keeps existing translations)
    python tools/i18n.py fill TS_FILE MAP.json   # set translations from {"source": "译文"}
    python tools/i18n.py release                 # compile every .ts to .qm
    python tools/i18n.py check                   # list untranslated strings; exit 1 if any

The .ts files live in resources/i18n/, named after the module: nnviz/ui/tabs/draw/tab.py ->
tabs.draw.tab_zh_CN.ts. Run update after changing strings, fill or edit the Chinese, then release.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "nnviz" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)
TR_CALL = re.compile(r"\btr\(|\btranslate\(")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def translatable_sources() -> list[Path]:
    """UI modules that call tr() or translate()."""
    return sorted(p for p in UI_DIR.rglob("*.py") if TR_CALL.search(p.read_text(encoding="utf-8")))


def ts_path(source: Path, lang: str) -> Path:
    stem = ".".join(source.relative_to(UI_DIR).with_suffix("").parts)
    return I18N_DIR / f"{stem}_{lang}.ts"


def lupdate(source: Path, ts: Path, lang: str) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            str(source),
            "-ts",
            str(ts),
            "-target-language",
            lang,
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
        ],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ts -> qm through a temporary file, so a running app never reads half a .qm."""
    tmp = qm.with_suffix(".qm.tmp")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp)], check=True)
    os.replace(tmp, qm)


def unfinished(ts: Path) -> list[str]:
    """Sources in a .ts file whose translation is missing or marked unfinished."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        texts = (
            [f.text for f in forms]
            if forms
            else [translation.text if translation is not None else None]
        )
        if translation is None or translation.get("type") == "unfinished" or not all(texts):
            missing.append(source)
    return missing


def stale_or_missing(lang: str = "zh_CN") -> dict[str, list[str]]:
    """Strings in the current sources that have no translation, per source file.

    Re-extracts each module into a temporary copy of its .ts so that a string added to the code
    but never run through `update` counts as missing too.
    """
    problems: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for source in translatable_sources():
            committed = ts_path(source, lang)
            probe = Path(tmp) / committed.name
            if committed.exists():
                shutil.copy(committed, probe)
            lupdate(source, probe, lang)
            missing = unfinished(probe)
            if missing:
                problems[str(source.relative_to(ROOT))] = missing
    return problems


def fill(ts: Path, mapping: dict[str, str]) -> int:
    tree = ET.parse(ts)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source not in mapping:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            ET.SubElement(translation, "numerusform").text = mapping[source]
        else:
            translation.text = mapping[source]
        translation.attrib.pop("type", None)
        count += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace("<TS ", "<!DOCTYPE TS>\n<TS ", 1), encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    command, *rest = argv or ["check"]
    if command == "update":
        sources = [Path(a).resolve() for a in rest] or translatable_sources()
        for source in sources:
            for lang in LANGUAGES:
                lupdate(source, ts_path(source, lang), lang)
        return 0
    if command == "fill":
        ts, mapping = Path(rest[0]), json.loads(Path(rest[1]).read_text(encoding="utf-8"))
        print(f"{fill(ts, mapping)} translations set in {ts.name}")
        return 0
    if command == "release":
        for ts in sorted(I18N_DIR.glob("*.ts")):
            lrelease(ts, ts.with_suffix(".qm"))
        return 0
    if command == "check":
        problems = stale_or_missing()
        for source, missing in problems.items():
            print(f"{source}: {len(missing)} untranslated")
            for text in missing:
                print(f"    {text!r}")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
