//! Where a question comes from: the clause, and its exact words on request.

use yew::prelude::*;

use awards::lang::Lang;
use awards::policy::Measure;
use awards::text;

pub fn clause_quote(m: &'static Measure, lang: Lang) -> Html {
    html! {
        <details class="clause">
            <summary>
                { text::of(lang).clause_source }{ text::of(lang).space }{ m.clause.pick(lang) }
                { text::of(lang).separator }{ text::of(lang).clause_show_text }
            </summary>
            <blockquote lang="zh-CN">{ m.quote }</blockquote>
            if let Some(reading) = m.reading {
                <p class="reading"><strong>{ text::of(lang).clause_reading }</strong>{ text::of(lang).space }{ reading.pick(lang) }</p>
            }
        </details>
    }
}
