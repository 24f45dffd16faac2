"""Typed expressions: parsed with ast (never evaluated), built into graphs with a right backward."""

from __future__ import annotations

import builtins

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from nnviz.engine.expression import (
    MAX_LENGTH,
    PRESETS,
    ExpressionError,
    build_graph,
    parse,
)
from nnviz.engine.graph import BACKWARD, FORWARD


def check_gradients(graph, names, tolerance=1e-6):
    for name, (backprop, numerical, diff) in graph.gradient_check(names).items():
        scale = 1 + abs(float(numerical))
        assert diff <= tolerance * scale, (name, backprop, numerical)


@pytest.mark.parametrize("key", list(PRESETS))
def test_every_preset_backward_equals_the_numerical_gradient(key):
    text, values = PRESETS[key]
    graph = build_graph(text, values)
    check_gradients(graph, parse(text).variables)


def test_the_books_chain_rule_example():
    # Ch5.2: z = (x + y)², ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1 = 2(x + y).
    graph = build_graph("z = (x + y)**2", {"x": 1.0, "y": 2.0})
    assert graph.output.name == "z"
    assert graph.output.value == pytest.approx(9.0)
    assert graph.edges["x"].grad == pytest.approx(6.0)
    assert graph.edges["y"].grad == pytest.approx(6.0)
    assert [n.op.kind for n in graph.nodes] == ["add", "power"]
    # Stepped as the book's graphs: forward node by node, then backward in reverse.
    assert [(s.direction, s.node.op.kind) for s in graph.steps] == [
        (FORWARD, "add"),
        (FORWARD, "power"),
        (BACKWARD, "power"),
        (BACKWARD, "add"),
    ]


def test_figure_5_19_sigmoid_equals_the_sigmoid_node():
    expanded = build_graph(*PRESETS["sigmoid_expanded"])
    node = build_graph("y = sigmoid(x)", {"x": 1.0})
    assert expanded.output.value == pytest.approx(node.output.value)
    assert expanded.edges["x"].grad == pytest.approx(node.edges["x"].grad)
    assert [n.op.kind for n in expanded.nodes] == ["mul", "exp", "add", "div"]


def test_a_variable_used_twice_gets_both_gradients():
    graph = build_graph("z = x * x + y", {"x": 3.0, "y": 1.0})
    assert graph.edges["x"].grad == pytest.approx(6.0)
    # Its gradient is shown once complete: after the first reader's backward step.
    mul = graph.nodes[0]
    assert graph.edges["x"].dst is mul
    shown_at = (
        graph.steps.index(next(s for s in graph.steps if s.node is mul and s.direction == BACKWARD))
        + 1
    )
    assert graph.grad_shown(graph.edges["x"], shown_at)
    assert not graph.grad_shown(graph.edges["x"], shown_at - 1)


def test_every_operation_has_its_local_derivative():
    text = "f = log(a) + tanh(b) - relu(c) / exp(d) + a**3 + sigmoid(-b) + (c - d)**-2"
    values = {"a": 1.5, "b": 0.3, "c": 0.7, "d": -0.4}
    check_gradients(build_graph(text, values), list(values))


def test_numbers_are_constants_without_gradient_or_edits():
    graph = build_graph("y = 2 * x + 1", {"x": 4.0})
    constants = [e for e in graph.inputs() if e.name not in ("x",)]
    assert len(constants) == 2
    assert all(not e.editable and not e.requires_grad for e in constants)
    assert graph.edges["x"].editable
    assert graph.output.value == pytest.approx(9.0)


def test_layout_runs_left_to_right():
    graph = build_graph("f = 1 / (1 + exp(-(w*x + b)))", {"w": 0.8, "x": 1.0, "b": 0.2})
    for node in graph.nodes:
        for edge in node.inputs:
            left = edge.start[0] if edge.is_input else edge.src.pos[0]
            assert left < node.pos[0]
    assert graph.output.end[0] > graph.output.src.pos[0]
    starts = [(e.start, e.name) for e in graph.inputs()]
    assert len({s for s, _ in starts}) == len(starts)  # no two inputs start at one point


def test_missing_variables_start_at_one_and_values_can_change():
    graph = build_graph("z = a * b", {"a": 2.0})
    assert graph.output.value == pytest.approx(2.0)
    graph.set_input("b", 5.0)
    assert graph.output.value == pytest.approx(10.0)
    assert graph.edges["a"].grad == pytest.approx(5.0)


