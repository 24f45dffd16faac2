"""Ch2 perceptrons: the gates' truth tables and the learning rule."""

import pytest

from nnviz.engine.perceptron import (
    AND,
    GATE_INPUTS,
    GATE_TARGETS,
    NAND,
    OR,
    XOR,
    perceptron_learning,
    perceptron_output,
)

GATES = {"AND": AND, "NAND": NAND, "OR": OR, "XOR": XOR}


@pytest.mark.parametrize("name", ["AND", "NAND", "OR", "XOR"])
def test_each_gate_gives_its_truth_table(name):
    gate = GATES[name]
    assert [gate(x1, x2) for x1, x2 in GATE_INPUTS] == GATE_TARGETS[name]


def test_perceptron_output_uses_w_dot_x_plus_b_greater_than_zero():
    assert perceptron_output(0.5, 0.5, -0.7, 1, 1) == 1
    assert perceptron_output(0.5, 0.5, -0.7, 1, 0) == 0
    # Exactly 0 gives 0 (the book's "<= 0 -> 0").
    assert perceptron_output(0.5, 0.5, -1.0, 1, 1) == 0


@pytest.mark.parametrize("name", ["AND", "NAND", "OR"])
def test_learning_converges_on_linearly_separable_gates(name):
    steps = list(perceptron_learning(name, lr=0.1, max_epochs=100))
    last = steps[-1]
    assert last.converged
    assert last.errors_in_epoch == 0
    learned = [perceptron_output(last.w1, last.w2, last.b, x1, x2) for x1, x2 in GATE_INPUTS]
    assert learned == GATE_TARGETS[name]
    assert sum(s.converged for s in steps) == 1


def test_learning_never_converges_on_xor():
    steps = list(perceptron_learning("XOR", max_epochs=30))
    assert len(steps) == 30 * 4
    assert not any(s.converged for s in steps)
    assert steps[-1].epoch == 30


def test_a_learning_step_applies_rosenblatts_rule():
    # From w = 0, b = 0 the first sample (0, 0) of AND is predicted 0 = target: no change;
    # sample (1, 0) too; (0, 1) too; (1, 1) is predicted 0, target 1: w += 0.1 * x, b += 0.1.
    steps = list(perceptron_learning("AND", lr=0.1, max_epochs=1))
    assert [s.output for s in steps] == [0, 0, 0, 0]
    last = steps[3]
    assert (last.w1, last.w2, last.b) == pytest.approx((0.1, 0.1, 0.1))
    assert last.errors_in_epoch == 1
    assert steps[0].x == (0, 0) and steps[0].target == 0 and steps[0].index == 0


def test_unknown_gate_is_refused():
    with pytest.raises(ValueError, match="gate"):
        list(perceptron_learning("NOR"))


def test_a_point_exactly_on_the_line_outputs_0_whatever_the_float_noise():
    from nnviz.engine.perceptron import perceptron_output

    # 0.1 + 0.2 - 0.3 is 5.6e-17 in floating point, but the weighted sum is exactly 0.
    assert perceptron_output(0.1, 0.2, -0.3, 1, 1) == 0
    assert perceptron_output(0.1, 0.2, -0.3 + 1e-9, 1, 1) == 1
