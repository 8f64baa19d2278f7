//! The measures of 西行规发〔2025〕6号, one entry each, in the order of the policy.
//! Quotes are exact substrings of the published text; `reading` is the interpretation we chose
//! where the text allows more than one.

use super::{
    AmountText, Area, Assessed, Award, Choice, Condition, FactKind, FactSpec, GateClause, Item, ItemOption, Level,
    Measure, Rule, Term, Test,
};
use crate::lang::{bi, Bi};
use crate::money::Wan;

/// The key of every question of the measures (the answers file's, `docs/answers-format.md`),
/// spelled once: a question is declared with its key from here, and a condition or a rule names
/// the question it reads by the same constant, so that a typo is a compile error.
pub mod q {
    pub const ALGORITHM: &str = "algorithm";
    pub const ASSETS_ON_BALANCE_SHEET: &str = "assets_on_balance_sheet";
    pub const BEIJING: &str = "beijing";
    pub const COMPUTE_RENT_PAID_WAN: &str = "compute_rent_paid_wan";
    pub const CONTACT: &str = "contact";
    pub const CREDIT_CODE: &str = "credit_code";
    pub const CROSS_BORDER: &str = "cross_border";
    pub const DATA_FIELDS: &str = "data_fields";
    pub const DATA_FINANCE_PRODUCTS: &str = "data_finance_products";
    pub const DATA_FINANCING: &str = "data_financing";
    pub const DATA_PRODUCTS: &str = "data_products";
    pub const DATASET_ON_PLATFORM: &str = "dataset_on_platform";
    pub const DEEP_SYNTHESIS: &str = "deep_synthesis";
    pub const DEMO_SCENARIO: &str = "demo_scenario";
    pub const ENTRIES: &str = "entries";
    pub const EVENTS: &str = "events";
    pub const FOCUS_FIELDS: &str = "focus_fields";
    pub const FUNDING_LEVEL: &str = "funding_level";
    pub const GENERATIVE_AI: &str = "generative_ai";
    pub const ICT_INDUSTRY: &str = "ict_industry";
    pub const INDUSTRY: &str = "industry";
    pub const INNOVATION_PROJECT: &str = "innovation_project";
    pub const INTEREST_PAID_WAN: &str = "interest_paid_wan";
    pub const INTERNATIONAL: &str = "international";
    pub const INVESTMENT_WAN: &str = "investment_wan";
    pub const KEY_ENTITY: &str = "key_entity";
    pub const KEY_TASK_LEVEL: &str = "key_task_level";
    pub const KEY_TASK_NAME: &str = "key_task_name";
    pub const LEADS_CONSORTIUM: &str = "leads_consortium";
    pub const LEADS_KEY_TASK: &str = "leads_key_task";
    pub const LEVEL: &str = "level";
    pub const LOCAL: &str = "local";
    pub const MATCHED_SUPPORT: &str = "matched_support";
    pub const MINISTRY: &str = "ministry";
    pub const MUNICIPAL: &str = "municipal";
    pub const NATIONAL: &str = "national";
    pub const NATIONAL_PILOT: &str = "national_pilot";
    pub const NATIONAL_PRIZE: &str = "national_prize";
    pub const OPERATES_IN_XICHENG: &str = "operates_in_xicheng";
    pub const PARK_OPERATOR: &str = "park_operator";
    pub const PLATFORM_NAME: &str = "platform_name";
    pub const PLATFORMS: &str = "platforms";
    pub const PRODUCT_LISTED: &str = "product_listed";
    pub const PROFESSIONAL_SERVICES: &str = "professional_services";
    pub const PROJECT_LEVEL: &str = "project_level";
    pub const PROJECT_NAME: &str = "project_name";
    pub const RENTS_COMPUTE: &str = "rents_compute";
    pub const RESULTS_CONVERTED: &str = "results_converted";
    pub const RETROFIT_FUNDED: &str = "retrofit_funded";
    pub const RETROFIT_NAME: &str = "retrofit_name";
    pub const SCENARIOS_PROMOTED: &str = "scenarios_promoted";
    pub const SECURITY_PRODUCTS: &str = "security_products";
    pub const SPEND_WAN: &str = "spend_wan";
    pub const TALENT: &str = "talent";
    pub const TRADING_PLATFORM: &str = "trading_platform";
    pub const TYPICAL_CASE: &str = "typical_case";
    pub const WANTS_STEWARD_SERVICE: &str = "wants_steward_service";
}

const fn flag(tag: u8, key: &'static str, question: Bi) -> FactSpec {
    FactSpec::new(tag, key, FactKind::Flag, question)
}

const fn count(tag: u8, key: &'static str, question: Bi) -> FactSpec {
    FactSpec::new(tag, key, FactKind::Count, question)
}

const fn cond(test: Test, text: Bi) -> Condition {
    Condition { text, test }
}

const fn flat(cap: u32) -> Award {
    Award::Amount(Rule::Flat { cap: Wan::whole(cap) })
}

/// A measure's cap said from its rule ("最高 200 万元" / "up to CNY 2 million"), nothing around it.
const CAP: AmountText = AmountText::Cap { zh: ["", ""], en: ["", ""] };

/// The cap said from the rule, with the clause's words before and after it in each language.
const fn cap_with(zh: [&'static str; 2], en: [&'static str; 2]) -> AmountText {
    AmountText::Cap { zh, en }
}

/// The amount said in full: the rule has several figures, a rate, or none.
const fn words(zh: &'static str, en: &'static str) -> AmountText {
    AmountText::Words(bi(zh, en))
}

const fn item(key: &'static str, amount: u32, label: Bi) -> Item {
    Item { key, amount: Wan::whole(amount), label }
}

const NAME: FactSpec =
    FactSpec::new(1, NAME_KEY, FactKind::Text, bi("名称（可选，仅用于报告）", "Name (optional, for the report only)"));

/// The key of a name: the organisation's, a list item's, a project's.
pub const NAME_KEY: &str = "name";

/// The organisation's own questions (第一条, and who it is for the report): the answers file's
/// `entity`, asked on the organisation page in the order of [`ENTITY`].
pub const ORG_IN_XICHENG: FactSpec = flag(1, q::OPERATES_IN_XICHENG, bi("单位是否在西城区依法经营？", "Does your organisation operate legally in Xicheng District?"))
    .required()
    .hint(&bi(
        "第一条：在西城区依法经营的单位适用。尚未落户西城区的，可以查看落户后可能申请的金额。",
        "Article 1: the Measures apply to organisations operating legally in Xicheng District. If yours is not there yet, you will see what it might claim after settling there.",
    ));
pub const ORG_DATA_FIELDS: FactSpec = FactSpec::new(2, q::DATA_FIELDS, FactKind::Choices(DATA_FIELDS), bi("单位从事哪些数据产业相关领域？", "Which data-industry fields does your organisation work in?"))
    .hint(&bi(
        "第一条：适用于聚焦这些数据产业相关领域的创新主体。一项都不涉及的，本措施不适用。",
        "Article 1: the Measures apply to organisations working in these data-industry fields. If none of them applies, neither do the Measures.",
    ));
pub const ORG_ICT_INDUSTRY: FactSpec = flag(3, q::ICT_INDUSTRY, bi("单位是否属于信息传输、软件和信息技术服务业？", "Is your organisation in the information transmission, software and IT services industry?"))
    .required()
    .hint(&bi(
        "通常指 GB/T 4754—2017 的 I 门类（大类 63–65），以统计部门登记的行业为依据，以申报通知为准。第四条（三）的三项奖励只面向这类企业。",
        "Usually section I (divisions 63–65) of GB/T 4754—2017, as registered with the statistics office; the application notice decides. The three awards of Article 4(3) are only for firms in this industry.",
    ))
    .terms(&[&ICT_INDUSTRY]);
pub const ORG_NAME: FactSpec =
    FactSpec::new(4, NAME_KEY, FactKind::Text, bi("单位名称", "Organisation name")).hint(&bi(
        "可选，只写入自评报告和答卷文件，不放进分享链接和二维码。",
        "Optional: it only goes into the report and the answers file, never into a share link or QR code.",
    ));
pub const ORG_CREDIT_CODE: FactSpec = FactSpec::new(5, q::CREDIT_CODE, FactKind::Text, bi("统一社会信用代码", "Unified Social Credit Code")).hint(&bi(
    "可选，18 位，见营业执照；只写入自评报告和答卷文件，不放进分享链接和二维码。",
    "Optional: the 18 characters on the business licence; it only goes into the report and the answers file, never into a share link or QR code.",
));
pub const ORG_CONTACT: FactSpec = FactSpec::new(6, q::CONTACT, FactKind::Text, bi("联系人及联系方式", "Contact person and details")).hint(&bi(
    "可选，如“张三，010-12345678”；只写入自评报告和答卷文件，不放进分享链接和二维码。",
    "Optional, such as “Zhang San, 010-1234 5678”; it only goes into the report and the answers file, never into a share link or QR code.",
));
pub const ENTITY: &[FactSpec] =
    &[ORG_IN_XICHENG, ORG_DATA_FIELDS, ORG_ICT_INDUSTRY, ORG_NAME, ORG_CREDIT_CODE, ORG_CONTACT];

/// Questions the share link's layout 2 added (`compact.rs` names where each layout began).
pub const KEY_TASK_NAME: FactSpec = FactSpec::new(
    3,
    q::KEY_TASK_NAME,
    FactKind::Text,
    bi("该重点任务项目的名称（可选，写入报告）", "Name of the key task project (optional, for the report)"),
)
.asked_when(&Test::Flag(q::LEADS_KEY_TASK));
pub const PROJECT_NAME: FactSpec = FactSpec::new(
    2,
    q::PROJECT_NAME,
    FactKind::Text,
    bi("该攻关项目的名称（可选，写入报告）", "Name of the key technology project (optional, for the report)"),
)
.asked_when(&Test::Flag(q::RESULTS_CONVERTED));
pub const PLATFORM_NAME: FactSpec = FactSpec::new(
    2,
    q::PLATFORM_NAME,
    FactKind::Text,
    bi(
        "平台名称及与之互联互通的数据交易所（可选，写入报告）",
        "The platform's name and the data exchange it connects with (optional, for the report)",
    ),
)
.asked_when(&Test::Flag(q::TRADING_PLATFORM));
pub const RETROFIT_NAME: FactSpec = FactSpec::new(
    2,
    q::RETROFIT_NAME,
    FactKind::Text,
    bi("改造项目的名称（可选，写入报告）", "Name of the upgrade project (optional, for the report)"),
)
.asked_when(&Test::Flag(q::RETROFIT_FUNDED));
pub const COMPUTE_RENT_PAID: FactSpec = FactSpec::new(
    2,
    q::COMPUTE_RENT_PAID_WAN,
    FactKind::Amount,
    bi("已支付的算力租用费用（万元，可选）", "Rent paid for the compute (in 10,000 yuan, optional)"),
)
.evidence(bi("发票和付款凭证", "invoices and payment records"))
.asked_when(&Test::Flag(q::RENTS_COMPUTE));

