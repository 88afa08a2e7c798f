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
from engine.seekers.models import Application, ApplicationEvent, ApplicationStatus, Candidate

__all__ = [
    "Account",
    "ApiToken",
    "Application",
    "ApplicationEvent",
    "ApplicationStatus",
    "Base",
    "Candidate",
    "Employer",
    "JobAccommodation",
    "JobPost",
    "JobStatus",
    "LiveStream",
    "LiveStreamStatus",
    "Presentation",
    "Role",
]
