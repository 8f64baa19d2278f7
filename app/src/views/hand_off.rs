//! "Continue on your phone": the share link as a QR code, drawn in the page from the answers.
//! The answers travel through the phone's camera, never through a server. The link leads to the
//! public site where a kiosk sets one (`?public=`), else to this page.

use yew::prelude::*;

use crate::ctx::{on, Dispatcher, Link};
use crate::derived::Picture;
use crate::options::{host_of, origin_of, reachable_from_a_phone};
use crate::state::Action;
use awards::text;

/// The button, and the code once asked for. Without checked answers (a field still to fix)
/// there is nothing to hand off.
pub fn hand_off(share: &Link, shown: bool, to: &Dispatcher) -> Html {
    let t = text::of(share.lang);
    let Some(link) = &share.link else {
        return html! {};
    };
    let code = shown.then(|| {
        let reachable = reachable_from_a_phone(link);
        // At a stand, a code no visitor's phone can open is worse than none: it is drawn only
        // once a public address is set. Elsewhere it is drawn, under the warning.
        if !reachable && share.demo {
            return html! {
                <div class="hand-off" id="hand-off" data-testid="hand-off">
                    <p class="warning-text" data-testid="hand-off-unreachable">{ (t.hand_off_unreachable)(host_of(link)) }</p>
                    { destination(share) }
                </div>
            };
        }
        let fitted = share.code(link);
        html! {
            <div class="hand-off" id="hand-off" data-testid="hand-off">
                if !reachable {
                    <p class="warning-text" data-testid="hand-off-unreachable">{ (t.hand_off_unreachable)(host_of(link)) }</p>
                }
                <p>{ t.hand_off_hint }</p>
                { fitted.map(|code| drawn(&code, t.hand_off_code, "qr-code")).unwrap_or_else(|| html! {
                    <p class="warning-text" data-testid="hand-off-too-long">{ t.hand_off_too_long }</p>
                }) }
                // The link's length is for whoever sets a stand up, not for its visitors.
                if !share.demo {
                    <p class="hint" data-testid="hand-off-length">{ (t.hand_off_length)(link.chars().count()) }</p>
                }
                { destination(share) }
            </div>
        }
    });
    // Offered only where the page is not itself on a phone (style/components.css, "Hand-off").
    html! {
        <div class="no-print hand-off-offer">
            <button type="button" class="button button-secondary" aria-expanded={shown.to_string()}
                    aria-controls="hand-off" onclick={on(to, Action::ToggleHandOff)} data-testid="hand-off-button">
                { t.hand_off_button }
            </button>
            { code.unwrap_or_default() }
        </div>
    }
}

/// The share link for the printed report, by the same address rules as the button's: at a stand
/// with no public address, none.
fn report_link<'l>(share: &'l Link) -> Option<&'l str> {
    let link = share.link.as_deref()?;
    (reachable_from_a_phone(link) || !share.demo).then_some(link)
}

/// Page one of the printed report carries the answers as a code beside the total, so that
/// whoever holds the paper (an officer, a colleague) opens the same answers and figures on any
/// device; the link itself is printed at the end ([`report_link_text`]), where it has room.
pub fn report_code(share: &Link) -> Html {
    let t = text::of(share.lang);
    let code = report_link(share).and_then(|link| share.code(link));
    html! {
        if let Some(code) = code {
            <div class="report-code print-only">{ drawn(&code, t.hand_off_code, "report-code") }</div>
        }
    }
}

/// The last part of the printed report: the link the code on page one holds, written out.
pub fn report_link_text(share: &Link) -> Html {
    let t = text::of(share.lang);
    html! {
        if let Some(link) = report_link(share) {
            <section class="report-link-section print-only" data-testid="report-link">
                <p>{ t.report_code_hint }</p>
                <p class="report-link"><bdi>{ link }</bdi></p>
            </section>
        }
    }
}

/// Where every share link and code of this page leads, in plain words under it: the answers
/// themselves stay out of sight, the address does not. Another site than the page's own (another
/// origin: host, scheme or port) is named in a warning (a `?public=` a kiosk set, or one somebody
/// slipped into the address).
pub fn destination(share: &Link) -> Html {
    let t = text::of(share.lang);
    let leads_to = &share.leads_to;
    let own_home = share.own_home;
    let site = origin_of(leads_to);
    // At a stand the staff set the public address (README, "Forum demos"): no warning to visitors.
    let foreign = !own_home.is_empty() && site != origin_of(own_home) && !share.demo;
    html! {
        <>
            <p class="link-destination" data-testid="link-destination">
                { t.link_destination }<bdi>{ leads_to.clone() }</bdi>
            </p>
            if foreign {
                <p class="warning-text" data-testid="link-foreign">{ (t.link_foreign)(site) }</p>
            }
        </>
    }
}

/// The code as one SVG path of its dark modules: no image file, no script.
fn drawn(code: &Picture, label: &str, id: &'static str) -> Html {
    let side = code.side;
    html! {
        <svg class="hand-off-code" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={label.to_string()}
             shape-rendering="crispEdges" data-testid={id} data-version={code.version.to_string()}>
            <path d={code.path.clone()} />
        </svg>
    }
}
