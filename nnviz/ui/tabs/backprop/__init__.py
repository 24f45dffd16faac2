"""Backprop tab (chapter 5): a computational graph stepped node by node, forward then backward.

tab.py is the widget; view.py draws the graph, text.py writes the numbers and local rules,
panels.py holds the matrix and gradient-check panels.
"""
