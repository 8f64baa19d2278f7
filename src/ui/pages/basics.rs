//! About the organisation: 西城区, the data-industry fields of 第一条, the ICT industry, a name.

use yew::prelude::*;

use super::{BackLink, ContinueButton, Heading};
use crate::policy::DATA_FIELDS;
use crate::ui::app::Ctx;
use crate::ui::components::error_summary::ErrorSummary;
use crate::ui::components::fields::{Choices, TextField, TextKind, YesNo};
use crate::ui::draft::Field;
use crate::ui::i18n::tr;

#[function_component(Basics)]
pub fn basics() -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    let hint = |key: &'static str| Some(AttrValue::from(tr(lang, key)));
    html! {
        <>
            <BackLink />
            <ErrorSummary />
            <Heading text={tr(lang, "basics.title")} caption={Some(AttrValue::from(tr(lang, "step.1")))} />
            <YesNo field={Field::Entity("operates_in_xicheng")} legend={tr(lang, "entity.operates_in_xicheng")}
                   hint={hint("basics.xicheng_hint")} />
            <Choices field={Field::Entity("data_fields")} legend={tr(lang, "entity.data_fields")}
                     hint={hint("basics.fields_hint")} choices={DATA_FIELDS} multiple={true} />
            <YesNo field={Field::Entity("ict_industry")} legend={tr(lang, "entity.ict_industry")}
                   hint={hint("basics.ict_hint")} />
            <TextField field={Field::Entity("name")} label={tr(lang, "entity.name")}
                       hint={hint("basics.name_hint")} kind={TextKind::Text} />
            <ContinueButton />
        </>
    }
}
