//! Reading answers out of a claim, with "not answered" read as "no" / zero / empty, and the
//! policy's tests on them: whether a condition holds, whether a question is asked. The engine
//! and the reader of files both read so, so a follow-up is asked exactly when it counts.

use super::{Entity, Fact, Facts};
use crate::money::Wan;
use crate::policy::{FactSpec, Test};

pub fn flag(facts: &Facts, key: &str) -> bool {
    matches!(facts.get(key), Some(Fact::Flag(true)))
}

pub fn count(facts: &Facts, key: &str) -> u32 {
    match facts.get(key) {
        Some(Fact::Count(count)) => *count,
        _ => 0,
    }
}

pub fn amount(facts: &Facts, key: &str) -> Option<Wan> {
    match facts.get(key) {
        Some(Fact::Amount(amount)) => Some(*amount),
        _ => None,
    }
}

pub fn choice<'f>(facts: &'f Facts, key: &str) -> Option<&'f str> {
    match facts.get(key) {
        Some(Fact::Choice(choice)) => Some(choice),
        _ => None,
    }
}

pub fn list<'f>(facts: &'f Facts, key: &str) -> &'f [Facts] {
    match facts.get(key) {
        Some(Fact::List(items)) => items,
        _ => &[],
    }
}

pub fn is_non_empty(facts: &Facts, key: &str) -> bool {
    match facts.get(key) {
        Some(Fact::List(items)) => !items.is_empty(),
        Some(Fact::Choices(choices)) => !choices.is_empty(),
        _ => false,
    }
}

/// Whether a test of the policy holds for the organisation and one claim's answers.
pub fn holds(test: &Test, entity: &Entity, claim: &Facts) -> bool {
    match test {
        Test::Flag(key) => flag(claim, key),
        Test::AnyFlag(keys) => keys.iter().any(|key| flag(claim, key)),
        Test::AnyCount(keys) => keys.iter().any(|key| count(claim, key) > 0),
        Test::Positive(key) => amount(claim, key).is_some_and(|amount| !amount.is_zero()),
        Test::NonEmpty(key) => is_non_empty(claim, key),
        Test::AnyItemChoice { list: key, choices } => list(claim, key)
            .iter()
            .any(|item| choices.iter().any(|(field, wanted)| choice(item, field) == Some(*wanted))),
        Test::IctIndustry => entity.ict_industry,
        Test::DataField => !entity.data_fields.is_empty(),
    }
}

/// Whether `spec` is asked, given the claim's answers. A follow-up's test reads only questions
/// before it that are always asked (the policy's tests hold the tables to it), so the answers
/// before it or the whole claim give the same.
pub fn is_asked(spec: &FactSpec, claim: &Facts) -> bool {
    spec.asked_when.as_ref().is_none_or(|test| holds(test, &Entity::default(), claim))
}

/// The claim's answers to the questions asked, in the order of `specs`: what is written to a
/// file or a link, so that an answer not asked is never exported or linked.
pub fn asked<'f>(specs: &'static [FactSpec], claim: &'f Facts) -> impl Iterator<Item = (&'static FactSpec, &'f Fact)> {
    specs.iter().filter(|spec| is_asked(spec, claim)).filter_map(|spec| Some((spec, claim.get(spec.key)?)))
}
