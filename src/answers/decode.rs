//! Reading an answers file in two stages: serde_json turns the text into a JSON value (keys in
//! the order written, numbers as the digits written), then one walk over the value keeps what is
//! right and collects every problem with its path instead of stopping at the first. Derived
//! `Deserialize` would stop at the first problem, and the error summary needs them all.

use serde_json::{Map, Number, Value};

use super::error::excerpt;
use super::read;
use super::{
    key, repeated_keys, Answers, AnswersError, Entity, Expected, Fact, Facts, FieldError, FieldPath, Keyed, Problem,
    Project, FORMAT, MAX_COUNT, MAX_DEPTH, MAX_FILE_BYTES, MAX_ITEMS, MAX_TEXT_CHARS, VERSION,
};
use crate::money::{MoneyError, Wan};
use crate::policy::{self, Choice, FactKind, FactSpec, DATA_FIELDS};

/// The keys of the file's outer object, of `entity` and of a project, in the order written.
const FILE_KEYS: &[&str] = &[key::FORMAT, key::VERSION, key::EDITION, key::ENTITY, key::CLAIMS, key::PROJECTS];
const ENTITY_KEYS: &[&str] =
    &[key::NAME, key::CREDIT_CODE, key::CONTACT, key::OPERATES_IN_XICHENG, key::DATA_FIELDS, key::ICT_INDUSTRY];
const PROJECT_KEYS: &[&str] = &[key::NAME, key::MEASURES, key::OTHER_SUPPORT];

/// The text as a JSON value, with the paths of its repeated keys; a leading byte-order mark is
/// skipped. Too long or too deeply nested a text is refused before it is read, so every text is
/// answered in bounded time and none can exhaust the stack.
pub(super) fn parse(text: &str) -> Result<(Value, Vec<FieldPath>), FieldError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let whole_file = |problem| FieldError::new(FieldPath::root(), problem);
    check_bounds(text)?;
    let value = serde_json::from_str(text)
        .map_err(|error| whole_file(Problem::NotJson { line: error.line(), column: error.column() }))?;
    Ok((value, repeated_keys::repeated(text)))
}

/// Refuses a text too long or too deeply nested to read: the check every way in makes first.
pub fn check_bounds(text: &str) -> Result<(), FieldError> {
    let problem = if written_size(text) > MAX_FILE_BYTES {
        Problem::TooLarge
    } else if depth(text) > MAX_DEPTH {
        Problem::TooDeep
    } else {
        return Ok(());
    };
    Err(FieldError::new(FieldPath::root(), problem))
}

/// The size of a JSON text as the characters it writes, in bytes of UTF-8: an escape (`\n`,
/// `\u00e9`, half of a surrogate pair) counts as what it stands for, so the same answers measure
/// the same however they were written. (A backslash outside a string is no JSON: the parser
/// refuses it whatever it counts.)
pub fn written_size(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut size, mut at) = (0, 0);
    while let Some(&byte) = bytes.get(at) {
        let (written, read) = match (byte, bytes.get(at + 1)) {
            (b'\\', Some(b'u')) => {
                let unit = text.get(at + 2..at + 6).and_then(|hex| u16::from_str_radix(hex, 16).ok());
                let written = match unit {
                    Some(0..=0x7f) => 1,
                    // Half of a surrogate pair: two of the pair's four bytes.
                    Some(0x80..=0x7ff | 0xd800..=0xdfff) => 2,
                    Some(_) => 3,
                    None => 6,
                };
                (written, 6)
            }
            (b'\\', Some(_)) => (1, 2),
            _ => (1, 1),
        };
        size += written;
        at += read;
    }
    size
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

