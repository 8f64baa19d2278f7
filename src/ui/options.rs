//! Start-up options, read from the address once: `?lang=en`, `?mode=demo`,
//! `?embed=<host origin>`, `?accent=0b6e4f`, `?areas=growth,security`, a share link's
//! `#share=…` or a step's `#/…`. The one place that looks at the URL at start. A value that
//! cannot be used falls back to the default, with a warning for the console.

use crate::answers::{Answers, Problem, MAX_FILE_BYTES};
use crate::lang::{Lang, Pair};
use crate::policy::AREAS;

use super::state::{Refusal, Step};
use super::theme;

/// The fragment prefix of a share link.
pub const SHARE_PREFIX: &str = "#share=";

pub struct Options {
    pub lang: Option<Lang>,
    /// Demo mode for forums and shared screens: nothing is stored on the device.
    pub demo: bool,
    pub step: Option<Step>,
    /// The answers of a share link, or why they cannot be used.
    pub shared: Option<Result<Answers, Refusal>>,
    /// Framed by a partner's page at this origin (`https://park.example.cn`): the widget posts
    /// its height and step there, and nowhere else.
    pub embed_origin: Option<String>,
    /// A partner's brand colour for the main buttons and the total, `#0b6e4f`.
    pub accent: Option<String>,
    /// Areas a partner offers first on the activities page, in its order.
    pub first_areas: Vec<&'static str>,
    /// Why an option was not used, one line each, for the console.
    pub warnings: Vec<String>,
}

/// A web origin as a host page has it: `http` or `https`, a host name or address, an optional
/// port, nothing after. Anything else is refused, so no message goes to `'*'` or a path.
pub fn parse_origin(text: &str) -> Option<String> {
    let (scheme, rest) = text.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    (host_ok && port_ok).then(|| text.to_ascii_lowercase())
}

/// The query that opens the standalone self-check in `lang` (Chinese is the default).
pub fn standalone_query(lang: Lang) -> &'static str {
    Pair { zh: "", en: "?lang=en" }.pick(lang)
}

/// The answers a share link's fragment carries. Too long a fragment is refused before it is
/// decoded (each byte of an answers file takes at most 3 characters in a link).
pub fn shared_answers(encoded: &str, decode: impl Fn(&str) -> Option<String>) -> Result<Answers, Refusal> {
    if encoded.len() > 3 * MAX_FILE_BYTES {
        return Err(Refusal::whole(Problem::TooLarge));
    }
    let json = decode(encoded).ok_or(Refusal::Unreadable)?;
    Answers::from_json(&json).map_err(Refusal::Invalid)
}

/// The console line for an option that cannot be used, in the loader's words.
fn warning(name: &str, value: &str, why: &str) -> String {
    format!("xicheng self-check: ignoring data-{name}=\"{value}\": {why}")
}

/// Areas by key, all known, each once: `growth,security`.
fn areas(list: &str) -> Option<Vec<&'static str>> {
    let mut areas = Vec::new();
    for key in list.split(',').map(str::trim) {
        let area = AREAS.iter().find(|a| a.key == key)?;
        if !areas.contains(&area.key) {
            areas.push(area.key);
        }
    }
    Some(areas)
}

