"""Lesson files (*.nnviz): a teacher's prepared states of the tabs, in small versioned JSON.

A lesson is an ordered list of steps; each step names a tab, that tab's state (its choices,
inputs and step position; never trained weights: a model is a path) and a title and a note in
each language. Reading never trusts the file: anything unknown or out of range is dropped with a
``Problem`` that says exactly what was skipped, so a bad file opens what it can and never
crashes. Only ``json`` is used (never pickle); the file's size is bounded before it is parsed.

    {"nnviz_lesson": 1,
     "title": {"en": "Perceptrons", "zh_CN": "感知机", "ja": "パーセプトロン"},
     "steps": [{"tab": "perceptron",
                "title": {"en": "AND"}, "note": {"en": "Drag the line ..."},
                "state": {"gate": "AND", "weights": [0.5, 0.5, -0.7]}}]}

Qt-free: the window (``nnviz.ui.lessons``) translates the problems and applies the states.
"""

from __future__ import annotations

import importlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FORMAT_KEY = "nnviz_lesson"
VERSION = 1
SUFFIX = ".nnviz"
MAX_BYTES = 1_000_000  # a lesson is text a teacher writes: far below this
MAX_STEPS = 200
MAX_TEXT = 4000  # characters of a title or note in one language
MAX_PROBLEMS = 50  # reported in full; more are counted
LANGUAGE_KEYS = ("en", "zh_CN", "ja")  # nnviz.languages.LANGUAGES
TOP_KEYS = {FORMAT_KEY, "title", "steps"}
STEP_KEYS = {"tab", "title", "note", "state"}

# What each problem says, in English (str(), the command line, the log). The window shows the
# same sentences translated (nnviz.ui.lessons.problem_text): keep the two tables in step.
MESSAGES = {
    "unreadable": "the file cannot be read: {0}",
    "too_large": "the file is larger than {0} bytes: not a lesson",
    "not_json": "not a lesson file: the JSON is broken ({0})",
    "not_lesson": "not an nnviz lesson file",
    "future_version": "the lesson was written by a newer nnviz (version {0}; this one reads {1})",
    "no_steps": "the lesson has no steps",
    "too_many_steps": "only the first {0} steps were read",
    "unknown_top_key": "unknown entry “{0}” skipped",
    "bad_title": "the lesson's title was skipped: {0}",
    "bad_step": "step {0} was skipped: {1}",
    "unknown_tab": "step {0} was skipped: there is no tab “{1}”",
    "unknown_step_key": "step {0}: unknown entry “{1}” skipped",
    "bad_step_text": "step {0}: its {1} was skipped: {2}",
    "unknown_key": "step {0} ({1}): unknown setting “{2}” skipped",
    "bad_value": "step {0} ({1}): “{2}” skipped: {3}",
    "missing_model": "step {0} ({1}): the model file {2} is missing; skipped",
    "more_problems": "and {0} more problems",
    # reasons (the last argument of the messages above)
    "not_object": "it is not a JSON object",
    "not_list": "it is not a list",
    "not_text": "it is not text",
    "not_number": "it is not a number",
    "not_integer": "it is not a whole number",
    "not_bool": "it is not true or false",
    "out_of_range": "it must be between {0} and {1}",
    "not_choice": "it must be one of {0}",
    "too_long": "it is longer than {0}",
    "wrong_length": "it must have {0} items",
    "invalid": "{0}",
}


@dataclass(frozen=True)
class Problem:
    """Something a lesson file had that was not used: a message code and its arguments."""

    code: str
    args: tuple = ()

    def __str__(self) -> str:
        args = [str(a) for a in self.args]
        return MESSAGES[self.code].format(*args)


def _render(problem: Problem) -> str:
    return str(problem)


