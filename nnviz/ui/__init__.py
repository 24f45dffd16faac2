"""The Qt side of nnviz: the main window, one module per tab, shared widgets."""
