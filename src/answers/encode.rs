//! Writing an answers file, the inverse of `decode`, so that export → import gives back the same
//! answers. The fixed shape (the outer object, `entity`, `projects`) is derived with serde; the
//! claims follow the policy's tables: measures in the policy's order, facts in each measure's
//! order of questions.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{read, Answers, Entity, Fact, Facts, Project, FORMAT, VERSION};
use crate::policy::{FactKind, FactSpec, MEASURES};

/// The outer object, keys in the order written: format, version, entity, claims, projects.
#[derive(Serialize)]
struct File<'a> {
    format: &'static str,
    version: u64,
    entity: &'a Entity,
    claims: Map<String, Value>,
    #[serde(skip_serializing_if = "<[Project]>::is_empty")]
    projects: &'a [Project],
}

fn file(answers: &Answers) -> File<'_> {
    let claims = MEASURES
        .iter()
        .filter_map(|m| answers.claims.get(m.id).map(|facts| (m.id.to_string(), facts_value(facts, m.facts))))
        .collect();
    File { format: FORMAT, version: VERSION, entity: &answers.entity, claims, projects: &answers.projects }
}

pub(super) fn to_value(answers: &Answers) -> Value {
    // Every key is a string and every value plain data: serialising cannot fail.
    serde_json::to_value(file(answers)).unwrap_or_default()
}

pub(super) fn to_json(answers: &Answers, pretty: bool) -> String {
    let file = file(answers);
    let text = if pretty { serde_json::to_string_pretty(&file) } else { serde_json::to_string(&file) };
    text.unwrap_or_default()
}

fn facts_value(facts: &Facts, specs: &'static [FactSpec]) -> Value {
    let map: Map<String, Value> =
        read::asked(specs, facts).map(|(spec, fact)| (spec.key.to_string(), fact_value(fact, &spec.kind))).collect();
    Value::Object(map)
}

fn fact_value(fact: &Fact, kind: &FactKind) -> Value {
    match (fact, kind) {
        (Fact::Flag(flag), _) => Value::from(*flag),
        (Fact::Count(count), _) => Value::from(*count),
        (Fact::Amount(amount), _) => Value::from(amount.to_plain_string()),
        (Fact::Text(text), _) => Value::from(text.as_str()),
        (Fact::Choice(choice), _) => Value::from(*choice),
        (Fact::Choices(choices), _) => Value::from(choices.clone()),
        (Fact::List(items), FactKind::List(fields)) => {
            Value::Array(items.iter().map(|item| facts_value(item, fields)).collect())
        }
        // A list is only ever read for a list question.
        (Fact::List(_), _) => Value::Array(Vec::new()),
    }
}
