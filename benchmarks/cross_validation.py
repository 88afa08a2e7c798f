"""Group cross-validation of the matcher's weights, or of its thresholds: occupations are
held out together.

In each fold a member of a family (`group_folds.weight_family` or `threshold_family`: named
mappings of a matcher parameter, with the shipped values as "shipped") is chosen on the other
folds' queries (the mean NDCG@5 over sources and both directions), then scored on the fold
held out, beside the shipped values and the baseline. Rankings do not depend on the fold, so
each contender ranks each set once and every fold reads the same rankings.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from benchmarks.figures import (
    DataSet,
    Rankings,
    Scope,
    Truth,
    distractors_taken,
    to_jobs_ndcg,
    to_people_ndcg,
)
from benchmarks.group_folds import Weights, assign_folds, occupation_group

DIRECTIONS = ("candidate→jobs", "job→candidates")
# Values are "clearly better" when they gain at least this much held-out objective on
# average, gain in every fold (with 5 folds, a sign test at p ≈ 0.03), and lose no more than
# this on any set and direction.
CLEAR_GAIN = 0.005


@dataclass(frozen=True)
class Entry:
    """One set of one source (the generated sources hold one set per seed)."""

    source: str
    data: DataSet
    truth: Truth
    group_of: dict[str, str]  # job id → occupation group

    @classmethod
    def of(cls, source: str, data: DataSet) -> Entry:
        groups = {job.id: occupation_group(job.title) for job in data.jobs}
        return cls(source, data, Truth.of(data), groups)

    def graded_groups(self) -> list[str]:
        """One group per positively graded pair: the group of its job."""
        return [self.group_of[job] for job, people in self.truth.by_job.items() for _ in people]


Figures = dict[str, float]  # "source direction" → value
FoldScope = Callable[[Entry], Scope]


def figures(entries: Sequence[Entry], rankings: Sequence[Rankings], scope: FoldScope) -> Figures:
    """NDCG@5 per source and direction (queries pooled over a source's sets), and the
    distractor share (the mean over a source's sets that have distractors)."""
    pooled: dict[str, list[float]] = defaultdict(list)
    shares: dict[str, list[float]] = defaultdict(list)
    for entry, ranked in zip(entries, rankings, strict=True):
        within = scope(entry)
        pooled[f"{entry.source} {DIRECTIONS[0]}"] += to_jobs_ndcg(
            entry.truth, ranked, within
        ).values
        pooled[f"{entry.source} {DIRECTIONS[1]}"] += to_people_ndcg(
            entry.truth, ranked, within
        ).values
        share = distractors_taken(entry.data, entry.truth, ranked, within)
        if share is not None:
            shares[f"{entry.source} distractors in top-5 slots"].append(share)
    result = {label: statistics.fmean(values) for label, values in pooled.items() if values}
    return result | {label: statistics.fmean(values) for label, values in shares.items()}


def objective(found: Figures) -> float:
    """The mean NDCG@5 over sources and directions: each source counts alike."""
    return statistics.fmean(value for label, value in found.items() if label.endswith(DIRECTIONS))


@dataclass(frozen=True)
class Fold:
    index: int
    groups: int
    pairs: int
    chosen: str
    training: dict[str, float]  # member of the family → objective on the other folds
    held_out: dict[str, Figures]  # contender → figures on the fold's queries


@dataclass(frozen=True)
class Result:
    folds: list[Fold]
    family: Mapping[str, Weights]  # weights or thresholds: name → value
    best_overall: str  # chosen on every fold's queries together
    kind: str = "weight"  # what a value of a member is, for the report


def cross_validate(
    entries: Sequence[Entry],
    family: Mapping[str, Weights],
    rank: Callable[[str, Entry], Rankings],
    *,
    k: int,
    baseline: str = "baseline",
    kind: str = "weight",
) -> Result:
    """`rank(name, entry)` gives the rankings of a member of the family (or the baseline);
    `kind` names what the family's values are ("weight", "threshold")."""
    fold_of = assign_folds((group for entry in entries for group in entry.graded_groups()), k)
    ranked = {name: [rank(name, entry) for entry in entries] for name in (*family, baseline)}

    def inside(folds: set[int]) -> FoldScope:
        return lambda entry: lambda job: fold_of.get(entry.group_of[job], -1) in folds

    everything = set(range(k))
    folds = []
    for index in range(k):
        training = inside(everything - {index})
        scores = {name: objective(figures(entries, ranked[name], training)) for name in family}
        chosen = max(family, key=lambda name: (scores[name], name == "shipped"))
        held_out = inside({index})
        folds.append(
            Fold(
                index=index,
                groups=sum(fold == index for fold in fold_of.values()),
                pairs=sum(
                    fold_of[group] == index for entry in entries for group in entry.graded_groups()
                ),
                chosen=chosen,
                training=scores,
                held_out={
                    name: figures(entries, ranked[key], held_out)
                    for name, key in (
                        ("cv-chosen", chosen),
                        ("shipped", "shipped"),
                        (baseline,) * 2,
                    )
                },
            )
        )
    overall = {
        name: objective(figures(entries, ranked[name], inside(everything))) for name in family
    }
    best = max(family, key=lambda name: (overall[name], name == "shipped"))
    return Result(folds, family, best, kind)


def spread(values: Sequence[float]) -> str:
    if not values:
        return "n/a"
    deviation = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"{statistics.fmean(values):.3f}±{deviation:.3f}"


def report(result: Result) -> list[str]:
    folds = result.folds
    contenders = list(folds[0].held_out)
    kinds = f"{result.kind}s"
    lines = [
        f"group cross-validation of the {kinds}: {len(folds)} folds of occupations held out"
        " together",
        f"fold  occupations  graded pairs  {kinds} chosen on the other folds",
    ]
    lines += [f"{f.index + 1:>4}  {f.groups:>11}  {f.pairs:>12}  {f.chosen}" for f in folds]
    labels = list(dict.fromkeys(label for f in folds for label in f.held_out["shipped"]))
    size = max(_width(label) for label in labels) + 2
    lines.append("")
    lines.append(
        _pad("held out, mean±std over folds", size) + "".join(f"{c:>15}" for c in contenders)
    )
    for label in [*labels, "objective"]:
        cells = []
        for name in contenders:
            values = [_value(f.held_out[name], label) for f in folds]
            shown = [value for value in values if value is not None]
            cells.append(spread(shown))
        lines.append(_pad(label, size) + "".join(f"{cell:>15}" for cell in cells))
    lines.append(
        "(within a fold a person's graded jobs of other folds leave the ranking, so distractors"
        " rise into the top 5: compare the columns, not these shares with the point figures)"
    )
    lines.append("")
    lines.append("per fold (" + " / ".join(contenders) + ")")
    for label in [*labels, "objective"]:
        per_fold = [
            "/".join(_short(_value(f.held_out[name], label)) for name in contenders) for f in folds
        ]
        lines.append(_pad(label, size) + "  ".join(per_fold))
    return [*lines, "", *verdict(result)]


def verdict(result: Result) -> list[str]:
    folds = result.folds
    shipped = result.family["shipped"]
    chosen = [result.family[f.chosen] for f in folds]
    kind, kinds = result.kind, f"{result.kind}s"
    size = max(12, *(len(name) for name in shipped))
    lines = [f"{kind:<{size}} shipped  chosen in folds, mean±std (min–max)"]
    within = True
    for name, value in shipped.items():
        values = [member[name] for member in chosen]
        mean, deviation = statistics.fmean(values), _stdev(values)
        within &= abs(value - mean) <= 2 * deviation + 1e-9
        extent = f"{min(values):.3f}–{max(values):.3f}"
        lines.append(f"{name:<{size}} {value:.3f}    {mean:.3f}±{deviation:.3f} ({extent})")
    ranks = [
        sorted(f.training.values(), reverse=True).index(f.training["shipped"]) + 1 for f in folds
    ]
    margins = [f.training[f.chosen] - f.training["shipped"] for f in folds]
    gains = [objective(f.held_out["cv-chosen"]) - objective(f.held_out["shipped"]) for f in folds]
    lines += [
        f"shipped {kinds}' place among the {len(result.family)} on the training folds: "
        + " ".join(map(str, ranks))
        + f" (behind the chosen by {' '.join(f'{margin:.3f}' for margin in margins)})",
        f"held-out objective, cv-chosen − shipped: {spread(gains)} "
        f"(per fold {' '.join(f'{gain:+.3f}' for gain in gains)})",
    ]
    by_set = {
        label: statistics.fmean(
            f.held_out["cv-chosen"][label] - f.held_out["shipped"][label]
            for f in folds
            if label in f.held_out["shipped"]
        )
        for label in dict.fromkeys(label for f in folds for label in f.held_out["shipped"])
        if label.endswith(DIRECTIONS)
    }
    lines.append("held-out NDCG@5, cv-chosen − shipped, by set (mean over folds):")
    lines += [f"  {_pad(label, 40)}{gain:+.3f}" for label, gain in by_set.items()]
    mean_gain, deviation = statistics.fmean(gains), _stdev(gains)
    shortfalls = [f"mean gain below {CLEAR_GAIN}"] if mean_gain < CLEAR_GAIN else []
    shortfalls += [] if min(gains) > 0 else ["no gain in some fold"]
    shortfalls += [
        f"loses {-gain:.3f} on {label}" for label, gain in by_set.items() if gain <= -CLEAR_GAIN
    ]
    spread_note = (
        f"every shipped {kind} lies within two standard deviations of the chosen ones"
        if within
        else f"some shipped {kind} lies outside two standard deviations of the chosen ones"
    )
    if all(f.chosen == "shipped" for f in folds):
        lines.append(f"verdict: every fold chose the shipped {kinds}.")
    elif not shortfalls:
        best = result.family[result.best_overall]
        lines.append(
            f"verdict: the CV-chosen {kinds} are clearly better on held-out occupations "
            f"({spread_note}); chosen on all folds together: {result.best_overall} = "
            + ", ".join(f"{name} {value:.3f}" for name, value in best.items())
        )
    else:
        lines.append(
            f"verdict: no clear held-out gain over the shipped {kinds} ({mean_gain:+.3f} ± "
            f"{deviation:.3f}; {', '.join(shortfalls)}); {spread_note}."
        )
    return lines


def _stdev(values: Sequence[float]) -> float:
    return statistics.stdev(values) if len(values) > 1 else 0.0


def _value(found: Figures, label: str) -> float | None:
    if label == "objective":
        return objective(found)
    return found.get(label)


def _short(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _width(text: str) -> int:
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def _pad(text: str, size: int) -> str:
    return text + " " * max(1, size - _width(text))
