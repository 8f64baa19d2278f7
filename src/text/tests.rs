//! The words of the app around the engine's figures, in both languages.

use serde_json::json;

use super::*;
use crate::answers::{Answers, FieldPath};
use crate::engine::{estimate, Part};
use crate::policy::{Award, Rule, MEASURES, POLICY};

fn in_xicheng(claims: serde_json::Value, projects: serde_json::Value) -> Answers {
    let file = json!({
        "format": "xicheng-data-awards/answers", "version": 1,
        "entity": { "operates_in_xicheng": true, "data_fields": ["development", "infrastructure"] },
        "claims": claims, "projects": projects
    });
    Answers::from_value(&file).unwrap_or_default()
}

fn wan(text: &str) -> Wan {
    Wan::parse_input(text).unwrap_or_default()
}

#[test]
fn the_worked_calculation_uses_the_users_numbers() {
    let estimate = estimate(
        &in_xicheng(
            json!({
                "6.1a": { "national_pilot": true, "investment_wan": "8000" },
                "2.2b": { "generative_ai": 4, "algorithm": 3, "scenarios_promoted": true },
                "9.4": { "events": [ { "name": "数据要素论坛", "spend_wan": "400" }, { "spend_wan": "1000" } ] },
                "9.2": { "data_financing": true, "interest_paid_wan": "35.5" },
                "8": { "national": 1, "local": 2, "industry": 3 }
            }),
            json!([]),
        ),
        POLICY.valid_from,
    );
    let line = |id: &str, lang: Lang| {
        estimate.measure(id).and_then(|m| m.trace.as_ref()).map(|t| calculation(t, lang)).unwrap_or_default()
    };
    assert_eq!(line("6.1a", Lang::En), "10% × 8,000 = 800 ≤ 1,000 cap (in 10,000 yuan), that is CNY 8 million");
    assert_eq!(line("6.1a", Lang::Zh), "10% × 8,000 = 800 ≤ 上限 1,000（单位：万元）");
    assert_eq!(
        line("2.2b", Lang::En),
        "generative AI service filings 4 × 100 + algorithm filings 3 × 100 = 700 > 500 cap → 500 (in 10,000 yuan), that is CNY 5 million"
    );
    assert_eq!(
        line("9.4", Lang::En),
        "\u{2068}数据要素论坛\u{2069} 30% × 400 = 120 ≤ 200 cap each + No. 2 30% × 1,000 = 300 > 200 cap each → 200 = 320 (in 10,000 yuan), that is CNY 3.2 million"
    );
    assert_eq!(
        line("9.2", Lang::En),
        "up to 200; no more than the interest paid 35.5 → 35.5 (in 10,000 yuan), that is CNY 0.355 million"
    );
    assert_eq!(
        line("8", Lang::Zh),
        "国家标准 1 × 100 + 北京市地方标准 2 × 50 + 行业标准 3 × 30 = 290 ≤ 上限 300（单位：万元）"
    );
}

#[test]
fn every_part_and_limit_a_rule_can_give_has_the_policys_name() {
    for m in MEASURES {
        let Award::Amount(rule) = &m.award else { continue };
        let parts: Vec<Part> = match rule {
            Rule::PerFlag { items } | Rule::PerCount { items, .. } => items.iter().map(|i| Part::Item(i.key)).collect(),
            Rule::PerItemLevel { levels, .. } => levels.iter().map(|l| Part::Level(l.choice)).collect(),
            Rule::PerItemBest { options, .. } => {
                options.iter().map(|o| Part::Option { field: o.field, choice: o.choice }).collect()
            }
            Rule::FlatLimitedBy { key, .. } => {
                assert!(calculation::limit_label(rule, key).is_some(), "{}: the limit of {key}", m.id);
                Vec::new()
            }
            Rule::Flat { .. } | Rule::Percent { .. } | Rule::PerItemPercent { .. } => Vec::new(),
        };
        for part in parts {
            let label = calculation::part_label(rule, part);
            assert!(label.is_some_and(|l| !l.zh.is_empty() && !l.en.is_empty()), "{}: {part:?}", m.id);
        }
    }
}

