//! Every user-visible string of the app, one table per language, looked up by key.

mod en;
mod zh;

use crate::policy::Lang;

fn table(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Zh => zh::TABLE,
        Lang::En => en::TABLE,
    }
}

/// The text of `key`, or `None` if the table lacks it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    table(lang).iter().find(|(k, _)| *k == key).map(|(_, text)| *text)
}

/// The text of `key` in `lang`. A key missing from a table (a test forbids it) shows as itself
/// rather than breaking the page.
pub fn tr(lang: Lang, key: &'static str) -> &'static str {
    lookup(lang, key).unwrap_or(key)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    fn keys(lang: Lang) -> Vec<&'static str> {
        table(lang).iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn both_languages_have_exactly_the_same_keys() {
        let zh: BTreeSet<_> = keys(Lang::Zh).into_iter().collect();
        let en: BTreeSet<_> = keys(Lang::En).into_iter().collect();
        assert_eq!(zh.difference(&en).collect::<Vec<_>>(), Vec::<&&str>::new(), "in Chinese only");
        assert_eq!(en.difference(&zh).collect::<Vec<_>>(), Vec::<&&str>::new(), "in English only");
    }

    #[test]
    fn no_key_is_listed_twice_and_no_text_is_empty() {
        for lang in [Lang::Zh, Lang::En] {
            let all = keys(lang);
            let unique: BTreeSet<_> = all.iter().collect();
            assert_eq!(unique.len(), all.len(), "{lang:?} lists a key twice");
            assert!(table(lang).iter().all(|(_, text)| !text.trim().is_empty()));
        }
    }

    #[test]
    fn english_texts_have_no_untranslated_chinese() {
        for (key, text) in en::TABLE {
            let has_han = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert!(!has_han || text.contains('(') || text.contains('"'), "{key}: {text}");
        }
    }

    /// Every `tr(_, "key")` and `hint("key")` in the UI's source names a key of the tables.
    #[test]
    fn every_key_the_views_use_exists() {
        let known: BTreeSet<_> = keys(Lang::Zh).into_iter().collect();
        let mut missing = Vec::new();
        let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    if !path.ends_with("i18n") {
                        stack.push(path);
                    }
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for (at, _) in text.match_indices('"') {
                    let rest = text.get(at + 1..).unwrap_or_default();
                    let Some(end) = rest.find('"') else { continue };
                    let candidate = rest.get(..end).unwrap_or_default();
                    let before = text.get(..at).unwrap_or_default().trim_end();
                    let is_key_use = before.ends_with("tr(lang,")
                        || before.ends_with("tr(other,")
                        || before.ends_with("tr(*lang,")
                        || before.ends_with("hint(");
                    if is_key_use && !known.contains(candidate) {
                        missing.push(format!("{}: {candidate}", path.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "keys used but not in the tables: {missing:#?}");
    }
}
