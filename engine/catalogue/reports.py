"""Reports on published match runs: the supply and demand report, its errors and its page."""

MESSAGES: dict[str, dict[str, str]] = {
    # Which run.
    "report.no_published_run": {
        "zh": "还没有已发布的、为求职者匹配岗位的匹配任务；"
        "请先运行 civicmatch match-run --for candidates（或 both）",
        "en": "no published match run has ranked jobs for people yet; "
        "run civicmatch match-run --for candidates (or both) first",
    },
    "report.run_not_published": {
        "zh": "匹配任务 {run} 的状态是 {status}，只有已发布的任务才有报告",
        "en": "match run {run} is {status}; only a published run has a report",
    },
    "report.run_without_people": {
        "zh": "匹配任务 {run} 只为岗位匹配了求职者（--for jobs）；"
        "报告需要 --for candidates 或 both 的任务",
        "en": "match run {run} ranked people for jobs only (--for jobs); "
        "the report needs a run made with --for candidates or both",
    },
    "report.run_results_removed": {
        "zh": "匹配任务 {run} 的结果已被清理（只保留最新 {kept} 个已发布任务的结果）",
        "en": "the rankings of match run {run} have been removed "
        "(only the newest {kept} published runs keep theirs)",
    },
    # The command.
    "report.database_missing": {
        "zh": "{path} 不存在，没有可报告的匹配任务；请用 --database URL 指定服务所用的数据库",
        "en": "{path} does not exist, so there is no run to report on; "
        "give --database URL for the server's database",
    },
    "report.written": {
        "zh": "匹配任务 {run} 的供需报告已生成，用时 {duration} → {target}",
        "en": "supply and demand report of match run {run} written in {duration} → {target}",
    },
    # The page.
    "report.title": {"zh": "岗位供需报告", "en": "Supply and demand"},
    "report.run_line": {
        "zh": "匹配任务 {run}（{kind}，每人保留前 {top} 个岗位），发布于 {finished}",
        "en": "match run {run} ({kind}, best {top} jobs per person), published {finished}",
    },
    "report.suppression": {
        "zh": "应届毕业生和有特殊需求人员的人数少于 {minimum} 时显示为 <{minimum}；"
        "某一列只有一格需要隐藏时，该列其余最小的一格也一并隐藏，"
        "以免从合计中推算出来。任何数字都不指向具体的人。",
        "en": "For recent graduates and people with needs, counts under {minimum} show as "
        "<{minimum}; where a column would hide a single cell, its smallest other cell is "
        "hidden too, so that the hidden one cannot be worked out from a total. "
        "No figure names anyone.",
    },
    "report.figures_heading": {"zh": "各项数字的含义", "en": "What the figures mean"},
    "report.by_occupation": {"zh": "按职业", "en": "By occupation"},
    "report.by_district": {"zh": "按区县", "en": "By district"},
    "report.occupation": {"zh": "职业（CSCO-2022）", "en": "Occupation (CSCO-2022)"},
    "report.district": {"zh": "区县", "en": "District"},
    "report.total": {"zh": "合计", "en": "Total"},
    "report.unknown": {"zh": "未知", "en": "unknown"},
    "report.jobs": {"zh": "岗位", "en": "jobs"},
    "report.openings": {"zh": "招聘人数", "en": "openings"},
    "report.seeking": {"zh": "求职人数", "en": "people seeking"},
    "report.matched": {"zh": "已匹配人数", "en": "people matched"},
    "report.jobs_unmatched": {"zh": "无人匹配的岗位", "en": "jobs unmatched"},
    "report.jobs_without_qualified": {
        "zh": "无合格人选的岗位",
        "en": "jobs without qualified people",
    },
    "report.without_match": {"zh": "无合适岗位的人数", "en": "people without a match"},
    "report.everyone": {"zh": "全部求职者", "en": "everyone"},
    "report.recent_graduates": {"zh": "应届毕业生", "en": "recent graduates"},
    "report.with_needs": {"zh": "有特殊需求（残疾人）", "en": "people with needs (disabilities)"},
    "report.means_jobs": {
        "zh": "岗位：现仍招聘中、在任务开始时已发布的岗位"
        "（职业由岗位名称读出，区县由工作地点读出）",
        "en": "jobs: jobs open now that the run could rank (posted before it started); the "
        "occupation is read from the title, the district from the location",
    },
    "report.means_openings": {
        "zh": "招聘人数：这些岗位的招聘人数之和",
        "en": "openings: the sum of those jobs' headcounts",
    },
    "report.means_seeking": {
        "zh": "求职人数：第一个可识别的期望职业（第一个可识别的期望区县）属于该行的人数",
        "en": "people seeking: people whose first readable desired occupation (first preferred "
        "place that names a district) is the row's",
    },
    "report.means_matched": {
        "zh": "已匹配人数：岗位推荐列表中至少有一个该行岗位的人数（每人只计一次）",
        "en": "people matched: distinct people whose ranking of jobs holds a job of the row",
    },
    "report.means_jobs_unmatched": {
        "zh": "无人匹配的岗位：不在任何人前 {top} 个推荐中的岗位",
        "en": "jobs unmatched: jobs in no person's ranking (no one has them among their best "
        "{top})",
    },
    "report.means_jobs_without_qualified": {
        "zh": "无合格人选的岗位：没有任何人满足其硬性条件、自身的人选列表为空的岗位",
        "en": "jobs without qualified people: jobs whose own ranking of people is empty (no "
        "one meets their hard rules)",
    },
    "report.means_not_ranked": {
        "zh": "无合格人选的岗位：该任务没有为岗位匹配求职者（—）",
        "en": "jobs without qualified people: the run did not rank people for jobs (—)",
    },
    "report.means_without_match": {
        "zh": "无合适岗位的人数：岗位推荐列表为空的人数，按其期望职业（期望区县）统计；"
        "无法识别的计入“未知”",
        "en": "people without a match: people whose ranking of jobs is empty, by their "
        "desired occupation (preferred district); unknown when it cannot be read",
    },
    "report.means_splits": {
        "zh": "应届毕业生：{since} 年或以后毕业（含尚未毕业）的人；"
        "有特殊需求：填写了无障碍等需求的人，按其本人可见的推荐列表统计",
        "en": "recent graduates: people who graduated in {since} or later (or are yet to); "
        "people with needs: people who state needs, counted by their own ranking, which "
        "respects them",
    },
    "report.chart_occupations": {
        "zh": "按职业：招聘人数、求职人数与已匹配人数（招聘人数最多的 {shown} 个，共 {count} 个）",
        "en": "By occupation: openings, people seeking and people matched "
        "({shown} with the most openings of {count})",
    },
    "report.chart_districts": {
        "zh": "按区县：招聘人数、求职人数与已匹配人数（{shown} 个，共 {count} 个）",
        "en": "By district: openings, people seeking and people matched ({shown} of {count})",
    },
    "report.chart_gaps_occupations": {
        "zh": "按职业的缺口：无人匹配的岗位与无合适岗位的人"
        "（缺口最大的 {shown} 个，共 {count} 个）",
        "en": "Gaps by occupation: jobs unmatched and people without a match "
        "({shown} largest of {count})",
    },
    "report.chart_gaps_districts": {
        "zh": "按区县的缺口：无人匹配的岗位与无合适岗位的人（{shown} 个，共 {count} 个）",
        "en": "Gaps by district: jobs unmatched and people without a match ({shown} of {count})",
    },
}
