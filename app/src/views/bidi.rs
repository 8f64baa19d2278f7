//! Text the text layer isolated (U+2068 … U+2069 around a name the user typed), drawn with
//! `<bdi>` instead: the page reads the same, right-to-left names included, and what is copied
//! from it or printed holds no invisible characters.

use yew::prelude::*;

/// `text` with each isolated part in a `<bdi>` of its own and the marks themselves dropped.
pub fn isolated(text: &str) -> Html {
    let mut parts = Vec::new();
    for (i, outside) in text.split('\u{2068}').enumerate() {
        // Before the first mark: plain text. After each: the isolated part, up to its end mark.
        let (inside, after) = match outside.split_once('\u{2069}') {
            Some((inside, after)) if i > 0 => (Some(inside), after),
            _ => (None, outside),
        };
        if let Some(inside) = inside {
            parts.push(html! { <bdi>{ inside.to_string() }</bdi> });
        }
        if !after.is_empty() {
            parts.push(html! { { after.to_string() } });
        }
    }
    parts.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolated_parts_become_bdi_and_no_mark_is_left() {
        let drawn = |text: &str| {
            let html = isolated(text);
            let rendered = format!("{html:?}");
            // Debug writes the marks as themselves or escaped: neither may be there.
            let marks = ['\u{2068}', '\u{2069}']
                .iter()
                .any(|m| rendered.contains(*m) || rendered.contains(&m.escape_debug().to_string()));
            (rendered.matches("\"bdi\"").count(), marks)
        };
        assert_eq!(drawn("「\u{2068}מרחב נתונים\u{2069}」为同一项目"), (1, false));
        assert_eq!(drawn("\u{2068}a\u{2069} and \u{2068}b\u{2069}"), (2, false));
        assert_eq!(drawn("plain"), (0, false));
    }
}
