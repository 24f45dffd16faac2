"""The lesson file reader (nnviz.lesson_file): what it keeps, what it skips and says, and that no
input, however broken, ends in anything but its own error (Hypothesis), in bounded memory."""

import json
import subprocess
import sys
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz import lesson_file as lf
from nnviz.ui.tabs import TABS

GOOD = {
    "nnviz_lesson": 1,
    "title": {"en": "Perceptrons", "zh_CN": "感知机", "ja": "パーセプトロン"},
    "steps": [
        {
            "tab": "perceptron",
            "title": {"en": "AND", "ja": "ANDゲート"},
            "note": "Drag the line.",
            "state": {"gate": "AND", "weights": [0.5, 0.5, -0.7]},
        },
        {"tab": "gradient", "state": {"mode": "descent", "lr": 10}},
    ],
}


def codes(problems):
    return [p.code for p in problems]


def test_a_good_lesson_is_read_whole_with_nothing_skipped():
    lesson, problems = lf.loads(json.dumps(GOOD))
    assert problems == []
    assert [s.tab for s in lesson.steps] == ["perceptron", "gradient"]
    assert lesson.steps[0].state == {"gate": "AND", "weights": [0.5, 0.5, -0.7]}
    assert lesson.steps[1].state == {"mode": "descent", "lr": 10.0}


def test_text_is_shown_in_the_users_language_falling_back_to_english():
    lesson, _ = lf.loads(json.dumps(GOOD))
    assert lesson.title_in("zh_CN") == "感知机"
    assert lesson.steps[0].title_in("ja") == "ANDゲート"
    assert lesson.steps[0].title_in("zh_CN") == "AND"  # no Chinese: English
    assert lesson.steps[0].note_in("ja") == "Drag the line."  # a plain string is English


def test_a_written_lesson_reads_back_the_same(tmp_path):
    lesson, _ = lf.loads(json.dumps(GOOD))
    path = tmp_path / "l.nnviz"
    lf.write(lesson, path)
    again, problems = lf.read(path)
    assert problems == []
    assert [(s.tab, s.state, s.title, s.note) for s in again.steps] == [
        (s.tab, s.state, s.title, s.note) for s in lesson.steps
    ]
    assert json.loads(path.read_text(encoding="utf-8"))["nnviz_lesson"] == lf.VERSION


def test_every_tab_has_a_lesson_schema():
    for spec in TABS:
        assert lf.schema_for(spec.tab_id), spec.tab_id


def test_the_schemas_import_without_qt():
    code = (
        "import sys, nnviz.lesson_file as lf\n"
        "from nnviz.ui.tabs import TABS\n"
        "[lf.schema_for(t.tab_id) for t in TABS]\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"{not json", "not_json"),
        (b"\xff\xfe\x00", "not_json"),
        (b"[1, 2]", "not_lesson"),
        (b'{"steps": []}', "not_lesson"),
        (b'{"nnviz_lesson": "one", "steps": []}', "not_lesson"),
        (b'{"nnviz_lesson": 1, "steps": []}', "no_steps"),
        (b'{"nnviz_lesson": 1, "steps": [{"tab": "nope"}]}', "no_steps"),
        (b" " * (lf.MAX_BYTES + 1), "too_large"),
    ],
)
def test_a_file_that_is_no_lesson_at_all_is_refused_with_its_reason(data, code):
    with pytest.raises(lf.LessonFileError) as info:
        lf.loads(data)
    assert info.value.problem.code == code
    assert str(info.value)  # an English sentence for the command line


def test_a_missing_file_is_the_readers_own_error(tmp_path):
    with pytest.raises(lf.LessonFileError) as info:
        lf.read(tmp_path / "missing.nnviz")
    assert info.value.problem.code == "unreadable"


def lesson_with(state, tab="perceptron", **top):
    return json.dumps({"nnviz_lesson": 1, "steps": [{"tab": tab, "state": state}], **top})


def test_unknown_keys_and_bad_values_are_skipped_and_named_the_rest_is_kept():
    text = lesson_with(
        {"gate": "AND", "colour": "red", "weights": [9, 0, 0], "lr": "fast", "two_layer": 1}
    )
    lesson, problems = lf.loads(text)
    assert lesson.steps[0].state == {"gate": "AND"}
    messages = [str(p) for p in problems]
    assert "step 1 (perceptron): unknown setting “colour” skipped" in messages
    assert "step 1 (perceptron): “weights” skipped: it must be between -5 and 5" in messages
    assert "step 1 (perceptron): “lr” skipped: it is not a number" in messages
    assert "step 1 (perceptron): “two_layer” skipped: it is not true or false" in messages


def test_an_unknown_tab_skips_its_step_only():
    text = json.dumps(
        {"nnviz_lesson": 1, "steps": [{"tab": "quantum"}, {"tab": "backprop", "state": {}}]}
    )
    lesson, problems = lf.loads(text)
    assert [s.tab for s in lesson.steps] == ["backprop"]
    assert [str(p) for p in problems] == ["step 1 was skipped: there is no tab “quantum”"]


