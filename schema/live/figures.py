"""The figures of a broadcast and of a campaign, as GraphQL types."""

from __future__ import annotations

import strawberry

from engine.live import figures
from engine.live.hub import LiveFigures

_REPORTED = "Viewers as the streaming platform counts them, reported by the host."
_VISITS = "观看人次: visits to the companion page."
_QUESTIONS = "Questions viewers asked about the jobs (askAboutJob, jobsForText)."
_PRESENTED = "Jobs presented (岗位)."
_COMPANIES = "Employers whose jobs were presented (企业)."
_OPENINGS = "Openings of the jobs presented: headcounts added up (需求人数)."
_APPLICATIONS = "Applications made from the broadcast (简历)."


@strawberry.type(description="What one broadcast has drawn so far.")
class LiveStreamFigures:
    viewers_now: int = strawberry.field(
        description="Watching the companion page now, through every server process."
    )
    viewer_visits: int = strawberry.field(description=_VISITS)
    peak_viewers: int = strawberry.field(description="The most companion-page viewers at once.")
    reported_viewers: int = strawberry.field(description=_REPORTED)
    questions_asked: int = strawberry.field(description=_QUESTIONS)
    jobs_presented: int = strawberry.field(description=_PRESENTED)
    companies_presented: int = strawberry.field(description=_COMPANIES)
    openings: int = strawberry.field(description=_OPENINGS)
    applications: int = strawberry.field(description=_APPLICATIONS)

    @classmethod
    def from_figures(cls, counted: figures.BroadcastFigures, viewers_now: int) -> LiveStreamFigures:
        return cls(
            viewers_now=viewers_now,
            viewer_visits=counted.viewer_visits,
            peak_viewers=counted.peak_viewers,
            reported_viewers=counted.reported_viewers,
            questions_asked=counted.questions_asked,
            jobs_presented=counted.jobs_presented,
            companies_presented=counted.companies_presented,
            openings=counted.openings,
            applications=counted.applications,
        )

    @classmethod
    def from_live(cls, live: LiveFigures) -> LiveStreamFigures:
        return cls.from_figures(live.broadcast, live.viewers_now)


@strawberry.type(
    description="A campaign's broadcasts added up; a job or company presented in several "
    "broadcasts counts once."
)
class CampaignFigures:
    campaign: str = strawberry.field(description="The campaign (2023年春风行动).")
    broadcasts: int = strawberry.field(description="Broadcasts in the campaign (场次).")
    viewer_visits: int = strawberry.field(description=_VISITS)
    peak_viewers: int = strawberry.field(
        description="The most companion-page viewers at once in any of its broadcasts."
    )
    reported_viewers: int = strawberry.field(description=_REPORTED)
    questions_asked: int = strawberry.field(description=_QUESTIONS)
    jobs_presented: int = strawberry.field(description=_PRESENTED)
    companies_presented: int = strawberry.field(description=_COMPANIES)
    openings: int = strawberry.field(description=_OPENINGS)
    applications: int = strawberry.field(description=_APPLICATIONS)

    @classmethod
    def from_figures(cls, counted: figures.CampaignFigures) -> CampaignFigures:
        return cls(
            campaign=counted.campaign,
            broadcasts=counted.broadcasts,
            viewer_visits=counted.viewer_visits,
            peak_viewers=counted.peak_viewers,
            reported_viewers=counted.reported_viewers,
            questions_asked=counted.questions_asked,
            jobs_presented=counted.jobs_presented,
            companies_presented=counted.companies_presented,
            openings=counted.openings,
            applications=counted.applications,
        )
