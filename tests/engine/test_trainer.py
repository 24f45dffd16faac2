"""The trainer generator: events, learning, same seed same run, pause/resume, divergence."""

import numpy as np
import pytest

from nnviz.engine.nets import MultiLayerNetExtend, TwoLayerNet
from nnviz.engine.trainer import DivergenceError, EpochEvent, StepEvent, Trainer, has_diverged


def blobs(n, seed=0, classes=3, dim=10):
    """Gaussian blobs, one per class: a small problem a two-layer net learns in a few epochs."""
    rng = np.random.default_rng(seed)
    centres = np.random.default_rng(99).standard_normal((classes, dim)) * 2
    t = rng.integers(0, classes, n)
    x = centres[t] + rng.standard_normal((n, dim))
    return x.astype(np.float32), t


def make_trainer(seed=0, epochs=3, **kwargs):
    x_train, t_train = blobs(300, seed=1)
    x_test, t_test = blobs(100, seed=2)
    net = TwoLayerNet(10, 16, 3, weight_init_std=0.1, dtype=np.float32, rng=seed)
    options = {"optimizer": "SGD", "optimizer_param": {"lr": 0.1}, "rng": seed} | kwargs
    return Trainer(
        net, x_train, t_train, x_test, t_test, epochs=epochs, mini_batch_size=30, **options
    )


def test_steps_yield_step_events_then_an_epoch_event_per_epoch():
    trainer = make_trainer(epochs=2)
    events = list(trainer.steps())
    kinds = ["E" if isinstance(e, EpochEvent) else "S" for e in events]
    assert kinds == (["S"] * 10 + ["E"]) * 2
    steps = [e for e in events if isinstance(e, StepEvent)]
    assert [s.iteration for s in steps] == list(range(1, 21))
    assert [s.epoch for s in steps] == [1] * 10 + [2] * 10
    assert all(s.iters_per_epoch == 10 and s.max_iter == 20 for s in steps)
    assert [e.epoch for e in events if isinstance(e, EpochEvent)] == [1, 2]
    assert trainer.finished


def test_training_learns_the_blobs():
    trainer = make_trainer(epochs=5)
    final_test_acc = trainer.train()
    assert final_test_acc > 0.9
    assert trainer.train_acc_list[-1] > 0.9
    assert np.mean(trainer.train_loss_list[-10:]) < np.mean(trainer.train_loss_list[:10])


def test_the_same_seed_gives_the_same_run():
    a, b = make_trainer(seed=5), make_trainer(seed=5)
    a.train()
    b.train()
    assert a.train_loss_list == b.train_loss_list
    assert a.test_acc_list == b.test_acc_list
    np.testing.assert_array_equal(a.network.params["W1"], b.network.params["W1"])
    c = make_trainer(seed=6)
    c.train()
    assert c.train_loss_list != a.train_loss_list


def test_stopping_and_resuming_gives_the_same_run_as_one_go():
    whole = make_trainer(seed=3)
    whole_events = list(whole.steps())
    paused = make_trainer(seed=3)
    events = []
    for _ in range(4):  # stop the generator every 7 events, then start a new one
        gen = paused.steps()
        for _, event in zip(range(7), gen, strict=False):
            events.append(event)
        gen.close()
    events.extend(paused.steps())
    assert events == whole_events


def test_an_epoch_end_is_not_lost_when_the_caller_stops_right_after_its_last_step():
    trainer = make_trainer(epochs=2)
    gen = trainer.steps()
    for _ in range(10):
        event = next(gen)
    assert isinstance(event, StepEvent) and event.iteration == 10
    gen.close()
    assert isinstance(next(trainer.steps()), EpochEvent)


def test_evaluate_at_start_reports_epoch_zero_first():
    trainer = make_trainer(epochs=1, evaluate_at_start=True)
    events = list(trainer.steps())
    assert isinstance(events[0], EpochEvent) and events[0].epoch == 0
    assert len(trainer.test_acc_list) == 2


