//! 从高从优不重复: measures that are one project or matter count once, at the highest amount,
//! less support the same matter already received under another 西城区 policy.

use yew::prelude::*;

use super::{back_link, continue_button, step_heading};
use crate::ctx::{on, Ctx, Form};
use crate::draft::Field;
use crate::focus::PROJECTS_ID;
use crate::state::Action;
use crate::views::error_summary::{error_summary, errors_at, message};
use crate::views::fields::{text_field, TextKind};
use crate::views::running_total::running_total;
use awards::answers::{key, FieldPath};
use awards::policy::MEASURES;
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn projects(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let form = Form::of(ctx);
    let lang = form.lang;
    let claimed: Vec<&'static awards::policy::Measure> = MEASURES
        .iter()
        .filter(|m| !m.is_service() && state.work.areas().contains(&m.area))
        .filter(|m| state.work.draft().has_claim(m.id))
        .collect();
    let count = state.work.draft().project_count();
    let add = on(&form.to, Action::AddProject);
    let project = |index: usize| {
        let chosen = state.work.draft().project_measures(index);
        let measures_path = FieldPath::project(index).key(key::MEASURES);
        let errors = errors_at(&state.nav.errors, &measures_path);
        let remove = on(&form.to, Action::RemoveProject(index));
        let heading_id = FieldPath::project(index).dom_id();
        html! {
            <div class="list-item" role="group" aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id} tabindex="-1">{ (text::of(lang).project_n)(index + 1) }</h2>
                { text_field(&form, &Field::ProjectName(index), text::of(lang).projects_name, None, TextKind::Text) }
                <div class={classes!("field", (!errors.is_empty()).then_some("field-has-error"))}>
                    <fieldset>
                        <legend>{ text::of(lang).projects_measures }</legend>
                        { for errors.iter().map(|e| html! { <p class="field-error">{ message(e, lang) }</p> }) }
                        <div class="checkboxes">
                            { for claimed.iter().enumerate().map(|(i, m)| {
                                let id = if i == 0 { measures_path.dom_id() } else { format!("{}-{i}", measures_path.dom_id()) };
                                let onchange = on(&form.to, Action::ToggleProjectMeasure(index, m.id));
                                html! {
                                    <div class="checkbox">
                                        <input type="checkbox" id={id.clone()} checked={chosen.contains(&m.id)} {onchange} />
                                        <label for={id}>{ (text::of(lang).measure_with_clause)(m.title.pick(lang), m.clause.pick(lang)) }</label>
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                </div>
                { text_field(&form, &Field::ProjectSupport(index), text::of(lang).projects_support,
                             Some(text::of(lang).projects_support_hint), TextKind::Amount) }
                <button type="button" class="button button-secondary button-small" onclick={remove}>
                    { (text::of(lang).project_remove_n)(index + 1) }
                </button>
            </div>
        }
    };
    html! {
        <>
            { back_link(&form) }
            { error_summary(&form) }
            { step_heading(&form, text::of(lang).projects_title) }
            <p class="lead">{ text::of(lang).projects_lead }</p>
            <p class="hint">{ text::of(lang).projects_example }</p>
            <div id={PROJECTS_ID} tabindex="-1">
                if claimed.len() < 2 && count == 0 {
                    <p class="inset">{ text::of(lang).projects_too_few }</p>
                }
                { for (0..count).map(project) }
            </div>
            if !claimed.is_empty() {
                <button type="button" class="button button-secondary" onclick={add} data-testid="add-project">{ text::of(lang).projects_add }</button>
            }
            { running_total(ctx.derived.estimate(), lang) }
            <div>{ continue_button(&form, None) }</div>
        </>
    }
}
