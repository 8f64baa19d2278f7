//! One page per chosen area: the questions of each of its measures.

use yew::prelude::*;

use super::{BackLink, ContinueButton, Heading};
use crate::policy::{AREAS, MEASURES};
use crate::ui::app::Ctx;
use crate::ui::components::error_summary::ErrorSummary;
use crate::ui::components::questions::MeasureQuestions;
use crate::ui::i18n::tr;

#[derive(Properties, PartialEq)]
pub struct AreaProps {
    pub area: &'static str,
}

#[function_component(AreaPage)]
pub fn area_page(props: &AreaProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    let Some(area) = AREAS.iter().find(|a| a.key == props.area) else {
        return html! {};
    };
    let position = ctx.0.areas.iter().position(|a| *a == area.key).map_or(1, |p| p + 1);
    let caption = tr(lang, "area.caption")
        .replace("{n}", &position.to_string())
        .replace("{total}", &ctx.0.areas.len().to_string());
    html! {
        <>
            <BackLink />
            <ErrorSummary />
            <Heading text={area.title.get(lang)} caption={Some(AttrValue::from(caption))} />
            <p class="lead">{ tr(lang, "area.lead") }</p>
            { for MEASURES.iter().filter(|m| m.area == area.key).map(|m| html! { <MeasureQuestions measure={m} /> }) }
            <ContinueButton />
        </>
    }
}
