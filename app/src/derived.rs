//! What the answers give: the checked answers, the estimate, the share link's text and its QR
//! code. Each is computed when a page first asks for it and kept until the answers change (the
//! work's revision moves on), so a render, a step or an idle tick computes nothing again.

use std::cell::{Cell, OnceCell, RefCell};
use std::fmt::Write as _;
use std::rc::Rc;

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

use crate::state::Work;
use awards::answers::{Answers, AnswersError};
use awards::date::Date;
use awards::engine::{estimate, Estimate};

/// The largest code drawn: version 18 (89 modules a side, 560 bytes at level M), which a phone
/// still reads from arm's length when it fills 20 rem of a screen. A longer link gets a plain
/// message instead of a code nobody could scan.
const LARGEST_VERSION: u8 = 18;

thread_local! {
    /// How many times the answers were checked and estimated since the page loaded.
    static COUNTS: Cell<Counts> = const { Cell::new(Counts { decodes: 0, estimates: 0 }) };
}

/// Work done on the answers, counted for the render-count tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub decodes: u32,
    pub estimates: u32,
}

pub fn counts() -> Counts {
    COUNTS.with(Cell::get)
}

fn count(add: impl FnOnce(&mut Counts)) {
    COUNTS.with(|cell| {
        let mut counts = cell.get();
        add(&mut counts);
        cell.set(counts);
    });
}

/// Modules of white around the code, as the standard asks.
const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: its dark modules as one SVG path, crisp at any size.
#[derive(Debug, PartialEq, Eq)]
pub struct Picture {
    /// Modules a side, with the quiet zone.
    pub side: i32,
    pub path: String,
    pub version: u8,
}

impl Picture {
    fn of(qr: &QrCode) -> Picture {
        let mut path = String::new();
        for y in 0..qr.size() {
            for x in (0..qr.size()).filter(|x| qr.get_module(*x, y)) {
                let _ = write!(path, "M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE);
            }
        }
        Picture { side: qr.size() + 2 * QUIET_ZONE, path, version: qr.version().value() }
    }
}

/// The QR code of a link, or `None` where the link is too long for a code a phone can read.
pub type Code = Option<Rc<Picture>>;

/// What one revision of the answers gives, each part computed at most once.
pub struct Derived {
    work: Rc<Work>,
    today: Date,
    answers: OnceCell<Result<Answers, AnswersError>>,
    estimate: OnceCell<Option<Estimate>>,
    link_text: OnceCell<Option<String>>,
    /// The last link drawn, and its code (the link changes with the language as well).
    code: RefCell<Option<(String, Code)>>,
}

impl Derived {
    pub fn of(work: Rc<Work>, today: Date) -> Derived {
        Derived {
            work,
            today,
            answers: OnceCell::new(),
            estimate: OnceCell::new(),
            link_text: OnceCell::new(),
            code: RefCell::new(None),
        }
    }

    /// The revision of the answers these were derived from.
    pub fn revision(&self) -> u32 {
        self.work.revision()
    }

    /// The checked answers, or every error with its path.
    pub fn answers(&self) -> Result<&Answers, &AnswersError> {
        self.answers
            .get_or_init(|| {
                count(|c| c.decodes += 1);
                self.work.answers()
            })
            .as_ref()
    }

    /// The estimate of the checked answers; `None` while a field is still to fix.
    pub fn estimate(&self) -> Option<&Estimate> {
        self.estimate
            .get_or_init(|| {
                let answers = self.answers().ok()?;
                count(|c| c.estimates += 1);
                Some(estimate(answers, self.today))
            })
            .as_ref()
    }

    /// The answers in a share link's compact form (what follows `#s=`).
    pub fn link_text(&self) -> Option<&str> {
        self.link_text.get_or_init(|| self.answers().ok().map(Answers::to_link_text)).as_deref()
    }

    /// The QR code of `link`: level M (15 % of the code may be lost), the smallest version the
    /// link fits.
    pub fn code(&self, link: &str) -> Code {
        let mut kept = self.code.borrow_mut();
        if let Some((drawn, code)) = kept.as_ref() {
            if drawn == link {
                return code.clone();
            }
        }
        // One byte segment: a link holds "#s=", whose characters no other mode can write (the
        // library's own choice of mode would always come to this), and its other modes stay out
        // of the WebAssembly.
        let code = encoded(&[QrSegment::make_bytes(link.as_bytes())]);
        *kept = Some((link.to_string(), code.clone()));
        code
    }
}

/// The code of `segments` at level M, in the smallest version they fit, up to the largest drawn.
fn encoded(segments: &[QrSegment]) -> Code {
    QrCode::encode_segments_advanced(
        segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::new(LARGEST_VERSION),
        None,
        false,
    )
    .ok()
    .map(|qr| Rc::new(Picture::of(&qr)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code the library draws when it chooses the mode itself.
    fn by_library_choice(link: &str) -> Code {
        encoded(&QrSegment::make_segments(link))
    }

    #[test]
    fn a_share_links_code_is_the_one_the_librarys_own_choice_of_mode_draws() {
        let shared = include_str!("../../tests/links/everything-claimed-anonymous.layout-3.txt").trim();
        let derived = Derived::of(Rc::new(Work::default()), awards::policy::POLICY.valid_from);
        let bases = ["https://data.bjxch.gov.cn/selfcheck/", "HTTP://KIOSK.LOCAL/", "file:///media/usb/index.html"];
        for base in bases {
            for answers in [shared, "1", &shared[..shared.len() / 3]] {
                let link = format!("{base}{}{answers}", crate::options::SHARE_PREFIX);
                let ours = derived.code(&link);
                let theirs = by_library_choice(&link);
                assert!(ours.is_some(), "{link}: no code");
                assert_eq!(
                    ours.map(|c| (c.version, c.path.clone())),
                    theirs.map(|c| (c.version, c.path.clone())),
                    "{link}"
                );
            }
        }
        // Too long for a code a phone can read: none, as before.
        let long = format!("https://x/{}{}", crate::options::SHARE_PREFIX, "a".repeat(600));
        assert_eq!(derived.code(&long), None);
    }
}
