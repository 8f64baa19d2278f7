//! Every answer given, as a summary list: on "check your answers" with change links, on the
//! printed report without.

use yew::prelude::*;

use super::fields::yes_no_text;
use serde_json::Value;

use crate::ctx::{send, Ctx};
use crate::draft::{self, Field};
use crate::state::{Action, Focus, State, Step};
use awards::answers::{key, FieldPath};
use awards::lang::Lang;
use awards::policy::{Choice, FactKind, FactSpec, AREAS, DATA_FIELDS, MEASURES};
use awards::text;

/// One answered question.
struct Row {
    question: String,
    answer: String,
    step: Step,
    focus: Focus,
    /// What will show the answer when the organisation applies (a "yes" or a figure only).
    evidence: Option<&'static str>,
}

/// A figure as typed that is not zero ("0", "0.00", "０" are zero; "８,０００" is not).
fn not_zero(text: &str) -> bool {
    text.trim().chars().any(|c| c.is_numeric() && c != '0' && c != '０')
}

/// Whether a typed answer says the organisation has something to show: a yes, a figure other
/// than zero, a choice, a list with entries.
fn holds_something(value: &Value) -> bool {
    match value {
        Value::Bool(yes) => *yes,
        Value::Number(n) => not_zero(&n.to_string()),
        Value::String(text) => not_zero(text),
        Value::Array(items) => !items.is_empty(),
        _ => false,
    }
}

fn choice_label(choices: &[Choice], key: &str, lang: Lang) -> String {
    choices.iter().find(|c| c.key == key).map_or_else(|| key.to_string(), |c| c.label.pick(lang).to_string())
}

/// The answer to one question as words, or `None` when unanswered.
fn answer_text(value: &Value, kind: &FactKind, lang: Lang) -> Option<String> {
    let text = match (kind, value) {
        (_, Value::Null) => return None,
        (FactKind::Flag, Value::Bool(b)) => yes_no_text(lang, *b).to_string(),
        (FactKind::Amount, v) => (text::of(lang).typed_amount)(&draft_text(v)),
        (FactKind::Choice(choices), Value::String(key)) => choice_label(choices, key, lang),
        (FactKind::Choices(choices), Value::Array(keys)) => {
            let labels: Vec<String> =
                keys.iter().filter_map(Value::as_str).map(|k| choice_label(choices, k, lang)).collect();
            if labels.is_empty() {
                text::of(lang).answer_none.to_string()
            } else {
                labels.join(text::of(lang).list_separator)
            }
        }
        (FactKind::List(fields), Value::Array(items)) => {
            if items.is_empty() {
                return Some(text::of(lang).answer_none.to_string());
            }
            items
                .iter()
                .enumerate()
                .map(|(i, item)| (text::of(lang).numbered_item)(i + 1, &item_text(item, fields, lang)))
                .collect::<Vec<_>>()
                .join("\n")
        }
        // A name the user typed or a file brought: set apart from the words around it.
        (FactKind::Text, v) if !draft_text(v).trim().is_empty() => text::isolate(&draft_text(v)),
        (_, v) => draft_text(v),
    };
    (!text.trim().is_empty()).then_some(text)
}

fn item_text(item: &Value, fields: &[FactSpec], lang: Lang) -> String {
    let parts: Vec<String> =
        fields.iter().filter_map(|f| item.get(f.key).and_then(|v| answer_text(v, &f.kind, lang))).collect();
    if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join(" · ")
    }
}

