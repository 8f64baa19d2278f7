//! 中文: every text of the app in Chinese (the policy's own words are in `policy`).

use super::{isolate, title_of, CalcWords, Texts};
use crate::answers::{
    Expected, Problem, FORMAT, MAX_COUNT, MAX_DEPTH, MAX_FILE_BYTES, MAX_ITEMS, MAX_TEXT_CHARS, VERSION,
};
use crate::date::Date;
use crate::engine::{Basis, ProjectResult, Status};
use crate::lang::Lang;
use crate::money::{group_thousands, MoneyError, Wan};

pub const ZH: Texts = Texts {
    answer_no: "否",
    answer_none: "都没有",
    answer_yes: "是",
    app_title: "西城区数据产业奖励自评",
    area_ict_only: "此项仅适用于信息传输、软件和信息技术服务业企业。您在“单位基本情况”中回答了“否”或尚未回答，因此即使满足其他条件也无法获得。",
    area_lead: "请逐项回答。没有的事项选“否”或留空即可；每项下方可查看政策原文。",
    area_service_note: "不计入合计",
    areas_hint: "请勾选与单位有关的领域（可多选）。只有勾选的领域才会出现相应问题。",
    areas_title: "哪些活动与您的单位有关？",
    basics_title: "单位基本情况",
    check_areas: "选择的活动领域",
    name_at_limit: |limit| format!("已达 {limit} 个字符的上限：超出的部分不会保留。"),
    check_change: "修改",
    check_unanswered: "未回答",
    check_answer: "回答",
    check_see_results: "查看自评结果",
    check_title: "核对您的答案",
    clear_confirm: "确定清除全部答案吗？本设备上保存的答案也会删除。",
    clear_confirm_yes: "清除答案",
    clause_reading: "本工具的理解（以西城区数据局认定为准）：",
    clause_show_text: "查看原文",
    clause_source: "依据",
    error_choose_area: "请至少选择一个活动领域",
    error_choose_yes_no: "请选择“是”或“否”",
    error_prefix: "错误：",
    error_summary_title: "请修改以下问题",
    hint_amount: "单位为万元，可直接输入数字，例如 8000 或 1,234.5",
    hint_count: "填写整数，没有请填 0",
    import_button: "导入答卷文件",
    import_unreadable: "无法读取（可能不完整）。",
    layout_demo: "演示模式：本设备不会保存任何答案，关闭页面后即清除。",
    layout_start_over: "重新开始",
    idle_title: "还在使用吗？",
    idle_body: |seconds| format!("{seconds} 秒后将清除本次的全部答案，回到开始页，留给下一位访客。"),
    idle_continue: "继续自评",
    start_own_title: "评估您自己的单位",
    samples_title: "看看示例单位",
    samples_hint: "以下均为虚构的示例单位。点一下即载入它的答案并显示结果。",
    sample_button: |title| format!("示例·{title}"),
    separator: " · ",
    space: " ",
    hand_off_button: "用手机继续",
    hand_off_hint: "用手机相机扫描二维码，即可在手机上打开本次自评。答案就在二维码里，不经过任何服务器；单位名称、统一社会信用代码和联系人不在其中。",
    hand_off_code: "二维码：在手机上打开本次自评的链接",
    hand_off_length: |n| format!("链接共 {n} 个字符。"),
    hand_off_unreachable: |host| format!("这个二维码会通向 {host}，访客的手机打不开（这是本机或局域网的地址）。请在网址后加上 ?public= 和本工具的公开网址（例如它在区政府网站上的地址），再展示二维码。"),
    hand_off_too_long: "答案太多，生成的二维码手机难以可靠识别，因此不显示。请改用“导出答卷文件”，或复制链接。",
    layout_language_name: "中文",
    layout_provided_by: "政策依据：西行规发〔2025〕6号",
    layout_embed_unheard: "此框架无法随内容调整高度（所在网页的嵌入设置有误）：请在框内滚动查看。",
    layout_open_full: "在新窗口打开完整自评工具",
    layout_offline: "已可离线使用：本设备已保存本工具的全部文件，没有网络也能打开。",
    layout_privacy: "您的答案只在本设备上处理，不会发送到任何地方。",
    layout_skip: "跳到主要内容",
    list_add: "添加一项",
    list_empty: "尚未添加。",
    list_remove: "删除",
    list_separator: "、",
    nav_back: "返回",
    nav_continue: "继续",
    notice_cleared: "已清除本设备上保存的答案。",
    notice_undo_clear: "撤销清除",
    notice_dismiss: "关闭提示",
    notice_import_refused: "无法导入该文件，当前答案未作改动。原因：",
    notice_imported: "已导入答卷文件，请核对答案。",
    notice_imported_other_edition: |file, now| {
        format!("已导入答卷文件，请核对答案。此文件由规则版本 {file} 导出，结果按当前规则版本 {now} 计算，金额或条件可能与导出时不同。")
    },
    notice_not_in_force: "注意：该日期不在政策有效期内。",
    notice_saved_unreadable: "本设备上保存的答案无法读取，自评从头开始。原因：",
    notice_share_unreadable: "该分享链接无法读取，当前答案未作改动。原因：",
    notice_shared_unverified: "已载入链接中的答案。这是旧格式的链接，无法校验它在传递中是否被截断或改动：请逐项核对答案。",
    notice_shared_applied: "已载入链接中的答案，请核对。",
    projects_add: "添加一个项目",
    projects_example: "例如：同一个可信数据空间既被评为国家级试点示范（第六条（一）），又是示范性应用场景（第四条（二））。",
    projects_lead: "第十条（二）规定，同一项目、同一事项同时符合本措施和西城区其他专项支持政策的，按照“从高从优不重复”的原则给予支持。本工具的理解：本措施的多项措施属于同一项目的，也只计最高一项，并扣除已获的其他支持；扣除或择一以西城区数据局认定为准。如有这种情况，请在这里归为一个项目；没有则直接继续。",
    projects_measures: "属于该项目的措施",
    projects_name: "项目名称（可选）",
    project_n: |n| format!("项目 {n}"),
    project_remove_n: |n| format!("删除项目 {n}"),
    projects_support: "该项目已获西城区其他政策支持（万元）",
    projects_support_hint: "可选。本工具的理解：从该项目的最高金额中扣除；扣除或择一以西城区数据局认定为准。",
    projects_title: "是否有同一项目？",
    projects_too_few: "您选择的措施少于两项，通常无需归并项目。",
    report_answers: "您的答案",
    report_date: "自评日期",
    report_disclaimer: "本报告由自评工具根据您填写的答案生成，仅供参考，不构成任何承诺。所有金额均为“最高”金额。",
    report_disclaimer_title: "说明",
    report_title: "自评报告",
    overview_title: "奖励一览",
    overview_award: "奖励",
    overview_clause: "条款",
    overview_amount: "最高金额（万元）",
    overview_merged: |kept| format!("并入「{kept}」，不另计"),
    card_assessed: "由西城区数据局评定（本工具不作判断）：",
    card_assessed_shown_by: "证明材料（建议）：",
    card_more: "计算、满足的条件与条款原文",
    results_contents: "本页内容",
    results_answers_show: "查看您的全部答案",
    results_others_show: "查看这些措施及其条件",
    results_disclaimer_more: "未估算的内容与规则版本",
    overview_netted: |support| format!("（已扣除其他支持 {}）", support.figure()),
    overview_services: |list| format!("可申请（咨询）的服务（无明确金额，不计入合计）：{list}"),
    overview_near: |n| format!("另有 {n} 项奖励还需满足其他条件，见下方。"),
    overview_basis: "金额依据",
    basis_short: |basis| match basis {
        Basis::Figures => "按您填写的数字",
        Basis::Ceiling => "条款最高额",
    },
    basis_long: |basis| match basis {
        Basis::Figures => "此金额由您填写的数字决定（如备案数、投资额、已付费用），仍是上限，具体金额由西城区数据局核定。",
        Basis::Ceiling => "此金额是条款规定的最高额，具体金额由西城区数据局在此范围内核定，可能明显低于此数。",
    },
    headline_split: |figures, ceilings| {
        let lead = "每一项金额都是上限，具体金额由西城区数据局核定。";
        let by_figures = "由您填写的数字决定（如备案数、获奖等级、投资额、已付费用）";
        let maxima = "是条款规定的最高额，核定的金额可能明显更低";
        match (figures, ceilings) {
            (Some(figures), Some(ceilings)) => format!("{lead}其中 {figures} {by_figures}；{ceilings} {maxima}。"),
            (Some(_), None) => format!("{lead}以上金额都{by_figures}。"),
            (None, Some(_)) => format!("{lead}以上金额都{maxima}。"),
            (None, None) => lead.to_string(),
        }
    },
    merged_into_title: |title| format!("与「{title}」属同一项目，按“从高从优不重复”只计一项，不另计。"),
    next_title: "下一步",
    next_lead: "申报的批次、表格和材料，以西城区数据局发布的申报通知为准；本工具不能代替申报，也不能代替数据局的认定。",
    next_keep: "请保存导出的答卷文件和本报告，申报时可以对照填写。",
    next_evidence_hint: "以下按奖励列出您回答“是”或填写了数字的事项、由西城区数据局评定的事项，以及通常可以证明它们的材料（仅为建议；所需材料及其时间范围以申报通知为准）。",
    next_to_add: "尚未填写",
    item_question: numbered,
    numbered_item: numbered,
    clause_after: |clause| format!("（{clause}）"),
    issued_by_on: |issuer, day| format!("{issuer}，{day}"),
    device_save_failed: "您的答案无法保存在本设备上（浏览器的存储空间可能已满）。离开前，请在结果页“导出答卷文件”，以免丢失。",
    device_other_tab: "另一个窗口中的自评修改了本设备上保存的答案。要使用哪一份？在您选择之前，本窗口不会覆盖它。",
    device_take_other: "使用另一窗口的答案",
    device_keep_mine: "保留本窗口的答案",
    device_download_set_aside: "下载无法读取的记录",
    device_set_aside: "本设备上一份无法读取的已保存答案已原样另存（没有删除）。下载它留存，或确认不再需要后删除。",
    device_set_aside_at: "另存时间：",
    device_unread_in_place: "本设备上保存的答案无法读取，且存储空间已满，无法另存：它仍原样留在本设备上。在您下载或删除它之前，新的答案不会保存在本设备上，以免覆盖它。",
    device_delete_set_aside: "删除这份记录",
    link_destination: "链接通向：",
    link_foreign: |host| format!("注意：链接通向另一个网站（{host}），不是本页所在的网站。"),
    labelled: |label, text| format!("{label}：{text}"),
    item_details: with_details,
    measure_with_clause: with_details,
    answers_group: with_details,
    typed_amount: |typed| format!("{typed} 万元"),
    report_code_hint: "第 1 页的二维码即下面的链接：扫描它或打开链接，可在任何设备上打开同一份答案和结果（链接不含单位名称、信用代码和联系人）。",
    report_foot: |number, edition, day| format!("{number} · 规则版本 {edition} · 自评日期：{}", zh_date(day)),
    report_edition: |number, edition| format!("本结果按{number}、规则版本 {edition} 计算。"),
    // "备案数量：1"，"是否……？（说明）　是"：问句（及其后的说明）后空一格，其余用冒号。
    next_answered: |question, answer| {
        if question.chars().any(|c| c == '？') {
            format!("{question}　{answer}")
        } else {
            format!("{question}：{answer}")
        }
    },
    next_assessed: |test| format!("由西城区数据局评定：{test}"),
    next_other_support: "同一项目或事项如已获得西城区其他政策的支持，按“从高从优不重复”原则，申报时会被问到，奖励可能相应减少或不再给予。",
    next_services: "服务支持没有明确金额；如何申请，以申报通知为准。",
    evidence_label: "证明材料（建议）",
    report_not_applicable: "附录：未选择或暂不符合的措施",
    report_appendix: "附录：政策原文",
    report_appendix_hint: "本报告涉及的条款，按政策顺序，每条一次。",
    report_page_css: "\"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\"",
    results_awards: "您可能获得的奖励",
    results_awards_potential: "如在西城区经营，您可能获得的奖励",
    results_calculation: "计算过程：",
    results_change: "修改答案",
    results_fix_first: "请先修改答案中的问题",
    results_near: "满足以下条件后，您还可能获得",
    results_near_hint: "这些措施您已满足部分条件，缺少的条件列在最前面。",
    results_no_field: "本措施不适用",
    results_no_field_detail: "第一条规定，本措施适用于从事数据采集汇聚、计算存储、流通交易、开发利用、安全治理或数据基础设施建设等数据产业相关领域的单位。您没有选择任何领域，因此没有可估算的奖励。",
    results_not_eligible: "暂不符合的措施",
    results_nothing_claimed: "您没有选择任何措施。可返回修改答案。",
    results_potential_detail: "您的单位目前不在西城区经营，以上是如在西城区依法经营可获得的潜在金额，当前合计为 0。",
    results_potential_label: "如在西城区经营，合计",
    results_projects: "同一项目的归并（从高从优不重复；本工具的理解，扣除或择一以西城区数据局认定为准）",
    results_services: "可申请（咨询）的服务",
    results_services_hint: "以下支持没有明确金额，不计入合计。",
    results_start_again: "清除答案，重新开始",
    results_title: "自评结果",
    results_total_label: "合计",
    results_up_to: "最高",
    running_label: "按目前的回答估算，合计",
    running_potential_label: "按目前的回答，如在西城区经营，合计",
    running_unreadable: "有回答还无法读取，改正后显示估算。",
    share_prompt_accept: "使用链接中的答案",
    share_prompt_body: "打开的链接中带有一份答案。使用它会替换本设备上当前的答案。",
    share_prompt_decline: "保留我当前的答案",
    share_prompt_title: "是否使用分享链接中的答案？",
    start_button: "开始自评",
    start_clear: "清除已保存的答案",
    start_disclaimer: "本工具的结果仅供参考，是否给予支持及金额以西城区数据局认定为准。",
    start_have_file: "已有答卷文件？",
    start_have_file_hint: "导入之前导出的答卷文件（.json），即可从核对答案开始。",
    start_issued: "发布",
    start_lead: "回答几组关于单位数据业务的问题，了解可能适用的奖励、最高金额、计算方法及政策依据。",
    start_policy: "政策",
    start_privacy: "您的答案不会离开本设备。",
    start_resume: "继续上次的自评",
    start_review_from_start: "从头查看",
    start_storage: "答案会自动保存在本设备的浏览器中，可随时清除。",
    start_storage_demo: "演示模式下不保存任何答案。",
    start_storage_refused: "此浏览器不允许本页面在设备上保存数据，答案不会被保存；如需保留，请在结果页导出答卷文件。",
    start_time: "问题多少取决于您选择的活动领域：选 2 至 3 个领域时，这些领域页共 15 至 23 个问题，连同单位基本情况和核对答案共 8 至 9 个页面；每多选一个领域，多一页。",
    start_title: "西城区数据产业奖励自评",
    start_valid: "有效期",
    start_who: "适用于在西城区依法经营、从事数据产业相关领域的企业、研究机构等单位；尚未落户西城区的单位，可查看落户后可能申请的奖励。",
    tools_export: "导出答卷文件",
    tools_print: "打印或保存为 PDF",
    tools_share: "生成分享链接",
    tools_share_hint: "答案保存在链接“#”之后的部分，浏览器不会把这部分发送给任何服务器。拿到链接的人都能看到您的答案；单位名称、统一社会信用代码和联系人不在链接里。",
    tools_copy: "复制链接",
    tools_copied: "链接已复制。",
    tools_copy_refused: "链接已选中，请用设备的复制功能复制。",
    tools_share_label: "分享链接",
    tools_title: "保存与分享",
    unit_wan: "万元",

    areas_measures: |n| format!("{n} 项措施"),
    import_more: |n| format!("……另有 {n} 处问题"),
    list_item_n: |n| format!("第 {n} 项"),
    notice_not_in_force_detail: |from, until, today| {
        let (from, until, today) = (zh_date(from), zh_date(until), zh_date(today));
        format!("本措施有效期为{from}至{until}，今天是{today}。以下金额仅供参考。")
    },
    step_of: |n, total| format!("第 {n} 步，共 {total} 步"),
    status,

    date: zh_date,
    date_to: "至",
    overview_figure: |amount| amount.figure(),
    money: |amount| format!("{} 万元", amount.figure()),
    money_error,
    problem,
    project,
    calc: CalcWords {
        up_to: |cap| format!("最高 {cap}"),
        cap_each_cut: |cap| format!("> 单项上限 {cap} → {cap}"),
        cap_each_within: |cap| format!("≤ 单项上限 {cap}"),
        cap_cut: |cap| format!(" > 上限 {cap} → {cap}"),
        cap_within: |cap| format!(" ≤ 上限 {cap}"),
        limit_cut: |label, value| format!("；不超过{label} {value} → {value}"),
        limit_within: |label, value| format!("（不超过{label} {value}）"),
        unit: "（单位：万元）",
        // Amounts are shown in 万元, as the line calculates: nothing to add.
        result: |_| String::new(),
    },
};

