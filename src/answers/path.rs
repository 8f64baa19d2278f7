//! Where a field is in an answers file, as segments: keys and list positions. A measure ID holds
//! a dot (`6.1a`), so a dotted string cannot be split back; a path of segments can. Its text
//! form is the one `docs/answers-format.md` promises (`claims.6.1a.investment_wan`,
//! `projects[1].measures[0]`), and its DOM id names the field's element on the page.

use std::fmt;

use super::key;

/// One step into the file: a key of an object or a position in a list (from 0).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// A path from the root of the answers file; the root itself has no segment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct FieldPath(Vec<Segment>);

impl FieldPath {
    /// The file as a whole.
    pub fn root() -> FieldPath {
        FieldPath(Vec::new())
    }

    /// `entity.<key>`.
    pub fn entity(key: &str) -> FieldPath {
        FieldPath::root().key(key::ENTITY).key(key)
    }

    /// `claims.<measure ID>`.
    pub fn claim(measure: &str) -> FieldPath {
        FieldPath::root().key(key::CLAIMS).key(measure)
    }

    /// `projects[<index>]`.
    pub fn project(index: usize) -> FieldPath {
        FieldPath::root().key(key::PROJECTS).index(index)
    }

    /// This path, one key further.
    pub fn key(mut self, key: &str) -> FieldPath {
        self.0.push(Segment::Key(key.to_string()));
        self
    }

    /// This path, one list position further.
    pub fn index(mut self, index: usize) -> FieldPath {
        self.0.push(Segment::Index(index));
        self
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `self` is `prefix` or lies inside it.
    pub fn starts_with(&self, prefix: &FieldPath) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// The path without its last segment; the root stays the root.
    pub fn parent(&self) -> FieldPath {
        let mut segments = self.0.clone();
        segments.pop();
        FieldPath(segments)
    }

    /// The key at position `at`, if that segment is a key.
    pub fn key_at(&self, at: usize) -> Option<&str> {
        match self.0.get(at) {
            Some(Segment::Key(key)) => Some(key),
            _ => None,
        }
    }

    /// The list position at `at`, if that segment is one.
    pub fn index_at(&self, at: usize) -> Option<usize> {
        match self.0.get(at) {
            Some(Segment::Index(index)) => Some(*index),
            _ => None,
        }
    }

    /// The field an entry of a list of choices belongs to: an error about
    /// `entity.data_fields[1]` is shown at `entity.data_fields`. A list of objects (platforms,
    /// events) keeps its items: each has fields of its own.
    pub fn field(&self) -> FieldPath {
        match self.0.last() {
            Some(Segment::Index(_)) if matches!(self.0.iter().rev().nth(1), Some(Segment::Key(_))) => self.parent(),
            _ => self.clone(),
        }
    }

    /// The id of the field's element: `claims.6.1a.investment_wan` → `f-claims-6-1a-investment_wan`.
    /// Letters, digits and `_` are kept; anything else becomes one `-`.
    pub fn dom_id(&self) -> String {
        let mut id = String::from("f-");
        for c in self.to_string().chars() {
            if c.is_ascii_alphanumeric() || c == '_' {
                id.push(c);
            } else if !id.ends_with('-') {
                id.push('-');
            }
        }
        id.trim_end_matches('-').to_string()
    }

    /// The same path as a JSON Pointer (RFC 6901), to look it up in a parsed file.
    pub fn pointer(&self) -> String {
        self.0
            .iter()
            .map(|segment| match segment {
                Segment::Key(key) => format!("/{}", key.replace('~', "~0").replace('/', "~1")),
                Segment::Index(index) => format!("/{index}"),
            })
            .collect()
    }
}

/// The text form of `docs/answers-format.md`: keys joined by `.`, positions as `[n]`.
impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (at, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if at == 0 => f.write_str(key)?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_form_is_the_documented_one() {
        let spend = FieldPath::claim("9.4").key("events").index(0).key("spend_wan");
        assert_eq!(spend.to_string(), "claims.9.4.events[0].spend_wan");
        assert_eq!(FieldPath::project(1).key("measures").index(0).to_string(), "projects[1].measures[0]");
        assert_eq!(FieldPath::root().to_string(), "");
    }

    #[test]
    fn a_measure_id_with_a_dot_stays_one_segment() {
        let path = FieldPath::claim("6.1a").key("investment_wan");
        assert_eq!(path.key_at(1), Some("6.1a"));
        assert_eq!(path.segments().len(), 3);
        assert!(path.starts_with(&FieldPath::claim("6.1a")));
        // A textual prefix is not a path prefix: claims.6.1 is not inside claims.6.
        assert!(!FieldPath::claim("6.1a").starts_with(&FieldPath::claim("6")));
    }

    #[test]
    fn dom_ids_keep_letters_digits_and_underscores() {
        let spend = FieldPath::claim("9.4").key("events").index(0).key("spend_wan");
        assert_eq!(spend.dom_id(), "f-claims-9-4-events-0-spend_wan");
        assert_eq!(FieldPath::claim("6.1a").key("investment_wan").dom_id(), "f-claims-6-1a-investment_wan");
    }

    #[test]
    fn an_entry_of_a_choice_list_belongs_to_its_list() {
        let entry = FieldPath::entity("data_fields").index(1);
        assert_eq!(entry.field(), FieldPath::entity("data_fields"));
        let event_field = FieldPath::claim("9.4").key("events").index(0).key("spend_wan");
        assert_eq!(event_field.field(), event_field);
        assert_eq!(FieldPath::project(0).field(), FieldPath::project(0).parent());
    }

    #[test]
    fn pointers_escape_slashes_and_tildes() {
        assert_eq!(FieldPath::root().key("a/b~c").index(2).pointer(), "/a~1b~0c/2");
    }
}