fn draft_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn rows(state: &State) -> Vec<(String, Vec<Row>)> {
    let lang = state.nav.lang;
    let d = state.work.draft();
    let mut groups = Vec::new();

    let mut entity = Vec::new();
    let entity_row = |key: &'static str, kind: &FactKind| {
        let field = Field::Entity(key);
        draft::get(d, &field).and_then(|v| answer_text(v, kind, lang)).map(|answer| Row {
            question: draft::label_of_path(&field.path(), lang).unwrap_or_default(),
            answer,
            step: Step::Basics,
            focus: Focus::Field(field.path()),
            evidence: None,
        })
    };
    entity.extend(entity_row(key::OPERATES_IN_XICHENG, &FactKind::Flag));
    entity.extend(entity_row(key::DATA_FIELDS, &FactKind::Choices(DATA_FIELDS)));
    entity.extend(entity_row(key::ICT_INDUSTRY, &FactKind::Flag));
    entity.extend(entity_row(key::NAME, &FactKind::Text));
    entity.extend(entity_row(key::CREDIT_CODE, &FactKind::Text));
    entity.extend(entity_row(key::CONTACT, &FactKind::Text));
    groups.push((text::of(lang).basics_title.to_string(), entity));

    let chosen: Vec<String> = state
        .work
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
        }],
    ));

    for m in MEASURES.iter().filter(|m| state.work.areas().contains(&m.area)) {
        let measure_rows: Vec<Row> = m
            .facts
            .iter()
            .filter(|fact| draft::is_asked(d, m, fact))
            .filter_map(|fact| {
                let field = Field::Fact { measure: m.id, key: fact.key };
                let value = draft::get(d, &field)?;
                let answer = answer_text(value, &fact.kind, lang)?;
                Some(Row {
                    question: fact.question.pick(lang).to_string(),
                    answer,
                    step: Step::Area(m.area),
                    focus: Focus::Field(field.path()),
                    evidence: fact.evidence.filter(|_| holds_something(value)).map(|e| e.pick(lang)),
                })
            })
            .collect();
        if !measure_rows.is_empty() {
            let heading = (text::of(lang).answers_group)(m.title.pick(lang), m.clause.pick(lang));
            groups.push((heading, measure_rows));
        }
    }

    let projects: Vec<Row> = (0..draft::project_count(d))
        .map(|p| {
            let name = draft::text(d, &Field::ProjectName(p));
            let support = draft::text(d, &Field::ProjectSupport(p));
            // Measures by their titles: an ID means nothing to the user.
            let titles: Vec<&str> = draft::project_measures(d, p).iter().map(|id| text::title_of(id, lang)).collect();
            let mut answer = titles.join(text::of(lang).list_separator);
            if !support.trim().is_empty() {
                answer.push('\n');
                answer.push_str(&(text::of(lang).labelled)(text::of(lang).projects_support, &support));
            }
            Row {
                question: if name.trim().is_empty() { (text::of(lang).project_n)(p + 1) } else { text::isolate(&name) },
                answer,
                step: Step::Projects,
                focus: Focus::Field(FieldPath::project(p)),
                evidence: None,
            }
        })
        .collect();
    if !projects.is_empty() {
        groups.push((text::of(lang).projects_title.to_string(), projects));
    }
    groups
}

/// Every answer by group; with `change_links`, each with a button back to its question.
pub fn answers_summary(ctx: &Ctx, change_links: bool) -> Html {
    let lang = ctx.state.nav.lang;
    let groups = rows(&ctx.state);
    html! {
        <div class="answers-summary">
            { for groups.into_iter().map(|(title, rows)| html! {
                <section>
                    <h3>{ title }</h3>
                    <dl class="summary-list">
                        { for rows.into_iter().map(|row| {
                            let change = if change_links {
                                let onclick = send(ctx, Action::Change { step: row.step, focus: row.focus.clone() });
                                html! {
                                    <dd class="summary-action">
                                        <button type="button" class="link-button" {onclick}>
                                            { text::of(lang).check_change }
                                            <span class="visually-hidden">{ text::of(lang).space }{ row.question.clone() }</span>
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
                                <div class="summary-row" data-field={field}>
                                    <dt>{ row.question }</dt>
                                    <dd class="summary-answer">
                                        { row.answer }
                                        if let (true, Some(evidence)) = (change_links, row.evidence) {
                                            <span class="evidence">{ (text::of(lang).labelled)(text::of(lang).evidence_label, evidence) }</span>
                                        }
                                    </dd>
                                    { change }
                                </div>
                            }
                        }) }
                    </dl>
                </section>
            }) }
        </div>
    }
}
