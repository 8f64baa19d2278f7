//! The answers as the user is writing them, each held by its question's kind: a yes/no as a
//! flag, a count, an amount or a name exactly as typed ("1，234.5", "３"), the choices made, a
//! list's items. Nothing is lost before it is valid, and only this module reads numbers from
//! what was typed. [`Draft::answers`] writes it as an answers file for the reader, which checks
//! it with every error at the field's own path; saved work is the same file with every answer
//! as typed ([`Draft::to_saved`], [`Draft::from_value`]). Pure: no browser type.

use serde_json::{Map, Value};

use awards::answers::{
    key, read, read_fact, Answers, AnswersError, Expected, Fact, Facts, FieldError, FieldPath, Problem, FORMAT,
    MAX_ITEMS, MAX_TEXT_CHARS, VERSION,
};
use awards::lang::Lang;
use awards::policy::{measure, FactKind, FactSpec, Measure, ENTITY, MEASURES};
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

/// One answer being written, by its question's kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Flag(bool),
    /// A count, an amount or a text, exactly as typed.
    Typed(String),
    /// The keys of the choices made, in the order made (at most one for a single choice).
    Chosen(Vec<&'static str>),
    /// A list's items, each with its own answers.
    Items(Vec<Entries>),
}

/// The answers to one group of questions (the organisation's, a measure's, a list item's, a
/// project's), each under its question's key.
#[derive(Clone, Debug, Default)]
pub struct Entries(Vec<(&'static str, Entry)>);

/// The same answers, in whatever order they were given: as two answers files compare, so that
/// saved work read back equals the answers it was saved from.
impl PartialEq for Entries {
    fn eq(&self, other: &Entries) -> bool {
        self.0.len() == other.0.len() && self.0.iter().all(|(key, entry)| other.get(key) == Some(entry))
    }
}

impl Eq for Entries {}

impl Entries {
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, entry)| entry)
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut Entry> {
        self.0.iter_mut().find(|(k, _)| *k == key).map(|(_, entry)| entry)
    }

    /// Sets (or with `None`, clears) the answer under `key`.
    fn set(&mut self, key: &'static str, entry: Option<Entry>) {
        match (self.get_mut(key), entry) {
            (Some(slot), Some(entry)) => *slot = entry,
            (None, Some(entry)) => self.0.push((key, entry)),
            (_, None) => self.0.retain(|(k, _)| *k != key),
        }
    }

    /// The answers of a file's object to the questions of `specs`; anything else is dropped.
    fn of(value: &Value, specs: &'static [FactSpec]) -> Entries {
        Entries(specs.iter().filter_map(|spec| Some((spec.key, entry_of(value.get(spec.key)?, &spec.kind)?))).collect())
    }

    /// As an answers file's object, in the order of `specs`; `reading`, as the reader is to read
    /// it (see [`value_of`]).
    fn value(&self, specs: &'static [FactSpec], reading: bool) -> Value {
        let answer =
            |spec: &FactSpec| Some((spec.key.to_string(), value_of(self.get(spec.key)?, &spec.kind, reading)?));
        Value::Object(specs.iter().filter_map(answer).collect())
    }

    /// The answers of `specs` that read, as the answers reader reads them.
    fn facts(&self, specs: impl Iterator<Item = &'static FactSpec>) -> Facts {
        // Inserted one by one: collecting a map sorts, and a sort costs the first load 3 KB.
        let mut facts = Facts::new();
        for spec in specs {
            if let Some(Ok(fact)) = self.get(spec.key).map(|entry| answer_of(entry, spec)) {
                facts.insert(spec.key, fact);
            }
        }
        facts
    }
}

/// An answer of a file (saved work, or checked answers written out) by its question's kind;
/// `None` where it is not of that kind (the reader would refuse it, and nobody typed it here).
fn entry_of(value: &Value, kind: &'static FactKind) -> Option<Entry> {
    let choice = |choices: &'static [awards::policy::Choice], key: &Value| {
        choices.iter().find(|c| Some(c.key) == key.as_str()).map(|c| c.key)
    };
    Some(match (kind, value) {
        (_, Value::Bool(flag)) => Entry::Flag(*flag),
        (FactKind::Choice(choices), key) => Entry::Chosen(vec![choice(choices, key)?]),
        (_, Value::String(typed)) => Entry::Typed(typed.clone()),
        (_, Value::Number(n)) => Entry::Typed(n.to_string()),
        (FactKind::Choices(choices), Value::Array(keys)) => {
            Entry::Chosen(keys.iter().filter_map(|key| choice(choices, key)).collect())
        }
        (FactKind::List(fields), Value::Array(items)) => {
            Entry::Items(items.iter().map(|item| Entries::of(item, fields)).collect())
        }
        _ => return None,
    })
}

