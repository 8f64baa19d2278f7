//! The estimate at a glance: every award with its clause and amount, grouped by the policy's
//! areas, a project's merged measures marked, the total under them, and the services beside.
//! The results page opens with it, and it is the first page of the printed report.

use yew::prelude::*;

use crate::engine::{Estimate, MeasureResult};
use crate::lang::Lang;
use crate::policy::AREAS;
use crate::text;

pub fn overview(estimate: &Estimate, lang: Lang) -> Html {
    let t = text::of(lang);
    let awards: Vec<&MeasureResult> = estimate.measures.iter().filter(|m| m.counts()).collect();
    if awards.is_empty() {
        return html! {};
    }
    let row = |result: &&MeasureResult| {
        let m = result.measure;
        let amount = match result.merged_into {
            Some(kept) => html! { <span class="merged-note">{ (t.overview_merged)(kept) }</span> },
            None => html! { { result.amount.figure() } },
        };
        html! {
            <tr data-testid={format!("overview-{}", m.id)}>
                <td>{ m.title.get(lang) }</td>
                <td class="overview-clause">{ m.clause.get(lang) }</td>
                <td class="num">{ amount }</td>
            </tr>
        }
    };
    let (total_label, total) = if estimate.operates_in_xicheng {
        (t.results_total_label, estimate.total_wan)
    } else {
        (t.results_potential_label, estimate.potential_wan)
    };
    let services: Vec<&str> = estimate.services().map(|s| s.measure.title.get(lang)).collect();
    html! {
        <section class="overview" aria-labelledby="overview-title" data-testid="overview">
            <h2 id="overview-title">{ t.overview_title }</h2>
            <table class="overview-table">
                <thead>
                    <tr>
                        <th scope="col">{ t.overview_award }</th>
                        <th scope="col">{ t.overview_clause }</th>
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
                            <tr class="overview-area"><th scope="rowgroup" colspan="3">{ area.title.get(lang) }</th></tr>
                            { for in_area.iter().map(|r| row(r)) }
                        </tbody>
                    }
                }) }
                <tfoot>
                    <tr>
                        <th scope="row" colspan="2">{ total_label }</th>
                        <td class="num" data-testid="overview-total">{ total.figure() }</td>
                    </tr>
                </tfoot>
            </table>
            if !estimate.projects.is_empty() {
                <ul class="overview-notes">
                    { for estimate.projects.iter().map(|p| html! { <li>{ text::project(p, lang) }</li> }) }
                </ul>
            }
            if !services.is_empty() {
                <p class="overview-services">{ (t.overview_services)(&services.join(t.list_separator)) }</p>
            }
        </section>
    }
}
