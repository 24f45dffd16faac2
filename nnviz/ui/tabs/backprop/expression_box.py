"""The box where a student types an expression (issue 24): presets, the text, Enter builds it."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

from nnviz.engine import expression as ex
from nnviz.ui.tabs.backprop.text import BACKWARD_COLOR


class ExpressionBox(QGroupBox):
    """A preset list and a line of text; `submitted` carries the text when Enter or Build is hit."""

    submitted = Signal(str)
    preset_chosen = Signal(str)  # a key of expression.PRESETS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.presets = QComboBox()
        self.presets.addItems([""] * len(ex.PRESETS))
        self.edit = QLineEdit()
        self.edit.setMaxLength(ex.MAX_LENGTH)  # the engine refuses longer text too
        self.build_button = QPushButton()
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.presets, self.edit, self.build_button, self.message, self.help):
            layout.addWidget(widget)
        self.edit.returnPressed.connect(lambda: self.submitted.emit(self.edit.text()))
        self.build_button.clicked.connect(lambda: self.submitted.emit(self.edit.text()))
        self.presets.activated.connect(lambda i: self.preset_chosen.emit(list(ex.PRESETS)[i]))
        self._error: ex.ExpressionError | None = None
        self.retranslate()

    def preset_titles(self) -> dict[str, str]:
        return {
            "chain_rule": self.tr("Chain rule: z = (x + y)² (5.2)"),
            "sigmoid_expanded": self.tr("Sigmoid as ×(−1), exp, +1, / (fig. 5-19)"),
            "neuron": self.tr("A neuron with sigmoid"),
            "squared_error": self.tr("Squared error ½(y − t)² (4.2.1)"),
            "micrograd": self.tr("L = (a·b + c)·d"),
        }

    def messages(self) -> dict[str, str]:
        """The engine's reasons, translated (the same templates, {0} {1} filled in later)."""
        return {
            ex.TOO_LONG: self.tr("too long: {0} characters, at most {1}"),
            ex.TOO_DEEP: self.tr("more than {0} nested parentheses"),
            ex.TOO_MANY: self.tr("too many parts: at most {0}"),
            ex.EMPTY: self.tr("nothing to compute: type an expression like z = (x + y)**2"),
            ex.BAD_OUTPUT: self.tr("the left of = must be one short name, like z"),
            ex.OUTPUT_IS_INPUT: self.tr("the output cannot also be an input"),
            ex.SYNTAX: self.tr("not a valid expression"),
            ex.ONLY_NUMBERS: self.tr("only numbers are allowed as constants"),
            ex.NUMBER_RANGE: self.tr("numbers must lie between −1,000,000 and 1,000,000"),
            ex.BAD_NAME: self.tr(
                "a variable is a short name (at most {0} letters, not starting with _)"
            ),
            ex.NEEDS_PARENTHESES: self.tr("{0} needs parentheses: {0}(x)"),
            ex.POWER_NUMBER: self.tr("the power must be a number, like x**2"),
            ex.POWER_RANGE: self.tr("the power must lie between −10 and 10"),
            ex.OPERATORS: self.tr("only + − * / and ** are allowed"),
            ex.UNARY: self.tr("only a minus sign may stand before a value"),
            ex.CALLS: self.tr("only exp, log, sigmoid, relu and tanh can be called"),
            ex.ONE_ARGUMENT: self.tr("{0} takes one argument: {0}(x)"),
            ex.NOT_ALLOWED: self.tr("not allowed in an expression"),
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your expression"))
        self.presets.setPlaceholderText(self.tr("Start from an example…"))
        for i, title in enumerate(self.preset_titles().values()):
            self.presets.setItemText(i, title)
        self.edit.setPlaceholderText("z = (x + y)**2")
        self.build_button.setText(self.tr("Build the graph (Enter)"))
        self.help.setText(
            self.tr(
                "Numbers, names, + − * /, ** with a number, exp, log, sigmoid, relu, tanh and "
                "parentheses. Set the variables under Inputs."
            )
        )
        self.show_error(self._error)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_expression(self, text: str) -> None:
        """The text built; the preset list names it when it is one of them, else none."""
        self.edit.setText(text)
        texts = [preset_text for preset_text, _ in ex.PRESETS.values()]
        self.presets.setCurrentIndex(texts.index(text) if text in texts else -1)

    def error_text(self, error: ex.ExpressionError) -> str:
        reason = self.messages().get(error.template, error.template).format(*error.args_)
        if error.column:
            where = self.tr("Column {0}").format(error.column)
            part = f" «{error.part}»" if error.part else ""
            return f"{where}{part}: {reason}"
        return reason

    def show_error(self, error: ex.ExpressionError | None) -> None:
        """Red: why the text was refused, and that the graph shown is still the last good one."""
        self._error = error
        if error is None:
            self.message.setText("")
            self.message.hide()
            return
        kept = self.tr("The graph shown is still the last one that worked.")
        self.message.setText(
            f"<span style='color:{BACKWARD_COLOR}'><b>{html.escape(self.error_text(error))}</b>"
            f"<br>{html.escape(kept)}</span>"
        )
        self.message.show()
