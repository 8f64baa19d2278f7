//! The policy tables against the published text and against themselves.

use super::*;

/// The IDs of `measures.md`, in its order: the measures with amounts, then the 3 services. An
/// award added to the tables is added here too, and nowhere else in this file.
const IDS_OF_THE_SPECIFICATION: &[&str] = &[
    "2.1", "2.2a", "2.2b", "2.3", "3.1", "3.2", "4.1", "4.2a", "4.2b", "4.2c", "4.3a", "4.3b", "4.3c", "5.1a", "5.1b",
    "5.1c", "6.1a", "6.1b", "6.2", "7", "8", "9.2", "9.4", "9.5", "9.6a", "9.6b", "5.2", "9.1", "9.3",
];

#[test]
fn every_measure_of_the_specification_is_present_once() {
    let mut ours: Vec<&str> = MEASURES.iter().map(|m| m.id).collect();
    let mut spec = IDS_OF_THE_SPECIFICATION.to_vec();
    ours.sort_unstable();
    spec.sort_unstable();
    assert_eq!(ours, spec);
}

#[test]
fn every_measure_pays_but_the_three_services() {
    let services: Vec<&str> = MEASURES.iter().filter(|m| m.is_service()).map(|m| m.id).collect();
    assert_eq!(services, ["5.2", "9.1", "9.3"]);
    let paying = IDS_OF_THE_SPECIFICATION.len() - services.len();
    assert_eq!(MEASURES.iter().filter(|m| matches!(m.award, Award::Amount(_))).count(), paying);
}

#[test]
fn every_quote_is_the_published_wording() {
    for measure in MEASURES {
        assert!(POLICY_TEXT.contains(measure.quote), "quote of {} is not in the policy text", measure.id);
        assert!(measure.quote.chars().count() > 20, "quote of {} is too short to cite", measure.id);
    }
    for gate in GATE {
        assert!(POLICY_TEXT.contains(gate.quote), "quote of {} is not in the policy text", gate.clause.zh);
    }
}

#[test]
fn every_quote_states_the_amount_its_measure_caps_at() {
    for measure in MEASURES {
        if let Award::Amount(Rule::Flat { cap }) = &measure.award {
            let said = format!("最高{}万元", cap.decimal());
            assert!(
                measure.quote.contains(&said),
                "{} caps at {} but its quote does not say {said}",
                measure.id,
                cap.decimal()
            );
        }
    }
}

#[test]
fn the_policy_text_is_the_clean_publication() {
    assert!(POLICY_TEXT.starts_with("北京市西城区人民政府文件"));
    assert!(POLICY_TEXT.contains("西行规发〔2025〕6号"));
    assert!(POLICY_TEXT.contains("（三）本措施自印发之日起执行，有效期3年。"));
    assert!(POLICY_TEXT.trim_end().ends_with("2025年10月14日印发"));
}

#[test]
fn the_document_is_in_force_for_three_years_from_issue() {
    let date = |t: &str| t.parse::<Date>().ok();
    assert_eq!(Some(POLICY.issued), date("2025-10-14"));
    assert_eq!(Some(POLICY.valid_from), date("2025-10-14"));
    assert_eq!(Some(POLICY.valid_until), date("2028-10-13"));
    assert_eq!(POLICY.document_number, "西行规发〔2025〕6号");
    assert_eq!(POLICY.interpreted_by.zh, "西城区数据局");
    assert!(POLICY_TEXT.contains(POLICY.title.zh));
}

#[test]
fn in_force_holds_exactly_on_the_first_and_last_day() {
    let mut day = POLICY.valid_from.pred();
    assert!(!POLICY.in_force_on(day));
    day = day.succ();
    let mut in_force_days = 0;
    while day <= POLICY.valid_until {
        assert!(POLICY.in_force_on(day), "{day}");
        in_force_days += 1;
        day = day.succ();
    }
    assert!(!POLICY.in_force_on(day), "{day}");
    // 2025-10-14 ..= 2028-10-13 spans one leap day (2028-02-29).
    assert_eq!(in_force_days, 365 * 3 + 1);
}

fn fact_kind<'a>(facts: &'a [FactSpec], key: &str) -> Option<&'a FactKind> {
    facts.iter().find(|f| f.key == key).map(|f| &f.kind)
}

fn list_fields(measure: &Measure, list: &str) -> &'static [FactSpec] {
    match measure.fact(list).map(|f| &f.kind) {
        Some(FactKind::List(fields)) => fields,
        _ => panic!("{}: {list} is not a list", measure.id),
    }
}

