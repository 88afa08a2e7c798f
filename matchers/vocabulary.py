"""The shared vocabularies of FORMATS.md: English codes, Chinese labels and their order."""

from __future__ import annotations

from enum import StrEnum


class Vocabulary(StrEnum):
    """A closed set of codes; each member knows its Chinese label and accepted aliases."""

    @classmethod
    def labels(cls) -> dict[str, tuple[str, ...]]:
        raise NotImplementedError

    @property
    def label(self) -> str:
        return self.labels()[self.value][0]

    @classmethod
    def parse(cls, raw: object) -> Vocabulary:
        """Accepts a code in any case or any of its Chinese labels; raises ValueError otherwise."""
        if isinstance(raw, cls):
            return raw
        if isinstance(raw, str):
            text = raw.strip()
            lowered = text.lower()
            for member in cls:
                if lowered == member.value or text in cls.labels()[member.value]:
                    return member
        codes = ", ".join(member.value for member in cls)
        raise ValueError(f"unknown {cls.__name__} {raw!r} (expected one of: {codes})")


class EducationLevel(Vocabulary):
    NONE = "none"
    JUNIOR_HIGH = "junior_high"
    HIGH_SCHOOL = "high_school"
    SECONDARY_VOCATIONAL = "secondary_vocational"
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"

    @classmethod
    def labels(cls) -> dict[str, tuple[str, ...]]:
        return _EDUCATION_LABELS

    @property
    def tier(self) -> int:
        """High school and secondary vocational are the same tier."""
        return _EDUCATION_TIERS[self.value]


_EDUCATION_LABELS = {
    "none": ("不限", "学历不限"),
    "junior_high": ("初中",),
    "high_school": ("高中",),
    "secondary_vocational": ("中专", "中职", "技校"),
    "associate": ("大专", "专科", "高职"),
    "bachelor": ("本科",),
    "master": ("硕士", "研究生"),
    "doctorate": ("博士",),
}
_EDUCATION_TIERS = {
    "none": 0,
    "junior_high": 1,
    "high_school": 2,
    "secondary_vocational": 2,
    "associate": 3,
    "bachelor": 4,
    "master": 5,
    "doctorate": 6,
}


class TravelLevel(Vocabulary):
    NONE = "none"
    OCCASIONAL = "occasional"
    FREQUENT = "frequent"

    @classmethod
    def labels(cls) -> dict[str, tuple[str, ...]]:
        return _TRAVEL_LABELS

    @property
    def rank(self) -> int:
        return list(TravelLevel).index(self)


_TRAVEL_LABELS = {
    "none": ("无需出差", "不出差"),
    "occasional": ("偶尔出差",),
    "frequent": ("经常出差",),
}


class Accommodation(Vocabulary):
    WHEELCHAIR_ACCESS = "wheelchair_access"
    SEATED_WORK = "seated_work"
    NO_HEAVY_LIFTING = "no_heavy_lifting"
    FLEXIBLE_HOURS = "flexible_hours"
    REMOTE_POSSIBLE = "remote_possible"
    SIGN_LANGUAGE = "sign_language"
    SCREEN_READER = "screen_reader"

    @classmethod
    def labels(cls) -> dict[str, tuple[str, ...]]:
        return _ACCOMMODATION_LABELS


_ACCOMMODATION_LABELS = {
    "wheelchair_access": ("无障碍通道/电梯",),
    "seated_work": ("坐姿工作，无需久站久走",),
    "no_heavy_lifting": ("无重体力搬运",),
    "flexible_hours": ("弹性工作时间",),
    "remote_possible": ("可居家办公",),
    "sign_language": ("手语或书面沟通 (听障友好)", "手语或书面沟通"),
    "screen_reader": ("读屏软件可用 (视障友好)", "读屏软件可用"),
}


class VolunteerTeam(Vocabulary):
    PARTY_WARMTH = "party_warmth"
    CIVIL_WEDDING = "civil_wedding"
    CIVIL_HEALTH = "civil_health"
    SCHOOL_ENROLLMENT = "school_enrollment"
    ELDER_CHILD_CARE = "elder_child_care"

    @classmethod
    def labels(cls) -> dict[str, tuple[str, ...]]:
        return _TEAM_LABELS


_TEAM_LABELS = {
    "party_warmth": ("党员暖心",),
    "civil_wedding": ("文明婚庆",),
    "civil_health": ("文明健康",),
    "school_enrollment": ("入学升学",),
    "elder_child_care": ("助老扶幼",),
}


class TaskCategory(Vocabulary):
    POLICY_OUTREACH = "policy_outreach"
    ERRANDS = "errands"
    CARE_VULNERABLE = "care_vulnerable"
    ENVIRONMENT = "environment"
    BLOOD_DONATION = "blood_donation"
    CULTURE_EDUCATION = "culture_education"
    OTHER = "other"

    @classmethod
    def labels(cls) -> dict[str, tuple[str, ...]]:
        return _CATEGORY_LABELS


_CATEGORY_LABELS = {
    "policy_outreach": ("政策宣传",),
    "errands": ("帮办代办",),
    "care_vulnerable": ("关爱老弱",),
    "environment": ("环境整治",),
    "blood_donation": ("无偿献血",),
    "culture_education": ("文化教育",),
    "other": ("其他",),
}
