"""The figures of a broadcast and of a campaign, as GraphQL types."""

from __future__ import annotations

from dataclasses import asdict

import strawberry

from engine.live import figures
from engine.live.hub import LiveFigures


@strawberry.type
class _Counted:
    """The counts a broadcast and a campaign share; not a GraphQL type of its own."""

    viewer_visits: int = strawberry.field(description="观看人次: visits to the companion page.")
    peak_viewers: int = strawberry.field(
        description="The most companion-page viewers at once (in any one broadcast)."
    )
    reported_viewers: int = strawberry.field(
        description="Viewers as the streaming platform counts them, reported by the host."
    )
    questions_asked: int = strawberry.field(
        description="Questions viewers asked about the jobs (askAboutJob, jobsForText)."
    )
    jobs_presented: int = strawberry.field(description="Jobs presented (岗位).")
    companies_presented: int = strawberry.field(
        description="Employers whose jobs were presented (企业)."
    )
    openings: int = strawberry.field(
        description="Openings of the jobs presented: headcounts added up (需求人数)."
    )
    applications: int = strawberry.field(description="Applications made from the broadcast (简历).")


@strawberry.type(description="What one broadcast has drawn so far.")
class LiveStreamFigures(_Counted):
    viewers_now: int = strawberry.field(
        description="Watching the companion page now, through every server process."
    )

    @classmethod
    def from_figures(cls, counted: figures.BroadcastFigures, viewers_now: int) -> LiveStreamFigures:
        return cls(viewers_now=viewers_now, **asdict(counted))

    @classmethod
    def from_live(cls, live: LiveFigures) -> LiveStreamFigures:
        return cls.from_figures(live.broadcast, live.viewers_now)


@strawberry.type(
    description="A campaign's broadcasts added up; a job or company presented in several "
    "broadcasts counts once."
)
class CampaignFigures(_Counted):
    campaign: str = strawberry.field(description="The campaign (2023年春风行动).")
    broadcasts: int = strawberry.field(description="Broadcasts in the campaign (场次).")

    @classmethod
    def from_figures(cls, counted: figures.CampaignFigures) -> CampaignFigures:
        return cls(
            campaign=counted.campaign, broadcasts=counted.broadcasts, **asdict(counted.totals)
        )