fn choice_keys(kind: Option<&FactKind>) -> Vec<&'static str> {
    match kind {
        Some(FactKind::Choice(choices)) | Some(FactKind::Choices(choices)) => choices.iter().map(|c| c.key).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn every_test_and_rule_names_a_fact_of_the_right_kind() {
    for m in MEASURES {
        for condition in m.conditions {
            let ok = match &condition.test {
                Test::Flag(k) => matches!(fact_kind(m.facts, k), Some(FactKind::Flag)),
                Test::AnyFlag(ks) => ks.iter().all(|k| matches!(fact_kind(m.facts, k), Some(FactKind::Flag))),
                Test::AnyCount(ks) => ks.iter().all(|k| matches!(fact_kind(m.facts, k), Some(FactKind::Count))),
                Test::Positive(k) => matches!(fact_kind(m.facts, k), Some(FactKind::Amount)),
                Test::NonEmpty(k) => matches!(fact_kind(m.facts, k), Some(FactKind::List(_) | FactKind::Choices(_))),
                Test::AnyItemChoice { list, choices } => {
                    let item = list_fields(m, list);
                    choices.iter().all(|(f, c)| choice_keys(fact_kind(item, f)).contains(c))
                }
                Test::IctIndustry | Test::DataField => true,
            };
            assert!(ok, "{}: condition {:?} names a missing fact", m.id, condition.test);
        }
        match &m.award {
            Award::Service => {}
            Award::Amount(rule) => {
                let ok = match rule {
                    Rule::Flat { .. } => true,
                    Rule::PerFlag { items } => {
                        items.iter().all(|i| matches!(fact_kind(m.facts, i.key), Some(FactKind::Flag)))
                    }
                    Rule::PerCount { items, .. } => {
                        items.iter().all(|i| matches!(fact_kind(m.facts, i.key), Some(FactKind::Count)))
                    }
                    Rule::Percent { key, .. } | Rule::FlatLimitedBy { key, .. } => {
                        matches!(fact_kind(m.facts, key), Some(FactKind::Amount))
                    }
                    Rule::PerItemLevel { list, field, levels } => {
                        let keys = choice_keys(fact_kind(list_fields(m, list), field));
                        keys.len() == levels.len() && levels.iter().all(|l| keys.contains(&l.choice))
                    }
                    Rule::PerItemBest { list, options } => {
                        let item = list_fields(m, list);
                        options.iter().all(|o| choice_keys(fact_kind(item, o.field)).contains(&o.choice))
                    }
                    Rule::PerItemPercent { list, field, .. } => {
                        matches!(fact_kind(list_fields(m, list), field), Some(FactKind::Amount))
                    }
                };
                assert!(ok, "{}: its amount rule names a missing fact or choice", m.id);
            }
        }
    }
}

#[test]
fn every_measure_is_asked_under_a_known_area_and_every_area_asks_something() {
    for m in MEASURES {
        assert!(AREAS.iter().any(|a| a.key == m.area), "{}: area {}", m.id, m.area);
    }
    for area in AREAS {
        assert!(MEASURES.iter().any(|m| m.area == area.key), "area {} is empty", area.key);
    }
}

#[test]
fn every_measure_has_words_in_both_languages() {
    for m in MEASURES {
        let mut texts = vec![m.title, m.clause];
        if let AmountText::Words(words) = m.amount_text {
            texts.push(words);
        }
        texts.extend(m.conditions.iter().map(|c| c.text));
        texts.extend(m.facts.iter().map(|f| f.question));
        texts.extend(m.reading);
        for text in texts {
            assert!(!text.zh.is_empty() && !text.en.is_empty(), "{}: {text:?}", m.id);
            assert!(
                !text.en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) || text.en.contains('('),
                "{}: English text without a bracketed Chinese name: {}",
                m.id,
                text.en
            );
        }
        assert!(!m.conditions.is_empty(), "{} has no condition", m.id);
    }
}

#[test]
fn fact_keys_are_unique_within_a_measure() {
    for m in MEASURES {
        let mut keys: Vec<&str> = m.facts.iter().map(|f| f.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), m.facts.len(), "{}", m.id);
    }
}

