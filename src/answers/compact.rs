//! Share links, compact: the answers as bytes in the policy tables' own order, then base64url.
//!
//! The answers file names every key; a link need not, since both ends hold the same tables. A
//! claim is a bit in a map of the measures; a fact is a bit in a map of its measure's questions,
//! then its value: a byte for yes/no, a variable-length number for a count or a choice, an
//! amount as its decimal digits two to a byte, a name as its UTF-8. So the everything-claimed
//! answers travel in about 300 characters instead of about 3,000, few enough for a QR code.
//!
//! Layout, version 2 (the first byte):
//! `version · entity · claims · projects · check`, where
//! - entity: flags (1 in Xicheng, 2 ICT industry, 4 named, 8 with a credit code, 16 with a
//!   contact) · data fields as a list of indices · the name, the credit code and the contact,
//!   each if flagged, in that order;
//! - claims: one bit a measure of [`MEASURES`], then each claimed measure's facts;
//! - facts: one bit a question of the spec, then each answered one's value; a list is a count
//!   and its items' facts;
//! - projects: a count, then each: named (0/1) · name · measures as a list of indices · the
//!   support already received, as an amount;
//! - check: CRC-24 (RFC 4880's: polynomial 0x864CFB, from 0xB704CE) of every byte before it,
//!   version included, in 3 bytes, most significant first.
//!
//! Numbers are LEB128 (seven bits a byte, low first, the high bit set on all but the last); a
//! list is its length and its items; an amount's digits are 0–9, 10 for the point and 15 to end
//! (and to fill the last byte); a bit map takes bytes enough for its table, bit 0 first.
//!
//! **The check** finds every change of 24 bits or fewer in a row, so every change of one
//! character (6 bits) and every change within three bytes; any other damage, a cut or a lost
//! character among them, passes it once in 16.8 million. A link that fails it is refused as a
//! whole ([`Problem::DamagedLink`]), before anything is read.
//!
//! **Reading is strict**, in every layout: the reader accepts exactly what the writer can write,
//! so a byte the writer never writes refuses the link as damaged: a yes/no is 0 or 1; a number is
//! LEB128 in its shortest form, at most 32 bits; an index lies inside its table; an amount is
//! `0` or digits not starting with 0, then perhaps a point and digits not ending in 0, then 15
//! (15 15 when it falls first in its byte); a name is UTF-8, and the entity's and a project's are
//! never empty; a bit map has no bit set past its table's end; the entity flags are the layout's;
//! base64url's last character leaves its unused bits 0; nothing follows the end (the check).
//! What is left, a count above 1000 or a name of 201 characters, the answers file's reader
//! refuses with its own message, as it would in a file.
//!
//! **Layout 1** (2026-11-27 to 11-29) is layout 2 without the flags 8 and 16 and without the check;
//! links of it exist, so it is still read, strictly, as the tables stood then: the tables less
//! what [`ADDED`] says later layouts appended (2.1's key task, 3.2's project, 5.1a's platform,
//! 6.1b's upgrade, 6.2's rent paid, 4.2c's Beijing second and third prizes), so a layout 1 link
//! holding a bit or an index of those is refused. With no check, nothing shows that such a link
//! is whole: [`link_is_verified`] says so, and the app asks the user to check the answers.
//!
//! **The tables are pinned.** A test walks the tables as each layout reads them (data fields,
//! measures, each measure's questions with their kinds, choices and list items, in order) into a
//! fingerprint and compares it with `LAYOUT_FINGERPRINT` (and layout 1's with its own). Entries
//! appended at the end of their lists keep every link of this layout meaning what it did, and an
//! older app refuses a link that answers them (a bit past its table, an index past its choices)
//! as long as no map of questions or measures grows by a byte (past 8, 16, 24 or 32 entries):
//! record where they begin in [`ADDED`] and the new fingerprint. Anything else (a key moved,
//! removed or inserted, a kind changed, a map grown by a byte) needs a new layout: bump
//! [`LAYOUT`] (the check stays), record what it appended in [`ADDED`] under it, so that an older
//! layout is still read as today's tables less what came after it, and keep the old order of
//! anything moved or removed for the old layouts' reading. The links in `tests/links/`, written
//! by the app of each layout, must open as the same answers forever.
//!
//! Reading builds the answers file as a JSON value and hands it to the one reader, so a link is
//! checked exactly as a file is.

use serde_json::{json, Map, Value};

use super::key;
use super::{read, Answers, AnswersError, Fact, Facts, FieldError, FieldPath, Problem, FORMAT, MAX_ITEMS, VERSION};
use crate::money::Wan;
use crate::policy::{self, Choice, FactKind, FactSpec, Measure, DATA_FIELDS, MEASURES};

