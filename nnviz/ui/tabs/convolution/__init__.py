"""Convolution tab (chapter 7): the sliding window, padding and stride, pooling, im2col, and
every layer of the bundled ConvNet. tab.py is the widget; state.py is Qt-free; views.py draws."""
