//! Writing an answers file: the inverse of `decode`, so that export → import gives back the
//! same answers.

use serde_json::{json, Map, Value};

use super::{Answers, Fact, Facts, FORMAT, VERSION};

pub(super) fn to_value(answers: &Answers) -> Value {
    let entity = &answers.entity;
    let mut entity_map = Map::new();
    if let Some(name) = &entity.name {
        entity_map.insert("name".into(), json!(name));
    }
    entity_map.insert("operates_in_xicheng".into(), json!(entity.operates_in_xicheng));
    entity_map.insert("data_fields".into(), json!(entity.data_fields));
    entity_map.insert("ict_industry".into(), json!(entity.ict_industry));

    let claims: Map<String, Value> =
        answers.claims.iter().map(|(id, facts)| (id.to_string(), facts_value(facts))).collect();

    let projects: Vec<Value> = answers
        .projects
        .iter()
        .map(|project| {
            let mut map = Map::new();
            if let Some(name) = &project.name {
                map.insert("name".into(), json!(name));
            }
            map.insert("measures".into(), json!(project.measures));
            map.insert("other_xicheng_support_wan".into(), json!(project.other_xicheng_support_wan.to_plain_string()));
            Value::Object(map)
        })
        .collect();

    let mut root = Map::new();
    root.insert("format".into(), json!(FORMAT));
    root.insert("version".into(), json!(VERSION));
    root.insert("entity".into(), Value::Object(entity_map));
    root.insert("claims".into(), Value::Object(claims));
    if !projects.is_empty() {
        root.insert("projects".into(), Value::Array(projects));
    }
    Value::Object(root)
}

fn facts_value(facts: &Facts) -> Value {
    Value::Object(facts.iter().map(|(key, fact)| (key.to_string(), fact_value(fact))).collect())
}

fn fact_value(fact: &Fact) -> Value {
    match fact {
        Fact::Flag(flag) => json!(flag),
        Fact::Count(count) => json!(count),
        Fact::Amount(amount) => json!(amount.to_plain_string()),
        Fact::Text(text) => json!(text),
        Fact::Choice(choice) => json!(choice),
        Fact::Choices(choices) => json!(choices),
        Fact::List(items) => Value::Array(items.iter().map(facts_value).collect()),
    }
}
