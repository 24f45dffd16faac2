"""Translation files, the way Qt's translators expect them: one .ts per language.

    python tools/i18n.py update     # extract every string of nnviz/ui into nnviz_<lang>.ts
    python tools/i18n.py release    # compile each .ts into its .qm (what the app loads)
    python tools/i18n.py check      # list untranslated strings per language; exit 1 if any

Between update and release, translate the new strings (marked unfinished) in Qt Linguist
(`pyside6-linguist resources/i18n/nnviz_ja.ts`) or any text editor. update runs the PySide6
tools (pyside6-lupdate over all nnviz/ui/**/*.py, keeping existing translations), release runs
pyside6-lrelease. The languages are nnviz/languages.py's LANGUAGES: a new language is one line
there, then update creates its resources/i18n/nnviz_<code>.ts.

    python tools/i18n.py fill TS_FILE MAP.json   # set translations from {"source": "translation"}
    python tools/i18n.py absorb LANG OLD.ts ...  # take translations from other .ts files (a merge
                                                 # of a branch that still has per-module files)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "nnviz" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT))
from nnviz.languages import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402 (Qt-free)

TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def ui_sources() -> list[Path]:
    """Every module of the interface: lupdate finds the tr() and translate() calls in them."""
    return sorted(UI_DIR.rglob("*.py"))


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"nnviz_{lang}.ts"


def lupdate(ts: Path, lang: str, locations: str = "none") -> None:
    """pyside6-lupdate over all UI modules into one .ts; strings gone from the code are dropped."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, ui_sources()), "-ts", str(ts)]
        + ["-target-language", lang, "-locations", locations, "-no-obsolete", "-silent"],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ts -> qm through a temporary file, so a running app never reads half a .qm."""
    tmp = qm.with_suffix(".qm.tmp")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp)], check=True)
    os.replace(tmp, qm)


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    return not all(f.text for f in forms) if forms else not translation.text


def unfinished(ts: Path) -> list[str]:
    """Sources in a .ts file whose translation is missing or marked unfinished."""
    return [
        m.findtext("source") for m in ET.parse(ts).getroot().iter("message") if _is_unfinished(m)
    ]


def stale_or_missing(lang: str) -> dict[str, list[str]]:
    """Strings in the current sources that have no translation in `lang`, per source file.

    Re-extracts into a temporary copy of the .ts so that a string added to the code but never run
    through `update` counts as missing too.
    """
    problems: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / ts_path(lang).name
        if ts_path(lang).exists():
            shutil.copy(ts_path(lang), probe)
        lupdate(probe, lang, locations="absolute")
        for message in ET.parse(probe).getroot().iter("message"):
            if _is_unfinished(message):
                where = message.find("location")
                name = Path(tmp, where.get("filename")).resolve() if where is not None else None
                key = str(name.relative_to(ROOT)) if name and name.is_relative_to(ROOT) else "?"
                problems.setdefault(key, []).append(message.findtext("source"))
    return problems


def fill(ts: Path, mapping: dict[str, str]) -> int:
    """Set the translation of every message whose source is in mapping; returns how many."""
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
    write_ts(tree, ts)
    lupdate(ts, tree.getroot().get("language", "zh_CN"))  # lupdate's own layout, as absorb
    return count


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace("<TS ", "<!DOCTYPE TS>\n<TS ", 1), encoding="utf-8")


def absorb(lang: str, others: list[Path]) -> int:
    """Copy the translations of other .ts files into nnviz_<lang>.ts where it has none yet,
    matched by (context, source); returns how many."""
    known = {}
    for other in others:
        for context in ET.parse(other).getroot().iter("context"):
            for message in context.iter("message"):
                if not _is_unfinished(message):
                    known[(context.findtext("name"), message.findtext("source"))] = message
    tree = ET.parse(ts_path(lang))
    count = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            found = known.get((context.findtext("name"), message.findtext("source")))
            if found is not None and _is_unfinished(message):
                message.remove(message.find("translation"))
                message.append(found.find("translation"))
                count += 1
    write_ts(tree, ts_path(lang))
    lupdate(ts_path(lang), lang)  # lupdate's own layout, so that a later update changes nothing
    return count


def main(argv: list[str]) -> int:
    command, *rest = argv or ["check"]
    if command == "update":
        for lang in TRANSLATED:
            lupdate(ts_path(lang), lang)
            print(f"{ts_path(lang).name}: {len(unfinished(ts_path(lang)))} to translate")
        return 0
    if command == "release":
        for lang in TRANSLATED:
            lrelease(ts_path(lang), ts_path(lang).with_suffix(".qm"))
        return 0
    if command == "check":
        status = 0
        for lang in TRANSLATED:
            for source, missing in stale_or_missing(lang).items():
                status = 1
                print(f"{lang} {source}: {len(missing)} untranslated")
                for text in missing:
                    print(f"    {text!r}")
        return status
    if command == "fill":
        ts, mapping = Path(rest[0]), json.loads(Path(rest[1]).read_text(encoding="utf-8"))
        print(f"{fill(ts, mapping)} translations set in {ts.name}")
        return 0
    if command == "absorb":
        lang, others = rest[0], [Path(a) for a in rest[1:]]
        print(f"{absorb(lang, others)} translations taken into {ts_path(lang).name}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
