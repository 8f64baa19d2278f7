//! What can be wrong with an answers file, said for the person who has to fix it.

use std::fmt;

use crate::money::MoneyError;
use crate::policy::Lang;

use super::{MAX_COUNT, MAX_ITEMS, MAX_TEXT_CHARS, VERSION};

/// One problem, at one place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Dotted path to the field: `claims.6.1a.investment_wan`, `projects[1].measures[0]`;
    /// empty for the file as a whole.
    pub path: String,
    pub problem: Problem,
}

/// The kinds of problem, each with a message in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON at all.
    NotJson { line: usize, column: usize },
    /// A key the format requires is not there.
    Missing,
    /// A key the format does not have (a typo would otherwise drop a claim silently).
    UnknownKey,
    /// The value has the wrong JSON type.
    WrongType(Expected),
    /// `format` is not this app's.
    WrongFormat,
    /// `version` is one this app cannot read.
    UnsupportedVersion(String),
    /// An amount that is not acceptable.
    Amount(MoneyError),
    /// A count outside 0 ..= 1000.
    CountOutOfRange,
    /// A value that is not one of the allowed choices.
    UnknownChoice(Vec<&'static str>),
    /// A choice or measure listed twice in the same list.
    ListedTwice,
    /// More than [`MAX_ITEMS`] items.
    TooManyItems,
    /// More than [`MAX_TEXT_CHARS`] characters.
    TooLong,
    /// Not a measure ID of the policy.
    UnknownMeasure,
    /// A service without an amount cannot be part of a project's grouping.
    ServiceInProject,
    /// A project with no measure.
    EmptyProject,
    /// A measure may belong to one project only; it is already in this one.
    MeasureInTwoProjects { first_project: usize },
}

/// The JSON type a field needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    YesNo,
    WholeNumber,
    Amount,
    Text,
}

impl Expected {
    fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Object, Lang::Zh) => "对象 {…}",
            (Expected::Object, Lang::En) => "an object {…}",
            (Expected::List, Lang::Zh) => "列表 […]",
            (Expected::List, Lang::En) => "a list […]",
            (Expected::YesNo, Lang::Zh) => "true 或 false",
            (Expected::YesNo, Lang::En) => "true or false",
            (Expected::WholeNumber, Lang::Zh) => "整数",
            (Expected::WholeNumber, Lang::En) => "a whole number",
            (Expected::Amount, Lang::Zh) => "金额（如 \"1234.5\"）",
            (Expected::Amount, Lang::En) => "an amount (like \"1234.5\")",
            (Expected::Text, Lang::Zh) => "文字",
            (Expected::Text, Lang::En) => "text",
        }
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            Problem::NotJson { line, column } if zh => format!("不是有效的 JSON（第 {line} 行第 {column} 列）"),
            Problem::NotJson { line, column } => format!("not valid JSON (line {line}, column {column})"),
            Problem::Missing if zh => "缺少必填项".into(),
            Problem::Missing => "is required".into(),
            Problem::UnknownKey if zh => "不认识的字段（请检查拼写）".into(),
            Problem::UnknownKey => "is not a field of the answers file (check the spelling)".into(),
            Problem::WrongType(expected) if zh => format!("应为{}", expected.describe(lang)),
            Problem::WrongType(expected) => format!("must be {}", expected.describe(lang)),
            Problem::WrongFormat if zh => format!("不是本工具的答卷文件（应为 \"{}\"）", super::FORMAT),
            Problem::WrongFormat => format!("is not this tool's answers file (expected \"{}\")", super::FORMAT),
            Problem::UnsupportedVersion(v) if zh => format!("版本 {v} 无法读取，本工具读取版本 {VERSION}"),
            Problem::UnsupportedVersion(v) => format!("version {v} cannot be read; this tool reads version {VERSION}"),
            Problem::Amount(error) => error.message(lang).to_string(),
            Problem::CountOutOfRange if zh => format!("应为 0 到 {MAX_COUNT} 之间的整数"),
            Problem::CountOutOfRange => format!("must be a whole number from 0 to {MAX_COUNT}"),
            Problem::UnknownChoice(allowed) if zh => format!("应为以下之一：{}", allowed.join("、")),
            Problem::UnknownChoice(allowed) => format!("must be one of: {}", allowed.join(", ")),
            Problem::ListedTwice if zh => "重复列出".into(),
            Problem::ListedTwice => "is listed twice".into(),
            Problem::TooManyItems if zh => format!("最多 {MAX_ITEMS} 项"),
            Problem::TooManyItems => format!("can hold at most {MAX_ITEMS} items"),
            Problem::TooLong if zh => format!("最多 {MAX_TEXT_CHARS} 个字"),
            Problem::TooLong => format!("can be at most {MAX_TEXT_CHARS} characters"),
            Problem::UnknownMeasure if zh => "不是本措施的条款编号".into(),
            Problem::UnknownMeasure => "is not a measure ID of the policy".into(),
            Problem::ServiceInProject if zh => "该条款为服务支持，没有金额，不能归入项目".into(),
            Problem::ServiceInProject => "is a service without an amount and cannot be grouped in a project".into(),
            Problem::EmptyProject if zh => "项目至少包含一项措施".into(),
            Problem::EmptyProject => "a project needs at least one measure".into(),
            Problem::MeasureInTwoProjects { first_project } if zh => {
                format!("该措施已属于项目 projects[{first_project}]，一项措施只能属于一个项目")
            }
            Problem::MeasureInTwoProjects { first_project } => {
                format!("is already in projects[{first_project}]; a measure belongs to one project only")
            }
        }
    }
}

impl FieldError {
    pub(crate) fn new(path: impl Into<String>, problem: Problem) -> FieldError {
        FieldError { path: path.into(), problem }
    }

    /// `claims.6.1a.investment_wan: 金额不能为负数`.
    pub fn message(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.problem.message(lang)
        } else {
            format!("{}: {}", self.path, self.problem.message(lang))
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Every problem found in one answers file, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswersError {
    pub errors: Vec<FieldError>,
}

impl AnswersError {
    /// One line a problem.
    pub fn message(&self, lang: Lang) -> String {
        self.errors.iter().map(|e| e.message(lang)).collect::<Vec<_>>().join("\n")
    }
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for AnswersError {}
