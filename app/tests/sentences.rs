//! No sentence is put together outside the text layer: the pages and views (and the draft and the
//! app's effects) write words only through `awards::text`, where each language has its own
//! punctuation (Chinese （）and ：with no space before a bracket, English ASCII with spaces).
//!
//! Checked on the code as Rust (parsed with `syn`), not as text: every `format!`, `format_args!`,
//! `write!` and `writeln!` (also inside `html! { … }` and other macro bodies, walked as tokens),
//! and every `push_str` of a string literal, fails when its literal, placeholders (`{…}`) left
//! out, holds words or a sentence's punctuation: any character beyond ASCII, a bracket `(` `)`, a
//! colon, ". ", a letter next to a space, or nothing but spaces between values (`"{} {}"`).
//! The same marks, or nothing but spaces, in a text node of `html! { … }` (`{ " · " }`, `{ " " }`
//! between two values) fail too: the view would be joining words itself. DOM
//! ids, test ids, CSS classes, addresses, SVG numbers and file names (`"#{id}"`, `"{id}-hint"`,
//! `"award-{}"`, `"0 0 {side} {side}"`, `"xicheng-data-awards-answers-{today}.json"`) hold none
//! of these and pass.

use std::path::PathBuf;

mod source;
use source::{app_src, rust_files};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::visit::Visit;

/// Macros whose first string literal is a format string.
const FORMATTING: [&str; 4] = ["format", "format_args", "write", "writeln"];

/// Why a format string or a pushed literal is a sentence's, if it is one.
fn sentence_marks(literal: &str) -> Option<&'static str> {
    // The placeholders are the values put in, not the literal's own text; `{{` and `}}` are braces.
    let mut text = String::new();
    let mut placeholders = 0;
    let mut chars = literal.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '{' => {
                placeholders += 1;
                for inner in chars.by_ref() {
                    if inner == '}' {
                        break;
                    }
                }
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            _ => text.push(c),
        }
    }
    let letter_by_space =
        text.as_bytes().windows(2).any(|pair| matches!(pair, [a, b' '] | [b' ', a] if a.is_ascii_alphabetic()));
    if !text.is_ascii() {
        Some("a character beyond ASCII")
    } else if text.contains(['(', ')']) {
        Some("a bracket")
    } else if text.contains(':') {
        Some("a colon")
    } else if text.contains(". ") {
        Some("\". \"")
    } else if letter_by_space {
        Some("a letter next to a space")
    } else if placeholders > 1 && text.contains(' ') && text.trim().is_empty() {
        // `"{} {}"`: words (an amount and its unit, a word and a number) run together by a space
        // that Chinese would not write.
        Some("values joined by a space")
    } else {
        None
    }
}

/// One literal that is a sentence's: the call it is in, the literal as written, and why.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Hit {
    call: String,
    literal: String,
    why: &'static str,
}

#[derive(Default)]
struct Sentences {
    hits: Vec<Hit>,
}

impl Sentences {
    fn check(&mut self, call: &str, literal: &proc_macro2::Literal) {
        if let syn::Lit::Str(text) = syn::Lit::new(literal.clone()) {
            if let Some(why) = sentence_marks(&text.value()) {
                self.hits.push(Hit { call: call.to_string(), literal: literal.to_string(), why });
            }
        }
    }

    /// The first string literal among a call's own tokens: `format!`'s first, `write!`'s second.
    fn check_first_string(&mut self, call: &str, tokens: TokenStream) {
        let first = tokens.into_iter().find_map(|token| match token {
            TokenTree::Literal(literal) if matches!(syn::Lit::new(literal.clone()), syn::Lit::Str(_)) => Some(literal),
            _ => None,
        });
        if let Some(literal) = first {
            self.check(call, &literal);
        }
    }

