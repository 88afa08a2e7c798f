"""A job read off a card (【岗位】焊工【学历】不限…, 岗位：焊工；学历：不限；…): its labelled
fields put into the words a host says (…招焊工，学历不限，…), so that the reader's rules, not a
second set of them, read every field; values of labels it does not know, and what the card
says outside its labels (▲包吃住), are kept as said. Other layouts are put into labels or
clauses first: a row of labels over a row of values (岗位 / 人数 / 薪资, or a table of | cells |),
a line of unlabelled cells (仓储主管｜慈溪海丰电器有限公司｜宁波慈溪｜7K-9K), English labels (Job:,
Pay:). A text with fewer than two known labels after that is otherwise left as it is.
"""

from __future__ import annotations

import re

# 【label】value (up to the next label), label：value after the start or a separator, or
# label，value between semicolons (岗位，焊工；学历，本科；…).
_SYMBOL = "▶▲●■◆★☆•\u2500-\u257f\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"  # ✅ ⭐ 📍 ├ …
_PAIR = re.compile(
    r"[【〔\[#]\s*([\u4e00-\u9fff]{1,6})\s*[】〕\]#]\s*"
    r"((?:(?![\u4e00-\u9fff]{1,6}\s*[:：])[^【】〔〕\[\]#；;|｜\n])*)"
    # 岗位：焊工, 职位 Job：焊工, 岗位——焊工; a value ends at a separator, a slash, two spaces
    # or a symbol that opens the next label (📍地点：…)
    rf"|(?:^|(?<=[；;|｜。，,\s】〕/／{_SYMBOL}]))"
    r"\s*([\u4e00-\u9fff]{1,6})(?:\s*[A-Za-z]+)?\s*(?:[:：→]|——)\s*"
    rf"((?:(?!\s{{2}}|\s[/／]|\s+[\u4e00-\u9fff]{{1,6}}\s*[:：]|[{_SYMBOL}])[^；;|｜。\n/／])*)"
    r"|(?<=[；;:：])\s*([\u4e00-\u9fff]{1,6})\s*[，,]\s*([^；;|｜。\n]*)"
    # label/value pairs apart by spaces (岗位/钢筋工 学历/不限 经验/三年以上)
    r"|(?:(?<=\s)|^)([\u4e00-\u9fff]{1,6})[/／|｜]([^\s/／|｜]+)(?=\s|$)"
    # a label and its value on a line of their own, apart by a bar, a slash or a dash
    # (岗位｜面点师, 岗位 - 网格员)
    rf"|(?:^|(?<=\n))[\s{_SYMBOL}]*([\u4e00-\u9fff]{{1,6}})\s*(?:[|｜/／]|\s[-–—]\s)\s*([^\n]*)"
)
_EMPLOYER = frozenset(
    {"企业", "单位", "用人单位", "公司", "企业名称", "单位名称", "公司名称", "招聘单位"}
)
_TITLE = frozenset(
    {"岗位", "岗位名称", "职位", "职位名称", "招聘岗位", "工种", "招聘", "招", "名称"}
)
_SAID: dict[str, str] = {
    **dict.fromkeys(("学历", "学历要求", "文化程度"), "学历{}"),
    **dict.fromkeys(
        ("薪资", "工资", "薪资待遇", "待遇", "月薪", "薪酬", "工资待遇", "收入", "月收入", "钱"),
        "月薪{}",
    ),
    "年薪": "年薪{}",
    **dict.fromkeys(("人数", "招聘人数", "名额", "需求人数", "招聘名额"), "招{}"),
    **dict.fromkeys(
        ("地点", "工作地点", "地址", "工作地址", "上班地点", "区域", "工作区域", "工地", "在"),
        "工作地点在{}",
    ),
    **dict.fromkeys(("福利", "福利待遇", "食宿", "吃住"), "{}"),
    **dict.fromkeys(("应届", "应届生", "应届毕业生"), "应届生{}"),
}
_EXPERIENCE = frozenset({"经验", "工作经验", "经验要求"})
_HOUSING_YES = frozenset({"提供", "有", "包", "包住", "免费", "免费提供", "是"})  # or any 宿舍
_HOUSING_NO = frozenset({"不提供", "无", "没有", "不包", "不包住", "自理", "住宿自理", "否"})
_HOUSING_NOT = re.compile(r"不|无|没|自理|自己")
_NO_TRAVEL = frozenset({"无", "不", "否", "不用", "不需要", "无需"})
_TRAVEL = frozenset({"出差", "是否出差", "出差要求"})
_HOUSING = frozenset({"住宿", "住", "是否包住", "包住", "是否提供住宿", "宿舍"})
_KNOWN = _EMPLOYER | _TITLE | _SAID.keys() | _EXPERIENCE | _TRAVEL | _HOUSING
# What separates a card's pieces, and symbols that only mark them
_PIECE = re.compile(rf"[；;|｜。，,\s/／【】〔〕{_SYMBOL}]+")
_CELL_APART = re.compile(r"\s*[/／|｜\t]\s*")
_RULE_ROW = re.compile(r"\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*")  # |---|---|
# Cells of one line: bars, arrows, middle dots, or a slash or @ between spaces
_CELL_MARK = re.compile(rf"[|｜►·{_SYMBOL}\ufe0f]+|\s[/／@]\s")
# 岗位｜安检员 学历｜高中: labels and values apart by bars, pairs apart by spaces
_BARRED_LABEL = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{1,6})[|｜/／](?=\S)")
# #直播带岗#: a topic's tag, not a label
_HASHTAG = re.compile(r"#([^#\n]{1,12})#")
_HIRING_WORD = re.compile(r"招聘|急聘|急招|诚聘|直招|热招|高薪诚聘|长期招")
_BRACKETED_LEAD = re.compile(r"^[【〔\[]([^】〕\]]{1,12})[】〕\]]\s*(?=\S)")
# A labelled cell: label：value, or 【label】value with a label a card uses
_LABELLED = re.compile(
    r"[\u4e00-\u9fff]{1,6}\s*[:：→]|[【〔\[#]\s*([\u4e00-\u9fff]{1,6})\s*[】〕\]#]"
)
# Labels in English on bilingual cards (Job: 焊工 | Company: …)
_ENGLISH = {
    **dict.fromkeys(("job", "position", "pos", "title", "role"), "岗位"),
    **dict.fromkeys(("company", "co", "employer"), "公司"),
    **dict.fromkeys(("city", "location", "loc", "place", "where"), "地点"),
    **dict.fromkeys(("pay", "salary", "wage", "monthly pay"), "薪资"),
    **dict.fromkeys(("housing", "accommodation", "dorm"), "住宿"),
    **dict.fromkeys(("grads", "graduates", "fresh graduates"), "应届生"),
    **dict.fromkeys(("edu", "education"), "学历"),
    **dict.fromkeys(("exp", "experience"), "经验"),
    **dict.fromkeys(("travel",), "出差"),
    **dict.fromkeys(("headcount", "openings"), "人数"),
}
_HIRING_EN = re.compile(r"(?<![A-Za-z])(?:we(?:'re| are)\s+)?(?:now\s+)?hiring(?![A-Za-z])", re.I)
_PER_MONTH_EN = re.compile(r"\s*(?:/\s*month|per month|a month)(?![A-Za-z])", re.I)
_LIST_MARK = re.compile(r"[\u2460-\u2473\u2776-\u2793]")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # ¥5,500
# Whole phrases of bilingual cards
_SAID_EN = (
    (re.compile(r"no experience (?:needed|required)", re.I), "不要经验"),
    (re.compile(r"(?:accommodation|housing|dorm) (?:provided|included)", re.I), "包住"),
)
_YEARS_EN = re.compile(r"(?<=\d)\s*(?:yrs?|years?)(?![A-Za-z])", re.I)
_ENGLISH_LABEL = re.compile(
    r"(?<![A-Za-z])(" + "|".join(sorted(_ENGLISH, key=len, reverse=True)) + r")\s*[:：]",
    re.IGNORECASE,
)
_MARKS_AROUND = re.compile(rf"^[\s{_SYMBOL}]+|[\s{_SYMBOL}]+$")
_COMMA_PAIR = re.compile(r"([\u4e00-\u9fff]{1,6})\s*[，,]\s*(.*)")
_TIMES = re.compile(r"\s*[×xX*]\s*(\d+)\s*$")
_BARE_COUNT = re.compile(r"[\d零〇一二两三四五六七八九十百]+")


