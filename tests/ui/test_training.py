"""The Training tab as a student uses it: build a small MLP, train it on MNIST, watch it learn."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtTest import QTest

from nnviz.engine import build_net
from nnviz.ui.tabs.training.session import summarize_net
from nnviz.ui.tabs.training.spec import NetSpec, summarize

# ---- the builder's summary against the engine (Qt-free) -------------------------------------


@pytest.mark.parametrize(
    "spec",
    [
        NetSpec(hidden=[50, 30, 20], use_batchnorm=True, dropout_ratio=0.3),
        NetSpec(hidden=[]),
        NetSpec(kind="simple_convnet"),
        NetSpec(kind="simple_convnet", filter_num=8, filter_size=3, stride=2, pad=1),
        NetSpec(kind="simple_convnet", filter_size=6, stride=3),  # 23/3: rounded down
        NetSpec(kind="deep_convnet"),
    ],
    ids=["mlp-bn-dropout", "softmax-regression", "simple", "simple-stride2", "odd", "deep"],
)
def test_summary_shapes_and_parameter_counts_match_the_engine_net(spec):
    summary = summarize(spec)
    assert not summary.problems
    net = build_net(spec.engine_spec())
    assert summary.total_params == sum(p.size for p in net.params.values())
    engine_rows = summarize_net(net)
    assert [r.shape for r in summary.rows] == [r.shape for r in engine_rows]
    assert [r.params for r in summary.rows] == [r.params for r in engine_rows]


def test_impossible_networks_are_problems_not_crashes():
    codes = {p.code for p in summarize(NetSpec(hidden=[100, 0])).problems}
    assert codes == {"zero_units"}
    big = summarize(NetSpec(kind="simple_convnet", filter_size=31, pad=1)).problems
    assert [(p.field, p.code) for p in big] == [("filter_size", "filter_too_big")]
    tiny = summarize(NetSpec(kind="simple_convnet", filter_size=28)).problems
    assert [p.code for p in tiny] == ["nothing_to_pool"]


def test_the_interruptible_loop_yields_what_the_engine_trainer_yields():
    from nnviz.engine import Trainer
    from nnviz.ui.tabs.training.session import interruptible_steps

    rng = np.random.default_rng(1)
    x, t = rng.random((120, 784), dtype=np.float32), rng.integers(0, 10, 120)

    def trainer():
        net = build_net(NetSpec(hidden=[8]).engine_spec(), rng=np.random.default_rng(0))
        return Trainer(
            net,
            x[:100],
            t[:100],
            x[100:],
            t[100:],
            epochs=3,
            mini_batch_size=25,
            optimizer="SGD",
            optimizer_param={"lr": 0.1},
            rng=np.random.default_rng(2),
            evaluate_sample_num_per_epoch=50,
            evaluate_at_start=True,
        )

    book = list(trainer().steps())
    ours = [e for e in interruptible_steps(trainer(), chunk=7) if e is not None]
    assert ours == book  # same steps, losses and accuracies, in the same order
    assert sum(e is None for e in interruptible_steps(trainer(), chunk=7)) > len(book)


# ---- the tab ----------------------------------------------------------------------------------


@pytest.fixture
def tab(window):
    window.show_tab("training")
    page = window.page("training")
    yield page
    page.shutdown()


def set_spin(qtbot, box, value):
    """Type a value into a spin box like a user: select all, type, Enter."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == pytest.approx(value)


def small_mlp(qtbot, tab, epochs=3, train_size=500, lr=None, batch=50):
    """One hidden layer of 20 units, built through the widgets."""
    builder = tab.builder
    qtbot.mouseClick(builder.hidden.remove_buttons()[1], Qt.MouseButton.LeftButton)
    assert builder.hidden.sizes() == [100]
    set_spin(qtbot, builder.hidden.spin_boxes()[0], 20)
    set_spin(qtbot, builder.train_size, train_size)
    set_spin(qtbot, builder.batch_size, batch)
    set_spin(qtbot, builder.epochs, epochs)
    if lr is not None:
        set_spin(qtbot, builder.lr, lr)
    assert tab.start_button.isEnabled()


def start(qtbot, tab):
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.is_training()


def loss_points(tab):
    x, _ = tab.loss_view.raw_curve.getData()
    return 0 if x is None else len(x)


