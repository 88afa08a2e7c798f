"""The dictionaries behind reading a chat message: numerals, education, skills, needs, titles."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from matchers.vocabulary import Accommodation, EducationLevel


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- numerals -----------------------------------------------------------------------------

NUMBER = r"(?:\d+(?:\.\d+)?|[零〇一二两俩仨三四五六七八九十百千万]+)"
_ARABIC = re.compile(r"(\d+(?:\.\d+)?)([十百千万]*)(\d?)")
_CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000, "万": 10000}


@cache
def _cn2an() -> Callable[[str, str], float]:
    import cn2an  # a third of a second to import: paid on the first numeral, not at start-up

    return cn2an.cn2an


def chinese_number(text: str) -> int | None:
    """二十六 → 26, 两 → 2, 三千五 → 3500, 4.5k → 4500, 一万二 → 12000; None if not a number.

    Chinese numerals are read by cn2an in its "normal" mode, which takes the colloquial
    trailing digit (四千五 is 4500, 一万二 is 12000) and digit strings (二零二四 is 2024).
    """
    text = text.strip().lower().replace("k", "千").replace("w", "万")
    text = text.replace("俩", "两").replace("仨", "三")
    if arabic := _ARABIC.fullmatch(text):
        figure, units, trailing = arabic.groups()
        value = float(figure)
        for unit in units:
            value *= _UNIT_VALUES[unit]
        if trailing:  # 1万2 is 12000, as 一万二 is
            if not units or _UNIT_VALUES[units[-1]] < 100:
                return None
            value += int(trailing) * _UNIT_VALUES[units[-1]] / 10
        return round(value)
    if not _CHINESE.fullmatch(text):
        return None
    try:
        return round(_cn2an()(text, "normal"))
    except ValueError:
        return None


# --- education ------------------------------------------------------------------------------

_SCHOOL_SUBJECTS = (
    "英语|语文|数学|物理|化学|生物|历史|地理|政治|老师|教师|班主任|学校|部|辅导|家教|孩子|学生"
)
EDUCATION_WORDS: tuple[tuple[EducationLevel, str], ...] = (
    (EducationLevel.DOCTORATE, r"博士"),
    (EducationLevel.MASTER, r"硕士|研究生"),
    (EducationLevel.BACHELOR, r"本科|学士"),
    (EducationLevel.ASSOCIATE, r"大专|专科|高职|高专"),
    (EducationLevel.SECONDARY_VOCATIONAL, r"中专|中职|技校|职高|技工学校|职业高中"),
    (EducationLevel.HIGH_SCHOOL, rf"高中(?!{_SCHOOL_SUBJECTS})"),
    (EducationLevel.JUNIOR_HIGH, rf"初中(?!{_SCHOOL_SUBJECTS})"),
    (EducationLevel.NONE, r"小学|没上过学|没读过书|文盲"),
)
UNFINISHED = r"没毕业|未毕业|肄业|没读完|没上完|辍学|读了一半"
# The level a person holds who left a school before finishing it.
ATTAINED_BEFORE: dict[EducationLevel, EducationLevel] = {
    EducationLevel.DOCTORATE: EducationLevel.MASTER,
    EducationLevel.MASTER: EducationLevel.BACHELOR,
    EducationLevel.BACHELOR: EducationLevel.HIGH_SCHOOL,
    EducationLevel.ASSOCIATE: EducationLevel.HIGH_SCHOOL,
    EducationLevel.SECONDARY_VOCATIONAL: EducationLevel.JUNIOR_HIGH,
    EducationLevel.HIGH_SCHOOL: EducationLevel.JUNIOR_HIGH,
    EducationLevel.JUNIOR_HIGH: EducationLevel.NONE,
    EducationLevel.NONE: EducationLevel.NONE,
}
DEGREE = r"博士|硕士|研究生|本科|大专|专科|高职|中专|中职|技校"

# --- skills: canonical name → pattern -------------------------------------------------------

_LATIN = r"(?<![A-Za-z]){}(?![A-Za-z])"
SKILLS: tuple[tuple[str, str], ...] = (
    ("电脑", r"电脑|计算机(?:操作|基础|应用)"),
    ("打字", r"打字|盲打|五笔"),
    ("Excel", r"(?i:excel)|电子表格|表格|做表"),
    ("Word", _LATIN.format("(?i:word)")),
    ("PPT", _LATIN.format("(?i:ppt|powerpoint)") + "|幻灯片"),
    ("办公软件", r"办公软件|(?i:office)"),
    ("Photoshop", r"(?i:photoshop)|" + _LATIN.format("(?i:ps)") + "|修图"),
    ("CAD", _LATIN.format("(?i:(?:auto)?cad)")),
    ("PLC", _LATIN.format("(?i:plc)")),
    ("SolidWorks", r"(?i:solidworks)"),
    ("SketchUp", r"(?i:sketchup)"),
    ("3ds Max", r"(?i:3ds?\s*max)"),
    ("Python", r"(?i:python)"),
    ("Java", _LATIN.format("(?i:java)")),
    ("SQL", _LATIN.format("(?i:(?:my)?sql)")),
    ("WMS", _LATIN.format("(?i:wms)")),
    ("GMP", _LATIN.format("(?i:gmp)")),
    ("HACCP", r"(?i:haccp)"),
    ("用友", r"用友"),
    ("金蝶", r"金蝶"),
    ("叉车证", r"叉车(?:证|驾驶证|操作证)"),
    ("叉车", r"叉车(?!证|驾驶证|操作证)"),
    ("电焊", r"电焊|焊工|焊接|氩弧焊|二保焊"),
    ("电工证", r"(?:低压|高压)?电工证"),
    ("设备维修", r"设备维修|机修"),
    ("数控", r"数控|" + _LATIN.format("(?i:cnc)") + "|车床|加工中心"),
    ("开车", r"开车|会驾驶"),
    ("烹饪", r"烹饪|做饭|炒菜|厨艺|做菜|烧菜"),
    ("厨师证", r"厨师证"),
    ("面点", r"面点"),
    ("收银", r"收银"),
    ("直播", r"直播带货|带货|做过直播|会直播|直播经验|抖音直播"),
    ("剪辑", r"剪辑|剪视频|剪片子"),
    ("拍摄", r"拍摄|摄影"),
    ("文案", r"文案|写材料"),
    ("会计", r"会计(?!证|职称|专业|学|师)|记账|做账"),
    ("初级会计证", r"初级会计(?:证|职称|师)"),
    ("会计证", r"(?<!初级)会计证"),
    ("出纳", r"出纳"),
    ("普通话", r"普通话"),
    ("英语", r"英语|英文|(?i:cet-?[46])"),
    ("日语", r"日语"),
    ("韩语", r"韩语"),
    ("手语", r"(?<=[会懂])手语|精通手语|手语翻译"),
    ("销售", r"销售"),
    ("电商运营", r"电商运营|淘宝|网店|拼多多"),
    ("数据标注", r"数据标注"),
    ("缝纫", r"缝纫|平车|裁缝"),
    ("保洁", r"保洁|打扫卫生"),
    ("按摩", r"按摩|推拿"),
    ("教师资格证", r"教师资格证|教资"),
    ("养老护理员证", r"养老护理员证|护理员证"),
    ("烙画", r"烙画"),
    ("手绘", r"手绘"),
    ("美发", r"美发|理发"),
    ("美容", r"美容"),
    ("化妆", r"化妆"),
)
DRIVING_LICENCE = re.compile(
    r"(?<![A-Za-z0-9])((?:[ABCabc][1-6])+)(?=驾照|驾驶证|照|证|本|[^A-Za-z0-9]|$)"
)
ANY_LICENCE = re.compile(r"驾照|驾驶证")
LACKING = re.compile(r"(?:没有|没|无|不会|不懂|不太会|不会用)$")

# --- needs ------------------------------------------------------------------------------------

NEEDS: tuple[tuple[Accommodation, str], ...] = (
    (
        Accommodation.WHEELCHAIR_ACCESS,
        r"(?<![推帮])(?<!不用)(?<!不坐)(?<!会用)轮椅(?!转移|推|送|病人|老人)",
    ),
    (
        Accommodation.SEATED_WORK,
        r"不能(?:长时间|长期|久)站|站不(?:久|了|住)|不能久走|走不了(?:远|路)"
        r"|腿脚?(?:不好|不方便|不灵便?|有残疾|残疾)|下肢残疾|拄拐|行动不便|小儿麻痹"
        r"|坐着(?:干|做|工作|上班|的)",
    ),
    (
        Accommodation.NO_HEAVY_LIFTING,
        r"(?:不能|干不了|做不了|没法|不适合)(?:干|做)?(?:重活|重体力|体力活|重物)"
        r"|搬不[动了]|不能(?:搬|提|扛|抬)(?:重物|重的|东西)?|重活(?:干|做)不了"
        r"|腰(?:椎|间盘)?(?:不好|突出|有伤|受过伤)",
    ),
    (
        Accommodation.SIGN_LANGUAGE,
        r"听障|聋|听力(?:不好|差|障碍|残疾|有问题|受损|不行)|听不[见清到]|耳背"
        r"|耳朵(?:不好|听不见)|(?:文字|书面|打字)(?:沟通|交流)|用手语|手语交流|只会手语"
        r"|不会说话|说不了话",
    ),
    (
        Accommodation.SCREEN_READER,
        r"视障|盲人|全盲|半盲|失明|看不[见清]|读屏|视力(?:残疾|障碍|不好|很差|差)|低视力"
        r"|眼睛(?:不好|看不)",
    ),
    (
        Accommodation.REMOTE_POSSIBLE,
        r"居家(?!养老|服务|护理|保洁)|在家(?:里)?(?:办公|工作|干|做|上班)|远程(?:办公|工作)"
        r"|线上(?:办公|工作)",
    ),
    (
        Accommodation.FLEXIBLE_HOURS,
        r"时间(?:比较|相对|要|能|上)?(?:灵活|自由|弹性)|弹性|灵活(?:的)?(?:上班|时间|工作时间)"
        r"|自由安排时间|时间自己安排",
    ),
)

# --- housing and travel -----------------------------------------------------------------------

HOUSING_NO = (
    r"(?:不需要|不用|不要|不需|无需|没必要)(?:单位|公司)?(?:提供|安排|解决|包)?(?:住宿|宿舍|住)"
    r"|不包住(?:也|都)?(?:行|可以|没事|没关系)|不住(?:宿舍|宿)"
)
HOUSING_YES = r"(?:住宿|宿舍|包住|管住|吃住|食宿|住的地方|住处)(?!管理|阿姨|保洁)"

TRAVEL_OCCASIONAL = (
    r"(?:不想|不能|不愿意?|不希望|不方便|没法|无法|不接受)(?:经常|长期|频繁|老)出差"
    r"|偶尔(?:外地|跑外地|出差|出门)|短期出差|少量出差"
)
TRAVEL_NONE = (
    r"(?:不想|不能|不愿意?|不希望|不方便|不接受|没法|无法|不考虑|不可以|不要|不用|不需要|无需"
    r"|不)出差|出(?:不了|不得)差|出差(?:不行|不了|不方便)"
)
TRAVEL_FREQUENT = (
    r"(?:可以|能|愿意|接受|不介意|不怕|适应|能适应)(?:经常|长期|频繁)?(?:出差|跑外地|去外地)"
    r"|出差(?:也|都)?(?:没问题|可以|行|无所谓)"
)

# --- titles -------------------------------------------------------------------------------------

TITLE_SUFFIXES = (
    "的工作", "的岗位", "的职位", "的活儿", "的活", "的班", "的事", "工作", "岗位", "职位",
    "活儿", "上班", "打工", "之类的", "之类", "类的", "方面的", "方面", "相关的", "相关",
    "行业", "这一块", "这块", "类", "的", "活",
)  # fmt: skip
TITLE_PREFIXES = (
    "一个", "一份", "个", "份", "些", "点", "那种", "这种", "类似", "招", "在", "去", "当",
    "包吃包住", "包吃住", "包食宿", "包住", "轻松", "简单", "稳定", "长期", "本地", "临时",
    "坐着", "高薪", "离家近",
)  # fmt: skip
TITLE_STOPWORDS = _words(
    "工作 岗位 职位 活 活儿 事 事情 东西 适合 合适 适合我 轻松 简单 稳定 好 兼职 全职 临时 长期"
    " 什么 啥 哪 哪里 哪儿 都 倒班 夜班 白班 加班 累 远 苦 脏 辛苦 出差 住宿 宿舍 工资 经验 学历"
    " 时间 附近 离家近 钱 多少钱 待遇 机会 单位 公司 厂 厂子 工 干活 赚钱 挣钱"
)
TITLE_CONNECTORS = re.compile(r"或者|或是|还是|或|和|跟|、|/")
TITLE_ENDINGS = (
    r"(?:员|师|工|工人|手|长|管|匠|警|领班|干部|助理|司机|会计|客服|销售|主播|保安|保洁|出纳|经理|主管"
    r"|总监|编辑|跑堂|助播|科学家|专家"
    r"|设计|运营"
    r"|学徒|徒弟|月嫂|保姆|专员|代表|顾问|教练|骑手|老师|管培生|实习生|跟单|统筹|模特|群演|厨)$"
)
# Lines of work people name instead of a title: 超市或者养老都行.
INDUSTRIES = _words(
    "超市 商场 养老 餐饮 饭店 酒店 物流 快递 外卖 工厂 电子厂 食品厂 药厂 纺织 服装 电商 家政"
    " 教育 培训 医院 医药 护理 仓库 仓储 物业 装修 建筑 汽修 美容 美发 直播 财务 行政 文秘 设计"
    " 软件 IT 农业 养殖 种植 销售 客服 保安 保洁 后勤 餐厅 厨房 幼儿园 学校 手工 包装 质检 品控"
)

# --- field patterns -----------------------------------------------------------------------------

BREAK = re.compile(
    r"[,。!?;:\n]+|(?<!\d)\.(?!\d)|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?<=吗)(?=\S)"
)
THE_JOB = re.compile(
    r"(?:这个|这家|那个|那家|该|贵|你们|咱们?|此)(?:职位|岗位|工作|公司|单位|厂|企业)"
)
ASKS_REQUIREMENT = re.compile(r"需要|要求|要不要|需不需要|必须|用不用")
# An A-not-A pair asks (有没有岗位, 出不出差), unless 都 or 也 follows: 有没有经验都可以 says either
# will do.
QUESTION = re.compile(
    r"[吗么呢]$|^请问"
    r"|(?:有没有|可不可以|需不需要|([\u4e00-\u9fff])不\1)(?![^，,。]{0,6}?[都也])"
)
RELATIVE = re.compile(r"孩子|儿子|女儿|孙子|孙女|小孩|闺女|(?<!宝)[爸妈]|父亲|母亲|老公|老婆|爱人")
AGE = re.compile(rf"({NUMBER})(?:多|来)?周?岁|年龄(?:是)?\s*(\d+)")
MAJOR_AFTER_STUDY = re.compile(
    r"(?<![^我是也就还都前时学里])(?:学习的是|学的是|读的是|学的|读的|学)"
    r"(?![历校生院期费徒位过到了着得问是]|会(?!计)|习)"
    r"([\u4e00-\u9fffA-Za-z]{2,12}?)(?:专业)?(?:的|出身|毕业|$)"
)
MAJOR_BEFORE_DEGREE = re.compile(rf"(?:{DEGREE})(?=的|毕业|生|$)")
MAJOR_LEAD = re.compile(
    r"^(?:我是|我学的是|我学的|学的是|学的|读的是|读的|我读的?|我|是|在读|就读于|毕业于"
    rf"|\d{{2,4}}[届级年]|应届|全日制|统招|自考|成人|函授|{DEGREE})+"
)
NOT_A_MAJOR = re.compile(
    r"^(?:什么|啥|哪|对|和|跟|与|有|没|不|很|挺|比较|所学)|[和与跟及或的么个对啥]$|岗位|工作|对口|怎么|不"
)
GRADUATING_NOW = re.compile(
    r"应届|刚毕业|今年[\u4e00-\u9fff]{0,4}毕业|马上毕业|即将毕业|快毕业|准毕业生"
)
GRADUATED_RELATIVE = {"明年": 1, "后年": 2, "去年": -1, "前年": -2}
GRADUATED_IN = re.compile(r"(?<!\d)(\d{4}|\d{2})(?:届|年[\u4e00-\u9fff]{0,4}?毕业)")
GRADUATED_AGO = re.compile(rf"毕业(?:了|都)?({NUMBER})(?:多)?年")
WORK = r"干|做|工作|从事|上班|当|跑|开|带|待"
YEARS_OF_WORK = (
    re.compile(rf"(?:{WORK})(?:了|过)*\s*({NUMBER})\s*(?:多|来)?\s*年"),
    re.compile(rf"({NUMBER})\s*(?:多|来)?\s*年(?:以上|多)?的?[\u4e00-\u9fffA-Za-z]{{0,6}}?经验"),
    re.compile(rf"({NUMBER})\s*多?年驾龄|驾龄\s*({NUMBER})\s*年"),
)
NO_EXPERIENCE = re.compile(
    r"(?:没有|没|无|零|缺乏|不足一年|不到一年)(?:任何|什么)?(?:工作|相关|实际|社会)?经验"
    r"|没有?(?:上过班|工作过)|零基础|经验(?:为零|是零)"
)
SOME_EXPERIENCE = re.compile(
    r"(?<!没)有过?(?:一些|一定的?|丰富的?|相关的?|实际的?)?(?:工作|相关|行业|从业)?经验"
)
SKILL_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in SKILLS)
MONEY = r"\d+(?:\.\d+)?\s*[kK千万]?|[一二两三四五六七八九十百千万]+"
SALARY = (
    re.compile(
        rf"(?:期望|希望|要求|最低|至少|不低于|起码|保底|想要)(?:月薪|工资|薪资|薪水|待遇|收入)?"
        rf"(?:在|是|能|要|得|有|到)?\s*({MONEY})"
    ),
    re.compile(
        rf"(?<!年)(?:月薪|工资|薪资|薪水|收入)(?:要|能|得|在|是)?\s*({MONEY})\s*(?:以上|起)"
    ),
)
NOT_THERE = re.compile(r"(?:不想去|不去|不要|不考虑|除了|除去|不在|太远)[^,]{0,3}$")
TITLE_TRIGGER = re.compile(
    r"(?<!不)(?:想|要|打算|希望|准备|愿意|可以|能)(?:找|做|干|当|从事|应聘|去)(?![过了])"
    r"|(?<![不没想要])找(?![不到了过])|应聘|求职|有没有|有什么|还招|招不招|在招"
)
ASK_FOR = re.compile(r"(?<!没)有(?!没有|什么)")
ANY_WILL_DO = re.compile(r"(?:都|也)(?:行|可以|能干|能做|愿意|成)")
JOB_NOUN = re.compile(r"工作|岗位|职位|活")
NOT_A_TITLE = re.compile(
    r"一点|点儿?$|些|么|适合|哪|什么|啥|多少|怎么|不|没|入职|面试|报名|工资|钱|时候|时间|多久|经验"
    r"|住|吃|我|你|他|她|办公|在家|居家(?!养老)|出差|外地|本地|市区|附近|周末|晚上|白天|班$|年纪|年龄|岁|薪|以上|以下|左右|块钱|\d"
)
