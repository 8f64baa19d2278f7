//! The view functions the pages share: fields, questions, the frame, summaries. Plain functions
//! of the state, not components: they keep no state of their own.

pub mod bidi;
pub mod clause;
pub mod clear;
pub mod error_summary;
pub mod fields;
pub mod hand_off;
pub mod layout;
pub mod next_steps;
pub mod overview;
pub mod questions;
pub mod running_total;
pub mod save_tools;
pub mod summary;
