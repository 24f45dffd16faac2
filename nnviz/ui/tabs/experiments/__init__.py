"""Experiments tab (chapter 6): the book's comparisons, every run of one experiment on one plot.

tab.py is the widget; state.py (Qt-free) holds the chosen experiment, its editable runs and their
results; session.py is what the worker runs; views.py draws the plots.
"""
