//! Reading an answers file in two stages: serde_json turns the text into a JSON value (keys in
//! the order written, numbers as the digits written), then one walk over the value keeps what is
//! right and collects every problem with its path instead of stopping at the first. Derived
//! `Deserialize` would stop at the first problem, and the error summary needs them all.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde_json::{Map, Number, Value};

use super::{
    keys, Answers, AnswersError, Entity, Expected, Fact, Facts, FieldError, FieldPath, Keyed, Problem, Project, FORMAT,
    MAX_COUNT, MAX_DEPTH, MAX_FILE_BYTES, MAX_ITEMS, MAX_TEXT_CHARS, VERSION,
};
use crate::money::{MoneyError, Wan};
use crate::policy::{self, Choice, FactKind, FactSpec, DATA_FIELDS};

/// The keys of the file's outer object, of `entity` and of a project, in the order written.
const FILE_KEYS: &[&str] = &["format", "version", "entity", "claims", "projects"];
const ENTITY_KEYS: &[&str] = &["name", "credit_code", "contact", "operates_in_xicheng", "data_fields", "ict_industry"];
const PROJECT_KEYS: &[&str] = &["name", "measures", "other_xicheng_support_wan"];

/// The text as a JSON value, with the paths of its repeated keys; a leading byte-order mark is
/// skipped. Too long or too deeply nested a text is refused before it is read, so every text is
/// answered in bounded time and none can exhaust the stack.
pub(super) fn parse(text: &str) -> Result<(Value, Vec<FieldPath>), FieldError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let whole_file = |problem| FieldError::new(FieldPath::root(), problem);
    check_bounds(text)?;
    let value = serde_json::from_str(text)
        .map_err(|error| whole_file(Problem::NotJson { line: error.line(), column: error.column() }))?;
    Ok((value, keys::repeated(text)))
}

/// Refuses a text too long or too deeply nested to read: the check every way in makes first.
pub fn check_bounds(text: &str) -> Result<(), FieldError> {
    let problem = if text.len() > MAX_FILE_BYTES {
        Problem::TooLarge
    } else if depth(text) > MAX_DEPTH {
        Problem::TooDeep
    } else {
        return Ok(());
    };
    Err(FieldError::new(FieldPath::root(), problem))
}

/// The deepest nesting of objects and lists in a JSON text (brackets in strings do not count).
fn depth(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for byte in text.bytes() {
        match (in_string, escaped, byte) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') => in_string = false,
            (true, false, _) => {}
            (false, _, b'"') => in_string = true,
            (false, _, b'[' | b'{') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            (false, _, _) => {}
        }
    }
    deepest
}

pub(super) fn from_json(text: &str) -> Result<Answers, AnswersError> {
    match parse(text) {
        Ok((value, repeated)) => read(&value, repeated),
        Err(error) => Err(AnswersError { errors: vec![error] }),
    }
}

pub(super) fn from_value(value: &Value) -> Result<Answers, AnswersError> {
    read(value, Vec::new())
}

/// Reads a parsed file whose repeated keys were found at `repeated`.
fn read(value: &Value, repeated: Vec<FieldPath>) -> Result<Answers, AnswersError> {
    let mut reader = Reader::default();
    for path in &repeated {
        reader.fail(path, Problem::RepeatedKey);
    }
    let answers = reader.answers(value);
    if reader.errors.is_empty() {
        Ok(answers)
    } else {
        Err(AnswersError { errors: reader.errors })
    }
}

