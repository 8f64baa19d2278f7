//! The answers file, version 1: what a user told the self-check, as one plain value.
//!
//! It is a public contract (see `docs/answers-format.md`): the app saves, exports, imports and
//! shares it, and the case files embed it. Reading one goes in two stages, text → JSON value
//! (serde_json) → checked answers, so that every problem is reported at once with its
//! [`FieldPath`]; [`Answers::to_json`] writes it back through serde.

pub mod case;
mod compact;
mod decode;
mod encode;
mod error;
pub mod key;
mod path;
pub mod read;
mod repeated_keys;

use std::collections::BTreeMap;

pub use compact::link_is_verified;
pub use decode::{check_bounds, is_credit_code, is_direction_control, read_fact, written_size};
pub use error::{AnswersError, Expected, FieldError, Problem};
pub use path::{FieldPath, Segment};
use serde::Serialize;
use serde_json::Value;

use crate::money::Wan;

/// The value of the `format` key.
pub const FORMAT: &str = "xicheng-data-awards/answers";
/// The version this app writes, and the newest it reads.
pub const VERSION: u64 = 1;
/// The most items a list (platforms, entries, events, projects) may hold: more than any real
/// organisation has (a project needs one of the 26 measures with an amount, so there are at
/// most 26 projects), and few enough that every page stays quick.
pub const MAX_ITEMS: usize = 100;
/// The longest answers text, checked before parsing, for imports, saved work and old links alike:
/// in bytes of UTF-8 of the characters it writes, so an escape (`\u00e9`) counts as the character
/// it stands for and a UTF-16 file as its text. Limits are on the answers (lists, names, digits);
/// this bound only stops a text that cannot be answers before any work is done on it, so it sits
/// above the largest answers a user can give however they are written (`largest.rs` holds it there).
pub const MAX_FILE_BYTES: usize = 600_000;
/// The most bytes one byte of answers can take once written: a control character escaped
/// (`\u0001`, six characters) in UTF-16 (two bytes each). A file or an old link longer than this
/// many times [`MAX_FILE_BYTES`] is refused before it is read.
pub const WIDEST_WRITING: usize = 12;
/// The longest share link's answers text (after `#s=`), in characters: above the largest
/// answers' link, checked before decoding.
pub const MAX_LINK_CHARS: usize = 600_000;
/// The deepest nesting of objects and lists a file may have (an answers file has 5).
pub const MAX_DEPTH: usize = 32;
/// The largest count (filings, standards).
pub const MAX_COUNT: u32 = 1000;
/// The longest name, in characters.
pub const MAX_TEXT_CHARS: usize = 200;

/// The text of an imported file's bytes: UTF-8 (a byte-order mark dropped), or UTF-16 with its
/// byte-order mark. Anything else is refused with the place it fails, never decoded by guess.
pub fn text_of_file(bytes: &[u8]) -> Result<String, AnswersError> {
    let not_utf8 =
        |at: usize| AnswersError { errors: vec![FieldError::new(FieldPath::root(), Problem::NotUtf8 { at })] };
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| {
        if rest.len() % 2 != 0 {
            return Err(not_utf8(rest.len() + 2));
        }
        // Pairs of bytes (the length is even); anything else would read as a lone surrogate.
        let units = rest.chunks_exact(2).map(|pair| match pair {
            [first, second] => unit([*first, *second]),
            _ => 0xdc00,
        });
        char::decode_utf16(units)
            .enumerate()
            .map(|(i, c)| c.map_err(|_| not_utf8(2 * i + 3)))
            .collect::<Result<String, AnswersError>>()
    };
    match bytes {
        [0xef, 0xbb, 0xbf, rest @ ..] => {
            std::str::from_utf8(rest).map(str::to_string).map_err(|e| not_utf8(e.valid_up_to() + 4))
        }
        [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => std::str::from_utf8(bytes).map(str::to_string).map_err(|e| not_utf8(e.valid_up_to() + 1)),
    }
}

/// What a name box keeps of what was typed: the spaces before it, then at most
/// [`MAX_TEXT_CHARS`] characters (Unicode scalar values, the one count of the app: the box, the
/// file and the saved work all count so, after trimming). Where the limit falls inside what
/// people see as one character (an emoji joined by U+200D, a letter and its accent), the whole of
/// it goes, rather than half.
pub fn name_as_kept(typed: &str) -> &str {
    let start = typed.len() - typed.trim_start().len();
    let body = typed.get(start..).unwrap_or_default();
    // Where the character people see last began: the cut goes there.
    let (mut began, mut before) = (0, None);
    for (count, (at, c)) in body.char_indices().enumerate() {
        if !before.is_some_and(|b| joined(b, c)) {
            began = at;
        }
        if count == MAX_TEXT_CHARS {
            return typed.get(..start + began).unwrap_or(typed);
        }
        before = Some(c);
    }
    typed
}

/// Whether `after` belongs to the same character people see as `before`: either side of a
/// zero-width joiner, a variation selector, a skin tone, a tag of a flag, a combining mark.
fn joined(before: char, after: char) -> bool {
    before == '\u{200d}'
        || matches!(after, '\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' | '\u{e0020}'..='\u{e007f}' | '\u{0300}'..='\u{036f}' | '\u{20e3}')
}

/// Answers by policy key (measure ID, fact key). Written out in the policy's order.
pub type Keyed<V> = BTreeMap<&'static str, V>;

/// Everything the user answered. A claim that is absent means "no".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    pub entity: Entity,
    /// Measure ID → the facts answered for it.
    pub claims: Keyed<Facts>,
    pub projects: Vec<Project>,
}

