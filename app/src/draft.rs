//! The answers as the user is writing them: an answers-file JSON value in which amounts and
//! counts keep exactly what was typed ("1，234.5", "３"), so nothing is lost before it is valid.
//! `answers()` turns it into checked [`Answers`], with every error at the field's own path.
//! Pure: no browser type.

use serde_json::{json, Map, Value};

use awards::answers::{
    Answers, AnswersError, Expected, FieldError, FieldPath, Problem, FORMAT, MAX_ITEMS, MAX_TEXT_CHARS, VERSION,
};
use awards::lang::Lang;
use awards::policy::{measure, FactKind, FactSpec, MEASURES};
use awards::text;

/// Where one answer lives in the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    Entity(&'static str),
    Fact { measure: &'static str, key: &'static str },
    Item { measure: &'static str, list: &'static str, index: usize, key: &'static str },
    ProjectName(usize),
    ProjectSupport(usize),
}

impl Field {
    /// The path the answers reader uses for this field: `claims.9.4.events[0].spend_wan`.
    pub fn path(&self) -> FieldPath {
        match self {
            Field::Entity(key) => FieldPath::entity(key),
            Field::Fact { measure, key } => FieldPath::claim(measure).key(key),
            Field::Item { measure, list, index, key } => FieldPath::claim(measure).key(list).index(*index).key(key),
            Field::ProjectName(p) => FieldPath::project(*p).key("name"),
            Field::ProjectSupport(p) => FieldPath::project(*p).key("other_xicheng_support_wan"),
        }
    }

    pub fn dom_id(&self) -> String {
        self.path().dom_id()
    }
}

/// An empty answers file.
pub fn empty() -> Value {
    json!({ "format": FORMAT, "version": VERSION, "entity": {}, "claims": {} })
}

fn object(value: &mut Value) -> &mut Map<String, Value> {
    if !value.is_object() {
        *value = Value::Object(Map::new());
    }
    match value {
        Value::Object(map) => map,
        // The line above has just made it an object.
        _ => unreachable!("a JSON value just set to an object"),
    }
}

fn array(value: &mut Value) -> &mut Vec<Value> {
    if !value.is_array() {
        *value = Value::Array(Vec::new());
    }
    match value {
        Value::Array(items) => items,
        // The line above has just made it an array.
        _ => unreachable!("a JSON value just set to an array"),
    }
}

/// The value of `key` in `map`, inserted empty (last) if absent.
fn slot<'m>(map: &'m mut Map<String, Value>, key: &str) -> &'m mut Value {
    map.entry(key).or_insert(Value::Null)
}

/// The claim object of a measure, created if needed.
fn claim_mut<'d>(draft: &'d mut Value, measure: &str) -> &'d mut Map<String, Value> {
    let claims = object(slot(object(draft), "claims"));
    object(slot(claims, measure))
}

fn list_mut<'d>(draft: &'d mut Value, measure: &str, list: &str) -> &'d mut Vec<Value> {
    array(slot(claim_mut(draft, measure), list))
}

fn projects_mut(draft: &mut Value) -> &mut Vec<Value> {
    array(slot(object(draft), "projects"))
}

/// The value answered for a field, if any.
pub fn get<'d>(draft: &'d Value, field: &Field) -> Option<&'d Value> {
    let found = match field {
        Field::Entity(key) => draft.get("entity")?.get(key),
        Field::Fact { measure, key } => draft.get("claims")?.get(measure)?.get(key),
        Field::Item { measure, list, index, key } => draft.get("claims")?.get(measure)?.get(list)?.get(index)?.get(key),
        Field::ProjectName(p) => draft.get("projects")?.get(p)?.get("name"),
        Field::ProjectSupport(p) => draft.get("projects")?.get(p)?.get("other_xicheng_support_wan"),
    };
    found.filter(|v| !v.is_null())
}

