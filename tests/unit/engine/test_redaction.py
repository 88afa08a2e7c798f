"""Errors as logged: the type, codes and SQL of what failed, never the values it failed on."""

from __future__ import annotations

import logging
import sqlite3

import psycopg.errors
from sqlalchemy.exc import IntegrityError, PendingRollbackError

from engine.errors import InvalidValue
from engine.redaction import Redacted, RedactingFilter, loggable, redact_logs, redacted

PHONE = "13800138000"
NEED = "需要轮椅通道"
INSERT = "INSERT INTO candidates (phone, needs) VALUES (%(phone)s, %(needs)s)"
DETAIL = f"new row violates check constraint\nDETAIL:  Failing row contains ({PHONE}, {NEED})."


def postgres_error() -> IntegrityError:
    orig = psycopg.errors.CheckViolation(DETAIL)
    return IntegrityError(INSERT, {"phone": PHONE, "needs": NEED}, orig)


def raised(error: BaseException, cause: BaseException | None = None) -> BaseException:
    """`error` as it is after being raised (from `cause`), with a traceback."""
    try:
        raise error from cause
    except BaseException as caught:
        return caught


def formatted(record: logging.LogRecord) -> str:
    formatter = logging.Formatter("%(levelname)s %(name)s %(message)s")
    text = formatter.format(record)
    if record.exc_info:
        text += formatter.formatException(record.exc_info)
    return text


def record_of(error: BaseException, msg: str = "request failed", *args: object):  # type: ignore[no-untyped-def]
    return logging.LogRecord(
        "civicmatch.api", logging.ERROR, __file__, 1, msg, args, (type(error), error, None)
    )


def test_a_database_error_is_its_types_codes_and_sql_without_its_detail():
    text = loggable(postgres_error())

    assert text == (
        "sqlalchemy.exc.IntegrityError: psycopg.errors.CheckViolation, SQLSTATE 23514 "
        f"[SQL: {INSERT}]"
    )


def test_a_sqlite_error_keeps_its_error_name():
    orig = sqlite3.IntegrityError("CHECK constraint failed")
    orig.sqlite_errorname = "SQLITE_CONSTRAINT_CHECK"  # type: ignore[attr-defined]

    text = loggable(IntegrityError("INSERT INTO t (phone) VALUES (?)", (PHONE,), orig))

    assert "sqlite3.IntegrityError, SQLITE_CONSTRAINT_CHECK" in text
    assert PHONE not in text


def test_messages_about_values_are_left_out_and_messages_about_code_kept():
    assert loggable(ValueError(f"invalid literal for int() with base 10: '{PHONE}'")) == (
        "ValueError"
    )
    assert loggable(KeyError(PHONE)) == "KeyError"
    assert loggable(AttributeError("'NoneType' object has no attribute 'phone'")) == (
        "AttributeError: 'NoneType' object has no attribute 'phone'"
    )


def test_a_pending_rollback_does_not_quote_the_error_before_it():
    error = PendingRollbackError(f"This Session's transaction has been rolled back. {DETAIL}")

    assert loggable(error) == "sqlalchemy.exc.PendingRollbackError"


def test_a_domain_error_is_its_code_and_field_not_the_input_it_quotes():
    error = InvalidValue(f"'{PHONE}' is not an ISO 8601 time", field="starts_at", code="BAD")

    assert loggable(error) == "engine.errors.InvalidValue (BAD, field starts_at)"


def test_a_redacted_error_keeps_the_traceback_and_the_chain():
    error = raised(RuntimeError(f"saving {PHONE} failed"), raised(postgres_error()))

    stand_in = redacted(error)

    assert isinstance(stand_in, Redacted)
    assert stand_in.__traceback__ is error.__traceback__
    assert isinstance(stand_in.__cause__, Redacted)
    assert str(stand_in.__cause__).startswith("sqlalchemy.exc.IntegrityError")


def test_the_filter_redacts_the_whole_traceback_and_exceptions_given_as_arguments():
    error = raised(RuntimeError(f"saving {PHONE} failed"), raised(postgres_error()))
    record = record_of(error, "failed: %s", raised(ValueError(NEED)))

    kept = RedactingFilter().filter(record)

    text = formatted(record)
    assert kept
    assert PHONE not in text and NEED not in text
    assert "in raised" in text  # the frames are still there
    assert "CheckViolation, SQLSTATE 23514" in text
    assert "failed: ValueError" in text


def test_an_exception_group_is_redacted_member_by_member():
    group = raised(ExceptionGroup("two failed", [ValueError(PHONE), raised(postgres_error())]))
    record = record_of(group)

    RedactingFilter().filter(record)

    text = formatted(record)
    assert PHONE not in text and NEED not in text
    assert "ExceptionGroup of 2: ValueError, sqlalchemy.exc.IntegrityError" in text


def test_redacting_a_logger_twice_puts_one_filter_on_it():
    name = "civicmatch.test.redaction"

    redact_logs(name, name)
    redact_logs(name)

    filters = logging.getLogger(name).filters
    assert sum(isinstance(existing, RedactingFilter) for existing in filters) == 1
