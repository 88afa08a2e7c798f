"""Viewers' questions about a job: answered from its fields, from the employer's other jobs
(for "my major does not match"), from a recruiter's earlier answer, or passed to a recruiter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from engine.accounts.actor import ANONYMOUS, Actor
from engine.accounts.models import Role
from engine.errors import InvalidValue, NotFound
from engine.jobs.models import JobPost, JobStatus, LiveStream, LiveStreamStatus
from engine.jobs.question_models import JobQuestion
from engine.jobs.service import can_see_job
from engine.live.figures import count_question
from engine.matching.records import job_from_row
from engine.messages import Ref
from engine.paging import Page, paginate
from engine.time import now
from matchers.jobs import answers as job_answers
from matchers.records import Job

MAX_QUESTION_LENGTH = 500
MAX_ANSWER_LENGTH = 2000
PASSED_ON = "这个问题已转给招聘方，回答后会显示在这里。"
A_SEARCH = "想找合适的岗位？请看按您的情况匹配的岗位。"


class AnswerSource(StrEnum):
    FIELDS = "fields"
    RECRUITER = "recruiter"
    PENDING = "pending"
    MAJORS = "majors"
    # A search for jobs in general (有适合我的岗位吗): for jobsForText, not the recruiter.
    SEARCH = "search"


@dataclass(frozen=True, slots=True)
class Answer:
    answer: str | None
    topic: str | None
    source: AnswerSource
    matching_jobs: Sequence[JobPost] = field(default_factory=tuple)

    @property
    def answered(self) -> bool:
        return self.source is not AnswerSource.PENDING


def ask_about_job(
    *,
    session: Session,
    job_id: int,
    question: str,
    live_stream_id: int | None = None,
    counted_streams: set[int] | None = None,
    actor: Actor = ANONYMOUS,
) -> Answer:
    """Anyone may ask about an open job; a question nothing answers is kept for its recruiters.

    Asked in a broadcast, it counts among the broadcast's questions once per request
    (`counted_streams`, see `count_question`). A viewer who asks after the broadcast has
    ended still gets the answer; the question is neither counted nor credited to it.
    """
    text = _question_text(question)
    key = job_answers.question_key(text)
    if not key:
        raise InvalidValue("job_question.no_words", field="question", code="EMPTY_QUERY")
    job = _open_job(session=session, actor=actor, job_id=job_id)
    if live_stream_id is not None:
        stream = session.get(LiveStream, live_stream_id)
        if stream is None:
            raise NotFound(
                "live_stream.not_found",
                field="live_stream_id",
                stream=Ref("LiveStream", live_stream_id),
            )
        if stream.status is LiveStreamStatus.ENDED:
            live_stream_id = None
        else:
            count_question(
                session=session, stream_id=live_stream_id, counted_streams=counted_streams
            )
    topic = job_answers.topic_of(text)
    if topic == "major":
        return _majors_answer(session=session, job=job, question=text)
    from_fields = job_answers.answer(_record(job), topic, text)
    if from_fields is not None:
        return Answer(answer=from_fields, topic=topic, source=AnswerSource.FIELDS)
    if topic is None and job_answers.is_job_search(text):
        return Answer(answer=A_SEARCH, topic=None, source=AnswerSource.SEARCH)
    asked = _record_question(
        session=session, job=job, text=text, key=key, topic=topic, live_stream_id=live_stream_id
    )
    if asked.answer is not None:
        return Answer(answer=asked.answer, topic=topic, source=AnswerSource.RECRUITER)
    return Answer(answer=PASSED_ON, topic=topic, source=AnswerSource.PENDING)


def open_questions(
    *,
    session: Session,
    actor: Actor,
    live_stream_id: int | None = None,
    first: int | None,
    after: int | None,
) -> Page[JobQuestion]:
    """Unanswered questions, newest first: a recruiter's employer's jobs only; admins see all."""
    actor.require(Role.RECRUITER)
    statement = select(JobQuestion).where(JobQuestion.answer.is_(None))
    if not actor.is_admin:
        statement = statement.join(JobPost, JobPost.id == JobQuestion.job_id).where(
            JobPost.employer_id == actor.employer_id
        )
    if live_stream_id is not None:
        statement = statement.where(JobQuestion.live_stream_id == live_stream_id)
    return paginate(
        session=session, statement=statement, key=JobQuestion.id, first=first, after=after
    )


def answer_question(
    *, session: Session, actor: Actor, question_id: int, answer: str
) -> JobQuestion:
    """A recruiter of the job's employer (or an admin) answers; later askers get this answer."""
    actor.require(Role.RECRUITER)
    asked = session.get(JobQuestion, question_id)
    job = None if asked is None else session.get(JobPost, asked.job_id)
    if asked is None or job is None or not actor.acts_for_employer(job.employer_id):
        raise NotFound(
            "job_question.not_found", field="question_id", question=Ref("JobQuestion", question_id)
        )
    text = answer.strip()
    if not text:
        raise InvalidValue("field.blank", field="answer", code="REQUIRED")
    if len(text) > MAX_ANSWER_LENGTH:
        raise InvalidValue(
            "field.too_long",
            field="answer",
            code="TOO_LONG",
            length=len(text),
            limit=MAX_ANSWER_LENGTH,
        )
    asked.answer = text
    asked.answered_by_account_id = actor.account_id
    asked.answered_at = now()
    session.flush()
    return asked


