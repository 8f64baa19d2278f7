//! Where a question comes from: the clause, and its exact words on request.

use yew::prelude::*;

use crate::policy::{Lang, Measure};
use crate::ui::i18n::tr;

pub fn clause_quote(m: &'static Measure, lang: Lang) -> Html {
    html! {
        <details class="clause">
            <summary>
                { tr(lang, "clause.source") }{ " " }{ m.clause.get(lang) }
                { " · " }{ tr(lang, "clause.show_text") }
            </summary>
            <blockquote lang="zh-CN">{ m.quote }</blockquote>
            if let Some(reading) = m.reading {
                <p class="reading"><strong>{ tr(lang, "clause.reading") }</strong>{ " " }{ reading.get(lang) }</p>
            }
        </details>
    }
}
