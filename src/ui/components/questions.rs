//! The questions of one measure, built from the policy's own question table: one field per fact,
//! lists (platforms, entries, events) as repeatable groups.

use yew::prelude::*;

use super::clause::ClauseQuote;
use super::fields::{Choices, TextField, TextKind, YesNo};
use crate::policy::{FactKind, FactSpec, Lang, Measure, Test};
use crate::ui::app::Ctx;
use crate::ui::draft::{self, dom_id, Field};
use crate::ui::i18n::tr;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct MeasureQuestionsProps {
    pub measure: &'static Measure,
}

/// One measure: its title, clause and quote, a note where the organisation cannot qualify, and
/// one field per question.
#[function_component(MeasureQuestions)]
pub fn measure_questions(props: &MeasureQuestionsProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    let m = props.measure;
    let not_ict = draft::flag(&ctx.0.draft, &Field::Entity("ict_industry")) != Some(true)
        && m.conditions.iter().any(|c| c.test == Test::IctIndustry);
    let service = m.is_service();
    html! {
        <section class="measure-questions" aria-labelledby={format!("m-{}", dom_id(m.id))}>
            <h2 id={format!("m-{}", dom_id(m.id))} class="measure-title">
                { m.title.get(lang) }
                <span class="measure-id">{ m.clause.get(lang) }</span>
            </h2>
            <p class="hint">
                { m.amount_text.get(lang) }
                if service { { " · " }{ tr(lang, "area.service_note") } }
            </p>
            if not_ict {
                <p class="inset" data-testid="ict-note">{ tr(lang, "area.ict_only") }</p>
            }
            <ClauseQuote measure={m} {lang} />
            { for m.facts.iter().map(|fact| question(m, fact, lang)) }
        </section>
    }
}

fn question(m: &'static Measure, fact: &'static FactSpec, lang: Lang) -> Html {
    match &fact.kind {
        FactKind::List(fields) => {
            html! { <ListEditor measure={m} list={fact.key} {fields} legend={fact.question.get(lang)} /> }
        }
        _ => field_for(fact, Field::Fact { measure: m.id, key: fact.key }, lang),
    }
}

/// The input for one fact: radios, checkboxes or a text input, by the fact's kind.
fn field_for(spec: &'static FactSpec, field: Field, lang: Lang) -> Html {
    let label: AttrValue = spec.question.get(lang).into();
    let hint = |key: &'static str| Some(AttrValue::from(tr(lang, key)));
    match &spec.kind {
        FactKind::Flag => html! { <YesNo {field} legend={label} /> },
        FactKind::Count => html! { <TextField {field} {label} kind={TextKind::Count} hint={hint("hint.count")} /> },
        FactKind::Amount => html! { <TextField {field} {label} kind={TextKind::Amount} hint={hint("hint.amount")} /> },
        FactKind::Choice(choices) => {
            html! { <Choices {field} legend={label} {choices} multiple={false} optional={!spec.required} /> }
        }
        FactKind::Choices(choices) => html! { <Choices {field} legend={label} {choices} multiple={true} /> },
        // A list inside a list item does not occur in the policy; a name is the one text.
        FactKind::Text | FactKind::List(_) => html! { <TextField {field} {label} kind={TextKind::Text} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub measure: &'static Measure,
    pub list: &'static str,
    pub fields: &'static [FactSpec],
    pub legend: AttrValue,
}

/// A list of items (platforms, entries, events): each item its fields and a remove button.
#[function_component(ListEditor)]
pub fn list_editor(props: &ListProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    let measure = props.measure.id;
    let list = props.list;
    let count = draft::item_count(&ctx.0.draft, measure, list);
    let list_path = format!("claims.{measure}.{list}");
    let add = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::AddItem { measure, list }))
    };
    let item = |index: usize| {
        let heading_id = dom_id(&format!("{list_path}[{index}]"));
        let item_name = tr(lang, "list.item_n").replace("{n}", &(index + 1).to_string());
        let remove = {
            let ctx = ctx.clone();
            Callback::from(move |_| ctx.dispatch(Action::RemoveItem { measure, list, index }))
        };
        html! {
            <div class="list-item" role="group" aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id} tabindex="-1" class="item-title">{ item_name.clone() }</h3>
                { for props.fields.iter().map(|spec| field_for(spec, Field::Item { measure, list, index, key: spec.key }, lang)) }
                <button type="button" class="button button-secondary button-small" onclick={remove}>
                    { tr(lang, "list.remove") }{ " " }{ item_name }
                </button>
            </div>
        }
    };
    html! {
        <div class="field list-field">
            <h3 class="list-legend" id={dom_id(&list_path)} tabindex="-1">{ &props.legend }</h3>
            if count == 0 {
                <p class="hint">{ tr(lang, "list.empty") }</p>
            }
            { for (0..count).map(item) }
            <button type="button" class="button button-secondary" onclick={add} data-testid={format!("add-{list}")}>
                { tr(lang, "list.add") }
            </button>
        </div>
    }
}
