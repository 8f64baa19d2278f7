//! The policy review sheet cannot drift from the code, and the amount wording users see cannot
//! drift from the rule data: a changed cap fails here until the sheet is regenerated and the
//! wording is corrected.

use std::collections::BTreeSet;
use std::path::Path;
use std::str::FromStr;

use rust_decimal::Decimal;
use xicheng_data_awards::lang::Lang;
use xicheng_data_awards::policy::{source_of, Award, Rule, GATE, MEASURES, TERMS};
use xicheng_data_awards::{review, text};

#[test]
fn the_committed_sheet_is_what_the_command_writes_now() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/policy-review.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let now = review::sheet();
    if committed != now {
        let first = committed.lines().zip(now.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "docs/policy-review.md is out of date (first difference at line {}): run \
             `cargo run --bin policy-review` and commit it.\ncommitted: {:?}\nnow:       {:?}",
            first + 1,
            committed.lines().nth(first).unwrap_or_default(),
            now.lines().nth(first).unwrap_or_default()
        );
    }
}

/// An officer reads words: the examples' answers never show how the program holds them.
#[test]
fn the_sheet_shows_no_internal_value() {
    let sheet = review::sheet();
    for internal in ["Choices(", "Choice(", "Some(", "[\"", "Flag(", "Amount(", "List(", "Text("] {
        let at = sheet.lines().position(|line| line.contains(internal));
        assert_eq!(at, None, "line {} shows {internal}", at.unwrap_or_default() + 1);
    }
}

#[test]
fn every_measure_has_its_rule_and_both_examples_and_every_cross_cutting_rule_is_there() {
    let sheet = review::sheet();
    for m in MEASURES {
        let start =
            sheet.find(&format!("\n## {} · {}", m.id, m.clause.zh)).unwrap_or_else(|| panic!("{} missing", m.id));
        let entry = sheet.get(start + 1..).unwrap_or_default();
        let entry = entry.get(..entry.find("\n## ").unwrap_or(entry.len())).unwrap_or_default();
        assert!(entry.contains(m.quote), "{}: the exact words", m.id);
        assert!(entry.contains("1. 初步符合 · Appears to qualify"), "{}: a qualifying example", m.id);
        assert!(entry.contains("2. 刚好不符合 · Just misses\n"), "{}: a missing example", m.id);
        assert!(entry.contains("未满足 · unmet:"), "{}: the example that misses says what is missing", m.id);
        if let Award::Amount(_) = m.award {
            assert!(
                entry.contains(
                    "→ 初步符合（以西城区数据局认定为准） · Appears to qualify (the Xicheng Data Bureau decides): **"
                ),
                "{}: the first example qualifies",
                m.id
            );
        }
    }
    assert_eq!(sheet.matches("\n## ").count(), MEASURES.len() + GATE.len() + 6, "29 measures, 4 gate clauses, 6 rules");
    for rule in [
        "适用范围的计算",
        "从高从优不重复 · Highest",
        "有效期 · Validity",
        "计算与取整",
        "组织页的术语",
        "不作估算的内容",
    ] {
        assert!(sheet.contains(&format!("## {rule}")), "{rule}");
    }
}

/// The figures written in an amount wording, in 万元, and its percentages: `CNY 2 million` is
/// 200, `CNY 500,000` is 50, `最高 1,000 万元` is 1000.
fn figures_in(text: &str, english: bool) -> (BTreeSet<Decimal>, BTreeSet<Decimal>) {
    let (mut amounts, mut percents) = (BTreeSet::new(), BTreeSet::new());
    let chars: Vec<char> = text.chars().collect();
    let mut at = 0;
    while at < chars.len() {
        if !chars.get(at).is_some_and(char::is_ascii_digit) {
            at += 1;
            continue;
        }
        let start = at;
        while chars.get(at).is_some_and(|c| c.is_ascii_digit() || *c == ',' || *c == '.') {
            at += 1;
        }
        let digits: String = chars.get(start..at).unwrap_or_default().iter().filter(|c| **c != ',').collect();
        let digits = digits.trim_end_matches('.');
        let Ok(mut value) = Decimal::from_str(digits) else { continue };
        let rest: String = chars.get(at..).unwrap_or_default().iter().take(9).collect();
        if rest.starts_with('%') {
            percents.insert(value);
            continue;
        }
        if english && rest.starts_with(" million") {
            value *= Decimal::ONE_HUNDRED;
        } else if english && value >= Decimal::from(10_000) {
            value /= Decimal::from(10_000);
        }
        amounts.insert(value.normalize());
    }
    (amounts, percents)
}

