//! Demo mode at a stand: after the idle time without a touch, click, key or scroll, the reset
//! warning counts down a second at a time (the reducer holds what shows); any activity is the
//! visitor still being there. Outside demo mode this never runs, so nothing times out.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;

use super::ctx::Ctx;
use super::state::{Action, IDLE_WARNING_SECONDS};

/// The listeners and the clock; dropping it stops both.
pub struct Watch {
    _listeners: Vec<EventListener>,
    _clock: Interval,
}

impl Watch {
    pub fn start(idle_seconds: u32, model: Ctx) -> Watch {
        let last_activity = Rc::new(Cell::new(js_sys::Date::now()));
        // Seconds of warning left, while it shows.
        let left: Rc<Cell<Option<u32>>> = Rc::new(Cell::new(None));
        let window = gloo::utils::window();
        let options = EventListenerOptions::run_in_capture_phase();
        let listeners = ["pointerdown", "touchstart", "keydown", "wheel", "scroll"]
            .into_iter()
            .map(|event| {
                let (last_activity, left, model) = (last_activity.clone(), left.clone(), model.clone());
                EventListener::new_with_options(&window, event, options, move |_| {
                    last_activity.set(js_sys::Date::now());
                    if left.take().is_some() {
                        model.dispatch(Action::StillHere);
                    }
                })
            })
            .collect();
        let clock = Interval::new(1_000, move || match left.get() {
            Some(seconds) => {
                model.dispatch(Action::IdleTick);
                let seconds = seconds.saturating_sub(1);
                left.set((seconds > 0).then_some(seconds));
                if seconds == 0 {
                    last_activity.set(js_sys::Date::now());
                }
            }
            None if js_sys::Date::now() - last_activity.get() >= f64::from(idle_seconds) * 1_000.0 => {
                left.set(Some(IDLE_WARNING_SECONDS));
                model.dispatch(Action::IdleWarn);
            }
            None => {}
        });
        Watch { _listeners: listeners, _clock: clock }
    }
}
