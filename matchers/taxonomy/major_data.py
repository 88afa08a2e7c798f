"""Majors grouped by discipline after 普通高等学校本科专业目录 and 职业教育专业目录 (高职 and
中职): each group is one 专业类 with the vocational majors that feed into it.

Each row: code, 专业类 name, majors (space separated), occupation codes from
`data_occupations.py` that graduates of the group typically do. A major belongs to one group
(its primary one); a major marked "+" is also listed where another catalogue files it
(制药工程 is 化工与制药类 in the undergraduate catalogue, a pharmacy major at a job fair).
"""

from __future__ import annotations

MAJOR_GROUP_ROWS: tuple[tuple[str, str, str, str], ...] = (
    # 艺术 Arts
    (
        "design",
        "设计学类",
        "艺术设计学 视觉传达设计 环境设计 产品设计 服装与服饰设计 公共艺术 数字媒体艺术"
        " 艺术与科技 陶瓷艺术设计 新媒体艺术 包装设计 室内设计 景观设计 视觉设计 广告设计"
        " 平面设计 环境艺术设计 室内艺术设计 广告艺术设计 视觉传播设计与制作 数字媒体艺术设计"
        " 产品艺术设计 展示艺术设计 公共艺术设计 包装艺术设计 家具艺术设计 游戏艺术设计"
        " 动漫设计 书画艺术 广告设计与制作 计算机平面设计 人物形象设计 服装陈列与展示设计"
        " +工艺美术 +工艺美术品设计 +建筑室内设计 +包装策划与设计",
        "graphic_designer interior_designer landscape_designer packaging_designer"
        " product_designer ui_designer fashion_designer draftsman",
    ),
    (
        "fine_arts",
        "美术学类",
        "美术学 绘画 雕塑 摄影 书法学 中国画 实验艺术 跨媒体艺术 文物保护与修复 漫画 美术 美术教育",
        "graphic_designer teacher artisan carver pyrography_artist photographer paper_cutter",
    ),
    (
        "craft",
        "民族文化艺术类",
        "民族传统技艺 民族美术 民族服装与饰品 非物质文化遗产保护 工艺美术 工艺美术品设计"
        " 雕刻艺术设计 刺绣设计与工艺 传统手工艺 民间传统工艺 陶瓷设计与工艺 玉器设计与工艺"
        " 手工艺",
        "artisan pyrography_artist carver paper_cutter embroiderer woodblock_printer"
        " graphic_designer",
    ),
    (
        "music_dance",
        "音乐与舞蹈学类",
        "音乐学 音乐表演 舞蹈学 舞蹈表演 舞蹈编导 音乐教育 舞蹈教育 作曲与作曲技术理论"
        " 流行音乐 现代流行音乐 流行舞蹈 钢琴调律",
        "teacher trainer host preschool_teacher early_educator",
    ),
    (
        "drama_film",
        "戏剧与影视学类",
        "广播电视编导 播音与主持艺术 戏剧影视文学 影视摄影与制作 影视技术 戏剧影视导演"
        " 录音艺术 动画 表演 播音与主持 影视编导 影视多媒体技术 影视动画 摄影摄像技术"
        " 录音技术与艺术 广播影视节目制作 网络直播与运营 影视制片管理 数字影像技术",
        "video_producer photographer host streamer copywriter new_media_operator",
    ),
    # 文学 Letters
    (
        "journalism",
        "新闻传播学类",
        "新闻学 广播电视学 广告学 传播学 编辑出版学 网络与新媒体 数字出版 时尚传播"
        " 国际新闻与传播 会展 新闻采编与制作 全媒体新闻采编与制作 网络新闻与传播 出版商务"
        " 融媒体技术与运营 全媒体广告策划与营销 媒体营销 广告策划与营销 传播与策划"
        " 出版策划与编辑",
        "copywriter new_media_operator video_producer host marketing_specialist event_planner"
        " photographer",
    ),
    (
        "chinese",
        "中国语言文学类",
        "汉语言文学 汉语言 汉语国际教育 国际中文教育 中国少数民族语言文学 古典文献学"
        " 应用语言学 秘书学 中国语言与文化 手语翻译 汉语 文秘 现代文秘 文秘速录 +语文教育",
        "copywriter secretary clerk teacher new_media_operator host administrator",
    ),
    (
        "foreign_languages",
        "外国语言文学类",
        "英语 翻译 商务英语 日语 朝鲜语 韩语 俄语 德语 法语 西班牙语 阿拉伯语 应用英语"
        " 旅游英语 应用日语 商务日语 应用韩语 应用俄语 +英语教育",
        "translator teacher trainer ecommerce_operator sales_rep clerk tour_guide",
    ),
    # 教育学 Education
    (
        "education",
        "教育学类",
        "教育学 小学教育 教育技术学 特殊教育 科学教育 人文教育 艺术教育 华文教育 教育康复学"
        " 语文教育 数学教育 英语教育 物理教育 化学教育 历史教育 地理教育 思想政治教育"
        " 心理健康教育 现代教育技术 +学前教育 +早期教育 +音乐教育 +美术教育 +体育教育",
        "teacher trainer academic_affairs early_educator",
    ),
    (
        "preschool",
        "学前教育类",
        "学前教育 早期教育 婴幼儿托育服务与管理 幼儿保育 婴幼儿托育 幼儿发展与健康管理",
        "preschool_teacher early_educator nursery_nurse infant_carer teacher",
    ),
    (
        "sports",
        "体育学类",
        "体育教育 运动训练 社会体育指导与管理 运动康复 休闲体育 武术与民族传统体育"
        " 运动人体科学 体能训练 社会体育 健身指导与管理 体育运营与管理 运动防护 体育保健与康复",
        "trainer teacher rehab_therapist",
    ),
    # 法学、社会、管理 Law, society, public administration
    (
        "psychology",
        "心理学类",
        "心理学 应用心理学 心理咨询",
        "social_worker teacher hr_specialist",
    ),
    (
        "social_work",
        "社会学类",
        "社会学 社会工作 人类学 家政学 社区管理与服务 青少年工作与管理 党务工作 民政服务与管理"
        " 老年学",
        "social_worker elder_caregiver administrator clerk domestic_worker",
    ),
    (
        "elderly_care",
        "养老与家政服务类",
        "智慧健康养老服务与管理 老年服务与管理 老年保健与管理 现代家政服务与管理"
        " 家政服务与管理 家政服务 老年人服务与管理 养老服务",
        "elder_caregiver escort_caregiver domestic_worker infant_carer social_worker nutritionist",
    ),
    (
        "public_admin",
        "公共管理类",
        "行政管理 公共事业管理 劳动与社会保障 土地资源管理 城市管理 公共关系学 海关管理"
        " 交通管理 健康服务与管理 公共安全管理",
        "administrator clerk secretary hr_specialist social_worker archivist",
    ),
    (
        "library_archives",
        "图书情报与档案管理类",
        "图书馆学 档案学 信息资源管理 档案管理 图书档案管理",
        "archivist clerk data_entry_clerk administrator",
    ),
    (
        "law",
        "法学类",
        "法学 知识产权 监狱学 社区矫正 法律事务 法律文秘 司法助理 检察事务 政治学与行政学",
        "clerk administrator secretary social_worker",
    ),
    # 经济、管理 Economics and business
    (
        "business_admin",
        "工商管理类",
        "工商管理 市场营销 人力资源管理 文化产业管理 劳动关系 体育经济与管理 零售业管理"
        " 工商企业管理 连锁经营与管理 中小企业创业与经营 商务管理 营销与策划 品牌与营销"
        " +物业管理",
        "sales_rep marketing_specialist event_planner store_manager purchaser administrator"
        " hr_specialist shop_assistant",
    ),
    (
        "accounting",
        "财务会计类",
        "会计学 财务管理 审计学 资产评估 大数据与会计 大数据与财务管理 大数据与审计"
        " 会计信息管理 会计 会计电算化 会计事务 财务会计 会计与审计 审计 财务信息管理"
        " +统计与会计核算",
        "accountant cashier auditor statistician clerk bank_teller",
    ),
    (
        "finance",
        "金融学类",
        "金融学 金融工程 保险学 投资学 金融数学 信用管理 经济与金融 金融科技 精算学"
        " 金融服务与管理 财富管理 保险实务 金融科技应用 证券实务 互联网金融 国际金融 农村金融"
        " 金融事务",
        "bank_teller loan_officer sales_rep accountant cashier data_analyst",
    ),
    (
        "fiscal",
        "财政学类",
        "财政学 税收学 财税大数据应用 税务 财政税务 资产评估与管理 政府采购管理",
        "accountant auditor clerk",
    ),
    (
        "economics",
        "经济学类",
        "经济学 经济统计学 国民经济管理 资源与环境经济学 商务经济学 能源经济 劳动经济学"
        " 数字经济 农林经济管理 农业经济管理",
        "statistician data_analyst loan_officer accountant clerk sales_rep",
    ),
    (
        "trade",
        "经济与贸易类",
        "国际经济与贸易 贸易经济 国际商务 关务与外贸服务 国际贸易 国际贸易实务 报关与国际货运"
        " +跨境电子商务 +商务英语",
        "sales_rep purchaser dispatcher clerk ecommerce_operator translator",
    ),
    (
        "statistics",
        "统计学类",
        "统计学 应用统计学 统计与大数据分析 统计与会计核算 +经济统计学",
        "statistician data_analyst accountant",
    ),
    (
        "ecommerce",
        "电子商务类",
        "电子商务 电子商务及法律 跨境电子商务 移动商务 网络营销与直播电商 农村电子商务"
        " 商务数据分析与应用 直播电商服务 网络营销",
        "ecommerce_operator streamer new_media_operator customer_service_rep graphic_designer"
        " marketing_specialist",
    ),
    (
        "logistics",
        "物流管理与工程类",
        "物流管理 物流工程 采购管理 供应链管理 现代物流管理 物流工程技术 冷链物流技术与管理"
        " 采购与供应管理 智能物流技术 供应链运营 物流服务与管理 港口物流管理 航空物流管理"
        " 工程物流管理 快递运营管理 邮政管理",
        "warehouse_keeper dispatcher forklift_driver sorter courier purchaser loader",
    ),
    (
        "management_science",
        "管理科学与工程类",
        "管理科学 信息管理与信息系统 大数据管理与应用 保密管理 计算金融 +工程管理 +工程造价"
        " +工程审计 +房地产开发与管理 +邮政管理 +应急管理",
        "data_analyst software_developer implementation_engineer administrator statistician",
    ),
    (
        "transportation",
        "交通运输类",
        "交通运输 交通工程 交通设备与控制工程 道路运输管理 道路运输与路政管理"
        " 城市轨道交通运营管理 智能交通技术 交通运营管理 公路运输与管理",
        "dispatcher driver bus_driver truck_driver",
    ),
    (
        "automotive",
        "汽车类",
        "汽车检测与维修技术 新能源汽车技术 新能源汽车检测与维修技术 汽车制造与试验技术"
        " 汽车电子技术 汽车技术服务与营销 汽车车身维修技术 汽车改装技术 智能网联汽车技术"
        " 汽车运用与维修 汽车美容与装潢 汽车整车与配件营销 汽车钣金与涂装 汽车维修"
        " 新能源汽车运用与维修 +车辆工程 +汽车服务工程 +新能源汽车工程",
        "auto_mechanic auto_body_worker car_detailer service_advisor mechanic sales_rep",
    ),
    (
        "tourism",
        "旅游管理类",
        "旅游管理 酒店管理 会展经济与管理 旅游管理与服务教育 酒店管理与数字化运营 导游"
        " 旅行社经营与管理 定制旅行管理与服务 研学旅行管理与服务 景区开发与管理 民宿管理与运营"
        " 会展策划与管理 高星级饭店运营与管理 酒店服务与管理 旅游服务与管理 智慧景区开发与管理"
        " 休闲服务与管理",
        "receptionist room_attendant tour_guide waiter event_planner store_manager",
    ),
    (
        "culinary",
        "餐饮类",
        "烹饪工艺与营养 餐饮智能管理 中西面点工艺 西式烹饪工艺 营养配餐 中餐烹饪 西餐烹饪"
        " 中西面点 烹饪与营养教育 餐饮管理 烹饪 中式烹饪 烹饪工艺",
        "cook pastry_cook kitchen_helper waiter barista nutritionist",
    ),
    (
        "property",
        "房地产类",
        "物业管理 现代物业管理 房地产开发与管理 房地产经营与管理 房地产智能检测与估价 物业服务",
        "property_manager security_guard cleaner fire_control_operator sales_rep",
    ),
    # 工学 Engineering
    (
        "mechanical",
        "机械类",
        "机械工程 机械设计制造及其自动化 材料成型及控制工程 机械电子工程 工业设计"
        " 过程装备与控制工程 车辆工程 汽车服务工程 智能制造工程 增材制造工程 新能源汽车工程"
        " 微机电系统工程 机械设计与制造 机械制造及自动化 机械制造与自动化 数控技术"
        " 模具设计与制造 材料成型及控制技术 智能焊接技术 焊接技术与自动化 工业工程技术"
        " 增材制造技术 数字化设计与制造技术 精密机械技术 特种加工技术 智能制造装备技术"
        " 机械制造技术 数控技术应用 模具制造技术 焊接技术应用 机械加工技术",
        "mechanical_engineer process_engineer cnc_operator welder fitter die_maker draftsman"
        " inspector mechanic sheet_metal_worker product_designer",
    ),
    (
        "electrical_automation",
        "电气与自动化类",
        "电气工程及其自动化 智能电网信息工程 光源与照明 电气工程与智能控制 电机电器智能化"
        " 自动化 轨道交通信号与控制 机器人工程 智能装备与系统 工业智能 机电一体化技术"
        " 机电一体化 电气自动化技术 电气自动化 工业机器人技术 智能控制技术 工业过程自动化技术"
        " 液压与气动技术 机电设备技术 机电设备维修与管理 机电设备维修 智能机电技术"
        " 电梯工程技术 制冷与空调技术 供用电技术 发电厂及电力系统 电力系统自动化技术"
        " 建筑电气工程技术 机电技术应用 电气运行与控制 电机电器安装与维修 电气设备运行与控制",
        "electrician mechanic electrical_engineer instrument_technician hvac_technician"
        " elevator_technician mechanical_engineer",
    ),
    (
        "electronics",
        "电子信息类",
        "电子信息工程 电子科学与技术 通信工程 微电子科学与工程 光电信息科学与工程 信息工程"
        " 集成电路设计与集成系统 电子信息科学与技术 电磁场与无线技术 应用电子技术"
        " 电子信息工程技术 物联网应用技术 智能产品开发与应用 现代通信技术 通信技术"
        " 电子产品制造技术 微电子技术 光电显示技术 电子电器应用与维修 电子技术应用",
        "electronics_engineer software_developer it_operations electrician inspector assembler",
    ),
    (
        "computer",
        "计算机类",
        "计算机科学与技术 软件工程 网络工程 信息安全 物联网工程 数字媒体技术 智能科学与技术"
        " 数据科学与大数据技术 网络空间安全 人工智能 电子与计算机工程 计算机应用技术"
        " 计算机网络技术 软件技术 软件与信息服务 大数据技术 云计算技术应用 信息安全技术应用"
        " 虚拟现实技术应用 人工智能技术应用 嵌入式技术应用 工业互联网技术 区块链技术应用"
        " 移动应用开发 动漫制作技术 计算机信息管理 计算机应用 数字媒体技术应用"
        " 大数据技术与应用 云计算技术与应用 +信息管理与信息系统 +计算机平面设计",
        "software_developer software_tester it_operations implementation_engineer data_analyst"
        " data_annotator data_entry_clerk ui_designer",
    ),
    (
        "civil",
        "土木类",
        "土木工程 建筑环境与能源应用工程 给排水科学与工程 建筑电气与智能化 城市地下空间工程"
        " 道路桥梁与渡河工程 铁道工程 智能建造 建筑工程技术 装配式建筑工程技术"
        " 地下与隧道工程技术 土木工程检测技术 建筑钢结构工程技术 建筑工程施工 市政工程技术"
        " 给排水工程技术 建筑设备工程技术 道路与桥梁工程技术 道路桥梁工程技术 智能建造技术"
        " 建筑智能化工程技术 供热通风与空调工程技术",
        "site_engineer surveyor site_supervisor safety_officer cost_estimator document_clerk"
        " material_clerk architect building_worker",
    ),
    (
        "construction_management",
        "建设工程管理类",
        "工程管理 工程造价 建设工程管理 建设工程监理 建筑经济信息化管理 建筑经济管理 工程审计"
        " 建筑工程管理",
        "cost_estimator site_engineer site_supervisor document_clerk material_clerk safety_officer",
    ),
    (
        "architecture",
        "建筑类",
        "建筑学 城乡规划 风景园林 历史建筑保护工程 人居环境科学与技术 城市设计 智慧建筑与建造"
        " 建筑设计 建筑装饰工程技术 古建筑工程技术 建筑室内设计 风景园林设计 园林景观工程技术"
        " 建筑动画技术 建筑装饰 室内设计技术 +景观设计 +室内设计",
        "architect interior_designer landscape_designer site_engineer draftsman",
    ),
    (
        "surveying",
        "测绘类",
        "测绘工程 遥感科学与技术 导航工程 地理国情监测 地理空间信息工程 工程测量技术"
        " 测绘地理信息技术 摄影测量与遥感技术 工程测量 地籍测绘与土地管理 无人机测绘技术"
        " +地理信息科学",
        "surveyor draftsman site_engineer",
    ),
    (
        "water",
        "水利类",
        "水利水电工程 水文与水资源工程 港口航道与海岸工程 水务工程 水利科学与工程 水利工程"
        " 水利水电建筑工程 水文与水资源技术 水利水电工程技术",
        "site_engineer surveyor site_supervisor environmental_technician",
    ),
    (
        "safety",
        "安全科学与工程类",
        "安全工程 应急技术与管理 职业卫生工程 安全技术与管理 化工安全技术 消防工程"
        " 消防工程技术 应急管理 安全防范技术 消防救援技术 工程安全评价与监理",
        "safety_officer fire_control_operator security_guard environmental_technician",
    ),
    (
        "environment",
        "环境科学与工程类",
        "环境科学与工程 环境工程 环境科学 环境生态工程 资源环境科学 水质科学与技术"
        " 环境监测技术 环境工程技术 环境管理与评价 污染修复与生态工程技术",
        "environmental_technician lab_analyst safety_officer",
    ),
    (
        "energy",
        "能源动力类",
        "能源与动力工程 新能源科学与工程 储能科学与工程 能源与环境系统工程 热能动力工程技术"
        " 光伏工程技术 风力发电工程技术 电厂热能动力装置 氢能技术应用 城市热能应用技术",
        "electrician boiler_operator mechanic electrical_engineer",
    ),
    (
        "materials",
        "材料类",
        "材料科学与工程 材料物理 材料化学 冶金工程 金属材料工程 无机非金属材料工程"
        " 高分子材料与工程 复合材料与工程 新能源材料与器件 功能材料 建筑材料工程技术"
        " 新型建筑材料技术 材料工程技术 高分子材料智能制造技术 建筑材料检测技术"
        " 金属材料检测技术 有色金属冶金技术 黑色冶金技术",
        "process_engineer lab_analyst inspector operator rnd_specialist quality_manager",
    ),
    (
        "chemical",
        "化工与制药类",
        "化学工程与工艺 能源化学工程 化学工程与工业生物工程 精细化工 资源循环科学与工程"
        " 应用化工技术 石油化工技术 精细化工技术 化工智能制造技术 工业分析技术 化工装备技术"
        " 化学工艺 工业分析与检验 化工自动化技术 煤化工技术 +制药工程",
        "chemical_operator process_engineer lab_analyst quality_manager inspector"
        " environmental_technician",
    ),
    (
        "textile",
        "纺织类",
        "纺织工程 服装设计与工程 非织造材料与工程 丝绸设计与工程 现代纺织技术 纺织品设计"
        " 服装设计与工艺 服装工程技术 纺织机电技术 针织技术与针织服装 纺织品检验与贸易"
        " 染整技术 纺织技术及营销 服装制作与生产管理 纺织技术",
        "textile_worker sewer process_engineer inspector fashion_designer mechanic",
    ),
    (
        "light_industry",
        "轻工类",
        "轻化工程 包装工程 印刷工程 香料香精技术与工程 化妆品技术与工程 数字印刷技术"
        " 印刷媒体技术 包装策划与设计 包装工程技术 印刷数字图文技术 印刷技术 家具设计与制造"
        " 陶瓷制造技术与工艺",
        "packaging_designer process_engineer operator inspector graphic_designer packer",
    ),
    (
        "food",
        "食品科学与工程类",
        "食品科学与工程 食品质量与安全 粮食工程 乳品工程 酿酒工程 葡萄与葡萄酒工程"
        " 食品营养与检验教育 食品安全与检测 食品营养与健康 食用菌科学与工程 白酒酿造工程"
        " 食品智能加工技术 食品检验检测技术 食品贮运与营销 食品加工技术 酿酒技术"
        " 粮油储藏与检测技术 食品营养与检测 食品加工工艺 食品安全与检测技术 食品生物技术"
        " 农产品加工与质量检测 粮食储运与质量安全 +烹饪与营养教育",
        "quality_manager inspector lab_analyst food_processor rnd_specialist nutritionist",
    ),
    (
        "agri_engineering",
        "农业工程类",
        "农业工程 农业机械化及其自动化 农业电气化 农业建筑环境与能源工程 农业水利工程"
        " 土地整治工程 现代农业装备应用技术 农业机械应用技术 农机设备应用与维修",
        "mechanic agronomist electrician",
    ),
    # 理学 Sciences
    (
        "math",
        "数学类",
        "数学与应用数学 信息与计算科学 数理基础科学 数据计算及应用",
        "teacher data_analyst statistician software_developer",
    ),
    (
        "physics",
        "物理学类",
        "物理学 应用物理学 核物理 声学",
        "teacher lab_analyst electronics_engineer",
    ),
    (
        "chemistry",
        "化学类",
        "化学 应用化学 化学生物学 分子科学与工程 能源化学 分析化学 化学测量学与技术",
        "lab_analyst rnd_specialist quality_manager teacher",
    ),
    (
        "biology",
        "生物科学类",
        "生物科学 生物技术 生物信息学 生态学 生物工程 生物制药 合成生物学 微生物学"
        " 生物产品检验检疫",
        "lab_analyst rnd_specialist quality_manager inspector",
    ),
    (
        "geography",
        "地理科学类",
        "地理科学 自然地理与资源环境 人文地理与城乡规划 地理信息科学",
        "teacher surveyor draftsman",
    ),
    # 医学 Medicine
    (
        "pharmacy",
        "药学类",
        "药学 药物制剂 临床药学 药事管理 药物分析 药物化学 海洋药学 化妆品科学与技术 药剂"
        " 药品经营与管理 药品服务与管理 药品生产技术 生物制药技术 药物制剂技术 化学制药技术"
        " 药物分析技术 药品质量与安全 制药设备应用技术 药品质量管理 制药工程",
        "pharmacist pharma_worker quality_manager lab_analyst process_engineer inspector sales_rep",
    ),
    (
        "chinese_pharmacy",
        "中药学类",
        "中药学 中药资源与开发 中草药栽培与鉴定 中药制药 中药材生产与加工 中药制药技术 中药"
        " 中药调剂 中药鉴定 中草药栽培技术",
        "pharmacist pharma_worker lab_analyst quality_manager grower",
    ),
    (
        "clinical",
        "临床医学类",
        "临床医学 麻醉学 医学影像学 眼视光医学 精神医学 放射医学 儿科学 基础医学 农村医学"
        " +中西医临床医学",
        "physician nurse medical_technician",
    ),
    (
        "dentistry",
        "口腔医学类",
        "口腔医学 口腔医学技术",
        "physician medical_technician nurse",
    ),
    (
        "public_health",
        "公共卫生与预防医学类",
        "预防医学 食品卫生与营养学 妇幼保健医学 卫生监督 全球健康学 公共卫生管理",
        "physician nutritionist lab_analyst medical_technician",
    ),
    (
        "nursing",
        "护理学类",
        "护理学 助产学 护理 助产 涉外护理 老年护理 母婴护理 中医护理",
        "nurse elder_caregiver escort_caregiver infant_carer",
    ),
    (
        "medical_technology",
        "医学技术类",
        "医学检验技术 医学影像技术 医学实验技术 眼视光学 眼视光技术 放射治疗技术 医学生物技术"
        " 卫生检验与检疫 卫生检验与检疫技术 智能医学工程",
        "medical_technician lab_analyst physician",
    ),
    (
        "rehabilitation",
        "康复治疗类",
        "康复治疗学 康复治疗技术 康复物理治疗 康复作业治疗 中医康复技术 中医康复保健"
        " 言语听觉康复技术 康复工程技术 听力与言语康复学 康复辅助器具技术 +针灸推拿 +运动康复"
        " +中医康复学",
        "rehab_therapist massage_therapist elder_caregiver nurse",
    ),
    (
        "tcm",
        "中医学类",
        "中医学 针灸推拿学 中医养生学 中医康复学 中西医临床医学 针灸推拿 推拿 中医养生保健"
        " 中医骨伤 中医 +中医康复保健",
        "physician rehab_therapist massage_therapist",
    ),
    (
        "health_management",
        "健康管理与促进类",
        "健康管理 医学营养 公共营养 +心理咨询 +婴幼儿托育服务与管理 +老年保健与管理"
        " +健康服务与管理",
        "nutritionist elder_caregiver social_worker",
    ),
    # 农学 Agriculture
    (
        "animal",
        "畜牧兽医类",
        "动物医学 动物药学 动植物检疫 实验动物学 中兽医学 兽医公共卫生 动物科学 蚕学 蜂学"
        " 经济动物学 马业科学 饲料工程 智慧牧业科学与工程 畜牧兽医 动物防疫与检疫"
        " 动物医学检验技术 宠物医疗技术 宠物养护与驯导 宠物养护与经营 畜禽智能化养殖"
        " 畜禽生产技术 特种动物养殖技术 饲草生产技术 动物营养与饲料 动物营养与饲料科学"
        " 蚕桑技术 畜牧工程技术 宠物临床诊疗技术 兽药制药技术 水产养殖技术 水产养殖学",
        "veterinarian animal_quarantine_officer husbandry_technician pet_groomer"
        " animal_nutritionist sales_rep lab_analyst",
    ),
    (
        "plant",
        "植物生产类",
        "农学 园艺 植物保护 植物科学与技术 种子科学与工程 设施农业科学与工程 茶学 烟草"
        " 应用生物科学 农艺教育 园艺教育 智慧农业 菌物科学与工程 种子生产与经营"
        " 作物生产与经营管理 现代农业技术 设施农业与装备 园艺技术 植物保护与检疫技术"
        " 茶叶生产与加工技术 食用菌生产与加工技术 绿色食品生产技术 农业生物技术 现代农艺技术"
        " 设施农业生产技术 果蔬花卉生产技术 休闲农业 休闲农业经营与管理",
        "agronomist grower gardener inspector",
    ),
    (
        "forestry",
        "林学类",
        "林学 园林 森林保护 经济林 智慧林业 园林技术 林业技术 花卉生产与花艺 园林工程技术"
        " 园林绿化 森林和草原资源保护",
        "gardener landscape_designer agronomist",
    ),
)

