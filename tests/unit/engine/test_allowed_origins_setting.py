import pytest

from engine.config import Settings
from engine.origins import parse_origins


def test_only_the_services_own_origin_is_allowed_unless_configured():
    assert Settings.from_env({}).allowed_origins == ()


def test_origins_are_read_comma_separated_and_written_as_browsers_send_them():
    settings = Settings.from_env(
        {
            "CIVICMATCH_ALLOWED_ORIGINS": (
                " http://localhost:5173, HTTPS://Jobs.Example.org:443/,http://[::1]:3000,"
                "http://localhost:5173"
            )
        }
    )

    assert settings.allowed_origins == (
        "http://localhost:5173",
        "https://jobs.example.org",
        "http://[::1]:3000",
    )


def test_a_star_stands_for_any_origin():
    assert parse_origins(["*"], source="--allow-origin") == ("*",)


@pytest.mark.parametrize(
    "value",
    [
        "localhost:5173",
        "http://localhost:5173/app",
        "http://localhost:5173?x=1",
        "ftp://files.example.org",
        "http://user@localhost:5173",
        "http://localhost:99999",
        "null",
    ],
)
def test_a_value_that_is_not_an_origin_is_refused_naming_the_variable(value: str):
    with pytest.raises(ValueError) as refused:
        Settings.from_env({"CIVICMATCH_ALLOWED_ORIGINS": f"http://localhost:3000,{value}"})

    message = str(refused.value)
    assert message.startswith(f"CIVICMATCH_ALLOWED_ORIGINS: {value!r} is not an origin")
    assert "http://localhost:5173" in message
