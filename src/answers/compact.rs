//! Share links, compact: the answers as bytes that name each measure, question and choice by
//! its tag in the policy tables, then base64url.
//!
//! The answers file names every key; a link need not, since both ends hold the same tables: it
//! names a measure, a question or a choice by its tag, and writes a yes/no as a byte, a count as
//! a variable-length number, an amount as its decimal digits two to a byte, a name as its UTF-8.
//! So the everything-claimed answers travel in about 310 characters instead of about 3,000, few
//! enough for a QR code.
//!
//! **Tags, not places.** Every measure, question and choice carries a tag that never changes
//! ([`policy::Tag`]), as protocol buffers number their fields: a link names entries by it, so
//! the tables can gain an entry anywhere and be reordered freely without a new layout. A new
//! entry of a list of 2026-12-04 takes the next free tag from [`FIRST_NEW_TAG`] up; an app older
//! than it refuses a link that holds it (a tag it does not know). A removed entry leaves its tag
//! unused for ever, and an entry that changes its kind of answer is a removal and an addition.
//!
//! Layout 3 (the first byte), written since 2026-12-04:
//! `version · entity · claims · projects · check`, where
//! - entries of a list (measures, questions) are a map of their tags, then each one's value in
//!   the order of their tags; the map is a bit a tag (tag 1 is bit 0 of the first byte), its length
//!   in bytes first, up to the last byte with a bit set;
//! - entity: the organisation's questions of [`ENTITY`], those answered other than no or none
//!   (the file's defaults), less its name, credit code and contact, which a link never holds;
//! - claims: the claimed measures, each's value its answered questions; a list is a count and its
//!   items, each its answered questions;
//! - projects: a count, then each: named (0/1) · name · measures · the support already received,
//!   as an amount;
//! - a choice is its tag; a set of choices or of measures a count and their tags, in the
//!   answers' order;
//! - check: CRC-24 (RFC 4880's: polynomial 0x864CFB, from 0xB704CE) of every byte before it,
//!   version included, in 3 bytes, most significant first.
//!
//! Numbers are LEB128 (seven bits a byte, low first, the high bit set on all but the last); an
//! amount's digits are 0–9, 10 for the point and 15 to end (and to fill the last byte).
//!
//! **The check** finds every change of 24 bits or fewer in a row, so every change of one
//! character (6 bits) and every change within three bytes; any other damage, a cut or a lost
//! character among them, passes it once in 16.8 million. A link that fails it is refused as a
//! whole ([`Problem::DamagedLink`]), before anything is read.
//!
//! **Reading is strict**, in every layout: the reader accepts exactly what the writer can write,
//! so a byte the writer never writes refuses the link as damaged: a yes/no is 0 or 1; a number is
//! LEB128 in its shortest form, at most 32 bits; a tag is one its list holds; a map of tags ends
//! with a byte that has a bit set; an amount is `0` or digits not starting with 0, then perhaps a
//! point and digits not ending in 0, then 15 (15 15 when it falls first in its byte); a name is
//! UTF-8, and a project's is never empty; layout 3's entity holds neither who the organisation is
//! nor a no or an empty list; a bit map has no bit set past its table's end; the entity flags are
//! the layout's; base64url's last character leaves its unused bits 0; nothing follows the end
//! (the check). What is left, a count above 1000 or a name of 201 characters, the answers file's
//! reader refuses with its own message, as it would in a file.
//!
//! **Layouts 1 and 2** (2026-11-27 to 12-04) named entries by their places in the tables, which
//! were then in the order of their tags: links of them exist, so they are still read, strictly.
//! Layout 2 is `version · entity · claims · projects · check`, with entity: flags (1 in Xicheng,
//! 2 ICT industry, 4 named, 8 with a credit code, 16 with a contact) · data fields as a list of
//! places · the name, the credit code and the contact, each if flagged, in that order; claims: a
//! bit a measure (bit 0 first, bytes enough for the table), then each claimed measure's facts:
//! a bit a question, then each answered one's value. A place or a bit is a tag less 1, among the
//! tags below [`FIRST_NEW_TAG`]. Layout 1 (2026-11-27 to 11-29) is layout 2 without the flags 8
//! and 16, without the check, and without what [`ADDED_IN_LAYOUT_2`] lists (2.1's key task, 3.2's
//! project, 5.1a's platform, 6.1b's upgrade, 6.2's rent paid, 4.2c's Beijing second and third
//! prizes), so a layout 1 link holding one of those is refused. With no check, nothing shows that
//! such a link is whole: [`link_is_verified`] says so, and the app asks the user to check the
//! answers. The tags below [`FIRST_NEW_TAG`] are pinned (`LAYOUT_2_FINGERPRINT` in the tests):
//! they must never change.
//!
//! The links in `tests/links/`, written by the app of each layout, must open as the same answers
//! forever. Reading builds the answers file as a JSON value and hands it to the one reader, so a
//! link is checked exactly as a file is.