/// The national filings of 2.2b, by question.
const AI_FILINGS: &[&str] = &[q::GENERATIVE_AI, q::ALGORITHM, q::DEEP_SYNTHESIS];

/// The data-industry fields of 第一条 (`entity.data_fields`).
pub const DATA_FIELDS: &[Choice] = &[
    Choice { tag: 1, key: "collection", label: bi("数据采集汇聚", "data collection and aggregation") },
    Choice { tag: 2, key: "compute_storage", label: bi("计算存储", "computing and storage") },
    Choice { tag: 3, key: "circulation", label: bi("流通交易", "circulation and trading") },
    Choice { tag: 4, key: "development", label: bi("开发利用", "development and use") },
    Choice { tag: 5, key: "security", label: bi("安全治理", "security and governance") },
    Choice { tag: 6, key: "infrastructure", label: bi("数据基础设施建设", "data infrastructure construction") },
];

const FOCUS_FIELDS: &[Choice] = &[
    Choice { tag: 1, key: "annotation", label: bi("数据标注", "data annotation") },
    Choice { tag: 2, key: "model_training", label: bi("大模型训练", "large-model training") },
    Choice { tag: 3, key: "circulation_services", label: bi("数据流通服务", "data circulation services") },
    Choice { tag: 4, key: "applications", label: bi("数据应用", "data applications") },
];

const PLATFORM_LEVELS: &[Choice] = &[
    Choice { tag: 1, key: "national", label: bi("国家认定", "national") },
    Choice { tag: 2, key: "beijing", label: bi("北京市认定", "Beijing municipal") },
    Choice { tag: 3, key: "both", label: bi("国家和北京市均认定", "both national and Beijing municipal") },
];

const NATIONAL_PRIZES: &[Choice] = &[
    Choice { tag: 1, key: "first", label: bi("全国总决赛一等奖", "national final, first prize") },
    Choice { tag: 2, key: "second", label: bi("全国总决赛二等奖", "national final, second prize") },
    Choice { tag: 3, key: "third", label: bi("全国总决赛三等奖", "national final, third prize") },
];

const BEIJING_RESULTS: &[Choice] = &[
    Choice { tag: 1, key: "first_prize", label: bi("北京分赛一等奖", "Beijing round, first prize") },
    Choice {
        tag: 2, key: "national_finalist", label: bi("获得全国总决赛参赛名额", "a place in the national final")
    },
    // Offered so that a second or third prize is not forced into "none": the policy rewards
    // only the Beijing round's first prize and a place in the national final.
    Choice {
        tag: 3,
        key: "second_prize",
        label: bi(
            "北京分赛二等奖（未获全国总决赛参赛名额；本措施对此不予奖励）",
            "Beijing round, second prize, without a place in the national final (no award under these Measures)",
        ),
    },
    Choice {
        tag: 4,
        key: "third_prize",
        label: bi(
            "北京分赛三等奖（未获全国总决赛参赛名额；本措施对此不予奖励）",
            "Beijing round, third prize, without a place in the national final (no award under these Measures)",
        ),
    },
];

/// The results of an entry that 第四条（二） rewards: (field, choice).
const PRIZES_THAT_PAY: &[(&str, &str)] = &[
    (q::NATIONAL_PRIZE, "first"),
    (q::NATIONAL_PRIZE, "second"),
    (q::NATIONAL_PRIZE, "third"),
    (q::BEIJING, "first_prize"),
    (q::BEIJING, "national_finalist"),
];

const FUNDING_LEVELS: &[Choice] = &[
    Choice { tag: 1, key: "national", label: bi("国家资金", "national funding") },
    Choice { tag: 2, key: "beijing", label: bi("北京市资金", "Beijing funding") },
];

const KEY_TASK_LEVELS: &[Choice] = &[
    Choice { tag: 1, key: "national", label: bi("国家有关部门", "a national government department") },
    Choice { tag: 2, key: "beijing", label: bi("北京市有关部门", "a Beijing municipal department") },
];

/// The specialist terms of the questions, each in one plain line, with its source.
pub const TERMS: &[&Term] = &[
    &ICT_INDUSTRY,
    &KEY_TASK,
    &KEY_FIELDS,
    &MATCHING,
    &NATIONAL_FILING,
    &JIEBANG,
    &PUBLIC_DATA_OPERATION,
    &DATA_ELEMENTS_X,
    &DATA_ASSETS_ON_BALANCE_SHEET,
    &TRUSTED_DATA_SPACE,
    &NATIONAL_PILOT,
    &FIXED_ASSET_INVESTMENT,
    &NON_AFFILIATED,
    &DUAL_STEWARD,
];

/// Where each term's explanation comes from: the policy's own words, or a named national
/// document. For the review sheet only, so that the app's first load does not carry them.
pub const TERM_SOURCES: &[(&Term, Bi)] = &[
    (&ICT_INDUSTRY, bi("国家标准《国民经济行业分类》（GB/T 4754—2017）门类 I", "national standard Industrial Classification for National Economic Activities (GB/T 4754-2017), section I")),
    (&MATCHING, bi("本措施第二条（二）、第四条（三）：“参照国家和北京市的支持政策，给予……配套奖励”", "the Measures, Articles 2(2) and 4(3): \"with reference to national and Beijing support policies, a matching award\"")),
    (&NATIONAL_FILING, bi(
        "《生成式人工智能服务管理暂行办法》《互联网信息服务算法推荐管理规定》《互联网信息服务深度合成管理规定》；国家互联网信息办公室的备案信息公告将“备案”与“登记”分列",
        "Interim Measures for the Management of Generative AI Services; Provisions on the Management of Algorithmic Recommendations in Internet Information Services; Provisions on the Administration of Deep Synthesis Internet Information Services; the Cyberspace Administration of China's filing notices list filings and registrations apart",
    )),
    (&JIEBANG, bi("本措施第三条（二）提及此形式，未作定义；此处为一般含义", "named in the Measures, Article 3(2), without a definition; this is its general meaning")),
    (&PUBLIC_DATA_OPERATION, bi("《中共中央办公厅 国务院办公厅关于加快公共数据资源开发利用的意见》；国家发展改革委、国家数据局《公共数据资源授权运营实施规范（试行）》（发改数据规〔2025〕27号）", "Opinions of the General Offices of the CPC Central Committee and the State Council on Accelerating the Development and Use of Public Data Resources; NDRC and National Data Administration, Implementing Rules for the Authorised Operation of Public Data Resources (trial) (发改数据规〔2025〕27号)")),
    (&DATA_ELEMENTS_X, bi("国家数据局等部门《“数据要素×”三年行动计划（2024—2026年）》（国数政策〔2023〕11号）", "National Data Administration and other departments, Three-Year Action Plan for \"Data Elements ×\" (2024-2026) (国数政策〔2023〕11号)")),
    (&DATA_ASSETS_ON_BALANCE_SHEET, bi("财政部《企业数据资源相关会计处理暂行规定》（财会〔2023〕11号）", "Ministry of Finance, Interim Provisions on Accounting for Enterprise Data Resources (Cai Kuai [2023] 11)")),
    (&TRUSTED_DATA_SPACE, bi("国家数据局《可信数据空间发展行动计划（2024—2028年）》（国数资源〔2024〕119号）", "National Data Administration, Action Plan for the Development of Trusted Data Spaces (2024-2028) (国数资源〔2024〕119号)")),
    (&NATIONAL_PILOT, bi("本措施第六条（一）：“对评为国家级试点示范的”", "the Measures, Article 6(1): \"rated a national pilot or demonstration\"")),
    (&FIXED_ASSET_INVESTMENT, bi("本措施第六条（一）：“实际完成固定资产投资（不含土建）”", "the Measures, Article 6(1): \"fixed-asset investment actually completed (excluding civil works)\"")),
    (&DUAL_STEWARD, bi("本措施第九条（一）：“为重点单位提供“双管家”服务，协调解决经营发展中的突出问题”；具体形式本措施未作规定", "the Measures, Article 9(1): \"a 'dual steward' service for key organisations, coordinating solutions to the main problems of their operation and growth\"; the Measures do not say how it is organised")),
    (&KEY_TASK, bi("本措施第二条（一）", "the Measures, Article 2(1)")),
    (&KEY_FIELDS, bi("本措施第六条（二）", "the Measures, Article 6(2)")),
    (&NON_AFFILIATED, bi("财政部《企业会计准则第36号——关联方披露》", "Ministry of Finance, Accounting Standard for Business Enterprises No. 36, Related Party Disclosures")),
];

/// Asked on the organisation page (`entity.ict_industry`).
pub const ICT_INDUSTRY: Term = Term {
    term: bi("信息传输、软件和信息技术服务业", "information transmission, software and IT services industry"),
    explanation: bi(
        "本工具的理解：通常指《国民经济行业分类》（GB/T 4754—2017）门类 I，即大类 63–65（电信、广播电视和卫星传输服务，互联网和相关服务，软件和信息技术服务业），以在统计部门登记的行业为依据；以申报通知为准。",
        "This tool's reading: usually section I of GB/T 4754—2017, divisions 63–65 (telecommunications, broadcasting and satellite transmission; internet and related services; software and IT services), as registered with the statistics office; the application notice decides.",
    ),
};

const MATCHING: Term = Term {
    term: bi("配套奖励", "matching award"),
    explanation: bi(
        "本工具的理解：配套奖励以单位已获得国家或北京市的相关支持为前提；未获得的，本工具不作估算，以西城区数据局认定为准。",
        "This tool's reading: a matching award presupposes national or Beijing support already received; without it the tool estimates nothing. The Xicheng District Data Bureau decides.",
    ),
};