/// One answer, read as a file's would be: `None` where the file's reader would refuse it.
pub fn read_fact(value: &Value, kind: &'static FactKind) -> Option<Fact> {
    let mut reader = Reader::default();
    let fact = reader.fact(value, &FieldPath::root(), kind)?;
    reader.errors.is_empty().then_some(fact)
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
            // Counted as the box counts: characters, after trimming.
            Value::String(text) if text.trim().chars().count() > MAX_TEXT_CHARS => {
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
        let format_path = root_path.clone().key(key::FORMAT);
        match root.get(key::FORMAT) {
            None => self.fail(&format_path, Problem::Missing),
            Some(Value::String(f)) if f == FORMAT => {}
            Some(_) => self.fail(&format_path, Problem::WrongFormat),
        }
        let version_path = root_path.clone().key(key::VERSION);
        match root.get(key::VERSION) {
            None => self.fail(&version_path, Problem::Missing),
            // The place where a future version 2 would migrate version 1: one version so far.
            Some(Value::Number(v)) if v.as_u64() == Some(VERSION) => {}
            Some(other) => self.fail(&version_path, Problem::UnsupportedVersion(excerpt(&other.to_string()))),
        }
        // Read as any text is, and not kept: it is not an answer (`edition_of` reads it).
        if let Some(edition) = root.get(key::EDITION) {
            self.text(edition, &root_path.clone().key(key::EDITION));
        }
        let entity = match root.get(key::ENTITY) {
            Some(value) => self.entity(value),
            None => {
                self.fail(&root_path.key(key::ENTITY), Problem::Missing);
                Entity::default()
            }
        };
        let claims = match root.get(key::CLAIMS) {
            Some(Value::Null) | None => Keyed::new(),
            Some(value) => self.claims(value),
        };
        let projects = match root.get(key::PROJECTS) {
            Some(Value::Null) | None => Vec::new(),
            Some(value) => self.projects(value),
        };
        Answers { entity, claims, projects }
    }

    fn entity(&mut self, value: &Value) -> Entity {
        let path = FieldPath::root().key(key::ENTITY);
        let mut entity = Entity::default();
        let Some(map) = self.object(value, &path) else {
            return entity;
        };
        self.refuse_unknown_keys(map, &path, ENTITY_KEYS);
        for (key, value) in map {
            let field = path.clone().key(key);
            match (key.as_str(), value) {
                (_, Value::Null) => {}
                (key::NAME, v) => entity.name = self.text(v, &field).filter(|n| !n.is_empty()),
                (key::CREDIT_CODE, v) => entity.credit_code = self.credit_code(v, &field),
                (key::CONTACT, v) => entity.contact = self.text(v, &field).filter(|c| !c.is_empty()),
                (key::OPERATES_IN_XICHENG, v) => entity.operates_in_xicheng = self.flag(v, &field).unwrap_or(false),
                (key::DATA_FIELDS, v) => entity.data_fields = self.choices(v, &field, DATA_FIELDS),
                (key::ICT_INDUSTRY, v) => entity.ict_industry = self.flag(v, &field).unwrap_or(false),
                _ => {}
            }
        }
        entity
    }

    fn claims(&mut self, value: &Value) -> Keyed<Facts> {
        let mut claims = Keyed::new();
        let Some(map) = self.object(value, &FieldPath::root().key(key::CLAIMS)) else {
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
            // A follow-up not asked, as "rent paid" after "rents compute: no": dropped unread,
            // as the page never showed it (files of earlier releases may hold one).
            if !read::is_asked(spec, &facts) {
                continue;
            }
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
        for (p, item) in self.list(value, &FieldPath::root().key(key::PROJECTS)).unwrap_or_default().iter().enumerate()
        {
            let path = FieldPath::project(p);
            let Some(map) = self.object(item, &path) else {
                continue;
            };
            self.refuse_unknown_keys(map, &path, PROJECT_KEYS);
            let mut project = Project::default();
            if let Some(name) = map.get(key::NAME).filter(|v| !v.is_null()) {
                project.name = self.text(name, &path.clone().key(key::NAME)).filter(|n| !n.is_empty());
            }
            if let Some(support) = map.get(key::OTHER_SUPPORT).filter(|v| !v.is_null()) {
                project.other_xicheng_support_wan =
                    self.amount(support, &path.clone().key(key::OTHER_SUPPORT)).unwrap_or_default();
            }
            let measures_path = path.clone().key(key::MEASURES);
            match map.get(key::MEASURES) {
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

/// A plain JSON number as an amount, read exactly as the same digits written as text would be:
/// the number's digits, the point moved by any exponent (`1e3` is `1000`, `1.5e-1` is `0.15`),
/// go through the one parser of typed amounts, so a number and a string with the same digits
/// are accepted or refused alike, for the same reason. Nothing is rounded on the way: a decimal
/// holds 28 significant digits, and `8000.00000000000000000000000004` must be refused as having
/// too many decimals, not read as 8000.
fn amount_of_number(number: &Number) -> Result<Wan, MoneyError> {
    Wan::parse_input(&plain_number(number.as_str()))
}

/// More integer digits than any amount may have (100,000,000 has 9), and more decimal places
/// than any amount may have (6): a JSON number beyond either is written with just that many, so
/// that `1e999999999999` needs no trillion zeros to be refused, and for the same reason as its
/// digits written out.
const TOO_MANY_INTEGER_DIGITS: i64 = 10;
const TOO_MANY_DECIMALS: i64 = 7;

/// A JSON number's text (`-?digits(.digits)?([eE][+-]?digits)?`) without its exponent: `-1.5e2`
/// → `-150`, `1234567e-6` → `1.234567`, `0e999` → `0`. Exact, except that beyond
/// [`TOO_MANY_INTEGER_DIGITS`] or [`TOO_MANY_DECIMALS`] a run is cut to that length, which
/// [`Wan::parse_input`] refuses just as it refuses the whole run.
fn plain_number(text: &str) -> String {
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (mantissa, exponent) = unsigned.split_once(['e', 'E']).unwrap_or((unsigned, "0"));
    // A huge exponent, either way, saturates: the run it makes is cut below anyway.
    let exponent: i64 = exponent.trim_start_matches('+').parse().unwrap_or(if exponent.starts_with('-') {
        i64::MIN / 4
    } else {
        i64::MAX / 4
    });
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    // The value is 0.<significant> × 10^point.
    let significant = digits.trim_start_matches('0');
    let point = (whole.len() as i64).saturating_sub((digits.len() - significant.len()) as i64).saturating_add(exponent);
    let significant = significant.trim_end_matches('0');
    if significant.is_empty() {
        return "0".into();
    }
    let length = significant.len() as i64;
    let integer = if point <= 0 {
        "0".to_string()
    } else if point >= TOO_MANY_INTEGER_DIGITS {
        format!("1{}", "0".repeat(TOO_MANY_INTEGER_DIGITS as usize))
    } else {
        let kept = point.min(length) as usize;
        format!("{}{}", &significant[..kept], "0".repeat((point - kept as i64) as usize))
    };
    let decimals = length.saturating_sub(point);
    let fraction = if decimals <= 0 {
        String::new()
    } else if decimals >= TOO_MANY_DECIMALS {
        format!("{}1", "0".repeat(TOO_MANY_DECIMALS as usize - 1))
    } else if point < 0 {
        format!("{}{significant}", "0".repeat(point.unsigned_abs() as usize))
    } else {
        significant[point as usize..].to_string()
    };
    if fraction.is_empty() {
        format!("{sign}{integer}")
    } else {
        format!("{sign}{integer}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::super::error::MAX_EXCERPT_CHARS;
    use super::*;

    /// The amount at `claims.6.1a.investment_wan` when it is written as `written` (a JSON number
    /// or a JSON string), or the problems found.
    fn investment(written: &str) -> Result<Option<Fact>, Vec<Problem>> {
        let text = format!(
            r#"{{"format": "{FORMAT}", "version": 1, "entity": {{}}, "claims": {{"6.1a": {{"national_pilot": true, "investment_wan": {written}}}}}}}"#
        );
        match from_json(&text) {
            Ok(answers) => Ok(answers.claim("6.1a").and_then(|c| c.get("investment_wan")).cloned()),
            Err(error) => Err(error.errors.into_iter().map(|e| e.problem).collect()),
        }
    }

    #[test]
    fn a_number_is_read_exactly_as_the_same_digits_written_as_text() {
        let wholes = ["0", "1", "35", "8000", "99999999", "100000000", "100000001", "999999999", "1000000000"];
        let fractions = [
            "",
            "5",
            "000001",
            "0000001",
            "0000000",
            "000001000000",
            "00000000000000000000000004",
            "00000000000000000000000000001",
            "99999999999999999999999999999999",
        ];
        for sign in ["", "-"] {
            for whole in wholes {
                for fraction in fractions {
                    let digits = match fraction {
                        "" => format!("{sign}{whole}"),
                        _ => format!("{sign}{whole}.{fraction}"),
                    };
                    let as_number = investment(&digits);
                    assert_eq!(as_number, investment(&format!("\"{digits}\"")), "{digits}");
                }
            }
        }
    }

    #[test]
    fn digits_past_what_a_decimal_holds_are_never_rounded_away() {
        let too_fine = Err(vec![Problem::Amount(MoneyError::TooManyDecimals)]);
        for written in [
            "8000.00000000000000000000000004",
            "\"8000.00000000000000000000000004\"",
            "0.00000000000000000000000000001",
            "\"0.00000000000000000000000000001\"",
            "8000.0000001",
            "\"8000.0000001\"",
            "-0.0000001",
            "80000000000000000000000000000000000000000.1234567",
        ] {
            assert_eq!(investment(written), too_fine, "{written}");
        }
        let exact = Ok(Some(Fact::Amount(Wan::parse_input("8000.000001").unwrap_or_default())));
        assert_eq!(investment("8000.000001"), exact);
        assert_eq!(investment("\"8000.000001\""), exact);
        assert_eq!(investment("8000.000001000000000000000000000000"), exact);
        assert_eq!(investment("8.000000001e3"), exact);
        assert_eq!(investment("8000000001e-6"), exact);
        let too_large = Err(vec![Problem::Amount(MoneyError::TooLarge)]);
        assert_eq!(investment("100000000.0000000000000000000000000001e0"), too_fine);
        assert_eq!(investment("100000000000000000000000000000000000000"), too_large);
        assert_eq!(investment("-100000000000000000000000000000000000000"), too_large);
    }

    #[test]
    fn a_number_loses_its_exponent_and_keeps_its_digits() {
        for (number, plain) in [
            ("0", "0"),
            ("-0", "0"),
            ("-0.000e5", "0"),
            ("0e999999999999999999999", "0"),
            ("35.5", "35.5"),
            ("-1.5e2", "-150"),
            ("1e3", "1000"),
            ("25E+2", "2500"),
            ("1.5e-1", "0.15"),
            ("1234567e-6", "1.234567"),
            ("0.000001", "0.000001"),
            ("8000.0000001", "8000.0000001"),
            ("8000.00000000000000000000000004", "8000.0000001"),
            ("1e-999999999999", "0.0000001"),
            ("1e999999999999", "10000000000"),
            ("1e99999999999999999999999", "10000000000"),
            ("123456789012.5", "10000000000.5"),
        ] {
            assert_eq!(plain_number(number), plain, "{number}");
        }
    }

    #[test]
    fn a_version_that_cannot_be_read_is_repeated_as_a_short_escaped_excerpt() {
        let version = |written: &str| {
            let text = format!(r#"{{"format": "{FORMAT}", "version": {written}, "entity": {{}}}}"#);
            from_json(&text).err().map(|e| e.errors.into_iter().map(|e| e.problem).collect::<Vec<_>>())
        };
        assert_eq!(version("2"), Some(vec![Problem::UnsupportedVersion("2".into())]));
        assert_eq!(version("\"1\""), Some(vec![Problem::UnsupportedVersion("\"1\"".into())]));
        let huge = format!("\"{}\"", "9".repeat(150_000));
        let cut = format!("\"{}…", "9".repeat(MAX_EXCERPT_CHARS - 2));
        assert_eq!(version(&huge), Some(vec![Problem::UnsupportedVersion(cut)]));
        let turning = "\"\u{202e}2\u{2066}\u{200f}\"";
        assert_eq!(version(turning), Some(vec![Problem::UnsupportedVersion(r#""\u202e2\u2066\u200f""#.into())]));
        let lines = r#"["a\nb\u0000", {"x": "\u2028"}]"#;
        let said = match version(lines).as_deref() {
            Some([Problem::UnsupportedVersion(said)]) => said.clone(),
            other => format!("{other:?}"),
        };
        // serde_json writes `\n` and `\u0000` as escapes; the excerpt escapes the line separator.
        assert_eq!(said, r#"["a\nb\u0000",{"x":"\u2028"}]"#);
    }

    #[test]
    fn an_excerpt_holds_at_most_forty_characters_and_says_where_it_was_cut() {
        assert_eq!(excerpt(""), "");
        assert_eq!(excerpt("版本二"), "版本二");
        let forty = "x".repeat(MAX_EXCERPT_CHARS);
        assert_eq!(excerpt(&forty), forty);
        let cut = excerpt(&format!("{forty}y"));
        assert_eq!(cut, format!("{}…", "x".repeat(MAX_EXCERPT_CHARS - 1)));
        assert_eq!(cut.chars().count(), MAX_EXCERPT_CHARS);
        // An escape is never cut in half.
        let escapes = excerpt(&format!("{}\u{202e}tail", "x".repeat(36)));
        assert_eq!(escapes, format!("{}…", "x".repeat(36)));
        assert_eq!(excerpt("a\u{202e}b\tc\u{2069}"), "a\\u202eb\\u0009c\\u2069");
        for text in ["😀".repeat(100), "\u{0}".repeat(100), "ab\u{202e}".repeat(100)] {
            assert!(excerpt(&text).chars().count() <= MAX_EXCERPT_CHARS);
        }
    }
}
