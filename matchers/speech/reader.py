"""Read what a live-stream host says about one job ("这个搅拌站操作员的工作岗位，要求中专学历，
薪资4500—6000元") into the jobs.jsonl fields it states, each with a confidence.

A card of labelled fields (【岗位】焊工【学历】不限…) is first put into a host's words (card.py),
and what the host takes back (月薪五千五，不对不对，是六千五) is dropped. Rules, in the order they
run: the employer (at the start of a clause, found by its shape: a name ending in 有限公司, 厂,
医院, 店 …; or places, a brand and a trade, 东阿县鑫源物流; or places and a brand that is hiring,
东阿阿胶招…; or, after the host announces one, 这一家是…, places and a brand alone; or a
registered name introduced inside a clause, 我是…有限公司的人事), the title (岗位是…, 这个…岗位
anywhere; else after the employer or 招/招聘, or a clause that opens with a title), then, with
those two masked so their words count for nothing else, pay, education, headcount, housing,
travel, experience, graduates and location (a county anywhere, a city only as the workplace:
在济南上班; one said with workplace words before one merely named). Questions (包住吗？,
出不出差) state nothing.

Pay is monthly, as in jobs.jsonl: a range gives both ends (五千到七千, 四千五到六千, 5k-7k,
4500—6000元, 五六千; a bare left end takes the right end's unit: 5到7千); 底薪3000加提成, 3000以上,
五千出头 and 月薪过万 give only salary_min; a single figure (月薪6000) gives both ends; 年薪
figures are divided by 12 and rounded (年薪十万 → 8333 for both ends) unless a month's pay is
said too; hourly and daily pay (日结) and 面议 give nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from matchers.speech import card
from matchers.speech import lexicon as lex
from matchers.taxonomy import fair_occupations, places
from matchers.taxonomy.csco import words_of_work
from matchers.text.lexicon import EDUCATION_WORDS, TITLE_ENDINGS, chinese_number
from matchers.text.profile import Clause, split_clauses
from matchers.vocabulary import EducationLevel, TravelLevel

NOTHING_FOUND = "没有识别到岗位信息：请说出岗位名称、学历、薪资等要求"
FIELD_ORDER = (
    "title",
    "employer",
    "education",
    "salary_min",
    "salary_max",
    "headcount",
    "housing",
    "travel",
    "experience_years",
    "graduates_welcome",
    "location",
)


@dataclass(frozen=True, slots=True)
class JobDraft:
    """The job fields a text states (jobs.jsonl names and codes), how sure each one is, and a
    message when the text states none."""

    fields: dict[str, Any] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    message: str | None = None


Found = tuple[Any, float] | None


def read_job(text: str) -> JobDraft:
    """The job a host's words describe; fields the text does not state are left out."""
    # 主持人：…HR：…: an interview's speakers are no card's labels
    said = unicodedata.normalize("NFKC", card.spoken(lex.SPEAKER_LABEL.sub("。", text or "")))
    said = said.strip(" 。")
    # no figure a host says runs so long; the pay rules would take seconds over such a run
    message = _corrected(_mandarin(lex.ENDLESS_FIGURE.sub(" ", said)))
    message = lex.ANSWER_AFTER_DASH.sub(r"\1?", message)  # 有人问包不包住——包住: the answer stands
    clauses = [clause for clause in split_clauses(message) if not clause.question]
    found: dict[str, Found] = {}
    employer, employer_span = _employer(clauses)
    found["employer"] = employer
    title, title_span = _title(clauses, employer_span)
    if title is None:
        title, title_span = _title_asked_about(message)
    if title is None:  # 主持人：听说您这边招财务经理？: the host's question names the job
        title, title_span = _title_hired_in_a_question(message)
    found["title"] = title
    masked = _mask(message, [span for span in (employer_span, title_span) if span])
    statements = [clause for clause in split_clauses(masked) if not clause.question]
    found.update(_salary(statements))
    found["education"] = _education(statements)
    found["headcount"] = _headcount(statements)
    found["housing"] = _first(statements, _housing)
    found["travel"] = _first(statements, _travel)
    found["experience_years"] = _first(statements, _experience)
    found["graduates_welcome"] = _first(statements, _graduates)
    found["location"] = _location(statements)
    for name in ("employer", "title"):
        if found[name] is not None:
            value, sure = found[name]
            found[name] = _as_said(value, text or ""), sure
    stated = {name: hit for name in FIELD_ORDER if (hit := found.get(name)) is not None}
    fields = {name: value for name, (value, _) in stated.items()}
    confidence = {name: sure for name, (_, sure) in stated.items()}
    return JobDraft(fields, confidence, None if fields else NOTHING_FOUND)


def _as_said(value: str, text: str) -> str:
    """A name as the text spells it, where folding changed it (星海云计算（杭州）有限公司 is read
    as 星海云计算(杭州)有限公司)."""
    if value in text:
        return value
    at = text.translate(_HALF_WIDTH).find(value)
    return text[at : at + len(value)] if at >= 0 else value


