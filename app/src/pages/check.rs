//! Check your answers: every answer with a change link that returns here.

use yew::prelude::*;

use super::{back_link, continue_button, step_heading};
use crate::ctx::{Ctx, Form, Link};
use crate::views::error_summary::error_summary;
use crate::views::hand_off::hand_off;
use crate::views::summary::answers_summary;
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn check(ctx: &Ctx) -> Html {
    let form = Form::of(ctx);
    let lang = form.lang;
    html! {
        <>
            { back_link(&form) }
            { error_summary(&form) }
            { step_heading(&form, text::of(lang).check_title) }
            { answers_summary(&ctx.state.work, lang, Some(&form.to)) }
            { continue_button(&form, Some(text::of(lang).check_see_results)) }
            { hand_off(&Link::of(ctx), ctx.state.sharing.hand_off, &form.to) }
        </>
    }
}
