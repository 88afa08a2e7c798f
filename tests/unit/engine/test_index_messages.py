"""What a server process tells the others of a commit, and what it makes of what it hears."""

from engine.matching.changes import EVERYTHING, MESSAGE_IDS, decoded, encoded, merged


def test_a_message_carries_the_indexes_and_ids_a_commit_changed():
    changes = {"open_jobs": frozenset({3, 1, 2}), "people": None}

    assert encoded(changes) == '{"open_jobs":[1,2,3],"people":null}'
    assert decoded(encoded(changes)) == changes
    assert decoded(encoded(changes).encode()) == changes  # Redis hands over bytes


def test_too_many_ids_say_only_that_the_index_changed():
    changes = {"open_jobs": frozenset(range(MESSAGE_IDS + 1))}

    assert decoded(encoded(changes)) == {"open_jobs": None}
    assert len(encoded({"open_jobs": frozenset(range(MESSAGE_IDS))})) < 8000  # NOTIFY's limit


def test_a_message_that_cannot_be_read_means_everything_changed():
    for message in ["", "open_jobs", "[1, 2]", '{"open_jobs": ["x"]}', '{"open_jobs": 5}', b"\xff"]:
        assert decoded(message) == EVERYTHING, message


def test_unknown_indexes_in_a_message_are_ignored():
    assert decoded('{"open_jobs":[7],"volunteers":[1]}') == {"open_jobs": frozenset({7})}


def test_changes_merge_and_not_knowing_which_wins():
    first = {"open_jobs": frozenset({1})}

    assert merged(first, {"open_jobs": frozenset({2})}) == {"open_jobs": frozenset({1, 2})}
    assert merged(first, {"open_jobs": None}) == {"open_jobs": None}
    assert merged({"open_jobs": None}, first) == {"open_jobs": None}
    assert merged(first, {"people": frozenset({5})}) == {
        "open_jobs": frozenset({1}),
        "people": frozenset({5}),
    }
