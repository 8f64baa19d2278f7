//! Form fields, each labelled, with its hint and its error, and each sending its change as an
//! action. What is typed is kept as typed; checking happens on "continue".

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::error_summary::{errors_at, message};
use crate::policy::{Choice, Lang};
use crate::ui::app::Ctx;
use crate::ui::draft::{self, Field};
use crate::ui::i18n::tr;
use crate::ui::state::Action;

fn error_line(ctx: &Ctx, path: &str, id: &str) -> (Option<String>, Html) {
    let errors = errors_at(&ctx.0.errors, path);
    if errors.is_empty() {
        return (None, html! {});
    }
    let error_id = format!("{id}-error");
    let lang = ctx.0.lang;
    let html = html! {
        <p class="field-error" id={error_id.clone()}>
            <span class="visually-hidden">{ tr(lang, "error.prefix") }</span>
            { for errors.iter().map(|e| html! { <span>{ message(e, lang) }</span> }) }
        </p>
    };
    (Some(error_id), html)
}

fn described_by(ids: &[Option<String>]) -> Option<AttrValue> {
    let joined = ids.iter().flatten().cloned().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then(|| joined.into())
}

/// A group of radios or checkboxes: the fieldset, its legend, hint and error, then the options.
fn option_group(
    ctx: &Ctx,
    field: &Field,
    legend: &AttrValue,
    hint: Option<&AttrValue>,
    options_class: &'static str,
    options: Html,
) -> Html {
    let id = field.dom_id();
    let (error_id, error) = error_line(ctx, &field.path(), &id);
    let hint_id = hint.map(|_| format!("{id}-hint"));
    html! {
        <div class={classes!("field", error_id.as_ref().map(|_| "field-has-error"))}>
            <fieldset aria-describedby={described_by(&[hint_id.clone(), error_id])}>
                <legend>{ legend }</legend>
                if let (Some(hint), Some(hint_id)) = (hint, hint_id) {
                    <p class="hint" id={hint_id}>{ hint }</p>
                }
                { error }
                <div class={options_class}>{ options }</div>
            </fieldset>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct YesNoProps {
    pub field: Field,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A yes/no question as a fieldset of two radios.
#[function_component(YesNo)]
pub fn yes_no(props: &YesNoProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    let id = props.field.dom_id();
    let value = draft::flag(&ctx.0.draft, &props.field);
    let radio = |answer: bool| {
        let ctx = ctx.clone();
        let field = props.field.clone();
        let radio_id = if answer { id.clone() } else { format!("{id}-no") };
        let onchange = Callback::from(move |_: Event| ctx.dispatch(Action::SetFlag(field.clone(), answer)));
        html! {
            <div class="radio">
                <input type="radio" id={radio_id.clone()} name={id.clone()} checked={value == Some(answer)} {onchange} />
                <label for={radio_id}>{ tr(lang, if answer { "answer.yes" } else { "answer.no" }) }</label>
            </div>
        }
    };
    let options = html! { <>{ radio(true) }{ radio(false) }</> };
    option_group(&ctx, &props.field, &props.legend, props.hint.as_ref(), "radios radios-inline", options)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    Text,
    Count,
    Amount,
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub field: Field,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub kind: TextKind,
}

/// A text input: a name, a count or an amount in 万元, kept exactly as typed.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    let id = props.field.dom_id();
    let (error_id, error) = error_line(&ctx, &props.field.path(), &id);
    let hint_id = props.hint.as_ref().map(|_| format!("{id}-hint"));
    let value = draft::text(&ctx.0.draft, &props.field);
    let oninput = {
        let ctx = ctx.clone();
        let field = props.field.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            ctx.dispatch(Action::SetText(field.clone(), input.value()));
        })
    };
    let (inputmode, class, suffix) = match props.kind {
        TextKind::Text => ("text", "input", None),
        TextKind::Count => ("numeric", "input input-short", None),
        TextKind::Amount => ("decimal", "input input-amount", Some(tr(lang, "unit.wan"))),
    };
    html! {
        <div class={classes!("field", error_id.as_ref().map(|_| "field-has-error"))}>
            <label class="label" for={id.clone()}>{ &props.label }</label>
            if let (Some(hint), Some(hint_id)) = (&props.hint, &hint_id) {
                <p class="hint" id={hint_id.clone()}>{ hint }</p>
            }
            { error }
            <div class="input-wrap">
                <input {id} class={class} type="text" {inputmode} {value} {oninput}
                       autocomplete="off" spellcheck="false"
                       aria-invalid={error_id.as_ref().map(|_| "true")}
                       aria-describedby={described_by(&[hint_id, error_id])} />
                if let Some(suffix) = suffix {
                    <span class="input-suffix" aria-hidden="true">{ suffix }</span>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoicesProps {
    pub field: Field,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub choices: &'static [Choice],
    /// Several may be ticked (checkboxes) or one (radios).
    pub multiple: bool,
    /// A single choice may be left empty: a "none of these" radio.
    #[prop_or(true)]
    pub optional: bool,
}

/// A multiple choice (checkboxes) or a single choice that may be left empty (radios).
#[function_component(Choices)]
pub fn choices(props: &ChoicesProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return html! {};
    };
    let lang = ctx.0.lang;
    let id = props.field.dom_id();
    let ticked = if props.multiple {
        draft::choices(&ctx.0.draft, &props.field)
    } else {
        let single = draft::text(&ctx.0.draft, &props.field);
        if single.is_empty() {
            Vec::new()
        } else {
            vec![single]
        }
    };
    let option = |position: usize, key: Option<&'static str>, label: &'static str| {
        let ctx = ctx.clone();
        let field = props.field.clone();
        let multiple = props.multiple;
        let option_id = if position == 0 { id.clone() } else { format!("{id}-{position}") };
        let checked = match key {
            Some(key) => ticked.iter().any(|t| t == key),
            None => ticked.is_empty(),
        };
        let onchange = Callback::from(move |_: Event| match (multiple, key) {
            (true, Some(key)) => ctx.dispatch(Action::ToggleChoice(field.clone(), key)),
            (_, key) => ctx.dispatch(Action::SetChoice(field.clone(), key)),
        });
        let kind = if props.multiple { "checkbox" } else { "radio" };
        html! {
            <div class={kind}>
                <input type={kind} id={option_id.clone()} name={id.clone()} {checked} {onchange} />
                <label for={option_id}>{ label }</label>
            </div>
        }
    };
    let mut options: Vec<Html> =
        props.choices.iter().enumerate().map(|(i, c)| option(i, Some(c.key), c.label.get(lang))).collect();
    if !props.multiple && props.optional {
        options.push(option(props.choices.len(), None, tr(lang, "answer.none")));
    }
    let class = if props.multiple { "checkboxes" } else { "radios" };
    option_group(&ctx, &props.field, &props.legend, props.hint.as_ref(), class, options.into_iter().collect())
}

/// The label of a yes/no, for summaries.
pub fn yes_no_text(lang: Lang, value: bool) -> &'static str {
    tr(lang, if value { "answer.yes" } else { "answer.no" })
}
