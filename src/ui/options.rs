//! Start-up options, read from the address once: `?lang=en`, `?mode=demo`, a share link's
//! `#share=…` or a step's `#/…`. The one place that looks at the URL at start.

use crate::answers::Answers;
use crate::policy::Lang;

use super::state::Step;

/// The fragment prefix of a share link.
pub const SHARE_PREFIX: &str = "#share=";

pub struct Options {
    pub lang: Option<Lang>,
    /// Demo mode for forums and shared screens: nothing is stored on the device.
    pub demo: bool,
    pub step: Option<Step>,
    pub shared: Option<Result<Answers, ()>>,
}

/// Reads the options from a query string (`?lang=en&mode=demo`) and a fragment.
pub fn parse(query: &str, fragment: &str, decode: impl Fn(&str) -> Option<String>) -> Options {
    let mut options = Options { lang: None, demo: false, step: None, shared: None };
    for pair in query.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("lang", "en")) => options.lang = Some(Lang::En),
            Some(("lang", "zh")) => options.lang = Some(Lang::Zh),
            Some(("mode", "demo")) => options.demo = true,
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
}
