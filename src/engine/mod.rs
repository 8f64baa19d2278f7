//! The estimate: for every measure its status, amount and worked calculation; then the grouping
//! of one project's measures (从高从优不重复) and the totals. Pure: answers and a date in, a
//! plain value out, no I/O and no panic on any answers. The estimate is data (serde): it speaks
//! no language; `crate::text` writes it out.

mod facts;
mod projects;
mod rules;
mod trace;

pub use projects::ProjectResult;
pub use trace::{Expr, ItemName, Limit, Part, Term, Trace};

use serde::Serialize;

use crate::answers::{Answers, Facts};
use crate::date::Date;
use crate::money::Wan;
use crate::policy::{Award, Condition, Measure, RestsOn, Test, DATA_FIELD_CONDITION, MEASURES, POLICY};

/// Where a measure stands for this unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every condition is met and the unit operates in 西城区.
    Eligible,
    /// Every condition is met, but the unit does not operate in 西城区 (yet): what it could get.
    Potential,
    /// Claimed, but at least one condition is not met (listed in `unmet`).
    NotEligible,
    /// A service without a stated amount that the unit can ask for; never added to a total.
    ServiceOnly,
    /// The user did not claim it.
    NotClaimed,
}

/// What a figure rests on, for this unit's answers (`measures.md`, "What each figure rests on").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The ceiling follows from numbers the user gave: filings, investment, interest paid …
    Figures,
    /// Only the clause's "最高 X 万元": the 西城区数据局 sets the amount within it.
    Ceiling,
}

/// A total split by what its figures rest on; the two parts add up to the total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Split {
    /// What follows from the user's own figures.
    pub figures: Wan,
    /// Clause ceilings, within which the bureau sets the amount.
    pub ceilings: Wan,
}

/// The outcome for one measure.
#[derive(Clone, Debug, Serialize)]
pub struct MeasureResult {
    pub measure: &'static Measure,
    pub status: Status,
    /// Conditions met, the gate of 第一条 first.
    pub met: Vec<&'static Condition>,
    /// Conditions not met.
    pub unmet: Vec<&'static Condition>,
    /// The worked calculation with the user's numbers (claimed measures with an amount rule).
    pub trace: Option<Trace>,
    /// The measure's own amount before project grouping: zero unless eligible or potential.
    pub amount: Wan,
    /// The measure of the same project that counts instead of this one.
    pub merged_into: Option<&'static str>,
    /// What its figure rests on; `None` for a service, which has no figure.
    pub basis: Option<Basis>,
}

impl MeasureResult {
    /// Claimed and not eligible, but at least one of its own conditions is met: the result says
    /// exactly what is missing ("you could also qualify if …").
    pub fn is_near_miss(&self) -> bool {
        self.status == Status::NotEligible && self.met.iter().any(|c| !matches!(c.test, Test::DataField))
    }

    /// Counts towards a total (before grouping).
    pub fn counts(&self) -> bool {
        matches!(self.status, Status::Eligible | Status::Potential)
    }
}

/// The whole estimate.
#[derive(Clone, Debug, Serialize)]
pub struct Estimate {
    pub as_of: Date,
    /// The policy is in force on `as_of` (2025-10-14 ..= 2028-10-13). Changes no amount.
    pub in_force: bool,
    pub operates_in_xicheng: bool,
    /// The unit works in a data-industry field of 第一条: without one, nothing applies.
    pub has_data_field: bool,
    /// Every measure of the policy, in the policy's order.
    pub measures: Vec<MeasureResult>,
    pub projects: Vec<ProjectResult>,
    /// The sum over eligible measures after project grouping: zero outside 西城区.
    pub total_wan: Wan,
    /// The same total as if the unit operated in 西城区.
    pub potential_wan: Wan,
    /// `potential_wan` by what its figures rest on (in 西城区, `total_wan`'s split too).
    pub potential_split: Split,
}

