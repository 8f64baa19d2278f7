//! "Clear my answers": a disclosure whose summary is the button, so that the first press only
//! asks (the browser opens and closes it, with no state of ours); the second clears.

use yew::prelude::*;

use crate::ctx::{on, Dispatcher};
use crate::state::Action;
use awards::lang::Lang;
use awards::text;

/// The button that asks, and under it, once pressed, the question and the button that clears.
/// Pressing the first again closes the question: nothing is lost.
pub fn clear_control(to: &Dispatcher, lang: Lang, label: &'static str, test_id: &'static str) -> Html {
    let t = text::of(lang);
    html! {
        <details class="confirm-clear no-print" data-testid="confirm-clear">
            <summary class="button button-warning" data-testid={test_id}>{ label }</summary>
            <p>{ t.clear_confirm }</p>
            <button type="button" class="button button-warning" onclick={on(to, Action::ClearAnswers)}
                    data-testid="confirm-clear-yes">{ t.clear_confirm_yes }</button>
        </details>
    }
}
