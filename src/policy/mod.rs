//! The policy as data: 西行规发〔2025〕6号, its measures, what each asks and what each pays.
//!
//! Nothing here computes; the engine reads these tables. A revision of the policy is a new
//! table, not a new code path.

mod measures;

pub use measures::{
    AREAS, COMPUTE_RENT_PAID, DATA_FIELDS, DATA_FIELD_CONDITION, ENTITY, GATE, ICT_INDUSTRY, KEY_TASK_NAME, MEASURES,
    NAME_KEY, NOT_ESTIMATED, ORG_CONTACT, ORG_CREDIT_CODE, ORG_DATA_FIELDS, ORG_ICT_INDUSTRY, ORG_IN_XICHENG, ORG_NAME,
    PLATFORM_NAME, PROJECT_NAME, RETROFIT_NAME, TERMS, TERM_SOURCES,
};

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::date::Date;
use crate::lang::{bi, Bi};
use crate::money::Wan;

/// The clean text of the policy, one heading or clause a paragraph, exactly as published.
pub const POLICY_TEXT: &str = include_str!("xicheng-data-measures-2025.txt");

/// The facts of the document itself.
#[derive(Debug)]
pub struct PolicyInfo {
    pub document_number: &'static str,
    pub title: Bi,
    pub issuer: Bi,
    pub issued: Date,
    /// First day in force (the day of issue: "自印发之日起执行").
    pub valid_from: Date,
    /// Last day in force: three years from the day of issue.
    pub valid_until: Date,
    pub interpreted_by: Bi,
}

impl PolicyInfo {
    /// Whether the policy is in force on `day` (first and last day included).
    pub fn in_force_on(&self, day: Date) -> bool {
        self.valid_from <= day && day <= self.valid_until
    }
}

const fn day(year: u16, month: u8, day: u8) -> Date {
    match Date::new(year, month, day) {
        Some(date) => date,
        None => panic!("a policy date in the table is not a real date"),
    }
}

/// The edition of the rules: a fingerprint of the policy tables' source (`measures.rs`, FNV-1a,
/// 32 bits) taken when the app is built, printed with the policy's number on the report, the
/// results and the review sheet, so that a figure can be traced to the tables that made it. Any
/// change to the tables gives a new edition.
pub const EDITION: u32 = fnv1a(include_bytes!("measures.rs"));

const fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash = 0x811c_9dc5_u32;
    let mut at = 0;
    while at < bytes.len() {
        hash = (hash ^ bytes[at] as u32).wrapping_mul(0x0100_0193);
        at += 1;
    }
    hash
}

/// [`EDITION`] as it is printed: eight hex digits.
pub fn edition() -> String {
    format!("{EDITION:08x}")
}

pub const POLICY: PolicyInfo = PolicyInfo {
    document_number: "西行规发〔2025〕6号",
    title: bi(
        "北京市西城区促进数据产业高质量发展的若干措施",
        "Measures of Xicheng District, Beijing, to Promote High-Quality Development of the Data Industry",
    ),
    issuer: bi("北京市西城区人民政府", "People's Government of Xicheng District, Beijing"),
    issued: day(2025, 10, 14),
    valid_from: day(2025, 10, 14),
    valid_until: day(2028, 10, 13),
    interpreted_by: bi("西城区数据局", "Xicheng District Data Bureau"),
};

/// A group of measures that a business person recognises; the questionnaire asks by area.
#[derive(Debug)]
pub struct Area {
    pub key: &'static str,
    pub title: Bi,
    pub summary: Bi,
}

