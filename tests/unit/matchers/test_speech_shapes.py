from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from matchers.speech.reader import read_job

SECOND_SET = Path(__file__).parents[3] / "benchmarks" / "data" / "host_transcripts_2.jsonl"


def stated(text: str, *names: str) -> dict[str, Any]:
    fields = read_job(text).fields
    return {name: fields[name] for name in names if name in fields}


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("东阿县鑫源物流招叉车工", "东阿县鑫源物流"),
        ("莘县宏达物流招司机", "莘县宏达物流"),
        ("青岛即墨区海川建材要招仓管员", "青岛即墨区海川建材"),
        ("德州禹城华康医药招医药代表", "德州禹城华康医药"),
        ("临清华宇轴承厂招数控操作工", "临清华宇轴承厂"),
        ("郑州宏运汽修招学徒", "郑州宏运汽修"),
        ("聊城市茌平区信发铝业，招电工", "聊城市茌平区信发铝业"),
        ("老王烧烤店招服务员", "老王烧烤店"),
        ("济南市历下区明德幼儿园招保育员", "济南市历下区明德幼儿园"),
        ("东阿阿胶招生产操作工", "东阿阿胶"),
        ("下面这家是苏州吴中区恒泰机械，招焊工三名", "苏州吴中区恒泰机械"),
        ("那个德州禹城华康医药招医药代表", "德州禹城华康医药"),
        # Introduced by the host, then places and a brand with no trade word after them.
        ("这一家是聊城茌平区信发铝电，招电工", "聊城茌平区信发铝电"),
        ("这个是烟台莱山区绿源果业合作社，招果品分拣工", "烟台莱山区绿源果业合作社"),
        ("今天的第三家企业是济南市长清区鲁能电力设备有限公司", "济南市长清区鲁能电力设备有限公司"),
        ("来自德州德城区的华联超市，需要理货员五名", "德州德城区的华联超市"),
        # A brand of five characters, and one that ends like a title, before 招 and a title.
        ("莱芜钢城区泰钢不锈钢招天车司机", "莱芜钢城区泰钢不锈钢"),
        ("聊城开发区中通客车招焊装工", "聊城开发区中通客车"),
        # Parks, markets and zones of other cities.
        ("聊城东阿县阿胶产业园招包装操作工", "聊城东阿县阿胶产业园"),
        ("聊城临清市烟店轴承市场招轴承检验员", "聊城临清市烟店轴承市场"),
        ("青岛西海岸新区海信电子招SMT技术员", "青岛西海岸新区海信电子"),
        ("临沂河东区顺通快运招货车司机", "临沂河东区顺通快运"),
        ("聊城东昌府区鑫盛包装厂缺人，招打包工五个", "聊城东昌府区鑫盛包装厂"),
        # A brand and a trade alone, right before a clause that hires.
        ("华宇物流，招叉车工，月薪五千", "华宇物流"),
        # Places that start like a word of address (贵公司, 本厂, 那边) are still places.
        ("贵港港北区润泽物流招装卸工", "贵港港北区润泽物流"),
        ("本溪平山区宏达建材招搬运工", "本溪平山区宏达建材"),
        # A town after the places (东莞长安镇), and workplaces of other kinds than firms.
        ("佛山顺德区乐从镇美林家具厂招打磨工", "佛山顺德区乐从镇美林家具厂"),
        ("温州瓯海区仙岩街道立信五金招冲床工", "温州瓯海区仙岩街道立信五金"),
        ("大理古城区苍洱户外俱乐部招领队", "大理古城区苍洱户外俱乐部"),
        ("洛阳老城区牡丹国际旅行社招计调", "洛阳老城区牡丹国际旅行社"),
        ("襄阳樊城区城市道路管理所招巡查员", "襄阳樊城区城市道路管理所"),
        ("刘哥汽车修理部招学徒", "刘哥汽车修理部"),
    ],
)
def test_employers_are_found_by_their_shape(text, employer):
    assert stated(text, "employer") == {"employer": employer}


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # A workplace said, then its name: 叫, 叫做, 名字叫, or 是 and a workplace's name.
        ("康复治疗师，本科，月薪六千，诊所名字叫安和中医诊所", "安和中医诊所"),
        ("吉他老师，大专，琴行叫做弦音琴行", "弦音琴行"),
        ("数学老师，本科，学校叫南湖实验学校", "南湖实验学校"),
        ("这家叫做鼎丰汽配，招汽配销售", "鼎丰汽配"),
        ("护士，大专，医院是宜昌市夷陵区中医医院", "宜昌市夷陵区中医医院"),
        # A name in quotation marks that the speaker says is theirs, or that is hiring.
        ("我们是“老街米粉”，招帮厨两个", "老街米粉"),
        ("「顺风达快运」招司机，学历不限", "顺风达快运"),
    ],
)
def test_employers_named_after_the_workplace_is_said(text, employer):
    assert stated(text, "employer") == {"employer": employer}


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("“巴蜀人家”川菜馆招墩子，一年经验", "巴蜀人家"),
        ("这个是“康宁护理院”，在无锡滨湖区，招护理员", "康宁护理院"),
        ("干洗店“洁丽雅”在桂林秀峰区招熨烫工", "洁丽雅"),
    ],
)
def test_a_name_in_quotation_marks_is_the_employer(text, employer):
    assert stated(text, "employer") == {"employer": employer}


@pytest.mark.parametrize(
    "text",
    [
        "今天是“就业援助月”专场，岗位：保洁员，月薪两千八",
        "评论区“东北老王”说他有叉车证，我们这正好招叉车工",
        "公司名字里有个“广州”，但厂在清远，招普工",
    ],
)
def test_an_event_a_handle_or_a_place_in_quotation_marks_is_no_employer(text):
    assert "employer" not in stated(text, "employer")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("东莞塘厦有间鞋厂请针车工，人工六千", "针车工"),
        ("“丰泰五金”请冲床师傅，包食住", "冲床师傅"),
    ],
)
def test_qing_hires_in_cantonese(text, title):
    assert stated(text, "title") == {"title": title}


def test_a_person_the_host_greets_is_not_the_title():
    text = "我们连线的是鼎盛机械有限公司的赵经理。赵经理：我们招数控车工，中专以上，月薪七千"
    assert stated(text, "title") == {"title": "数控车工"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("有个岗位叫做“仓储管理员”，大专，月薪五千", "仓储管理员"),
        ("岗位叫「早班面点师」，在超市里，月薪四千", "早班面点师"),
    ],
)
def test_a_title_in_quotation_marks_after_gangwei_is_the_title_not_an_employer(text, title):
    fields = stated(text, "title", "employer")
    assert fields == {"title": title}