/// "第 2 项：…": a list item's question or answers, by its place.
fn numbered(n: usize, text: &str) -> String {
    format!("第 {n} 项：{text}")
}

/// A thing with its details or clause in brackets, without a space: "医疗数据赛道（北京分赛一等奖）".
fn with_details(item: &str, details: &str) -> String {
    format!("{item}（{details}）")
}

/// "2025年10月14日".
fn zh_date(day: Date) -> String {
    format!("{}年{}月{}日", day.year(), day.month(), day.day())
}

fn status(status: Status) -> &'static str {
    match status {
        Status::Eligible => "初步符合（以西城区数据局认定为准）",
        Status::Potential => "如在西城区经营，初步符合（以西城区数据局认定为准）",
        Status::NotEligible => "暂不符合",
        Status::ServiceOnly => "可申请（咨询）的服务",
        Status::NotClaimed => "未选择",
    }
}

fn money_error(error: &MoneyError) -> &'static str {
    match error {
        MoneyError::Empty => "请输入金额（万元）",
        MoneyError::NotANumber => "金额只能填写数字，例如 1234.5",
        MoneyError::SeveralDecimalPoints => "金额只能有一个小数点",
        MoneyError::MisplacedSeparator => "千位分隔符位置不对：请写成 1,234.5 或 1234.5",
        MoneyError::Exponent => "请不要使用科学计数法，直接写出数字，例如 100000",
        MoneyError::Negative => "金额不能为负数",
        MoneyError::TooManyDecimals => "金额最多保留 6 位小数（精确到分）",
        MoneyError::TooLarge => "金额不能超过 100,000,000 万元",
    }
}

