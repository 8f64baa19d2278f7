//! Demo mode at a stand: a bare start for the next visitor once nobody is there.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::ctx::Ctx;
use crate::idle::Watch;

#[hook]
pub fn use_idle(model: &Ctx) {
    // Whether the warning is on screen, for the watch's clock; one cell for the app's life.
    let showing: Rc<Cell<bool>> = Rc::clone(&use_memo((), |_| Rc::new(Cell::new(false))));
    let warning_shown = Rc::clone(&showing);
    use_effect_with(model.state.stand.idle_warning.is_some(), move |shown| warning_shown.set(*shown));
    let config = &model.state.config;
    let model = model.clone();
    use_effect_with((config.demo, config.kiosk.idle_seconds), move |(demo, idle_seconds)| {
        let watch = demo.then(|| Watch::start(*idle_seconds, model, Rc::clone(&showing)));
        move || drop(watch)
    });
}
