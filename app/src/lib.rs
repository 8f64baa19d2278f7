//! The browser app: a Yew single-page app over the engine crate (`awards`). The only crate that
//! imports yew, gloo, web-sys, serde-wasm-bindgen or wasm-bindgen.

pub mod app;
mod browser;
pub mod ctx;
pub mod draft;
mod embed;
mod idle;
pub mod options;
pub mod pages;
pub mod state;
pub mod storage;
pub mod theme;
pub mod views;

/// Mounts the app into the page's `<body>`, with a friendly message should it ever panic.
pub fn mount() {
    browser::install_panic_message();
    yew::Renderer::<app::App>::new().render();
}
