"""The Experiments tab's state, Qt-free: the chosen experiment, its runs, its runs, their curves."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from nnviz.engine import experiments as ex

# The side list's order: the book's order (6.1 to 6.5).
EXPERIMENT_ORDER = tuple(ex.EXPERIMENTS)


class ExperimentsState:
    """What the tab shows: one experiment, the runs a student has set up for it, their results."""

    def __init__(self, name: str = "optimizers", seed: int = 0):
        self.seed = seed
        # Each experiment keeps its own edited runs while the student looks at another one.
        self._runs = {name: list(ex.sample_trials(e, seed)) for name, e in ex.EXPERIMENTS.items()}
        self.name = name
        self.results: list[ex.RunResult] = []
        self.activation = "sigmoid"
        self.scale: float | str = 1.0

    # ---- the experiment and its runs ------------------------------------------------------
    @property
    def experiment(self) -> ex.Experiment:
        return ex.EXPERIMENTS[self.name]

    @property
    def trains(self) -> bool:
        return self.name != "activations"

    def choose(self, name: str) -> None:
        if name not in ex.EXPERIMENTS:
            raise ValueError(f"unknown experiment {name!r}")
        if name != self.name:
            self.name = name
            self.results = []

    @property
    def runs(self) -> list[ex.RunSettings]:
        return self._runs[self.name]

    def edit_run(self, index: int, **changes) -> ex.RunSettings:
        """Change one run's settings (checked: a bad value raises ValueError, nothing changes)."""
        run = replace(self.runs[index], **changes)
        run.check()
        self.runs[index] = run
        self.results = []
        return run

    def duplicate_run(self, index: int) -> int:
        """A copy of run ``index`` after it, labelled "… (2)"; returns the new run's index."""
        original = self.runs[index]
        labels = {r.label for r in self.runs}
        number = 2
        while f"{original.label} ({number})" in labels:
            number += 1
        self.runs.insert(index + 1, replace(original, label=f"{original.label} ({number})"))
        self.results = []
        return index + 1

    def remove_run(self, index: int) -> None:
        if len(self.runs) <= 1:
            raise ValueError("an experiment needs at least one run")
        del self.runs[index]
        self.results = []

    def reset_runs(self) -> None:
        """Back to the book's runs for this experiment."""
        self._runs[self.name] = list(ex.sample_trials(self.experiment, self.seed))
        self.results = []

    # ---- results --------------------------------------------------------------------------
    def start(self) -> None:
        self.results = ex.new_results(self.runs)

    def add(self, updates) -> None:
        for update in updates:
            self.results[update.run].add(update)

    def finished_runs(self) -> int:
        return sum(r.finished for r in self.results)

    # ---- 6.2.2 ----------------------------------------------------------------------------
    def distributions(self) -> ex.ActivationDistributions:
        return ex.activation_histograms(self.activation, self.scale, seed=self.seed)

    # ---- export ---------------------------------------------------------------------------
    def csv_text(self) -> str:
        """Every point of every run, one row each: run, settings, iteration/epoch, value."""
        out = io.StringIO()
        writer = csv.writer(out)
        setting_keys = list(ex.RunSettings("x").as_dict())
        writer.writerow(["run", *setting_keys, "curve", "step", "value"])
        eval_key = self.experiment.eval_key
        for r in self.results:
            settings = [r.settings[k] for k in setting_keys]
            settings[setting_keys.index("hidden")] = "x".join(map(str, r.settings["hidden"]))
            for step, value in zip(r.iterations, r.loss, strict=True):
                writer.writerow([r.label, *settings, "loss", step, value])
            for epoch, train, held in zip(r.epochs, r.train_acc, r.eval_acc, strict=True):
                writer.writerow([r.label, *settings, "train_acc", epoch, train])
                if held is not None:
                    writer.writerow([r.label, *settings, eval_key, epoch, held])
        return out.getvalue()
