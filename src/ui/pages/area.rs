//! One page per chosen area: the questions of each of its measures.

use yew::prelude::*;

use super::{back_link, continue_button, heading};
use crate::policy::{AREAS, MEASURES};
use crate::ui::app::Ctx;
use crate::ui::components::error_summary::error_summary;
use crate::ui::components::questions::measure_questions;
use crate::ui::i18n::tr;

pub fn area_page(ctx: &Ctx, area: &str) -> Html {
    let lang = ctx.0.lang;
    let Some(area) = AREAS.iter().find(|a| a.key == area) else {
        return html! {};
    };
    let position = ctx.0.areas.iter().position(|a| *a == area.key).map_or(1, |p| p + 1);
    let caption = tr(lang, "area.caption")
        .replace("{n}", &position.to_string())
        .replace("{total}", &ctx.0.areas.len().to_string());
    html! {
        <>
            { back_link(ctx) }
            { error_summary(ctx) }
            { heading(area.title.get(lang), Some(&caption)) }
            <p class="lead">{ tr(lang, "area.lead") }</p>
            { for MEASURES.iter().filter(|m| m.area == area.key).map(|m| measure_questions(ctx, m)) }
            { continue_button(ctx, None) }
        </>
    }
}