#[test]
fn a_project_says_which_measure_counts_and_what_is_deducted() {
    let estimate = estimate(
        &in_xicheng(
            json!({
                "6.1a": { "national_pilot": true, "investment_wan": "8000" },
                "4.2a": { "demo_scenario": true }
            }),
            json!([ { "name": "可信数据空间一期", "measures": ["4.2a", "6.1a"], "other_xicheng_support_wan": "300" } ]),
        ),
        POLICY.valid_from,
    );
    let result = estimate.projects.first().cloned().unwrap_or_default();
    assert_eq!(
        project(&result, Lang::Zh),
        "「\u{2068}可信数据空间一期\u{2069}」为同一项目，按“从高从优不重复”只计最高的「重点数据基础设施国家级试点示范」（800 万元），「示范性应用场景落地」（500 万元）不另计；已获西城区其他政策支持 300 万元，扣除后计入 500 万元。"
    );
    let english = project(&result, Lang::En);
    assert!(english.contains("less 300 already received under another Xicheng policy, it adds 500"), "{english}");
    for text in [project(&result, Lang::Zh), english] {
        assert!(!text.contains("6.1a") && !text.contains("4.2a"), "a project is told by titles, not IDs: {text}");
    }
}

#[test]
fn a_project_that_counts_nothing_says_so() {
    let estimate = estimate(
        &in_xicheng(
            json!({ "6.1a": { "national_pilot": false, "investment_wan": "8000" } }),
            json!([ { "measures": ["6.1a", "4.2a"] } ]),
        ),
        POLICY.valid_from,
    );
    let result = estimate.projects.first().cloned().unwrap_or_default();
    assert!(project(&result, Lang::En).contains("adds nothing"));
    assert!(project(&result, Lang::Zh).contains("不计入合计"));
}

#[test]
fn amounts_read_in_each_language() {
    assert_eq!(money(wan("1234.5"), Lang::Zh), "1,234.5 万元");
    assert_eq!(money(wan("1234.5"), Lang::En), "CNY 12.345 million");
    assert_eq!(money(wan("500"), Lang::En), "CNY 5 million");
    assert_eq!(money(wan("100"), Lang::En), "CNY 1 million");
    assert_eq!(money(wan("35.5"), Lang::En), "CNY 0.355 million", "one unit on every line of a page");
    assert_eq!((of(Lang::En).overview_figure)(wan("35.5")), "0.355");
    assert_eq!((of(Lang::Zh).overview_figure)(wan("35.5")), "35.5");
    assert_eq!(money(wan("14495.5"), Lang::Zh), "14,495.5 万元");
    assert_eq!(money(wan("0"), Lang::Zh), "0 万元");
    assert_eq!(money(wan("0.005"), Lang::Zh), "0.01 万元");
}

#[test]
fn counted_things_are_singular_for_exactly_one() {
    let en = of(Lang::En);
    assert_eq!((en.import_more)(1), "… and 1 more problem");
    assert_eq!((en.import_more)(2), "… and 2 more problems");
    assert_eq!((en.areas_measures)(1), "1 measure");
    assert_eq!((en.areas_measures)(0), "0 measures");
    assert_eq!((of(Lang::Zh).import_more)(1), "……另有 1 处问题");
}

#[test]
fn a_refused_field_is_said_with_its_path_in_both_languages() {
    let error = FieldError {
        path: FieldPath::claim("6.1a").key("investment_wan"),
        problem: Problem::Amount(MoneyError::Negative),
    };
    assert_eq!(field_error(&error, Lang::En), "claims.6.1a.investment_wan: The amount cannot be negative");
    assert_eq!(field_error(&error, Lang::Zh), "claims.6.1a.investment_wan: 金额不能为负数");
    let whole_file = FieldError { path: FieldPath::root(), problem: Problem::NotJson { line: 2, column: 3 } };
    assert_eq!(field_error(&whole_file, Lang::En), "not valid JSON (line 2, column 3)");
}

#[test]
fn english_money_errors_are_plain_ascii_and_chinese_ones_are_not_empty() {
    for error in [
        MoneyError::Empty,
        MoneyError::NotANumber,
        MoneyError::SeveralDecimalPoints,
        MoneyError::MisplacedSeparator,
        MoneyError::Exponent,
        MoneyError::Negative,
        MoneyError::TooManyDecimals,
        MoneyError::TooLarge,
    ] {
        assert!((of(Lang::En).money_error)(&error).is_ascii(), "{error:?}");
        assert!(!(of(Lang::Zh).money_error)(&error).is_empty());
    }
}

#[test]
fn the_validity_notice_gives_the_policys_own_dates() {
    let today = "2029-01-01".parse().unwrap_or(POLICY.valid_until);
    let text = (of(Lang::En).notice_not_in_force_detail)(POLICY.valid_from, POLICY.valid_until, today);
    assert_eq!(text, "The Measures are in force from 14 October 2025 to 13 October 2028; today is 1 January 2029. The amounts below are only indicative.");
    let text = (of(Lang::Zh).notice_not_in_force_detail)(POLICY.valid_from, POLICY.valid_until, today);
    assert_eq!(text, "本措施有效期为2025年10月14日至2028年10月13日，今天是2029年1月1日。以下金额仅供参考。");
}

