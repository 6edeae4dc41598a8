//! Text from files, made safe to show. A scenario file can come from anyone, and whatever it
//! says that the app prints (a path, a name, a title, a study's assumption path, a key it did
//! not understand) goes through [`escaped`] on its way to a terminal, the status line or a
//! dialog: a control character in a file must not clear a terminal, start a new line that
//! forges "valid", or reorder what the reader sees.
//!
//! The app's own messages contain no such characters, so a whole single-line message can be
//! escaped at once: only what came from the file changes.

use std::borrow::Cow;
use std::fmt;

/// Whether a character may not reach a terminal or a one-line message as it is: the C0 and C1
/// controls (NUL, escape, line breaks, tab, DEL), the bidirectional embeddings, overrides and
/// isolates that reorder text on screen, the Unicode line and paragraph separators and the
/// byte-order mark. Left as they are: zero-width joiners and non-joiners and the left-to-right
/// and right-to-left marks, which Persian and other scripts of the members use in ordinary
/// text and which cannot reorder a line.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}')
}

/// The text with every unsafe character (see [`is_unsafe`]) written as an escape: `\n`, `\r`,
/// `\t`, `\0`, else `\u{1b}`. Borrowed when there is nothing to escape, which is the usual case.
pub fn escaped(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`escaped`] for a text of several lines (a scenario's question or notes): its line breaks
/// and tabs stay as they are (a Windows line break becomes a plain one), every other unsafe
/// character is written as an escape.
pub fn escaped_lines(text: &str) -> Cow<'_, str> {
    let kept = |c: char| c == '\n' || c == '\t';
    if !text.chars().any(|c| is_unsafe(c) && !kept(c)) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            line.split('\t')
                .map(|part| escaped(part).into_owned())
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect();
    Cow::Owned(lines.join("\n"))
}

/// At most `max_chars` characters of a text, with an ellipsis where it was cut: for echoing a
/// value a file gave (which may be a megabyte long) inside a one-line message.
pub fn clipped(text: &str, max_chars: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max_chars) {
        None => Cow::Borrowed(text),
        Some((cut, _)) => Cow::Owned(format!("{}…", &text[..cut])),
    }
}

/// A value a file gave, made safe for a one-line message: at most `max_chars` characters
/// ([`clipped`]), shown escaped ([`escaped`]).
pub fn one_line(text: &str, max_chars: usize) -> Escaped<Cow<'_, str>> {
    Escaped(clipped(text, max_chars))
}

/// Shows a value through [`escaped`]: `format!("{}", Escaped(path.display()))`.
#[derive(Clone, Copy, Debug)]
pub struct Escaped<T>(pub T);

impl<T: fmt::Display> fmt::Display for Escaped<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escaped(&self.0.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_reordering_characters_are_escaped_and_nothing_else_changes() {
        assert!(matches!(
            escaped("Baseline — 基线 — Базовый"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            escaped("a\nscenario.ron: valid\u{1b}[2J\0"),
            "a\\nscenario.ron: valid\\u{1b}[2J\\0"
        );
        assert_eq!(escaped("x\u{202E}cod.exe"), "x\\u{202e}cod.exe");
        assert_eq!(escaped("\u{FEFF}(\r\n\t)"), "\\u{feff}(\\r\\n\\t)");
        // Persian text keeps its zero-width non-joiner.
        assert_eq!(escaped("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_eq!(Escaped("del\u{7f}").to_string(), "del\\u{7f}");
    }

    #[test]
    fn a_text_of_several_lines_keeps_its_lines_and_loses_its_controls() {
        assert!(matches!(
            escaped_lines("Who pays?\n\tAnd when?"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            escaped_lines("a\u{202E}b\r\nc\u{1b}[2J\n"),
            "a\\u{202e}b\nc\\u{1b}[2J\n"
        );
    }

    #[test]
    fn long_values_are_clipped_on_a_character_boundary() {
        assert_eq!(clipped("short", 80), "short");
        assert_eq!(clipped("ЖЖЖЖ", 2), "ЖЖ…");
        assert_eq!(clipped(&"x".repeat(1_000_000), 3), "xxx…");
    }
}
