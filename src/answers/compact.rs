//! Share links, compact: the answers as bytes in the policy tables' own order, then base64url.
//!
//! The answers file names every key; a link need not, since both ends hold the same tables. A
//! claim is a bit in a map of the measures; a fact is a bit in a map of its measure's questions,
//! then its value: a byte for yes/no or a choice, a variable-length number for a count, an amount
//! as its decimal digits two to a byte, a name as its UTF-8. So the everything-claimed answers
//! travel in about 300 characters instead of about 3,000, few enough for a QR code.
//!
//! Layout, version 2 (the first byte; a table change that moves a key needs a new version, and
//! this module keeps reading the old ones):
//! `version · entity · claims · projects`, where
//! - entity: flags (1 in Xicheng, 2 ICT industry, 4 named, 8 with a credit code, 16 with a
//!   contact) · data fields as a list of indices · the name, the credit code and the contact,
//!   each if flagged, in that order;
//! - claims: one bit a measure of [`MEASURES`], then each claimed measure's facts;
//! - facts: one bit a question of the spec, then each answered one's value; a list is a count
//!   and its items' facts;
//! - projects: a count, then each: named (0/1) · name · measures as a list of indices · the
//!   support already received, as an amount.
//!
//! Layout 1 is layout 2 without the flags 8 and 16 (no credit code, no contact); it is still read.
//! Questions appended to the end of a measure's list (2.1's key task, 3.2's project, 5.1a's
//! platform, 6.1b's upgrade, 6.2's rent paid) and choices
//! appended to a list of choices (4.2c's Beijing second and third prizes) move no key and keep a
//! measure's map of questions the same number of bytes, so a layout 1 link means what it always
//! did. The layout went to 2 so that an app that knows only layout 1 refuses a new link rather
//! than misreads it: it would pass over a new question's bit and take that answer's bytes for the
//! next one's.
//!
//! Reading builds the answers file as a JSON value and hands it to the one reader, so a link is
//! checked exactly as a file is.

use serde_json::{json, Map, Value};

use super::{Answers, AnswersError, Fact, Facts, FieldError, FieldPath, Problem, FORMAT, MAX_ITEMS, VERSION};
use crate::money::Wan;
use crate::policy::{Choice, FactKind, FactSpec, DATA_FIELDS, MEASURES};

/// The layout this module writes.
const LAYOUT: u8 = 2;
/// The entity flags each layout may set (layout 1 had no credit code and no contact).
const FLAGS_OF_LAYOUT_1: u8 = 1 | 2 | 4;
const FLAGS_OF_LAYOUT_2: u8 = FLAGS_OF_LAYOUT_1 | 8 | 16;

/// The answers as link text: base64url without padding.
pub fn encode(answers: &Answers) -> String {
    let mut out = Writer::default();
    out.byte(LAYOUT);
    let entity = &answers.entity;
    let texts = [&entity.name, &entity.credit_code, &entity.contact].map(|t| t.as_deref().filter(|t| !t.is_empty()));
    let [named, coded, contact] = texts.map(|t| t.is_some());
    out.byte(
        u8::from(entity.operates_in_xicheng)
            | u8::from(entity.ict_industry) << 1
            | u8::from(named) << 2
            | u8::from(coded) << 3
            | u8::from(contact) << 4,
    );
    out.indices(&entity.data_fields, |key| DATA_FIELDS.iter().position(|c| c.key == key));
    for text in texts.into_iter().flatten() {
        out.text(text);
    }
    out.bits(MEASURES.iter().map(|m| answers.claims.contains_key(m.id)));
    for measure in MEASURES {
        if let Some(facts) = answers.claims.get(measure.id) {
            out.facts(measure.facts, facts);
        }
    }
    out.number(answers.projects.len());
    for project in &answers.projects {
        let name = project.name.as_deref().filter(|n| !n.is_empty());
        out.byte(u8::from(name.is_some()));
        if let Some(name) = name {
            out.text(name);
        }
        out.indices(&project.measures, |id| MEASURES.iter().position(|m| m.id == id));
        out.amount(project.other_xicheng_support_wan);
    }
    base64url(&out.bytes)
}

/// The answers of link text, checked as an answers file is; a damaged or cut link is refused
/// as a whole.
pub fn decode(text: &str) -> Result<Answers, AnswersError> {
    let damaged = || AnswersError { errors: vec![FieldError::new(FieldPath::root(), Problem::DamagedLink)] };
    let bytes = from_base64url(text).ok_or_else(damaged)?;
    let value = Reader { bytes: &bytes, at: 0 }.answers().ok_or_else(damaged)?;
    Answers::from_value(&value)
}

