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

/// An amount split by what it rests on (`measures.md`, "What each figure rests on"); the two
/// parts add up to the amount. Every part is an upper bound the 西城区数据局 sets the award within.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Split {
    /// What the user's own figures decide (filings, investment, amounts paid, items), where they
    /// and not the clause's cap decide it.
    pub figures: Wan,
    /// The clauses' maxima: "最高 X 万元" as the clause states it, or its cap where the cap decides.
    pub ceilings: Wan,
}

impl Split {
    fn of(basis: Basis, amount: Wan) -> Split {
        match basis {
            Basis::Figures => Split { figures: amount, ceilings: Wan::ZERO },
            Basis::Ceiling => Split { figures: Wan::ZERO, ceilings: amount },
        }
    }

    fn plus(self, other: Split) -> Split {
        Split {
            figures: self.figures.saturating_add(other.figures),
            ceilings: self.ceilings.saturating_add(other.ceilings),
        }
    }

    /// Its parts that are not zero, each with what it rests on: what a card or a row says.
    pub fn parts(self) -> impl Iterator<Item = (Basis, Wan)> {
        [(Basis::Figures, self.figures), (Basis::Ceiling, self.ceilings)]
            .into_iter()
            .filter(|(_, part)| !part.is_zero())
    }
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
    /// `amount` by what it rests on, part by part: zero where it counts nothing.
    pub split: Split,
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
                split: Split::default(),
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
    let (amount, split) = match (&measure.award, &trace, status) {
        (Award::Amount(_), Some(trace), Status::Eligible | Status::Potential) => (trace.amount, split(measure, trace)),
        _ => (Wan::ZERO, Split::default()),
    };
    MeasureResult { measure, status, met, unmet, trace, amount, merged_into: None, split }
}

/// The amount `trace` worked out for `measure`, by what each part rests on (`Measure::rests_on`,
/// the one reading of its rule): the user's figures where they decide it, the clause's maximum
/// where the clause states only "最高" or where its cap decides (2.2b with five filings or more,
/// 6.1a from 10,000 万元 invested, 8 at 300, 6.2 and 9.2 with 200 万元 or more paid, each event of
/// 9.4 whose 30 % reaches 200).
fn split(measure: &Measure, trace: &Trace) -> Split {
    let amount = trace.amount;
    match measure.rests_on() {
        RestsOn::Figures => Split::of(Basis::Figures, amount),
        RestsOn::FiguresUpToCap if trace.cap.is_some_and(|cap| trace.base >= cap) => Split::of(Basis::Ceiling, amount),
        // Item by item: one at or above its own cap (an event of 9.4) is the clause's maximum.
        RestsOn::FiguresUpToCap => trace.terms.iter().fold(Split::default(), |split, term| {
            let capped = matches!(term.expr, Expr::Percent { exact, cap_each: Some(cap), .. } if exact >= cap);
            split.plus(Split::of(if capped { Basis::Ceiling } else { Basis::Figures }, Wan::new(term.value)))
        }),
        // The base is the clause's maximum; the amount paid decides only below it.
        RestsOn::CeilingUnlessGiven(_) => {
            let paid_decides = trace.limit.as_ref().is_some_and(|limit| limit.value < trace.base);
            Split::of(if paid_decides { Basis::Figures } else { Basis::Ceiling }, amount)
        }
        RestsOn::Ceiling | RestsOn::NoAmount => Split::of(Basis::Ceiling, amount),
    }
}

#[cfg(test)]
mod tests;
