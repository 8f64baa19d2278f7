//! The policy review sheet (`docs/policy-review.md`): for a policy officer of the 西城区数据局 to
//! check, measure by measure, that what the app computes is what the policy says. Everything in
//! it is written out from the policy tables and computed by the engine, in Chinese and English
//! side by side, so it cannot drift from the code: `tests/review.rs` fails when the committed
//! sheet differs from what [`sheet`] writes now. Regenerate it with
//! `cargo run --bin policy-review`.
//!
//! This module lays the sheet out (Markdown, figures, examples); its words are the text layer's
//! [`ReviewTexts`](crate::text::ReviewTexts), and the app's own texts where the sheet quotes them.

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::answers::{read, Answers, Entity, Fact, Facts, Keyed, Project};
use crate::date::Date;
use crate::engine::{estimate, Basis, MeasureResult, Status};
use crate::lang::{Bi, Lang, Pair};
use crate::money::{group_thousands, Wan};
use crate::policy::{
    self, Award, Condition, FactKind, FactSpec, Measure, RestsOn, Rule, Term, Test, DATA_FIELDS, DATA_FIELD_CONDITION,
    GATE, ICT_INDUSTRY, MEASURES, NOT_ESTIMATED, POLICY,
};
use crate::text::{self, REVIEW as R};

/// The day the examples are computed for: inside the policy's validity.
pub const EXAMPLE_DAY: Date = match Date::new(2026, 3, 1) {
    Some(day) => day,
    None => POLICY.valid_from,
};

/// The whole sheet, as Markdown.
pub fn sheet() -> String {
    let mut out = String::new();
    header(&mut out);
    for measure in MEASURES {
        measure_entry(&mut out, measure);
    }
    cross_cutting(&mut out);
    out
}

/// A figure in 万元 as the policy writes it: `5,000`, `35.5`.
fn figure(amount: Wan) -> String {
    group_thousands(amount.decimal())
}

/// A pair one above the other: `中文<br>English`.
fn both(out: &mut String, pair: Bi) {
    let _ = writeln!(out, "{}<br>{}", pair.zh, pair.en);
}

/// A pair on one line: `中文 · English`.
fn side_by_side(pair: Bi) -> String {
    format!("{} · {}", pair.zh, pair.en)
}

/// A short pair run together, as a label before a figure: `合计 total`.
fn one_line(pair: Bi) -> String {
    format!("{} {}", pair.zh, pair.en)
}

fn header(out: &mut String) {
    let _ = writeln!(out, "# {}\n", side_by_side(R.title));
    let _ = writeln!(out, "<!-- {} -->\n", R.generated);
    let _ = writeln!(out, "**{}** {}", POLICY.title.zh, POLICY.document_number);
    let _ = writeln!(out, "<br>{}\n", POLICY.title.en);
    let _ = writeln!(
        out,
        "- {}: {}, {} / {}\n- {}: {} ..= {}\n- {}: {} / {}",
        one_line(R.issued),
        POLICY.issued,
        POLICY.issuer.zh,
        POLICY.issuer.en,
        one_line(R.in_force),
        POLICY.valid_from,
        POLICY.valid_until,
        one_line(R.interpreted_by),
        POLICY.interpreted_by.zh,
        POLICY.interpreted_by.en
    );
    // The edition the results and the report print, so that a figure is traced to these tables.
    let _ = writeln!(out, "- {}: {} (`src/policy/measures.rs`)\n", one_line(R.edition), policy::edition());
    // Every figure is an upper bound, said before any split (`measures.md`).
    let (zh, en) = (text::of(Lang::Zh), text::of(Lang::En));
    let _ = writeln!(out, "**{}** {}\n", (zh.headline_split)(None, None), (en.headline_split)(None, None));
    let _ = writeln!(out, "{}\n", (R.intro.zh)(EXAMPLE_DAY));
    let _ = writeln!(out, "{}\n", (R.intro.en)(EXAMPLE_DAY));
}

