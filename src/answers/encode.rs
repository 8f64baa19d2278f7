//! Writing an answers file, the inverse of `decode`, so that export → import gives back the same
//! answers. Built as one JSON value in the order the file is written (format, version, entity,
//! claims, projects; the claims in the policy's order of measures and of each measure's
//! questions), then written out by serde_json: one writer for the value, the file and the link
//! rather than a derived one per output, which cost the first load kilobytes.

use serde_json::{Map, Value};

use super::{key, read, Answers, Entity, Fact, Facts, Project, FORMAT, VERSION};
use crate::policy::{FactKind, FactSpec, MEASURES};

pub(super) fn to_value(answers: &Answers) -> Value {
    let mut file = Map::new();
    file.insert(key::FORMAT.into(), Value::from(FORMAT));
    file.insert(key::VERSION.into(), Value::from(VERSION));
    file.insert(key::EDITION.into(), Value::from(crate::policy::edition()));
    file.insert(key::ENTITY.into(), entity_value(&answers.entity));
    let claims = MEASURES
        .iter()
        .filter_map(|m| answers.claims.get(m.id).map(|facts| (m.id.to_string(), facts_value(facts, m.facts))))
        .collect();
    file.insert(key::CLAIMS.into(), Value::Object(claims));
    if !answers.projects.is_empty() {
        file.insert(key::PROJECTS.into(), Value::Array(answers.projects.iter().map(project_value).collect()));
    }
    Value::Object(file)
}

pub(super) fn to_json(answers: &Answers, pretty: bool) -> String {
    let file = to_value(answers);
    let text = if pretty { serde_json::to_string_pretty(&file) } else { serde_json::to_string(&file) };
    text.unwrap_or_default()
}

/// A text the file holds only when given.
fn insert_text(map: &mut Map<String, Value>, key: &str, text: &Option<String>) {
    if let Some(text) = text {
        map.insert(key.into(), Value::from(text.as_str()));
    }
}

fn entity_value(entity: &Entity) -> Value {
    let mut map = Map::new();
    insert_text(&mut map, key::NAME, &entity.name);
    insert_text(&mut map, key::CREDIT_CODE, &entity.credit_code);
    insert_text(&mut map, key::CONTACT, &entity.contact);
    map.insert(key::OPERATES_IN_XICHENG.into(), Value::from(entity.operates_in_xicheng));
    map.insert(key::DATA_FIELDS.into(), Value::from(entity.data_fields.clone()));
    map.insert(key::ICT_INDUSTRY.into(), Value::from(entity.ict_industry));
    Value::Object(map)
}

fn project_value(project: &Project) -> Value {
    let mut map = Map::new();
    insert_text(&mut map, key::NAME, &project.name);
    map.insert(key::MEASURES.into(), Value::from(project.measures.clone()));
    map.insert(key::OTHER_SUPPORT.into(), Value::from(project.other_xicheng_support_wan.to_plain_string()));
    Value::Object(map)
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
