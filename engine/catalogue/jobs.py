"""Job posts, viewers' questions about them, and the live broadcasts that present them."""

MESSAGES: dict[str, dict[str, str]] = {
    "job_post.not_found": {
        "zh": "找不到岗位 {job}",
        "en": "no job post with id {job}",
    },
    "job_post.not_open": {
        "zh": "找不到正在招聘的岗位 {job}",
        "en": "no open job post with id {job}",
    },
    "job_post.already_closed": {
        "zh": "该岗位已停止招聘",
        "en": "the job is already closed",
    },
    "job_post.employer_required": {
        "zh": "管理员发布岗位时须填写用人单位",
        "en": "an admin must name the employer",
    },
    "job_post.own_employer_only": {
        "zh": "招聘人员只能为本单位发布岗位",
        "en": "a recruiter posts only for their own employer",
    },
    "job_post.salary_range": {
        "zh": "{low}（最低月薪）{salary_min} 高于 {high}（最高月薪）{salary_max}",
        "en": "{low} {salary_min} is above {high} {salary_max}",
    },
    "job_question.empty": {
        "zh": "问题为空，请输入您的问题",
        "en": "the question is empty: type what you want to know",
    },
    "job_question.no_words": {
        "zh": "问题中没有可识别的文字",
        "en": "the question has no words in it",
    },
    "job_question.job_closed": {
        "zh": "该岗位已停止招聘，不再接受提问",
        "en": "the job is closed and takes no more questions",
    },
    "job_question.not_found": {
        "zh": "找不到问题 {question}",
        "en": "no question with id {question}",
    },
    "live_stream.not_found": {
        "zh": "找不到直播 {stream}",
        "en": "no live stream with id {stream}",
    },
    "live_stream.not_scheduled": {
        "zh": "只有尚未开始的直播可以改期",
        "en": "only a scheduled broadcast can be rescheduled",
    },
    "live_stream.other_employers_job": {
        "zh": "单位的直播只能推介本单位的岗位",
        "en": "an employer's broadcast presents only that employer's jobs",
    },
    "live_stream.job_closed": {
        "zh": "已停止招聘的岗位不能推介",
        "en": "a closed job cannot be presented",
    },
    "live_stream.ended": {
        "zh": "直播已结束",
        "en": "the broadcast has ended",
    },
    "live_stream.already_presented": {
        "zh": "该岗位已在本场直播中推介过",
        "en": "the job was already presented in this broadcast",
    },
    "live_stream.too_many_jobs": {
        "zh": "一场直播最多推介 {limit} 个岗位",
        "en": "a broadcast presents at most {limit} jobs",
    },
    "live_stream.cannot_become": {
        "zh": "直播当前为 {status} 状态，不能变为 {target}",
        "en": "a {status} broadcast cannot become {target}",
    },
    "campaign.not_found": {
        "zh": "活动“{campaign}”下没有直播",
        "en": "no broadcast belongs to the campaign '{campaign}'",
    },
    "livestreams_file.jobs_not_list": {
        "zh": "应为 {{job, presented_at}} 对象的列表",
        "en": "must be a list of {{job, presented_at}}",
    },
    "livestreams_file.item_without_job": {
        "zh": "第 {item} 项缺少岗位 id",
        "en": "item {item} needs a job id",
    },
    "livestreams_file.job_twice": {
        "zh": "岗位“{job}”重复出现",
        "en": "job '{job}' is listed twice",
    },
    "livestreams_file.unknown_job": {
        "zh": "找不到 id 为“{job}”的岗位，请先导入岗位",
        "en": "no job with id '{job}'; import the jobs first",
    },
    "speech.empty_text": {
        "zh": "内容为空：请输入主播对岗位的介绍",
        "en": "the text is empty: say what the host said about the job",
    },
    "speech.nothing_found": {
        "zh": "没有识别到岗位信息：请说出岗位名称、学历、薪资等要求",
        "en": "no job details found: say the job's title, education, pay and so on",
    },
}
