//! Invariants of the estimate over random answers, generated from the policy's own question
//! tables so that every measure and every kind of answer is exercised; and of the answers reader
//! over random and damaged texts.

use proptest::prelude::*;
use rust_decimal::Decimal;
use xicheng_data_awards::answers::{Answers, Entity, Fact, Facts, Problem, Project};
use xicheng_data_awards::date::Date;
use xicheng_data_awards::engine::{estimate, Status};
use xicheng_data_awards::lang::Lang;
use xicheng_data_awards::money::Wan;
use xicheng_data_awards::policy::{Award, FactKind, FactSpec, Rule, DATA_FIELDS, MEASURES, POLICY};
use xicheng_data_awards::text;

fn amount() -> impl Strategy<Value = Wan> {
    prop_oneof![
        (0u64..=20_000).prop_map(|n| Wan::checked(Decimal::from(n)).unwrap_or_default()),
        (0i64..=100_000_000_000_000i64, 0u32..=6)
            .prop_map(|(n, scale)| Wan::checked(Decimal::new(n, scale)).unwrap_or(Wan::whole(100_000_000))),
    ]
}

fn fact(kind: &'static FactKind) -> BoxedStrategy<Fact> {
    match kind {
        FactKind::Flag => any::<bool>().prop_map(Fact::Flag).boxed(),
        FactKind::Count => prop_oneof![0u32..=8, 0u32..=1000].prop_map(Fact::Count).boxed(),
        FactKind::Amount => amount().prop_map(Fact::Amount).boxed(),
        FactKind::Text => "[a-z数据]{0,6}".prop_map(Fact::Text).boxed(),
        FactKind::Choice(choices) => {
            proptest::sample::select(choices.iter().map(|c| c.key).collect::<Vec<_>>()).prop_map(Fact::Choice).boxed()
        }
        FactKind::Choices(choices) => {
            proptest::sample::subsequence(choices.iter().map(|c| c.key).collect::<Vec<_>>(), 0..=choices.len())
                .prop_map(Fact::Choices)
                .boxed()
        }
        FactKind::List(fields) => proptest::collection::vec(facts(fields), 0..4).prop_map(Fact::List).boxed(),
    }
}

/// Answers to a set of questions; required ones always answered, the others sometimes.
fn facts(specs: &'static [FactSpec]) -> BoxedStrategy<Facts> {
    let each: Vec<BoxedStrategy<Option<(&'static str, Fact)>>> = specs
        .iter()
        .map(|spec| {
            let answered = fact(&spec.kind).prop_map(move |f| Some((spec.key, f)));
            if spec.required {
                answered.boxed()
            } else {
                prop_oneof![1 => Just(None), 4 => answered].boxed()
            }
        })
        .collect();
    each.prop_map(|pairs| pairs.into_iter().flatten().collect()).boxed()
}

fn entity() -> impl Strategy<Value = Entity> {
    (
        any::<bool>(),
        proptest::sample::subsequence(DATA_FIELDS.iter().map(|c| c.key).collect::<Vec<_>>(), 0..=DATA_FIELDS.len()),
        any::<bool>(),
        proptest::option::of("[a-zA-Z0-9 张三，-]{1,30}"),
    )
        .prop_map(|(operates_in_xicheng, data_fields, ict_industry, contact)| Entity {
            name: None,
            operates_in_xicheng,
            data_fields,
            ict_industry,
            // A valid code (GB 32100-2015's check character) when there is a contact, to carry both.
            credit_code: contact.as_ref().map(|_| "91350100M000100Y43".to_string()),
            contact: contact.map(|c| c.trim().to_string()).filter(|c| !c.is_empty()),
        })
}

fn monetary_ids() -> Vec<&'static str> {
    MEASURES.iter().filter(|m| !m.is_service()).map(|m| m.id).collect()
}

/// Up to two projects over disjoint measures, each with some other Xicheng support.
fn projects() -> impl Strategy<Value = Vec<Project>> {
    (Just(monetary_ids()).prop_shuffle(), 0usize..=4, 0usize..=4, amount(), amount()).prop_map(
        |(ids, first, second, support_a, support_b)| {
            let mut projects = Vec::new();
            let (a, rest) = ids.split_at(first.min(ids.len()));
            let b = rest.get(..second.min(rest.len())).unwrap_or_default();
            for (group, support) in [(a, support_a), (b, support_b)] {
                if !group.is_empty() {
                    projects.push(Project { name: None, measures: group.to_vec(), other_xicheng_support_wan: support });
                }
            }
            projects
        },
    )
}

