//! The answers as the user is writing them: an answers-file JSON value in which amounts and
//! counts keep exactly what was typed ("1，234.5", "３"), so nothing is lost before it is valid.
//! `answers()` turns it into checked [`Answers`], with every error at the field's own path.
//! Pure: no browser type.

use serde_json::{json, Map, Value};

use awards::answers::{
    key, read, Answers, AnswersError, Expected, Fact, Facts, FieldError, FieldPath, Problem, Segment, FORMAT,
    MAX_ITEMS, MAX_TEXT_CHARS, VERSION,
};
use awards::lang::Lang;
use awards::policy::{measure, FactKind, FactSpec, Measure, MEASURES};
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
            Field::ProjectName(p) => FieldPath::project(*p).key(key::NAME),
            Field::ProjectSupport(p) => FieldPath::project(*p).key(key::OTHER_SUPPORT),
        }
    }

    pub fn dom_id(&self) -> String {
        self.path().dom_id()
    }
}

/// The choice of areas, as a path beside the answers file's own keys (for its error).
pub const AREAS_KEY: &str = "areas";

/// An empty answers file.
pub fn empty() -> Value {
    let mut file = Map::new();
    file.insert(key::FORMAT.into(), Value::from(FORMAT));
    file.insert(key::VERSION.into(), Value::from(VERSION));
    file.insert(key::ENTITY.into(), Value::Object(Map::new()));
    file.insert(key::CLAIMS.into(), Value::Object(Map::new()));
    Value::Object(file)
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

/// The value at `path`, if the draft has one there. Walked segment by segment: a JSON Pointer
/// string would ship its escaping and splitting for nothing.
fn at<'d>(draft: &'d Value, path: &FieldPath) -> Option<&'d Value> {
    path.segments().iter().try_fold(draft, |here, segment| match segment {
        Segment::Key(key) => here.get(key.as_str()),
        Segment::Index(index) => here.get(*index),
    })
}

/// The object at `path`, made where missing (an object at each key on the way); `None` where the
/// path passes a list position the draft does not have.
fn object_at<'d>(draft: &'d mut Value, path: &[Segment]) -> Option<&'d mut Map<String, Value>> {
    let mut here = draft;
    for segment in path {
        here = match segment {
            Segment::Key(key) => slot(object(here), key),
            Segment::Index(index) => here.as_array_mut()?.get_mut(*index)?,
        };
    }
    Some(object(here))
}

/// The list at `path` (a key), made where missing.
fn list_at<'d>(draft: &'d mut Value, path: &FieldPath) -> Option<&'d mut Vec<Value>> {
    let (Segment::Key(key), parent) = path.segments().split_last()? else {
        return None;
    };
    Some(array(slot(object_at(draft, parent)?, key)))
}

fn projects() -> FieldPath {
    FieldPath::root().key(key::PROJECTS)
}

/// The value answered for a field, if any.
pub fn get<'d>(draft: &'d Value, field: &Field) -> Option<&'d Value> {
    at(draft, &field.path()).filter(|v| !v.is_null())
}