/// An answer as a file holds it: as typed, or with `reading` as the reader is to read it (an
/// empty box unanswered, a count typed " ３ " the number 3). `None`: nothing to write.
fn value_of(entry: &Entry, kind: &FactKind, reading: bool) -> Option<Value> {
    Some(match (entry, kind) {
        (Entry::Flag(flag), _) => Value::from(*flag),
        (Entry::Typed(typed), _) if reading && typed.trim().is_empty() => return None,
        (Entry::Typed(typed), FactKind::Count) if reading => {
            whole_number(typed).map_or_else(|| Value::from(typed.as_str()), Value::from)
        }
        (Entry::Typed(typed), _) => Value::from(typed.as_str()),
        (Entry::Chosen(keys), FactKind::Choice(_)) => Value::from(*keys.first()?),
        (Entry::Chosen(keys), _) => Value::from(keys.clone()),
        (Entry::Items(items), FactKind::List(fields)) => {
            Value::Array(items.iter().map(|item| item.value(fields, reading)).collect())
        }
        (Entry::Items(_), _) => return None,
    })
}

/// A project's answers as they are being written: its name and other support (under their keys
/// in the file) and the measures it joins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Project {
    answers: Entries,
    measures: Vec<&'static str>,
}

/// A project's name and other support, as answers: both text as typed.
const PROJECT_TEXTS: [&str; 2] = [key::NAME, key::OTHER_SUPPORT];

/// The answers being written.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    entity: Entries,
    /// Each measure with an answer (or one since cleared), by its ID, in the order first answered.
    claims: Vec<(&'static str, Entries)>,
    projects: Vec<Project>,
}

/// The same answers, the claims in whatever order they were given (see [`Entries`]).
impl PartialEq for Draft {
    fn eq(&self, other: &Draft) -> bool {
        let same_claims = self.claims.len() == other.claims.len()
            && self.claims.iter().all(|(id, claim)| other.claim(id) == Some(claim));
        same_claims && self.entity == other.entity && self.projects == other.projects
    }
}

impl Eq for Draft {}

