from __future__ import annotations

from schema.schema import SDL_PATH, sdl


def test_committed_sdl_matches_the_code():
    assert SDL_PATH.read_text(encoding="utf-8") == sdl(), (
        "schema/schema.graphql is out of date: run `python -m schema --write`"
    )


def test_the_names_others_rely_on_are_in_the_schema():
    text = sdl()
    for expected in (
        "jobs(first: Int = 20, after: String = null, filter: JobFilter = null): JobPostConnection!",
        "liveStreams(",
        "node(id: ID!): Node",
        "postJob(input: PostJobInput!): PostJobPayload!",
        "type JobPost implements Node",
        "type UserError",
        "SECONDARY_VOCATIONAL",
    ):
        assert expected in text
