//! The results and the printable self-assessment report (自评报告): the total, a card per award
//! with its worked calculation and clause, projects, near misses, services, the answers, and the
//! disclaimer. Every figure comes from the engine.

use yew::prelude::*;

use super::{back_link, heading, step_heading, validity};
use crate::ctx::{send, Ctx, Form, Link};
use crate::draft::Field;
use crate::state::{Action, PageError, Step};
use crate::views::bidi::isolated;
use crate::views::clause::clause_quote;
use crate::views::clear::clear_control;
use crate::views::error_summary::error_summary;
use crate::views::hand_off::{report_code, report_link_text};
use crate::views::next_steps::{self, next_steps, NEXT_HEADING_ID};
use crate::views::overview::{basis_tag, overview, to_heading, NEAR_HEADING_ID};
use crate::views::save_tools::{save_tools, SAVE_HEADING_ID};
use crate::views::summary::answers_summary;
use awards::answers::{key, AnswersError};
use awards::engine::{Estimate, MeasureResult, Status};
use awards::lang::Lang;
use awards::policy::{Test, GATE, NOT_ESTIMATED, ORG_CONTACT, ORG_CREDIT_CODE, ORG_NAME, POLICY};
use awards::text;

fn award_card(result: &MeasureResult, lang: Lang) -> Html {
    let m = result.measure;
    let title_id = crate::views::overview::card_heading_id(m.id);
    let status_class = match result.status {
        Status::Eligible => "status status-eligible",
        Status::Potential => "status status-potential",
        _ => "status",
    };
    html! {
        <article class="award-card" data-testid={format!("award-{}", m.id)} aria-labelledby={title_id.clone()}>
            <h3 id={title_id} tabindex="-1">
                { m.title.pick(lang) }
                <span class="measure-id">{ m.clause.pick(lang) }</span>
            </h3>
            <p class={status_class}>{ (text::of(lang).status)(result.status) }</p>
            <p class="award-amount">
                { text::of(lang).results_up_to }{ text::of(lang).space }
                <strong data-testid={format!("amount-{}", m.id)}>{ text::money(result.amount, lang) }</strong>
                { basis_tag(result, lang) }
            </p>
            if let Some(kept) = result.merged_into {
                <p class="merged" data-testid={format!("merged-{}", m.id)}>
                    { (text::of(lang).merged_into_title)(text::title_of(kept, lang)) }
                </p>
            }
            // What the figure rests on, folded behind its heading on screen, so that a phone
            // reads the awards at a glance; printed open (style/print.css, "Folds").
            <details class="fold" data-testid={format!("card-more-{}", m.id)}>
                <summary>{ text::of(lang).card_more }</summary>
                { for result.split.parts().map(|(basis, _)| html! {
                    <p class="basis-note" data-testid={format!("basis-{}", m.id)}>{ (text::of(lang).basis_long)(basis) }</p>
                }) }
                if let Some(trace) = &result.trace {
                    <p class="calculation"><span class="visually-hidden">{ text::of(lang).results_calculation }</span>{ isolated(&text::calculation(trace, lang)) }</p>
                }
                if let Some(reading) = m.reading {
                    <p class="card-reading"><span class="reading-label">{ text::of(lang).clause_reading }</span>{ text::of(lang).space }{ reading.pick(lang) }</p>
                }
                <ul class="conditions">
                    { for result.met.iter().map(|c| html! { <li class="met">{ c.text.pick(lang) }</li> }) }
                </ul>
                if !m.assessed.is_empty() {
                    // Printed once, in the next steps' checklist with what shows each.
                    <p class="assessed-title no-print">{ text::of(lang).card_assessed }</p>
                    <ul class="conditions no-print" data-testid={format!("assessed-{}", m.id)}>
                        { for m.assessed.iter().map(|a| html! {
                            <li class="assessed">
                                { a.text.pick(lang) }
                                <span class="assessed-evidence">{ text::of(lang).card_assessed_shown_by }{ a.evidence.pick(lang) }</span>
                            </li>
                        }) }
                    </ul>
                }
                { clause_quote(m, lang) }
            </details>
        </article>
    }
}