#[derive(Default)]
struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    fn fail(&mut self, path: &FieldPath, problem: Problem) {
        self.errors.push(FieldError::new(path.clone(), problem));
    }

    fn object<'v>(&mut self, value: &'v Value, path: &FieldPath) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            _ => {
                self.fail(path, Problem::WrongType(Expected::Object));
                None
            }
        }
    }

    /// Reports every key of `map` that is not in `allowed`.
    fn refuse_unknown_keys(&mut self, map: &Map<String, Value>, path: &FieldPath, allowed: &[&str]) {
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                self.fail(&path.clone().key(key), Problem::UnknownKey);
            }
        }
    }

    fn list<'v>(&mut self, value: &'v Value, path: &FieldPath) -> Option<&'v [Value]> {
        match value {
            Value::Array(items) if items.len() > MAX_ITEMS => {
                self.fail(path, Problem::TooManyItems);
                None
            }
            Value::Array(items) => Some(items),
            _ => {
                self.fail(path, Problem::WrongType(Expected::List));
                None
            }
        }
    }

    fn flag(&mut self, value: &Value, path: &FieldPath) -> Option<bool> {
        match value {
            Value::Bool(b) => Some(*b),
            _ => {
                self.fail(path, Problem::WrongType(Expected::YesNo));
                None
            }
        }
    }

    fn count(&mut self, value: &Value, path: &FieldPath) -> Option<u32> {
        match value {
            Value::Number(n) if is_integer(n) => {
                match n.as_u64().and_then(|c| u32::try_from(c).ok()).filter(|c| *c <= MAX_COUNT) {
                    Some(count) => Some(count),
                    None => {
                        self.fail(path, Problem::CountOutOfRange);
                        None
                    }
                }
            }
            _ => {
                self.fail(path, Problem::WrongType(Expected::WholeNumber));
                None
            }
        }
    }

    fn amount(&mut self, value: &Value, path: &FieldPath) -> Option<Wan> {
        let parsed = match value {
            Value::String(text) => Wan::parse_input(text),
            Value::Number(n) => amount_of_number(n),
            _ => {
                self.fail(path, Problem::WrongType(Expected::Amount));
                return None;
            }
        };
        parsed.map_err(|e| self.fail(path, Problem::Amount(e))).ok()
    }

    fn text(&mut self, value: &Value, path: &FieldPath) -> Option<String> {
        match value {
            Value::String(text) if text.chars().count() > MAX_TEXT_CHARS => {
                self.fail(path, Problem::TooLong);
                None
            }
            Value::String(text) if text.chars().any(is_direction_control) => {
                self.fail(path, Problem::DirectionControl);
                None
            }
            Value::String(text) => Some(text.trim().to_string()),
            _ => {
                self.fail(path, Problem::WrongType(Expected::Text));
                None
            }
        }
    }

    /// A Unified Social Credit Code, trimmed; an empty one is absent. Letters must be capitals,
    /// as on the licence: the code is kept exactly as given.
    fn credit_code(&mut self, value: &Value, path: &FieldPath) -> Option<String> {
        let code = self.text(value, path).filter(|c| !c.is_empty())?;
        if is_credit_code(&code) {
            Some(code)
        } else {
            self.fail(path, Problem::BadCreditCode);
            None
        }
    }

    fn choice(&mut self, value: &Value, path: &FieldPath, choices: &'static [Choice]) -> Option<&'static str> {
        let found = value.as_str().and_then(|text| choices.iter().find(|c| c.key == text));
        match found {
            Some(choice) => Some(choice.key),
            None => {
                self.fail(path, Problem::UnknownChoice(choices.iter().map(|c| c.key).collect()));
                None
            }
        }
    }

    fn choices(&mut self, value: &Value, path: &FieldPath, choices: &'static [Choice]) -> Vec<&'static str> {
        let mut chosen = Vec::new();
        for (i, item) in self.list(value, path).unwrap_or_default().iter().enumerate() {
            let item_path = path.clone().index(i);
            if let Some(key) = self.choice(item, &item_path, choices) {
                if chosen.contains(&key) {
                    self.fail(&item_path, Problem::ListedTwice);
                } else {
                    chosen.push(key);
                }
            }
        }
        chosen
    }

    fn answers(&mut self, value: &Value) -> Answers {
        let root_path = FieldPath::root();
        let Some(root) = self.object(value, &root_path) else {
            return Answers::default();
        };
        self.refuse_unknown_keys(root, &root_path, FILE_KEYS);
        let format_path = root_path.clone().key("format");
        match root.get("format") {
            None => self.fail(&format_path, Problem::Missing),
            Some(Value::String(f)) if f == FORMAT => {}
            Some(_) => self.fail(&format_path, Problem::WrongFormat),
        }
        let version_path = root_path.clone().key("version");
        match root.get("version") {
            None => self.fail(&version_path, Problem::Missing),
            // The place where a future version 2 would migrate version 1: one version so far.
            Some(Value::Number(v)) if v.as_u64() == Some(VERSION) => {}
            Some(other) => self.fail(&version_path, Problem::UnsupportedVersion(other.to_string())),
        }
        let entity = match root.get("entity") {
            Some(value) => self.entity(value),
            None => {
                self.fail(&root_path.key("entity"), Problem::Missing);
                Entity::default()
            }
        };
        let claims = match root.get("claims") {
            Some(Value::Null) | None => Keyed::new(),
            Some(value) => self.claims(value),
        };
        let projects = match root.get("projects") {
            Some(Value::Null) | None => Vec::new(),
            Some(value) => self.projects(value),
        };
        Answers { entity, claims, projects }
    }

    fn entity(&mut self, value: &Value) -> Entity {
        let path = FieldPath::root().key("entity");
        let mut entity = Entity::default();
        let Some(map) = self.object(value, &path) else {
            return entity;
        };
        self.refuse_unknown_keys(map, &path, ENTITY_KEYS);
        for (key, value) in map {
            let field = path.clone().key(key);
            match (key.as_str(), value) {
                (_, Value::Null) => {}
                ("name", v) => entity.name = self.text(v, &field).filter(|n| !n.is_empty()),
                ("credit_code", v) => entity.credit_code = self.credit_code(v, &field),
                ("contact", v) => entity.contact = self.text(v, &field).filter(|c| !c.is_empty()),
                ("operates_in_xicheng", v) => entity.operates_in_xicheng = self.flag(v, &field).unwrap_or(false),
                ("data_fields", v) => entity.data_fields = self.choices(v, &field, DATA_FIELDS),
                ("ict_industry", v) => entity.ict_industry = self.flag(v, &field).unwrap_or(false),
                _ => {}
            }
        }
        entity
    }

    fn claims(&mut self, value: &Value) -> Keyed<Facts> {
        let mut claims = Keyed::new();
        let Some(map) = self.object(value, &FieldPath::root().key("claims")) else {
            return claims;
        };
        for (id, claim) in map {
            let path = FieldPath::claim(id);
            let Some(measure) = policy::measure(id) else {
                self.fail(&path, Problem::UnknownMeasure);
                continue;
            };
            if claim.is_null() {
                continue;
            }
            if let Some(facts) = self.facts(claim, &path, measure.facts) {
                claims.insert(measure.id, facts);
            }
        }
        claims
    }

    /// The answers to a set of questions: a claim, or one list item.
    fn facts(&mut self, value: &Value, path: &FieldPath, specs: &'static [FactSpec]) -> Option<Facts> {
        let map = self.object(value, path)?;
        let allowed: Vec<&str> = specs.iter().map(|s| s.key).collect();
        self.refuse_unknown_keys(map, path, &allowed);
        let mut facts = Facts::new();
        for spec in specs {
            let field = path.clone().key(spec.key);
            match map.get(spec.key) {
                None | Some(Value::Null) => {
                    if spec.required {
                        self.fail(&field, Problem::Missing);
                    }
                }
                Some(value) => {
                    if let Some(fact) = self.fact(value, &field, &spec.kind) {
                        facts.insert(spec.key, fact);
                    }
                }
            }
        }
        Some(facts)
    }

    fn fact(&mut self, value: &Value, path: &FieldPath, kind: &'static FactKind) -> Option<Fact> {
        match kind {
            FactKind::Flag => self.flag(value, path).map(Fact::Flag),
            FactKind::Count => self.count(value, path).map(Fact::Count),
            FactKind::Amount => self.amount(value, path).map(Fact::Amount),
            FactKind::Text => self.text(value, path).map(Fact::Text),
            FactKind::Choice(choices) => self.choice(value, path, choices).map(Fact::Choice),
            FactKind::Choices(choices) => Some(Fact::Choices(self.choices(value, path, choices))),
            FactKind::List(fields) => {
                let items = self.list(value, path)?;
                let read: Vec<Facts> = items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| self.facts(item, &path.clone().index(i), fields))
                    .collect();
                Some(Fact::List(read))
            }
        }
    }

    fn projects(&mut self, value: &Value) -> Vec<Project> {
        let mut projects = Vec::new();
        // Measure ID → the project it was first grouped in.
        let mut grouped: Keyed<usize> = Keyed::new();
        for (p, item) in self.list(value, &FieldPath::root().key("projects")).unwrap_or_default().iter().enumerate() {
            let path = FieldPath::project(p);
            let Some(map) = self.object(item, &path) else {
                continue;
            };
            self.refuse_unknown_keys(map, &path, PROJECT_KEYS);
            let mut project = Project::default();
            if let Some(name) = map.get("name").filter(|v| !v.is_null()) {
                project.name = self.text(name, &path.clone().key("name")).filter(|n| !n.is_empty());
            }
            if let Some(support) = map.get("other_xicheng_support_wan").filter(|v| !v.is_null()) {
                project.other_xicheng_support_wan =
                    self.amount(support, &path.clone().key("other_xicheng_support_wan")).unwrap_or_default();
            }
            let measures_path = path.clone().key("measures");
            match map.get("measures") {
                None | Some(Value::Null) => self.fail(&measures_path, Problem::Missing),
                Some(list) => {
                    let ids = self.list(list, &measures_path).unwrap_or_default();
                    if ids.is_empty() {
                        self.fail(&measures_path, Problem::EmptyProject);
                    }
                    for (m, id) in ids.iter().enumerate() {
                        let id_path = measures_path.clone().index(m);
                        let Some(measure) = id.as_str().and_then(policy::measure) else {
                            self.fail(&id_path, Problem::UnknownMeasure);
                            continue;
                        };
                        if measure.is_service() {
                            self.fail(&id_path, Problem::ServiceInProject);
                        } else if project.measures.contains(&measure.id) {
                            self.fail(&id_path, Problem::ListedTwice);
                        } else if let Some(first_project) = grouped.get(measure.id) {
                            self.fail(&id_path, Problem::MeasureInTwoProjects { first_project: *first_project });
                        } else {
                            grouped.insert(measure.id, p);
                            project.measures.push(measure.id);
                        }
                    }
                }
            }
            projects.push(project);
        }
        projects
    }
}

