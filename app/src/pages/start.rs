//! The start page: what the tool does, which policy, the privacy promise, start or resume.

use yew::prelude::*;

use super::{heading, validity};
use crate::ctx::{send, Ctx, Dispatcher};
use crate::state::{Action, Step};
use crate::views::clear::clear_control;
use crate::views::save_tools::import_button;
use awards::policy::POLICY;
use awards::samples::SAMPLES;
use awards::text;

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn start(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let lang = state.nav.lang;
    let in_force = POLICY.in_force_on(state.config.today);
    let start = send(ctx, Action::Start);
    let resume = send(ctx, Action::Resume);
    let actions = html! {
        <div class="button-row">
            if state.work.has_answers() {
                <button type="button" class="button" onclick={resume} data-testid="resume">{ text::of(lang).start_resume }</button>
                <button type="button" class="button button-secondary" onclick={start} data-testid="start">{ text::of(lang).start_review_from_start }</button>
                { clear_control(&Dispatcher::of(ctx), lang, text::of(lang).start_clear, "clear") }
            } else {
                { start_link(ctx) }
            }
        </div>
    };
    let (stand_actions, actions) = if state.config.demo { (actions, html! {}) } else { (html! {}, actions) };
    html! {
        <>
            { heading(text::of(lang).start_title, None) }
            // At a stand the samples come first, and the visitor's own start as the tile after
            // them: both within the first screen of a tablet (1,024 × 768) and of a big screen.
            if state.config.demo {
                { samples(ctx, stand_actions) }
            }
            <p class="lead">{ text::of(lang).start_lead }</p>
            <dl class="policy-facts">
                <dt>{ text::of(lang).start_policy }</dt>
                <dd>{ POLICY.title.pick(lang) }{ text::of(lang).space }<span lang="zh-CN">{ POLICY.document_number }</span></dd>
                <dt>{ text::of(lang).start_issued }</dt>
                <dd>{ (text::of(lang).issued_by_on)(POLICY.issuer.pick(lang), &(text::of(lang).date)(POLICY.issued)) }</dd>
                <dt>{ text::of(lang).start_valid }</dt>
                <dd>{ validity(lang) }</dd>
            </dl>
            if !in_force {
                <div class="warning-text" role="note" data-testid="not-in-force">
                    <strong>{ text::of(lang).notice_not_in_force }</strong>
                    { text::of(lang).space }{ (text::of(lang).notice_not_in_force_detail)(POLICY.valid_from, POLICY.valid_until, state.config.today) }
                </div>
            }
            <ul class="bullets">
                <li>{ text::of(lang).start_who }</li>
                <li>{ text::of(lang).start_time }</li>
                <li><strong>{ text::of(lang).start_privacy }</strong></li>
                <li data-testid="storage-line">{
                    if state.config.demo {
                        text::of(lang).start_storage_demo
                    } else if state.config.storage_refused {
                        text::of(lang).start_storage_refused
                    } else if state.device.save_failed {
                        // The promise follows what is true.
                        text::of(lang).device_save_failed
                    } else {
                        text::of(lang).start_storage
                    }
                }</li>
            </ul>
            { actions }
            <h2>{ text::of(lang).start_have_file }</h2>
            <p>{ text::of(lang).start_have_file_hint }</p>
            { import_button(&Dispatcher::of(ctx), lang) }
            <p class="small">{ text::of(lang).start_disclaimer }</p>
        </>
    }
}

/// "Start now" as a link to the first question's address: drawn into `index.html` by the release
/// build, it works before the app has started (the app opens at the address it finds), and once
/// the app runs it goes by the app's own action.
fn start_link(ctx: &Ctx) -> Html {
    let lang = ctx.state.nav.lang;
    let ctx = ctx.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        ctx.dispatch(Action::Start);
    });
    html! {
        <a href={Step::Basics.fragment()} class="button button-start" {onclick} data-testid="start">
            { text::of(lang).start_button }
        </a>
    }
}

/// Demo mode: the sample organisations, each loaded in one tap, and `own`, the visitor's own
/// start, in the last tile.
fn samples(ctx: &Ctx, own: Html) -> Html {
    let lang = ctx.state.nav.lang;
    let t = text::of(lang);
    html! {
        <section class="samples-section" aria-labelledby="samples-title">
            <h2 id="samples-title">{ t.samples_title }</h2>
            <p>{ t.samples_hint }</p>
            <ul class="samples">
                { for SAMPLES.iter().map(|sample| html! {
                    <li>
                        <button type="button" class="button button-secondary" onclick={send(ctx, Action::LoadSample(sample.key))}
                                data-testid={format!("sample-{}", sample.key)}>
                            { (t.sample_button)(sample.title.pick(lang)) }
                            <small>{ sample.summary.pick(lang) }</small>
                        </button>
                    </li>
                }) }
                <li class="samples-own">
                    <p>{ t.start_own_title }</p>
                    { own }
                </li>
            </ul>
        </section>
    }
}
