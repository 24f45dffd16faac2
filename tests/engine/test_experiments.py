"""Ch6's experiments reproduce the book's conclusions when run small (nnviz.engine.experiments)."""

from dataclasses import replace

import numpy as np
import pytest

from nnviz.engine import experiments as ex
from nnviz.engine.mnist import load_mnist


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


def _run(name, mnist, **changes):
    experiment = replace(ex.small(ex.EXPERIMENTS[name]), **changes)
    data = ex.prepare_data(experiment, mnist, seed=0)
    return {r.label: r for r in ex.collect(experiment, data, seed=0)}


def test_sgd_loss_ends_highest_of_the_four_optimizers(mnist):
    runs = _run("optimizers", mnist, iterations=200)
    final = {label: ex.tail_mean(r.loss, 50) for label, r in runs.items()}
    assert set(final) == {"SGD", "Momentum", "AdaGrad", "Adam"}
    assert max(final, key=final.get) == "SGD"
    assert all(len(r.loss) == 200 for r in runs.values())


def test_std_001_does_not_learn_while_xavier_and_he_do(mnist):
    runs = _run("weight-init", mnist)
    final = {label: ex.tail_mean(r.loss, 50) for label, r in runs.items()}
    assert abs(final["std=0.01"] - 2.30) < 0.02  # ln 10: the net still guesses
    assert final["Xavier"] < 2.15
    assert final["He"] < 1.5


def test_batch_norm_learns_faster_at_most_scales(mnist):
    scales = (1.0, 0.1, 0.01, 0.001)
    runs = tuple(
        ex.RunSettings(f"{bn} {w}", hidden=(100,) * 5, weight_init=w, batchnorm=bn)
        for w in scales
        for bn in (True, False)
    )
    results = _run("batch-norm", mnist, runs=runs, epochs=6)
    better = sum(
        results[f"True {w}"].train_acc[-1] > results[f"False {w}"].train_acc[-1] for w in scales
    )
    assert better >= 3
    # Training accuracy only, as the book's figure: no test accuracy is measured.
    assert "test_acc" not in results["True 1.0"].as_dict(ex.EXPERIMENTS["batch-norm"])


def test_300_images_overfit_and_weight_decay_and_dropout_narrow_the_gap(mnist):
    runs = _run("overfitting", mnist, epochs=100, test_size=500)
    gap = {label: r.train_acc[-1] - r.eval_acc[-1] for label, r in runs.items()}
    plain = runs["Plain"]
    assert plain.train_acc[-1] > 0.95
    assert gap["Plain"] > 0.2
    assert gap["Weight decay λ=0.1"] < gap["Plain"]
    assert gap["Dropout 0.2"] < gap["Plain"]
    assert plain.epochs[0] == 0 and len(plain.epochs) == 101  # epoch 0: before training


def test_search_validates_on_training_images_and_only_large_lrs_learn(mnist):
    experiment = replace(ex.EXPERIMENTS["hyperparameters"], trials=20, epochs=10)
    data = ex.prepare_data(experiment, mnist, seed=0)
    (x_train, _), _ = mnist
    assert len(data.x_eval) == 100 and len(data.x_train) == 400
    # Every validation image is one of the first 500 training images, none a test image.
    first = {row.tobytes() for row in x_train[:500]}
    assert all(row.tobytes() in first for row in data.x_eval)
    results = ex.collect(experiment, data, seed=0)
    best, lr_range, _ = ex.best_ranges(results, 1)
    assert best[0].settings["lr"] > 1e-3  # the book's narrowing: lr 1e-3 to 1e-2
    slow = [r.eval_acc[-1] for r in results if r.settings["lr"] < 1e-4]
    assert slow and max(slow) < best[0].eval_acc[-1] - 0.1
    assert "val_acc" in results[0].as_dict(experiment)


def test_trials_are_drawn_from_the_seed_within_the_books_ranges():
    experiment = ex.EXPERIMENTS["hyperparameters"]
    trials = ex.sample_trials(experiment, 7)
    assert len(trials) == 100 and trials == ex.sample_trials(experiment, 7)
    assert trials != ex.sample_trials(experiment, 8)
    assert all(1e-6 <= t.lr <= 1e-2 and 1e-8 <= t.weight_decay <= 1e-4 for t in trials)


def test_runs_advance_round_robin_one_step_each(mnist):
    experiment = replace(ex.EXPERIMENTS["optimizers"], iterations=3)
    data = ex.prepare_data(experiment, mnist)
    updates = list(ex.run_experiment(experiment, data, seed=0))
    assert [u.run for u in updates[:8]] == [0, 1, 2, 3, 0, 1, 2, 3]
    assert all(isinstance(u.loss, float) for u in updates[:12])
    assert [u.finished for u in updates[12:]] == [True] * 4


def test_a_diverging_run_stops_with_a_message_and_the_others_go_on(mnist):
    experiment = replace(ex.EXPERIMENTS["optimizers"], iterations=20)
    runs = (ex.RunSettings("too fast", "SGD", 50.0), ex.RunSettings("fine", "SGD", 0.01))
    results = ex.collect(experiment, ex.prepare_data(experiment, mnist), runs=runs)
    assert "diverged" in results[0].error
    assert results[1].error is None and len(results[1].loss) == 20


def test_bad_settings_are_refused_before_anything_trains():
    with pytest.raises(ValueError, match="learning rate"):
        ex.RunSettings("x", lr=-1).check()
    with pytest.raises(ValueError, match="optimizer"):
        ex.RunSettings("x", optimizer="Newton").check()
    with pytest.raises(ValueError, match="dropout"):
        ex.RunSettings("x", dropout=1.0).check()


def test_sigmoid_with_std_1_piles_up_at_0_and_1():
    layers = ex.activation_histograms("sigmoid", 1.0).activations
    for h in layers:
        assert h.histogram[0] + h.histogram[-1] > 0.5 * h.histogram.sum()


def test_sigmoid_with_std_001_piles_up_at_one_half():
    for h in ex.activation_histograms("sigmoid", 0.01).activations:
        middle = h.histogram[13:17].sum()  # 0.43 to 0.57
        assert middle > 0.9 * h.histogram.sum()


def test_xavier_spreads_sigmoid_activations():
    for h in ex.activation_histograms("sigmoid", "xavier").activations[1:]:
        assert np.count_nonzero(h.histogram) >= 10  # wider than std 0.01's 4 bins
        assert h.histogram[0] + h.histogram[-1] < 0.01 * h.histogram.sum()


def test_he_keeps_every_relu_layer_alike_and_small_weights_vanish():
    he = [h.std for h in ex.activation_histograms("relu", "he").activations]
    assert max(he) / min(he) < 1.5
    tiny = [h.std for h in ex.activation_histograms("relu", 0.01).activations]
    assert tiny[-1] < 1e-4 * tiny[0]


def test_gradients_vanish_with_sigmoid_std_1():
    saturated = ex.activation_histograms("sigmoid", 1.0).gradients
    spread = ex.activation_histograms("sigmoid", "xavier").gradients
    # A backward pass of ones: at the last layer dL/da is sigmoid'(a), near 0 where it saturates.
    assert saturated[-1].mean < 0.5 * spread[-1].mean


def test_smooth_curve_is_the_books():
    x = np.random.default_rng(0).standard_normal(50)
    y = ex.smooth_curve(x)
    assert len(y) == 50
    assert abs(y.mean() - x.mean()) < 0.1 and y.std() < x.std()
    assert list(ex.smooth_curve([1.0, 2.0])) == [1.0, 2.0]