def test_a_future_version_is_read_as_far_as_it_is_understood_and_said():
    lesson, problems = lf.loads(lesson_with({"gate": "OR"}, nnviz_lesson=99))
    assert lesson.steps[0].state == {"gate": "OR"}
    assert codes(problems) == ["future_version"]
    assert "version 99" in str(problems[0])


def test_a_missing_model_file_is_skipped_with_its_path(tmp_path):
    text = lesson_with({"model": "models/mine.npz", "compare": True}, tab="draw")
    lesson, problems = lf.loads(text, base=tmp_path)
    assert lesson.steps[0].state == {"compare": True}
    assert codes(problems) == ["missing_model"]
    assert "models/mine.npz" in str(problems[0])


def test_a_model_path_is_read_relative_to_the_lesson(tmp_path):
    (tmp_path / "mine.npz").write_bytes(b"x")
    lesson, problems = lf.loads(lesson_with({"model": "mine.npz"}, tab="draw"), base=tmp_path)
    assert problems == []
    assert lesson.steps[0].state["model"] == str(tmp_path / "mine.npz")
    lesson, _ = lf.loads(lesson_with({"model": "deep"}, tab="training"), base=tmp_path)
    assert lesson.steps[0].state["model"] == "deep"  # a bundled model by its name


def test_a_model_beside_the_lesson_is_written_relative_to_it(tmp_path):
    (tmp_path / "models").mkdir()
    model = tmp_path / "models" / "mine.npz"
    model.write_bytes(b"x")
    lesson = lf.Lesson([lf.Step("draw", {"model": str(model)}), lf.Step("training", {})])
    lf.write(lesson, tmp_path / "l.nnviz")
    saved = json.loads((tmp_path / "l.nnviz").read_text(encoding="utf-8"))
    assert saved["steps"][0]["state"]["model"] == "models/mine.npz"
    again, problems = lf.read(tmp_path / "l.nnviz")
    assert problems == [] and again.steps[0].state["model"] == str(model)


def test_unknown_entries_and_bad_texts_are_named():
    text = json.dumps(
        {
            "nnviz_lesson": 1,
            "author": "me",
            "title": {"fr": "Leçon"},
            "steps": [{"tab": "learning", "extra": 1, "note": 5, "state": {"page": "race"}}],
        }
    )
    lesson, problems = lf.loads(text)
    assert lesson.steps[0].state == {"page": "race"}
    assert codes(problems) == ["unknown_top_key", "bad_title", "unknown_step_key", "bad_step_text"]


def test_every_problem_code_has_an_english_sentence():
    for code, message in lf.MESSAGES.items():
        assert message, code


# ---- property tests: whatever the input, the reader's own error, in bounded memory ----------
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=6) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=40,
)
TAB_IDS = st.sampled_from([t.tab_id for t in TABS] + ["nope", ""])
KEYS = st.sampled_from(
    sorted({k for t in TABS for k in (lf.schema_for(t.tab_id) or {})}) + ["x", ""]
)


def read_or_refuse(data):
    tracemalloc.start()
    try:
        try:
            lesson, problems = lf.loads(data)
        except lf.LessonFileError as error:
            assert error.problem.code in lf.MESSAGES
            return
        finally:
            _current, peak = tracemalloc.get_traced_memory()
        assert lesson.steps
        for problem in problems:
            assert str(problem)
        assert peak < 64 * 2**20, f"{peak / 2**20:.0f} MB for a {len(data)}-byte file"
    finally:
        tracemalloc.stop()


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_end_in_the_readers_own_error(data):
    read_or_refuse(data)


@given(st.dictionaries(KEYS, JSON, max_size=8), TAB_IDS, JSON)
def test_arbitrary_states_are_read_or_skipped_never_raise(state, tab, title):
    text = json.dumps(
        {"nnviz_lesson": 1, "title": title, "steps": [{"tab": tab, "state": state, "note": title}]}
    )
    read_or_refuse(text.encode())


@given(st.data())
def test_mutated_bundled_lessons_end_in_the_readers_own_error(data):
    paths = lf.bundled_lessons()
    raw = bytearray(data.draw(st.sampled_from(paths)).read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        kind = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        at = data.draw(st.integers(0, max(0, len(raw) - 1)))
        if kind == "flip" and raw:
            raw[at] = data.draw(st.integers(0, 255))
        elif kind == "cut":
            del raw[at : at + data.draw(st.integers(1, 50))]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=20))
    read_or_refuse(bytes(raw))


@given(st.integers(1, 10_000))
def test_deep_nesting_is_refused_not_a_crash(depth):
    read_or_refuse(("[" * depth + "]" * depth).encode())


def test_the_bundled_lessons_are_installed_with_the_package():
    from nnviz import paths

    pyproject = (paths.REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"share/nnviz/resources/lessons" = ["resources/lessons/*.nnviz"]' in pyproject
    assert paths.lessons_dir() == paths.resources_dir() / "lessons"
    assert len(lf.bundled_lessons()) >= 8