def test_a_small_mlp_trains_and_every_view_fills(qtbot, tab):
    small_mlp(qtbot, tab, epochs=3)
    assert tab.builder.summary.item(1, 2).text() == "15,700"  # 784·20 + 20
    start(qtbot, tab)
    assert not tab.builder.net_box.isEnabled()  # the network on screen is the one training
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=20_000)

    x, y = tab.loss_view.raw_curve.getData()
    assert list(x) == list(range(1, 31))  # 3 epochs × 500/50 iterations, one point each
    assert np.all(np.isfinite(y)) and y[-1] < y[0]
    _, smooth = tab.loss_view.smooth_curve.getData()
    assert len(smooth) == 30
    epochs, test_acc = tab.accuracy_view.test_curve.getData()
    assert list(epochs) == [0, 1, 2, 3]  # before training, then after every epoch
    assert test_acc[-1] > 0.6 > test_acc[0]
    assert tab.weights_view.picture.iteration > 0
    assert tab.weights_view.shown_image().shape == (4 * 29 - 1, 5 * 29 - 1)  # 20 tiles: 4 rows of 5

    total = sum(int(tab.confusion_view.item(r, c).text()) for r in range(10) for c in range(10))
    assert total == 10_000
    assert "test images recognised" in tab.status.text()
    assert tab.progress.value() == tab.progress.maximum()
    assert tab.current_model() is not None
    assert tab.builder.net_box.isEnabled() and tab.start_button.isEnabled()

    gallery = tab.mistakes_view.gallery
    assert gallery.count() > 0
    tab.results.setCurrentIndex(3)
    rect = gallery.visualItemRect(gallery.item(1))
    qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ev = tab.mistakes_view.evaluation
    probs = tab.mistakes_view.probs.probs
    assert np.allclose(probs, ev.wrong_probs[1])
    assert int(np.argmax(probs)) == int(ev.wrong_pred[1]) != int(ev.wrong_true[1])
    assert f"#{int(ev.wrong_index[1])}" in tab.mistakes_view.caption.text()


def test_pause_stops_new_points_and_resume_continues(qtbot, tab):
    small_mlp(qtbot, tab, epochs=1000, train_size=10_000)  # outlasts the pause on a fast machine
    start(qtbot, tab)
    qtbot.waitUntil(lambda: loss_points(tab) > 5, timeout=10_000)
    with qtbot.waitSignal(tab._worker.paused, timeout=2000):
        qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert tab.pause_button.text() == "Resume"
    assert "Paused at iteration" in tab.status.text()
    count = loss_points(tab)
    qtbot.wait(400)
    assert loss_points(tab) == count
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: loss_points(tab) > count + 5, timeout=5000)
    assert tab.pause_button.text() == "Pause"


def test_stop_ends_within_a_second_and_keeps_the_network_trained_so_far(qtbot, tab):
    small_mlp(qtbot, tab, epochs=200, train_size=500)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: loss_points(tab) > 5, timeout=10_000)
    timer = QElapsedTimer()
    timer.start()
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    assert not tab.is_training()
    assert timer.elapsed() < 1000
    count = loss_points(tab)
    assert tab.current_model() is not None
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)  # then it is tested
    assert loss_points(tab) == count
    assert "Stopped at iteration" in tab.status.text()
    assert tab.confusion_view.matrix.sum() == 10_000


def test_sgd_with_learning_rate_10_stops_with_a_message_not_nan_curves(qtbot, tab):
    small_mlp(qtbot, tab, epochs=5, lr=10)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)
    assert tab.banner.isVisible()
    assert "Training diverged at iteration" in tab.banner.text()
    assert "learning rate 10 is too large" in tab.banner.text()
    _, y = tab.loss_view.raw_curve.getData()
    assert y is None or np.all(np.isfinite(y))
    assert tab.current_model() is None


def test_closing_the_window_mid_run_stops_the_worker_cleanly(qtbot, tab, window):
    small_mlp(qtbot, tab, epochs=200, train_size=500)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: loss_points(tab) > 5, timeout=10_000)
    worker = tab._worker
    window.close()
    assert worker.is_finished()
    assert not tab.is_busy()
    qtbot.wait(50)
    assert not tab.is_busy()  # no evaluation was started on the way out


def test_invalid_settings_disable_start_with_a_visible_reason(qtbot, tab):
    builder = tab.builder
    set_spin(qtbot, builder.hidden.spin_boxes()[1], 0)
    assert not tab.start_button.isEnabled()
    assert tab.reason.isVisible()
    assert "Hidden layer 2 needs at least 1 unit" in tab.reason.text()
    assert builder.hidden.error_labels()[1].isVisible()
    set_spin(qtbot, builder.hidden.spin_boxes()[1], 50)
    assert tab.start_button.isEnabled() and not tab.reason.isVisible()

    set_spin(qtbot, builder.train_size, 300)
    set_spin(qtbot, builder.batch_size, 500)
    assert not tab.start_button.isEnabled()
    assert "larger than the training set (300 images)" in tab.reason.text()
    set_spin(qtbot, builder.batch_size, 100)

    builder.kind.setCurrentIndex(builder.kind.findData("simple_convnet"))
    set_spin(qtbot, builder.filter_size, 31)
    assert not tab.start_button.isEnabled()
    assert builder._errors["filter_size"].isVisible()
    assert "larger than its 28×28 input" in builder._errors["filter_size"].text()
    set_spin(qtbot, builder.pad, 2)  # 28 + 2·2 = 32 ≥ 31: fits again
    assert tab.start_button.isEnabled()
    assert tab.builder.summary.item(1, 1).text() == "30×2×2"