const NATIONAL_FILING: Term = Term {
    term: bi("国家级备案", "national filing"),
    explanation: bi(
        "指在国家网信系统完成的生成式人工智能服务、互联网信息服务算法、深度合成服务算法备案，有备案编号（生成式人工智能服务备案经属地网信部门提交）。“登记”一般不属于国家级备案；是否计入，以西城区数据局认定为准。",
        "A generative AI service, algorithm or deep synthesis filing completed with the national cyberspace (网信) system, which issues a filing number (generative AI filings are submitted through the local cyberspace office). A registration (登记) is generally not a national filing; the Xicheng District Data Bureau decides.",
    ),
};

const JIEBANG: Term = Term {
    term: bi("揭榜挂帅", "open \"challenge list\" competition (揭榜挂帅)"),
    explanation: bi(
        "由国家或北京市公开发布需要攻关的重点技术任务（“榜”），有能力的单位申请承担并牵头完成的组织方式。",
        "A way of running key technology projects: the national or Beijing government publishes the tasks to be solved, and organisations able to solve them apply to take them on and lead them.",
    ),
};

const PUBLIC_DATA_OPERATION: Term = Term {
    term: bi("部属、市属公共数据资源授权运营", "authorised operation of public data resources (ministry-level / Beijing municipal)"),
    explanation: bi(
        "公共数据的管理部门授权单位对其公共数据进行加工、开发，并提供数据产品和服务。“部属”指国家部委所属的公共数据，“市属”指北京市所属的公共数据。",
        "The body that holds public data authorises an organisation to process and develop it and to offer data products and services from it. Ministry-level means data held by central ministries; municipal, data held by Beijing's municipal bodies.",
    ),
};

const DATA_ELEMENTS_X: Term = Term {
    term: bi("“数据要素×”", "\"Data Elements ×\" (Data Elements Multiplier)"),
    explanation: bi(
        "国家数据局等部门推动数据在各行业应用的三年行动，以及与之配套的“数据要素×”大赛（设各地分赛和全国总决赛）。",
        "The national three-year action, led by the National Data Administration and other departments, to put data to use across industries, and its competition (regional rounds, then a national final).",
    ),
};

const DATA_ASSETS_ON_BALANCE_SHEET: Term = Term {
    term: bi("数据资产入表", "recognising data assets on the balance sheet"),
    explanation: bi(
        "按会计规定把符合条件的数据资源作为无形资产或存货记入资产负债表。",
        "Recording qualifying data resources on the balance sheet as intangible assets or inventory, under the accounting rules.",
    ),
};

const TRUSTED_DATA_SPACE: Term = Term {
    term: bi("可信数据空间", "trusted data space"),
    explanation: bi(
        "基于共同规则，让多方在可信、可控的条件下共享和使用数据的数据基础设施。",
        "Data infrastructure that lets several parties share and use data on common rules, in conditions they can trust and control.",
    ),
};

const NATIONAL_PILOT: Term = Term {
    term: bi("国家级试点示范", "national pilot / demonstration project"),
    explanation: bi(
        "由国家数据局等国家有关部门评定、公布的试点或示范项目；北京市或区级的称号不属于国家级。",
        "A pilot or demonstration named and published by a national authority, including the National Data Administration (国家数据局); a Beijing or district title is not national.",
    ),
};

const FIXED_ASSET_INVESTMENT: Term = Term {
    term: bi("固定资产投资（不含土建）", "fixed-asset investment (excluding civil works)"),
    explanation: bi(
        "本工具的理解：项目实际已完成的固定资产投资，如设备购置和安装，不包括房屋等土建工程，计划投资不计；软件是否计入，以申报通知为准。",
        "This tool's reading: fixed-asset investment actually completed, such as buying and installing equipment, without buildings and other civil works; planned spending does not count. Whether software counts, the application notice decides.",
    ),
};

const DUAL_STEWARD: Term = Term {
    term: bi("“双管家”服务", "\"dual steward\" service"),
    explanation: bi(
        "西城区为重点单位提供的服务，协调解决其经营发展中的突出问题；由谁提供、如何提供，本措施没有具体规定。",
        "A service Xicheng District offers key organisations, to help solve the main problems of their operation and growth; the Measures do not say who provides it or how.",
    ),
};

/// 第二条（一）'s key task projects, which the Measures do not list.
const KEY_TASK: Term = Term {
    term: bi("国家、北京市重点任务项目", "national or Beijing key task project"),
    explanation: bi(
        "国家或北京市有关部门下达、由本单位牵头承担的重点任务项目；本措施未列明范围，是否属于以西城区数据局认定为准。",
        "A key task project assigned by a national or Beijing department, with the organisation as lead; the Measures do not list which count, and the Xicheng District Data Bureau decides.",
    ),
};

/// 第六条（二）'s key fields, which the Measures do not list.
const KEY_FIELDS: Term = Term {
    term: bi("重点领域", "key fields"),
    explanation: bi(
        "本措施第六条（二）未列明哪些领域属于重点领域；是否属于，以申报通知和西城区数据局认定为准。",
        "Article 6(2) does not list the key fields; the application notice and the Xicheng District Data Bureau decide.",
    ),
};

const NON_AFFILIATED: Term = Term {
    term: bi("非关联方", "non-affiliated provider"),
    explanation: bi(
        "按《企业会计准则第36号——关联方披露》判断：算力提供方不是本单位的关联方，如母公司、子公司或与本单位受同一方控制的企业；仅同受国家控制而不存在其他关联方关系的企业，不构成关联方。以西城区数据局认定为准。",
        "Judged under Accounting Standard for Business Enterprises No. 36 (Related Party Disclosures): the provider is not a related party, such as a parent, a subsidiary or an enterprise under the same control; enterprises are not related merely because both are state-controlled. The Xicheng District Data Bureau decides.",
    ),
};

/// The condition every measure shares: 第一条's data-industry fields.
pub const DATA_FIELD_CONDITION: Condition = cond(
    Test::DataField,
    bi(
        "单位从事第一条所列至少一个数据产业相关领域",
        "the organisation works in at least one data-industry field of Article 1",
    ),
);

const ICT_CONDITION: Condition = cond(
    Test::IctIndustry,
    bi(
        "单位属于信息传输、软件和信息技术服务业",
        "the organisation belongs to the information transmission, software and IT services industry",
    ),
);

/// The clauses that apply to the unit as a whole, not to one measure.
pub const GATE: &[GateClause] = &[
    GateClause {
        clause: bi("第一条", "Article 1"),
        quote: "在西城区依法经营，聚焦数据采集汇聚、计算存储、流通交易、开发利用、安全治理和数据基础设施建设等数据产业相关领域的创新主体（以下简称“单位”）。",
        effect: bi(
            "只有在西城区依法经营、从事数据产业相关领域的单位适用；尚未在西城区经营的单位，结果显示落户后可能申请的潜在金额。",
            "Only organisations operating legally in Xicheng District in a data-industry field qualify; for an organisation not yet in Xicheng District, the results show what it might claim after settling there.",
        ),
    },
    GateClause {
        clause: bi("第十条（一）", "Article 10(1)"),
        quote: "（一）本措施由西城区数据局负责解释。",
        effect: bi(
            "本工具的结果仅供参考，是否给予支持及金额由西城区数据局认定。",
            "This estimate is for reference only: the Xicheng District Data Bureau decides every award and its amount.",
        ),
    },
    GateClause {
        clause: bi("第十条（二）", "Article 10(2)"),
        quote: "（二）同一项目、同一事项同时符合本措施和西城区其他专项支持政策的，按照“从高从优不重复”的原则给予支持。",
        effect: bi(
            "本工具的理解：同一项目符合本措施多项措施，或同时符合西城区其他专项支持政策的，只计最高一项，并扣除已获的其他支持；扣除或择一以西城区数据局认定为准。",
            "This tool's reading: a project or matter that qualifies under several measures, or under these Measures and another Xicheng District special support policy, counts once, at the highest, less other support received; the Xicheng District Data Bureau decides any deduction or choice.",
        ),
    },
    GateClause {
        clause: bi("第十条（三）", "Article 10(3)"),
        quote: "（三）本措施自印发之日起执行，有效期3年。遇国家、北京市和西城区相关政策调整，按照最新规定执行。",
        effect: bi(
            "有效期为2025年10月14日至2028年10月13日；此期间之外的日期只作参考。",
            "In force from 14 October 2025 to 13 October 2028; on any other date the estimate is only indicative.",
        ),
    },
];

/// What the policy encourages without an award to the unit itself, so the tool does not estimate it.
pub const NOT_ESTIMATED: Bi = bi(
    "措施中仅表述为“鼓励”“支持”而未对单位自身行为给予奖励的内容（例如第九条（二）设立数据产业投资基金）不属于对单位的奖励，本工具不作估算。",
    "Parts of the Measures that only encourage or support something without an award for the organisation's own act (for example the data-industry investment funds of Article 9(2)) are not awards to the organisation and are not estimated.",
);