impl Draft {
    /// Saved work, or checked answers written out, as a draft. What no question of the tables
    /// asks would be dropped: saved work holding any is refused before ([`check_saved`]).
    pub fn from_value(file: &Value) -> Draft {
        let entity = file.get(key::ENTITY).map(|entity| Entries::of(entity, ENTITY)).unwrap_or_default();
        let claim = |m: &'static Measure| {
            let claim = file.get(key::CLAIMS)?.get(m.id).filter(|claim| claim.is_object())?;
            Some((m.id, Entries::of(claim, m.facts)))
        };
        let project = |value: &Value| {
            let texts =
                PROJECT_TEXTS.iter().filter_map(|key| Some((*key, entry_of(value.get(*key)?, &FactKind::Text)?)));
            let ids = value.get(key::MEASURES).and_then(Value::as_array).into_iter().flatten();
            Project {
                answers: Entries(texts.collect()),
                measures: ids.filter_map(|id| measure(id.as_str()?)).map(|m| m.id).collect(),
            }
        };
        let projects = file.get(key::PROJECTS).and_then(Value::as_array).into_iter().flatten();
        Draft { entity, claims: MEASURES.iter().filter_map(claim).collect(), projects: projects.map(project).collect() }
    }

    /// Every answer as typed, as an answers file: what is saved on the device.
    pub fn to_saved(&self) -> Value {
        self.file(None)
    }

    /// The draft as an answers file for the reader: claims of areas not `areas` dropped, typed
    /// counts made numbers, empty boxes unanswered. The reader checks everything else. Lists
    /// keep their length (an empty project stays and is refused) so that error paths match the
    /// page.
    fn answers_value(&self, areas: &[&str]) -> Value {
        self.file(Some(areas))
    }

    /// The checked answers of the draft, for the areas chosen.
    pub fn answers(&self, areas: &[&str]) -> Result<Answers, AnswersError> {
        read_file(&self.answers_value(areas))
    }

    fn file(&self, areas: Option<&[&str]>) -> Value {
        let reading = areas.is_some();
        let in_areas = |id: &str| areas.is_none_or(|areas| measure(id).is_some_and(|m| areas.contains(&m.area)));
        let mut file = Map::new();
        file.insert(key::FORMAT.into(), Value::from(FORMAT));
        file.insert(key::VERSION.into(), Value::from(VERSION));
        file.insert(key::ENTITY.into(), self.entity.value(ENTITY, reading));
        // In the policy's order, as the answers are: the same answers are the same file.
        let claims = MEASURES
            .iter()
            .filter(|m| in_areas(m.id))
            .filter_map(|m| Some((m.id.to_string(), self.claim(m.id)?.value(m.facts, reading))));
        file.insert(key::CLAIMS.into(), Value::Object(claims.collect()));
        if !self.projects.is_empty() {
            let project = |project: &Project| {
                let mut map = Map::new();
                for (key, entry) in &project.answers.0 {
                    if let Some(value) = value_of(entry, &FactKind::Text, reading) {
                        map.insert(key.to_string(), value);
                    }
                }
                let ids: Vec<&str> = project.measures.iter().copied().filter(|id| in_areas(id)).collect();
                map.insert(key::MEASURES.into(), Value::from(ids));
                Value::Object(map)
            };
            file.insert(key::PROJECTS.into(), Value::Array(self.projects.iter().map(project).collect()));
        }
        Value::Object(file)
    }

    fn claim(&self, id: &str) -> Option<&Entries> {
        self.claims.iter().find(|(m, _)| *m == id).map(|(_, claim)| claim)
    }

    /// The claim of measure `id`, made if it has none yet.
    fn claim_made(&mut self, id: &'static str) -> Option<&mut Entries> {
        if self.claim(id).is_none() {
            self.claims.push((id, Entries::default()));
        }
        self.claims.iter_mut().find(|(m, _)| *m == id).map(|(_, claim)| claim)
    }

    fn items(&self, measure: &str, list: &str) -> Option<&Vec<Entries>> {
        match self.claim(measure)?.get(list)? {
            Entry::Items(items) => Some(items),
            _ => None,
        }
    }

    fn items_mut(&mut self, measure: &'static str, list: &str) -> Option<&mut Vec<Entries>> {
        match self.claims.iter_mut().find(|(m, _)| *m == measure)?.1.get_mut(list)? {
            Entry::Items(items) => Some(items),
            _ => None,
        }
    }

    /// The answers a field is one of, and its key there.
    fn group(&self, field: &Field) -> Option<(&Entries, &'static str)> {
        Some(match *field {
            Field::Entity(key) => (&self.entity, key),
            Field::Fact { measure, key } => (self.claim(measure)?, key),
            Field::Item { measure, list, index, key } => (self.items(measure, list)?.get(index)?, key),
            Field::ProjectName(p) => (&self.projects.get(p)?.answers, key::NAME),
            Field::ProjectSupport(p) => (&self.projects.get(p)?.answers, key::OTHER_SUPPORT),
        })
    }

    /// The answer of a field, if any.
    pub fn get(&self, field: &Field) -> Option<&Entry> {
        let (answers, key) = self.group(field)?;
        answers.get(key)
    }

    /// Sets (or with `None`, clears) the answer of a field. A field of a list item or project
    /// that is not there is left alone.
    pub fn set(&mut self, field: &Field, entry: Option<Entry>) {
        let (answers, key) = match *field {
            Field::Entity(key) => (Some(&mut self.entity), key),
            Field::Fact { measure, key } => (self.claim_made(measure), key),
            Field::Item { measure, list, index, key } => {
                (self.items_mut(measure, list).and_then(|items| items.get_mut(index)), key)
            }
            Field::ProjectName(p) => (self.projects.get_mut(p).map(|p| &mut p.answers), key::NAME),
            Field::ProjectSupport(p) => (self.projects.get_mut(p).map(|p| &mut p.answers), key::OTHER_SUPPORT),
        };
        if let Some(answers) = answers {
            answers.set(key, entry);
        }
    }

    /// What was typed in a field's box.
    pub fn text(&self, field: &Field) -> &str {
        match self.get(field) {
            Some(Entry::Typed(typed)) => typed,
            _ => "",
        }
    }

    pub fn flag(&self, field: &Field) -> Option<bool> {
        match self.get(field) {
            Some(Entry::Flag(flag)) => Some(*flag),
            _ => None,
        }
    }

    /// The choices made in a field (one at most for a single choice).
    pub fn chosen(&self, field: &Field) -> &[&'static str] {
        match self.get(field) {
            Some(Entry::Chosen(keys)) => keys,
            _ => &[],
        }
    }

    pub fn toggle_choice(&mut self, field: &Field, choice: &'static str) {
        let mut chosen = self.chosen(field).to_vec();
        if let Some(at) = chosen.iter().position(|c| *c == choice) {
            chosen.remove(at);
        } else {
            chosen.push(choice);
        }
        self.set(field, Some(Entry::Chosen(chosen)));
    }

    /// Whether measure `id` has an answer (or had one, now cleared).
    pub fn has_claim(&self, id: &str) -> bool {
        self.claim(id).is_some()
    }

    pub fn item_count(&self, measure: &str, list: &str) -> usize {
        self.items(measure, list).map_or(0, Vec::len)
    }

    pub fn add_item(&mut self, measure: &'static str, list: &'static str) {
        if let Some(claim) = self.claim_made(measure) {
            match claim.get_mut(list) {
                Some(Entry::Items(items)) => items.push(Entries::default()),
                _ => claim.set(list, Some(Entry::Items(vec![Entries::default()]))),
            }
        }
    }

    pub fn remove_item(&mut self, measure: &'static str, list: &str, index: usize) {
        if let Some(items) = self.items_mut(measure, list).filter(|items| index < items.len()) {
            items.remove(index);
        }
    }

    pub fn project_count(&self) -> usize {
        self.projects.len()
    }

    pub fn add_project(&mut self) {
        self.projects.push(Project::default());
    }

    pub fn remove_project(&mut self, index: usize) {
        if index < self.projects.len() {
            self.projects.remove(index);
        }
    }

    pub fn project_measures(&self, index: usize) -> &[&'static str] {
        self.projects.get(index).map_or(&[], |p| &p.measures)
    }

    pub fn toggle_project_measure(&mut self, index: usize, id: &'static str) {
        if let Some(measures) = self.projects.get_mut(index).map(|p| &mut p.measures) {
            if let Some(at) = measures.iter().position(|m| *m == id) {
                measures.remove(at);
            } else {
                measures.push(id);
            }
        }
    }

    /// Whether a question of `m` is asked, given what the draft holds for the questions before
    /// it, each read as [`answer_of`] reads it (a count typed " ３ " is 3): the test the answers
    /// reader applies. The page shows a follow-up only then; an answer it keeps otherwise is
    /// never read.
    pub fn is_asked(&self, m: &'static Measure, spec: &FactSpec) -> bool {
        let before = m.facts.iter().take_while(|earlier| earlier.key != spec.key);
        let before = self.claim(m.id).map(|claim| claim.facts(before)).unwrap_or_default();
        read::is_asked(spec, &before)
    }

    /// Areas whose measures have a claim, in the policy's order (for an imported file).
    pub fn areas_claimed(&self) -> Vec<&'static str> {
        let claimed = |area: &str| self.claims.iter().any(|(id, _)| measure(id).is_some_and(|m| m.area == area));
        awards::policy::AREAS.iter().map(|area| area.key).filter(|area| claimed(area)).collect()
    }
}

