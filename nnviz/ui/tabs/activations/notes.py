"""Activations tab: the names of the functions and the short notes on why derivatives matter."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject


class ActivationsNotes(QObject):
    """Translated names and explanations, one place for the tab's prose."""

    def function_names(self) -> dict[str, str]:
        return {
            "step": self.tr("Step function"),
            "sigmoid": self.tr("Sigmoid function"),
            "tanh": self.tr("tanh function"),
            "relu": self.tr("ReLU function"),
            "leaky_relu": self.tr("Leaky ReLU function"),
            "identity": self.tr("Identity function"),
        }

    def explanations(self) -> dict[str, str]:
        return {
            "step": self.tr(
                "The step function's derivative is 0 everywhere except at x = 0, where it does "
                "not exist. A network built from it gets no gradient at all, so gradient descent "
                "cannot move its weights: this is why neural networks use smooth activation "
                "functions (Chapter 4.2.5)."
            ),
            "sigmoid": self.tr(
                "Sigmoid is smooth, so it has a useful derivative everywhere, but never more than "
                "0.25. Where it saturates (the shaded regions) the derivative is almost 0, and "
                "multiplied through several layers the gradient vanishes: the vanishing gradient "
                "problem (Chapter 6.2)."
            ),
            "tanh": self.tr(
                "tanh is a sigmoid stretched to (−1, 1) and centred on 0: its derivative reaches 1 "
                "at x = 0, but it saturates like sigmoid for large |x| (shaded), so gradients can "
                "still vanish."
            ),
            "relu": self.tr(
                "ReLU's derivative is 1 for every positive input, so gradients pass back unchanged "
                "and do not vanish (Chapter 3.2.7). For x < 0 it is 0, and at x = 0 there is a "
                "corner with no derivative; backpropagation simply uses 0 there."
            ),
            "leaky_relu": self.tr(
                "Leaky ReLU keeps a small slope α for x < 0, so a negative input still passes some "
                "gradient back instead of none. Like ReLU it has a corner at x = 0."
            ),
            "identity": self.tr(
                "The identity function (the output layer of a regression, Chapter 3.5) has "
                "derivative 1 everywhere. Hidden layers need a non-linear function: stacked "
                "linear layers are still one linear function (Chapter 3.2.6)."
            ),
        }

    def note_html(self, name: str) -> str:
        """The note beside the plots for the function `name`, as rich text."""
        heading = self.tr("Why the derivative matters for learning")
        why = self.tr(
            "Learning moves each weight against the gradient (W ← W − lr·∂L/∂W), and "
            "backpropagation multiplies the local derivatives of every layer on the way "
            "back. Where f′(x) is 0, nothing is learned."
        )
        numerical = self.tr(
            "<b>Numerical differentiation.</b> The forward difference's truncation error shrinks "
            "like h, the central difference's like h². Below about h = 1e-8 rounding takes over "
            "(float64 keeps about 16 digits), which is why the book uses h = 1e-4."
        )
        # Plain sentences contain "x < 0": escape them before they go into rich text.
        texts = (heading, why, self.function_names()[name], self.explanations()[name])
        heading, why, title, about = (html.escape(t) for t in texts)
        named = self.tr("<b>{0}.</b> {1}").format(title, about)
        return f"<p><b>{heading}</b></p><p>{why}</p><p>{named}</p><p>{numerical}</p>"
