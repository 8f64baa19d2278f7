//! The embedded page's messages to the page that frames it. The widget tells its host only its
//! height (so the frame fits it) and its step, and only to the one host origin it was given:
//! never `'*'`, and never an answer.

use serde::Serialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A message to the host. Crosses into JavaScript as a plain object through serde-wasm-bindgen:
/// `{ "kind": "height", "px": 812 }`, `{ "kind": "step", "step": "#/results" }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ToHost {
    /// The content's height in CSS pixels.
    Height { px: u32 },
    /// The step shown, as its address fragment.
    Step { step: String },
}

/// Posts `message` to the framing page at `origin`; nothing when the page is not framed.
pub fn post(message: &ToHost, origin: &str) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    if let Ok(value) = serde_wasm_bindgen::to_value(message) {
        // A host that navigated elsewhere is no longer `origin`: the browser drops the message.
        let _ = parent.post_message(&value, origin);
    }
}

/// Watches the content's height and posts it to the host whenever it changes: a page, an
/// opened `<details>`, a narrower window. Stops when dropped.
pub struct HeightObserver {
    observer: web_sys::ResizeObserver,
    // Kept alive as long as the observer may call it.
    _on_resize: Closure<dyn FnMut()>,
}

impl HeightObserver {
    /// Observes the page's `<body>` (the frame of the app is not held to the window's height when
    /// embedded, so the body is exactly as tall as the content).
    pub fn start(origin: String) -> Option<HeightObserver> {
        let body = gloo::utils::document().body()?;
        let measured = body.clone();
        let mut last = 0;
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            let px = measured.get_bounding_client_rect().height().ceil();
            // A height is a whole number of CSS pixels well inside u32.
            let px = if px.is_finite() && px > 0.0 { px.min(f64::from(u32::MAX)) as u32 } else { 0 };
            if px != last {
                last = px;
                post(&ToHost::Height { px }, &origin);
            }
        });
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        observer.observe(&body);
        Some(HeightObserver { observer, _on_resize: on_resize })
    }
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_carry_a_kind_and_nothing_of_the_answers() {
        let height = serde_json::to_value(ToHost::Height { px: 812 }).unwrap_or_default();
        assert_eq!(height, serde_json::json!({ "kind": "height", "px": 812 }));
        let step = serde_json::to_value(ToHost::Step { step: "#/results".into() }).unwrap_or_default();
        assert_eq!(step, serde_json::json!({ "kind": "step", "step": "#/results" }));
    }
}
