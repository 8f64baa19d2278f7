//! The case harness: every `tests/cases/*.json`, and every `*.json` in `$AWARD_CASES_DIR` when it is
//! set, is one legal fact: an answers file, a date, and what the estimate must be (the case-file
//! format of `docs/answers-format.md`). A failure names the case and prints expected and actual.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Deserialize;
use xicheng_data_awards::answers::Answers;
use xicheng_data_awards::date::Date;
use xicheng_data_awards::engine::{estimate, Estimate};
use xicheng_data_awards::lang::Lang;
use xicheng_data_awards::policy::MEASURES;
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
    error: Option<String>,
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
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let case: Case = serde_json::from_str(&text).map_err(|e| format!("not a case file: {e}"))?;
    let as_of = Date::from_str(&case.as_of).map_err(|e| format!("{}: as_of {:?}: {e}", case.name, case.as_of))?;
    let answers = Answers::from_json(&case.answers.to_string());
    let expect = case.expect;

    if let Some(path) = expect.error {
        return match answers {
            Ok(_) => {
                Err(format!("{}: expected the answers to be refused at {path}, but they were accepted", case.name))
            }
            Err(error) if error.errors.iter().any(|e| text::field_error(e, Lang::En).contains(&path)) => Ok(case.name),
            Err(error) => Err(format!("{}: expected an error at {path}, got:\n{error}", case.name)),
        };
    }
    let answers = answers.map_err(|error| format!("{}: the answers were refused:\n{error}", case.name))?;
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
    Ok(())
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

#[test]
fn every_case_file_in_award_cases_dir_holds() {
    match std::env::var_os("AWARD_CASES_DIR") {
        Some(folder) => {
            run_folder(Path::new(&folder));
        }
        None => println!("AWARD_CASES_DIR is not set: no extra case folder to run"),
    }
}

/// A share link carries the same answers, and so the same estimate, for every case the reader
/// accepts; the everything-claimed answers fit in 400 characters, a typical firm's in 200.
#[test]
fn every_case_survives_a_compact_share_link() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut carried = 0;
    let mut lengths = BTreeMap::new();
    for path in case_files(&folder) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let Ok(case) = serde_json::from_str::<Case>(&text) else { continue };
        let Ok(answers) = Answers::from_json(&case.answers.to_string()) else { continue };
        let link = answers.to_link_text();
        let back = Answers::from_link_text(&link);
        assert_eq!(back.as_ref().ok(), Some(&answers), "{}: {link}", case.name);
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

/// Each sample organisation of the demo mode is the answers of a case file, so the harness holds
/// its total to the policy (the end-to-end test checks the page shows that total).
#[test]
fn every_sample_is_the_answers_of_a_case_file() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let cases: Vec<Case> = case_files(&folder)
        .iter()
        .filter_map(|path| serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default()).ok())
        .filter(|case: &Case| case.name.starts_with("sample: "))
        .collect();
    for sample in xicheng_data_awards::samples::SAMPLES {
        let file: serde_json::Value = serde_json::from_str(sample.file).unwrap_or_default();
        assert!(cases.iter().any(|case| case.answers == file), "no case file holds the sample {}", sample.key);
    }
    assert_eq!(cases.len(), xicheng_data_awards::samples::SAMPLES.len());
}
