//! The answers being typed.

use std::rc::Rc;

use awards::answers::{Answers, AnswersError, FieldPath};
use awards::policy::AREAS;

use super::{Action, Focus, Notice, State, Step};
use crate::draft::Draft;

/// The answers being typed, with a revision that every change moves on: what is derived from
/// them (the checked answers, the estimate, the share link) is computed once a revision, and the
/// autosave tells a change by it, without comparing the answers themselves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Work {
    /// The answers being written (see `draft`).
    pub(super) draft: Draft,
    /// Areas chosen on the activities page, in the policy's order.
    pub(super) areas: Vec<&'static str>,
    pub(super) revision: u32,
}

impl Work {
    pub fn new(draft: Draft, areas: Vec<&'static str>) -> Work {
        Work { draft, areas, revision: 0 }
    }

    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    pub fn areas(&self) -> &[&'static str] {
        &self.areas
    }

    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// The draft as checked answers, or every error with its path.
    pub fn answers(&self) -> Result<Answers, AnswersError> {
        self.draft.answers(&self.areas)
    }

    /// Whether anything has been answered (for "continue where you left off").
    pub fn has_answers(&self) -> bool {
        self.draft != Draft::default()
    }

    pub(super) fn edit(&mut self, change: impl FnOnce(&mut Draft)) {
        change(&mut self.draft);
        self.revision = self.revision.wrapping_add(1);
    }

    pub(super) fn set_areas(&mut self, areas: Vec<&'static str>) {
        self.areas = areas;
        self.revision = self.revision.wrapping_add(1);
    }

    /// The area chosen, or no longer chosen; the areas stay in the policy's order.
    pub(super) fn toggle_area(&mut self, area: &'static str) {
        let areas = if self.areas.contains(&area) {
            self.areas.iter().copied().filter(|a| *a != area).collect()
        } else {
            // Kept in the policy's order, by rebuilding from it (no sort to ship).
            let chosen = |key: &&str| *key == area || self.areas.contains(key);
            AREAS.iter().map(|a| a.key).filter(chosen).collect()
        };
        self.set_areas(areas);
    }

    /// Other answers in place of these; the revision still moves on, never back, so that a
    /// change is never mistaken for the answers before it.
    pub(super) fn replace(&mut self, draft: Draft, areas: Vec<&'static str>) {
        *self = Work { draft, areas, revision: self.revision.wrapping_add(1) };
    }
}

/// Changes to the answers that also move the focus or the notice.
impl State {
    pub(super) fn add_item(&mut self, measure: &'static str, list: &'static str) {
        let index = self.work.draft.item_count(measure, list);
        self.edit(|d| d.add_item(measure, list));
        self.focus_on(Focus::Field(FieldPath::claim(measure).key(list).index(index)));
    }

    pub(super) fn remove_item(&mut self, measure: &'static str, list: &'static str, index: usize) {
        self.edit(|d| d.remove_item(measure, list, index));
        self.nav.errors.clear();
        self.focus_on(Focus::Field(FieldPath::claim(measure).key(list)));
    }

    pub(super) fn add_project(&mut self) {
        let index = self.work.draft.project_count();
        self.edit(Draft::add_project);
        self.focus_on(Focus::Field(FieldPath::project(index)));
    }

    pub(super) fn remove_project(&mut self, index: usize) {
        self.edit(|d| d.remove_project(index));
        self.nav.errors.clear();
        self.focus_on(Focus::Projects);
    }

    /// "Clear my answers", confirmed: a fresh start, with an undo for this page (never at a stand).
    pub(super) fn clear_answers(&mut self) {
        let before = Rc::clone(&self.work);
        self.apply(Action::Reset);
        self.notice = Some(Notice::Cleared);
        // Never at a stand: the next visitor must not bring the last one's answers back.
        self.cleared = (!self.config.demo && before.has_answers()).then_some(before);
        // The store forgets the saved answers (`Saving::Clear`); records set aside stay,
        // each offered until the user downloads or deletes it.
        self.device.unread_in_place = None;
    }

    pub(super) fn undo_clear(&mut self) {
        if let Some(work) = self.cleared.take() {
            // A revision of its own, so that the answers are saved again.
            let mut work = Rc::unwrap_or_clone(work);
            work.revision = self.work.revision.wrapping_add(1);
            self.work = Rc::new(work);
            self.notice = None;
            self.go(Step::Check);
        }
    }
}