/// The characters that change the direction of the text after them: embeddings and overrides
/// (U+202A–U+202E) and isolates (U+2066–U+2069). A name holding one could turn the sentence around
/// it backwards, amounts included. A name in Arabic or Hebrew needs none of them.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The characters of a Unified Social Credit Code, each worth its place (GB 32100-2015): the
/// digits and the capitals without I, O, S, V and Z.
const CREDIT_CODE_CHARS: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Whether `code` is a Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters
/// of [`CREDIT_CODE_CHARS`], the last the check character of the first 17. Weighted by 3ⁱ mod 31
/// (1, 3, 9, 27, 19, 26, …, 28), the check is 31 − (the sum mod 31), and 31 is written 0.
pub fn is_credit_code(code: &str) -> bool {
    let values: Option<Vec<usize>> = code.bytes().map(|c| CREDIT_CODE_CHARS.iter().position(|a| *a == c)).collect();
    let Some((check, first)) = values.as_deref().and_then(<[usize]>::split_last).filter(|(_, f)| f.len() == 17) else {
        return false;
    };
    let (mut sum, mut weight) = (0, 1);
    for value in first {
        sum += value * weight;
        weight = weight * 3 % 31;
    }
    *check == (31 - sum % 31) % 31
}

/// Written without a fraction or an exponent: `12`, `-3`.
fn is_integer(number: &Number) -> bool {
    !number.as_str().contains(['.', 'e', 'E'])
}