@pytest.mark.parametrize(
    "text",
    [
        "聊城经济技术开发区的电子厂招组装工",
        "即墨区的服装厂招缝纫工",
        "临清普工招十人",
        "这家公司招保安",
        "冷链物流专员招两人",
        "这边是一个销售内勤岗，大专，会用办公软件",
        "聊城高新区的电子厂招普工",
        "熟悉犬猫常见病，愿意跑市场，能接受出差",
    ],
)
def test_a_place_and_a_trade_without_a_brand_is_no_employer(text):
    assert "employer" not in stated(text, "employer")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("佳美超市招收银员", "收银员"),
        ("顺丰速运招收派员", "收派员"),
        ("鸿达机械厂招收学徒工", "学徒工"),
    ],
)
def test_a_title_that_opens_with_shou_is_not_read_as_zhaoshou(text, title):
    assert stated(text, "title") == {"title": title}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("岗位名称是人事专员，全日制本科", "人事专员"),
        ("嗯，有个岗位是会计，中级职称", "会计"),
        ("今天第三家企业是济南市长清区鲁能电力设备有限公司，带来的岗位是电气装配工", "电气装配工"),
        ("这个是仓库管理员，高中学历", "仓库管理员"),
        ("这边是一个销售内勤岗，大专", "销售内勤"),
        ("来自德州德城区的华联超市，需要理货员五名", "理货员"),
        ("聊城东昌府区鑫盛包装厂缺人，招打包工五个", "打包工"),
        ("临清市第一中学招高中物理教师，本科以上", "高中物理教师"),
        ("这份工作是保洁阿姨，六十岁以内", "保洁阿姨"),
        ("下一个是文秘岗位，本科", "文秘"),
        ("嗯，第二个岗位，就是那个电商美工，大专学历", "电商美工"),
    ],
)
def test_titles_named_in_other_words(text, title):
    assert stated(text, "title") == {"title": title}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("电商客服，接受无经验", {"experience_years": 0}),
        ("海洋调查员，经常出海出差", {"travel": "frequent"}),
        ("销售，经常需要去外地出差", {"travel": "frequent"}),
        ("销售，非常少出差", {}),
        ("理货员，每个月大概三千五", {"salary_min": 3500, "salary_max": 3500}),
        ("导游，月薪四千加提成", {"salary_min": 4000}),
        ("工程师，工作地在济南市高新区", {"location": "济南市高新区"}),
        ("技术员，在青岛西海岸新区上班", {"location": "青岛市西海岸新区"}),
    ],
)
def test_other_ways_of_stating_experience_travel_pay_and_place(text, fields):
    assert stated(text, *fields) == fields


def test_the_employer_name_is_not_read_as_the_title():
    assert stated("下面这家是苏州吴中区恒泰机械，招焊工三名", "title") == {"title": "焊工"}


@pytest.mark.parametrize(
    ("text", "headcount"),
    [
        ("招两个人", 2),
        ("招5名", 5),
        ("招焊工三名", 3),
        ("要二十个人", 20),
        ("招十来个人", 10),
        ("招快递员，招十个", 10),
        ("招聘数据标注员五名", 5),
    ],
)
def test_headcounts_in_words_and_figures(text, headcount):
    assert stated(text, "headcount") == {"headcount": headcount}


@pytest.mark.parametrize("text", ["招普工若干名", "名额若干", "提供四人间宿舍"])
def test_no_number_of_people_gives_no_headcount(text):
    assert "headcount" not in stated(text, "headcount")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("分拣员，工作地点在临清", "聊城市临清市"),
        ("仓库打包员在东阿县上班", "聊城市东阿县"),
        ("保安员，在济南上班", "济南市"),
        ("数据标注员，工作地点在成都", "成都市"),
        ("装卸工，工作地点在青岛市黄岛区", "青岛市黄岛区"),
        ("缝纫工，在即墨区", "青岛市即墨区"),
        ("普工，昆山这边", "苏州市昆山市"),
        ("钢筋工，在郑州市管城区", "郑州市管城区"),
        ("地点在聊城经济技术开发区", "聊城经济技术开发区"),
        ("护工，在鼓楼区上班", "鼓楼区"),
        # a county after its city, the city said short: the city's full name
        ("电话客服，上班地点合肥包河区", "合肥市包河区"),
        ("机修电工，在苏州吴江区盛泽镇", "苏州市吴江区盛泽镇"),
        ("井下机电工，鄂尔多斯准格尔旗的煤矿", "鄂尔多斯市准格尔旗"),
        ("物料员，在上海松江区上班", "上海市松江区"),
        # a city and a county of its own share a name: the city
        ("站长，在乌鲁木齐上班", "乌鲁木齐市"),
        # renamed since the divisions package's table (神木县 became 神木市 in 2017)
        ("矿用卡车司机，在神木市", "榆林市神木市"),
        ("起重机装配工，在长垣上班", "新乡市长垣市"),  # 长垣县 became 长垣市 in 2019
        ("印刷工，工作地点在龙港市", "温州市龙港市"),  # a city made from 苍南县 in 2019
        # a city's own zone, which is as exact as a district wherever it is said
        ("成都天府新区一家软件公司招测试工程师", "成都市天府新区"),
        ("长春净月高新区，一家药厂招质检员", "长春市净月高新区"),
        ("郑州航空港区一家物流公司招叉车工", "郑州市航空港区"),
        # where the host streams from is not where the job is
        ("今天在郑州直播间给大家带岗，工作地点在新郑市", "郑州市新郑市"),
        # a district of another province named bare, where the words say it is the workplace
        ("在江宁上班，仓库理货员", "南京市江宁区"),
        ("外卖站点在龙湾，招骑手", "温州市龙湾区"),
        ("黄陂的一家食品厂招包装工", "武汉市黄陂区"),
        ("在顺德陈村镇上班，招木工", "佛山市顺德区陈村镇"),
    ],
)
def test_the_place_named_as_the_workplace_is_the_location(text, location):
    assert stated(text, "location") == {"location": location}


@pytest.mark.parametrize(
    "text",
    [
        "江宁织造的故事大家都知道，招讲解员",  # a bare district with no workplace words
        "我在黄陂长大的，今天带岗",  # the speaker's own
        "番禺路上的一家面馆招服务员",  # a road named after it
    ],
)
def test_a_bare_district_without_workplace_words_is_no_location(text):
    assert "location" not in stated(text, "location")


@pytest.mark.parametrize(
    "text",
    [
        "但工厂在外地，招线长",
        "今年他们招装配工，月薪五千",
        "这家做跨境电商的公司招运营",
        "不是公司招，是平台注册，网约车司机",
        "刚才宏达物流的岗位问的人多，接下来招保安",
    ],
)
def test_words_of_talk_before_gongsi_or_zhao_name_no_employer(text):
    assert "employer" not in stated(text, "employer")


@pytest.mark.parametrize(
    "text",
    [
        "货车司机，跑济南到青岛，经常出差",
        "临清华宇物流招叉车工",
        "欢迎来到聊城直播间",
        "我们公司总部在北京",
        "老板老家是莘县的",
    ],
)
def test_a_city_that_is_a_route_an_employer_or_a_greeting_is_no_location(text):
    assert "location" not in stated(text, "location")


