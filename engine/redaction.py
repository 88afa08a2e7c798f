"""Errors as operators may log them: what failed and where, never the data it failed on.

A database error's message carries values: the driver's DETAIL (`Key (phone)=(138…)
already exists.`), an invalid literal, and, unless the engine hides them, the statement's
parameters. `loggable` describes an error by its type, the driver's error codes and the
SQL, and keeps a message only where Python writes it about the code rather than the data.
`redacted` gives a stand-in exception with the same traceback, and `RedactingFilter` puts
one in place of every exception a log record carries.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from sqlalchemy.exc import StatementError

from engine.errors import DomainError

MAX_STATEMENT_LENGTH = 1000

# Messages Python writes about the code (a missing attribute, module or name), never about
# the values being processed. Not SQLAlchemy's: PendingRollbackError quotes the error before
# it, DETAIL and all.
_MESSAGES_ABOUT_CODE: tuple[type[BaseException], ...] = (
    AttributeError,
    ImportError,
    NameError,
    NotImplementedError,
)


class Redacted(Exception):
    """Stands in for an exception in logs: `loggable(error)`, with the error's traceback."""


class RedactedGroup(ExceptionGroup[Exception]):
    """Stands in for an exception group, its members redacted."""


def loggable(error: BaseException) -> str:
    """One line about `error` that names no value it was processing."""
    if isinstance(error, StatementError):
        return _statement_error(error)
    if isinstance(error, DomainError):
        # Its message may quote the input ('"next week" is not an ISO 8601 time').
        where = f", field {error.field}" if error.field else ""
        return f"{_type_name(type(error))} ({error.code}{where})"
    if isinstance(error, BaseExceptionGroup):
        members = ", ".join(_type_name(type(member)) for member in error.exceptions)
        return f"{_type_name(type(error))} of {len(error.exceptions)}: {members}"
    if isinstance(error, _MESSAGES_ABOUT_CODE) and str(error):
        return f"{_type_name(type(error))}: {error}"
    return _type_name(type(error))


def redacted(error: BaseException) -> Redacted | RedactedGroup:
    """A stand-in for `error` and for the errors it was raised from, tracebacks kept."""
    return _redacted(error, {})


def redact_logs(*names: str) -> None:
    """Puts a RedactingFilter on each named logger, once: a record that starts there carries
    only redacted exceptions, whichever handlers it reaches (a logger's filters do not apply
    to its children's records, so name the loggers that log)."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, RedactingFilter) for existing in logger.filters):
            logger.addFilter(RedactingFilter())


class RedactingFilter(logging.Filter):
    """Replaces the exception of a record (its traceback included) and exceptions given as
    arguments of its message with their redacted forms. Attach it to a handler to redact
    every record that handler (and any after it) sees, or to the logger records start at."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            if not isinstance(error, Redacted | RedactedGroup):
                stand_in = redacted(error)
                record.exc_info = (type(stand_in), stand_in, stand_in.__traceback__)
                record.exc_text = None
        if isinstance(record.args, Mapping):
            record.args = {key: _argument(value) for key, value in record.args.items()}
        elif isinstance(record.args, tuple):
            record.args = tuple(_argument(value) for value in record.args)
        return True


def _statement_error(error: StatementError) -> str:
    original = error.orig
    parts = [_type_name(type(original))] if original is not None else []
    sqlstate = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    if sqlstate:
        parts.append(f"SQLSTATE {sqlstate}")
    diag = getattr(original, "diag", None)
    for label in ("constraint", "table", "column"):
        name = getattr(diag, f"{label}_name", None)
        if name:
            parts.append(f"{label} {name}")
    errorname = getattr(original, "sqlite_errorname", None)
    if errorname:
        parts.append(errorname)
    statement = " ".join(str(error.statement or "").split())
    if len(statement) > MAX_STATEMENT_LENGTH:
        statement = statement[:MAX_STATEMENT_LENGTH] + "…"
    return f"{_type_name(type(error))}: {', '.join(parts)} [SQL: {statement}]"


def _redacted(
    error: BaseException, seen: dict[int, Redacted | RedactedGroup]
) -> Redacted | RedactedGroup:
    if id(error) in seen:
        return seen[id(error)]
    stand_in: Redacted | RedactedGroup
    if isinstance(error, BaseExceptionGroup):
        members = [_redacted(member, seen) for member in error.exceptions]
        stand_in = RedactedGroup(loggable(error), members)
    else:
        stand_in = Redacted(loggable(error))
    seen[id(error)] = stand_in
    stand_in.__traceback__ = error.__traceback__
    stand_in.__suppress_context__ = error.__suppress_context__
    if error.__cause__ is not None:
        stand_in.__cause__ = _redacted(error.__cause__, seen)
    if error.__context__ is not None:
        stand_in.__context__ = _redacted(error.__context__, seen)
    return stand_in


def _argument(value: object) -> object:
    return loggable(value) if isinstance(value, BaseException) else value


def _type_name(kind: type) -> str:
    if kind.__module__ == "builtins":
        return kind.__qualname__
    return f"{kind.__module__}.{kind.__qualname__}"
