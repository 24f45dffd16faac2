"""The Learning tab's part of a lesson file (Qt-free): which of its pages is shown."""

from nnviz.lesson_file import choice

PAGES = ("loss", "batch", "accuracy", "network", "race")  # in the tab's (the book's) order

SCHEMA = {"page": choice(*PAGES)}
