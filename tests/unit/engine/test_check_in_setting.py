from engine.config import Settings


def test_check_in_opens_thirty_minutes_before_the_start_unless_configured():
    configured = Settings.from_env({"CIVICMATCH_CHECK_IN_OPENS_MINUTES": "45"})

    assert Settings.from_env({}).check_in_opens_minutes == 30
    assert configured.check_in_opens_minutes == 45
