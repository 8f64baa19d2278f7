//! One function a step. Each reads the state it is given and sends actions; none computes an
//! amount (the results page asks the engine). Plain functions, not components: a Yew component
//! costs about 1 KB of WebAssembly of its own, and these have no state to keep.
//!
//! Each page is a function of its own in the WebAssembly (`#[inline(never)]`, and wasm-opt is told
//! not to merge large functions into their one caller, see index.html): the browser compiles a
//! function the first time it runs, so the start page must not carry every other page's code.

pub mod area;
pub mod areas;
pub mod basics;
pub mod check;
pub mod projects;
pub mod results;
pub mod start;

use yew::prelude::*;

use super::ctx::{on, Form};
use super::focus::HEADING_ID;
use super::state::Action;
use awards::lang::Lang;
use awards::text;

/// The page's one heading, focused on arrival at a step, with the step above it.
pub fn heading(text: &str, caption: Option<&str>) -> Html {
    html! {
        <>
            if let Some(caption) = caption {
                <p class="caption">{ caption }</p>
            }
            <h1 id={HEADING_ID} tabindex="-1">{ text }</h1>
        </>
    }
}

/// The heading of a step of the walk, with where it stands among the pages this user walks, in
/// one style on every page ("第 4 步，共 7 步"), the areas' pages counted as the user chose them.
pub fn step_heading(form: &Form, text: &str) -> Html {
    let (at, of) = form.page_of;
    heading(text, Some(&(text::of(form.lang).step_of)(at, of)))
}

/// The policy's validity, each day kept whole on its line.
pub fn validity(lang: Lang) -> Html {
    let t = text::of(lang);
    html! {
        <>
            <span class="nowrap">{ (t.date)(awards::policy::POLICY.valid_from) }</span>
            { t.date_to }
            <span class="nowrap">{ (t.date)(awards::policy::POLICY.valid_until) }</span>
        </>
    }
}

/// "Back" above the page.
pub fn back_link(form: &Form) -> Html {
    let onclick = on(&form.to, Action::Back);
    html! { <button type="button" class="link-button back-link" {onclick}>{ text::of(form.lang).nav_back }</button> }
}

/// The page's main button: check the page and go on ("continue" unless `label` says otherwise).
pub fn continue_button(form: &Form, label: Option<&str>) -> Html {
    let label = label.unwrap_or(text::of(form.lang).nav_continue).to_string();
    let onclick = on(&form.to, Action::Continue);
    html! { <button type="button" class="button" {onclick} data-testid="continue">{ label }</button> }
}
