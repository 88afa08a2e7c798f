"""Drafting a job post from what a live-stream host said; the host confirms it with postJob."""

from __future__ import annotations

from engine.errors import InvalidValue
from matchers.speech.reader import JobDraft, read_job

# What a host says about one job; a longer text is not one job.
MAX_SPEECH = 2000


def draft_job_from_speech(*, text: str) -> JobDraft:
    """The job fields the text states, each with a confidence; nothing is saved."""
    if len(text) > MAX_SPEECH:
        raise InvalidValue(
            "field.too_long", field="text", code="TOO_LONG", length=len(text), limit=MAX_SPEECH
        )
    if not text or not text.strip():
        raise InvalidValue("speech.empty_text", field="text", code="EMPTY_QUERY")
    return read_job(text)
