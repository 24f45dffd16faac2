"""Typed expressions (``z = (x + y)**2``) parsed safely into a computational graph (issue 24).

The text is parsed with Python's ``ast`` module and only read, never evaluated, compiled or
executed: numbers, named variables, + − × ÷, unary minus, ``**`` with a number as exponent, and
``exp``, ``log``, ``sigmoid``, ``relu``, ``tanh`` of one argument. Anything else is refused with an
``ExpressionError`` naming the offending part and its column (1-based). Length and nesting are
checked on the raw text before ``ast`` sees it, so 10,000 nested parentheses or a 1 MB string
never reach the parser; the node count is checked before the tree is walked.

``build_graph`` turns a parsed expression into a ``Graph`` of the engine's nodes, laid out left to
right by depth (inputs in column 0, each node one column right of its deepest input).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from nnviz.engine.graph import (
    Add,
    Div,
    Exp,
    Graph,
    Identity,
    Log,
    Mul,
    Neg,
    Power,
    ScalarRelu,
    SigmoidNode,
    Sub,
    Tanh,
)

MAX_LENGTH = 500  # characters of the whole text
MAX_DEPTH = 40  # nested parentheses
MAX_NODES = 200  # ast nodes of the right-hand side
MAX_NAME = 12  # characters of a variable's name (it is drawn on an arrow)

# Why an expression is refused: English templates the UI translates (see ExpressionError).
TOO_LONG = "too long: {0} characters, at most {1}"
TOO_DEEP = "more than {0} nested parentheses"
TOO_MANY = "too many parts: at most {0}"
EMPTY = "nothing to compute: type an expression like z = (x + y)**2"
BAD_OUTPUT = "the left of = must be one short name, like z"
OUTPUT_IS_INPUT = "the output cannot also be an input"
SYNTAX = "not a valid expression"
ONLY_NUMBERS = "only numbers are allowed as constants"
NUMBER_RANGE = "numbers must lie between −1,000,000 and 1,000,000"
BAD_NAME = "a variable is a short name (at most {0} letters, not starting with _)"
NEEDS_PARENTHESES = "{0} needs parentheses: {0}(x)"
POWER_NUMBER = "the power must be a number, like x**2"
POWER_RANGE = "the power must lie between −10 and 10"
OPERATORS = "only + − * / and ** are allowed"
UNARY = "only a minus sign may stand before a value"
CALLS = "only exp, log, sigmoid, relu and tanh can be called"
ONE_ARGUMENT = "{0} takes one argument: {0}(x)"
NOT_ALLOWED = "not allowed in an expression"
MESSAGES = (
    TOO_LONG,
    TOO_DEEP,
    TOO_MANY,
    EMPTY,
    BAD_OUTPUT,
    OUTPUT_IS_INPUT,
    SYNTAX,
    ONLY_NUMBERS,
    NUMBER_RANGE,
    BAD_NAME,
    NEEDS_PARENTHESES,
    POWER_NUMBER,
    POWER_RANGE,
    OPERATORS,
    UNARY,
    CALLS,
    ONE_ARGUMENT,
    NOT_ALLOWED,
)

FUNCTIONS = {"exp": Exp, "log": Log, "sigmoid": SigmoidNode, "relu": ScalarRelu, "tanh": Tanh}
BINARY = {ast.Add: Add, ast.Sub: Sub, ast.Mult: Mul, ast.Div: Div}


class ExpressionError(ValueError):
    """A refused expression: a reason, its `column` (1-based; 0: the whole text) and the part.

    `template` is one of MESSAGES and `args` fill it, so the UI can show the reason translated.
    """

    def __init__(self, template: str, *args, column: int = 0, part: str = ""):
        self.template, self.args_, self.column, self.part = template, args, column, part
        self.reason = template.format(*args)
        where = f"column {column}: " if column else ""
        shown = f" ({part!r})" if part else ""
        super().__init__(f"{where}{self.reason}{shown}")


@dataclass
class Expression:
    """A parsed expression: the output's name, the right-hand side's tree and its variables."""

    output: str
    text: str  # the right-hand side as typed
    tree: ast.expr
    variables: list[str]  # in order of first appearance


def _check_raw(text: str) -> None:
    """Refuse by length and nesting depth before any parser sees the text."""
    if len(text) > MAX_LENGTH:
        raise ExpressionError(TOO_LONG, len(text), MAX_LENGTH)
    depth = 0
    for i, char in enumerate(text):
        if char in "([{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ExpressionError(TOO_DEEP, MAX_DEPTH, column=i + 1, part=char)
        elif char in ")]}":
            depth -= 1


def _split_output(text: str) -> tuple[str, str, int]:
    """'z = (x+y)**2' -> ('z', '(x+y)**2', where the right side starts); no '=': 'out'."""
    if "=" not in text:
        return "out", text, 0
    lhs, rhs = text.split("=", 1)
    name = lhs.strip()
    if not name.isidentifier() or not name.isascii() or len(name) > MAX_NAME:
        raise ExpressionError(BAD_OUTPUT, column=1, part=name)
    if name in FUNCTIONS:
        raise ExpressionError(BAD_OUTPUT, column=1, part=name)
    return name, rhs, len(lhs) + 1


def parse(text: str) -> Expression:
    """Parse `text` (``z = expr`` or ``expr``) or raise ExpressionError; never evaluates it."""
    if not isinstance(text, str):
        raise ExpressionError(EMPTY)
    _check_raw(text)
    output, rhs, offset = _split_output(text)
    if not rhs.strip():
        raise ExpressionError(EMPTY)
    stripped = rhs.lstrip()
    offset += len(rhs) - len(stripped)
    try:
        tree = ast.parse(stripped.rstrip(), mode="eval")
    except SyntaxError as error:
        column = offset + (error.offset or 1)
        part = (error.text or "").strip()[:20] if error.text else ""
        raise ExpressionError(SYNTAX, column=column, part=part) from None
    except (ValueError, RecursionError, MemoryError):
        raise ExpressionError(SYNTAX) from None
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        raise ExpressionError(TOO_MANY, MAX_NODES)
    variables: list[str] = []
    _check(tree.body, stripped, offset, variables)
    if output in variables:
        raise ExpressionError(OUTPUT_IS_INPUT, column=1, part=output)
    return Expression(output, stripped.strip(), tree.body, variables)


def _where(node, source: str, offset: int) -> tuple[int, str]:
    column = offset + getattr(node, "col_offset", 0) + 1
    part = ast.get_source_segment(source, node) or ""
    return column, part[:24]


def _refuse(node, source, offset, template, *args):
    column, part = _where(node, source, offset)
    raise ExpressionError(template, *args, column=column, part=part)


def _number(node) -> float | None:
    """The value of a plain number, or of a signed one (-2), else None."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _number(node.operand)
        if inner is None:
            return None
        return -inner if isinstance(node.op, ast.USub) else inner
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return float(node.value)
    return None