#[test]
fn what_a_figure_rests_on_follows_from_its_rule() {
    let rests_on = |id: &str| measure(id).map(Measure::rests_on);
    assert_eq!(rests_on("2.1"), Some(RestsOn::Ceiling), "最高5000万元");
    assert_eq!(rests_on("2.2b"), Some(RestsOn::FiguresUpToCap), "100 a filing, at most 500");
    assert_eq!(rests_on("6.1a"), Some(RestsOn::FiguresUpToCap), "10 % of the investment, at most 1,000");
    assert_eq!(rests_on("3.1"), Some(RestsOn::Figures), "a platform's years at its level");
    assert_eq!(rests_on("4.1"), Some(RestsOn::Ceiling), "two yes/no answers: the clause's maxima");
    assert_eq!(rests_on("6.2"), Some(RestsOn::CeilingUnlessGiven("compute_rent_paid_wan")));
    assert_eq!(rests_on("9.2"), Some(RestsOn::CeilingUnlessGiven("interest_paid_wan")));
    assert_eq!(rests_on("9.1"), Some(RestsOn::NoAmount));
}

#[test]
fn every_specialist_term_the_users_meet_is_explained_with_its_source() {
    let used: Vec<&Term> = MEASURES
        .iter()
        .flat_map(|m| m.facts.iter())
        .flat_map(|f| f.terms.iter().copied())
        .chain(std::iter::once(&ICT_INDUSTRY))
        .collect();
    for term in TERMS {
        assert!(used.contains(term), "{} is explained but asked nowhere", term.term.zh);
        let source = source_of(term).unwrap_or_else(|| panic!("{} names no source", term.term.zh));
        for text in [term.term, term.explanation, source] {
            assert!(!text.zh.is_empty() && !text.en.is_empty(), "{}", term.term.zh);
        }
    }
    for term in &used {
        assert!(TERMS.contains(term), "{} is asked but not in TERMS", term.term.zh);
    }
    let terms: Vec<&str> = TERMS.iter().map(|t| t.term.zh).collect();
    for wanted in [
        "揭榜挂帅",
        "公共数据资源授权运营",
        "数据资产入表",
        "配套奖励",
        "国家级备案",
        "数据要素×",
        "可信数据空间",
        "国家级试点示范",
        "非关联方",
        "固定资产投资（不含土建）",
        "信息传输、软件和信息技术服务业",
    ] {
        assert!(terms.iter().any(|t| t.contains(wanted)), "{wanted} is not explained");
    }
}

#[test]
fn every_question_that_can_be_answered_yes_or_with_a_figure_says_what_will_show_it() {
    for m in MEASURES.iter().filter(|m| !m.is_service()) {
        for fact in m.facts {
            let needs = matches!(
                fact.kind,
                FactKind::Flag | FactKind::Count | FactKind::Amount | FactKind::Choices(_) | FactKind::List(_)
            );
            if needs {
                let evidence = fact.evidence.unwrap_or_else(|| panic!("{}.{} says no evidence", m.id, fact.key));
                assert!(!evidence.zh.is_empty() && !evidence.en.is_empty(), "{}.{}", m.id, fact.key);
            }
        }
    }
}

/// The keys of the questions a test reads.
fn keys_read(test: &Test) -> Vec<&'static str> {
    match test {
        Test::Flag(key) | Test::Positive(key) | Test::NonEmpty(key) => vec![key],
        Test::AnyFlag(keys) | Test::AnyCount(keys) => keys.to_vec(),
        Test::AnyItemChoice { list, .. } => vec![list],
        Test::IctIndustry | Test::DataField => vec![],
    }
}

#[test]
fn a_follow_up_reads_only_always_asked_yes_no_and_count_questions_before_it() {
    let mut follow_ups = 0;
    for measure in MEASURES {
        for (at, spec) in measure.facts.iter().enumerate() {
            let Some(test) = &spec.asked_when else { continue };
            follow_ups += 1;
            let before = measure.facts.get(..at).unwrap_or_default();
            assert!(!keys_read(test).is_empty(), "{}.{} follows from no question", measure.id, spec.key);
            for key in keys_read(test) {
                let opener = before.iter().find(|fact| fact.key == key);
                assert!(
                    opener.is_some_and(
                        |fact| matches!(fact.kind, FactKind::Flag | FactKind::Count) && fact.asked_when.is_none()
                    ),
                    "{}.{} follows from {key}, which is not an always-asked yes/no or count question before it",
                    measure.id,
                    spec.key
                );
            }
        }
    }
    assert_eq!(follow_ups, 11, "the follow-ups of the tables (update the end-to-end test's list too)");
}