/// Sets (or with `None`, clears) the value of a field.
pub fn set(draft: &mut Value, field: &Field, value: Option<Value>) {
    let (map, key): (&mut Map<String, Value>, &str) = match field {
        Field::Entity(key) => (object(slot(object(draft), "entity")), key),
        Field::Fact { measure, key } => (claim_mut(draft, measure), key),
        Field::Item { measure, list, index, key } => match list_mut(draft, measure, list).get_mut(*index) {
            Some(item) => (object(item), key),
            None => return,
        },
        Field::ProjectName(p) | Field::ProjectSupport(p) => {
            let key = if matches!(field, Field::ProjectName(_)) { "name" } else { "other_xicheng_support_wan" };
            match projects_mut(draft).get_mut(*p) {
                Some(project) => (object(project), key),
                None => return,
            }
        }
    };
    match value {
        Some(value) => {
            map.insert(key.to_string(), value);
        }
        None => {
            map.shift_remove(key);
        }
    }
}

/// The text shown in an input for a field: what was typed, or the stored value.
pub fn text(draft: &Value, field: &Field) -> String {
    match get(draft, field) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.as_str().to_string(),
        _ => String::new(),
    }
}

pub fn flag(draft: &Value, field: &Field) -> Option<bool> {
    get(draft, field).and_then(Value::as_bool)
}