fn near_miss(result: &MeasureResult, lang: Lang) -> Html {
    let m = result.measure;
    let could = result.trace.as_ref().map(|t| t.amount).filter(|a| !a.is_zero());
    html! {
        <li class="near-miss" data-testid={format!("near-miss-{}", m.id)}>
            <strong>{ m.title.pick(lang) }</strong>{ (text::of(lang).clause_after)(m.clause.pick(lang)) }
            if let Some(amount) = could {
                { text::of(lang).separator }{ text::of(lang).results_up_to }{ text::of(lang).space }{ text::money(amount, lang) }
            }
            <ul class="conditions">
                { for result.unmet.iter().map(|c| html! { <li class="unmet">{ c.text.pick(lang) }</li> }) }
                // Every claim shares the field of work of Article 1: said once, on page one.
                { for result.met.iter().filter(|c| !matches!(c.test, Test::DataField)).map(|c| html! { <li class="met">{ c.text.pick(lang) }</li> }) }
            </ul>
        </li>
    }
}

/// The headline's total split: what follows from the user's figures, what is clause ceilings.
fn split_line(estimate: &Estimate, lang: Lang) -> Html {
    let split = estimate.headline_split();
    if estimate.headline_wan().is_zero() {
        return html! {};
    }
    let part = |amount: awards::money::Wan| (!amount.is_zero()).then(|| text::money(amount, lang));
    let said = (text::of(lang).headline_split)(part(split.figures).as_deref(), part(split.ceilings).as_deref());
    html! { <p class="panel-split" data-testid="headline-split">{ said }</p> }
}

fn headline(estimate: &Estimate, lang: Lang) -> Html {
    if !estimate.has_data_field {
        return html! {
            <div class="panel panel-none" data-testid="headline">
                <p class="panel-title">{ text::of(lang).results_no_field }</p>
                <p>{ text::of(lang).results_no_field_detail }</p>
            </div>
        };
    }
    if estimate.operates_in_xicheng {
        html! {
            <div class="panel" data-testid="headline">
                <p class="panel-label">{ text::of(lang).results_total_label }</p>
                <p class="panel-title" data-testid="total">{ text::of(lang).results_up_to }{ text::of(lang).space }{ text::money(estimate.total_wan, lang) }</p>
                { split_line(estimate, lang) }
            </div>
        }
    } else {
        html! {
            <div class="panel panel-potential" data-testid="headline">
                <p class="panel-label">{ text::of(lang).results_potential_label }</p>
                <p class="panel-title" data-testid="potential">{ text::of(lang).results_up_to }{ text::of(lang).space }{ text::money(estimate.potential_wan, lang) }</p>
                { split_line(estimate, lang) }
                <p>{ text::of(lang).results_potential_detail }</p>
            </div>
        }
    }
}

/// The printed report's appendix: the words of every clause the report refers to, each once, so
/// that it can be read without the policy at hand. On screen each card opens its own.
fn clause_appendix(estimate: &Estimate, lang: Lang) -> Html {
    let t = text::of(lang);
    let claimed = estimate.measures.iter().filter(|r| r.status != Status::NotClaimed).map(|r| r.measure);
    // By clause, in the policy's order: the measures of one clause (4.2a, 4.2b, 4.2c) under one
    // heading, each sentence once.
    let mut quoted: Vec<(&str, Vec<&str>)> =
        GATE.iter().take(1).map(|g| (g.clause.pick(lang), vec![g.quote])).collect();
    for m in claimed {
        let clause = m.clause.pick(lang);
        match quoted.iter_mut().find(|(c, _)| *c == clause) {
            Some((_, quotes)) if !quotes.contains(&m.quote) => quotes.push(m.quote),
            Some(_) => {}
            None => quoted.push((clause, vec![m.quote])),
        }
    }
    quoted.extend(GATE.iter().skip(1).map(|g| (g.clause.pick(lang), vec![g.quote])));
    html! {
        <section class="clause-appendix print-only" aria-labelledby="appendix-title">
            <h2 id="appendix-title">{ t.report_appendix }</h2>
            <p class="hint">{ t.report_appendix_hint }</p>
            <dl>
                { for quoted.iter().map(|(clause, quotes)| html! {
                    <><dt>{ *clause }</dt><dd lang="zh-CN">{ quotes.join(" … ") }</dd></>
                }) }
            </dl>
        </section>
    }
}

