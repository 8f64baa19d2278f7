//! Small pieces the pages are made of.

pub mod clause;
pub mod error_summary;
pub mod fields;
pub mod layout;
pub mod questions;
pub mod save_tools;
pub mod summary;