/// The layout this module writes.
const LAYOUT: u8 = 2;
/// The tables as [`LAYOUT`] reads them, walked (`fingerprint` in the tests): a change to them
/// fails a test that says what to do.
#[cfg(test)]
const LAYOUT_FINGERPRINT: u64 = 0xe1bd_41f5_767a_3e8a;
/// The entity flags each layout may set (layout 1 had no credit code and no contact).
const FLAGS_OF_LAYOUT_1: u8 = 1 | 2 | 4;
const FLAGS_OF_LAYOUT_2: u8 = FLAGS_OF_LAYOUT_1 | 8 | 16;
/// The check's length in bytes; every layout from 2 on ends with it.
const CHECK_BYTES: usize = 3;

/// What each layout after the first appended to the tables: the layout, where (`data_fields`,
/// `measures`, or a measure's ID for its questions, its list items' questions and its choices),
/// and the first entry it added, a key that only one list there holds; that entry and every
/// later one of its list are unknown to the layouts before.
const ADDED: &[(u8, &str, &str)] = &[
    (2, "2.1", policy::KEY_TASK_NAME.key),
    (2, "3.2", policy::PROJECT_NAME.key),
    (2, "4.2c", "second_prize"),
    (2, "5.1a", policy::PLATFORM_NAME.key),
    (2, "6.1b", policy::RETROFIT_NAME.key),
    (2, "6.2", policy::COMPUTE_RENT_PAID.key),
];

/// Whether `key`, in `scope`, is where a layout after `layout` began adding to a list.
fn added_after(layout: u8, scope: &str, key: &str) -> bool {
    ADDED.iter().any(|&(added, at, first)| added > layout && at == scope && first == key)
}

