"""The supply and demand report as one self-contained HTML page: tables, and bar charts
drawn by matplotlib as inline SVG (no script, stylesheet, font or image is fetched).

Chart text is left as SVG text (`svg.fonttype: none`), so the reader's browser draws the
Chinese names with its own fonts; matplotlib only measures them, and a server rarely has a
Chinese font, so the room for the labels is reckoned here from their characters. The charts
show everyone's counts only: the suppressed graduate and needs splits are in the tables.
"""

from __future__ import annotations

import io
import unicodedata
import warnings
from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from typing import Any

from engine.messages import render
from engine.runs.supply_demand import UNKNOWN, PeopleCounts, Row, SupplyDemand
from engine.time import LOCAL_ZONE

CHART_ROWS = 15
LABEL_CHARACTERS = 16
FONT_SIZE = 9  # points
# Browsers' Chinese fonts first; DejaVu Sans (shipped with matplotlib) measures the text.
FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "DejaVu Sans"]
COLOURS = {
    "openings": "#3b6ea5",
    "seeking": "#e08a2c",
    "matched": "#4a9a57",
    "jobs_unmatched": "#c44e52",
    "without_match": "#8172b3",
}
STYLE = """
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       margin: 2rem auto; max-width: 78rem; padding: 0 1rem; color: #222; }
h1 { margin-bottom: 0.2rem; }
.note { color: #555; }
figure { margin: 1.5rem 0; }
figcaption { font-weight: bold; margin-bottom: 0.3rem; }
figure svg { max-width: 100%; height: auto; }
.legend span { margin-right: 1.2rem; white-space: nowrap; }
.legend i { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem;
            vertical-align: -0.05rem; }
table { border-collapse: collapse; margin: 0.5rem 0 2rem; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.45rem; }
td.n, tfoot td { text-align: right; font-variant-numeric: tabular-nums; }
td.suppressed { color: #888; }
tfoot td { font-weight: bold; }
td.name, tfoot td.name { text-align: left; }
"""


def render_html(report: SupplyDemand, *, language: str) -> str:
    def say(key: str, **params: Any) -> str:
        """The message, escaped for the page."""
        return escape(render(key, params, language=language))

    def label(row: Row) -> str:
        """The row's name as text (escaped where it goes into the page)."""
        if row.key == UNKNOWN:
            return render("report.unknown", language=language)
        return row.name or row.key

    run = say(
        "report.run_line",
        run=report.run_id,
        kind=report.kind.value,
        top=report.top,
        finished=_minute(report.finished_at),
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{say('report.title')} · {report.run_id}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        f"<h1>{say('report.title')}</h1>",
        f"<p>{run}</p>",
        f'<p class="note">{say("report.suppression", minimum=report.minimum_cell)}</p>',
    ]
    parts.extend(_charts(report, say, label))
    cell = _cells(report)
    parts.append(f"<h2>{say('report.by_occupation')}</h2>")
    parts.append(_table(report, report.by_occupation, say, label, cell, codes=True))
    parts.append(f"<h2>{say('report.by_district')}</h2>")
    parts.append(_table(report, report.by_district, say, label, cell, codes=False))
    parts.append(f"<h2>{say('report.figures_heading')}</h2>")
    parts.append("<ul>" + "".join(f"<li>{meaning}</li>" for meaning in _meanings(report, say)))
    parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _charts(
    report: SupplyDemand, say: Callable[..., str], label: Callable[[Row], str]
) -> list[str]:
    """Openings, people seeking and people matched by occupation and by district, then the
    gaps (jobs unmatched, people without a match) where there are any."""
    parts = []
    for rows, chart in (
        (report.by_occupation, "report.chart_occupations"),
        (report.by_district, "report.chart_districts"),
    ):
        shown = sorted(rows, key=lambda row: -row.openings)[:CHART_ROWS]
        parts.append(
            _figure(
                say(chart, shown=len(shown), count=len(rows)),
                [label(row) for row in shown],
                [
                    (say("report.openings"), "openings", [row.openings for row in shown]),
                    (say("report.seeking"), "seeking", [_n(row.people.seeking) for row in shown]),
                    (say("report.matched"), "matched", [_n(row.people.matched) for row in shown]),
                ],
            )
        )
    for rows, chart in (
        (report.by_occupation, "report.chart_gaps_occupations"),
        (report.by_district, "report.chart_gaps_districts"),
    ):
        shown = sorted(rows, key=lambda row: -(row.jobs_unmatched + _n(row.people.without_match)))
        shown = [row for row in shown if row.jobs_unmatched or row.people.without_match]
        shown = shown[:CHART_ROWS]
        if shown:
            parts.append(
                _figure(
                    say(chart, shown=len(shown), count=len(rows)),
                    [label(row) for row in shown],
                    [
                        (
                            say("report.jobs_unmatched"),
                            "jobs_unmatched",
                            [row.jobs_unmatched for row in shown],
                        ),
                        (
                            say("report.without_match"),
                            "without_match",
                            [_n(row.people.without_match) for row in shown],
                        ),
                    ],
                )
            )
    return parts


def _meanings(report: SupplyDemand, say: Callable[..., str]) -> list[str]:
    without_qualified = (
        say("report.means_jobs_without_qualified")
        if report.ranks_people_for_jobs
        else say("report.means_not_ranked")
    )
    return [
        say("report.means_jobs"),
        say("report.means_openings"),
        say("report.means_seeking"),
        say("report.means_matched"),
        say("report.means_jobs_unmatched", top=report.top),
        without_qualified,
        say("report.means_without_match"),
        say("report.means_splits", since=report.current_year - 2),
    ]


