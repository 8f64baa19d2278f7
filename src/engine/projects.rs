//! 第十条（二）从高从优不重复: measures that are one project count once, at the highest amount,
//! less what the same matter already received under another 西城区 policy.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{MeasureResult, Split};
use crate::answers::Project;
use crate::money::Wan;

/// One group of measures and what it adds to the total.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ProjectResult {
    pub name: Option<String>,
    /// The measures of the group, as the user listed them.
    pub measures: Vec<&'static str>,
    /// The measure that counts: the highest amount among those that count; none if none does.
    pub kept: Option<&'static str>,
    pub highest: Wan,
    /// Measures with an amount that the kept one replaces, with their own amounts.
    pub merged: Vec<(&'static str, Wan)>,
    pub other_xicheng_support: Wan,
    /// What the group adds to the total: max(0, highest − other support).
    pub counted: Wan,
    /// `counted` by what it rests on: the kept measure's split, the other support taken off its
    /// clause-maximum part first, then its figures part (`measures.md`).
    pub split: Split,
}

/// Groups the measures of each project, marking the merged ones in `measures`.
pub(super) fn group(projects: &[Project], measures: &mut [MeasureResult]) -> Vec<ProjectResult> {
    projects
        .iter()
        .map(|project| {
            let amount_of = |id: &str, measures: &[MeasureResult]| {
                measures.iter().find(|r| r.measure.id == id && r.counts()).map(|r| r.amount)
            };
            let mut kept: Option<(&'static str, Wan)> = None;
            for id in &project.measures {
                if let Some(amount) = amount_of(id, measures) {
                    // The first listed wins a tie, so the user's order decides between equals.
                    if kept.is_none_or(|(_, best)| amount > best) {
                        kept = Some((id, amount));
                    }
                }
            }
            let merged: Vec<(&'static str, Wan)> = project
                .measures
                .iter()
                .filter(|id| Some(**id) != kept.map(|(k, _)| k))
                .filter_map(|id| amount_of(id, measures).map(|amount| (*id, amount)))
                .collect();
            for result in measures.iter_mut() {
                if merged.iter().any(|(id, _)| *id == result.measure.id) {
                    result.merged_into = kept.map(|(k, _)| k);
                }
            }
            let highest = kept.map(|(_, amount)| amount).unwrap_or_default();
            let support = project.other_xicheng_support_wan;
            let counted = Wan::new((highest.decimal() - support.decimal()).max(Decimal::ZERO));
            let kept_split = kept.and_then(|(k, _)| measures.iter().find(|r| r.measure.id == k)).map(|r| r.split);
            let split = less(kept_split.unwrap_or_default(), support);
            ProjectResult {
                name: project.name.clone(),
                measures: project.measures.clone(),
                kept: kept.map(|(k, _)| k),
                highest,
                merged,
                other_xicheng_support: support,
                counted,
                split,
            }
        })
        .collect()
}

/// The total of [`total`], split by what each part rests on: a measure alone by its own split,
/// a project by its kept measure's less the other support (`ProjectResult::split`).
pub(super) fn split(measures: &[MeasureResult], projects: &[ProjectResult]) -> Split {
    let in_a_project = |id: &str| projects.iter().any(|p| p.measures.contains(&id));
    let alone = measures.iter().filter(|r| r.counts() && !in_a_project(r.measure.id)).map(|r| r.split);
    alone.chain(projects.iter().map(|p| p.split)).fold(Split::default(), Split::plus)
}

/// The sum of what counts: measures outside any project at their own amount, each project once.
pub(super) fn total(measures: &[MeasureResult], projects: &[ProjectResult]) -> Wan {
    let in_a_project = |id: &str| projects.iter().any(|p| p.measures.contains(&id));
    let alone = measures
        .iter()
        .filter(|r| r.counts() && !in_a_project(r.measure.id))
        .fold(Decimal::ZERO, |sum, r| sum.saturating_add(r.amount.decimal()));
    let grouped = projects.iter().fold(Decimal::ZERO, |sum, p| sum.saturating_add(p.counted.decimal()));
    Wan::new(alone.saturating_add(grouped))
}

/// `split` less `support`: off the clause-maximum part first, then the figures part, never below
/// zero.
fn less(split: Split, support: Wan) -> Split {
    let less = |part: Wan, by: Decimal| Wan::new((part.decimal() - by).max(Decimal::ZERO));
    let left = (support.decimal() - split.ceilings.decimal()).max(Decimal::ZERO);
    Split { ceilings: less(split.ceilings, support.decimal()), figures: less(split.figures, left) }
}
