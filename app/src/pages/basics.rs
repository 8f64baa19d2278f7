//! About the organisation: 西城区, the data-industry fields of 第一条, the ICT industry, a name,
//! and for the report its credit code and a contact.

use yew::prelude::*;

use super::{back_link, continue_button, step_heading};
use crate::ctx::{Ctx, Form};
use crate::draft::Field;
use crate::views::error_summary::error_summary;
use crate::views::questions::organisation_question;
use awards::policy::ENTITY;
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn basics(ctx: &Ctx) -> Html {
    let form = Form::of(ctx);
    html! {
        <>
            { back_link(&form) }
            { error_summary(&form) }
            { step_heading(&form, text::of(form.lang).basics_title) }
            { ENTITY.iter().map(|spec| organisation_question(&form, spec, &Field::Entity(spec.key))).collect::<Html>() }
            { continue_button(&form, None) }
        </>
    }
}
