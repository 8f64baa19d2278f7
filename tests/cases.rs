//! The case harness: every `tests/cases/*.json`, and every `*.json` in `$AWARD_CASES_DIR` when it is
//! set, is one legal fact: an answers file, a date, and what the estimate must be (the case-file
//! format of `docs/answers-format.md`). A failure names the case and prints expected and actual.
//!
//! A refusal is matched by the error's exact path (and, where the case states it, its kind of
//! problem); a case may also hold measures' statuses and unmet conditions, so that a near miss
//! stays a near miss for the reason the case says.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Deserialize;
use xicheng_data_awards::answers::case::case_as_read;
use xicheng_data_awards::answers::{Answers, AnswersError, FieldError, Problem};
use xicheng_data_awards::date::Date;
use xicheng_data_awards::engine::{estimate, Estimate, MeasureResult, Status};
use xicheng_data_awards::lang::Lang;
use xicheng_data_awards::money::MoneyError;
use xicheng_data_awards::policy::{Condition, Measure, Test, DATA_FIELD_CONDITION, MEASURES, POLICY};
use xicheng_data_awards::text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    as_of: String,
    answers: serde_json::Value,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    in_force: Option<bool>,
    total_wan: Option<String>,
    potential_wan: Option<String>,
    /// The headline total's split, where the case states it: what follows from the user's own
    /// figures, and what is clause ceilings.
    figures_wan: Option<String>,
    ceilings_wan: Option<String>,
    #[serde(default)]
    measures: BTreeMap<String, String>,
    /// Measure ID → its status (`eligible`, `potential`, `not_eligible`, `service_only`,
    /// `not_claimed`), for the measures the case states.
    #[serde(default)]
    statuses: BTreeMap<String, String>,
    /// Measure ID → every condition it leaves unmet, each by its key ([`condition_key`]) or its
    /// English words, in any order; `[]` when every condition is met.
    #[serde(default)]
    unmet: BTreeMap<String, Vec<String>>,
    /// The exact path of a refusal: the answers must be refused there.
    error: Option<String>,
    /// The kind of that refusal ([`problem_kind`]), where the case states it.
    problem: Option<String>,
}

fn case_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("cannot read case folder {}: {e}", folder.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

fn decimal(text: &str, what: &str) -> Result<Decimal, String> {
    Decimal::from_str(text).map_err(|e| format!("{what} {text:?} is not a decimal: {e}"))
}

/// Runs one case; `Err` holds the report of what differs.
fn run(path: &Path) -> Result<String, String> {
    run_case(load(path)?)
}

/// Reads the case file at `path`, its answers as it states them (`case_as_read`): in the
/// case or in the file it names, met where it says so.
fn load(path: &Path) -> Result<Case, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    read_case(&text, path.parent().unwrap_or(Path::new(".")))
}

/// The case written in `text`, its `answers_file` read from `folder`.
fn read_case(text: &str, folder: &Path) -> Result<Case, String> {
    let case: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let case = case_as_read(case, |file| {
        std::fs::read_to_string(folder.join(file)).map_err(|e| format!("answers_file {file:?}: {e}"))
    })?;
    serde_json::from_value(case).map_err(|e| format!("not a case file: {e}"))
}

/// Runs the case written in `text` (its answers in it).
fn run_text(text: &str) -> Result<String, String> {
    run_case(read_case(text, Path::new("."))?)
}

