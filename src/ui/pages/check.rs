//! Check your answers: every answer with a change link that returns here.

use yew::prelude::*;

use super::{BackLink, ContinueButton, Heading};
use crate::ui::app::Ctx;
use crate::ui::components::error_summary::ErrorSummary;
use crate::ui::components::summary::AnswersSummary;
use crate::ui::i18n::tr;

#[function_component(Check)]
pub fn check() -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    html! {
        <>
            <BackLink />
            <ErrorSummary />
            <Heading text={tr(lang, "check.title")} caption={Some(AttrValue::from(tr(lang, "step.4")))} />
            <AnswersSummary change_links={true} />
            <ContinueButton label={Some(AttrValue::from(tr(lang, "check.see_results")))} />
        </>
    }
}
