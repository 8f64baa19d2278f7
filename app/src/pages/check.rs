//! Check your answers: every answer with a change link that returns here.

use yew::prelude::*;

use super::{back_link, continue_button, step_heading};
use crate::ctx::Ctx;
use crate::views::error_summary::error_summary;
use crate::views::hand_off::hand_off;
use crate::views::summary::answers_summary;
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn check(ctx: &Ctx) -> Html {
    let lang = ctx.state.nav.lang;
    html! {
        <>
            { back_link(ctx) }
            { error_summary(ctx) }
            { step_heading(ctx, text::of(lang).check_title) }
            { answers_summary(ctx, true) }
            { continue_button(ctx, Some(text::of(lang).check_see_results)) }
            { hand_off(ctx) }
        </>
    }
}
