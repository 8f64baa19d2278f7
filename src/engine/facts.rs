//! Reading one answer out of a claim, with "not answered" read as "no" / zero / empty.

use super::trace::ItemName;
use crate::answers::{Fact, Facts};
use crate::money::Wan;

pub(super) fn flag(facts: &Facts, key: &str) -> bool {
    matches!(facts.get(key), Some(Fact::Flag(true)))
}

pub(super) fn count(facts: &Facts, key: &str) -> u32 {
    match facts.get(key) {
        Some(Fact::Count(count)) => *count,
        _ => 0,
    }
}

pub(super) fn amount(facts: &Facts, key: &str) -> Option<Wan> {
    match facts.get(key) {
        Some(Fact::Amount(amount)) => Some(*amount),
        _ => None,
    }
}

pub(super) fn choice<'f>(facts: &'f Facts, key: &str) -> Option<&'f str> {
    match facts.get(key) {
        Some(Fact::Choice(choice)) => Some(choice),
        _ => None,
    }
}

pub(super) fn list<'f>(facts: &'f Facts, key: &str) -> &'f [Facts] {
    match facts.get(key) {
        Some(Fact::List(items)) => items,
        _ => &[],
    }
}

pub(super) fn is_non_empty(facts: &Facts, key: &str) -> bool {
    match facts.get(key) {
        Some(Fact::List(items)) => !items.is_empty(),
        Some(Fact::Choices(choices)) => !choices.is_empty(),
        _ => false,
    }
}

/// The user's name for a list item, or its position when it has none.
pub(super) fn item_name(item: &Facts, position: usize) -> ItemName {
    match item.get("name") {
        Some(Fact::Text(name)) if !name.is_empty() => ItemName::Given(name.clone()),
        _ => ItemName::Position(position + 1),
    }
}