/// The answers reader, called from one place: inlined at each of its two callers, it was shipped
/// twice.
#[inline(never)]
fn read_file(file: &Value) -> Result<Answers, AnswersError> {
    Answers::from_value(file)
}

/// The answer a field holds, as the answers reader reads it (a count typed " ３ " is 3), to be
/// written in words by the one renderer; what was typed where the reader would refuse it (the
/// page's error says why). A list keeps the answers of its items that read.
pub fn answer_of(entry: &Entry, spec: &'static FactSpec) -> Result<Fact, String> {
    if let Some(fact) = value_of(entry, &spec.kind, true).and_then(|value| read_fact(&value, &spec.kind)) {
        return Ok(fact);
    }
    match (entry, &spec.kind) {
        (Entry::Items(items), FactKind::List(fields)) => {
            Ok(Fact::List(items.iter().map(|item| item.facts(fields.iter())).collect()))
        }
        (Entry::Typed(typed), _) => Err(typed.clone()),
        _ => Err(String::new()),
    }
}

/// `" ３ "` → 3; anything else that is not a plain whole number → `None` (the reader says why).
fn whole_number(text: &str) -> Option<u64> {
    let digits: String = text.trim().chars().map(awards::money::to_half_width).collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() > 9 {
        return None;
    }
    digits.parse().ok()
}

