//! The only place that stores anything on the device: the work in progress, in localStorage,
//! through gloo. Switched off in demo mode (nothing is stored), and quiet where the browser
//! refuses storage (a sandboxed or third-party iframe, some private modes): the app then works
//! without saving.

use gloo::storage::{LocalStorage, Storage};
use serde_json::Value;

use super::draft::{self, Draft};
use super::state::{Handled, Notice, Refusal, SetAside, State, Step};
use awards::answers::{check_bounds, Problem};
use awards::lang::Lang;
use awards::policy::AREAS;

pub const KEY: &str = "xicheng-data-awards/work-in-progress";
/// Where saved work that could not be read is set aside, never deleted: each record under a key
/// of its own, this and `/` and when it was set aside, `…/2026-12-04T01:05:07.042Z` (the key
/// alone is the one slot of releases before 2026-12-04). It stays until the user downloads or
/// deletes it (clearing the answers leaves it), so nothing is lost to a reader's mistake.
pub const SET_ASIDE_KEY: &str = "xicheng-data-awards/unreadable-saved-work";
/// Where a record goes once downloaded: no longer offered, still kept on the device.
const DOWNLOADED_KEY: &str = "xicheng-data-awards/unreadable-saved-work-downloaded";

/// What became of saved work that could not be read.
pub enum Unreadable {
    /// Set aside under a key of its own.
    SetAside,
    /// It could not be set aside (a full storage): it stays where it was, and here is its text.
    LeftInPlace(String),
}