#[test]
fn sentences_are_punctuated_as_their_language_writes() {
    let (zh, en) = (of(Lang::Zh), of(Lang::En));
    assert_eq!((zh.labelled)("实际支出", "金额不能为负数"), "实际支出：金额不能为负数");
    assert_eq!(
        (en.labelled)("Actual spend", "the amount cannot be negative"),
        "Actual spend: the amount cannot be negative"
    );
    assert_eq!((zh.measure_with_clause)("数据安全产品和服务", "第七条"), "数据安全产品和服务（第七条）");
    assert_eq!((en.measure_with_clause)("Data-security products", "Article 7"), "Data-security products (Article 7)");
    assert_eq!((zh.answers_group)("数据安全产品和服务", "第七条"), "数据安全产品和服务（第七条）");
    assert_eq!((en.answers_group)("Data-security products", "Article 7"), "Data-security products · Article 7");
    assert_eq!((zh.numbered_item)(2, "数据要素论坛"), "第 2 项：数据要素论坛");
    assert_eq!((en.numbered_item)(2, "Data forum"), "No. 2: Data forum");
    assert_eq!((zh.project_n)(1), "项目 1");
    assert_eq!((en.project_remove_n)(3), "Remove project 3");
    assert_eq!((zh.typed_amount)("８，０００"), "８，０００ 万元");
    assert_eq!((en.typed_amount)("8,000"), "8,000 (in 10,000 yuan)");
    let day = POLICY.valid_from;
    assert_eq!(
        (zh.report_foot)(POLICY.document_number, "1a2b3c4d", day),
        "西行规发〔2025〕6号 · 规则版本 1a2b3c4d · 自评日期：2025年10月14日"
    );
    assert_eq!(
        (en.report_foot)("No. 6", "1a2b3c4d", day),
        "No. 6 · Rules edition 1a2b3c4d · Date of the self-assessment: 14 October 2025"
    );
    // Chinese sentences take full-width brackets and colons, never the ASCII ones.
    for text in
        [(zh.labelled)("a", "b"), (zh.item_details)("a", "b"), (zh.clause_after)("a"), (zh.numbered_item)(1, "a")]
    {
        assert!(!text.contains([':', '(', ')']), "{text}");
    }
}

#[test]
fn near_misses_are_counted_singular_for_exactly_one() {
    let en = of(Lang::En);
    assert_eq!((en.overview_near)(1), "1 more award needs a condition you do not meet yet: see below.");
    assert_eq!((en.overview_near)(3), "3 more awards need conditions you do not meet yet: see below.");
    assert_eq!((of(Lang::Zh).overview_near)(2), "另有 2 项奖励还需满足其他条件，见下方。");
}

#[test]
fn the_review_sheets_words_are_a_table_of_their_own_in_both_languages() {
    let r = &REVIEW;
    for pair in [r.title, r.who_qualifies, r.qualifies, r.just_misses, r.not_ict, r.grouping_explained] {
        assert!(!pair.zh.is_empty() && !pair.en.is_empty() && pair.en.is_ascii(), "{pair:?}");
    }
    assert_eq!((r.quote.pick(Lang::Zh))("是否"), "「是否」");
    assert_eq!(
        (r.per_count_rule.pick(Lang::En))("100 × filings", Some("500")),
        "100 × filings (numbers of each), at most 500 in all"
    );
}

#[test]
fn an_answer_follows_its_question_after_a_colon_unless_the_question_asks() {
    let (zh, en) = (of(Lang::Zh), of(Lang::En));
    assert_eq!((en.next_answered)("Number of filings", "1"), "Number of filings: 1");
    assert_eq!((en.next_answered)("Is it on the market?", "Yes"), "Is it on the market? Yes");
    assert_eq!((zh.next_answered)("备案数量", "1"), "备案数量：1");
    assert_eq!((zh.next_answered)("是否已投入市场？", "是"), "是否已投入市场？　是");
    // A note after the question mark leaves it a question.
    assert_eq!(
        (en.next_answered)("Is it running? (The bureau assesses.)", "Yes"),
        "Is it running? (The bureau assesses.) Yes"
    );
    assert_eq!((zh.next_answered)("是否落地？（由数据局评定）", "是"), "是否落地？（由数据局评定）　是");
}
