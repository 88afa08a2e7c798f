"""Occupations seen at a Shandong prefecture city's job fairs, grouped after the small
categories of 中华人民共和国职业分类大典 (merged where a job fair would not tell them apart).

Each row: code, Chinese name, group code, title keywords (space separated; ASCII lowercase).
A keyword belongs to one occupation only. Generic head nouns (专员, 助理, 技术员, 工程师 …)
are not keywords: `occupations.py` strips them to find the word before them.
"""

from __future__ import annotations

GROUPS: dict[str, str] = {
    "production": "生产操作",
    "machining": "机械加工",
    "maintenance": "设备维修与电工",
    "engineering": "工程技术与研发",
    "quality": "质量检验",
    "construction": "建筑施工",
    "driving": "驾驶运输",
    "logistics": "物流仓储",
    "sales": "销售零售",
    "marketing": "市场策划",
    "ecommerce": "电商直播",
    "customer_service": "客户服务",
    "catering": "餐饮烹饪",
    "hospitality": "住宿旅游",
    "property": "物业保安保洁",
    "care": "养老护理与家政",
    "childcare": "学前教育与托育",
    "education": "教育培训",
    "healthcare": "医疗卫生",
    "veterinary": "畜牧兽医",
    "agriculture": "农林园艺",
    "finance": "财务金融",
    "office": "行政文秘人事",
    "it": "信息技术",
    "design": "设计",
    "media": "文化传媒",
    "handicraft": "工艺美术与非遗",
    "auto_service": "汽车服务",
    "beauty": "美容美发",
    "social_work": "社会工作",
}