fn run_case(case: Case) -> Result<String, String> {
    let as_of = Date::from_str(&case.as_of).map_err(|e| format!("{}: as_of {:?}: {e}", case.name, case.as_of))?;
    let answers = Answers::from_json(&case.answers.to_string());
    let expect = case.expect;

    if let Some(path) = &expect.error {
        let stated_more = expect.in_force.is_some()
            || expect.total_wan.is_some()
            || expect.potential_wan.is_some()
            || expect.figures_wan.is_some()
            || expect.ceilings_wan.is_some()
            || !expect.measures.is_empty()
            || !expect.statuses.is_empty()
            || !expect.unmet.is_empty();
        if stated_more {
            return Err(format!(
                "{}: a refused file has nothing to estimate: expect only error (and problem)",
                case.name
            ));
        }
        return refused_as(path, expect.problem.as_deref(), &answers)
            .map(|()| case.name.clone())
            .map_err(|e| format!("{}: {e}", case.name));
    }
    if expect.problem.is_some() {
        return Err(format!("{}: expect.problem needs expect.error, the path of the refusal", case.name));
    }
    let answers = answers.map_err(|error| format!("{}: the answers were refused:\n{error}", case.name))?;
    // The samples users open, and the everything-claimed example, state what their totals rest on.
    let example = case.name.starts_with("sample") || case.name.contains("everything-claimed");
    if example && (expect.figures_wan.is_none() || expect.ceilings_wan.is_none()) {
        return Err(format!("{}: a sample states figures_wan and ceilings_wan", case.name));
    }
    let result = estimate(&answers, as_of);
    let mut report = String::new();
    compare(&case.name, &expect, &result, &mut report)?;
    if report.is_empty() {
        Ok(case.name)
    } else {
        Err(format!("{}:\n{report}", case.name))
    }
}

fn compare(name: &str, expect: &Expect, result: &Estimate, report: &mut String) -> Result<(), String> {
    let (Some(in_force), Some(total), Some(potential)) = (expect.in_force, &expect.total_wan, &expect.potential_wan)
    else {
        return Err(format!("{name}: expect needs in_force, total_wan and potential_wan (or error)"));
    };
    if result.in_force != in_force {
        let _ = writeln!(report, "  in_force: expected {in_force}, actual {}", result.in_force);
    }
    for (what, expected, actual) in
        [("total_wan", total, result.total_wan), ("potential_wan", potential, result.potential_wan)]
    {
        if decimal(expected, what)? != actual.decimal() {
            let _ = writeln!(report, "  {what}: expected {expected}, actual {}", actual.to_plain_string());
        }
    }
    let split = result.headline_split();
    for (what, expected, actual) in
        [("figures_wan", &expect.figures_wan, split.figures), ("ceilings_wan", &expect.ceilings_wan, split.ceilings)]
    {
        if let Some(expected) = expected {
            if decimal(expected, what)? != actual.decimal() {
                let _ = writeln!(report, "  {what}: expected {expected}, actual {}", actual.to_plain_string());
            }
        }
    }
    for id in expect.measures.keys() {
        if !MEASURES.iter().any(|m| m.id == id) {
            return Err(format!("{name}: expect.measures names {id:?}, which is not a measure"));
        }
    }
    for measure in &result.measures {
        let id = measure.measure.id;
        let expected = match expect.measures.get(id) {
            Some(text) => decimal(text, id)?,
            None => Decimal::ZERO,
        };
        if expected != measure.amount.decimal() {
            let _ = writeln!(
                report,
                "  measure {id}: expected {expected}, actual {} ({:?}{})",
                measure.amount.to_plain_string(),
                measure.status,
                measure.trace.as_ref().map(|t| format!("; {}", text::calculation(t, Lang::Zh))).unwrap_or_default()
            );
        }
    }
    compare_statuses(name, expect, result, report)
}

/// The statuses and unmet conditions the case states, measure by measure.
fn compare_statuses(name: &str, expect: &Expect, result: &Estimate, report: &mut String) -> Result<(), String> {
    for (id, expected) in &expect.statuses {
        let outcome = outcome(name, "statuses", id, result)?;
        if !STATUSES.contains(&expected.as_str()) {
            return Err(format!("{name}: expect.statuses.{id} is {expected:?}, not one of {STATUSES:?}"));
        }
        let actual = status_name(outcome.status);
        if actual != expected {
            let _ = writeln!(report, "  status of {id}: expected {expected}, actual {actual}{}", unmet_words(outcome));
        }
    }
    for (id, expected) in &expect.unmet {
        let outcome = outcome(name, "unmet", id, result)?;
        let conditions = conditions_of(outcome.measure);
        let mut wanted: Vec<&Condition> = Vec::new();
        for written in expected {
            let Some(condition) = conditions.iter().find(|c| condition_key(c) == *written || c.text.en == *written)
            else {
                let known: Vec<String> =
                    conditions.iter().map(|c| format!("{:?} ({})", condition_key(c), c.text.en)).collect();
                return Err(format!(
                    "{name}: expect.unmet.{id} names {written:?}, which is none of its conditions: {}",
                    known.join(", ")
                ));
            };
            wanted.push(condition);
        }
        let same = |a: &Condition, b: &Condition| std::ptr::eq(a, b);
        let missing = wanted.iter().any(|c| !outcome.unmet.iter().any(|u| same(c, u)));
        let extra = outcome.unmet.iter().any(|u| !wanted.iter().any(|c| same(c, u)));
        if missing || extra {
            let _ = writeln!(
                report,
                "  unmet of {id}: expected {expected:?}, actual {:?} (status {})",
                outcome.unmet.iter().map(|c| condition_key(c)).collect::<Vec<_>>(),
                status_name(outcome.status)
            );
        }
    }
    Ok(())
}

