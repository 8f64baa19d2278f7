//! Demo mode at a stand: its presentation and the idle clock that forgets a visitor.

/// How long the reset warning counts down before the answers go (WCAG 2.2.1: at least 20 s).
pub const IDLE_WARNING_SECONDS: u32 = 20;
/// Demo mode's idle time before the reset warning, by default and at the least and most an
/// address may set (`?idle=`).
pub const IDLE_DEFAULT_SECONDS: u32 = 120;
pub const IDLE_SECONDS: std::ops::RangeInclusive<u32> = 30..=1800;

/// Demo mode at a stand (`?mode=demo&idle=…&present=large`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without activity before the reset warning.
    pub idle_seconds: u32,
    /// Larger type and targets for a big screen.
    pub large: bool,
}

impl Default for Kiosk {
    fn default() -> Kiosk {
        Kiosk { idle_seconds: IDLE_DEFAULT_SECONDS, large: false }
    }
}

/// The idle clock's warning: shown with this many seconds left, else none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stand {
    pub idle_warning: Option<u32>,
}

impl Stand {
    /// Nobody has touched the screen for the idle time: the warning counts down from the start.
    pub(super) fn warn(&mut self) {
        self.idle_warning = Some(IDLE_WARNING_SECONDS);
    }

    /// A second of the warning has passed: `true` when it was the last (the visitor is forgotten).
    pub(super) fn tick_is_last(&mut self) -> bool {
        match self.idle_warning {
            Some(left) if left > 1 => {
                self.idle_warning = Some(left - 1);
                false
            }
            Some(_) => true,
            None => false,
        }
    }

    /// The visitor is still here: the warning goes. `true` if one was shown.
    pub(super) fn still_here(&mut self) -> bool {
        self.idle_warning.take().is_some()
    }
}
