"""Who may do what: tokens, roles, and acting for oneself or one's own community."""

MESSAGES: dict[str, dict[str, str]] = {
    "access.token_required": {
        "zh": "此操作需要 API 令牌（Authorization: Bearer TOKEN）",
        "en": "this needs an API token (Authorization: Bearer TOKEN)",
    },
    "access.token_unknown": {
        "zh": "API 令牌无效或已被吊销",
        "en": "the API token is unknown or revoked",
    },
    "access.role_required": {
        "zh": "{role} 令牌无权进行此操作，需要以下角色之一：{roles}",
        "en": "a {role} token cannot do this; it needs one of: {roles}",
    },
    "access.own_profile_only": {
        "zh": "求职者只能修改自己的资料",
        "en": "a seeker can only change their own profile",
    },
    "access.seekers_apply_themselves": {
        "zh": "求职申请须由求职者本人提交",
        "en": "applications are made by seekers themselves",
    },
    "access.seeker_only_withdraws": {
        "zh": "求职者只能撤回申请",
        "en": "a seeker can only withdraw an application",
    },
    "access.only_seeker_withdraws": {
        "zh": "只有求职者本人可以撤回申请",
        "en": "only the seeker can withdraw an application",
    },
    "access.own_community_only": {
        "zh": "协调员只能办理本社区的事务",
        "en": "a coordinator acts only within their own community",
    },
    "access.own_community_rewards_only": {
        "zh": "协调员只能为本社区添加兑换奖品",
        "en": "a coordinator adds rewards to their own community only",
    },
    "access.own_volunteer_only": {
        "zh": "志愿者只能为自己办理",
        "en": "a volunteer acts only for themself",
    },
    "access.coordinator_without_community": {
        "zh": "该协调员令牌未指定所属社区",
        "en": "a coordinator token needs a community",
    },
    "token.employer_required": {
        "zh": "招聘人员令牌须用 --employer 指定用人单位",
        "en": "a recruiter token needs --employer NAME",
    },
    "token.community_required": {
        "zh": "协调员令牌须用 --community 指定社区",
        "en": "a coordinator token needs --community NAME",
    },
    "token.candidate_for_seekers": {
        "zh": "只有求职者令牌可以绑定求职者",
        "en": "only a seeker token is bound to a candidate",
    },
    "token.volunteer_for_volunteers": {
        "zh": "只有志愿者令牌可以绑定志愿者",
        "en": "only a volunteer token is bound to a volunteer",
    },
    "token.unknown_candidate": {
        "zh": "找不到 id 为“{id}”的求职者",
        "en": "no candidate with id '{id}'",
    },
    "token.unknown_volunteer": {
        "zh": "找不到 id 为“{id}”的志愿者",
        "en": "no volunteer with id '{id}'",
    },
    "token.candidate_taken": {
        "zh": "求职者“{id}”已绑定其他账号",
        "en": "the candidate '{id}' already belongs to an account",
    },
    "token.volunteer_taken": {
        "zh": "志愿者“{id}”已绑定其他账号",
        "en": "the volunteer '{id}' already belongs to an account",
    },
}
