//! Where the keyboard focus goes after an action, as a value: a field by its path, or one of
//! the few named places of the page. The ids of those places are here, once, for the views
//! that draw them and the effect that focuses them.

use awards::answers::FieldPath;

/// The page's main heading, focused on each new step.
pub const HEADING_ID: &str = "page-heading";
/// The error summary at the top of a page.
pub const ERROR_SUMMARY_ID: &str = "error-summary";
/// The "continue" button of demo mode's reset warning.
pub const IDLE_CONTINUE_ID: &str = "idle-continue";
/// The list of projects.
pub const PROJECTS_ID: &str = "projects";
/// The choice of areas (a set of boxes, not a field of the answers file).
pub const AREAS_ID: &str = "areas";

/// A place to move the keyboard focus to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    /// The page heading: a new step, or nothing more particular.
    #[default]
    Heading,
    /// A question's field (or a list's first field), by its path in the answers file.
    Field(FieldPath),
    /// The choice of areas.
    Areas,
    ErrorSummary,
    /// Demo mode's reset warning.
    IdleDialog,
    /// The list of projects, after one was removed.
    Projects,
}

impl Focus {
    /// The id of the element to focus.
    pub fn dom_id(&self) -> String {
        match self {
            Focus::Heading => HEADING_ID.into(),
            Focus::Field(path) => path.dom_id(),
            Focus::Areas => AREAS_ID.into(),
            Focus::ErrorSummary => ERROR_SUMMARY_ID.into(),
            Focus::IdleDialog => IDLE_CONTINUE_ID.into(),
            Focus::Projects => PROJECTS_ID.into(),
        }
    }
}
