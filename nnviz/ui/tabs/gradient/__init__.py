"""Gradient tab (chapters 4 and 6): the −∇f quiver, gradient descent from a click, the optimizer
race.

tab.py is the widget; model.py is the Qt-free state (function, DescentRun, RaceRun); plot and
panels draw and edit it.
"""