# Wide forms of ASCII (（, ）, Ａ, １) as NFKC folds them, one character for one
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _mandarin(message: str) -> str:
    """Cantonese words hosts in Guangdong use, in Mandarin ones the rules know (人工五千 is the
    pay, 包食住 the housing, 唔使出差 no travel, 请八个 the headcount)."""
    message = lex.CANTONESE.sub(lambda found: lex.CANTONESE_WORDS[found.group()], message)
    return lex.HIRES_HOW_MANY.sub("招", message)


def _corrected(message: str) -> str:
    """The words without what the host took back: each correction drops the clause before
    it (哎念错了，是…: the name said wrongly goes, the one after stays), or, when what follows
    says again a word of that clause (…招厨师，哦不对，是招厨师助理), the clause from that word."""
    while (found := lex.CORRECTION.search(message)) is not None:
        before = message[: found.start()].rstrip("….—- ")
        cut = max(before.rfind(mark) for mark in lex.CLAUSE_END) + 1
        after = message[found.end() :]
        again = [word for word in lex.SAID_AGAIN if after.startswith(word) and word in before[cut:]]
        if again:
            cut += before[cut:].rfind(again[0])
        elif (figure := _figure_said_again(before[cut:], after)) is not None:
            # 要求三年经验，啊不是，一年就行: the figure is taken back, not the clause
            message = before[:cut] + figure
            continue
        elif (owner := lex.REGISTERED_OWNER.match(before, cut)) is not None:
            cut = owner.end()  # …有限公司的强电电工，哎呀念错了，是弱电工程师: the firm stays
        message = message[:cut] + after
    return message


def _figure_said_again(clause: str, after: str) -> str | None:
    """The clause with its last figure replaced by the one said after a correction, and what
    follows that, when the correction opens with a figure (招五个人……是三个 → 招三个人);
    None when it does not, or the clause holds no figure."""
    said = lex.FIGURE_SAID_AGAIN.match(after)
    figures = list(lex.FIGURE.finditer(clause))
    if said is None or not figures:
        return None
    last = figures[-1]
    return clause[: last.start()] + said.group(1) + clause[last.end() :] + after[said.end() :]