#[inline(never)] // see pages/mod.rs: compiled when first shown, not at start-up
pub fn results(ctx: &Ctx) -> Html {
    let form = Form::of(ctx);
    let lang = form.lang;
    let demo = ctx.state.config.demo;
    let (answers, estimate) = match (ctx.derived.answers(), ctx.derived.estimate()) {
        (Ok(answers), Some(estimate)) => (answers, estimate),
        (Err(error), _) => return fix_first(ctx, error),
        (Ok(_), None) => return html! {},
    };
    let counted = |keep: fn(&MeasureResult) -> bool| -> Vec<&MeasureResult> {
        estimate.measures.iter().filter(|m| keep(m)).collect()
    };
    let awards = counted(MeasureResult::counts);
    let near = counted(MeasureResult::is_near_miss);
    let others = counted(|m| m.status == Status::NotEligible && !m.is_near_miss());
    let services: Vec<&MeasureResult> = estimate.services().collect();
    let nothing = awards.is_empty() && near.is_empty() && services.is_empty() && others.is_empty();
    let sections = sections(estimate, &awards, &near, &others, lang);
    // The first screen in the task the page is reached in, the rest (and the QR codes, and the
    // link they show) once it is painted (`Nav::painted`): the total no longer waits for them.
    let painted = ctx.state.nav.painted();
    let share = painted.then(|| Link::of(ctx));
    // Export, print, share: at a stand on page one, beside the total; elsewhere beside the advice
    // to keep the answers file and the report.
    let tools = share.as_ref().map(|share| save_tools(share, &ctx.state.sharing, ctx.state.config.today, &form.to));
    let (tools_on_page_one, tools) = if demo { (tools, None) } else { (None, tools) };
    let code = share.as_ref().map(report_code);
    let contents = (!demo).then(|| contents(&sections, lang));
    html! {
        <>
            <div class="no-print">{ back_link(&form) }</div>
            { error_summary(&form) }
            // Not at a stand, whose first screen is laid out for the total, the overview and the
            // QR code (style/components.css, "Stand").
            { page_one(ctx, &form, estimate, [contents, code, tools_on_page_one]) }
            if painted {
                // What to do next comes before the awards' details: a phone reads it without a
                // scroll past every calculation (issue 30).
                { next_steps(estimate, answers, lang) }
                { award_cards(&awards, estimate.operates_in_xicheng, lang) }
                { project_results(estimate, lang) }
                { near_misses(&near, lang) }
                { answers_section(ctx) }
                { tools.unwrap_or_default() }
                { services_offered(&services, lang) }
                if nothing {
                    <p class="inset">{ text::of(lang).results_nothing_claimed }</p>
                }
                { not_applicable(&others, lang) }
                { clause_appendix(estimate, lang) }
                { disclaimer(lang) }
                if let Some(share) = &share { { report_link_text(share) } }
                // Far from "change my answers": one is the way back to the answers, the other ends them.
                { clear_control(&form.to, lang, text::of(lang).results_start_again, "start-again") }
            }
        </>
    }
}

/// The sections the results show, in their order, for the contents list: (heading id, title).
fn sections(
    estimate: &Estimate,
    awards: &[&MeasureResult],
    near: &[&MeasureResult],
    others: &[&MeasureResult],
    lang: Lang,
) -> Vec<(&'static str, &'static str)> {
    let t = text::of(lang);
    [
        (next_steps::shown(estimate), NEXT_HEADING_ID, t.next_title),
        (
            !awards.is_empty(),
            AWARDS_HEADING_ID,
            if estimate.operates_in_xicheng { t.results_awards } else { t.results_awards_potential },
        ),
        (!near.is_empty(), NEAR_HEADING_ID, t.results_near),
        (true, ANSWERS_HEADING_ID, t.report_answers),
        (true, SAVE_HEADING_ID, t.tools_title),
        (!others.is_empty(), OTHERS_HEADING_ID, t.results_not_eligible),
    ]
    .into_iter()
    .filter_map(|(shown, id, label)| shown.then_some((id, label)))
    .collect()
}

/// The echo of the answers, folded, and the way back to change them.
fn answers_section(ctx: &Ctx) -> Html {
    let lang = ctx.state.nav.lang;
    html! {
        <section class="report-answers" aria-labelledby={ANSWERS_HEADING_ID}>
            <h2 id={ANSWERS_HEADING_ID} tabindex="-1">{ text::of(lang).report_answers }</h2>
            <details class="fold" data-testid="answers-fold">
                <summary>{ text::of(lang).results_answers_show }</summary>
                { answers_summary(&ctx.state.work, lang, None) }
            </details>
            // Far from "clear my answers" at the page's foot, the saving tools and the
            // disclaimer between them (issue 29): the one changes the answers, the other ends them.
            { change_button(ctx) }
        </section>
    }
}