/// A plain JSON number as an amount, read from its digits as written: exact for what people
/// write (`35.5`, `8000`, `1e3`).
fn amount_of_number(number: &Number) -> Result<Wan, MoneyError> {
    let text = number.as_str();
    let value = Decimal::from_str(text).or_else(|_| Decimal::from_scientific(text));
    match value {
        Ok(value) => Wan::checked(value),
        // Beyond what a decimal holds (`0e999` aside): far too large, or finer than any fen.
        Err(_) if is_zero(text) => Ok(Wan::ZERO),
        Err(_) if text.starts_with('-') => Err(MoneyError::Negative),
        Err(_) if magnitude_at_least_one(text) => Err(MoneyError::TooLarge),
        Err(_) => Err(MoneyError::TooManyDecimals),
    }
}

/// Zero however written: `0`, `-0.0`, `0e999`.
fn is_zero(text: &str) -> bool {
    let mantissa = text.split(['e', 'E']).next().unwrap_or_default();
    !mantissa.contains(|c: char| ('1'..='9').contains(&c))
}

/// Whether a JSON number is at least 1 in size, whatever its sign (`-12`, `3e2`, but not `0.5` or
/// `5e-1`): tells "too large" from "too fine" when a decimal cannot hold it.
fn magnitude_at_least_one(text: &str) -> bool {
    let unsigned = text.trim_start_matches('-');
    let (mantissa, exponent) = unsigned.split_once(['e', 'E']).unwrap_or((unsigned, "0"));
    // A huge exponent, either way, saturates: its sign decides, not its exact value.
    let exponent: i64 = exponent.trim_start_matches('+').parse().unwrap_or(if exponent.starts_with('-') {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    });
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let whole = whole.trim_start_matches('0');
    let decimal_exponent = if whole.is_empty() {
        match fraction.find(|c| c != '0') {
            Some(zeros) => -(zeros as i64) - 1,
            None => return false,
        }
    } else {
        whole.len() as i64 - 1
    };
    decimal_exponent.saturating_add(exponent) >= 0
}