/// About the organisation itself (第一条). Written as the file's `entity` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Entity {
    /// Shown on the printed report only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 统一社会信用代码: 18 characters with a valid check character (GB 32100-2015); for the
    /// report and the file only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit_code: Option<String>,
    /// 联系人及联系方式, free text like the name; for the report and the file only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    pub operates_in_xicheng: bool,
    /// Keys of [`crate::policy::DATA_FIELDS`].
    pub data_fields: Vec<&'static str>,
    /// Belongs to 信息传输、软件和信息技术服务业.
    pub ict_industry: bool,
}

/// The answers to one measure's questions (or one list item's), by fact key.
pub type Facts = Keyed<Fact>;

/// One answer. Its kind is fixed by the measure's [`crate::policy::FactSpec`].
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    Flag(bool),
    Count(u32),
    Amount(Wan),
    Text(String),
    /// One choice; an unanswered choice is simply absent.
    Choice(&'static str),
    Choices(Vec<&'static str>),
    List(Vec<Facts>),
}

/// Measures the user says are one project or matter (从高从优不重复). Written as an item of the
/// file's `projects`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Project {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub measures: Vec<&'static str>,
    /// Support the same matter already received under another 西城区 policy.
    pub other_xicheng_support_wan: Wan,
}

impl Answers {
    /// Reads an answers file, reporting every problem with its field path.
    pub fn from_json(text: &str) -> Result<Answers, AnswersError> {
        decode::from_json(text)
    }

    /// Reads an answers file already parsed as JSON (as inside a case file).
    pub fn from_value(value: &Value) -> Result<Answers, AnswersError> {
        decode::from_value(value)
    }

    /// The answers file, as exported: version 1, amounts as exact decimal strings.
    pub fn to_value(&self) -> Value {
        encode::to_value(self)
    }

    /// The answers file as pretty-printed JSON text, indented by two spaces.
    pub fn to_json(&self) -> String {
        encode::to_json(self, true)
    }

    /// The answers as a share link carries them: compact, in the policy tables' order
    /// (`compact.rs`).
    pub fn to_link_text(&self) -> String {
        compact::encode(self)
    }

    /// Reads what [`Answers::to_link_text`] wrote, checked as an answers file is.
    pub fn from_link_text(text: &str) -> Result<Answers, AnswersError> {
        compact::decode(text)
    }

    /// The rules' edition an answers file says wrote it (files of releases before 2026-12-05 say
    /// none); the app tells the user when it is not today's.
    pub fn edition_of(text: &str) -> Option<String> {
        let file: Value = serde_json::from_str(text).ok()?;
        file.get(key::EDITION)?.as_str().map(str::to_string)
    }

    /// The answers for one measure, if it was claimed.
    pub fn claim(&self, id: &str) -> Option<&Facts> {
        self.claims.get(id)
    }
}

#[cfg(test)]
pub(crate) mod largest;
#[cfg(test)]
pub(crate) mod tests;