use serde_json::{json, Map, Value};

use super::key;
use super::{read, Answers, AnswersError, Fact, Facts, FieldError, FieldPath, Problem, FORMAT, MAX_ITEMS, VERSION};
use crate::money::Wan;
use crate::policy::{self, Choice, FactKind, FactSpec, Tag, DATA_FIELDS, ENTITY, FIRST_NEW_TAG, MEASURES};

/// The layout this module writes.
const LAYOUT: u8 = 3;
/// The entity flags layouts 1 and 2 may set (layout 1 had no credit code and no contact).
const FLAGS_OF_LAYOUT_1: u8 = 1 | 2 | 4;
const FLAGS_OF_LAYOUT_2: u8 = FLAGS_OF_LAYOUT_1 | 8 | 16;
/// The check's length in bytes; every layout from 2 on ends with it.
const CHECK_BYTES: usize = 3;

/// What layout 2 appended to the tables layout 1 knew: where (`data_fields`, `measures`, or a
/// measure's ID for its questions, its list items' questions and its choices), and the first
/// entry it added, a key that only one list there holds; that entry and every later tag of its
/// list are unknown to layout 1.
const ADDED_IN_LAYOUT_2: &[(&str, &str)] = &[
    ("2.1", policy::KEY_TASK_NAME.key),
    ("3.2", policy::PROJECT_NAME.key),
    ("4.2c", "second_prize"),
    ("5.1a", policy::PLATFORM_NAME.key),
    ("6.1b", policy::RETROFIT_NAME.key),
    ("6.2", policy::COMPUTE_RENT_PAID.key),
];