fn measure_entry(out: &mut String, m: &'static Measure) {
    let _ = writeln!(out, "## {} · {} · {}\n", m.id, m.clause.zh, m.clause.en);
    let _ = writeln!(out, "**{}** · {}\n", m.title.zh, m.title.en);
    let _ = writeln!(out, "> {}\n", m.quote);

    let _ = writeln!(out, "**{}** {}\n", side_by_side(R.who_qualifies), R.all_must_hold);
    let _ =
        writeln!(out, "| {} | {} | {} |\n|---|---|---|", R.condition.zh, R.condition.en, side_by_side(R.checked_as));
    for condition in std::iter::once(&DATA_FIELD_CONDITION).chain(m.conditions.iter()) {
        let check = checked_as(m, &condition.test);
        let _ = writeln!(out, "| {} | {} | {}<br>{} |", condition.text.zh, condition.text.en, check.zh, check.en);
    }
    let _ = writeln!(out);
    if !m.assessed.is_empty() {
        let _ = writeln!(out, "**{}**\n", side_by_side(R.assessed));
        for a in m.assessed {
            let _ = writeln!(
                out,
                "- {}（{}：{}）<br>{} ({}: {})",
                a.text.zh, R.evidence.zh, a.evidence.zh, a.text.en, R.evidence.en, a.evidence.en
            );
        }
        let _ = writeln!(out);
    }

    let _ = writeln!(out, "**{}**\n", side_by_side(R.amount_rule));
    let rule = rule_words(m);
    let _ = writeln!(out, "- {}: {}<br>{}", side_by_side(R.from_rule_data), rule.zh, rule.en);
    let (shown, rests_on) = (side_by_side(R.as_users_read_it), rests_on_words(m));
    let (zh, en) = (text::amount_text(m, Lang::Zh), text::amount_text(m, Lang::En));
    let _ = writeln!(out, "- {shown}: {zh}<br>{en}");
    let _ = writeln!(out, "- {}: {}<br>{}\n", side_by_side(R.rests_on), rests_on.zh, rests_on.en);

    evidence_and_terms(out, m);

    if let Some(reading) = m.reading {
        let _ = writeln!(out, "**{}**\n", side_by_side(R.reading));
        both(out, reading);
        let _ = writeln!(out);
    }

    let _ = writeln!(out, "**{}** {}\n", side_by_side(R.examples), (R.examples_aside)(EXAMPLE_DAY));
    let qualifying = qualifying_answers(m);
    example(out, &format!("1. {}", side_by_side(R.qualifies)), m, &qualifying);
    let misses = format!("2. {}", side_by_side(R.just_misses));
    match missing(m, &qualifying) {
        Some(short) => example(out, &misses, m, &short),
        None => {
            let _ = writeln!(out, "{misses}: —\n");
        }
    }
}

/// What the measure's figure rests on (`RestsOn`), as the results say it.
fn rests_on_words(m: &Measure) -> Bi {
    let (zh, en) = (text::of(Lang::Zh), text::of(Lang::En));
    match m.rests_on() {
        RestsOn::Figures => Pair { zh: (zh.basis_short)(Basis::Figures), en: (en.basis_short)(Basis::Figures) },
        RestsOn::Ceiling => Pair { zh: (zh.basis_short)(Basis::Ceiling), en: (en.basis_short)(Basis::Ceiling) },
        RestsOn::CeilingUnlessGiven(_) => R.ceiling_unless_given,
        RestsOn::FiguresUpToCap => R.figures_up_to_cap,
        RestsOn::NoAmount => R.no_amount,
    }
}

/// Each question's suggested evidence, and the plain explanation of each term it uses with the
/// explanation's source.
fn evidence_and_terms(out: &mut String, m: &Measure) {
    let specs: Vec<&FactSpec> = m
        .facts
        .iter()
        .flat_map(|spec| match &spec.kind {
            FactKind::List(fields) => std::iter::once(spec).chain(fields.iter()).collect::<Vec<_>>(),
            _ => vec![spec],
        })
        .collect();
    if specs.iter().all(|spec| spec.evidence.is_none() && spec.terms.is_empty()) {
        return;
    }
    let _ = writeln!(out, "**{}**\n", side_by_side(R.questions_evidence_terms));
    let _ = writeln!(out, "| {} | {} |\n|---|---|", side_by_side(R.question), side_by_side(R.evidence));
    for spec in &specs {
        let evidence = spec.evidence.map_or_else(|| "—".to_string(), |e| format!("{}<br>{}", e.zh, e.en));
        let _ = writeln!(out, "| {}<br>{} | {evidence} |", spec.question.zh, spec.question.en);
    }
    let _ = writeln!(out, "\n{}", side_by_side(R.time_window));
    let _ = writeln!(out);
    for term in specs.iter().flat_map(|spec| spec.terms.iter()) {
        term_entry(out, term);
    }
}