pub fn choices(draft: &Value, field: &Field) -> Vec<String> {
    match get(draft, field) {
        Some(Value::Array(items)) => items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

pub fn toggle_choice(draft: &mut Value, field: &Field, choice: &str) {
    let mut chosen = choices(draft, field);
    if let Some(at) = chosen.iter().position(|c| c == choice) {
        chosen.remove(at);
    } else {
        chosen.push(choice.to_string());
    }
    set(draft, field, Some(Value::from(chosen)));
}

pub fn item_count(draft: &Value, measure: &str, list: &str) -> usize {
    draft
        .get("claims")
        .and_then(|c| c.get(measure))
        .and_then(|c| c.get(list))
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

pub fn add_item(draft: &mut Value, measure: &str, list: &str) {
    list_mut(draft, measure, list).push(json!({}));
}

pub fn remove_item(draft: &mut Value, measure: &str, list: &str, index: usize) {
    let items = list_mut(draft, measure, list);
    if index < items.len() {
        items.remove(index);
    }
}

pub fn project_count(draft: &Value) -> usize {
    draft.get("projects").and_then(Value::as_array).map_or(0, Vec::len)
}

pub fn add_project(draft: &mut Value) {
    projects_mut(draft).push(json!({ "measures": [] }));
}

pub fn remove_project(draft: &mut Value, index: usize) {
    let projects = projects_mut(draft);
    if index < projects.len() {
        projects.remove(index);
    }
}

pub fn project_measures(draft: &Value, index: usize) -> Vec<String> {
    draft
        .get("projects")
        .and_then(|p| p.get(index))
        .and_then(|p| p.get("measures"))
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

pub fn toggle_project_measure(draft: &mut Value, index: usize, id: &str) {
    if let Some(project) = projects_mut(draft).get_mut(index) {
        let measures = array(slot(object(project), "measures"));
        if let Some(at) = measures.iter().position(|v| v.as_str() == Some(id)) {
            measures.remove(at);
        } else {
            measures.push(Value::from(id));
        }
    }
}

/// Areas whose measures have a claim in the draft, in the policy's order (for an imported file).
pub fn areas_claimed(draft: &Value) -> Vec<&'static str> {
    let claimed = |id: &str| draft.get("claims").and_then(|c| c.get(id)).is_some_and(|c| !c.is_null());
    awards::policy::AREAS
        .iter()
        .map(|area| area.key)
        .filter(|area| MEASURES.iter().any(|m| m.area == *area && claimed(m.id)))
        .collect()
}

/// The draft as an answers file: claims of areas not chosen dropped, typed counts made numbers,
/// empty inputs made unanswered. The answers reader then checks everything else. Lists keep
/// their length (an empty project stays and is refused) so that error paths match the page.
pub fn answers_value(draft: &Value, areas: &[&str]) -> Value {
    let mut value = draft.clone();
    if let Some(Value::Object(entity)) = value.get_mut("entity") {
        for key in ["name", "credit_code", "contact"] {
            if entity.get(key).and_then(Value::as_str).is_some_and(|t| t.trim().is_empty()) {
                entity.shift_remove(key);
            }
        }
    }
    let in_chosen_area = |id: &str| measure(id).is_some_and(|m| areas.contains(&m.area));
    if let Some(Value::Object(claims)) = value.get_mut("claims") {
        claims.retain(|id, _| in_chosen_area(id) || measure(id).is_none());
        for (id, claim) in claims.iter_mut() {
            if let Some(m) = measure(id) {
                tidy(claim, m.facts);
            }
        }
    }
    if let Some(Value::Array(projects)) = value.get_mut("projects") {
        for project in projects.iter_mut() {
            if let Some(Value::Array(ids)) = project.get_mut("measures") {
                ids.retain(|id| id.as_str().is_none_or(in_chosen_area));
            }
            if let Value::Object(map) = project {
                for key in ["name", "other_xicheng_support_wan"] {
                    if map.get(key).and_then(Value::as_str).is_some_and(|t| t.trim().is_empty()) {
                        map.shift_remove(key);
                    }
                }
            }
        }
    }
    value
}

/// Counts typed as text become numbers where they are whole numbers; empty inputs are removed.
fn tidy(facts: &mut Value, specs: &'static [FactSpec]) {
    let Value::Object(map) = facts else {
        return;
    };
    for spec in specs {
        let Some(value) = map.get_mut(spec.key) else {
            continue;
        };
        match (&spec.kind, &*value) {
            (_, Value::String(text)) if text.trim().is_empty() => {
                map.shift_remove(spec.key);
            }
            (FactKind::Count, Value::String(text)) => {
                if let Some(count) = whole_number(text) {
                    *value = Value::from(count);
                }
            }
            (FactKind::List(fields), Value::Array(_)) => {
                if let Value::Array(items) = value {
                    items.iter_mut().for_each(|item| tidy(item, fields));
                }
            }
            _ => {}
        }
    }
}

/// `" ３ "` → 3; anything else that is not a plain whole number → `None` (the reader says why).
pub fn whole_number(text: &str) -> Option<u64> {
    let digits: String = text.trim().chars().map(awards::money::to_half_width).collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() > 9 {
        return None;
    }
    digits.parse().ok()
}

/// Saved work, checked like a file before it becomes the draft: an object, no list longer than
/// an answers file's, no text longer than a name may be (what the boxes let anyone type).
pub fn check_saved(draft: &Value) -> Result<(), AnswersError> {
    fn walk(value: &Value, path: FieldPath, errors: &mut Vec<FieldError>) {
        match value {
            Value::Array(items) if items.len() > MAX_ITEMS => {
                errors.push(FieldError { path, problem: Problem::TooManyItems })
            }
            Value::Array(items) => {
                items.iter().enumerate().for_each(|(i, item)| walk(item, path.clone().index(i), errors))
            }
            Value::Object(map) => map.iter().for_each(|(key, item)| walk(item, path.clone().key(key), errors)),
            Value::String(text) if text.trim().chars().count() > MAX_TEXT_CHARS => {
                errors.push(FieldError { path, problem: Problem::TooLong })
            }
            _ => {}
        }
    }
    let mut errors = Vec::new();
    if draft.is_object() {
        walk(draft, FieldPath::root(), &mut errors);
    } else {
        errors.push(FieldError { path: FieldPath::root(), problem: Problem::WrongType(Expected::Object) });
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AnswersError { errors })
    }
}

/// The checked answers of the draft.
pub fn answers(draft: &Value, areas: &[&str]) -> Result<Answers, AnswersError> {
    Answers::from_value(&answers_value(draft, areas))
}

/// The question a field path asks, for an error summary: `"Actual spend on the event (item 2)"`.
pub fn label_of_path(path: &FieldPath, lang: Lang) -> Option<String> {
    let t = text::of(lang);
    match path.key_at(0)? {
        "entity" => Some(entity_question(path.key_at(1)?, lang)?.to_string()),
        "projects" => Some(
            match path.key_at(2) {
                Some("other_xicheng_support_wan") => t.projects_support,
                Some("name") => t.projects_name,
                _ => t.projects_measures,
            }
            .to_string(),
        ),
        "claims" => {
            let spec = measure(path.key_at(1)?)?.fact(path.key_at(2)?)?;
            match (&spec.kind, path.index_at(3), path.key_at(4)) {
                (FactKind::List(fields), Some(index), Some(sub)) => {
                    let field = fields.iter().find(|f| f.key == sub)?;
                    Some((t.item_question)(index + 1, field.question.get(lang)))
                }
                _ => Some(spec.question.get(lang).to_string()),
            }
        }
        _ => None,
    }
}

/// The question of a key of `entity`.
pub fn entity_question(key: &str, lang: Lang) -> Option<&'static str> {
    let t = text::of(lang);
    Some(match key {
        "name" => t.entity_name,
        "credit_code" => t.entity_credit_code,
        "contact" => t.entity_contact,
        "operates_in_xicheng" => t.entity_operates_in_xicheng,
        "data_fields" => t.entity_data_fields,
        "ict_industry" => t.entity_ict_industry,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area_of(id: &str) -> &'static str {
        measure(id).map_or("", |m| m.area)
    }

    #[test]
    fn typed_amounts_and_counts_are_kept_as_typed_and_read_when_checked() {
        let mut draft = empty();
        set(&mut draft, &Field::Entity("operates_in_xicheng"), Some(Value::from(true)));
        set(&mut draft, &Field::Entity("data_fields"), Some(Value::from(vec!["infrastructure"])));
        let investment = Field::Fact { measure: "6.1a", key: "investment_wan" };
        set(&mut draft, &Field::Fact { measure: "6.1a", key: "national_pilot" }, Some(Value::from(true)));
        set(&mut draft, &investment, Some(Value::from("８，０００")));
        assert_eq!(text(&draft, &investment), "８，０００");
        set(&mut draft, &investment, Some(Value::from("8,000")));
        let standards = Field::Fact { measure: "8", key: "national" };
        set(&mut draft, &standards, Some(Value::from(" ２ ")));
        let answers = answers(&draft, &[area_of("6.1a"), area_of("8")]);
        let estimate = answers.map(|a| awards::engine::estimate(&a, awards::policy::POLICY.valid_from));
        assert_eq!(estimate.map(|e| e.total_wan.to_plain_string()).ok(), Some("1000".to_string()));
    }

    #[test]
    fn a_bad_amount_is_refused_at_its_own_path_and_kept() {
        let mut draft = empty();
        let spend = Field::Item { measure: "9.4", list: "events", index: 0, key: "spend_wan" };
        add_item(&mut draft, "9.4", "events");
        set(&mut draft, &spend, Some(Value::from("-5")));
        let errors = answers(&draft, &["ecosystem"]).err().map(|e| e.errors).unwrap_or_default();
        assert_eq!(errors.iter().map(|e| e.path.clone()).collect::<Vec<_>>(), [spend.path()]);
        assert_eq!(text(&draft, &spend), "-5");
        assert_eq!(spend.dom_id(), "f-claims-9-4-events-0-spend_wan");
        assert_eq!(
            label_of_path(&spend.path(), Lang::En).as_deref(),
            Some("No. 1: Actual spend on the event (in 10,000 yuan)")
        );
    }

    #[test]
    fn claims_of_areas_not_chosen_are_left_out() {
        let mut draft = empty();
        set(&mut draft, &Field::Fact { measure: "7", key: "security_products" }, Some(Value::from(true)));
        set(&mut draft, &Field::Fact { measure: "6.2", key: "rents_compute" }, Some(Value::from(true)));
        let answers = answers(&draft, &["security"]).unwrap_or_default();
        assert_eq!(answers.claims.keys().copied().collect::<Vec<_>>(), ["7"]);
        assert_eq!(areas_claimed(&draft), ["infrastructure", "security"]);
    }

    #[test]
    fn whole_numbers_accept_full_width_digits_only() {
        assert_eq!(whole_number(" ３ "), Some(3));
        assert_eq!(whole_number("12"), Some(12));
        for bad in ["", "1.5", "-1", "三", "1e3"] {
            assert_eq!(whole_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn saved_work_is_held_to_the_answers_files_limits() {
        let mut many = empty();
        for _ in 0..=MAX_ITEMS {
            add_project(&mut many);
        }
        let paths = |draft: &Value| {
            check_saved(draft).err().map(|e| e.errors.iter().map(|e| e.path.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(paths(&many), Some(vec!["projects".to_string()]));
        let mut long = empty();
        set(&mut long, &Field::Entity("name"), Some(Value::from("名".repeat(MAX_TEXT_CHARS + 1))));
        assert_eq!(paths(&long), Some(vec!["entity.name".to_string()]));
        assert_eq!(paths(&Value::from(vec![1, 2])), Some(vec![String::new()]));
        let mut fine = empty();
        set(&mut fine, &Field::Entity("name"), Some(Value::from("名".repeat(MAX_TEXT_CHARS))));
        assert_eq!(paths(&fine), None);
        set(&mut fine, &Field::Entity("contact"), Some(Value::from("联".repeat(MAX_TEXT_CHARS + 1))));
        assert_eq!(paths(&fine), Some(vec!["entity.contact".to_string()]));
    }

    #[test]
    fn the_credit_code_and_the_contact_are_kept_checked_and_named() {
        let mut draft = empty();
        let (code, contact) = (Field::Entity("credit_code"), Field::Entity("contact"));
        set(&mut draft, &code, Some(Value::from(" 91350100M000100Y43 ")));
        set(&mut draft, &contact, Some(Value::from("张三，010-12345678")));
        // Saved work is the draft itself: both come back from it as typed.
        let saved: Value = serde_json::from_str(&draft.to_string()).unwrap_or_default();
        assert_eq!(check_saved(&saved), Ok(()));
        assert_eq!(text(&saved, &code), " 91350100M000100Y43 ");
        let entity = answers(&saved, &[]).map(|a| a.entity).unwrap_or_default();
        assert_eq!(entity.credit_code.as_deref(), Some("91350100M000100Y43"));
        assert_eq!(entity.contact.as_deref(), Some("张三，010-12345678"));

        set(&mut draft, &code, Some(Value::from("91350100M000100Y44")));
        set(&mut draft, &contact, Some(Value::from("  ")));
        let errors = answers(&draft, &[]).err().map(|e| e.errors).unwrap_or_default();
        assert_eq!(errors.iter().map(|e| e.path.clone()).collect::<Vec<_>>(), [code.path()]);
        assert_eq!(errors.first().map(|e| e.problem.clone()), Some(Problem::BadCreditCode));
        assert_eq!(code.dom_id(), "f-entity-credit_code");
        assert_eq!(label_of_path(&code.path(), Lang::Zh), Some("统一社会信用代码".to_string()));
        assert_eq!(label_of_path(&contact.path(), Lang::En), Some("Contact person and details".to_string()));

        set(&mut draft, &code, Some(Value::from("")));
        assert_eq!(answers(&draft, &[]).map(|a| (a.entity.credit_code, a.entity.contact)), Ok((None, None)));
    }
}
