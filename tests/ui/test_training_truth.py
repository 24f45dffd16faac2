"""The Training tab tells the truth: progress, time left, divergence, whose results are shown."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.engine import build_net, save_model
from nnviz.ui.tabs.training import tab as training_tab
from nnviz.ui.tabs.training.session import RateMeter, TimeLeft, model_mismatch
from nnviz.ui.tabs.training.spec import NetSpec
from tests.ui.test_training import loss_points, set_spin, small_mlp, start


@pytest.fixture
def tab(window):
    window.show_tab("training")
    page = window.page("training")
    yield page
    page.shutdown()


@pytest.fixture
def warnings(monkeypatch):
    """The message boxes the tab would show, as (title, text), instead of blocking the test."""
    shown = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append((title, text))

    monkeypatch.setattr(training_tab.QMessageBox, "warning", warning)
    return shown


def whole_ticks(plot) -> list[float]:
    """The tick values the x axis draws for its current range."""
    axis = plot.getAxis("bottom")
    lo, hi = plot.getPlotItem().getViewBox().viewRange()[0]
    return [v for _spacing, values in axis.tickValues(lo, hi, axis.width()) for v in values]


# ---- time left (Qt-free) ----------------------------------------------------------------------


def paced_samples(seconds=120, rate=10.0, epoch_every=20.0, test_pause=5.0):
    """(time, iteration): steady training with a pause for the accuracy test after each epoch."""
    t, i, samples, next_test = 0.0, 0, [], epoch_every
    while t < seconds:
        if t >= next_test:
            t += test_pause  # no iterations while the accuracy is measured
            next_test += epoch_every
        t += 0.1
        i += int(rate * 0.1)
        samples.append((t, i))
    return samples


def test_time_left_says_nothing_until_it_has_watched_a_few_seconds():
    eta = TimeLeft()
    eta.add(10, 1000, now=0.0)
    eta.add(20, 1000, now=1.0)
    assert eta.seconds_left() is None and eta.rate() is None
    eta.add(80, 1000, now=TimeLeft.SETTLE + 1.0)
    assert eta.seconds_left() == pytest.approx(920 / (70 / (TimeLeft.SETTLE + 1.0)))


def test_time_left_stays_steady_through_the_pauses_of_the_epoch_end_tests():
    """The 3-second meter swung 3 → 58 minutes; over a minute the estimate moves little."""
    samples = paced_samples()
    max_iter = samples[-1][1] + 20_000
    eta, old = TimeLeft(), RateMeter()
    estimates, old_estimates = [], []
    for now, iteration in samples:
        eta.add(iteration, max_iter, now=now)
        old.add(iteration, now=now)
        if now > 60 and (left := eta.seconds_left()) is not None:
            estimates.append(left)
            rate = old.rate()
            old_estimates.append((max_iter - iteration) / rate if rate else float("inf"))
    assert max(estimates) / min(estimates) < 1.4
    assert max(old_estimates) / min(old_estimates) > 2  # what the student saw before


# ---- the tab ------------------------------------------------------------------------------------


def test_stop_leaves_the_progress_bar_where_training_stopped(qtbot, tab):
    small_mlp(qtbot, tab, epochs=200, train_size=500)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: loss_points(tab) > 5, timeout=10_000)
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)  # stopped, then tested
    assert tab.confusion_view.matrix is not None
    iteration = tab._last_step.iteration
    assert f"Stopped at iteration {iteration}" in tab.status.text()
    assert tab.progress.maximum() == 200 * 10
    assert tab.progress.value() == iteration < tab.progress.maximum()


def test_the_status_says_estimating_before_it_knows_the_time_left(qtbot, tab):
    small_mlp(qtbot, tab, epochs=200, train_size=500)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: "iteration" in tab.status.text(), timeout=10_000)
    assert "estimating the time left" in tab.status.text()
    assert "left" not in tab.status.text().replace("time left", "")


def test_a_diverged_run_draws_its_points_and_where_it_diverged(qtbot, tab):
    small_mlp(qtbot, tab, epochs=5, lr=10)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)
    assert "Training diverged at iteration" in tab.banner.text()
    view = tab.loss_view
    iteration, loss = view.divergence
    x, y = view.raw_curve.getData()
    assert x is not None and len(x) == iteration - 1 >= 1  # every step before the divergence
    assert np.all(np.isfinite(y))
    assert view.raw_curve.opts["symbol"] == "o"  # a dot each: one point is no line
    assert view.divergence_line.isVisible() and view.divergence_line.value() == iteration
    lo, hi = view.getPlotItem().getViewBox().viewRange()[0]
    assert lo <= 1 and iteration <= hi < 20  # up close, not squeezed into a 50-iteration axis


def test_after_a_divergence_the_drawing_pad_button_does_not_offer_the_earlier_model(
    qtbot, tab, window
):
    if "draw" not in window.pages:
        pytest.skip("no drawing pad in this build")
    small_mlp(qtbot, tab, epochs=1)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)
    assert tab.draw_button.isEnabled()
    set_spin(qtbot, tab.builder.lr, 10)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)
    assert "diverged" in tab.banner.text()
    assert not tab.draw_button.isEnabled()
    assert "did not finish" in tab.draw_button.toolTip()
    before = window.page("draw").state.model_name
    tab.use_in_drawing_pad()
    assert window.page("draw").state.model_name == before


def test_changing_the_network_greys_and_titles_the_previous_run(qtbot, tab):
    small_mlp(qtbot, tab, epochs=1)
    start(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)
    assert tab.status.text().startswith("Done:")
    assert "previous run" not in tab.loss_view.title_text()

    set_spin(qtbot, tab.builder.hidden.spin_boxes()[0], 30)  # the network on screen changes
    assert tab.shows_previous_results()
    for view in (tab.loss_view, tab.accuracy_view):
        assert "previous run: MLP 784-20-10" in view.title_text()
        assert all(item.opacity() < 0.5 for item in view.listDataItems())
    assert tab.status.text().startswith("Previous run: MLP 784-20-10: Done:")
    assert not tab.confusion_view.isEnabled()
    assert "previous run" in tab.results.confusion_caption.text()
    assert tab.builder.summary.item(1, 2).text() == "23,550"  # the new layer table: 784·30 + 30

    set_spin(qtbot, tab.builder.hidden.spin_boxes()[0], 20)  # back to the network that ran
    assert not tab.shows_previous_results()
    assert "previous run" not in tab.loss_view.title_text()
    assert tab.confusion_view.isEnabled()
    assert tab.status.text().startswith("Done:")


def test_empty_training_plots_count_whole_epochs_and_iterations(tab):
    for plot in (tab.loss_view, tab.accuracy_view):
        ticks = whole_ticks(plot)
        assert ticks and all(float(v).is_integer() for v in ticks)
        lo, hi = plot.getPlotItem().getViewBox().viewRange()[0]
        assert lo < min(ticks) and max(ticks) < hi  # inside the frame: their labels are drawn


# ---- models that do not take MNIST digits (issue 15 #5) ---------------------------------------


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ({"type": "simple_convnet", "input_dim": (3, 28, 28)}, "28×28 grey images"),
        ({"type": "simple_convnet", "input_dim": (1, 10, 10)}, "28×28 grey images"),
        (
            {"type": "multi_layer", "input_size": 100, "hidden_size_list": [8], "output_size": 10},
            "28×28",
        ),
        (
            {"type": "multi_layer", "input_size": 784, "hidden_size_list": [8], "output_size": 5},
            "10 scores",
        ),
    ],
    ids=["rgb-convnet", "10x10-convnet", "mlp-100-inputs", "mlp-5-classes"],
)
def test_a_model_for_other_images_is_refused_with_a_message_and_the_current_one_kept(
    qtbot, tab, window, warnings, tmp_path, spec, words
):
    good = build_net(NetSpec(hidden=[12]).engine_spec())
    tab.set_model(good, "good.npz")
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)
    status = tab.status.text()
    path = tmp_path / "other.npz"
    save_model(build_net(spec), path)
    window.open_model(str(path))  # File ▸ Open model
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Open model"
    assert "other.npz cannot be used in the Training tab" in text and words in text
    assert tab.current_model() is good
    assert tab.status.text() == status
    assert tab.builder.hidden.sizes() == [12]
    assert not tab.is_busy()


def test_model_mismatch_accepts_the_networks_the_builder_makes():
    for spec in (NetSpec(hidden=[5]), NetSpec(kind="simple_convnet")):
        assert model_mismatch(build_net(spec.engine_spec())) is None
