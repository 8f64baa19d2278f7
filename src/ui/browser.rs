//! The few things the app asks of the browser, each failing quietly: a widget must never crash
//! because a browser refuses something (storage in a sandboxed iframe, a missing element).

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Window};

use crate::date::Date;

fn window() -> Option<Window> {
    web_sys::window()
}

/// Today on the device's clock, in its own time zone.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day)
}

pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

pub fn query() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Puts a new entry in the browser's history, so that back and forward walk the steps.
pub fn push_fragment(fragment: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Replaces the current entry (a consumed share link must not be offered again on reload).
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// The page's address without its fragment.
pub fn address_without_fragment() -> String {
    let href = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Focuses the element with this id; returns whether there was one.
pub fn focus(id: &str) -> bool {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match element {
        Some(element) => {
            let _ = element.focus();
            element.scroll_into_view_with_bool(false);
            true
        }
        None => false,
    }
}

pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

pub fn set_document_language(tag: &str) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Offers `text` as a file download, built in the page (a `blob:` address, not a request).
pub fn download(file_name: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = window()?.document()?;
        let link = document.create_element("a").ok()?.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

pub fn encode_uri_component(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

pub fn decode_uri_component(text: &str) -> Option<String> {
    js_sys::decode_uri_component(text).ok().map(Into::into)
}

/// On a panic, show a plain message with a reload link instead of a dead widget. Saved answers
/// stay in storage, so reloading resumes.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let Some(body) = window().and_then(|w| w.document()).and_then(|d| d.body()) else {
            return;
        };
        let _ = body.insert_adjacent_html(
            "afterbegin",
            "<div class=\"crash\" role=\"alert\"><p lang=\"zh-CN\">抱歉，自评工具出错了。您的答案已保存在本设备上。</p>\
             <p lang=\"en\">Sorry, the self-check has stopped. Your answers are saved on this device.</p>\
             <p><a href=\"\">重新加载 · Reload</a></p></div>",
        );
    }));
}
