//! The only place that stores anything on the device: the work in progress, in localStorage,
//! through gloo. Switched off in demo mode (nothing is stored), and quiet where the browser
//! refuses storage (a sandboxed or third-party iframe, some private modes): the app then works
//! without saving.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::draft;
use super::state::{Notice, Refusal, State, Step};
use awards::answers::{check_bounds, Problem};
use awards::lang::Lang;
use awards::policy::AREAS;

pub const KEY: &str = "xicheng-data-awards/work-in-progress";
/// Where saved work that could not be read is set aside, never deleted: it stays until the user
/// clears the saved answers, so nothing is lost to a reader's mistake.
pub const SET_ASIDE_KEY: &str = "xicheng-data-awards/unreadable-saved-work";

/// The saved work, as stored: the draft answers and where the user was.
#[derive(Deserialize)]
struct Record {
    draft: Value,
    areas: Vec<String>,
    /// The step's address fragment, `#/area/growth`.
    step: String,
    lang: Lang,
}

/// The same record, written from the state without copying the answers.
#[derive(Serialize)]
struct RecordOf<'s> {
    draft: &'s Value,
    areas: &'s [&'static str],
    step: String,
    lang: Lang,
}

/// What was saved, checked.
pub struct Saved {
    pub draft: Value,
    pub areas: Vec<&'static str>,
    pub step: Option<Step>,
    pub lang: Lang,
}

/// Storage that can be switched off.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Store {
    pub enabled: bool,
}

/// Whether this page may use localStorage. Asking can throw (a sandboxed iframe); that is a
/// "no". gloo's own access throws where storage is refused, so every use asks this first.
fn available() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

impl Store {
    /// Whether saving is on but the browser refuses it.
    pub fn refused(self) -> bool {
        self.enabled && !available()
    }

    fn usable(self) -> bool {
        self.enabled && available()
    }

    /// The saved work, checked like a file: bounded in size and depth before it is read, every
    /// list and text within the answers file's limits, every problem with its path.
    pub fn load(self) -> Result<Option<Saved>, Refusal> {
        if !self.usable() {
            return Ok(None);
        }
        let Some(text) = LocalStorage::raw().get_item(KEY).ok().flatten() else {
            return Ok(None);
        };
        check_bounds(&text).map_err(|error| Refusal::whole(error.problem))?;
        let record: Record = serde_json::from_str(&text).map_err(|e| {
            // Valid JSON of another shape (a record missing a field) is not "not valid JSON".
            Refusal::whole(if e.is_data() {
                Problem::WrongFormat
            } else {
                Problem::NotJson { line: e.line(), column: e.column() }
            })
        })?;
        draft::check_saved(&record.draft).map_err(Refusal::Invalid)?;
        let areas = record.areas.iter().filter_map(|a| AREAS.iter().find(|x| x.key == a).map(|x| x.key)).collect();
        Ok(Some(Saved { draft: record.draft, areas, step: Step::from_fragment(&record.step), lang: record.lang }))
    }

    /// Saves the work; `false` when the browser refused to store it (a full storage).
    pub fn save(self, state: &State) -> bool {
        if !self.usable() {
            return true;
        }
        let record = RecordOf {
            draft: state.work.draft(),
            areas: state.work.areas(),
            step: state.nav.step.fragment(),
            lang: state.nav.lang,
        };
        // A full or refusing storage loses the saving, never the page; the user is told.
        LocalStorage::set(KEY, &record).is_ok()
    }

    /// Moves saved work that could not be read aside, under [`SET_ASIDE_KEY`]: a fresh start
    /// must not overwrite it, and a later version (or the bureau's help) may still read it.
    /// Whether it is there to download.
    pub fn set_aside(self) -> bool {
        if !self.usable() {
            return false;
        }
        let storage = LocalStorage::raw();
        let Ok(Some(text)) = storage.get_item(KEY) else {
            return false;
        };
        let kept = storage.set_item(SET_ASIDE_KEY, &text).is_ok();
        if kept {
            let _ = storage.remove_item(KEY);
        }
        kept
    }

    /// What was set aside, to download it.
    pub fn set_aside_text(self) -> Option<String> {
        if !self.usable() {
            return None;
        }
        LocalStorage::raw().get_item(SET_ASIDE_KEY).ok().flatten()
    }

    /// Forgets the saved work, and anything set aside with it: the user asked. Never in demo
    /// mode, whose "start over" clears the demo session only: the device's own work is not its.
    pub fn clear(self) {
        if self.usable() {
            LocalStorage::delete(KEY);
            LocalStorage::delete(SET_ASIDE_KEY);
        }
    }
}

/// What is saved of a state, kept to tell what a change touched: the answers by their revision,
/// never by comparing them.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    revision: u32,
    areas: Vec<&'static str>,
    step: Step,
    lang: Lang,
}

impl Snapshot {
    pub fn of(state: &State) -> Snapshot {
        let work = &state.work;
        Snapshot { revision: work.revision(), areas: work.areas().to_vec(), step: state.nav.step, lang: state.nav.lang }
    }
}

/// What a change of state asks of the store.
#[derive(Debug, PartialEq, Eq)]
pub enum Saving {
    /// Nothing saved has changed (a notice, a share link).
    Nothing,
    /// Only the answers changed, as they do on every key typed: save when typing pauses.
    AfterAPause,
    /// A step, the areas or the language changed: save at once.
    Now,
    /// The answers were cleared: forget them at once, and anything pending with them.
    Clear,
}

/// What the change from `before` to `now` asks of the store.
pub fn when_to_save(before: &Snapshot, now: &State) -> Saving {
    let same_place = before.step == now.nav.step && before.areas == now.work.areas() && before.lang == now.nav.lang;
    if now.nav.notice == Some(Notice::Cleared) && !now.work.has_answers() {
        Saving::Clear
    } else if !same_place {
        Saving::Now
    } else if before.revision != now.work.revision() {
        Saving::AfterAPause
    } else {
        Saving::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Field;
    use crate::state::{reduce, Action, Config};
    use awards::policy::POLICY;

    fn fresh() -> State {
        State::new(Lang::Zh, Config::plain(POLICY.valid_from, false))
    }

    fn change(before: &State, action: Action) -> Saving {
        when_to_save(&Snapshot::of(before), &reduce(before.clone(), action))
    }

    #[test]
    fn typing_waits_for_a_pause_and_a_new_step_saves_at_once() {
        let started = reduce(fresh(), Action::Start);
        assert_eq!(change(&fresh(), Action::Start), Saving::Now);
        assert_eq!(change(&started, Action::SetText(Field::Entity("name"), "示".into())), Saving::AfterAPause);
        assert_eq!(change(&started, Action::Back), Saving::Now);
        assert_eq!(change(&started, Action::SetLang(Lang::En)), Saving::Now);
        assert_eq!(change(&started, Action::ToggleArea("security")), Saving::Now);
    }

    #[test]
    fn a_notice_or_a_share_link_saves_nothing_and_clearing_forgets() {
        let typed = reduce(fresh(), Action::SetText(Field::Entity("name"), "示".into()));
        assert_eq!(change(&typed, Action::ShowLink), Saving::Nothing);
        assert_eq!(change(&typed, Action::DismissNotice), Saving::Nothing);
        assert_eq!(change(&typed, Action::ClearAnswers), Saving::Clear);
    }
}
