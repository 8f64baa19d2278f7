//! The Xicheng data-industry award self-check: everything that needs no browser.
//!
//! The engine (`policy`, `answers`, `money`, `date`, `engine`) is pure Rust. `lang` and `text`
//! turn its figures and reasons into Chinese or English; `review` writes the policy review sheet
//! from the tables and the engine. This crate depends on no web crate: the Yew app is the crate in
//! `app/`, which depends on this one and never the other way round.

pub mod answers;
pub mod date;
pub mod engine;
pub mod lang;
pub mod money;
pub mod policy;
pub mod review;
pub mod samples;
pub mod text;
