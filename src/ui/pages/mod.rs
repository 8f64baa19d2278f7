//! One component a step. Each reads the state from the context and sends actions; none computes
//! an amount (the results page asks the engine).

pub mod area;
pub mod areas;
pub mod basics;
pub mod check;
pub mod projects;
pub mod results;
pub mod start;

use yew::prelude::*;

use super::app::Ctx;
use super::i18n::tr;
use super::state::Action;

/// The page's one heading, focused on arrival at a step.
#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
}

#[function_component(Heading)]
pub fn heading(props: &HeadingProps) -> Html {
    html! {
        <>
            if let Some(caption) = &props.caption {
                <p class="caption">{ caption }</p>
            }
            <h1 id="page-heading" tabindex="-1">{ &props.text }</h1>
        </>
    }
}

/// "Back" above the page.
#[function_component(BackLink)]
pub fn back_link() -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    let onclick = Callback::from(move |_| ctx.dispatch(Action::Back));
    html! { <button type="button" class="link-button back-link" {onclick}>{ tr(lang, "nav.back") }</button> }
}

/// The page's main button: check the page and go on.
#[derive(Properties, PartialEq)]
pub struct ContinueProps {
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

#[function_component(ContinueButton)]
pub fn continue_button(props: &ContinueProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    let label = props.label.clone().unwrap_or_else(|| tr(lang, "nav.continue").into());
    let onclick = Callback::from(move |_| ctx.dispatch(Action::Continue));
    html! { <button type="button" class="button" {onclick} data-testid="continue">{ label }</button> }
}
