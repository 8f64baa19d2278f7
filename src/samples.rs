//! Sample organisations for demonstrations at forums: realistic and plainly labelled examples
//! (示例), loaded in one tap in demo mode. Their answers are files in `samples/`; each has a case
//! file in `tests/cases/` (`sample-…`) that holds its total to the policy.

use crate::answers::case::meet_unanswered_yes_no_conditions;
use crate::answers::Answers;
use crate::lang::{bi, Bi};

pub struct Sample {
    pub key: &'static str,
    pub title: Bi,
    /// What the sample shows, in a line.
    pub summary: Bi,
    /// The answers file.
    pub file: &'static str,
}

pub const SAMPLES: &[Sample] = &[
    Sample {
        key: "ai-start-up",
        title: bi("人工智能初创企业", "An AI start-up"),
        summary: bi("持有算法备案，高成长", "holds algorithm filings, growing fast"),
        file: include_str!("../samples/ai-start-up.json"),
    },
    Sample {
        key: "data-exchange",
        title: bi("数据交易服务商", "A data-exchange operator"),
        summary: bi("交易平台、数据资产入表、跨境流通", "trading platform, data assets on the books, cross-border"),
        file: include_str!("../samples/data-exchange.json"),
    },
    Sample {
        key: "park-operator",
        title: bi("数据产业园区运营方", "A data-industry park operator"),
        summary: bi("园区楼宇、算力租用、行业活动", "a data-industry building, rented compute, events"),
        file: include_str!("../samples/park-operator.json"),
    },
    Sample {
        key: "security-services",
        title: bi("数据安全服务企业", "A data-security firm"),
        summary: bi("安全产品、标准制定、北京市级平台", "security products, standards, a Beijing platform"),
        file: include_str!("../samples/security-services.json"),
    },
    Sample {
        key: "not-yet-in-xicheng",
        title: bi("尚未落户西城区的企业", "A firm not yet in Xicheng"),
        summary: bi("看到“如在西城区经营”可获得的金额", "sees what it could get in Xicheng"),
        file: include_str!("../samples/not-yet-in-xicheng.json"),
    },
];

/// The answers of the sample `key`, read as any answers file is. A sample firm meets every yes/no
/// condition of what it claims that its file leaves unanswered, so a condition added to the
/// tables does not take an award from the demo's firms (its case file says the same).
pub fn answers(key: &str) -> Option<Answers> {
    let sample = SAMPLES.iter().find(|s| s.key == key)?;
    let mut file = serde_json::from_str(sample.file).ok()?;
    meet_unanswered_yes_no_conditions(&mut file);
    Answers::from_value(&file).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{measure, FactKind, MEASURES};

    #[test]
    fn every_sample_is_a_valid_answers_file_named_as_an_example() {
        for sample in SAMPLES {
            let answers = Answers::from_json(sample.file);
            assert!(answers.is_ok(), "{}: {:?}", sample.key, answers.err());
            let name = answers.ok().and_then(|a| a.entity.name).unwrap_or_default();
            assert!(name.starts_with("示例·"), "{}: {name}", sample.key);
        }
        assert!(answers("no-such-sample").is_none());
    }

    /// The screens and questions a sample goes through: start, organisation, activities, one
    /// page an area it claims under, projects, check, results; every question of those pages.
    fn effort(answers: &Answers) -> (usize, usize) {
        let mut areas: Vec<&str> = answers.claims.keys().filter_map(|id| measure(id)).map(|m| m.area).collect();
        areas.sort_unstable();
        areas.dedup();
        let questions = MEASURES
            .iter()
            .filter(|m| areas.contains(&m.area))
            .flat_map(|m| m.facts.iter())
            .map(|fact| match &fact.kind {
                FactKind::List(fields) => fields.len(),
                _ => 1,
            })
            .sum();
        (6 + areas.len(), questions)
    }

    #[test]
    fn the_start_page_says_truly_how_much_a_typical_profile_asks() {
        let efforts: Vec<(usize, usize)> = SAMPLES.iter().filter_map(|s| answers(s.key)).map(|a| effort(&a)).collect();
        assert_eq!(efforts.len(), SAMPLES.len());
        let screens: Vec<usize> = efforts.iter().map(|e| e.0).collect();
        let questions: Vec<usize> = efforts.iter().map(|e| e.1).collect();
        assert_eq!(
            (screens.iter().min(), screens.iter().max()),
            (Some(&8), Some(&9)),
            "start_time says 8 to 9 screens"
        );
        assert_eq!(
            (questions.iter().min(), questions.iter().max()),
            (Some(&15), Some(&23)),
            "start_time says 15 to 23"
        );
        assert!(crate::text::of(crate::lang::Lang::Zh)
            .start_time
            .contains("这些领域页共 15 至 23 个问题，连同单位基本情况和核对答案共 8 至 9 个页面"));
        assert!(crate::text::of(crate::lang::Lang::En)
            .start_time
            .contains("their pages hold 15 to 23 questions, and with the organisation page and the check there are 8 or 9 screens"));
    }
}