def find_visible_question(
    *, session: Session, actor: Actor, question_id: int
) -> JobQuestion | None:
    """The question, for the recruiters of the job's employer and admins."""
    asked = session.get(JobQuestion, question_id)
    job = None if asked is None else session.get(JobPost, asked.job_id)
    if job is None or not actor.acts_for_employer(job.employer_id):
        return None
    return asked


def questions_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, JobQuestion]:
    rows = session.scalars(select(JobQuestion).where(JobQuestion.id.in_(ids)))
    return {row.id: row for row in rows}


def _question_text(question: str) -> str:
    text = question.strip()
    if not text:
        raise InvalidValue("job_question.empty", field="question", code="EMPTY_QUERY")
    if len(text) > MAX_QUESTION_LENGTH:
        raise InvalidValue(
            "field.too_long",
            field="question",
            code="TOO_LONG",
            length=len(text),
            limit=MAX_QUESTION_LENGTH,
        )
    return text


def _open_job(*, session: Session, actor: Actor, job_id: int) -> JobPost:
    """The open job; a closed one is news only to those who may still see it."""
    job = session.get(JobPost, job_id)
    if job is None or not can_see_job(actor, job):
        raise NotFound("job_post.not_found", field="job_id", job=Ref("JobPost", job_id))
    if job.status is not JobStatus.OPEN:
        raise InvalidValue("job_question.job_closed", field="job_id", code="JOB_CLOSED")
    return job


def _record(job: JobPost) -> Job:
    return job_from_row(job, job.employer.name)


def _majors_answer(*, session: Session, job: JobPost, question: str) -> Answer:
    """Which of the employer's open jobs fit the major the viewer names."""
    rows = list(
        session.scalars(
            select(JobPost)
            .where(JobPost.employer_id == job.employer_id, JobPost.status == JobStatus.OPEN)
            .order_by(JobPost.id)
        )
    )
    by_id = {str(row.id): row for row in rows}
    records = [_record(row) for row in rows]
    major = job_answers.viewer_major(question)
    fits = job_answers.major_fits(major, records) if major else []
    any_major = [record for record in records if not record.majors]
    return Answer(
        answer=job_answers.major_answer(major, fits, any_major),
        topic="major",
        source=AnswerSource.MAJORS,
        matching_jobs=[by_id[fit.job.id] for fit in fits],
    )


def _record_question(
    *,
    session: Session,
    job: JobPost,
    text: str,
    key: str,
    topic: str | None,
    live_stream_id: int | None,
) -> JobQuestion:
    """The question row for (job, key): created on first asking, counted on every repeat."""
    existing = _question_for(session, job.id, key)
    if existing is None:
        row = JobQuestion(
            job_id=job.id, live_stream_id=live_stream_id, question=text, key=key, topic=topic
        )
        try:
            with session.begin_nested():
                session.add(row)
            return row
        except IntegrityError:
            # Someone asked the same question at the same moment: count this one with theirs.
            existing = _question_for(session, job.id, key)
            assert existing is not None
    session.execute(
        update(JobQuestion)
        .where(JobQuestion.id == existing.id)
        .values(asked_count=JobQuestion.asked_count + 1)
        .execution_options(synchronize_session=False)
    )
    session.refresh(existing)
    if existing.live_stream_id is None and live_stream_id is not None:
        existing.live_stream_id = live_stream_id
        session.flush()
    return existing


def _question_for(session: Session, job_id: int, key: str) -> JobQuestion | None:
    return session.scalar(
        select(JobQuestion).where(JobQuestion.job_id == job_id, JobQuestion.key == key)
    )