/// A list whose entries a link names by their tags: the measures, a list of questions, a list
/// of choices. One type rather than a generic, so that the first load holds one copy of each
/// function that walks a list.
#[derive(Clone, Copy)]
enum List {
    Measures,
    Facts(&'static [FactSpec]),
    Choices(&'static [Choice]),
}

impl List {
    /// The tag and the key of the entry at `index`.
    fn at(self, index: usize) -> Option<(Tag, &'static str)> {
        match self {
            List::Measures => MEASURES.get(index).map(|m| (m.tag, m.id)),
            List::Facts(specs) => specs.get(index).map(|s| (s.tag, s.key)),
            List::Choices(choices) => choices.get(index).map(|c| (c.tag, c.key)),
        }
    }

    /// Its entries' tags and keys, in the table's order.
    fn entries(self) -> impl Iterator<Item = (Tag, &'static str)> + Clone {
        (0..).map_while(move |index| self.at(index))
    }

    /// Where the entry of `tag` is.
    fn index_of(self, tag: Tag) -> Option<usize> {
        self.entries().position(|(t, _)| t == tag)
    }

    /// The tag of the entry of `key`.
    fn tag_of(self, key: &str) -> Option<Tag> {
        self.entries().find(|(_, k)| *k == key).map(|(tag, _)| tag)
    }

    /// Where its entries are, in the order of their tags.
    fn in_tag_order(self) -> Vec<usize> {
        (1..=Tag::MAX).filter_map(|tag| self.index_of(tag)).collect()
    }

    /// How many of its entries a link of layout 1 or 2 knows, in `scope`: tags 1 to that many
    /// (see the module doc).
    fn known_by_old(self, layout: u8, scope: &str) -> usize {
        let added = |&(_, key): &(Tag, &str)| ADDED_IN_LAYOUT_2.iter().any(|&(at, first)| at == scope && first == key);
        let entries = self.entries();
        let end = match layout {
            1 => entries.clone().find(added).map_or(FIRST_NEW_TAG, |(tag, _)| tag),
            _ => FIRST_NEW_TAG,
        };
        entries.filter(|(tag, _)| *tag < end).count()
    }

    /// Where the entry is that a link names by `place`, knowing `known` of the list (every tag in
    /// layout 3): the one of tag `place` + 1.
    fn at_place(self, known: usize, place: usize) -> Option<usize> {
        let tag = Tag::try_from(place.checked_add(1)?).ok().filter(|_| place < known)?;
        self.index_of(tag)
    }
}

/// The answers as link text: base64url without padding. Who the organisation is (its name,
/// credit code and contact) never goes into a link: a link or its QR code is shown on screens
/// others can read, and none of it decides a figure. The file and the report keep them; links
/// of earlier releases that hold them still open.
pub fn encode(answers: &Answers) -> String {
    let mut out = Writer::default();
    out.byte(LAYOUT);
    let entity = &answers.entity;
    // The entity's answers that are not its defaults (no, none): the file reads them as absent.
    let mut facts = Facts::new();
    if entity.operates_in_xicheng {
        facts.insert(key::OPERATES_IN_XICHENG, Fact::Flag(true));
    }
    if !entity.data_fields.is_empty() {
        facts.insert(key::DATA_FIELDS, Fact::Choices(entity.data_fields.clone()));
    }
    if entity.ict_industry {
        facts.insert(key::ICT_INDUSTRY, Fact::Flag(true));
    }
    out.facts(ENTITY, &facts);
    let mut claimed = Vec::new();
    for measure in List::Measures.in_tag_order().into_iter().filter_map(|index| MEASURES.get(index)) {
        if let Some(facts) = answers.claims.get(measure.id) {
            claimed.push((measure, facts));
        }
    }
    out.tag_map(claimed.iter().map(|(measure, _)| measure.tag));
    for (measure, facts) in claimed {
        out.facts(measure.facts, facts);
    }
    out.number(answers.projects.len());
    for project in &answers.projects {
        let name = project.name.as_deref().filter(|n| !n.is_empty());
        out.byte(u8::from(name.is_some()));
        if let Some(name) = name {
            out.text(name);
        }
        out.set(List::Measures, &project.measures);
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

    /// Which entries of a list follow: a bit a tag (tag 1 bit 0 of the first byte), its length in
    /// bytes first, up to the last byte with a bit set.
    fn tag_map(&mut self, tags: impl Iterator<Item = Tag>) {
        let mut map: Vec<u8> = Vec::new();
        for place in tags.map(|tag| usize::from(tag.saturating_sub(1))) {
            if map.len() <= place / 8 {
                map.resize(place / 8 + 1, 0);
            }
            if let Some(byte) = map.get_mut(place / 8) {
                *byte |= 1 << (place % 8);
            }
        }
        self.number(map.len());
        self.bytes.extend(map);
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

    /// Entries of a list, by key, as a count and their tags (a key not in it cannot be in
    /// checked answers).
    fn set(&mut self, list: List, keys: &[&str]) {
        let tags: Vec<Tag> = keys.iter().filter_map(|key| list.tag_of(key)).collect();
        self.number(tags.len());
        for tag in tags {
            self.number(usize::from(tag));
        }
    }

    /// The questions answered and asked: their map, then their answers in tag order.
    fn facts(&mut self, specs: &'static [FactSpec], facts: &Facts) {
        let mut answered = Vec::new();
        for spec in List::Facts(specs).in_tag_order().into_iter().filter_map(|index| specs.get(index)) {
            if let Some(fact) = facts.get(spec.key).filter(|_| read::is_asked(spec, facts)) {
                answered.push((spec, fact));
            }
        }
        self.tag_map(answered.iter().map(|(spec, _)| spec.tag));
        for (spec, fact) in answered {
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
                self.number(List::Choices(choices).tag_of(key).map_or(0, usize::from))
            }
            (FactKind::Choices(choices), Fact::Choices(keys)) => self.set(List::Choices(choices), keys),
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

/// Reads what [`Writer`] wrote (the check already taken off), or what layouts 1 and 2 wrote,
/// into the answers file's JSON; `None` at the first byte the writer could not have written
/// there in the link's layout, when the bytes end early, or when they go on after the end.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
    /// The link's layout, once read.
    layout: u8,
    /// Layouts 1 and 2: the measure being read, whose lists [`ADDED_IN_LAYOUT_2`] may shorten
    /// for layout 1.
    scope: &'static str,
}

impl Reader<'_> {
    fn answers(mut self) -> Option<Value> {
        self.layout = self.byte()?;
        let entity = match self.layout {
            1 | 2 => self.old_entity()?,
            LAYOUT => {
                // Never who the organisation is, never a default the writer leaves out.
                let entity = self.facts(ENTITY)?;
                let written =
                    |value: &Value| value.as_bool().unwrap_or(true) && value.as_array().is_none_or(|a| !a.is_empty());
                let identity = [key::NAME, key::CREDIT_CODE, key::CONTACT];
                let fine = identity.iter().all(|key| entity.get(key).is_none())
                    && entity.as_object().is_some_and(|map| map.values().all(written));
                fine.then_some(entity)?
            }
            _ => return None,
        };
        let mut claims = Map::new();
        self.scope = key::MEASURES;
        for index in self.present(List::Measures)? {
            let measure = MEASURES.get(index)?;
            self.scope = measure.id;
            claims.insert(measure.id.into(), self.facts(measure.facts)?);
        }
        let mut projects = Vec::new();
        for _ in 0..self.count()? {
            let mut project = Map::new();
            if self.flag()? {
                project.insert(key::NAME.into(), Value::from(self.name()?));
            }
            self.scope = key::MEASURES;
            project.insert(key::MEASURES.into(), self.set(List::Measures)?);
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

    /// The entity of layouts 1 and 2: its flags, its data fields, then its texts as flagged.
    fn old_entity(&mut self) -> Option<Value> {
        let allowed_flags = if self.layout == 1 { FLAGS_OF_LAYOUT_1 } else { FLAGS_OF_LAYOUT_2 };
        let flags = self.byte()?;
        if flags & !allowed_flags != 0 {
            return None;
        }
        let mut entity = Map::new();
        self.scope = key::DATA_FIELDS;
        let fields = self.set(List::Choices(DATA_FIELDS))?;
        for (flag, key) in [(4, key::NAME), (8, key::CREDIT_CODE), (16, key::CONTACT)] {
            if flags & flag != 0 {
                entity.insert(key.into(), Value::from(self.name()?));
            }
        }
        entity.insert(key::OPERATES_IN_XICHENG.into(), Value::from(flags & 1 != 0));
        entity.insert(key::DATA_FIELDS.into(), fields);
        entity.insert(key::ICT_INDUSTRY.into(), Value::from(flags & 2 != 0));
        Some(Value::Object(entity))
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

    /// Where the entries of a list are that follow, in tag order: layout 3's map by tag (a tag
    /// the list holds, no last byte of 0), or the bit map of places of layouts 1 and 2.
    fn present(&mut self, list: List) -> Option<Vec<usize>> {
        let (count, known) = if self.layout == LAYOUT {
            let bytes = self.number().filter(|n| *n <= usize::from(Tag::MAX).div_ceil(8))?;
            (bytes * 8, usize::from(Tag::MAX))
        } else {
            let known = list.known_by_old(self.layout, self.scope);
            (known, known)
        };
        let bits = self.bits(count)?;
        let last_byte = bits.get(count.saturating_sub(8)..).unwrap_or_default();
        if self.layout == LAYOUT && count > 0 && !last_byte.contains(&true) {
            return None;
        }
        let mut present = Vec::new();
        for (place, set) in bits.into_iter().enumerate() {
            if set {
                present.push(list.at_place(known, place)?);
            }
        }
        Some(present)
    }

    /// Where an entry of a list is that the link names: by its tag in layout 3, its place before.
    fn entry(&mut self, list: List) -> Option<usize> {
        let n = self.number()?;
        let (known, place) = if self.layout == LAYOUT {
            (usize::from(Tag::MAX), n.checked_sub(1)?)
        } else {
            (list.known_by_old(self.layout, self.scope), n)
        };
        list.at_place(known, place)
    }

    /// A set of a list's entries: a count and each entry, as their keys.
    fn set(&mut self, list: List) -> Option<Value> {
        let mut keys = Vec::new();
        for _ in 0..self.count()? {
            let index = self.entry(list)?;
            keys.push(Value::from(list.at(index)?.1));
        }
        Some(Value::Array(keys))
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

    /// The answers to a measure's questions, the organisation's or a list item's: which are
    /// answered, then their values.
    fn facts(&mut self, specs: &'static [FactSpec]) -> Option<Value> {
        let mut facts = Map::new();
        for index in self.present(List::Facts(specs))? {
            let spec = specs.get(index)?;
            facts.insert(spec.key.into(), self.fact(&spec.kind)?);
        }
        Some(Value::Object(facts))
    }

    fn fact(&mut self, kind: &'static FactKind) -> Option<Value> {
        Some(match kind {
            FactKind::Flag => Value::from(self.flag()?),
            FactKind::Count => Value::from(self.number()?),
            FactKind::Amount => Value::from(self.amount()?),
            FactKind::Text => Value::from(self.text()?),
            FactKind::Choice(choices) => Value::from(choices.get(self.entry(List::Choices(choices))?)?.key),
            FactKind::Choices(choices) => self.set(List::Choices(choices))?,
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

    /// The tables as layout 2 reads them, walked (`fingerprint`): the tags below
    /// [`FIRST_NEW_TAG`] must never change.
    const LAYOUT_2_FINGERPRINT: u64 = 0xe1bd_41f5_767a_3e8a;
    /// The same of layout 1, checked once against the tables of 2026-11-27 themselves (commit
    /// 1d0695f).
    const LAYOUT_1_FINGERPRINT: u64 = 0x76e3_b2b4_e253_4265;

    /// The entries of a list layout 1 or 2 knows, in the order of their places.
    fn old<T>(layout: u8, scope: &str, list: List, entries: &'static [T]) -> Vec<&'static T> {
        let known = list.known_by_old(layout, scope);
        (0..known).filter_map(|place| entries.get(list.at_place(known, place)?)).collect()
    }

    fn old_choices(layout: u8, scope: &str, choices: &'static [Choice]) -> Vec<&'static Choice> {
        old(layout, scope, List::Choices(choices), choices)
    }

    fn known_by_old(layout: u8, scope: &str, list: List) -> usize {
        list.known_by_old(layout, scope)
    }

    /// FNV-1a, 64 bits.
    struct Fingerprint(u64);

    impl Fingerprint {
        /// A word and a 0 byte, so that no two lists of words run together.
        fn word(&mut self, word: &str) {
            for byte in word.bytes().chain([0]) {
                self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }

        fn choices(&mut self, choices: Vec<&Choice>) {
            self.word("[");
            for choice in choices {
                self.word(choice.key);
            }
            self.word("]");
        }

        fn facts(&mut self, layout: u8, scope: &str, specs: &'static [FactSpec]) {
            self.word("{");
            for spec in old(layout, scope, List::Facts(specs), specs) {
                self.word(spec.key);
                match &spec.kind {
                    FactKind::Flag => self.word("flag"),
                    FactKind::Count => self.word("count"),
                    FactKind::Amount => self.word("amount"),
                    FactKind::Text => self.word("text"),
                    FactKind::Choice(choices) => {
                        self.word("choice");
                        self.choices(old_choices(layout, scope, choices));
                    }
                    FactKind::Choices(choices) => {
                        self.word("choices");
                        self.choices(old_choices(layout, scope, choices));
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

    /// Every key and kind a link of layout 1 or 2 rests on, in order: the data fields, the
    /// measures, each measure's questions, their choices and list items.
    fn fingerprint(layout: u8) -> u64 {
        let mut walk = Fingerprint(0xcbf2_9ce4_8422_2325);
        walk.choices(old_choices(layout, key::DATA_FIELDS, DATA_FIELDS));
        walk.word("measures");
        for measure in old(layout, key::MEASURES, List::Measures, MEASURES) {
            walk.word(measure.id);
            walk.facts(layout, measure.id, measure.facts);
        }
        walk.0
    }

    #[test]
    fn the_tags_links_of_layouts_1_and_2_rest_on_never_change() {
        for (layout, pinned) in [(2, LAYOUT_2_FINGERPRINT), (1, LAYOUT_1_FINGERPRINT)] {
            let now = fingerprint(layout);
            assert!(
                now == pinned,
                "links of layout {layout} name entries by their tags below {FIRST_NEW_TAG}, and what those tags \
                 name changed (the fingerprint is now {now:#018x}, not {pinned:#018x}): an entry of the tables \
                 kept a tag below {FIRST_NEW_TAG} but changed its key or its kind of answer, or was removed, or a \
                 new one took a tag below {FIRST_NEW_TAG}. Give it back its tag (and its key and kind); a new \
                 entry, or one whose answer changed its kind, takes the next free tag from {FIRST_NEW_TAG} up"
            );
        }
    }

    /// Every list of tags: the data fields, the measures, the organisation's questions, and in
    /// each measure its questions, its list items' and their choices; with where it is.
    fn every_list() -> Vec<(String, Vec<Tag>)> {
        fn facts(found: &mut Vec<(String, Vec<Tag>)>, at: &str, specs: &'static [FactSpec]) {
            found.push((at.to_string(), specs.iter().map(|s| s.tag).collect()));
            for spec in specs {
                let at = format!("{at} {}", spec.key);
                match &spec.kind {
                    FactKind::Choice(list) | FactKind::Choices(list) => {
                        found.push((at, list.iter().map(|c| c.tag).collect()))
                    }
                    FactKind::List(item) => facts(found, &at, item),
                    _ => {}
                }
            }
        }
        let mut found = vec![("measures".to_string(), MEASURES.iter().map(|m| m.tag).collect())];
        facts(&mut found, "entity", ENTITY);
        for measure in MEASURES {
            facts(&mut found, measure.id, measure.facts);
        }
        found
    }

    #[test]
    fn every_tag_is_unique_in_its_list_and_the_old_ones_run_from_1() {
        for (at, tags) in every_list() {
            let mut sorted = tags.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), tags.len(), "{at}: two entries share a tag ({tags:?})");
            let old: Vec<Tag> = sorted.iter().copied().filter(|t| *t < FIRST_NEW_TAG).collect();
            let from_1: Vec<Tag> = (1..).take(old.len()).collect();
            assert_eq!(old, from_1, "{at}: tags below {FIRST_NEW_TAG} are those of 2026-12-04, 1 on ({tags:?})");
        }
    }

    #[test]
    fn what_layout_2_added_is_the_end_of_one_list_hidden_only_from_layout_1() {
        // 2.1: key_entity, leads_key_task, then (layout 2) key_task_name, key_task_level.
        let task = policy::measure("2.1").map_or(&[][..], |m| m.facts);
        let task = List::Facts(task);
        assert_eq!((known_by_old(1, "2.1", task), known_by_old(2, "2.1", task)), (2, 4));
        // 4.2c's Beijing results: first_prize, national_finalist, then (layout 2) the second and third.
        let results = List::Choices(choices_of("4.2c", &["entries", "beijing"]));
        assert_eq!((known_by_old(1, "4.2c", results), known_by_old(2, "4.2c", results)), (2, 4));
        assert_eq!(known_by_old(1, "4.2c", List::Choices(choices_of("4.2c", &["entries", "national_prize"]))), 3);
        for &(scope, first) in ADDED_IN_LAYOUT_2 {
            let holding: Vec<_> = MEASURES
                .iter()
                .filter(|m| m.id == scope)
                .flat_map(|m| m.facts.iter())
                .filter(|s| s.key == first)
                .collect();
            if let Some(spec) = holding.first() {
                let facts = List::Facts(policy::measure(scope).map_or(&[][..], |m| m.facts));
                assert_eq!(known_by_old(1, scope, facts), usize::from(spec.tag) - 1, "{scope}: {first}");
                assert!(known_by_old(2, scope, facts) > known_by_old(1, scope, facts), "{scope}: {first}");
            }
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

    /// The answers less who the organisation is: what a link holds of them.
    fn anonymous(mut answers: Answers) -> Answers {
        answers.entity.name = None;
        answers.entity.credit_code = None;
        answers.entity.contact = None;
        answers
    }

    #[test]
    fn the_app_writes_layout_3_and_a_layout_1_link_still_reads_as_the_same_answers_but_unverified() {
        let link = encode(&everything());
        assert_eq!(from_base64url(&link).and_then(|b| b.first().copied()), Some(3));
        assert_eq!(decode(&link), Ok(anonymous(everything())));
        assert!(link_is_verified(&link));
        println!("the everything-claimed link, layout 3: {} characters", link.len());
        assert_eq!(decode(EVERYTHING_LAYOUT_1), Ok(everything()));
        assert!(!link_is_verified(EVERYTHING_LAYOUT_1));
    }

    #[test]
    fn a_link_holds_no_name_credit_code_or_contact_and_is_the_same_with_or_without_them() {
        let answers = with_everything_new();
        let link = encode(&answers);
        assert_eq!(link, encode(&anonymous(answers.clone())));
        assert_eq!(decode(&link), Ok(anonymous(answers)));
        let bytes = from_base64url(&link).unwrap_or_default();
        for identity in ["91350100M000100Y43", "张三", "示例"] {
            assert!(!bytes.windows(identity.len()).any(|w| w == identity.as_bytes()), "{identity}");
        }
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
    fn the_new_questions_and_choices_round_trip_and_the_file_keeps_who_it_is() {
        let answers = with_everything_new();
        assert_eq!(Answers::from_json(&answers.to_json()).as_ref(), Ok(&answers), "the file holds them all");
        assert_eq!(decode(&encode(&answers)), Ok(anonymous(answers.clone())), "a link all but who it is");
        let outside =
            Answers { claims: answers.claims.clone(), projects: answers.projects.clone(), ..Default::default() };
        assert_eq!(decode(&encode(&outside)), Ok(outside), "not in Xicheng, no field, not ICT");
    }

    /// Bytes as link text, with the check where the layout has one.
    fn sealed(mut bytes: Vec<u8>) -> String {
        if bytes.first().is_some_and(|layout| *layout >= 2) {
            let check = crc24(&bytes).to_be_bytes();
            bytes.extend_from_slice(&check[1..]);
        }
        base64url(&bytes)
    }

    #[test]
    fn a_link_of_layout_2_holding_a_bad_credit_code_is_refused_as_a_file_would_be() {
        // layout · flags (credit code) · no data field · the code · no claim · no project.
        let code = b"91350100M000100Y44";
        let bytes = [&[2, 8, 0, code.len() as u8][..], code, &vec![0; MEASURES.len().div_ceil(8)], &[0]].concat();
        let problems = decode(&sealed(bytes)).err().map(|e| e.errors).unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems.first().map(|e| (e.path.to_string(), e.problem.clone())),
            Some(("entity.credit_code".to_string(), Problem::BadCreditCode))
        );
    }

    /// A map of tags as layout 3 writes it: its length, then a bit a tag.
    fn map_of(tags: &[Tag]) -> Vec<u8> {
        let mut out = Writer::default();
        out.tag_map(tags.iter().copied());
        out.bytes
    }

    /// Answers to questions as a layout writes them: layouts 1 and 2 a bit map of the `known`
    /// questions then the values, layout 3 a run; each answer is (tag, value's bytes).
    fn answered(layout: u8, known: usize, answers: &[(Tag, &[u8])]) -> Vec<u8> {
        let mut bytes = Vec::new();
        if layout == LAYOUT {
            bytes = map_of(&answers.iter().map(|(tag, _)| *tag).collect::<Vec<_>>());
            for (_, value) in answers {
                bytes.extend(*value);
            }
        } else {
            let mut map = vec![0u8; known.div_ceil(8)];
            for (tag, _) in answers {
                let place = usize::from(tag - 1);
                if let Some(byte) = map.get_mut(place / 8) {
                    *byte |= 1 << (place % 8);
                }
            }
            bytes.extend(map);
            for (_, value) in answers {
                bytes.extend(*value);
            }
        }
        bytes
    }

    /// A link claiming only measure `id`, with its facts' bytes (map and values, or a run); no
    /// entity flag, no data field, no project.
    fn one_claim(layout: u8, id: &str, facts: &[u8]) -> String {
        let tag = policy::measure(id).map_or(0, |m| m.tag);
        let mut bytes = vec![layout];
        if layout == LAYOUT {
            bytes.push(0);
            bytes.extend(map_of(&[tag]));
            bytes.extend(facts);
        } else {
            bytes.extend([0, 0]);
            let known = known_by_old(layout, key::MEASURES, List::Measures);
            let mut map = vec![0u8; known.div_ceil(8)];
            let place = usize::from(tag) - 1;
            map[place / 8] |= 1 << (place % 8);
            bytes.extend(map);
            bytes.extend(facts);
        }
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

    #[test]
    fn a_layout_3_entity_never_holds_who_the_organisation_is_nor_what_the_writer_leaves_out() {
        // layout · entity run · no claim · no project.
        let link = |entity: &[u8]| sealed([&[3][..], entity, &[0, 0]].concat());
        // In Xicheng (tag 1), data fields (tag 2), ICT (tag 3); then yes, one: development (tag 4), yes.
        assert_eq!(
            decode(&link(&[1, 0b111, 1, 1, 4, 1])).map(|a| a.entity),
            Ok(crate::answers::Entity {
                operates_in_xicheng: true,
                data_fields: vec!["development"],
                ict_industry: true,
                ..Default::default()
            })
        );
        assert!(decode(&link(&[0])).is_ok(), "nothing answered");
        for (what, entity) in [
            ("a no", &[1, 0b1, 0][..]),
            ("no data field", &[1, 0b10, 0]),
            ("a name", &[1, 0b1000, 1, b'x']),
            ("a credit code", &[1, 0b1_0000, 1, b'x']),
            ("a contact", &[1, 0b10_0000, 1, b'x']),
            ("a question of no tag", &[1, 0b100_0000, 1]),
            ("a map whose last byte is 0", &[2, 0b1, 0, 1]),
            ("a map of no byte set", &[1, 0]),
            ("a map longer than 255 tags", &[&[33][..], &[0; 32], &[1]].concat()),
            ("a data field of no tag", &[1, 0b10, 1, 7]),
            ("a data field of tag 0", &[1, 0b10, 1, 0]),
        ] {
            assert_eq!(problems(&link(entity)), [Problem::DamagedLink], "{what}");
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
        for layout in [1, 2, LAYOUT] {
            // 6.1a: national_pilot (yes/no, tag 1), investment_wan (amount, tag 2).
            let pilot =
                |flag: u8, amount: &[u8]| one_claim(layout, "6.1a", &answered(layout, 2, &[(1, &[flag]), (2, amount)]));
            for good in [&[0x80, 0x00, 0xff][..], &[0x0f], &[0x0a, 0x5f], &[0x35, 0xa5, 0xff], &[0x10, 0xa0, 0x1f]] {
                assert!(decode(&pilot(1, good)).is_ok(), "layout {layout}: {good:x?}");
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
            let damaged = |link: String, what: &str| {
                assert_eq!(problems(&link), [Problem::DamagedLink], "layout {layout}: {what}");
            };
            for (what, amount) in amounts {
                damaged(pilot(1, amount), what);
            }
            damaged(pilot(2, &[0x0f]), "a yes/no of 2");
            damaged(pilot(255, &[0x0f]), "a yes/no of 255");
            if layout == LAYOUT {
                damaged(one_claim(layout, "6.1a", &[1, 0b111, 1, 0x0f, 0]), "a tag past the questions");
                damaged(one_claim(layout, "6.1a", &[2, 0b11, 0, 1, 0x0f]), "a map whose last byte is 0");
                damaged(sealed([&[3, 0][..], &map_of(&[30]), &[0, 0]].concat()), "a measure of no tag");
            } else {
                damaged(one_claim(layout, "6.1a", &[0b111, 1, 0x0f]), "a bit past the questions");
                damaged(one_claim(layout, "6.1a", &[0b1000_0001, 1]), "a bit at the end of the map's byte");
            }
            // 8: four counts; the first, tag 1.
            let standards = |count: &[u8]| one_claim(layout, "8", &answered(layout, 4, &[(1, count)]));
            assert!(decode(&standards(&[0x81, 0x01])).is_ok(), "129, shortest");
            damaged(standards(&[0x80, 0x00]), "0 in two bytes");
            damaged(standards(&[0x85, 0x80, 0x00]), "5, overlong");
            damaged(standards(&[0xff, 0xff, 0xff, 0xff, 0x1f]), "beyond 32 bits");
            // 3.1: a list of platforms (tag 1), each with a name (tag 1) and a level (tag 2);
            // 2.2a: focus fields (tag 1). A choice is its place before layout 3, its tag since.
            let first = u8::from(layout == LAYOUT);
            let platforms = |level: u8| {
                let item = answered(layout, 2, &[(2, &[level])]);
                one_claim(layout, "3.1", &answered(layout, 1, &[(1, &[&[1][..], &item].concat())]))
            };
            let levels = old_choices(layout.min(2), "3.1", choices_of("3.1", &["platforms", "level"])).len() as u8;
            assert!(decode(&platforms(levels - 1 + first)).is_ok());
            damaged(platforms(levels + first), "a choice past the table");
            let focus = |choice: u8| one_claim(layout, "2.2a", &answered(layout, 2, &[(1, &[1, choice])]));
            let fields = old_choices(layout.min(2), "2.2a", choices_of("2.2a", &["focus_fields"])).len() as u8;
            assert!(decode(&focus(fields - 1 + first)).is_ok());
            damaged(focus(fields + first), "a choice past the table");
            if layout == LAYOUT {
                damaged(focus(0), "a choice of tag 0");
            }
            // 3.1's platform name: UTF-8.
            let named = |name: &[u8]| {
                let item = answered(layout, 2, &[(1, &[&[name.len() as u8][..], name].concat()), (2, &[first])]);
                one_claim(layout, "3.1", &answered(layout, 1, &[(1, &[&[1][..], &item].concat())]))
            };
            assert!(decode(&named("平台".as_bytes())).is_ok());
            damaged(named(&[0xe5, 0xb9]), "UTF-8 cut short");
        }
    }

    #[test]
    fn the_rest_of_a_link_is_as_strict() {
        for layout in [1, 2, LAYOUT] {
            let (entity, nameless, claims): (&[u8], &[u8], Vec<u8>) = if layout == LAYOUT {
                (&[0], &[0], map_of(&[]))
            } else {
                (&[0, 0], &[4, 0, 1, b'x'], vec![0u8; MEASURES.len().div_ceil(8)])
            };
            let link = |entity: &[u8], claims: &[u8], projects: &[u8]| {
                sealed([&[layout][..], entity, claims, projects].concat())
            };
            let damaged = |text: String, what: &str| {
                assert_eq!(problems(&text), [Problem::DamagedLink], "layout {layout}: {what}")
            };
            assert!(decode(&link(nameless, &claims, &[0])).is_ok());
            if layout != LAYOUT {
                damaged(link(&[4, 0, 0], &claims, &[0]), "an empty name flagged");
                assert!(decode(&link(&[0, 2, 5, 0], &claims, &[0])).is_ok());
                damaged(link(&[0, 1, 6], &claims, &[0]), "a data field past the table");
                let mut past = claims.clone();
                if let Some(last) = past.last_mut() {
                    *last = 1 << (MEASURES.len() % 8);
                }
                damaged(link(entity, &past, &[0]), "a measure past the table");
            }
            // A project: named? · measures · support (0); measure 2.1 is place 0, tag 1.
            let measure = u8::from(layout == LAYOUT);
            assert!(decode(&link(entity, &claims, &[1, 0, 1, measure, 0x0f])).is_ok());
            assert!(decode(&link(entity, &claims, &[1, 0, 0, 0x0f])).is_err(), "a project of no measure");
            damaged(link(entity, &claims, &[1, 2, 1, measure, 0x0f]), "named = 2");
            damaged(link(entity, &claims, &[1, 1, 0, 1, measure, 0x0f]), "an empty project name");
            damaged(link(entity, &claims, &[1, 0, 1, 40, 0x0f]), "a measure past the table");
            damaged(link(entity, &claims, &[0, 0]), "a byte after the end");
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
        let link = one_claim(LAYOUT, "6.1a", &answered(LAYOUT, 2, &[(1, &[1]), (2, &[0x0f])]));
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
