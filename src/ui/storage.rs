//! The only place that stores anything on the device: the work in progress, in localStorage.
//! Switched off in demo mode (nothing is stored), and quiet where the browser refuses storage
//! (a sandboxed or third-party iframe, some private modes): the app then works without saving.

use super::state::{State, Step};
use crate::json::{self, Value};
use crate::policy::{Lang, AREAS};

const KEY: &str = "xicheng-data-awards/work-in-progress";

/// What was saved: the draft answers and where the user was.
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

/// The saved data exists but cannot be read.
pub struct Unreadable;

/// The browser's localStorage, if this page may use it (asking can throw; that is a "no").
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

impl Store {
    /// Whether saving is on but the browser refuses it.
    pub fn refused(self) -> bool {
        self.enabled && local_storage().is_none()
    }

    pub fn load(self) -> Result<Option<Saved>, Unreadable> {
        if !self.enabled {
            return Ok(None);
        }
        let Some(text) = local_storage().and_then(|s| s.get_item(KEY).ok().flatten()) else {
            return Ok(None);
        };
        let value = json::parse(&text).map_err(|_| Unreadable)?;
        let draft = value.get("draft").filter(|d| d.is_object()).cloned().ok_or(Unreadable)?;
        let areas = value
            .get("areas")
            .and_then(Value::as_array)
            .ok_or(Unreadable)?
            .iter()
            .filter_map(|a| AREAS.iter().find(|x| Some(x.key) == a.as_str()).map(|x| x.key))
            .collect();
        let step = value.get("step").and_then(Value::as_str).and_then(Step::from_fragment);
        let lang = if value.get("lang").and_then(Value::as_str) == Some("en") { Lang::En } else { Lang::Zh };
        Ok(Some(Saved { draft, areas, step, lang }))
    }

    pub fn save(self, state: &State) {
        if !self.enabled {
            return;
        }
        let record = Value::object([
            ("draft", state.draft.clone()),
            ("areas", Value::from(state.areas.as_slice())),
            ("step", Value::from(state.step.fragment())),
            ("lang", Value::from(if state.lang == Lang::En { "en" } else { "zh" })),
        ]);
        if let Some(storage) = local_storage() {
            // A full or refusing storage loses only the saving, never the page.
            let _ = storage.set_item(KEY, &record.to_string());
        }
    }

    pub fn clear(self) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(KEY);
        }
    }
}
