"""Who is asking: passed to every service that checks permissions."""

from __future__ import annotations

from dataclasses import dataclass

from engine.accounts.models import Role
from engine.errors import AuthenticationRequired, PermissionDenied


@dataclass(frozen=True, slots=True)
class Actor:
    account_id: int | None = None
    role: Role | None = None
    name: str = ""
    employer_id: int | None = None
    community: str | None = None

    @property
    def is_anonymous(self) -> bool:
        return self.role is None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def require(self, *roles: Role) -> None:
        """Raises unless the actor has one of `roles`; admins pass every check."""
        if self.is_anonymous:
            raise AuthenticationRequired("access.token_required")
        if self.is_admin or self.role in roles:
            return
        raise PermissionDenied("access.role_required", role=self.role, roles=list(roles or ADMIN))

    def acts_for_employer(self, employer_id: int | None) -> bool:
        """Admins, or the recruiters of `employer_id` (None: the city's own, admins only).

        Services answer a record the actor may not act for exactly as a missing one, so its
        id cannot be probed; a caller of the wrong role is refused by `require` first."""
        if self.is_admin:
            return True
        return (
            self.role is Role.RECRUITER
            and employer_id is not None
            and self.employer_id == employer_id
        )


ANONYMOUS = Actor()
OPERATOR = Actor(role=Role.ADMIN, name="operator")
ADMIN = (Role.ADMIN,)
