//! Render tests of the pages on the host: yew's server-side renderer turns a page for a given
//! state into HTML, and each test checks what a user or a screen reader would find in it.

use std::rc::Rc;

use awards::answers::Answers;
use awards::date::Date;
use awards::lang::Lang;
use xicheng_data_awards_app::app::{Preview, PreviewProps};
use xicheng_data_awards_app::draft;
use xicheng_data_awards_app::state::{reduce, Action, Config, State, Step, Work};
use yew::LocalServerRenderer;

/// The everything-claimed example. Its figures are its case file's to hold; these tests hold what
/// the pages show of them.
const EVERYTHING: &str = include_str!("../../docs/examples/everything-claimed.json");

/// The answers `json`, read as a case file that meets its unanswered yes/no conditions: a test
/// states only the answers it is about, and a condition added to the tables changes none of them.
fn read(json: &str) -> Answers {
    let mut file = serde_json::from_str(json).expect("the example answers");
    awards::answers::case::meet_unanswered_yes_no_conditions(&mut file);
    Answers::from_value(&file).expect("the example answers")
}

/// The engine's estimate of `json` on the day the examples are judged.
fn estimate_of(json: &str) -> awards::engine::Estimate {
    awards::engine::estimate(&read(json), day("2026-03-01"))
}

fn day(text: &str) -> Date {
    text.parse().unwrap_or_else(|_| panic!("{text} is not a date"))
}

fn render(state: State) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime for the renderer");
    let local = tokio::task::LocalSet::new();
    local.block_on(
        &runtime,
        LocalServerRenderer::<Preview>::with_props(PreviewProps { state }).hydratable(false).render(),
    )
}

fn with_answers(lang: Lang, today: &str, json: &str, step: Step) -> State {
    let answers = read(json);
    let mut state = State::new(lang, Config::plain(day(today), false));
    let draft = draft::Draft::from_value(&answers.to_value());
    let areas = draft.areas_claimed();
    state.work = Rc::new(Work::new(draft, areas));
    state.nav.step = step;
    // As the page is once the browser has painted its first frame (`Nav::painted`).
    state.nav.painted = Some(step);
    state
}

