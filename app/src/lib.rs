//! The browser app: a Yew single-page app over the engine crate (`awards`). The only crate that
//! imports yew, gloo, web-sys, serde-wasm-bindgen or wasm-bindgen.

pub mod app;
mod browser;
pub mod ctx;
pub mod derived;
pub mod draft;
mod embed;
pub mod focus;
mod hooks;
mod idle;
pub mod options;
pub mod pages;
pub mod state;
pub mod storage;
pub mod theme;
pub mod views;

/// How many times the answers were checked since the page loaded: the end-to-end render-count
/// test reads it (`window.wasmBindings.checked_count()`), to hold the app to once per change of
/// the answers. Two plain numbers, not a list: a list would ship its own glue.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn checked_count() -> u32 {
    derived::counts().decodes
}

/// How many times the estimate was made since the page loaded (see [`checked_count`]).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn estimated_count() -> u32 {
    derived::counts().estimates
}

/// Mounts the app into the page's `<body>`, with a friendly message should it ever panic.
pub fn mount() {
    browser::install_panic_message();
    yew::Renderer::<app::App>::new().render();
}
