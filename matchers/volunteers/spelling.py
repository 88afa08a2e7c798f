"""A resident's note in the words the router knows: dialect to standard Chinese, and a
character typed for another of the same sound (学曲 for 学区, 低宝 for 低保) mended.

Residents write as they speak, in Shandong dialect (俺, 恁, 咋整, 中不中, 得劲), and with a
pinyin input method, which gives a word of the right sound and the wrong characters. The
mending is by sound, not by a list of known mistakes: a stretch of the note that differs
from a word of the lexicons (needs.vocabulary) in exactly one character, read the same way,
becomes that word. It must be no word itself (下大雪 stays, though 大雪 sounds like 大学)
and cut through none (今年什么 stays, though 年什 sounds like 年审), the words being those of
the segmenter's dictionary.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

import rjieba
from pypinyin import lazy_pinyin

from matchers.volunteers.needs import vocabulary

DIALECT = {
    "俺们": "我们", "俺家": "我家", "俺娘": "我妈", "俺爹": "我爸", "俺": "我", "恁们": "你们",
    "恁": "你", "咋整": "怎么办", "咋办": "怎么办", "咋回事": "怎么回事", "咋": "怎么",
    "啥时候": "什么时候", "啥": "什么", "中不中": "行不行", "不得劲": "不舒服",
    "得劲": "舒服", "搁家": "在家", "忒": "太", "夜来": "昨天", "拉呱": "聊天",
    "小嫚儿": "小女孩", "嫚儿": "女孩", "小孩儿": "孩子", "孩儿": "孩子", "娃娃": "孩子",
    "出门子": "出嫁", "拾掇": "收拾", "瞅瞅": "看看", "瞧瞧": "看看", "不孬": "不错",
    "半拉月": "半个月", "一宿": "一晚", "晌午": "中午", "老些": "很多", "木有": "没有",
    "没得": "没有", "闺女": "女儿", "老嬷嬷": "老奶奶", "老伴儿": "老伴", "爹娘": "父母",
    # misspellings common enough to be words of the segmenter's dictionary
    "自愿者": "志愿者",
}  # fmt: skip
# Words worth mending that name no need by themselves.
ALSO_MENDED = ("志愿者", "身份证", "户口本", "居住证", "社区", "报销")
# Sounds a northern speaker's input method confuses: zh/z, ch/c, sh/s, -ng/-n.
_FUZZY = ((re.compile(r"^(z|c|s)h"), r"\1"), (re.compile(r"(i|e)ng$"), r"\1n"))
_DIALECT = re.compile("|".join(sorted(map(re.escape, DIALECT), key=len, reverse=True)))


# 献 and 血 said apart (献一回血, 献过血): the need's word put back together.
_DONATION_SPLIT = re.compile(r"献(?:了|过|一|两|回|次|趟|个){1,3}血")


def standard(text: str) -> str:
    """The note with its dialect words in standard Chinese and its homophones mended."""
    text = _DIALECT.sub(lambda match: DIALECT[match.group()], text)
    return mended(_DONATION_SPLIT.sub("献血", text))


def mended(text: str) -> str:
    """`text` with every stretch one same-sounding character away from a known word replaced
    by that word; the first and then the longest wins where two overlap."""
    edges = _word_edges(text)
    candidates: set[tuple[int, str]] = set()
    for at, char in enumerate(text):
        for word, offset in _by_character().get(char, ()):
            start, end = at - offset, at - offset + len(word)
            if (
                start in edges
                and end in edges
                and any(start < edge < end for edge in edges)
                and _one_sound_off(text[start:end], word)
            ):
                candidates.add((start, word))
    pieces: list[str] = []
    cursor = 0
    for start, word in sorted(candidates, key=lambda found: (found[0], -len(found[1]))):
        if start >= cursor:
            pieces += [text[cursor:start], word]
            cursor = start + len(word)
    return "".join([*pieces, text[cursor:]])


def _word_edges(text: str) -> set[int]:
    """Where the words of the segmenter's dictionary begin and end in `text`."""
    edges, at = {0}, 0
    for token in rjieba.cut(text, hmm=False):
        at += len(token)
        edges.add(at)
    return edges


def _one_sound_off(window: str, word: str) -> bool:
    """`window` is `word` with one character replaced by one read the same way: the typed
    character by its usual reading, the word's by that or its reading in the word."""
    differing = [at for at, (a, b) in enumerate(zip(window, word, strict=True)) if a != b]
    if len(differing) != 1 or window in _words():
        return False
    typed = window[differing[0]]
    return "\u4e00" <= typed <= "\u9fff" and sound(typed) in _sounds_of(word)[differing[0]]


@cache
def sound(char: str) -> str:
    """The usual toneless pinyin reading of a character, with the sounds _FUZZY confuses
    made one."""
    return _fuzzed(lazy_pinyin(char)[0])


@cache
def _sounds_of(word: str) -> tuple[frozenset[str], ...]:
    """Each character's reading in the word and its usual one (血 is xiě in 献血, xuè alone)."""
    in_word = lazy_pinyin(word)
    return tuple(
        frozenset({_fuzzed(reading), sound(char)})
        for char, reading in zip(word, in_word, strict=True)
    )


def _fuzzed(syllable: str) -> str:
    for pattern, replacement in _FUZZY:
        syllable = pattern.sub(replacement, syllable)
    return syllable


@cache
def _words() -> frozenset[str]:
    return frozenset(word for word in (*vocabulary(), *ALSO_MENDED) if len(word) >= 2)


@cache
def _by_character() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each character of the known words, with the words and places it appears in."""
    index: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
    for word in sorted(_words()):
        for offset, char in enumerate(word):
            index[char].append((word, offset))
    return {char: tuple(places) for char, places in index.items()}