/// The names a case gives statuses: the estimate's own (`engine::Status`, snake case).
const STATUSES: [&str; 5] = ["eligible", "potential", "not_eligible", "service_only", "not_claimed"];

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Eligible => "eligible",
        Status::Potential => "potential",
        Status::NotEligible => "not_eligible",
        Status::ServiceOnly => "service_only",
        Status::NotClaimed => "not_claimed",
    }
}

fn outcome<'e>(name: &str, what: &str, id: &str, result: &'e Estimate) -> Result<&'e MeasureResult, String> {
    result.measure(id).ok_or_else(|| format!("{name}: expect.{what} names {id:?}, which is not a measure"))
}

/// Every condition a measure is judged by, in the engine's order: the gate of 第一条 first.
fn conditions_of(measure: &'static Measure) -> Vec<&'static Condition> {
    std::iter::once(&DATA_FIELD_CONDITION).chain(measure.conditions.iter()).collect()
}

/// A condition's key, as a case writes it: the answers it reads. A question of the measure by
/// its key (`leads_key_task`, `investment_wan`, `platforms`), several by theirs joined with
/// " or " (`ministry or municipal`), a list's items by the list (`entries`), and the entity's
/// answers by their place in the file (`entity.data_fields`, `entity.ict_industry`).
fn condition_key(condition: &Condition) -> String {
    match &condition.test {
        Test::Flag(key) | Test::Positive(key) | Test::NonEmpty(key) => (*key).to_string(),
        Test::AnyFlag(keys) | Test::AnyCount(keys) => keys.join(" or "),
        Test::AnyItemChoice { list, .. } => (*list).to_string(),
        Test::IctIndustry => "entity.ict_industry".into(),
        Test::DataField => "entity.data_fields".into(),
    }
}

fn unmet_words(outcome: &MeasureResult) -> String {
    if outcome.unmet.is_empty() {
        String::new()
    } else {
        let keys: Vec<String> = outcome.unmet.iter().map(|c| condition_key(c)).collect();
        format!("; unmet {keys:?}")
    }
}

/// Whether the answers were refused as the case says: an error at exactly `path` (the
/// `FieldPath`'s text form, `claims.6.1a.investment_wan`; the whole file is `""`), of the kind
/// `problem` where given. A path that only begins or contains `path` is another place.
fn refused_as(path: &str, problem: Option<&str>, answers: &Result<Answers, AnswersError>) -> Result<(), String> {
    if let Some(kind) = problem {
        if !PROBLEM_KINDS.contains(&kind) {
            return Err(format!("expect.problem {kind:?} is not one of {PROBLEM_KINDS:?}"));
        }
    }
    match answers {
        Ok(_) => Err(format!("expected the answers to be refused at {path:?}, but they were accepted")),
        Err(error) if error.errors.iter().any(|e| is_refusal(e, path, problem)) => Ok(()),
        Err(error) => {
            let found: Vec<String> = error
                .errors
                .iter()
                .map(|e| {
                    format!(
                        "  {:?} ({}): {}",
                        e.path.to_string(),
                        problem_kind(&e.problem),
                        text::field_error(e, Lang::En)
                    )
                })
                .collect();
            let kind = problem.map(|k| format!(" ({k})")).unwrap_or_default();
            Err(format!("expected an error at {path:?}{kind}, got:\n{}", found.join("\n")))
        }
    }
}

fn is_refusal(error: &FieldError, path: &str, problem: Option<&str>) -> bool {
    error.path.to_string() == path && problem.is_none_or(|kind| problem_kind(&error.problem) == kind)
}

/// Every kind of refusal, as a case names it: a problem's name in snake case; an amount's
/// problem is `amount_` and its reason.
const PROBLEM_KINDS: &[&str] = &[
    "not_json",
    "not_utf8",
    "damaged_link",
    "too_large",
    "too_deep",
    "repeated_key",
    "direction_control",
    "bad_credit_code",
    "missing",
    "unknown_key",
    "wrong_type",
    "wrong_format",
    "unsupported_version",
    "amount_empty",
    "amount_not_a_number",
    "amount_several_decimal_points",
    "amount_misplaced_separator",
    "amount_exponent",
    "amount_negative",
    "amount_too_many_decimals",
    "amount_too_large",
    "count_out_of_range",
    "unknown_choice",
    "listed_twice",
    "too_many_items",
    "too_long",
    "unknown_measure",
    "service_in_project",
    "empty_project",
    "measure_in_two_projects",
];

fn problem_kind(problem: &Problem) -> &'static str {
    match problem {
        Problem::NotJson { .. } => "not_json",
        Problem::NotUtf8 { .. } => "not_utf8",
        Problem::DamagedLink => "damaged_link",
        Problem::TooLarge => "too_large",
        Problem::TooDeep => "too_deep",
        Problem::RepeatedKey => "repeated_key",
        Problem::DirectionControl => "direction_control",
        Problem::BadCreditCode => "bad_credit_code",
        Problem::Missing => "missing",
        Problem::UnknownKey => "unknown_key",
        Problem::WrongType(_) => "wrong_type",
        Problem::WrongFormat => "wrong_format",
        Problem::UnsupportedVersion(_) => "unsupported_version",
        Problem::Amount(error) => match error {
            MoneyError::Empty => "amount_empty",
            MoneyError::NotANumber => "amount_not_a_number",
            MoneyError::SeveralDecimalPoints => "amount_several_decimal_points",
            MoneyError::MisplacedSeparator => "amount_misplaced_separator",
            MoneyError::Exponent => "amount_exponent",
            MoneyError::Negative => "amount_negative",
            MoneyError::TooManyDecimals => "amount_too_many_decimals",
            MoneyError::TooLarge => "amount_too_large",
        },
        Problem::CountOutOfRange => "count_out_of_range",
        Problem::UnknownChoice(_) => "unknown_choice",
        Problem::ListedTwice => "listed_twice",
        Problem::TooManyItems => "too_many_items",
        Problem::TooLong => "too_long",
        Problem::UnknownMeasure => "unknown_measure",
        Problem::ServiceInProject => "service_in_project",
        Problem::EmptyProject => "empty_project",
        Problem::MeasureInTwoProjects { .. } => "measure_in_two_projects",
    }
}