#[derive(Default)]
struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    fn byte(&mut self, byte: u8) {
        self.bytes.push(byte);
    }

    /// LEB128: seven bits a byte, the high bit set on all but the last.
    fn number(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.byte((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        self.byte(n as u8);
    }

    fn text(&mut self, text: &str) {
        self.number(text.len());
        self.bytes.extend_from_slice(text.as_bytes());
    }

    /// Its decimal digits two to a byte: 0–9, 10 for the point, 15 to end.
    fn amount(&mut self, amount: Wan) {
        let mut nibbles: Vec<u8> = amount
            .to_plain_string()
            .bytes()
            .filter_map(|c| match c {
                b'0'..=b'9' => Some(c - b'0'),
                b'.' => Some(10),
                _ => None,
            })
            .collect();
        nibbles.push(15);
        for pair in nibbles.chunks(2) {
            let low = pair.get(1).copied().unwrap_or(15);
            self.byte(pair[0] << 4 | low);
        }
    }

    fn bits(&mut self, bits: impl Iterator<Item = bool>) {
        let mut byte = 0u8;
        let mut count = 0;
        for bit in bits {
            byte |= u8::from(bit) << (count % 8);
            count += 1;
            if count % 8 == 0 {
                self.byte(byte);
                byte = 0;
            }
        }
        if count % 8 != 0 {
            self.byte(byte);
        }
    }

    /// A list of keys as their places in a table (a key not in it cannot be in checked answers).
    fn indices<'k>(&mut self, keys: &[&'k str], place: impl Fn(&'k str) -> Option<usize>) {
        let places: Vec<usize> = keys.iter().filter_map(|key| place(key)).collect();
        self.number(places.len());
        for place in places {
            self.number(place);
        }
    }

    fn facts(&mut self, specs: &[FactSpec], facts: &Facts) {
        self.bits(specs.iter().map(|spec| facts.contains_key(spec.key)));
        for spec in specs {
            if let Some(fact) = facts.get(spec.key) {
                self.fact(&spec.kind, fact);
            }
        }
    }

    fn fact(&mut self, kind: &FactKind, fact: &Fact) {
        match (kind, fact) {
            (FactKind::Flag, Fact::Flag(yes)) => self.byte(u8::from(*yes)),
            (FactKind::Count, Fact::Count(n)) => self.number(*n as usize),
            (FactKind::Amount, Fact::Amount(amount)) => self.amount(*amount),
            (FactKind::Text, Fact::Text(text)) => self.text(text),
            (FactKind::Choice(choices), Fact::Choice(key)) => {
                self.number(choices.iter().position(|c| c.key == *key).unwrap_or(0))
            }
            (FactKind::Choices(choices), Fact::Choices(keys)) => self.indices(keys, |key| place_of(choices, key)),
            (FactKind::List(item), Fact::List(items)) => {
                self.number(items.len());
                for facts in items {
                    self.facts(item, facts);
                }
            }
            // Checked answers hold each fact as its spec says; nothing else reaches here.
            _ => self.byte(0),
        }
    }
}

fn place_of(choices: &[Choice], key: &str) -> Option<usize> {
    choices.iter().position(|c| c.key == key)
}