fn term_entry(out: &mut String, term: &Term) {
    let source = policy::source_of(term).map_or_else(|| "— · —".to_string(), side_by_side);
    let _ = writeln!(
        out,
        "- **{}** · {}: {}<br>{}<br>{}: {source}",
        term.term.zh,
        term.term.en,
        term.explanation.zh,
        term.explanation.en,
        side_by_side(R.source)
    );
}

/// Nothing to say, in either language: a question the tables do not have.
const NOTHING: Bi = Pair { zh: "", en: "" };

/// Who is asked: the question of a fact of the measure, in both languages.
fn question(m: &Measure, key: &str) -> Bi {
    m.fact(key).map_or(NOTHING, |f| f.question)
}

/// A list's item field, with its question.
fn item_question(m: &Measure, list: &str, field: &str) -> Bi {
    match m.fact(list).map(|f| &f.kind) {
        Some(FactKind::List(fields)) => fields.iter().find(|f| f.key == field).map_or(NOTHING, |f| f.question),
        _ => NOTHING,
    }
}

/// A choice of a list item's field, by its label.
fn item_choice(m: &Measure, list: &str, field: &str, choice: &str) -> Option<Bi> {
    match m.fact(list).map(|f| &f.kind) {
        Some(FactKind::List(fields)) => match fields.iter().find(|f| f.key == field).map(|f| &f.kind) {
            Some(FactKind::Choice(choices)) => choices.iter().find(|c| c.key == choice).map(|c| c.label),
            _ => None,
        },
        _ => None,
    }
}

/// Questions or answers, each quoted, in a list.
fn quoted(questions: &[Bi], lang: Lang) -> String {
    let quote = R.quote.pick(lang);
    questions.iter().map(|q| quote(q.pick(lang))).collect::<Vec<_>>().join(text::of(lang).list_separator)
}

/// What the engine tests for a condition, in both languages: the answers it looks at.
fn checked_as(m: &Measure, test: &Test) -> Pair<String> {
    Pair { zh: checked_as_in(m, test, Lang::Zh), en: checked_as_in(m, test, Lang::En) }
}

fn checked_as_in(m: &Measure, test: &Test, lang: Lang) -> String {
    let asked = |keys: &[&str]| quoted(&keys.iter().map(|key| question(m, key)).collect::<Vec<_>>(), lang);
    match test {
        Test::Flag(key) => (R.is_yes.pick(lang))(&asked(&[key])),
        Test::AnyFlag(keys) => (R.any_is_yes.pick(lang))(&asked(keys)),
        Test::AnyCount(keys) => (R.together_at_least_one.pick(lang))(&asked(keys)),
        Test::Positive(key) => (R.above_zero.pick(lang))(&asked(&[key])),
        Test::NonEmpty(key) => (R.at_least_one_entry.pick(lang))(&asked(&[key])),
        Test::AnyItemChoice { list, choices } => {
            let answers: Vec<Bi> =
                choices.iter().filter_map(|(field, choice)| item_choice(m, list, field, choice)).collect();
            (R.any_item_choice.pick(lang))(&asked(&[list]), &quoted(&answers, lang))
        }
        Test::IctIndustry => (R.ict_is_yes.pick(lang))(&quoted(&[R.ict_question], lang)),
        Test::DataField => {
            let fields: Vec<Bi> = DATA_FIELDS.iter().map(|c| c.label).collect();
            (R.data_field.pick(lang))(&quoted(&fields, lang))
        }
    }
}

