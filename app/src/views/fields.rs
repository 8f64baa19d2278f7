//! Form fields, each labelled, with its hint and its error, and each sending its change as an
//! action. What is typed is kept as typed; checking happens on "continue".

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::error_summary::{errors_at, message};
use crate::ctx::{on, Form};
use crate::draft::Field;
use crate::state::Action;
use awards::answers::{name_as_kept, FieldPath, MAX_TEXT_CHARS};
use awards::lang::Lang;
use awards::policy::Choice;
use awards::text;

fn error_line(form: &Form, path: &FieldPath, id: &str) -> (Option<String>, Html) {
    let errors = errors_at(form.errors, path);
    if errors.is_empty() {
        return (None, html! {});
    }
    let error_id = format!("{id}-error");
    let lang = form.lang;
    let html = html! {
        <p class="field-error" id={error_id.clone()}>
            <span class="visually-hidden">{ text::of(lang).error_prefix }</span>
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
    form: &Form,
    field: &Field,
    legend: &str,
    hint: Option<&str>,
    options_class: &'static str,
    options: Html,
) -> Html {
    let id = field.dom_id();
    let (error_id, error) = error_line(form, &field.path(), &id);
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

/// A yes/no question as a fieldset of two radios.
pub fn yes_no(form: &Form, field: &Field, legend: &str, hint: Option<&str>) -> Html {
    let lang = form.lang;
    let id = field.dom_id();
    let value = form.draft.flag(field);
    let radio = |answer: bool| {
        let radio_id = if answer { id.clone() } else { format!("{id}-no") };
        let onchange = on(&form.to, Action::SetFlag(field.clone(), answer));
        html! {
            <div class="radio">
                <input type="radio" id={radio_id.clone()} name={id.clone()} checked={value == Some(answer)} {onchange} />
                <label for={radio_id}>{ yes_no_text(lang, answer) }</label>
            </div>
        }
    };
    let options = html! { <>{ radio(true) }{ radio(false) }</> };
    option_group(form, field, legend, hint, "radios radios-inline", options)
}

/// The most characters an amount or a count box takes: "100,000,000.000000" is 18.
const MAX_FIGURE_CHARS: usize = 40;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    Text,
    Count,
    Amount,
}

/// A text input: a name, a count or an amount in 万元, kept exactly as typed.
pub fn text_field(form: &Form, field: &Field, label: &str, hint: Option<&str>, kind: TextKind) -> Html {
    let lang = form.lang;
    let id = field.dom_id();
    let (error_id, error) = error_line(form, &field.path(), &id);
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let value = form.draft.text(field).to_string();
    let is_name = kind == TextKind::Text;
    // A name at its limit (one more character would not be kept) says so, so that nothing typed
    // beyond it goes without a word.
    let at_limit = is_name && name_as_kept(&format!("{value}x")).len() <= value.len();
    let limit_id = at_limit.then(|| format!("{id}-limit"));
    let oninput = {
        let to = form.to.clone();
        let field = field.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let typed = input.value();
            // A name keeps at most 200 characters as the file counts them (maxlength would count
            // UTF-16 units, and stop at 100 emoji); the box shows exactly what is kept.
            let kept = if is_name { name_as_kept(&typed) } else { &typed };
            if kept.len() != typed.len() {
                input.set_value(kept);
            }
            to.dispatch(Action::SetText(field.clone(), kept.to_string()));
        })
    };
    // A figure's box holds no more than any figure needs; a name sets its own direction
    // (`dir="auto"`), so an Arabic or Hebrew name reads right to left.
    let (inputmode, class, suffix, maxlength, dir) = match kind {
        TextKind::Text => ("text", "input", None, None, Some("auto")),
        TextKind::Count => ("numeric", "input input-short", None, Some(MAX_FIGURE_CHARS), None),
        TextKind::Amount => {
            ("decimal", "input input-amount", Some(text::of(lang).unit_wan), Some(MAX_FIGURE_CHARS), None)
        }
    };
    html! {
        <div class={classes!("field", error_id.as_ref().map(|_| "field-has-error"))}>
            <label class="label" for={id.clone()}>{ label }</label>
            if let (Some(hint), Some(hint_id)) = (hint, &hint_id) {
                <p class="hint" id={hint_id.clone()}>{ hint }</p>
            }
            { error }
            if let Some(limit_id) = &limit_id {
                <p class="hint" id={limit_id.clone()} role="status" data-testid="name-at-limit">
                    { (text::of(lang).name_at_limit)(MAX_TEXT_CHARS) }
                </p>
            }
            <div class="input-wrap">
                <input {id} class={class} type="text" {inputmode} {value} {oninput} {dir}
                       maxlength={maxlength.map(|m| m.to_string())} autocomplete="off" spellcheck="false"
                       aria-invalid={error_id.as_ref().map(|_| "true")}
                       aria-describedby={described_by(&[hint_id, error_id, limit_id])} />
                if let Some(suffix) = suffix {
                    <span class="input-suffix" aria-hidden="true">{ suffix }</span>
                }
            </div>
        </div>
    }
}

/// How many choices may be picked.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// Checkboxes: any number.
    Several,
    /// Radios: one; an optional one gets a "none of these" radio.
    One { optional: bool },
}

/// A multiple choice (checkboxes) or a single choice (radios).
pub fn choices(
    form: &Form,
    field: &Field,
    legend: &str,
    hint: Option<&str>,
    choices: &'static [Choice],
    pick: Pick,
) -> Html {
    let lang = form.lang;
    let id = field.dom_id();
    let multiple = pick == Pick::Several;
    let ticked = form.draft.chosen(field);
    let kind = if multiple { "checkbox" } else { "radio" };
    let option = |position: usize, key: Option<&'static str>, label: &'static str| {
        let to = form.to.clone();
        let field = field.clone();
        let option_id = if position == 0 { id.clone() } else { format!("{id}-{position}") };
        let checked = match key {
            Some(key) => ticked.contains(&key),
            None => ticked.is_empty(),
        };
        let onchange = Callback::from(move |_: Event| match (multiple, key) {
            (true, Some(key)) => to.dispatch(Action::ToggleChoice(field.clone(), key)),
            (_, key) => to.dispatch(Action::SetChoice(field.clone(), key)),
        });
        html! {
            <div class={kind}>
                <input type={kind} id={option_id.clone()} name={id.clone()} {checked} {onchange} />
                <label for={option_id}>{ label }</label>
            </div>
        }
    };
    let mut options: Vec<Html> =
        choices.iter().enumerate().map(|(i, c)| option(i, Some(c.key), c.label.pick(lang))).collect();
    if pick == (Pick::One { optional: true }) {
        options.push(option(choices.len(), None, text::of(lang).answer_none));
    }
    let class = if multiple { "checkboxes" } else { "radios" };
    option_group(form, field, legend, hint, class, options.into_iter().collect())
}

/// The label of a yes/no radio.
fn yes_no_text(lang: Lang, value: bool) -> &'static str {
    let t = text::of(lang);
    if value {
        t.answer_yes
    } else {
        t.answer_no
    }
}
