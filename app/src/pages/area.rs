//! One page per chosen area: the questions of each of its measures.

use yew::prelude::*;

use super::{back_link, continue_button, step_heading};
use crate::ctx::Ctx;
use crate::views::error_summary::error_summary;
use crate::views::questions::measure_questions;
use crate::views::running_total::running_total;
use awards::policy::{AREAS, MEASURES};
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn area_page(ctx: &Ctx, area: &str) -> Html {
    let lang = ctx.state.nav.lang;
    let Some(area) = AREAS.iter().find(|a| a.key == area) else {
        return html! {};
    };
    html! {
        <>
            { back_link(ctx) }
            { error_summary(ctx) }
            { step_heading(ctx, area.title.pick(lang)) }
            <p class="lead">{ text::of(lang).area_lead }</p>
            { for MEASURES.iter().filter(|m| m.area == area.key).map(|m| measure_questions(ctx, m)) }
            { running_total(ctx) }
            { continue_button(ctx, None) }
        </>
    }
}
