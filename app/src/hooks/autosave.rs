//! Saving follows every change of the answers, the step or the language (the store is off in
//! demo mode); typing is saved when it pauses, so a long draft is not written out on every key.
//! Another tab's saving is shown, never overwritten unseen; a page being hidden saves at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ctx::Ctx;
use crate::draft::Draft;
use crate::state::{Action, OtherTab};
use crate::storage::{self, when_to_save, Saving, Snapshot, Store};

/// How long typing may pause before the work is saved. A page hidden or closed saves at once.
const AUTOSAVE_DELAY_MS: u32 = 400;

/// The work waiting to be saved, and the timer that will save it.
#[derive(Default)]
struct Autosave {
    /// What was saved of the state last rendered, to tell what a change touched.
    last: Option<Snapshot>,
    pending: Option<Ctx>,
    timer: Option<Timeout>,
}

impl Autosave {
    /// Saves what is pending (the timer has fired). The handle reads the newest state. While
    /// another tab's answers, or unreadable saved work left in place, wait for the user's word,
    /// nothing is saved over them.
    fn save_pending(&mut self, store: Store) {
        if let Some(model) = self.pending.take() {
            let device = &model.state.device;
            if device.other_tab.is_some() || device.unread_in_place.is_some() {
                return;
            }
            let worked = store.save(&model.state);
            // Told only when it changes, so that a save does not start another.
            if worked == device.save_failed {
                model.dispatch(Action::Saved(worked));
            }
        }
    }

    /// Saves what is pending now, before its timer (the page is being hidden or closed).
    fn flush(&mut self, store: Store) {
        if let Some(timer) = self.timer.take() {
            timer.cancel();
        }
        self.save_pending(store);
    }
}

#[hook]
pub fn use_autosave(model: &Ctx) {
    // Demo mode is the one switch of the store.
    let store = Store { enabled: !model.state.config.demo };
    let autosave = use_mut_ref(Autosave::default);
    use_save_on_change(model, store, autosave.clone());
    use_other_tabs(model, store);
    use_save_when_hidden(store, autosave);
}

#[hook]
fn use_save_on_change(model: &Ctx, store: Store, autosave: Rc<RefCell<Autosave>>) {
    // Keyed on what is saved (the answers by their revision), not on the whole state.
    let model = model.clone();
    use_effect_with(Snapshot::of(&model.state), move |now| {
        let mut saving_now = autosave.borrow_mut();
        let Some(before) = saving_now.last.replace(now.clone()) else {
            return;
        };
        // A record set aside that the user downloaded or deleted: the store follows, once, not
        // on every key typed after.
        if now.records_handled_since(&before) {
            for record in &model.state.device.set_aside {
                store.handle_set_aside(record);
            }
        }
        match when_to_save(&before, &model.state) {
            Saving::Nothing => {}
            Saving::AfterAPause => {
                saving_now.pending = Some(model.clone());
                let later = autosave.clone();
                saving_now.timer =
                    Some(Timeout::new(AUTOSAVE_DELAY_MS, move || later.borrow_mut().save_pending(store)));
            }
            Saving::Now => {
                saving_now.pending = Some(model.clone());
                saving_now.flush(store);
            }
            Saving::Clear => {
                saving_now.pending = None;
                saving_now.flush(store);
                store.clear();
            }
        }
    });
}

/// Another tab of the self-check saved: say so here, and save nothing over it unseen.
#[hook]
fn use_other_tabs(model: &Ctx, store: Store) {
    let model = model.clone();
    use_effect_with(store, move |store| {
        let store = *store;
        let listener = store.enabled.then(|| {
            EventListener::new(&gloo::utils::window(), "storage", move |event| {
                let key = event.dyn_ref::<web_sys::StorageEvent>().and_then(web_sys::StorageEvent::key);
                if key.as_deref() != Some(storage::KEY) {
                    return;
                }
                let other = match store.load() {
                    Ok(Some(saved)) => OtherTab { draft: saved.draft, areas: saved.areas },
                    // Cleared there: the other tab holds no answers.
                    Ok(None) => OtherTab { draft: Draft::default(), areas: Vec::new() },
                    // Unreadable there: this tab's answers are the ones to keep.
                    Err(_) => return,
                };
                model.dispatch(Action::OtherTabSaved(other));
            })
        });
        move || drop(listener)
    });
}

/// A page being hidden or closed may never run the timer: save now.
#[hook]
fn use_save_when_hidden(store: Store, autosave: Rc<RefCell<Autosave>>) {
    use_effect_with(store, move |store| {
        let store = *store;
        let flush = |autosave: Rc<RefCell<Autosave>>| move |_: &Event| autosave.borrow_mut().flush(store);
        let window = gloo::utils::window();
        let document = gloo::utils::document();
        let listeners = (
            EventListener::new(&window, "pagehide", flush(autosave.clone())),
            EventListener::new(&document, "visibilitychange", flush(autosave)),
        );
        move || drop(listeners)
    });
}
