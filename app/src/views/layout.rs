//! The frame of every page: title, language switch, notices, the share-link question, the page,
//! and the privacy line. Framed by a partner's page, the district's header and footer give way to
//! one line saying who provides the self-check, with a link to the full one.

use yew::prelude::*;

use super::save_tools::refusal_lines;
use awards::lang::Lang;
use awards::policy::POLICY;
use awards::text;

use crate::browser;
use crate::ctx::{on, share_link, Ctx, Dispatcher};
use crate::focus::{HEADING_ID, IDLE_CONTINUE_ID};
use crate::options::standalone_link;
use crate::state::{Action, Device, Handled, Notice, Shared};
use crate::storage::Store;

/// The frame around `page`: skip link, title, language switch, notices, footer.
pub fn layout(ctx: &Ctx, page: Html) -> Html {
    let state = &ctx.state;
    let to = &Dispatcher::of(ctx);
    let lang = state.nav.lang;
    let t = text::of(lang);
    let other = lang.other();
    let switch = html! {
        <button type="button" class="link-button lang-switch" onclick={on(to, Action::SetLang(other))}
                lang={other.tag()} data-testid="lang-switch">
            { text::of(other).layout_language_name }
        </button>
    };
    let embedded = state.config.partner.embedded();
    // While the reset warning shows, the rest of the page cannot be reached.
    let warned = state.stand.idle_warning.is_some();
    html! {
        <div class={classes!("app", embedded.then_some("app-embedded"), state.config.kiosk.large.then_some("app-large"))}>
            { idle_warning(state.stand.idle_warning, lang, to) }
            <div class="app-content" inert={warned}>
                <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                    e.prevent_default();
                    crate::browser::focus(HEADING_ID);
                })}>{ t.layout_skip }</a>
                if embedded {
                    <div class="embed-bar" data-testid="embed-bar">
                        <p>
                            { t.layout_provided_by }{ t.separator }
                            <a href={open_full_link(ctx)} target="_blank" rel="noopener" data-testid="open-full">
                                { t.layout_open_full }
                            </a>
                        </p>
                        { switch }
                    </div>
                    if state.config.partner.unheard {
                        <p class="warning-text embed-unheard" role="note" data-testid="embed-unheard">{ t.layout_embed_unheard }</p>
                    }
                } else {
                    <header class="app-header">
                        <p class="app-name">{ t.app_title }</p>
                        { switch }
                    </header>
                }
                if state.config.demo {
                    <div class="banner banner-demo" data-testid="demo-banner">
                        <p>{ text::of(lang).layout_demo }</p>
                        <button type="button" class="button button-small button-secondary" onclick={on(to, Action::Reset)}
                                data-testid="start-over">{ t.layout_start_over }</button>
                    </div>
                }
                { device_banner(&state.device, lang, to) }
                { unreadable_records(&state.device, Store { enabled: !state.config.demo }, lang, to) }
                { notice_banner(state.notice.as_ref(), state.cleared.is_some(), lang, to) }
                { share_prompt(state.sharing.pending.as_ref(), lang, to) }
                <main id="main" class="page">{ page }</main>
                if embedded {
                    <p class="embed-privacy">{ t.layout_privacy }</p>
                } else {
                    <footer class="app-footer">
                        <p>{ t.layout_privacy }</p>
                        // Shown by the style sheet once the start script has found every file cached.
                        <p class="offline-line" data-testid="offline-line">{ t.layout_offline }</p>
                        <p>
                            { POLICY.title.pick(lang) }{ t.separator }
                            <span lang="zh-CN">{ POLICY.document_number }</span>
                        </p>
                    </footer>
                }
            </div>
        </div>
    }
}

