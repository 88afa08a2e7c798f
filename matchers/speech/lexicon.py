"""The dictionaries behind reading what a live-stream host says about a job."""

from __future__ import annotations

import re

from matchers.text.lexicon import NUMBER
from matchers.vocabulary import TravelLevel

# --- numbers and pay ---------------------------------------------------------------------------

# A Chinese figure stops before 一个月 (四千二一个月 is 4200 a month).
MONEY = (
    r"\d+(?:\.\d+)?\s*(?:[kKwW千万](?:\d(?!\d))?)?"
    r"|(?:(?!一个月)[零〇一二两三四五六七八九十百千万])+"
)
DASH = r"\s*(?:[-—–―‐‑~〜]+|至|到)\s*"
CURRENCY = r"\s*(?:元|块钱|块)?(?:\s*/\s*月|每月|一个月)?"
ENDLESS_FIGURE = re.compile(r"[\d.零〇一二两俩仨三四五六七八九十百千万亿]{17,}")
# Cantonese words of a host in Guangdong and their Mandarin (人工 as pay only before a figure).
CANTONESE_WORDS = {
    "唔使": "不用",
    "唔需要": "不需要",
    "唔包": "不包",
    "唔限": "不限",
    "唔要": "不要",
    "唔": "不",
    "喺": "在",
    "嘅": "的",
    "冇得": "没有",
    "冒得": "没有",  # Hunan
    "勿要": "不要",  # Wu
    "勿包": "不包",
    "勿用": "不用",
    "冇": "没有",
    "呢个": "这个",
    "呢份": "这份",
    "包食住": "包吃住",
    "包食宿": "包吃住",
    "包食": "包吃",
}
CANTONESE = re.compile("|".join(sorted(map(re.escape, CANTONESE_WORDS), key=len, reverse=True)))
# 请八个, 请五个人: 请 hires, so what follows is the headcount.
HIRES_HOW_MANY = re.compile(
    r"请(?=[\d一二三四五六七八九十两几]+\s*(?:个|名)(?!嘉宾|领导|专家))"
    # 港味轩茶餐厅请水吧员, 有间厂请装配工: a workplace that 请 someone hires them
    r"|(?<=[厅店厂司馆楼行铺场])请(?!问|大家|各位|注意|假|您|你|到|点|关注|记|看|稍|放心|联系|出|来|上|客|吃)"
)
# 一年五万五: a year's pay, said with 万
_A_YEAR = (
    r"(?:一年|年收入)"
    r"(?=(?:能|可以)?(?:拿|挣|给|收入|大概)?\s*[\d一二两三四五六七八九十]+(?:\.\d+)?\s*[万wW])"
)
PAY_WORD = (
    r"月薪|年薪|工资|薪资|薪水|薪酬|待遇|收入|底薪|保底|基本工资|综合工资|到手|工钿"
    # not what the firm pays into insurance each month (每个月给交一千二的社保)
    r"|(?:一个月|每个月|每月)(?!(?:给|都)?(?:交|缴|扣|补))|月入|税前"
    r"|人工(?=[\d一二三四五六七八九两])"  # Cantonese: 人工五千五
    rf"|{_A_YEAR}"
)
SALARY_RANGE = re.compile(rf"({MONEY}){CURRENCY}{DASH}({MONEY}){CURRENCY}(?!\s*(?:人|名|年|岁|个))")
SALARY_FROM = re.compile(
    rf"(?:底薪|保底|基本工资)(?:是|为|有)?\s*({MONEY})|({MONEY}){CURRENCY}\s*(?:以上|起|出头|\+(?!\s*\d))"
    rf"|({MONEY}){CURRENCY}\s*(?:加|\+)\s*(?:提成|绩效|奖金|课时费|计件)|({MONEY})\s*底薪"
    rf"|(?:{PAY_WORD})(?:能|可以)?(?:过|破)(万)"
)
# 五六千, 七八千: two neighbouring digits before the unit, a range.
SALARY_ABOUT = re.compile(
    r"(?<![\d零〇一二两三四五六七八九十百千万])([一两二三四五六七八])([二三四五六七八九])([千万])"
)
# 月薪六千, 一个月给到1万2, 一个月算下来差不多六千; 五千二一个月, 七千左右一个月, 三千块
_BETWEEN = r"[^,，。;；\d零〇一二两三四五六七八九十百千万]{0,6}?"
SALARY_SINGLE = re.compile(
    rf"(?:{PAY_WORD}){_BETWEEN}\s*(?!一个月|一月)({MONEY}){CURRENCY}(?:左右|上下)?"
    rf"|({MONEY})\s*来?(?:元|块)(?:\s*/\s*月|每月|一个月)?"
    rf"|({MONEY})\s*(?:左右|上下)?\s*(?:一个月|每个月|每月|/月)"
)
# 工资是八千多: more than the figure, so its least
SALARY_MORE = re.compile(
    rf"(?:{PAY_WORD}){_BETWEEN}\s*({MONEY})多(?:块钱|块|元)?(?!\s*(?:人|名|个|年|岁|天|小时))"
)
# A clause that is a figure alone (三千六): pay, said the way hosts say it.
SALARY_ALONE = re.compile(
    rf"^(?:大概|大约|差不多|约)?({MONEY})(多|出头)?(?:块钱|块|元)?(?:左右|上下)?$"
)
SALARY_TO = re.compile(rf"(?:最高|最多|上限)(?:能|可)?(?:到|达|拿)?\s*({MONEY})")
YEARLY = re.compile(rf"年薪|{_A_YEAR}")
NOT_PAY = re.compile(r"补贴|补助|奖励|奖金|年终奖|押金|罚款|费用|学费|培训费|人均")
NOT_MONTHLY = re.compile(r"时薪|日薪|日结|周结|按天|一天|每天|每小时|一小时|计时|周薪")
LOWEST_MONTHLY = 800  # a figure below this is not a month's pay (年薪 figures are divided first)
HIGHEST_MONTHLY = 200_000

