//! The answers of a case file (`docs/answers-format.md`, "The case file"): written in the case
//! (`answers`) or in an answers file it names (`answers_file`, a path from the case's folder),
//! and, where the case says `meets_unanswered_yes_no_conditions`, completed so that the firm meets
//! every yes/no condition of what it claims that its answers leave unanswered. So a yes/no
//! condition added to a measure changes no case but the one written for it.

use serde_json::Value;

use crate::policy::{measure, Test};

/// Answers "yes", in an answers file, to each yes/no question that a condition of a claimed
/// measure reads and the file leaves unanswered. The demo's samples, and case files that say so,
/// are firms that meet what they claim unless they say otherwise: a yes/no condition added to the
/// tables changes none of them (`docs/changing-the-policy.md`). Done before the file is read, so
/// that a follow-up the condition opens is read too.
pub fn meet_unanswered_yes_no_conditions(file: &mut Value) {
    let Some(claims) = file.get_mut("claims").and_then(Value::as_object_mut) else { return };
    for (id, facts) in claims.iter_mut() {
        let (Some(measure), Some(facts)) = (measure(id), facts.as_object_mut()) else { continue };
        for condition in measure.conditions {
            if let Test::Flag(key) = condition.test {
                facts.entry(key).or_insert(Value::Bool(true));
            }
        }
    }
}

/// The answers the case `case` states, as an answers file. `read` reads a file named by
/// `answers_file`, from the case's folder.
fn answers_of_case(case: &Value, read: impl FnOnce(&str) -> Result<String, String>) -> Result<Value, String> {
    let answers = match (case.get("answers"), case.get("answers_file")) {
        (Some(answers), None) => answers.clone(),
        (None, Some(Value::String(path))) => {
            let text = read(path)?;
            serde_json::from_str(&text).map_err(|e| format!("answers_file {path:?} is not JSON: {e}"))?
        }
        _ => return Err("a case states its answers once: `answers`, or `answers_file` (a path)".to_string()),
    };
    match case.get("meets_unanswered_yes_no_conditions") {
        None | Some(Value::Bool(false)) => Ok(answers),
        Some(Value::Bool(true)) => {
            let mut answers = answers;
            meet_unanswered_yes_no_conditions(&mut answers);
            Ok(answers)
        }
        Some(other) => Err(format!("meets_unanswered_yes_no_conditions is true or false, not {other}")),
    }
}

/// The case `case` with its answers as [`answers_of_case`] states them, in `answers`, and no
/// longer the keys that said where and how to take them: as the harness runs it.
pub fn case_as_read(mut case: Value, read: impl FnOnce(&str) -> Result<String, String>) -> Result<Value, String> {
    let answers = answers_of_case(&case, read)?;
    if let Some(fields) = case.as_object_mut() {
        fields.remove("answers_file");
        fields.remove("meets_unanswered_yes_no_conditions");
        fields.insert("answers".into(), answers);
    }
    Ok(case)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn case(claims: Value, meets: bool) -> Value {
        json!({
            "answers": { "format": "xicheng-data-awards/answers", "version": 1,
                         "entity": { "operates_in_xicheng": true, "data_fields": ["security"] },
                         "claims": claims },
            "meets_unanswered_yes_no_conditions": meets
        })
    }

    fn no_file(path: &str) -> Result<String, String> {
        Err(format!("no file {path}"))
    }

    #[test]
    fn a_case_that_meets_its_conditions_answers_yes_only_where_it_left_a_condition_unanswered() {
        let met = answers_of_case(&case(json!({ "7": {}, "6.2": { "compute_rent_paid_wan": "150" } }), true), no_file);
        let met = met.unwrap_or_default();
        assert_eq!(met["claims"]["7"]["security_products"], json!(true));
        assert_eq!(met["claims"]["6.2"]["rents_compute"], json!(true));
        assert_eq!(met["claims"]["6.2"]["compute_rent_paid_wan"], json!("150"), "a figure is the case's own");

        let missed = answers_of_case(&case(json!({ "7": { "security_products": false } }), true), no_file);
        assert_eq!(missed.unwrap_or_default()["claims"]["7"]["security_products"], json!(false), "a no stays no");

        let plain = answers_of_case(&case(json!({ "7": {} }), false), no_file);
        assert_eq!(
            plain.unwrap_or_default()["claims"]["7"],
            json!({}),
            "without the key, an unanswered condition is not met"
        );
    }

    #[test]
    fn a_case_states_its_answers_once_and_its_file_is_read_from_its_folder() {
        let from_file = json!({ "answers_file": "../../samples/x.json" });
        let read = answers_of_case(&from_file, |path| {
            assert_eq!(path, "../../samples/x.json");
            Ok(r#"{"claims": {}}"#.to_string())
        });
        assert_eq!(read, Ok(json!({ "claims": {} })));
        assert!(answers_of_case(&json!({}), no_file).is_err());
        assert!(answers_of_case(&json!({ "answers": {}, "answers_file": "x.json" }), no_file).is_err());
        assert!(answers_of_case(&json!({ "answers_file": "x.json" }), no_file).is_err());
        assert!(
            answers_of_case(&json!({ "answers": {}, "meets_unanswered_yes_no_conditions": "yes" }), no_file).is_err()
        );
    }

    #[test]
    fn a_case_as_read_holds_its_answers_and_nothing_of_where_they_came_from() {
        let case =
            json!({ "name": "n", "answers_file": "x.json", "meets_unanswered_yes_no_conditions": true, "expect": {} });
        let read = case_as_read(case, |_| Ok(r#"{"claims": {"7": {}}}"#.to_string())).unwrap_or_default();
        let mut keys: Vec<&String> = read.as_object().map(|fields| fields.keys().collect()).unwrap_or_default();
        keys.sort();
        assert_eq!(keys, ["answers", "expect", "name"]);
        assert_eq!(read["answers"]["claims"]["7"]["security_products"], json!(true), "met as the case says");
    }
}