/// The entries of a list in `scope` that `layout` knows: those before the first a later layout
/// added (`key` names an entry).
fn known<T>(layout: u8, scope: &str, list: &'static [T], key: fn(&T) -> &str) -> &'static [T] {
    let end = list.iter().position(|entry| added_after(layout, scope, key(entry)));
    end.and_then(|end| list.get(..end)).unwrap_or(list)
}

fn known_choices(layout: u8, scope: &str, choices: &'static [Choice]) -> &'static [Choice] {
    known(layout, scope, choices, |c| c.key)
}

fn known_facts(layout: u8, scope: &str, specs: &'static [FactSpec]) -> &'static [FactSpec] {
    known(layout, scope, specs, |s| s.key)
}

fn known_measures(layout: u8) -> &'static [Measure] {
    known(layout, "measures", MEASURES, |m| m.id)
}

/// The answers as link text: base64url without padding. Who the organisation is (its name,
/// credit code and contact) never goes into a link: a link or its QR code is shown on screens
/// others can read, and none of it decides a figure. The file and the report keep them; links
/// of earlier releases that hold them still open.
pub fn encode(answers: &Answers) -> String {
    encode_with_identity(answers, false)
}

/// The writer, with the organisation's identity (flags 4, 8 and 16) as releases before
/// 2026-12-04 wrote it when `identity` is set: the tests make such links to read them.
fn encode_with_identity(answers: &Answers, identity: bool) -> String {
    let mut out = Writer::default();
    out.byte(LAYOUT);
    let entity = &answers.entity;
    let texts = [&entity.name, &entity.credit_code, &entity.contact]
        .map(|t| t.as_deref().filter(|t| identity && !t.is_empty()));
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
    let check = crc24(&out.bytes).to_be_bytes();
    out.bytes.extend_from_slice(check.get(1..).unwrap_or_default());
    base64url(&out.bytes)
}

/// The answers of link text, checked as an answers file is; a damaged or cut link is refused
/// as a whole.
pub fn decode(text: &str) -> Result<Answers, AnswersError> {
    let damaged = || AnswersError { errors: vec![FieldError::new(FieldPath::root(), Problem::DamagedLink)] };
    let bytes = from_base64url(text).ok_or_else(damaged)?;
    let body = match bytes.first() {
        Some(1) => Some(bytes.as_slice()),
        _ => checked(&bytes),
    };
    let value = body.and_then(|bytes| Reader { bytes, at: 0, layout: 0, scope: "" }.answers()).ok_or_else(damaged)?;
    Answers::from_value(&value)
}

/// Whether link text carries a check (layout 2 on) and the check holds. A link that
/// [`decode`] accepts and this does not is of layout 1, which has no check: it opens, but nothing
/// shows that it reached the user whole.
pub fn link_is_verified(text: &str) -> bool {
    from_base64url(text).is_some_and(|bytes| checked(&bytes).is_some())
}

/// The bytes before the check, when the layout has one and it holds.
fn checked(bytes: &[u8]) -> Option<&[u8]> {
    let (body, check) = bytes.split_at_checked(bytes.len().checked_sub(CHECK_BYTES)?)?;
    let has_check = body.first().is_some_and(|layout| *layout >= 2);
    (has_check && crc24(body).to_be_bytes().get(1..) == Some(check)).then_some(body)
}

/// CRC-24 of RFC 4880, bit by bit (a table would cost a kilobyte of the first load for no
/// speed a link needs).
fn crc24(bytes: &[u8]) -> u32 {
    let mut crc = 0xB7_04CE_u32;
    for byte in bytes {
        crc ^= u32::from(*byte) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= 0x186_4CFB;
            }
        }
    }
    crc
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

    fn facts(&mut self, specs: &'static [FactSpec], facts: &Facts) {
        self.bits(specs.iter().map(|spec| read::is_asked(spec, facts) && facts.contains_key(spec.key)));
        for (spec, fact) in read::asked(specs, facts) {
            self.fact(&spec.kind, fact);
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

/// Reads what [`Writer`] wrote (the check already taken off), into the answers file's JSON;
/// `None` at the first byte the writer could not have written there in the link's layout, when
/// the bytes end early, or when they go on after the end.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
    /// The link's layout, once read.
    layout: u8,
    /// The measure being read, whose lists [`ADDED`] may shorten for an older layout.
    scope: &'static str,
}

impl Reader<'_> {
    fn answers(mut self) -> Option<Value> {
        self.layout = self.byte()?;
        let allowed_flags = match self.layout {
            1 => FLAGS_OF_LAYOUT_1,
            2 => FLAGS_OF_LAYOUT_2,
            _ => return None,
        };
        let flags = self.byte()?;
        if flags & !allowed_flags != 0 {
            return None;
        }
        let mut entity = Map::new();
        let fields = known_choices(self.layout, key::DATA_FIELDS, DATA_FIELDS);
        let fields = self.keys(&|i| fields.get(i).map(|c| c.key))?;
        for (flag, key) in [(4, key::NAME), (8, key::CREDIT_CODE), (16, key::CONTACT)] {
            if flags & flag != 0 {
                entity.insert(key.into(), Value::from(self.name()?));
            }
        }
        entity.insert(key::OPERATES_IN_XICHENG.into(), Value::from(flags & 1 != 0));
        entity.insert(key::DATA_FIELDS.into(), fields);
        entity.insert(key::ICT_INDUSTRY.into(), Value::from(flags & 2 != 0));
        let measures = known_measures(self.layout);
        let claimed = self.bits(measures.len())?;
        let mut claims = Map::new();
        for (measure, claimed) in measures.iter().zip(claimed) {
            if claimed {
                self.scope = measure.id;
                claims.insert(measure.id.into(), self.facts(measure.facts)?);
            }
        }
        let mut projects = Vec::new();
        for _ in 0..self.count()? {
            let mut project = Map::new();
            if self.flag()? {
                project.insert(key::NAME.into(), Value::from(self.name()?));
            }
            project.insert(key::MEASURES.into(), self.keys(&|i| measures.get(i).map(|m| m.id))?);
            project.insert(key::OTHER_SUPPORT.into(), Value::from(self.amount()?));
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

    /// A yes or a no: 1 or 0, nothing else.
    fn flag(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    /// LEB128 in its shortest form (no last byte of 0 after the first), at most 32 bits.
    fn number(&mut self) -> Option<usize> {
        let mut n = 0u64;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                let shortest = byte != 0 || shift == 0;
                return u32::try_from(n).ok().filter(|_| shortest).map(|n| n as usize);
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

    /// The entity's texts and a project's name: the writer leaves out an empty one.
    fn name(&mut self) -> Option<String> {
        self.text().filter(|text| !text.is_empty())
    }

    /// An amount as [`Writer::amount`] writes a plain decimal: `0` or digits not starting with 0,
    /// then perhaps a point and digits not ending in 0.
    fn amount(&mut self) -> Option<String> {
        let mut digits = String::new();
        loop {
            let byte = self.byte()?;
            match (byte >> 4, byte & 0x0f) {
                (15, 15) => break,
                (15, _) => return None,
                (high, 15) => {
                    digits.push(digit(high)?);
                    break;
                }
                (high, low) => {
                    digits.push(digit(high)?);
                    digits.push(digit(low)?);
                }
            }
        }
        let text = digits.as_bytes();
        let point = text.iter().position(|c| *c == b'.');
        let whole = point.unwrap_or(text.len());
        let plain_whole = whole == 1 || (whole > 1 && text.first() != Some(&b'0'));
        let plain_fraction = point.is_none_or(|point| {
            point + 1 < text.len() && text.last() != Some(&b'0') && !text.iter().skip(point + 1).any(|c| *c == b'.')
        });
        (plain_whole && plain_fraction).then_some(digits)
    }

    /// A bit map of `count` entries; the bits past them, which the writer leaves 0, must be 0.
    fn bits(&mut self, count: usize) -> Option<Vec<bool>> {
        let mut bits = Vec::with_capacity(count);
        for _ in 0..count.div_ceil(8) {
            let byte = self.byte()?;
            bits.extend((0..8).map(|i| byte >> i & 1 == 1));
        }
        if bits.get(count..).is_some_and(|past| past.contains(&true)) {
            return None;
        }
        bits.truncate(count);
        Some(bits)
    }

    /// A list of places in a table, as their keys.
    fn keys(&mut self, key: &dyn Fn(usize) -> Option<&'static str>) -> Option<Value> {
        let mut keys = Vec::new();
        for _ in 0..self.count()? {
            keys.push(Value::from(key(self.number()?)?));
        }
        Some(Value::Array(keys))
    }

    /// The answers to a measure's questions, or a list item's.
    fn facts(&mut self, specs: &'static [FactSpec]) -> Option<Value> {
        let specs = known_facts(self.layout, self.scope, specs);
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
            FactKind::Flag => Value::from(self.flag()?),
            FactKind::Count => Value::from(self.number()?),
            FactKind::Amount => Value::from(self.amount()?),
            FactKind::Text => Value::from(self.text()?),
            FactKind::Choice(choices) => {
                Value::from(known_choices(self.layout, self.scope, choices).get(self.number()?)?.key)
            }
            FactKind::Choices(choices) => {
                let choices = known_choices(self.layout, self.scope, choices);
                self.keys(&|i| choices.get(i).map(|c| c.key))?
            }
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

/// A nibble of an amount as its character: a digit, or 10 for the point.
fn digit(nibble: u8) -> Option<char> {
    match nibble {
        0..=9 => Some(char::from(b'0' + nibble)),
        10 => Some('.'),
        _ => None,
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

/// Refuses what [`base64url`] never writes: a character outside its alphabet, a lone last
/// character, and a last character whose bits past the last byte are not 0.
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
        let whole_bytes = chunk.len() - 1;
        if word & ((1 << (24 - 8 * whole_bytes)) - 1) != 0 {
            return None;
        }
        for i in 0..whole_bytes {
            bytes.push((word >> (16 - 8 * i)) as u8);
        }
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables as layout 1 reads them (see [`ADDED`]), walked as [`LAYOUT_FINGERPRINT`] is.
    /// Checked once against the tables of 2026-11-27 themselves (commit 1d0695f).
    const LAYOUT_1_FINGERPRINT: u64 = 0x76e3_b2b4_e253_4265;

    /// FNV-1a, 64 bits.
    struct Fingerprint(u64);

    impl Fingerprint {
        /// A word and a 0 byte, so that no two lists of words run together.
        fn word(&mut self, word: &str) {
            for byte in word.bytes().chain([0]) {
                self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }

        fn choices(&mut self, choices: &[Choice]) {
            self.word("[");
            for choice in choices {
                self.word(choice.key);
            }
            self.word("]");
        }

        fn facts(&mut self, layout: u8, scope: &str, specs: &'static [FactSpec]) {
            self.word("{");
            for spec in known_facts(layout, scope, specs) {
                self.word(spec.key);
                match &spec.kind {
                    FactKind::Flag => self.word("flag"),
                    FactKind::Count => self.word("count"),
                    FactKind::Amount => self.word("amount"),
                    FactKind::Text => self.word("text"),
                    FactKind::Choice(choices) => {
                        self.word("choice");
                        self.choices(known_choices(layout, scope, choices));
                    }
                    FactKind::Choices(choices) => {
                        self.word("choices");
                        self.choices(known_choices(layout, scope, choices));
                    }
                    FactKind::List(item) => {
                        self.word("list");
                        self.facts(layout, scope, item);
                    }
                }
            }
            self.word("}");
        }
    }

    /// Every key and kind a link of `layout` rests on, in order: the data fields, the measures,
    /// each measure's questions, their choices and list items.
    fn fingerprint(layout: u8) -> u64 {
        let mut walk = Fingerprint(0xcbf2_9ce4_8422_2325);
        walk.choices(known_choices(layout, "data_fields", DATA_FIELDS));
        walk.word("measures");
        for measure in known_measures(layout) {
            walk.word(measure.id);
            walk.facts(layout, measure.id, measure.facts);
        }
        walk.0
    }

    #[test]
    fn the_tables_are_the_ones_the_layouts_were_made_for() {
        let now = fingerprint(LAYOUT);
        let next = LAYOUT + 1;
        assert!(
            now == LAYOUT_FINGERPRINT,
            "the policy tables changed the share-link layout {LAYOUT} (its fingerprint is now {now:#018x}): \
             if questions, choices, data fields or measures were only appended at the end of their lists, and \
             no measure's or list item's questions and not the measures passed 8, 16, 24 or 32, record where \
             each list's new entries begin in ADDED under layout {LAYOUT} and update LAYOUT_FINGERPRINT to \
             {now:#018x} in src/answers/compact.rs; otherwise add layout {next} in compact.rs and keep reading \
             the old ones (its module doc says how)"
        );
        let one = fingerprint(1);
        assert!(
            one == LAYOUT_1_FINGERPRINT,
            "share links of layout 1 hold the tables of 2026-11-27, which compact.rs reads as today's tables \
             less what ADDED says later layouts appended, and that view changed (its fingerprint is now \
             {one:#018x}, not {LAYOUT_1_FINGERPRINT:#018x}): record in ADDED, under layout {LAYOUT}, where each \
             list's new entries begin; if the change is not an addition at the end of lists, old links cannot \
             be read from today's tables: add layout {next} and a way to read the old ones"
        );
    }

    /// Every list in `scope` (see [`ADDED`]): its keys, and how many of them `layout` knows.
    fn lists(layout: u8, scope: &str) -> Vec<(Vec<&'static str>, usize)> {
        fn choices(found: &mut Vec<(Vec<&'static str>, usize)>, layout: u8, scope: &str, list: &'static [Choice]) {
            found.push((list.iter().map(|c| c.key).collect(), known_choices(layout, scope, list).len()));
        }
        fn facts(found: &mut Vec<(Vec<&'static str>, usize)>, layout: u8, scope: &str, specs: &'static [FactSpec]) {
            found.push((specs.iter().map(|s| s.key).collect(), known_facts(layout, scope, specs).len()));
            for spec in specs {
                match &spec.kind {
                    FactKind::Choice(list) | FactKind::Choices(list) => choices(found, layout, scope, list),
                    FactKind::List(item) => facts(found, layout, scope, item),
                    _ => {}
                }
            }
        }
        let mut found = Vec::new();
        match scope {
            "data_fields" => choices(&mut found, layout, scope, DATA_FIELDS),
            "measures" => found.push((MEASURES.iter().map(|m| m.id).collect(), known_measures(layout).len())),
            id => {
                for measure in MEASURES.iter().filter(|m| m.id == id) {
                    facts(&mut found, layout, scope, measure.facts);
                }
            }
        }
        found
    }

    #[test]
    fn what_later_layouts_added_is_one_lists_end_hidden_only_from_the_layouts_before() {
        for &(layout, scope, first) in ADDED {
            assert!((2..=LAYOUT).contains(&layout), "{scope}: layout {layout}");
            let holding = |layout: u8| -> Vec<(Vec<&str>, usize)> {
                lists(layout, scope).into_iter().filter(|(keys, _)| keys.contains(&first)).collect()
            };
            let (before, now) = (holding(layout - 1), holding(layout));
            assert_eq!(before.len(), 1, "ADDED: {first} must be in exactly one list of {scope}");
            let (keys, known_before) = &before[0];
            assert_eq!(keys.iter().position(|k| *k == first), Some(*known_before), "{scope}: {first}");
            assert!(now[0].1 > *known_before, "layout {layout} does not know {first} in {scope}");
        }
    }

    #[test]
    fn crc24_is_rfc_4880s() {
        assert_eq!(crc24(b"123456789"), 0x21_CF02);
        assert_eq!(crc24(b""), 0xB7_04CE);
    }

    #[test]
    fn base64url_round_trips_every_length_and_refuses_what_it_never_writes() {
        for length in 0..10u8 {
            let bytes: Vec<u8> = (0..length).map(|i| i.wrapping_mul(97).wrapping_add(250)).collect();
            let text = base64url(&bytes);
            assert!(text.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
            assert_eq!(from_base64url(&text), Some(bytes));
        }
        assert_eq!(base64url(b"Man"), "TWFu");
        assert_eq!(base64url(b"Ma"), "TWE");
        assert_eq!(from_base64url("TWE"), Some(b"Ma".to_vec()));
        assert_eq!(base64url(b"M"), "TQ");
        // "TWF" and "TR" hold bits past their last byte.
        for bad in ["T", "TWFuT", "TW=u", "TW u", "TW+u", "TWF", "TR"] {
            assert_eq!(from_base64url(bad), None, "{bad}");
        }
    }

    fn problems(text: &str) -> Vec<Problem> {
        decode(text).err().map(|e| e.errors.into_iter().map(|e| e.problem).collect()).unwrap_or_default()
    }

    #[test]
    fn a_damaged_link_is_refused_as_a_whole_and_never_panics() {
        let link = encode(&everything());
        for cut in 0..link.len() {
            assert_eq!(problems(link.get(..cut).unwrap_or_default()), [Problem::DamagedLink], "cut at {cut}");
        }
        assert_eq!(problems(&format!("{link}AA")), [Problem::DamagedLink], "bytes after the end");
        assert_eq!(problems("Aw"), [Problem::DamagedLink], "a layout this app does not know");
    }

    /// The everything-claimed example as the app wrote it in layout 1, before 2.1's key task,
    /// 6.2's rent paid and the Beijing round's second and third prizes.
    const EVERYTHING_LAYOUT_1: &str = "AQcGAAECAwQFHuekuuS-i-aVsOaNruenkeaKgOaciemZkOWFrOWPuP___x8DAQEDBAABAgMBDwECAAEBAQECAxXmlbDmja7lronlhajlrp7pqozlrqQAAgEBAQMBAAEBAQEBAgcS5Yy755aX5pWw5o2u6LWb6YGTAAAEAQEBAQEBAQEBAwEAAQEBAQMBgAD_AQEBAQEBDwABAgMBAQMBNaX_AQEBAQMS5pWw5o2u6KaB57Sg6K665Z2bQA8BAQEBAQEBARjlj6_kv6HmlbDmja7nqbrpl7TkuIDmnJ8CEQcP";

    fn everything() -> Answers {
        Answers::from_json(include_str!("../../docs/examples/everything-claimed.json")).unwrap_or_default()
    }

    #[test]
    fn a_layout_1_link_still_reads_as_the_same_answers_but_unverified() {
        assert_eq!(decode(EVERYTHING_LAYOUT_1), Ok(everything()));
        assert!(!link_is_verified(EVERYTHING_LAYOUT_1));
        assert!(link_is_verified(&encode(&everything())));
    }

    /// The answers less who the organisation is: what a link holds of them.
    fn anonymous(mut answers: Answers) -> Answers {
        answers.entity.name = None;
        answers.entity.credit_code = None;
        answers.entity.contact = None;
        answers
    }

    #[test]
    fn the_app_writes_layout_2_which_is_layout_1_with_its_first_byte_and_a_check_when_nothing_new_is_answered() {
        let link = encode_with_identity(&everything(), true);
        assert_eq!(from_base64url(&link).and_then(|b| b.first().copied()), Some(2));
        // The first byte is the first character and the top two bits of the second; the link
        // is 225 bytes and the check 3 more, 4 characters.
        assert_eq!(link.get(..2), Some("Ag"));
        assert_eq!(link.len(), EVERYTHING_LAYOUT_1.len() + 4);
        assert_eq!(link.get(2..EVERYTHING_LAYOUT_1.len()), EVERYTHING_LAYOUT_1.get(2..));
        assert_eq!(decode(&link), Ok(everything()));
    }

    #[test]
    fn a_link_holds_no_name_credit_code_or_contact_and_is_the_same_with_or_without_them() {
        let answers = with_everything_new();
        let link = encode(&answers);
        assert_eq!(link, encode(&anonymous(answers.clone())));
        assert_eq!(decode(&link), Ok(anonymous(answers)));
        let everything = encode(&everything());
        // The example's name, 30 bytes of UTF-8, is the 41 characters it no longer takes.
        assert_eq!(everything.len(), EVERYTHING_LAYOUT_1.len() + 4 - 41);
        assert!(link_is_verified(&everything));
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
        assert_eq!(decode(&encode(&answers)), Ok(anonymous(answers.clone())), "a link all but who it is");
        // Links of the releases that wrote who the organisation is open with it.
        assert_eq!(decode(&encode_with_identity(&answers, true)), Ok(answers.clone()));
        let mut only_contact = answers;
        only_contact.entity.name = None;
        only_contact.entity.credit_code = None;
        assert_eq!(decode(&encode_with_identity(&only_contact, true)), Ok(only_contact));
    }

    #[test]
    fn a_link_holding_a_bad_credit_code_is_refused_as_a_file_would_be() {
        let mut answers = everything();
        answers.entity.credit_code = Some("91350100M000100Y44".into());
        let problems = decode(&encode_with_identity(&answers, true)).err().map(|e| e.errors).unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems.first().map(|e| (e.path.to_string(), e.problem.clone())),
            Some(("entity.credit_code".to_string(), Problem::BadCreditCode))
        );
    }

    /// Bytes as link text, with the check where the layout has one.
    fn sealed(mut bytes: Vec<u8>) -> String {
        if bytes.first().is_some_and(|layout| *layout >= 2) {
            let check = crc24(&bytes).to_be_bytes();
            bytes.extend_from_slice(&check[1..]);
        }
        base64url(&bytes)
    }

    /// A link claiming only measure `id`, with its facts' bytes (map and values); no entity flag,
    /// no data field, no project.
    fn one_claim(layout: u8, id: &str, facts: &[u8]) -> String {
        let mut bytes = vec![layout, 0, 0];
        let at = MEASURES.iter().position(|m| m.id == id).unwrap_or_default();
        let mut map = vec![0u8; MEASURES.len().div_ceil(8)];
        map[at / 8] |= 1 << (at % 8);
        bytes.extend(map);
        bytes.extend(facts);
        bytes.push(0);
        sealed(bytes)
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
            sealed(bytes)
        };
        assert!(decode(&bytes(1, 1 | 2 | 4)).is_ok());
        assert!(decode(&bytes(2, 1 | 16)).is_ok());
        for (layout, flags) in [(1, 8), (1, 16), (2, 32), (2, 128)] {
            assert_eq!(problems(&bytes(layout, flags)), [Problem::DamagedLink], "layout {layout}, flags {flags}");
        }
    }

    /// The choices of a question, found by its measure and its path of keys.
    fn choices_of(id: &str, path: &[&str]) -> &'static [Choice] {
        let mut specs = MEASURES.iter().find(|m| m.id == id).map(|m| m.facts).unwrap_or_default();
        for key in path {
            match specs.iter().find(|s| s.key == *key).map(|s| &s.kind) {
                Some(FactKind::List(item)) => specs = item,
                Some(FactKind::Choice(choices) | FactKind::Choices(choices)) => return choices,
                _ => break,
            }
        }
        &[]
    }

    #[test]
    fn every_byte_the_writer_never_writes_is_refused_as_damage() {
        // 6.1a: national_pilot (yes/no), investment_wan (amount): both answered, then the values.
        let pilot = |flag: u8, amount: &[u8]| [&[0b11, flag][..], amount].concat();
        for layout in [1, 2] {
            let read = |facts: &[u8]| decode(&one_claim(layout, "6.1a", facts));
            for good in [&[0x80, 0x00, 0xff][..], &[0x0f], &[0x0a, 0x5f], &[0x35, 0xa5, 0xff], &[0x10, 0xa0, 0x1f]] {
                assert!(read(&pilot(1, good)).is_ok(), "layout {layout}: {good:x?}");
            }
            let amounts: [(&str, &[u8]); 10] = [
                ("no digit", &[0xff]),
                ("a leading 0", &[0x05, 0xff]),
                ("two 0s", &[0x00, 0xff]),
                ("a point first", &[0xa5, 0xff]),
                ("a point last", &[0x5a, 0xff]),
                ("a trailing 0 after the point", &[0x0a, 0x50, 0xff]),
                ("two points", &[0x1a, 0x2a, 0x3f]),
                ("a nibble of 11", &[0x1b, 0xff]),
                ("15 then not 15", &[0x1f, 0xf0]),
                ("no end", &[0x12, 0x34]),
            ];
            for (what, amount) in amounts {
                assert_eq!(problems(&one_claim(layout, "6.1a", &pilot(1, amount))), [Problem::DamagedLink], "{what}");
            }
            let damaged = |facts: &[u8], what: &str| {
                assert_eq!(
                    problems(&one_claim(layout, "6.1a", facts)),
                    [Problem::DamagedLink],
                    "layout {layout}: {what}"
                );
            };
            damaged(&pilot(2, &[0x0f]), "a yes/no of 2");
            damaged(&pilot(255, &[0x0f]), "a yes/no of 255");
            damaged(&[0b111, 1, 0x0f], "a bit past the questions");
            damaged(&[0b1000_0001, 1], "a bit at the end of the map's byte");
            // 8: four counts.
            let standards = |facts: &[u8]| one_claim(layout, "8", facts);
            assert!(decode(&standards(&[0b1, 0x81, 0x01])).is_ok(), "129, shortest");
            assert_eq!(problems(&standards(&[0b1, 0x80, 0x00])), [Problem::DamagedLink], "0 in two bytes");
            assert_eq!(problems(&standards(&[0b1, 0x85, 0x80, 0x00])), [Problem::DamagedLink], "5, overlong");
            assert_eq!(
                problems(&standards(&[0b1, 0xff, 0xff, 0xff, 0xff, 0x1f])),
                [Problem::DamagedLink],
                "beyond 32 bits"
            );
            // 3.1: a list of platforms, each with a name and a level; 2.2a: focus fields.
            let platforms = |level: usize| one_claim(layout, "3.1", &[0b1, 1, 0b10, level as u8]);
            let levels = known_choices(layout, "3.1", choices_of("3.1", &["platforms", "level"])).len();
            assert!(decode(&platforms(levels - 1)).is_ok());
            assert_eq!(problems(&platforms(levels)), [Problem::DamagedLink], "a choice past the table");
            let focus = |place: usize| one_claim(layout, "2.2a", &[0b1, 1, place as u8]);
            let fields = known_choices(layout, "2.2a", choices_of("2.2a", &["focus_fields"])).len();
            assert!(decode(&focus(fields - 1)).is_ok());
            assert_eq!(problems(&focus(fields)), [Problem::DamagedLink], "a choice past the table");
            // 3.1's platform name: UTF-8.
            let named = |name: &[u8]| {
                one_claim(layout, "3.1", &[[0b1, 1, 0b11, name.len() as u8].as_slice(), name, &[0]].concat())
            };
            assert!(decode(&named("平台".as_bytes())).is_ok());
            assert_eq!(problems(&named(&[0xe5, 0xb9])), [Problem::DamagedLink], "UTF-8 cut short");
        }
    }

    #[test]
    fn the_rest_of_a_link_is_as_strict() {
        let claims = vec![0u8; MEASURES.len().div_ceil(8)];
        let link = |layout: u8, entity: &[u8], claims: &[u8], projects: &[u8]| {
            sealed([&[layout][..], entity, claims, projects].concat())
        };
        for layout in [1, 2] {
            let damaged = |text: String, what: &str| {
                assert_eq!(problems(&text), [Problem::DamagedLink], "layout {layout}: {what}")
            };
            assert!(decode(&link(layout, &[4, 0, 1, b'x'], &claims, &[0])).is_ok());
            damaged(link(layout, &[4, 0, 0], &claims, &[0]), "an empty name flagged");
            assert!(decode(&link(layout, &[0, 2, 5, 0], &claims, &[0])).is_ok());
            damaged(link(layout, &[0, 1, 6], &claims, &[0]), "a data field past the table");
            let mut past = claims.clone();
            if let Some(last) = past.last_mut() {
                *last = 1 << (MEASURES.len() % 8);
            }
            damaged(link(layout, &[0, 0], &past, &[0]), "a measure past the table");
            // A project: named? · measures · support (0).
            assert!(decode(&link(layout, &[0, 0], &claims, &[1, 0, 0, 0x0f])).is_err(), "a project of no measure");
            damaged(link(layout, &[0, 0], &claims, &[1, 2, 1, 0, 0x0f]), "named = 2");
            damaged(link(layout, &[0, 0], &claims, &[1, 1, 0, 1, 0, 0x0f]), "an empty project name");
            damaged(link(layout, &[0, 0], &claims, &[0, 0]), "a byte after the end");
        }
    }

    #[test]
    fn a_layout_1_link_cannot_hold_what_layout_2_added() {
        // 2.1: key_entity, leads_key_task, then (layout 2) key_task_name, key_task_level.
        let task = |layout: u8| one_claim(layout, "2.1", &[0b1011, 1, 1, 1]);
        assert!(decode(&task(2)).is_ok());
        assert_eq!(problems(&task(1)), [Problem::DamagedLink]);
        // 4.2c's Beijing result: first_prize, national_finalist, then (layout 2) second and third.
        // An entry's questions: name, national_prize, beijing.
        let entry = |layout: u8, result: u8| one_claim(layout, "4.2c", &[0b1, 1, 0b100, result]);
        assert!(decode(&entry(1, 1)).is_ok());
        assert!(decode(&entry(2, 3)).is_ok());
        assert_eq!(problems(&entry(1, 2)), [Problem::DamagedLink]);
    }

    #[test]
    fn a_check_that_does_not_hold_is_refused_and_a_layout_1_link_is_never_verified() {
        let link = one_claim(2, "6.1a", &[0b11, 1, 0x0f]);
        assert!(link_is_verified(&link));
        let mut bytes = from_base64url(&link).unwrap_or_default();
        if let Some(last) = bytes.last_mut() {
            *last ^= 1;
        }
        assert!(!link_is_verified(&base64url(&bytes)));
        assert_eq!(problems(&base64url(&bytes)), [Problem::DamagedLink]);
        let old = one_claim(1, "6.1a", &[0b11, 1, 0x0f]);
        assert!(decode(&old).is_ok());
        assert!(!link_is_verified(&old));
        // A layout 1 link with a check after it is not a layout 1 link.
        let mut sealed_old = from_base64url(&old).unwrap_or_default();
        let check = crc24(&sealed_old).to_be_bytes();
        sealed_old.extend_from_slice(&check[1..]);
        assert!(decode(&base64url(&sealed_old)).is_err());
        assert!(!link_is_verified("") && !link_is_verified("Ag") && !link_is_verified("*"));
    }
}