# --- education ----------------------------------------------------------------------------------

EDUCATION_ANY = re.compile(
    r"学历不限|不限学历|学历无要求|无学历要求|不要求学历|学历(?:上)?没(?:有)?(?:什么)?要求"
    r"|对学历没(?:有)?(?:什么)?要求|不看学历|学历没有?限制|学历无所谓|学历不(?:作)?要求|学历不看"
    r"|学历不卡|不卡学历|不要学历|(?:啥|什么)学历都(?:行|可以|能|不要|不限)|没(?:有)?(?:什么)?学历要求"
    r"|没(?:有)?学历(?:也|都)(?:没关系|可以|行|能)"
)
PREFERRED = re.compile(r"优先|更好|最好")

# --- headcount, housing, travel, experience, graduates ----------------------------------------

_HIRE_WORDS = r"招聘?|招收|急招|急聘|诚聘|需要|缺|要招|共招|计划招|要"
HEADCOUNT = (
    re.compile(
        rf"(?:{_HIRE_WORDS})[^,。;]{{0,14}}?"
        rf"({NUMBER})(?:来|多|余)?\s*(?:个人|名|位|人|个$|个(?=[^,。;月年天]{{1,5}}$))"
        r"(?!间|次|以上的|规模|小时|星期|礼拜|钟头)"
    ),
    # 招俩, 招仨搬运工: the numeral holds its own 个
    re.compile(rf"(?:{_HIRE_WORDS}|□)(俩|仨)(?!月|年|天|小时|礼拜|星期)"),
    re.compile(rf"(?:人数|名额|需求)[:：]?(?:是|为|有)?\s*({NUMBER})\s*(?:个|名|人|位)?"),
    # 冲床工八名 (the title is masked by then), 店员两个; a clause that is a count alone
    re.compile(
        rf"(?:□|(?<![员职])工|(?<!人)员|师|手|傅)\s*({NUMBER})(?:来|多|余)?\s*(?:个人|名|位|人|个(?!月|小时))"
        r"(?!间|次|以上|规模|的)"
    ),
    re.compile(rf"^({NUMBER})(?:来|多|余)?\s*(?:个人|名|位|人|个)$"),
    re.compile(rf"({NUMBER})\s*个名额"),
    re.compile(r"□\s*[×xX＊*]\s*(\d{1,4})(?![\d.])"),  # ICU护士 ×5, CNC操机 x 8
)
HEADCOUNT_MAX = 10_000

HOUSING_NO = re.compile(
    r"不(?:提供|安排|管|包|解决)(?:吃)?住(?:宿)?|不包吃住|不提供宿舍|无宿舍|没有宿舍|没宿舍"
    r"|住宿(?:需要)?自理|住宿(?:不提供|不包|不管)|不含住宿|无住宿|没有住宿|住(?:宿)?(?:得|要|需要|需)?自己(?:解决|找|租|负责)"
)
HOUSING_YES = re.compile(
    r"包吃包住|包吃住|包食宿|包住|管吃管住|管吃住|管食宿|提供食宿|管住|吃住全包|食宿全包|免费住宿|免费宿舍"
    r"|(?:提供|安排|解决|配有|有)[^,。;]{0,6}?(?:住宿|宿舍)|宿舍(?:免费|可住)|住宿免费"
    r"|宿舍(?:是)?(?:免费|[\d一二两三四五六七八]人间)"  # 宿舍是四人间带空调
    r"|住(?:宿)?(?:是|也是)?(?:公司|厂里|老板)?包的|夫妻房"
    # living in: 住家, 住雇主家, 吃住都在船上, 吃住都给解决, 值班室有床，可以住
    r"|^住家(?:的)?$|是住家的|住(?:在)?雇主家|吃住(?:都)?在(?:船上|雇主家|山上|厂里|店里|工地上?)"
    r"|吃住都(?:给|能)?解决|(?:值班室|宿舍|房间)(?:里)?有床|^可以住(?:宿)?$"
)

