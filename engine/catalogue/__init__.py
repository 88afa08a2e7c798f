"""The catalogue's templates, one module per domain, merged into one dict.

Each module maps keys (`<subject>.<what>`) to a template per language (str.format). A key's
templates take the same parameters in every language; tests/unit/engine/test_messages.py
checks that, and that every key is used and every key used exists.
"""

from __future__ import annotations

from engine.catalogue import (
    access,
    api,
    cli,
    files,
    jobs,
    records,
    reports,
    runs,
    seekers,
    volunteering,
)

MODULES = (records, files, access, jobs, seekers, volunteering, api, cli, runs, reports)


def _merged() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for module in MODULES:
        clash = merged.keys() & module.MESSAGES.keys()
        if clash:
            raise AssertionError(f"{module.__name__} repeats keys: {sorted(clash)}")
        merged.update(module.MESSAGES)
    return merged


CATALOGUE: dict[str, dict[str, str]] = _merged()
