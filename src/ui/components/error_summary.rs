//! The GOV.UK error summary: at the top of the page, focused when shown, one link a problem,
//! each link moving the focus to its field.

use yew::prelude::*;

use crate::policy::Lang;
use crate::ui::app::Ctx;
use crate::ui::draft::{dom_id, label_of_path};
use crate::ui::i18n::tr;
use crate::ui::state::{Action, PageError};

/// The message at a field, in the user's language.
pub fn message(error: &PageError, lang: Lang) -> String {
    match error {
        PageError::Field(e) => e.problem.message(lang),
        PageError::Unanswered(_) => tr(lang, "error.choose_yes_no").to_string(),
        PageError::NoArea => tr(lang, "error.choose_area").to_string(),
    }
}

/// The field an error belongs to: an error about one entry of a list of choices
/// (`entity.data_fields[1]`, `projects[0].measures[2]`) is shown at the whole list.
pub fn field_path(path: &str) -> &str {
    match path.strip_suffix(']').and_then(|p| p.rsplit_once('[')) {
        Some((list, index))
            if index.chars().all(|c| c.is_ascii_digit())
                && list.ends_with(|c: char| c.is_ascii_alphabetic() || c == '_') =>
        {
            list
        }
        _ => path,
    }
}

/// The errors of the page for the field at `path`.
pub fn errors_at<'s>(errors: &'s [PageError], path: &str) -> Vec<&'s PageError> {
    errors.iter().filter(|e| field_path(e.path()) == path).collect()
}

pub fn error_summary(ctx: &Ctx) -> Html {
    let lang = ctx.0.lang;
    if ctx.0.errors.is_empty() {
        return html! {};
    }
    let links = ctx.0.errors.iter().map(|error| {
        let path = error.path().to_string();
        let target = if matches!(error, PageError::NoArea) { "areas".to_string() } else { dom_id(field_path(&path)) };
        let href = format!("#{target}");
        let label = label_of_path(&path, lang);
        let text = match label {
            Some(label) => format!("{label}: {}", message(error, lang)),
            None => message(error, lang),
        };
        let ctx = ctx.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            ctx.dispatch(Action::FocusField(target.clone()));
        });
        html! { <li><a {href} {onclick}>{ text }</a></li> }
    });
    html! {
        <div id="error-summary" class="error-summary" role="alert" tabindex="-1"
             aria-labelledby="error-summary-title" data-testid="error-summary">
            <h2 id="error-summary-title">{ tr(lang, "error.summary_title") }</h2>
            <ul>{ for links }</ul>
        </div>
    }
}