/// One measure of the policy.
#[derive(Debug)]
pub struct Measure {
    /// Stable ID used in answers files, case files and results: article, clause, letter.
    pub id: &'static str,
    /// The measure's number in the share link ([`Tag`]).
    pub tag: Tag,
    /// The clause it comes from: `第二条（一）`, `Article 2(1)`.
    pub clause: Bi,
    /// The exact words of the policy (a substring of [`POLICY_TEXT`]).
    pub quote: &'static str,
    pub title: Bi,
    /// Key of the [`Area`] it is asked under.
    pub area: &'static str,
    /// What the answers file holds for it, one question each.
    pub facts: &'static [FactSpec],
    /// Every one must hold for the award; each is shown as met or missing.
    pub conditions: &'static [Condition],
    /// Tests of the clause the 西城区数据局 judges, never met or missed by the tool.
    pub assessed: &'static [Assessed],
    pub award: Award,
    /// The amount rule in words, as users read it.
    pub amount_text: AmountText,
    /// The reading we chose where the text is ambiguous.
    pub reading: Option<Bi>,
}

/// Measures are the same when their IDs are: an ID names one measure of the policy.
impl PartialEq for Measure {
    fn eq(&self, other: &Measure) -> bool {
        self.id == other.id
    }
}

impl Measure {
    pub fn fact(&self, key: &str) -> Option<&'static FactSpec> {
        self.facts.iter().find(|fact| fact.key == key)
    }

    pub fn is_service(&self) -> bool {
        matches!(self.award, Award::Service)
    }

    /// What its figure rests on, as its rule decides: a clause that states only "最高 X 万元"
    /// rests on the ceiling, one limited by an amount the user may give (the rent or the
    /// interest paid) on that amount when given, and every other rule on the user's numbers.
    pub fn rests_on(&self) -> RestsOn {
        match &self.award {
            Award::Service => RestsOn::NoAmount,
            // 4.1's two yes/no answers give no figure: its amounts are the clause's maxima.
            Award::Amount(Rule::Flat { .. } | Rule::PerFlag { .. }) => RestsOn::Ceiling,
            Award::Amount(Rule::FlatLimitedBy { key, .. }) => RestsOn::CeilingUnlessGiven(key),
            Award::Amount(Rule::PerCount { cap: Some(_), .. } | Rule::Percent { .. } | Rule::PerItemPercent { .. }) => {
                RestsOn::FiguresUpToCap
            }
            Award::Amount(_) => RestsOn::Figures,
        }
    }
}

/// As data (the estimate's): what names the measure, not its rules.
impl Serialize for Measure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut fields = serializer.serialize_struct("Measure", 3)?;
        fields.serialize_field("id", self.id)?;
        fields.serialize_field("clause", &self.clause)?;
        fields.serialize_field("title", &self.title)?;
        fields.end()
    }
}

/// Looks a measure up by its ID (`"6.1a"`).
pub fn measure(id: &str) -> Option<&'static Measure> {
    MEASURES.iter().find(|measure| measure.id == id)
}

/// What an award's figure rests on (`measures.md`, "What each figure rests on").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestsOn {
    /// The ceiling scales with numbers the user gives: platforms, prizes …
    Figures,
    /// The same, up to a cap of the clause: where the cap decides (2.2b's five filings, 6.1a's
    /// 10,000 万元 invested, 8's 300, an event of 9.4 whose 30 % reaches 200), the clause's maximum.
    FiguresUpToCap,
    /// The clause states only "最高 X 万元": the 西城区数据局 sets the amount within it.
    Ceiling,
    /// The clause's ceiling, unless the user gives the amount (this fact) that limits it, as the
    /// interest or the rent actually paid: then the user's figures.
    CeilingUnlessGiven(&'static str),
    /// A service: no amount to rest on.
    NoAmount,
}

/// What names a measure, a question or a choice in a share link, as protocol buffers number
/// their fields: unique in its list (the measures; a measure's, a list item's or the
/// organisation's questions; a list of choices), and never changed or given again once a link
/// may hold it, whatever the entry's place in the table. Tags below [`FIRST_NEW_TAG`] are the
/// entries of 2026-12-04, numbered in the order the link's layouts 1 and 2 read them by; an entry
/// added since to a list of then takes the next free tag from [`FIRST_NEW_TAG`] up (a new list,
/// such as a new measure's questions, numbers from 1). A removed entry leaves its tag unused; an
/// answer that changes its kind is a new question with a new tag.
pub type Tag = u8;
/// Tags below this are the entries links of layouts 1 and 2 know (`src/answers/compact.rs`).
pub const FIRST_NEW_TAG: Tag = 64;

