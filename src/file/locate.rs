//! Where each field stands in a RON text: a light scan of the text's structure that maps field
//! paths (`capital.subscribed`, `countries.KAZ.weight`, `projects[2].amount`,
//! `terms.disbursement_profile[0]`) to their line and column, so that problems found after
//! parsing can be reported at their place in the file. It never fails: on broken text it
//! simply records what it could read.

use std::collections::HashMap;

/// Whether field path `path` is `outer` or lies inside it (`countries.KAZ.weight` inside
/// `countries.KAZ`, `projects[2].name` inside `projects`).
pub fn is_within(path: &str, outer: &str) -> bool {
    path.strip_prefix(outer)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// A 1-based position in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Deepest bracket nesting a scenario file may have (a scenario needs 5).
pub const MAX_DEPTH: usize = 32;

/// The field paths of a text, in the order they appear, with positions.
#[derive(Clone, Debug, Default)]
pub struct FieldMap {
    pub fields: Vec<(String, Position)>,
    index: HashMap<String, usize>,
    /// Where brackets first nest deeper than [`MAX_DEPTH`], if they do.
    pub too_deep: Option<Position>,
    /// Keys given more than once in the same struct or map: the path, where it was first
    /// given and where again (once per repetition), in file order.
    pub repeated: Vec<(String, Position, Position)>,
}

impl FieldMap {
    /// Position of a field, or of its closest enclosing field that the text names.
    pub fn locate(&self, path: &str) -> Option<Position> {
        let mut path = path;
        loop {
            if let Some(&i) = self.index.get(path) {
                return Some(self.fields[i].1);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }

    /// Where the text names exactly this field (no enclosing field instead).
    pub fn position_of(&self, path: &str) -> Option<Position> {
        self.index.get(path).map(|&i| self.fields[i].1)
    }

    pub fn contains(&self, path: &str) -> bool {
        self.index.contains_key(path)
    }

    /// The last field that starts at or before a position: what the text was saying there.
    pub fn field_at(&self, at: Position) -> Option<&str> {
        self.fields
            .iter()
            .take_while(|(_, p)| *p <= at)
            .last()
            .map(|(path, _)| path.as_str())
    }

    fn record(&mut self, path: String, at: Position) {
        match self.index.get(&path) {
            Some(&first) => {
                // Inside a key already given twice, every field repeats too: one problem is
                // enough.
                let inside_repeated = self
                    .repeated
                    .iter()
                    .any(|(outer, ..)| path != *outer && is_within(&path, outer));
                if !inside_repeated {
                    let first = self.fields[first].1;
                    self.repeated.push((path, first, at));
                }
            }
            None => {
                self.index.insert(path.clone(), self.fields.len());
                self.fields.push((path, at));
            }
        }
    }
}

/// One level of nesting while scanning.
#[derive(Debug)]
struct Frame {
    /// Path of the value this frame is the contents of.
    path: String,
    /// `(` or `{` where keys appear, `[` (or a keyless tuple) where elements are counted.
    keyed: bool,
    /// Element index inside a list or tuple.
    index: usize,
    /// The key currently being given a value.
    key: Option<String>,
}

impl Frame {
    fn child_path(&self) -> String {
        match &self.key {
            Some(key) if self.path.is_empty() => key.clone(),
            Some(key) => format!("{}.{key}", self.path),
            None if self.keyed => self.path.clone(),
            None => format!("{}[{}]", self.path, self.index),
        }
    }
}

/// Scans a RON text for its field paths.
pub fn scan(text: &str) -> FieldMap {
    let mut map = FieldMap::default();
    let mut stack: Vec<Frame> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let (mut i, mut line, mut column) = (0, 1, 1);
    // The last word or string read, waiting to see whether a `:` makes it a key.
    let mut pending: Option<(String, Position)> = None;

    let advance = |i: &mut usize, line: &mut usize, column: &mut usize, chars: &[char]| {
        if chars[*i] == '\n' {
            *line += 1;
            *column = 1;
        } else {
            *column += 1;
        }
        *i += 1;
    };

    while i < chars.len() {
        let ch = chars[i];
        let at = Position { line, column };
        match ch {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    advance(&mut i, &mut line, &mut column, &chars);
                }
                continue;
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                advance(&mut i, &mut line, &mut column, &chars);
                advance(&mut i, &mut line, &mut column, &chars);
                while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                    advance(&mut i, &mut line, &mut column, &chars);
                }
                for _ in 0..2 {
                    if i < chars.len() {
                        advance(&mut i, &mut line, &mut column, &chars);
                    }
                }
                continue;
            }
            'r' if matches!(chars.get(i + 1), Some('#' | '"')) => {
                // A raw string: r"…", r#"…"#, r##"…"## …
                let mut hashes = 0;
                advance(&mut i, &mut line, &mut column, &chars);
                while i < chars.len() && chars[i] == '#' {
                    hashes += 1;
                    advance(&mut i, &mut line, &mut column, &chars);
                }
                if i < chars.len() {
                    advance(&mut i, &mut line, &mut column, &chars);
                }
                let mut word = String::new();
                while i < chars.len() {
                    if chars[i] == '"' && (1..=hashes).all(|h| chars.get(i + h) == Some(&'#')) {
                        for _ in 0..=hashes {
                            advance(&mut i, &mut line, &mut column, &chars);
                        }
                        break;
                    }
                    word.push(chars[i]);
                    advance(&mut i, &mut line, &mut column, &chars);
                }
                pending = Some((word, at));
                continue;
            }
            '"' => {
                let mut word = String::new();
                advance(&mut i, &mut line, &mut column, &chars);
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        advance(&mut i, &mut line, &mut column, &chars);
                    }
                    word.push(chars[i]);
                    advance(&mut i, &mut line, &mut column, &chars);
                }
                if i < chars.len() {
                    advance(&mut i, &mut line, &mut column, &chars);
                }
                pending = Some((word, at));
                continue;
            }
            c if c.is_alphanumeric() || c == '_' || c == '-' || c == '+' || c == '.' => {
                let mut word = String::new();
                while i < chars.len()
                    && (chars[i].is_alphanumeric() || matches!(chars[i], '_' | '-' | '+' | '.'))
                {
                    word.push(chars[i]);
                    advance(&mut i, &mut line, &mut column, &chars);
                }
                pending = Some((word, at));
                continue;
            }
            ':' => {
                if let (Some((word, word_at)), Some(frame)) = (pending.take(), stack.last_mut())
                    && frame.keyed
                {
                    frame.key = Some(word);
                    map.record(frame.child_path(), word_at);
                }
            }
            '(' | '{' | '[' => {
                // A `(` right after a word like `Some` is a payload, not a struct: keep counting
                // as one value. Whether a `(` holds keys is learnt when the first `:` comes.
                let path = stack.last().map(Frame::child_path).unwrap_or_default();
                stack.push(Frame {
                    path,
                    keyed: ch != '[',
                    index: 0,
                    key: None,
                });
                if stack.len() > MAX_DEPTH && map.too_deep.is_none() {
                    map.too_deep = Some(at);
                }
                pending = None;
                // Peek: a `(` whose first element is not `key:` is a tuple of values.
                if ch == '('
                    && !starts_with_key(&chars[i + 1..])
                    && let Some(frame) = stack.last_mut()
                {
                    frame.keyed = false;
                }
            }
            ')' | '}' | ']' => {
                stack.pop();
                pending = None;
            }
            ',' => {
                if let Some(frame) = stack.last_mut() {
                    frame.key = None;
                    frame.index += 1;
                }
                pending = None;
            }
            _ => {}
        }
        advance(&mut i, &mut line, &mut column, &chars);
    }
    map
}