/// The amount rule written out from the rule data, in both languages.
fn rule_words(m: &Measure) -> Pair<String> {
    Pair { zh: rule_words_in(m, Lang::Zh), en: rule_words_in(m, Lang::En) }
}

fn rule_words_in(m: &Measure, lang: Lang) -> String {
    let Award::Amount(rule) = &m.award else {
        return R.service_rule.pick(lang).to_string();
    };
    let quote = |asked: Bi| quoted(&[asked], lang);
    // Each level, option or item with its amount: `国家级 300; 北京市级 100`.
    let each = |items: &mut dyn Iterator<Item = (Bi, Wan)>| {
        items.map(|(label, amount)| format!("{} {}", label.pick(lang), figure(amount))).collect::<Vec<_>>().join("; ")
    };
    match rule {
        Rule::Flat { cap } => (R.flat_rule.pick(lang))(&figure(*cap)),
        Rule::PerFlag { items } => (R.per_flag_rule.pick(lang))(&each(&mut items.iter().map(|i| (i.label, i.amount)))),
        Rule::PerCount { items, cap } => {
            let terms: Vec<String> =
                items.iter().map(|i| format!("{} × {}", figure(i.amount), i.label.pick(lang))).collect();
            (R.per_count_rule.pick(lang))(&terms.join(" + "), cap.map(figure).as_deref())
        }
        Rule::Percent { key, percent, cap } => {
            (R.percent_rule.pick(lang))(*percent, &quote(question(m, key)), &figure(*cap))
        }
        Rule::FlatLimitedBy { cap, key, limit } => {
            (R.limited_rule.pick(lang))(&figure(*cap), &quote(question(m, key)), limit.pick(lang))
        }
        Rule::PerItemLevel { list, field, levels } => (R.per_item_level_rule.pick(lang))(
            &quote(question(m, list)),
            &quote(item_question(m, list, field)),
            &each(&mut levels.iter().map(|l| (l.label, l.amount))),
        ),
        Rule::PerItemBest { list, options } => (R.per_item_best_rule.pick(lang))(
            &quote(question(m, list)),
            &each(&mut options.iter().map(|o| (o.label, o.amount))),
        ),
        Rule::PerItemPercent { list, field, percent, cap_each } => (R.per_item_percent_rule.pick(lang))(
            &quote(question(m, list)),
            *percent,
            &quote(item_question(m, list, field)),
            &figure(*cap_each),
        ),
    }
}

/// `cap` as a whole number of `each`, when it divides evenly (5 filings of 100 make the 500 cap).
fn times_to_reach(cap: Wan, each: Wan) -> Option<u32> {
    let (cap, each) = (cap.decimal(), each.decimal());
    if each.is_zero() || !(cap % each).is_zero() {
        return None;
    }
    u32::try_from((cap / each).trunc().mantissa()).ok()
}

/// The least whole amount `x` with `percent`% of `x` at or above `cap`: where the cap starts to
/// bite (10,000 for 10% and a 1,000 cap; 667 for 30% and a 200 cap).
fn amount_reaching(cap: Wan, percent: u32) -> Wan {
    Wan::new((cap.decimal() * Decimal::ONE_HUNDRED / Decimal::from(percent)).ceil())
}

/// The example organisation, with one claim.
fn organisation(m: &'static Measure, claim: Facts) -> Answers {
    let mut claims = Keyed::new();
    claims.insert(m.id, claim);
    Answers {
        entity: Entity {
            name: None,
            operates_in_xicheng: true,
            data_fields: vec!["development"],
            ict_industry: true,
            ..Entity::default()
        },
        claims,
        projects: Vec::new(),
    }
}