# Being away for the work other than 出差: 跑长途, 跑外地, 出国跑展会, 下乡, 下牧场.
_AWAY = r"出差|跑长途|跑外地|去外地|出国|下乡|下基地|下牧场|下工地|跑展会|跑工地|跑站点"
TRAVEL: tuple[tuple[TravelLevel, float, re.Pattern[str]], ...] = (
    (
        TravelLevel.OCCASIONAL,
        0.9,
        re.compile(
            r"(?:偶尔|偶而|少量|短期|不定期|有时|有时候|不经常|不用经常|不需要经常|不常|很少)"
            rf"(?:需要|要|会)?(?:出差|[^,，。;；]{{0,6}}?(?:{_AWAY}))|出差(?:较少|很少|不多|少)"
        ),
    ),
    (
        TravelLevel.NONE,
        0.9,
        re.compile(
            r"(?:不用|无需|无须|不需要|不需|不必|不要求|没有|无|不)出差|出差(?:没有|无)"
            r"|不(?:用|需要)?(?:跑外地|去外地)"
        ),
    ),
    (
        TravelLevel.FREQUENT,
        0.9,
        re.compile(
            r"(?:经常|频繁|长期|常年|大量|长时间|时常|全国各地)(?:需要|要|会)?[^,。;不少]{0,3}?出差"
            rf"|(?<!不)(?:经常|频繁|常年|时常)(?:需要|要|会)?[^,，。;；不少]{{0,6}}?(?:{_AWAY})"
            r"|(?<!非)常(?:需要|要|会)?出差"
            r"|出差(?:较多|多|频繁|比较多)|常驻外地|驻外"
        ),
    ),
    (TravelLevel.OCCASIONAL, 0.6, re.compile(r"(?:需要|要|会|有|可能)出差")),
)

EXPERIENCE_YEARS = (
    re.compile(
        rf"({NUMBER})\s*(?:个)?年(?:及|或)?(?:以上|或以上|以上的|多)?的?[^,。;\d]{{0,8}}?"
        r"(?:经验|驾龄|工龄|教龄|经历)"
    ),
    re.compile(rf"(?:经验|驾龄|工龄|教龄)(?:的话)?(?:要求|要|需要)?(?:在)?\s*({NUMBER})\s*年"),
    re.compile(rf"(?:干|做)过\s*({NUMBER})\s*(?:个)?年"),
    # 挖掘机司机，三年以上，月薪…: years and more, said alone, are the experience asked for
    re.compile(rf"(?:^|(?<=[,。;]))\s*({NUMBER})\s*年(?:及|或)?以上\s*(?=$|[,。;])"),
)
EXPERIENCE_NONE = re.compile(
    r"无经验要求|零经验|经验不限|不限经验|不要求经验|经验无要求|无需经验|不需要经验|不用经验"
    r"|对经验没(?:有)?(?:什么)?要求|经验没(?:有)?(?:什么)?要求|零基础|没(?:有)?经验(?:也|都)"
    r"|无经验(?:也|都|者)?(?:可|能|行|欢迎)|新手(?:也|都)?(?:可以|能|行|欢迎)|不需要(?:工作)?经验"
    r"|(?:接受|欢迎|招收|可招)(?:无经验|零经验|没有?经验|零基础|新手|小白)"
    r"|有没有经验(?:都|也)|有无经验(?:都|均|也)|没(?:有)?经验(?:也|都)?(?:可以|可|能|行|没关系)"
    r"|(?:没(?:有)?|莫|冇)得?(?:经验|做过|干过|基础)的?(?:小白)?(?:也|都)?"
    r"(?:没关系|不要紧|要得|可以|能|行|欢迎|(?:有|包|给)?培训|教|带|有人带|有师傅带|师傅带)"
    r"|不要(?:求)?经验|不看经验|小白(?:也|都)?(?:行|可以|能干|能做|欢迎|可)"
    r"|没(?:有)?基础(?:也|都)?(?:可以|能|行)"
)
EXPERIENCE_MAX = 40

GRADUATES_NO = re.compile(
    r"不(?:招|要|收|接受|考虑)(?:应届|刚毕业|毕业生)"
    r"|应届(?:毕业)?生?(?:这次|今年|就|暂时|暂|一律|都)*(?:不|勿)(?:要|招|考虑|行|可以|接受|收)"
    r"|非应届"
)
GRADUATES_YES = re.compile(
    r"应届|刚毕业|(?:欢迎|接受|可招|招)毕业生|\d{2,4}届毕业生|毕业生(?:(?:也|都)(?:欢迎|可以|可投|能投)|欢迎)"
)

# --- corrections ------------------------------------------------------------------------------

