"""The Draw tab's part of a lesson file (Qt-free): the model (a path, never weights) and the
digit written on the pad, as strokes."""

from nnviz.lesson_file import boolean, list_of, model_path, number, record

POINT = list_of(number(-0.5, 1.5), 2, 2)  # (x, y) in the pad's 0..1 units
STROKE = record({"width": number(0.005, 0.5), "points": list_of(POINT, 1, 2000)})

SCHEMA = {
    "model": model_path(),  # "simple", "deep" or a model file (relative to the lesson)
    "compare": boolean(),  # the other bundled model's answer beside it
    "strokes": list_of(STROKE, 0, 100),
}
