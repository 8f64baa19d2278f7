//! Reading one answer out of a claim (the answers' own readers), and a list item's name.

pub(super) use crate::answers::read::{amount, choice, count, flag, list};

use super::trace::ItemName;
use crate::answers::{Fact, Facts};
use crate::policy::NAME_KEY;

/// The user's name for a list item, or its position when it has none.
pub(super) fn item_name(item: &Facts, position: usize) -> ItemName {
    match item.get(NAME_KEY) {
        Some(Fact::Text(name)) if !name.is_empty() => ItemName::Given(name.clone()),
        _ => ItemName::Position(position + 1),
    }
}
