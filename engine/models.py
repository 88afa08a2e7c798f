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
from engine.volunteering.models import (
    Community,
    SignUp,
    SignUpStatus,
    Task,
    TaskStatus,
    Volunteer,
)

__all__ = [
    "Account",
    "ApiToken",
    "Application",
    "ApplicationEvent",
    "ApplicationStatus",
    "Base",
    "Candidate",
    "Community",
    "Employer",
    "JobAccommodation",
    "JobPost",
    "JobStatus",
    "LiveStream",
    "LiveStreamStatus",
    "Presentation",
    "Role",
    "SignUp",
    "SignUpStatus",
    "Task",
    "TaskStatus",
    "Volunteer",
]
