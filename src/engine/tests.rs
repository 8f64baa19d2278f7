//! The engine on whole answers: statuses, explanations, grouping. Amount boundaries live in the
//! case files (`tests/cases/`), invariants in `tests/properties.rs`.

use serde_json::json;

use super::*;
use crate::answers::case::meet_unanswered_yes_no_conditions;
use crate::answers::tests::EVERYTHING;

fn day(text: &str) -> Date {
    text.parse().unwrap_or(POLICY.valid_from)
}

/// The answers `value`, read as a case file that meets its unanswered yes/no conditions: a test
/// states only the answers it is about, and a condition added to the tables changes none of them.
fn answers(mut value: serde_json::Value) -> Answers {
    meet_unanswered_yes_no_conditions(&mut value);
    Answers::from_value(&value).unwrap_or_default()
}

/// The everything-claimed example, its unanswered yes/no conditions met.
fn everything() -> Answers {
    answers(serde_json::from_str(EVERYTHING).unwrap_or_default())
}

fn in_xicheng(claims: serde_json::Value) -> Answers {
    answers(json!({
        "format": "xicheng-data-awards/answers", "version": 1,
        "entity": { "operates_in_xicheng": true, "data_fields": ["development"], "ict_industry": false },
        "claims": claims
    }))
}

fn wan(text: &str) -> Wan {
    Wan::parse_input(text).unwrap_or_default()
}

/// Its figures are its case file's (`the-everything-claimed-example-with-its-one-project-…`);
/// here, how the total is made of them.
#[test]
fn the_everything_claimed_example_counts_its_project_once() {
    let everything = everything();
    let estimate = estimate(&everything, day("2026-03-01"));
    assert_eq!(estimate.total_wan, estimate.potential_wan, "in 西城区, every award counts");
    assert!(estimate.in_force);
    let own: Wan = Wan::new(estimate.measures.iter().map(|m| m.amount.decimal()).sum());
    let merged = estimate.measure("4.2a").map(|m| m.amount.decimal()).unwrap_or_default();
    assert!(!merged.is_zero());
    assert_eq!(own.decimal() - estimate.total_wan.decimal(), merged, "grouping leaves out only 4.2a's own amount");
    assert_eq!(estimate.measure("4.2a").and_then(|m| m.merged_into), Some("6.1a"));
    assert_eq!(estimate.services().map(|m| m.measure.id).collect::<Vec<_>>(), ["5.2", "9.1", "9.3"]);
}

#[test]
fn a_claim_with_some_conditions_met_says_what_is_missing() {
    let estimate = estimate(
        &in_xicheng(json!({
            "2.1": { "key_entity": true, "leads_key_task": false },
            "4.3a": { "innovation_project": true },
            "2.3": { "leads_consortium": false }
        })),
        day("2026-03-01"),
    );
    let key = estimate.measure("2.1");
    assert_eq!(key.map(|m| m.status), Some(Status::NotEligible));
    assert_eq!(key.map(MeasureResult::is_near_miss), Some(true));
    let missing: Vec<&str> = key.map(|m| m.unmet.iter().map(|c| c.text.en).collect()).unwrap_or_default();
    assert_eq!(missing, ["leads a national or Beijing key task project"]);
    assert_eq!(key.map(|m| m.amount), Some(Wan::ZERO));
    assert_eq!(key.and_then(|m| m.trace.as_ref()).map(|t| t.amount), Some(wan("5000")), "what it could get");

    let ict = estimate.measure("4.3a");
    assert_eq!(ict.map(MeasureResult::is_near_miss), Some(true));
    assert_eq!(ict.map(|m| m.unmet.iter().any(|c| matches!(c.test, Test::IctIndustry))), Some(true));

    let consortium = estimate.measure("2.3");
    assert_eq!(consortium.map(|m| m.status), Some(Status::NotEligible));
    assert_eq!(consortium.map(MeasureResult::is_near_miss), Some(false), "only the gate is met");
    assert_eq!(estimate.total_wan, Wan::ZERO);
}

