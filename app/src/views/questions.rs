//! The questions of one measure, built from the policy's own question table: one field per fact,
//! lists (platforms, entries, events) as repeatable groups.

use yew::prelude::*;

use super::clause::clause_quote;
use super::fields::{choices, text_field, yes_no, Pick, TextKind};
use crate::ctx::{on, Form};
use crate::draft::Field;
use crate::state::Action;
use awards::answers::{key, FieldPath};
use awards::lang::Lang;
use awards::policy::{FactKind, FactSpec, Measure, Term, Test};
use awards::text;

/// One measure: its title, clause and quote, a note where the organisation cannot qualify, and
/// one field per question.
pub fn measure_questions(form: &Form, m: &'static Measure) -> Html {
    let lang = form.lang;
    let not_ict = form.draft.flag(&Field::Entity(key::ICT_INDUSTRY)) != Some(true)
        && m.conditions.iter().any(|c| c.test == Test::IctIndustry);
    let service = m.is_service();
    let heading_id = format!("m-{}", FieldPath::claim(m.id).dom_id());
    html! {
        <section class="measure-questions" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} class="measure-title">
                { m.title.pick(lang) }
                <span class="measure-id">{ m.clause.pick(lang) }</span>
            </h2>
            <p class="hint">
                { text::amount_text(m, lang) }
                if service { { text::of(lang).separator }{ text::of(lang).area_service_note } }
            </p>
            if not_ict {
                <p class="inset" data-testid="ict-note">{ text::of(lang).area_ict_only }</p>
            }
            { clause_quote(m, lang) }
            // Every question is drawn, a follow-up not asked hidden: the list keeps its length, so
            // showing one never makes Yew (which matches unkeyed children from the end) reuse
            // another question's inputs, or move the focus in them.
            { for m.facts.iter().map(|fact| question(form, m, fact)) }
        </section>
    }
}

fn question(form: &Form, m: &'static Measure, fact: &'static FactSpec) -> Html {
    let field = match &fact.kind {
        FactKind::List(fields) => list_editor(form, m, fact, fields),
        _ => field_for(form, fact, &Field::Fact { measure: m.id, key: fact.key }),
    };
    let hidden = !form.draft.is_asked(m, fact);
    html! { <div {hidden}>{ field }{ terms(fact.terms, form.lang) }</div> }
}

/// One of the organisation's questions: its input, then its terms explained.
pub fn organisation_question(form: &Form, spec: &'static FactSpec, field: &Field) -> Html {
    html! { <>{ field_for(form, spec, field) }{ terms(spec.terms, form.lang) }</> }
}

/// The specialist terms of a question, each explained in one plain line beneath it.
pub fn terms(terms: &[&Term], lang: Lang) -> Html {
    if terms.is_empty() {
        return html! {};
    }
    html! {
        <dl class="terms" data-testid="terms">
            { for terms.iter().map(|term| html! {
                <div class="term">
                    <dt>{ term.term.pick(lang) }</dt>
                    <dd>{ term.explanation.pick(lang) }</dd>
                </div>
            }) }
        </dl>
    }
}

/// The input for one fact: radios, checkboxes or a text input, by the fact's kind.
fn field_for(form: &Form, spec: &'static FactSpec, field: &Field) -> Html {
    let lang = form.lang;
    let label = spec.question.pick(lang);
    let t = text::of(lang);
    let hint = spec.hint.map(|hint| hint.pick(lang));
    match &spec.kind {
        FactKind::Flag => yes_no(form, field, label, hint),
        FactKind::Count => text_field(form, field, label, hint.or(Some(t.hint_count)), TextKind::Count),
        FactKind::Amount => text_field(form, field, label, hint.or(Some(t.hint_amount)), TextKind::Amount),
        FactKind::Choice(options) => choices(form, field, label, hint, options, Pick::One { optional: !spec.required }),
        FactKind::Choices(options) => choices(form, field, label, hint, options, Pick::Several),
        // A list inside a list item does not occur in the policy; a name is the one text.
        FactKind::Text | FactKind::List(_) => text_field(form, field, label, hint, TextKind::Text),
    }
}

/// A list of items (platforms, entries, events): each item its fields and a remove button.
fn list_editor(form: &Form, m: &'static Measure, fact: &'static FactSpec, fields: &'static [FactSpec]) -> Html {
    let lang = form.lang;
    let measure = m.id;
    let list = fact.key;
    let count = form.draft.item_count(measure, list);
    let list_path = FieldPath::claim(measure).key(list);
    let add = on(&form.to, Action::AddItem { measure, list });
    let item = |index: usize| {
        let heading_id = list_path.clone().index(index).dom_id();
        let item_name = (text::of(lang).list_item_n)(index + 1);
        let remove = on(&form.to, Action::RemoveItem { measure, list, index });
        html! {
            <div class="list-item" role="group" aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id} tabindex="-1" class="item-title">{ item_name.clone() }</h3>
                { for fields.iter().map(|spec| field_for(form, spec, &Field::Item { measure, list, index, key: spec.key })) }
                <button type="button" class="button button-secondary button-small" onclick={remove}>
                    { text::of(lang).list_remove }{ text::of(lang).space }{ item_name }
                </button>
            </div>
        }
    };
    html! {
        <div class="field list-field">
            <h3 class="list-legend" id={list_path.dom_id()} tabindex="-1">{ fact.question.pick(lang) }</h3>
            if count == 0 {
                <p class="hint">{ text::of(lang).list_empty }</p>
            }
            { for (0..count).map(item) }
            <button type="button" class="button button-secondary" onclick={add} data-testid={format!("add-{list}")}>
                { text::of(lang).list_add }
            </button>
        </div>
    }
}
