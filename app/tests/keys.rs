//! Each question of the policy tables is named by its key in one place: where it is declared.
//! Everything else reaches it through the tables (`measure.fact(..)`, a table constant, a
//! condition's test), so renaming a key, or mistyping one, cannot leave a second spelling behind.
//! Checked on the non-test code of both crates, parsed with `syn`: string literals outside any
//! `#[cfg(test)]` item and outside the tables' own file.

use std::collections::BTreeSet;
use std::path::Path;

use awards::policy::{FactKind, FactSpec, ENTITY, MEASURES};
use syn::visit::Visit;

mod source;
use source::{app_src, rust_files};

/// Every question key of the tables: the measures', their list items', the organisation's.
fn question_keys() -> BTreeSet<&'static str> {
    fn add(specs: &'static [FactSpec], keys: &mut BTreeSet<&'static str>) {
        for spec in specs {
            keys.insert(spec.key);
            if let FactKind::List(fields) = &spec.kind {
                add(fields, keys);
            }
        }
    }
    let mut keys = BTreeSet::new();
    MEASURES.iter().for_each(|m| add(m.facts, &mut keys));
    add(ENTITY, &mut keys);
    keys
}

/// The string literals of a file's non-test code, with their lines.
#[derive(Default)]
struct Literals {
    found: Vec<(String, usize)>,
}

fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("test")
            || (attr.path().is_ident("cfg") && attr.meta.require_list().is_ok_and(|l| l.tokens.to_string() == "test"))
    })
}

impl<'a> Visit<'a> for Literals {
    fn visit_item_mod(&mut self, item: &'a syn::ItemMod) {
        if !is_test(&item.attrs) {
            syn::visit::visit_item_mod(self, item);
        }
    }

    fn visit_item_fn(&mut self, item: &'a syn::ItemFn) {
        if !is_test(&item.attrs) {
            syn::visit::visit_item_fn(self, item);
        }
    }

    fn visit_lit_str(&mut self, lit: &'a syn::LitStr) {
        self.found.push((lit.value(), lit.span().start().line));
    }

    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        // `html!` and `format!` bodies are tokens: their string literals are read one by one.
        fn walk(tokens: proc_macro2::TokenStream, found: &mut Vec<(String, usize)>) {
            for token in tokens {
                match token {
                    proc_macro2::TokenTree::Group(group) => walk(group.stream(), found),
                    proc_macro2::TokenTree::Literal(literal) => {
                        if let Ok(lit) = syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                            found.push((lit.value(), literal.span().start().line));
                        }
                    }
                    _ => {}
                }
            }
        }
        walk(mac.tokens.clone(), &mut self.found);
    }
}

/// Where a question key is spelled outside its declaration: "file:line: key".
fn spelled_again(src: &Path, skip: &[&str], keys: &BTreeSet<&str>) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(src) {
        let name = file.strip_prefix(src).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        if skip.iter().any(|skipped| name == *skipped) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let Ok(parsed) = syn::parse_file(&text) else { continue };
        let mut literals = Literals::default();
        literals.visit_file(&parsed);
        for (value, line) in literals.found {
            if keys.contains(value.as_str()) {
                found.push(format!("{name}:{line}: \"{value}\""));
            }
        }
    }
    found
}

#[test]
fn no_question_key_is_spelled_outside_its_declaration() {
    let keys = question_keys();
    assert!(keys.len() > 50, "the tables' keys were read: {}", keys.len());
    let engine = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    // The tables declare the keys; the tests of the engine crate live in files of their own.
    let skip = [
        "policy/measures.rs",
        "policy/tests.rs",
        "answers/tests.rs",
        "engine/tests.rs",
        "text/tests.rs",
        "answers/largest.rs",
    ];
    let mut found = spelled_again(&engine, &skip, &keys);
    found.extend(spelled_again(&app_src(), &[], &keys));
    assert!(found.is_empty(), "question keys spelled again outside the tables:\n{}", found.join("\n"));
}

#[test]
fn a_key_spelled_again_is_found_and_a_test_module_is_not_read() {
    let keys: BTreeSet<&str> = ["rents_compute", "name"].into();
    let dir = std::env::temp_dir().join(format!("keys-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok();
    std::fs::write(
        dir.join("planted.rs"),
        "fn f() -> &'static str { \"rents_compute\" }\n\
         fn g() { let _ = format!(\"{}\", \"name\"); }\n\
         #[cfg(test)]\nmod tests { fn h() -> &'static str { \"rents_compute\" } }\n",
    )
    .ok();
    let found = spelled_again(&dir, &[], &keys);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(found, ["planted.rs:1: \"rents_compute\"", "planted.rs:2: \"name\""]);
}
