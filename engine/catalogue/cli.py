"""What the `civicmatch` command says on standard error: the database it uses, files it
refuses, progress bars and the closing summary."""

MESSAGES: dict[str, dict[str, str]] = {
    # The database.
    "cli.database": {
        "zh": "数据库 {url}",
        "en": "database {url}",
    },
    "cli.database_url_invalid": {
        "zh": "--database：不是有效的数据库 URL（例如 sqlite:///civicmatch.db）",
        "en": "--database: not a database URL (such as sqlite:///civicmatch.db)",
    },
    "cli.database_missing": {
        "zh": "{path} 不存在；请用 --database URL 指定服务所用的数据库，或加 --create 新建",
        "en": "{path} does not exist; give --database URL for the server's database, "
        "or --create to make a new one",
    },
    "cli.database_missing_export": {
        "zh": "{path} 不存在，没有可导出的内容；请用 --database URL 指定服务所用的数据库",
        "en": "{path} does not exist, so there is nothing to export; "
        "give --database URL for the server's database",
    },
    # Serving.
    "cli.port_busy": {
        "zh": "无法监听 {address}：端口已被占用（是否已有 civicmatch serve 在运行？）；"
        "请用 --port 换一个端口",
        "en": "cannot listen on {address}: the port is in use (another civicmatch serve?); "
        "choose another with --port",
    },
    "cli.cannot_listen": {
        "zh": "无法监听 {address}：{reason}",
        "en": "cannot listen on {address}: {reason}",
    },
    "cli.demo_loaded_new": {
        "zh": "新数据库，已载入演示数据",
        "en": "new database, demo data loaded",
    },
    "cli.workers_without_redis": {
        "zh": "多个工作进程但未指定 --redis：直播观众只能看到自己所连进程的事件",
        "en": "several workers without --redis: a live broadcast's viewers see "
        "only the events of their own worker",
    },
    "cli.graphiql_at": {
        "zh": "GraphiQL 地址 {url}",
        "en": "GraphiQL at {url}",
    },
    "cli.live_page_at": {
        "zh": "直播页面 {url}（ID 为 liveStreams 中直播的 id）",
        "en": "a broadcast's live page at {url} (ID: its id in liveStreams)",
    },
    # Input and output files.
    "cli.cannot_read": {
        "zh": "无法读取 {file}：{reason}",
        "en": "cannot read {file}: {reason}",
    },
    "cli.cannot_write": {
        "zh": "无法写入 {file}：{reason}",
        "en": "cannot write {file}: {reason}",
    },
    "cli.title_example_bad": {
        "zh": "{file}:{line}: {field}: 不是已知的职业代码或职位名称（{value}）",
        "en": "{file}:{line}: {field}: not a known occupation code or title ({value})",
    },
    "cli.title_examples_not_text": {
        "zh": "{file} 不是 UTF-8 文本文件",
        "en": "{file} is not a UTF-8 text file",
    },
    "cli.file_empty": {
        "zh": "{file} 中没有记录",
        "en": "{file} has no records",
    },
    "cli.file_empty_import": {
        "zh": "{file} 中没有记录，未导入任何内容",
        "en": "{file} has no records; nothing imported",
    },
    "cli.file_swapped": {
        "zh": "{file} 看起来是 {found} 文件（含字段 {fields}），不是 {expected} 文件；"
        "参数顺序是否颠倒了？",
        "en": "{file} looks like a {found} file (fields {fields}), not a {expected} file; "
        "did you swap the arguments?",
    },
    "cli.file_wrong_kind": {
        "zh": "{file} 看起来是 {found} 文件（含字段 {fields}），不是 {expected} 文件",
        "en": "{file} looks like a {found} file (fields {fields}), not a {expected} file",
    },
    "cli.file_wrong_import": {
        "zh": "{file} 看起来是 {found} 文件（含字段 {fields}），不是 {expected} 文件；"
        "是否应为 civicmatch import {found} {file}？",
        "en": "{file} looks like a {found} file (fields {fields}), not a {expected} file; "
        "did you mean civicmatch import {found} {file}?",
    },
    "cli.standard_output": {
        "zh": "标准输出",
        "en": "standard output",
    },
    # How long it took.
    "cli.seconds": {
        "zh": "{seconds} 秒",
        "en": "{seconds} s",
    },
    "cli.minutes": {
        "zh": "{minutes} 分 {seconds} 秒",
        "en": "{minutes} min {seconds} s",
    },
    # Closing summaries.
    "cli.done_match_candidates": {
        "zh": "已为 {count} 人匹配岗位，用时 {duration} → {target}",
        "en": "{count} people matched in {duration} → {target}",
    },
    "cli.done_match_jobs": {
        "zh": "已为 {count} 个岗位匹配人选，用时 {duration} → {target}",
        "en": "{count} jobs matched in {duration} → {target}",
    },
    "cli.done_match_text": {
        "zh": "已读取并匹配 {count} 条消息，用时 {duration} → {target}",
        "en": "{count} messages read and matched in {duration} → {target}",
    },
    "cli.done_match_tasks": {
        "zh": "已为 {count} 项任务匹配志愿者，用时 {duration} → {target}",
        "en": "{count} tasks matched in {duration} → {target}",
    },
    "cli.done_match_volunteers": {
        "zh": "已为 {count} 名志愿者匹配任务，用时 {duration} → {target}",
        "en": "{count} volunteers matched in {duration} → {target}",
    },
    "cli.done_assign": {
        "zh": "已分配 {count} 项任务，{slots} 个名额中填满 {filled} 个，用时 {duration} → {target}",
        "en": "{count} tasks assigned, {filled} of {slots} slots filled, in {duration} → {target}",
    },
    "cli.done_route": {
        "zh": "已分派 {count} 条诉求，用时 {duration} → {target}",
        "en": "{count} requests routed in {duration} → {target}",
    },
    "cli.done_extract": {
        "zh": "已从 {count} 段话中读出岗位信息，用时 {duration} → {target}",
        "en": "{count} texts read into job fields in {duration} → {target}",
    },
    "cli.done_import": {
        "zh": "{file}：已导入 {count} 条 {kind} 记录，用时 {duration}",
        "en": "{file}: {count} {kind} imported in {duration}",
    },
    "cli.done_export": {
        "zh": "已导出 {count} 条 {kind} 记录，用时 {duration} → {target}",
        "en": "{count} {kind} exported in {duration} → {target}",
    },
    "cli.done_seed": {
        "zh": "演示数据已载入，用时 {duration}",
        "en": "demo data loaded in {duration}",
    },
    "cli.done_migrate_new": {
        "zh": "已建立数据库结构，版本 {revision}，用时 {duration}",
        "en": "schema created at revision {revision} in {duration}",
    },
    "cli.done_migrate": {
        "zh": "已从版本 {before} 迁移到 {revision}，用时 {duration}",
        "en": "migrated from revision {before} to {revision} in {duration}",
    },
    "cli.done_migrate_current": {
        "zh": "已是最新版本 {revision}（{duration}）",
        "en": "already at revision {revision} ({duration})",
    },
    # Progress bars: labels and units. Counts and file names only, never a person's data.
    "progress.reading": {
        "zh": "读取 {file}",
        "en": "reading {file}",
    },
    "progress.migrating": {
        "zh": "迁移数据库结构",
        "en": "migrating the schema",
    },
    "progress.indexing_jobs": {
        "zh": "为 {count} 个岗位建立索引",
        "en": "indexing {count} jobs",
    },
    "progress.indexing_candidates": {
        "zh": "为 {count} 名求职者建立索引",
        "en": "indexing {count} people",
    },
    "progress.indexing_tasks": {
        "zh": "为 {count} 项任务建立索引",
        "en": "indexing {count} tasks",
    },
    "progress.indexing_volunteers": {
        "zh": "为 {count} 名志愿者建立索引",
        "en": "indexing {count} volunteers",
    },
    "progress.ranking_jobs": {
        "zh": "为求职者排序岗位",
        "en": "ranking jobs for people",
    },
    "progress.ranking_candidates": {
        "zh": "为岗位排序人选",
        "en": "ranking people for jobs",
    },
    "progress.matching_messages": {
        "zh": "读取消息并匹配岗位",
        "en": "reading messages and ranking jobs",
    },
    "progress.ranking_tasks": {
        "zh": "为志愿者排序任务",
        "en": "ranking tasks for volunteers",
    },
    "progress.ranking_volunteers": {
        "zh": "为任务排序志愿者",
        "en": "ranking volunteers for tasks",
    },
    "progress.scoring_pairs": {
        "zh": "为任务与志愿者配对打分",
        "en": "scoring volunteers for tasks",
    },
    "progress.solving": {
        "zh": "求解最优分配",
        "en": "choosing the best assignment",
    },
    "progress.learning_routes": {
        "zh": "学习分派样例",
        "en": "learning the routing examples",
    },
    "progress.routing": {
        "zh": "分派诉求",
        "en": "routing requests",
    },
    "progress.extracting": {
        "zh": "读出岗位信息",
        "en": "reading job fields",
    },
    "progress.importing": {
        "zh": "导入 {kind}",
        "en": "importing {kind}",
    },
    "progress.exporting": {
        "zh": "导出 {kind}",
        "en": "exporting {kind}",
    },
    "unit.people": {"zh": "人", "en": "people"},
    "unit.jobs": {"zh": "个岗位", "en": "jobs"},
    "unit.messages": {"zh": "条消息", "en": "messages"},
    "unit.tasks": {"zh": "项任务", "en": "tasks"},
    "unit.volunteers": {"zh": "名志愿者", "en": "volunteers"},
    "unit.requests": {"zh": "条诉求", "en": "requests"},
    "unit.texts": {"zh": "段", "en": "texts"},
    "unit.records": {"zh": "条", "en": "records"},
}
