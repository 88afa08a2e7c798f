"""Occupations of Liaocheng's job market, the raw material of seeds.synthetic.

Lists inside a field are separated by 、 (duties, which contain 、 themselves, by |).
Duties read after 负责 ("负责钢结构件的焊接和补焊").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Occupation:
    titles: str  # the first is the usual name; the others are what posts also call it
    trade: str  # how an employer's name ends: 钢结构工程有限公司
    education: str  # EducationLevel codes a post may require
    pay: tuple[int, int]  # typical monthly pay in CNY, low and high
    duties: str
    skills: str
    majors: str = ""
    offers: str = ""  # Accommodation codes a workplace of this kind may offer
    travel: str = "none"  # TravelLevel codes a post may ask for
    housing: float = 0.2  # share of posts that provide housing


def items(text: str, separator: str = "、") -> tuple[str, ...]:
    return tuple(part for part in text.split(separator) if part)


# fmt: off
OCCUPATIONS: tuple[Occupation, ...] = (
    Occupation(
        "普工、操作工、流水线工人", "电子科技有限公司",
        "none、junior_high", (4000, 6500),
        "流水线组装、检测和包装|按作业指导书操作设备并做好交接班记录",
        "流水线作业、打包、倒班、看机器",
        offers="no_heavy_lifting", housing=0.7,
    ),
    Occupation(
        "挡车工、纺纱操作工、络筒工", "纺织有限公司",
        "none、junior_high", (4500, 6500),
        "细纱、络筒车间挡车、接头和落纱|巡回检查设备并及时处理断头",
        "挡车、接头、落纱、倒班",
        housing=0.8,
    ),
    Occupation(
        "焊工、电焊工、氩弧焊工", "钢结构工程有限公司",
        "none、junior_high、secondary_vocational", (5500, 9000),
        "钢结构件和压力容器的焊接、补焊|按图纸组对并自检焊缝质量",
        "电焊、氩弧焊、二保焊、看图纸、焊工证",
        "焊接技术与自动化、机械制造及自动化",
        housing=0.6,
    ),
    Occupation(
        "数控车工、CNC操作工、加工中心操作员", "机械制造有限公司",
        "junior_high、secondary_vocational", (5000, 8000),
        "数控车床和加工中心的上下料、对刀与首件检验|按图纸编制简单加工程序",
        "数控车床、CNC编程、FANUC系统、卡尺千分尺、看图纸",
        "数控技术、机械制造及自动化、模具设计与制造",
        housing=0.5,
    ),
    Occupation(
        "设备维修电工、机电维修工、设备维护员", "汽车零部件有限公司",
        "secondary_vocational、associate", (5000, 8000),
        "生产线设备的日常维护和故障排除|电气线路检修与PLC程序的简单调试",
        "电工证、PLC、电气维修、液压气动、设备巡检",
        "机电一体化技术、电气自动化技术、机电技术应用",
        housing=0.4,
    ),
    Occupation(
        "叉车司机、叉车工", "物流有限公司",
        "none、junior_high", (4500, 6500),
        "仓库内货物的叉运、装卸和码放|叉车的日常点检与保养",
        "叉车证、叉车驾驶、装卸、安全操作",
        housing=0.5,
    ),
    Occupation(
        "货车司机、罐车司机、物流司机", "运输有限公司",
        "none、junior_high", (6500, 10000),
        "按调度指令往返各地送货并做好交接|车辆日常检查和行车记录",
        "A2驾照、B2驾照、货车驾驶、安全驾驶、熟悉路线",
        travel="occasional、frequent", housing=0.5,
    ),
    Occupation(
        "仓库管理员、库管、仓储专员", "商贸有限公司",
        "high_school、secondary_vocational、associate", (4000, 6000),
        "物料的出入库登记、盘点和账实核对|用ERP系统录单并整理仓库",
        "仓库管理、ERP系统、盘点、Excel、出入库",
        "物流管理、现代物流管理",
        offers="seated_work", housing=0.3,
    ),
    Occupation(
        "快递分拣员、快递员、配送员", "快递服务有限公司",
        "none、junior_high", (4500, 7500),
        "片区包裹的分拣、派送和揽收|使用巴枪扫描录入并处理客户问题",
        "分拣、派送、电动车驾驶、巴枪操作、客户沟通",
        housing=0.4,
    ),
    Occupation(
        "会计、主办会计、成本会计", "机械有限公司",
        "associate、bachelor", (4500, 7500),
        "凭证录入、月末结账和财务报表编制|增值税申报与成本核算",
        "用友U8、金蝶K3、纳税申报、成本核算、Excel、初级会计职称",
        "会计学、财务管理、大数据与会计、会计",
        offers="seated_work、flexible_hours",
    ),
    Occupation(
        "出纳、收款员", "商贸有限公司",
        "secondary_vocational、associate", (3500, 5000),
        "现金收付、银行对账和票据保管|登记日记账并协助会计做报销审核",
        "现金管理、网银操作、点钞、开发票、Excel",
        "会计、大数据与会计、财务管理",
        offers="seated_work、wheelchair_access",
    ),
    Occupation(
        "行政文员、办公室文员、综合内勤", "实业有限公司",
        "secondary_vocational、associate、bachelor", (3200, 4800),
        "文件收发、会议记录和档案整理|办公用品采购与来访接待",
        "Office办公软件、Word、Excel、公文写作、档案管理",
        "文秘、行政管理、汉语言文学、工商管理",
        offers="seated_work、wheelchair_access、screen_reader、sign_language",
    ),
    Occupation(
        "人事专员、招聘专员、人力资源助理", "集团有限公司",
        "associate、bachelor", (4000, 6000),
        "招聘渠道维护、简历筛选和面试安排|员工入离职手续与社保公积金办理",
        "招聘、社保办理、劳动合同、考勤核算、Excel",
        "人力资源管理、工商管理、劳动与社会保障",
        offers="seated_work、flexible_hours", travel="none、occasional",
    ),
    Occupation(
        "销售代表、业务员、区域销售", "农业科技有限公司",
        "high_school、associate、bachelor", (4000, 10000),
        "区域客户开发和经销商维护|产品推广、回款跟进和市场信息收集",
        "客户开发、商务谈判、驾照C1、市场调研、客情维护",
        "市场营销、工商管理、电子商务",
        travel="occasional、frequent",
    ),
    Occupation(
        "电话客服、客服专员、在线客服", "信息技术有限公司",
        "high_school、secondary_vocational、associate", (3500, 5000),
        "接听客户来电并解答咨询|处理售后投诉并录入工单",
        "普通话、打字、客户服务、沟通能力、电脑操作",
        "市场营销、电子商务、文秘",
        offers="seated_work、wheelchair_access、remote_possible、screen_reader、flexible_hours",
    ),
    Occupation(
        "电商运营、网店运营、淘宝运营", "电子商务有限公司",
        "associate、bachelor", (4500, 8000),
        "淘宝、拼多多和抖音店铺的日常运营|活动策划、推广投放和数据分析",
        "店铺运营、直通车、数据分析、抖音小店、Excel",
        "电子商务、市场营销、网络营销",
        offers="seated_work、flexible_hours、remote_possible、sign_language",
    ),
    Occupation(
        "平面设计、电商美工、美工设计", "文化传媒有限公司",
        "associate、bachelor", (4000, 7000),
        "店铺主图、详情页和活动海报设计|宣传册与展板的排版和出图",
        "Photoshop、Illustrator、C4D、CorelDRAW、排版",
        "视觉传达设计、广告设计与制作、数字媒体艺术",
        offers="seated_work、flexible_hours、remote_possible、sign_language、wheelchair_access",
    ),
    Occupation(
        "室内设计师、家装设计师、设计助理", "装饰工程有限公司",
        "associate、bachelor", (5000, 9000),
        "上门量房、出平面方案和效果图|跟进施工现场并与业主沟通方案",
        "CAD、SketchUp、3ds Max、效果图、量房、手绘",
        "环境设计、室内设计、建筑装饰工程技术、景观设计",
        travel="none、occasional",
    ),
    Occupation(
        "施工员、土建施工员、现场技术员", "建设工程有限公司",
        "associate、bachelor", (5000, 8000),
        "施工现场的进度、质量和安全管理|施工日志填写与资料整理",
        "施工管理、CAD、看图纸、测量放线、施工员证",
        "土木工程、建筑工程技术、工程管理",
        travel="occasional、frequent", housing=0.6,
    ),
    Occupation(
        "造价员、预算员、成本专员", "工程咨询有限公司",
        "associate、bachelor", (5000, 8000),
        "工程量计算和清单编制|广联达算量与结算审核",
        "广联达、工程量计算、CAD、清单计价、Excel",
        "工程造价、工程管理、土木工程",
        offers="seated_work", travel="none、occasional",
    ),
    Occupation(
        "质检员、化验员、品控专员", "食品有限公司",
        "secondary_vocational、associate、bachelor", (4000, 6000),
        "原料和成品的理化及微生物检验|填写检验记录并参与质量体系维护",
        "理化检验、微生物检验、HACCP、仪器操作、检验记录",
        "食品质量与安全、食品检验检测技术、生物技术",
        offers="seated_work、no_heavy_lifting", housing=0.4,
    ),
    Occupation(
        "QA专员、药品质量保证员、GMP专员", "药业有限公司",
        "associate、bachelor", (5000, 8000),
        "生产过程的质量监控与偏差处理|GMP文件管理、验证和自检",
        "GMP、偏差处理、文件管理、验证、质量审核",
        "药学、药品生产技术、制药工程",
        offers="seated_work", travel="none、occasional", housing=0.3,
    ),
    Occupation(
        "护士、护师、临床护士", "医院",
        "associate、bachelor", (4000, 6500),
        "病区患者的基础护理和治疗|执行医嘱、输液并书写护理记录",
        "护士执业证书、静脉输液、基础护理、急救、护理记录",
        "护理、助产、护理学",
        housing=0.3,
    ),
    Occupation(
        "养老护理员、护工、生活照料员", "养老服务中心",
        "none、junior_high、high_school", (3500, 5000),
        "照料老人的起居、饮食和个人卫生|陪同老人活动并观察身体状况",
        "养老护理、生活照料、康复协助、护理员证、测血压",
        "智慧健康养老服务与管理、护理",
        offers="flexible_hours", housing=0.5,
    ),
    Occupation(
        "幼儿教师、幼师、保育员", "幼儿园",
        "secondary_vocational、associate、bachelor", (3000, 5000),
        "幼儿一日生活照料和教学活动|组织游戏、家长沟通和环境创设",
        "教师资格证、钢琴、舞蹈、手工、儿童心理",
        "学前教育、幼儿发展与健康管理、音乐教育",
        housing=0.4,
    ),
    Occupation(
        "英语教师、数学教师、学科老师", "教育培训学校",
        "bachelor、master", (4500, 7500),
        "初高中学科授课和备课|作业批改、学情分析和家长沟通",
        "教师资格证、普通话二甲、课件制作、课堂管理、英语六级",
        "英语、数学与应用数学、汉语言文学、物理学",
        offers="flexible_hours", housing=0.4,
    ),
    Occupation(
        "厨师、炒锅、面点师", "餐饮管理有限公司",
        "none、junior_high、secondary_vocational", (4500, 8000),
        "后厨炒锅出菜和菜品研发|食材初加工、验收和厨房卫生",
        "鲁菜、炒锅、面点、刀工、健康证",
        "烹饪工艺与营养、中餐烹饪",
        housing=0.7,
    ),
    Occupation(
        "餐厅服务员、传菜员、前厅服务员", "大酒店",
        "none、junior_high、high_school", (3200, 4500),
        "迎宾点餐、传菜和餐后收台|包间服务并保持餐厅环境整洁",
        "点餐、传菜、普通话、健康证、礼仪",
        offers="flexible_hours", housing=0.7,
    ),
    Occupation(
        "超市收银员、理货员、导购员", "超市连锁有限公司",
        "none、junior_high、high_school", (3000, 4200),
        "收银结账、商品扫码和交班对账|货架理货、补货和价签核对",
        "收银、理货、扫码枪、点钞、顾客服务",
        offers="seated_work、flexible_hours、sign_language",
    ),
    Occupation(
        "保安、门卫、安保员", "物业服务有限公司",
        "none、junior_high、high_school", (3000, 4200),
        "小区和厂区门岗值守、巡逻|来访登记、监控查看和消防巡查",
        "安保巡逻、监控操作、消防知识、保安证",
        offers="seated_work", housing=0.5,
    ),
    Occupation(
        "保洁员、物业保洁、清洁工", "物业服务有限公司",
        "none、junior_high", (2500, 3600),
        "楼道、电梯厅和公共区域的清洁|垃圾分类清运和绿化带捡拾",
        "保洁、垃圾分类、清洁设备使用、消杀",
        offers="flexible_hours",
    ),
    Occupation(
        "Java开发工程师、软件开发工程师、后端开发", "软件有限公司",
        "associate、bachelor、master", (6000, 12000),
        "政务和企业管理系统的后端开发|接口设计、数据库优化和线上问题排查",
        "Java、Spring Boot、MySQL、Python、Git、Linux",
        "计算机科学与技术、软件工程、软件技术、计算机应用技术",
        offers="seated_work、flexible_hours、remote_possible、screen_reader、wheelchair_access",
    ),
    Occupation(
        "网络运维、网络管理员、IT运维工程师", "信息技术有限公司",
        "associate、bachelor", (4500, 7500),
        "机房服务器、网络设备和监控的运维|办公电脑与打印机故障处理",
        "Linux、网络配置、服务器维护、监控运维、华为认证",
        "计算机网络技术、网络工程、计算机应用技术",
        offers="seated_work、screen_reader", travel="none、occasional",
    ),
    Occupation(
        "兽医、助理兽医师、畜牧技术员", "牧业有限公司",
        "associate、bachelor", (4500, 7000),
        "养殖场的防疫、诊疗和免疫程序执行|饲养管理指导与生产数据记录",
        "动物诊疗、疫病防控、免疫注射、饲养管理、血常规",
        "畜牧兽医、动物医学、动物科学、动物防疫与检疫",
        travel="none、occasional", housing=0.8,
    ),
    Occupation(
        "农业技术员、种植技术员、蔬菜大棚技术员", "农业科技有限公司",
        "secondary_vocational、associate、bachelor", (4000, 6500),
        "蔬菜大棚的种植管理和病虫害防治|指导农户施肥、浇水并记录长势",
        "蔬菜种植、病虫害防治、水肥一体化、大棚管理、农药使用",
        "园艺技术、设施农业与装备、植物保护、农学",
        travel="occasional、frequent", housing=0.6,
    ),
    Occupation(
        "汽车维修工、汽修技师、机修工", "汽车销售服务有限公司",
        "junior_high、secondary_vocational、associate", (4500, 8000),
        "汽车保养、故障诊断和机电维修|使用诊断仪检测并填写维修工单",
        "汽车维修、故障诊断、发动机维修、诊断仪、钣金喷漆",
        "汽车检测与维修技术、汽车运用与维修",
        housing=0.4,
    ),
    Occupation(
        "烙画师、葫芦雕刻师、手工艺人", "文化创意有限公司",
        "none、junior_high", (3000, 5500),
        "葫芦烙画、雕刻和彩绘制作|按订单完成非遗文创产品并参与展销",
        "烙画、葫芦雕刻、手绘、木刻、工艺美术",
        "工艺美术品设计、美术学、民间传统工艺",
        offers="seated_work、no_heavy_lifting、flexible_hours、wheelchair_access",
    ),
    Occupation(
        "美发师、美容师、发型助理", "美容美发有限公司",
        "none、junior_high、secondary_vocational", (3500, 8000),
        "顾客洗剪吹、烫染造型|面部护理和会员维护",
        "剪发、烫染、皮肤护理、美容师证、顾客沟通",
        "人物形象设计、美容美体艺术",
        offers="flexible_hours", housing=0.5,
    ),
    Occupation(
        "带货主播、直播运营、直播助理", "网络科技有限公司",
        "high_school、associate、bachelor", (4000, 10000),
        "抖音、快手直播间的带货讲解|直播脚本撰写、场控和数据复盘",
        "直播带货、短视频剪辑、话术、场控、数据复盘",
        "网络直播与运营、电子商务、播音与主持",
        offers="flexible_hours、seated_work、remote_possible",
    ),
    Occupation(
        "药店营业员、药剂员、执业药师", "大药房连锁有限公司",
        "secondary_vocational、associate、bachelor", (3500, 6000),
        "门店药品销售和用药咨询|药品陈列、效期管理和收银",
        "药品知识、用药咨询、收银、执业药师证、GSP",
        "药学、中药学、药品经营与管理",
        offers="flexible_hours", housing=0.3,
    ),
)
# fmt: on

DISTRICTS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("东昌府区", 30, ("古楼街道", "柳园街道", "堂邑镇", "梁水镇镇")),
    ("高新区", 15, ("九州街道", "顾官屯镇")),
    ("经济技术开发区", 15, ("蒋官屯街道", "北城街道")),
    ("茌平区", 6, ("振兴街道", "信发街道")),
    ("临清市", 7, ("新华路街道", "烟店镇")),
    ("阳谷县", 6, ("侨润街道", "阿城镇")),
    ("莘县", 6, ("燕塔街道", "张鲁回族镇")),
    ("东阿县", 5, ("铜城街道", "新城街道")),
    ("冠县", 5, ("清泉街道", "烟庄街道")),
    ("高唐县", 6, ("鱼邱湖街道", "汇鑫街道")),
    ("江北水城旅游度假区", 3, ("湖西街道", "朱老庄镇")),
)

ACCESS_PHRASES: dict[str, tuple[str, str]] = {  # (in a post, in a person's own words)
    "wheelchair_access": ("办公区有无障碍通道和电梯", "我坐轮椅出行"),
    "seated_work": ("岗位可坐姿作业，无需久站", "腿脚不方便，站不了太久"),
    "no_heavy_lifting": ("无需搬运重物", "腰不好，干不了重活"),
    "flexible_hours": ("上下班时间可弹性安排", "要接送孩子，时间得灵活"),
    "remote_possible": ("部分工作可居家完成", "最好能在家办公"),
    "sign_language": ("日常工作可用文字沟通，欢迎听障人士", "听力不好，习惯打字沟通"),
    "screen_reader": ("电脑装有读屏软件，欢迎视障朋友", "视力不好，用读屏软件上网"),
}
