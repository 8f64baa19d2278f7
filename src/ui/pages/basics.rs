//! About the organisation: 西城区, the data-industry fields of 第一条, the ICT industry, a name.

use yew::prelude::*;

use super::{back_link, continue_button, heading};
use crate::policy::DATA_FIELDS;
use crate::ui::app::Ctx;
use crate::ui::components::error_summary::error_summary;
use crate::ui::components::fields::{choices, text_field, yes_no, Pick, TextKind};
use crate::ui::draft::Field;
use crate::ui::i18n::tr;

pub fn basics(ctx: &Ctx) -> Html {
    let lang = ctx.0.lang;
    let t = |key: &'static str| tr(lang, key);
    html! {
        <>
            { back_link(ctx) }
            { error_summary(ctx) }
            { heading(t("basics.title"), Some(t("step.1"))) }
            { yes_no(ctx, &Field::Entity("operates_in_xicheng"), t("entity.operates_in_xicheng"), Some(t("basics.xicheng_hint"))) }
            { choices(ctx, &Field::Entity("data_fields"), t("entity.data_fields"), Some(t("basics.fields_hint")), DATA_FIELDS, Pick::Several) }
            { yes_no(ctx, &Field::Entity("ict_industry"), t("entity.ict_industry"), Some(t("basics.ict_hint"))) }
            { text_field(ctx, &Field::Entity("name"), t("entity.name"), Some(t("basics.name_hint")), TextKind::Text) }
            { continue_button(ctx, None) }
        </>
    }
}
