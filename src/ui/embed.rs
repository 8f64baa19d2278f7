//! The embedded page's messages to the page that frames it. The widget tells its host only its
//! height (so the frame fits it) and its step, and only to the one host origin it was given:
//! never `'*'`, and never an answer.

use serde::Serialize;

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

/// The height of the whole document, to size the frame.
pub fn content_height() -> u32 {
    u32::try_from(gloo::utils::document_element().scroll_height()).unwrap_or(0)
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
