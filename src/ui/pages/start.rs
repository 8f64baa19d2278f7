//! The start page: what the tool does, which policy, the privacy promise, start or resume.

use yew::prelude::*;

use super::heading;
use crate::policy::POLICY;
use crate::ui::app::{send, Ctx};
use crate::ui::components::save_tools::import_button;
use crate::ui::i18n::tr;
use crate::ui::state::Action;

pub fn start(ctx: &Ctx) -> Html {
    let state = &ctx.0;
    let lang = state.lang;
    let in_force = POLICY.in_force_on(state.today);
    let start = send(ctx, Action::Start);
    let resume = send(ctx, Action::Resume);
    let clear = send(ctx, Action::ClearAnswers);
    html! {
        <>
            { heading(tr(lang, "start.title"), None) }
            <p class="lead">{ tr(lang, "start.lead") }</p>
            <dl class="policy-facts">
                <dt>{ tr(lang, "start.policy") }</dt>
                <dd>{ POLICY.title.get(lang) }{ " " }<span lang="zh-CN">{ POLICY.document_number }</span></dd>
                <dt>{ tr(lang, "start.issued") }</dt>
                <dd>{ POLICY.issuer.get(lang) }{ ", " }{ POLICY.issued.to_string() }</dd>
                <dt>{ tr(lang, "start.valid") }</dt>
                <dd>{ POLICY.valid_from.to_string() }{ " – " }{ POLICY.valid_until.to_string() }</dd>
            </dl>
            if !in_force {
                <div class="warning-text" role="note" data-testid="not-in-force">
                    <strong>{ tr(lang, "notice.not_in_force") }</strong>
                    { " " }{ tr(lang, "notice.not_in_force_detail").replace("{date}", &state.today.to_string()) }
                </div>
            }
            <ul class="bullets">
                <li>{ tr(lang, "start.who") }</li>
                <li>{ tr(lang, "start.time") }</li>
                <li><strong>{ tr(lang, "start.privacy") }</strong></li>
                <li data-testid="storage-line">{
                    if state.demo {
                        tr(lang, "start.storage_demo")
                    } else if state.storage_refused {
                        tr(lang, "start.storage_refused")
                    } else {
                        tr(lang, "start.storage")
                    }
                }</li>
            </ul>
            <div class="button-row">
                if state.has_answers() {
                    <button type="button" class="button" onclick={resume} data-testid="resume">{ tr(lang, "start.resume") }</button>
                    <button type="button" class="button button-secondary" onclick={start} data-testid="start">{ tr(lang, "start.review_from_start") }</button>
                    <button type="button" class="button button-warning" onclick={clear} data-testid="clear">{ tr(lang, "start.clear") }</button>
                } else {
                    <button type="button" class="button button-start" onclick={start} data-testid="start">{ tr(lang, "start.button") }</button>
                }
            </div>
            <h2>{ tr(lang, "start.have_file") }</h2>
            <p>{ tr(lang, "start.have_file_hint") }</p>
            { import_button(ctx) }
            <p class="small">{ tr(lang, "start.disclaimer") }</p>
        </>
    }
}
