//! The GOV.UK error summary: at the top of the page, focused when shown, one link a problem,
//! each link moving the focus to its field.

use yew::prelude::*;

use crate::ctx::Form;
use crate::draft::label_of_path;
use crate::focus::ERROR_SUMMARY_ID;
use crate::state::{Action, Focus, PageError};
use awards::answers::FieldPath;
use awards::lang::Lang;
use awards::text;

/// The message at a field, in the user's language.
pub fn message(error: &PageError, lang: Lang) -> String {
    match error {
        PageError::Field(e) => text::problem(&e.problem, lang),
        PageError::Unanswered(_) => text::of(lang).error_choose_yes_no.to_string(),
        PageError::NoArea => text::of(lang).error_choose_area.to_string(),
    }
}

/// The errors of the page for the field at `path`; an error about one entry of a list of
/// choices (`entity.data_fields[1]`) belongs to the whole list.
pub fn errors_at<'s>(errors: &'s [PageError], path: &FieldPath) -> Vec<&'s PageError> {
    errors.iter().filter(|e| e.path().field() == *path).collect()
}

/// The problem named by its question: "Rent paid for the compute: the amount cannot be negative".
pub fn line(error: &PageError, lang: Lang) -> String {
    let path = error.path();
    // A field the questionnaire does not ask (an unknown key of saved work) is named by its path.
    let label = label_of_path(&path, lang).or_else(|| (!path.is_root()).then(|| path.to_string()));
    match label {
        Some(label) => (text::of(lang).labelled)(&label, &message(error, lang)),
        None => message(error, lang),
    }
}

pub fn error_summary(form: &Form) -> Html {
    let lang = form.lang;
    if form.errors.is_empty() {
        return html! {};
    }
    let links = form.errors.iter().map(|error| {
        let target = if matches!(error, PageError::NoArea) { Focus::Areas } else { Focus::Field(error.path().field()) };
        let href = format!("#{}", target.dom_id());
        let line = line(error, lang);
        let to = form.to.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            to.dispatch(Action::Focus(target.clone()));
        });
        html! { <li><a {href} {onclick}>{ line }</a></li> }
    });
    html! {
        <div id={ERROR_SUMMARY_ID} class="error-summary" role="alert" tabindex="-1"
             aria-labelledby="error-summary-title" data-testid="error-summary">
            <h2 id="error-summary-title">{ text::of(lang).error_summary_title }</h2>
            <ul>{ for links }</ul>
        </div>
    }
}