/// Whether the text after a `(` begins with `name:` (skipping blanks and comments).
fn starts_with_key(rest: &[char]) -> bool {
    let mut i = 0;
    loop {
        while i < rest.len() && rest[i].is_whitespace() {
            i += 1;
        }
        if rest.get(i) == Some(&'/') && rest.get(i + 1) == Some(&'/') {
            while i < rest.len() && rest[i] != '\n' {
                i += 1;
            }
            continue;
        }
        break;
    }
    let start = i;
    while i < rest.len() && (rest[i].is_alphanumeric() || rest[i] == '_') {
        i += 1;
    }
    if i == start {
        return false;
    }
    while i < rest.len() && rest[i].is_whitespace() {
        i += 1;
    }
    rest.get(i) == Some(&':') && rest.get(i + 1) != Some(&':')
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "// header\n(\n    schema: 2,\n    capital: (\n        subscribed: 50.0,\n    ),\n    countries: {\n        KAZ: (weight: 0.3, bank_share: Some(0.1)),\n    },\n    terms: (disbursement_profile: (0.1, 0.9)),\n    projects: [\n        (name: \"A, B: C\", amount: 1.0),\n        (name: \"D\", amount: 2.0),\n    ],\n)\n";

    fn at(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    #[test]
    fn finds_nested_fields_list_elements_and_tuple_members() {
        let map = scan(TEXT);
        assert_eq!(map.locate("schema"), at(3, 5));
        assert_eq!(map.locate("capital.subscribed"), at(5, 9));
        assert_eq!(map.locate("countries.KAZ.weight"), at(8, 15));
        assert_eq!(map.locate("countries.KAZ.bank_share"), at(8, 28));
        assert_eq!(map.locate("terms.disbursement_profile"), at(10, 13));
        assert_eq!(map.locate("projects[1].amount"), at(13, 21));
        assert!(map.contains("projects[0].name"));
        assert!(
            !map.contains("projects[0].B"),
            "text inside strings is not structure"
        );
    }

    #[test]
    fn unnamed_fields_fall_back_to_their_enclosing_field() {
        let map = scan(TEXT);
        assert_eq!(map.locate("capital.paid_in_ratio"), at(4, 5));
        assert_eq!(map.locate("countries.CHN.weight"), at(7, 5));
        assert_eq!(map.locate("nothing.here"), None);
    }

    #[test]
    fn raw_strings_and_deep_nesting_are_understood() {
        let map = scan("(a: r#\"x \"(\" y\"#, b: 1)");
        assert!(map.contains("a") && map.contains("b"), "{:?}", map.fields);
        assert_eq!(map.too_deep, None);
        let deep = format!("{}{}", "(".repeat(MAX_DEPTH + 1), ")".repeat(MAX_DEPTH + 1));
        assert!(scan(&deep).too_deep.is_some());
        assert_eq!(
            scan("(a: \"((((((((((((((((((((((((((((((((((((\")").too_deep,
            None
        );
    }

    #[test]
    fn a_path_lies_within_itself_and_its_enclosing_fields_only() {
        assert!(is_within("countries.KAZ.weight", "countries.KAZ"));
        assert!(is_within("projects[2].name", "projects"));
        assert!(is_within("capital", "capital"));
        assert!(!is_within("capital_x", "capital"));
        assert!(!is_within("capital", "capital.subscribed"));
    }

    #[test]
    fn keys_given_twice_are_recorded_with_both_places() {
        let map = scan(
            "(\n countries: {\n  KAZ: (member: false),\n  CHN: (),\n  KAZ: (weight: 0.9),\n },\n)",
        );
        assert_eq!(
            map.repeated,
            vec![(
                "countries.KAZ".to_owned(),
                at(3, 3).unwrap(),
                at(5, 3).unwrap()
            )]
        );
        assert!(scan(TEXT).repeated.is_empty(), "{:?}", scan(TEXT).repeated);
    }

    #[test]
    fn broken_text_is_scanned_as_far_as_it_goes() {
        let map = scan("(\n capital: (subscribed: 5");
        assert!(map.contains("capital.subscribed"));
        assert_eq!(
            map.field_at(Position {
                line: 2,
                column: 30
            }),
            Some("capital.subscribed")
        );
    }
}
