//! Finds the keys given twice in one object. serde_json keeps the last of a repeated key without
//! a word, so a typo-like duplicate (`"6.1a"` twice in `claims`) would silently change a claim; this
//! walks the text once more, keeping nothing but the keys of each object, and reports every
//! repeat with its path.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::FieldPath;

/// The paths of every repeated key of `text`, in file order; empty if `text` is not JSON (the
/// reader says so).
pub(super) fn repeated(text: &str) -> Vec<FieldPath> {
    let found = RefCell::new(Vec::new());
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let _ = Keys { path: FieldPath::root(), found: &found }.deserialize(&mut deserializer);
    found.into_inner()
}

struct Keys<'f> {
    path: FieldPath,
    found: &'f RefCell<Vec<FieldPath>>,
}

impl<'de> DeserializeSeed<'de> for Keys<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Keys<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = self.path.clone().key(&key);
            if !seen.insert(key) {
                self.found.borrow_mut().push(path.clone());
            }
            map.next_value_seed(Keys { path, found: self.found })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while seq.next_element_seed(Keys { path: self.path.clone().index(index), found: self.found })?.is_some() {
            index += 1;
        }
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_repeated_key_is_found_at_its_path() {
        let text = r#"{"claims": {"6.1a": {"national_pilot": true}, "6.1a": {}}, "projects": [{"name": "a", "name": "b"}], "version": 1, "version": 1}"#;
        let paths: Vec<String> = repeated(text).iter().map(ToString::to_string).collect();
        assert_eq!(paths, ["claims.6.1a", "projects[0].name", "version"]);
    }

    #[test]
    fn numbers_strings_and_lists_hold_no_repeat() {
        assert!(repeated(r#"{"a": [1, 2.5, -0, 1e999, "x", null, true, {"b": 1}], "c": {"b": 2}}"#).is_empty());
        assert!(repeated("{ not json").is_empty());
    }
}