/// Runs every case of a folder; panics with every failure listed.
fn run_folder(folder: &Path) -> usize {
    let files = case_files(folder);
    assert!(!files.is_empty(), "no *.json case file in {}", folder.display());
    let mut failures = Vec::new();
    let mut names = BTreeMap::new();
    for path in &files {
        match run(path) {
            Ok(name) => {
                if let Some(other) = names.insert(name.clone(), path.clone()) {
                    failures.push(format!(
                        "{}: the case name {name:?} is also used by {}",
                        path.display(),
                        other.display()
                    ));
                }
            }
            Err(report) => failures.push(format!("{}\n  ({})", report, path.display())),
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n\n{}", failures.len(), files.len(), failures.join("\n\n"));
    println!("{} cases held in {}", files.len(), folder.display());
    files.len()
}

#[test]
fn every_case_file_of_the_project_holds() {
    let count = run_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"));
    assert!(count >= 50, "the project keeps at least 50 cases, found {count}");
}

/// Every case of the project that the reader accepts meets the yes/no conditions it leaves
/// unanswered, so that a condition added to a measure changes none of them
/// (`docs/changing-the-policy.md`, example 3).
#[test]
fn every_accepted_case_of_the_project_meets_its_unanswered_conditions() {
    for path in case_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")) {
        let case: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_default()).unwrap_or_default();
        let refused = case.get("expect").and_then(|expect| expect.get("error")).is_some();
        let meets = case.get("meets_unanswered_yes_no_conditions") == Some(&serde_json::Value::Bool(true));
        assert!(refused || meets, "{}: says meets_unanswered_yes_no_conditions: true", path.display());
    }
}