fn answers() -> impl Strategy<Value = Answers> {
    let claims: Vec<BoxedStrategy<Option<(&'static str, Facts)>>> = MEASURES
        .iter()
        .map(|m| prop_oneof![1 => Just(None), 2 => facts(m.facts).prop_map(move |f| Some((m.id, f)))].boxed())
        .collect();
    (entity(), claims, projects()).prop_map(|(entity, claims, projects)| Answers {
        entity,
        claims: claims.into_iter().flatten().collect(),
        projects,
    })
}

fn a_day() -> impl Strategy<Value = Date> {
    (2020u16..=2033, 1u8..=12, 1u8..=31)
        .prop_map(|(y, m, d)| Date::new(y, m, d).or_else(|| Date::new(y, m, 28)).unwrap_or(POLICY.valid_from))
}

/// The most a rule can give for the claim: the cap, or for per-item rules the per-item cap times the items.
fn most(rule: &Rule, claim: &Facts) -> Decimal {
    let items = |list: &str| match claim.get(list) {
        Some(Fact::List(items)) => Decimal::from(items.len()),
        _ => Decimal::ZERO,
    };
    match rule {
        Rule::Flat { cap } | Rule::Percent { cap, .. } | Rule::FlatLimitedBy { cap, .. } => cap.decimal(),
        Rule::PerFlag { items } => items.iter().map(|i| i.amount.decimal()).sum(),
        Rule::PerCount { items, cap } => cap
            .map(Wan::decimal)
            .unwrap_or_else(|| items.iter().map(|i| i.amount.decimal() * Decimal::from(1000)).sum()),
        Rule::PerItemLevel { list, levels, .. } => {
            levels.iter().map(|l| l.amount.decimal()).max().unwrap_or_default() * items(list)
        }
        Rule::PerItemBest { list, options } => {
            options.iter().map(|o| o.amount.decimal()).max().unwrap_or_default() * items(list)
        }
        Rule::PerItemPercent { list, cap_each, .. } => cap_each.decimal() * items(list),
    }
}

/// Every count and amount of the answers raised by `delta` (lists keep their length).
fn raised(answers: &Answers, delta: Decimal, count_delta: u32) -> Answers {
    fn raise(facts: &mut Facts, delta: Decimal, count_delta: u32) {
        for fact in facts.values_mut() {
            match fact {
                Fact::Count(n) => *n = (*n + count_delta).min(1000),
                Fact::Amount(a) => *a = Wan::checked(a.decimal() + delta).unwrap_or(Wan::whole(100_000_000)),
                Fact::List(items) => items.iter_mut().for_each(|item| raise(item, delta, count_delta)),
                _ => {}
            }
        }
    }
    let mut more = answers.clone();
    more.claims.values_mut().for_each(|facts| raise(facts, delta, count_delta));
    more
}

const TODAY: Date = match Date::new(2026, 3, 1) {
    Some(day) => day,
    None => POLICY.valid_from,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn totals_are_consistent_and_within_potential(answers in answers(), day in a_day()) {
        let result = estimate(&answers, day);
        prop_assert!(result.total_wan <= result.potential_wan);
        if answers.entity.operates_in_xicheng {
            prop_assert_eq!(result.total_wan, result.potential_wan);
        } else {
            prop_assert_eq!(result.total_wan, Wan::ZERO);
        }
        if answers.entity.data_fields.is_empty() {
            prop_assert_eq!(result.potential_wan, Wan::ZERO);
        }
        prop_assert_eq!(result.measures.len(), MEASURES.len());
    }

    #[test]
    fn the_total_splits_into_figures_and_ceilings_that_add_up(answers in answers()) {
        let result = estimate(&answers, TODAY);
        let split = result.potential_split;
        prop_assert_eq!(split.figures.saturating_add(split.ceilings), result.potential_wan);
        let headline = result.headline_split();
        prop_assert_eq!(headline.figures.saturating_add(headline.ceilings), result.headline_wan());
        // Each measure's parts add up to its amount; without projects, the total's parts are
        // exactly the parts of the measures that count.
        for m in &result.measures {
            prop_assert_eq!(m.split.figures.saturating_add(m.split.ceilings), m.amount, "{}", m.measure.id);
        }
        if answers.projects.is_empty() {
            let ceilings = result
                .measures
                .iter()
                .filter(|m| m.counts())
                .fold(Wan::ZERO, |sum, m| sum.saturating_add(m.split.ceilings));
            prop_assert_eq!(split.ceilings, ceilings);
        }
    }

    #[test]
    fn every_amount_is_within_its_cap(answers in answers()) {
        let result = estimate(&answers, TODAY);
        for m in &result.measures {
            prop_assert!(m.amount >= Wan::ZERO);
            match (&m.measure.award, answers.claim(m.measure.id)) {
                (Award::Amount(rule), Some(claim)) => {
                    prop_assert!(m.amount.decimal() <= most(rule, claim), "{} gives {:?}", m.measure.id, m.amount);
                }
                _ => prop_assert!(m.amount.is_zero(), "{} has an amount without a claim or rule", m.measure.id),
            }
            if m.status != Status::Eligible && m.status != Status::Potential {
                prop_assert!(m.amount.is_zero());
            }
        }
    }

    #[test]
    fn more_investment_spend_or_counts_never_lower_an_amount(
        answers in answers(),
        delta in (0i64..=5_000_000_000, 0u32..=6).prop_map(|(n, s)| Decimal::new(n, s)),
        count_delta in 0u32..=5,
    ) {
        let before = estimate(&answers, TODAY);
        let after = estimate(&raised(&answers, delta, count_delta), TODAY);
        for (b, a) in before.measures.iter().zip(&after.measures) {
            prop_assert!(a.amount >= b.amount, "{}: {:?} → {:?}", b.measure.id, b.amount, a.amount);
        }
        prop_assert!(after.potential_wan >= before.potential_wan);
        prop_assert!(after.total_wan >= before.total_wan);
    }

    #[test]
    fn grouping_never_raises_the_total(answers in answers()) {
        let grouped = estimate(&answers, TODAY);
        let mut apart = answers.clone();
        apart.projects.clear();
        let ungrouped = estimate(&apart, TODAY);
        prop_assert!(grouped.total_wan <= ungrouped.total_wan);
        prop_assert!(grouped.potential_wan <= ungrouped.potential_wan);
        for project in &grouped.projects {
            prop_assert!(project.counted <= project.highest);
        }
    }

    #[test]
    fn in_force_exactly_from_issue_to_the_last_day_and_amounts_ignore_the_date(answers in answers(), day in a_day()) {
        let on_day = estimate(&answers, day);
        let in_window = (POLICY.valid_from..=POLICY.valid_until).contains(&day);
        prop_assert_eq!(on_day.in_force, in_window);
        let in_force_day = estimate(&answers, TODAY);
        prop_assert_eq!(on_day.potential_wan, in_force_day.potential_wan);
        prop_assert_eq!(on_day.total_wan, in_force_day.total_wan);
    }

    #[test]
    fn export_then_import_keeps_the_answers(answers in answers()) {
        let again = Answers::from_json(&answers.to_json());
        prop_assert_eq!(again.as_ref().map(|a| a.to_json()), Ok(answers.to_json()));
    }

    /// A compact share link carries what the answers file does but who the organisation is (its
    /// name, credit code and contact): the same file less those comes back, and the same total.
    #[test]
    fn a_share_link_keeps_the_answers(answers in answers()) {
        let again = Answers::from_link_text(&answers.to_link_text());
        let mut anonymous = answers.clone();
        anonymous.entity = Entity { name: None, credit_code: None, contact: None, ..answers.entity.clone() };
        prop_assert_eq!(again.as_ref().map(|a| a.to_json()), Ok(anonymous.to_json()));
        let total = |a: &Answers| estimate(a, TODAY).total_wan;
        prop_assert_eq!(again.as_ref().map(total), Ok(total(&answers)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    /// A share link cut, changed or made up: answered without panicking, and refused with a
    /// reason when it is not a link the app wrote (or, rarely, read as other valid answers).
    #[test]
    fn any_link_text_is_answered(
        (link, cut, flips) in (answers().prop_map(|a| a.to_link_text()), any::<prop::sample::Index>(), prop::collection::vec((any::<prop::sample::Index>(), "[A-Za-z0-9_=%-]"), 0..3)),
        noise in "[A-Za-z0-9_-]{0,40}",
    ) {
        let mut chars: Vec<char> = link.chars().collect();
        for (at, with) in &flips {
            if !chars.is_empty() {
                let i = at.index(chars.len());
                chars[i] = with.chars().next().unwrap_or('A');
            }
        }
        let end = if chars.is_empty() { 0 } else { cut.index(chars.len() + 1) };
        for text in [chars[..end].iter().collect::<String>(), noise.clone()] {
            match Answers::from_link_text(&text) {
                Ok(answers) => prop_assert_eq!(Answers::from_link_text(&answers.to_link_text()), Ok(answers)),
                Err(refusal) => {
                    prop_assert!(!refusal.errors.is_empty());
                    prop_assert!(refusal.errors.iter().all(|e| !text::field_error(e, Lang::Zh).is_empty()));
                }
            }
        }
    }
}

/// Any JSON value, small: the shapes a damaged or foreign file may have.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "-?[0-9]{1,12}(\\.[0-9]{0,9})?([eE][+-]?[0-9]{1,4})?"
            .prop_map(|n| serde_json::from_str(&n).unwrap_or(Value::Null)),
        "[a-z0-9_.\\[\\]\\-数据\u{202e}<> ]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 24, 5, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::Array),
            proptest::collection::vec(("[a-z_0-9.]{0,10}", inner), 0..5)
                .prop_map(|pairs| serde_json::Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// A key the answers file knows at some level, or one it does not.
fn some_key() -> impl Strategy<Value = String> {
    let known: Vec<String> = ["format", "version", "entity", "claims", "projects", "name", "measures", "level"]
        .into_iter()
        .map(String::from)
        .chain(MEASURES.iter().map(|m| m.id.to_string()))
        .chain(MEASURES.iter().flat_map(|m| m.facts.iter().map(|f| f.key.to_string())))
        .collect();
    prop_oneof![proptest::sample::select(known), "[a-z_]{1,8}"]
}

/// A valid answers file with one part replaced, renamed or removed somewhere inside it.
fn damaged_answers() -> impl Strategy<Value = serde_json::Value> {
    (answers(), proptest::collection::vec((any::<u32>(), 0u8..3, some_key(), any_json()), 1..4)).prop_map(
        |(answers, damages)| {
            let mut file: serde_json::Value = serde_json::from_str(&answers.to_json()).unwrap_or_default();
            for (at, how, key, value) in damages {
                damage(&mut file, at, how, &key, value);
            }
            file
        },
    )
}

/// Walks `at` down the file and, where it stops, replaces the value, renames a key or drops one.
fn damage(here: &mut serde_json::Value, at: u32, how: u8, key: &str, new: serde_json::Value) {
    use serde_json::Value;
    let width = match &*here {
        Value::Object(map) => map.len(),
        Value::Array(items) => items.len(),
        _ => 0,
    } as u32;
    if width > 0 && at % 3 != 0 {
        let pick = ((at / 3) % width) as usize;
        let next = match &mut *here {
            Value::Object(map) => map.values_mut().nth(pick),
            Value::Array(items) => items.get_mut(pick),
            _ => None,
        };
        if let Some(next) = next {
            return damage(next, at / 7, how, key, new);
        }
    }
    match (how, &mut *here) {
        (1, Value::Object(map)) => {
            if let Some(old) = map.keys().next().cloned() {
                if let Some(moved) = map.shift_remove(&old) {
                    map.insert(format!("{key}{}", if old == key { "_" } else { "" }), moved);
                }
            }
        }
        (2, Value::Object(map)) => {
            if let Some(gone) = map.keys().nth((at as usize) % map.len().max(1)).cloned() {
                map.shift_remove(&gone);
            }
        }
        _ => *here = new,
    }
}

/// Random JSON text with a few bytes cut, doubled or changed: what a broken download looks like.
fn damaged_text() -> impl Strategy<Value = String> {
    (any_json(), proptest::collection::vec((any::<usize>(), 0u8..3, any::<char>()), 0..3)).prop_map(|(value, edits)| {
        let mut text: Vec<char> = value.to_string().chars().collect();
        for (at, how, c) in edits {
            let at = at % (text.len() + 1);
            match how {
                0 => text.truncate(at),
                1 => text.insert(at, c),
                _ => {
                    if at < text.len() {
                        text.remove(at);
                    }
                }
            }
        }
        text.into_iter().collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Whatever arrives (a foreign file, a broken download, a damaged share link), the reader
    /// answers without panicking, and every refusal points at a place that exists in the file:
    /// the field itself, or for a missing one the object it is missing from.
    #[test]
    fn every_refusal_of_any_text_names_a_real_place(
        text in prop_oneof![
            2 => damaged_answers().prop_map(|file| file.to_string()),
            1 => damaged_text(),
            1 => any_json().prop_map(|value| value.to_string()),
        ]
    ) {
        // The reader skips a leading byte-order mark, as editors on Windows write one.
        let parsed: Option<serde_json::Value> = serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(&text)).ok();
        match (Answers::from_json(&text), parsed) {
            (Ok(answers), _) => prop_assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers)),
            (Err(refusal), None) => {
                prop_assert_eq!(refusal.errors.len(), 1);
                let where_ = refusal.errors.first().and_then(|e| match e.problem {
                    Problem::NotJson { line, column } if e.path.is_root() => Some((line, column)),
                    _ => None,
                });
                let lines = text.lines().count().max(1);
                prop_assert!(where_.is_some_and(|(line, _)| (1..=lines + 1).contains(&line)), "{:?} for {:?}", refusal, text);
            }
            (Err(refusal), Some(file)) => {
                prop_assert!(!refusal.errors.is_empty());
                for error in &refusal.errors {
                    let place = match error.problem {
                        Problem::Missing => error.path.parent(),
                        _ => error.path.clone(),
                    };
                    prop_assert!(file.pointer(&place.pointer()).is_some(), "{} is not in {}", error.path, text);
                    for lang in Lang::BOTH {
                        let said = text::field_error(error, lang);
                        prop_assert!(said.starts_with(&error.path.to_string()) && said.len() > error.path.to_string().len());
                    }
                }
            }
        }
    }
}

/// The answers of every case file and the documented example: real files to damage.
fn real_files() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(root.join("tests/cases"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .filter_map(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .map(|case| case["answers"].to_string())
        .collect();
    files.extend(std::fs::read_to_string(root.join("docs/examples/everything-claimed.json")));
    files
}

/// What may come in: real files with bytes cut, doubled or changed; random bytes; deep and wide
/// nesting; huge numbers and strings.
fn anything() -> impl Strategy<Value = String> {
    let edits = proptest::collection::vec((any::<usize>(), 0u8..3, any::<u8>()), 1..6);
    let damaged = (proptest::sample::select(real_files()), edits).prop_map(|(file, edits)| {
        let mut bytes = file.into_bytes();
        for (at, how, byte) in edits {
            let at = at % (bytes.len() + 1);
            match how {
                0 => bytes.insert(at, byte),
                1 if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ if at < bytes.len() => bytes[at] = byte,
                _ => {}
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    });
    let random = proptest::collection::vec(any::<u8>(), 0..200).prop_map(|b| String::from_utf8_lossy(&b).into_owned());
    let deep = (0usize..200, 0usize..200, "[\\[{\"a\":]{1,3}")
        .prop_map(|(open, close, unit)| format!("{}{}", unit.repeat(open), "]".repeat(close)));
    let wide = (0usize..3000, any::<bool>()).prop_map(|(n, object)| {
        if object {
            format!("{{{}}}", (0..n).map(|i| format!("\"k{}\":{i}", i % 50)).collect::<Vec<_>>().join(","))
        } else {
            format!("[{}]", vec!["{}"; n].join(","))
        }
    });
    let huge = (1usize..5000, 0usize..300_000, any::<bool>()).prop_map(|(digits, chars, number)| {
        let value = if number { format!("-{}e{digits}", "9".repeat(digits)) } else { format!("\"{}\"", "字".repeat(chars)) };
        format!(r#"{{"format": "xicheng-data-awards/answers", "version": 1, "entity": {{"name": {value}}}, "claims": {{"6.1a": {{"investment_wan": {value}}}}}}}"#)
    });
    prop_oneof![6 => damaged, 2 => random, 1 => deep, 1 => wide, 1 => huge]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    /// 100,000 texts of every kind: no panic, and every refusal says why, and where when it is
    /// about one place of the file.
    #[test]
    fn any_text_is_answered_with_a_reason(text in anything()) {
        match Answers::from_json(&text) {
            Ok(answers) => prop_assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers)),
            Err(refusal) => {
                prop_assert!(!refusal.errors.is_empty());
                for error in &refusal.errors {
                    let whole_file = matches!(error.problem, Problem::NotJson { .. } | Problem::TooLarge | Problem::TooDeep)
                        || (error.path.is_root() && matches!(error.problem, Problem::WrongType(_)));
                    prop_assert!(whole_file || !error.path.is_root(), "{:?} has no place", error);
                    prop_assert!(!text::field_error(error, Lang::En).is_empty());
                }
            }
        }
    }
}
