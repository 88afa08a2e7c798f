"""One hierarchy for every error a caller can act on.

`DomainError` subclasses are the caller's fault and become `userErrors` in GraphQL and
`FILE:LINE: field: message` on the CLI. `PermissionDenied` and `AuthenticationRequired`
are not user errors: the API reports them as top-level errors.
"""

from __future__ import annotations


class DomainError(Exception):
    code = "INVALID"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


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
        super().__init__("; ".join(str(error) for error in errors), field=errors[0].field)
        self.errors = errors


class AccessError(Exception):
    """Base of the errors that are about who asks, not what they ask."""


class AuthenticationRequired(AccessError):
    pass


class PermissionDenied(AccessError):
    pass
