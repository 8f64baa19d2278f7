//! The document around the app: its title, language and printed foot follow the language, and
//! the keyboard focus follows the actions that move it.

use yew::prelude::*;

use crate::browser;
use crate::ctx::Ctx;
use crate::focus::HEADING_ID;
use crate::state::Action;
use awards::policy::POLICY;
use awards::text;

#[hook]
pub fn use_document(model: &Ctx) {
    use_effect_with((model.state.nav.lang, model.state.config.today), |(lang, today)| {
        let t = text::of(*lang);
        browser::set_document_language(lang.tag());
        browser::set_title(t.app_title);
        let foot = (t.report_foot)(POLICY.document_number, &awards::policy::edition(), *today);
        browser::set_print_foot(&foot, t.report_page_css);
    });
}

/// Focus moves to the page heading on each step, or to the element an action asked for (the
/// heading where that element is not on the page). Each step moves it (or starts the app), so
/// the same effect tells the state, in a task after the one that drew the step's page, that the
/// page has been painted (`Nav::painted`): one effect less to ship than an effect of its own.
#[hook]
pub fn use_focus(model: &Ctx) {
    let nav = &model.state.nav;
    let step = (!nav.painted()).then_some(nav.step);
    let to = model.clone();
    use_effect_with((nav.focus_request, nav.focus.clone()), move |(request, target)| {
        if *request > 0 && !browser::focus(&target.dom_id()) {
            browser::focus(HEADING_ID);
        }
        if let Some(step) = step {
            browser::after_this_task(move || to.dispatch(Action::Painted(step)));
        }
    });
}
