//! The Xicheng data-industry award self-check.
//!
//! The engine (`policy`, `answers`, `json`, `vec_map`, `money`, `date`, `engine`) is pure Rust: it builds and tests
//! natively without any web crate. `ui`, behind the `web` feature, is the only code that touches
//! the browser; it calls the engine and never the other way round.

pub mod answers;
pub mod date;
pub mod engine;
pub mod json;
pub mod money;
pub mod policy;
pub mod vec_map;

#[cfg(feature = "web")]
pub mod ui;