/// Answers that meet every condition, at the cap or boundary where the rule has one.
fn qualifying_answers(m: &'static Measure) -> Answers {
    let mut facts = Facts::new();
    let highest = |amounts: &mut dyn Iterator<Item = Wan>| amounts.max().unwrap_or(Wan::ZERO);
    if let Award::Amount(rule) = &m.award {
        match rule {
            Rule::Flat { .. } => {}
            Rule::PerFlag { items } => items.iter().for_each(|i| {
                facts.insert(i.key, Fact::Flag(true));
            }),
            Rule::PerCount { items, cap } => {
                // The item that reaches the cap exactly; without a cap, one of the largest.
                let exact =
                    cap.and_then(|cap| items.iter().find_map(|i| times_to_reach(cap, i.amount).map(|n| (i.key, n))));
                let (key, count) = exact.or_else(|| items.first().map(|i| (i.key, 1))).unwrap_or(("", 0));
                facts.insert(key, Fact::Count(count));
            }
            Rule::Percent { key, percent, cap } => {
                facts.insert(key, Fact::Amount(amount_reaching(*cap, *percent)));
            }
            Rule::FlatLimitedBy { cap, key, .. } => {
                facts.insert(key, Fact::Amount(*cap));
            }
            Rule::PerItemLevel { list, field, levels } => {
                let best = levels.iter().max_by_key(|l| l.amount).map_or("", |l| l.choice);
                let mut item = Facts::new();
                item.insert(field, Fact::Choice(best));
                facts.insert(list, Fact::List(vec![item]));
            }
            Rule::PerItemBest { list, options } => {
                let top = highest(&mut options.iter().map(|o| o.amount));
                let mut item = Facts::new();
                if let Some(best) = options.iter().find(|o| o.amount == top) {
                    item.insert(best.field, Fact::Choice(best.choice));
                }
                facts.insert(list, Fact::List(vec![item]));
            }
            Rule::PerItemPercent { list, field, percent, cap_each } => {
                let mut item = Facts::new();
                item.insert(field, Fact::Amount(amount_reaching(*cap_each, *percent)));
                facts.insert(list, Fact::List(vec![item]));
            }
        }
    }
    for condition in m.conditions {
        meet(m, &mut facts, &condition.test);
    }
    organisation(m, facts)
}

/// Adds what `test` needs where the rule's answers do not already give it.
fn meet(m: &Measure, facts: &mut Facts, test: &Test) {
    let answered = |facts: &Facts, key: &str| match facts.get(key) {
        Some(Fact::Flag(yes)) => *yes,
        Some(Fact::Count(n)) => *n > 0,
        Some(Fact::Amount(amount)) => !amount.is_zero(),
        Some(Fact::List(items)) => !items.is_empty(),
        Some(Fact::Choices(chosen)) => !chosen.is_empty(),
        Some(Fact::Choice(_) | Fact::Text(_)) => true,
        None => false,
    };
    let keys: &[&'static str] = match test {
        Test::Flag(key) | Test::Positive(key) | Test::NonEmpty(key) => std::slice::from_ref(key),
        Test::AnyFlag(keys) | Test::AnyCount(keys) => keys,
        Test::AnyItemChoice { .. } | Test::IctIndustry | Test::DataField => return,
    };
    if keys.iter().any(|key| answered(facts, key)) {
        return;
    }
    let Some(spec) = keys.first().and_then(|key| m.fact(key)) else {
        return;
    };
    let fact = match &spec.kind {
        FactKind::Flag => Fact::Flag(true),
        FactKind::Count => Fact::Count(1),
        FactKind::Amount => Fact::Amount(Wan::whole(1)),
        FactKind::Choices(choices) => Fact::Choices(choices.iter().take(1).map(|c| c.key).collect()),
        FactKind::Choice(choices) => Fact::Choice(choices.first().map_or("", |c| c.key)),
        FactKind::List(_) => Fact::List(vec![Facts::new()]),
        FactKind::Text => Fact::Text("—".into()),
    };
    facts.insert(spec.key, fact);
}

/// The qualifying answers with the measure's first own condition no longer met.
fn missing(m: &'static Measure, qualifying: &Answers) -> Option<Answers> {
    let condition: &Condition = m.conditions.first()?;
    let mut answers = qualifying.clone();
    let facts = answers.claims.get_mut(m.id)?;
    match &condition.test {
        Test::Flag(key) => {
            facts.insert(key, Fact::Flag(false));
        }
        Test::AnyFlag(keys) => keys.iter().for_each(|key| {
            facts.insert(key, Fact::Flag(false));
        }),
        Test::AnyCount(keys) => keys.iter().for_each(|key| {
            facts.insert(key, Fact::Count(0));
        }),
        Test::Positive(key) => {
            facts.insert(key, Fact::Amount(Wan::ZERO));
        }
        Test::NonEmpty(key) => {
            facts.insert(key, Fact::List(Vec::new()));
        }
        Test::AnyItemChoice { list, .. } => {
            facts.insert(list, Fact::List(vec![Facts::new()]));
        }
        Test::IctIndustry => answers.entity.ict_industry = false,
        Test::DataField => answers.entity.data_fields.clear(),
    }
    Some(answers)
}