def test_the_trained_network_goes_to_the_drawing_pad_at_one_click(qtbot, tab, window):
    if "draw" not in window.pages:
        assert not tab.draw_button.isVisible()
        return
    assert tab.draw_button.isVisible() and not tab.draw_button.isEnabled()
    small_mlp(qtbot, tab, epochs=1)
    received = []
    tab.model_ready.connect(lambda net, name: received.append((net, name)))
    start(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)
    assert received and received[0][1].startswith("MLP 784-20-10")
    assert received[0][0] is not tab.current_model()  # a copy: nobody shares the tab's net
    qtbot.mouseClick(tab.draw_button, Qt.MouseButton.LeftButton)
    draw = window.page("draw")
    assert window.current_page() is draw
    net = draw.state.net  # the pad's model (the pad saves none: current_model() is None)
    assert draw.state.model_name == received[0][1]
    assert net is not None and net is not tab.current_model()
    assert np.array_equal(net.params["W1"], tab.current_model().params["W1"])


def test_loading_a_model_mid_run_stops_training_shows_its_layers_and_tests_it(
    qtbot, tab, window, tmp_path
):
    from nnviz.engine import save_model

    net = build_net(NetSpec(hidden=[30], activation="tanh").engine_spec())
    path = tmp_path / "model.npz"
    save_model(net, path)
    small_mlp(qtbot, tab, epochs=200, train_size=500)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: loss_points(tab) > 5, timeout=10_000)
    training_worker = tab._worker
    assert window.open_model(str(path))
    assert training_worker.is_finished()
    assert loss_points(tab) == 0  # the views now belong to the loaded model
    assert tab.builder.hidden.sizes() == [30]
    assert tab.builder.activation.currentData() == "tanh"
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)
    assert tab.confusion_view.matrix.sum() == 10_000
    assert "model.npz" in tab.status.text()
    assert tab.current_model() is not None


def test_switching_to_chinese_translates_the_tab(qtbot, tab, window):
    window.set_language("zh_CN")
    try:
        assert tab.start_button.text() == "开始训练"
        assert tab.builder.train_box.title() == "训练（第 6 章）"
        assert window.tabs.tabText(window.tabs.indexOf(tab)) == "训练"
        set_spin(qtbot, tab.builder.epochs, 0)
        assert "至少训练 1 个 epoch" in tab.reason.text()
    finally:
        window.set_language("en")
    assert tab.start_button.text() == "Start"


def test_the_it_per_second_estimate_and_time_left_are_shown(qtbot, tab):
    # The estimate waits for 6 s of steps: the run must outlast that on a fast, quiet machine.
    small_mlp(qtbot, tab, epochs=1000, train_size=10_000)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: "iterations/s" in tab.status.text(), timeout=60_000)
    text = tab.status.text()
    rate = float(text.split("·")[1].split()[0])
    assert rate > 0 and math.isfinite(rate)
    assert "left" in text
    QTest.qWait(10)


def test_the_spec_and_session_modules_never_import_qt():
    import subprocess
    import sys

    code = (
        "import sys; import nnviz.ui.tabs.training.spec, nnviz.ui.tabs.training.session; "
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(("name", "kind"), [("simple", "SimpleConvNet"), ("deep", "DeepConvNet")])
def test_evaluate_a_bundled_model_shows_fig_8_3_without_training_and_the_gui_stays_live(
    qtbot, tab, name, kind
):
    from PySide6.QtCore import QTimer

    from nnviz.engine import read_metadata
    from nnviz.paths import bundled_model_path

    assert tab.evaluate_button.isEnabled() and tab.evaluate_button.menu() is tab.evaluate_menu
    import time

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))  # in the GUI thread
    timer.start(10)
    tab.evaluate_actions[name].trigger()
    assert tab.is_busy()  # the worker evaluates; the GUI goes on
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=180_000)
    timer.stop()
    gaps = np.diff(ticks)
    print(f"{len(ticks)} ticks, worst gap {gaps.max() if len(gaps) else 0:.3f} s")
    assert len(ticks) >= 2 and gaps.max() < 1.0  # never frozen for a second
    ev = tab.mistakes_view.evaluation
    assert ev.total == 10_000
    assert f"{kind} (bundled)" in tab.status.text()
    assert f"{ev.accuracy:.2%}" in tab.status.text()
    saved = read_metadata(bundled_model_path(name))["metadata"]
    assert ev.accuracy == pytest.approx(saved["test_acc"], abs=1e-4)  # what training measured
    assert tab.results.currentWidget() is tab.mistakes_view
    assert tab.mistakes_view.gallery.count() > 0
    assert tab.confusion_view.matrix.sum() == 10_000
    assert tab.start_button.isEnabled()