#[test]
fn every_case_file_in_award_cases_dir_holds() {
    match std::env::var_os("AWARD_CASES_DIR") {
        Some(folder) => {
            run_folder(Path::new(&folder));
        }
        None => println!("AWARD_CASES_DIR is not set: no extra case folder to run"),
    }
}

/// A share link carries the same answers but who the organisation is, and so the same
/// estimate, for every case the reader accepts; the everything-claimed answers fit in 400 characters, a typical firm's in 200.
#[test]
fn every_case_survives_a_compact_share_link() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut carried = 0;
    let mut lengths = BTreeMap::new();
    for path in case_files(&folder) {
        let Ok(case) = load(&path) else { continue };
        let Ok(answers) = Answers::from_json(&case.answers.to_string()) else { continue };
        let link = answers.to_link_text();
        let back = Answers::from_link_text(&link);
        // All but who the organisation is, which no link carries.
        let mut anonymous = answers.clone();
        anonymous.entity.name = None;
        anonymous.entity.credit_code = None;
        anonymous.entity.contact = None;
        assert_eq!(back.as_ref().ok(), Some(&anonymous), "{}: {link}", case.name);
        let total = |answers: &Answers| estimate(answers, POLICY.valid_from).total_wan;
        assert_eq!(back.as_ref().map(total).ok(), Some(total(&answers)), "{}: the same total", case.name);
        lengths.insert(case.name, link.len());
        carried += 1;
    }
    assert!(carried > 50, "only {carried} cases read");
    let everything = lengths.get("the everything-claimed example with its one project comes to 14495.5");
    assert!(everything.is_some_and(|n| *n <= 400), "everything-claimed: {everything:?} characters");
    let typical = lengths.get("a pilot and a scenario of one project count once at the higher 800");
    assert!(typical.is_some_and(|n| *n <= 200), "typical: {typical:?} characters");
    println!("share link text: everything-claimed {everything:?}, typical {typical:?} characters");
}

/// Each sample organisation of the demo mode is the answers of a case file, read as the demo
/// reads it (its unanswered yes/no conditions met), so the harness holds its total to the policy
/// (the end-to-end test checks the page shows that total).
#[test]
fn every_sample_is_the_answers_of_a_case_file() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let cases: Vec<Case> = case_files(&folder)
        .iter()
        .filter_map(|path| load(path).ok())
        .filter(|case| case.name.starts_with("sample: "))
        .collect();
    for sample in xicheng_data_awards::samples::SAMPLES {
        let shown = xicheng_data_awards::samples::answers(sample.key);
        assert!(shown.is_some(), "the sample {} reads", sample.key);
        assert!(
            cases.iter().any(|case| Answers::from_value(&case.answers).ok() == shown),
            "no case file holds the sample {}",
            sample.key
        );
    }
    assert_eq!(cases.len(), xicheng_data_awards::samples::SAMPLES.len());
}

/// The case of a file refused at `claims.6.1a.x` (a key 6.1a does not have) that expects
/// `expect`.
fn refused_case(expect: &str) -> String {
    format!(
        r#"{{"name": "a case of the matcher's test", "as_of": "2026-03-01",
            "answers": {{"format": "xicheng-data-awards/answers", "version": 1, "entity": {{}},
                        "claims": {{"6.1a": {{"x": 1}}}}}},
            "expect": {expect}}}"#
    )
}

