"""Word-level normalisation of Chinese job language: boilerplate, synonyms, skill phrases.

Occupation-level equivalence (普工 ~ 操作工 ~ 生产线工人) lives in `occupations.py`; here a
word maps to one canonical spelling so that TF-IDF and exact skill comparison see one token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Recruitment boilerplate that nearly every post shares: it neither scores nor densifies.
_BOILERPLATE_WORDS = """
及以上 以上 以下 左右 月薪 年薪 薪资 薪酬 工资 底薪 元 元/月 万元 千元 月 五险一金 五险 一金
社保 急招 急聘 诚聘 高薪 招聘 招 聘 岗位 职位 岗位职责 任职要求 要求 职责 负责 公司 我司
本公司 企业 单位 优先 待遇 面议 福利 欢迎 有意者 联系 电话 咨询 工作 相关 能力 良好 具有
具备 熟悉 熟练 掌握 一定 经验 若干 名 人员 可以 能够 进行 完成 以及 其他 提供 享受 带薪
年假 节日 双休 单休 上班 时间 地点 学历 不限 责任心 吃苦耐劳 团队合作 服从安排 身体健康
品行端正 认真 踏实 细心 耐心 积极 主动 年龄 岁 者 等
"""
BOILERPLATE: frozenset[str] = frozenset(_BOILERPLATE_WORDS.split())

# word -> canonical word (compared after `_fold`: NFKC, lowercase, trimmed).
TERM_SYNONYMS: dict[str, str] = {
    # education (FORMATS.md labels)
    "专科": "大专",
    "高职": "大专",
    "大专学历": "大专",
    "中职": "中专",
    "技校": "中专",
    "职高": "中专",
    "中专学历": "中专",
    "研究生": "硕士",
    "本科学历": "本科",
    "应届": "应届生",
    "应届毕业生": "应届生",
    # roles (word level only)
    "操作工": "操作员",
    "司机": "驾驶员",
    "文秘": "秘书",
    "老师": "教师",
    "幼师": "幼儿教师",
    "库管": "仓管",
    "库管员": "仓管员",
    "保管员": "仓管员",
    "仓库管理员": "仓管员",
    "导购员": "导购",
    "售货员": "营业员",
    "销售员": "销售",
    "业务员": "销售",
    "销售代表": "销售",
    "出纳员": "出纳",
    "会计员": "会计",
    "大厨": "厨师",
    "护工": "陪护",
    "月嫂": "母婴护理员",
    "育婴师": "育婴员",
    "保姆": "家政服务员",
    "保洁员": "保洁",
    "清洁工": "保洁",
    "保安员": "保安",
    "门卫": "保安",
    "兽医师": "兽医",
    "宠物医师": "宠物医生",
    "网管": "网络管理员",
    "文职": "文员",
    "装配员": "装配工",
    "组装工": "装配工",
    "包装员": "包装工",
    "焊接工": "焊工",
    "电焊工": "焊工",
    "叉车工": "叉车司机",
    # skills and licences
    "电焊": "焊接",
    "叉车证": "叉车",
    "驾照": "驾驶证",
    "驾驶执照": "驾驶证",
    "打包": "包装",
    "拣货": "分拣",
    "表格": "excel",
    "电子表格": "excel",
    "ps": "photoshop",
    "cdr": "coreldraw",
    "autocad": "cad",
    "3dmax": "3dsmax",
    "su": "sketchup",
    "草图大师": "sketchup",
    "pr": "premiere",
    "powerpoint": "ppt",
    "办公软件": "office",
    "英文": "英语",
    "品管": "品控",
    "品检": "质检",
    "两班倒": "倒班",
    "三班倒": "倒班",
    "长白班": "白班",
    "包住": "住宿",
    "管住": "住宿",
    "宿舍": "住宿",
    "包吃住": "食宿",
    "管吃住": "食宿",
}

# skill phrase (after folding and removing separators) -> canonical skill
SKILL_SYNONYMS: dict[str, str] = {
    "excel表格": "excel",
    "excel表格制作": "excel",
    "ps修图": "photoshop",
    "photoshop修图": "photoshop",
    "adobeillustrator": "illustrator",
    "cad制图": "cad",
    "cad绘图": "cad",
    "autocad制图": "cad",
    "autocad绘图": "cad",
    "premierepro": "premiere",
    "word文档": "word",
    "office办公软件": "office",
    "办公自动化": "office",
    "电脑打字": "打字",
    "盲打": "打字",
    "打字员": "打字",
    "文字录入": "打字",
    "叉车驾驶": "叉车",
    "叉车操作": "叉车",
    "叉车司机": "叉车",
    "电工作业": "电工",
    "低压电工作业": "低压电工",
    "高压电工作业": "高压电工",
    "初级会计职称": "初级会计",
    "初级会计师": "初级会计",
    "会计初级": "初级会计",
    "中级会计职称": "中级会计",
    "中级会计师": "中级会计",
    "教资": "教师资格",
    "教师证": "教师资格",
    "执业兽医师": "执业兽医",
    "执业兽医资格": "执业兽医",
    "育婴员": "育婴师",
    "普通话二级甲等": "普通话二甲",
    "cet4": "英语四级",
    "cet6": "英语六级",
    "英语专业八级": "英语专八",
    "专八": "英语专八",
    "tem8": "英语专八",
    "plc编程": "plc",
    "电焊": "焊接",
    "焊工": "焊接",
}

# Where the trailing 证 names the thing itself, not a licence for a skill.
_KEEP_SUFFIX = frozenset({"健康证", "身份证", "毕业证", "学位证", "居住证", "残疾证", "上岗证"})
_DROPPABLE_SUFFIXES = ("证书", "证", "操作", "技能", "能力")
_PENDING = frozenset({"备考", "备考中", "在考", "考取中", "在读", "学习中", "未取得"})

_BRACKETED = re.compile(r"[(\[【〔]([^)\]】〕]*)[)\]】〕]")
_SEPARATORS = re.compile(r"[\s,，。、;；:：!！?？·・\"'“”‘’()（）\[\]【】《》<>〈〉/\\|_\-—~～]+")
_TYPING_SPEED = re.compile(r"^打字\d")
_LICENCE = re.compile(r"^((?:[abc][123])+)(?:驾照|驾驶证|驾驶执照|照|证)?$")


def _fold(text: str) -> str:
    """Full-width to half-width (NFKC), ASCII lowercased, surrounding space trimmed."""
    return unicodedata.normalize("NFKC", text).strip().lower()


@lru_cache(maxsize=65536)
def canonical_term(term: str) -> str:
    """The canonical spelling of one word; unknown words come back folded but unchanged."""
    folded = _fold(term)
    return TERM_SYNONYMS.get(folded, folded)


@lru_cache(maxsize=65536)
def canonical_skill(skill: str) -> str:
    """A skill phrase normalised for exact comparison (Excel表格 == excel, A2驾照 != B2驾照)."""
    folded = _fold(skill)
    pending = False
    for qualifier in _BRACKETED.findall(folded):
        pending = pending or qualifier.strip() in _PENDING
    text = _SEPARATORS.sub("", _BRACKETED.sub("", folded))
    canonical = _canonical_phrase(text)
    return f"{canonical}(在考)" if pending else canonical


def _canonical_phrase(text: str) -> str:
    if _TYPING_SPEED.match(text):
        return "打字"
    known = _lookup(text)
    if known is not None:
        return known
    licence = _LICENCE.match(text)
    if licence:
        return f"{licence.group(1)}驾驶证"
    if text in _KEEP_SUFFIX:
        return text
    for suffix in _DROPPABLE_SUFFIXES:
        stem = text.removesuffix(suffix)
        if stem != text and len(stem) >= 2:
            return _lookup(stem) or stem
    return text


def _lookup(text: str) -> str | None:
    return SKILL_SYNONYMS.get(text) or TERM_SYNONYMS.get(text)
