"""Playground tab (ch5-6): a small network of the book's layers learns 2-D points live.

tab.py is the widget; session.py (Qt-free) holds the data, the network and the optimizer and
applies the user's changes at the next step; panels.py and views.py are the side panel and the
pictures.
"""
