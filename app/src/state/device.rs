//! What the device's storage did: a failed save, another tab's answers, records set aside.

use std::rc::Rc;

use crate::draft::Draft;

use super::{Focus, State, Step, Work};

/// The answers another tab of the self-check saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherTab {
    pub draft: Draft,
    pub areas: Vec<&'static str>,
}

/// What the device's storage did with the answers: a failed save and another tab's answers are
/// shown where the user is, so no work is lost without a word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Device {
    /// The last save failed (a full storage): the answers live only in this page.
    pub save_failed: bool,
    /// Another tab saved other answers than this one holds: nothing is saved here until the user
    /// says which to keep.
    pub other_tab: Option<OtherTab>,
    /// Saved work that could not be read, set aside on the device (not deleted): offered on every
    /// start until the user downloads or deletes each.
    pub set_aside: Vec<SetAside>,
    /// Saved work that could not be read nor set aside (a full storage): left where it was, its
    /// text here to download, and nothing is saved over it until the user downloads or deletes it.
    pub unread_in_place: Option<Rc<str>>,
}

/// A record of saved work that could not be read, set aside under `key`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    pub key: String,
    /// When it was set aside (`2026-12-04T01:05:07.042Z`); none for the one slot of releases
    /// before 2026-12-04.
    pub when: Option<String>,
    /// What the user did with it; the store follows (`storage::Store::handle_set_aside`).
    pub handled: Option<Handled>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handled {
    Downloaded,
    Deleted,
}

impl Device {
    /// Another tab saved these answers: the same answers as `mine` change nothing here; others
    /// wait for the user's word.
    pub(super) fn other_tab_saved(&mut self, other: OtherTab, mine: &Work) {
        let same = other.draft == *mine.draft() && other.areas == mine.areas();
        self.other_tab = (!same).then_some(other);
    }

    /// The user downloaded or deleted the record set aside under `key`.
    pub(super) fn handled(&mut self, key: &str, handled: Handled) {
        for record in self.set_aside.iter_mut().filter(|r| r.key == key) {
            record.handled = Some(handled);
        }
    }
}

impl State {
    /// The user takes the answers another tab saved; a step they no longer lead to goes.
    pub(super) fn take_other_tab(&mut self) {
        if let Some(other) = self.device.other_tab.take() {
            std::rc::Rc::make_mut(&mut self.work).replace(other.draft, other.areas);
            self.nav.errors.clear();
            if !self.path().contains(&self.nav.step) {
                self.nav.step = if self.work.has_answers() { Step::Check } else { Step::Start };
            }
            self.focus_on(Focus::Heading);
        }
    }
}
