//! Writing an answers file: the inverse of `decode`, so that export → import gives back the
//! same answers.

use super::{Answers, Fact, Facts, FORMAT, VERSION};
use crate::json::{Map, Value};
use crate::policy::MEASURES;

pub(super) fn to_value(answers: &Answers) -> Value {
    let entity = &answers.entity;
    let mut entity_map = Map::new();
    if let Some(name) = &entity.name {
        entity_map.insert("name", Value::from(name));
    }
    entity_map.insert("operates_in_xicheng", Value::from(entity.operates_in_xicheng));
    entity_map.insert("data_fields", Value::from(entity.data_fields.as_slice()));
    entity_map.insert("ict_industry", Value::from(entity.ict_industry));

    // In the policy's order, however the answers were given.
    let claims: Map =
        MEASURES.iter().filter_map(|m| answers.claims.get(m.id).map(|facts| (m.id, facts_value(facts)))).collect();

    let projects: Vec<Value> = answers
        .projects
        .iter()
        .map(|project| {
            let mut map = Map::new();
            if let Some(name) = &project.name {
                map.insert("name", Value::from(name));
            }
            map.insert("measures", Value::from(project.measures.as_slice()));
            map.insert("other_xicheng_support_wan", Value::from(project.other_xicheng_support_wan.to_plain_string()));
            Value::Object(map)
        })
        .collect();

    let mut root = Map::new();
    root.insert("format", Value::from(FORMAT));
    root.insert("version", Value::from(VERSION));
    root.insert("entity", Value::Object(entity_map));
    root.insert("claims", Value::Object(claims));
    if !projects.is_empty() {
        root.insert("projects", Value::Array(projects));
    }
    Value::Object(root)
}

fn facts_value(facts: &Facts) -> Value {
    Value::Object(facts.iter().map(|(key, fact)| (key, fact_value(fact))).collect())
}

fn fact_value(fact: &Fact) -> Value {
    match fact {
        Fact::Flag(flag) => Value::from(*flag),
        Fact::Count(count) => Value::from(*count),
        Fact::Amount(amount) => Value::from(amount.to_plain_string()),
        Fact::Text(text) => Value::from(text),
        Fact::Choice(choice) => Value::from(*choice),
        Fact::Choices(choices) => Value::from(choices.as_slice()),
        Fact::List(items) => Value::Array(items.iter().map(facts_value).collect()),
    }
}
