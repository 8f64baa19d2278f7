//! One answer in words: the one renderer of an answer, shared by the check page, the results'
//! echo of the answers, the next steps, the printed report and the review sheet, so that they
//! cannot disagree. An amount is written exactly as read (grouped, never rounded), with its unit.

use super::of;
use crate::answers::{Fact, Facts};
use crate::lang::Lang;
use crate::policy::{FactKind, FactSpec};

/// How a name the user typed is set apart from the words around it: the page isolates it (a
/// name in Arabic or Hebrew must not reorder the line), the review sheet writes it as it is.
pub type Name = fn(&str) -> String;

/// `fact`, the answer to `spec`, in words: 是/否, a count, "8,000.5 万元", a choice's label,
/// several labels, a list's items one a line.
pub fn answer(fact: &Fact, spec: &FactSpec, lang: Lang, name: Name) -> String {
    let t = of(lang);
    match (fact, &spec.kind) {
        (Fact::Flag(true), _) => t.answer_yes.to_string(),
        (Fact::Flag(false), _) => t.answer_no.to_string(),
        (Fact::Count(n), _) => n.to_string(),
        (Fact::Amount(amount), _) => (t.typed_amount)(&amount.exact()),
        (Fact::Text(text), _) => name(text),
        (Fact::Choice(key), FactKind::Choice(choices)) => {
            choices.iter().find(|c| c.key == *key).map_or_else(String::new, |c| c.label.pick(lang).to_string())
        }
        (Fact::Choices(keys), FactKind::Choices(choices)) if !keys.is_empty() => keys
            .iter()
            .filter_map(|key| choices.iter().find(|c| c.key == *key))
            .map(|c| c.label.pick(lang))
            .collect::<Vec<_>>()
            .join(t.list_separator),
        (Fact::List(items), FactKind::List(fields)) if !items.is_empty() => items
            .iter()
            .enumerate()
            .map(|(i, item)| (t.numbered_item)(i + 1, &item_answers(item, fields, lang, name)))
            .collect::<Vec<_>>()
            .join("\n"),
        // An empty list or set of choices; a fact never reads as another kind than its question.
        _ => t.answer_none.to_string(),
    }
}

/// A list item's answers, each in words, in the order of its questions.
fn item_answers(item: &Facts, fields: &[FactSpec], lang: Lang, name: Name) -> String {
    let parts: Vec<String> = fields
        .iter()
        .filter_map(|field| item.get(field.key).map(|fact| answer(fact, field, lang, name)))
        .filter(|part| !part.is_empty())
        .collect();
    if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join(" · ")
    }
}

/// Whether an answer says the organisation has something to show for it (a yes, a count or an
/// amount above zero, a name, a choice, a list with entries): where its evidence is listed.
pub fn shows_something(fact: &Fact) -> bool {
    match fact {
        Fact::Flag(yes) => *yes,
        Fact::Count(n) => *n > 0,
        Fact::Amount(amount) => !amount.is_zero(),
        Fact::Text(text) => !text.trim().is_empty(),
        Fact::Choice(_) => true,
        Fact::Choices(keys) => !keys.is_empty(),
        Fact::List(items) => !items.is_empty(),
    }
}
