"""Perceptron tab (chapter 2): drag a gate's decision line; XOR needs two layers.

tab.py is the widget; state.py is the Qt-free state the tests drive; plot, table, learn and xor are
its panels.
"""
