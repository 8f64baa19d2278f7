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
    /// `version` is one this app cannot read.
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
