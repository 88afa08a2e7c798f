"""Every mapped model, imported once so the metadata (and Alembic) sees all tables."""

from engine.accounts.models import Account, ApiToken, Role
from engine.db import Base
from engine.jobs.models import (
    Employer,
    JobAccommodation,
    JobPost,
    JobStatus,
    LiveStream,
    LiveStreamStatus,
    Presentation,
)
from engine.jobs.question_models import JobQuestion
from engine.runs.models import (
    JobAlert,
    MatchResult,
    MatchRun,
    MatchRunChunk,
    MatchRunVocabulary,
    VolunteerMatchResult,
)
from engine.seekers.models import Application, ApplicationEvent, ApplicationStatus, Candidate
from engine.volunteering.ledger_models import (
    AccountKind,
    LedgerAccount,
    LedgerEntry,
    LedgerTransaction,
    Redemption,
    Reward,
)
from engine.volunteering.models import (
    Community,
    SignUp,
    SignUpStatus,
    Task,
    TaskStatus,
    Volunteer,
)
from engine.volunteering.request_models import AnonymousRequest, RequestStatus, RequestUpdate

__all__ = [
    "Account",
    "AccountKind",
    "AnonymousRequest",
    "ApiToken",
    "Application",
    "ApplicationEvent",
    "ApplicationStatus",
    "Base",
    "Candidate",
    "Community",
    "Employer",
    "JobAccommodation",
    "JobAlert",
    "JobPost",
    "JobQuestion",
    "JobStatus",
    "LedgerAccount",
    "LedgerEntry",
    "LedgerTransaction",
    "LiveStream",
    "LiveStreamStatus",
    "MatchResult",
    "MatchRun",
    "MatchRunChunk",
    "MatchRunVocabulary",
    "Presentation",
    "Redemption",
    "RequestStatus",
    "RequestUpdate",
    "Reward",
    "Role",
    "SignUp",
    "SignUpStatus",
    "Task",
    "TaskStatus",
    "Volunteer",
    "VolunteerMatchResult",
]
