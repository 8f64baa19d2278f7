//! Start-up options, read from the address once: `?lang=en`, `?mode=demo`,
//! `?embed=<host origin>`, `?accent=0b6e4f`, `?areas=growth,security`, `?idle=120`,
//! `?present=large`, `?public=<address>`, a share link's `#s=…` (or the older `#share=…`) or a
//! step's `#/…`. The one place that looks at the URL at start. A value that
//! cannot be used falls back to the default, with a warning for the console.

use awards::answers::{link_is_verified, Answers, Problem, MAX_FILE_BYTES, MAX_LINK_CHARS, WIDEST_WRITING};
use awards::lang::{Lang, Pair};
use awards::policy::AREAS;

use super::state::{Refusal, Shared, State, Step, IDLE_DEFAULT_SECONDS, IDLE_SECONDS};
use super::theme;

/// The fragment prefix of a share link: the answers, compact (`answers/compact.rs`).
pub const SHARE_PREFIX: &str = "#s=";
/// Share links made before the compact form: the answers file as URI-encoded JSON. Still read.
pub const OLD_SHARE_PREFIX: &str = "#share=";

/// Whether a fragment is a share link, of either form.
pub fn is_share(fragment: &str) -> bool {
    fragment.starts_with(SHARE_PREFIX) || fragment.starts_with(OLD_SHARE_PREFIX)
}

pub struct Options {
    pub lang: Option<Lang>,
    /// Demo mode for forums and shared screens: nothing is stored on the device.
    pub demo: bool,
    pub step: Option<Step>,
    /// The answers of a share link, or why they cannot be used.
    pub shared: Option<Result<Shared, Refusal>>,
    /// Framed by a partner's page at this origin (`https://park.example.cn`): the widget posts
    /// its height and step there, and nowhere else.
    pub embed_origin: Option<String>,
    /// A partner's brand colour for the main buttons and the total, `#0b6e4f`.
    pub accent: Option<String>,
    /// Areas a partner offers first on the activities page, in its order.
    pub first_areas: Vec<&'static str>,
    /// Demo mode: seconds without a touch, click, key or scroll before the reset warning.
    pub idle_seconds: u32,
    /// Large presentation, for a big screen at a stand (`?present=large`).
    pub large: bool,
    /// The public address share links and QR codes lead to, where the page itself runs from a
    /// kiosk's `localhost` or a USB stick (`?public=https://…/`).
    pub public_base: Option<String>,
    /// Why an option was not used, one line each, for the console.
    pub warnings: Vec<String>,
}

/// The public address of the self-check: an origin as [`parse_origin`] takes it, then a path of
/// plain characters; no query or fragment (the link adds its own). Only `https:`, or `http:` on
/// this machine's own loopback for testing: every share link and QR code leads there.
pub fn parse_public_base(text: &str) -> Option<String> {
    if !text.starts_with("https://") && !is_loopback(text) {
        return None;
    }
    let after_scheme = text.split_once("://")?.1;
    let (origin_end, path) = match after_scheme.find('/') {
        Some(at) => (text.len() - after_scheme.len() + at, after_scheme.get(at..).unwrap_or("/")),
        None => (text.len(), "/"),
    };
    let origin = parse_origin(text.get(..origin_end)?)?;
    let plain = |c: char| c.is_ascii_alphanumeric() || "-._~/%".contains(c);
    path.chars().all(plain).then(|| format!("{origin}{path}"))
}

/// `http://localhost…` or `http://127.x.y.z…`: this machine itself.
fn is_loopback(text: &str) -> bool {
    let host = host_of(text);
    text.starts_with("http://") && (host == "localhost" || matches!(ipv4(host), Some([127, ..])))
}

/// A host written as an IPv4 address, four numbers 0–255: read by hand, as the standard
/// library's address parser would add kilobytes to the first load.
fn ipv4(host: &str) -> Option<[u8; 4]> {
    let mut octets = [0u8; 4];
    let mut parts = host.split('.');
    for octet in &mut octets {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *octet = part.parse().ok()?;
    }
    parts.next().is_none().then_some(octets)
}

