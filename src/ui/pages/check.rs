//! Check your answers: every answer with a change link that returns here.

use yew::prelude::*;

use super::{back_link, continue_button, heading};
use crate::ui::app::Ctx;
use crate::ui::components::error_summary::error_summary;
use crate::ui::components::summary::answers_summary;
use crate::ui::i18n::tr;

pub fn check(ctx: &Ctx) -> Html {
    let lang = ctx.0.lang;
    html! {
        <>
            { back_link(ctx) }
            { error_summary(ctx) }
            { heading(tr(lang, "check.title"), Some(tr(lang, "step.4"))) }
            { answers_summary(ctx, true) }
            { continue_button(ctx, Some(tr(lang, "check.see_results"))) }
        </>
    }
}