def _minute(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")


def _n(count: int | None) -> int:
    return count or 0


def _cells(report: SupplyDemand) -> Callable[[int | None, bool], str]:
    def cell(count: int | None, split: bool) -> str:
        if count is None and split:
            return f'<td class="n suppressed">&lt;{report.minimum_cell}</td>'
        if count is None:
            return '<td class="n">—</td>'
        return f'<td class="n">{count:,}</td>'

    return cell


JOB_COLUMNS = ("report.jobs", "report.openings", "report.jobs_unmatched")
PEOPLE_COLUMNS = ("report.seeking", "report.matched", "report.without_match")
GROUPS = ("report.everyone", "report.recent_graduates", "report.with_needs")


def _table(
    report: SupplyDemand,
    rows: Sequence[Row],
    say: Callable[..., str],
    label: Callable[[Row], str],
    cell: Callable[[int | None, bool], str],
    *,
    codes: bool,
) -> str:
    """One line per row and the total at the foot; occupations with their codes."""
    first = say("report.occupation") if codes else say("report.district")
    jobs = [*JOB_COLUMNS, "report.jobs_without_qualified"]
    head = [
        "<thead><tr>",
        f'<th rowspan="2" colspan="{2 if codes else 1}">{first}</th>',
        *(f'<th rowspan="2">{say(key)}</th>' for key in jobs),
        *(f'<th colspan="3">{say(key)}</th>' for key in GROUPS),
        "</tr><tr>",
        *(f"<th>{say(key)}</th>" for _ in GROUPS for key in PEOPLE_COLUMNS),
        "</tr></thead>",
    ]

    def line(row: Row, name: str) -> str:
        cells = [f'<td class="name">{name}</td>']
        if codes:
            cells.append(f"<td>{'' if row.name is None else escape(row.key)}</td>")
        jobs = (row.jobs, row.openings, row.jobs_unmatched, row.jobs_without_qualified_people)
        cells.extend(cell(count, False) for count in jobs)
        for group, split in (
            (row.people, False),
            (row.recent_graduates, True),
            (row.with_needs, True),
        ):
            cells.extend(cell(count, split) for count in _counts(group))
        return f"<tr>{''.join(cells)}</tr>"

    body = "".join(line(row, escape(label(row))) for row in rows)
    foot = line(report.total, say("report.total"))
    return f"<table>{''.join(head)}<tbody>{body}</tbody><tfoot>{foot}</tfoot></table>"


def _counts(people: PeopleCounts) -> tuple[int | None, int | None, int | None]:
    return people.seeking, people.matched, people.without_match


def _figure(title: str, labels: list[str], series: list[tuple[str, str, list[int]]]) -> str:
    """`title` and the series' names escaped for the page; `labels` as text (matplotlib
    escapes what it writes)."""
    legend = "".join(
        f'<span><i style="background:{COLOURS[key]}"></i>{name}</span>' for name, key, _ in series
    )
    svg = _bar_chart(labels, [(COLOURS[key], values) for _, key, values in series])
    return (
        f'<figure><figcaption>{title}</figcaption><div class="legend">{legend}</div>{svg}</figure>'
    )


def _bar_chart(labels: list[str], series: list[tuple[str, list[int]]]) -> str:
    """Grouped horizontal bars, first label on top, each bar with its count; inline SVG."""
    import matplotlib
    from matplotlib.figure import Figure

    shown = [_shortened(text) for text in labels]
    margin = max(map(_width_in_ems, shown)) * FONT_SIZE / 72 + 0.25  # inches
    plot, right = 6.0, 0.5
    band = 0.2 * len(series) + 0.12  # inches per label
    height = band * len(labels) + 0.55
    width = margin + plot + right
    settings = {
        "svg.fonttype": "none",
        "svg.hashsalt": "civicmatch",
        "font.family": "sans-serif",
        "font.sans-serif": FONTS,
        "font.size": FONT_SIZE,
    }
    with matplotlib.rc_context(settings), warnings.catch_warnings():
        # Chinese glyphs are missing from the measuring font; the browser has them.
        warnings.filterwarnings("ignore", message=r"Glyph .* missing from font")
        figure = Figure(figsize=(width, height))
        axes = figure.add_axes(
            (margin / width, 0.35 / height, plot / width, (height - 0.45) / height)
        )
        thickness = 0.8 / len(series)
        for number, (colour, values) in enumerate(series):
            offsets = [index - 0.4 + thickness * (number + 0.5) for index in range(len(labels))]
            bars = axes.barh(offsets, values, height=thickness, color=colour)
            axes.bar_label(bars, padding=2, fontsize=FONT_SIZE - 2)
        largest = max((value for _, values in series for value in values), default=0)
        axes.set_xlim(0, max(largest, 1) * 1.1)
        axes.set_ylim(len(labels) - 0.5, -0.5)
        axes.set_yticks(range(len(labels)), shown)
        axes.tick_params(axis="y", length=0)
        axes.xaxis.grid(True, color="#e4e4e4")
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        out = io.StringIO()
        figure.savefig(
            out,
            format="svg",
            metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
        )
    svg = out.getvalue()
    return svg[svg.index("<svg") :]


def _shortened(text: str) -> str:
    return text if len(text) <= LABEL_CHARACTERS else text[: LABEL_CHARACTERS - 1] + "…"


def _width_in_ems(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.6 for c in text)
