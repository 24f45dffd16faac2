"""The engine is pure NumPy: importing it loads no Qt, no pyqtgraph, no torch."""

import subprocess
import sys

from nnviz import paths

CHECK = (
    "import sys, nnviz.engine, nnviz.commands.train; "
    "bad = sorted(m for m in sys.modules "
    "if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'torch')); "
    "print(','.join(bad))"
)


def test_importing_the_engine_loads_no_gui_or_torch_module():
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        capture_output=True,
        text=True,
        cwd=paths.REPO_ROOT,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == ""


def test_the_engine_exports_the_contract_names():
    import nnviz.engine as engine

    names = """step_function sigmoid tanh relu leaky_relu identity_function softmax
    mean_squared_error cross_entropy_error step_grad sigmoid_grad tanh_grad relu_grad
    leaky_relu_grad identity_grad ACTIVATIONS AND NAND OR XOR BOOK_WEIGHTS GATE_TARGETS
    GATE_INPUTS perceptron_output perceptron_learning numerical_diff numerical_gradient
    gradient_descent gradient_descent_path tangent_line MulLayer AddLayer Relu Sigmoid Tanh
    Affine SoftmaxWithLoss Dropout BatchNormalization SGD Momentum Nesterov AdaGrad RMSprop
    Adam OPTIMIZERS TwoLayerNet MultiLayerNet MultiLayerNetExtend register_net NETS build_net
    Trainer StepEvent EpochEvent DivergenceError load_mnist MnistError download_mnist
    save_model load_model ModelFileError""".split()
    missing = [n for n in names if not hasattr(engine, n)]
    assert missing == []
    assert set(names) <= set(engine.__all__)
