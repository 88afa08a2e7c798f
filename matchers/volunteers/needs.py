"""What a resident's note asks for, read from words of the programme's own domain.

Two lexicons written from the work of the teams rather than copied from labelled notes: the
kinds of help (one entry per TaskCategory, `other` being the matters no volunteer team takes
on, such as street lamps and noisy neighbours) and the teams' fields (one entry per
VolunteerTeam, `none` again for those matters). A test keeps every word that the router's
examples use three times or more pointing mostly to its own entry. `needs_in` says which
entries a note touches and by which words, so every route can show its reasons.
"""

from __future__ import annotations

from collections.abc import Mapping

# Matters for the property company, the street office or the police, not a volunteer team.
NOT_VOLUNTEER_WORK = (
    "路灯", "物业", "停车", "车位", "噪音", "太吵", "装修", "油烟", "烧烤", "漏水",
    "宽带", "网络", "快递", "外卖", "流浪猫", "流浪狗", "狗叫", "下水道", "供暖",
    "占道", "摆摊", "商家", "退货", "开锁", "施工", "广场舞音响", "共享单车", "门禁", "保安",
    "丢了", "睡不着",
)  # fmt: skip

CATEGORY_WORDS: Mapping[str, tuple[str, ...]] = {
    "policy_outreach": (
        "政策", "宣传", "宣讲", "倡议", "倡导", "移风易俗", "新风尚", "怎么申请", "如何申请",
        "申请条件", "标准", "补贴", "补助", "报销比例", "划片", "学区", "招生",
        "简章", "指标", "新规", "规定", "解读", "普及", "防诈", "反诈", "诈骗", "防骗",
        "非法集资", "变化", "怎么划", "怎么分", "抵制",
    ),
    "errands": (
        "代办", "帮办", "帮忙办", "帮着办", "帮忙跑", "帮着跑", "跑一趟", "跑腿", "代交",
        "代缴", "代领", "代取", "拿药", "取药", "交费", "缴费", "水电费", "递材料", "提交",
        "填表", "打印", "开证明", "证明", "办理", "手续", "认证", "年审", "预约", "挂号",
        "领取", "帮着弄", "帮忙弄", "材料", "报名", "主持",
    ),
    "care_vulnerable": (
        "陪伴", "陪陪", "陪他", "陪她", "说说话", "聊天", "看看她", "看看他", "看望", "探望",
        "走访", "慰问", "照看", "照顾", "看护", "护理", "独居", "空巢", "孤寡", "留守",
        "残疾", "瘫", "卧床", "康复", "困难家庭", "困难户", "帮扶", "结对", "送温暖",
        "量血压", "测血糖", "义诊", "体检", "理发", "心理疏导", "关心", "没人管",
        "上门看", "去看看", "没出门",
    ),
    "environment": (
        "垃圾", "垃圾分类", "清理", "打扫", "卫生", "脏乱", "堆放", "杂物", "堆满", "破烂",
        "消防通道", "小广告", "灭鼠", "老鼠", "蟑螂", "蚊子", "苍蝇", "臭", "异味", "狗屎",
        "粪便", "杂草", "污水", "乱扔", "乱堆", "乱贴", "纸屑", "清一清", "收拾", "消杀",
    ),
    "blood_donation": (
        "献血", "无偿献血", "血站", "献血车", "采血", "血型", "用血", "造血干细胞", "血库",
        "献血证", "捐血",
    ),
    "culture_education": (
        "讲座", "培训", "课堂", "兴趣班", "学习", "教教", "教我", "辅导", "补课", "上课",
        "开个班", "阅读", "绘本", "讲故事", "图书室", "看书", "育儿", "手工", "书法", "唱歌",
        "联谊", "分享会", "志愿填报", "规划", "怎么用", "智能手机", "视频", "健康知识", "养生",
        "急救", "学学", "想学", "讲讲怎么", "减压", "相亲",
    ),
    "other": NOT_VOLUNTEER_WORK,
}  # fmt: skip

TEAM_WORDS: Mapping[str, tuple[str, ...]] = {
    "party_warmth": (
        "党员", "党费", "党组织", "支部", "入党", "老党员", "先锋", "暖心", "低保", "失业",
        "失业金", "退役军人", "优抚", "困难户", "救助", "社保", "取暖补贴", "老旧小区",
        "反诈", "诈骗", "防骗", "非法集资", "消防", "调解", "议事", "残疾证", "残疾人", "盲人",
        "聋哑", "就业", "下岗",
        "小广告", "楼道", "杂物",
    ),
    "civil_wedding": (
        "结婚", "婚礼", "婚宴", "婚事", "彩礼", "婚庆", "喜事", "办席", "酒席", "大操大办",
        "简办", "新郎", "新娘", "娶", "出嫁", "婆家", "婆媳", "公婆", "夫妻", "婚姻", "婚前",
        "家风", "家训", "丧事", "殡葬", "红白", "相亲", "联谊", "单身", "小两口", "媳妇",
        "交友", "未婚",
    ),
    "civil_health": (
        "献血", "血站", "健康", "医生", "卫生", "体检", "义诊", "血压", "血糖", "高血压",
        "糖尿病", "疫苗", "接种", "门诊", "家庭医生", "护士", "康复", "垃圾",
        "老鼠", "苍蝇", "蚊子", "灭鼠", "狗屎", "养生", "急救", "心理健康", "怀孕", "产检",
        "生育", "饮食", "膳食", "用血", "捐血", "中风", "医保", "新农合", "合作医疗",
    ),
    "school_enrollment": (
        "入学", "上学", "小学", "初中", "高中", "幼儿园", "一年级", "学区", "划片", "招生",
        "中考", "高考", "志愿填报", "学籍", "转学", "升学", "助学贷款", "助学金", "学费",
        "大学", "新生", "补课", "家教", "普高", "指标生", "艺考", "高三", "初三", "念书",
    ),
    "elder_child_care": (
        "老人", "老年", "独居", "空巢", "高龄", "奶奶", "爷爷", "大爷", "大娘", "老太太",
        "老头", "留守儿童", "放学", "托管", "四点半课堂", "小朋友", "儿童", "老年证",
        "养老金", "智能手机", "腿脚", "拿药", "理发", "八十", "九十", "七十", "老母亲",
        "老父亲", "婆婆", "姥姥", "姥爷", "外婆", "外公", "老伴", "孙子", "孙女", "外孙",
        "带孩子", "育儿",
    ),
    "none": NOT_VOLUNTEER_WORK,
}  # fmt: skip


def needs_in(text: str, lexicon: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The lexicon's entries that `text` touches, each with the words found (a word inside a
    longer word found for the same entry is not counted again)."""
    found: dict[str, tuple[str, ...]] = {}
    for entry, words in lexicon.items():
        present = [word for word in words if word in text]
        kept = tuple(w for w in present if not any(w != o and w in o for o in present))
        if kept:
            found[entry] = kept
    return found


def vocabulary() -> frozenset[str]:
    """Every word of both lexicons: the words a misspelt note is mended towards."""
    lexicons = (*CATEGORY_WORDS.values(), *TEAM_WORDS.values())
    return frozenset(word for words in lexicons for word in words)
