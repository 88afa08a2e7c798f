"""Volunteer matching and request routing on a labelled data folder, beside plain baselines.

    python -m benchmarks.evaluate_volunteers --data-dir ../shared/data

Matching: NDCG@5 task→volunteers and volunteer→tasks on volunteer_grades.jsonl, and the pairs
returned that break the availability rule (must be 0). The baseline ranks the available
volunteers by character n-gram TF-IDF cosine of the task's and the volunteer's whole texts.

Routing: accuracy of team and of category on request_routing.jsonl, and how often the router
abstained (no team, or category `other`, where the label says otherwise). The baseline is a
character n-gram TF-IDF logistic regression trained on the same examples, never abstaining.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from benchmarks.metrics import ndcg_at_k
from matchers.volunteers.matcher import TaskMatcher, VolunteerMatcher
from matchers.volunteers.records import Task, Volunteer, is_available
from matchers.volunteers.routing import read_examples

NEEDED = ("tasks.jsonl", "volunteers.jsonl", "volunteer_grades.jsonl", "request_routing.jsonl")
K = 5
Ranker = Callable[[Any, Sequence[Any]], list[str]]  # (query, candidates) -> ids, best first


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def task_text(task: Task) -> str:
    return " ".join([task.title, task.description, *task.skills, task.community])


def volunteer_text(volunteer: Volunteer) -> str:
    teams = " ".join(team.label for team in volunteer.teams)
    return " ".join([volunteer.bio, *volunteer.skills, teams, volunteer.community])


def baseline_rank(
    query_text: str, candidates: Sequence[Any], texts: Callable[[Any], str], allowed: list[bool]
) -> list[str]:
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 2))
    matrix = vectorizer.fit_transform([texts(item) for item in candidates] + [query_text])
    similarity = (matrix[:-1] @ matrix[-1].T).toarray().ravel()
    order = sorted(
        (index for index, ok in enumerate(allowed) if ok),
        key=lambda index: (-round(float(similarity[index]), 4), candidates[index].id),
    )
    return [candidates[index].id for index in order]


def matching_figures(tasks: list[Task], volunteers: list[Volunteer], grades: list[dict]) -> dict:
    by_task: dict[str, dict[str, int]] = {}
    by_volunteer: dict[str, dict[str, int]] = {}
    for row in grades:
        by_task.setdefault(row["task"], {})[row["volunteer"]] = int(row["grade"])
        by_volunteer.setdefault(row["volunteer"], {})[row["task"]] = int(row["grade"])
    tasks_by_id = {task.id: task for task in tasks}
    volunteers_by_id = {volunteer.id: volunteer for volunteer in volunteers}
    volunteer_matcher = VolunteerMatcher().fit(volunteers)
    task_matcher = TaskMatcher().fit(tasks)
    figures: dict[str, dict[str, float]] = {"baseline": {}, "matcher": {}}
    violations = {"baseline": 0, "matcher": 0}

    for task_id, grade in by_task.items():
        task = tasks_by_id[task_id]
        allowed = [is_available(volunteer, task) for volunteer in volunteers]
        base = baseline_rank(task_text(task), volunteers, volunteer_text, allowed)[:K]
        ours = [match.id for match in volunteer_matcher.rank(task, top=K)]
        for name, ranking in (("baseline", base), ("matcher", ours)):
            violations[name] += sum(
                not is_available(volunteers_by_id[vid], task) for vid in ranking
            )
            figures[name].setdefault("task→volunteers", []).append(ndcg_at_k(ranking, grade, K))
    for volunteer_id, grade in by_volunteer.items():
        volunteer = volunteers_by_id[volunteer_id]
        allowed = [is_available(volunteer, task) for task in tasks]
        base = baseline_rank(volunteer_text(volunteer), tasks, task_text, allowed)[:K]
        ours = [match.id for match in task_matcher.rank(volunteer, top=K)]
        for name, ranking in (("baseline", base), ("matcher", ours)):
            violations[name] += sum(not is_available(volunteer, tasks_by_id[t]) for t in ranking)
            figures[name].setdefault("volunteer→tasks", []).append(ndcg_at_k(ranking, grade, K))
    return {
        name: {
            **{label: statistics.fmean(values) for label, values in columns.items()},
            "availability violations": violations[name],
        }
        for name, columns in figures.items()
    }


def routing_figures(requests: list[dict]) -> dict[str, dict[str, float]]:
    from matchers.volunteers.routing import default_router

    texts = [row["text"] for row in requests]
    routes = default_router().predict_many(texts)
    ours = [
        (None if route.team is None else route.team.value, route.category.value) for route in routes
    ]
    train_texts, train_teams, train_categories = read_examples()
    baseline = []
    for labels in (train_teams, train_categories):
        model = make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 2)),
            LogisticRegression(max_iter=2000),
        )
        model.fit(train_texts, [label or "none" for label in labels])
        baseline.append(model.predict(texts))
    base = [
        (None if team == "none" else str(team), str(category))
        for team, category in zip(*baseline, strict=True)
    ]
    truth = [(row.get("team"), row["category"]) for row in requests]
    result = {}
    for name, predicted in (("baseline", base), ("matcher", ours)):
        result[name] = {
            "team accuracy": _share(p[0] == t[0] for p, t in zip(predicted, truth, strict=True)),
            "category accuracy": _share(
                p[1] == t[1] for p, t in zip(predicted, truth, strict=True)
            ),
            "both right": _share(p == t for p, t in zip(predicted, truth, strict=True)),
            "abstained wrongly": _share(
                (p[0] is None and t[0] is not None) or (p[1] == "other" and t[1] != "other")
                for p, t in zip(predicted, truth, strict=True)
            ),
        }
    return result


def _share(flags: Any) -> float:
    values = list(flags)
    return float(np.mean(values)) if values else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir",
        type=Path,
        required=True,
        help="the folder holding dev/ with " + ", ".join(NEEDED),
    )
    args = parser.parse_args(argv)
    dev = args.data_dir / "dev"
    for needed in (dev / file for file in NEEDED):
        if not needed.is_file():
            parser.error(f"--data-dir {args.data_dir}: {needed} does not exist")
    tasks = [Task.from_mapping(row) for row in read_jsonl(dev / "tasks.jsonl")]
    volunteers = [Volunteer.from_mapping(row) for row in read_jsonl(dev / "volunteers.jsonl")]
    matching = matching_figures(tasks, volunteers, read_jsonl(dev / "volunteer_grades.jsonl"))
    routing = routing_figures(read_jsonl(dev / "request_routing.jsonl"))
    print(f"data: {dev.resolve()}")
    print(f"{'':40}{'baseline':>10}{'matcher':>10}")
    for section in (matching, routing):
        for label in section["matcher"]:
            cells = "".join(_cell(section[name][label]) for name in ("baseline", "matcher"))
            print(f"{label:40}{cells}")
    return 0


def _cell(value: float) -> str:
    return f"{value:>10}" if isinstance(value, int) else f"{value:>10.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