#[test]
fn outside_xicheng_every_award_is_potential_and_the_total_is_zero() {
    let mut outside = in_xicheng(json!({ "7": { "security_products": true }, "5.2": { "cross_border": true } }));
    outside.entity.operates_in_xicheng = false;
    let estimate = estimate(&outside, day("2026-03-01"));
    assert_eq!(estimate.measure("7").map(|m| (m.status, m.amount)), Some((Status::Potential, wan("200"))));
    assert_eq!(estimate.total_wan, Wan::ZERO);
    assert_eq!(estimate.potential_wan, wan("200"));
    assert_eq!(estimate.measure("5.2").map(|m| m.status), Some(Status::ServiceOnly));
}

#[test]
fn without_a_data_field_nothing_applies() {
    let mut answers = in_xicheng(json!({ "7": { "security_products": true }, "9.3": { "talent": true } }));
    answers.entity.data_fields.clear();
    let estimate = estimate(&answers, day("2026-03-01"));
    for id in ["7", "9.3"] {
        let result = estimate.measure(id);
        assert_eq!(result.map(|m| m.status), Some(Status::NotEligible), "{id}");
        assert_eq!(result.map(|m| m.unmet.iter().map(|c| &c.test).collect::<Vec<_>>()), Some(vec![&Test::DataField]));
    }
    assert_eq!((estimate.total_wan, estimate.potential_wan), (Wan::ZERO, Wan::ZERO));
    assert!(!estimate.has_data_field);
}

#[test]
fn unclaimed_measures_are_listed_as_not_claimed() {
    let estimate = estimate(&in_xicheng(json!({})), day("2026-03-01"));
    assert_eq!(estimate.measures.len(), MEASURES.len());
    assert!(estimate.measures.iter().all(|m| m.status == Status::NotClaimed && m.trace.is_none()));
}

#[test]
fn a_project_counts_once_at_its_highest_less_other_support() {
    let estimate = estimate(
        &answers(json!({
            "format": "xicheng-data-awards/answers", "version": 1,
            "entity": { "operates_in_xicheng": true, "data_fields": ["infrastructure"] },
            "claims": {
                "6.1a": { "national_pilot": true, "investment_wan": "8000" },
                "4.2a": { "demo_scenario": true },
                "6.2": { "rents_compute": true }
            },
            "projects": [ { "name": "可信数据空间一期", "measures": ["4.2a", "6.1a"], "other_xicheng_support_wan": "300" } ]
        })),
        day("2026-03-01"),
    );
    let project = estimate.projects.first().cloned();
    assert_eq!(project.as_ref().and_then(|p| p.kept), Some("6.1a"));
    assert_eq!(project.as_ref().map(|p| p.merged.clone()), Some(vec![("4.2a", wan("500"))]));
    assert_eq!(project.as_ref().map(|p| p.counted), Some(wan("500")));
    assert_eq!(estimate.total_wan, wan("700"), "500 for the project + 200 for 6.2");
}

#[test]
fn a_project_of_measures_that_do_not_qualify_adds_nothing() {
    let estimate = estimate(
        &answers(json!({
            "format": "xicheng-data-awards/answers", "version": 1,
            "entity": { "operates_in_xicheng": true, "data_fields": ["infrastructure"] },
            "claims": { "6.1a": { "national_pilot": false, "investment_wan": "8000" } },
            "projects": [ { "measures": ["6.1a", "4.2a"] } ]
        })),
        day("2026-03-01"),
    );
    assert_eq!(estimate.projects.first().and_then(|p| p.kept), None);
    assert_eq!(estimate.total_wan, Wan::ZERO);
    assert_eq!(estimate.projects.first().map(|p| p.counted), Some(Wan::ZERO));
}

#[test]
fn the_estimate_as_data_carries_every_figure_as_an_exact_decimal() {
    let everything = everything();
    let data = serde_json::to_value(estimate(&everything, day("2026-03-01"))).unwrap_or_default();
    assert_eq!(data["total_wan"], json!(estimate(&everything, day("2026-03-01")).total_wan.to_plain_string()));
    assert_eq!(data["as_of"], json!("2026-03-01"));
    let pilot =
        data["measures"].as_array().and_then(|all| all.iter().find(|m| m["measure"]["id"] == json!("6.1a"))).cloned();
    let pilot = pilot.unwrap_or_default();
    assert_eq!(pilot["status"], json!("eligible"));
    assert_eq!(pilot["measure"]["clause"]["zh"], json!("第六条（一）"));
    assert_eq!(pilot["trace"]["terms"][0]["expr"]["percent"]["of"], json!("8000"));
    assert_eq!(data["projects"][0]["kept"], json!("6.1a"));
}

