"""Activations tab (chapters 3–4): activation functions beside their derivatives, numerical
differentiation and its error, softmax.

tab.py is the widget; state.py is Qt-free; curves, error, softmax and notes are its panels and
style.py their shared colours.
"""
