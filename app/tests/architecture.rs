//! The shape of the code, checked on the code as Rust (parsed with `syn`), not as text.
//!
//! Within each crate, no part imports a part that imports it back, directly or round a longer
//! circle. A "part" is a module together with its submodules, compared with its siblings: if
//! anything inside `pages` names anything inside `views` and anything inside `views` names anything
//! inside `pages`, that is a circle between `pages` and `views`, whichever files hold the two ends.
//! A child naming its parent (or a parent its child) is not counted: they are one part.
//!
//! The engine crate cannot import the app at all: it does not depend on it, so Cargo refuses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use proc_macro2::{TokenStream, TokenTree};

mod source;
use source::{app_src, rust_files};
use syn::visit::Visit;

/// A module's place in its crate: `["views", "layout"]`; the crate root is `[]`.
type Module = Vec<String>;

/// Every `.rs` file under `src`, as (module, text). `main.rs` and `bin/` are crate roots of their
/// own and are left out.
fn sources(src: &Path) -> BTreeMap<Module, String> {
    let files = rust_files(src);
    let mut texts = BTreeMap::new();
    for file in files {
        let Ok(relative) = file.strip_prefix(src) else { continue };
        let mut parts: Module = relative.with_extension("").iter().map(|p| p.to_string_lossy().into_owned()).collect();
        if parts.first().is_some_and(|p| p == "bin") {
            continue;
        }
        match parts.last().map(String::as_str) {
            Some("lib") if parts.len() == 1 => parts.clear(),
            Some("main") if parts.len() == 1 => continue,
            Some("mod") => {
                parts.pop();
            }
            _ => {}
        }
        if let Ok(text) = std::fs::read_to_string(&file) {
            texts.insert(parts, text);
        }
    }
    texts
}

/// The paths one file names, each with the module it is named from (an inline `mod tests` is a
/// module of its own for `super`), and the names its `use` items bring in.
#[derive(Default)]
struct Named {
    /// (the module the path is written in, the path's segments)
    paths: Vec<(Module, Vec<String>)>,
    /// (module, name brought in by `use` there) → the path it stands for
    aliases: BTreeMap<(Module, String), Vec<String>>,
    at: Module,
}

impl Named {
    fn use_tree(&mut self, tree: &syn::UseTree, prefix: &mut Vec<String>) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(&p.tree, prefix);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                let mut path = prefix.clone();
                let alias = if name == "self" {
                    prefix.last().cloned().unwrap_or_default()
                } else {
                    path.push(name.clone());
                    name
                };
                self.aliases.insert((self.at.clone(), alias), path.clone());
                self.paths.push((self.at.clone(), path));
            }
            syn::UseTree::Rename(r) => {
                let mut path = prefix.clone();
                if r.ident != "self" {
                    path.push(r.ident.to_string());
                }
                self.aliases.insert((self.at.clone(), r.rename.to_string()), path.clone());
                self.paths.push((self.at.clone(), path));
            }
            syn::UseTree::Glob(_) => self.paths.push((self.at.clone(), prefix.clone())),
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.use_tree(item, prefix);
                }
            }
        }
    }

    /// Paths inside macro bodies (`html! { … }`, `format!(…)`): runs of `ident :: ident …` among
    /// the tokens. A string or a comment is never such a run, so neither can fool it.
    fn tokens(&mut self, tokens: TokenStream) {
        let mut run: Vec<String> = Vec::new();
        let mut colons = 0;
        for token in tokens {
            match token {
                TokenTree::Ident(ident) => {
                    if colons != 2 {
                        self.flush(&mut run);
                    }
                    run.push(ident.to_string());
                    colons = 0;
                }
                TokenTree::Punct(p) if p.as_char() == ':' && colons < 2 => colons += 1,
                TokenTree::Group(group) => {
                    self.flush(&mut run);
                    colons = 0;
                    self.tokens(group.stream());
                }
                _ => {
                    self.flush(&mut run);
                    colons = 0;
                }
            }
        }
        self.flush(&mut run);
    }

    fn flush(&mut self, run: &mut Vec<String>) {
        if !run.is_empty() {
            self.paths.push((self.at.clone(), std::mem::take(run)));
        }
    }
}

impl<'a> Visit<'a> for Named {
    fn visit_item_use(&mut self, item: &'a syn::ItemUse) {
        self.use_tree(&item.tree, &mut Vec::new());
    }

    fn visit_item_mod(&mut self, item: &'a syn::ItemMod) {
        if item.content.is_some() {
            self.at.push(item.ident.to_string());
            syn::visit::visit_item_mod(self, item);
            self.at.pop();
        }
    }

