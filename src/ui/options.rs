//! Start-up options, read from the address once: `?lang=en`, `?mode=demo`,
//! `?embed=<host origin>`, a share link's `#share=…` or a step's `#/…`. The one place that
//! looks at the URL at start.

use crate::answers::Answers;
use crate::lang::Lang;

use super::state::Step;

/// The fragment prefix of a share link.
pub const SHARE_PREFIX: &str = "#share=";

pub struct Options {
    pub lang: Option<Lang>,
    /// Demo mode for forums and shared screens: nothing is stored on the device.
    pub demo: bool,
    pub step: Option<Step>,
    pub shared: Option<Result<Answers, ()>>,
    /// Framed by a partner's page at this origin (`https://park.example.cn`): the widget posts
    /// its height and step there, and nowhere else.
    pub embed_origin: Option<String>,
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

/// Reads the options from a query string (`?lang=en&mode=demo`) and a fragment.
pub fn parse(query: &str, fragment: &str, decode: impl Fn(&str) -> Option<String>) -> Options {
    let mut options = Options { lang: None, demo: false, step: None, shared: None, embed_origin: None };
    for pair in query.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("lang", "en")) => options.lang = Some(Lang::En),
            Some(("lang", "zh")) => options.lang = Some(Lang::Zh),
            Some(("mode", "demo")) => options.demo = true,
            Some(("embed", origin)) => options.embed_origin = decode(origin).as_deref().and_then(parse_origin),
            _ => {}
        }
    }
    if let Some(encoded) = fragment.strip_prefix(SHARE_PREFIX) {
        let answers = decode(encoded).and_then(|json| Answers::from_json(&json).ok());
        options.shared = Some(answers.ok_or(()));
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
        assert!(matches!(bad.shared, Some(Err(()))));
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
