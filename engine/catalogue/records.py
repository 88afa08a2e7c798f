"""A record's fields, as files and GraphQL inputs give them."""

MESSAGES: dict[str, dict[str, str]] = {
    "record.not_object": {
        "zh": "每条记录必须是一个 JSON 对象",
        "en": "a record must be a JSON object",
    },
    "record.id_in_use": {
        "zh": "id“{id}”已被使用",
        "en": "'{id}' is already in use",
    },
    "field.unknown": {
        "zh": "无法识别的字段",
        "en": "unknown field",
    },
    "field.required": {
        "zh": "此项必须填写",
        "en": "is required",
    },
    "field.blank": {
        "zh": "不能为空",
        "en": "must not be blank",
    },
    "field.blank_item": {
        "zh": "列表中不能有空白项",
        "en": "must not contain blank strings",
    },
    "field.too_long": {
        "zh": "长度为 {length} 个字符，最多允许 {limit} 个",
        "en": "is {length} characters long; at most {limit} are allowed",
    },
    "field.item_too_long": {
        "zh": "每项最多 {limit} 个字符",
        "en": "items are at most {limit} characters",
    },
    "field.too_many_items": {
        "zh": "共 {count} 项，最多允许 {limit} 项",
        "en": "has {count} items; at most {limit} are allowed",
    },
    "field.too_small": {
        "zh": "{value} 小于最小值 {limit}",
        "en": "{value} is below the minimum {limit}",
    },
    "field.too_large": {
        "zh": "{value} 超过最大值 {limit}",
        "en": "{value} is above the maximum {limit}",
    },
    "field.between": {
        "zh": "应在 {low} 到 {high} 之间",
        "en": "must be between {low} and {high}",
    },
    "field.negative": {
        "zh": "不能小于 0",
        "en": "must be 0 or more",
    },
    "field.not_bool": {
        "zh": "应为 true 或 false，而不是 {value}",
        "en": "must be true or false, not {value}",
    },
    "field.not_string": {
        "zh": "应为字符串，而不是 {value}",
        "en": "must be a string, not {value}",
    },
    "field.not_integer": {
        "zh": "应为整数，而不是 {value}",
        "en": "must be an integer, not {value}",
    },
    "field.not_list": {
        "zh": "应为列表，而不是 {value}",
        "en": "must be a list, not {value}",
    },
    "field.not_strings": {
        "zh": "应为字符串列表，{value} 不是字符串",
        "en": "must be a list of strings; {value} is not one",
    },
    "field.invalid_choice": {
        "zh": "无法识别的取值 {value}，可选：{choices}",
        "en": "unknown value {value} (expected one of: {choices})",
    },
    "time.invalid": {
        "zh": "“{value}”不是 ISO 8601 格式的时间",
        "en": "'{value}' is not an ISO 8601 time",
    },
    "time.not_string": {
        "zh": "应为 ISO 8601 格式的时间字符串",
        "en": "must be an ISO 8601 time string",
    },
    "time.out_of_range": {
        "zh": "时间 {value} 超出可处理的范围",
        "en": "{value} is out of range",
    },
    "availability.not_list": {
        "zh": "应为 {{weekday, start, end}} 对象的列表",
        "en": "must be a list of {{weekday, start, end}} objects",
    },
    "availability.window_keys": {
        "zh": "第 {window} 个时段应是恰好含 weekday、start、end 三项的对象",
        "en": "window {window} must be an object with exactly weekday, start and end",
    },
    "availability.weekday": {
        "zh": "第 {window} 个时段：weekday {value} 应为 1（周一）到 7（周日）",
        "en": "window {window}: weekday {value} is not 1 (Monday) to 7 (Sunday)",
    },
    "availability.clock": {
        "zh": "第 {window} 个时段：{value} 不是 HH:MM 格式的时刻",
        "en": "window {window}: {value} is not a time of day as HH:MM",
    },
    "availability.ends_before_start": {
        "zh": "第 {window} 个时段的结束时刻 {end} 不晚于开始时刻 {start}",
        "en": "window {window} ends at {end}, not after it starts at {start}",
    },
}