# Other catalogue names of a group (the 高职 or 中职 name of the same 专业类, or a short form).
GROUP_ALIASES: dict[str, str] = {
    "艺术设计类": "design",
    "设计类": "design",
    "设计学": "design",
    "美术类": "fine_arts",
    "工艺美术类": "craft",
    "广播影视类": "drama_film",
    "影视类": "drama_film",
    "新闻出版类": "journalism",
    "新闻传播类": "journalism",
    "中文类": "chinese",
    "文秘类": "chinese",
    "汉语言文学类": "chinese",
    "外语类": "foreign_languages",
    "教育类": "education",
    "师范类": "education",
    "托育类": "preschool",
    "体育类": "sports",
    "社会工作类": "social_work",
    "民政服务类": "elderly_care",
    "养老服务类": "elderly_care",
    "行政管理类": "public_admin",
    "会计类": "accounting",
    "财会类": "accounting",
    "财务类": "accounting",
    "金融类": "finance",
    "财政税务类": "fiscal",
    "经济类": "economics",
    "经济贸易类": "trade",
    "统计类": "statistics",
    "电商类": "ecommerce",
    "物流类": "logistics",
    "道路运输类": "transportation",
    "交通类": "transportation",
    "旅游类": "tourism",
    "酒店类": "tourism",
    "烹饪类": "culinary",
    "物业管理类": "property",
    "机械设计制造类": "mechanical",
    "机械制造类": "mechanical",
    "汽车制造类": "automotive",
    "电气类": "electrical_automation",
    "自动化类": "electrical_automation",
    "机电设备类": "electrical_automation",
    "电力技术类": "electrical_automation",
    "通信类": "electronics",
    "电子类": "electronics",
    "土建施工类": "civil",
    "市政工程类": "civil",
    "工程管理类": "construction_management",
    "建筑设计类": "architecture",
    "测绘地理信息类": "surveying",
    "水利工程与管理类": "water",
    "安全类": "safety",
    "环境保护类": "environment",
    "环境类": "environment",
    "热能与发电工程类": "energy",
    "新能源发电工程类": "energy",
    "建筑材料类": "materials",
    "化工技术类": "chemical",
    "化工类": "chemical",
    "生物工程类": "biology",
    "生物技术类": "biology",
    "食品类": "food",
    "纺织服装类": "textile",
    "服装类": "textile",
    "轻化工类": "light_industry",
    "包装类": "light_industry",
    "印刷类": "light_industry",
    "药品与医疗器械类": "pharmacy",
    "药品制造类": "pharmacy",
    "中医药类": "tcm",
    "中医类": "tcm",
    "护理类": "nursing",
    "康复类": "rehabilitation",
    "公共卫生与卫生管理类": "public_health",
    "畜牧业类": "animal",
    "动物医学类": "animal",
    "动物生产类": "animal",
    "畜牧类": "animal",
    "农业类": "plant",
    "农学类": "plant",
    "林业类": "forestry",
    "园林类": "forestry",
}