pub const AREAS: &[Area] = &[
    Area {
        key: "recognition",
        title: bi("重点单位与重点项目", "Key organisations and key projects"),
        summary: bi(
            "数据资源管理中心等重点单位、牵头国家或北京市重点任务项目、数据产业创新联合体",
            "Data resource management centres and similar key organisations, leading national or Beijing key task projects, data-industry innovation consortia",
        ),
    },
    Area {
        key: "growth",
        title: bi("人工智能备案与高成长", "AI filings and fast-growing firms"),
        summary: bi(
            "生成式人工智能服务与算法备案、高潜力数据企业，以及信息传输、软件和信息技术服务业企业的数据应用业务",
            "Generative AI service and algorithm filings, fast-growing data firms, and the data business of firms in information transmission, software and IT services",
        ),
    },
    Area {
        key: "research",
        title: bi("研发平台与技术攻关", "R&D platforms and key technology projects"),
        summary: bi(
            "国家或北京市认定的科技创新平台、“揭榜挂帅”等重点技术攻关",
            "Science and technology innovation platforms recognised nationally or by Beijing, \"challenge list\" and other key technology projects",
        ),
    },
    Area {
        key: "scenarios",
        title: bi("公共数据、应用场景与大赛", "Public data, application scenarios and competitions"),
        summary: bi(
            "公共数据授权运营、示范性应用场景、“数据要素×”案例与大赛",
            "Authorised operation of public data, demonstration application scenarios, \"Data Elements ×\" cases and competition",
        ),
    },
    Area {
        key: "trading",
        title: bi("数据交易与数据资产", "Data trading and data assets"),
        summary: bi(
            "数据流通交易平台、数据资产入表、高质量数据集、数据跨境",
            "Data circulation and trading platforms, data assets on the balance sheet, high-quality datasets, cross-border data flows",
        ),
    },
    Area {
        key: "infrastructure",
        title: bi("数据基础设施与算力", "Data infrastructure and compute"),
        summary: bi(
            "可信数据空间等重点设施、数据中心改造、租用智能算力",
            "Trusted data spaces and other key infrastructure, data-centre upgrades, renting AI compute",
        ),
    },
    Area {
        key: "security",
        title: bi("数据安全与标准", "Data security and standards"),
        summary: bi(
            "数据安全产品和服务、牵头或参与制定标准",
            "Data-security products and services, leading or taking part in drafting standards",
        ),
    },
    Area {
        key: "ecosystem",
        title: bi("融资、活动、园区与服务", "Financing, events, parks and services"),
        summary: bi(
            "数据资产融资贴息、承办数据活动、园区楼宇、第三方服务、人才与“双管家”服务",
            "Interest subsidies for data-asset financing, hosting data events, industrial parks and office buildings, professional services, talent and \"dual steward\" services",
        ),
    },
];

