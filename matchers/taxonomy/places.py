"""Liaocheng's districts and counties: canonical names, their aliases, and finding them in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CITY = "聊城市"

# Canonical district → the ways people write it, longest first within each entry.
# 高新区, 经开区 and 度假区 are management zones that job posts name like districts.
_ALIASES: dict[str, tuple[str, ...]] = {
    "东昌府区": ("东昌府区", "东昌府"),
    "茌平区": ("茌平区", "茌平县", "茌平"),
    "临清市": ("临清市", "临清"),
    "阳谷县": ("阳谷县", "阳谷"),
    "莘县": ("莘县",),
    "东阿县": ("东阿县", "东阿"),
    "冠县": ("冠县",),
    "高唐县": ("高唐县", "高唐"),
    "高新区": (
        "高新技术产业开发区",
        "高新技术开发区",
        "高新开发区",
        "高新区",
    ),
    "经济技术开发区": (
        "经济技术开发区",
        "经济开发区",
        "经开区",
        "开发区",
    ),
    "江北水城旅游度假区": (
        "江北水城旅游度假区",
        "江北水城度假区",
        "旅游度假区",
        "度假区",
    ),
}

# Zone names that every city has: 济南高新区 is not ours.
_GENERIC = frozenset(
    {"高新区", "高新开发区", "高新技术开发区", "高新技术产业开发区"}
    | {"经济技术开发区", "经济开发区", "经开区", "开发区", "旅游度假区", "度假区"}
)
_OTHER_CITIES = (
    "济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照",
    "临沂", "德州", "菏泽", "滨州", "北京", "上海", "天津", "重庆", "广州", "深圳", "苏州",
    "杭州", "南京", "郑州", "石家庄", "邯郸", "邢台", "濮阳", "昆山", "无锡", "宁波",
)  # fmt: skip

_CANONICAL_OF = {alias: district for district, aliases in _ALIASES.items() for alias in aliases}
_PATTERN = re.compile(
    # 山东阿胶 and 广东阿… contain 东阿 without naming the county.
    "|".join(
        f"(?<![山广]){re.escape(alias)}" if alias == "东阿" else re.escape(alias)
        for alias in sorted(_CANONICAL_OF, key=len, reverse=True)
    )
)


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a district is named in a text, and its canonical full name."""

    start: int
    end: int
    district: str


def mentions(text: str) -> tuple[Mention, ...]:
    """Every district named in the text, in order, skipping other cities' zones (济南高新区)."""
    found = []
    for match in _PATTERN.finditer(text):
        alias = match.group()
        if alias in _GENERIC and _after_other_city(text[: match.start()]):
            continue
        found.append(Mention(match.start(), match.end(), CITY + _CANONICAL_OF[alias]))
    return tuple(found)


def districts_in(text: str) -> tuple[str, ...]:
    """The canonical names of the districts the text names, in order, without repeats."""
    return tuple(dict.fromkeys(mention.district for mention in mentions(text)))


def district_of(text: str) -> str | None:
    """The canonical name ("聊城市莘县") of the first district the text names, if any."""
    found = mentions(text)
    return found[0].district if found else None


def same_district(a: str, b: str) -> bool:
    """Whether two texts or location fields name the same district first (both must name one)."""
    first = district_of(a)
    return first is not None and first == district_of(b)


def is_place(word: str) -> bool:
    """Whether the word is a district name or alias, alone or after 聊城/聊城市."""
    stripped = word.removeprefix(CITY).removeprefix("聊城")
    return stripped in _CANONICAL_OF


def _after_other_city(before: str) -> bool:
    before = before.removesuffix("市")
    return before.endswith(_OTHER_CITIES)


def in_city(location: str) -> bool:
    """Whether a job's location is in Liaocheng."""
    return "聊城" in location or district_of(location) is not None


@lru_cache(maxsize=65536)
def place_fits(wanted: str, location: str) -> bool:
    """Whether a job at `location` is where a person who named `wanted` wants to work.

    A district must be the job's district; the city itself (聊城市) takes any district of
    it; any other place (济南市) must appear in the job's location.
    """
    districts = districts_in(wanted)
    if districts:
        return district_of(location) in districts
    core = wanted.strip().removesuffix("市")
    if not core:
        return False
    if core == CITY.removesuffix("市"):
        return in_city(location)
    return core in location
