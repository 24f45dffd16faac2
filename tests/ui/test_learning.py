"""The Learning tab (chapter 4) as a student uses it: losses, simpleNet's dW, mini-batches, race."""

import functools
import re
import subprocess
import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from nnviz.engine import SimpleNet, cross_entropy_error, mean_squared_error, numerical_gradient
from nnviz.engine.nets import BOOK_SIMPLE_NET_T, BOOK_SIMPLE_NET_W, BOOK_SIMPLE_NET_X
from nnviz.ui.tabs.learning.race import gradient_check_steps, race_steps
from nnviz.ui.tabs.learning.state import BOOK_Y, LossState


@pytest.fixture
def tab(window, qtbot):
    window.show_tab("learning")
    tab = window.page("learning")
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def loss_page(tab, qtbot):
    tab.pages.setCurrentWidget(tab.loss_page)
    qtbot.waitExposed(tab.loss_page.bars)
    return tab.loss_page


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def to_viewport(plot, x, y):
    scene = plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def drag(qtbot, plot, start, end, steps=6):
    """A real left-button drag on the plot's viewport from one data point to another."""
    viewport = plot.viewport()
    a, b = to_viewport(plot, *start), to_viewport(plot, *end)
    QTest.mouseMove(viewport, a)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, steps + 1):
        qtbot.wait(12)
        QTest.mouseMove(viewport, a + (b - a) * i / steps)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


# ---- loss functions (4.2.1–4.2.2) ---------------------------------------------------------------
def test_the_books_example_shows_the_books_two_losses(loss_page):
    assert loss_page.mse_value.text() == "0.0975"
    assert loss_page.cee_value.text() == "0.5108"
    np.testing.assert_allclose(loss_page.bars.bars.opts["height"], BOOK_Y)
    assert loss_page.label_choice.currentText() == "2"


def test_favouring_7_shows_the_books_larger_losses_and_back(loss_page, qtbot):
    click(qtbot, loss_page.seven_button)
    assert loss_page.mse_value.text() == "0.5975"
    assert loss_page.cee_value.text() == "2.3026"
    assert "answer: 7" in loss_page.answer.text()
    x, y = loss_page.log_plot.point.getData()
    assert x[0] == pytest.approx(0.1) and y[0] == pytest.approx(2.3026, abs=1e-4)
    click(qtbot, loss_page.book_button)
    assert (loss_page.mse_value.text(), loss_page.cee_value.text()) == ("0.0975", "0.5108")


def test_dragging_a_bar_sets_it_keeps_the_sum_1_and_recomputes_both_losses(loss_page, qtbot):
    drag(qtbot, loss_page.bars, (2, 0.3), (2, 0.9))
    y = np.array(loss_page.bars.bars.opts["height"])
    assert y[2] == pytest.approx(0.9, abs=0.02)
    assert y.sum() == pytest.approx(1.0)
    # The others kept their proportions: y_0 / y_1 was 0.1 / 0.05.
    assert y[0] / y[1] == pytest.approx(2.0)
    t = np.eye(10)[2]
    assert loss_page.mse_value.text() == f"{mean_squared_error(y, t):.4f}"
    assert loss_page.cee_value.text() == f"{cross_entropy_error(y, t):.4f}"
    assert float(loss_page.cee_value.text()) < 0.5108


def test_dragging_the_correct_bar_to_0_shows_the_delta_cap(loss_page, qtbot):
    drag(qtbot, loss_page.bars, (2, 0.5), (2, -0.5))
    assert loss_page.state.y[2] == 0
    assert loss_page.cee_value.text() == "16.1181"  # −log(1e-7): finite thanks to the delta
    assert "↑" in loss_page.log_plot.point_text.toPlainText()


def test_choosing_another_label_changes_the_cross_entropy_only_through_its_y(loss_page, qtbot):
    loss_page.label_choice.setCurrentIndex(5)  # y_5 = 0.1
    assert loss_page.cee_value.text() == f"{-np.log(0.1 + 1e-7):.4f}"
    green = loss_page.bars.bars.opts["brushes"]
    assert green[5] != green[2]


def test_keys_on_the_bars_select_and_raise_a_bar(loss_page, qtbot):
    loss_page.bars.setFocus()
    QTest.keyClick(loss_page.bars, Qt.Key.Key_Right)  # from bar 2 to bar 3
    assert loss_page.bar_choice.value() == 3
    QTest.keyClick(loss_page.bars, Qt.Key.Key_PageUp)
    assert loss_page.state.y[3] == pytest.approx(0.1)
    assert loss_page.state.y.sum() == pytest.approx(1.0)
    assert loss_page.value_box.value() == pytest.approx(0.1)


