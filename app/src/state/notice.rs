//! What the page says about the app itself, and why answers from outside were refused.

use awards::answers::{AnswersError, FieldError, FieldPath, Problem};

/// Why answers from outside (an imported file, a share link, the saved work) were refused: kept
/// as a value, so that the notice follows a change of language, and said the same way whichever
/// way they came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The browser could not read the file.
    Unreadable,
    /// Read, but not valid answers: every problem with its path (too large, too deep, not JSON …).
    Invalid(AnswersError),
}

impl Refusal {
    /// One problem with the whole of what came in.
    pub fn whole(problem: Problem) -> Refusal {
        Refusal::Invalid(AnswersError { errors: vec![FieldError { path: FieldPath::root(), problem }] })
    }
}

/// A message about the app itself (not about one field), shown at the top until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The saved answers could not be read, and why; the app starts afresh.
    SavedDataUnreadable(Refusal),
    /// An imported file was refused, and why. The current answers are untouched.
    ImportRefused(Refusal),
    Imported,
    /// Imported from a file another edition of the rules wrote (its edition).
    ImportedOtherEdition(String),
    Cleared,
    /// A share link's answers replaced the answers; `verified`: its check held.
    SharedApplied {
        verified: bool,
    },
    /// A share link could not be read, and why.
    ShareUnreadable(Refusal),
}