def spoken(text: str) -> str:
    """The card's fields in a host's words; when it is no card, the text with its English
    labels, tables and lines of cells put so."""
    text = _LIST_MARK.sub("；", text)  # ① ② …: marks of a list, not figures (NFKC makes ② a 2)
    text = _ENGLISH_LABEL.sub(lambda found: _ENGLISH[found.group(1).lower()] + "：", text)
    text = _YEARS_EN.sub("年经验", _HIRING_EN.sub("招", text))
    text = _THOUSANDS.sub("", _PER_MONTH_EN.sub("/月", text))
    for english, chinese in _SAID_EN:
        text = english.sub(chinese, text)
    text = _cells_as_clauses(_table_as_pairs(text))
    matches = list(_PAIR.finditer(text))
    pairs = [_label_and_value(match) for match in matches]
    pairs = [_opened(label, value) for label, value in pairs]
    known = [(label, value) for label, value in pairs if value and label in _KNOWN]
    if len(known) < 2:
        return text
    employer = next((value for label, value in known if label in _EMPLOYER), "")
    title = next((value for label, value in known if label in _TITLE), "")
    how_many = _TIMES.search(title)
    if how_many is not None:  # 汽车维修工×4
        title = f"{title[: how_many.start()]}{how_many.group(1)}人"
    opening = f"{employer}招{title}" if title else employer
    said = [_said(label, value) if label in _KNOWN else value for label, value in pairs if value]
    return "，".join(part for part in (opening, *said, *_unlabelled(text, matches)) if part) + "。"