def test_loss_state_shares_the_rest_equally_when_the_others_were_all_0():
    state = LossState()
    state.set_probability(4, 1.0)
    assert state.y[4] == 1 and state.y.sum() == pytest.approx(1)
    state.set_probability(4, 0.1)
    np.testing.assert_allclose(np.delete(state.y, 4), 0.1)
    with pytest.raises(ValueError):
        state.set_label(10)


# ---- the gradient of a network (4.4.2) ----------------------------------------------------------
@pytest.fixture
def network_page(tab, qtbot):
    tab.pages.setCurrentWidget(tab.network_page)
    qtbot.waitExposed(tab.network_page.table)
    return tab.network_page


def table_column(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


def as_float(text):
    return float(text.replace("−", "-"))


def test_simple_net_shows_the_books_loss_before_any_nudge(network_page):
    assert network_page.loss_text.text() == "loss = 0.9281"
    assert network_page.table.rowCount() == 0
    assert "0.47355232" in network_page.net_text.text()


def test_nudging_one_weight_shows_its_two_losses_difference_and_entry(network_page, qtbot):
    click(qtbot, network_page.next_button)
    assert network_page.table.rowCount() == 1
    net = SimpleNet(BOOK_SIMPLE_NET_W)
    x, t = BOOK_SIMPLE_NET_X, BOOK_SIMPLE_NET_T
    net.W[0, 0] += 1e-4
    up = net.loss(x, t)
    net.W[0, 0] -= 2e-4
    down = net.loss(x, t)
    row = [network_page.table.item(0, c).text() for c in range(6)]
    assert row[0] == "W[0,0]"
    assert as_float(row[2]) == pytest.approx(up, abs=1e-8)
    assert as_float(row[3]) == pytest.approx(down, abs=1e-8)
    assert as_float(row[4]) == pytest.approx(up - down, rel=1e-3)
    assert row[5] == "0.2192"
    assert "must go <b>down</b>" in network_page.meaning.text()
    x_curve, _ = network_page.loss_curve.getData()
    assert x_curve.min() < BOOK_SIMPLE_NET_W[0, 0] < x_curve.max()
    # The sweep drawn for the plot put the weight back.
    assert network_page.walk.net.W[0, 0] == BOOK_SIMPLE_NET_W[0, 0]


def test_the_dw_shown_equals_numerical_gradient(network_page, qtbot):
    click(qtbot, network_page.all_button)
    assert network_page.table.rowCount() == 6
    assert not network_page.next_button.isEnabled()
    net = SimpleNet(BOOK_SIMPLE_NET_W)
    dW = numerical_gradient(lambda _: net.loss(BOOK_SIMPLE_NET_X, BOOK_SIMPLE_NET_T), net.W)
    shown = np.array([as_float(v) for v in table_column(network_page.table, 5)]).reshape(2, 3)
    np.testing.assert_allclose(shown, dW, atol=5e-5)
    np.testing.assert_array_equal(network_page.walk.dW(), dW)
    assert "−0.5442" in network_page.dW_text.text()
    network_page.table.selectRow(2)  # W[0,2]: negative
    assert "must go <b>up</b>" in network_page.meaning.text()


def test_a_random_w_starts_the_nudges_again_with_its_own_loss(network_page, qtbot):
    click(qtbot, network_page.next_button)
    click(qtbot, network_page.random_button)
    assert network_page.table.rowCount() == 0
    net = network_page.walk.net
    assert (
        network_page.loss_text.text()
        == f"loss = {net.loss(BOOK_SIMPLE_NET_X, BOOK_SIMPLE_NET_T):.4f}"
    )
    click(qtbot, network_page.book_button)
    assert network_page.loss_text.text() == "loss = 0.9281"


# ---- mini-batches (4.2.3–4.2.4) -----------------------------------------------------------------
@pytest.fixture
def batch_page(tab, qtbot):
    tab.pages.setCurrentWidget(tab.batch_page)  # showing the page starts preparing MNIST
    page = tab.batch_page
    qtbot.waitUntil(lambda: page.lab is not None, timeout=120_000)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    return page


def test_a_drawn_batch_shows_its_images_and_its_loss_in_both_forms(batch_page, qtbot):
    lab = batch_page.lab
    batch_page.size_box.setValue(10)
    click(qtbot, batch_page.draw_button)
    batch = batch_page.last_batch
    assert len(batch.indices) == 10 and batch.indices.max() < 60000
    assert "np.random.choice(60000, 10)" in batch_page.batch_code.text()
    expected = cross_entropy_error(lab.y[batch.indices], lab.labels[batch.indices])
    one_hot = np.eye(10)[lab.labels[batch.indices]]
    assert batch_page.labels_value.text() == f"{expected:.4f}"
    assert (
        batch_page.one_hot_value.text()
        == f"{cross_entropy_error(lab.y[batch.indices], one_hot):.4f}"
    )
    assert batch_page.one_hot_value.text() == batch_page.labels_value.text()
    assert batch_page.full_value.text() == f"{cross_entropy_error(lab.y, lab.labels):.4f}"
    first = batch_page.thumbnails[0]
    assert not first.image.pixmap().isNull()
    assert first.caption.text().startswith(f"t={lab.labels[batch.indices[0]]}")
    # The network's outputs are a softmax (rows sum to 1) and better than chance.
    np.testing.assert_allclose(lab.y[:100].sum(axis=1), 1)
    assert lab.full_loss < 1.0
    # A batch of 3 fills three thumbnails and leaves the rest empty.
    batch_page.size_box.setValue(3)
    click(qtbot, batch_page.draw_button)
    assert batch_page.thumbnails[3].caption.text() == ""


def test_the_batch_loss_converges_to_the_full_loss_as_the_batch_grows(batch_page, qtbot):
    batch_page.clear_samples()
    click(qtbot, batch_page.live_button)  # sampled live, a batch of each size per tick
    qtbot.waitUntil(lambda: len(batch_page.samples[1000]) >= 40, timeout=60_000)
    click(qtbot, batch_page.live_button)
    assert not batch_page.live_timer.isActive()
    spread = batch_page.spread_by_size()
    assert spread[1000] < spread[100] < spread[10] < spread[1]
    assert spread[1000] < 0.1
    full = batch_page.lab.full_loss
    assert abs(np.mean(batch_page.samples[1000]) - full) < 0.03
    x, y = batch_page.scatter.getData()
    assert len(y) == sum(len(v) for v in batch_page.samples.values())
    assert batch_page.full_line.value() == pytest.approx(full)


# ---- the race: numerical gradient vs backprop (4.5 vs 5.7) --------------------------------------
@pytest.fixture
def race_page(tab, qtbot):
    tab.pages.setCurrentWidget(tab.race_page)
    qtbot.waitExposed(tab.race_page.plot)
    return tab.race_page


def test_the_race_counts_both_runs_measures_the_ratio_and_stops_at_once(race_page, qtbot):
    assert race_page.params_text.text().startswith("784-50-10 has 39,760 parameters")
    click(qtbot, race_page.start_button)
    assert race_page.is_running() and not race_page.start_button.isEnabled()

    def both_moving():
        tick = race_page.shown_tick  # what is drawn: the counters and curves lag the worker
        return (
            tick is not None
            and tick.backprop.iterations >= 300  # past the first plateau at ≈ 2.30
            and tick.numerical.params_done >= 20
            and race_page.ratio_text.text() != ""
        )

    qtbot.waitUntil(both_moving, timeout=60_000)
    tick = race_page.shown_tick
    assert tick.numerical.iterations == 0  # tens of seconds per iteration: not one done yet
    assert tick.numerical.params_total == 39760
    assert tick.ratio() > 100  # measured; here about 10⁴
    shown = int(race_page.ratio_text.text().split("as long as ")[1].split(" ")[0].replace(",", ""))
    assert shown == pytest.approx(tick.ratio(), rel=0.01)
    assert race_page.pass_bar.value() == tick.numerical.params_done
    assert "Parameters done in this pass" in race_page.numerical_text.text()
    x, y = race_page.curves["backprop"].getData()
    assert len(x) > 5 and np.mean(y[-5:]) < y[0] - 0.1  # backprop has already learnt something

    began = time.perf_counter()
    click(qtbot, race_page.stop_button)
    assert time.perf_counter() - began < 1.0
    assert not race_page.is_running() and race_page.start_button.isEnabled()
    frozen = race_page.last_tick
    qtbot.wait(300)
    assert race_page.last_tick is frozen  # neither run moves after Stop


def test_leaving_the_race_page_stops_the_race(race_page, tab, qtbot):
    click(qtbot, race_page.start_button)
    assert race_page.is_running()
    tab.pages.setCurrentWidget(tab.loss_page)
    assert not race_page.is_running()


def tiny_mnist():
    rng = np.random.default_rng(0)
    return rng.integers(0, 256, (40, 784), dtype=np.uint8), rng.integers(0, 10, 40)


def test_race_steps_finish_numerical_iterations_on_a_tiny_net_and_time_them():
    steps = race_steps(loader=tiny_mnist, batch_size=2, hidden_size=2, slice_s=0.01)
    tick = None
    while tick is None or tick.numerical.iterations < 2:
        item = next(steps)
        tick = item if item is not None else tick
    steps.close()
    numerical, backprop = tick.numerical, tick.backprop
    assert numerical.params_total == 784 * 2 + 2 + 2 * 10 + 10
    assert backprop.iterations > numerical.iterations
    assert numerical.seconds_per_iteration() > backprop.seconds_per_iteration()
    assert tick.ratio() > 1


def test_gradient_check_finds_backprop_and_numerical_gradients_agree():
    items = [i for i in gradient_check_steps(loader=tiny_mnist, hidden_size=3) if i is not None]
    result = items[-1]
    assert set(result.differences) == {"W1", "b1", "W2", "b2"}
    assert max(result.differences.values()) < 1e-6
    assert result.seconds_numerical > result.seconds_backprop


def test_the_gradient_check_button_shows_each_parameters_difference(race_page, qtbot, monkeypatch):
    import nnviz.ui.tabs.learning.race_page as page_module

    fast = functools.partial(gradient_check_steps, loader=tiny_mnist)
    monkeypatch.setattr(page_module, "gradient_check_steps", fast)
    click(qtbot, race_page.check_button)
    qtbot.waitUntil(lambda: not race_page.is_running(), timeout=60_000)
    text = race_page.check_text.text()
    for key in ("W1", "b1", "W2", "b2"):
        assert f"{key}: " in text
        value = float(text.split(f"{key}: ")[1].split("\n")[0])
        assert value == pytest.approx(race_page.check_result.differences[key], rel=0.01)


# ---- why a loss and not accuracy (4.2.5) --------------------------------------------------------
@pytest.fixture
def accuracy_page(tab, qtbot):
    tab.pages.setCurrentWidget(tab.accuracy_page)
    qtbot.waitExposed(tab.accuracy_page.slider)
    return tab.accuracy_page


def test_moving_a_weight_moves_the_loss_smoothly_and_the_accuracy_in_steps(accuracy_page, qtbot):
    page = accuracy_page
    _, losses = page.loss_curve.getData()
    _, accuracies = page.accuracy_curve.getData()
    assert np.all(np.diff(losses) != 0)  # the loss answers every small move
    flat = np.mean(np.diff(accuracies) == 0)
    assert flat > 0.9  # the accuracy's derivative is 0 almost everywhere...
    assert len(np.unique(accuracies)) > 3  # ...between jumps
    np.testing.assert_allclose(np.round(accuracies * 36), accuracies * 36, atol=1e-9)

    page.slider.setFocus()
    before = (page.loss_value.text(), page.accuracy_value.text())
    QTest.keyClick(page.slider, Qt.Key.Key_Right)  # the smallest move: 0.01
    after = (page.loss_value.text(), page.accuracy_value.text())
    assert after[0] != before[0]
    assert after[1] == before[1]
    net, state = page.state.net, page.state
    assert page.loss_value.text() == f"{net.loss(state.x, state.t):.4f}"
    assert page.accuracy_value.text() == f"{net.accuracy(state.x, state.labels):.1%}"


def test_choosing_another_weight_sweeps_that_one_from_the_same_start(accuracy_page, qtbot):
    page = accuracy_page
    QTest.keyClick(page.slider, Qt.Key.Key_PageUp)
    page.weight_choice.setCurrentIndex(5)  # W[1,2]
    assert page.slider.value() == 300
    np.testing.assert_array_equal(page.state.net.W, page.state.start_W)
    x, _ = page.loss_curve.getData()
    assert x[0] == pytest.approx(page.state.start_W[1, 2] - 3)
    assert page.slider_caption.text().startswith("W[1,2] = ")


def test_the_race_legend_grows_with_larger_text(race_page, window, qtbot):
    def drawn_sizes():
        """The sizes the legend's texts are drawn at (not only the size they were told)."""
        return {
            float(re.search(r"font-size:\s*([\d.]+)pt", label.item.toHtml()).group(1))
            for _, label in race_page.legend.items
        }

    (before,) = drawn_sizes()
    window.larger_text()
    qtbot.waitUntil(lambda: drawn_sizes() != {before}, timeout=2000)  # FontChange is posted
    (after,) = drawn_sizes()
    assert after > before
    assert len(race_page.legend.items) == 2


@pytest.mark.parametrize("module", ["state", "batches", "race"])
def test_the_learning_tabs_model_modules_import_without_qt(module):
    code = (
        f"import sys; import nnviz.ui.tabs.learning.{module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_broken_mnist_file_gives_a_clear_message_and_a_retry(tab, qtbot, monkeypatch):
    import nnviz.ui.tabs.learning.batch_page as page_module
    from nnviz.engine.mnist import MnistError

    def broken_lab():
        yield ("progress", 0.1)
        raise MnistError("train-images-idx3-ubyte.gz: truncated (the gzip stream ends early)")

    monkeypatch.setattr(page_module, "lab_steps", broken_lab)
    page = tab.batch_page
    tab.pages.setCurrentWidget(page)  # showing the page starts preparing the lab
    qtbot.waitUntil(lambda: not page.is_loading() and "truncated" in page.load_text.text())
    assert page.load_text.text().startswith("Could not prepare MNIST: ")
    assert page.load_button.isVisible() and not page.draw_button.isEnabled()
    assert page.lab is None