/// The answers to the questions asked, each in the page's words (a list's items on one line).
fn facts_words(facts: &Facts, specs: &'static [FactSpec], lang: Lang, separator: &str) -> String {
    let words: Vec<String> = read::asked(specs, facts)
        .map(|(spec, fact)| {
            let answer = text::answer(fact, spec, lang, str::to_string).replace('\n', "; ");
            format!("{} = {answer}", spec.question.pick(lang))
        })
        .collect();
    if words.is_empty() {
        text::of(lang).answer_none.to_string()
    } else {
        words.join(separator)
    }
}

fn example(out: &mut String, title: &str, m: &'static Measure, answers: &Answers) {
    let result = estimate(answers, EXAMPLE_DAY);
    let Some(outcome) = result.measure(m.id) else {
        return;
    };
    let facts = answers.claim(m.id).cloned().unwrap_or_default();
    let _ = writeln!(out, "{title}");
    for lang in Lang::BOTH {
        let mut given = facts_words(&facts, m.facts, lang, "; ");
        if !answers.entity.ict_industry {
            given.push_str(R.not_ict.pick(lang));
        }
        let _ = writeln!(out, "   - {}", given);
    }
    if outcome.status == Status::ServiceOnly {
        let _ = writeln!(
            out,
            "   - → {} · {}: {}",
            status(outcome, Lang::Zh),
            status(outcome, Lang::En),
            side_by_side(R.never_added)
        );
    } else {
        let (zh, en) = (status(outcome, Lang::Zh), status(outcome, Lang::En));
        let _ = writeln!(
            out,
            "   - → {zh} · {en}: **{}** · {}",
            figure(outcome.amount),
            text::money(outcome.amount, Lang::En)
        );
    }
    if let Some(trace) = &outcome.trace {
        let _ = writeln!(out, "   - `{}`", text::calculation(trace, Lang::Zh));
        let _ = writeln!(out, "   - `{}`", text::calculation(trace, Lang::En));
    }
    for condition in &outcome.unmet {
        let _ = writeln!(out, "   - {}: {}", side_by_side(R.unmet), side_by_side(condition.text));
    }
    let _ = writeln!(out);
}

fn status(outcome: &MeasureResult, lang: Lang) -> &'static str {
    (text::of(lang).status)(outcome.status)
}

