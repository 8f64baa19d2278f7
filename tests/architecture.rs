//! The shape of the code, checked: no module imports a module that imports it back (directly or
//! round a longer circle), and the engine's modules import nothing of the UI. A module and its
//! own submodules are one unit (a child may use its parent's types), so edges between them are
//! not counted.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// `src/ui/pages/start.rs` → `ui::pages::start`; `src/answers/mod.rs` → `answers`.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?.with_extension("");
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    match parts.last().map(String::as_str) {
        Some("lib") if parts.len() == 1 => return Some(String::new()),
        Some("main") if parts.len() == 1 => return None,
        Some("mod") => {
            parts.pop();
        }
        _ => {}
    }
    Some(parts.join("::"))
}

/// The text without its comments: a doc line may name a module it does not import.
fn code_of(text: &str) -> String {
    text.lines().map(|line| line.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

fn parent(module: &str) -> String {
    module.rsplit_once("::").map(|(p, _)| p.to_string()).unwrap_or_default()
}

/// The identifier paths that follow `prefix` in `text` (`crate::ui::state::Action` → `ui::state::Action`);
/// a `{…}` group gives each of its first-level paths.
fn paths_after(text: &str, prefix: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices(prefix) {
        let before = text.get(..at).and_then(|b| b.chars().last());
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = text.get(at + prefix.len()..).unwrap_or_default();
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => {
                        depth -= 1;
                        continue;
                    }
                    ',' if depth == 0 => {
                        found.push(std::mem::take(&mut item));
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 && c != '{' {
                    item.push(c);
                }
            }
            found.push(item);
        } else {
            found.push(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect());
        }
    }
    found.into_iter().map(|p| p.trim().trim_end_matches("::").to_string()).filter(|p| !p.is_empty()).collect()
}

/// The longest known module that `path` (under `base`) names.
fn resolve(base: &str, path: &str, modules: &BTreeSet<String>) -> Option<String> {
    let mut candidate: Vec<&str> = base.split("::").filter(|s| !s.is_empty()).collect();
    let mut best = None;
    for segment in path.split("::") {
        if segment == "self" {
            continue;
        }
        candidate.push(segment);
        let name = candidate.join("::");
        if modules.contains(&name) {
            best = Some(name);
        } else {
            break;
        }
    }
    best
}

fn related(a: &str, b: &str) -> bool {
    let inside =
        |child: &str, parent: &str| parent.is_empty() || child == parent || child.starts_with(&format!("{parent}::"));
    inside(a, b) || inside(b, a)
}

/// Every module and the modules it imports.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let texts: Vec<(String, String)> =
        files.iter().filter_map(|f| Some((module_of(&src, f)?, code_of(&std::fs::read_to_string(f).ok()?)))).collect();
    let modules: BTreeSet<String> = texts.iter().map(|(m, _)| m.clone()).collect();
    let mut graph = BTreeMap::new();
    for (module, text) in &texts {
        // A file module's `super` is its parent; a folder's `mod.rs` is the module itself.
        let mut targets = BTreeSet::new();
        for path in paths_after(text, "crate::") {
            targets.extend(resolve("", &path, &modules));
        }
        for path in paths_after(text, "super::") {
            targets.extend(resolve(&parent(module), &path, &modules));
        }
        // `use super::pages` and then `pages::start::start(…)`: a module imported may be used down
        // to any of its submodules.
        let reached: BTreeSet<String> = modules
            .iter()
            .filter(|m| targets.iter().any(|t| m.as_str() == t || m.starts_with(&format!("{t}::"))))
            .filter(|m| !related(module, m))
            .cloned()
            .collect();
        graph.insert(module.clone(), reached);
    }
    graph
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let graph = imports();
    assert!(graph.len() > 30, "the source tree was read: {} modules", graph.len());
    let mut circles = Vec::new();
    for start in graph.keys() {
        // Depth-first from `start`, looking for a way back to it.
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in graph.get(&at).into_iter().flatten() {
                if next == start {
                    circles.push(trail.join(" → ") + " → " + start);
                } else if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(circles.is_empty(), "import circles:\n{}", circles.join("\n"));
}

#[test]
fn the_engine_imports_nothing_of_the_ui() {
    let graph = imports();
    for (module, targets) in &graph {
        if !module.starts_with("ui") {
            let ui: Vec<&String> = targets.iter().filter(|t| t.starts_with("ui")).collect();
            assert!(ui.is_empty(), "{module} imports {ui:?}");
        }
    }
}

#[test]
fn the_checker_sees_a_circle_when_there_is_one() {
    let text = "use crate::ui::state::{reduce, Action};\nuse super::{draft::{self, Field}, ctx};";
    assert_eq!(paths_after(text, "crate::"), ["ui::state"]);
    assert_eq!(paths_after(text, "super::"), ["draft", "ctx"]);
    let modules: BTreeSet<String> = ["ui", "ui::state", "ui::draft"].into_iter().map(String::from).collect();
    assert_eq!(resolve("ui", "draft::Field", &modules).as_deref(), Some("ui::draft"));
    assert!(related("ui::pages::start", "ui::pages"));
    assert!(!related("ui::app", "ui::pages::start"));
}
