//! The few things the app asks of the browser, each failing quietly: a widget must never crash
//! because a browser refuses something (storage in a sandboxed iframe, a missing element).
//! gloo gives the window, the document, blobs and object addresses; web-sys the rest (history
//! entries, focus, printing, the clicked download link), which gloo does not cover.

use gloo::file::{Blob, ObjectUrl};
use gloo::utils::{document, document_element, window};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use awards::date::Date;
use awards::lang::Lang;

/// Today on the device's clock, in its own time zone.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day)
}

/// Now, as a moment that sorts as it reads: `2026-12-04T01:05:07.042Z` (UTC).
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A moment of [`now`] as the device's own clock and language write it: `2026/12/4 09:05:07`.
pub fn local_time(moment: &str, lang: Lang) -> String {
    let tag = if lang == Lang::Zh { "zh-CN" } else { "en-GB" };
    js_sys::Date::new(&moment.into()).to_locale_string(tag, &wasm_bindgen::JsValue::UNDEFINED).into()
}

pub fn fragment() -> String {
    window().location().hash().unwrap_or_default()
}

pub fn query() -> String {
    window().location().search().unwrap_or_default()
}

/// Puts a new entry in the browser's history, so that back and forward walk the steps.
pub fn push_fragment(fragment: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Goes one entry back in the browser's history, as its own back button does.
pub fn history_back() {
    if let Ok(history) = window().history() {
        let _ = history.back();
    }
}

/// Replaces the current entry (a consumed share link must not be offered again on reload).
pub fn replace_fragment(fragment: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// The standalone self-check's address: this page's, without its options or fragment (a share
/// link or "open the full self-check" from a partner's frame leads there, not into a frame).
pub fn standalone_address() -> String {
    let location = window().location();
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// The address of the page that opened this one, as far as its referrer policy tells (a framing
/// page's origin, by default); empty where it tells nothing.
pub fn referrer() -> String {
    document().referrer()
}

/// Runs `then` in a task of its own, after this one: a timer. A browser paints what a long task
/// drew before it runs the next timer (Chromium does, by the bench's marks); one that does not
/// paints both tasks' work together, as if they were one. A timer set from an animation frame
/// would be sure of the paint, for about 300 bytes more of the first load and no sooner in the bench.
pub fn after_this_task(then: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, then).forget();
}

/// Focuses the element with this id; returns whether there was one.
pub fn focus(id: &str) -> bool {
    match document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        Some(element) => {
            let _ = element.focus();
            element.scroll_into_view_with_bool(false);
            true
        }
        None => false,
    }
}

/// Copies the text of the input `id`, selected first so that where the browser refuses the copy
/// the text is ready for the user's own copy command: whether the browser copied it. (The
/// selection's copy, not the Clipboard API: that one is refused in a partner's frame that does
/// not grant it, and on a page not served over https.)
pub fn copy_input(id: &str) -> bool {
    let Some(input) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return false;
    };
    input.select();
    document().dyn_ref::<web_sys::HtmlDocument>().and_then(|d| d.exec_command("copy").ok()).unwrap_or(false)
}

pub fn print() {
    let _ = window().print();
}

pub fn set_document_language(tag: &str) {
    let _ = document_element().set_attribute("lang", tag);
}

/// Sets a custom property of the root element (`--colour-action`), through the CSSOM, which the
/// page's CSP allows where an inline `style` attribute would be refused.
pub fn set_style_property(name: &str, value: &str) {
    if let Ok(root) = document_element().dyn_into::<HtmlElement>() {
        let _ = root.style().set_property(name, value);
    }
}

thread_local! {
    /// Where the printed pages' foot rule sits in the style sheet, to replace it on a new language.
    static PRINT_FOOT: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
}

/// The foot of every printed page: `left` (the policy's number and the date) and, on the right,
/// `page_css`, a CSS `content` value with the page counters. Added through the CSSOM to the page's
/// own style sheet (an inline `<style>` would be refused by the CSP); browsers without page
/// margin boxes print without it.
pub fn set_print_foot(left: &str, page_css: &str) {
    let sheet = document().style_sheets().get(0).and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok());
    let Some(sheet) = sheet else {
        return;
    };
    if let Some(index) = PRINT_FOOT.get() {
        let _ = sheet.delete_rule(index);
    }
    let quoted = format!("\"{}\"", left.replace('\\', "\\\\").replace('"', "\\\""));
    let box_style = "font-size: 8pt; color: #333333;";
    let rule = format!(
        "@page {{ @bottom-left {{ content: {quoted}; {box_style} }} @bottom-right {{ content: {page_css}; {box_style} }} }}"
    );
    let at = sheet.css_rules().map(|rules| rules.length()).unwrap_or(0);
    PRINT_FOOT.set(sheet.insert_rule_with_index(&rule, at).ok());
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Offers `text` as a file download, built in the page (a `blob:` address, not a request).
pub fn download(file_name: &str, text: &str) -> bool {
    let blob = Blob::new_with_options(text, Some("application/json"));
    // Revoked when dropped, after the click has started the download.
    let url = ObjectUrl::from(blob);
    let link = document().create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    match link {
        Some(link) => {
            link.set_href(&url);
            link.set_download(file_name);
            link.click();
            true
        }
        None => false,
    }
}

pub fn decode_uri_component(text: &str) -> Option<String> {
    js_sys::decode_uri_component(text).ok().map(Into::into)
}

/// On a panic, show a plain message with a reload link instead of a dead widget. Saved answers
/// stay in storage, so reloading resumes.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
        let _ = document().body().map(|body| {
            body.insert_adjacent_html(
                "afterbegin",
                "<div class=\"crash\" role=\"alert\"><p lang=\"zh-CN\">抱歉，自评工具出错了。您的答案已保存在本设备上。</p>\
                 <p lang=\"en\">Sorry, the self-check has stopped. Your answers are saved on this device.</p>\
                 <p><a href=\"\">重新加载 · Reload</a></p></div>",
            )
        });
    }));
}
