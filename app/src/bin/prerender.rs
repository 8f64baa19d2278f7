//! Prints the start page as the app first draws it for a visitor with nothing saved (Chinese, the
//! default), for the release build to put into `index.html` (`scripts/post-build.mjs`): the page
//! then paints before any script arrives, and the app takes it over once it starts. The same
//! `Preview` and the same first state as the render tests, so the two cannot disagree. And the
//! first question page, as the app draws it once "start" is pressed, shown where that press comes
//! before the app has started.
//! Printed as JSON, `{ "page", "first_question", "first_question_address", "storage_key" }`: with
//! the pages, the second's address and the key under which the app saves work, which the head's
//! script reads to tell whether the drawn page is for this visitor. The build takes them from here
//! rather than writing them a second time.
//! Run: `cargo run -p xicheng-data-awards-app --features prerender --bin prerender`.

use xicheng_data_awards_app::app::{first_question, first_visit, Preview, PreviewProps};
use xicheng_data_awards_app::state::State;
use yew::LocalServerRenderer;

fn main() {
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("prerender: no runtime for the renderer: {error}");
            std::process::exit(1);
        }
    };
    let local = tokio::task::LocalSet::new();
    let draw = |state: State| {
        local.block_on(
            &runtime,
            LocalServerRenderer::<Preview>::with_props(PreviewProps { state }).hydratable(false).render(),
        )
    };
    let page = draw(first_visit());
    let asked = first_question();
    let first_question_address = asked.nav.step.fragment();
    let first_question = draw(asked);
    print!(
        "{}",
        serde_json::json!({
            "page": page,
            "first_question": first_question,
            "first_question_address": first_question_address,
            "storage_key": xicheng_data_awards_app::storage::KEY,
        })
    );
}