def _check(node, source: str, offset: int, variables: list[str]) -> None:
    """Walk the tree, refusing every kind of node but the few an expression may hold."""
    if isinstance(node, ast.Constant):
        if type(node.value) not in (int, float):
            _refuse(node, source, offset, ONLY_NUMBERS)
        if abs(float(node.value)) > 1e6 or float(node.value) != float(node.value):
            _refuse(node, source, offset, NUMBER_RANGE)
    elif isinstance(node, ast.Name):
        if node.id in FUNCTIONS:
            _refuse(node, source, offset, NEEDS_PARENTHESES, node.id)
        if not node.id.isascii() or node.id.startswith("_") or len(node.id) > MAX_NAME:
            _refuse(node, source, offset, BAD_NAME, MAX_NAME)
        if node.id not in variables:
            variables.append(node.id)
    elif isinstance(node, ast.BinOp):
        if isinstance(node.op, ast.Pow):
            exponent = _number(node.right)
            if exponent is None:
                _refuse(node.right, source, offset, POWER_NUMBER)
            if abs(exponent) > 10:
                _refuse(node.right, source, offset, POWER_RANGE)
            _check(node.left, source, offset, variables)
            return
        if type(node.op) not in BINARY:
            _refuse(node, source, offset, OPERATORS)
        _check(node.left, source, offset, variables)
        _check(node.right, source, offset, variables)
    elif isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, (ast.USub, ast.UAdd)):
            _refuse(node, source, offset, UNARY)
        _check(node.operand, source, offset, variables)
    elif isinstance(node, ast.Call):
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name not in FUNCTIONS:
            _refuse(node, source, offset, CALLS)
        if len(node.args) != 1 or node.keywords or isinstance(node.args[0], ast.Starred):
            _refuse(node, source, offset, ONE_ARGUMENT, name)
        _check(node.args[0], source, offset, variables)
    else:
        _refuse(node, source, offset, NOT_ALLOWED)


