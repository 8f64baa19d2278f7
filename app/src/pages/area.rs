//! One page per chosen area: the questions of each of its measures.

use yew::prelude::*;

use super::{back_link, continue_button, step_heading};
use crate::ctx::{Ctx, Form};
use crate::views::error_summary::error_summary;
use crate::views::questions::measure_questions;
use crate::views::running_total::running_total;
use awards::policy::{AREAS, MEASURES};
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn area_page(ctx: &Ctx, area: &str) -> Html {
    let form = Form::of(ctx);
    let lang = form.lang;
    let Some(area) = AREAS.iter().find(|a| a.key == area) else {
        return html! {};
    };
    html! {
        <>
            { back_link(&form) }
            { error_summary(&form) }
            { step_heading(&form, area.title.pick(lang)) }
            <p class="lead">{ text::of(lang).area_lead }</p>
            { for MEASURES.iter().filter(|m| m.area == area.key).map(|m| measure_questions(&form, m)) }
            { running_total(ctx.derived.estimate(), lang) }
            { continue_button(&form, None) }
        </>
    }
}