impl Estimate {
    pub fn measure(&self, id: &str) -> Option<&MeasureResult> {
        self.measures.iter().find(|result| result.measure.id == id)
    }

    /// Services the unit can ask for, listed apart from the money.
    pub fn services(&self) -> impl Iterator<Item = &MeasureResult> {
        self.measures.iter().filter(|r| r.status == Status::ServiceOnly)
    }

    /// The total the results lead with: `total_wan` in 西城区, else what it could be there.
    pub fn headline_wan(&self) -> Wan {
        if self.operates_in_xicheng {
            self.total_wan
        } else {
            self.potential_wan
        }
    }

    /// The headline total by what its figures rest on: zero parts where the total is zero.
    pub fn headline_split(&self) -> Split {
        if self.headline_wan().is_zero() {
            Split::default()
        } else {
            self.potential_split
        }
    }
}

/// Estimates every award of the policy for these answers on the day `as_of`.
pub fn estimate(answers: &Answers, as_of: Date) -> Estimate {
    let entity = &answers.entity;
    let mut measures: Vec<MeasureResult> = MEASURES
        .iter()
        .map(|measure| match answers.claim(measure.id) {
            None => MeasureResult {
                measure,
                status: Status::NotClaimed,
                met: Vec::new(),
                unmet: Vec::new(),
                trace: None,
                amount: Wan::ZERO,
                merged_into: None,
                basis: basis(measure, None),
            },
            Some(claim) => judge(measure, claim, answers),
        })
        .collect();

    let projects = projects::group(&answers.projects, &mut measures);
    let potential = projects::total(&measures, &projects);
    let potential_split = projects::split(&measures, &projects);
    Estimate {
        as_of,
        in_force: POLICY.in_force_on(as_of),
        operates_in_xicheng: entity.operates_in_xicheng,
        has_data_field: !entity.data_fields.is_empty(),
        measures,
        projects,
        total_wan: if entity.operates_in_xicheng { potential } else { Wan::ZERO },
        potential_wan: potential,
        potential_split,
    }
}

/// A claimed measure: its conditions, then its amount.
fn judge(measure: &'static Measure, claim: &Facts, answers: &Answers) -> MeasureResult {
    let (met, unmet): (Vec<&'static Condition>, Vec<&'static Condition>) = std::iter::once(&DATA_FIELD_CONDITION)
        .chain(measure.conditions.iter())
        .partition(|condition| crate::answers::read::holds(&condition.test, &answers.entity, claim));
    let all_met = unmet.is_empty();
    let trace = match &measure.award {
        Award::Amount(rule) => Some(rules::apply(measure.id, rule, claim)),
        Award::Service => None,
    };
    let status = match (&measure.award, all_met) {
        (_, false) => Status::NotEligible,
        (Award::Service, true) => Status::ServiceOnly,
        (Award::Amount(_), true) if answers.entity.operates_in_xicheng => Status::Eligible,
        (Award::Amount(_), true) => Status::Potential,
    };
    let amount = match (&trace, status) {
        (Some(trace), Status::Eligible | Status::Potential) => trace.amount,
        _ => Wan::ZERO,
    };
    MeasureResult { measure, status, met, unmet, trace, amount, merged_into: None, basis: basis(measure, Some(claim)) }
}

/// What the measure's figure rests on, given the claim's answers: a limit the user gave (the
/// interest or rent paid) makes a clause ceiling the user's own figure.
fn basis(measure: &Measure, claim: Option<&Facts>) -> Option<Basis> {
    match measure.rests_on() {
        RestsOn::Figures => Some(Basis::Figures),
        RestsOn::Ceiling => Some(Basis::Ceiling),
        RestsOn::CeilingUnlessGiven(key) => {
            let given = claim.and_then(|claim| facts::amount(claim, key)).is_some();
            Some(if given { Basis::Figures } else { Basis::Ceiling })
        }
        RestsOn::NoAmount => None,
    }
}

#[cfg(test)]
mod tests;