    fn visit_path(&mut self, path: &'a syn::Path) {
        let segments = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.paths.push((self.at.clone(), segments));
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        self.visit_path(&mac.path);
        self.tokens(mac.tokens.clone());
    }
}

/// The file modules of a crate and, for each, the file modules it names.
struct Crate {
    modules: BTreeSet<Module>,
    edges: BTreeMap<Module, BTreeSet<Module>>,
}

impl Crate {
    fn read(src: &Path) -> Crate {
        Crate::of(&sources(src))
    }

    fn of(texts: &BTreeMap<Module, String>) -> Crate {
        let modules: BTreeSet<Module> = texts.keys().cloned().collect();
        let mut edges = BTreeMap::new();
        for (module, text) in texts {
            let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{}: {e}", module.join("::")));
            let mut named = Named { at: module.clone(), ..Named::default() };
            named.visit_file(&file);
            let reached =
                named.paths.iter().filter_map(|(from, path)| resolve(from, path, &named.aliases, &modules)).collect();
            edges.insert(module.clone(), reached);
        }
        Crate { modules, edges }
    }

    /// Circles between sibling parts, each once, as `a → b → a` (parts named by their full path).
    fn circles(&self) -> Vec<String> {
        // Lift each file-to-file edge to the two siblings below the files' deepest common parent.
        let mut parts: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
        for (from, targets) in &self.edges {
            for to in targets {
                let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
                if common == from.len() || common == to.len() {
                    continue; // one holds the other
                }
                parts.entry(from[..=common].to_vec()).or_default().insert(to[..=common].to_vec());
            }
        }
        let mut circles = BTreeSet::new();
        for start in parts.keys() {
            let mut stack = vec![vec![start.clone()]];
            let mut seen = BTreeSet::new();
            while let Some(trail) = stack.pop() {
                let Some(at) = trail.last() else { continue };
                for next in parts.get(at).into_iter().flatten() {
                    if next == start {
                        if trail.iter().all(|p| p >= start) {
                            let names: Vec<String> = trail.iter().map(|p| p.join("::")).collect();
                            circles.insert(format!("{} → {}", names.join(" → "), start.join("::")));
                        }
                    } else if seen.insert(next.clone()) {
                        let mut longer = trail.clone();
                        longer.push(next.clone());
                        stack.push(longer);
                    }
                }
            }
        }
        circles.into_iter().collect()
    }
}

