"""Job seekers, their applications, and the matches found for them."""

MESSAGES: dict[str, dict[str, str]] = {
    "candidate.not_found": {
        "zh": "找不到求职者 {candidate}",
        "en": "no candidate with id {candidate}",
    },
    "candidate.no_profile": {
        "zh": "请先创建求职资料（upsertCandidateProfile）",
        "en": "create your profile first (upsertCandidateProfile)",
    },
    "application.not_found": {
        "zh": "找不到求职申请 {application}",
        "en": "no application with id {application}",
    },
    "application.already_applied": {
        "zh": "您已申请过该岗位",
        "en": "you already applied to this job",
    },
    "application.cannot_become": {
        "zh": "申请当前为 {status} 状态，不能变为 {target}",
        "en": "an application that is {status} cannot become {target}",
    },
    "matching.empty_text": {
        "zh": "内容为空：请说说您的情况或想找的工作",
        "en": "the message is empty: say something about yourself or the job you want",
    },
}