/// Reads the options from a query string (`?lang=en&mode=demo`) and a fragment.
pub fn parse(query: &str, fragment: &str, decode: impl Fn(&str) -> Option<String>) -> Options {
    let mut options = Options {
        lang: None,
        demo: false,
        step: None,
        shared: None,
        embed_origin: None,
        accent: None,
        first_areas: Vec::new(),
        warnings: Vec::new(),
    };
    for pair in query.trim_start_matches('?').split('&') {
        let Some((name, raw)) = pair.split_once('=') else {
            continue;
        };
        let value = decode(&raw.replace('+', " ")).unwrap_or_default();
        match name {
            "lang" if value == "en" => options.lang = Some(Lang::En),
            "lang" if value == "zh" => options.lang = Some(Lang::Zh),
            "mode" if value == "demo" => options.demo = true,
            "embed" => options.embed_origin = parse_origin(&value),
            "accent" => match theme::accent(&value) {
                Ok(colour) => options.accent = Some(colour),
                Err(refusal) => options.warnings.push(warning("accent", &value, refusal.reason())),
            },
            "areas" => match areas(&value) {
                Some(areas) => options.first_areas = areas,
                None => {
                    let known: Vec<&str> = AREAS.iter().map(|a| a.key).collect();
                    options.warnings.push(warning("areas", &value, &format!("not a list of {}", known.join(","))));
                }
            },
            _ => {}
        }
    }
    if let Some(encoded) = fragment.strip_prefix(SHARE_PREFIX) {
        options.shared = Some(shared_answers(encoded, &decode));
    } else {
        options.step = Step::from_fragment(fragment);
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_mode_and_step_come_from_the_address() {
        let options = parse("?mode=demo&lang=en", "#/check", |s| Some(s.to_string()));
        assert_eq!(options.lang, Some(Lang::En));
        assert!(options.demo);
        assert_eq!(options.step, Some(Step::Check));
        let plain = parse("", "", |s| Some(s.to_string()));
        assert_eq!((plain.lang, plain.demo, plain.step), (None, false, Some(Step::Start)));
    }

    #[test]
    fn a_share_link_carries_answers_or_is_reported_unreadable() {
        let json = crate::answers::tests::EVERYTHING.to_string();
        let good = parse("", &format!("{SHARE_PREFIX}x"), |_| Some(json.clone()));
        assert!(matches!(good.shared, Some(Ok(_))));
        let bad = parse("", &format!("{SHARE_PREFIX}%7B"), |_| Some("{".into()));
        assert!(matches!(bad.shared, Some(Err(Refusal::Invalid(_)))));
        let cut = parse("", &format!("{SHARE_PREFIX}%E4%B8"), |_| None);
        assert_eq!(cut.shared.and_then(Result::err), Some(Refusal::Unreadable));
        let huge = format!("{SHARE_PREFIX}{}", "%20".repeat(MAX_FILE_BYTES + 1));
        let refused = parse("", &huge, |_| panic!("too long a link is not decoded")).shared.and_then(Result::err);
        assert_eq!(refused, Some(Refusal::whole(Problem::TooLarge)));
    }

    #[test]
    fn a_partners_accent_and_areas_are_checked_and_refusals_warned() {
        let decode = |s: &str| Some(s.replace("%23", "#").replace("%2C", ","));
        let good = parse("?accent=%230b6e4f&areas=security%2Cgrowth", "", decode);
        assert_eq!(good.accent.as_deref(), Some("#0b6e4f"));
        assert_eq!(good.first_areas, ["security", "growth"]);
        assert!(good.warnings.is_empty());
        let bad = parse("?accent=%23ffdd00&areas=growth%2Cmoon", "", decode);
        assert_eq!((bad.accent, bad.first_areas.len()), (None, 0));
        assert_eq!(bad.warnings.len(), 2);
        assert!(bad.warnings[0].contains("data-accent=\"#ffdd00\": too light"), "{:?}", bad.warnings);
        assert!(bad.warnings[1].contains("data-areas=\"growth,moon\""), "{:?}", bad.warnings);
    }

    #[test]
    fn an_embedding_host_is_one_exact_origin() {
        let decode = |s: &str| Some(s.replace("%3A", ":").replace("%2F", "/"));
        let options = parse("?embed=https%3A%2F%2Fpark.example.cn", "", decode);
        assert_eq!(options.embed_origin.as_deref(), Some("https://park.example.cn"));
        assert_eq!(parse_origin("http://127.0.0.1:4173").as_deref(), Some("http://127.0.0.1:4173"));
        for refused in [
            "*",
            "",
            "park.example.cn",
            "https://",
            "https://park.example.cn/page",
            "javascript://x",
            "https://a..b",
            "https://x:",
            "https://x:123456",
        ] {
            assert_eq!(parse_origin(refused), None, "{refused}");
        }
    }
}