/// Reads what [`Writer`] wrote, into the answers file's JSON; `None` when the bytes end early,
/// hold an index outside a table, or go on after the end.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn answers(mut self) -> Option<Value> {
        let allowed_flags = match self.byte()? {
            1 => FLAGS_OF_LAYOUT_1,
            2 => FLAGS_OF_LAYOUT_2,
            _ => return None,
        };
        let flags = self.byte()?;
        if flags & !allowed_flags != 0 {
            return None;
        }
        let mut entity = Map::new();
        let fields = self.keys(|i| DATA_FIELDS.get(i).map(|c| c.key))?;
        for (flag, key) in [(4, "name"), (8, "credit_code"), (16, "contact")] {
            if flags & flag != 0 {
                entity.insert(key.into(), Value::from(self.text()?));
            }
        }
        entity.insert("operates_in_xicheng".into(), Value::from(flags & 1 != 0));
        entity.insert("data_fields".into(), fields);
        entity.insert("ict_industry".into(), Value::from(flags & 2 != 0));
        let claimed = self.bits(MEASURES.len())?;
        let mut claims = Map::new();
        for (measure, claimed) in MEASURES.iter().zip(claimed) {
            if claimed {
                claims.insert(measure.id.into(), self.facts(measure.facts)?);
            }
        }
        let mut projects = Vec::new();
        for _ in 0..self.count()? {
            let mut project = Map::new();
            if self.byte()? == 1 {
                project.insert("name".into(), Value::from(self.text()?));
            }
            project.insert("measures".into(), self.keys(|i| MEASURES.get(i).map(|m| m.id))?);
            project.insert("other_xicheng_support_wan".into(), Value::from(self.amount()?));
            projects.push(Value::Object(project));
        }
        if self.at != self.bytes.len() {
            return None;
        }
        let mut file = json!({ "format": FORMAT, "version": VERSION, "entity": entity, "claims": claims });
        if !projects.is_empty() {
            file["projects"] = Value::Array(projects);
        }
        Some(file)
    }

    fn byte(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    fn number(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            n |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    /// A count of list items: never more than an answers file may hold.
    fn count(&mut self) -> Option<usize> {
        self.number().filter(|n| *n <= MAX_ITEMS)
    }

    fn text(&mut self) -> Option<String> {
        let length = self.number()?;
        let end = self.at.checked_add(length)?;
        let text = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?.to_string();
        self.at = end;
        Some(text)
    }

    fn amount(&mut self) -> Option<String> {
        let mut digits = String::new();
        loop {
            let byte = self.byte()?;
            for nibble in [byte >> 4, byte & 0x0f] {
                match nibble {
                    0..=9 => digits.push(char::from(b'0' + nibble)),
                    10 => digits.push('.'),
                    15 => return Some(digits),
                    _ => return None,
                }
            }
        }
    }

    fn bits(&mut self, count: usize) -> Option<Vec<bool>> {
        let mut bits = Vec::with_capacity(count);
        for _ in 0..count.div_ceil(8) {
            let byte = self.byte()?;
            bits.extend((0..8).map(|i| byte >> i & 1 == 1));
        }
        bits.truncate(count);
        Some(bits)
    }

    fn keys(&mut self, key: impl Fn(usize) -> Option<&'static str>) -> Option<Value> {
        let mut keys = Vec::new();
        for _ in 0..self.count()? {
            keys.push(Value::from(key(self.number()?)?));
        }
        Some(Value::Array(keys))
    }

    fn facts(&mut self, specs: &'static [FactSpec]) -> Option<Value> {
        let answered = self.bits(specs.len())?;
        let mut facts = Map::new();
        for (spec, answered) in specs.iter().zip(answered) {
            if answered {
                facts.insert(spec.key.into(), self.fact(&spec.kind)?);
            }
        }
        Some(Value::Object(facts))
    }

    fn fact(&mut self, kind: &'static FactKind) -> Option<Value> {
        Some(match kind {
            FactKind::Flag => Value::from(self.byte()? == 1),
            FactKind::Count => Value::from(self.number()?),
            FactKind::Amount => Value::from(self.amount()?),
            FactKind::Text => Value::from(self.text()?),
            FactKind::Choice(choices) => Value::from(choices.get(self.number()?)?.key),
            FactKind::Choices(choices) => self.keys(|i| choices.get(i).map(|c| c.key))?,
            FactKind::List(item) => {
                let mut items = Vec::new();
                for _ in 0..self.count()? {
                    items.push(self.facts(item)?);
                }
                Value::Array(items)
            }
        })
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// RFC 4648 base64url without padding. Ours rather than a crate's: twenty lines, and the first
/// load has no bytes to spare (README, "Size").
fn base64url(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let word = chunk.iter().enumerate().fold(0u32, |word, (i, b)| word | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            text.push(char::from(ALPHABET[(word >> (18 - 6 * i) & 63) as usize]));
        }
    }
    text
}

fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut word = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|a| a == c)? as u32;
            word |= value << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            bytes.push((word >> (16 - 8 * i)) as u8);
        }
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length_and_refuses_what_it_never_writes() {
        for length in 0..10u8 {
            let bytes: Vec<u8> = (0..length).map(|i| i.wrapping_mul(97).wrapping_add(250)).collect();
            let text = base64url(&bytes);
            assert!(text.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
            assert_eq!(from_base64url(&text), Some(bytes));
        }
        assert_eq!(base64url(b"Man"), "TWFu");
        assert_eq!(from_base64url("TWF"), Some(b"Ma".to_vec()));
        for bad in ["T", "TWFuT", "TW=u", "TW u", "TW+u"] {
            assert_eq!(from_base64url(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_damaged_link_is_refused_as_a_whole_and_never_panics() {
        let answers = Answers::from_json(include_str!("../../docs/examples/everything-claimed.json"));
        let link = encode(&answers.unwrap_or_default());
        for cut in [0, 1, 2, 10, link.len() / 2, link.len() - 2] {
            let refused = decode(link.get(..cut).unwrap_or_default());
            let problems: Vec<Problem> =
                refused.err().map(|e| e.errors.into_iter().map(|e| e.problem).collect()).unwrap_or_default();
            assert_eq!(problems, [Problem::DamagedLink], "cut at {cut}");
        }
        assert!(decode(&format!("{link}AA")).is_err(), "bytes after the end");
        assert!(decode("Aw").is_err(), "a layout this app does not know");
    }

    /// The everything-claimed example as the app wrote it in layout 1, before 2.1's key task,
    /// 6.2's rent paid and the Beijing round's second and third prizes.
    const EVERYTHING_LAYOUT_1: &str = "AQcGAAECAwQFHuekuuS-i-aVsOaNruenkeaKgOaciemZkOWFrOWPuP___x8DAQEDBAABAgMBDwECAAEBAQECAxXmlbDmja7lronlhajlrp7pqozlrqQAAgEBAQMBAAEBAQEBAgcS5Yy755aX5pWw5o2u6LWb6YGTAAAEAQEBAQEBAQEBAwEAAQEBAQMBgAD_AQEBAQEBDwABAgMBAQMBNaX_AQEBAQMS5pWw5o2u6KaB57Sg6K665Z2bQA8BAQEBAQEBARjlj6_kv6HmlbDmja7nqbrpl7TkuIDmnJ8CEQcP";

    fn everything() -> Answers {
        Answers::from_json(include_str!("../../docs/examples/everything-claimed.json")).unwrap_or_default()
    }

    #[test]
    fn a_layout_1_link_still_reads_as_the_same_answers() {
        assert_eq!(decode(EVERYTHING_LAYOUT_1), Ok(everything()));
    }

    #[test]
    fn the_app_writes_layout_2_which_differs_from_layout_1_only_in_its_first_byte_when_nothing_new_is_answered() {
        let link = encode(&everything());
        assert_eq!(from_base64url(&link).and_then(|b| b.first().copied()), Some(2));
        // The first byte is the first character and the top two bits of the second.
        assert_eq!(link.get(..2), Some("Ag"));
        assert_eq!(link.get(2..), EVERYTHING_LAYOUT_1.get(2..));
        assert_eq!(decode(&link), Ok(everything()));
    }

    /// The example's answers with every question added since layout 1 answered.
    fn with_everything_new() -> Answers {
        let mut answers = everything();
        answers.entity.credit_code = Some("91350100M000100Y43".into());
        answers.entity.contact = Some("张三，010-12345678".into());
        let rent = Wan::parse_input("150").unwrap_or_default();
        if let Some(facts) = answers.claims.get_mut("6.2") {
            facts.insert("compute_rent_paid_wan", Fact::Amount(rent));
        }
        if let Some(facts) = answers.claims.get_mut("2.1") {
            facts.insert("key_task_name", Fact::Text("城市数据治理重点任务".into()));
            facts.insert("key_task_level", Fact::Choice("beijing"));
        }
        let entry = |beijing: &'static str| {
            let mut facts = Facts::new();
            facts.insert("beijing", Fact::Choice(beijing));
            facts
        };
        if let Some(facts) = answers.claims.get_mut("4.2c") {
            facts.insert("entries", Fact::List(vec![entry("second_prize"), entry("third_prize")]));
        }
        answers
    }

    #[test]
    fn the_credit_code_the_contact_and_the_new_questions_and_choices_round_trip() {
        let answers = with_everything_new();
        assert_eq!(Answers::from_json(&answers.to_json()).as_ref(), Ok(&answers), "the file holds them all");
        let link = encode(&answers);
        assert_eq!(decode(&link), Ok(answers.clone()));
        let mut only_contact = answers;
        only_contact.entity.name = None;
        only_contact.entity.credit_code = None;
        assert_eq!(decode(&encode(&only_contact)), Ok(only_contact));
    }

    #[test]
    fn a_link_holding_a_bad_credit_code_is_refused_as_a_file_would_be() {
        let mut answers = everything();
        answers.entity.credit_code = Some("91350100M000100Y44".into());
        let problems = decode(&encode(&answers)).err().map(|e| e.errors).unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems.first().map(|e| (e.path.to_string(), e.problem.clone())),
            Some(("entity.credit_code".to_string(), Problem::BadCreditCode))
        );
    }

    #[test]
    fn entity_flags_a_layout_never_wrote_are_refused() {
        let bytes = |layout: u8, flags: u8| {
            // layout · flags · no data field · a name of 1 byte ("x") if flagged · no claim · no project.
            let mut bytes = vec![layout, flags, 0];
            for flag in [4, 8, 16] {
                if flags & flag != 0 {
                    bytes.extend([1, b'x']);
                }
            }
            bytes.extend(vec![0; MEASURES.len().div_ceil(8)]);
            bytes.push(0);
            base64url(&bytes)
        };
        assert!(decode(&bytes(1, 1 | 2 | 4)).is_ok());
        assert!(decode(&bytes(2, 1 | 16)).is_ok());
        for (layout, flags) in [(1, 8), (1, 16), (2, 32), (2, 128)] {
            let problems: Vec<Problem> = decode(&bytes(layout, flags))
                .err()
                .map(|e| e.errors.into_iter().map(|e| e.problem).collect())
                .unwrap_or_default();
            assert_eq!(problems, [Problem::DamagedLink], "layout {layout}, flags {flags}");
        }
    }
}