/// Demo mode's reset warning (WCAG 2.2.1): the seconds left, shown each second and announced at
/// 20, 10 and 5, and one button to keep the answers (the only way: see `idle.rs`).
fn idle_warning(seconds_left: Option<u32>, lang: Lang, to: &Dispatcher) -> Html {
    let Some(left) = seconds_left else {
        return html! {};
    };
    let t = text::of(lang);
    let announced = [20, 10, 5].into_iter().filter(|mark| *mark >= left).min().unwrap_or(left);
    html! {
        <div class="idle-backdrop">
            <div class="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title"
                 aria-describedby="idle-body" data-testid="idle-dialog">
                <h2 id="idle-title">{ t.idle_title }</h2>
                <p id="idle-body" data-testid="idle-seconds">{ (t.idle_body)(left) }</p>
                <p class="visually-hidden" aria-live="assertive">{ (t.idle_body)(announced) }</p>
                <button type="button" id={IDLE_CONTINUE_ID} class="button" onclick={on(to, Action::StillHere)}
                        data-testid="idle-continue">{ t.idle_continue }</button>
            </div>
        </div>
    }
}

/// What the device's storage did, where the user is: a save that failed, or another tab's
/// answers waiting for the user's word. Neither goes away by itself.
fn device_banner(device: &Device, lang: Lang, to: &Dispatcher) -> Html {
    let t = text::of(lang);
    if device.other_tab.is_some() {
        // Kept: saved again at once by the autosave, so the other tab is told in turn.
        let keep = on(to, Action::KeepMine);
        return html! {
            <div class="banner banner-warning" role="alert" data-testid="other-tab">
                <p>{ t.device_other_tab }</p>
                <div class="button-row">
                    <button type="button" class="button" onclick={on(to, Action::TakeOtherTab)}>{ t.device_take_other }</button>
                    <button type="button" class="button button-secondary" onclick={keep}>{ t.device_keep_mine }</button>
                </div>
            </div>
        };
    }
    if device.save_failed {
        return html! {
            <div class="banner banner-warning" role="alert" data-testid="save-failed"><p>{ t.device_save_failed }</p></div>
        };
    }
    html! {}
}

/// Saved work that could not be read: the one left in place where it could not be set aside,
/// and each record set aside, on every start until the user downloads or deletes it.
fn unreadable_records(device: &Device, store: Store, lang: Lang, to: &Dispatcher) -> Html {
    let t = text::of(lang);
    let left_in_place = device.unread_in_place.iter().map(|_| None);
    let records = left_in_place.chain(device.set_aside.iter().filter(|r| r.handled.is_none()).map(Some));
    records.map(|record| {
        let key = record.map(|r| r.key.clone());
        let done = |handled| match &key {
            Some(key) => Action::SetAsideHandled(key.clone(), handled),
            None => Action::UnreadInPlaceHandled,
        };
        // A record set aside is read from the store; the one left in place is held here.
        let download = {
            let (to, action, key) = (to.clone(), done(Handled::Downloaded), key.clone());
            let in_memory = device.unread_in_place.clone();
            Callback::from(move |_: MouseEvent| {
                let text = match &key {
                    Some(key) => store.set_aside_text(key),
                    None => in_memory.as_deref().map(str::to_string),
                };
                if text.is_some_and(|text| browser::download(DOWNLOAD_NAME, &text)) {
                    to.dispatch(action.clone());
                }
            })
        };
        let (message, id) = match record {
            Some(_) => (t.device_set_aside, "set-aside"),
            None => (t.device_unread_in_place, "unread-in-place"),
        };
        html! {
            <div class="banner banner-warning" role="status" data-testid={id}>
                <p>{ message }</p>
                if let Some(when) = record.and_then(|r| r.when.as_deref()) {
                    <p>{ t.device_set_aside_at }{ browser::local_time(when, lang) }</p>
                }
                <div class="button-row">
                    <button type="button" class="button button-small" onclick={download} data-testid="download-set-aside">
                        { t.device_download_set_aside }
                    </button>
                    <button type="button" class="button button-small button-secondary" data-testid="delete-set-aside"
                            onclick={on(to, done(Handled::Deleted))}>{ t.device_delete_set_aside }</button>
                </div>
            </div>
        }
    }).collect()
}

