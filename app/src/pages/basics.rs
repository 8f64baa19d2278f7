//! About the organisation: 西城区, the data-industry fields of 第一条, the ICT industry, a name,
//! and for the report its credit code and a contact.

use yew::prelude::*;

use super::{back_link, continue_button, step_heading};
use crate::ctx::Ctx;
use crate::draft::Field;
use crate::views::error_summary::error_summary;
use crate::views::questions::organisation_question;
use awards::policy::ENTITY;
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn basics(ctx: &Ctx) -> Html {
    let t = text::of(ctx.state.nav.lang);
    html! {
        <>
            { back_link(ctx) }
            { error_summary(ctx) }
            { step_heading(ctx, t.basics_title) }
            { ENTITY.iter().map(|spec| organisation_question(ctx, spec, &Field::Entity(spec.key))).collect::<Html>() }
            { continue_button(ctx, None) }
        </>
    }
}