    /// Macro calls and `push_str` calls inside a macro body (`html! { … }`), which `syn` leaves as
    /// tokens: `format ! ( … )`, `. push_str ( "…" )`, at any depth.
    fn tokens(&mut self, tokens: TokenStream) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        for (at, token) in tokens.iter().enumerate() {
            match token {
                TokenTree::Ident(ident) => {
                    let name = ident.to_string();
                    match (tokens.get(at + 1), tokens.get(at + 2)) {
                        (Some(TokenTree::Punct(bang)), Some(TokenTree::Group(body)))
                            if bang.as_char() == '!' && FORMATTING.contains(&name.as_str()) =>
                        {
                            self.check_first_string(&format!("{name}!"), body.stream());
                        }
                        (Some(TokenTree::Group(args)), _)
                            if name == "push_str" && args.delimiter() == Delimiter::Parenthesis =>
                        {
                            if let Some(TokenTree::Literal(literal)) = args.stream().into_iter().next() {
                                self.check("push_str", &literal);
                            }
                        }
                        _ => {}
                    }
                }
                TokenTree::Group(group) => {
                    let after_equals =
                        at > 0 && matches!(tokens.get(at - 1), Some(TokenTree::Punct(p)) if p.as_char() == '=');
                    if group.delimiter() == Delimiter::Brace && !after_equals {
                        self.text_node(group.stream());
                    }
                    self.tokens(group.stream())
                }
                _ => {}
            }
        }
    }

    /// `{ " · " }` or `{ " " }` in `html! { … }`: a text node of the view's own, joining the
    /// nodes around it into a sentence as surely as a `format!` would. (An attribute's value,
    /// `class={ "x" }`, follows `=` and is not one.)
    fn text_node(&mut self, body: TokenStream) {
        let mut tokens = body.into_iter();
        let (Some(TokenTree::Literal(literal)), None) = (tokens.next(), tokens.next()) else { return };
        if let syn::Lit::Str(text) = syn::Lit::new(literal.clone()) {
            let value = text.value();
            let why = sentence_marks(&value)
                .or_else(|| (!value.is_empty() && value.trim().is_empty()).then_some("a space between nodes"));
            if let Some(why) = why {
                self.hits.push(Hit { call: "text node".into(), literal: literal.to_string(), why });
            }
        }
    }
}

impl<'a> Visit<'a> for Sentences {
    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        let name = mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        if FORMATTING.contains(&name.as_str()) {
            self.check_first_string(&format!("{name}!"), mac.tokens.clone());
        }
        // Calls inside the body: a `format!` in `html! { … }`, in `vec![…]`, in another `format!`.
        self.tokens(mac.tokens.clone());
    }

    fn visit_expr_method_call(&mut self, call: &'a syn::ExprMethodCall) {
        if call.method == "push_str" {
            if let Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. })) = call.args.first() {
                if let Some(why) = sentence_marks(&text.value()) {
                    let literal = text.token().to_string();
                    self.hits.push(Hit { call: "push_str".into(), literal, why });
                }
            }
        }
        syn::visit::visit_expr_method_call(self, call);
    }
}

/// The sentence-like literals of one file's text.
fn hits(name: &str, text: &str) -> Vec<Hit> {
    let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut sentences = Sentences::default();
    sentences.visit_file(&file);
    sentences.hits.sort();
    sentences.hits
}

/// The lines of `text` that hold `literal` as written.
fn lines_of(text: &str, literal: &str) -> Vec<usize> {
    text.lines().enumerate().filter(|(_, line)| line.contains(literal)).map(|(n, _)| n + 1).collect()
}

/// The files that show words: every page and view, the draft (the questions of its paths) and the
/// app's effects (`app.rs`, and `hooks/` where they live now).
fn files() -> Vec<PathBuf> {
    let src = app_src();
    let mut files: Vec<PathBuf> =
        ["pages", "views", "hooks"].iter().flat_map(|dir| rust_files(&src.join(dir))).collect();
    files.extend(["draft.rs", "app.rs"].iter().map(|f| src.join(f)).filter(|f| f.exists()));
    files.sort();
    files
}

