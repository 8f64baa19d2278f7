//! "Continue on your phone": the share link as a QR code, drawn in the page from the answers.
//! The answers travel through the phone's camera, never through a server. The link leads to the
//! public site where a kiosk sets one (`?public=`), else to this page.

use std::fmt::Write as _;

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use yew::prelude::*;

use crate::ctx::{send, Ctx};
use crate::options::{host_of, reachable_from_a_phone, standalone_link, SHARE_PREFIX};
use crate::state::{Action, State};
use awards::answers::Answers;
use awards::text;

/// The largest code drawn: version 18 (89 modules a side, 560 bytes at level M), which a phone
/// still reads from arm's length when it fills 20 rem of a screen. A longer link gets a plain
/// message instead of a code nobody could scan.
const LARGEST_VERSION: u8 = 18;

/// Modules of white around the code, as the standard asks.
const QUIET_ZONE: i32 = 4;

/// The share link of `answers`: the standalone self-check and the compact answers after `#`.
pub fn share_link(state: &State, answers: &Answers) -> String {
    format!("{}{SHARE_PREFIX}{}", standalone_link(state), answers.to_link_text())
}

/// The button, and the code once asked for: level M (15 % of the code may be lost), the smallest
/// version the link fits. `answers` are the page's own, read once; without them (a field still
/// to fix) there is nothing to hand off.
pub fn hand_off(ctx: &Ctx, answers: Option<&Answers>) -> Html {
    let state = &ctx.0;
    let t = text::of(state.lang);
    let Some(answers) = answers else {
        return html! {};
    };
    let code = state.hand_off.then(|| {
        let link = share_link(state, answers);
        let reachable = reachable_from_a_phone(&link);
        // At a stand, a code no visitor's phone can open is worse than none: it is drawn only
        // once a public address is set. Elsewhere it is drawn, under the warning.
        if !reachable && state.demo {
            return html! {
                <div class="hand-off" id="hand-off" data-testid="hand-off">
                    <p class="warning-text" data-testid="hand-off-unreachable">{ (t.hand_off_unreachable)(host_of(&link)) }</p>
                    { destination(state) }
                </div>
            };
        }
        let segments = QrSegment::make_segments(&link);
        let fitted = QrCode::encode_segments_advanced(
            &segments,
            QrCodeEcc::Medium,
            Version::MIN,
            Version::new(LARGEST_VERSION),
            None,
            false,
        );
        html! {
            <div class="hand-off" id="hand-off" data-testid="hand-off">
                if !reachable {
                    <p class="warning-text" data-testid="hand-off-unreachable">{ (t.hand_off_unreachable)(host_of(&link)) }</p>
                }
                <p>{ t.hand_off_hint }</p>
                { fitted.map(|qr| drawn(&qr, t.hand_off_code)).unwrap_or_else(|_| html! {
                    <p class="warning-text" data-testid="hand-off-too-long">{ t.hand_off_too_long }</p>
                }) }
                <p class="hint" data-testid="hand-off-length">{ (t.hand_off_length)(link.chars().count()) }</p>
                { destination(state) }
            </div>
        }
    });
    html! {
        <div class="no-print">
            <button type="button" class="button button-secondary" aria-expanded={state.hand_off.to_string()}
                    aria-controls="hand-off" onclick={send(ctx, Action::ToggleHandOff)} data-testid="hand-off-button">
                { t.hand_off_button }
            </button>
            { code.unwrap_or_default() }
        </div>
    }
}

/// Where every share link and code of this page leads, in plain words under it: the answers
/// themselves stay out of sight, the address does not. Another site than the page's own is
/// named in a warning (a `?public=` a kiosk set, or one somebody slipped into the address).
pub fn destination(state: &State) -> Html {
    let t = text::of(state.lang);
    let leads_to = standalone_link(state);
    let foreign = !state.own_home.is_empty() && host_of(&leads_to) != host_of(&state.own_home);
    html! {
        <>
            <p class="link-destination" data-testid="link-destination">
                { t.link_destination }<bdi>{ leads_to.clone() }</bdi>
            </p>
            if foreign {
                <p class="warning-text" data-testid="link-foreign">{ (t.link_foreign)(host_of(&leads_to)) }</p>
            }
        </>
    }
}

/// The code as one SVG path of its dark modules: crisp at any size, no image file, no script.
fn drawn(qr: &QrCode, label: &str) -> Html {
    let side = qr.size() + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in (0..qr.size()).filter(|x| qr.get_module(*x, y)) {
            let _ = write!(path, "M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE);
        }
    }
    html! {
        <svg class="hand-off-code" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={label.to_string()}
             shape-rendering="crispEdges" data-testid="qr-code" data-version={qr.version().value().to_string()}>
            <path d={path} />
        </svg>
    }
}
