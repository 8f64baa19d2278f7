//! Every answer given, as a summary list: on "check your answers" with change links, on the
//! printed report without.

use yew::prelude::*;

use super::bidi::isolated;
use crate::ctx::{on, Dispatcher};
use crate::draft::{self, Entry, Field};
use crate::state::{Action, Focus, Step, Work};
use awards::answers::FieldPath;
use awards::lang::Lang;
use awards::policy::{FactSpec, AREAS, ENTITY, MEASURES};
use awards::text;

/// One answered question.
struct Row {
    question: String,
    answer: String,
    step: Step,
    focus: Focus,
    /// What will show the answer when the organisation applies (a "yes" or a figure only).
    evidence: Option<&'static str>,
    /// A question of a chosen area that has no answer yet: said so, with a link to answer it.
    unanswered: bool,
}

/// A field's answer in the one renderer's words, and whether it has something to show; what
/// was typed where the answer does not read (its error says why). `None` when it says nothing.
fn answer_words(entry: &Entry, spec: &'static FactSpec, lang: Lang) -> Option<(String, bool)> {
    // An emptied box says nothing (before a name is set apart, which would make it look said).
    if matches!(entry, Entry::Typed(typed) if typed.trim().is_empty()) {
        return None;
    }
    Some(match draft::answer_of(entry, spec) {
        Ok(fact) => (text::answer(&fact, spec, lang, text::isolate), text::shows_something(&fact)),
        // Set apart: what was typed may hold what turns the line around (its error says so).
        Err(typed) => (text::isolate(&typed), false),
    })
}

/// The answers by group; with `unanswered`, the questions of the chosen areas without an answer
/// too (on "check your answers": an imported file need not answer them all).
fn rows(work: &Work, lang: Lang, unanswered: bool) -> Vec<(String, Vec<Row>)> {
    let d = work.draft();
    let mut groups = Vec::new();

    let mut entity = Vec::new();
    let entity_row = |spec: &'static FactSpec| {
        let field = Field::Entity(spec.key);
        d.get(&field).and_then(|v| answer_words(v, spec, lang)).map(|(answer, _)| Row {
            question: draft::label_of_path(&field.path(), lang).unwrap_or_default(),
            answer,
            step: Step::Basics,
            focus: Focus::Field(field.path()),
            evidence: None,
            unanswered: false,
        })
    };
    entity.extend(ENTITY.iter().filter_map(entity_row));
    groups.push((text::of(lang).basics_title.to_string(), entity));

    let chosen: Vec<String> = work
        .areas()
        .iter()
        .filter_map(|a| AREAS.iter().find(|x| x.key == *a))
        .map(|a| a.title.pick(lang).to_string())
        .collect();
    groups.push((
        text::of(lang).areas_title.to_string(),
        vec![Row {
            question: text::of(lang).check_areas.to_string(),
            answer: if chosen.is_empty() {
                text::of(lang).answer_none.to_string()
            } else {
                // One a line: the areas' own names hold the separator.
                chosen.join("\n")
            },
            step: Step::Areas,
            focus: Focus::Areas,
            evidence: None,
            unanswered: false,
        }],
    ));

    for m in MEASURES.iter().filter(|m| work.areas().contains(&m.area)) {
        let measure_rows: Vec<Row> = m
            .facts
            .iter()
            .filter(|fact| d.is_asked(m, fact))
            .filter_map(|fact| {
                let field = Field::Fact { measure: m.id, key: fact.key };
                let said = d.get(&field).and_then(|value| answer_words(value, fact, lang));
                let given = said.is_some();
                let (answer, something) = match said {
                    Some(said) => said,
                    None if unanswered => (text::of(lang).check_unanswered.to_string(), false),
                    None => return None,
                };
                Some(Row {
                    question: fact.question.pick(lang).to_string(),
                    answer,
                    step: Step::Area(m.area),
                    focus: Focus::Field(field.path()),
                    evidence: fact.evidence.filter(|_| something).map(|e| e.pick(lang)),
                    unanswered: !given,
                })
            })
            .collect();
        if !measure_rows.is_empty() {
            let heading = (text::of(lang).answers_group)(m.title.pick(lang), m.clause.pick(lang));
            groups.push((heading, measure_rows));
        }
    }

    let projects: Vec<Row> = (0..d.project_count())
        .map(|p| {
            let name = d.text(&Field::ProjectName(p));
            let support = d.text(&Field::ProjectSupport(p));
            // Measures by their titles: an ID means nothing to the user.
            let titles: Vec<&str> = d.project_measures(p).iter().map(|id| text::title_of(id, lang)).collect();
            let mut answer = titles.join(text::of(lang).list_separator);
            if !support.trim().is_empty() {
                answer.push('\n');
                answer.push_str(&(text::of(lang).labelled)(text::of(lang).projects_support, support));
            }
            Row {
                question: if name.trim().is_empty() { (text::of(lang).project_n)(p + 1) } else { text::isolate(name) },
                answer,
                step: Step::Projects,
                focus: Focus::Field(FieldPath::project(p)),
                evidence: None,
                unanswered: false,
            }
        })
        .collect();
    if !projects.is_empty() {
        groups.push((text::of(lang).projects_title.to_string(), projects));
    }
    groups
}

/// Every answer by group; given a way to `change` them, each with a button back to its question
/// (and the questions still to answer, and what will show each answer).
pub fn answers_summary(work: &Work, lang: Lang, change: Option<&Dispatcher>) -> Html {
    let change_links = change.is_some();
    let groups = rows(work, lang, change_links);
    html! {
        <div class="answers-summary">
            { for groups.into_iter().map(|(title, rows)| html! {
                <section>
                    <h3>{ title }</h3>
                    <dl class="summary-list">
                        { for rows.into_iter().map(|row| {
                            let change_button = if let Some(to) = change {
                                let onclick = on(to, Action::Change { step: row.step, focus: row.focus.clone() });
                                html! {
                                    <dd class="summary-action">
                                        <button type="button" class="link-button" {onclick}>
                                            { if row.unanswered { text::of(lang).check_answer } else { text::of(lang).check_change } }
                                            <span class="visually-hidden">{ text::of(lang).space }{ isolated(&row.question) }</span>
                                        </button>
                                    </dd>
                                }
                            } else {
                                html! {}
                            };
                            // The question's field, by its page id: what tests find a row by.
                            let field = match &row.focus {
                                Focus::Field(path) => Some(path.dom_id()),
                                _ => None,
                            };
                            html! {
                                <div class={classes!("summary-row", row.unanswered.then_some("summary-unanswered"))} data-field={field}>
                                    <dt>{ isolated(&row.question) }</dt>
                                    <dd class="summary-answer">
                                        { isolated(&row.answer) }
                                        if let (true, Some(evidence)) = (change_links, row.evidence) {
                                            <span class="evidence">{ (text::of(lang).labelled)(text::of(lang).evidence_label, evidence) }</span>
                                        }
                                    </dd>
                                    { change_button }
                                </div>
                            }
                        }) }
                    </dl>
                </section>
            }) }
        </div>
    }
}