/// One question of a measure, and the type of its answer.
#[derive(Debug, PartialEq)]
pub struct FactSpec {
    /// The question's number in the share link ([`Tag`]).
    pub tag: Tag,
    pub key: &'static str,
    pub kind: FactKind,
    pub question: Bi,
    /// Inside a list item: the item is incomplete without it.
    pub required: bool,
    /// A line under the question: why it is asked, or where the answer is found.
    pub hint: Option<&'static Bi>,
    /// What will show a "yes" or a figure when the unit applies (a filing number, a certificate,
    /// a contract and invoices): written beside the question, listed in the next steps.
    pub evidence: Option<Bi>,
    /// The specialist terms of the question, each explained in plain words where it is asked.
    pub terms: &'static [&'static Term],
    /// When it is asked: the answers to questions before it (of the same measure) that open it,
    /// as a test on them; `None`, always. An answer to a question not asked is kept while the
    /// user types, but never read, counted, shown, exported or linked.
    pub asked_when: Option<&'static Test>,
}

impl FactSpec {
    /// A question with no evidence or term yet: the tables add them with the two methods below.
    pub const fn new(tag: Tag, key: &'static str, kind: FactKind, question: Bi) -> FactSpec {
        FactSpec { tag, key, kind, question, required: false, hint: None, evidence: None, terms: &[], asked_when: None }
    }

    /// The item of a list is incomplete without this answer.
    pub const fn required(self) -> FactSpec {
        FactSpec { required: true, ..self }
    }

    pub const fn hint(self, hint: &'static Bi) -> FactSpec {
        FactSpec { hint: Some(hint), ..self }
    }

    pub const fn evidence(self, evidence: Bi) -> FactSpec {
        FactSpec { evidence: Some(evidence), ..self }
    }

    pub const fn terms(self, terms: &'static [&'static Term]) -> FactSpec {
        FactSpec { terms, ..self }
    }

    /// Asked only when `test` holds for the answers before it: a follow-up.
    pub const fn asked_when(self, test: &'static Test) -> FactSpec {
        FactSpec { asked_when: Some(test), ..self }
    }
}

/// A specialist term of the policy, explained in one plain line. Where each explanation comes
/// from is in [`TERM_SOURCES`].
#[derive(Debug, PartialEq)]
pub struct Term {
    pub term: Bi,
    pub explanation: Bi,
}

/// Where a term's explanation comes from (the review sheet names it).
pub fn source_of(term: &Term) -> Option<Bi> {
    TERM_SOURCES.iter().find(|(known, _)| *known == term).map(|(_, source)| *source)
}