/// The file name of a record that could not be read, downloaded.
const DOWNLOAD_NAME: &str = "xicheng-data-awards-unreadable-saved-work.json";

/// Where "open the full self-check" leads: with answers, the share link of them (the same as
/// "make a link"), so that a tap, a long-press, a copied link or a new tab all carry them; the
/// link's text is computed once a revision of the answers (`Derived`).
fn open_full_link(ctx: &Ctx) -> String {
    let link = ctx.state.work.has_answers().then(|| share_link(&ctx.state, &ctx.derived)).flatten();
    link.unwrap_or_else(|| standalone_link(&ctx.state))
}

/// The notice of what last happened (an import, a clear, a share link), with "undo" where the
/// answers cleared are still `undoable`.
fn notice_banner(notice: Option<&Notice>, undoable: bool, lang: Lang, to: &Dispatcher) -> Html {
    let Some(notice) = notice else {
        return html! {};
    };
    let t = text::of(lang);
    let (kind, text, lines): (&str, String, Vec<String>) = match notice.clone() {
        Notice::SavedDataUnreadable(refusal) => {
            ("warning", t.notice_saved_unreadable.into(), refusal_lines(&refusal, lang))
        }
        Notice::ImportRefused(refusal) => ("warning", t.notice_import_refused.into(), refusal_lines(&refusal, lang)),
        Notice::Imported => ("success", t.notice_imported.into(), Vec::new()),
        Notice::ImportedOtherEdition(edition) => {
            ("warning", (t.notice_imported_other_edition)(&edition, &awards::policy::edition()), Vec::new())
        }
        Notice::Cleared => ("success", t.notice_cleared.into(), Vec::new()),
        Notice::SharedApplied { verified: true } => ("success", t.notice_shared_applied.into(), Vec::new()),
        Notice::SharedApplied { verified: false } => ("warning", t.notice_shared_unverified.into(), Vec::new()),
        Notice::ShareUnreadable(refusal) => {
            ("warning", t.notice_share_unreadable.into(), refusal_lines(&refusal, lang))
        }
    };
    let dismiss = on(to, Action::DismissNotice);
    html! {
        <div class={classes!("banner", format!("banner-{kind}"))} role="status" data-testid="notice">
            <p>{ text }</p>
            if !lines.is_empty() {
                <ul class="notice-lines">{ for lines.iter().map(|l| html! { <li><code>{ l }</code></li> }) }</ul>
            }
            if *notice == Notice::Cleared && undoable {
                <button type="button" class="link-button" onclick={on(to, Action::UndoClear)} data-testid="undo-clear">
                    { t.notice_undo_clear }
                </button>
            }
            <button type="button" class="link-button" onclick={dismiss}>{ t.notice_dismiss }</button>
        </div>
    }
}

/// Answers from a share link, `pending` the user's word before they replace any.
fn share_prompt(pending: Option<&Shared>, lang: Lang, to: &Dispatcher) -> Html {
    let Some(shared) = pending else {
        return html! {};
    };
    let accept = on(to, Action::AcceptShared);
    let decline = on(to, Action::DeclineShared);
    html! {
        <section class="banner banner-question" role="region" aria-labelledby="share-prompt-title" data-testid="share-prompt">
            <h2 id="share-prompt-title">{ text::of(lang).share_prompt_title }</h2>
            <p>{ text::of(lang).share_prompt_body }</p>
            if !shared.verified {
                <p data-testid="share-unverified">{ text::of(lang).notice_shared_unverified }</p>
            }
            <div class="button-row">
                <button type="button" class="button" onclick={accept}>{ text::of(lang).share_prompt_accept }</button>
                <button type="button" class="button button-secondary" onclick={decline}>{ text::of(lang).share_prompt_decline }</button>
            </div>
        </section>
    }
}
