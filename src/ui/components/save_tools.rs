//! Export and import of the answers file, and share links. Nothing leaves the device: the export
//! is a download made in the page, the import reads a file the user picks, and a share link
//! carries the answers in its `#fragment`, which browsers never send to a server.

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::answers::Answers;
use crate::policy::Lang;
use crate::ui::app::Ctx;
use crate::ui::browser;
use crate::ui::i18n::tr;
use crate::ui::options::SHARE_PREFIX;
use crate::ui::state::Action;

/// Files larger than this are not answers files.
const MAX_IMPORT_BYTES: f64 = 1_000_000.0;
/// Lines of an import error shown; the rest are counted.
const MAX_ERROR_LINES: usize = 8;

fn refusal(lines: Vec<String>, lang: Lang) -> Vec<String> {
    let extra = lines.len().saturating_sub(MAX_ERROR_LINES);
    let mut shown: Vec<String> = lines.into_iter().take(MAX_ERROR_LINES).collect();
    if extra > 0 {
        shown.push(tr(lang, "import.more").replace("{n}", &extra.to_string()));
    }
    shown
}

/// "Import an answers file": a labelled file input. The file is read by the browser
/// (`Blob.text()`), checked by the answers reader, and either replaces the answers or is refused
/// with its problems listed.
pub fn import_button(ctx: &Ctx) -> Html {
    let lang = ctx.0.lang;
    let ctx = ctx.clone();
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > MAX_IMPORT_BYTES {
            ctx.dispatch(Action::Import(Err(vec![tr(lang, "import.too_large").to_string()])));
            return;
        }
        let ctx = ctx.clone();
        yew::platform::spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok().and_then(|text| text.as_string());
            let outcome = match text {
                Some(text) => Answers::from_json(&text)
                    .map_err(|error| refusal(error.errors.iter().map(|e| e.message(lang)).collect(), lang)),
                None => Err(vec![tr(lang, "import.unreadable").to_string()]),
            };
            ctx.dispatch(Action::Import(outcome));
        });
    });
    html! {
        <div class="file-import">
            <label class="button button-secondary" for="import-file">{ tr(lang, "import.button") }</label>
            <input id="import-file" class="visually-hidden-file" type="file" accept=".json,application/json"
                   {onchange} data-testid="import-file" />
        </div>
    }
}

/// Export, share link and print, for the results page.
pub fn save_tools(ctx: &Ctx) -> Html {
    let state = &ctx.0;
    let lang = state.lang;
    let answers = state.answers().ok();
    let export = {
        let answers = answers.clone();
        let today = state.today;
        Callback::from(move |_| {
            if let Some(answers) = &answers {
                browser::download(&format!("xicheng-data-awards-answers-{today}.json"), &answers.to_json());
            }
        })
    };
    let share = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            if let Some(answers) = &answers {
                let compact = answers.to_value().to_string();
                let link = format!(
                    "{}{SHARE_PREFIX}{}",
                    browser::address_without_fragment(),
                    browser::encode_uri_component(&compact)
                );
                ctx.dispatch(Action::ShareLinkMade(link));
            }
        })
    };
    let print = Callback::from(|_| browser::print());
    html! {
        <section class="save-tools no-print" aria-labelledby="save-tools-title">
            <h2 id="save-tools-title">{ tr(lang, "tools.title") }</h2>
            <div class="button-row">
                <button type="button" class="button" onclick={print} data-testid="print">{ tr(lang, "tools.print") }</button>
                <button type="button" class="button button-secondary" onclick={export} data-testid="export">{ tr(lang, "tools.export") }</button>
                { import_button(ctx) }
                <button type="button" class="button button-secondary" onclick={share} data-testid="share">{ tr(lang, "tools.share") }</button>
            </div>
            if let Some(link) = &state.share_link {
                <div class="field">
                    <label class="label" for="share-link">{ tr(lang, "tools.share_label") }</label>
                    <p class="hint" id="share-link-hint">{ tr(lang, "tools.share_hint") }</p>
                    <input id="share-link" class="input" type="text" readonly=true value={link.clone()}
                           aria-describedby="share-link-hint" data-testid="share-link" />
                </div>
            }
        </section>
    }
}
