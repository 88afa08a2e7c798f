"""One hierarchy for every error a caller can act on.

`DomainError` subclasses are the caller's fault and become `userErrors` in GraphQL and
`FILE:LINE: field: message` on the CLI. `PermissionDenied` and `AuthenticationRequired`
are not user errors: the API reports them as top-level errors.

An error carries a catalogue key and its parameters (`engine.messages`), never finished
text: the edge that shows it renders it in the deployment's language, e.g.
`NotFound("job_post.not_found", field="job_id", job=Ref("JobPost", job_id))`.
"""

from __future__ import annotations

from typing import Any

from engine.messages import Message


class DomainError(Exception):
    code = "INVALID"

    def __init__(
        self, key: str, *, field: str | None = None, code: str | None = None, **params: Any
    ):
        super().__init__(key)
        self.message = Message(key, params)
        self.field = field
        if code is not None:
            self.code = code

    def problems(self) -> list[DomainError]:
        """The single problems this error reports: itself, or each of a group's."""
        return [self]

    def __str__(self) -> str:
        # For tracebacks and tests; what users read is rendered at the edges.
        return f"{self.field}: {self.message.key}" if self.field else self.message.key


class InvalidValue(DomainError):
    code = "INVALID"


class NotFound(DomainError):
    code = "NOT_FOUND"


class Conflict(DomainError):
    code = "CONFLICT"


class InvalidTransition(DomainError):
    code = "INVALID_TRANSITION"


class ValidationFailed(DomainError):
    """Several problems at once, e.g. every bad field of one record."""

    code = "INVALID"

    def __init__(self, errors: list[DomainError]):
        first = errors[0]
        super().__init__(first.message.key, field=first.field, **first.message.params)
        self.errors = errors

    def problems(self) -> list[DomainError]:
        return [problem for error in self.errors for problem in error.problems()]

    def __str__(self) -> str:
        return "; ".join(str(error) for error in self.problems())


def described(error: DomainError, *, language: str) -> str:
    """`field: message` for each of the error's problems, as files and the CLI name things:
    a field as the file spells it, an object by its number."""
    parts = []
    for problem in error.problems():
        text = problem.message.render(language=language)
        parts.append(f"{problem.field}: {text}" if problem.field else text)
    return "; ".join(parts)


class AccessError(Exception):
    """Base of the errors that are about who asks, not what they ask."""

    def __init__(self, key: str, **params: Any):
        super().__init__(key)
        self.message = Message(key, params)


class AuthenticationRequired(AccessError):
    pass


class PermissionDenied(AccessError):
    pass