def _table_as_pairs(text: str) -> str:
    """岗位 / 人数 / 薪资 over 瑜伽教练 / 2人 / 6000-9000元 (or a table of | cells |): a row of
    known labels over a row of as many values, as label：value pairs."""
    lines = [line for line in text.split("\n") if not _RULE_ROW.fullmatch(line.strip())]
    for at in range(len(lines) - 1):
        labels = _CELL_APART.split(_MARKS_AROUND.sub("", lines[at]).strip("|｜ "))
        values = _CELL_APART.split(lines[at + 1].strip("|｜ "))
        if (
            len(labels) >= 2
            and len(labels) == len(values)
            and set(labels) <= _KNOWN
            and not set(values) & _KNOWN  # 住宿 | 包住 over 人数 | 5人: pairs, one a line
        ):
            cells = zip(labels, values, strict=True)
            pairs = "；".join(f"{label}：{value}" for label, value in cells)
            return "\n".join([*lines[:at], pairs, *lines[at + 2 :]])
    return text


def _cells_as_clauses(text: str) -> str:
    """仓储主管｜慈溪海丰电器有限公司｜宁波慈溪｜7K-9K｜大专: a line of three or more cells apart by
    bars, arrows, dots or emoji, at most one of them labelled, as clauses a host would say one
    after another; a topic's tag (#直播带岗#) as a pause."""
    text = _HASHTAG.sub(lambda tag: tag.group() if tag.group(1).strip() in _KNOWN else "，", text)
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if sum(label in _KNOWN for label in _BARRED_LABEL.findall(line)) >= 2:
            continue
        cells = [cell for cell in _CELL_MARK.split(line) if cell.strip(" ，")]
        if len(cells) >= 3 and sum(_labelled(cell.strip()) for cell in cells) <= 1:
            # 【招聘】高铁保洁员: a bracketed word opening a cell is a clause of its own
            said = (_BRACKETED_LEAD.sub(_opening_word, cell.strip(" ，")) for cell in cells)
            lines[number] = "，".join(said)
    return "\n".join(lines)


def _labelled(cell: str) -> bool:
    found = _LABELLED.match(cell)
    if found is None:
        return False
    label = found.group(1)  # 【岗位】焊工 is labelled; 【招聘】焊工 hires
    return label is None or (label in _KNOWN and not _HIRING_WORD.fullmatch(label))


def _opening_word(found: re.Match[str]) -> str:
    """【急聘】 hires what follows; 【保洁主管】 is said before it."""
    word = found.group(1)
    return word if _HIRING_WORD.fullmatch(word) else word + "，"


def _label_and_value(match: re.Match[str]) -> tuple[str, str]:
    """The label and value of whichever layout of _PAIR matched (its groups come in pairs)."""
    groups = match.groups()
    pairs = zip(groups[0::2], groups[1::2], strict=True)
    label, value = next((label, value) for label, value in pairs if label)
    return label, (value or "").strip(" ，,")


def _unlabelled(text: str, matches: list[re.Match[str]]) -> list[str]:
    """What the card says outside its labelled fields (▲包吃住, 🏠包住), piece by piece."""
    rest, at = [], 0
    for match in matches:
        rest.append(text[at : match.start()])
        at = match.end()
    rest.append(text[at:])
    return [piece for piece in (p.strip() for p in _PIECE.split("".join(rest))) if piece]


def _opened(label: str, value: str) -> tuple[str, str]:
    """看这张卡：岗位，焊工: an unknown label whose value opens with a known one and a comma
    gives way to that one."""
    inner = _COMMA_PAIR.match(value)
    if label not in _KNOWN and inner is not None and inner.group(1) in _KNOWN:
        return inner.group(1), inner.group(2).strip(" ，,")
    return label, value


def _said(label: str, value: str) -> str:
    if label in _EMPLOYER or label in _TITLE:
        return ""  # said in the opening
    if label in _EXPERIENCE:
        return value if "经验" in value else f"{value}经验"
    if label in _HOUSING:
        if value in _HOUSING_NO or _HOUSING_NOT.search(value):
            return "不包住"
        if value in _HOUSING_YES or "宿舍" in value:  # 厂区宿舍, 员工宿舍
            return "提供住宿"
        return f"住宿{value}"
    if label in _TRAVEL:
        return "不用出差" if value in _NO_TRAVEL else f"{value}出差"
    if label in ("人数", "招聘人数", "名额", "需求人数", "招聘名额") and _BARE_COUNT.fullmatch(
        value
    ):
        value += "人"
    template = _SAID[label]
    return value if value.startswith(template.format("")) else template.format(value)