# A host taking back what was just said (月薪四千五……哦不对，是四千五到五千五; 招三个，哎等一下
# 我看下啊，哦是招八个): what comes after stands, the clause before it is dropped. Texts are
# NFKC-folded first, so an ellipsis comes as dots.
_TAKEN_BACK = (
    r"(?:我|刚才)?(?:不对|念错了|说错了|讲错了|搞错了|看错了|瞅错了|口误了?|说多了|说少了)"
    r"(?:啊|呀)?"
)
_SORRY = r"(?:不好意思|抱歉|对不起)"
_AFTER_CORRECTION = r"[，,…\s]*(?:哦|噢)?(?:应该是|是)?"
CORRECTION = re.compile(
    # ……哎念错了，是…; ，不对不对，我看错了，是…
    r"(?:[….—\-，,\s]+(?:哎呀|哎|哦|噢|呃|诶|啊|嗯)*|(?:哎呀|哎|哦|噢|呃|诶)+)"
    rf"(?:(?:{_TAKEN_BACK})(?=[，,…\s是]|$|{_TAKEN_BACK})[，,…\s]*)+"
    + _AFTER_CORRECTION
    # ，哎等一下我看下啊，哦是…
    + r"|[，,]\s*(?:哎|哦|噢|呃)*等(?:一下|一会儿?|会儿)[^，,。]{0,8}[，,]\s*(?:哦|噢)(?:应该是|是)"
    # ……不是朝阳，是…; ，呃，不是焊工，是…; ，啊，不是，…
    r"|(?:(?:[…—]|\.\.)+|[，,]\s*(?:哎|哦|噢|呃|啊)+[，,]?)\s*(?:哎|哦|噢|呃)*"
    rf"不是(?:[^，,。]{{0,6}}[，,]\s*(?:应该是|是)|[，,](?:\s*{_TAKEN_BACK}[，,]?\s*(?:应该是|是)?)?)"
    # ，啊不好意思，我看错了，是…; ，哦不好意思，是…; ，不好意思说错了，…
    rf"|(?:[，,]|(?:[…—]|\.\.)+)\s*(?:哎呀|哎|哦|噢|呃|啊)*{_SORRY}[，,]?\s*"
    rf"(?:(?:[^，,。]{{0,8}}说)?(?:{_TAKEN_BACK}|念错了|说错了)[，,]?\s*(?:要求是|应该是|是)?|(?:应该是|是)|(?=这个|要求))"
    # ……我再确认一下，哦，两年以上就行; ，诶等一下，我再看一眼，是…; ……我看下表，表上写的是…;
    # ……呃，我刚问了一下HR，其实是…: the host checks, then says it again
    r"|(?:[，,]|(?:[…—]|\.\.)+)\s*(?:诶|哎|哦|噢|呃|啊|嗯)*[，,]?\s*"
    r"(?:等一下[，,]?\s*)?(?:我再看一眼|我看下表|我再确认一下|我刚问了一下[^，,。]{0,6})"
    r"[，,]\s*(?:(?:哦|噢|嗯)[，,]?\s*)?(?:表上写的是|其实是|应该是|是)?"
    # 工资三千，不是，三千三: a figure taken back by 不是 alone
    r"|[，,]\s*不是[，,]\s*(?=[\d零〇一二两三四五六七八九十])"
    # 刚才说的一年经验说错了，应该是…
    rf"|刚才说的[^，,。]{{0,12}}?(?:{_TAKEN_BACK})[，,]\s*(?:应该是|是)?"
)
# A registered firm and 的 opening the clause a correction takes back: the firm is not taken back
REGISTERED_OWNER = re.compile(
    r"\s*(?:下一个是|这个是|是)?[^，,。;]{2,30}?(?:有限公司|有限责任公司|集团)的"
)
# After a correction, what is said again from one of these words (招厨师助理, 在湛江吴川市)
# replaces the clause before from its last use of the word; else the whole clause goes.
SAID_AGAIN = ("月薪", "工资", "学历", "招", "在")
# Else, a figure (or a range of them) said right after a correction replaces the clause's last
# figure; the unit said after the new one is the old one's (招五个人……是三个，三个啊).
_FIGURE_PART = (
    r"(?:(?!一个月|一月)[\d.零〇一二两俩仨三四五六七八九十百千万])+[kKwW]?"  # not 六千|一个月
)
FIGURE = re.compile(rf"{_FIGURE_PART}(?:\s*(?:到|至|-|~|—|～)\s*{_FIGURE_PART})?")
FIGURE_SAID_AGAIN = re.compile(
    rf"(?:其实|实际|应该)?(?:是|招)?\s*({FIGURE.pattern})(?:个人|个|名|位|人|年|块钱|块|元)?"
)
CLAUSE_END = "，。,；;！!？?"

# --- employer -----------------------------------------------------------------------------------

FILLER = re.compile(
    r"^(?:(?:接下来|下面|然后|现在|咱们|咱|再|最后|首先|另外|还有|这里|这边|好|那么|今天的?"
    r"|第[一二三四五六七八九十\d]+(?:个|家)?(?:企业|公司|单位|用人单位)?|下一(?:家|个)(?:企业|公司|单位)?"
    r"|这家(?:企业|公司|单位)?|这一家|这次|请到了?|连线的是|这个(?!月|岗位|职位|工作)|(?:刚才|刚刚)那个(?!岗位|职位|工作|企业|公司|单位)|这(?=是)|就是|那个|呃|嗯|额"
    r"|(?:公司|企业|单位)(?:的)?(?:名字|名称)?(?=叫|是))"
    r"(?:是|叫|看|来看|介绍|推荐|给大家|带来|有)*(?:一下|的是)?)+|^(?:是|叫|来自)"
)
ORG = (
    r"股份有限公司|有限责任公司|有限公司|集团|公司|工厂|厂|医院|卫生院|诊所|服务中心|中心|学校|学院"
    r"|幼儿园|酒店|宾馆|饭店|超市|商场|银行|合作社|事务所|工作室|研究所|研究院|门诊部|药房|药店"
    r"|养老院|敬老院|服务站|商行|门店|车行|民宿|养殖场|农场|牧场|加油站|产业园|工业园|科技园|园区"
    r"|(?<![跑做拓展])市场"
    r"|办事处|分局|局|人民政府|政府|中学|小学|服务部|服务队|居民委员会|村民委员会|居委会|村委会"
    r"|购物广场|购物中心|批发城|商城|商厦|煤矿|酒楼|餐厅|驾校|店|馆|坊|铺"
    r"|俱乐部|旅行社|出版社|报社|管理所|派出所|卫生所|修理部|经营部|营业部|大排档|会所|护理院|疗养院|福利院"
    r"|颐养院|客栈"
)
# Trades an employer's name ends with when it has no legal suffix (临清华宇物流, 某区某某建材).
TRADE = (
    r"物流|快递|建材|食品|机械|科技|医药|药业|制药|纺织|服装|服饰|餐饮|超市|酒店|物业|汽修|汽车|家具"
    r"|家政|电子|电器|化工|商贸|贸易|外贸|农业|建筑|装饰|装修|五金|传媒|文化|教育|培训|网络|信息"
    r"|能源|环保|包装|陶瓷|实业|置业|地产|生物|印务|印刷|钢构|轴承|模具|机电|电气|线缆|电缆|玻璃"
    r"|石材|粮油|饲料|重工|制衣|针织|新材料|光电|智能|软件|运输|货运|快运|速运|客运|旅游"
    r"|零部件|配件|咖啡|茶饮|烘焙"
    r"|[钢铁铜铝锌纸塑木鞋酒茶乳石种果]业"
)
EMPLOYER_NEXT = (
    r"这边|那边|的|招|诚聘|急聘|急招|现招|正在|需要|缺|现在|今天|这次|本次|在招|在|也|还|要|$"
    # 某某有限公司冲床工八名: the title and how many, with no word of hiring
    rf"|[\u4e00-\u9fff]{{1,8}}?(?:工|员|师|手)(?:{NUMBER})(?:名|个|位|人)"
)