/// Saved work, checked like a file before it becomes the draft: an object, no list longer than
/// an answers file's, no text longer than a name may be (what the boxes let anyone type), and
/// nothing the draft would drop in reading it by kind: a key, a measure or a choice that no
/// question of these tables has (saved by a later release, say). Refused, the record is set
/// aside whole, never read in part.
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
        // The reader names every one; what it says of answers still being typed is not asked.
        let unknown = |e: &FieldError| {
            matches!(e.problem, Problem::UnknownKey | Problem::UnknownMeasure | Problem::UnknownChoice(_))
        };
        if let (true, Err(read)) = (errors.is_empty(), read_file(draft)) {
            errors = read.errors;
            errors.retain(unknown);
        }
    } else {
        errors.push(FieldError { path: FieldPath::root(), problem: Problem::WrongType(Expected::Object) });
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AnswersError { errors })
    }
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

    fn typed(text: &str) -> Entry {
        Entry::Typed(text.to_string())
    }

    fn area_of(id: &str) -> &'static str {
        measure(id).map_or("", |m| m.area)
    }

    #[test]
    fn typed_amounts_and_counts_are_kept_as_typed_and_read_when_checked() {
        let mut draft = Draft::default();
        draft.set(&Field::Entity("operates_in_xicheng"), Some(Entry::Flag(true)));
        draft.set(&Field::Entity("data_fields"), Some(Entry::Chosen(vec!["infrastructure"])));
        let investment = Field::Fact { measure: "6.1a", key: "investment_wan" };
        draft.set(&Field::Fact { measure: "6.1a", key: "national_pilot" }, Some(Entry::Flag(true)));
        draft.set(&investment, Some(typed("８，０００")));
        assert_eq!(draft.text(&investment), "８，０００");
        draft.set(&investment, Some(typed("8,000")));
        let standards = Field::Fact { measure: "8", key: "national" };
        draft.set(&standards, Some(typed(" ２ ")));
        let answers = draft.answers(&[area_of("6.1a"), area_of("8")]);
        let estimate = answers.map(|a| awards::engine::estimate(&a, awards::policy::POLICY.valid_from));
        assert_eq!(estimate.map(|e| e.total_wan.to_plain_string()).ok(), Some("1000".to_string()));
    }

    #[test]
    fn a_bad_amount_is_refused_at_its_own_path_and_kept() {
        let mut draft = Draft::default();
        let spend = Field::Item { measure: "9.4", list: "events", index: 0, key: "spend_wan" };
        draft.add_item("9.4", "events");
        draft.set(&spend, Some(typed("-5")));
        let errors = draft.answers(&["ecosystem"]).err().map(|e| e.errors).unwrap_or_default();
        assert_eq!(errors.iter().map(|e| e.path.clone()).collect::<Vec<_>>(), [spend.path()]);
        assert_eq!(draft.text(&spend), "-5");
        assert_eq!(spend.dom_id(), "f-claims-9-4-events-0-spend_wan");
        assert_eq!(
            label_of_path(&spend.path(), Lang::En).as_deref(),
            Some("No. 1: Actual spend on the event (in 10,000 yuan)")
        );
    }

    #[test]
    fn claims_of_areas_not_chosen_are_left_out() {
        let mut draft = Draft::default();
        draft.set(&Field::Fact { measure: "7", key: "security_products" }, Some(Entry::Flag(true)));
        draft.set(&Field::Fact { measure: "6.2", key: "rents_compute" }, Some(Entry::Flag(true)));
        let answers = draft.answers(&["security"]).unwrap_or_default();
        assert_eq!(answers.claims.keys().copied().collect::<Vec<_>>(), ["7"]);
        assert_eq!(draft.areas_claimed(), ["infrastructure", "security"]);
    }

    #[test]
    fn a_follow_up_is_asked_once_its_opener_is_answered_and_keeps_what_was_typed_while_closed() {
        let m = measure("6.2").unwrap_or(&MEASURES[0]);
        let rent = m.fact("compute_rent_paid_wan").unwrap_or(&m.facts[0]);
        let opener = Field::Fact { measure: m.id, key: "rents_compute" };
        let rent_field = Field::Fact { measure: m.id, key: rent.key };
        let mut draft = Draft::default();
        draft.set(&Field::Entity("operates_in_xicheng"), Some(Entry::Flag(true)));
        draft.set(&Field::Entity("data_fields"), Some(Entry::Chosen(vec!["infrastructure"])));
        assert!(!draft.is_asked(m, rent), "not asked before the opener is answered");
        draft.set(&opener, Some(Entry::Flag(true)));
        assert!(draft.is_asked(m, rent));
        draft.set(&rent_field, Some(typed("１５０")));
        let total = |draft: &Draft| {
            draft.answers(&["infrastructure"]).map(|a| awards::engine::estimate(&a, awards::policy::POLICY.valid_from))
        };
        assert_eq!(total(&draft).map(|e| e.total_wan.to_plain_string()), Ok("150".to_string()));

        draft.set(&opener, Some(Entry::Flag(false)));
        assert!(!draft.is_asked(m, rent));
        assert_eq!(draft.text(&rent_field), "１５０", "kept while the user is on the page");
        let closed = draft.answers(&["infrastructure"]).unwrap_or_default();
        assert_eq!(closed.claim(m.id).and_then(|c| c.get(rent.key)), None);
        assert!(!closed.to_json().contains(rent.key) && !closed.to_link_text().is_empty());
        // A bad figure in a closed follow-up stops nothing.
        draft.set(&rent_field, Some(typed("abc")));
        assert_eq!(total(&draft).map(|e| e.total_wan.to_plain_string()), Ok("0".to_string()));

        draft.set(&rent_field, Some(typed("１５０")));
        draft.set(&opener, Some(Entry::Flag(true)));
        assert_eq!(total(&draft).map(|e| e.total_wan.to_plain_string()), Ok("150".to_string()));
    }

    #[test]
    fn scenarios_are_asked_once_a_filing_is_typed_in_any_digits() {
        let m = measure("2.2b").unwrap_or(&MEASURES[0]);
        let scenarios = m.fact("scenarios_promoted").unwrap_or(&m.facts[0]);
        let mut draft = Draft::default();
        assert!(!draft.is_asked(m, scenarios));
        for (typed, asked) in [("0", false), (" ０ ", false), ("x", false), (" ３ ", true), ("1", true)] {
            draft.set(&Field::Fact { measure: m.id, key: "algorithm" }, Some(Entry::Typed(typed.to_string())));
            assert_eq!(draft.is_asked(m, scenarios), asked, "{typed:?}");
        }
    }

    /// A draft with an answer of every kind: flags, choices (several and one), a count and
    /// amounts as typed, a list's items, a follow-up closed over a typed figure, a project.
    fn every_kind() -> Draft {
        let mut draft = Draft::default();
        draft.set(&Field::Entity("operates_in_xicheng"), Some(Entry::Flag(true)));
        draft.set(&Field::Entity("data_fields"), Some(Entry::Chosen(vec!["infrastructure", "security"])));
        draft.set(&Field::Entity("name"), Some(typed(" 示例 ")));
        draft.set(&Field::Fact { measure: "8", key: "national" }, Some(typed(" ３ ")));
        draft.set(&Field::Fact { measure: "6.2", key: "rents_compute" }, Some(Entry::Flag(false)));
        draft.set(&Field::Fact { measure: "6.2", key: "compute_rent_paid_wan" }, Some(typed("１５０")));
        draft.set(&Field::Fact { measure: "3.2", key: "results_converted" }, Some(Entry::Flag(true)));
        draft.set(&Field::Fact { measure: "3.2", key: "project_level" }, Some(Entry::Chosen(vec!["beijing"])));
        draft.set(&Field::Fact { measure: "2.2a", key: "focus_fields" }, Some(Entry::Chosen(vec!["annotation"])));
        draft.add_item("9.4", "events");
        draft.add_item("9.4", "events");
        draft.set(&Field::Item { measure: "9.4", list: "events", index: 1, key: "spend_wan" }, Some(typed("1，234.5")));
        draft.add_project();
        draft.set(&Field::ProjectName(0), Some(typed("一个项目")));
        draft.set(&Field::ProjectSupport(0), Some(typed("")));
        draft.toggle_project_measure(0, "9.4");
        draft
    }

    #[test]
    fn saved_work_read_back_is_the_same_draft_with_every_answer_as_typed() {
        let draft = every_kind();
        let text = draft.to_saved().to_string();
        let saved: Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(check_saved(&saved), Ok(()));
        let back = Draft::from_value(&saved);
        assert_eq!(back, draft);
        assert_eq!(back.to_saved().to_string(), text, "written the same way again");
        assert_eq!(back.text(&Field::Fact { measure: "8", key: "national" }), " ３ ");
        assert_eq!(
            back.text(&Field::Fact { measure: "6.2", key: "compute_rent_paid_wan" }),
            "１５０",
            "closed, still kept"
        );
        assert_eq!(back.text(&Field::Item { measure: "9.4", list: "events", index: 1, key: "spend_wan" }), "1，234.5");
        assert_eq!(back.item_count("9.4", "events"), 2);
        assert_eq!(back.chosen(&Field::Fact { measure: "3.2", key: "project_level" }), ["beijing"]);
        assert_eq!(back.chosen(&Field::Entity("data_fields")), ["infrastructure", "security"]);
        assert_eq!((back.text(&Field::ProjectName(0)), back.project_measures(0)), ("一个项目", &["9.4"][..]));
    }

    #[test]
    fn the_same_answers_given_in_another_order_are_the_same_draft() {
        let (rent, pilot) = (Field::Fact { measure: "6.2", key: "rents_compute" }, Field::Entity("name"));
        let (mut first, mut second) = (Draft::default(), Draft::default());
        first.set(&rent, Some(Entry::Flag(true)));
        first.set(&pilot, Some(typed("名")));
        first.set(&Field::Fact { measure: "7", key: "security_products" }, Some(Entry::Flag(true)));
        second.set(&Field::Fact { measure: "7", key: "security_products" }, Some(Entry::Flag(true)));
        second.set(&pilot, Some(typed("名")));
        second.set(&rent, Some(Entry::Flag(true)));
        assert_eq!(first, second);
        assert_eq!(first.to_saved(), second.to_saved());
        second.set(&rent, Some(Entry::Flag(false)));
        assert_ne!(first, second, "a different answer is a different draft");
        assert_ne!(Draft::default(), every_kind());
    }

    #[test]
    fn a_file_is_read_by_kind_and_what_no_question_asks_is_dropped() {
        let file = serde_json::json!({
            "format": FORMAT,
            "version": VERSION,
            "entity": { "name": "示例", "operates_in_xicheng": true, "unknown": 1, "data_fields": ["security", "nonsense"] },
            "claims": {
                "8": { "national": 2, "nonsense": "x" },
                "3.2": { "results_converted": true, "project_level": "nowhere" },
                "99": { "anything": true },
                "7": null
            },
            "projects": [{ "name": "项目", "measures": ["8", "99"], "other_xicheng_support_wan": "5" }]
        });
        let draft = Draft::from_value(&file);
        assert_eq!(draft.text(&Field::Fact { measure: "8", key: "national" }), "2", "a count written as a number");
        assert_eq!(draft.chosen(&Field::Entity("data_fields")), ["security"]);
        assert_eq!(draft.get(&Field::Fact { measure: "3.2", key: "project_level" }), None);
        assert_eq!(
            draft.areas_claimed(),
            [area_of("3.2"), area_of("8")],
            "a null claim and an unknown measure are none"
        );
        assert!(!draft.has_claim("99") && !draft.has_claim("7"));
        assert_eq!((draft.project_measures(0), draft.text(&Field::ProjectSupport(0))), (&["8"][..], "5"));
        let saved = draft.to_saved();
        assert!(!saved.to_string().contains("nonsense") && !saved.to_string().contains("unknown"));
    }

    #[test]
    fn saved_work_holding_what_no_question_asks_is_refused_whole_and_named() {
        let mut file = every_kind().to_saved();
        assert_eq!(check_saved(&file), Ok(()), "typed counts, closed follow-ups and other areas pass");
        let paths = |file: &Value| {
            check_saved(file).err().map(|e| e.errors.into_iter().map(|e| e.path.to_string()).collect::<Vec<_>>())
        };
        file["entity"]["sector"] = Value::from("x");
        file["claims"]["99"] = serde_json::json!({});
        file["claims"]["3.2"]["project_level"] = Value::from("nowhere");
        file["claims"]["9.4"]["events"][0]["cost"] = Value::from(1);
        assert_eq!(
            paths(&file),
            Some(vec![
                "entity.sector".to_string(),
                "claims.3.2.project_level".to_string(),
                "claims.9.4.events[0].cost".to_string(),
                "claims.99".to_string(),
            ])
        );
    }

    #[test]
    fn removing_an_item_or_a_project_keeps_the_others_as_typed() {
        let mut draft = every_kind();
        draft.remove_item("9.4", "events", 0);
        assert_eq!(draft.item_count("9.4", "events"), 1);
        assert_eq!(draft.text(&Field::Item { measure: "9.4", list: "events", index: 0, key: "spend_wan" }), "1，234.5");
        draft.remove_item("9.4", "events", 5);
        assert_eq!(draft.item_count("9.4", "events"), 1, "an item not there is left alone");
        draft.set(&Field::Item { measure: "9.4", list: "events", index: 3, key: "spend_wan" }, Some(typed("1")));
        assert_eq!(draft.item_count("9.4", "events"), 1);
        draft.add_project();
        draft.set(&Field::ProjectName(1), Some(typed("第二")));
        draft.remove_project(0);
        assert_eq!((draft.project_count(), draft.text(&Field::ProjectName(0))), (1, "第二"));
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
        let mut many = Draft::default();
        for _ in 0..=MAX_ITEMS {
            many.add_project();
        }
        let paths = |draft: &Value| {
            check_saved(draft).err().map(|e| e.errors.iter().map(|e| e.path.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(paths(&many.to_saved()), Some(vec!["projects".to_string()]));
        let mut long = Draft::default();
        long.set(&Field::Entity("name"), Some(typed(&"名".repeat(MAX_TEXT_CHARS + 1))));
        assert_eq!(paths(&long.to_saved()), Some(vec!["entity.name".to_string()]));
        assert_eq!(paths(&Value::from(vec![1, 2])), Some(vec![String::new()]));
        let mut fine = Draft::default();
        fine.set(&Field::Entity("name"), Some(typed(&"名".repeat(MAX_TEXT_CHARS))));
        assert_eq!(paths(&fine.to_saved()), None);
        fine.set(&Field::Entity("contact"), Some(typed(&"联".repeat(MAX_TEXT_CHARS + 1))));
        assert_eq!(paths(&fine.to_saved()), Some(vec!["entity.contact".to_string()]));
    }

    #[test]
    fn the_credit_code_and_the_contact_are_kept_checked_and_named() {
        let mut draft = Draft::default();
        let (code, contact) = (Field::Entity("credit_code"), Field::Entity("contact"));
        draft.set(&code, Some(typed(" 91350100M000100Y43 ")));
        draft.set(&contact, Some(typed("张三，010-12345678")));
        // Saved work is the draft as typed: both come back from it as typed.
        let saved: Value = serde_json::from_str(&draft.to_saved().to_string()).unwrap_or_default();
        assert_eq!(check_saved(&saved), Ok(()));
        let saved = Draft::from_value(&saved);
        assert_eq!(saved.text(&code), " 91350100M000100Y43 ");
        let entity = saved.answers(&[]).map(|a| a.entity).unwrap_or_default();
        assert_eq!(entity.credit_code.as_deref(), Some("91350100M000100Y43"));
        assert_eq!(entity.contact.as_deref(), Some("张三，010-12345678"));

        draft.set(&code, Some(typed("91350100M000100Y44")));
        draft.set(&contact, Some(typed("  ")));
        let errors = draft.answers(&[]).err().map(|e| e.errors).unwrap_or_default();
        assert_eq!(errors.iter().map(|e| e.path.clone()).collect::<Vec<_>>(), [code.path()]);
        assert_eq!(errors.first().map(|e| e.problem.clone()), Some(Problem::BadCreditCode));
        assert_eq!(code.dom_id(), "f-entity-credit_code");
        assert_eq!(label_of_path(&code.path(), Lang::Zh), Some("统一社会信用代码".to_string()));
        assert_eq!(label_of_path(&contact.path(), Lang::En), Some("Contact person and details".to_string()));

        draft.set(&code, Some(typed("")));
        assert_eq!(draft.answers(&[]).map(|a| (a.entity.credit_code, a.entity.contact)), Ok((None, None)));
    }
}
