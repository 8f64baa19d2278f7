//! Which activities apply: the measures grouped into areas; only chosen areas get question pages.
//! A partner's page may offer some areas first; the rest follow in the policy's order.

use yew::prelude::*;

use super::{back_link, continue_button, step_heading};
use crate::ctx::{on, Ctx, Form};
use crate::focus::AREAS_ID;
use crate::state::Action;
use crate::views::error_summary::{error_summary, errors_at, message};
use awards::answers::FieldPath;
use awards::policy::{AREAS, MEASURES};
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn areas(ctx: &Ctx) -> Html {
    let form = Form::of(ctx);
    let lang = form.lang;
    let errors = errors_at(form.errors, &FieldPath::root().key(crate::draft::AREAS_KEY));
    let first = &ctx.state.config.partner.first_areas;
    let ordered = first
        .iter()
        .filter_map(|key| AREAS.iter().find(|a| a.key == *key))
        .chain(AREAS.iter().filter(|a| !first.contains(&a.key)));
    let options = ordered.map(|area| {
        let id = format!("area-{}", area.key);
        let checked = ctx.state.work.areas().contains(&area.key);
        let key = area.key;
        let onchange = on(&form.to, Action::ToggleArea(key));
        let count = MEASURES.iter().filter(|m| m.area == area.key).count();
        html! {
            <div class="checkbox checkbox-card">
                <input type="checkbox" id={id.clone()} name="areas" {checked} {onchange} aria-describedby={format!("{id}-hint")} />
                <label for={id.clone()}>{ area.title.pick(lang) }</label>
                <p class="hint" id={format!("{id}-hint")}>
                    { area.summary.pick(lang) }{ text::of(lang).separator }{ (text::of(lang).areas_measures)(count) }
                </p>
            </div>
        }
    });
    html! {
        <>
            { back_link(&form) }
            { error_summary(&form) }
            { step_heading(&form, text::of(lang).areas_title) }
            <div class={classes!("field", (!errors.is_empty()).then_some("field-has-error"))}>
                <fieldset id={AREAS_ID} tabindex="-1" aria-describedby="areas-hint">
                    <legend class="visually-hidden">{ text::of(lang).areas_title }</legend>
                    <p class="hint" id="areas-hint">{ text::of(lang).areas_hint }</p>
                    { for errors.iter().map(|e| html! { <p class="field-error">{ message(e, lang) }</p> }) }
                    <div class="checkboxes">{ for options }</div>
                </fieldset>
            </div>
            { continue_button(&form, None) }
        </>
    }
}