def test_output_name_defaults_and_variables_in_order():
    expression = parse("  y*x + y ")
    assert expression.output == "out"
    assert expression.variables == ["y", "x"]


MALICIOUS = [
    "__import__('os')",
    "__import__('os').system('echo hacked')",
    "x.__class__",
    "x.real",
    "(lambda: 1)()",
    "lambda x: x",
    "open('/etc/passwd')",
    "[x for x in y]",
    "x[0]",
    "'text'",
    "x if y else z",
    "x < y",
    "f(x)",
    "exp(x=1)",
    "exp(*x)",
    "exp",
    "x ** y",
    "x @ y",
    "x // y",
    "not x",
    "(x := 3)",
    "1j * x",
    "True + x",
    "__builtins__",
    "z = ",
    "x +",
    "a b",
    "2 = x",
    "z = z + 1",
]


@pytest.mark.parametrize("text", MALICIOUS)
def test_malicious_or_malformed_input_is_refused_with_a_message(text, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("evaluated")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    with pytest.raises(ExpressionError) as error:
        build_graph(text)
    assert str(error.value)  # a message to show


def test_the_message_points_at_the_offending_part():
    with pytest.raises(ExpressionError) as error:
        parse("z = x + __import__('os')")
    assert error.value.column == 9
    assert "__import__" in error.value.part
    with pytest.raises(ExpressionError) as error:
        parse("z = x + y.real")
    assert error.value.column == 9
    assert error.value.part == "y.real"


def test_deep_nesting_and_huge_strings_are_refused_before_parsing(monkeypatch):
    import ast

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed")

    monkeypatch.setattr(ast, "parse", no_parse)
    with pytest.raises(ExpressionError, match="too long"):
        parse("x" * 1_000_000)
    with pytest.raises(ExpressionError, match="too long"):
        parse("(" * 10_000 + "x" + ")" * 10_000)
    with pytest.raises(ExpressionError, match="nested"):
        parse("(" * 200 + "x" + ")" * 200)
    assert MAX_LENGTH <= 1000


def test_many_parts_are_refused():
    with pytest.raises(ExpressionError, match="too many"):
        parse("+".join(["x"] * 240))


# ---- Hypothesis: random well-formed expressions differentiate correctly ----------------------
NAMES = ("x", "y", "w")
leaf = st.one_of(st.sampled_from(NAMES), st.sampled_from(["0.5", "2", "3", "1.5"]))


def _extend(children):
    binary = st.tuples(children, st.sampled_from(["+", "-", "*", "/"]), children).map(
        lambda t: f"({t[0]} {t[1]} {t[2]})"
    )
    call = st.tuples(st.sampled_from(["exp", "log", "sigmoid", "relu", "tanh"]), children).map(
        lambda t: f"{t[0]}({t[1]})"
    )
    power = st.tuples(children, st.sampled_from(["2", "3", "-1", "0.5"])).map(
        lambda t: f"({t[0]})**{t[1]}"
    )
    negative = children.map(lambda c: f"-{c}")
    return st.one_of(binary, call, power, negative)


expressions = st.recursive(leaf, _extend, max_leaves=8)
values = st.floats(-2.0, 2.0, allow_nan=False).filter(lambda v: abs(v) > 0.05)


@given(expressions, values, values, values)
def test_random_expressions_backward_equals_the_numerical_gradient(text, x, y, w):
    inputs = {"x": x, "y": y, "w": w}
    with np.errstate(all="ignore"):
        graph = build_graph("f = " + text, inputs)
        names = [n for n in NAMES if n in graph.edges]
        finite = all(np.isfinite(e.value) for e in graph.edges.values())
        assume(finite and abs(graph.output.value) < 1e3)
        assume(all(abs(graph.edges[n].grad) < 1e3 for n in names))
        # A kink (relu at 0) or a pole nearby breaks the numerical derivative, not backprop.
        for node in graph.nodes:
            if node.op.kind in ("relu", "div", "log", "power"):
                arg = node.inputs[-1].value if node.op.kind == "div" else node.inputs[0].value
                assume(abs(arg) > 1e-2)
        checked = graph.gradient_check(names)
    for name, (backprop, numerical, diff) in checked.items():
        assert diff <= 1e-4 * (1 + abs(numerical)), (text, name, backprop, numerical)
