//! The Xicheng data-industry award self-check.
//!
//! The engine (`policy`, `answers`, `money`, `date`, `engine`) is pure Rust: it builds and tests
//! natively without any web crate. `lang` and `text` turn its figures and reasons into Chinese
//! or English; `review` writes the policy review sheet from the tables and the engine. `ui`, behind the `web` feature, is the only code that touches the browser; it
//! calls the rest and never the other way round.

pub mod answers;
pub mod date;
pub mod engine;
pub mod lang;
pub mod money;
pub mod policy;
pub mod review;
pub mod samples;
pub mod text;

#[cfg(feature = "web")]
pub mod ui;
