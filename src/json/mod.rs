//! JSON values for the answers file, the draft and the saved work: a small reader and writer
//! of our own instead of serde_json, for two reasons.
//! - Numbers keep the digits they were written with, so an amount like `35.5` reaches
//!   `rust_decimal` exactly, never through a float.
//! - The app ships without serde and serde_json, about 10 KB gzip of its first load.
//!
//! Objects keep their keys in the order written (the exported file reads format, version,
//! entity, claims, projects); a repeated key keeps its last value, as serde_json does.

mod parse;
mod write;

use crate::vec_map::VecMap;

pub use parse::{parse, ParseError};

/// A JSON value.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number, as the literal it was written as (checked against JSON's grammar).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number(String);

/// A JSON object: keys in the order they were inserted, each once. Equality ignores the order,
/// as JSON's does.
pub type Map = VecMap<String, Value>;

impl Number {
    /// The number as written: `35.5`, `1e3`, `-0`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Written without a fraction or an exponent: `12`, `-3`.
    pub fn is_integer(&self) -> bool {
        !self.0.contains(['.', 'e', 'E'])
    }

    /// A non-negative integer that fits a u64.
    pub fn as_u64(&self) -> Option<u64> {
        if self.is_integer() && !self.0.starts_with('-') {
            self.0.parse().ok()
        } else {
            None
        }
    }

    /// Zero however written: `0`, `-0.0`, `0e999`.
    pub fn is_zero(&self) -> bool {
        let mantissa = self.0.split(['e', 'E']).next().unwrap_or_default();
        !mantissa.contains(|c: char| ('1'..='9').contains(&c))
    }

    /// Whether the number is at least 1 in size, whatever its sign (`-12`, `3e2`, but not
    /// `0.5` or `5e-1`): tells "too large" from "too fine" when a decimal cannot hold it.
    pub fn magnitude_at_least_one(&self) -> bool {
        let unsigned = self.0.trim_start_matches('-');
        let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
            Some((mantissa, exponent)) => (mantissa, exponent),
            None => (unsigned, "0"),
        };
        // A huge exponent, either way, saturates: its digits decide, not its exact value.
        let exponent: i64 = exponent.trim_start_matches('+').parse().unwrap_or(if exponent.starts_with('-') {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        });
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let whole = whole.trim_start_matches('0');
        let decimal_exponent = if whole.is_empty() {
            match fraction.find(|c| c != '0') {
                Some(zeros) => -(zeros as i64) - 1,
                None => return false,
            }
        } else {
            whole.len() as i64 - 1
        };
        decimal_exponent.saturating_add(exponent) >= 0
    }
}

/// What `Value::get` looks up: a key of an object or an index of an array.
pub trait Index {
    fn index_into<'v>(&self, value: &'v Value) -> Option<&'v Value>;
    fn index_into_mut<'v>(&self, value: &'v mut Value) -> Option<&'v mut Value>;
}

impl Index for str {
    fn index_into<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        value.as_object()?.get(self)
    }
    fn index_into_mut<'v>(&self, value: &'v mut Value) -> Option<&'v mut Value> {
        match value {
            Value::Object(map) => map.get_mut(self),
            _ => None,
        }
    }
}

impl Index for usize {
    fn index_into<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        value.as_array()?.get(*self)
    }
    fn index_into_mut<'v>(&self, value: &'v mut Value) -> Option<&'v mut Value> {
        match value {
            Value::Array(items) => items.get_mut(*self),
            _ => None,
        }
    }
}

impl<T: Index + ?Sized> Index for &T {
    fn index_into<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        (**self).index_into(value)
    }
    fn index_into_mut<'v>(&self, value: &'v mut Value) -> Option<&'v mut Value> {
        (**self).index_into_mut(value)
    }
}

impl Value {
    /// An object from its pairs, in order.
    pub fn object<const N: usize>(pairs: [(&str, Value); N]) -> Value {
        Value::Object(pairs.into_iter().collect())
    }

    pub fn get(&self, index: impl Index) -> Option<&Value> {
        index.index_into(self)
    }

    pub fn get_mut(&mut self, index: impl Index) -> Option<&mut Value> {
        index.index_into_mut(self)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    /// Indented by two spaces, one key or item a line: the exported file.
    pub fn to_pretty_string(&self) -> String {
        let mut out = String::new();
        write::pretty(self, 0, &mut out);
        out
    }
}

/// Compact JSON text: the share link and the saved work.
impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = String::new();
        write::compact(self, &mut out);
        f.write_str(&out)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(Number(n.to_string()))
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::from(u64::from(n))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::String(s.clone())
    }
}

impl<T: Into<Value> + Clone> From<&[T]> for Value {
    fn from(items: &[T]) -> Value {
        Value::Array(items.iter().cloned().map(Into::into).collect())
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Value {
        Value::Array(items.into_iter().map(Into::into).collect())
    }
}

impl From<Map> for Value {
    fn from(map: Map) -> Value {
        Value::Object(map)
    }
}

#[cfg(test)]
mod tests;
