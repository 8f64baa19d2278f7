//! The frame of every page: title, language switch, notices, the share-link question, the page,
//! and the privacy line.

use yew::prelude::*;

use crate::policy::{Lang, POLICY};
use crate::ui::app::{send, Ctx};
use crate::ui::i18n::tr;
use crate::ui::state::{Action, Notice};

/// The frame around `page`: skip link, title, language switch, notices, footer.
pub fn layout(ctx: &Ctx, page: Html) -> Html {
    let state = &ctx.0;
    let lang = state.lang;
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let switch = send(ctx, Action::SetLang(other));
    html! {
        <div class="app">
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                crate::ui::browser::focus("page-heading");
            })}>{ tr(lang, "layout.skip") }</a>
            <header class="app-header">
                <p class="app-name">{ tr(lang, "app.title") }</p>
                <button type="button" class="link-button lang-switch" onclick={switch}
                        lang={other.tag()} data-testid="lang-switch">
                    { tr(other, "layout.language_name") }
                </button>
            </header>
            if state.demo {
                <p class="banner banner-demo" data-testid="demo-banner">{ tr(lang, "layout.demo") }</p>
            }
            { notice_banner(ctx) }
            { share_prompt(ctx) }
            <main id="main" class="page">{ page }</main>
            <footer class="app-footer">
                <p>{ tr(lang, "layout.privacy") }</p>
                <p>
                    { POLICY.title.get(lang) }{ " · " }
                    <span lang="zh-CN">{ POLICY.document_number }</span>
                </p>
            </footer>
        </div>
    }
}

fn notice_banner(ctx: &Ctx) -> Html {
    let lang = ctx.0.lang;
    let Some(notice) = ctx.0.notice.clone() else {
        return html! {};
    };
    let (kind, text, lines) = match notice {
        Notice::SavedDataUnreadable => ("warning", tr(lang, "notice.saved_unreadable"), Vec::new()),
        Notice::ImportRefused(lines) => ("warning", tr(lang, "notice.import_refused"), lines),
        Notice::Imported => ("success", tr(lang, "notice.imported"), Vec::new()),
        Notice::Cleared => ("success", tr(lang, "notice.cleared"), Vec::new()),
        Notice::SharedApplied => ("success", tr(lang, "notice.shared_applied"), Vec::new()),
        Notice::ShareUnreadable => ("warning", tr(lang, "notice.share_unreadable"), Vec::new()),
    };
    let dismiss = send(ctx, Action::DismissNotice);
    html! {
        <div class={classes!("banner", format!("banner-{kind}"))} role="status" data-testid="notice">
            <p>{ text }</p>
            if !lines.is_empty() {
                <ul class="notice-lines">{ for lines.iter().map(|l| html! { <li><code>{ l }</code></li> }) }</ul>
            }
            <button type="button" class="link-button" onclick={dismiss}>{ tr(lang, "notice.dismiss") }</button>
        </div>
    }
}

fn share_prompt(ctx: &Ctx) -> Html {
    let lang = ctx.0.lang;
    if ctx.0.pending_share.is_none() {
        return html! {};
    }
    let accept = send(ctx, Action::AcceptShared);
    let decline = send(ctx, Action::DeclineShared);
    html! {
        <section class="banner banner-question" role="region" aria-labelledby="share-prompt-title" data-testid="share-prompt">
            <h2 id="share-prompt-title">{ tr(lang, "share.prompt.title") }</h2>
            <p>{ tr(lang, "share.prompt.body") }</p>
            <div class="button-row">
                <button type="button" class="button" onclick={accept}>{ tr(lang, "share.prompt.accept") }</button>
                <button type="button" class="button button-secondary" onclick={decline}>{ tr(lang, "share.prompt.decline") }</button>
            </div>
        </section>
    }
}