/// Every amount and percentage the rule holds.
fn figures_of(rule: &Rule) -> (BTreeSet<Decimal>, BTreeSet<Decimal>) {
    let (mut amounts, mut percents) = (BTreeSet::new(), BTreeSet::new());
    match rule {
        Rule::Flat { cap } | Rule::FlatLimitedBy { cap, .. } => {
            amounts.insert(cap.decimal());
        }
        Rule::PerFlag { items } => amounts.extend(items.iter().map(|i| i.amount.decimal())),
        Rule::PerCount { items, cap } => {
            amounts.extend(items.iter().map(|i| i.amount.decimal()));
            amounts.extend(cap.map(|c| c.decimal()));
        }
        Rule::Percent { percent, cap, .. } => {
            amounts.insert(cap.decimal());
            percents.insert(Decimal::from(*percent));
        }
        Rule::PerItemLevel { levels, .. } => amounts.extend(levels.iter().map(|l| l.amount.decimal())),
        Rule::PerItemBest { options, .. } => amounts.extend(options.iter().map(|o| o.amount.decimal())),
        Rule::PerItemPercent { percent, cap_each, .. } => {
            amounts.insert(cap_each.decimal());
            percents.insert(Decimal::from(*percent));
        }
    }
    (amounts.into_iter().map(|a| a.normalize()).collect(), percents)
}

#[test]
fn the_amount_wording_users_see_holds_the_rules_own_figures() {
    for m in MEASURES {
        let (zh, en) = (text::amount_text(m, Lang::Zh), text::amount_text(m, Lang::En));
        let Award::Amount(rule) = &m.award else {
            for text in [zh.as_str(), en.as_str()] {
                assert!(!text.chars().any(|c| c.is_ascii_digit()), "{}: a service states no amount: {text}", m.id);
            }
            continue;
        };
        let (rule_amounts, rule_percents) = figures_of(rule);
        for (text, english) in [(zh.as_str(), false), (en.as_str(), true)] {
            let (amounts, percents) = figures_in(text, english);
            assert_eq!(percents, rule_percents, "{}: percentages in {text:?}", m.id);
            // A figure may be given per year, with the years stated: 200 a year × 3 years is 600.
            let years: Vec<Decimal> =
                amounts.iter().copied().filter(|n| *n > Decimal::ONE && *n <= Decimal::TEN).collect();
            let per_year = |f: &Decimal| years.iter().any(|n| amounts.contains(&(*f / *n).normalize()));
            for figure in &rule_amounts {
                assert!(
                    amounts.contains(figure) || per_year(figure),
                    "{}: {figure} of the rule is not in {text:?}",
                    m.id
                );
            }
            for figure in &amounts {
                let derived = rule_amounts.iter().any(|f| years.iter().any(|n| (*f / *n).normalize() == *figure));
                let a_year_count = years.contains(figure)
                    && rule_amounts.iter().any(|f| amounts.contains(&(*f / *figure).normalize()));
                assert!(
                    rule_amounts.contains(figure) || derived || a_year_count,
                    "{}: {figure} in {text:?} is not a figure of the rule {rule_amounts:?}",
                    m.id
                );
            }
        }
    }
}

#[test]
fn the_wording_check_reads_figures_as_people_write_them() {
    let (amounts, percents) = figures_in("per entry up to CNY 1 million, 500,000, 300,000; 10% of it", true);
    assert_eq!(amounts.into_iter().map(|d| d.to_string()).collect::<Vec<_>>(), ["30", "50", "100"]);
    assert_eq!(percents.into_iter().map(|d| d.to_string()).collect::<Vec<_>>(), ["10"]);
    let (zh, _) = figures_in("每项最高 100、50、30 万元，合计最高 1,000 万元", false);
    assert_eq!(zh.into_iter().map(|d| d.to_string()).collect::<Vec<_>>(), ["30", "50", "100", "1000"]);
}

#[test]
fn the_sheet_says_what_each_figure_rests_on_what_will_show_each_answer_and_where_each_term_comes_from() {
    let sheet = review::sheet();
    assert_eq!(sheet.matches("- 金额依据 · what the figure rests on: ").count(), MEASURES.len());
    for term in TERMS {
        let source = source_of(term).unwrap_or_else(|| panic!("{} has no source", term.term.zh));
        let line = format!("- **{}** · {}: {}", term.term.zh, term.term.en, term.explanation.zh);
        assert!(sheet.contains(&line), "{} is explained", term.term.zh);
        assert!(sheet.contains(&format!("来源 · source: {} · {}", source.zh, source.en)), "{}'s source", term.term.zh);
    }
    let rent = sheet.split("\n## 6.2 · ").nth(1).unwrap_or_default();
    assert!(rent.contains("已支付的算力租用费用（万元，可选）"), "6.2 asks the rent paid");
    assert!(rent.contains("出租方为非关联方的租用合同，发票和付款凭证"), "6.2's evidence");
    assert!(rent.contains("在重点领域开展行业人工智能大模型训练和应用的证明"), "6.2's evidence of the key field");
}