OCCUPATION_ROWS: tuple[tuple[str, str, str, str], ...] = (
    # production 生产操作
    (
        "operator",
        "操作员",
        "production",
        "操作员 操作工 普工 生产工人 生产员 生产线工人 生产线 流水线工人 流水线 车间工人 杂工"
        " 辅工 生产操作 机台操作 机台 注塑工 注塑 吹塑工 挤出工 smt操作员 学徒工 厂工 力工",
    ),
    (
        "assembler",
        "装配工",
        "production",
        "装配工 组装工 总装工 装配 组装 电子装配 插件工 焊锡工 接线工 装配员 组装员",
    ),
    (
        "packer",
        "包装工",
        "production",
        "包装工 包装员 打包员 打包工 包装 贴标工 装箱工 挑拣工 分装工 封箱工",
    ),
    (
        "line_leader",
        "生产班组长",
        "production",
        "班组长 生产领班 生产班长 拉长 线长 生产主管 车间主任 车间主管 生产经理 生产管理"
        " 生产组长 生产调度 车间管理",
    ),
    (
        "textile_worker",
        "纺织工",
        "production",
        "纺织工 挡车工 纺纱工 细纱工 粗纱工 络筒工 织布工 整经工 并条工 梳棉工 纺纱 织布 纺织"
        " 落纱工 浆纱工 染整工",
    ),
    (
        "sewer",
        "缝纫工",
        "production",
        "缝纫工 车缝工 服装车工 缝纫 制衣工 服装加工 平车工 锁边工 熨烫工 裁剪工 缝纫机工 服装厂",
    ),
    (
        "food_processor",
        "食品加工工",
        "production",
        "食品加工 食品生产 屠宰工 分割工 卤制工 速冻 酱卤 肉制品加工 熟食加工 食品操作工 糕点加工",
    ),
    (
        "pharma_worker",
        "药品生产工",
        "production",
        "制剂工 制药工 药品生产 压片工 制粒工 包衣工 中药提取 提取工 灌装工 中药炮制 胶囊工",
    ),
    (
        "chemical_operator",
        "化工操作工",
        "production",
        "化工操作工 化工操作员 化工操作 化工 dcs操作 dcs操作员 dcs 中控操作员 外操 内操"
        " 化工总控工 反应釜",
    ),
    # machining 机械加工
    (
        "cnc_operator",
        "数控机床操作工",
        "machining",
        "数控车工 数控 cnc 车床 机床 车工 铣工 磨工 镗工 加工中心 机床操作 数控操作工 机加工"
        " 机械加工",
    ),
    (
        "welder",
        "焊工",
        "machining",
        "焊工 电焊工 氩弧焊工 二保焊工 焊接工 电焊 焊接 气保焊 氩弧焊 二保焊",
    ),
    (
        "fitter",
        "钳工",
        "machining",
        "钳工 装配钳工 划线工",
    ),
    (
        "die_maker",
        "模具工",
        "machining",
        "模具工 模具钳工 模具 模具师傅",
    ),
    (
        "sheet_metal_worker",
        "钣金冲压工",
        "machining",
        "钣金工 钣金 冲压工 冲床工 折弯工 剪板工 冲压 激光切割",
    ),
    (
        "painter",
        "喷涂工",
        "machining",
        "喷涂工 喷漆工 喷塑工 喷涂 喷漆 涂装工 打磨工 抛光工 涂装",
    ),
    (
        "founder",
        "铸锻工",
        "machining",
        "铸造工 铸造 浇注工 锻造工 锻工 热处理工 造型工 压铸工",
    ),
    # maintenance 设备维修与电工
    (
        "electrician",
        "电工",
        "maintenance",
        "电工 维修电工 值班电工 高压电工 低压电工 配电工 电气维修 电工维修 水电工 电仪工 配电"
        " 电气维修工 电力运维",
    ),
    (
        "mechanic",
        "机修工",
        "maintenance",
        "机修工 机修 维修工 设备维修 设备维修工 设备维护 保全工 机修钳工 检修工 设备检修"
        " 机电维修 设备保全 维修技工 维修师傅 设备管理 设备 设备点检 点检员",
    ),
    (
        "instrument_technician",
        "仪表工",
        "maintenance",
        "仪表工 仪表维修 仪器仪表 仪表",
    ),
    (
        "hvac_technician",
        "制冷空调工",
        "maintenance",
        "制冷工 空调维修 空调安装 制冷维修 冷库维修 暖通 制冷 空调",
    ),
    (
        "elevator_technician",
        "电梯维修工",
        "maintenance",
        "电梯维修 电梯安装 电梯工 电梯",
    ),
    (
        "boiler_operator",
        "锅炉工",
        "maintenance",
        "锅炉工 司炉工 锅炉 司炉",
    ),
    # engineering 工程技术与研发
    (
        "mechanical_engineer",
        "机械工程师",
        "engineering",
        "机械工程师 机械设计 结构设计 结构工程师 机械设计师 机械设计员 机械技术员 非标设计"
        " 机械制图 机械",
    ),
    (
        "electrical_engineer",
        "电气自动化工程师",
        "engineering",
        "电气工程师 电气设计 自动化工程师 电气自动化 调试工程师 调试 设备调试 电气调试"
        " plc工程师 plc 电气技术员 自动化 电气",
    ),
    (
        "electronics_engineer",
        "电子工程师",
        "engineering",
        "电子工程师 硬件工程师 硬件 电子技术员 电路设计 电子",
    ),
    (
        "process_engineer",
        "工艺员",
        "engineering",
        "工艺员 工艺技术员 工艺工程师 生产技术员 工艺 化工工艺 制剂工艺",
    ),
    (
        "rnd_specialist",
        "研发员",
        "engineering",
        "研发 研发员 研发工程师 配方师 配方研发 产品研发 技术研发 配方",
    ),
    (
        "draftsman",
        "制图员",
        "engineering",
        "制图员 绘图员 cad制图 描图员 制图 绘图",
    ),
    (
        "environmental_technician",
        "环保员",
        "engineering",
        "环保 环保员 环保工程师 污水处理 水处理 环境监测 环评",
    ),
    # quality 质量检验
    (
        "inspector",
        "质检员",
        "quality",
        "质检员 质检 检验员 品检员 品检 巡检员 qc 质量检验 检查员 出厂检验 来料检验 iqc ipqc"
        " oqc 验货员 检验 全检员",
    ),
    (
        "lab_analyst",
        "化验员",
        "quality",
        "化验员 化验 检测员 分析员 实验员 检验检测 理化检验 微生物检验 检测 试验员 实验室 化验分析",
    ),
    (
        "quality_manager",
        "品控专员",
        "quality",
        "品控 品管 qa 质量管理 质量保证 质量 质量工程师 体系专员 体系工程师 食品安全管理员"
        " 食品安全 质量审计 供应商质量 sqe 质量体系",
    ),
    # construction 建筑施工
    (
        "site_engineer",
        "施工员",
        "construction",
        "施工员 施工 土建 土建工程师 施工管理 工长 市政 现场施工 施工技术员 土木工程师 路桥"
        " 房建 安装施工员 土木",
    ),
    (
        "cost_estimator",
        "造价员",
        "construction",
        "造价员 造价 工程造价 预算员 造价工程师 工程预算 算量 预算 预结算",
    ),
    (
        "document_clerk",
        "资料员",
        "construction",
        "资料员 工程资料 内业",
    ),
    (
        "safety_officer",
        "安全员",
        "construction",
        "安全员 安全管理员 安全工程师 安全管理 安环 安全 安全主任",
    ),
    (
        "surveyor",
        "测量员",
        "construction",
        "测量员 测量 测绘 放线员 测绘员 放线",
    ),
    (
        "site_supervisor",
        "监理员",
        "construction",
        "监理 监理员 监理工程师",
    ),
    (
        "building_worker",
        "建筑工人",
        "construction",
        "瓦工 木工 钢筋工 架子工 油漆工 泥瓦工 抹灰工 防水工 砌筑工 装修工 装修工人 建筑工人"
        " 混凝土工 腻子工 贴砖工 瓷砖工 装修师傅",
    ),
    (
        "machinery_operator",
        "工程机械司机",
        "construction",
        "工程机械司机 工程机械 挖掘机司机 挖机司机 挖掘机 挖机 铲车司机 铲车 装载机 塔吊司机"
        " 塔吊 吊车司机 吊车 起重工 起重机 行车工 天车工 压路机 泵车",
    ),
    (
        "architect",
        "建筑设计师",
        "construction",
        "建筑设计 建筑师 建筑设计师 建筑结构 给排水设计 暖通设计 bim",
    ),
    (
        "material_clerk",
        "材料员",
        "construction",
        "材料员",
    ),
    # driving 驾驶运输
    (
        "driver",
        "驾驶员",
        "driving",
        "司机 驾驶员 专职司机 小车司机 商务司机 行政司机 网约车司机 出租车司机 代驾 车队",
    ),
    (
        "truck_driver",
        "货车司机",
        "driving",
        "货车司机 货车 大车司机 重卡司机 重卡 半挂司机 半挂 罐车司机 罐车 挂车 货运司机 渣土车"
        " 厢式货车 冷藏车司机 冷藏车 押运员 危化品司机 危险品运输",
    ),
    (
        "bus_driver",
        "客车驾驶员",
        "driving",
        "公交驾驶员 公交司机 公交 客车司机 客车驾驶员 客车 大巴司机 大巴 班车司机 班车 通勤车"
        " 校车司机 校车 客运司机",
    ),
    # logistics 物流仓储
    (
        "warehouse_keeper",
        "仓库管理员",
        "logistics",
        "仓库管理员 仓管员 仓管 库管员 库管 保管员 仓库保管员 仓储管理 仓储 仓库 仓库文员"
        " 库房管理 物料员 物料管理 收发员 库房",
    ),
    (
        "forklift_driver",
        "叉车司机",
        "logistics",
        "叉车司机 叉车工 叉车",
    ),
    (
        "sorter",
        "分拣理货员",
        "logistics",
        "分拣员 分拣 拣货员 拣货 快件处理员 理货员 理货 配货员",
    ),
    (
        "loader",
        "装卸搬运工",
        "logistics",
        "装卸工 装卸 搬运工 搬运 装车工 卸车工 上货员",
    ),
    (
        "dispatcher",
        "物流调度员",
        "logistics",
        "物流调度员 物流调度 调度员 调度 物流专员 物流员 物流管理 物流 运输调度 车辆调度"
        " 物流文员 货代 单证员",
    ),
    (
        "courier",
        "快递配送员",
        "logistics",
        "快递员 快递 配送员 配送 送货员 骑手 外卖员 外卖骑手 派送员 揽收员 投递员",
    ),
    # sales 销售零售
    (
        "sales_rep",
        "销售代表",
        "sales",
        "销售 销售员 销售代表 业务员 业务代表 销售顾问 顾问 课程顾问 置业顾问 电话销售 电销"
        " 招商 渠道 客户经理 市场开发 渠道开发 客户开发 业务拓展 推销员 保险代理人 保险业务员"
        " 招生 招生老师 外贸业务员 外贸 跟单员 大客户 bd 经纪人 房产经纪 医药代表 商务 营销员",
    ),
    (
        "shop_assistant",
        "导购营业员",
        "sales",
        "导购 导购员 营业员 店员 售货员 促销员 展销员 门店销售 超市 商场 专柜",
    ),
    (
        "retail_cashier",
        "收银员",
        "sales",
        "收银员 收银 收款员",
    ),
    (
        "store_manager",
        "店长",
        "sales",
        "店长 门店经理 店铺经理 督导",
    ),
    (
        "purchaser",
        "采购员",
        "sales",
        "采购 采购员 买手",
    ),
    # marketing 市场策划
    (
        "marketing_specialist",
        "市场专员",
        "marketing",
        "市场专员 市场 市场推广 推广 推广员 品牌推广 品牌 品牌专员 市场营销 营销 营销策划 地推"
        " 网络推广 市场调研",
    ),
    (
        "event_planner",
        "活动策划",
        "marketing",
        "活动策划 策划 会展 会务 婚礼策划 婚庆策划 婚庆 活动执行 策划师",
    ),
    # ecommerce 电商直播
    (
        "streamer",
        "主播",
        "ecommerce",
        "主播 带货主播 直播 直播带货 网络主播 场控 达人",
    ),
    (
        "ecommerce_operator",
        "电商运营",
        "ecommerce",
        "电商运营 电商 网店运营 店铺运营 运营 网店 淘宝运营 天猫运营 京东运营 拼多多运营"
        " 抖店运营 跨境电商 亚马逊运营 电商专员",
    ),
    # customer_service 客户服务
    (
        "customer_service_rep",
        "客服专员",
        "customer_service",
        "客服 客服专员 客服代表 在线客服 电话客服 网络客服 售前客服 售后客服 话务员 接线员"
        " 坐席 热线坐席 呼叫中心 客户服务 电话回访 售后 售后服务 客诉 回访",
    ),
    # catering 餐饮烹饪
    (
        "cook",
        "厨师",
        "catering",
        "厨师 厨师长 炒锅 厨房 后厨 中餐厨师 西餐厨师 烧烤师 炒菜 凉菜 冷菜 烹饪 中式烹调师"
        " 厨子 主厨 砧板 厨师学徒",
    ),
    (
        "pastry_cook",
        "面点师",
        "catering",
        "面点师 面点 白案 烘焙师 烘焙 蛋糕师 西点师 面包师 裱花师",
    ),
    (
        "kitchen_helper",
        "帮厨",
        "catering",
        "帮厨 厨工 切配 打荷 洗碗工 厨房杂工 配菜 洗碗",
    ),
    (
        "waiter",
        "餐厅服务员",
        "catering",
        "服务员 餐厅服务员 传菜员 迎宾 点菜员 前厅服务员 餐饮服务员 餐厅 楼面 传菜 包间服务员 餐饮",
    ),
    (
        "barista",
        "茶饮咖啡师",
        "catering",
        "咖啡师 调饮师 奶茶 茶艺师 饮品 调酒师",
    ),
    # hospitality 住宿旅游
    (
        "receptionist",
        "前台接待",
        "hospitality",
        "前台 前台接待 接待员 前厅接待 酒店前台 总台 礼宾 大堂 接待",
    ),
    (
        "room_attendant",
        "客房服务员",
        "hospitality",
        "客房服务员 客房 客房保洁 布草 楼层服务员 酒店",
    ),
    (
        "tour_guide",
        "导游",
        "hospitality",
        "导游 领队 旅游顾问 计调",
    ),
    # property 物业保安保洁
    (
        "security_guard",
        "保安",
        "property",
        "保安 保安员 门卫 安保 秩序维护员 巡逻员 安检员 护卫",
    ),
    (
        "cleaner",
        "保洁员",
        "property",
        "保洁 保洁员 清洁工 清洁员 环卫工 环卫 清扫工 清洁 卫生保洁",
    ),
    (
        "property_manager",
        "物业管理员",
        "property",
        "物业管理员 物业管理 物业 物业客服 物业管家 管家 楼管 小区管家",
    ),
    (
        "fire_control_operator",
        "消防设施操作员",
        "property",
        "消控员 消防设施操作员 消防控制室 消防中控 消防值班 消防 监控室值班",
    ),
    # care 养老护理与家政
    (
        "elder_caregiver",
        "养老护理员",
        "care",
        "养老护理员 养老护理 护理员 养老服务员 居家养老服务员 居家养老 助老员 养老 康复护理员"
        " 失能护理 照护员 护理院",
    ),
    (
        "escort_caregiver",
        "陪护员",
        "care",
        "护工 陪护 陪护员 医院陪护 陪诊员 陪诊 医疗护理员 病患陪护",
    ),
    (
        "domestic_worker",
        "家政服务员",
        "care",
        "家政服务员 家政 保姆 住家保姆 钟点工 家政保洁 收纳师 家政阿姨 做饭阿姨",
    ),
    # childcare 学前教育与托育
    (
        "preschool_teacher",
        "幼儿教师",
        "childcare",
        "幼儿教师 幼师 幼儿园老师 幼儿园教师 幼儿园 配班老师 主班老师 配班 主班 学前教师",
    ),
    (
        "early_educator",
        "早教老师",
        "childcare",
        "早教老师 早教 早教师 托育老师 托育 亲子老师 感统训练师 感统老师 托班老师",
    ),
    (
        "nursery_nurse",
        "保育员",
        "childcare",
        "保育员 保育老师 保育 生活老师",
    ),
    (
        "infant_carer",
        "育婴员",
        "childcare",
        "育婴员 育婴师 母婴护理员 母婴护理 月嫂 母婴护理师 产后护理 育儿嫂 催乳师 母婴",
    ),
    # education 教育培训
    (
        "teacher",
        "教师",
        "education",
        "教师 老师 班主任 辅导老师 辅导教师 任课教师 学科老师 家教 英语老师 数学老师 语文老师"
        " 物理老师 化学老师 音乐老师 美术老师 体育老师 舞蹈老师 书法老师 课外辅导 教研",
    ),
    (
        "trainer",
        "培训讲师",
        "education",
        "讲师 培训师 培训讲师 培训老师 助教 教练 驾校教练 健身教练 内训师 职业培训 培训",
    ),
    (
        "academic_affairs",
        "教务",
        "education",
        "教务 教务老师 学管师 学管",
    ),
    # healthcare 医疗卫生
    (
        "physician",
        "医生",
        "healthcare",
        "医生 医师 临床医生 全科医生 执业医师 住院医师 内科医生 外科医生 口腔医生 牙医 保健医"
        " 校医 乡村医生 中医师 中医 坐诊医生 大夫 主治医师 临床",
    ),
    (
        "nurse",
        "护士",
        "healthcare",
        "护士 护师 注册护士 护士长 责任护士 手术室护士 主管护师 助产士",
    ),
    (
        "pharmacist",
        "药剂员",
        "healthcare",
        "药剂师 药剂员 药剂 药师 执业药师 药房 药学 调剂员",
    ),
    (
        "medical_technician",
        "医技人员",
        "healthcare",
        "检验师 医学检验 影像技师 放射技师 b超 超声 口腔技师 医技 心电图",
    ),
    (
        "rehab_therapist",
        "康复治疗师",
        "healthcare",
        "康复理疗师 理疗师 康复治疗师 康复师 康复 康复训练师 针灸师 理疗 中医理疗 运动康复",
    ),
    (
        "massage_therapist",
        "保健按摩师",
        "healthcare",
        "按摩师 推拿师 保健按摩师 康复按摩师 推拿 按摩 足疗师 足疗 艾灸师 保健按摩",
    ),
    (
        "nutritionist",
        "营养师",
        "healthcare",
        "营养师 公共营养师 健康管理师 营养配餐员 营养 健康管理",
    ),
    # veterinary 畜牧兽医
    (
        "veterinarian",
        "兽医",
        "veterinary",
        "兽医 兽医师 宠物医生 宠物医师 执业兽医 动物医生 宠物诊疗 宠物医院 动物医学",
    ),
    (
        "animal_quarantine_officer",
        "动物防疫员",
        "veterinary",
        "防疫员 动物防疫员 动物防疫 检疫员 动物检疫 防疫",
    ),
    (
        "husbandry_technician",
        "畜牧养殖员",
        "veterinary",
        "饲养员 养殖员 养殖技术员 畜牧技术员 畜牧 养殖 养殖场 饲养 饲养管理员 猪场 鸡场 牛场"
        " 繁育员 配种员",
    ),
    (
        "pet_groomer",
        "宠物美容师",
        "veterinary",
        "宠物美容师 宠物美容 宠物护理 宠物洗护 宠物店 宠物训导师 宠物驯导 宠物",
    ),
    (
        "animal_nutritionist",
        "动物营养师",
        "veterinary",
        "动物营养师 宠物营养师 动物营养 宠物营养 饲料配方师 饲料营养 饲料",
    ),
    # agriculture 农林园艺
    (
        "agronomist",
        "农业技术员",
        "agriculture",
        "农业技术员 农技员 农艺师 种植技术员 农业技术 植保员 植保 农技 农业 农机手 农机",
    ),
    (
        "grower",
        "种植工",
        "agriculture",
        "种植工 种植 大棚 菜农 果农 采摘工 采摘 蔬菜种植 食用菌 育苗工 温室",
    ),
    (
        "gardener",
        "绿化工",
        "agriculture",
        "绿化工 绿化 园林工 园林绿化 绿化养护 花卉园艺工 园艺师 园艺 苗木 林业 园林养护 养护工",
    ),
    # finance 财务金融
    (
        "accountant",
        "会计",
        "finance",
        "会计 会计员 记账员 记账 财务 财务会计 总账会计 主办会计 成本会计 税务会计 代账会计"
        " 代理记账 财务人员 核算员 成本核算 税务 办税员 往来会计 会计师 财税",
    ),
    (
        "cashier",
        "出纳",
        "finance",
        "出纳 出纳员",
    ),
    (
        "auditor",
        "审计",
        "finance",
        "审计 审计员 内审 内控",
    ),
    (
        "bank_teller",
        "银行柜员",
        "finance",
        "银行柜员 柜员 综合柜员 银行 银行大堂",
    ),
    (
        "loan_officer",
        "信贷理财员",
        "finance",
        "信贷员 信贷 信贷理财员 理财经理 理财 贷款 风控 保险理赔 理赔",
    ),
    (
        "statistician",
        "统计员",
        "finance",
        "统计员 统计 数据统计 统计专员",
    ),
    # office 行政文秘人事
    (
        "clerk",
        "文员",
        "office",
        "文员 文职 办公室文员 内勤 行政文员 职员 办公室职员 办事员 综合文员 前台文员 文书 办公室",
    ),
    (
        "administrator",
        "行政专员",
        "office",
        "行政 行政专员 行政管理 综合管理 后勤 总务 综合部",
    ),
    (
        "secretary",
        "秘书",
        "office",
        "秘书 文秘 办公室秘书 总经理秘书 文字秘书 董事长秘书 文字综合 材料撰写 总经理助理 总助",
    ),
    (
        "hr_specialist",
        "人事专员",
        "office",
        "人事 人事专员 人力资源 hr hrbp 招聘专员 招聘 薪酬 绩效 劳资员 培训专员",
    ),
    (
        "data_entry_clerk",
        "录入员",
        "office",
        "录入员 数据录入 录入 打字员 信息录入 资料录入 速录员 速录 数据录入员",
    ),
    (
        "archivist",
        "档案管理员",
        "office",
        "档案管理员 档案员 档案管理 档案 图书管理员 资料管理员",
    ),
    # it 信息技术
    (
        "software_developer",
        "软件开发工程师",
        "it",
        "开发 软件开发 程序员 后端开发 前端开发 全栈 java python c# c++ php golang .net"
        " 软件工程师 编程 开发工程师 嵌入式开发 嵌入式 小程序开发 web前端 前端 后端 安卓开发"
        " ios开发 单片机",
    ),
    (
        "software_tester",
        "软件测试工程师",
        "it",
        "测试 软件测试 测试员 测试工程师 功能测试 自动化测试 接口测试",
    ),
    (
        "it_operations",
        "网络运维",
        "it",
        "运维 运维工程师 网络工程师 网络管理员 网管 it运维 it支持 桌面运维 系统管理员 网络运维"
        " 弱电 弱电工程师 信息安全 网络安全 机房 电脑维修 计算机维修",
    ),
    (
        "implementation_engineer",
        "实施工程师",
        "it",
        "实施工程师 实施 技术支持 系统实施 erp实施 实施顾问",
    ),
    (
        "data_analyst",
        "数据分析师",
        "it",
        "数据分析 数据分析师 数据分析员 大数据 数据工程师 bi",
    ),
    (
        "data_annotator",
        "数据标注员",
        "it",
        "数据标注 标注员 数据标注员 ai训练师 人工智能训练师 标注",
    ),
    # design 设计
    (
        "graphic_designer",
        "平面设计师",
        "design",
        "平面设计 平面设计师 美工 电商美工 视觉设计 广告设计 视觉传达 vi设计 海报设计 排版设计"
        " 美编 广告设计师 插画师 插画 平面",
    ),
    (
        "interior_designer",
        "室内设计师",
        "design",
        "室内设计 室内设计师 家装设计 家装设计师 装修设计 装饰设计 工装设计 软装设计"
        " 全屋定制设计 橱柜设计 空间设计 室内 家装",
    ),
    (
        "landscape_designer",
        "景观设计师",
        "design",
        "景观设计 景观设计师 园林设计 园林景观设计 景观 园林规划 园林景观",
    ),
    (
        "packaging_designer",
        "包装设计师",
        "design",
        "包装设计 包装设计师 包装结构设计 刀版",
    ),
    (
        "product_designer",
        "产品设计师",
        "design",
        "产品设计 工业设计 外观设计 工业设计师 产品造型",
    ),
    (
        "ui_designer",
        "UI设计师",
        "design",
        "ui设计 ui 交互设计 网页设计 界面设计 ux",
    ),
    (
        "fashion_designer",
        "服装设计师",
        "design",
        "服装设计 服装设计师 打版师 制版师 版师 服装制版",
    ),
    # media 文化传媒
    (
        "new_media_operator",
        "新媒体运营",
        "media",
        "新媒体运营 新媒体 公众号运营 抖音运营 短视频运营 内容运营 社群运营 新媒体专员 自媒体"
        " 小红书运营 视频号运营 用户运营",
    ),
    (
        "copywriter",
        "文案编辑",
        "media",
        "文案 文案策划 文案编辑 编辑 新媒体文案 采编 记者 校对 撰稿 内容编辑 文字编辑 图文编辑",
    ),
    (
        "video_producer",
        "编导剪辑",
        "media",
        "编导 短视频编导 导演 剪辑师 剪辑 视频剪辑 后期 后期制作 视频制作 动画师 动画制作 特效"
        " 短视频",
    ),
    (
        "photographer",
        "摄影摄像师",
        "media",
        "摄影师 摄像师 摄影 摄像 跟拍",
    ),
    (
        "host",
        "主持人",
        "media",
        "主持人 主持 播音员 播音 配音员 配音 司仪 讲解员 讲解",
    ),
    (
        "translator",
        "翻译",
        "media",
        "翻译 英语翻译 日语翻译 韩语翻译 口译 笔译",
    ),
    # handicraft 工艺美术与非遗
    (
        "pyrography_artist",
        "烙画师",
        "handicraft",
        "烙画 烙画师 烙画工 葫芦烙画 烫画 火笔画",
    ),
    (
        "carver",
        "雕刻师",
        "handicraft",
        "雕刻 雕刻师 雕刻工 葫芦雕刻 木雕 石雕 砖雕 根雕 玉雕 刻字 篆刻",
    ),
    (
        "paper_cutter",
        "剪纸艺人",
        "handicraft",
        "剪纸 剪纸艺人 剪纸师 刻纸",
    ),
    (
        "embroiderer",
        "刺绣编织工",
        "handicraft",
        "刺绣 绣娘 编织 草编 柳编 手工编织 鲁绣 绣花 钩编 织绣",
    ),
    (
        "woodblock_printer",
        "木版年画艺人",
        "handicraft",
        "年画 木版年画 木板年画 拓印",
    ),
    (
        "artisan",
        "手工艺人",
        "handicraft",
        "手工艺人 手工艺 手艺人 工艺师 工艺美术 手工 非遗 非遗传承人 传承人 工艺美术师"
        " 葫芦工艺 葫芦 泥塑 面塑 陶艺 陶艺师 毛笔制作 手作 工艺品制作 工艺品",
    ),
    # auto_service 汽车服务
    (
        "auto_mechanic",
        "汽车维修工",
        "auto_service",
        "汽车维修工 汽车维修 汽修工 汽修 汽车修理工 汽车机修工 汽车机修 汽车电工 汽车修理"
        " 新能源汽车维修 汽车保养 快修 汽车",
    ),
    (
        "auto_body_worker",
        "汽车钣喷工",
        "auto_service",
        "钣喷 汽车钣金 汽车喷漆 钣金喷漆 汽车钣喷",
    ),
    (
        "car_detailer",
        "汽车美容工",
        "auto_service",
        "汽车美容 洗车工 洗车 贴膜 汽车装潢",
    ),
    (
        "service_advisor",
        "汽车服务顾问",
        "auto_service",
        "服务顾问 维修接待 事故车专员",
    ),
    # beauty 美容美发
    (
        "beautician",
        "美容师",
        "beauty",
        "美容师 美容 皮肤管理 美甲师 美甲 美睫 纹绣 化妆师 化妆",
    ),
    (
        "hairdresser",
        "美发师",
        "beauty",
        "美发师 美发 理发师 理发 发型师 洗头工 烫染师",
    ),
    # social_work 社会工作
    (
        "social_worker",
        "社会工作者",
        "social_work",
        "社工 社会工作者 社区工作者 社会工作 网格员 社区专职 公益岗 协管员 社区",
    ),
)

# Occupations whose head noun names only a kind of work; a modifier naming an occupation of
# the listed groups refines them (药品生产操作工 -> 药品生产工, 数控车床操作工 -> 数控机床操作工,
# 装载机司机 -> 工程机械司机, 空调维修工 -> 制冷空调工, 葫芦烙画工艺师 -> 烙画师).
GENERIC_OCCUPATIONS: dict[str, tuple[str, ...]] = {
    "operator": ("production", "machining"),
    "driver": ("driving", "construction"),
    "mechanic": ("maintenance",),
    "artisan": ("handicraft",),
}
