//! The app's effects, one hook each, in the order `app()` calls them: the address bar, saving,
//! the framing page, demo mode's idle reset, and the document (title, language, focus).

mod autosave;
mod document;
mod embed;
mod history;
mod idle;

pub use autosave::use_autosave;
pub use document::{use_document, use_focus};
pub use embed::use_embed_messages;
pub use history::use_history;
pub use idle::use_idle;