#[test]
fn a_trace_names_what_its_terms_and_limit_are_by_keys_not_words() {
    let some = estimate(
        &in_xicheng(json!({
            "8": { "national": 1, "local": 2 },
            "9.2": { "data_financing": true, "interest_paid_wan": "35.5" }
        })),
        day("2026-03-01"),
    );
    let trace =
        |id: &str| some.measure(id).and_then(|m| m.trace.as_ref()).map(serde_json::to_value).and_then(Result::ok);
    let standards = trace("8").unwrap_or_default();
    assert_eq!(standards["measure"], json!("8"));
    assert_eq!(standards["terms"][0]["part"], json!({ "item": "national" }));
    assert_eq!(standards["terms"][1]["part"], json!({ "item": "local" }));
    let interest = trace("9.2").unwrap_or_default();
    assert_eq!(interest["terms"][0]["part"], json!(null), "a flat maximum is the rule's one amount");
    assert_eq!(interest["limit"], json!({ "fact": "interest_paid_wan", "value": "35.5" }));
    // No word of either language: keys, figures and the names users gave only.
    let everything = everything();
    for result in estimate(&everything, day("2026-03-01")).measures {
        if let Some(trace) = &result.trace {
            let mut trace = trace.clone();
            trace.terms.iter_mut().for_each(|term| term.item = None);
            let text = serde_json::to_string(&trace).unwrap_or_default();
            assert!(text.is_ascii(), "{}: {text}", result.measure.id);
        }
    }
}

/// One measure's split, alone in 西城区 with these facts.
fn split_of(id: &str, facts: serde_json::Value) -> Split {
    let result = estimate(&in_xicheng(json!({ id: facts })), day("2026-03-01"));
    result.measure(id).map(|m| m.split).unwrap_or_default()
}

fn figures(amount: &str) -> Split {
    Split { figures: wan(amount), ceilings: Wan::ZERO }
}

fn ceilings(amount: &str) -> Split {
    Split { figures: Wan::ZERO, ceilings: wan(amount) }
}

#[test]
fn each_award_says_whether_the_users_figures_or_the_clauses_maximum_decide_it() {
    let everything = everything();
    let estimate = estimate(&everything, day("2026-03-01"));
    let parts = |id: &str| estimate.measure(id).map(|m| m.split.parts().map(|(basis, _)| basis).collect::<Vec<_>>());
    for id in ["2.2b", "3.1", "4.2c", "6.1a", "8", "9.2", "9.4"] {
        assert_eq!(parts(id), Some(vec![Basis::Figures]), "{id}");
    }
    for id in ["2.1", "2.2a", "2.3", "3.2", "4.1", "4.2a", "4.2b", "4.3a", "5.1a", "5.1b", "5.1c", "6.1b", "7", "9.5"] {
        assert_eq!(parts(id), Some(vec![Basis::Ceiling]), "{id}");
    }
    assert_eq!(parts("5.2"), Some(vec![]), "a service has no figure");
    let split = estimate.headline_split();
    assert_eq!(split.figures.saturating_add(split.ceilings), estimate.total_wan);
}

#[test]
fn where_the_clauses_cap_decides_the_amount_it_is_the_clauses_maximum() {
    let filings = |n: u32| split_of("2.2b", json!({ "generative_ai": n, "scenarios_promoted": true }));
    assert_eq!(filings(4), figures("400"));
    assert_eq!(filings(5), ceilings("500"), "five filings reach the cap");
    assert_eq!(filings(6), ceilings("500"));
    let invested = |wan: &str| split_of("6.1a", json!({ "national_pilot": true, "investment_wan": wan }));
    assert_eq!(invested("9999.99"), figures("999.999"));
    assert_eq!(invested("10000"), ceilings("1000"));
    let standards = |n: u32| split_of("8", json!({ "national": n }));
    assert_eq!(standards(2), figures("200"));
    assert_eq!(standards(3), ceilings("300"), "300 is the cap");
    // 9.4: each event on its own side of its 200.
    let events = split_of(
        "9.4",
        json!({ "events": [{ "spend_wan": "600" }, { "spend_wan": "666.66" }, { "spend_wan": "1000" }] }),
    );
    assert_eq!(events, Split { figures: wan("180").saturating_add(wan("199.998")), ceilings: wan("200") });
    // 4.1: two yes/no answers, no figure.
    assert_eq!(split_of("4.1", json!({ "ministry": true, "municipal": true })), ceilings("300"));
}