#[test]
fn a_condition_on_a_follow_up_also_requires_what_opens_it() {
    for measure in MEASURES {
        for condition in measure.conditions {
            for key in keys_read(&condition.test) {
                let Some(opener) = measure.fact(key).and_then(|fact| fact.asked_when.as_ref()) else { continue };
                assert!(
                    measure.conditions.iter().any(|c| &c.test == *opener),
                    "{}: a condition reads {key}, asked only when another condition holds",
                    measure.id
                );
            }
        }
    }
}

#[test]
fn the_end_to_end_test_walks_every_follow_up_of_the_tables() {
    let spec = include_str!("../../tests/e2e/follow-ups.spec.mjs");
    let listed: Vec<String> = spec
        .lines()
        .filter(|line| line.trim_start().starts_with("{ area: '"))
        .map(|line| {
            let value = |name: &str| {
                let start = line.find(&format!("{name}: '")).map(|at| at + name.len() + 3).unwrap_or_default();
                let rest = line.get(start..).unwrap_or_default();
                rest.get(..rest.find('\'').unwrap_or_default()).unwrap_or_default().to_string()
            };
            format!("{} {} {} {}", value("area"), value("measure"), value("opener"), value("key"))
        })
        .collect();
    let tables: Vec<String> = MEASURES
        .iter()
        .flat_map(|m| m.facts.iter().map(move |fact| (m, fact)))
        .filter_map(|(m, fact)| {
            let opener = keys_read(fact.asked_when.as_ref()?).first().copied()?;
            Some(format!("{} {} {opener} {}", m.area, m.id, fact.key))
        })
        .collect();
    assert_eq!(listed, tables);
}

/// Every question key of the tables, the organisation's and each list's own included.
fn question_keys() -> Vec<&'static str> {
    fn walk(specs: &'static [FactSpec], keys: &mut Vec<&'static str>) {
        for spec in specs {
            if !keys.contains(&spec.key) {
                keys.push(spec.key);
            }
            if let FactKind::List(fields) = &spec.kind {
                walk(fields, keys);
            }
        }
    }
    let mut keys = Vec::new();
    walk(ENTITY, &mut keys);
    MEASURES.iter().for_each(|m| walk(m.facts, &mut keys));
    keys
}

/// The non-test Rust of both crates, each file with its test module cut off.
fn code_of_both_crates() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, files: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            if path.is_dir() {
                walk(&path, files);
            } else if name.ends_with(".rs") && !["tests.rs", "largest.rs"].contains(&name.as_str()) {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let code = text.split("#[cfg(test)]").next().unwrap_or_default().to_string();
                files.push((path.display().to_string(), code));
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    walk(&root.join("app/src"), &mut files);
    files
}

/// A condition or a rule names the question it reads by the constant of its key (`q::…`, where a
/// typo is a compile error), never by the key spelled again: each key is a string literal once.
/// (A choice may share a question's name, `"national"`: choices are not counted.)
#[test]
fn every_question_key_is_spelled_once_in_the_code_of_both_crates() {
    let files = code_of_both_crates();
    assert!(files.len() > 40, "the code was not found");
    // A choice's own key, a level's or an option's choice, the second of a (field, choice) pair.
    let choice = |text: &str, at: usize, literal: &str| {
        let before = text.get(..at).unwrap_or_default();
        let after = text.get(at + literal.len()..).unwrap_or_default();
        before.ends_with("key: ") || before.ends_with("choice: ") || (before.ends_with(", ") && after.starts_with(')'))
    };
    for key in question_keys() {
        let literal = format!("\"{key}\"");
        let places: Vec<String> = files
            .iter()
            .flat_map(|(path, code)| {
                code.match_indices(&literal).filter(|(at, _)| !choice(code, *at, &literal)).map(move |_| path.clone())
            })
            .collect();
        assert_eq!(places.len(), 1, "{literal} is spelled in {places:?}");
    }
}

/// A cap said from the rule needs a rule with one cap; a rule with one cap has its cap said from
/// it, never written again in words (issue 27: each rule written once).
#[test]
fn a_single_cap_is_said_from_its_rule_and_only_from_it() {
    for m in MEASURES {
        match (&m.amount_text, m.award.single_cap()) {
            (AmountText::Cap { .. }, cap) => assert!(cap.is_some(), "{}: a cap said of a rule without one", m.id),
            (AmountText::Words(words), Some(cap)) => {
                panic!("{}: the cap {cap:?} is in the rule; say it from there, not in {words:?}", m.id)
            }
            (AmountText::Words(_), None) => {}
        }
    }
}
