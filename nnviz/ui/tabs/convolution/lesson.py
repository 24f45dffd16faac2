"""The Convolution tab's part of a lesson file (Qt-free)."""

from nnviz.lesson_file import choice, integer, number, text
from nnviz.ui.tabs.convolution.state import FILTERS, MAX_FILTER, MAX_PAD, MAX_STRIDE, OPERATIONS

PAGES = ("window", "channels", "im2col", "network")  # the tab's pages, in its order

SCHEMA = {
    "page": choice(*PAGES),
    "operation": choice(*OPERATIONS),
    "input": choice("book", "mnist", "typed"),  # the Draw tab's digit is not a file's to give
    "input_text": text(4000),  # a typed input, rows on lines
    "mnist_index": integer(0, 9999),
    "filter": choice(*FILTERS),
    "filter_text": text(1000),
    "learned_index": integer(0, 127),
    "filter_size": integer(1, MAX_FILTER),
    "pad": integer(0, MAX_PAD),
    "stride": integer(1, MAX_STRIDE),
    "bias": number(-100.0, 100.0),
    "position": integer(0, 1_000_000),  # windows computed so far (clipped to the map's size)
}