def _brand_of(most: int) -> str:
    """A brand of 2 to `most` characters (no word that starts what follows it)."""
    return rf"(?:(?!招|要|的|这|那|在|是|有|一家|一个|一所|一间)[\u4e00-\u9fff]){{2,{most}}}?"


_BRAND = _brand_of(4)
EMPLOYER_BY_TRADE = re.compile(rf"^({_BRAND}(?:{TRADE})+(?:{ORG})?)(?={EMPLOYER_NEXT})")
# After a place, a brand alone that is hiring (东阿阿胶招…, 泰钢不锈钢招…).
_HIRING = r"直招|招|诚聘|急聘|急招|现招|在招|要招"
BRAND_HIRING = re.compile(rf"^({_brand_of(6)})(?={_HIRING})")
# After places, what an introduction of an employer (这一家是…) names when nothing follows it.
BRAND_ALONE = re.compile(rf"^({_brand_of(6)})$")
EMPLOYER_INTRODUCED = re.compile(r"家|来自")
# A clause that opens with the hiring: the clause before it may be the employer alone.
HIRING_OPENS = re.compile(rf"^(?:{_HIRING})")
EMPLOYER = re.compile(
    rf"^((?:(?!招|要求|需要|这边|那边|这个|那个|这家|那家|岗位|工作|职位|的|一家|有家|有个|有只|一个|一所|一间|有间|哪|问"
    r"|出差|他们|她们|我们|介绍|开了|全国|会做|会用|会开|熟悉|下属|旗下|名字|叫|上班|工作地点"
    r"|[零一二两三四五六七八九十百千几多]+家(?:门店|分店|店|工厂|分公司|企业|公司))"
    rf"[\u4e00-\u9fffA-Za-z0-9()（）·]){{2,30}}?"
    rf"(?:{ORG}))(?={EMPLOYER_NEXT})"
)
# A clause in which the speaker says who they are (我是…的人事, 我们是…): no title of the job.
SPEAKER_SAYS_WHO = re.compile(r"(?:大家好)?(?:我|我们|俺)(?:是|叫|就是)")
# A guest introduced on air (今天请到了…的HR, 连线的是…的人事): who speaks, not the job
GUEST_INTRODUCED = re.compile(r"请到|连线(?:的是|了)|在线的是")
# Parts of speech of the dictionary (rjieba.tag) for an organisation's or a brand's own name.
PROPER_NAME_TAGS = frozenset({"nt", "nz"})
NOT_AN_EMPLOYER = re.compile(r"^(?:这|那|我|咱|本|该|贵|你|他|她|各|每|大|小|新|老)?(?:家|个|们)?$")
# A group said as the parent of the employer (恒邦集团旗下的恒邦酒店, …是滨海旅游集团旗下的,
# 华宇集团的子公司): the employer is the one it owns.
PARENT_AFTER = re.compile(r"^(?:旗下|下属|的子公司|的分公司)")
SUBSIDIARY = re.compile(
    r"(?:旗下|下属|下面)的?"
    rf"((?:(?!我|是|的|招|这|那|在)[\u4e00-\u9fffA-Za-z0-9·]){{2,20}}?(?:{ORG}))"
    r"(?=[，,。在招]|$)"
)
# Works whose kind, said after places in words of trades alone, names no one (大连金州区船厂).
_WORKS = r"工厂|厂|公司|产业园|物流园|工业园|园区|商场|港口|码头|景区|煤矿|基地"
KIND_OF_WORKS = re.compile(rf"(?:{_WORKS})$")
# After places and 的, a name with one of these endings is mostly a kind of works (番禺区的珠宝
# 加工厂, 九江共青城市的羽绒服厂), one of a service mostly a name (昆明五华区的春城实验小学).
WORKS_AFTER_PLACES = re.compile(rf"(?:{_WORKS}|市场|合作社|场|中心|坊)$")
# A service said by its kind alone (五星酒店, 快捷酒店, 连锁超市)
KIND_OF_SERVICE = re.compile(
    rf"^(?:[一二三四五六七八九\d]星级?|星级|温泉|快捷|连锁|商务|度假|主题|精品|高端|大型|小型|社区|私立|公立)+(?:{ORG})$"
)
# Words of talk that no employer's name holds: a clause that opens with them before 公司 or 招
# is about something else (但工厂在河源, 今年他们招…, 这家做跨境服装的公司, 不是公司招).
NOT_IN_A_NAME = re.compile(
    r"是|但(?!丁)|今年|去年|明年|刚才|刚刚|以前|之前|负责|偶尔|经常|线下|线上|^个(?!体)|^做|上跑"
    r"|讲到|说到|^会(?!所|计|展)"
)
# 医院是…医院: a workplace said, then its name (WORKPLACE_NAMED_AS), not one name
WORKPLACE_THEN_NAME = re.compile(rf"^(?:{ORG}|单位)(?:的名字)?是")
# Words that open a clause before 招 without being a brand (长期招…, 车间急招…).
NOT_A_BRAND = re.compile(
    r"长期|常年|现在|正在|目前|今天|明天|我们|咱们|本店|本厂|本公司|公司|工厂|厂里|店里|单位|企业|门店"
    r"|车间|仓库|工地|餐厅|厨房|超市|商场|学校|医院|酒店|饭店|老板|急需|大量|高薪|直招|诚信|火热"
    r"|以上|以下|经验|学历|年龄|[镇乡]$|街道$|小区|社区|村里|镇上|县城|市区|总部|总公司|分公司"
)
# 这家, 本厂, 贵公司: not a name; but 贵阳, 本溪 and 那曲 are places that a name may start with
EMPLOYER_LEAD = re.compile(
    r"^(?:这|那(?!曲|坡)|我|咱|本(?!溪)|该|贵(?![阳港州溪定德池])|你|他|她|各|每|哪|某|在)"
)
# A company introduced inside a clause (我是合肥市包河区启明冷链物流有限公司人事小张, 第一家企业是…
# 有限公司): only a registered name, which nothing else ends like.
_REGISTERED = r"股份有限公司|有限责任公司|有限公司|集团"
REGISTERED_NAME = re.compile(rf"(?:{_REGISTERED})$")


