//! The largest answers a user can give: every measure claimed, every list full, every name as
//! long as it may be in the widest characters, every amount with every digit. Whatever the app
//! accepts is no larger, so the bound on texts read ([`MAX_FILE_BYTES`]) must hold this file however it
//! is written: exported (pretty), saved (compact, inside the saved record) or in a share link.

use super::{Answers, Entity, Fact, Facts, Project, MAX_FILE_BYTES, MAX_ITEMS, MAX_TEXT_CHARS};
use crate::money::Wan;
use crate::policy::{FactKind, FactSpec, DATA_FIELDS, MEASURES};

/// The two widest characters a name may hold: one JSON writes in six bytes (`\u0001`), one that
/// takes four bytes of UTF-8 (and so the most in a share link).
const WIDEST: [&str; 2] = ["\u{1}", "😀"];

/// The amount with the most digits an answers file may hold.
fn longest_amount() -> Wan {
    Wan::parse_input("99999999.999999").unwrap_or_default()
}

fn largest_fact(spec: &FactSpec, name: &str) -> Fact {
    match &spec.kind {
        FactKind::Flag => Fact::Flag(true),
        FactKind::Count => Fact::Count(1000),
        FactKind::Amount => Fact::Amount(longest_amount()),
        FactKind::Text => Fact::Text(name.to_string()),
        FactKind::Choice(choices) => {
            Fact::Choice(choices.iter().map(|c| c.key).max_by_key(|k| k.len()).unwrap_or_default())
        }
        FactKind::Choices(choices) => Fact::Choices(choices.iter().map(|c| c.key).collect()),
        FactKind::List(fields) => Fact::List((0..MAX_ITEMS).map(|_| largest_facts(fields, name)).collect()),
    }
}

fn largest_facts(specs: &[FactSpec], name: &str) -> Facts {
    specs.iter().map(|spec| (spec.key, largest_fact(spec, name))).collect()
}

/// The largest answers with every name made of `widest`.
pub(crate) fn largest_answers(widest: &str) -> Answers {
    let name = widest.repeat(MAX_TEXT_CHARS);
    let monetary: Vec<&'static str> = MEASURES.iter().filter(|m| !m.is_service()).map(|m| m.id).collect();
    Answers {
        entity: Entity {
            name: Some(name.clone()),
            credit_code: Some("91350100M000100Y43".into()),
            contact: Some(name.clone()),
            operates_in_xicheng: true,
            data_fields: DATA_FIELDS.iter().map(|c| c.key).collect(),
            ict_industry: true,
        },
        claims: MEASURES.iter().map(|m| (m.id, largest_facts(m.facts, &name))).collect(),
        // One project a measure with an amount: the most projects a file can hold.
        projects: monetary
            .iter()
            .map(|id| Project {
                name: Some(name.clone()),
                measures: vec![id],
                other_xicheng_support_wan: longest_amount(),
            })
            .collect(),
    }
}

#[test]
fn the_largest_answers_are_valid_and_fit_the_bound_however_they_are_written() {
    for widest in WIDEST {
        let largest = largest_answers(widest);
        let exported = largest.to_json();
        let compact = serde_json::to_string(&largest.to_value()).unwrap_or_default();
        let link = largest.to_link_text();
        println!(
            "largest answers, names of {widest:?}: exported {} bytes, compact {} bytes, share link {} characters",
            exported.len(),
            compact.len(),
            link.len()
        );
        // (Compared, not printed: the file is a few hundred kilobytes.)
        let read = Answers::from_json(&exported);
        assert!(read.as_ref().is_ok_and(|read| *read == largest), "read back: {:?}", read.err());
        // The saved record wraps the compact answers with the areas, the step and the language:
        // well under 1,000 bytes more.
        assert!(exported.len() + 1000 < MAX_FILE_BYTES, "an export of the largest answers must re-import");
        assert!(compact.len() + 1000 < MAX_FILE_BYTES, "the saved record of the largest answers must reload");
        assert!(link.len() < super::MAX_LINK_CHARS, "the share link of the largest answers must open");

        // Written another way, the same answers: every character of every string escaped, and
        // that saved as UTF-16 (raw, several times the limit: the limit counts the text).
        let escaped = escaped_file(&largest);
        assert!(escaped.contains(r#""\u0066\u006f\u0072\u006d\u0061\u0074""#) && !escaped.contains("format"));
        let utf16: Vec<u8> =
            [0xff, 0xfe].into_iter().chain(escaped.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        println!("escaped {} bytes, in UTF-16 {} bytes", escaped.len(), utf16.len());
        assert!(utf16.len() > MAX_FILE_BYTES);
        let read = super::text_of_file(&utf16).and_then(|text| Answers::from_json(&text));
        assert!(read.as_ref().is_ok_and(|read| *read == largest), "read back escaped, in UTF-16: {:?}", read.err());
    }
}

/// serde_json's own writer with every character of every string written as `\uXXXX` (what it
/// escapes itself, a quote or a control character, it escapes as always).
struct EscapeEveryCharacter;

impl serde_json::ser::Formatter for EscapeEveryCharacter {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        fragment.encode_utf16().try_for_each(|unit| write!(writer, "\\u{unit:04x}"))
    }
}

/// The answers as a file with every character of its strings escaped.
fn escaped_file(answers: &Answers) -> String {
    let mut out = Vec::new();
    let mut writer = serde_json::Serializer::with_formatter(&mut out, EscapeEveryCharacter);
    let written = serde::Serialize::serialize(&answers.to_value(), &mut writer);
    written.ok().and_then(|_| String::from_utf8(out).ok()).unwrap_or_default()
}