/// Reached through the address bar with answers still to fix: say where.
fn fix_first(ctx: &Ctx, error: &AnswersError) -> Html {
    let lang = ctx.state.nav.lang;
    let errors: Vec<PageError> = error.errors.iter().cloned().map(PageError::Field).collect();
    let to_check = send(ctx, Action::Navigate(Step::Check));
    html! {
        <>
            { heading(text::of(lang).results_fix_first, None) }
            <ul class="fix-list">
                { for errors.iter().map(|e| html! { <li>{ crate::views::error_summary::line(e, lang) }</li> }) }
            </ul>
            <button type="button" class="button" onclick={to_check}>{ text::of(lang).check_title }</button>
        </>
    }
}

/// Who, when, which policy: the report's facts.
fn report_facts(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let lang = state.nav.lang;
    let t = text::of(lang);
    let given = |key| state.work.draft().text(&Field::Entity(key)).trim().to_string();
    let (name, credit_code, contact) = (given(key::NAME), given(key::CREDIT_CODE), given(key::CONTACT));
    html! {
        <dl class="report-facts">
            if !name.is_empty() {
                <dt>{ ORG_NAME.question.pick(lang) }</dt><dd><bdi>{ name }</bdi></dd>
            }
            if !credit_code.is_empty() {
                <dt>{ ORG_CREDIT_CODE.question.pick(lang) }</dt><dd class="nowrap">{ credit_code }</dd>
            }
            if !contact.is_empty() {
                <dt>{ ORG_CONTACT.question.pick(lang) }</dt><dd><bdi>{ contact }</bdi></dd>
            }
            <dt>{ t.report_date }</dt><dd class="nowrap">{ (t.date)(state.config.today) }</dd>
            <dt>{ t.start_policy }</dt>
            <dd>{ POLICY.title.pick(lang) }{ t.space }<span lang="zh-CN">{ POLICY.document_number }</span>
                { t.separator }{ t.start_valid }{ t.space }{ validity(lang) }</dd>
        </dl>
    }
}

/// Page one of the printed report stands alone: who, when, which policy, the total and every
/// award at a glance, and that the bureau decides. At a stand the facts follow the total, and
/// the QR code and the other tools come beside it (a column of their own on a tablet or a big
/// screen: style/components.css, "Stand"). The contents list, the report's QR code and the tools
/// come where given (the code and the tools not before the first frame is painted); where not,
/// an empty node keeps their place, so that the children do not shift and the heading, with the
/// focus in it, is kept when they come (yew matches unkeyed children from the end).
fn page_one(ctx: &Ctx, form: &Form, estimate: &Estimate, parts: [Option<Html>; 3]) -> Html {
    let [contents, code, tools] = parts.map(Option::unwrap_or_default);
    let lang = ctx.state.nav.lang;
    let t = text::of(lang);
    let demo = ctx.state.config.demo;
    let today = ctx.state.config.today;
    let (facts_first, facts_last) = if demo { (html! {}, report_facts(ctx)) } else { (report_facts(ctx), html! {}) };
    // At a stand, whose answers these are comes first (a sample's "示例·…"), so that nobody takes
    // a sample's figures for their own.
    let name = ctx.state.work.draft().text(&Field::Entity(key::NAME));
    let whose = (demo && !name.trim().is_empty())
        .then(|| html! { <p class="lead" data-testid="results-for"><bdi>{ name.trim().to_string() }</bdi></p> });
    html! {
        <div class={classes!("report-page-one", demo.then_some("report-stand"))}>
            <header class="report-header">
                <p class="caption print-only">{ t.report_title }</p>
                { step_heading(form, t.results_title) }
                { whose.unwrap_or_default() }
                { facts_first }
            </header>
            if !estimate.in_force {
                <div class="warning-text" role="note" data-testid="not-in-force">
                    <strong>{ t.notice_not_in_force }</strong>
                    { t.space }{ (t.notice_not_in_force_detail)(POLICY.valid_from, POLICY.valid_until, today) }
                </div>
            }
            <div class="report-total">
                { headline(estimate, lang) }
                { code }
            </div>
            <p class="caveat">{ bureau_decides(lang) }</p>
            { contents }
            { tools }
            { overview(estimate, lang) }
            { facts_last }
        </div>
    }
}

/// The policy's own words: the bureau interprets and decides.
fn bureau_decides(lang: Lang) -> &'static str {
    GATE.get(1).map(|g| g.effect.pick(lang)).unwrap_or_default()
}

/// The ids of the results' section headings, for the contents list.
const AWARDS_HEADING_ID: &str = "awards-title";
const ANSWERS_HEADING_ID: &str = "answers-title";
const OTHERS_HEADING_ID: &str = "others-title";