/// Sets (or with `None`, clears) the value of a field. A field of a list item or project that is
/// not there is left alone.
pub fn set(draft: &mut Value, field: &Field, value: Option<Value>) {
    let path = field.path();
    let Some((Segment::Key(key), parent)) = path.segments().split_last() else {
        return;
    };
    let Some(map) = object_at(draft, parent) else {
        return;
    };
    match value {
        Some(value) => {
            map.insert(key.clone(), value);
        }
        None => {
            map.swap_remove(key.as_str());
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

fn count(draft: &Value, path: &FieldPath) -> usize {
    at(draft, path).and_then(Value::as_array).map_or(0, Vec::len)
}

pub fn item_count(draft: &Value, measure: &str, list: &str) -> usize {
    count(draft, &FieldPath::claim(measure).key(list))
}

pub fn add_item(draft: &mut Value, measure: &str, list: &str) {
    if let Some(items) = list_at(draft, &FieldPath::claim(measure).key(list)) {
        items.push(json!({}));
    }
}

fn remove_at(items: Option<&mut Vec<Value>>, index: usize) {
    if let Some(items) = items.filter(|items| index < items.len()) {
        items.remove(index);
    }
}

pub fn remove_item(draft: &mut Value, measure: &str, list: &str, index: usize) {
    remove_at(list_at(draft, &FieldPath::claim(measure).key(list)), index);
}

pub fn project_count(draft: &Value) -> usize {
    count(draft, &projects())
}

pub fn add_project(draft: &mut Value) {
    if let Some(projects) = list_at(draft, &projects()) {
        let mut project = Map::new();
        project.insert(key::MEASURES.into(), Value::Array(Vec::new()));
        projects.push(Value::Object(project));
    }
}

pub fn remove_project(draft: &mut Value, index: usize) {
    remove_at(list_at(draft, &projects()), index);
}

pub fn project_measures(draft: &Value, index: usize) -> Vec<String> {
    at(draft, &FieldPath::project(index).key(key::MEASURES))
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

pub fn toggle_project_measure(draft: &mut Value, index: usize, id: &str) {
    // Only a project that is there: the list of measures is made inside it, not a new project.
    if index >= project_count(draft) {
        return;
    }
    if let Some(measures) = list_at(draft, &FieldPath::project(index).key(key::MEASURES)) {
        if let Some(at) = measures.iter().position(|v| v.as_str() == Some(id)) {
            measures.remove(at);
        } else {
            measures.push(Value::from(id));
        }
    }
}

/// Whether a question of `m` is asked, given what the draft holds for the questions before it,
/// each read as [`answer_of`] reads it (a count typed " ３ " is 3): the test the answers reader
/// applies. The page shows a follow-up only then; an answer it keeps otherwise is never read.
pub fn is_asked(draft: &Value, m: &Measure, spec: &FactSpec) -> bool {
    let claim = at(draft, &FieldPath::claim(m.id));
    let mut before = Facts::new();
    for earlier in m.facts.iter().take_while(|earlier| earlier.key != spec.key) {
        if let Some(Ok(fact)) = claim.and_then(|claim| claim.get(earlier.key)).map(|typed| answer_of(typed, earlier)) {
            before.insert(earlier.key, fact);
        }
    }
    read::is_asked(spec, &before)
}

/// The answer a field holds, as the answers reader reads it (a count typed " ３ " is 3), to be
/// written in words by the one renderer; what was typed where the reader would refuse it (the
/// page's error says why). A list keeps the answers of its items that read.
pub fn answer_of(value: &Value, spec: &'static FactSpec) -> Result<Fact, String> {
    let typed = value.as_str();
    if let (FactKind::Count, Some(Ok(n))) = (&spec.kind, typed.and_then(whole_number).map(u32::try_from)) {
        return Ok(Fact::Count(n));
    }
    if let Some(fact) = awards::answers::read_fact(value, &spec.kind) {
        return Ok(fact);
    }
    let (FactKind::List(fields), Value::Array(items)) = (&spec.kind, value) else {
        return Err(typed.map_or_else(|| value.to_string(), str::to_string));
    };
    let mut read = Vec::new();
    for item in items {
        // Inserted one by one: collecting a map sorts, and a sort costs the first load 3 KB.
        let mut facts = Facts::new();
        for field in fields.iter() {
            if let Some(Ok(fact)) = item.get(field.key).map(|value| answer_of(value, field)) {
                facts.insert(field.key, fact);
            }
        }
        read.push(facts);
    }
    Ok(Fact::List(read))
}

/// Areas whose measures have a claim in the draft, in the policy's order (for an imported file).
pub fn areas_claimed(draft: &Value) -> Vec<&'static str> {
    let claimed = |id: &str| draft.get(key::CLAIMS).and_then(|c| c.get(id)).is_some_and(|c| !c.is_null());
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
    if let Some(Value::Object(entity)) = value.get_mut(key::ENTITY) {
        for text in [key::NAME, key::CREDIT_CODE, key::CONTACT] {
            if entity.get(text).and_then(Value::as_str).is_some_and(|t| t.trim().is_empty()) {
                entity.swap_remove(text);
            }
        }
    }
    let in_chosen_area = |id: &str| measure(id).is_some_and(|m| areas.contains(&m.area));
    if let Some(Value::Object(claims)) = value.get_mut(key::CLAIMS) {
        claims.retain(|id, _| in_chosen_area(id) || measure(id).is_none());
        for (id, claim) in claims.iter_mut() {
            if let Some(m) = measure(id) {
                tidy(claim, m.facts);
            }
        }
    }
    if let Some(Value::Array(projects)) = value.get_mut(key::PROJECTS) {
        for project in projects.iter_mut() {
            if let Some(Value::Array(ids)) = project.get_mut(key::MEASURES) {
                ids.retain(|id| id.as_str().is_none_or(in_chosen_area));
            }
            if let Value::Object(map) = project {
                for text in [key::NAME, key::OTHER_SUPPORT] {
                    if map.get(text).and_then(Value::as_str).is_some_and(|t| t.trim().is_empty()) {
                        map.swap_remove(text);
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
                map.swap_remove(spec.key);
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
        key::ENTITY => Some(entity_question(path.key_at(1)?, lang)?.to_string()),
        key::PROJECTS => Some(
            match path.key_at(2) {
                Some(key::OTHER_SUPPORT) => t.projects_support,
                Some(key::NAME) => t.projects_name,
                _ => t.projects_measures,
            }
            .to_string(),
        ),
        key::CLAIMS => {
            let spec = measure(path.key_at(1)?)?.fact(path.key_at(2)?)?;
            match (&spec.kind, path.index_at(3), path.key_at(4)) {
                (FactKind::List(fields), Some(index), Some(sub)) => {
                    let field = fields.iter().find(|f| f.key == sub)?;
                    Some((t.item_question)(index + 1, field.question.pick(lang)))
                }
                _ => Some(spec.question.pick(lang).to_string()),
            }
        }
        _ => None,
    }
}

/// The question of a key of `entity`.
pub fn entity_question(key: &str, lang: Lang) -> Option<&'static str> {
    awards::policy::ENTITY.iter().find(|spec| spec.key == key).map(|spec| spec.question.pick(lang))
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
    fn a_follow_up_is_asked_once_its_opener_is_answered_and_keeps_what_was_typed_while_closed() {
        let m = measure("6.2").unwrap_or(&MEASURES[0]);
        let rent = m.fact("compute_rent_paid_wan").unwrap_or(&m.facts[0]);
        let opener = Field::Fact { measure: m.id, key: "rents_compute" };
        let rent_field = Field::Fact { measure: m.id, key: rent.key };
        let mut draft = empty();
        set(&mut draft, &Field::Entity("operates_in_xicheng"), Some(Value::from(true)));
        set(&mut draft, &Field::Entity("data_fields"), Some(Value::from(vec!["infrastructure"])));
        assert!(!is_asked(&draft, m, rent), "not asked before the opener is answered");
        set(&mut draft, &opener, Some(Value::from(true)));
        assert!(is_asked(&draft, m, rent));
        set(&mut draft, &rent_field, Some(Value::from("１５０")));
        let total = |draft: &Value| {
            answers(draft, &["infrastructure"]).map(|a| awards::engine::estimate(&a, awards::policy::POLICY.valid_from))
        };
        assert_eq!(total(&draft).map(|e| e.total_wan.to_plain_string()), Ok("150".to_string()));

        set(&mut draft, &opener, Some(Value::from(false)));
        assert!(!is_asked(&draft, m, rent));
        assert_eq!(text(&draft, &rent_field), "１５０", "kept while the user is on the page");
        let closed = answers(&draft, &["infrastructure"]).unwrap_or_default();
        assert_eq!(closed.claim(m.id).and_then(|c| c.get(rent.key)), None);
        assert!(!closed.to_json().contains(rent.key) && !closed.to_link_text().is_empty());
        // A bad figure in a closed follow-up stops nothing.
        set(&mut draft, &rent_field, Some(Value::from("abc")));
        assert_eq!(total(&draft).map(|e| e.total_wan.to_plain_string()), Ok("0".to_string()));

        set(&mut draft, &rent_field, Some(Value::from("１５０")));
        set(&mut draft, &opener, Some(Value::from(true)));
        assert_eq!(total(&draft).map(|e| e.total_wan.to_plain_string()), Ok("150".to_string()));
    }

    #[test]
    fn scenarios_are_asked_once_a_filing_is_typed_in_any_digits() {
        let m = measure("2.2b").unwrap_or(&MEASURES[0]);
        let scenarios = m.fact("scenarios_promoted").unwrap_or(&m.facts[0]);
        let mut draft = empty();
        assert!(!is_asked(&draft, m, scenarios));
        for (typed, asked) in [("0", false), (" ０ ", false), ("x", false), (" ３ ", true), ("1", true)] {
            set(&mut draft, &Field::Fact { measure: m.id, key: "algorithm" }, Some(Value::from(typed)));
            assert_eq!(is_asked(&draft, m, scenarios), asked, "{typed:?}");
        }
        set(&mut draft, &Field::Fact { measure: m.id, key: "algorithm" }, Some(Value::from(2)));
        assert!(is_asked(&draft, m, scenarios));
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
