//! Export and import of the answers file, and share links. Nothing leaves the device: the export
//! is a download made in the page, the import reads a file the user picks, and a share link
//! carries the answers in its `#fragment`, which browsers never send to a server.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::ctx::{on, Dispatcher, Link};
use crate::state::{Action, Refusal, Sharing};
use crate::views::hand_off::{destination, hand_off};
use awards::answers::{text_of_file, Answers, Problem, MAX_FILE_BYTES, WIDEST_WRITING};
use awards::date::Date;
use awards::lang::Lang;
use awards::text;

/// Lines of an import error shown; the rest are counted.
const MAX_ERROR_LINES: usize = 8;

/// Why an import was refused, a line a problem, in `lang`.
pub fn refusal_lines(refusal: &Refusal, lang: Lang) -> Vec<String> {
    let t = text::of(lang);
    match refusal {
        Refusal::Unreadable => vec![t.import_unreadable.to_string()],
        Refusal::Invalid(error) => {
            let mut shown: Vec<String> =
                error.errors.iter().take(MAX_ERROR_LINES).map(|e| text::field_error(e, lang)).collect();
            let extra = error.errors.len().saturating_sub(MAX_ERROR_LINES);
            if extra > 0 {
                shown.push((t.import_more)(extra));
            }
            shown
        }
    }
}

/// "Import an answers file": a labelled file input. The file is read with gloo's file reader,
/// checked by the answers reader, and either replaces the answers or is refused with its
/// problems listed.
pub fn import_button(to: &Dispatcher, lang: Lang) -> Html {
    let to = to.clone();
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        let file = gloo::file::File::from(file);
        // A file larger than the widest writing of the limit is refused before it is read:
        // reading it would be work for nothing. Three bytes more for a byte-order mark.
        if file.size() > (MAX_FILE_BYTES * WIDEST_WRITING) as u64 + 3 {
            to.dispatch(Action::Import(Err(Refusal::whole(Problem::TooLarge))));
            return;
        }
        let to = to.clone();
        yew::platform::spawn_local(async move {
            // Read as bytes and decoded strictly: the browser's own text reading would turn a
            // file that is not UTF-8 into replacement characters without a word.
            let text = match gloo_file::futures::read_as_bytes(&file).await {
                Ok(bytes) => text_of_file(&bytes).map_err(Refusal::Invalid),
                Err(_) => Err(Refusal::Unreadable),
            };
            let outcome = text
                .as_deref()
                .map_err(Clone::clone)
                .and_then(|text| Answers::from_json(text).map_err(Refusal::Invalid));
            let imported = outcome.is_ok();
            to.dispatch(Action::Import(outcome));
            // A file another edition of the rules wrote: its figures may differ, and the user is told.
            let edition = text.ok().and_then(|text| Answers::edition_of(&text));
            if let Some(edition) = edition.filter(|e| imported && *e != awards::policy::edition()) {
                to.dispatch(Action::ImportedFromEdition(edition));
            }
        });
    });
    html! {
        <div class="file-import">
            <label class="button button-secondary" for="import-file">{ text::of(lang).import_button }</label>
            <input id="import-file" class="visually-hidden-file" type="file" accept=".json,application/json"
                   {onchange} data-testid="import-file" />
        </div>
    }
}

/// The id of the share link's box, which its copy button selects and copies.
const SHARE_LINK_ID: &str = "share-link";

/// The id of the saving tools' heading (the results' contents link to it).
pub const SAVE_HEADING_ID: &str = "save-tools-title";

/// Export, share link and print, for the results page.
pub fn save_tools(share: &Link, sharing: &Sharing, today: Date, to: &Dispatcher) -> Html {
    let lang = share.lang;
    let export = {
        let derived = Rc::clone(share.derived);
        Callback::from(move |_| {
            if let Ok(answers) = derived.answers() {
                browser::download(&format!("xicheng-data-awards-answers-{today}.json"), &answers.to_json());
            }
        })
    };
    let show_link = on(to, Action::ShowLink);
    let link = share.link.clone().filter(|_| sharing.link_shown);
    let print = Callback::from(|_| browser::print());
    let copy = {
        let to = to.clone();
        Callback::from(move |_| to.dispatch(Action::LinkCopied(browser::copy_input(SHARE_LINK_ID))))
    };
    html! {
        <section class="save-tools no-print" aria-labelledby={SAVE_HEADING_ID}>
            <h2 id={SAVE_HEADING_ID} tabindex="-1">{ text::of(lang).tools_title }</h2>
            { hand_off(share, sharing.hand_off, to) }
            <div class="button-row">
                <button type="button" class="button" onclick={print} data-testid="print">{ text::of(lang).tools_print }</button>
                <button type="button" class="button button-secondary" onclick={export} data-testid="export">{ text::of(lang).tools_export }</button>
                { import_button(to, lang) }
                <button type="button" class="button button-secondary" onclick={show_link} data-testid="share">{ text::of(lang).tools_share }</button>
            </div>
            if let Some(link) = link {
                <div class="field">
                    <label class="label" for={SHARE_LINK_ID}>{ text::of(lang).tools_share_label }</label>
                    <p class="hint" id="share-link-hint">{ text::of(lang).tools_share_hint }</p>
                    <div class="copy-row">
                        <input id={SHARE_LINK_ID} class="input" type="text" readonly=true value={link}
                               aria-describedby="share-link-hint" data-testid="share-link" />
                        <button type="button" class="button button-secondary" onclick={copy} data-testid="copy-link">
                            { text::of(lang).tools_copy }
                        </button>
                    </div>
                    // There from the start, so that what it comes to say is read out.
                    <p class="hint" role="status" data-testid="copy-said">{
                        match sharing.copied {
                            Some(true) => text::of(lang).tools_copied,
                            Some(false) => text::of(lang).tools_copy_refused,
                            None => "",
                        }
                    }</p>
                    { destination(share) }
                </div>
            }
        </section>
    }
}
