//! Whether a condition of the policy holds for the answers.

use super::facts;
use crate::answers::{Entity, Facts};
use crate::policy::Test;

pub(super) fn holds(test: &Test, entity: &Entity, claim: &Facts) -> bool {
    match test {
        Test::Flag(key) => facts::flag(claim, key),
        Test::AnyFlag(keys) => keys.iter().any(|key| facts::flag(claim, key)),
        Test::AnyCount(keys) => keys.iter().any(|key| facts::count(claim, key) > 0),
        Test::Positive(key) => facts::amount(claim, key).is_some_and(|amount| !amount.is_zero()),
        Test::NonEmpty(key) => facts::is_non_empty(claim, key),
        Test::AnyItemChoice { list, choices } => facts::list(claim, list)
            .iter()
            .any(|item| choices.iter().any(|(field, choice)| facts::choice(item, field) == Some(*choice))),
        Test::IctIndustry => entity.ict_industry,
        Test::DataField => !entity.data_fields.is_empty(),
    }
}
