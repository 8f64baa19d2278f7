//! Prints the start page as the app first draws it for a visitor with nothing saved (Chinese, the
//! default), for the release build to put into `index.html` (`scripts/post-build.mjs`): the page
//! then paints before any script arrives, and the app takes it over once it starts. The same
//! `Preview` and the same first state as the render tests, so the two cannot disagree.
//! Printed as JSON, `{ "page": …, "storage_key": … }`, with the key under which the app saves work,
//! which the head's script reads to tell whether the drawn page is for this visitor: the build
//! takes it from here rather than writing it a second time.
//! Run: `cargo run -p xicheng-data-awards-app --features prerender --bin prerender`.

use xicheng_data_awards_app::app::{first_visit, Preview, PreviewProps};
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
    let html = local.block_on(
        &runtime,
        LocalServerRenderer::<Preview>::with_props(PreviewProps { state: first_visit() }).hydratable(false).render(),
    );
    print!("{}", serde_json::json!({ "page": html, "storage_key": xicheng_data_awards_app::storage::KEY }));
}
