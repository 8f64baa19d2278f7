//! The estimate so far, on the question pages: the figure moves as the user answers, so that the
//! effect of an answer is seen where it is given. The results page explains every figure.

use yew::prelude::*;

use awards::engine::Estimate;
use awards::lang::Lang;
use awards::text;

pub fn running_total(estimate: Option<&Estimate>, lang: Lang) -> Html {
    let t = text::of(lang);
    let line = match estimate {
        Some(estimate) => {
            let (label, wan) = if !estimate.has_data_field || estimate.operates_in_xicheng {
                (t.running_label, estimate.total_wan)
            } else {
                (t.running_potential_label, estimate.potential_wan)
            };
            html! {
                <>
                    { label }{ t.space }
                    <strong data-testid="running-total">{ t.results_up_to }{ t.space }{ text::money(wan, lang) }</strong>
                </>
            }
        }
        None => html! { <span data-testid="running-total">{ t.running_unreadable }</span> },
    };
    html! { <p class="running-total">{ line }</p> }
}