fn cross_cutting(out: &mut String) {
    let _ = writeln!(out, "# {}\n", side_by_side(R.cross_cutting));
    for gate in GATE {
        let _ = writeln!(out, "## {} · {}\n", gate.clause.zh, gate.clause.en);
        let _ = writeln!(out, "> {}\n", gate.quote);
        both(out, gate.effect);
        let _ = writeln!(out);
    }

    let _ = writeln!(out, "## {}\n", side_by_side(R.scope_gate));
    let security = MEASURES.iter().find(|m| m.id == "7");
    if let Some(m) = security {
        let inside = qualifying_answers(m);
        let mut outside = inside.clone();
        outside.entity.operates_in_xicheng = false;
        let mut no_field = inside.clone();
        no_field.entity.data_fields.clear();
        for (case, answers) in [(R.in_xicheng, &inside), (R.not_in_xicheng, &outside), (R.no_field, &no_field)] {
            let result = estimate(answers, EXAMPLE_DAY);
            let status = result.measure(m.id).map(|r| r.status).unwrap_or(Status::NotClaimed);
            let _ = writeln!(
                out,
                "- {}, {}: {} · {}; {} **{}**, {} **{}**",
                side_by_side(m.clause),
                side_by_side(case),
                (text::of(Lang::Zh).status)(status),
                (text::of(Lang::En).status)(status),
                one_line(R.total),
                figure(result.total_wan),
                one_line(R.potential),
                figure(result.potential_wan)
            );
        }
    }
    let _ = writeln!(out, "\n{}<br>{}\n", R.potential_explained.zh, R.potential_explained.en);

    let _ = writeln!(out, "## {}\n", side_by_side(R.highest_and_best));
    let pilot = MEASURES.iter().find(|m| m.id == "6.1a");
    let scenario = MEASURES.iter().find(|m| m.id == "4.2a");
    if let (Some(pilot), Some(scenario)) = (pilot, scenario) {
        let mut answers = qualifying_answers(pilot);
        if let Some(facts) = qualifying_answers(scenario).claims.get(scenario.id) {
            answers.claims.insert(scenario.id, facts.clone());
        }
        for support in [Wan::ZERO, Wan::whole(300), Wan::whole(1200)] {
            answers.projects = vec![Project {
                // The example's input, as a user would type it (not a word of the sheet).
                name: Some("可信数据空间一期".into()),
                measures: vec![pilot.id, scenario.id],
                other_xicheng_support_wan: support,
            }];
            let result = estimate(&answers, EXAMPLE_DAY);
            if let Some(project) = result.projects.first() {
                let _ = writeln!(out, "- {}", text::project(project, Lang::Zh));
                let _ = writeln!(out, "  <br>{}", text::project(project, Lang::En));
                let _ = writeln!(
                    out,
                    "  <br>{} **{}** ({} {} + {} {} {})",
                    one_line(R.total),
                    figure(result.total_wan),
                    pilot.id,
                    figure(result.measure(pilot.id).map_or(Wan::ZERO, |r| r.amount)),
                    scenario.id,
                    figure(result.measure(scenario.id).map_or(Wan::ZERO, |r| r.amount)),
                    R.before_grouping
                );
            }
        }
    }
    let _ = writeln!(out, "\n{}<br>{}\n", R.grouping_explained.zh, R.grouping_explained.en);

    let _ = writeln!(out, "## {}\n", side_by_side(R.validity));
    let day_before = POLICY.valid_from.pred();
    let day_after = POLICY.valid_until.succ();
    for day in [day_before, POLICY.valid_from, POLICY.valid_until, day_after] {
        let in_force = if POLICY.in_force_on(day) { R.in_force_on_day } else { R.not_in_force_on_day };
        let _ = writeln!(out, "- {day}: {}", side_by_side(in_force));
    }
    let _ = writeln!(out, "\n{}<br>{}\n", R.validity_explained.zh, R.validity_explained.en);

    let _ = writeln!(out, "## {}\n", side_by_side(R.arithmetic));
    let _ = writeln!(out, "{}<br>{}\n", R.arithmetic_explained.zh, R.arithmetic_explained.en);
    if let Some((pilot, key)) = MEASURES.iter().find(|m| m.id == "6.1a").and_then(|m| match &m.award {
        Award::Amount(Rule::Percent { key, .. }) => Some((m, *key)),
        _ => None,
    }) {
        for typed in ["9999.99", "0.000004", "0.000005"] {
            let mut answers = qualifying_answers(pilot);
            if let (Some(facts), Ok(amount)) = (answers.claims.get_mut(pilot.id), Wan::parse_input(typed)) {
                facts.insert(key, Fact::Amount(amount));
            }
            let result = estimate(&answers, EXAMPLE_DAY);
            if let Some(trace) = result.measure(pilot.id).and_then(|r| r.trace.as_ref()) {
                let _ = writeln!(
                    out,
                    "- 6.1a, {typed}: `{}` → {}",
                    text::calculation(trace, Lang::En),
                    trace.amount.to_plain_string()
                );
            }
        }
    }
    let _ = writeln!(out, "## {}\n", side_by_side(R.organisation_term));
    term_entry(out, &ICT_INDUSTRY);
    let _ = writeln!(out, "\n## {}\n", side_by_side(R.not_estimated));
    both(out, NOT_ESTIMATED);
}
