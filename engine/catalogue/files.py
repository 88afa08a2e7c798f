"""The lines of a JSON Lines file, before their fields are read."""

MESSAGES: dict[str, dict[str, str]] = {
    "file.not_utf8": {
        "zh": "不是 UTF-8 编码（{reason}）",
        "en": "not UTF-8 ({reason})",
    },
    "file.not_json": {
        "zh": "不是有效的 JSON：{reason}",
        "en": "not valid JSON: {reason}",
    },
    "file.not_object": {
        "zh": "每行必须是一个 JSON 对象",
        "en": "each line must be a JSON object",
    },
    "file.duplicate_id": {
        "zh": "“{id}”已在第 {line} 行使用",
        "en": "'{id}' is already used on line {line}",
    },
    "file.more_errors": {
        "zh": "……另有 {count} 处错误",
        "en": "... and {count} more errors",
    },
}
