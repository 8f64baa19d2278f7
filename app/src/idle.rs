//! Demo mode at a stand: after the idle time without a touch, click, key or scroll, the reset
//! warning shows and counts down a second at a time (the reducer holds what shows and resets at
//! the end). While it shows, only its "continue" button keeps the answers: a tap that closed it on
//! the way down would land on whatever lies beneath. Outside demo mode this never runs.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;

use super::ctx::Ctx;
use super::state::Action;

/// The listeners and the clock; dropping it stops both.
pub struct Watch {
    _listeners: Vec<EventListener>,
    _clock: Interval,
}

impl Watch {
    /// `showing` says whether the warning is on screen (the app keeps it current).
    pub fn start(idle_seconds: u32, model: Ctx, showing: Rc<Cell<bool>>) -> Watch {
        let last_activity = Rc::new(Cell::new(js_sys::Date::now()));
        let window = gloo::utils::window();
        let options = EventListenerOptions::run_in_capture_phase();
        let listeners = ["pointerdown", "touchstart", "keydown", "wheel", "scroll"]
            .into_iter()
            .map(|event| {
                let last_activity = last_activity.clone();
                EventListener::new_with_options(&window, event, options, move |_| {
                    last_activity.set(js_sys::Date::now())
                })
            })
            .collect();
        let shown_before = Cell::new(false);
        let clock = Interval::new(1_000, move || {
            let now = js_sys::Date::now();
            let shown = showing.get();
            if shown_before.replace(shown) && !shown {
                // Continued, or reset: the idle time starts again from here.
                last_activity.set(now);
            }
            if shown {
                model.dispatch(Action::IdleTick);
            } else if now - last_activity.get() >= f64::from(idle_seconds) * 1_000.0 {
                model.dispatch(Action::IdleWarn);
                shown_before.set(true);
            }
        });
        Watch { _listeners: listeners, _clock: clock }
    }
}