/// The saved work, as stored: a JSON object of the draft answers (an answers file with every
/// answer as typed, `Draft::to_saved`), the areas chosen, where the user was (the step's address
/// fragment, `#/area/growth`) and the language (`zh`, `en`). Written as text around the draft's
/// JSON (`record`); read back as a JSON value, field by field (`Store::load`): serde's derived
/// writer and reader for so small a record cost the first load kilobytes.
fn record(state: &State) -> Option<String> {
    let draft = serde_json::to_string(&state.work.draft().to_saved()).ok()?;
    // Area keys, the fragment and the language code are the app's own ASCII words: nothing to escape.
    let areas: Vec<String> = state.work.areas().iter().map(|area| format!("\"{area}\"")).collect();
    let (areas, step) = (areas.join(","), state.nav.step.fragment());
    let lang = if state.nav.lang == Lang::En { "en" } else { "zh" };
    Some(format!(r#"{{"draft":{draft},"areas":[{areas}],"step":"{step}","lang":"{lang}"}}"#))
}

/// What was saved, checked.
pub struct Saved {
    pub draft: Draft,
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
        let record: Value = serde_json::from_str(&text)
            .map_err(|e| Refusal::whole(Problem::NotJson { line: e.line(), column: e.column() }))?;
        // Valid JSON of another shape (a record missing a field) is not "not valid JSON".
        let wrong = || Refusal::whole(Problem::WrongFormat);
        let Value::Object(record) = record else {
            return Err(wrong());
        };
        let areas: Option<Vec<&str>> = match record.get("areas") {
            Some(Value::Array(areas)) => areas.iter().map(Value::as_str).collect(),
            _ => None,
        };
        let areas = areas.ok_or_else(wrong)?;
        let areas = areas.iter().filter_map(|a| AREAS.iter().find(|x| x.key == *a).map(|x| x.key)).collect();
        let step = record.get("step").and_then(Value::as_str).ok_or_else(wrong)?;
        let step = Step::from_fragment(step);
        let lang = match record.get("lang").and_then(Value::as_str) {
            // As `Lang` writes itself.
            Some("en") => Lang::En,
            Some("zh") => Lang::Zh,
            _ => return Err(wrong()),
        };
        // Read in place: taking it out of the record would ship a map's removal for this alone.
        let draft = record.get("draft").ok_or_else(wrong)?;
        draft::check_saved(draft).map_err(Refusal::Invalid)?;
        Ok(Some(Saved { draft: Draft::from_value(draft), areas, step, lang }))
    }

    /// Saves the work; `false` when the browser refused to store it (a full storage).
    pub fn save(self, state: &State) -> bool {
        if !self.usable() {
            return true;
        }
        // A full or refusing storage loses the saving, never the page; the user is told.
        record(state).is_some_and(|record| LocalStorage::raw().set_item(KEY, &record).is_ok())
    }

    /// Moves saved work that could not be read aside, under a key of its own stamped `now`
    /// ([`crate::browser::now`]): a fresh start must not overwrite it, and a later version (or
    /// the bureau's help) may still read it. Where the storage refuses the copy, the record is
    /// left as it was.
    pub fn set_aside(self, now: &str) -> Option<Unreadable> {
        if !self.usable() {
            return None;
        }
        let storage = LocalStorage::raw();
        let text = storage.get_item(KEY).ok().flatten()?;
        if storage.set_item(&format!("{SET_ASIDE_KEY}/{now}"), &text).is_ok() {
            let _ = storage.remove_item(KEY);
            Some(Unreadable::SetAside)
        } else {
            Some(Unreadable::LeftInPlace(text))
        }
    }

    /// Every key the storage holds, in its order.
    fn keys(self) -> Vec<String> {
        if !self.usable() {
            return Vec::new();
        }
        let storage = LocalStorage::raw();
        let count = storage.length().unwrap_or(0);
        (0..count).filter_map(|i| storage.key(i).ok().flatten()).collect()
    }

    /// The records set aside and not yet downloaded or deleted, oldest first (the old single
    /// slot first of all).
    pub fn set_asides(self) -> Vec<SetAside> {
        let mut records: Vec<SetAside> = Vec::new();
        for key in self.keys() {
            let slot = key.strip_prefix(SET_ASIDE_KEY).filter(|rest| rest.is_empty() || rest.starts_with('/'));
            if let Some(slot) = slot {
                let when = slot.get(1..).filter(|when| !when.is_empty()).map(str::to_string);
                // Put in order as they come (no sort to ship): the storage's own order is not time's.
                let place = records.iter().position(|r| r.key > key).unwrap_or(records.len());
                records.insert(place, SetAside { key, when, handled: None });
            }
        }
        records
    }

    /// A record set aside, to download it.
    pub fn set_aside_text(self, key: &str) -> Option<String> {
        if !self.usable() {
            return None;
        }
        LocalStorage::raw().get_item(key).ok().flatten()
    }

    /// Does what the user asked with a record set aside: a downloaded one is kept under
    /// [`DOWNLOADED_KEY`] and no longer offered (if the storage refuses, it stays offered); a
    /// deleted one goes. Asking again changes nothing.
    pub fn handle_set_aside(self, record: &SetAside) {
        let Some(handled) = record.handled.filter(|_| self.usable()) else {
            return;
        };
        let storage = LocalStorage::raw();
        let Ok(Some(text)) = storage.get_item(&record.key) else {
            return;
        };
        let moved = || {
            let at = record.key.get(SET_ASIDE_KEY.len()..).unwrap_or_default();
            storage.set_item(&format!("{DOWNLOADED_KEY}{at}"), &text).is_ok()
        };
        if handled == Handled::Deleted || moved() {
            let _ = storage.remove_item(&record.key);
        }
    }

    /// Forgets the saved work: the user asked (and may undo it while the page is open: it is
    /// saved again). Records set aside are not the answers: each stays until the user downloads
    /// or deletes it. Never in demo mode, whose "start over" clears the demo session only: the
    /// device's own work is not its.
    pub fn clear(self) {
        if self.usable() {
            LocalStorage::delete(KEY);
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
    /// Saving waits while unreadable saved work is left in place, or another tab's answers wait
    /// for the user's word.
    waiting: bool,
    /// The records set aside that the user downloaded or deleted, for the store to follow.
    handled: usize,
}

impl Snapshot {
    /// Whether the user downloaded or deleted a record set aside since `before`.
    pub fn records_handled_since(&self, before: &Snapshot) -> bool {
        self.handled != before.handled
    }

    /// Whether saving waits for the user's word (see `waiting`).
    fn waits(state: &State) -> bool {
        state.device.unread_in_place.is_some() || state.device.other_tab.is_some()
    }

    pub fn of(state: &State) -> Snapshot {
        let work = &state.work;
        Snapshot {
            revision: work.revision(),
            areas: work.areas().to_vec(),
            step: state.nav.step,
            lang: state.nav.lang,
            waiting: Snapshot::waits(state),
            handled: state.device.set_aside.iter().filter(|r| r.handled.is_some()).count(),
        }
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
    // The user's word given (unreadable work downloaded or deleted, this tab's answers kept over
    // another's): saved at once, so the other tab is told in turn and nothing is lost unseen.
    let stopped_waiting = before.waiting && !Snapshot::waits(now);
    if now.notice == Some(Notice::Cleared) && !now.work.has_answers() {
        Saving::Clear
    } else if !same_place || stopped_waiting {
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
    use crate::state::{reduce, Action, Config, OtherTab};
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

    #[test]
    fn keeping_this_tabs_answers_over_another_tabs_saves_them_at_once() {
        let typed = reduce(fresh(), Action::SetText(Field::Entity("name"), "示".into()));
        let other = OtherTab { draft: Draft::default(), areas: Vec::new() };
        let asked = reduce(typed, Action::OtherTabSaved(other));
        assert_eq!(change(&asked, Action::SetText(Field::Entity("name"), "示例".into())), Saving::AfterAPause);
        assert_eq!(change(&asked, Action::KeepMine), Saving::Now);
        assert_eq!(change(&asked, Action::TakeOtherTab), Saving::Now);
    }
}
