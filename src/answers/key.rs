//! The keys of the answers file (`docs/answers-format.md`), once, for everything that reads or
//! writes one: the reader, the writer and the app's draft. A measure's own keys (`investment_wan`,
//! `events`) are in the policy tables, and so are the organisation's.

use crate::policy;

/// The outer object.
pub const FORMAT: &str = "format";
pub const VERSION: &str = "version";
/// The rules' edition that wrote the file (`crate::policy::edition`); optional, not an answer.
pub const EDITION: &str = "edition";
pub const ENTITY: &str = "entity";
pub const CLAIMS: &str = "claims";
pub const PROJECTS: &str = "projects";

/// `entity`: the organisation's questions of the policy tables.
pub const NAME: &str = policy::NAME_KEY;
pub const CREDIT_CODE: &str = policy::ORG_CREDIT_CODE.key;
pub const CONTACT: &str = policy::ORG_CONTACT.key;
pub const OPERATES_IN_XICHENG: &str = policy::ORG_IN_XICHENG.key;
pub const DATA_FIELDS: &str = policy::ORG_DATA_FIELDS.key;
pub const ICT_INDUSTRY: &str = policy::ORG_ICT_INDUSTRY.key;

/// A project of `projects`: its `name` is [`NAME`].
pub const OTHER_SUPPORT: &str = "other_xicheng_support_wan";
pub const MEASURES: &str = "measures";
