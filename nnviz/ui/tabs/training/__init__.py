"""Training tab (chapters 5–8): build an MLP or a ConvNet and train it on MNIST live.

tab.py is the widget; spec.py (what to build) and session.py (a run the worker drives) are Qt-free;
builder, panels and views are its controls and pictures.
"""
