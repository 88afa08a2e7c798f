"""Communities' requests, volunteer tasks and sign-ups, attendance, points and rewards."""

MESSAGES: dict[str, dict[str, str]] = {
    "community.not_found": {
        "zh": "没有名为“{community}”的社区",
        "en": "no community named '{community}'",
    },
    "request.unknown_code": {
        "zh": "没有与此查询码对应的诉求",
        "en": "no request has this follow-up code",
    },
    "request.not_found": {
        "zh": "找不到诉求 {request}",
        "en": "no request with id {request}",
    },
    "request.already_resolved": {
        "zh": "该诉求已办结",
        "en": "the request is already resolved",
    },
    "request.already_has_task": {
        "zh": "该诉求已生成任务",
        "en": "this request already has a task",
    },
    "request.task_elsewhere": {
        "zh": "诉求的任务须在诉求所在社区",
        "en": "a request's task is in the request's community",
    },
    "task.not_found": {
        "zh": "找不到任务 {task}",
        "en": "no task with id {task}",
    },
    "task.not_open": {
        "zh": "只有招募中的任务可以取消",
        "en": "only an open task can be cancelled",
    },
    "task.stays_in_community": {
        "zh": "任务不能改到其他社区",
        "en": "a task stays in its community",
    },
    "task.slots_below_confirmed": {
        "zh": "名额 {slots} 少于已确认的 {confirmed} 名志愿者",
        "en": "slots {slots} is below the {confirmed} volunteers already confirmed",
    },
    "task.ends_before_start": {
        "zh": "{end}（结束时间）{ends_at} 不晚于 {start}（开始时间）{starts_at}",
        "en": "{end} {ends_at} is not after {start} {starts_at}",
    },
    "volunteer.not_found": {
        "zh": "找不到志愿者 {volunteer}",
        "en": "no volunteer with id {volunteer}",
    },
    "volunteer.no_profile": {
        "zh": "尚未建立志愿者资料",
        "en": "no volunteer profile",
    },
    "sign_up.not_found": {
        "zh": "找不到报名记录 {sign_up}",
        "en": "no sign-up with id {sign_up}",
    },
    "sign_up.task_closed": {
        "zh": "该任务不在报名期内",
        "en": "the task is not open for sign-ups",
    },
    "sign_up.already_signed_up": {
        "zh": "您已报名该任务",
        "en": "already signed up for this task",
    },
    "sign_up.overlap": {
        "zh": "与您已报名的“{title}”（{starts:%Y-%m-%d %H:%M}）时间冲突",
        "en": "overlaps {title} ({starts:%Y-%m-%d %H:%M}), which you signed up for",
    },
    "sign_up.already_cancelled": {
        "zh": "报名已取消",
        "en": "already cancelled",
    },
    "sign_up.already_completed": {
        "zh": "已确认完成",
        "en": "already completed",
    },
    "sign_up.already_no_show": {
        "zh": "已标记为未到岗",
        "en": "already marked as a no-show",
    },
    "sign_up.not_confirmed": {
        "zh": "报名当前为 {status} 状态，不是已确认",
        "en": "the sign-up is {status}, not confirmed",
    },
    "attendance.not_open_yet": {
        "zh": "签到于 {opens:%Y-%m-%d %H:%M} 开放，即任务开始前 {minutes} 分钟",
        "en": "check-in opens at {opens:%Y-%m-%d %H:%M}, {minutes} minutes before the task starts",
    },
    "attendance.closed": {
        "zh": "任务已结束，签到已关闭",
        "en": "the task is over; check-in has closed",
    },
    "attendance.no_place": {
        "zh": "您在该任务中没有已确认的名额",
        "en": "you have no confirmed place on this task",
    },
    "attendance.wrong_code": {
        "zh": "签到码不正确",
        "en": "this is not the task's check-in code",
    },
    "attendance.already_checked_in": {
        "zh": "已签到",
        "en": "already checked in",
    },
    "attendance.not_checked_in": {
        "zh": "尚未签到",
        "en": "not checked in",
    },
    "attendance.already_checked_out": {
        "zh": "已签退",
        "en": "already checked out",
    },
    "attendance.never_checked_in": {
        "zh": "该志愿者未签到，请标记为未到岗",
        "en": "the volunteer never checked in; mark a no-show instead",
    },
    "attendance.came": {
        "zh": "该志愿者已签到，说明已到岗",
        "en": "the volunteer checked in, so they came",
    },
    "points.insufficient": {
        "zh": "需要 {needed} 积分，当前余额 {balance}",
        "en": "needs {needed} points; the balance is {balance}",
    },
    "reward.not_found": {
        "zh": "找不到奖品 {reward}",
        "en": "no reward with id {reward}",
    },
    "reward.out_of_stock": {
        "zh": "{reward}已兑完",
        "en": "{reward} is out of stock",
    },
    "ledger.transaction_not_found": {
        "zh": "找不到积分流水 {transaction}",
        "en": "no ledger transaction with id {transaction}",
    },
    "ledger.already_corrected": {
        "zh": "已被流水 {transaction} 冲正",
        "en": "already corrected by transaction {transaction}",
    },
}
