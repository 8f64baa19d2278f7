//! A worked calculation written out with the user's own numbers, in one line:
//! `10% × 8,000 = 800 ≤ 1,000 cap (in 10,000 yuan)`. The steps are the engine's [`Trace`]; the
//! words around them are the language's [`CalcWords`].

use rust_decimal::Decimal;

use super::{isolate, of, CalcWords};
use crate::engine::{Expr, ItemName, Term, Trace};
use crate::lang::Lang;
use crate::money::group_thousands;

fn n(value: Decimal) -> String {
    group_thousands(value)
}

fn term(term: &Term, words: &CalcWords, lang: Lang) -> String {
    let mut text = String::new();
    match &term.item {
        Some(ItemName::Given(name)) => text.push_str(&format!("{} ", isolate(name))),
        Some(ItemName::Position(position)) => text.push_str(&format!("{} ", (of(lang).list_item_n)(*position))),
        None => {}
    }
    if let Some(label) = term.label {
        text.push_str(label.get(lang));
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
    let mut line = if trace.terms.is_empty() {
        "0".to_string()
    } else {
        trace.terms.iter().map(|t| term(t, words, lang)).collect::<Vec<_>>().join(" + ")
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
        let (label, value) = (limit.label.get(lang), n(limit.value));
        if running > limit.value {
            line.push_str(&(words.limit_cut)(label, &value));
        } else {
            line.push_str(&(words.limit_within)(label, &value));
        }
    }
    line.push_str(words.unit);
    line
}
