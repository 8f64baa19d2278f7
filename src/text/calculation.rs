//! A worked calculation written out with the user's own numbers, in one line:
//! `10% × 8,000 = 800 ≤ 1,000 cap (in 10,000 yuan)`. The steps are the engine's [`Trace`]; the
//! words around them are the language's [`CalcWords`]; what a term or a limit is called is the
//! policy's own words, found by the keys the trace gives.

use rust_decimal::Decimal;

use super::{isolate, of, CalcWords};
use crate::engine::{Expr, ItemName, Part, Term, Trace};
use crate::lang::{Bi, Lang};
use crate::money::group_thousands;
use crate::policy::{measure, Award, Rule};

fn n(value: Decimal) -> String {
    group_thousands(value)
}

/// The amount rule of the trace's measure.
fn rule_of(trace: &Trace) -> Option<&'static Rule> {
    match &measure(trace.measure)?.award {
        Award::Amount(rule) => Some(rule),
        Award::Service => None,
    }
}

/// The policy's name of a part of `rule`: "国家标准", "generative AI service filings".
pub(super) fn part_label(rule: &Rule, part: Part) -> Option<Bi> {
    match (rule, part) {
        (Rule::PerFlag { items } | Rule::PerCount { items, .. }, Part::Item(key)) => {
            items.iter().find(|item| item.key == key).map(|item| item.label)
        }
        (Rule::PerItemLevel { levels, .. }, Part::Level(choice)) => {
            levels.iter().find(|level| level.choice == choice).map(|level| level.label)
        }
        (Rule::PerItemBest { options, .. }, Part::Option { field, choice }) => {
            options.iter().find(|option| option.field == field && option.choice == choice).map(|option| option.label)
        }
        _ => None,
    }
}

/// The policy's name of the limit that the answer to `fact` sets in `rule`: "interest paid".
pub(super) fn limit_label(rule: &Rule, fact: &str) -> Option<Bi> {
    match rule {
        Rule::FlatLimitedBy { key, limit, .. } if *key == fact => Some(*limit),
        _ => None,
    }
}

fn term(term: &Term, rule: Option<&Rule>, words: &CalcWords, lang: Lang) -> String {
    let mut text = String::new();
    match &term.item {
        Some(ItemName::Given(name)) => text.push_str(&format!("{} ", isolate(name))),
        Some(ItemName::Position(position)) => text.push_str(&format!("{} ", (of(lang).list_item_n)(*position))),
        None => {}
    }
    if let Some(label) = rule.zip(term.part).and_then(|(rule, part)| part_label(rule, part)) {
        text.push_str(label.pick(lang));
        text.push(' ');
    }
    match &term.expr {
        Expr::UpTo(cap) => text.push_str(&(words.up_to)(&n(*cap))),
        Expr::Fixed(value) => text.push_str(&n(*value)),
        Expr::Times { count, each } => text.push_str(&format!("{count} × {}", n(*each))),
        Expr::Percent { percent, of, exact, cap_each } => {
            text.push_str(&format!("{percent}% × {} = {}", n(*of), n(*exact)));
            match cap_each {
                Some(cap) if exact > cap => text.push_str(&format!(" {}", (words.cap_each_cut)(&n(*cap)))),
                Some(cap) => text.push_str(&format!(" {}", (words.cap_each_within)(&n(*cap)))),
                None => {}
            }
        }
    }
    text
}

/// Whether a term's text already ends in its value.
fn shows_its_value(term: &Term) -> bool {
    matches!(term.expr, Expr::UpTo(_) | Expr::Fixed(_) | Expr::Percent { .. })
}

/// The calculation in one line, in 万元.
pub fn calculation(trace: &Trace, lang: Lang) -> String {
    let words = &of(lang).calc;
    let rule = rule_of(trace);
    let mut line = if trace.terms.is_empty() {
        "0".to_string()
    } else {
        trace.terms.iter().map(|t| term(t, rule, words, lang)).collect::<Vec<_>>().join(" + ")
    };
    let single_plain = trace.terms.len() == 1 && trace.terms.iter().all(shows_its_value);
    if !trace.terms.is_empty() && !single_plain {
        line.push_str(&format!(" = {}", n(trace.base)));
    }
    let mut running = trace.base;
    if let Some(cap) = trace.cap {
        if running > cap {
            line.push_str(&(words.cap_cut)(&n(cap)));
            running = cap;
        } else {
            line.push_str(&(words.cap_within)(&n(cap)));
        }
    }
    if let Some(limit) = &trace.limit {
        let label = rule.and_then(|rule| limit_label(rule, limit.fact)).map_or("", |label| label.pick(lang));
        let value = n(limit.value);
        if running > limit.value {
            line.push_str(&(words.limit_cut)(label, &value));
        } else {
            line.push_str(&(words.limit_within)(label, &value));
        }
    }
    line.push_str(words.unit);
    line.push_str(&(words.result)(trace.amount));
    line
}
