"""Draw tab (chapters 7–8): write a digit and watch the network read it.

tab.py is the widget; state.py is Qt-free; pad.py is the canvas and views.py the pictures.
"""
