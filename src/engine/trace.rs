//! The worked calculation of one amount, kept in stages (terms, their sum, then caps) so that it
//! can be written out with the user's own numbers: `crate::text::calculation` writes it. Data
//! only: what a term or a limit is, it names by the keys of the measure's rule (`Part`,
//! `Limit::fact`), and the text layer finds their words in the policy tables.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::Wan;

/// How one amount was reached.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Trace {
    /// The measure whose rule this is (`"6.1a"`): where the keys of its terms and limit belong.
    pub measure: &'static str,
    /// What adds up to the base; empty when nothing was counted.
    pub terms: Vec<Term>,
    /// The sum of the terms.
    pub base: Decimal,
    /// The measure's overall cap ("每家单位最高 500 万元").
    pub cap: Option<Decimal>,
    /// A further limit from the user's own figures (interest actually paid).
    pub limit: Option<Limit>,
    /// The result: base, capped, limited, rounded by the one rule.
    pub amount: Wan,
}

/// One part of the base.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Term {
    /// Which part of the rule the term is; `None` for the rule's one amount (a flat maximum, a
    /// percentage).
    pub part: Option<Part>,
    /// Which list item (a platform, an entry, an event) the term is for.
    pub item: Option<ItemName>,
    pub expr: Expr,
    /// The term's value, after any per-item cap, rounded.
    pub value: Decimal,
}

/// A part of a measure's rule, by its keys in the policy tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// An item of a per-flag or per-count rule: the key of its fact (`national`).
    Item(&'static str),
    /// A level of a per-item-level rule: the choice of the list item's field (`"first_prize"`).
    Level(&'static str),
    /// An option of a per-item-best rule: the list item's field and the choice it holds.
    Option { field: &'static str, choice: &'static str },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expr {
    /// "Up to" a fixed amount.
    UpTo(Decimal),
    /// A fixed amount for one thing held.
    Fixed(Decimal),
    /// A number of things times an amount each.
    Times { count: u32, each: Decimal },
    /// A percentage of an amount, with a cap per item where the rule has one.
    Percent { percent: u32, of: Decimal, exact: Decimal, cap_each: Option<Decimal> },
}

/// A list item as the user knows it: by the name given, or by its position (from 1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemName {
    Given(String),
    Position(usize),
}

/// A limit from the user's own figures: the amount answered for `fact` (the interest paid).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Limit {
    /// The key of the claim's fact that gave it.
    pub fact: &'static str,
    pub value: Decimal,
}