#[derive(Debug, PartialEq)]
pub enum FactKind {
    /// Yes or no.
    Flag,
    /// A whole number 0 ..= 1000.
    Count,
    /// An amount in 万元.
    Amount,
    /// Free text (a name), for the report only.
    Text,
    /// One of the choices, or none (`null`).
    Choice(&'static [Choice]),
    /// Any of the choices, each at most once.
    Choices(&'static [Choice]),
    /// A list of items, each with these facts.
    List(&'static [FactSpec]),
}

#[derive(Debug, PartialEq)]
pub struct Choice {
    /// The choice's number in the share link ([`Tag`]).
    pub tag: Tag,
    pub key: &'static str,
    pub label: Bi,
}

/// A test of a clause that the 西城区数据局 judges and no answer can settle (成长速度快、发展潜力强,
/// 示范性, 根据实际规模和应用效果): shown as the bureau's to assess, with what shows it.
#[derive(Debug)]
pub struct Assessed {
    pub text: Bi,
    /// What shows it, as the application would.
    pub evidence: Bi,
}

/// A condition of a measure: a plain-words text and the test on the answers.
#[derive(Debug)]
pub struct Condition {
    pub text: Bi,
    pub test: Test,
}

/// As data (the estimate's met and unmet conditions): its words in both languages.
impl Serialize for Condition {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.text.serialize(serializer)
    }
}

/// The tests a condition can make. Keys name facts of the same measure.
#[derive(Debug, PartialEq, Eq)]
pub enum Test {
    /// The flag is yes.
    Flag(&'static str),
    /// At least one of the flags is yes.
    AnyFlag(&'static [&'static str]),
    /// The counts add up to at least one.
    AnyCount(&'static [&'static str]),
    /// The amount is above zero.
    Positive(&'static str),
    /// The list or multiple choice has at least one entry.
    NonEmpty(&'static str),
    /// At least one list item holds one of these answers: (field, choice) pairs.
    AnyItemChoice { list: &'static str, choices: &'static [(&'static str, &'static str)] },
    /// The unit belongs to 信息传输、软件和信息技术服务业 (`entity.ict_industry`).
    IctIndustry,
    /// The unit works in at least one data-industry field of 第一条 (`entity.data_fields`).
    DataField,
}

/// How a measure's amount is said. Where the rule has one cap, the cap is said from the rule
/// (`text::amount_text`), so that it is written once; the clause's own words go around it.
#[derive(Debug)]
pub enum AmountText {
    /// "最高 {cap}" / "up to {cap}", with words before and after it in each language: 配套奖励,
    /// 每家单位, （根据实际规模和应用效果） (a test holds every such measure to a rule with one cap).
    Cap { zh: [&'static str; 2], en: [&'static str; 2] },
    /// Said in full, where the rule has several figures, a rate, or none (a service).
    Words(Bi),
}

impl Award {
    /// The one cap of a rule that has one (flat, or flat and limited by an amount paid).
    pub fn single_cap(&self) -> Option<Wan> {
        match self {
            Award::Amount(Rule::Flat { cap } | Rule::FlatLimitedBy { cap, .. }) => Some(*cap),
            _ => None,
        }
    }
}

/// What a measure gives.
#[derive(Debug)]
pub enum Award {
    /// Money, by this rule.
    Amount(Rule),
    /// Help without a stated amount: listed apart, never added to a total.
    Service,
}

/// How an amount is computed: a base from the answers, then any cap (the stages of Catala).
#[derive(Debug)]
pub enum Rule {
    /// Up to a fixed maximum.
    Flat { cap: Wan },
    /// Each flag that is yes adds its amount.
    PerFlag { items: &'static [Item] },
    /// Each counted thing adds its amount; the sum is capped.
    PerCount { items: &'static [Item], cap: Option<Wan> },
    /// A percentage of an amount, capped.
    Percent { key: &'static str, percent: u32, cap: Wan },
    /// Up to a maximum, and never more than an amount the user gives (when given).
    FlatLimitedBy { cap: Wan, key: &'static str, limit: Bi },
    /// Each list item adds the amount of its level (the field's choice).
    PerItemLevel { list: &'static str, field: &'static str, levels: &'static [Level] },
    /// Each list item adds the highest of the amounts it qualifies for, never two.
    PerItemBest { list: &'static str, options: &'static [ItemOption] },
    /// Each list item adds a percentage of its amount, capped per item.
    PerItemPercent { list: &'static str, field: &'static str, percent: u32, cap_each: Wan },
}

/// An amount attached to one fact.
#[derive(Debug)]
pub struct Item {
    pub key: &'static str,
    pub amount: Wan,
    pub label: Bi,
}

/// An amount for one choice of a list item's field.
#[derive(Debug)]
pub struct Level {
    pub choice: &'static str,
    pub amount: Wan,
    pub label: Bi,
}

/// One way a list item can qualify: its `field` holds `choice`.
#[derive(Debug)]
pub struct ItemOption {
    pub field: &'static str,
    pub choice: &'static str,
    pub amount: Wan,
    pub label: Bi,
}

/// A fact about the unit (第一条, 第十条) rather than about one measure.
#[derive(Debug)]
pub struct GateClause {
    pub clause: Bi,
    pub quote: &'static str,
    pub effect: Bi,
}

#[cfg(test)]
mod tests;
