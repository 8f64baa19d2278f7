//! The amount rules of the policy applied to a claim's facts, stage by stage: terms, base, cap.
//! Conditions are not looked at here; this says what the rule gives for these numbers.

use rust_decimal::Decimal;

use super::facts;
use super::trace::{Expr, ItemName, Limit, Part, Term, Trace};
use crate::answers::Facts;
use crate::money::{round, Wan};
use crate::policy::Rule;

/// The worked amount of `rule`, the rule of the measure `measure`, for the claim's facts.
pub(super) fn apply(measure: &'static str, rule: &Rule, claim: &Facts) -> Trace {
    let mut cap = None;
    let mut limit = None;
    let terms: Vec<Term> = match rule {
        Rule::Flat { cap } => vec![term(None, None, Expr::UpTo(cap.decimal()), cap.decimal())],
        Rule::PerFlag { items } => items
            .iter()
            .filter(|item| facts::flag(claim, item.key))
            .map(|item| {
                term(Some(Part::Item(item.key)), None, Expr::Fixed(item.amount.decimal()), item.amount.decimal())
            })
            .collect(),
        Rule::PerCount { items, cap: overall } => {
            cap = overall.map(Wan::decimal);
            items
                .iter()
                .filter_map(|item| {
                    let count = facts::count(claim, item.key);
                    let each = item.amount.decimal();
                    (count > 0).then(|| {
                        term(
                            Some(Part::Item(item.key)),
                            None,
                            Expr::Times { count, each },
                            each.saturating_mul(count.into()),
                        )
                    })
                })
                .collect()
        }
        Rule::Percent { key, percent, cap: overall } => {
            cap = Some(overall.decimal());
            let of = facts::amount(claim, key).map(Wan::decimal).unwrap_or_default();
            vec![percent_term(None, *percent, of, None)]
        }
        Rule::FlatLimitedBy { cap: overall, key, .. } => {
            limit = facts::amount(claim, key).map(|value| Limit { fact: key, value: value.decimal() });
            vec![term(None, None, Expr::UpTo(overall.decimal()), overall.decimal())]
        }
        Rule::PerItemLevel { list, field, levels } => facts::list(claim, list)
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let choice = facts::choice(item, field)?;
                let level = levels.iter().find(|level| level.choice == choice)?;
                let value = level.amount.decimal();
                Some(term(Some(Part::Level(level.choice)), Some(facts::item_name(item, i)), Expr::Fixed(value), value))
            })
            .collect(),
        Rule::PerItemBest { list, options } => facts::list(claim, list)
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                // The options are in policy order; the first of the highest wins a tie.
                let best = options
                    .iter()
                    .filter(|option| facts::choice(item, option.field) == Some(option.choice))
                    .fold(None, |best: Option<&crate::policy::ItemOption>, option| match best {
                        Some(b) if b.amount >= option.amount => Some(b),
                        _ => Some(option),
                    })?;
                let value = best.amount.decimal();
                let part = Part::Option { field: best.field, choice: best.choice };
                Some(term(Some(part), Some(facts::item_name(item, i)), Expr::Fixed(value), value))
            })
            .collect(),
        Rule::PerItemPercent { list, field, percent, cap_each } => facts::list(claim, list)
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let of = facts::amount(item, field).map(Wan::decimal).unwrap_or_default();
                percent_term(Some(facts::item_name(item, i)), *percent, of, Some(cap_each.decimal()))
            })
            .collect(),
    };
    let base = terms.iter().fold(Decimal::ZERO, |sum, t| sum.saturating_add(t.value));
    let mut amount = base;
    if let Some(cap) = cap {
        amount = amount.min(cap);
    }
    if let Some(limit) = &limit {
        amount = amount.min(limit.value);
    }
    Trace { measure, terms, base, cap, limit, amount: Wan::new(amount.max(Decimal::ZERO)) }
}

fn term(part: Option<Part>, item: Option<ItemName>, expr: Expr, value: Decimal) -> Term {
    Term { part, item, expr, value: round(value) }
}

fn percent_term(item: Option<ItemName>, percent: u32, of: Decimal, cap_each: Option<Decimal>) -> Term {
    let exact = round(of.saturating_mul(Decimal::new(percent.into(), 2)));
    let value = match cap_each {
        Some(cap) => exact.min(cap),
        None => exact,
    };
    term(None, item, Expr::Percent { percent, of, exact, cap_each }, value)
}