pub const MEASURES: &[Measure] = &[
    Measure {
        id: "2.1",
        tag: 1,
        clause: bi("第二条（一）", "Article 2(1)"),
        quote: "（一）支持重点单位发挥引领作用。鼓励培育数据资源管理中心、数据产品开发中心、数据资产运营中心、数据安全服务中心，支持建立数据公司、人工智能公司、数据研究院等数据和人工智能业务经营主体，并牵头承担国家、北京市重点任务项目，给予最高5000万元奖励。",
        title: bi("重点单位牵头重点任务", "Key organisation leading a key task project"),
        area: "recognition",
        facts: &[
            flag(1, q::KEY_ENTITY, bi(
                "单位是否为数据资源管理中心、数据产品开发中心、数据资产运营中心、数据安全服务中心，或数据公司、人工智能公司、数据研究院等数据和人工智能业务经营主体？",
                "Is the organisation a data resource management, data product development, data asset operation or data security service centre, or a data company, AI company, data research institute or similar data or AI business entity?",
            ))
            .evidence(bi("营业执照、章程，或说明单位性质和主营业务的认定文件", "the business licence, the articles of association, or a recognition document showing what the organisation is and does")),
            flag(2, q::LEADS_KEY_TASK, bi(
                "单位是否牵头承担国家或北京市重点任务项目？",
                "Does the organisation lead a national or Beijing key task project?",
            ))
            .evidence(bi("下达任务的文件、立项通知或任务书（写明本单位为牵头单位）", "the document that assigned the task (an approval notice or task agreement) naming the organisation as its lead"))
            .terms(&[&KEY_TASK]),
            KEY_TASK_NAME,
            FactSpec::new(4, q::KEY_TASK_LEVEL, FactKind::Choice(KEY_TASK_LEVELS), bi("下达该任务的部门层级（可选）", "Who assigned the task (optional)"))
                .asked_when(&Test::Flag(q::LEADS_KEY_TASK)),
        ],
        conditions: &[
            cond(Test::Flag(q::KEY_ENTITY), bi(
                "是数据资源管理中心、数据产品开发中心、数据资产运营中心、数据安全服务中心，或数据、人工智能业务经营主体",
                "is a data resource management, data product development, data asset operation or data security service centre, or a data or AI business entity",
            )),
            cond(Test::Flag(q::LEADS_KEY_TASK), bi(
                "牵头承担国家或北京市重点任务项目",
                "leads a national or Beijing key task project",
            )),
        ],
        award: flat(5000),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "2.2a",
        tag: 2,
        clause: bi("第二条（二）第一句", "Article 2(2), first sentence"),
        quote: "聚焦数据标注、大模型训练、数据流通服务、数据应用等创新活跃领域，支持一批成长速度快、发展潜力强的数据企业做强做优做大，参照国家和北京市的支持政策，给予最高500万元配套奖励。",
        title: bi("高潜力数据企业配套奖励", "Matching award for a fast-growing data firm"),
        area: "growth",
        facts: &[
            FactSpec::new(1, q::FOCUS_FIELDS, FactKind::Choices(FOCUS_FIELDS), bi("单位聚焦哪些创新活跃领域？", "Which of these fields of active innovation does the organisation focus on?"))
            .evidence(bi("主营业务说明，以及代表性产品或合同", "a description of the main business, with representative products or contracts")),
            flag(2, q::MATCHED_SUPPORT, bi(
                "单位是否已获得国家或北京市相关政策的支持（本奖励为配套奖励）？",
                "Has the organisation received national or Beijing support that this award would match?",
            ))
            .evidence(bi("国家或北京市支持的批复、获支持通知或资金到账凭证", "the approval or notice of the national or Beijing support, or the record of the funds received"))
            .terms(&[&MATCHING]),
        ],
        conditions: &[
            cond(Test::NonEmpty(q::FOCUS_FIELDS), bi(
                "聚焦数据标注、大模型训练、数据流通服务或数据应用",
                "focuses on data annotation, large-model training, data circulation services or data applications",
            )),
            cond(Test::Flag(q::MATCHED_SUPPORT), bi(
                "已获得可配套的国家或北京市支持",
                "has received national or Beijing support to match",
            )),
        ],
        award: flat(500),
        amount_text: cap_with(["", "配套奖励"], ["matching award ", ""]),
        assessed: &[Assessed {
            text: bi("成长速度快、发展潜力强", "grows fast and has strong potential"),
            evidence: bi("近年的营业收入及其增长、融资情况等", "recent revenue and its growth, financing and the like"),
        }],
        reading: None,
    },
    Measure {
        id: "2.2b",
        tag: 3,
        clause: bi("第二条（二）第二句", "Article 2(2), second sentence"),
        quote: "对通过生成式人工智能服务、互联网信息服务算法、深度合成服务算法等国家级备案，并进行应用场景开发和推广的单位，按照每项备案最高100万元的标准，给予每家单位最高500万元奖励。",
        title: bi("人工智能国家级备案", "National AI service and algorithm filings"),
        area: "growth",
        facts: &[
            count(1, q::GENERATIVE_AI, bi("生成式人工智能服务备案数量", "Number of generative AI service filings"))
            .evidence(bi("每项备案的备案编号，或网信部门公告中的备案信息", "each filing's number, or the filing as published by the Cyberspace Administration of China"))
            .terms(&[&NATIONAL_FILING]),
            count(2, q::ALGORITHM, bi("互联网信息服务算法备案数量", "Number of internet information service algorithm filings"))
            .evidence(bi("每项备案的备案编号，或网信部门公告中的备案信息", "each filing's number, or the filing as published by the Cyberspace Administration of China")),
            count(3, q::DEEP_SYNTHESIS, bi("深度合成服务算法备案数量", "Number of deep synthesis service algorithm filings"))
            .evidence(bi("每项备案的备案编号，或网信部门公告中的备案信息", "each filing's number, or the filing as published by the Cyberspace Administration of China")),
            flag(4, q::SCENARIOS_PROMOTED, bi(
                "单位是否基于这些备案进行了应用场景开发和推广？",
                "Has the organisation developed and promoted application scenarios based on these filings?",
            ))
            .evidence(bi("应用场景的说明，以及上线、推广的证明（如合同、用户情况）", "a description of the scenarios, with proof of their launch and promotion (contracts, users)"))
            .asked_when(&Test::AnyCount(AI_FILINGS)),
        ],
        conditions: &[
            cond(Test::AnyCount(AI_FILINGS), bi(
                "至少通过一项国家级备案",
                "holds at least one national filing",
            )),
            cond(Test::Flag(q::SCENARIOS_PROMOTED), bi(
                "进行了应用场景开发和推广",
                "has developed and promoted application scenarios",
            )),
        ],
        award: Award::Amount(Rule::PerCount {
            items: &[
                item(q::GENERATIVE_AI, 100, bi("生成式人工智能服务备案", "generative AI service filings")),
                item(q::ALGORITHM, 100, bi("互联网信息服务算法备案", "algorithm filings")),
                item(q::DEEP_SYNTHESIS, 100, bi("深度合成服务算法备案", "deep synthesis filings")),
            ],
            cap: Some(Wan::whole(500)),
        }),
        amount_text: words("每项备案最高 100 万元，每家单位最高 500 万元", "up to CNY 1 million per filing, and up to CNY 5 million per organisation"),
        assessed: &[],
        reading: Some(bi(
            "每项备案按最高 100 万元计，合计不超过 500 万元，即取“100 × 备案数”与 500 中的较小者（单位：万元）。",
            "Each filing counts at the full 100, and the total is capped at 500: the lower of 100 × the number of filings and 500 (in 10,000 yuan).",
        )),
    },
    Measure {
        id: "2.3",
        tag: 4,
        clause: bi("第二条（三）", "Article 2(3)"),
        quote: "（三）支持数据产业链融通发展。鼓励打造数据产业创新联合体，为中小企业提供数据集、算力、模型等资源使用便利，给予牵头单位最高600万元奖励。",
        title: bi("牵头数据产业创新联合体", "Leading a data-industry innovation consortium"),
        area: "recognition",
        facts: &[flag(1, q::LEADS_CONSORTIUM, bi(
            "单位是否牵头打造数据产业创新联合体，为中小企业提供数据集、算力、模型等资源？",
            "Does the organisation lead a data-industry innovation consortium that gives SMEs datasets, compute or models?",
        ))
            .evidence(bi("联合体的组建协议或成立文件（写明牵头单位），以及为中小企业提供资源的记录", "the consortium's founding agreement or document naming its lead, and records of the resources given to SMEs"))],
        conditions: &[cond(Test::Flag(q::LEADS_CONSORTIUM), bi(
            "牵头数据产业创新联合体并为中小企业提供资源",
            "leads a consortium that gives SMEs datasets, compute or models",
        ))],
        award: flat(600),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "3.1",
        tag: 5,
        clause: bi("第三条（一）", "Article 3(1)"),
        quote: "（一）支持建设数据领域重大创新平台。鼓励打造数据领域科学实验室、技术创新中心、企业技术中心等科技创新平台，对经国家和北京市认定的科技创新平台，分别给予牵头单位连续3年，每年最高200万元、100万元奖励。",
        title: bi("国家或北京市认定的科技创新平台", "Recognised science and technology innovation platforms"),
        area: "research",
        facts: &[FactSpec::new(1, q::PLATFORMS, FactKind::List(&[
                NAME,
                FactSpec::new(2, q::LEVEL, FactKind::Choice(PLATFORM_LEVELS), bi("认定级别", "Level of recognition")).required(),
            ]), bi(
                "单位作为牵头单位的、经国家或北京市认定的数据领域科学实验室、技术创新中心、企业技术中心等平台",
                "Data-field laboratories, technology innovation centres or enterprise technology centres the organisation leads, recognised nationally or by Beijing",
            ))
            .hint(&bi(
                "只计数据领域的平台，且单位是牵头单位；其他领域的平台、单位只是参与的平台不计。",
                "Only platforms in the data field count, and only where the organisation is the lead; platforms of other fields, or ones it only takes part in, do not.",
            ))
            .evidence(bi(
                "每个平台的认定文件或公布的认定名单，写明平台属于数据领域、本单位为牵头单位",
                "each platform's recognition document or the published list that names it, showing that the platform is in the data field and that the organisation leads it",
            ))],
        conditions: &[cond(Test::NonEmpty(q::PLATFORMS), bi(
            "牵头至少一个经国家或北京市认定的数据领域科技创新平台",
            "leads at least one recognised data-field innovation platform",
        ))],
        award: Award::Amount(Rule::PerItemLevel {
            list: q::PLATFORMS,
            field: q::LEVEL,
            levels: &[
                Level { choice: "national", amount: Wan::whole(600), label: bi("国家级（200 × 3 年）", "national (200 a year × 3 years)") },
                Level { choice: "both", amount: Wan::whole(600), label: bi("国家和北京市均认定，按国家级计一次（200 × 3 年）", "recognised by both, counted once as national (200 a year × 3 years)") },
                Level { choice: "beijing", amount: Wan::whole(300), label: bi("北京市级（100 × 3 年）", "Beijing (100 a year × 3 years)") },
            ],
        }),
        amount_text: words(
            "每个平台连续 3 年，国家级每年最高 200 万元、北京市级每年最高 100 万元",
            "per platform, for 3 years: up to CNY 2 million a year if recognised nationally, up to CNY 1 million a year if recognised by Beijing",
        ),
        assessed: &[],
        reading: Some(bi(
            "按每个平台 3 年合计估算（国家级最高 600 万元、北京市级最高 300 万元）；同时获国家和北京市认定的平台只计一次，按国家级计。",
            "Estimated per platform over the 3 years: up to 600 if national, 300 if Beijing (in 10,000 yuan). A platform recognised at both levels counts once, at the national rate.",
        )),
    },
    Measure {
        id: "3.2",
        tag: 6,
        clause: bi("第三条（二）", "Article 3(2)"),
        quote: "（二）支持攻关数据领域重点技术研发项目。鼓励通过“揭榜挂帅”等形式参与国家和北京市数据领域重点技术攻关项目，研究成果被认可采纳并形成转化成果的，给予牵头单位最高1000万元奖励。",
        title: bi("重点技术攻关成果转化", "Key technology project with results put to use"),
        area: "research",
        facts: &[
            flag(1, q::RESULTS_CONVERTED, bi(
            "单位是否牵头国家或北京市数据领域重点技术攻关项目（如“揭榜挂帅”），且研究成果被认可采纳并形成转化成果？",
            "Does the organisation lead a national or Beijing key technology project in the data field (for example one taken on through the open \"challenge list\" competition) whose results have been accepted, adopted and put to use?",
        ))
            .evidence(bi("项目任务书或立项文件、成果被认可采纳的证明（如验收意见），以及成果转化的证明（如合同）", "the project's task agreement or approval, proof that its results were accepted (such as the acceptance opinion) and proof that they have been put to use (such as contracts)"))
            .terms(&[&JIEBANG]),
            PROJECT_NAME,
            FactSpec::new(3, q::PROJECT_LEVEL, FactKind::Choice(KEY_TASK_LEVELS), bi("下达该项目的部门层级（可选）", "Who assigned the project (optional)"))
                .asked_when(&Test::Flag(q::RESULTS_CONVERTED)),
        ],
        conditions: &[cond(Test::Flag(q::RESULTS_CONVERTED), bi(
            "牵头重点技术攻关项目且成果被认可采纳并转化",
            "leads a key technology project whose results were accepted, adopted and put to use",
        ))],
        award: flat(1000),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "4.1",
        tag: 7,
        clause: bi("第四条（一）", "Article 4(1)"),
        quote: "对获得部属、市属公共数据资源授权运营的单位，分别给予最高200万元、100万元奖励。",
        title: bi("公共数据资源授权运营", "Authorised operation of public data resources"),
        area: "scenarios",
        facts: &[
            flag(1, q::MINISTRY, bi("单位是否获得部属公共数据资源授权运营？", "Does the organisation hold a ministry-level authorisation to operate public data?"))
            .evidence(bi("部属公共数据资源的授权运营协议或授权文件", "the agreement or document of the ministry-level authorisation"))
            .terms(&[&PUBLIC_DATA_OPERATION]),
            flag(2, q::MUNICIPAL, bi("单位是否获得市属公共数据资源授权运营？", "Does the organisation hold a Beijing municipal authorisation to operate public data?"))
            .evidence(bi("市属公共数据资源的授权运营协议或授权文件", "the agreement or document of the municipal authorisation")),
        ],
        conditions: &[cond(Test::AnyFlag(&[q::MINISTRY, q::MUNICIPAL]), bi(
            "获得部属或市属公共数据资源授权运营",
            "holds a ministry-level or Beijing municipal authorisation to operate public data",
        ))],
        award: Award::Amount(Rule::PerFlag {
            items: &[
                item(q::MINISTRY, 200, bi("部属授权运营", "ministry-level authorisation")),
                item(q::MUNICIPAL, 100, bi("市属授权运营", "municipal authorisation")),
            ],
        }),
        amount_text: words("部属最高 200 万元、市属最高 100 万元", "up to CNY 2 million (ministry-level) and up to CNY 1 million (Beijing municipal)"),
        assessed: &[],
        reading: Some(bi(
            "同时获得部属和市属授权的，两项授权是两个事项，分别计算。",
            "An organisation holding both authorisations gets both amounts: two authorisations are two matters.",
        )),
    },
    Measure {
        id: "4.2a",
        tag: 8,
        clause: bi("第四条（二）", "Article 4(2)"),
        quote: "对推动示范性应用场景落地建设的单位，给予最高500万元奖励。",
        title: bi("示范性应用场景落地", "Demonstration application scenario"),
        area: "scenarios",
        facts: &[flag(1, q::DEMO_SCENARIO, bi(
            "单位是否推动应用场景落地建设？（是否具有示范性，由西城区数据局评定）",
            "Has the organisation put an application scenario into operation? (Whether it is a demonstration one, the Xicheng District Data Bureau assesses.)",
        ))
            .evidence(bi(
                "场景已落地运行的证明（如上线、验收材料）",
                "proof that the scenario runs (such as its launch or acceptance records)",
            ))],
        conditions: &[cond(Test::Flag(q::DEMO_SCENARIO), bi(
            "推动应用场景落地建设",
            "has put an application scenario into operation",
        ))],
        award: flat(500),
        amount_text: CAP,
        assessed: &[Assessed {
            text: bi("应用场景具有示范性", "the application scenario is a demonstration one"),
            evidence: bi(
                "场景被认定或入选为示范性应用场景的文件",
                "the recognition or selection of the scenario as a demonstration one",
            ),
        }],
        reading: None,
    },
    Measure {
        id: "4.2b",
        tag: 9,
        clause: bi("第四条（二）", "Article 4(2)"),
        quote: "对打造“数据要素×”典型应用案例、标杆解决方案的单位，给予最高50万元奖励。",
        title: bi("“数据要素×”典型案例、标杆方案", "\"Data Elements ×\" typical case or benchmark solution"),
        area: "scenarios",
        facts: &[flag(1, q::TYPICAL_CASE, bi(
            "单位是否打造了“数据要素×”典型应用案例或标杆解决方案？",
            "Has the organisation built a \"Data Elements ×\" (数据要素×) typical application case or benchmark solution?",
        ))
            .evidence(bi("入选典型案例或标杆方案的公布名单或通知", "the published list or notice that names the case or solution"))
            .terms(&[&DATA_ELEMENTS_X])],
        conditions: &[cond(Test::Flag(q::TYPICAL_CASE), bi(
            "打造“数据要素×”典型应用案例或标杆解决方案",
            "has built a \"Data Elements ×\" typical application case or benchmark solution",
        ))],
        award: flat(50),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "4.2c",
        tag: 10,
        clause: bi("第四条（二）", "Article 4(2)"),
        quote: "对在“数据要素×”大赛全国总决赛获得一等奖、二等奖、三等奖的单位，分别给予最高100万元、50万元、30万元奖励，对在“数据要素×”大赛北京分赛获得一等奖或获得全国总决赛参赛名额的单位，给予最高30万元奖励。",
        title: bi("“数据要素×”大赛获奖", "\"Data Elements ×\" competition results"),
        area: "scenarios",
        facts: &[FactSpec::new(1, q::ENTRIES, FactKind::List(&[
                NAME,
                FactSpec::new(2, q::NATIONAL_PRIZE, FactKind::Choice(NATIONAL_PRIZES), bi("全国总决赛获奖", "National final prize")),
                FactSpec::new(3, q::BEIJING, FactKind::Choice(BEIJING_RESULTS), bi("北京分赛成绩", "Beijing round result"))
                    .hint(&bi(
                        "同一参赛项目获北京分赛二等奖或三等奖、又获得全国总决赛参赛名额的，请选“获得全国总决赛参赛名额”（最高 30 万元）。",
                        "If the entry won a Beijing second or third prize and also reached the national final, choose “a place in the national final” (up to CNY 0.3 million).",
                    )),
            ]), bi("单位参加“数据要素×”大赛的参赛项目", "The organisation's entries in the \"Data Elements ×\" competition"))
            .evidence(bi("获奖证书，或主办方公布的获奖、晋级名单", "the certificate, or the organiser's published list of winners and finalists"))
            .terms(&[&DATA_ELEMENTS_X])],
        conditions: &[cond(Test::AnyItemChoice { list: q::ENTRIES, choices: PRIZES_THAT_PAY }, bi(
            "至少一个参赛项目获全国总决赛奖项、北京分赛一等奖或全国总决赛参赛名额",
            "at least one entry won a national prize, a Beijing first prize or a place in the national final",
        ))],
        award: Award::Amount(Rule::PerItemBest {
            list: q::ENTRIES,
            options: &[
                ItemOption { field: q::NATIONAL_PRIZE, choice: "first", amount: Wan::whole(100), label: bi("全国一等奖", "national first prize") },
                ItemOption { field: q::NATIONAL_PRIZE, choice: "second", amount: Wan::whole(50), label: bi("全国二等奖", "national second prize") },
                ItemOption { field: q::NATIONAL_PRIZE, choice: "third", amount: Wan::whole(30), label: bi("全国三等奖", "national third prize") },
                ItemOption { field: q::BEIJING, choice: "first_prize", amount: Wan::whole(30), label: bi("北京分赛一等奖", "Beijing first prize") },
                ItemOption { field: q::BEIJING, choice: "national_finalist", amount: Wan::whole(30), label: bi("全国总决赛参赛名额", "national-final place") },
            ],
        }),
        amount_text: words(
            "每个参赛项目：全国一、二、三等奖最高 100、50、30 万元；北京分赛一等奖或全国总决赛名额最高 30 万元",
            "per entry: up to CNY 1 million, CNY 0.5 million or CNY 0.3 million for a national first, second or third prize; up to CNY 0.3 million for a Beijing round first prize or a place in the national final",
        ),
        assessed: &[],
        reading: Some(bi(
            "每个参赛项目按其可得的最高一档计算，同一项目不同时获得全国和北京两项奖励。",
            "Each entry gets the higher of its national and Beijing amounts, never both.",
        )),
    },
    Measure {
        id: "4.3a",
        tag: 11,
        clause: bi("第四条（三）", "Article 4(3)"),
        quote: "（三）支持信息传输、软件和信息技术服务业企业拓展数据应用业务。鼓励实施数据领域创新项目，对服务支撑数据领域科技创新和数据产业的项目，给予最高200万元奖励。",
        title: bi("信息传输、软件和信息技术服务业企业数据创新项目", "Data innovation project of a firm in information transmission, software and IT services"),
        area: "growth",
        facts: &[flag(1, q::INNOVATION_PROJECT, bi(
            "单位是否实施服务支撑数据领域科技创新和数据产业的数据领域创新项目？",
            "Does the organisation run a data innovation project that supports science and technology innovation in the data field and the data industry?",
        ))
            .evidence(bi("项目的立项材料、实施方案和进展证明", "the project's approval, plan and proof of progress"))],
        conditions: &[
            ICT_CONDITION,
            cond(Test::Flag(q::INNOVATION_PROJECT), bi(
                "实施服务支撑数据领域科技创新和数据产业的创新项目",
                "runs a data innovation project that supports innovation in the data field and the data industry",
            )),
        ],
        award: flat(200),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "4.3b",
        tag: 12,
        clause: bi("第四条（三）", "Article 4(3)"),
        quote: "鼓励加强数据资源开发利用，主动向数据价值创造转型，对创新开发基于数据驱动决策、面向大模型研发应用的语料库等数据产品和服务的单位，给予最高200万元奖励。",
        title: bi("信息传输、软件和信息技术服务业企业数据产品和服务", "Data products and services of a firm in information transmission, software and IT services"),
        area: "growth",
        facts: &[flag(1, q::DATA_PRODUCTS, bi(
            "单位是否创新开发数据驱动决策产品、面向大模型研发应用的语料库等数据产品和服务？",
            "Does the organisation develop data products or services such as data-driven decision tools or corpora for developing and applying large models?",
        ))
            .evidence(bi("产品或服务说明，以及上线或销售证明", "descriptions of the products or services, with proof of launch or sales"))],
        conditions: &[
            ICT_CONDITION,
            cond(Test::Flag(q::DATA_PRODUCTS), bi(
                "创新开发数据产品和服务",
                "develops data products or services",
            )),
        ],
        award: flat(200),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "4.3c",
        tag: 13,
        clause: bi("第四条（三）", "Article 4(3)"),
        quote: "参照国家和北京市关于信息传输、软件和信息技术服务业以及人工智能产业等相关政策，给予最高200万元配套奖励。",
        title: bi("信息传输、软件和信息技术服务业及人工智能配套奖励", "Matching award for information transmission, software and IT services, and AI"),
        area: "growth",
        facts: &[flag(1, q::MATCHED_SUPPORT, bi(
            "单位是否已获得国家或北京市关于信息传输、软件和信息技术服务业以及人工智能产业等相关政策的支持（本奖励为配套奖励）？",
            "Has the organisation received support under national or Beijing policies for the information transmission, software and IT services industry or for AI, which this award would match?",
        ))
            .evidence(bi("国家或北京市相关支持的批复或通知", "the approval or notice of that national or Beijing support"))
            .terms(&[&MATCHING])],
        conditions: &[
            ICT_CONDITION,
            cond(Test::Flag(q::MATCHED_SUPPORT), bi(
                "已获得可配套的国家或北京市相关支持",
                "has received national or Beijing support to match",
            )),
        ],
        award: flat(200),
        amount_text: cap_with(["", "配套奖励"], ["matching award ", ""]),
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "5.1a",
        tag: 14,
        clause: bi("第五条（一）", "Article 5(1)"),
        quote: "鼓励打造安全的数据流通交易平台，支持平台与数据交易所实现互联互通，对平台的建设或运营单位，给予最高1000万元奖励。",
        title: bi("数据流通交易平台", "Data circulation and trading platform"),
        area: "trading",
        facts: &[
            flag(1, q::TRADING_PLATFORM, bi(
            "单位是否建设或运营与数据交易所互联互通的数据流通交易平台？",
            "Does the organisation build or operate a data circulation and trading platform connected to a data exchange?",
        ))
            .evidence(bi("平台建设或运营的证明，以及与数据交易所互联互通的协议或证明", "proof of building or operating the platform, and the agreement or proof of its connection with a data exchange")),
            PLATFORM_NAME,
        ],
        conditions: &[cond(Test::Flag(q::TRADING_PLATFORM), bi(
            "建设或运营与数据交易所互联互通的交易平台",
            "builds or operates a data circulation and trading platform connected to a data exchange",
        ))],
        award: flat(1000),
        amount_text: CAP,
        assessed: &[],
        reading: Some(bi(
            "条款为“支持平台与数据交易所实现互联互通”；本工具把与数据交易所互联互通作为条件。",
            "The clause supports platforms connecting with a data exchange; this tool treats that connection as a condition.",
        )),
    },
    Measure {
        id: "5.1b",
        tag: 15,
        clause: bi("第五条（一）", "Article 5(1)"),
        quote: "对首次实现数据资产入表，以及数据产品在数据流通交易平台上架、登记、交易的单位，根据实际规模和应用效果，给予最高200万元奖励。",
        title: bi("数据资产入表、数据产品上架交易", "Data assets on the balance sheet; data products listed or traded"),
        area: "trading",
        facts: &[
            flag(1, q::ASSETS_ON_BALANCE_SHEET, bi("单位是否首次实现数据资产入表？", "Has the organisation recognised data assets on its balance sheet for the first time?"))
            .evidence(bi(
                "列报数据资源的财务报表（如经审计的年度财务报告），并能说明此次入表为首次",
                "financial statements showing the data resources (such as the audited annual accounts), showing that this is the first recognition",
            ))
            .terms(&[&DATA_ASSETS_ON_BALANCE_SHEET]),
            flag(2, q::PRODUCT_LISTED, bi(
                "单位的数据产品是否在数据流通交易平台上架、登记或交易？",
                "Has the organisation listed, registered or traded a data product on a data circulation and trading platform?",
            ))
            .evidence(bi("交易平台出具的上架、登记凭证或交易记录", "the listing or registration certificate, or the trading records, from the platform")),
        ],
        conditions: &[cond(Test::AnyFlag(&[q::ASSETS_ON_BALANCE_SHEET, q::PRODUCT_LISTED]), bi(
            "首次实现数据资产入表，或数据产品上架、登记、交易",
            "recognised data assets for the first time, or listed, registered or traded a data product",
        ))],
        award: flat(200),
        amount_text: cap_with(["", "（根据实际规模和应用效果）"], ["", " (depending on actual scale and results)"]),
        assessed: &[Assessed {
            text: bi("奖励根据实际规模和应用效果核定", "the award follows the actual scale and results"),
            evidence: bi(
                "入表的数据资产金额，或产品上架、登记、交易的规模及应用效果说明",
                "the amount of data assets recorded, or the scale and results of the product's listing, registration or trading",
            ),
        }],
        reading: Some(bi(
            "入表与上架交易满足其一或两者兼有，均只计一项奖励。",
            "Either or both give a single award, not two.",
        )),
    },
    Measure {
        id: "5.1c",
        tag: 16,
        clause: bi("第五条（一）", "Article 5(1)"),
        quote: "鼓励建设一批重点领域高质量数据集，对建设高质量数据集并接入数据流通交易平台的单位，根据数据规模、数据质量、交易规模和应用效果，给予最高200万元奖励。",
        title: bi("高质量数据集接入交易平台", "High-quality dataset on a trading platform"),
        area: "trading",
        facts: &[flag(1, q::DATASET_ON_PLATFORM, bi(
            "单位是否建设高质量数据集并接入数据流通交易平台？",
            "Has the organisation built a high-quality dataset and connected it to a data circulation and trading platform?",
        ))
            .evidence(bi("数据集说明，以及接入交易平台的证明", "a description of the dataset, and proof of its connection to the trading platform"))],
        conditions: &[cond(Test::Flag(q::DATASET_ON_PLATFORM), bi(
            "建设高质量数据集并接入交易平台",
            "has built a high-quality dataset and connected it to a data circulation and trading platform",
        ))],
        award: flat(200),
        amount_text: cap_with(["", "（根据数据规模、质量、交易规模和应用效果）"], ["", " (depending on data scale, data quality, trading volume and results)"]),
        assessed: &[Assessed {
            text: bi("根据数据规模、数据质量、交易规模和应用效果核定奖励", "the award follows data scale, data quality, trading volume and results"),
            evidence: bi(
                "数据集的规模和质量说明，以及接入交易平台后的交易规模和应用效果",
                "the dataset's scale and quality, and its trading volume and results since joining the platform",
            ),
        }],
        reading: None,
    },
    Measure {
        id: "5.2",
        tag: 17,
        clause: bi("第五条（二）", "Article 5(2)"),
        quote: "优化数据跨境便利化服务体系，支持数据企业规范有序开展数据跨境业务。",
        title: bi("数据跨境业务服务", "Help with cross-border data business"),
        area: "trading",
        facts: &[flag(1, q::CROSS_BORDER, bi(
            "单位是否开展或计划开展数据跨境业务？",
            "Does the organisation run, or plan to run, cross-border data business?",
        ))],
        conditions: &[cond(Test::Flag(q::CROSS_BORDER), bi("开展数据跨境业务", "runs cross-border data business"))],
        award: Award::Service,
        amount_text: words("服务支持，无明确金额", "service support, no stated amount"),
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "6.1a",
        tag: 18,
        clause: bi("第六条（一）", "Article 6(1)"),
        quote: "鼓励建设可信数据空间等支撑“中国数据街”发展的重点数据基础设施项目，对评为国家级试点示范的，按照不超过实际完成固定资产投资（不含土建）的10%，给予建设单位最高1000万元支持。",
        title: bi("重点数据基础设施国家级试点示范", "Key data infrastructure rated a national pilot"),
        area: "infrastructure",
        facts: &[
            flag(1, q::NATIONAL_PILOT, bi(
                "单位建设的重点数据基础设施项目（如可信数据空间）是否被评为国家级试点示范？",
                "Has the organisation's key data-infrastructure project (such as a trusted data space) been rated a national pilot or demonstration?",
            ))
            .evidence(bi("评为国家级试点示范的公布名单或批复文件", "the published list or approval that names the project a national pilot or demonstration"))
            .terms(&[&TRUSTED_DATA_SPACE, &NATIONAL_PILOT]),
            FactSpec::new(2, q::INVESTMENT_WAN, FactKind::Amount, bi("实际完成固定资产投资（不含土建），万元", "Fixed-asset investment actually completed, excluding civil works (in 10,000 yuan)"))
            .evidence(bi("投资明细及合同、发票，或审计、决算报告", "a breakdown of the investment with contracts and invoices, or an audit or final-accounts report"))
            .terms(&[&FIXED_ASSET_INVESTMENT])
            .asked_when(&Test::Flag(q::NATIONAL_PILOT)),
        ],
        conditions: &[
            cond(Test::Flag(q::NATIONAL_PILOT), bi("项目被评为国家级试点示范", "the project is rated a national pilot or demonstration")),
            cond(Test::Positive(q::INVESTMENT_WAN), bi(
                "填写了实际完成的固定资产投资（不含土建）",
                "the fixed-asset investment completed (excluding civil works) is given",
            )),
        ],
        award: Award::Amount(Rule::Percent { key: q::INVESTMENT_WAN, percent: 10, cap: Wan::whole(1000) }),
        amount_text: words("不超过固定资产投资（不含土建）的 10%，最高 1,000 万元", "up to 10% of the fixed-asset investment (excluding civil works), at most CNY 10 million"),
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "6.1b",
        tag: 19,
        clause: bi("第六条（一）", "Article 6(1)"),
        quote: "鼓励存量数据中心智能化、低碳化改造优化，对获得国家、北京市资金支持的项目建设单位，给予最高1500万元支持。",
        title: bi("存量数据中心智能化、低碳化改造", "Smarter, lower-carbon upgrade of an existing data centre"),
        area: "infrastructure",
        facts: &[
            flag(1, q::RETROFIT_FUNDED, bi(
            "单位的存量数据中心智能化、低碳化改造项目是否获得国家或北京市资金支持？",
            "Has the organisation's project to make an existing data centre smarter and lower-carbon received national or Beijing funding?",
        ))
            .evidence(bi("国家或北京市资金支持的批复或下达文件", "the approval or allocation of the national or Beijing funding")),
            RETROFIT_NAME,
            FactSpec::new(3, q::FUNDING_LEVEL, FactKind::Choice(FUNDING_LEVELS), bi("资金支持来自（可选）", "Who funded it (optional)"))
                .asked_when(&Test::Flag(q::RETROFIT_FUNDED)),
        ],
        conditions: &[cond(Test::Flag(q::RETROFIT_FUNDED), bi(
            "改造项目获得国家或北京市资金支持",
            "the upgrade received national or Beijing funding",
        ))],
        award: flat(1500),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "6.2",
        tag: 20,
        clause: bi("第六条（二）", "Article 6(2)"),
        quote: "对租用非关联方的智能算力资源，在重点领域开展行业人工智能大模型训练和应用的单位，给予最高200万元“算力券”奖励。",
        title: bi("算力券", "Compute voucher"),
        area: "infrastructure",
        facts: &[
            flag(1, q::RENTS_COMPUTE, bi(
                "单位是否租用非关联方的智能算力，在重点领域开展行业大模型训练和应用？",
                "Does the organisation rent AI compute from a non-affiliated provider to train and apply industry large models in key fields?",
            ))
            .evidence(bi(
                "写明租用智能算力、出租方为非关联方的租用合同，发票和付款凭证，以及在重点领域开展行业人工智能大模型训练和应用的证明",
                "the rental contract showing AI compute rented from a non-affiliated provider, invoices and payment records, and proof of industry AI large-model training or application in a key field",
            ))
            .terms(&[&NON_AFFILIATED, &KEY_FIELDS]),
            COMPUTE_RENT_PAID,
        ],
        conditions: &[cond(Test::Flag(q::RENTS_COMPUTE), bi(
            "租用非关联方的智能算力，在重点领域开展行业人工智能大模型训练和应用",
            "rents AI compute from a non-affiliated provider to train and apply industry AI large models in key fields",
        ))],
        award: Award::Amount(Rule::FlatLimitedBy {
            cap: Wan::whole(200),
            key: COMPUTE_RENT_PAID.key,
            limit: bi("已支付的租用费用", "rent paid"),
        }),
        amount_text: cap_with(["", "“算力券”"], ["compute voucher ", ""]),
        assessed: &[],
        reading: Some(bi(
            "算力券不超过实际支付的算力租用费用：填写了已付费用的，按两者中较低者估算。",
            "A compute voucher cannot exceed the rent paid for the compute: where the rent paid is given, the lower of the two is used.",
        )),
    },
    Measure {
        id: "7",
        tag: 21,
        clause: bi("第七条", "Article 7"),
        quote: "对创新发展数据分类分级、隐私保护、安全监测、应急处置等数据安全产品和服务的单位，给予最高200万元奖励。",
        title: bi("数据安全产品和服务", "Data-security products and services"),
        area: "security",
        facts: &[flag(1, q::SECURITY_PRODUCTS, bi(
            "单位是否创新发展数据分类分级、隐私保护、安全监测、应急处置等数据安全产品和服务？",
            "Does the organisation develop data-security products or services: classification and grading, privacy protection, security monitoring, emergency response?",
        ))
            .evidence(bi("产品或服务说明，以及销售合同或检测、认证材料", "descriptions of the products or services, with sales contracts or test and certification reports"))],
        conditions: &[cond(Test::Flag(q::SECURITY_PRODUCTS), bi(
            "创新发展数据安全产品和服务",
            "develops data-security products or services",
        ))],
        award: flat(200),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "8",
        tag: 22,
        clause: bi("第八条", "Article 8"),
        quote: "在标准公布后，对主导或参与制定国际标准、国家标准、北京市地方标准、行业标准且在起草单位中位列前三名的，分别给予最高200万元、100万元、50万元和30万元奖励，每家单位所获奖励总额最高300万元。",
        title: bi("主导或参与制定标准", "Drafting published standards"),
        area: "security",
        facts: &[
            count(1, q::INTERNATIONAL, bi("已公布的国际标准数量（起草单位前三名）", "Published international standards (ranked among the first three drafting organisations)"))
            .evidence(bi("已发布标准的文本或发布公告（显示起草单位排序）", "the published standard or its announcement, showing the order of the drafting organisations")),
            count(2, q::NATIONAL, bi("已公布的国家标准数量（起草单位前三名）", "Published national standards (ranked among the first three drafting organisations)"))
            .evidence(bi("已发布标准的文本或发布公告（显示起草单位排序）", "the published standard or its announcement, showing the order of the drafting organisations")),
            count(3, q::LOCAL, bi("已公布的北京市地方标准数量（起草单位前三名）", "Published Beijing local standards (ranked among the first three drafting organisations)"))
            .evidence(bi("已发布标准的文本或发布公告（显示起草单位排序）", "the published standard or its announcement, showing the order of the drafting organisations")),
            count(4, q::INDUSTRY, bi("已公布的行业标准数量（起草单位前三名）", "Published industry standards (ranked among the first three drafting organisations)"))
            .evidence(bi("已发布标准的文本或发布公告（显示起草单位排序）", "the published standard or its announcement, showing the order of the drafting organisations")),
        ],
        conditions: &[cond(Test::AnyCount(&[q::INTERNATIONAL, q::NATIONAL, q::LOCAL, q::INDUSTRY]), bi(
            "至少一项已公布的标准，且位列起草单位前三名",
            "at least one published standard, with the organisation ranked among the first three drafting organisations",
        ))],
        award: Award::Amount(Rule::PerCount {
            items: &[
                item(q::INTERNATIONAL, 200, bi("国际标准", "international standards")),
                item(q::NATIONAL, 100, bi("国家标准", "national standards")),
                item(q::LOCAL, 50, bi("北京市地方标准", "Beijing local standards")),
                item(q::INDUSTRY, 30, bi("行业标准", "industry standards")),
            ],
            cap: Some(Wan::whole(300)),
        }),
        amount_text: words(
            "每项国际、国家、地方、行业标准最高 200、100、50、30 万元，每家单位合计最高 300 万元",
            "per standard: up to CNY 2 million (international), CNY 1 million (national), CNY 0.5 million (Beijing local) or CNY 0.3 million (industry); up to CNY 3 million in total per organisation",
        ),
        assessed: &[],
        reading: Some(bi(
            "只计已公布、且单位位列起草单位前三名的标准。",
            "Only published standards for which the organisation is ranked among the first three drafting organisations count.",
        )),
    },
    Measure {
        id: "9.1",
        tag: 23,
        clause: bi("第九条（一）", "Article 9(1)"),
        quote: "根据技术创新力、市场影响力、辐射带动力等因素，为重点单位提供“双管家”服务，协调解决经营发展中的突出问题，打造“全过程、全方位、全周期、全链条”的数据产业服务机制。加强数据知识产权保护，鼓励数据领域创新成果申请数据知识产权登记。",
        title: bi("“双管家”服务", "\"Dual steward\" service"),
        area: "ecosystem",
        facts: &[flag(1, q::WANTS_STEWARD_SERVICE, bi(
            "单位是否希望了解“双管家”服务？",
            "Would the organisation like to ask about the \"dual steward\" service?",
        ))
        .terms(&[&DUAL_STEWARD])],
        conditions: &[cond(Test::Flag(q::WANTS_STEWARD_SERVICE), bi("希望了解“双管家”服务", "wants to ask about the \"dual steward\" service"))],
        award: Award::Service,
        amount_text: words("服务支持，无明确金额", "service support, no stated amount"),
        assessed: &[],
        reading: Some(bi(
            "“双管家”服务的对象是西城区根据技术创新力、市场影响力、辐射带动力等因素确定的重点单位：本工具只说明可以咨询，是否提供由西城区决定。条款对数据知识产权登记是鼓励，不是对单位的服务承诺。",
            "The \"dual steward\" service is for key organisations the district chooses by their capacity for technological innovation, market influence and the lead they give others: the tool only says it can be asked about; the district decides whether to offer it. The clause encourages data IP registration; it promises no service for it.",
        )),
    },
    Measure {
        id: "9.2",
        tag: 24,
        clause: bi("第九条（二）", "Article 9(2)"),
        quote: "对依托数据资产、数据知识产权、数据托管等进行融资的单位，给予最高200万元贴息支持。",
        title: bi("数据资产融资贴息", "Interest subsidy for data-asset financing"),
        area: "ecosystem",
        facts: &[
            flag(1, q::DATA_FINANCING, bi(
                "单位是否依托数据资产、数据知识产权或数据托管进行了融资？",
                "Has the organisation raised financing secured on data assets, data IP or data custody?",
            ))
            .evidence(bi("融资合同（写明以数据资产、数据知识产权或数据托管为依托）", "the financing contract, showing that it rests on data assets, data IP or data custody")),
            FactSpec::new(2, q::INTEREST_PAID_WAN, FactKind::Amount, bi("已支付利息（万元，可选）", "Interest paid (in 10,000 yuan, optional)"))
            .evidence(bi("利息支付凭证", "records of the interest paid"))
            .asked_when(&Test::Flag(q::DATA_FINANCING)),
        ],
        conditions: &[cond(Test::Flag(q::DATA_FINANCING), bi(
            "依托数据资产、数据知识产权或数据托管进行融资",
            "raised financing on data assets, data IP or data custody",
        ))],
        award: Award::Amount(Rule::FlatLimitedBy {
            cap: Wan::whole(200),
            key: q::INTEREST_PAID_WAN,
            limit: bi("已支付利息", "interest paid"),
        }),
        amount_text: cap_with(["", "贴息"], ["interest subsidy ", ""]),
        assessed: &[],
        reading: Some(bi(
            "贴息不超过实际支付的利息：填写了已付利息的，按两者中较低者估算。",
            "The interest subsidy cannot exceed the interest paid: where the interest paid is given, the lower of the two is used.",
        )),
    },
    Measure {
        id: "9.3",
        tag: 25,
        clause: bi("第九条（三）", "Article 9(3)"),
        quote: "支持打造高水平数据人才队伍，优先推荐参与“西融人才”认定，对符合条件的创新人才给予综合资助，为符合条件的单位提供人才引进、北京市工作居住证办理、毕业生引进等优质高效服务。",
        title: bi("数据人才服务", "Talent services"),
        area: "ecosystem",
        facts: &[flag(1, q::TALENT, bi(
            "单位是否有数据领域人才希望推荐参与“西融人才”认定，或需要人才引进、工作居住证、毕业生引进服务？",
            "Does the organisation have data talent to recommend for the Xirong Talent programme (西融人才), or need help with hiring, Beijing work and residence permits or graduates?",
        ))],
        conditions: &[cond(Test::Flag(q::TALENT), bi("有人才推荐或人才服务需求", "has talent to recommend or needs talent services"))],
        award: Award::Service,
        amount_text: words("服务支持；对符合条件的人才的综合资助金额未明确", "service support; the funding for eligible talent has no stated amount"),
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "9.4",
        tag: 26,
        clause: bi("第九条（四）", "Article 9(4)"),
        quote: "对承接国家级、市级相关部门主办或承办的数据领域交流活动的单位，按照活动实际发生投入的30%，给予最高200万元奖励。",
        title: bi("承接数据领域交流活动", "Hosting a data event"),
        area: "ecosystem",
        facts: &[FactSpec::new(1, q::EVENTS, FactKind::List(&[
                NAME,
                FactSpec::new(2, q::SPEND_WAN, FactKind::Amount, bi("活动实际发生投入（万元）", "Actual spend on the event (in 10,000 yuan)")).required(),
            ]), bi(
                "单位承接的、由国家级或市级相关部门主办或承办的数据领域交流活动",
                "Data events the organisation hosted for a national or Beijing municipal department",
            ))
            .evidence(bi("主办部门关于活动的文件（如通知、委托函），以及活动支出凭证", "the host department's document about the event (a notice or letter), and the records of its spending"))],
        conditions: &[cond(Test::NonEmpty(q::EVENTS), bi(
            "承接至少一项国家级或市级部门主办或承办的数据活动",
            "hosted at least one data event for a national or Beijing municipal department",
        ))],
        award: Award::Amount(Rule::PerItemPercent { list: q::EVENTS, field: q::SPEND_WAN, percent: 30, cap_each: Wan::whole(200) }),
        amount_text: words("每项活动按实际投入的 30%，最高 200 万元", "per event: 30% of the actual spend, up to CNY 2 million"),
        assessed: &[],
        reading: Some(bi(
            "最高 200 万元按每项活动计算。",
            "The cap of 200 (in 10,000 yuan) applies to each event separately.",
        )),
    },
    Measure {
        id: "9.5",
        tag: 27,
        clause: bi("第九条（五）", "Article 9(5)"),
        quote: "鼓励产业园区、楼宇为数据企业、人工智能企业提供数据集、算力、模型、人才、资本等支撑服务，对重点发展数据产业、人工智能产业的园区、楼宇，给予最高600万元奖励。",
        title: bi("数据产业园区、楼宇", "Data-industry park or building"),
        area: "ecosystem",
        facts: &[flag(1, q::PARK_OPERATOR, bi(
            "单位是否运营重点发展数据、人工智能产业的园区或楼宇，并为企业提供数据集、算力、模型、人才、资本等服务？",
            "Does the organisation run an industrial park or building focused on data and AI firms, serving them with datasets, compute, models, talent or capital?",
        ))
            .evidence(bi("园区或楼宇的运营证明、入驻数据和人工智能企业的情况，以及服务记录", "proof of running the park or building, its data and AI tenants, and records of the services given"))],
        conditions: &[cond(Test::Flag(q::PARK_OPERATOR), bi(
            "运营重点发展数据、人工智能产业的园区或楼宇",
            "runs a park or building focused on data and AI",
        ))],
        award: flat(600),
        amount_text: CAP,
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "9.6a",
        tag: 28,
        clause: bi("第九条（六）", "Article 9(6)"),
        quote: "鼓励加快发展数据领域合规认证、安全审计、质量评价、资产评估、争议仲裁、风险评估等专业服务机构，支持健全数据资源价值评估服务体系，为高质量开展数据要素综合服务提供有力支撑，给予每家单位最高50万元奖励。",
        title: bi("数据领域专业服务机构", "Professional data-service firm"),
        area: "ecosystem",
        facts: &[flag(1, q::PROFESSIONAL_SERVICES, bi(
            "单位是否为数据合规认证、安全审计、质量评价、资产评估、争议仲裁、风险评估等专业服务机构？",
            "Is the organisation a professional firm for data compliance certification, security audit, quality evaluation, asset valuation, dispute arbitration or risk assessment?",
        ))
            .evidence(bi("营业执照上的经营范围、相关资质或服务合同", "the business scope on the licence, relevant qualifications, or service contracts"))],
        conditions: &[cond(Test::Flag(q::PROFESSIONAL_SERVICES), bi(
            "是数据领域专业服务机构",
            "is a professional data-service firm",
        ))],
        award: flat(50),
        amount_text: cap_with(["每家单位", ""], ["", " per organisation"]),
        assessed: &[],
        reading: None,
    },
    Measure {
        id: "9.6b",
        tag: 29,
        clause: bi("第九条（六）", "Article 9(6)"),
        quote: "鼓励创新数据保险、数据信托等金融服务产品，给予每家单位最高20万元奖励。",
        title: bi("数据保险、数据信托产品", "Data insurance or data trust products"),
        area: "ecosystem",
        facts: &[flag(1, q::DATA_FINANCE_PRODUCTS, bi(
            "单位是否提供数据保险、数据信托等金融服务产品？",
            "Does the organisation offer data insurance, data trust or similar financial products?",
        ))
            .evidence(bi("产品说明，以及已开展业务的合同", "product descriptions, with contracts of business done"))],
        conditions: &[cond(Test::Flag(q::DATA_FINANCE_PRODUCTS), bi(
            "提供数据保险、数据信托等金融产品",
            "offers data insurance or data trust products",
        ))],
        award: flat(20),
        amount_text: cap_with(["每家单位", ""], ["", " per organisation"]),
        assessed: &[],
        reading: None,
    },
];