#[test]
fn the_rent_or_interest_paid_decides_only_below_the_clauses_maximum() {
    let given = estimate(
        &in_xicheng(json!({
            "6.2": { "rents_compute": true, "compute_rent_paid_wan": "150" },
            "9.2": { "data_financing": true }
        })),
        day("2026-03-01"),
    );
    let rent = given.measure("6.2");
    assert_eq!(rent.map(|m| m.amount), Some(wan("150")));
    assert_eq!(rent.map(|m| m.split), Some(figures("150")));
    let interest = given.measure("9.2");
    assert_eq!(interest.map(|m| m.amount), Some(wan("200")));
    assert_eq!(interest.map(|m| m.split), Some(ceilings("200")), "no interest given");
    assert_eq!(given.headline_split(), Split { figures: wan("150"), ceilings: wan("200") });
    let paid = |wan: &str| split_of("9.2", json!({ "data_financing": true, "interest_paid_wan": wan }));
    assert_eq!(paid("199.99"), figures("199.99"));
    assert_eq!(paid("200"), ceilings("200"), "paid 200: the clause's maximum decides as much");
    assert_eq!(paid("250"), ceilings("200"));
}

#[test]
fn a_project_counts_on_the_side_of_the_measure_it_keeps() {
    let grouped = answers(json!({
        "format": "xicheng-data-awards/answers", "version": 1,
        "entity": { "operates_in_xicheng": true, "data_fields": ["development"], "ict_industry": false },
        "claims": {
            "6.1a": { "national_pilot": true, "investment_wan": "3000" },
            "4.2a": { "demo_scenario": true }
        },
        "projects": [{ "measures": ["6.1a", "4.2a"], "other_xicheng_support_wan": "100" }]
    }));
    let estimate = estimate(&grouped, day("2026-03-01"));
    // 4.2a's ceiling of 500 is kept over 6.1a's 300, less the 100 already received.
    assert_eq!(estimate.total_wan, wan("400"));
    assert_eq!(estimate.headline_split(), Split { figures: Wan::ZERO, ceilings: wan("400") });
}

#[test]
fn other_support_comes_off_a_projects_clause_maximum_first_then_its_figures() {
    let netted = |support: &str| {
        let answers = answers(json!({
            "format": "xicheng-data-awards/answers", "version": 1,
            "entity": { "operates_in_xicheng": true, "data_fields": ["development"], "ict_industry": false },
            "claims": { "9.4": { "events": [{ "spend_wan": "1000" }, { "spend_wan": "300" }] } },
            "projects": [{ "measures": ["9.4"], "other_xicheng_support_wan": support }]
        }));
        estimate(&answers, day("2026-03-01")).headline_split()
    };
    // 9.4: 200 (capped) + 90 (30 % of 300).
    assert_eq!(netted("0"), Split { figures: wan("90"), ceilings: wan("200") });
    assert_eq!(netted("150"), Split { figures: wan("90"), ceilings: wan("50") });
    assert_eq!(netted("250"), Split { figures: wan("40"), ceilings: Wan::ZERO });
    assert_eq!(netted("400"), Split::default());
}

#[test]
fn a_beijing_second_or_third_prize_is_asked_but_pays_nothing() {
    let estimate = estimate(
        &in_xicheng(json!({ "4.2c": { "entries": [{ "beijing": "second_prize" }, { "beijing": "third_prize" }] } })),
        day("2026-03-01"),
    );
    let prize = estimate.measure("4.2c");
    assert_eq!(prize.map(|m| m.status), Some(Status::NotEligible));
    assert_eq!(prize.map(|m| m.amount), Some(Wan::ZERO));
    let with_first = estimate_with_first_prize();
    assert_eq!(with_first.measure("4.2c").map(|m| m.amount), Some(wan("30")));
}

fn estimate_with_first_prize() -> Estimate {
    estimate(
        &in_xicheng(json!({ "4.2c": { "entries": [{ "beijing": "second_prize" }, { "beijing": "first_prize" }] } })),
        day("2026-03-01"),
    )
}
