//! The address bar and the step: back and forward choose the step, the step writes the address,
//! and a share link pasted into an open page is offered like one opened fresh.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::ctx::Ctx;
use crate::options;
use crate::state::{Action, Step};

#[hook]
pub fn use_history(model: &Ctx) {
    use_listeners(model);
    use_address(model);
}

/// Back and forward: the address decides the step. A share link pasted into the address bar of
/// an open page arrives the same way, as a new fragment.
#[hook]
fn use_listeners(model: &Ctx) {
    let model = model.clone();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let on_history = model.clone();
        let popstate = EventListener::new(&window, "popstate", move |_| {
            if let Some(step) = Step::from_fragment(&browser::fragment()) {
                on_history.dispatch(Action::Navigate(step));
            }
        });
        let hashchange = EventListener::new(&window, "hashchange", move |event| {
            let fragment = browser::fragment();
            if let Some(shared) = options::shared_answers(&fragment, browser::decode_uri_component) {
                // Back to the step's own address: the answers must not stay in the bar.
                let old = event.dyn_ref::<web_sys::HashChangeEvent>().map(|e| e.old_url()).unwrap_or_default();
                browser::replace_fragment(old.find('#').and_then(|at| old.get(at..)).unwrap_or("#/"));
                model.dispatch(match shared {
                    Ok(shared) => Action::OfferShared(shared),
                    Err(refusal) => Action::ShareUnreadable(refusal),
                });
            }
        });
        move || drop((popstate, hashchange))
    });
}

/// The address follows the step, one history entry per step. The app's own Back goes back in the
/// browser's history where the entry before is that step, so that history does not pile up;
/// `trail` is the entries this page has pushed, newest last.
#[hook]
fn use_address(model: &Ctx) {
    let trail = use_mut_ref(Vec::<String>::new);
    let went_back = model.state.nav.went_back;
    use_effect_with(model.state.nav.step, move |step| {
        let fragment = step.fragment();
        let current = browser::fragment();
        let mut trail = trail.borrow_mut();
        let before_last = trail.len().checked_sub(2).and_then(|at| trail.get(at)).cloned();
        if current.is_empty() {
            // The bare address on first load is the start page: no extra history entry.
            browser::replace_fragment(&fragment);
            *trail = vec![fragment];
        } else if current == fragment || options::is_share(&current) {
            // The browser moved (back, forward, a typed address): what was pushed is unknown.
            *trail = vec![fragment];
        } else if went_back && before_last.as_deref() == Some(fragment.as_str()) {
            trail.pop();
            browser::history_back();
        } else if went_back {
            browser::replace_fragment(&fragment);
            trail.pop();
            trail.push(fragment);
        } else {
            browser::push_fragment(&fragment);
            trail.push(fragment);
        }
    });
}
