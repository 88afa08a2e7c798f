"""Batch match runs: starting, resuming, publishing."""

MESSAGES: dict[str, dict[str, str]] = {
    "run.busy": {
        "zh": "匹配任务 {run} 正在运行（{started_by} 在 {host} 上启动，进程 {pid}）；"
        "同一时间只能运行一个任务，请等它完成，或在其进程停止后用 --resume {run} 接着运行",
        "en": "match run {run} is running (started by {started_by} on {host}, process {pid}); "
        "one run at a time: wait for it, or, once its process has stopped, finish it with "
        "--resume {run}",
    },
    "run.lost": {
        "zh": "匹配任务 {run} 已被清理或由另一个进程接手，本进程停止运行",
        "en": "match run {run} was cleaned up or taken over by another process; this one stops",
    },
    "run.not_found": {
        "zh": "没有编号为 {run} 的匹配任务",
        "en": "there is no match run {run}",
    },
    "run.not_resumable": {
        "zh": "匹配任务 {run} 的状态是 {status}，只有未完成的任务可以接着运行",
        "en": "match run {run} is {status}; only an unfinished run can be resumed",
    },
    "run.no_base": {
        "zh": "没有已发布的匹配任务（{side}）可作为基础；请先运行一次完整的任务",
        "en": "no published run ranks {side} yet to build on; run a full one first",
    },
    "run.base_differs": {
        "zh": "匹配任务 {run} 的匹配器版本（{version}）与当前（{current}）不同；"
        "请运行一次完整的任务",
        "en": "run {run} was made by another matcher version ({version}, now {current}); "
        "run a full one",
    },
    "run.base_other_top": {
        "zh": "上一次发布的匹配任务 {run} 每人保留 {had} 条（--top {had}），"
        "增量任务须与之相同，而不是 {wanted}",
        "en": "the published run {run} kept {had} per person (--top {had}); an incremental "
        "run must keep as many, not {wanted}",
    },
    "run.base_other_exhaustive": {
        "zh": "上一次发布的匹配任务 {run} 的 --exhaustive 为 {had}，增量任务须与之相同",
        "en": "the published run {run} was made with --exhaustive {had}; an incremental run "
        "must be made the same way",
    },
    "run.base_gone": {
        "zh": "匹配任务 {run} 的词表已被清理；请运行一次完整的任务",
        "en": "the vocabulary of run {run} has been cleaned up; run a full one",
    },
    "cli.run_needs_kind": {
        "zh": "--for：请指定 candidates、jobs 或 both（或用 --resume RUN 接着运行未完成的任务）",
        "en": "--for: give candidates, jobs or both (or --resume RUN to finish a run)",
    },
    "cli.resume_takes_run_options": {
        "zh": "--resume：接着运行的任务沿用其原有的 --for、--top、--chunk-size、--exhaustive、"
        "--incremental、--keep-vocabulary 和 --volunteers",
        "en": "--resume: a resumed run keeps its own --for, --top, --chunk-size, --exhaustive, "
        "--incremental, --keep-vocabulary and --volunteers",
    },
    "cli.pause_out_of_range": {
        "zh": "--pause：应在 0 到 3600 秒之间",
        "en": "--pause: between 0 and 3600 seconds",
    },
    "cli.run_started": {
        "zh": "匹配任务 {run} 开始运行",
        "en": "match run {run} started",
    },
    "cli.run_published": {
        "zh": "匹配任务 {run} 已发布：{jobs} 个岗位，{candidates} 人，"
        "{results} 条结果，用时 {duration}",
        "en": "match run {run} published: {jobs} jobs, {candidates} people, {results} results "
        "in {duration}",
    },
    "progress.ranking_chunks": {
        "zh": "排序（{side}）",
        "en": "ranking ({side})",
    },
    "unit.chunks": {"zh": "块", "en": "chunks"},
}