# ---- building the graph ----------------------------------------------------------------------
class _Builder:
    """Turns the checked tree into graph nodes; positions are (depth column, row)."""

    def __init__(self, graph: Graph, values: dict, variables: list[str]):
        self.graph, self.values, self.variables = graph, values, variables
        self.columns: dict[str, int] = {}  # edge name -> column where its value is ready
        self.rows: dict[int, int] = {}  # column -> next free row
        self.count = {"t": 0, "#": 0}

    def name(self, prefix: str) -> str:
        """t1, t2, ... for inner arrows (never a variable's name); #1, #2, ... for numbers."""
        while True:
            self.count[prefix] += 1
            name = f"{prefix}{self.count[prefix]}"
            if name not in self.variables:
                return name

    def row(self, column: int) -> int:
        row = self.rows.get(column, 0)
        self.rows[column] = row + 1
        return row

    def leaf(self, name, value, *, constant):
        if name in self.graph.edges:
            return self.graph.edges[name]
        edge = self.graph.input(
            name, value, (0, 0), editable=not constant, requires_grad=not constant
        )
        self.columns[name] = 0
        return edge

    def build(self, node, out_name):
        number = _number(node)
        if number is not None and not isinstance(node, ast.Name):
            return self.leaf(self.name("#"), number, constant=True)
        if isinstance(node, ast.Name):
            return self.leaf(node.id, self.values.get(node.id, 1.0), constant=False)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            op, inputs = Power(_number(node.right)), [self.build(node.left, None)]
        elif isinstance(node, ast.BinOp):
            op = BINARY[type(node.op)]()
            inputs = [self.build(node.left, None), self.build(node.right, None)]
        elif isinstance(node, ast.UnaryOp):
            inner = self.build(node.operand, out_name if isinstance(node.op, ast.UAdd) else None)
            if isinstance(node.op, ast.UAdd):
                return inner
            op, inputs = Neg(), [inner]
        else:  # a call of one of FUNCTIONS
            op, inputs = FUNCTIONS[node.func.id](), [self.build(node.args[0], None)]
        column = 1 + max(self.columns[e.name] for e in inputs)
        name = out_name or self.name("t")
        out = self.graph.op(f"{op.kind}_{name}", op, inputs, name, (column, 0))
        self.columns[name] = column
        return out


def build_graph(expression: Expression | str, values: dict | None = None) -> Graph:
    """A computed Graph of the expression; variables missing from `values` start at 1.0."""
    if isinstance(expression, str):
        expression = parse(expression)
    graph = Graph("expression")
    builder = _Builder(graph, dict(values or {}), expression.variables)
    out = builder.build(expression.tree, expression.output)
    if out.is_input:  # z = x: a graph needs one node to step through
        out = graph.op("identity", Identity(), [out], expression.output, (1, 0))
    _layout(graph)
    graph.run()
    return graph


def _layout(graph: Graph) -> None:
    """Left to right: a node one column right of its deepest input, inputs just before a reader.

    The output's chain stays on row 0; a node's computed inputs stack below it in order, then its
    numbers and variables (as fig 5-19 draws its constants under the chain).
    """
    topo = graph.topological_order()
    depth: dict[int, int] = {}
    for node in topo:
        depth[id(node)] = 1 + max(
            (depth[id(e.src)] for e in node.inputs if e.src is not None), default=0
        )
    used: dict[float, float] = {}  # column -> lowest row taken

    def place(column: float, wanted: float) -> float:
        row = max(wanted, used.get(column, -1.0) + 1)
        used[column] = row
        return row

    for node in reversed(topo):  # the output first, on the top row
        reader = node.output.dst
        wanted = 0.0
        if reader is not None:
            computed = [e for e in reader.inputs if e.src is not None]
            wanted = reader.pos[1] + computed.index(node.output)
        column = depth[id(node)]
        node.pos = (float(column), place(column, wanted))
    for edge in graph.inputs():
        reader = edge.dst
        computed = [e for e in reader.inputs if e.src is not None]
        leaves = [e for e in reader.inputs if e.src is None]
        wanted = reader.pos[1] + len(computed) + leaves.index(edge)
        column = reader.pos[0] - 1
        start = column + 0.35 if column > 0 else 0.0
        edge.start = (start, place(start, wanted))
    last = graph.output.src
    graph.set_output_end((last.pos[0] + 1, last.pos[1]))


# The expressions a user can start from: key -> (text, the variables' values).
PRESETS = {
    # Ch5.2.2 the chain rule's example: z = t², t = x + y, so ∂z/∂x = 2t · 1.
    "chain_rule": ("z = (x + y)**2", {"x": 1.0, "y": 2.0}),
    # Ch5.5.2 fig 5-19: the sigmoid as ×(−1), exp, +1 and / nodes.
    "sigmoid_expanded": ("y = 1 / (1 + exp(x * -1))", {"x": 1.0}),
    # A neuron with a sigmoid: y = sigmoid(w·x + b) (the values of the book's sigmoid graphs here).
    "neuron": ("y = sigmoid(w*x + b)", {"w": 0.8, "x": 1.0, "b": 0.2}),
    # Ch4.2.1 the squared error of one output: E = ½ (y − t)².
    "squared_error": ("E = 0.5 * (y - t)**2", {"y": 0.6, "t": 1.0}),
    # micrograd's README graph: L = (a·b + c)·d.
    "micrograd": ("L = (a*b + c) * d", {"a": 2.0, "b": -3.0, "c": 10.0, "d": -2.0}),
}