/// Whether a visitor's phone can open `address`: not this machine (`localhost`, 127.x), not a
/// private or link-local network (10.x, 172.16–31.x, 192.168.x, 169.254.x, an IPv6 address), not
/// a file, not a bare host name without a dot. A kiosk served from a USB stick is all of these.
pub fn reachable_from_a_phone(address: &str) -> bool {
    if !address.starts_with("https://") && !address.starts_with("http://") {
        return false;
    }
    let host = host_of(address);
    let private = matches!(ipv4(host), Some([10 | 127 | 0, ..] | [172, 16..=31, ..] | [192, 168, ..] | [169, 254, ..]));
    !(host.is_empty() || host == "localhost" || host.contains(':') || !host.contains('.') || private)
}

/// The host of an address (`data.bjxch.gov.cn`), to name where a link leads.
pub fn host_of(address: &str) -> &str {
    let (_, authority) = site_of(address);
    match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.rsplit_once(':').map_or(authority, |(host, _)| host),
    }
}

/// The scheme and the authority (host and port) of an address.
fn site_of(address: &str) -> (&str, &str) {
    let (scheme, rest) = address.split_once("://").unwrap_or(("", address));
    (scheme, rest.split(['/', '?', '#']).next().unwrap_or_default())
}

/// The origin of an address as written (`https://data.bjxch.gov.cn:8443`): its scheme and
/// authority, what makes two addresses one site to the browser, so that the same host on another
/// scheme or port is another site.
pub fn origin_of(address: &str) -> &str {
    let (scheme, authority) = site_of(address);
    let length = if scheme.is_empty() { authority.len() } else { scheme.len() + 3 + authority.len() };
    address.get(..length).unwrap_or(address)
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

/// The standalone self-check in the state's language: where a share link or "open the full
/// self-check" leads.
pub fn standalone_link(state: &State) -> String {
    format!("{}{}", state.config.home, standalone_query(state.nav.lang))
}

/// The answers a share link's fragment carries, or why they cannot be used; `None` when the
/// fragment is no share link. Too long a fragment is refused before it is decoded (each byte of
/// an answers text takes at most 3 characters in an old link, and fewer in a compact one).
/// Only a compact link of layout 2 on carries a check; an older link (layout 1, or the JSON of
/// `#share=`) opens unverified, and the user is asked to check its answers.
pub fn shared_answers(fragment: &str, decode: impl Fn(&str) -> Option<String>) -> Option<Result<Shared, Refusal>> {
    if let Some(text) = fragment.strip_prefix(SHARE_PREFIX) {
        if text.len() > MAX_LINK_CHARS {
            return Some(Err(Refusal::whole(Problem::TooLarge)));
        }
        let verified = link_is_verified(text);
        return Some(
            Answers::from_link_text(text).map(|answers| Shared { answers, verified }).map_err(Refusal::Invalid),
        );
    }
    let encoded = fragment.strip_prefix(OLD_SHARE_PREFIX)?;
    if encoded.len() > 3 * MAX_FILE_BYTES * WIDEST_WRITING {
        return Some(Err(Refusal::whole(Problem::TooLarge)));
    }
    Some(match decode(encoded) {
        Some(json) => {
            Answers::from_json(&json).map(|answers| Shared { answers, verified: false }).map_err(Refusal::Invalid)
        }
        None => Err(Refusal::Unreadable),
    })
}

/// The options a partner's loader (embed/embed.js) sets from its script's attributes: the
/// address's name of each, and the attribute's.
const LOADER_ATTRIBUTES: [(&str, &str); 3] = [("embed", "host"), ("accent", "accent"), ("areas", "areas")];

/// The console line for an option that cannot be used, named as whoever set it wrote it: the
/// loader's attribute (`data-host="*"`), or the address's option (`?idle=2m`) for the options no
/// attribute sets (a stand's, written into its address).
fn warning(option: &str, value: &str, why: &str) -> String {
    let written = match LOADER_ATTRIBUTES.iter().find(|(name, _)| *name == option) {
        Some((_, attribute)) => format!("data-{attribute}"),
        None => format!("?{option}"),
    };
    format!("xicheng self-check: ignoring {written}=\"{value}\": {why}")
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
        idle_seconds: IDLE_DEFAULT_SECONDS,
        large: false,
        public_base: None,
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
            "present" if value == "large" => options.large = true,
            "idle" => match value.parse::<u32>() {
                Ok(seconds) if IDLE_SECONDS.contains(&seconds) => options.idle_seconds = seconds,
                _ => options.warnings.push(warning("idle", &value, "not a number of seconds from 30 to 1800")),
            },
            "public" => match parse_public_base(&value) {
                Some(base) => options.public_base = Some(base),
                None => options.warnings.push(warning("public", &value, "not an http(s) address without query")),
            },
            "embed" => match parse_origin(&value) {
                Some(origin) => options.embed_origin = Some(origin),
                None => options.warnings.push(warning("embed", &value, "not one exact http(s) origin")),
            },
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
    options.shared = shared_answers(fragment, &decode);
    if options.shared.is_none() {
        options.step = Step::from_fragment(fragment);
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;
    use awards::answers::Entity;
    const EVERYTHING: &str = include_str!("../../docs/examples/everything-claimed.json");

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
        // The older form, still read: the answers file as URI-encoded JSON.
        let json = EVERYTHING.to_string();
        let good = parse("", &format!("{OLD_SHARE_PREFIX}x"), |_| Some(json.clone()));
        assert!(matches!(good.shared, Some(Ok(_))));
        let good = parse("", &format!("{OLD_SHARE_PREFIX}%7B"), |_| Some(json.clone()));
        let bad = parse("", &format!("{OLD_SHARE_PREFIX}%7B"), |_| Some("{".into()));
        assert!(matches!(bad.shared, Some(Err(Refusal::Invalid(_)))));
        let cut = parse("", &format!("{OLD_SHARE_PREFIX}%E4%B8"), |_| None);
        assert_eq!(cut.shared.and_then(Result::err), Some(Refusal::Unreadable));
        let never = |_: &str| -> Option<String> { panic!("too long a link is not decoded") };
        let huge = format!("{OLD_SHARE_PREFIX}{}", "%20".repeat(MAX_FILE_BYTES * WIDEST_WRITING + 1));
        assert_eq!(parse("", &huge, never).shared.and_then(Result::err), Some(Refusal::whole(Problem::TooLarge)));

        // The compact form the app writes now.
        let answers = Answers::from_json(&json).unwrap_or_default();
        let compact = parse("", &format!("{SHARE_PREFIX}{}", answers.to_link_text()), never);
        // All but who the organisation is, which no link carries.
        let anonymous = Answers { entity: Entity { name: None, ..answers.entity.clone() }, ..answers.clone() };
        assert_eq!(compact.shared.and_then(Result::ok), Some(Shared { answers: anonymous, verified: true }));
        // A JSON link of the old form has no check: it opens, flagged as unverified.
        assert!(matches!(good.shared, Some(Ok(Shared { verified: false, .. }))));
        let damaged = parse("", &format!("{SHARE_PREFIX}AQ"), never).shared.and_then(Result::err);
        assert_eq!(damaged, Some(Refusal::whole(Problem::DamagedLink)));
        let huge = format!("{SHARE_PREFIX}{}", "A".repeat(MAX_LINK_CHARS + 1));
        assert_eq!(parse("", &huge, never).shared.and_then(Result::err), Some(Refusal::whole(Problem::TooLarge)));
        assert_eq!(parse("", "#/results", never).step, Some(Step::Results));
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
    fn the_loader_attributes_warnings_name_are_the_ones_embed_js_reads() {
        const LOADER: &str = include_str!("../../embed/embed.js");
        for (option, attribute) in LOADER_ATTRIBUTES {
            let read = LOADER.contains(&format!("data.{attribute}")) || LOADER.contains(&format!("'{attribute}'"));
            assert!(read, "embed.js does not read data-{attribute}");
            assert!(LOADER.contains(&format!("{option}:")) || LOADER.contains(&format!("'{option}'")), "{option}");
        }
        assert!(!LOADER.contains("'idle'") && !LOADER.contains("data.public"), "a stand's options are its address's");
    }

    #[test]
    fn a_kiosks_idle_time_presentation_and_public_address_are_checked() {
        let decode = |s: &str| Some(s.replace("%3A", ":").replace("%2F", "/"));
        let kiosk =
            parse("?mode=demo&idle=30&present=large&public=https%3A%2F%2Fdata.bjxch.gov.cn%2Fselfcheck%2F", "", decode);
        assert_eq!((kiosk.idle_seconds, kiosk.large), (30, true));
        assert_eq!(kiosk.public_base.as_deref(), Some("https://data.bjxch.gov.cn/selfcheck/"));
        assert!(kiosk.warnings.is_empty(), "{:?}", kiosk.warnings);
        assert_eq!(parse("?idle=1800", "", decode).idle_seconds, 1800);
        for (query, option) in [
            ("?idle=29", "idle"),
            ("?idle=1801", "idle"),
            ("?idle=2m", "idle"),
            ("?public=javascript%3Aalert(1)", "public"),
        ] {
            let refused = parse(query, "", decode);
            assert_eq!(refused.idle_seconds, IDLE_DEFAULT_SECONDS);
            assert_eq!(refused.public_base, None);
            // Set in a stand's address, not by a loader's attribute: named as written there.
            assert!(refused.warnings.first().is_some_and(|w| w.contains(&format!("?{option}="))), "{query}");
        }
        assert_eq!(parse_public_base("https://example.cn").as_deref(), Some("https://example.cn/"));
        for refused in [
            "https://example.cn/?a=1",
            "https://example.cn/#x",
            "ftp://example.cn/",
            "https://exa mple.cn/",
            // Plain http only on this machine: a share link must not leave unencrypted.
            "http://evil.example/",
            "http://127.0.0.1.evil.example/",
        ] {
            assert_eq!(parse_public_base(refused), None, "{refused}");
        }
        for loopback in ["http://127.0.0.1:8080/", "http://localhost:4173/x/"] {
            assert_eq!(parse_public_base(loopback).as_deref(), Some(loopback), "{loopback}");
        }
        assert_eq!(host_of("https://data.bjxch.gov.cn:443/selfcheck/"), "data.bjxch.gov.cn");
        for (address, reachable) in [
            ("https://data.bjxch.gov.cn/selfcheck/", true),
            ("http://8.8.8.8/", true),
            ("https://172.32.0.1/", true),
            ("http://127.0.0.1:8080/", false),
            ("http://localhost:8000/", false),
            ("http://10.1.2.3/", false),
            ("http://172.16.0.9/", false),
            ("http://172.31.255.1/", false),
            ("http://192.168.1.20:8080/", false),
            ("http://169.254.3.4/", false),
            ("http://[fe80::1]/", false),
            ("http://kiosk/", false),
            ("file:///media/usb/dist/index.html", false),
        ] {
            assert_eq!(reachable_from_a_phone(address), reachable, "{address}");
        }
        assert_eq!(host_of("http://[::1]:8000/"), "::1");
        assert_eq!(site_of("https://data.bjxch.gov.cn:8443/selfcheck/?x#s=1"), ("https", "data.bjxch.gov.cn:8443"));
        assert_eq!(site_of("http://[::1]:8000"), ("http", "[::1]:8000"));
        assert_eq!(origin_of("https://data.bjxch.gov.cn:8443/selfcheck/?x#s=1"), "https://data.bjxch.gov.cn:8443");
        assert_ne!(
            origin_of("https://example.cn/"),
            origin_of("https://example.cn:8443/"),
            "another port, another site"
        );
        assert_ne!(origin_of("https://example.cn/"), origin_of("http://example.cn/"), "another scheme, another site");
        assert_eq!(origin_of("https://example.cn/a?b"), origin_of("https://example.cn/c#d"), "one site, other pages");
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
        // A refused host is said in the console, as every refused option is.
        let refused = parse("?embed=*", "", decode);
        assert_eq!(refused.embed_origin, None);
        assert!(refused.warnings.first().is_some_and(|w| w.contains("data-host=\"*\"")), "{:?}", refused.warnings);
    }
}
