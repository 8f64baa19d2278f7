//! The estimate at a glance: every award with its clause and amount, grouped by the policy's
//! areas, a project's merged measures marked, the total under them, and the services beside.
//! The results page opens with it, and it is the first page of the printed report.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::bidi::isolated;
use crate::browser;
use awards::answers::FieldPath;
use awards::engine::{Basis, Estimate, MeasureResult};
use awards::lang::Lang;
use awards::money::Wan;
use awards::policy::AREAS;
use awards::text;

/// The id of a heading further down the results page: an award's card, or the near misses.
pub fn card_heading_id(id: &str) -> String {
    format!("award-{}-title", FieldPath::claim(id).dom_id())
}

/// The id of the near misses' heading.
pub const NEAR_HEADING_ID: &str = "near-title";

/// A link that moves the focus (and the view) to a heading of the page without touching the
/// address, whose fragment holds the step.
pub fn to_heading(id: String, label: Html) -> Html {
    let onclick = {
        let id = id.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            browser::focus(&id);
        })
    };
    html! { <a href={format!("#{id}")} {onclick}>{ label }</a> }
}

/// A bar as long as `amount` is of `largest`: drawn for the eye only (the table has the figure).
/// Decimal, not float, so that no float formatting comes into the WebAssembly for it.
fn bar(amount: Wan, largest: Wan) -> Html {
    let percent = amount
        .decimal()
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|scaled| scaled.checked_div(largest.decimal()))
        .unwrap_or_default();
    let width = percent.round_dp(1).normalize().to_string();
    html! {
        <svg class="overview-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect width={width} height="4" />
        </svg>
    }
}

/// What the figure rests on, in a word, beside the amount: a tag for each part, where an award
/// has both (9.4's events on either side of their cap).
pub fn basis_tag(result: &MeasureResult, lang: Lang) -> Html {
    result
        .split
        .parts()
        .map(|(basis, _)| {
            let class = match basis {
                Basis::Figures => "basis-tag basis-figures",
                Basis::Ceiling => "basis-tag basis-ceiling",
            };
            html! { <span class={class}>{ (text::of(lang).basis_short)(basis) }</span> }
        })
        .collect()
}

pub fn overview(estimate: &Estimate, lang: Lang) -> Html {
    let t = text::of(lang);
    let awards: Vec<&MeasureResult> = estimate.measures.iter().filter(|m| m.counts()).collect();
    if awards.is_empty() {
        return html! {};
    }
    let largest = awards.iter().map(|r| r.amount).max().unwrap_or(Wan::ZERO);
    let row = |result: &&MeasureResult| {
        let m = result.measure;
        // A project's kept award counts what its project adds, the other support deducted, so
        // that the rows add up to the total.
        let netted = estimate.projects.iter().find(|p| p.kept == Some(m.id) && !p.other_xicheng_support.is_zero());
        let shown = match (result.merged_into, netted) {
            (Some(_), _) => Wan::ZERO,
            (None, Some(project)) => project.counted,
            (None, None) => result.amount,
        };
        let amount = match (result.merged_into, netted) {
            (Some(kept), _) => {
                html! { <span class="merged-note">{ (t.overview_merged)(text::title_of(kept, lang)) }</span> }
            }
            (None, Some(project)) => html! {
                <>
                    { (t.overview_figure)(shown) }
                    <span class="netted-note">{ (t.overview_netted)(project.other_xicheng_support) }</span>
                </>
            },
            (None, None) => html! { { (t.overview_figure)(shown) } },
        };
        html! {
            <tr data-testid={format!("overview-{}", m.id)}>
                <td>
                    { to_heading(card_heading_id(m.id), html! { { m.title.pick(lang) } }) }
                    { basis_tag(result, lang) }
                    <span class="overview-clause-inline">{ m.clause.pick(lang) }</span>
                    { bar(shown, largest) }
                </td>
                <td class="overview-clause">{ m.clause.pick(lang) }</td>
                <td class="num">{ amount }</td>
            </tr>
        }
    };
    let total_label = if estimate.operates_in_xicheng { t.results_total_label } else { t.results_potential_label };
    let total = estimate.headline_wan();
    let services: Vec<&str> = estimate.services().map(|s| s.measure.title.pick(lang)).collect();
    let near = estimate.measures.iter().filter(|m| m.is_near_miss()).count();
    html! {
        <section class="overview" aria-labelledby="overview-title" data-testid="overview">
            <h2 id="overview-title">{ t.overview_title }</h2>
            <table class="overview-table">
                <thead>
                    <tr>
                        <th scope="col">{ t.overview_award }</th>
                        <th scope="col" class="overview-clause">{ t.overview_clause }</th>
                        <th scope="col" class="num">{ t.overview_amount }</th>
                    </tr>
                </thead>
                { for AREAS.iter().map(|area| {
                    let in_area: Vec<&&MeasureResult> = awards.iter().filter(|r| r.measure.area == area.key).collect();
                    if in_area.is_empty() {
                        return html! {};
                    }
                    html! {
                        <tbody>
                            <tr class="overview-area"><th scope="rowgroup" colspan="3">{ area.title.pick(lang) }</th></tr>
                            { for in_area.iter().map(|r| row(r)) }
                        </tbody>
                    }
                }) }
                <tfoot>
                    <tr>
                        <th scope="row">{ total_label }</th>
                        <td class="overview-clause"></td>
                        <td class="num" data-testid="overview-total">{ (t.overview_figure)(total) }</td>
                    </tr>
                </tfoot>
            </table>
            if !estimate.projects.is_empty() {
                <ul class="overview-notes">
                    { for estimate.projects.iter().map(|p| html! { <li>{ isolated(&text::project(p, lang)) }</li> }) }
                </ul>
            }
            if !services.is_empty() {
                <p class="overview-services">{ (t.overview_services)(&services.join(t.list_separator)) }</p>
            }
            if near > 0 {
                <p class="overview-services" data-testid="overview-near">
                    { to_heading(NEAR_HEADING_ID.to_string(), html! { { (t.overview_near)(near) } }) }
                </p>
            }
        </section>
    }
}