/// A refusal is matched by its exact path: a case expecting an error at `claims.6.1` fails when
/// the error is at `claims.6.1a.x`, though the message holds that text.
#[test]
fn a_refusal_is_matched_by_its_exact_path_and_kind() {
    let case = |expect: &str| run_text(&refused_case(expect));
    assert!(case(r#"{"error": "claims.6.1a.x"}"#).is_ok());
    assert!(case(r#"{"error": "claims.6.1a.x", "problem": "unknown_key"}"#).is_ok());
    // The right place, the wrong kind.
    assert!(case(r#"{"error": "claims.6.1a.x", "problem": "missing"}"#).is_err());
    // A kind that does not exist is said as such.
    let typo = case(r#"{"error": "claims.6.1a.x", "problem": "unkown_key"}"#);
    assert!(typo.as_ref().is_err_and(|e| e.contains("is not one of")), "{typo:?}");
    let message = "claims.6.1a.x: is not a field of the answers file (check the spelling)";
    for near in ["claims.6.1", "claims.6.1a", "claims", "6.1a.x", "x", ""] {
        // The message holds each of them, so matching by `contains` passed them all.
        assert!(message.contains(near));
        let result = case(&format!(r#"{{"error": "{near}"}}"#));
        assert!(result.as_ref().is_err_and(|e| e.contains("claims.6.1a.x")), "{near}: {result:?}");
    }
    // A refused file has nothing else to hold.
    assert!(case(r#"{"error": "claims.6.1a.x", "total_wan": "0"}"#).is_err());
}

/// The matcher itself, on the reader's own error.
#[test]
fn the_matcher_compares_the_paths_text_form() {
    let text = refused_case("{}");
    let case: Case = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let answers = Answers::from_json(&case.answers.to_string());
    assert!(refused_as("claims.6.1a.x", None, &answers).is_ok());
    assert!(refused_as("claims.6.1", None, &answers).is_err());
    let accepted = Answers::from_json(r#"{"format": "xicheng-data-awards/answers", "version": 1, "entity": {}}"#);
    assert!(refused_as("", None, &accepted).is_err());
    let not_json = Answers::from_json("{");
    assert!(refused_as("", Some("not_json"), &not_json).is_ok());
}

/// Each condition of a measure has its own key, which is none of its conditions' English words,
/// so a case's `unmet` names one condition.
#[test]
fn every_condition_of_a_measure_has_a_key_of_its_own() {
    for measure in MEASURES {
        let conditions = conditions_of(measure);
        for (i, condition) in conditions.iter().enumerate() {
            let key = condition_key(condition);
            for (j, other) in conditions.iter().enumerate() {
                if i != j {
                    assert!(condition_key(other) != key && other.text.en != key, "{}: {key}", measure.id);
                }
            }
        }
    }
}

/// Statuses and unmet conditions are held: a near miss for another reason, or no near miss,
/// fails its case.
#[test]
fn statuses_and_unmet_conditions_are_held() {
    let near_miss = |expect: &str| {
        run_text(&format!(
            r#"{{"name": "2.1 without a key task", "as_of": "2026-03-01",
                "answers": {{"format": "xicheng-data-awards/answers", "version": 1,
                            "entity": {{"operates_in_xicheng": true, "data_fields": ["development"]}},
                            "claims": {{"2.1": {{"key_entity": true, "leads_key_task": false}}}}}},
                "expect": {{"in_force": true, "total_wan": "0", "potential_wan": "0", {expect}}}}}"#
        ))
    };
    assert!(near_miss(r#""statuses": {"2.1": "not_eligible"}, "unmet": {"2.1": ["leads_key_task"]}"#).is_ok());
    let by_words = r#""unmet": {"2.1": ["leads a national or Beijing key task project"]}"#;
    assert!(near_miss(by_words).is_ok());
    assert!(near_miss(r#""statuses": {"2.1": "eligible", "2.2a": "not_claimed"}"#).is_err());
    assert!(near_miss(r#""unmet": {"2.1": ["key_entity"]}"#).is_err());
    assert!(near_miss(r#""unmet": {"2.1": []}"#).is_err());
    assert!(near_miss(r#""unmet": {"2.1": ["leads_key_task", "entity.data_fields"]}"#).is_err());
    let unknown = near_miss(r#""unmet": {"2.1": ["leads_key_tsk"]}"#);
    assert!(unknown.as_ref().is_err_and(|e| e.contains("none of its conditions")), "{unknown:?}");
    assert!(near_miss(r#""statuses": {"2.1": "ineligible"}"#).is_err());
    assert!(near_miss(r#""statuses": {"2.4": "not_claimed"}"#).is_err());
    assert!(near_miss(r#""statuses": {"2.2a": "not_claimed"}, "unmet": {"2.2a": []}"#).is_ok());
}
