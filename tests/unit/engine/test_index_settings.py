import pytest

from engine.config import Settings


def test_the_index_polls_every_second_and_refits_after_a_tenth_unless_configured():
    configured = Settings.from_env(
        {"CIVICMATCH_INDEX_POLL_SECONDS": "0.5", "CIVICMATCH_INDEX_REFIT_SHARE": "0.25"}
    )

    assert (Settings.from_env({}).index_poll_seconds, Settings.from_env({}).index_refit_share) == (
        1.0,
        0.1,
    )
    assert (configured.index_poll_seconds, configured.index_refit_share) == (0.5, 0.25)


@pytest.mark.parametrize("raw", ["0", "-1", "soon", "nan", "inf"])
@pytest.mark.parametrize("name", ["CIVICMATCH_INDEX_POLL_SECONDS", "CIVICMATCH_INDEX_REFIT_SHARE"])
def test_a_setting_that_is_not_a_positive_number_is_refused_by_name(name, raw):
    with pytest.raises(ValueError, match=f"^{name}: expected a positive number, not '{raw}'$"):
        Settings.from_env({name: raw})