# Broad names that cover several groups: 专业大类 of the vocational catalogue, the 本科
# 工商管理类 (which also holds accounting), and the field words job posts use ("计算机相关专业").
BROAD_NAMES: dict[str, tuple[str, ...]] = {
    "工商管理类": ("business_admin", "accounting", "property"),
    "财经商贸大类": (
        "accounting",
        "finance",
        "fiscal",
        "economics",
        "trade",
        "statistics",
        "business_admin",
        "ecommerce",
        "logistics",
    ),
    "财经类": ("accounting", "finance", "fiscal", "economics", "trade", "statistics"),
    "经管类": ("business_admin", "accounting", "finance", "economics", "trade", "statistics"),
    "经济管理类": ("business_admin", "accounting", "finance", "economics", "trade", "statistics"),
    "电子与信息大类": ("computer", "electronics"),
    "电子信息大类": ("computer", "electronics"),
    "信息技术类": ("computer", "electronics"),
    "装备制造大类": ("mechanical", "electrical_automation"),
    "机电类": ("mechanical", "electrical_automation"),
    "医药卫生大类": (
        "clinical",
        "dentistry",
        "public_health",
        "nursing",
        "medical_technology",
        "rehabilitation",
        "tcm",
        "health_management",
        "pharmacy",
        "chinese_pharmacy",
    ),
    "医学类": (
        "clinical",
        "dentistry",
        "public_health",
        "nursing",
        "medical_technology",
        "rehabilitation",
        "tcm",
    ),
    "医学": (
        "clinical",
        "dentistry",
        "public_health",
        "nursing",
        "medical_technology",
        "rehabilitation",
        "tcm",
    ),
    "医药类": ("pharmacy", "chinese_pharmacy"),
    "文化艺术大类": ("design", "fine_arts", "craft", "music_dance", "drama_film"),
    "艺术类": ("design", "fine_arts", "craft", "music_dance", "drama_film"),
    "教育与体育大类": ("education", "preschool", "sports"),
    "土木建筑大类": ("civil", "construction_management", "architecture", "surveying", "property"),
    "土建类": ("civil", "construction_management", "architecture"),
    "建筑工程类": ("civil", "construction_management", "architecture"),
    "交通运输大类": ("transportation", "automotive", "logistics"),
    "农林牧渔大类": ("plant", "forestry", "animal", "agri_engineering"),
    "涉农": ("plant", "forestry", "animal", "agri_engineering"),
    "食品药品与粮食大类": ("food", "pharmacy", "chinese_pharmacy"),
    "生物与化工大类": ("chemical", "biology"),
    "轻工纺织大类": ("textile", "light_industry"),
    "旅游大类": ("tourism", "culinary"),
    "新闻传播大类": ("journalism", "drama_film"),
    "传媒类": ("journalism", "drama_film"),
    "公共管理与服务大类": ("public_admin", "social_work", "elderly_care", "library_archives"),
    "能源动力与材料大类": ("energy", "materials"),
    "资源环境与安全大类": ("environment", "safety", "surveying"),
    # field words
    "计算机": ("computer",),
    "软件": ("computer",),
    "电子": ("electronics",),
    "通信": ("electronics",),
    "机械": ("mechanical",),
    "数控": ("mechanical",),
    "模具": ("mechanical",),
    "焊接": ("mechanical",),
    "机电": ("electrical_automation", "mechanical"),
    "电气": ("electrical_automation",),
    "汽车": ("automotive",),
    "汽修": ("automotive",),
    "财务": ("accounting",),
    "财会": ("accounting",),
    "金融": ("finance",),
    "经济": ("economics",),
    "贸易": ("trade",),
    "外贸": ("trade",),
    "电商": ("ecommerce",),
    "物流": ("logistics",),
    "营销": ("business_admin",),
    "中文": ("chinese",),
    "新闻": ("journalism",),
    "广告": ("journalism", "design"),
    "外语": ("foreign_languages",),
    "师范": ("education",),
    "教育": ("education",),
    "幼教": ("preschool",),
    "学前": ("preschool",),
    "体育": ("sports",),
    "音乐": ("music_dance",),
    "舞蹈": ("music_dance",),
    "设计": ("design",),
    "土木": ("civil",),
    "建筑": ("civil", "architecture", "construction_management"),
    "造价": ("construction_management",),
    "测绘": ("surveying",),
    "水利": ("water",),
    "化工": ("chemical",),
    "生物": ("biology",),
    "食品": ("food",),
    "旅游": ("tourism",),
    "酒店": ("tourism",),
    "临床": ("clinical",),
    "医护": ("clinical", "nursing"),
    "制药": ("pharmacy",),
    "康复": ("rehabilitation",),
    "兽医": ("animal",),
    "畜牧": ("animal",),
    "动物": ("animal",),
    "农业": ("plant",),
    "纺织": ("textile",),
    "服装": ("textile",),
    "印刷": ("light_industry",),
    "环保": ("environment",),
    "安全": ("safety",),
    "法律": ("law",),
    "文科": ("chinese", "journalism", "foreign_languages", "law"),
}

# Majors renamed by the 2021 vocational catalogue: the old name is the same major.
MAJOR_RENAMES: dict[str, str] = {
    "机电一体化": "机电一体化技术",
    "电气自动化": "电气自动化技术",
    "机械制造与自动化": "机械制造及自动化",
    "会计电算化": "大数据与会计",
    "会计": "大数据与会计",
    "审计": "大数据与审计",
    "计算机应用": "计算机应用技术",
    "广告设计与制作": "广告艺术设计",
    "酒店管理": "酒店管理与数字化运营",
    "食品加工技术": "食品智能加工技术",
    "老年服务与管理": "智慧健康养老服务与管理",
    "家政服务与管理": "现代家政服务与管理",
    "焊接技术与自动化": "智能焊接技术",
    "机电设备维修与管理": "机电设备技术",
    "机电设备维修": "机电设备技术",
    "室内设计技术": "建筑室内设计",
    "汽车运用与维修技术": "汽车检测与维修技术",
    "云计算技术与应用": "云计算技术应用",
    "大数据技术与应用": "大数据技术",
}
