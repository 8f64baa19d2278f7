//! The share link: answers a link brought, waiting for the user's word, and the link shown.

use awards::answers::Answers;

use super::{Notice, State, Step};

/// Answers a share link brought, and whether the link's check held (an older link has none).
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub answers: Answers,
    pub verified: bool,
}

/// The share link, as the user is dealing with it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sharing {
    /// Answers from a share link, waiting for the user to accept them.
    pub pending: Option<Shared>,
    /// "Make a link" was pressed: the share link shows for copying.
    pub link_shown: bool,
    /// "Continue on your phone" was asked for: the QR code of the share link shows.
    pub hand_off: bool,
    /// "Copy the link" was pressed: whether the browser copied it (else it is selected).
    pub copied: Option<bool>,
}

impl State {
    /// A share link was opened. A device with answers of its own is asked first; one without has
    /// nothing to lose, and goes straight to the link's results (told where they came from).
    pub(super) fn offer_shared(&mut self, shared: Shared) {
        self.sharing.pending = Some(shared);
        if !self.work.has_answers() {
            self.accept_shared();
            self.go(Step::Results);
        }
    }

    pub(super) fn accept_shared(&mut self) {
        if let Some(shared) = self.sharing.pending.take() {
            self.replace_answers(&shared.answers);
            self.notice = Some(Notice::SharedApplied { verified: shared.verified });
        }
    }
}
