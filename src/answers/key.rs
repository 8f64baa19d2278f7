//! The keys of the answers file (`docs/answers-format.md`), once, for everything that reads or
//! writes one: the reader, the writer and the app's draft. A measure's own keys (`investment_wan`,
//! `events`) are in the policy tables.

/// The outer object.
pub const FORMAT: &str = "format";
pub const VERSION: &str = "version";
pub const ENTITY: &str = "entity";
pub const CLAIMS: &str = "claims";
pub const PROJECTS: &str = "projects";

/// `entity`.
pub const NAME: &str = "name";
pub const CREDIT_CODE: &str = "credit_code";
pub const CONTACT: &str = "contact";
pub const OPERATES_IN_XICHENG: &str = "operates_in_xicheng";
pub const DATA_FIELDS: &str = "data_fields";
pub const ICT_INDUSTRY: &str = "ict_industry";

/// A project of `projects`: its `name` is [`NAME`].
pub const OTHER_SUPPORT: &str = "other_xicheng_support_wan";
pub const MEASURES: &str = "measures";