def _mask(message: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(message)
    for start, end in spans:
        chars[start:end] = "□" * (end - start)
    return "".join(chars)


def _first(clauses: Iterable[Clause], rule: Callable[[str], Found]) -> Found:
    for clause in clauses:
        result = rule(clause.text)
        if result is not None:
            return result
    return None


# --- employer and title -------------------------------------------------------------------------


def _filler_end(text: str) -> int:
    lead = lex.FILLER.match(text)
    return lead.end() if lead else 0


def _employer(clauses: list[Clause]) -> tuple[Found, tuple[int, int] | None]:
    """The employer the text names: one in quotation marks after 叫 (店名叫“甜小满”) or in
    brackets (银行大堂经理（岭南农商银行）); else by its shape (see _employer_by_shape), where a
    registered name (…有限公司, …集团) said anywhere wins over a name of another shape."""
    for clause in clauses:
        marked = lex.QUOTED_NAME.search(clause.text) or lex.BRACKETED_NAME.search(clause.text)
        if marked is not None:
            start = clause.start + marked.start(marked.lastindex or 1)
            name = marked.group(marked.lastindex or 1)
            return (name, 0.85), (start, start + len(name))
    for clause in clauses:
        owned = lex.SUBSIDIARY.search(clause.text)
        if owned is not None and (
            # 中建某局下面的安装公司: only a registered name is said after 下面的
            lex.REGISTERED_NAME.search(owned.group(1)) or not owned.group().startswith("下面")
        ):
            start = clause.start + owned.start(1)
            return (owned.group(1), 0.8), (start, start + len(owned.group(1)))
    for clause in clauses:
        quoted = lex.QUOTED_ANY.search(clause.text)
        if quoted is not None and _quoted_employer(quoted.group(1)):
            start = clause.start + quoted.start(1)
            return (quoted.group(1), 0.8), (start, start + len(quoted.group(1)))
    found = _employer_by_shape(clauses)
    if found[0] is None or not lex.REGISTERED_NAME.search(found[0][0]):
        # 德化陶瓷的岗位…德化瓷韵工艺品有限公司招…: a registered name said anywhere is surer
        registered = _registered_name(clauses)
        if registered[0] is not None:
            return registered
    return found


def _quoted_employer(name: str) -> bool:
    """Whether a name in quotation marks may be an employer: not a title, a place, or an
    event (“春风行动”)."""
    named = places.named_places(name)
    whole_place = bool(named) and named[0].start == 0 and named[-1].end == len(name)
    titled = is_title(name) and not re.search(rf"(?:{lex.ORG})$", name)  # 康宁护理院 is a name
    return not (titled or whole_place or lex.NOT_AN_EMPLOYER_QUOTED.search(name))


def _employer_by_shape(clauses: list[Clause]) -> tuple[Found, tuple[int, int] | None]:
    """An employer's name at the start of a clause, by its shape: a legal suffix (…有限公司,
    …医院, …店), or places, a brand and a trade (东阿县鑫源物流), or places and a brand that
    is hiring (东阿阿胶招…); a registered name after its places and 的; else a workplace named
    with 叫, or a registered name the speaker introduces (我是…有限公司的人事)."""
    for number, clause in enumerate(clauses):
        skip = _filler_end(clause.text)
        following = clauses[number + 1].text if number + 1 < len(clauses) else ""
        # Announced (这一家是…), or named alone before the hiring (华宇物流，招叉车工).
        announced = bool(lex.EMPLOYER_INTRODUCED.search(clause.text[:skip]))
        introduced = announced or bool(lex.HIRING_OPENS.match(following))
        name = _employer_name(clause.text[skip:], introduced=introduced, announced=announced)
        parent = name is not None and lex.PARENT_AFTER.match(clause.text[skip + len(name) :])
        if (
            name is not None
            and not lex.NOT_IN_A_NAME.search(name)
            and not parent
            and not _places_and_a_kind(name)
        ):
            start = clause.start + skip
            return (name, 0.85), (start, start + len(name))
        after = _name_after_places(clause.text[skip:]) if not announced else None
        if after is not None:
            start = clause.start + skip + after[0]
            return (after[1], 0.85), (start, start + len(after[1]))
    for number, clause in enumerate(clauses):
        before = clauses[number - 1].text if number else ""
        named = (
            lex.WORKPLACE_NAMED_AS.search(clause.text)
            or lex.WE_ARE.match(clause.text)
            or lex.NAMED_AS_ITSELF.match(clause.text)
            or (lex.NAMED_AS.match(clause.text) if lex.NAMED_AS_AFTER.search(before) else None)
        )
        if named is not None:
            start = clause.start + named.start(named.lastindex or 1)
            name = named.group(named.lastindex or 1)
            return (name, 0.8), (start, start + len(name))
    if clauses and (where := lex.BRAND_THEN_WHERE.match(clauses[0].text)) is not None:
        words, rest = where.group(1), clauses[0].text[where.end() :]
        hires = any(lex.HIRING_OPENS.search(clause.text) for clause in clauses)
        if places.named_places(rest[:8]) and hires and _brand_alone(words, "招" + rest):
            start = clauses[0].start
            return (words, 0.8), (start, start + len(words))
    for clause in clauses:
        within = lex.NAMED_WITHIN.search(clause.text)
        if within is not None and not lex.PARENT_AFTER.match(clause.text[within.end(1) :]):
            start = clause.start + within.start(1)
            return (within.group(1), 0.8), (start, start + len(within.group(1)))
    return None, None


def _registered_name(clauses: list[Clause]) -> tuple[Found, tuple[int, int] | None]:
    for clause in clauses:
        skip = _filler_end(clause.text)
        opening = lex.REGISTERED_AT_START.match(clause.text[skip:])
        if opening is None or lex.EMPLOYER_LEAD.match(opening.group(1)):
            continue
        after = clause.text[skip + opening.end() :]
        if not lex.PARENT_AFTER.match(after):
            branch = lex.BRANCH_AFTER.match(after)
            name = opening.group(1) + (branch.group() if branch else "")
            start = clause.start + skip
            return (name, 0.85), (start, start + len(name))
    for clause in clauses:
        for match in lex.REGISTERED_WITHIN.finditer(clause.text):
            name = match.group(1)
            if not lex.EMPLOYER_LEAD.match(name) and not lex.PARENT_AFTER.match(
                clause.text[match.end(1) :]
            ):
                start = clause.start + match.start(1)
                return (name, 0.85), (start, start + len(name))
    return None, None


def _name_after_places(text: str) -> tuple[int, str] | None:
    """济南历城区的济南泉城轨道交通运营有限公司招…: a registered name after its places and 的, and
    where it starts. Other workplaces said so are mostly kinds (番禺区的珠宝加工厂，招…)."""
    lead = _leading_places(text)
    if not lead or not text.startswith("的", lead):
        return None
    match = lex.EMPLOYER.match(text[lead + 1 :])
    if match is None:
        return None
    name = match.group(1)
    if not lex.REGISTERED_NAME.search(name):
        # 昆明五华区的春城实验小学招…: a name of its own before the hiring, not a kind
        hiring = lex.HIRING_OPENS.match(text[lead + 1 + len(name) :])
        if (
            hiring is None
            or lex.WORKS_AFTER_PLACES.search(name)  # 番禺区的珠宝加工厂: works are mostly kinds
            or lex.KIND_OF_SERVICE.match(name)  # 三亚的五星酒店
            or _employer_name(name) != name
        ):
            return None
    return None if lex.EMPLOYER_LEAD.match(name) else (lead + 1, name)


def _employer_name(text: str, *, introduced: bool = False, announced: bool = False) -> str | None:
    """The employer a clause opens with; `introduced` when the host announced one (这一家是…)
    or named it alone before the hiring, so that places and a brand alone (聊城茌平区信发铝电)
    are taken as its name; `announced` for the first only, where places and 的 may lead the
    name (来自德州德城区的华联超市; but 番禺区的珠宝加工厂，招… is a factory of a place)."""
    match = lex.EMPLOYER.match(text)
    if match is not None:
        name = match.group(1)
        core = re.sub(rf"(?:{lex.ORG})$", "", name)
        generic = re.fullmatch(rf"(?:{lex.TRADE})+", core)  # 食品厂: a kind, not a name
        if not (
            lex.NOT_AN_EMPLOYER.match(core)
            or generic
            or _a_kind_of_workplace(name)
            or lex.EMPLOYER_LEAD.match(name)
            or lex.WORKPLACE_THEN_NAME.match(name)
        ):
            return name
    lead = _leading_places(text)
    if announced and lead and text.startswith("的", lead):  # 来自德州德城区的华联超市
        named = _employer_name(text[lead + 1 :], introduced=True, announced=True)
        return None if named is None else text[: lead + 1] + named
    match = lex.EMPLOYER_BY_TRADE.match(text[lead:])
    if match is not None and not (lead or introduced) and match.end(1) == len(text) - lead:
        match = None  # 会用办公软件: a trade word alone at a clause's end names no employer
    if match is None and lead:
        match = lex.BRAND_HIRING.match(text[lead:]) or (
            lex.BRAND_ALONE.match(text[lead:]) if introduced else None
        )
        if match is not None and not _brand(match.group(1), text[lead + match.end(1) :]):
            match = None
    if match is None and not (lead or introduced):
        match = lex.BRAND_HIRING.match(text)  # 宁德时代招…: a brand alone, hiring
        if match is not None and not _brand_alone(match.group(1), text[match.end(1) :]):
            match = None
    if match is None or lex.EMPLOYER_LEAD.match(text[: lead + 1]):
        return None
    return text[: lead + match.end(1)]


def _brand_alone(words: str, rest: str) -> bool:
    """Whether words that open a clause before the hiring are a brand (比亚迪招…): three
    characters or more, no place, no word of a workplace or of time, and a title hired."""
    return (
        len(words) >= 3
        and not places.named_places(words)
        and not lex.NOT_A_BRAND.search(words)
        and not re.fullmatch(rf"(?:{lex.TRADE})+(?:{lex.ORG})?", words)  # 五金厂: a kind
        and not _a_kind_of_workplace(words)
        and _brand(words, rest)
    )


def _a_kind_of_workplace(name: str) -> bool:
    """A workplace's name that says only what kind it is, not whose: one common word of the
    dictionary (养老院, 水泥厂, 口腔诊所; words the dictionary marks as an organisation's or a
    brand's name, 友谊商店 and 和平医院, are names), or, with no place and no legal suffix, words
    of trades and products alone before the workplace (新能源公司, 光伏组件厂; not 华宇物流,
    胖哥蛋糕坊)."""
    suffix = re.search(rf"(?:{lex.ORG})$", name)
    if suffix is None:
        return False
    import rjieba  # here, not at start-up: see tests/integration/cli/test_fresh_start.py

    words = rjieba.tag(name)
    if len(words) == 1:
        return words[0][1] not in lex.PROPER_NAME_TAGS
    core = name[: suffix.start()]
    if not core or lex.REGISTERED_NAME.search(name) or places.named_places(name):
        return False
    return all(len(word) >= 2 and word in words_of_work() for word in rjieba.cut(core))


def _places_and_a_kind(name: str) -> bool:
    """大连金州区船厂, 赣州南康区家具厂: places, then a kind of works said in words of trades
    and products alone (CSCO's), which names no one: the places are where the job is. A name
    with a word of its own after the places stays one (临清华宇轴承厂, 浏阳市金焰花炮厂)."""
    lead = _leading_places(name)
    suffix = lex.KIND_OF_WORKS.search(name, lead)
    if not lead or suffix is None or lex.REGISTERED_NAME.search(name):
        return False
    import rjieba

    core = name[lead : suffix.start()]
    # 船厂, 钢厂: one character of a product says a kind as well
    return len(core) <= 1 or all(word in words_of_work() for word in rjieba.cut(core))


def _brand(words: str, rest: str) -> bool:
    """Whether words said after places are a brand: no place, and no title unless a title
    follows the hiring word (中通客车招焊装工: 客车 reads as a trade, not as who is hired)."""
    if (
        places.named_places(words)
        or words.endswith(("镇", "乡", "街道"))
        or lex.NOT_A_BRAND.search(words)
    ):
        return False
    if not is_title(words):
        return True
    hired = lex.TITLE_AFTER_HIRE.match(rest)
    return hired is not None and _trimmed(rest[hired.end() :]) is not None


def _leading_places(text: str) -> int:
    """How many characters at the start of the text are place names (青岛即墨区 → 5), a city's
    zone among them (青岛西海岸新区 → 7), or a town after them (东莞长安镇 → 5)."""
    end = 0
    for mention in places.named_places(text):
        if mention.start != end:
            break
        end = mention.end
    if not end:
        return 0
    zone = places.zone_at(text, end)
    if zone:
        return end + len(zone)
    town = _TOWN_AFTER_PLACES.match(text, end)
    return town.end() if town else end


def _title(
    clauses: list[Clause], employer_span: tuple[int, int] | None
) -> tuple[Found, tuple[int, int] | None]:
    """The title named the surest way (岗位是…, 这个…岗位) anywhere, else the first one found,
    clause by clause (after the employer or 招, or a clause that opens with a title)."""
    first: tuple[Found, tuple[int, int]] | None = None
    for clause in clauses:
        for start, raw, sure in _title_candidates(clause, employer_span):
            title = _trimmed(raw)
            if title is None:
                continue
            offset = clause.start + start + raw.index(title)
            span = (offset, offset + len(title))
            if employer_span and span[0] < employer_span[1] and employer_span[0] < span[1]:
                continue  # the employer's own name (…机械) is not a title
            if sure >= NAMED_TITLE:
                return (title, sure), span
            if first is None or sure > first[0][1]:
                first = (title, sure), span
            break
    return first if first is not None else (None, None)


def _title_asked_about(message: str) -> tuple[Found, tuple[int, int] | None]:
    """有位老乡问保安要不要学历，不要…: with no title said otherwise, the job a viewer asked
    about, which the host then answers about."""
    asked = lex.ASKED_ABOUT.search(message)
    if asked is None or lex.ANSWER_DEFERRED.search(message, asked.end()):
        return None, None  # 我这就去问HR，大家稍等: nothing is stated of it yet
    # 宏远机械那个钳工, “禾香斋”包粽工 → the title after the employer
    asked_about = re.split(rf"那个|[{lex.CLOSE_QUOTE}]", asked.group(1))[-1].strip(lex.OPEN_QUOTE)
    title = _trimmed(asked_about)
    if title is None:
        return None, None
    start = asked.start(1) + asked.group(1).rindex(title)
    return (title, 0.7), (start, start + len(title))


def _title_hired_in_a_question(message: str) -> tuple[Found, tuple[int, int] | None]:
    for clause in split_clauses(message):
        if not clause.question:
            continue
        for hired in islice(lex.TITLE_AFTER_HIRE.finditer(clause.text), HIRING_WORDS_READ):
            raw = clause.text[hired.end() :]
            title = _trimmed(raw)
            if title is not None:
                start = clause.start + hired.end() + raw.index(title)
                return (title, 0.7), (start, start + len(title))
    return None, None


NAMED_TITLE = 0.9  # the confidence of a title the host names as such (岗位是…, 这个…岗位)
HIRING_WORDS_READ = 16


def _title_candidates(
    clause: Clause, employer_span: tuple[int, int] | None
) -> Iterator[tuple[int, str, float]]:
    """(offset in the clause, raw text that begins with a title, confidence), best rule first."""
    text = clause.text
    if match := lex.TITLE_NAMED.search(text):
        yield match.start(1), match.group(1), 0.9
    if lex.SPEAKER_SAYS_WHO.match(text[_filler_end(text) :]) or lex.GUEST_INTRODUCED.search(text):
        return  # 我是宏图铝型材有限公司的人事, 今天请到了…的HR: who speaks, not the job
    if match := lex.TITLE_CALLED.match(text):  # …的活儿，叫拣货员
        yield match.end(), text[match.end() :], 0.9
    for pattern in (lex.TITLE_OF_THIS_JOB, lex.TITLE_BEFORE_THIS):
        match = pattern.search(text)
        if match:
            lead = _filler_end(match.group(1)) if pattern is lex.TITLE_BEFORE_THIS else 0
            start = match.start(1) + lead
            yield start, text[start : match.end(1)], 0.9
    if match := lex.TITLE_OF_THIS_WORK.search(text):
        group = match.lastindex or 1
        yield match.start(group), match.group(group), 0.85
    if match := lex.TITLE_THEN_HIRING.search(text):
        yield match.start(1), match.group(1), 0.85
    if employer_span and clause.start <= employer_span[0] < clause.start + len(text):
        after = employer_span[1] - clause.start
        lead = lex.TITLE_AFTER_EMPLOYER.match(text[after:])
        start = after + (lead.end() if lead else 0)
        yield start, text[start:], 0.85
    # the first few hiring words only: a text of nothing but 招招招… must not cost its square
    for match in islice(lex.TITLE_AFTER_HIRE.finditer(text), HIRING_WORDS_READ):
        yield match.end(), text[match.end() :], 0.8
    start = _filler_end(text)
    yield start, text[start:], 0.7


_AROUND_A_TITLE = " □—–-|｜#【】〔〕[]:：" + lex.QUOTES


def _trimmed(raw: str) -> str | None:
    """The title a stretch of text opens with, if it looks like a job title."""
    title = lex.TITLE_CUT.split(lex.TITLE_LEAD.sub("", raw.strip()), maxsplit=1)[0]
    # 公司的焊工, 恒美物业｜保洁主管, 退休教师做书法老师: the last part
    last = [part for part in lex.TITLE_PARTS.split(title.strip()) if part.strip()][-1:]
    title = lex.TITLE_LEAD.sub("", "".join(last).strip()).strip(_AROUND_A_TITLE)
    title = lex.SYMBOLS_AROUND.sub("", title).rstrip(lex.TITLE_PARTICLES)
    low, high = lex.TITLE_LENGTH
    if not low <= len(title) <= high or "□" in title or lex.NOT_A_TITLE.search(title):
        return None
    return title if is_title(title) else None


def is_title(title: str) -> bool:
    """Whether the words end as a job title does: a title ending (员, 师, 司机 …) or the
    keyword of a known occupation."""
    if re.search(TITLE_ENDINGS, title) or title.endswith(lex.SPOKEN_TITLE_ENDINGS):
        return True
    occupation = fair_occupations.occupation_of_title(title)
    folded = title.lower()
    return occupation is not None and any(folded.endswith(word) for word in occupation.keywords)


# --- pay ----------------------------------------------------------------------------------------


def _money(raw: str, unit_from: str | None = None) -> float | None:
    """A figure in yuan; a bare left end takes the right end's unit (5到7千), but one with a
    unit of its own keeps it (四千五到六千 is 4500 to 6000)."""
    raw = re.sub(r"\s+", "", raw).lower().replace("w", "万")
    if raw == "万":  # 过万
        raw = "一万"
    if unit_from is not None and not re.search(r"[k十百千万]", raw):
        unit = re.sub(r"\s+", "", unit_from).lower().replace("w", "万")[-1:]
        if unit and unit in "k千万":
            raw += unit
    if re.fullmatch(r"\d+\.\d+", raw):
        return float(raw)
    value = chinese_number(raw)
    return None if value is None else float(value)


def _monthly(value: float | None, yearly: bool) -> int | None:
    if value is None:
        return None
    pay = round(value / 12) if yearly else round(value)
    return pay if lex.LOWEST_MONTHLY <= pay <= lex.HIGHEST_MONTHLY else None


def _salary(clauses: list[Clause]) -> dict[str, Found]:
    """The pay of the first clause that states one; a yearly figure gives way to a monthly
    one said later (年薪十万，每个月固定发七千)."""
    yearly_pay: dict[str, Found] = {}
    for clause in clauses:
        if lex.NOT_MONTHLY.search(clause.text):
            continue
        yearly = lex.YEARLY.search(clause.text) is not None
        pay = _pay(clause.text, yearly)
        if pay and not yearly:
            return pay
        if pay and not yearly_pay:
            yearly_pay = pay
    return yearly_pay


def _pay(text: str, yearly: bool) -> dict[str, Found]:
    """The pay one clause states, monthly."""
    for match in lex.SALARY_RANGE.finditer(text):
        low = _monthly(_money(match.group(1), unit_from=match.group(2)), yearly)
        high = _monthly(_money(match.group(2)), yearly)
        if low is not None and high is not None and low <= high:
            return {"salary_min": (low, 0.9), "salary_max": (high, 0.9)}
    for match in lex.SALARY_ABOUT.finditer(text):
        first, second, unit = match.groups()
        low, high = chinese_number(first + unit), chinese_number(second + unit)
        if low is not None and high is not None and high - low == chinese_number("一" + unit):
            low, high = _monthly(low, yearly), _monthly(high, yearly)
            if low is not None and high is not None:
                return {"salary_min": (low, 0.8), "salary_max": (high, 0.8)}
    match = lex.SALARY_FROM.search(text)
    if match:
        low = _monthly(_money(next(group for group in match.groups() if group)), yearly)
        if low is not None:
            return {"salary_min": (low, 0.85)}
    match = lex.SALARY_MORE.search(text)
    if match:
        low = _monthly(_money(match.group(1)), yearly)
        if low is not None:
            return {"salary_min": (low, 0.8)}
    match = lex.SALARY_TO.search(text)
    if match and re.search(lex.PAY_WORD, text):
        high = _monthly(_money(match.group(1)), yearly)
        if high is not None:
            return {"salary_max": (high, 0.75)}
    for match in lex.SALARY_SINGLE.finditer(text):
        if lex.NOT_PAY.search(text[max(0, match.start() - 6) : match.start()]):
            continue  # 一次性补贴一千元: a subsidy, not the month's pay
        pay = _monthly(_money(next(group for group in match.groups() if group)), yearly)
        if pay is not None:
            return {"salary_min": (pay, 0.75), "salary_max": (pay, 0.75)}
    alone = lex.SALARY_ALONE.match(text.strip(" □"))  # 理货员六千多: the title is masked
    # 三千六, 4500 alone; not a year alone (2025)
    if alone and re.search(r"[千万kw]|^(?!19\d\d$|20\d\d$)\d{4,5}$", alone.group(1).lower()):
        pay = _monthly(_money(alone.group(1)), yearly)
        if pay is not None and alone.group(2):  # 七千多: more than the figure, so its least
            return {"salary_min": (pay, 0.7)}
        if pay is not None:
            return {"salary_min": (pay, 0.7), "salary_max": (pay, 0.7)}
    return {}


# --- the other fields ---------------------------------------------------------------------------


def _education(clauses: list[Clause]) -> Found:
    for clause in clauses:
        if lex.EDUCATION_ANY.search(clause.text):
            return EducationLevel.NONE.value, 0.9
    for clause in clauses:
        if lex.PREFERRED.search(clause.text):
            continue
        hits = [
            (match.start(), level)
            for level, pattern in EDUCATION_WORDS
            if (match := re.search(pattern, clause.text))
        ]
        if hits:
            return min(hits, key=lambda hit: hit[0])[1].value, 0.85
    return None


def _headcount(clauses: list[Clause]) -> Found:
    for clause in clauses:
        if "宿舍" in clause.text or "若干" in clause.text:
            continue
        for pattern in lex.HEADCOUNT:
            match = pattern.search(clause.text)
            count = chinese_number(match.group(1)) if match else None
            if count is not None and 1 <= count <= lex.HEADCOUNT_MAX:
                return count, 0.85
    return None


def _housing(text: str) -> Found:
    if lex.HOUSING_NO.search(text):
        return False, 0.9
    if lex.HOUSING_YES.search(text):
        return True, 0.9
    return None


def _travel(text: str) -> Found:
    for level, sure, pattern in lex.TRAVEL:
        if pattern.search(text):
            return TravelLevel(level).value, sure
    return None


def _experience(text: str) -> Found:
    if lex.EXPERIENCE_NONE.search(text):
        return 0, 0.85
    for pattern in lex.EXPERIENCE_YEARS:
        match = pattern.search(text)
        years = chinese_number(match.group(1)) if match else None
        if years is not None and 0 <= years <= lex.EXPERIENCE_MAX:
            return years, 0.85
    return None


def _graduates(text: str) -> Found:
    if lex.GRADUATES_NO.search(text):
        return False, 0.9
    if lex.GRADUATES_YES.search(text):
        return True, 0.85
    return None


# 的当湖街道, 这次招乡村…, 各乡镇: no town's name holds these
_TOWN = re.compile(r"(?:(?!的|招|在|是|有|这|那|各)[\u4e00-\u9fff]){1,4}(?:镇|乡(?!村)|街道)")
# A town right after places at the start of a clause (东莞长安镇恒锐五金): part of the lead.
_TOWN_AFTER_PLACES = re.compile(
    r"(?![路街巷道])(?:(?!招|在|的|是|有)[\u4e00-\u9fff]){2,3}(?:镇|乡|街道)"
)
# A city or province alone is where the job is only when said so (在济南上班, 工作地点在成都),
# not when it is a route or an origin (跑济南到青岛).
_PLACE_BEFORE = re.compile(r"(?:地点|地址|位于|在)(?:是|为|在|就在)?$")
_PLACE_AFTER = re.compile(r"^(?:市)?(?:上班|工作|这边|那边|本地)")
_NOT_WORKPLACE = re.compile(r"总部|老家|籍贯|户籍|来自|毕业于|公司在|公司设在|注册在|注册地|直播间")
# A place right after these is not the job's: 不在深圳; the speaker's own (我是…人社局,
# 我在广东打工).
_NOT_THE_JOBS = ("不在", "我是", "我们是", "我在", "我们在")
# 在郑州直播间, 这里是兰山区人社局直播间: where the host is, not the job.
_BROADCAST = re.compile(r"^(?:市)?(?:[^,，。]{0,8}?(?:直播|演播|录播)|播)")
# 项城的家人们看过来: the viewers, not the job.
_AUDIENCE = re.compile(r"^(?:市)?(?:的)?(?:家人们|家人|朋友们|老铁|宝子|宝宝|姐妹|兄弟|老乡)")


def _location(clauses: list[Clause]) -> Found:
    """Where the job is: the first place said with workplace words (工作地点在…, 在…上班),
    else the first place named. A county or zone counts wherever it is named; a city or
    province only with workplace words or a town of its own. A place said with its
    city in full (聊城经济技术开发区, 青岛市黄岛区) stays as said, else it takes its canonical
    name (莘县 → 聊城市莘县, 成都 → 成都市), or as said when it may mean several (鼓楼区);
    a town after it stays. A place named later inside the one found says where more exactly."""
    places_named = list(_places_named(clauses))
    stated = [place for place, workplace in places_named if workplace]
    found = (stated or [place for place, _ in places_named] or [None])[0]
    if found is None:
        return None
    # 在安徽芜湖开的厂，厂就在芜湖鸠江区
    inside = [place for place, _ in places_named if _within(place[0], found[0])]
    return max(inside, key=lambda place: len(place[0]))


def _within(inner: str, outer: str) -> bool:
    """Whether one place said lies in (or is) another: 常州市武进区 in 江苏常州."""
    if inner.startswith(outer):
        return True
    inner_named, outer_named = places.named_places(inner), places.named_places(outer)
    return bool(inner_named and outer_named) and inner_named[-1].place.within(outer_named[-1].place)


def _places_named(clauses: list[Clause]) -> Iterator[tuple[Found, bool]]:
    """Each place that may be where the job is, in order, and whether workplace words say so."""
    for clause in clauses:
        text = clause.text
        for chain in _chains(_mentions(text)):
            first, last = chain[0], chain[-1]
            said = text[first.start : last.end]
            before = text[: first.start]
            if _NOT_WORKPLACE.search(before) or before.endswith(_NOT_THE_JOBS):
                continue
            city = bool(last.place.city) and not last.is_district
            zone = places.zone_at(text, last.end) if city else None
            end = last.end + len(zone or "")
            owner, town, after = (None, "", end) if zone else _town_said(last, text, end, city)
            if (
                _BROADCAST.match(text[end:])
                or _AUDIENCE.match(text[end:])
                or lex.INSIDE_A_NAME.match(text[end:])
            ):
                continue
            # A city is where the job is with workplace words, or with a town or a zone of
            # its own (东莞市长安镇: cities without counties; 青岛西海岸新区).
            workplace = _PLACE_BEFORE.search(text[: first.start]) or _PLACE_AFTER.match(
                text[after:]
            )
            if not last.is_district and not (workplace or (city and (town or zone))):
                continue
            if not last.place.city:
                continue  # a province alone (工作地点：广东) does not say where the job is
            if zone is not None:
                # Another city's zone (济南高新区) is no division but still where the job is.
                place = last.place.name + zone
            elif len(chain) > 1 and said.endswith(_FULL_SUFFIXES):
                place = _named_in_full(chain, said, text[last.start : last.end])
            elif _ambiguous(last) and not last.place.within(places.HOME):
                place = text[last.start : last.end]
            else:
                place = last.district
            if owner is not None:
                place = owner.name
            yield (place + town, 0.85), bool(workplace)


_FULL_SUFFIXES = ("省", "市", "区", "县", "旗", "州", "盟")


def _town_said(
    mention: places.Mention, text: str, end: int, city: bool
) -> tuple[places.Place | None, str, int]:
    """The town said right after a place: the place it lies in where that is another than the
    mention's likeliest, its name, and where it ends (or None, "", end).

    A town of the place, in full or by its bare name (昆山花桥, 东莞厚街, 中山古镇); of one of a
    city's counties (北海侨港镇 → 银海区); of the one of several places a name may mean that
    holds it (西湖区转塘街道 → 杭州); else any name of a town's shape (东莞长安镇)."""
    known = _town_after(mention.place, text, end)
    if known is not None:
        return None, *known
    if city and (in_county := places.county_town_at(mention.place, text, end)) is not None:
        return in_county
    holders = [
        (place, town)
        for place in mention.places[1:]
        if (town := _town_after(place, text, end)) is not None
    ]
    if len(holders) == 1:
        return holders[0][0], *holders[0][1]
    shaped = _TOWN.match(text[end:])
    return (None, shaped.group(), end) if shaped else (None, "", end)


def _town_after(place: places.Place, text: str, end: int) -> tuple[str, int] | None:
    """A town of the place right after it, or after 的 by its full name (德阳什邡的师古镇; not
    天水秦州区的天水花牛…, where 天水 opens a firm's name)."""
    found = places.town_at(place, text, end)
    if found is None and text.startswith("的", end):
        found = places.town_at(place, text, end + 1)
        if found is not None and text[end + 1 : found[1]] != found[0]:
            found = None
    return found


def _mentions(text: str) -> tuple[places.Mention, ...]:
    """The places a clause names, and a county of another province named bare where the
    clause says a workplace is meant (在萧山上班, 地点在番禺, 沭阳的花木基地招…)."""
    named = places.named_places(text)
    taken = {at for mention in named for at in range(mention.start, mention.end)}
    starts = {_filler_end(text), *(m.end() for m in _WORKPLACE_LEAD.finditer(text))}
    bare = []
    for at in sorted(starts):
        mention = places.bare_county_at(text, at)
        if mention is None or at in taken:
            continue
        rest = text[mention.end :]
        if _PLACE_BEFORE.search(text[:at]) or _PLACE_AFTER.match(rest) or rest.startswith("的"):
            bare.append(mention)
    return tuple(sorted((*named, *bare), key=lambda mention: mention.start))


_WORKPLACE_LEAD = re.compile(r"(?:地点|地址|位于|在)(?:是|为|在|就在)?")


def _named_in_full(chain: list[places.Mention], said: str, county: str) -> str:
    """A county said after its city takes the city's full name and stays as said itself
    (合肥包河区 → 合肥市包河区, 郑州市管城区 stays, not 管城回族区); a zone of the home city by its
    own name (聊城经济技术开发区) stays as said; a city said after its province is the city's
    name (新疆哈密市 → 哈密市: places are written without their province)."""
    held, last = chain[-2], chain[-1]
    if places.is_zone(last.place):
        return said
    if not last.is_district:
        return last.district
    if held.is_district or not held.place.city:
        return last.district
    return held.place.name + county


def _ambiguous(mention: places.Mention) -> bool:
    """Whether the name may mean several places of the likeliest one's level (鼓楼区 is in
    several cities); a city and its own county of the same name (乌鲁木齐) is the city."""
    level = bool(mention.place.county)
    return len({p.name for p in mention.places if bool(p.county) == level}) > 1


def _chains(mentions: tuple[places.Mention, ...]) -> list[list[places.Mention]]:
    """Place names said one after another (山东省聊城市临清市) as one."""
    chains: list[list[places.Mention]] = []
    for mention in mentions:
        if chains and chains[-1][-1].end == mention.start:
            chains[-1].append(mention)
        else:
            chains.append([mention])
    return chains