/// After the total: a link to each section of the page, so that a phone need not scroll to find
/// one. The links move the focus, never the address (whose fragment holds the step).
fn contents(sections: &[(&'static str, &'static str)], lang: Lang) -> Html {
    html! {
        <nav class="results-contents no-print" aria-label={text::of(lang).results_contents} data-testid="results-contents">
            <p class="results-contents-title">{ text::of(lang).results_contents }</p>
            <ul>
                { for sections.iter().map(|(id, label)| html! { <li>{ to_heading(id.to_string(), html! { *label }) }</li> }) }
            </ul>
        </nav>
    }
}

fn award_cards(awards: &[&MeasureResult], operates_in_xicheng: bool, lang: Lang) -> Html {
    let t = text::of(lang);
    if awards.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby={AWARDS_HEADING_ID}>
            <h2 id={AWARDS_HEADING_ID} tabindex="-1">{ if operates_in_xicheng { t.results_awards } else { t.results_awards_potential } }</h2>
            <div class="results-details">{ for awards.iter().map(|r| award_card(r, lang)) }</div>
        </section>
    }
}

fn project_results(estimate: &Estimate, lang: Lang) -> Html {
    if estimate.projects.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="projects-title">
            <h2 id="projects-title">{ text::of(lang).results_projects }</h2>
            <ul class="project-results">
                { for estimate.projects.iter().map(|p| html! { <li data-testid="project-result">{ isolated(&text::project(p, lang)) }</li> }) }
            </ul>
        </section>
    }
}

fn near_misses(near: &[&MeasureResult], lang: Lang) -> Html {
    if near.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="near-title">
            <h2 id={NEAR_HEADING_ID} tabindex="-1">{ text::of(lang).results_near }</h2>
            <p class="hint">{ text::of(lang).results_near_hint }</p>
            <ul class="near-misses">{ for near.iter().map(|r| near_miss(r, lang)) }</ul>
        </section>
    }
}

fn services_offered(services: &[&MeasureResult], lang: Lang) -> Html {
    if services.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="services-title">
            <h2 id="services-title">{ text::of(lang).results_services }</h2>
            <p class="hint">{ text::of(lang).results_services_hint }</p>
            <ul class="services">
                { for services.iter().map(|r| html! {
                    <li data-testid={format!("service-{}", r.measure.id)}>
                        <strong>{ r.measure.title.pick(lang) }</strong>{ (text::of(lang).clause_after)(r.measure.clause.pick(lang)) }
                        <br />{ text::amount_text(r.measure, lang) }
                    </li>
                }) }
            </ul>
        </section>
    }
}

fn not_applicable(others: &[&MeasureResult], lang: Lang) -> Html {
    if others.is_empty() {
        return html! {};
    }
    html! {
        <section class="not-applicable" aria-labelledby={OTHERS_HEADING_ID}>
            <h2 id={OTHERS_HEADING_ID} tabindex="-1">
                <span class="no-print">{ text::of(lang).results_not_eligible }</span>
                <span class="print-only">{ text::of(lang).report_not_applicable }</span>
            </h2>
            <details class="fold" data-testid="others-fold">
                <summary>{ text::of(lang).results_others_show }</summary>
                <ul class="near-misses">{ for others.iter().map(|r| near_miss(r, lang)) }</ul>
            </details>
        </section>
    }
}

fn disclaimer(lang: Lang) -> Html {
    html! {
        <section class="disclaimer" aria-labelledby="disclaimer-title">
            <h2 id="disclaimer-title">{ text::of(lang).report_disclaimer_title }</h2>
            // On screen said once, under the total; the report says it again at its end.
            <p class="print-only">{ bureau_decides(lang) }</p>
            <p>{ text::of(lang).report_disclaimer }</p>
            <details class="fold">
                <summary>{ text::of(lang).results_disclaimer_more }</summary>
                <p>{ NOT_ESTIMATED.pick(lang) }</p>
                <p data-testid="edition">{ (text::of(lang).report_edition)(POLICY.document_number, &awards::policy::edition()) }</p>
            </details>
        </section>
    }
}

fn change_button(ctx: &Ctx) -> Html {
    let t = text::of(ctx.state.nav.lang);
    html! {
        <div class="button-row no-print">
            <button type="button" class="button button-secondary" onclick={send(ctx, Action::Navigate(Step::Check))}>{ t.results_change }</button>
        </div>
    }
}
