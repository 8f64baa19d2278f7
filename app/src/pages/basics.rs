//! About the organisation: 西城区, the data-industry fields of 第一条, the ICT industry, a name,
//! and for the report its credit code and a contact.

use yew::prelude::*;

use super::{back_link, continue_button, heading};
use crate::ctx::Ctx;
use crate::draft::Field;
use crate::views::error_summary::error_summary;
use crate::views::fields::{choices, text_field, yes_no, Pick, TextKind};
use crate::views::questions::terms;
use awards::answers::key;
use awards::policy::{DATA_FIELDS, ICT_INDUSTRY};
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn basics(ctx: &Ctx) -> Html {
    let lang = ctx.state.nav.lang;
    let t = text::of(lang);
    let step = (t.step_of)(1, 5);
    html! {
        <>
            { back_link(ctx) }
            { error_summary(ctx) }
            { heading(t.basics_title, Some(&step)) }
            { yes_no(ctx, &Field::Entity(key::OPERATES_IN_XICHENG), t.entity_operates_in_xicheng, Some(t.basics_xicheng_hint)) }
            { choices(ctx, &Field::Entity(key::DATA_FIELDS), t.entity_data_fields, Some(t.basics_fields_hint), DATA_FIELDS, Pick::Several) }
            { yes_no(ctx, &Field::Entity(key::ICT_INDUSTRY), t.entity_ict_industry, Some(t.basics_ict_hint)) }
            { terms(&[&ICT_INDUSTRY], lang) }
            { text_field(ctx, &Field::Entity(key::NAME), t.entity_name, Some(t.basics_name_hint), TextKind::Text) }
            { text_field(ctx, &Field::Entity(key::CREDIT_CODE), t.entity_credit_code, Some(t.entity_credit_code_hint), TextKind::Text) }
            { text_field(ctx, &Field::Entity(key::CONTACT), t.entity_contact, Some(t.entity_contact_hint), TextKind::Text) }
            { continue_button(ctx, None) }
        </>
    }
}
