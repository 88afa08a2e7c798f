"""Trades of Chengdu's job market, the raw material of seeds.synthetic_elsewhere.

Deliberately unlike seeds/synthetic_templates.py and the Liaocheng data sets: another city
and province, other trades, other titles, majors, company shapes and phrasing. Lists inside
a field are separated by / (duties by ;). Duties read as verb phrases ("按图纸车削轴套类零件").

`near` names trades a person of this trade would gladly take too (graded a step lower);
`lookalikes` names trades of other families whose titles share characters with this one's
but are other work (汽车销售顾问 for someone who wants 汽修): the distractors.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Trade:
    code: str
    family: str
    titles: str  # how posts name it
    asks: str  # the few words a job seeker uses for it
    skills: str
    duties: str
    schooling: str = "none"  # EducationLevel codes a post may require
    pay: tuple[int, int] = (4500, 7000)
    majors: str = ""
    offers: str = ""  # Accommodation codes a workplace of this trade may offer
    travel: str = "none"
    housing: float = 0.2
    near: str = ""
    lookalikes: str = ""


def split(text: str, separator: str = "/") -> tuple[str, ...]:
    return tuple(part for part in text.split(separator) if part)


# fmt: off
TRADES: tuple[Trade, ...] = (
    # 机加工
    Trade(
        "cnc_lathe", "machining", "数控车床操作工/数控车削技工", "数控车床/车床师傅",
        skills="广数系统/游标卡尺/千分尺/识读零件图/刀具刃磨/首件自检",
        duties="按图纸车削轴套类零件;首件自检并填写加工记录",
        schooling="junior_high/secondary_vocational", pay=(5500, 8500),
        majors="数控设备应用与维护/智能制造装备技术", housing=0.6, near="cnc_program/grinder",
        lookalikes="car_hailing/machine_sales",
    ),
    Trade(
        "cnc_program", "machining", "数控编程员/加工中心编程技术员/CAM编程员", "数控编程/UG编程",
        skills="UG编程/Mastercam/五轴加工/工艺路线编排/刀路优化",
        duties="编制加工中心程序并优化刀路;编写工艺文件并指导机台调试",
        schooling="secondary_vocational/associate", pay=(7000, 12000),
        majors="数控设备应用与维护/智能制造装备技术", near="cnc_lathe",
        lookalikes="machine_sales",
    ),
    Trade(
        "grinder", "machining", "平面磨床工/外圆磨床技工", "磨床/磨工",
        skills="平面磨床/外圆磨床/砂轮修整/公差配合/千分尺",
        duties="磨削模具镶件和轴类零件;修整砂轮并保养磨床",
        schooling="junior_high/secondary_vocational", pay=(5000, 7500), housing=0.5,
        near="cnc_lathe/fitter",
    ),
    Trade(
        "fitter", "machining", "装配钳工/模具钳工", "钳工",
        skills="划线钻孔/刮研/模具装配/钳工技能等级证/识读装配图",
        duties="装配和修配冲压模具;钻孔攻丝并刮研配合面",
        schooling="junior_high/secondary_vocational", pay=(5500, 8000), housing=0.5,
        near="grinder",
    ),
    # 汽车后市场
    Trade(
        "auto_apprentice", "auto", "汽修学徒/汽车维修学徒工/机修学徒（快修店）", "汽修/学修车",
        skills="更换机油三滤/轮胎拆装/四轮定位/汽车保养/读取故障码",
        duties="跟师傅做车辆保养和小修;拆装轮胎并做四轮定位",
        schooling="none/junior_high/secondary_vocational", pay=(3500, 5500),
        majors="汽车检测与维修技术/新能源汽车技术", housing=0.5, near="body_painter/ev_inspector",
        lookalikes="car_sales/car_hailing",
    ),
    Trade(
        "body_painter", "auto", "钣金喷漆技师/汽车钣喷工", "钣喷/汽车喷漆",
        skills="钣金修复/调漆/喷涂/抛光/腻子打磨",
        duties="修复事故车钣金件;调漆喷涂并抛光",
        schooling="none/junior_high/secondary_vocational", pay=(6000, 10000), housing=0.4,
        near="auto_apprentice", lookalikes="car_sales",
    ),
    Trade(
        "ev_inspector", "auto", "新能源汽车检测员/动力电池检测技术员", "新能源车检测/汽车检测",
        skills="高压电安全操作/电池包检测/诊断仪/低压电工证/检测报告",
        duties="检测新能源车动力电池和高压线束;出具检测报告并录入系统",
        schooling="secondary_vocational/associate", pay=(5500, 8000),
        majors="新能源汽车技术/汽车检测与维修技术", near="auto_apprentice",
        lookalikes="water_lab/car_sales",
    ),
    Trade(
        "car_washer", "auto", "汽车美容技师/洗车美容工", "洗车/汽车美容",
        skills="精洗/打蜡抛光/镀晶/内饰清洗/贴膜",
        duties="为到店车辆精洗和内饰清洁;做镀晶贴膜等美容项目",
        schooling="none/junior_high", pay=(4000, 6000), housing=0.4, near="auto_apprentice",
        lookalikes="beautician/car_sales",
    ),
    # 出行与配送
    Trade(
        "car_hailing", "transport", "网约车司机/网约车专职司机（公司提供车辆）", "网约车/跑网约车",
        skills="C1驾照/网约车驾驶员证/导航软件/安全驾驶/服务礼仪",
        duties="按平台派单接送乘客;保持车内整洁并做好安全检查",
        schooling="none/junior_high/high_school", pay=(6000, 9000),
        near="van_driver/coach_driver", lookalikes="auto_apprentice/car_sales",
    ),
    Trade(
        "van_driver", "transport", "城配厢货司机/4.2米厢货司机", "开货车/城配司机",
        skills="C1驾照/B2驾照/城区配送/装卸货/路线规划",
        duties="按单把货送到城区门店;装卸货并签收回单",
        schooling="none/junior_high", pay=(6500, 9500), housing=0.3, near="car_hailing/courier",
        lookalikes="dispatcher",
    ),
    Trade(
        "coach_driver", "transport", "旅游大巴驾驶员/通勤班车司机", "大巴司机/开大巴",
        skills="A1驾照/长途驾驶/车辆例检/安全驾驶",
        duties="驾驶大巴接送旅游团或员工通勤;出车前例检并记录里程",
        schooling="junior_high/high_school", pay=(7000, 10000), travel="occasional/frequent",
        near="car_hailing",
    ),
    Trade(
        "courier", "transport", "外卖骑手/即时配送骑手", "跑外卖/骑手",
        skills="电动车驾驶/导航软件/准时送达/沟通",
        duties="在商圈内取餐送餐;处理顾客的催单和售后",
        schooling="none", pay=(5000, 9000), housing=0.3, near="van_driver",
    ),
    # 仓储物流
    Trade(
        "stock_keeper", "warehouse", "仓管员/物料仓管员/成品仓管员", "仓管/管仓库",
        skills="WMS系统/出入库登记/月度盘点/物料编码/Excel",
        duties="登记物料出入库并定期盘点;整理库位并核对账实",
        schooling="high_school/secondary_vocational", pay=(4500, 6500), majors="现代物流管理",
        housing=0.4, near="picker/dispatcher", lookalikes="property_steward",
    ),
    Trade(
        "picker", "warehouse", "电商拣货打包员/拣货员（云仓）", "拣货打包/打包",
        skills="扫码枪/按单拣货/打包封箱/称重贴单",
        duties="按订单拣货复核;打包封箱并贴面单",
        schooling="none/junior_high", pay=(4000, 6000), offers="no_heavy_lifting", housing=0.5,
        near="stock_keeper",
    ),
    Trade(
        "dispatcher", "warehouse", "运输调度专员/车辆调度员", "调度/物流调度",
        skills="TMS系统/车辆排班/运单跟踪/异常处理/Excel",
        duties="安排车辆和司机的排班;跟踪在途运单并处理异常",
        schooling="high_school/associate", pay=(5000, 7500), majors="现代物流管理/物流工程技术",
        offers="seated_work", near="stock_keeper", lookalikes="coach_driver",
    ),
    # 餐饮
    Trade(
        "pastry_cook", "catering", "中式面点师/白案面点师", "面点/白案",
        skills="包子馒头/抄手饺子/发面/擀皮/糕点蒸制",
        duties="制作早餐包子馒头和抄手;按标准发面和备料",
        schooling="none/junior_high", pay=(5000, 8000), majors="中西面点工艺/烹饪工艺与营养",
        housing=0.6, near="sichuan_cook/kinder_cook", lookalikes="bakery_cashier",
    ),
    Trade(
        "sichuan_cook", "catering", "川菜热菜厨师/中餐炉头师傅", "炒菜师傅/川菜厨师",
        skills="川菜/火候掌握/刀工/调味/出菜速度",
        duties="负责炉头炒制川菜热菜;按标准出品并控制损耗",
        schooling="none/junior_high", pay=(6000, 10000), majors="烹饪工艺与营养", housing=0.6,
        near="pastry_cook/kinder_cook",
    ),
    Trade(
        "kinder_cook", "catering", "幼儿园厨师/幼儿园食堂厨工", "食堂做饭/食堂师傅",
        skills="营养配餐/大锅菜/食品留样/健康证/刀工",
        duties="按食谱为幼儿做三餐两点;做好食品留样和厨房消毒",
        schooling="none/junior_high", pay=(4000, 5500), near="sichuan_cook/pastry_cook",
    ),
    Trade(
        "hotpot_waiter", "catering", "火锅店服务员/火锅店传菜服务员", "火锅店服务员/餐厅服务",
        skills="点单/上菜/锅底介绍/收台/顾客接待",
        duties="为客人点单上菜并介绍锅底;收台翻台并保持桌面整洁",
        schooling="none", pay=(4000, 5500), housing=0.6, near="barista/room_attendant",
    ),
    Trade(
        "barista", "catering", "咖啡师/门店咖啡师", "咖啡师/做咖啡",
        skills="意式咖啡/拉花/手冲/磨豆机调试/门店清洁",
        duties="按配方出品咖啡饮品;调试磨豆机并做好门店清洁",
        schooling="none/high_school", pay=(4000, 6000), offers="flexible_hours",
        near="hotpot_waiter", lookalikes="bakery_cashier",
    ),
    # 酒店民宿
    Trade(
        "front_desk", "hotel", "前台接待/酒店前台接待员", "前台/酒店前台",
        skills="入住登记/酒店PMS系统/礼仪接待/收银对账/英语口语",
        duties="为客人办理入住退房;接听预订电话并做收银对账",
        schooling="high_school/associate", pay=(4000, 5500),
        majors="酒店管理与数字化运营/旅游管理", housing=0.5, near="homestay/room_attendant",
        lookalikes="liquor_promoter",
    ),
    Trade(
        "room_attendant", "hotel", "客房服务员/酒店客房清扫员", "做客房/客房服务",
        skills="铺床/客房清扫/布草更换/消毒/查房",
        duties="清扫客房并更换布草;补充客用品并报告维修",
        schooling="none/junior_high", pay=(3800, 5000), housing=0.6,
        near="front_desk/house_cleaner",
    ),
    Trade(
        "homestay", "hotel", "民宿管家/民宿运营管家", "民宿管家",
        skills="民宿接待/订单平台管理/房间布置/客户沟通/短视频拍摄",
        duties="接待入住的客人并安排行程;管理各平台订单和房态",
        schooling="high_school/associate", pay=(4500, 6500),
        majors="旅游管理/酒店管理与数字化运营", housing=0.8, near="front_desk",
        lookalikes="property_steward",
    ),
    # 护理家政
    Trade(
        "ward_carer", "care", "住院部陪护工/医院护工（24小时陪护）", "陪护/护工",
        skills="翻身拍背/鼻饲喂食/生活照料/协助康复/陪诊",
        duties="照顾住院病人的饮食起居;协助翻身拍背和康复锻炼",
        schooling="none/junior_high", pay=(4500, 7000), housing=0.5, near="elder_carer",
        lookalikes="cosmetics_guide",
    ),
    Trade(
        "elder_carer", "care", "失能老人照护员/长照护理员", "照顾老人/养老护理",
        skills="失能照护/压疮预防/助餐助浴/老年照护证/健康记录",
        duties="为失能老人助餐助浴和翻身;记录老人的血压体温",
        schooling="none/junior_high/secondary_vocational", pay=(4000, 6000),
        majors="智慧健康养老服务与管理/护理", housing=0.6, near="ward_carer/nanny",
        lookalikes="cosmetics_guide",
    ),
    Trade(
        "nanny", "care", "育婴师/金牌月嫂", "月嫂/育婴",
        skills="新生儿护理/月子餐/催乳/育婴师证/婴儿抚触",
        duties="照护新生儿和产妇的日常起居;制作月子餐并指导喂养",
        schooling="junior_high/high_school", pay=(7000, 13000), housing=0.8,
        near="elder_carer/nursery_teacher",
    ),
    Trade(
        "house_cleaner", "care", "家政保洁员/上门保洁阿姨", "家政/保洁阿姨",
        skills="深度保洁/擦玻璃/收纳整理/厨卫清洁",
        duties="上门为客户做日常和深度保洁;整理收纳衣橱和厨房",
        schooling="none", pay=(4000, 6000), offers="flexible_hours", near="room_attendant",
        lookalikes="appliance_repair",
    ),
    # 学前与少儿教育
    Trade(
        "kinder_teacher", "childcare", "幼教老师/幼儿园带班老师", "幼教/幼儿园老师",
        skills="幼儿教师资格证/弹唱/一日活动组织/家园沟通/手工",
        duties="组织幼儿的一日活动和教学;与家长沟通孩子在园情况",
        schooling="associate/bachelor", pay=(4000, 6500), majors="学前教育/早期教育", housing=0.3,
        near="nursery_teacher/art_teacher", lookalikes="kinder_cook",
    ),
    Trade(
        "nursery_teacher", "childcare", "托育老师/托育园保育师", "托育/带小朋友",
        skills="婴幼儿照护/保育员证/辅食制作/早教游戏",
        duties="照护一到三岁幼儿的吃喝睡;设计早教游戏并记录成长",
        schooling="high_school/associate", pay=(3800, 5500),
        majors="早期教育/婴幼儿托育服务与管理", near="kinder_teacher/nanny",
        lookalikes="kinder_cook",
    ),
    Trade(
        "art_teacher", "childcare", "少儿美术老师/儿童创意美术讲师", "美术老师/教画画",
        skills="素描/水彩/儿童画/课堂管理/手工制作",
        duties="给四到十二岁孩子上美术课;准备画材并布置作品展",
        schooling="associate/bachelor", pay=(4500, 7000), majors="美术学/绘画/视觉传达设计",
        offers="flexible_hours", near="kinder_teacher", lookalikes="course_sales/nail",
    ),
    # 财务
    Trade(
        "cashier_fin", "finance", "出纳员/门店出纳", "出纳",
        skills="现金日记账/网银付款/银行回单/备用金管理/点钞",
        duties="办理收付款和网银转账;登记现金日记账并整理回单",
        schooling="secondary_vocational/associate", pay=(4000, 5500),
        majors="大数据与会计/大数据与财务管理", offers="seated_work/wheelchair_access",
        near="ledger_acct", lookalikes="bakery_cashier/tax_sales",
    ),
    Trade(
        "ledger_acct", "finance", "往来会计/税务会计/费用会计", "会计/做账",
        skills="应收应付核对/增值税申报/金税系统/用友T+/费用报销审核",
        duties="核对客户和供应商往来账;按月申报增值税和附加税",
        schooling="associate/bachelor", pay=(5500, 8000),
        majors="大数据与会计/大数据与财务管理/会计学",
        offers="seated_work/wheelchair_access/screen_reader", near="cashier_fin",
        lookalikes="tax_sales",
    ),
    # 检测化验
    Trade(
        "water_lab", "lab", "水质化验员/污水厂化验员", "化验/化验室",
        skills="COD测定/氨氮检测/分光光度计/滴定分析/化验记录",
        duties="按规程检测进出水的水质指标;维护化验仪器并记录数据",
        schooling="secondary_vocational/associate", pay=(4500, 6500),
        majors="工业分析技术/环境监测技术", housing=0.4, near="qc_inspector/sampler",
        lookalikes="cosmetics_guide/plumber",
    ),
    Trade(
        "qc_inspector", "lab", "来料检验员（IQC）/制程巡检员", "质检/品检",
        skills="抽样检验/二次元测量/卡尺千分尺/不良品标识/8D报告",
        duties="对来料和制程产品抽样检验;标识隔离不良品并跟踪改善",
        schooling="high_school/secondary_vocational/associate", pay=(4500, 6500),
        majors="工业分析技术", housing=0.5, near="water_lab", lookalikes="liquor_promoter",
    ),
    Trade(
        "sampler", "lab", "环境监测采样员/现场采样技术员", "采样/环境监测",
        skills="水样采集/大气采样/噪声监测/现场记录/C1驾照",
        duties="到企业和河道现场采集水气样品;填写采样记录并送检",
        schooling="secondary_vocational/associate", pay=(5000, 7000),
        majors="环境监测技术/工业分析技术", travel="occasional/frequent", near="water_lab",
    ),
    # 建筑施工
    Trade(
        "rebar_worker", "construction", "钢筋工/钢筋绑扎工", "钢筋工/扎钢筋",
        skills="钢筋绑扎/钢筋下料/看施工图/高空作业",
        duties="按图纸绑扎梁板柱钢筋;配合下料和验收",
        schooling="none", pay=(7000, 11000), housing=0.8, near="formwork",
        lookalikes="steel_sales",
    ),
    Trade(
        "formwork", "construction", "支模木工/建筑木工（铝模）", "木工/支模",
        skills="支模/铝模安装/拆模/木工工具",
        duties="安装和加固梁板模板;拆模并清理周转材料",
        schooling="none", pay=(7000, 11000), housing=0.8, near="rebar_worker",
    ),
    Trade(
        "plumber", "construction", "水电安装工/家装水电师傅", "水电工/装水电",
        skills="水管布管/强弱电布线/开槽/电工证/打压测试",
        duties="按图纸布管穿线和开槽;安装开关插座并做打压测试",
        schooling="junior_high/secondary_vocational", pay=(6500, 9500),
        near="formwork/low_voltage", lookalikes="water_lab",
    ),
    Trade(
        "site_clerk", "construction", "施工资料员/项目资料员", "资料员",
        skills="资料归档/竣工资料/筑业软件/签证单/Excel",
        duties="收集整理施工过程资料;编制竣工资料并办理归档",
        schooling="associate", pay=(4500, 6500), majors="建设工程管理/建筑工程技术",
        offers="seated_work", near="archivist",
    ),
    # 直播电商
    Trade(
        "stream_assistant", "livestream", "主播助理/直播场控", "主播助理/场控",
        skills="直播中控台/上下架链接/气氛把控/话术配合/库存核对",
        duties="直播时上下架链接并配合主播;整理样品和库存",
        schooling="high_school/associate", pay=(4500, 6500), majors="网络直播与运营/电子商务",
        offers="no_heavy_lifting", near="video_editor/streamer", lookalikes="ceo_assistant",
    ),
    Trade(
        "video_editor", "livestream", "短视频剪辑师/视频后期剪辑", "剪辑/剪视频",
        skills="剪映/Premiere/字幕包装/调色/脚本拆解",
        duties="剪辑探店和带货短视频;加字幕包装并调色",
        schooling="high_school/associate/bachelor", pay=(5000, 8000),
        majors="数字媒体技术/影视编导",
        offers="seated_work/remote_possible/flexible_hours/sign_language/wheelchair_access",
        near="stream_assistant", lookalikes="hair_stylist",
    ),
    Trade(
        "streamer", "livestream", "美妆带货主播/服装带货主播", "主播/直播带货",
        skills="镜头表现力/直播话术/产品讲解/抖音直播",
        duties="按排期直播讲解产品;复盘每场的数据",
        schooling="none/high_school", pay=(6000, 12000), offers="seated_work",
        near="stream_assistant", lookalikes="cosmetics_guide",
    ),
    # 销售
    Trade(
        "car_sales", "sales", "汽车销售顾问/新能源汽车展厅销售", "汽车销售/卖车",
        skills="试驾讲解/客户邀约/金融方案/C1驾照/成交谈判",
        duties="接待展厅客户并陪同试驾;邀约回访意向客户",
        schooling="high_school/associate", pay=(5000, 12000), near="insurance_sales",
        lookalikes="auto_apprentice",
    ),
    Trade(
        "insurance_sales", "sales", "保险代理人/寿险业务员", "保险销售/卖保险",
        skills="客户开发/保险方案讲解/电话邀约/保险从业资格",
        duties="开发新客户并讲解保险方案;做好老客户的续保回访",
        schooling="high_school/associate", pay=(4000, 12000), offers="flexible_hours",
        near="car_sales", lookalikes="sales_clerk",
    ),
    Trade(
        "steel_sales", "sales", "钢材销售/建材业务员", "钢材销售/跑建材",
        skills="钢材规格/客户开发/报价/回款跟进",
        duties="拜访工地和贸易商开发客户;报价签单并跟进回款",
        schooling="high_school/associate", pay=(5000, 12000), travel="occasional/frequent",
        near="machine_sales", lookalikes="rebar_worker",
    ),
    Trade(
        "machine_sales", "sales", "数控机床销售工程师/机床销售代表", "机床销售",
        skills="机床参数/客户开发/技术交流/招投标",
        duties="向机加工企业推介数控机床;组织技术交流并跟进合同",
        schooling="associate/bachelor", pay=(6000, 15000), majors="智能制造装备技术/市场营销",
        travel="occasional/frequent", near="steel_sales", lookalikes="cnc_lathe/cnc_program",
    ),
    Trade(
        "course_sales", "sales", "课程顾问（少儿美术）/少儿艺术课程顾问", "课程顾问",
        skills="电话邀约/试听课安排/家长沟通/签单",
        duties="邀约家长带孩子来试听;跟进意向并签单续费",
        schooling="high_school/associate", pay=(4500, 9000), near="insurance_sales",
        lookalikes="art_teacher",
    ),
    Trade(
        "tax_sales", "sales", "财税代办业务员/工商注册代办顾问", "财税业务员",
        skills="电话开发/工商注册流程/代理记账套餐/客户维护",
        duties="电话开发需要记账报税的小微企业;签单后交给会计跟进",
        schooling="high_school/associate", pay=(4000, 10000), near="insurance_sales",
        lookalikes="ledger_acct/cashier_fin",
    ),
    # 零售门店
    Trade(
        "cosmetics_guide", "retail", "美妆导购/化妆品专柜导购", "美妆导购/专柜导购",
        skills="护肤知识/上妆演示/会员维护/商品陈列",
        duties="在专柜为顾客介绍和试用产品;维护会员并做好陈列",
        schooling="none/high_school", pay=(4000, 7000), near="bakery_cashier",
        lookalikes="streamer/water_lab",
    ),
    Trade(
        "bakery_cashier", "retail", "烘焙店收银员/面包店店员", "收银/面包店店员",
        skills="收银系统/面包装袋/门店陈列/会员积分",
        duties="为顾客结账并打包面包;补货陈列并清点现金",
        schooling="none/high_school", pay=(3500, 5000), offers="flexible_hours",
        near="cosmetics_guide", lookalikes="pastry_cook/cashier_fin",
    ),
    Trade(
        "liquor_promoter", "retail", "酒水促销员/白酒品鉴顾问", "酒水促销",
        skills="酒水知识/品鉴讲解/商超促销/团购开发",
        duties="在商超和酒店推介白酒;组织品鉴会并开发团购客户",
        schooling="none/high_school", pay=(4500, 8000), travel="occasional",
        near="cosmetics_guide", lookalikes="front_desk",
    ),
    # 行政办公
    Trade(
        "ceo_assistant", "office", "总经理助理/董事长秘书", "总助/老板秘书",
        skills="日程安排/会议纪要/公文写作/商务接待/PPT",
        duties="安排总经理的日程和会议;起草公文并跟进决议落实",
        schooling="associate/bachelor", pay=(6000, 10000), majors="文秘/工商企业管理",
        offers="seated_work/wheelchair_access", travel="none/occasional",
        near="sales_clerk/archivist", lookalikes="stream_assistant",
    ),
    Trade(
        "sales_clerk", "office", "销售内勤/订单内勤", "内勤/销售内勤",
        skills="订单录入/发货跟单/客户对账/ERP系统/Excel",
        duties="录入订单并安排发货;与客户对账并整理合同",
        schooling="secondary_vocational/associate", pay=(4000, 6000),
        majors="工商企业管理/电子商务", offers="seated_work/wheelchair_access/screen_reader",
        near="ceo_assistant/archivist", lookalikes="insurance_sales/steel_sales",
    ),
    Trade(
        "archivist", "office", "档案管理员/档案数字化扫描员", "档案管理/档案整理",
        skills="档案整理/扫描录入/档案编目/保密意识",
        duties="整理和编目纸质档案;扫描录入并核对数字化档案",
        schooling="high_school/associate", pay=(3800, 5500), majors="档案学/文秘",
        offers="seated_work/wheelchair_access/sign_language/no_heavy_lifting",
        near="sales_clerk/site_clerk",
    ),
    # 美业
    Trade(
        "nail", "beauty", "美甲师/美睫美甲师", "美甲",
        skills="光疗甲/手绘甲/延长甲/美睫嫁接/工具消毒",
        duties="为顾客做美甲和美睫;做好工具消毒和顾客维护",
        schooling="none/junior_high", pay=(4500, 8000), offers="seated_work", near="beautician",
        lookalikes="art_teacher",
    ),
    Trade(
        "hair_stylist", "beauty", "发型师/烫染技师", "理发/发型师",
        skills="剪发/烫发/染发/造型设计/顾客沟通",
        duties="为顾客设计发型和剪烫染;维护老顾客并推荐护理项目",
        schooling="none/junior_high", pay=(5000, 10000), housing=0.4, near="beautician",
        lookalikes="video_editor",
    ),
    Trade(
        "foot_massage", "beauty", "足疗技师/养生馆推拿技师", "足疗/推拿",
        skills="足部按摩/推拿/刮痧拔罐/保健按摩师证",
        duties="为顾客做足疗和肩颈推拿;介绍养生项目并做好记录",
        schooling="none/junior_high", pay=(5000, 9000), housing=0.7, near="beautician",
    ),
    Trade(
        "beautician", "beauty", "美容顾问/皮肤管理师", "美容/皮肤管理",
        skills="皮肤检测/面部护理/仪器护理/顾客维护",
        duties="为顾客检测皮肤并定制护理方案;操作美容仪器做护理",
        schooling="none/high_school", pay=(4500, 8000), majors="医学美容技术",
        near="nail/foot_massage", lookalikes="car_washer",
    ),
    # 物业
    Trade(
        "property_steward", "property", "物业管家/住宅物业管家", "物业管家",
        skills="业主沟通/报修派单/物业费催缴/社区活动",
        duties="处理业主的报修和投诉;催缴物业费并组织社区活动",
        schooling="high_school/associate", pay=(4000, 6000), majors="物业管理",
        near="patrol_guard", lookalikes="homestay/stock_keeper",
    ),
    Trade(
        "greenkeeper", "property", "绿化养护工/园林绿化工", "绿化/园林养护",
        skills="修剪/浇灌/病虫害防治/草坪养护",
        duties="修剪小区和道路绿化;浇灌施肥并防治病虫害",
        schooling="none", pay=(3500, 5000), near="patrol_guard",
    ),
    Trade(
        "patrol_guard", "property", "小区秩序维护员/监控室值班员", "门岗/秩序维护",
        skills="巡逻/门岗登记/消防设施检查/监控值守",
        duties="值守门岗并登记来访;巡逻检查消防设施",
        schooling="none/junior_high", pay=(3500, 5000), housing=0.5,
        near="greenkeeper/property_steward", lookalikes="low_voltage",
    ),
    Trade(
        "appliance_repair", "property", "家电维修师傅/空调安装维修工", "家电维修/空调安装",
        skills="空调安装/制冷维修/高处作业证/电工证/故障排查",
        duties="上门安装和维修空调;排查冰箱洗衣机的故障",
        schooling="junior_high/secondary_vocational", pay=(6000, 10000), travel="occasional",
        near="low_voltage", lookalikes="house_cleaner",
    ),
    # 信息技术
    Trade(
        "frontend_dev", "it", "前端开发工程师/Vue前端开发", "前端/前端开发",
        skills="Vue/JavaScript/TypeScript/小程序开发/Git",
        duties="开发管理后台和小程序页面;与后端联调接口",
        schooling="associate/bachelor", pay=(8000, 15000), majors="软件技术/计算机应用技术",
        offers="seated_work/remote_possible/flexible_hours/screen_reader/wheelchair_access",
        near="it_support", lookalikes="front_desk",
    ),
    Trade(
        "it_support", "it", "桌面运维工程师/IT支持专员", "运维/IT支持",
        skills="电脑装机/打印机维护/局域网排障/Windows/网线制作",
        duties="维护公司电脑和打印机;排查网络故障并管理账号",
        schooling="secondary_vocational/associate", pay=(4500, 7000),
        majors="计算机网络技术/计算机应用技术", offers="seated_work",
        near="frontend_dev/low_voltage",
    ),
    Trade(
        "low_voltage", "it", "弱电工程师/安防监控安装工", "弱电/装监控",
        skills="监控安装/综合布线/门禁系统/网络交换机/光纤熔接",
        duties="安装调试监控和门禁系统;做综合布线并熔接光纤",
        schooling="secondary_vocational/associate", pay=(5500, 8500), majors="建筑智能化工程技术",
        travel="occasional", near="it_support/plumber",
    ),
)
# fmt: on

FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(trade.family for trade in TRADES))
BY_CODE: dict[str, Trade] = {trade.code: trade for trade in TRADES}

CITY = "成都市"
DISTRICTS: tuple[str, ...] = (
    "武侯区", "锦江区", "青羊区", "金牛区", "成华区", "龙泉驿区", "双流区", "郫都区",
    "新都区", "温江区",
)  # fmt: skip
STREETS: tuple[str, ...] = ("九眼桥", "春熙路", "玉林", "桐梓林", "犀浦", "航空港", "大丰", "柳城")
BRANDS: tuple[str, ...] = (
    "蓉锦", "锦官", "芙蓉", "青城", "岷江", "蜀道", "川西", "金沙", "宽窄", "望江",
    "浣花", "合江", "西岭", "巴蜀", "天府", "熊猫", "银杏", "锦里", "玉垒", "龙门",
)  # fmt: skip
# How each family's employers are named: {brand} and {district} are filled in.
EMPLOYERS: dict[str, tuple[str, ...]] = {
    "machining": ("{brand}精密机械（成都）有限公司", "四川{brand}航空零部件股份有限公司"),
    "auto": ("{brand}汽车快修连锁（{district}店）", "成都{brand}新能源汽车服务中心"),
    "transport": ("{brand}出行科技（成都）有限公司", "成都{brand}城市配送有限公司"),
    "warehouse": ("{brand}供应链（四川）有限公司", "{brand}冷链云仓{district}分仓"),
    "catering": ("{brand}火锅（{district}店）", "{brand}川菜馆", "{brand}早餐铺子"),
    "hotel": ("{brand}假日酒店（成都{district}）", "{brand}山居民宿"),
    "care": ("成都{brand}颐养院", "{brand}家政服务（成都）有限公司"),
    "childcare": ("{district}{brand}幼儿园", "{brand}少儿艺术中心（{district}校区）"),
    "finance": ("{brand}财务咨询（成都）有限公司", "四川{brand}商贸股份有限公司"),
    "lab": ("四川{brand}检测技术有限公司", "{brand}水务{district}污水处理厂"),
    "construction": ("四川{brand}建工集团{district}项目部", "{brand}建筑劳务（成都）有限公司"),
    "livestream": ("{brand}网络传媒（成都）有限公司", "{brand}直播基地"),
    "sales": ("{brand}汽车销售服务（成都）有限公司", "{brand}保险代理（四川）有限公司"),
    "retail": ("{brand}烘焙工坊（{district}店）", "{brand}百货{district}店"),
    "office": ("四川{brand}企业管理集团", "{brand}科技（成都）有限公司总部"),
    "beauty": ("{brand}美甲工作室", "{brand}养生会所（{district}店）"),
    "property": ("{brand}物业服务（成都）有限公司{district}分公司", "{brand}园林绿化工程有限公司"),
    "it": ("{brand}软件（成都）有限公司", "{brand}智能安防工程有限公司"),
}
SCHOOLS: tuple[str, ...] = (
    "成都职业技术学院", "四川交通职业技术学院", "四川城市职业学院", "成都工业学院",
    "四川商务职业学院", "成都市技师学院", "西华大学", "成都纺织高等专科学校",
)  # fmt: skip
SURNAMES = "何/罗/邓/蒋/谢/唐/冯/曾/彭/廖/任/袁/钟/汪/雷/向/杜/文/母/付"
GIVEN_NAMES = "思雨/俊熙/小燕/红梅/德全/永福/佳琪/子豪/雪莲/建军/春燕/明轩/一诺/桂英/天佑/晓琳"
PERKS: tuple[str, ...] = (
    "购买社保",
    "月休四天",
    "包工作餐",
    "节日有礼品",
    "带薪年假",
    "季度团建",
    "提成另算",
)
# What a post says a workplace offers, and how a person says they need it.
ACCESS: dict[str, tuple[str, str]] = {
    "wheelchair_access": ("办公区有无障碍坡道和电梯", "我出行靠轮椅"),
    "seated_work": ("岗位以坐姿作业为主", "腿脚不方便，站不久"),
    "no_heavy_lifting": ("不涉及重物搬运", "腰椎做过手术，不能搬重物"),
    "flexible_hours": ("上下班时间可以灵活调", "要接送孩子，时间得灵活"),
    "remote_possible": ("部分时间可在家办公", "希望能在家办公"),
    "sign_language": ("同事可用文字或手语交流", "听力不好，平时用文字沟通"),
    "screen_reader": ("电脑装有读屏软件", "视力障碍，电脑靠读屏软件"),
}
QUALIFIERS: tuple[str, ...] = ("长白班", "两班倒", "熟手", "可带新人", "社招", "急招")