def tally(path: Path) -> tuple[int, float, int]:
    """Cases, the share of expected fields read exactly, and the fields invented."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    exact = expected = invented = 0
    for case in cases:
        fields = read_job(case["text"]).fields
        expected += len(case["expected"])
        exact += sum(fields.get(name) == value for name, value in case["expected"].items())
        invented += len(fields.keys() - case["expected"].keys())
    return len(cases), exact / expected, invented


def test_the_second_transcript_set_reads_nearly_every_field_and_invents_none():
    cases, share, invented = tally(SECOND_SET)

    assert cases >= 60
    assert share >= 0.97
    assert invented == 0


@pytest.mark.parametrize("name", [f"host_transcripts_{n}.jsonl" for n in (3, 4, 5, 6, 7, 8)])
def test_the_sets_by_other_hands_read_nearly_every_field(name):
    # The third set read 0.911 of its fields (11 invented) when it came, the fourth 0.947 (8
    # invented) after the third's mends, the fifth 0.940 (12) after the fourth's, the sixth
    # 0.974 (10) after the fifth's, the seventh 0.978 (15) after the sixth's, the eighth 0.975
    # (16) after the seventh's; the mends since were for what they showed, so this guards them,
    # and none of them is a measure of unseen speech any more.
    cases, share, invented = tally(SECOND_SET.with_name(name))

    assert cases >= 90
    assert share >= 0.97
    assert invented <= 6


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "晋江市鑫步鞋业……哎念错了念错了，是晋江市鑫跃鞋业，招成型工",
            {"employer": "晋江市鑫跃鞋业", "title": "成型工"},
        ),
        ("络筒工，招三个，哎等一下我看下啊，哦是招八个，包住", {"headcount": 8, "housing": True}),
        ("月薪四千五……哦不对，是四千五到五千五", {"salary_min": 4500, "salary_max": 5500}),
        ("化成工，大专——哎不对不对，初中就行", {"education": "junior_high"}),
        ("工作地点在廉江……哦不对，是在湛江吴川市", {"location": "湛江市吴川市"}),
    ],
)
def test_what_the_host_takes_back_is_replaced_by_what_follows(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("专业不对口也可以，招普工三名", {"title": "普工", "headcount": 3}),
        ("招保安三名，面试说错了不要紧", {"title": "保安", "headcount": 3}),
    ],
)
def test_words_of_error_in_other_senses_take_nothing_back(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("冲床工，工资一个月六千五左右", {"salary_min": 6500, "salary_max": 6500}),
        ("塔吊司机，一个月给到1万2", {"salary_min": 12000, "salary_max": 12000}),
        ("梳绒工，五千二一个月", {"salary_min": 5200, "salary_max": 5200}),
        ("染色工，七千左右一个月", {"salary_min": 7000, "salary_max": 7000}),
        ("裱花师，月薪五千上下", {"salary_min": 5000, "salary_max": 5000}),
        ("打荷，包吃住，三千六", {"salary_min": 3600, "salary_max": 3600}),
        (
            "搬运工，一天两百，一个月算下来差不多六千",
            {"salary_min": 6000, "salary_max": 6000},
        ),
    ],
)
def test_pay_said_the_way_hosts_say_it(text, fields):
    assert stated(text, "salary_min", "salary_max") == fields


@pytest.mark.parametrize("text", ["普工，招二十个，2025", "分拣员，两百"])
def test_a_bare_figure_without_a_unit_is_no_pay(text):
    assert stated(text, "salary_min", "salary_max") == {}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("客栈招前台，招俩", {"title": "前台", "headcount": 2}),
        ("招俩搬运工，出力气的活", {"title": "搬运工", "headcount": 2}),
        ("牛肉汤馆招打荷，招仨", {"headcount": 3}),
        ("家具厂招油漆工，要四个师傅", {"headcount": 4}),
        ("试用期要三个月", {}),
        ("电焊工，吃饭自己解决，住是包的", {"housing": True}),
        ("打包发货员，住宿得自己解决", {"housing": False}),
        ("彩绘工，有没有经验都可以", {"experience_years": 0}),
        ("烟花包装工，没经验可以", {"experience_years": 0}),
        ("设备工程师，应届生就不考虑了", {"graduates_welcome": False}),
        ("染印有限公司缺染色工", {"title": "染色工"}),
        ("康华医院这边要两名收费员", {"title": "收费员", "headcount": 2}),
        ("武夷山市岩韵茶业招茶艺师啊", {"title": "茶艺师"}),
        ("宝子们，销售总监，本科", {"title": "销售总监"}),
    ],
)
def test_headcount_housing_experience_and_titles_in_spoken_words(text, fields):
    names = fields or ("headcount",)
    assert stated(text, *names) == fields


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("柳州柳江区有一家螺蛳粉厂招生产线普工", "柳州市柳江区"),
        ("兴化市戴南镇一家不锈钢厂招氩弧焊工", "泰州市兴化市戴南镇"),
        ("汾阳市杏花村镇有家酒厂招酿造工", "吕梁市汾阳市杏花村镇"),
    ],
)
def test_a_factory_somewhere_is_no_employer_but_says_where(text, location):
    assert stated(text, "employer", "location") == {"location": location}


def test_a_workshop_by_its_name_is_an_employer():
    assert stated("胖哥蛋糕坊招裱花师", "employer") == {"employer": "胖哥蛋糕坊"}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # an ellipsis with no interjection, and 不是…，是…
        ("前端开发，在成都高新……不对，是成都市武侯区", {"location": "成都市武侯区"}),
        (
            "北京市朝阳区……哦不是朝阳，是北京市通州区，一家养老驿站招助老员",
            {"location": "北京市通州区"},
        ),
        ("在长沙浏阳市，花炮厂的……不是，是生物医药园的一家药企", {"location": "长沙市浏阳市"}),
    ],
)
def test_a_correction_after_a_pause_takes_back_the_clause_before(text, fields):
    assert stated(text, "employer", *fields) == fields


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("公司叫杭州云栖数智科技有限公司，上班在滨江区", "杭州云栖数智科技有限公司"),
        ("这家叫深圳市鹏程智造科技有限公司，招设备技术员", "深圳市鹏程智造科技有限公司"),
        ("合肥市公安局包河分局招辅警", "合肥市公安局包河分局"),
        ("宜宾市叙州区第一中学招高中数学教师", "宜宾市叙州区第一中学"),
        ("这次是衡水市枣强县人民政府招的，本科", "衡水市枣强县人民政府"),
        ("王记烧饼铺缺一个打饼师傅", "王记烧饼铺"),
    ],
)
def test_employers_introduced_by_name_and_public_bodies(text, employer):
    assert stated(text, "employer") == {"employer": employer}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # a kind of works is no name; the place before it is where the job is
        ("武汉市东西湖区的食品厂，招包装工", {"location": "武汉市东西湖区"}),
        # a city without counties, with a town of its own
        ("东莞市长安镇有家五金厂，招冲床工", {"location": "东莞市长安镇"}),
        ("中山市小榄镇的灯饰厂招灯饰装配工", {"location": "中山市小榄镇"}),
        # viewers of a place, and a place the job is not in
        ("项城的家人们看过来，招小学英语老师", {}),
        ("岗位不在深圳啊，是在河源市源城区", {"location": "河源市源城区"}),
    ],
)
def test_where_the_job_is_and_where_it_is_not(text, fields):
    assert stated(text, "employer", "location") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("王记烧饼铺缺一个打饼师傅", {"title": "打饼师傅", "headcount": 1}),
        ("马家牛肉面招拉面匠，干过三年以上", {"title": "拉面匠", "experience_years": 3}),
        ("老马手抓羊肉店招切肉师傅，干过一年的就行", {"experience_years": 1}),
        ("水稻合作社招收割机手，会开收割机", {"title": "收割机手"}),
        ("招聘的是生鲜配送司机，C1驾照", {"title": "生鲜配送司机"}),
        ("电商客服，没做过也没关系，有人带", {"experience_years": 0}),
        ("钣喷学徒，不要经验", {"experience_years": 0}),
        ("玉雕学徒，没有基础也可以学", {"experience_years": 0}),
        ("奶茶店员，学历无所谓", {"education": "none"}),
        ("包装工，学历不要求", {"education": "none"}),
    ],
)
def test_more_spoken_titles_experience_and_education(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "【企业】高阳县三利毛巾有限公司【岗位】织布挡车工【学历】不限【薪资】5500-7000元/月"
            "【福利】包吃住【人数】20人",
            {
                "employer": "高阳县三利毛巾有限公司",
                "title": "织布挡车工",
                "education": "none",
                "salary_min": 5500,
                "salary_max": 7000,
                "housing": True,
                "headcount": 20,
            },
        ),
        (
            "单位：无锡新联税务师事务所有限公司；岗位：税务专员；学历：本科；经验：三年以上；"
            "薪资：税前8k-12k；地点：无锡市梁溪区；出差：偶尔。",
            {
                "employer": "无锡新联税务师事务所有限公司",
                "title": "税务专员",
                "education": "bachelor",
                "experience_years": 3,
                "salary_min": 8000,
                "salary_max": 12000,
                "location": "无锡市梁溪区",
                "travel": "occasional",
            },
        ),
        (
            "岗位：农业技术员 | 单位：砀山县梨都果业专业合作社 | 学历：大专 | 专业：果树或园艺",
            {
                "employer": "砀山县梨都果业专业合作社",
                "title": "农业技术员",
                "education": "associate",
            },
        ),
    ],
)
def test_a_card_of_labelled_fields_is_read_like_speech(text, fields):
    assert read_job(text).fields == fields


def test_a_text_with_one_label_is_no_card():
    assert stated("岗位：焊工", "title") == {"title": "焊工"}
    assert "employer" not in stated("时间：今晚八点，欢迎来看直播", "employer")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("宁德时代招电芯操作员，中专及以上", {"employer": "宁德时代", "title": "电芯操作员"}),
        ("长期招普工，包吃住", {"title": "普工"}),
        ("车间急招包装工", {"title": "包装工"}),
        ("某药企招药物研发员", {"title": "药物研发员"}),
        ("扬州邗江区一所民办初中招体育老师", {"title": "体育老师", "location": "扬州市邗江区"}),
        (
            "中山市力拓五金制品有限公司冲床工八名，包吃包住",
            {"employer": "中山市力拓五金制品有限公司", "title": "冲床工", "headcount": 8},
        ),
        ("接下来这个岗位叫做冷链配送司机", {"title": "冷链配送司机"}),
        (
            "沈阳北方重工机床有限公司，岗位数控车工，技校以上",
            {"employer": "沈阳北方重工机床有限公司", "title": "数控车工"},
        ),
    ],
)
def test_brands_and_titles_said_without_the_usual_words(text, fields):
    assert stated(text, "employer", "title", "headcount", "location") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("拣选工，工资四千二一个月", {"salary_min": 4200, "salary_max": 4200}),
        ("化成工，六千一个月，包住", {"salary_min": 6000, "salary_max": 6000}),
        ("光学测试工程师，税前一万一", {"salary_min": 11000, "salary_max": 11000}),
        (
            "化成工，博罗县，两班倒，二十五个，有意向的扣个二",
            {"headcount": 25, "location": "惠州市博罗县"},
        ),
        ("员工三百人的大厂，招普工", {}),
        ("锻工，工作地点南通海安", {"location": "南通市海安市"}),
    ],
)
def test_pay_before_a_month_bare_counts_and_renamed_places(text, fields):
    assert stated(text, "salary_min", "salary_max", "headcount", "location") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("注塑工，月薪五千五，不对不对，我看错了，是六千五，包住", {"salary_min": 6500}),
        ("电镀工，这个岗位不包住，啊抱歉，我看错了，是包住的，有宿舍", {"housing": True}),
        (
            "老杨土菜馆招厨师，哦不对，是招厨师助理，有一年经验",
            {"employer": "老杨土菜馆", "title": "厨师助理"},
        ),
        ("招三个，不好意思说错了，招五个，都是打包员", {"headcount": 5, "title": "打包员"}),
        ("这个岗位要经常出差，哦不好意思，是偶尔出差", {"travel": "occasional"}),
        ("学历要本科，啊，不是，大专就可以，岗位是药品销售代表", {"education": "associate"}),
        ("呃，刚才说的一年经验说错了，应该是三年以上经验", {"experience_years": 3}),
        ("不好意思，这个岗位已经招满了，下一个是焊工", {"title": "焊工"}),
    ],
)
def test_more_ways_of_taking_back_what_was_said(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # where the job is, said with workplace words, over a place named first
        (
            "安吉县有家民宿招民宿管家，工作地点在安吉县天荒坪镇",
            {"location": "湖州市安吉县天荒坪镇"},
        ),
        ("公司在深圳，这个岗位在东莞市大朗镇上班", {"location": "东莞市大朗镇"}),
        ("中山市古镇镇有一家灯饰厂招灯具组装工", {"location": "中山市古镇镇"}),
        # renamed or made since the divisions package's table
        ("在长沙宁乡市上班", {"location": "长沙市宁乡市"}),
        ("破碎机操作工，在大同市云冈区", {"location": "大同市云冈区"}),
        ("保洁员，在南昌市红谷滩区", {"location": "南昌市红谷滩区"}),
        # a yearly figure gives way to the month's
        (
            "生产主管，年薪十万，每个月固定发七千，剩下的年底一起发",
            {"salary_min": 7000, "salary_max": 7000},
        ),
        # a question before the answer states nothing
        ("有朋友问出不出差，这个岗位偶尔出差", {"travel": "occasional"}),
        ("请问主播，刚才那个岗位在哪里面试？", {}),
    ],
)
def test_the_workplace_said_renamed_places_pay_by_month_and_questions(text, fields):
    names = fields or ("title", "location")
    assert stated(text, *names) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("漳州龙海区百家福购物广场招防损员", {"employer": "漳州龙海区百家福购物广场"}),
        ("六盘水盘州市鑫安煤矿招安全员", {"employer": "六盘水盘州市鑫安煤矿"}),
        (
            "涟源市蓝田街道湄水社区居民委员会招社区工作者",
            {"employer": "涟源市蓝田街道湄水社区居民委员会"},
        ),
        ("这个岗位是在乡镇，安庆市怀宁县石牌镇，招粮库保管员", {"location": "安庆市怀宁县石牌镇"}),
        ("招聘专员，本科，一年以上招聘经验", {"title": "招聘专员"}),
        (
            "青岛即墨区澜庭海景大酒店招宴会厅领班",
            {"employer": "青岛即墨区澜庭海景大酒店", "title": "宴会厅领班"},
        ),
        ("岗位是储备干部，本科", {"title": "储备干部"}),
    ],
)
def test_more_shapes_of_employers_and_titles(text, fields):
    assert stated(text, "employer", "location", "title").items() >= fields.items()
    assert "employer" in fields or "employer" not in stated(text, "employer")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # a company that introduces itself: its registered name, and no place from inside it
        (
            "哈喽大家好，我是合肥市包河区启明冷链物流有限公司人事小张，今天帮公司招仓库理货员",
            {"employer": "合肥市包河区启明冷链物流有限公司", "title": "仓库理货员"},
        ),
        (
            "有人问这是哪家公司，是蚌埠市禹会区晶辉玻璃科技有限公司，招的是钢化炉操作工",
            {"employer": "蚌埠市禹会区晶辉玻璃科技有限公司"},
        ),
        (
            "这里是临沂市兰山区人社局直播间。今天推荐的第一家企业是临沂市兰山区瑞祥板材有限公司。"
            "他们这次招聘的岗位是热压工。",
            {"employer": "临沂市兰山区瑞祥板材有限公司", "title": "热压工"},
        ),
        # a title named as such later wins over words that open a clause before it
        ("郑州市惠济区的一个仓库，岗位是拣货员，学历初中就行", {"title": "拣货员"}),
        ("淮安市清江浦区福满楼大酒店招服务员若干", {"title": "服务员"}),
        ("简阳市老谢羊肉汤馆招跑堂，四十岁以下", {"title": "跑堂"}),
    ],
)
def test_companies_that_introduce_themselves_and_titles_named_later(text, fields):
    assert stated(text, "employer", "title").items() >= fields.items()
    if "employer" in fields:  # the place in a company's name is not where the job is
        assert "location" not in stated(text, "location")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("手工串珠工，计件，一个月两三千", {"salary_min": 2000, "salary_max": 3000}),
        ("喷水织机挡车工，夫妻工优先，提供夫妻房", {"housing": True}),
    ],
)
def test_two_three_thousand_and_rooms_for_couples(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    "text",
    [
        "各位网友大家好，我是遂宁市船山区人社局的副局长，欢迎大家来到我们的春风行动直播间。",
        "主播你好，我在广东打工十年了，想回老家河南，有没有合适的？",
        "县里出台了新政策，企业每吸纳一名脱贫劳动力稳定就业半年以上，给予一次性补贴一千元。",
        "下面有请企业代表上台，给大家介绍一下他们公司的情况。",
    ],
)
def test_the_speakers_own_place_a_subsidy_and_an_introduction_state_no_field(text):
    assert stated(text, "employer", "location", "salary_min", "salary_max") == {}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("在广东中山小榄镇，五金厂招抛光打磨工", {"location": "中山市小榄镇"}),
        ("在宝安上班，电子厂招维修技术员", {}),
        ("麻城市人民医院这次招护士二十名", {"employer": "麻城市人民医院"}),
        ("芜湖鸠江区远驰汽车零部件招质量工程师", {"employer": "芜湖鸠江区远驰汽车零部件"}),
    ],
)
def test_a_kind_of_works_or_the_speakers_place_is_no_employer_and_no_location(text, fields):
    assert stated(text, "employer", "location") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # A kind of workplace, one common word, is no employer's name; a proper one is.
        ("敬老院招护工两名，包吃住", {"headcount": 2}),
        ("砖瓦厂招装窑工，计件", {}),
        ("友谊商店招营业员三名", {"employer": "友谊商店", "headcount": 3}),
        # A factory of a place, then the hiring: not named. Announced, it is.
        ("佛山顺德区的家具厂，招喷漆工", {}),
        ("来自德州德城区的华联超市，招理货员", {"employer": "德州德城区的华联超市"}),
        # The staff a firm has is not how many it hires.
        ("公司有技术人员两百多人，这次招装配钳工", {}),
        ("企业员工八百人。招聘设备主管，月薪一万", {}),
    ],
)
def test_a_kind_of_workplace_and_a_firms_staff_state_no_employer_and_no_headcount(text, fields):
    assert stated(text, "employer", "headcount") == fields


def test_the_staff_a_firm_has_is_no_title():
    assert read_job("企业员工八百人。招聘设备主管，月薪一万").fields["title"] == "设备主管"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("挖掘机司机，三年以上，月薪一万二到一万五", {"experience_years": 3}),
        ("护理员，包吃住，没经验有培训", {"experience_years": 0}),
        ("不看学历，不看经验。岗位是装卸工", {"experience_years": 0}),
        ("保洁员，五十岁以上也要，月薪两千八", {}),
    ],
)
def test_years_said_alone_and_more_ways_of_needing_no_experience(text, fields):
    assert stated(text, "experience_years") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "【今日推荐】岗位：电焊工｜人数：6｜经验：2年以上｜月薪：7000-9000｜住宿：包住",
            {
                "title": "电焊工",
                "headcount": 6,
                "experience_years": 2,
                "salary_min": 7000,
                "salary_max": 9000,
                "housing": True,
            },
        ),
        (
            "看这张卡：岗位，质检员；学历，大专；经验，3年；薪资，6k-8k。",
            {
                "title": "质检员",
                "education": "associate",
                "experience_years": 3,
                "salary_min": 6000,
                "salary_max": 8000,
            },
        ),
    ],
)
def test_cards_under_a_heading_and_with_commas_after_their_labels(text, fields):
    assert stated(text, *fields) == fields


def test_a_citys_mark_opening_its_district_is_read_as_the_district():
    assert stated("写字楼保洁，月薪两千八，在济南市中区", "location") == {
        "location": "济南市市中区"
    }


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("杭州西湖区有一家茶馆，叫清风茶社，招茶艺师两名", {"employer": "清风茶社"}),
        ("面包师，店叫麦香小屋，在苏州姑苏区，月薪五千", {"employer": "麦香小屋"}),
        # 叫 after a job, not a workplace, names the job
        ("有个服装厂的岗位，叫锁边工，月薪五千", {}),
        ("这个师傅叫老王，招学徒两名", {}),
    ],
)
def test_a_workplace_named_after_it_is_said_what_it_is(text, fields):
    assert stated(text, "employer") == fields


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("大家好，我是合肥启航电子有限公司的人事，我们招贴片操作员，月薪五千", "贴片操作员"),
        ("我是百佳商厦的HR，这次招理货员三名", "理货员"),
    ],
)
def test_the_speakers_own_work_is_not_the_jobs_title(text, title):
    assert read_job(text).fields["title"] == title


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("注塑领班，工资是八千多，包住", {"salary_min": 8000}),
        ("普工，一个月六千多块，包吃住", {"salary_min": 6000}),
        ("厂里员工三千多人，招普工，月薪五千", {"salary_min": 5000, "salary_max": 5000}),
    ],
)
def test_pay_of_more_than_a_figure_states_its_least_only(text, fields):
    assert stated(text, "salary_min", "salary_max") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("这家连锁品牌全国开了三百多家门店。现在招储备干部，大专", {}),
        ("网店运营，会做抖音和快手店铺，大专，月薪五千", {}),
        ("这个是北京总部直招的，工作地点在天津：物流专员，本科", {}),
        ("漳州龙海区百家福购物广场招理货员，高中", {"employer": "漳州龙海区百家福购物广场"}),
    ],
)
def test_a_firms_size_a_skill_and_its_head_office_are_no_employers_name(text, fields):
    assert stated(text, "employer") == fields


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("东莞黄江镇的电子厂招品检员，月薪五千", "东莞市黄江镇"),
        ("中山横栏镇的灯饰厂招装配工，包住", "中山市横栏镇"),
        ("我们直播间现在在济南历下区，今天这个岗位在淄博张店区，招操作工", "淄博市张店区"),
        ("公司注册在北京，工厂在廊坊广阳区，招仓管员", "廊坊市广阳区"),
        ("我们上周在郑州播，今天来到洛阳。这个岗位在洛阳西工区，招收银员", "洛阳市西工区"),
        ("老板在江苏常州开的厂，厂就在常州武进区，招缝纫工", "常州市武进区"),
    ],
)
def test_where_the_job_is_said_more_exactly_or_apart_from_the_studio(text, location):
    assert stated(text, "location") == {"location": location}


def test_a_road_named_after_a_city_is_no_city():
    assert stated("在中山路街道的超市招理货员", "location") == {}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("这是苏州吴中区的一家中央厨房，招面点师两名，月薪五千", "面点师"),
        ("沈阳和平区的日式料理店，招寿司师傅，三年经验", "寿司师傅"),
    ],
)
def test_a_title_after_the_hiring_wins_over_a_workplace_said_first(text, title):
    assert read_job(text).fields["title"] == title


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("杭州云帆电子商务有限公司在湖州吴兴区开了仓库，仓库招打包员", "杭州云帆电子商务有限公司"),
        ("大连的海鲜酒楼，渔港湾酒楼，招传菜员两名", "渔港湾酒楼"),
    ],
)
def test_a_registered_name_ends_before_its_place_and_a_restaurant_is_a_workplace(text, employer):
    assert read_job(text).fields["employer"] == employer


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # words of trades and products alone before the workplace: what kind, not whose
        ("这家医疗器械公司招销售代表", {}),
        ("陶瓷釉料厂招配料工", {}),
        ("宝鸡这家钢管公司招焊工", {}),
        # a brand's or a person's word makes it a name
        ("金鼎酒店招服务员三名", {"employer": "金鼎酒店"}),
        ("胖哥蛋糕坊招裱花师", {"employer": "胖哥蛋糕坊"}),
        ("星光超市招收银员", {"employer": "星光超市"}),
    ],
)
def test_a_workplace_described_by_its_trade_is_no_employers_name(text, fields):
    assert stated(text, "employer") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "苏州吴中区的苏州恒达精密模具有限公司招钳工，月薪六千",
            {"employer": "苏州恒达精密模具有限公司"},
        ),
        ("南京江宁区的钢构厂招焊工，月薪七千", {}),  # a kind of works, not a name
        (
            "宁波港联物流的岗位，宁波港联国际物流有限公司招集卡司机，月薪九千",
            {"employer": "宁波港联国际物流有限公司"},
        ),
        (
            "中联集团下属的杭州中联精工有限公司招装配工",
            {"employer": "杭州中联精工有限公司"},
        ),
    ],
)
def test_a_registered_name_after_its_place_or_said_later_is_the_employer(text, fields):
    assert stated(text, "employer") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("下一个是面包店的，店名叫“麦香坊”，招裱花师一名", {"employer": "麦香坊"}),
        ("这家叫「老码头」的火锅店招服务员", {"employer": "老码头"}),
        ("客服专员（蓝海电子商务有限公司），大专，月薪四千", {"employer": "蓝海电子商务有限公司"}),
        ("厦门思明区的一家茶餐厅，名字叫港记茶餐厅，招厨师", {"employer": "港记茶餐厅"}),
    ],
)
def test_a_name_in_quotation_marks_or_brackets_or_said_with_its_name_is_the_employer(text, fields):
    assert stated(text, "employer") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "岗位名称：化验员 / 学历要求：本科 / 月薪：5000—6000 / 应届：可以",
            {
                "title": "化验员",
                "education": "bachelor",
                "salary_min": 5000,
                "salary_max": 6000,
                "graduates_welcome": True,
            },
        ),
        (
            "📌岗位：洗车工 📍地点：长春朝阳区 💰薪资：4000起 🏠包住",
            {"title": "洗车工", "location": "长春市朝阳区", "salary_min": 4000, "housing": True},
        ),
        (
            "职位 Job：仓库文员 ｜ 学历 Education：高中 ｜ 薪资 Salary：3800-4500元",
            {
                "title": "仓库文员",
                "education": "high_school",
                "salary_min": 3800,
                "salary_max": 4500,
            },
        ),
        (
            "【招聘】保姆【要求】两年以上经验【待遇】6000元/月【吃住】包吃住",
            {"title": "保姆", "experience_years": 2, "salary_min": 6000, "housing": True},
        ),
    ],
)
def test_cards_in_more_layouts_keep_what_they_say_outside_known_labels(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # a label and its value on a line, apart by a bar
            "岗位｜西点师\n单位｜甜心烘焙坊\n薪资｜4800元/月\n经验｜1年以上\n住宿｜提供",
            {
                "title": "西点师",
                "employer": "甜心烘焙坊",
                "salary_min": 4800,
                "salary_max": 4800,
                "experience_years": 1,
                "housing": True,
            },
        ),
        (  # by a dash, and a count alone
            "岗位 - 保洁员\n地点 - 郑州市金水区\n人数 - 6名",
            {"title": "保洁员", "location": "郑州市金水区", "headcount": 6},
        ),
        (  # by a slash, with pay under 收入
            "岗位/送餐员\n收入/月入7000以上\n要求/学历不限",
            {"title": "送餐员", "salary_min": 7000, "education": "none"},
        ),
        (  # ✅ and other dingbats open labels as emoji do; 住宿：不提供 is no housing
            "✅ 职位：收银员\n✅ 薪资：3000-3600\n✅ 住宿：不提供\n✅ 应届毕业生：欢迎",
            {
                "title": "收银员",
                "salary_min": 3000,
                "salary_max": 3600,
                "housing": False,
                "graduates_welcome": True,
            },
        ),
        (  # 〔label〕value, and 区域 for the place
            "〔岗位〕理货员〔工资〕3500〔区域〕武汉市洪山区〔人数〕2名",
            {"title": "理货员", "location": "武汉市洪山区", "headcount": 2},
        ),
    ],
)
def test_cards_with_bars_dashes_slashes_and_dingbats(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "喺东莞长安镇，请啤机工，学历唔限，人工五千八，包食住，请六个",
            {
                "title": "啤机工",
                "education": "none",
                "salary_min": 5800,
                "salary_max": 5800,
                "housing": True,
                "headcount": 6,
            },
        ),
        (
            "茶楼请点心学徒，人工三千五，包食，唔包住，唔使出差",
            {"housing": False, "travel": "none"},
        ),
    ],
)
def test_cantonese_words_of_pay_housing_travel_and_hiring(text, fields):
    assert stated(text, *fields) == fields


def test_guests_the_host_invites_are_no_headcount():
    assert "headcount" not in stated("下面请两位嘉宾上台，岗位是焊工，月薪七千", "headcount")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("月薪五千到六千，诶等一下，我再看一眼，是五千五到六千五", {"salary_min": 5500}),
        ("一万二……说多了啊，是九千到一万", {"salary_min": 9000, "salary_max": 10000}),
        ("招五个……我看下表，表上写的是八个，八个人", {"headcount": 8}),
        ("需要经常出差……呃，我刚问了一下HR，其实是偶尔出差", {"travel": "occasional"}),
        ("学历要大专……不好意思念错了，要求是本科及以上", {"education": "bachelor"}),
        ("包住……哎呀不好意思，这个岗位不包住", {"housing": False}),
        ("焊工，月薪七千，啊不是，看错了，是七千五", {"salary_min": 7500}),
    ],
)
def test_corrections_where_the_host_checks_then_says_it_again(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "travel"),
    [
        ("长途货车司机，经常跑长途，月薪一万", "frequent"),
        ("外贸业务员，经常要出国跑展会", "frequent"),
        ("农技员，经常要下乡跑合作社", "frequent"),
        ("冷链司机，偶尔跑外地", "occasional"),
        ("质检员，偶尔要去供应商工厂出差", "occasional"),
        ("岗位：化验员 / 学历：本科 / 是否出差：否", "none"),
        ("司机，不经常跑外地", "occasional"),
    ],
)
def test_being_away_for_the_work_in_other_words(text, travel):
    assert stated(text, "travel") == {"travel": travel}


def test_a_firms_average_pay_is_not_the_jobs_pay():
    text = "上个月我们厂的人均工资是八千一，这个岗位是打包员，月薪五千到六千"
    assert stated(text, "salary_min", "salary_max") == {"salary_min": 5000, "salary_max": 6000}


def test_what_the_firm_pays_into_insurance_each_month_is_not_the_pay():
    text = "公司每个月给交一千三的社保，岗位是保安，一个月三千六"
    assert stated(text, "salary_min", "salary_max") == {"salary_min": 3600, "salary_max": 3600}


@pytest.mark.parametrize(
    ("text", "welcome"),
    [
        ("应届生这次就不考虑了，招的是财务经理", False),
        ("26届毕业生也欢迎！招管培生", True),
        ("离校未就业的毕业生可以到人社局登记", None),
    ],
)
def test_graduates_welcome_or_not_in_other_words(text, welcome):
    expected = {} if welcome is None else {"graduates_welcome": welcome}
    assert stated(text, "graduates_welcome") == expected


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("招管培生，本科，月薪六千", {"title": "管培生"}),
        ("现在招外贸跟单，英语四级", {"title": "外贸跟单"}),
        ("多名铲车司机，持证，七千到八千五", {"title": "铲车司机"}),
        ("招几个钢筋工，月薪八千", {"title": "钢筋工"}),
        ("店里缺面点师傅两个，包吃住", {"title": "面点师傅"}),
        ("钻井工，学历不卡，没经验有师傅带", {"education": "none", "experience_years": 0}),
        ("装卸工，啥学历都行，莫得经验也要得", {"education": "none", "experience_years": 0}),
        ("语文老师，本科，三年以上教龄", {"experience_years": 3}),
        ("宿舍是六人间带空调，岗位是打包员", {"housing": True}),
    ],
)
def test_titles_requirements_and_housing_in_more_words(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("鲁信集团旗下的鲁信大酒店，在济南历下区，招前台", "鲁信大酒店"),
        ("单位是泰和物业服务有限公司，泰和集团的子公司，招保安", "泰和物业服务有限公司"),
    ],
)
def test_the_employer_is_the_one_a_group_owns_not_the_group(text, employer):
    assert stated(text, "employer") == {"employer": employer}


def test_zongchu_and_bangchu_are_titles():
    assert stated("招行政总厨，十年以上经验", "title") == {"title": "行政总厨"}


def test_the_job_a_viewer_asked_about_is_the_title_when_the_host_answers():
    text = "有位老乡问电焊工要不要学历，不要，学历不限"
    assert stated(text, "title", "education") == {"title": "电焊工", "education": "none"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("有人问刚刚那个理货员在哪里上班，在衡阳珠晖区", "理货员"),
        ("有朋友问鑫达机械那个钳工要什么学历——不要学历", "钳工"),
        ("有位师奶问头先“好运楼”嘅点心师傅要唔要经验——要㗎，最少三年", "点心师傅"),
    ],
)
def test_more_ways_a_viewer_asks_about_a_job(text, title):
    assert stated(text, "title") == {"title": title}


def test_a_viewer_asking_about_the_host_names_no_job():
    assert stated("有人问主播是哪里人，我是济宁人", "title") == {}


def test_a_question_the_host_puts_off_states_no_title():
    assert stated("有人问做电工要不要经验，我这就去问HR，大家稍等", "title") == {}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # the figure is taken back, not the clause: the title stays
            "仓储主管这个岗位要求五年经验，啊不是，我口误了，三年就行",
            {"title": "仓储主管", "experience_years": 3},
        ),
        ("这个焊工招六个人，哎我瞅错了，是四个，四个啊", {"title": "焊工", "headcount": 4}),
        ("工资嘛，五千二，哦不对不对，我看错了，是五千八一个月", {"salary_min": 5800}),
    ],
)
def test_a_figure_taken_back_leaves_the_rest_of_its_clause(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("齐鲁精工股份有限公司成立于2001年，员工六百人，招车工", "齐鲁精工股份有限公司"),
        ("云帆软件有限公司这个测试岗位在西安高新区，本科", "云帆软件有限公司"),
        ("顺丰达物流有限公司济宁分公司招分拣员", "顺丰达物流有限公司济宁分公司"),
        ("蜀香阁在成都武侯区开了新店，招服务员", "蜀香阁"),
    ],
)
def test_a_registered_name_or_a_brand_that_opens_the_text(text, employer):
    assert stated(text, "employer") == {"employer": employer}


@pytest.mark.parametrize(
    "text",
    [
        "工作地点在德州市德城区，一家扒鸡厂招卤制工",
        "本周六上午在会展中心有一场招聘会，先说这个岗位，招客服",
        "某某集团，名字我就不说了，招销售代表",
    ],
)
def test_words_before_zai_that_are_no_brand_name_no_employer(text):
    assert "employer" not in stated(text, "employer")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "岗位/电焊工  学历/不限  经验/两年以上  住宿/包住",
            {"title": "电焊工", "education": "none", "experience_years": 2, "housing": True},
        ),
        (
            "【招】叉车司机×3\n【在】济南历城区\n【钱】6000–7000\n【住】有宿舍",
            {
                "title": "叉车司机",
                "headcount": 3,
                "location": "济南市历城区",
                "salary_min": 6000,
                "salary_max": 7000,
                "housing": True,
            },
        ),
        (
            "职位：网管　单位：畅游网络有限公司　经验：1年　出差：偶尔",
            {"employer": "畅游网络有限公司", "experience_years": 1, "travel": "occasional"},
        ),
        ("1. 岗位：理货员 2. 人数：3 3. 是否包住：否", {"title": "理货员", "housing": False}),
    ],
)
def test_cards_with_slashes_between_spaces_one_character_labels_and_wide_spaces(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("大连金州区船厂招电焊工，三年经验", "大连市金州区"),
        ("赣州南康区家具厂招油漆工，计件", "赣州市南康区"),
        ("宁波北仑区港口招桥吊司机，中专", "宁波市北仑区"),
    ],
)
def test_places_and_a_kind_of_works_name_no_employer_but_the_place(text, location):
    assert stated(text, "employer", "location") == {"location": location}


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("浏阳市金焰花炮厂招装药工", "浏阳市金焰花炮厂"),
        ("临清华宇轴承厂招数控操作工", "临清华宇轴承厂"),
    ],
)
def test_places_and_a_name_of_its_own_stay_an_employer(text, employer):
    assert stated(text, "employer") == {"employer": employer}


@pytest.mark.parametrize(
    "text",
    [
        "一" * 1990 + "个月",  # cn2an's figure would overflow a float
        "月薪" + "九" * 1990,
        "招" * 2000,
        "请" * 2000,
    ],
)
def test_hostile_runs_of_figures_or_hiring_words_state_nothing(text):
    assert read_job(text).fields == {}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "岗位 / 人数 / 薪资\n理发师 / 3人 / 5000-7000元\n地点：合肥蜀山区",
            {"title": "理发师", "headcount": 3, "salary_min": 5000, "salary_max": 7000},
        ),
        ("#岗位# 电工\n#单位# 华峰物业\n#住宿# 公司宿舍", {"title": "电工", "housing": True}),
        ("名称：装卸工\n公司：安达物流\n包住：是", {"title": "装卸工", "housing": True}),
        ("【急聘】水电工\n📍 南昌市青山湖区\n💰 6000-8000/月", {"title": "水电工"}),
        ("远大物业｜秩序维护员\n¥3800/月", {"title": "秩序维护员"}),
    ],
)
def test_cards_as_tables_hash_labels_and_bars(text, fields):
    assert stated(text, *fields) == fields


def test_a_row_of_label_value_pairs_is_no_table():
    text = "岗位 | 钳工\n住宿 | 包住\n人数 | 4人"
    assert stated(text, "title", "housing", "headcount") == {
        "title": "钳工",
        "housing": True,
        "headcount": 4,
    }


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("这个质检员，工资五千二，学历高中", {"title": "质检员"}),
        ("刚才那个面点师，有人问包不包住——包住", {"title": "面点师", "housing": True}),
        ("@阿明 问保安多大年龄能报——五十岁以下", {"title": "保安"}),
        ("“老张”问钢筋工还要几个人，还要五个", {"title": "钢筋工", "headcount": 5}),
        ("招搬运工俩，一个月五千", {"title": "搬运工", "headcount": 2}),
        ("有人问这个厨师岗要不要学历，学历不限", {"title": "厨师", "education": "none"}),
        ("这个育婴师的活儿啊，工资八千", {"title": "育婴师"}),
        ("有个仓管员的岗位，早八晚五", {"title": "仓管员"}),
        ("讲那个车间的活儿，叫打磨工，计件", {"title": "打磨工"}),
        ("远东重工机械有限公司的钳工这个岗位，初中学历", {"title": "钳工"}),
        ("招那个叉车司机，两年经验", {"title": "叉车司机"}),
    ],
)
def test_titles_pointed_at_asked_about_or_counted_after(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("汽修工，八千多，包住", {"salary_min": 8000}),
        ("店员，四千来块，不包住", {"salary_min": 4000, "salary_max": 4000, "housing": False}),
        ("保洁，工钿四千二，包吃住", {"salary_min": 4200, "salary_max": 4200, "housing": True}),
        ("保安，工资三千，不是，三千六，包住", {"salary_min": 3600, "salary_max": 3600}),
        ("传菜员，三千五，哎呀我看错了，是三千九", {"salary_min": 3900, "salary_max": 3900}),
        ("食堂帮厨，月薪三千，住宿不提供", {"housing": False}),
        ("分拣员，冇得学历要求，小白也行", {"education": "none", "experience_years": 0}),
    ],
)
def test_pay_housing_and_requirements_said_otherwise(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("南宁市青秀区的邕城实验小学招数学老师，本科", "邕城实验小学"),
        ("桂林市秀峰区的漓水阁客栈招前台，包住", "漓水阁客栈"),
        ("宁波海曙区的甬江康宁颐养院招护理员", "甬江康宁颐养院"),
        ("粤香轩茶餐厅请厨师，人工六千", "粤香轩茶餐厅"),
        ("金桥科技（苏州）有限公司招质检员", "金桥科技（苏州）有限公司"),
        ("华信电子有限公司的电工，哎呀念错了，是钳工，两年经验", "华信电子有限公司"),
    ],
)
def test_names_after_places_and_de_in_a_workplace_that_hires_or_as_spelt(text, employer):
    assert stated(text, "employer") == {"employer": employer}


@pytest.mark.parametrize(
    "text",
    [
        "泉州晋江市的运动鞋厂招针车工，计件",  # works after places: a kind
        "三亚海棠区的五星酒店招西餐厨师",  # a service by its kind alone
        "昆明官渡区有只工厂，招机修工",  # 有只: 有个 in Wu speech
        "刚讲到电子厂的普工，包吃住",
        "木工，会做家具的，三年经验",
        "恭喜那个叫“小雨”的宝子！下面讲一个岗位，是保育员",
    ],
)
def test_kinds_talk_and_handles_name_no_employer(text):
    assert "employer" not in read_job(text).fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # the speaker's own firm is the employer; its place is not said as the job's
        ("我是东莞大朗镇织梦毛织厂的老板娘，我们厂招套口工", {"employer": "东莞大朗镇织梦毛织厂"}),
        ("我是青禾茶业的HR，招电商客服两名", {"employer": "青禾茶业"}),
        ("大家好，我是这边的负责人，我们是临沂安顺驾校，招教练员", {"employer": "临沂安顺驾校"}),
        (
            "我们叫悦心月子会所，在厦门思明区，招母婴护理师",
            {"employer": "悦心月子会所", "location": "厦门市思明区"},
        ),
        ("我是主播小凯，今天在沈阳直播", {}),
    ],
)
def test_a_recruiter_naming_their_own_firm(text, fields):
    assert stated(text, "employer", "location") == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "质检主管｜常州恒锐精工有限公司｜常州武进区｜8K-10K｜大专｜3年经验｜包住",
            {
                "title": "质检主管",
                "employer": "常州恒锐精工有限公司",
                "location": "常州市武进区",
                "salary_min": 8000,
                "salary_max": 10000,
                "education": "associate",
                "experience_years": 3,
                "housing": True,
            },
        ),
        (
            "► 叉车司机 ► 郑州中牟县 ► 5500-6500 ► 初中",
            {"title": "叉车司机", "education": "junior_high"},
        ),
        ("【急聘】分拣员 10名｜成都双流区｜月薪4200", {"title": "分拣员", "headcount": 10}),
        (
            "Job: 跟单员 | Company: 宁波海达进出口有限公司 | City: 宁波北仑区 | Pay: 5000+",
            {"title": "跟单员", "employer": "宁波海达进出口有限公司", "salary_min": 5000},
        ),
        (
            "Hiring 🔔 测试工程师 @ 武汉洪山区 · 本科 · 3 yrs",
            {"title": "测试工程师", "experience_years": 3},
        ),
        (
            "公司：保定恒达建筑有限公司\n| 岗位 | 地点 | 工资 |\n|---|---|---|\n"
            "| 钢筋工 | 保定竞秀区 | 9000-11000 |",
            {"title": "钢筋工", "salary_min": 9000, "salary_max": 11000},
        ),
        ("🍲 凉菜师傅\n💰 5500/月\n🏠 包吃住", {"title": "凉菜师傅", "housing": True}),
        ("搬运工急招8人。", {"title": "搬运工", "headcount": 8}),
        ("配菜员四千多。", {"title": "配菜员", "salary_min": 4000}),
    ],
)
def test_cards_of_cells_english_labels_and_emoji_before_a_title(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("┌岗位：电工\n├薪资：6500\n├经验：3年\n└住宿：包", {"salary_min": 6500, "housing": True}),
        ("岗位\t学历\t人数\n仓管员\t不限\t4", {"education": "none", "headcount": 4}),
        (
            "单位：康宁卫生院\n岗位：护士\n年薪：12万-15万",
            {"salary_min": 10000, "salary_max": 12500},
        ),
        ("Salary: ¥6,200/month\nNo experience needed", {"salary_min": 6200, "experience_years": 0}),
        ("Role: 保安\nEmployer: 安达物业\nAccommodation provided", {"housing": True}),
        ("📢 焊工 ×6\n💰 7000-9000", {"headcount": 6}),
        ("招门卫，包住，3800。", {"salary_min": 3800, "salary_max": 3800}),
        ("招绣娘，学历勿要求，勿要经验，勿包住", {"experience_years": 0, "housing": False}),
        ("招绕线工，冒得经验也要得", {"experience_years": 0}),
        ("招剥虾工，啥学历都不要", {"education": "none"}),
    ],
)
def test_box_cards_tabs_yearly_labels_english_phrases_and_wu_and_hunan_words(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "housing"),
    [
        ("住家保姆，月薪7000，住家", True),
        ("船员，一趟一个月，吃住都在船上", True),
        ("看守员，值班室有床，可以住", True),
        ("【岗位】焊工｜【单位】恒锻重工｜【住宿】提供", True),
        ("岗位：铣工\n住宿：厂区宿舍", True),
        ("岗位：铣工\n住宿：自己解决", False),
    ],
)
def test_living_in_and_housing_said_in_a_cards_own_words(text, housing):
    assert read_job(text).fields.get("housing") is housing


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "岗位→叉车工 / 公司→临沂顺达物流有限公司 / 出差→经常",
            {"title": "叉车工", "employer": "临沂顺达物流有限公司", "travel": "frequent"},
        ),
        (
            "岗位｜保安 学历｜高中 单位｜青岛港湾物业有限公司",
            {"title": "保安", "education": "high_school", "employer": "青岛港湾物业有限公司"},
        ),
        (
            "⭐️郑州福满楼餐饮有限公司⭐️ 面点师傅 ✅月薪7000起 ✅包吃住",
            {"title": "面点师傅", "employer": "郑州福满楼餐饮有限公司", "salary_min": 7000},
        ),
        (
            "#直播带岗# 合肥安康医药连锁有限公司 招 药剂师 2名",
            {"employer": "合肥安康医药连锁有限公司", "headcount": 2},
        ),
        (
            "急聘：客服专员｜大专｜杭州云汇科技有限公司",
            {"title": "客服专员", "employer": "杭州云汇科技有限公司"},
        ),
    ],
)
def test_arrows_barred_pairs_emoji_between_cells_and_topic_tags(text, fields):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("【招工】钢筋工 日结300", {"title": "钢筋工"}),
        ("社区招退休教师做书画老师，每周两次课", {"title": "书画老师"}),
        ("牧场招挤奶工，一年六万，包吃包住", {"salary_min": 5000, "salary_max": 5000}),
        ("▶ 店员 ▶ 3200底薪+提成 ▶ 不包住", {"salary_min": 3200}),
        ("急招！洗碗工 3名 包吃住", {"headcount": 3}),
        ("①岗位：车工 ②人数：6人 ③住宿：员工宿舍", {"headcount": 6, "housing": True}),
        (
            "月薪是一万五……哎不好意思，旁边同事说我看错了，是六千到八千",
            {"salary_min": 6000, "salary_max": 8000},
        ),
    ],
)
def test_hire_tags_who_is_hired_to_do_what_a_years_pay_list_marks_and_a_colleagues_fix(
    text, fields
):
    assert stated(text, *fields) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "主持人：您这边招什么？HR：我们宏达物流有限公司招叉车工，一年经验。",
            {"title": "叉车工", "employer": "宏达物流有限公司"},
        ),
        (
            "主持人：今天请到了安阳华丰纺织有限公司的HR。HR：大家好，我们招挡车工。",
            {"employer": "安阳华丰纺织有限公司"},
        ),
        ("主持人：听说您这边招会计？HR：对，本科，三年经验。", {"title": "会计"}),
        ("HR：大家好，我是康宁医院的，我们招护士两名。", {"employer": "康宁医院"}),
        ("我是合肥市人社局的，给大家推荐一个岗位：仓管员。", {"title": "仓管员"}),
        ("华泰集团下面的华泰纸业有限公司招造纸工", {"employer": "华泰纸业有限公司"}),
    ],
)
def test_an_interview_on_air_names_the_firm_and_the_job(text, fields):
    # every field asked for is read as written, and the broadcasting office is no employer
    assert stated(text, "employer", *fields) == fields


def test_a_guest_introduced_on_air_is_no_title():
    text = "主持人：今天请到了临沂华润纺织有限公司的人事。HR：大家好，我们招挡车工两名。"
    assert stated(text, "title", "headcount") == {"title": "挡车工", "headcount": 2}
