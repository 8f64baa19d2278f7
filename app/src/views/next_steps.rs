//! Next steps: for each award the organisation may claim, what it answered and the kind of
//! document that usually shows it, as a checklist to tick; then plain advice. The evidence comes
//! from the policy tables (one line a question); the bureau's application notices decide, and
//! nothing here invents a deadline, an office or a phone number.

use yew::prelude::*;

use super::bidi::isolated;

use awards::answers::{Answers, Fact, Facts};
use awards::engine::{Estimate, MeasureResult};
use awards::lang::Lang;
use awards::policy::{FactKind, FactSpec, NAME_KEY};
use awards::text;

/// One line of the checklist: what was answered, and what shows it.
struct Line {
    what: String,
    evidence: &'static str,
}

/// The question with its answer in the one renderer's words; a list, a line an item (its name,
/// then what it is shown by: its level, its prize, its spend).
fn what_was_answered(spec: &'static FactSpec, fact: &Fact, lang: Lang) -> Vec<String> {
    let t = text::of(lang);
    let question = spec.question.pick(lang);
    match (fact, &spec.kind) {
        (Fact::List(items), FactKind::List(fields)) => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let name = match item.get(NAME_KEY) {
                    Some(Fact::Text(name)) if !name.trim().is_empty() => text::isolate(name.trim()),
                    _ => (t.list_item_n)(i + 1),
                };
                let details: Vec<String> = fields
                    .iter()
                    .filter(|field| field.key != NAME_KEY)
                    .filter_map(|field| item.get(field.key).map(|fact| text::answer(fact, field, lang, text::isolate)))
                    .collect();
                let item =
                    if details.is_empty() { name } else { (t.item_details)(&name, &details.join(t.list_separator)) };
                (t.next_answered)(question, &item)
            })
            .collect(),
        _ => vec![(t.next_answered)(question, &text::answer(fact, spec, lang, text::isolate))],
    }
}

/// The checklist of one claimed award, and the optional details it still lacks.
fn award_lines(result: &MeasureResult, claim: Option<&Facts>, lang: Lang) -> (Vec<Line>, Vec<&'static str>) {
    let mut lines = Vec::new();
    let mut to_add = Vec::new();
    for spec in result.measure.facts {
        match claim.and_then(|facts| facts.get(spec.key)) {
            Some(fact) if text::shows_something(fact) => {
                if let Some(evidence) = spec.evidence {
                    lines.extend(
                        what_was_answered(spec, fact, lang)
                            .into_iter()
                            .map(|what| Line { what, evidence: evidence.pick(lang) }),
                    );
                }
            }
            // A detail the clause's award rests on, or that the application will want (a rent
            // paid, a task's name): worth adding before applying.
            _ if matches!(spec.kind, FactKind::Amount | FactKind::Text | FactKind::Choice(_)) => {
                to_add.push(spec.question.pick(lang));
            }
            _ => {}
        }
    }
    let t = text::of(lang);
    for assessed in result.measure.assessed {
        lines.push(Line { what: (t.next_assessed)(assessed.text.pick(lang)), evidence: assessed.evidence.pick(lang) });
    }
    (lines, to_add)
}

fn award(result: &MeasureResult, answers: &Answers, lang: Lang) -> Html {
    let t = text::of(lang);
    let m = result.measure;
    let (lines, to_add) = award_lines(result, answers.claim(m.id), lang);
    html! {
        <li class="next-award" data-testid={format!("next-{}", m.id)}>
            <h3>{ m.title.pick(lang) }<span class="measure-id">{ m.clause.pick(lang) }</span></h3>
            <ul class="checklist">
                { for lines.into_iter().map(|line| html! {
                    <li>
                        <span class="tick" aria-hidden="true"></span>
                        <span class="checklist-what">{ isolated(&line.what) }</span>
                        <span class="checklist-evidence">{ (t.labelled)(t.evidence_label, line.evidence) }</span>
                    </li>
                }) }
            </ul>
            if !to_add.is_empty() {
                <p class="next-to-add">{ (t.labelled)(t.next_to_add, &to_add.join(t.list_separator)) }</p>
            }
        </li>
    }
}

/// The id of the next steps' heading (the results' contents link to it).
pub const NEXT_HEADING_ID: &str = "next-title";

/// Whether the results have next steps: an award that counts, or a service to ask about.
pub fn shown(estimate: &Estimate) -> bool {
    estimate.measures.iter().any(MeasureResult::counts) || estimate.services().next().is_some()
}

/// The next steps for the awards that count (eligible, or potential outside 西城区).
pub fn next_steps(estimate: &Estimate, answers: &Answers, lang: Lang) -> Html {
    let t = text::of(lang);
    if !shown(estimate) {
        return html! {};
    }
    let awards: Vec<&MeasureResult> = estimate.measures.iter().filter(|r| r.counts()).collect();
    let has_services = estimate.services().next().is_some();
    html! {
        <section class="next-steps" aria-labelledby={NEXT_HEADING_ID} data-testid="next-steps">
            <h2 id={NEXT_HEADING_ID} tabindex="-1">{ t.next_title }</h2>
            <p>{ t.next_lead }</p>
            <p>{ t.next_keep }</p>
            if !awards.is_empty() {
                <p class="hint">{ t.next_evidence_hint }</p>
                <ul class="next-awards">{ for awards.iter().map(|r| award(r, answers, lang)) }</ul>
                <p>{ t.next_other_support }</p>
            }
            if has_services {
                <p>{ t.next_services }</p>
            }
        </section>
    }
}