def _registered_of(not_in: str) -> str:
    """A registered name of 2–30 characters before its suffix, holding none of `not_in`."""
    return rf"((?:(?!{not_in})[\u4e00-\u9fffA-Za-z0-9()（）·]){{2,30}}?(?:{_REGISTERED}))"


# A registered name opening a clause, whatever follows it (…有限公司这个岗位在…, …股份有限公司
# 成立于1998年): no other words end so.
REGISTERED_AT_START = re.compile("^" + _registered_of("招|这|那|我|的|是|在"))
# A brand that opens the text, then where it is and, later, the hiring (湘味坊在长沙岳麓区新开了
# 一家店，招…; 巴渝老灶这家火锅店在重庆…).
BRAND_THEN_WHERE = re.compile(
    r"^((?:(?!在|这|那|的|招|是|地点|地址|岗位|工作|上班|今天|明天|本周|上午|下午|晚上)[\u4e00-\u9fff]){3,6})"
    r"(?:这家[^,，。在]{0,6})?在"
)
# …有限公司昆山分公司: a branch said after the registered name is part of it.
BRANCH_AFTER = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:分公司|分厂|分店|分院)(?=[，,。在招]|$)")
NAMED_WITHIN = re.compile("(?:我是|我们是|是|叫|来自)" + _registered_of("我|是|的|招|这|那"))
# A workplace the host names after saying what it is (有一家护理院，叫松鹤护理院; 店叫指尖艺术美甲):
# a clause that is 叫 and the name, after a clause that speaks of one; or a workplace word,
# 叫 and the name.
NAMED_AS = re.compile(r"^(?:名字|店名)?叫(?:做)?([\u4e00-\u9fffA-Za-z0-9·]{2,16})$")
NAMED_AS_ITSELF = re.compile(r"^(?:名字|店名|厂名)叫(?:做)?([\u4e00-\u9fffA-Za-z0-9·]{2,16})$")
# A recruiter naming their own workplace: 我们是广东信衡律师事务所, 我们叫馨月月子会所 (a name of
# a workplace's shape), or 我是绿盈茶业的老板娘 (any name, before the speaker's role in it).
WE_ARE = re.compile(
    r"^(?:大家好)?(?:我们|咱们|俺们)(?:这|这边)?(?:是|叫)"
    rf"((?:(?!我|是|的|招|这|那|一家|一个)[\u4e00-\u9fffA-Za-z0-9·]){{2,28}}?(?:{ORG}))$"
    r"|^(?:大家好)?我是((?:(?!我|是|的|这|那|咱|一家|一个)[\u4e00-\u9fffA-Za-z0-9·]){2,16})的"
    r"(?:HR|hr|人事|招聘负责人|招聘经理|老板娘|老板|负责人|总经理|经理|站长|院长|店长|厂长|园长|校长)"
    # 我是仁和医院的 (the role left unsaid), 我们天天鲜连锁超市招…: a name of a workplace's shape
    rf"|^(?:大家好)?我是((?:(?!我|是|的|这|那|咱|一家|一个)[\u4e00-\u9fffA-Za-z0-9·]){{2,28}}?(?:{ORG}))"
    r"(?<!人社局)(?<!就业局)(?<!人才市场)(?<!服务中心)的$"  # not the broadcasting office
    rf"|^(?:我们|咱们)((?:(?!我|是|的|这|那|一家|一个|招)[\u4e00-\u9fffA-Za-z0-9·]){{2,28}}?(?:{ORG}))"
    r"(?=(?:今年|这次|现在|正在)?(?:急招|要招|在招|招))"
)
# Quotation marks a host's card or caption puts around a name or a title, opening and closing.
OPEN_QUOTE, CLOSE_QUOTE = '“"「『', '”"」』'
QUOTES = OPEN_QUOTE + CLOSE_QUOTE
_QUOTED = rf"[{OPEN_QUOTE}]([^{CLOSE_QUOTE}]{{2,16}})[{CLOSE_QUOTE}]"
# A name in quotation marks after 叫 or 名字是 (店名叫“甜小满”), or in brackets after the title
# (银行大堂经理（岭南农商银行）): the employer, without the marks.
QUOTED_NAME = re.compile(
    r"(?<!岗位)(?<!职位)(?<!工种)(?:叫|名叫|名字叫|店名叫|名字是|店名是|我们是|我们这是|这家是)(?:做)?"
    rf"\s*{_QUOTED}(?!的(?:宝子|宝宝|朋友|家人|粉丝|网友|老铁|观众|兄弟|姐妹|大哥|大姐|老乡))"
    rf"|^{_QUOTED}(?=招|在招|现招|诚聘|急招)"
)
# Any other name in quotation marks (“蜀味轩”川菜馆, 水果店“果多多”, 这个是“仁济康复医院”): the
# employer, unless it is the title (岗位叫“…”) or a viewer's handle (评论区“江西小王”说).
QUOTED_ANY = re.compile(
    r"(?<!岗位)(?<!职位)(?<!工种)(?<!评论区)(?<!网友)(?<!弹幕)(?<!粉丝)(?<!用户)"
    r"(?<!叫)(?<!叫做)(?<!名称)(?<!是叫)"
    rf"[{OPEN_QUOTE}]([^{CLOSE_QUOTE}，,。！？!?]{{2,16}})[{CLOSE_QUOTE}]"
    r"(?!说|问|留言|提问|这个岗位|岗位|专场|活动|期间)"
)
NOT_AN_EMPLOYER_QUOTED = re.compile(r"(?:行动|活动|计划|专场|招聘会|工程|政策|补贴)$")
BRACKETED_NAME = re.compile(
    rf"[（(]((?:(?![（）()])[\u4e00-\u9fffA-Za-z0-9·]){{2,30}}?(?:{ORG}))[）)]"
)
NAMED_AS_AFTER = re.compile(
    rf"(?:有|开了)(?:一)?(?:家|间|个)[^,。;]{{0,8}}?(?:{ORG}|乐|院|所|楼|厅)$"
)
WORKPLACE_NAMED_AS = re.compile(
    rf"(?:{ORG}|琴行|影楼|厂子|这家|那家|单位)(?:的)?(?:名|名字)?叫(?:做)?"
    r"([\u4e00-\u9fffA-Za-z0-9·]{2,16})$"
    # 医院是武汉市江夏区第一人民医院: a workplace, 是, and a name of a workplace's shape
    rf"|(?:{ORG}|单位)(?:的名字)?是((?:(?!我|是|的|招|这|那)[\u4e00-\u9fffA-Za-z0-9·]){{2,28}}?(?:{ORG}))$"
)
# A registered name anywhere: opening a clause, or after 的, 是, 叫, 来自 or a label's colon,
# and followed as an employer's name is (招…, 的…, ，).
REGISTERED_WITHIN = re.compile(
    r"(?:^|的|是|叫|来自|做|[:：])"
    rf"((?:(?!我|是|的|招|这|那|下属|旗下|做)[\u4e00-\u9fffA-Za-z0-9()（）·]){{2,30}}?(?:{_REGISTERED}))"
    rf"(?={EMPLOYER_NEXT}|[,，。;；])"
)
# After a place, a registered name running on with no pause: the place is the company's.
INSIDE_A_NAME = re.compile(rf"^[^,，。;；\s]{{0,24}}?(?:{_REGISTERED})")

