"""Files written for the tests, in the formats of FORMATS.md; each serves one purpose, and the
tests that read them state what they expect of their contents."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent

# Live-stream hosts' words, each with the job fields it states (and nothing it doesn't).
EXTRACTION_CASES = DATA / "extraction_cases.jsonl"
# Jobs and candidates that use every field on every line, for import and export.
EVERY_FIELD = DATA / "every_field"
# Jobs and candidates where each hard rule alone keeps some pairs apart (see test_cli_match).
HARD_RULES = DATA / "hard_rules"
# Tasks and volunteers whose availability windows fit some tasks exactly, miss others by
# minutes, and cannot cover a task across midnight; two Saturday tasks overlap.
VOLUNTEERING = DATA / "volunteering"