class LessonFileError(Exception):
    """A file that is not a lesson at all (nothing of it can be used)."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class LessonValueError(ValueError):
    """A value a state key cannot take; ``problem`` is the reason (a reason code of MESSAGES)."""

    def __init__(self, code: str, *args):
        self.problem = Problem(code, tuple(args))
        super().__init__(str(self.problem))


# ---- value checkers (a tab's lesson.py builds its SCHEMA from these) --------------------------
Checker = Callable[[object], object]


def _fmt(x) -> str:
    return f"{x:g}" if isinstance(x, float) else str(x)


def number(lo: float, hi: float) -> Checker:
    def check(value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise LessonValueError("not_number")
        value = float(value)
        if not (math.isfinite(value) and lo <= value <= hi):
            raise LessonValueError("out_of_range", _fmt(lo), _fmt(hi))
        return value

    return check


def integer(lo: int, hi: int) -> Checker:
    def check(value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise LessonValueError("not_integer")
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            raise LessonValueError("not_integer")
        value = int(value)
        if not lo <= value <= hi:
            raise LessonValueError("out_of_range", lo, hi)
        return value

    return check


def boolean() -> Checker:
    def check(value):
        if not isinstance(value, bool):
            raise LessonValueError("not_bool")
        return value

    return check


def choice(*options) -> Checker:
    def check(value):
        if not isinstance(value, str) or value not in options:
            raise LessonValueError("not_choice", ", ".join(options))
        return value

    return check


def text(max_len: int = 2000) -> Checker:
    def check(value):
        if not isinstance(value, str):
            raise LessonValueError("not_text")
        if len(value) > max_len:
            raise LessonValueError("too_long", max_len)
        return value

    return check


def list_of(item: Checker, min_len: int = 0, max_len: int = 1000) -> Checker:
    def check(value):
        if not isinstance(value, list):
            raise LessonValueError("not_list")
        if not min_len <= len(value) <= max_len:
            shown = str(min_len) if min_len == max_len else f"{min_len}-{max_len}"
            raise LessonValueError("wrong_length", shown)
        return [item(v) for v in value]

    return check


def mapping(item: Checker, keys: tuple[str, ...], max_len: int = 100) -> Checker:
    """A {key: value} object whose keys are among ``keys`` (any subset)."""

    def check(value):
        if not isinstance(value, dict):
            raise LessonValueError("not_object")
        if len(value) > max_len:
            raise LessonValueError("too_long", max_len)
        out = {}
        for k, v in value.items():
            if k not in keys:
                raise LessonValueError("not_choice", ", ".join(keys))
            out[k] = item(v)
        return out

    return check


def record(schema: dict[str, Checker]) -> Checker:
    """An object of known keys, each optional; an unknown key or a bad value refuses it."""

    def check(value):
        if not isinstance(value, dict):
            raise LessonValueError("not_object")
        out = {}
        for k, v in value.items():
            if k not in schema:
                raise LessonValueError("not_choice", ", ".join(schema))
            out[k] = schema[k](v)
        return out

    return check


BUNDLED_MODEL_NAMES = ("simple", "deep")


class ModelPath:
    """A model file: "simple" / "deep" (the bundled ones) or a path, relative to the lesson."""

    def __call__(self, value):
        if not isinstance(value, str) or not value.strip() or len(value) > 4096:
            raise LessonValueError("not_text")
        return value


def model_path() -> Checker:
    return ModelPath()


# ---- the lesson ---------------------------------------------------------------------------
def pick_text(texts: dict, language: str) -> str:
    """The text in ``language``, else English, else any."""
    if not texts:
        return ""
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


@dataclass
class Step:
    """One slide: a tab in a state, with a title and a note for the class."""

    tab: str
    state: dict = field(default_factory=dict)
    title: dict = field(default_factory=dict)  # language code -> text
    note: dict = field(default_factory=dict)

    def title_in(self, language: str) -> str:
        return pick_text(self.title, language)

    def note_in(self, language: str) -> str:
        return pick_text(self.note, language)

    def as_json(self) -> dict:
        out: dict = {"tab": self.tab}
        if self.title:
            out["title"] = dict(self.title)
        if self.note:
            out["note"] = dict(self.note)
        out["state"] = self.state
        return out


@dataclass
class Lesson:
    steps: list[Step] = field(default_factory=list)
    title: dict = field(default_factory=dict)
    path: Path | None = None

    def title_in(self, language: str) -> str:
        return pick_text(self.title, language)

    def to_json(self) -> str:
        data: dict = {FORMAT_KEY: VERSION}
        if self.title:
            data["title"] = dict(self.title)
        data["steps"] = [s.as_json() for s in self.steps]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def schema_for(tab_id: str) -> dict[str, Checker] | None:
    """The SCHEMA of nnviz/ui/tabs/<tab_id>/lesson.py (Qt-free), or None for an unknown tab."""
    from nnviz.ui.tabs import TABS

    if tab_id not in {t.tab_id for t in TABS}:
        return None
    try:
        module = importlib.import_module(f"nnviz.ui.tabs.{tab_id}.lesson")
    except ImportError:
        return None
    return module.SCHEMA


def _texts(value, problems: list[Problem], where: Callable[[Problem], Problem]) -> dict:
    """A {"en": ..., "zh_CN": ..., "ja": ...} object (or one string: English)."""
    if isinstance(value, str):
        value = {"en": value}
    try:
        texts = mapping(text(MAX_TEXT), LANGUAGE_KEYS)(value)
    except LessonValueError as error:
        problems.append(where(error.problem))
        return {}
    return texts


def _model_exists(value: str, base: Path | None) -> bool:
    if value in BUNDLED_MODEL_NAMES:
        return True
    path = Path(value).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    try:
        return path.is_file()
    except OSError:
        return False


def resolve_model(value: str, base: Path | None) -> str:
    """A model value as the tab uses it: a bundled name as it is, a path made absolute."""
    if value in BUNDLED_MODEL_NAMES:
        return value
    path = Path(value).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    return str(path)


def check_state(tab_id: str, raw, number: int, base: Path | None = None):
    """(the usable part of a tab's state, problems): unknown keys and bad values dropped."""
    problems: list[Problem] = []
    schema = schema_for(tab_id)
    if schema is None:
        return {}, [Problem("unknown_tab", (number, tab_id))]
    if not isinstance(raw, dict):
        return {}, [Problem("bad_step_text", (number, "state", _render(Problem("not_object"))))]
    state = {}
    for key, value in raw.items():
        checker = schema.get(key)
        if checker is None:
            problems.append(Problem("unknown_key", (number, tab_id, key)))
            continue
        try:
            clean = checker(value)
        except LessonValueError as error:
            problems.append(Problem("bad_value", (number, tab_id, key, error.problem)))
            continue
        except (TypeError, ValueError, OverflowError, RecursionError) as error:
            reason = Problem("invalid", (str(error)[:200],))
            problems.append(Problem("bad_value", (number, tab_id, key, reason)))
            continue
        if isinstance(checker, ModelPath):
            if not _model_exists(clean, base):
                problems.append(Problem("missing_model", (number, tab_id, clean)))
                continue
            clean = resolve_model(clean, base)
        state[key] = clean
    return state, problems


def loads(data: bytes | str, base: Path | None = None) -> tuple[Lesson, list[Problem]]:
    """The lesson in ``data`` and what of it was skipped; LessonFileError if it is no lesson.

    ``base`` is the lesson's folder: relative model paths are read from there.
    """
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if len(data) > MAX_BYTES:
        raise LessonFileError(Problem("too_large", (MAX_BYTES,)))
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise LessonFileError(Problem("not_json", (str(error)[:200],))) from None
    if not isinstance(raw, dict) or FORMAT_KEY not in raw:
        raise LessonFileError(Problem("not_lesson"))
    version = raw[FORMAT_KEY]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise LessonFileError(Problem("not_lesson"))
    problems: list[Problem] = []
    if version > VERSION:
        # A newer file: read what this version knows, and say so.
        problems.append(Problem("future_version", (version, VERSION)))
    for key in raw:
        if key not in TOP_KEYS:
            problems.append(Problem("unknown_top_key", (str(key)[:80],)))
    lesson = Lesson()
    if "title" in raw:
        lesson.title = _texts(raw["title"], problems, lambda p: Problem("bad_title", (p,)))
    steps = raw.get("steps")
    if not isinstance(steps, list) or not steps:
        raise LessonFileError(Problem("no_steps"))
    if len(steps) > MAX_STEPS:
        problems.append(Problem("too_many_steps", (MAX_STEPS,)))
        steps = steps[:MAX_STEPS]
    for number, item in enumerate(steps, start=1):
        step = _read_step(item, number, base, problems)
        if step is not None:
            lesson.steps.append(step)
    if not lesson.steps:
        raise LessonFileError(Problem("no_steps"))
    if len(problems) > MAX_PROBLEMS:
        more = len(problems) - MAX_PROBLEMS
        problems = [*problems[:MAX_PROBLEMS], Problem("more_problems", (more,))]
    return lesson, problems


def _read_step(item, number: int, base: Path | None, problems: list[Problem]) -> Step | None:
    if not isinstance(item, dict):
        problems.append(Problem("bad_step", (number, Problem("not_object"))))
        return None
    tab = item.get("tab")
    if not isinstance(tab, str) or schema_for(tab) is None:
        problems.append(Problem("unknown_tab", (number, str(tab)[:80])))
        return None
    for key in item:
        if key not in STEP_KEYS:
            problems.append(Problem("unknown_step_key", (number, str(key)[:80])))
    step = Step(tab)
    for part in ("title", "note"):
        if part in item:
            texts = _texts(
                item[part], problems, lambda p, n=part: Problem("bad_step_text", (number, n, p))
            )
            setattr(step, part, texts)
    state, found = check_state(tab, item.get("state", {}), number, base)
    problems.extend(found)
    step.state = state
    return step


def read(path: str | Path) -> tuple[Lesson, list[Problem]]:
    """Read a lesson file; LessonFileError (never another exception) if it cannot be one."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as error:
        raise LessonFileError(Problem("unreadable", (error.strerror or str(error),))) from None
    lesson, problems = loads(data, path.resolve().parent)
    lesson.path = path
    return lesson, problems


def _relative_models(lesson: Lesson, folder: Path) -> Lesson:
    """A copy whose model paths inside `folder` are relative to it: the lesson and its models
    can move together (to another computer, say)."""
    steps = []
    for step in lesson.steps:
        state = dict(step.state)
        for key, checker in (schema_for(step.tab) or {}).items():
            value = state.get(key)
            if isinstance(checker, ModelPath) and isinstance(value, str):
                try:
                    state[key] = Path(value).resolve().relative_to(folder.resolve()).as_posix()
                except (ValueError, OSError):
                    pass  # elsewhere: kept as it is
        steps.append(Step(step.tab, state, step.title, step.note))
    return Lesson(steps, lesson.title, lesson.path)


def write(lesson: Lesson, path: str | Path) -> None:
    """Write the lesson as UTF-8 JSON (OSError if it cannot be written)."""
    path = Path(path)
    text_ = _relative_models(lesson, path.parent).to_json()
    path.write_text(text_, encoding="utf-8")


def bundled_lessons() -> list[Path]:
    """resources/lessons/*.nnviz, in their file names' order (01-..., 02-...)."""
    from nnviz.paths import lessons_dir

    folder = lessons_dir()
    return sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []
