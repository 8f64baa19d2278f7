//! One page per chosen area: the questions of each of its measures.

use yew::prelude::*;

use super::{back_link, continue_button, heading};
use crate::policy::{AREAS, MEASURES};
use crate::text;
use crate::ui::ctx::Ctx;
use crate::ui::views::error_summary::error_summary;
use crate::ui::views::questions::measure_questions;
use crate::ui::views::running_total::running_total;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn area_page(ctx: &Ctx, area: &str) -> Html {
    let lang = ctx.0.lang;
    let Some(area) = AREAS.iter().find(|a| a.key == area) else {
        return html! {};
    };
    let position = ctx.0.areas.iter().position(|a| *a == area.key).map_or(1, |p| p + 1);
    let caption = (text::of(lang).area_caption)(position, ctx.0.areas.len());
    html! {
        <>
            { back_link(ctx) }
            { error_summary(ctx) }
            { heading(area.title.get(lang), Some(&caption)) }
            <p class="lead">{ text::of(lang).area_lead }</p>
            { for MEASURES.iter().filter(|m| m.area == area.key).map(|m| measure_questions(ctx, m)) }
            { running_total(ctx) }
            { continue_button(ctx, None) }
        </>
    }
}
