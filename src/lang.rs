//! The two languages of the app, and a pair of anything in both. A leaf: it imports nothing of
//! the crate, so the policy tables, the text layer and the UI can all use it.

use serde::{Deserialize, Serialize};

/// The two languages of the app. Chinese is the policy's own and the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const BOTH: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag for `lang` attributes.
    pub const fn tag(self) -> &'static str {
        Pair { zh: "zh-CN", en: "en" }.pick(self)
    }

    /// The language the switch offers.
    pub const fn other(self) -> Lang {
        Pair { zh: Lang::En, en: Lang::Zh }.pick(self)
    }
}

/// One thing in each language: a text of the policy tables, or a whole table of texts (by
/// reference). The one place that chooses by language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Pair<T> {
    pub zh: T,
    pub en: T,
}

impl<T: Copy> Pair<T> {
    /// The half in `lang`: a text, a table of texts (`Pair<&'static Texts>`), a function.
    pub const fn pick(&self, lang: Lang) -> T {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// A text in both languages.
pub type Bi = Pair<&'static str>;

/// Shorthand for the tables.
pub(crate) const fn bi(zh: &'static str, en: &'static str) -> Bi {
    Pair { zh, en }
}
