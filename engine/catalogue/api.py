"""The GraphQL service's own refusals: ids, limits, time, load and failures."""

MESSAGES: dict[str, dict[str, str]] = {
    "api.not_an_id": {
        "zh": "“{id}”不是 {type} 的 id",
        "en": "'{id}' is not the id of a {type}",
    },
    "api.not_a_cursor": {
        "zh": "“{cursor}”不是本接口给出的游标",
        "en": "'{cursor}' is not a cursor from this API",
    },
    "api.control_characters": {
        "zh": "不能包含控制字符",
        "en": "must not contain control characters",
    },
    "api.cost_limit": {
        "zh": "此操作的估算开销为 {cost}，超过上限 {limit}：请少取几条（first）或少选几个字段",
        "en": "This operation would cost {cost}, above the limit of {limit}: "
        "ask for fewer items (first) or fewer fields.",
    },
    "api.field_limit": {
        "zh": "此操作选择了 {fields} 个字段，超过上限 {limit}",
        "en": "This operation selects {fields} fields, above the limit of {limit}.",
    },
    "api.depth_limit": {
        "zh": "此操作嵌套过深，超过上限 {limit} 层",
        "en": "This operation nests deeper than the limit of {limit}.",
    },
    "api.alias_limit": {
        "zh": "此操作使用的别名过多，超过上限 {limit} 个",
        "en": "This operation uses more aliases than the limit of {limit}.",
    },
    "api.introspection_limit": {
        "zh": "同一路径上只能查询一次自省字段 {field}",
        "en": "Introspection may ask for '{field}' only once on a path.",
    },
    "api.token_limit": {
        "zh": "请求文档超过 {limit} 个记号，未予解析",
        "en": "The document has more than {limit} tokens and was not parsed.",
    },
    "api.body_too_large": {
        "zh": "请求体超过 {limit} 字节",
        "en": "The request body is larger than {limit} bytes.",
    },
    "api.body_not_object": {
        "zh": "请求体必须是 JSON 对象",
        "en": "the request body must be a JSON object",
    },
    "api.bad_authorization": {
        "zh": "Authorization 请求头的格式应为“Bearer TOKEN”",
        "en": "the Authorization header must be 'Bearer TOKEN'",
    },
    "api.timeout": {
        "zh": "请求超过 {seconds:g} 秒未完成，已被中止；其中的修改可能已经生效",
        "en": "The request took longer than {seconds:g} s and was stopped; "
        "a mutation may still have been applied.",
    },
    "api.busy": {
        "zh": "数据库正忙，未做任何修改，请稍后重试",
        "en": "The database is busy with other work; nothing was changed. Try again shortly.",
    },
    "api.internal": {
        "zh": "服务器内部错误",
        "en": "Internal server error.",
    },
    "api.rate_limited": {
        "zh": "此连接提交过于频繁，请稍后再试",
        "en": "too many requests from this connection; please try again in a while",
    },
}