fn expected(expected: Expected) -> &'static str {
    match expected {
        Expected::Object => "对象 {…}",
        Expected::List => "列表 […]",
        Expected::YesNo => "true 或 false",
        Expected::WholeNumber => "整数",
        Expected::Amount => "金额（如 \"1234.5\"）",
        Expected::Text => "文字",
    }
}

fn problem(problem: &Problem) -> String {
    match problem {
        Problem::NotUtf8 { at } => {
            format!("文件不是 UTF-8 编码（第 {at} 个字节），例如 GBK 编码的文件无法读取：请用 UTF-8 重新保存后导入")
        }
        Problem::NotJson { line, column } => format!("不是有效的 JSON（第 {line} 行第 {column} 列）"),
        Problem::DamagedLink => "链接不完整或已被改动，请重新获取".to_string(),
        Problem::TooLarge => format!("内容过大（超过 {} KB），不是本工具的答卷", MAX_FILE_BYTES / 1000),
        Problem::TooDeep => format!("嵌套层次过深（超过 {MAX_DEPTH} 层），不是本工具的答卷"),
        Problem::RepeatedKey => "同一字段出现了两次（后一个会悄悄覆盖前一个，请只保留一个）".into(),
        Problem::DirectionControl => {
            "含有改变文字方向的控制字符（U+202A–U+202E、U+2066–U+2069），会使周围的文字倒序显示，请删除".into()
        }
        Problem::BadCreditCode => {
            "统一社会信用代码应为营业执照上的 18 位数字或大写字母，且最后一位校验码须与前 17 位相符，请核对".into()
        }
        Problem::Missing => "缺少必填项".into(),
        Problem::UnknownKey => "不认识的字段（请检查拼写）".into(),
        Problem::WrongType(wanted) => format!("应为{}", expected(*wanted)),
        Problem::WrongFormat => format!("不是本工具的答卷文件（应为 \"{FORMAT}\"）"),
        Problem::UnsupportedVersion(v) => format!("版本 {v} 无法读取，本工具读取版本 {VERSION}"),
        Problem::Amount(error) => money_error(error).into(),
        Problem::CountOutOfRange => format!("应为 0 到 {MAX_COUNT} 之间的整数"),
        Problem::UnknownChoice(allowed) => format!("应为以下之一：{}", allowed.join("、")),
        Problem::ListedTwice => "重复列出".into(),
        Problem::TooManyItems => format!("最多 {MAX_ITEMS} 项"),
        Problem::TooLong => format!("最多 {MAX_TEXT_CHARS} 个字"),
        Problem::UnknownMeasure => "不是本措施的条款编号".into(),
        Problem::ServiceInProject => "该条款为服务支持，没有金额，不能归入项目".into(),
        Problem::EmptyProject => "项目至少包含一项措施".into(),
        Problem::MeasureInTwoProjects { first_project } => {
            format!("该措施已属于项目 projects[{first_project}]，一项措施只能属于一个项目")
        }
    }
}

fn project(result: &ProjectResult) -> String {
    let name = result.name.as_deref().map_or_else(|| "未命名项目".into(), isolate);
    let Some(kept) = result.kept else {
        return format!("「{name}」：所列措施均未达到条件，不计入合计。");
    };
    let figure = |amount: Wan| group_thousands(amount.decimal());
    let (highest, counted) = (figure(result.highest), figure(result.counted));
    let kept = title_of(kept, Lang::Zh);
    let mut text = format!("「{name}」为同一项目，按“从高从优不重复”只计最高的「{kept}」（{highest} 万元）");
    if !result.merged.is_empty() {
        let merged: Vec<String> = result
            .merged
            .iter()
            .map(|(id, amount)| format!("「{}」（{} 万元）", title_of(id, Lang::Zh), figure(*amount)))
            .collect();
        text.push_str(&format!("，{}不另计", merged.join("、")));
    }
    if result.other_xicheng_support.is_zero() {
        text.push_str(&format!("；计入 {counted} 万元。"));
    } else {
        let support = figure(result.other_xicheng_support);
        text.push_str(&format!("；已获西城区其他政策支持 {support} 万元，扣除后计入 {counted} 万元。"));
    }
    text
}