# --- title --------------------------------------------------------------------------------------

TITLE_OF_THIS_JOB = re.compile(
    r"(?:这个|这份|该|此)([^,。;]{2,20}?)(?:的)?(?:工作)?(?:岗位|职位|工作)"
)
TITLE_NAMED = re.compile(
    r"(?:(?:这个|这份|该)(?:岗位|职位|工作)(?:呢)?(?:是|叫做|叫|为)"
    r"|(?:岗位|职位)(?:名称|名字)?(?:呢)?(?:是|叫做|叫|为)?)"
    rf"[{OPEN_QUOTE}]?([^,。;{QUOTES}]{{2,20}})"
)
# 这个数控铣工招五个人: the title the host points at, then the hiring
TITLE_THEN_HIRING = re.compile(r"(?:这个|这份)([^,。;这那岗已]{2,12}?)(?=招|要招|需要|缺)")
# 这个厨师岗, 有个保洁员的岗位, 这个月嫂的活儿: the title the host points at
TITLE_OF_THIS_WORK = re.compile(
    r"(?:这个|这份)([^,。;]{2,12}?)岗(?!位)|(?:这个|这份|有个|有份|个)([^,。;]{2,12}?)的(?:活儿|活计|岗位)"
)
TITLE_CALLED = re.compile(r"^(?:名字叫|名叫|叫做|叫)(?=[\u4e00-\u9fff])")
TITLE_BEFORE_THIS = re.compile(r"^([^,。;]{2,20}?)(?:这个|这份|该)(?:岗位|职位|工作)")
# 招收 hires, but 招收银员 hires a 收银员: titles that open with 收.
_HIRES = r"招收(?!银|派|货|费|款|发|料|割)"
TITLE_AFTER_EMPLOYER = re.compile(
    rf"^[”\"」』]?(?:这边|那边|今天|现在|正在|也|还)*"
    rf"(?:的|要招|在招|现招|招聘|诚聘|急聘|急招|{_HIRES}|需要|招|缺|请|要(?!求))?"
)
TITLE_AFTER_HIRE = re.compile(
    rf"(?:招聘(?!专员|主管|经理|顾问|总监|助理)|诚聘|急聘|急招|{_HIRES}|现招|在招|要招|招工(?=[】\]〕:：!！\s])|招|(?<!不)需要"
    r"|(?<![欠短])缺(?!人|少|勤|席|点|口|钱|货|乏|陷)"
    # 请 hires in Cantonese (有间厂请装配工), not in 请问, 请大家, 请假
    r"|(?<![申邀])请(?!问|大家|各位|注意|假|您|你|到|点|关注|记|看|稍|放心|联系|出|来|上))(?!聘)"
)
TITLE_CUT = re.compile(
    rf"(?:{NUMBER})\s*(?:个人|名|位|人|个$)|[俩仨]$|\d|[零一二两三四五六七八九十百]+[千万]|急招|急聘|要求|需要|要|在(?!线)|招(?!聘(?:专员|主管|经理))|有(?!机|色|限)|学历|工作地点"
    r"|地点|[（(]"
    rf"|{PAY_WORD}|若干|包吃|包住|提供|上班|经验|负责|主要|不用|无需|偶尔|经常|本科|大专|专科|中专"
    r"|(?<=.)(?:高中|初中)|硕士|博士|技校|的工作|的岗位|的职位|岗位|职位|工作$|岗$|的$|(?<=[工员师手])(?:和|或|跟|及)"
)
TITLE_PARTS = re.compile(r"[的|｜]|(?<=[\u4e00-\u9fff]{2})做(?=[\u4e00-\u9fff]{2})")
TITLE_LEAD = re.compile(
    rf"^(?:(?:{NUMBER})\s*(?:名|位|个)|俩|仨|若干名?|几名|几位|几个|多名|的|个|名|(?:都|也|就)?是|叫做|叫|那个|这个)"
)
# The speakers of an interview on air (主持人：…HR：…): who speaks, not a card's label
SPEAKER_LABEL = re.compile(
    r"(?:^|(?<=[。！？!?\s…]))(?:主持人|主播|嘉宾|记者|HR|hr|人事|招聘官)\s*[:：]"
)
# A dash after a viewer's question, before the host's answer (有人问包不包住——包住)
ANSWER_AFTER_DASH = re.compile(r"(?<=问)([^，,。!?—]{1,16})—{2,}")
# Emoji, arrows and other marks before or after a title on a card (🔥 外卖骑手, 📣 银行大堂经理)
SYMBOLS_AROUND = re.compile(r"^[^\w（(]+|[^\w）)]+$")
# A viewer's question about a job the host then answers (有位老乡问保安要不要学历): the job.
ASKED_ABOUT = re.compile(
    r"问(?!主播|主持|我|你|大家|HR|hr)(?:一下|问)?(?:刚才|刚刚|刚|头先|之前|上一个)?"
    r"(?:讲的|说的|的|个)?(?:那个|这个)?(?:做)?"
    r"([\u4e00-\u9fffA-Za-z0-9“”\"]{2,16}?)(?:这个岗位|岗位|那个)?"
    r"(?=要不要|要唔要|包不包|包唔包|招几个|工资|能不能|收不收|多少|有没有|是不是|怎么|吗|几个人"
    r"|出不出差|需不需要|在哪|是哪|要几|要什么|学历|是在|多大|年龄|能报|还要|还招|招不招|行不行)"
)
ANSWER_DEFERRED = re.compile(r"去问|问问HR|问一下HR|稍等|等会儿?|待会儿?|下播(?:以)?后")
# Spoken particles after a title (招茶艺师啊): not part of it.
TITLE_PARTICLES = "啊呀哈哦嘛啦了"
# Common surnames: 王经理, 张主管 and 刘师傅 are people addressed by the host, not jobs.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
NOT_A_TITLE = re.compile(
    r"大家|朋友|欢迎|感谢|谢谢|我|你|他|她|们|今天|点赞|关注|这个|那个|哪|什么|怎么|多少|吗|呢|吧"
    r"|^(?:企业|公司|单位|工厂|在职|现有)?(?:员工|职工)$|^人员$"  # a firm's staff, not a job
    rf"|^[{_SURNAMES}](?:总|经理|主管|总监|科长|处长|局长|主任|师傅|老板|老板娘|厂长|店长|院长|校长)$"
)
TITLE_LENGTH = (2, 16)
# 拉面师傅, 维修师傅: what hosts call a skilled hand; 保洁阿姨, 做饭阿姨: a woman's job
SPOKEN_TITLE_ENDINGS = ("师傅", "阿姨")