#[test]
fn the_start_page_names_the_policy_and_promises_privacy() {
    let html = render(State::new(Lang::Zh, Config::plain(day("2026-11-27"), false)));
    assert!(html.contains("西行规发〔2025〕6号"));
    assert!(
        html.contains(r#"<span class="nowrap">2025年10月14日</span>至<span class="nowrap">2028年10月13日</span>"#),
        "dates as Chinese writes them, each whole on its line"
    );
    assert!(html.contains("您的答案不会离开本设备。"));
    assert!(html.contains("开始自评"));
    assert!(!html.contains("继续上次的自评"), "nothing saved yet");
    assert!(!html.contains("not-in-force"));
    assert!(html.contains(r#"<h1 id="page-heading" tabindex="-1">"#));
}

#[test]
fn the_start_page_offers_to_resume_saved_work_and_warns_outside_validity() {
    let mut state = with_answers(Lang::En, "2028-10-14", EVERYTHING, Step::Start);
    state.nav.resume_at = Some(Step::Check);
    let html = render(state);
    assert!(html.contains("Continue where you left off"));
    assert!(html.contains("Clear my saved answers"));
    assert!(
        html.contains("this date is outside the policy&#x27;s validity")
            || html.contains("this date is outside the policy's validity")
    );
    assert!(html.contains(r#"lang="zh-CN""#), "the Chinese document number is marked as Chinese");
}

#[test]
fn the_results_first_frame_draws_the_total_and_its_first_screen_and_the_rest_once_painted() {
    let mut first = with_answers(Lang::Zh, "2026-03-01", EVERYTHING, Step::Results);
    first.nav.painted = None;
    let (first, full) = (render(first), render(with_answers(Lang::Zh, "2026-03-01", EVERYTHING, Step::Results)));
    let total = format!("最高 {}", awards::text::money(estimate_of(EVERYTHING).total_wan, Lang::Zh));
    for shown in [&first, &full] {
        assert!(shown.contains(&total) && shown.contains(r#"id="page-heading""#), "the heading and the total");
        assert_eq!(shown.matches(r#"<tr data-testid="overview-"#).count(), 26, "the overview");
        assert!(shown.contains(r#"data-testid="results-contents""#), "the contents list");
    }
    for later in
        [r#"class="award-card""#, r#"data-testid="answers-fold""#, "report-code", r#"data-testid="start-again""#]
    {
        assert!(!first.contains(later) && full.contains(later), "{later}: once the first frame is painted");
    }
}

#[test]
fn the_results_show_the_engines_total_calculations_grouping_and_services() {
    let html = render(with_answers(Lang::Zh, "2026-03-01", EVERYTHING, Step::Results));
    let total = awards::text::money(estimate_of(EVERYTHING).total_wan, Lang::Zh);
    assert!(html.contains(&format!("最高 {total}")), "the total");
    assert!(html.contains("10% × 8,000 = 800 ≤ 上限 1,000（单位：万元）"), "6.1a's worked calculation");
    assert!(html.contains("与「重点数据基础设施国家级试点示范」属同一项目"), "4.2a merged into 6.1a, by its title");
    assert!(
        html.contains("「<bdi>可信数据空间一期</bdi>」为同一项目"),
        "the project's explanation, its name set apart by <bdi>, with no invisible mark"
    );
    assert!(html.contains(r#"data-testid="service-9.3""#), "services listed apart");
    assert!(html.contains("西城区数据局认定"), "the bureau decides");
    assert!(html.contains("示例数据科技有限公司"), "the name on the report");
    assert_eq!(html.matches(r#"class="award-card""#).count(), 26);
    assert_eq!(html.matches(r#"<tr data-testid="overview-"#).count(), 26, "every award at a glance");
    assert!(
        html.contains("并入「重点数据基础设施国家级试点示范」，不另计"),
        "the merged measure marked in the overview"
    );
    let cell = html.split(r#"data-testid="overview-total""#).nth(1).and_then(|rest| rest.split('<').next());
    assert_eq!(cell.and_then(|cell| cell.rsplit('>').next()), total.strip_suffix(" 万元"), "the overview's total");
}

/// The text up to the first inner tag of the element marked `data-testid="{id}"`.
fn element_text<'h>(html: &'h str, id: &str) -> Option<&'h str> {
    let marked = html.split(&format!(r#"data-testid="{id}""#)).nth(1)?;
    marked.split_once('>').and_then(|(_, inside)| inside.split('<').next())
}

#[test]
fn the_headline_says_every_amount_is_an_upper_bound_then_splits_the_total() {
    // The example's figures decide part of its total (2.2b, 3.1, 4.2c, 6.1a, 8, 9.2, 9.4); the rest
    // is the clauses' maxima (4.1's two yes/no answers among them): its case file holds both.
    let parts = estimate_of(EVERYTHING).headline_split();
    assert!(!parts.figures.is_zero() && !parts.ceilings.is_zero(), "the example has both kinds");
    let zh = render(with_answers(Lang::Zh, "2026-03-01", EVERYTHING, Step::Results));
    let (figures, ceilings) =
        (awards::text::money(parts.figures, Lang::Zh), awards::text::money(parts.ceilings, Lang::Zh));
    assert_eq!(
        element_text(&zh, "headline-split"),
        Some(format!("每一项金额都是上限，具体金额由西城区数据局核定。其中 {figures} 由您填写的数字决定（如备案数、获奖等级、投资额、已付费用）；{ceilings} 是条款规定的最高额，核定的金额可能明显更低。").as_str())
    );
    let en = render(with_answers(Lang::En, "2026-03-01", EVERYTHING, Step::Results));
    let split = element_text(&en, "headline-split");
    assert!(
        split.is_some_and(|s| s.starts_with("Every amount is an upper limit")
            && s.contains(&format!("Of this, {} is decided by the figures you gave (filings, prizes, investment, amounts paid); {} is the clauses' maximum", awards::text::money(parts.figures, Lang::En), awards::text::money(parts.ceilings, Lang::En)))),
        "{split:?}"
    );
    // Each card and each overview row says which kind its figure is.
    for (id, kind) in [
        ("2.1", "basis-ceiling"),
        ("6.1a", "basis-figures"),
        ("9.2", "basis-figures"),
        ("6.2", "basis-ceiling"),
        ("4.1", "basis-ceiling"),
    ] {
        let card = zh.split(&format!(r#"data-testid="award-{id}""#)).nth(1).unwrap_or_default();
        let card = card.split("</article>").next().unwrap_or_default();
        assert!(card.contains(kind), "{id}'s card says {kind}");
        let row = zh.split(&format!(r#"data-testid="overview-{id}""#)).nth(1).unwrap_or_default();
        assert!(row.split("</tr>").next().unwrap_or_default().contains(kind), "{id}'s overview row says {kind}");
    }
    // 17 clause maxima, 4.1's and 4.2a's (merged into its project but still shown): each on its card
    // and its row, and once in the headline.
    assert_eq!(zh.matches("条款最高额").count(), 19 * 2);
}

/// A part of zero is not mentioned: answers whose every figure is a clause's maximum.
#[test]
fn a_part_of_zero_is_never_said() {
    let only_maxima = r#"{"format": "xicheng-data-awards/answers", "version": 1,
        "entity": {"operates_in_xicheng": true, "data_fields": ["security"], "ict_industry": false},
        "claims": {"7": {"security_products": true}}}"#;
    let zh = render(with_answers(Lang::Zh, "2026-03-01", only_maxima, Step::Results));
    assert_eq!(
        element_text(&zh, "headline-split"),
        Some("每一项金额都是上限，具体金额由西城区数据局核定。以上金额都是条款规定的最高额，核定的金额可能明显更低。")
    );
}

#[test]
fn the_next_steps_list_what_to_prepare_for_each_award_and_never_an_id() {
    let html = render(with_answers(Lang::Zh, "2026-03-01", EVERYTHING, Step::Results));
    let next = html.split(r#"data-testid="next-steps""#).nth(1).unwrap_or_default();
    let next = next.split("</section>").next().unwrap_or_default();
    assert!(next.contains("下一步"));
    assert!(next.contains("以西城区数据局发布的申报通知为准"), "the notices decide");
    assert!(next.contains("出租方为非关联方的租用合同，发票和付款凭证"), "6.2's evidence");
    assert!(next.contains("尚未填写：已支付的算力租用费用（万元，可选）"), "6.2's rent is worth adding");
    assert!(next.contains("尚未填写：该重点任务项目的名称"), "2.1's task is worth naming");
    assert_eq!(next.matches(r#"class="tick""#).count(), next.matches("<li><span").count());
    for id in [
        "2.2a", "2.2b", "4.2a", "4.2b", "4.2c", "4.3a", "4.3b", "4.3c", "5.1a", "5.1b", "5.1c", "6.1a", "6.1b", "9.6a",
        "9.6b",
    ] {
        let visible: String = html.split('<').map(|part| part.split_once('>').map_or(part, |(_, text)| text)).collect();
        assert!(!visible.contains(id), "{id} shows in the text of the results");
    }
}

#[test]
fn the_results_for_a_unit_outside_xicheng_speak_of_potential() {
    let outside = EVERYTHING.replace(r#""operates_in_xicheng": true"#, r#""operates_in_xicheng": false"#);
    let html = render(with_answers(Lang::En, "2026-03-01", &outside, Step::Results));
    assert!(html.contains("If you operated in Xicheng District, in total"));
    assert!(html.contains("up to CNY 144.955 million"));
    assert!(html.contains("Would appear to qualify in Xicheng District"));
    assert!(!html.contains(r#"data-testid="total""#));
}

#[test]
fn an_error_summary_links_to_each_field_and_marks_the_field() {
    let mut state = State::new(Lang::Zh, Config::plain(day("2026-03-01"), false));
    state = reduce(state, Action::ToggleArea("infrastructure"));
    state = reduce(state, Action::Navigate(Step::Area("infrastructure")));
    let pilot = draft::Field::Fact { measure: "6.1a", key: "national_pilot" };
    state = reduce(state, Action::SetFlag(pilot, true));
    let investment = draft::Field::Fact { measure: "6.1a", key: "investment_wan" };
    state = reduce(state, Action::SetText(investment, "-5".into()));
    state = reduce(state, Action::Continue);
    let html = render(state);
    assert!(html.contains(r#"id="error-summary""#));
    assert!(html.contains(r##"href="#f-claims-6-1a-investment_wan""##));
    assert!(html.contains("实际完成固定资产投资（不含土建），万元：金额不能为负数"));
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.contains(r#"value="-5""#), "what was typed stays");
}

#[test]
fn an_area_page_asks_every_question_of_its_measures_with_their_clauses() {
    let mut state = State::new(Lang::En, Config::plain(day("2026-03-01"), false));
    state = reduce(state, Action::ToggleArea("security"));
    state = reduce(state, Action::Navigate(Step::Area("security")));
    let html = render(state);
    for question in [
        "Does the organisation develop data-security products or services",
        "Published international standards (ranked among the first three drafting organisations)",
        "Published industry standards (ranked among the first three drafting organisations)",
    ] {
        assert!(html.contains(question), "{question}");
    }
    assert!(html.contains("Article 7") && html.contains("Article 8"));
    assert!(html.contains("每家单位所获奖励总额最高300万元"), "the exact words of Article 8");
    assert!(html.contains("<legend>"), "yes/no questions are fieldsets with legends");
}

#[test]
fn a_question_page_shows_the_estimate_so_far_and_follows_each_answer() {
    let ecosystem = |json: &str, lang: Lang| {
        let mut state = with_answers(lang, "2026-03-01", json, Step::Area("ecosystem"));
        state.nav.step = Step::Area("ecosystem");
        state
    };
    let html = render(ecosystem(EVERYTHING, Lang::Zh));
    assert!(html.contains("按目前的回答估算，合计"));
    let total = awards::text::money(estimate_of(EVERYTHING).total_wan, Lang::Zh);
    assert!(html.contains(&format!("最高 {total}")), "the engine's total for the example");

    // An answer changed: the figure follows it (9.4's event: 30% of 100 instead of 30% of 400).
    let mut state = ecosystem(EVERYTHING, Lang::En);
    let spend = draft::Field::Item { measure: "9.4", list: "events", index: 0, key: "spend_wan" };
    let before = render(state.clone());
    state = reduce(state, Action::SetText(spend.clone(), "100".into()));
    let after = render(state.clone());
    assert!(before.contains("Estimate from your answers so far:"));
    assert_ne!(before, after);
    assert!(after.contains("up to CNY 144.055 million"), "90 less: 30 instead of 120 for the event");

    // An answer that cannot be read yet: no figure until it can.
    state = reduce(state, Action::SetText(spend, "abc".into()));
    let unreadable = render(state);
    assert!(unreadable.contains("Some answers cannot be read yet"));
    assert!(!unreadable.contains("Estimate from your answers so far:"));

    // Not in 西城区: the figure is what it would be.
    let outside = EVERYTHING.replace(r#""operates_in_xicheng": true"#, r#""operates_in_xicheng": false"#);
    let html = render(ecosystem(&outside, Lang::En));
    assert!(html.contains("Estimate from your answers so far, if you operated in Xicheng District:"));
    assert!(html.contains("up to CNY 144.955 million"));
}

#[test]
fn the_language_switch_names_the_other_language_in_that_language() {
    let zh = render(State::new(Lang::Zh, Config::plain(day("2026-03-01"), false)));
    assert!(zh.contains(r#"lang="en""#) && zh.contains(">English<"));
    let en = render(State::new(Lang::En, Config::plain(day("2026-03-01"), false)));
    assert!(en.contains(">中文<"));
}

#[test]
fn continue_on_a_phone_draws_the_code_or_says_plainly_that_it_cannot() {
    let mut state = with_answers(Lang::En, "2026-03-01", EVERYTHING, Step::Results);
    Rc::make_mut(&mut state.config).home = "https://example.cn/".into();
    let closed = render(state.clone());
    assert!(closed.contains("Continue on your phone") && !closed.contains("data-testid=\"qr-code\""));
    state = reduce(state, Action::ToggleHandOff);
    let open = render(state.clone());
    assert!(open.contains(r#"data-testid="qr-code""#) && open.contains(r#"role="img""#));
    let version =
        open.split(r#"data-version=""#).nth(1).and_then(|v| v.split('"').next()).and_then(|v| v.parse::<u8>().ok());
    assert!(version.is_some_and(|v| (13..=14).contains(&v)), "the everything-claimed link: version {version:?}");

    // Answers whose link no phone could read from one code: a plain message, no code.
    let long_name = "名".repeat(200);
    let platforms: Vec<String> =
        (0..12).map(|_| format!(r#"{{ "name": "{long_name}", "level": "national" }}"#)).collect();
    let many = EVERYTHING.replace(
        r#""platforms": [ { "name": "数据安全实验室", "level": "national" }, { "level": "beijing" } ]"#,
        &format!(r#""platforms": [ {} ]"#, platforms.join(", ")),
    );
    assert_ne!(many, EVERYTHING);
    let mut crowded = reduce(with_answers(Lang::En, "2026-03-01", &many, Step::Results), Action::ToggleHandOff);
    Rc::make_mut(&mut crowded.config).home = "https://example.cn/".into();
    let refused = render(crowded);
    assert!(refused.contains("Too many answers for a code a phone could read reliably"));
    assert!(!refused.contains(r#"data-testid="qr-code""#));
}

#[test]
fn framed_by_a_partner_the_district_header_gives_way_to_one_line() {
    let standalone = render(State::new(Lang::En, Config::plain(day("2026-03-01"), false)));
    assert!(standalone.contains("app-header") && standalone.contains("app-footer"));
    assert!(!standalone.contains("embed-bar"));

    let mut state = State::new(Lang::En, Config::plain(day("2026-03-01"), false));
    Rc::make_mut(&mut state.config).partner.embed_origin = Some("https://park.example.cn".into());
    let embedded = render(state);
    assert!(!embedded.contains("app-header") && !embedded.contains("app-footer"));
    assert!(embedded.contains("Policy: 西行规发〔2025〕6号"));
    assert!(!embedded.contains("Provided by"), "the bureau has not adopted the tool");
    assert!(embedded.contains(r#"target="_blank""#) && embedded.contains(r#"rel="noopener""#));
    assert!(embedded.contains("Your answers are processed only on this device"), "the privacy line stays");
    assert!(embedded.contains(">中文<"), "the language switch stays");
}

/// A project netted by other support: its kept award's row says what the project adds, so the rows
/// add up to the total.
#[test]
fn with_a_netted_project_the_overview_rows_add_up_to_the_total() {
    let netted = r#"{"format": "xicheng-data-awards/answers", "version": 1,
        "entity": {"operates_in_xicheng": true, "data_fields": ["infrastructure"], "ict_industry": false},
        "claims": {"6.1a": {"national_pilot": true, "investment_wan": "8000"}, "4.2a": {"demo_scenario": true},
                   "7": {"security_products": true}},
        "projects": [{"measures": ["6.1a", "4.2a"], "other_xicheng_support_wan": "100"}]}"#;
    let zh = render(with_answers(Lang::Zh, "2026-03-01", netted, Step::Results));
    let row = |id: &str| {
        let row = zh.split(&format!(r#"data-testid="overview-{id}""#)).nth(1).unwrap_or_default();
        row.split("</tr>").next().unwrap_or_default().to_string()
    };
    assert!(row("6.1a").contains(">700<span class=\"netted-note\">（已扣除其他支持 100）</span>"), "{}", row("6.1a"));
    assert!(row("4.2a").contains("并入"), "{}", row("4.2a"));
    assert!(row("7").contains(">200<"), "{}", row("7"));
    assert_eq!(element_text(&zh, "overview-total"), Some("900"));
}

/// The tool's own check never reads as the bureau's decision, and the tests the bureau judges are
/// shown as its to judge, never ticked.
#[test]
fn statuses_say_the_bureau_decides_and_its_own_tests_are_left_to_it() {
    let zh = render(with_answers(Lang::Zh, "2026-03-01", EVERYTHING, Step::Results));
    let statuses: Vec<&str> = zh
        .split(r#"<p class="status"#)
        .skip(1)
        .filter_map(|rest| rest.split_once('>').and_then(|(_, inside)| inside.split('<').next()))
        .collect();
    assert!(statuses.len() > 20, "{statuses:?}");
    for status in &statuses {
        assert!(!status.contains("符合条件"), "{status}");
    }
    assert!(statuses.contains(&"初步符合（以西城区数据局认定为准）"), "{statuses:?}");
    let card = zh.split(r#"data-testid="assessed-2.2a""#).nth(1).unwrap_or_default();
    let card = card.split("</ul>").next().unwrap_or_default();
    assert!(card.contains(r#"<li class="assessed">成长速度快、发展潜力强"#), "{card}");
    assert!(card.contains("近年的营业收入及其增长"), "{card}");
    let sheet =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/policy-review.md")).unwrap_or_default();
    let entry = |id: &str| {
        sheet
            .split(&format!("\n## {id} · "))
            .nth(1)
            .and_then(|e| e.split("\n## ").next())
            .unwrap_or_default()
            .to_string()
    };
    assert!(entry("2.2a").contains("由西城区数据局评定（本工具不作判断）"), "the sheet's 2.2a");
    assert!(entry("2.2a").contains("成长速度快、发展潜力强"), "the sheet's 2.2a");
    assert!(entry("3.1").contains("数据领域科学实验室"), "the sheet's 3.1 asks for data-field platforms");
}

/// The results name the edition of the rules that made them: the policy's number and the tables'
/// fingerprint, as the review sheet does.
#[test]
fn the_results_name_the_edition_of_the_rules() {
    let zh = render(with_answers(Lang::Zh, "2026-03-01", EVERYTHING, Step::Results));
    let edition = awards::policy::edition();
    assert_eq!(edition.len(), 8);
    assert_eq!(
        element_text(&zh, "edition"),
        Some(format!("本结果按西行规发〔2025〕6号、规则版本 {edition} 计算。").as_str())
    );
    let sheet =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/policy-review.md")).unwrap_or_default();
    assert!(sheet.contains(&format!("规则版本 Rules edition: {edition}")), "the review sheet's edition");
}