def test_evaluate_sample_num_limits_the_accuracy_samples(monkeypatch):
    trainer = make_trainer(epochs=1, evaluate_sample_num_per_epoch=40)
    sizes = []
    real = trainer.network.accuracy
    monkeypatch.setattr(
        trainer.network, "accuracy", lambda x, t: sizes.append(len(x)) or real(x, t)
    )
    trainer.train()
    assert sizes == [40, 40]


def test_a_diverging_loss_stops_with_advice_to_lower_the_learning_rate():
    trainer = make_trainer(optimizer_param={"lr": 1e30})
    with pytest.raises(DivergenceError, match="smaller learning rate") as info:
        for _ in trainer.steps():
            pass
    assert info.value.lr == 1e30
    assert not np.isfinite(info.value.loss)
    assert info.value.iteration >= 1


def test_divergence_leaves_the_weights_of_the_last_finite_step():
    trainer = make_trainer(optimizer_param={"lr": 1e30})
    W1 = trainer.network.params["W1"]
    last = None
    with pytest.raises(DivergenceError):
        for _ in trainer.steps():
            last = W1.copy()
    if last is not None:
        np.testing.assert_array_equal(W1, last)


def test_trainer_accepts_an_optimizer_object_and_adam():
    x_train, t_train = blobs(300, seed=1)
    net = MultiLayerNetExtend(10, [16], 3, use_batchnorm=True, rng=0)
    trainer = Trainer(
        net,
        x_train,
        t_train,
        x_train[:50],
        t_train[:50],
        epochs=3,
        optimizer="Adam",
        optimizer_param={"lr": 0.01},
        rng=0,
    )
    assert trainer.train() > 0.9


def test_bad_trainer_arguments_are_refused():
    x, t = blobs(10)
    net = TwoLayerNet(10, 4, 3)
    with pytest.raises(ValueError):
        Trainer(net, x, t[:5], x, t)
    with pytest.raises(ValueError):
        Trainer(net, x[:0], t[:0], x, t)
    with pytest.raises(ValueError, match="learning rate"):
        Trainer(net, x, t, x, t, optimizer_param={"lr": -1})


class ScriptedLossNet:
    """A net whose losses are given in advance: 2.3, 2.0, ... then a finite blow-up."""

    def __init__(self, losses):
        self.losses = iter(losses)
        self.params = {"W": np.zeros(3, dtype=np.float32)}
        self.last_loss = None

    def gradient(self, x, t):
        self.last_loss = next(self.losses)
        return {"W": np.ones(3, dtype=np.float32)}

    def accuracy(self, x, t):
        return 0.1


def test_a_finite_blow_up_is_a_divergence_too():
    x, t = blobs(40)
    net = ScriptedLossNet([2.3, 2.0, 1.8, 3227.0, 1.0])
    trainer = Trainer(net, x, t, x, t, epochs=5, mini_batch_size=10, optimizer_param={"lr": 1.0})
    with pytest.raises(DivergenceError, match="smaller learning rate") as info:
        trainer.train()
    assert info.value.iteration == 4 and info.value.loss == 3227.0
    assert "3227" in str(info.value)
    np.testing.assert_array_equal(net.params["W"], -3.0)  # three updates, not the fourth


@pytest.mark.parametrize(
    ("loss", "first", "diverged"),
    [
        (float("nan"), 2.3, True),
        (float("inf"), None, True),
        (2.3, None, False),
        (99.0, 2.3, False),
        (101.0, 2.3, True),
        (150.0, 20.0, False),  # a large weight-decay term at the start: 10x the first loss
        (201.0, 20.0, True),
    ],
)
def test_the_divergence_rule_is_nan_or_above_max_of_100_and_ten_times_the_first_loss(
    loss, first, diverged
):
    assert has_diverged(loss, first) is diverged