#[test]
fn no_page_or_view_puts_a_sentence_together_outside_the_text_layer() {
    let files = files();
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    assert!(files.len() > 15, "the pages and views were read: {names:?}");
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let name = file.strip_prefix(app_src()).unwrap_or(file).display().to_string();
        for hit in hits(&name, &text) {
            let lines: Vec<String> = lines_of(&text, &hit.literal).iter().map(usize::to_string).collect();
            found.push(format!("src/{name}:{} {}({}): {}", lines.join(","), hit.call, hit.literal, hit.why));
        }
    }
    // A literal written twice in a file is one line of the report, with both its lines.
    found.dedup();
    assert!(
        found.is_empty(),
        "sentences put together outside the text layer (give each a text in awards::text, written in \
         zh.rs and en.rs):\n{}",
        found.join("\n")
    );
}

#[test]
fn a_planted_sentence_is_found_in_code_and_in_an_html_body_and_ids_pass() {
    let path = app_src().join("views/overview.rs");
    let original = std::fs::read_to_string(&path).unwrap_or_default();
    let before = hits("views/overview.rs", &original);

    // One in plain code, one inside `html! { … }`, one pushed.
    let function = "pub fn overview(estimate: &Estimate, lang: Lang) -> Html {";
    let in_html = "<h2 id=\"overview-title\">";
    assert!(original.contains(function) && original.contains(in_html), "views/overview.rs has changed: replant");
    let planted = original
        .replacen(
            function,
            &format!("{function}\n    let _planted = format!(\"{{}} ({{}})\", a, b);\n    s.push_str(\" and more\");"),
            1,
        )
        .replacen(in_html, &format!("<span>{{ format!(\"{{label}}: \") }}</span>{in_html}"), 1)
        .replacen(in_html, &format!("<p>{{ a }}{{ \" · \" }}{{ b }}{{ \" \" }}{{ c }}</p>{in_html}"), 1);
    let after = hits("views/overview.rs", &planted);
    let new: Vec<&Hit> = after.iter().filter(|hit| !before.contains(hit)).collect();
    let literals: Vec<&str> = new.iter().map(|hit| hit.literal.as_str()).collect();
    assert_eq!(literals.len(), 5, "{new:?}");
    assert!(literals.contains(&r#"" · ""#), "the separator as a text node: {new:?}");
    assert!(literals.contains(&r#"" ""#), "the space as a text node: {new:?}");
    assert!(literals.contains(&r#""{} ({})""#), "the bracketed clause: {new:?}");
    assert!(literals.contains(&r#""{label}: ""#), "the colon inside html!: {new:?}");
    assert!(literals.contains(&r#"" and more""#), "the pushed words: {new:?}");

    // What is not a sentence passes.
    let ids = r##"
        fn ids(id: &str, kind: &str, side: usize, today: &str, path: &mut String) -> Vec<String> {
            let _ = write!(path, "M{},{}h1v1h-1z", 1, 2);
            let mut s = String::new();
            s.push_str("\n");
            vec![
                format!("#{id}"), format!("{id}-hint"), format!("award-{}", id), format!("banner-{kind}"),
                format!("0 0 {side} {side}"), format!("xicheng-data-awards-answers-{today}.json"),
                format!("{{{id}}}"),
            ]
        }
        fn view() -> Html { html! { <a href={format!("#{}", 1)} data-testid={format!("overview-{}", 2)} class={ " " }>{ "" }</a> } }
    "##;
    assert_eq!(hits("ids", ids), []);

    // And each mark of a sentence is seen.
    for (literal, why) in [
        ("{} （{}）", "a character beyond ASCII"),
        ("{} ({})", "a bracket"),
        ("{label}: ", "a colon"),
        ("{}. {}", "\". \""),
        ("{} of {}", "a letter next to a space"),
        ("Step {}", "a letter next to a space"),
        ("{} {}", "values joined by a space"),
        ("\n{} {} {}", "values joined by a space"),
    ] {
        assert_eq!(sentence_marks(literal), Some(why), "{literal}");
    }
}
