"""Learning tab (chapter 4): loss functions, a network's numerical gradient, mini-batches, and the
race of the numerical gradient against backpropagation.

tab.py is the widget (one page per topic: loss_page, network_page, batch_page, race_page);
state.py, batches.py and race.py are Qt-free and run everything on the engine's own functions.
"""