/// The deepest file module of this crate that `path`, written in module `from`, names; `None` for
/// anything outside the crate (`std`, `yew`, `awards`) or a local name of `from` itself.
fn resolve(
    from: &Module,
    path: &[String],
    aliases: &BTreeMap<(Module, String), Vec<String>>,
    modules: &BTreeSet<Module>,
) -> Option<Module> {
    let mut base: Module;
    let mut rest = path;
    match path.first().map(String::as_str)? {
        "crate" => {
            base = Vec::new();
            rest = &path[1..];
        }
        "self" | "super" => {
            base = from.clone();
            while let Some(first) = rest.first() {
                match first.as_str() {
                    "self" => {}
                    "super" => {
                        base.pop()?;
                    }
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        first => {
            let mut child = from.clone();
            child.push(first.to_string());
            if modules.contains(&child) {
                base = from.clone();
            } else if let Some(full) = aliases.get(&(from.clone(), first.to_string())) {
                // A name brought in by `use`: what it stands for, then on below it.
                if full.as_slice() == path {
                    return None;
                }
                let mut expanded = full.clone();
                expanded.extend(path[1..].iter().cloned());
                return resolve(from, &expanded, aliases, modules);
            } else {
                return None;
            }
        }
    }
    // `base` may be an inline module (`tests`): climb to the file module that holds it.
    while !modules.contains(&base) {
        base.pop()?;
    }
    for segment in rest {
        let mut deeper = base.clone();
        deeper.push(segment.clone());
        if !modules.contains(&deeper) {
            break;
        }
        base = deeper;
    }
    Some(base)
}

#[test]
fn no_part_of_the_app_imports_a_part_that_imports_it_back() {
    let app = Crate::read(&app_src());
    assert!(app.modules.len() > 30, "the app's source was read: {} modules", app.modules.len());
    let circles = app.circles();
    assert!(circles.is_empty(), "import circles in the app:\n{}", circles.join("\n"));
}

#[test]
fn no_part_of_the_engine_crate_imports_a_part_that_imports_it_back() {
    let engine = Crate::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../src"));
    assert!(engine.modules.len() > 20, "the engine's source was read: {} modules", engine.modules.len());
    let circles = engine.circles();
    assert!(circles.is_empty(), "import circles in the engine crate:\n{}", circles.join("\n"));
}

/// The circles of the app's source with lines planted in it: (module, line to find, its replacement).
fn planted(edits: &[(&str, &str, &str)]) -> Vec<String> {
    let mut texts = sources(&app_src());
    for (module, find, replace) in edits {
        let key: Module = module.split("::").map(String::from).collect();
        let text = texts.get_mut(&key).unwrap_or_else(|| panic!("no module {module}"));
        assert!(text.contains(find), "{module} has no {find:?} to plant at");
        *text = text.replacen(find, replace, 1);
    }
    Crate::of(&texts).circles()
}

#[test]
fn a_view_importing_the_app_through_super_super_is_a_circle() {
    let circles =
        planted(&[("views::layout", "use crate::browser;", "use crate::browser;\nuse super::super::app::App;")]);
    assert_eq!(circles, ["app → views → app"]);
}

#[test]
fn an_import_on_a_line_whose_string_holds_two_slashes_is_a_circle() {
    let circles = planted(&[(
        "views::layout",
        "use crate::browser;",
        "use crate::browser; const SITE: &str = \"https://example.org\"; use crate::app::App;",
    )]);
    assert_eq!(circles, ["app → views → app"]);
}

#[test]
fn a_circle_through_a_modules_submodules_is_a_circle() {
    let circles = planted(&[
        ("pages", "pub mod area;", "pub mod area;\nuse crate::views::running_total;"),
        ("views::running_total", "use awards::text;", "use awards::text;\nuse crate::pages::start;"),
    ]);
    assert_eq!(circles, ["pages → views → pages"]);
}

#[test]
fn a_grouped_import_is_read_as_the_paths_it_holds_and_no_more() {
    // `use crate::{ctx::{send, Ctx}};` names `ctx`, once; the old text scanner saw five circles in
    // `use crate::ui::{ctx::Ctx};`.
    let circles = planted(&[(
        "views::layout",
        "use crate::ctx::{on, share_link, Ctx, Dispatcher};",
        "use crate::{ctx::{on, share_link, Ctx, Dispatcher}};",
    )]);
    assert!(circles.is_empty(), "false circles: {circles:?}");
    let app = Crate::read(&app_src());
    let layout: Module = vec!["views".into(), "layout".into()];
    assert!(app.edges.get(&layout).is_some_and(|e| e.contains(&vec!["ctx".to_string()])), "layout → ctx not seen");
}

/// Whether `tokens` name `ident` anywhere, groups included.
fn names(tokens: TokenStream, ident: &str) -> bool {
    tokens.into_iter().any(|tree| match tree {
        TokenTree::Ident(found) => found == ident,
        TokenTree::Group(group) => names(group.stream(), ident),
        _ => false,
    })
}

/// The one view handed the state's handle: the frame around every page, which, as a page does,
/// reads the state once and hands each of its banners the values it shows. Every other view is
/// handed values (a `Form`, a `Link`, the estimate …) and a `Dispatcher`, which sends but cannot
/// read.
const VIEWS_GIVEN_THE_STATE: [&str; 1] = ["views::layout"];

#[test]
fn views_are_handed_the_values_they_show_not_the_state() {
    let given: Vec<String> = sources(&app_src())
        .into_iter()
        .filter(|(module, _)| module.first().is_some_and(|m| m == "views"))
        .filter(|(_, text)| names(text.parse().unwrap_or_default(), "Ctx"))
        .map(|(module, _)| module.join("::"))
        .collect();
    assert_eq!(given, VIEWS_GIVEN_THE_STATE);
}

/// The lines of the function `name` in `file` (from its `fn` line to its closing brace), as
/// rustfmt lays it out.
fn length_of(file: &str, name: &str) -> usize {
    let text = std::fs::read_to_string(app_src().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with(&format!("pub fn {name}(")))
        .unwrap_or_else(|| panic!("no fn {name} in {file}"));
    let end = lines.iter().skip(start).position(|l| *l == "}").unwrap_or_else(|| panic!("{name} never ends"));
    end + 1
}

#[test]
fn the_app_and_the_results_page_read_in_one_screen() {
    // Their work lives in named hooks and named sections; each reads as a table of contents.
    for (file, name) in [("app.rs", "app"), ("pages/results.rs", "results")] {
        let lines = length_of(file, name);
        assert!(lines < 60, "{name}() is {lines} lines");
    }
}
