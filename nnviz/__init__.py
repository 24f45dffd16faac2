"""nnviz: Deep Learning from Scratch, made visible."""

__version__ = "0.1.0"
