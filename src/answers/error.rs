//! What can be wrong with an answers file, as values: the text layer (`crate::text`) says each
//! in the reader's language, so a refusal kept on screen follows a change of language.

use std::fmt;

use crate::money::MoneyError;

use super::FieldPath;

/// One problem, at one place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Where: `claims.6.1a.investment_wan`, `projects[1].measures[0]`; the root for the file as
    /// a whole.
    pub path: FieldPath,
    pub problem: Problem,
}

/// The kinds of problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON at all.
    NotJson { line: usize, column: usize },
    /// The file's bytes are not UTF-8 (nor UTF-16 with a byte-order mark): a GBK file, say. Its
    /// text is refused, never guessed, so no name turns into "ʾ��". `at` counts bytes from 1.
    NotUtf8 { at: usize },
    /// A compact share link that is cut short or changed: it cannot be read at all.
    DamagedLink,
    /// Longer than [`super::MAX_FILE_BYTES`]: refused before it is read.
    TooLarge,
    /// Objects and lists nested deeper than [`super::MAX_DEPTH`]: refused before it is read.
    TooDeep,
    /// A key given twice in one object: the second would silently replace the first.
    RepeatedKey,
    /// A name holding characters that change the direction of text (U+202A–U+202E,
    /// U+2066–U+2069): they could make the sentence around the name read backwards.
    DirectionControl,
    /// `entity.credit_code` that is not a Unified Social Credit Code: not 18 characters of its
    /// alphabet, or a check character that does not match (GB 32100-2015).
    BadCreditCode,
    /// A key the format requires is not there.
    Missing,
    /// A key the format does not have (a typo would otherwise drop a claim silently).
    UnknownKey,
    /// The value has the wrong JSON type.
    WrongType(Expected),
    /// `format` is not this app's.
    WrongFormat,
    /// `version` is one this app cannot read: what the file holds there, as JSON text cut to a
    /// short excerpt ([`excerpt`]), never the whole of it.
    UnsupportedVersion(String),
    /// An amount that is not acceptable.
    Amount(MoneyError),
    /// A count outside 0 ..= 1000.
    CountOutOfRange,
    /// A value that is not one of the allowed choices.
    UnknownChoice(Vec<&'static str>),
    /// A choice or measure listed twice in the same list.
    ListedTwice,
    /// More than [`MAX_ITEMS`] items.
    TooManyItems,
    /// More than [`MAX_TEXT_CHARS`] characters.
    TooLong,
    /// Not a measure ID of the policy.
    UnknownMeasure,
    /// A service without an amount cannot be part of a project's grouping.
    ServiceInProject,
    /// A project with no measure.
    EmptyProject,
    /// A measure may belong to one project only; it is already in this one.
    MeasureInTwoProjects { first_project: usize },
}

/// The JSON type a field needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    YesNo,
    WholeNumber,
    Amount,
    Text,
}

/// The longest excerpt of what a file holds that a message repeats, in characters, "…"
/// included: a value can be as long as the file, and a message is read on one line.
pub(crate) const MAX_EXCERPT_CHARS: usize = 40;

/// A short excerpt of text from a file, safe to repeat in a message: at most
/// [`MAX_EXCERPT_CHARS`] characters, ending in "…" where it was cut; control characters and the
/// characters that change the direction of text are written as `\uXXXX`, so that the excerpt
/// can neither break the line nor turn the sentence around it backwards.
pub(crate) fn excerpt(text: &str) -> String {
    let mut out = String::new();
    let mut length = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let piece = if c.is_control() || changes_direction_or_line(c) {
            format!("\\u{:04x}", u32::from(c))
        } else {
            c.to_string()
        };
        let piece_length = piece.chars().count();
        // Room for the piece, and for "…" if anything follows it.
        let room = if chars.peek().is_none() { MAX_EXCERPT_CHARS } else { MAX_EXCERPT_CHARS - 1 };
        if length + piece_length > room {
            out.push('…');
            return out;
        }
        out.push_str(&piece);
        length += piece_length;
    }
    out
}

/// Direction controls (embeddings, overrides, isolates), the direction marks (LRM, RLM, ALM) and
/// the line and paragraph separators: invisible, and each changes the line it is in.
fn changes_direction_or_line(c: char) -> bool {
    super::is_direction_control(c) || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2028}' | '\u{2029}')
}

impl FieldError {
    pub(crate) fn new(path: FieldPath, problem: Problem) -> FieldError {
        FieldError { path, problem }
    }
}

/// For developers (logs, test failures); people read [`crate::text::field_error`].
impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?}", self.path, self.problem)
    }
}

/// Every problem found in one answers file, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswersError {
    pub errors: Vec<FieldError>,
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.errors.iter().map(FieldError::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for AnswersError {}
