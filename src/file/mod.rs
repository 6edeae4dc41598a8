//! Scenario files: human-readable RON that people e-mail to each other and edit by hand.
//!
//! - **Reading** never panics, never blocks and never half-succeeds: only regular files are
//!   read (a folder, a named pipe, a device or a socket is refused before anything is read from
//!   it), never more than [`MAX_FILE_BYTES`], and a file either gives a valid scenario (with
//!   notices, e.g. that it was upgraded, and the fields it left to their defaults) or one
//!   [`LoadError`] that says which file, where in it, which field and what would be accepted.
//!   Whatever the file says is escaped before it is shown ([`crate::text`]).
//! - **Writing** is a comment header plus the scenario in a stable layout, so that two saves of
//!   the same scenario are byte-identical and a diff between two files is readable. A save goes
//!   to a temporary file beside the target (through a symbolic link, beside the file it points
//!   to), keeps the target's permissions, is flushed to disk and then renamed over the target:
//!   a failed save leaves the old file as it was.

pub mod locate;
mod schema;

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::scenario::SCHEMA;
use crate::model::{Problem, Scenario};
use crate::text::{Escaped, clipped, escaped};
use locate::{FieldMap, Position};

/// Files larger than this are refused; the limit holds while reading, not only before.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;
pub use locate::MAX_DEPTH;

/// A scenario read from a file, with what the reader should be told.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub scenario: Scenario,
    /// Plain-word notices, e.g. "upgraded from schema 1" (escaped: safe to print).
    pub notices: Vec<String>,
    /// Fields the file leaves out, which took their default (baseline) values.
    pub omitted: Vec<String>,
}

/// A problem at a place in a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub origin: String,
    pub position: Option<Position>,
    pub problem: Problem,
    /// What the reader should know besides, e.g. that the field is not in the file and its
    /// baseline value applied.
    pub note: Option<String>,
}

impl fmt::Display for Located {
    /// One line, escaped: the origin, the problem and any value in it come from the file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = match self.position {
            Some(p) => format!("{}:{}:{}", self.origin, p.line, p.column),
            None => self.origin.clone(),
        };
        let line = match &self.note {
            Some(note) => crate::t!(
                "located-note",
                place = place,
                problem = self.problem.to_string(),
                note = note.as_str()
            ),
            None => crate::t!("located", place = place, problem = self.problem.to_string()),
        };
        f.write_str(&escaped(&line))
    }
}

/// Why a scenario file could not be opened. Each says what, where, and what to do; whatever
/// came from the file or its name is escaped.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}", crate::t!("load-read", path = Escaped(path.display()).to_string(), reason = reason.as_str()))]
    Read { path: PathBuf, reason: String },
    #[error("{}", crate::t!("load-too-large", path = Escaped(path.display()).to_string(), max = *max))]
    TooLarge { path: PathBuf, max: u64 },
    #[error("{}", crate::t!("load-not-text", path = Escaped(path.display()).to_string(), offset = offset.to_string()))]
    NotText { path: PathBuf, offset: usize },
    #[error("{0}")]
    Syntax(Box<Located>),
    #[error("{}", crate::t!("load-newer-schema", origin = Escaped(origin).to_string(), found = found.to_string(), supported = supported.to_string()))]
    NewerSchema {
        origin: String,
        found: u32,
        supported: u32,
    },
    #[error("{}", list(problems))]
    Invalid {
        problems: Vec<Located>,
        /// What the file says, for a caller that wants to show it anyway (with the fields it
        /// could not take at their baseline values); `None` where the text could not be read
        /// to its end.
        scenario: Option<Box<Scenario>>,
    },
}

fn list(problems: &[Located]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl LoadError {
    /// Every problem, one per line, each with its place; safe to print.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Invalid { problems, .. } => {
                problems.iter().map(ToString::to_string).collect()
            }
            other => vec![other.to_string()],
        }
    }

    /// Why the file was refused, in one line that quotes nothing from inside it: for a file
    /// the user did not choose (a reference another file names), which may not be a scenario
    /// at all and whose content must not be shown.
    pub fn summary(&self) -> String {
        let unreadable = |p: Option<Position>| match p {
            Some(p) => crate::t!("summary-unreadable-at", line = p.line, column = p.column),
            None => crate::t!("summary-unreadable"),
        };
        match self {
            LoadError::Read { reason, .. } => crate::t!("summary-read", reason = reason.as_str()),
            LoadError::TooLarge { max, .. } => {
                crate::t!("summary-too-large", max = *max)
            }
            LoadError::NotText { .. } => crate::t!("summary-not-text"),
            LoadError::Syntax(located) => unreadable(located.position),
            LoadError::NewerSchema {
                found, supported, ..
            } => crate::t!(
                "summary-newer-schema",
                found = found.to_string(),
                supported = supported.to_string()
            ),
            LoadError::Invalid { problems, scenario } => {
                let first = problems.first().and_then(|p| p.position);
                match (scenario, first) {
                    (None, first) => unreadable(first),
                    (Some(_), Some(p)) => crate::t!(
                        "summary-invalid-at",
                        count = problems.len(),
                        line = p.line,
                        column = p.column
                    ),
                    (Some(_), None) => crate::t!("summary-invalid", count = problems.len()),
                }
            }
        }
    }
}

/// What a path names, when it is not a regular file: `Some("fifo")`, in words with
/// [`kind_words`].
pub(crate) fn not_a_regular_file(kind: &fs::FileType) -> Option<&'static str> {
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("fifo");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("device");
        }
        if kind.is_socket() {
            return Some("socket");
        }
    }
    Some("other")
}

/// A kind of file from [`not_a_regular_file`] in words: "a named pipe (FIFO)".
pub(crate) fn kind_words(kind: &str) -> String {
    crate::i18n::tr(&format!("file-kind-{kind}"))
}

/// The bytes of a regular file, at most [`MAX_FILE_BYTES`] of them. The kind of file is checked
/// before it is opened and again on the open handle (it may have been swapped meanwhile); on
/// Unix it is opened without blocking, so even a pipe put in its place cannot stall the caller.
/// Reading stops one byte past the limit, whatever size the file claims.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, LoadError> {
    let refuse = |what: &str| LoadError::Read {
        path: path.to_owned(),
        reason: if what == "folder" {
            crate::t!("read-folder")
        } else {
            crate::t!("read-not-regular", what = kind_words(what))
        },
    };
    let meta = fs::metadata(path).map_err(|e| read_error(path, &e))?;
    if let Some(what) = not_a_regular_file(&meta.file_type()) {
        return Err(refuse(what));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            max: MAX_FILE_BYTES,
        });
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| read_error(path, &e))?;
    let meta = file.metadata().map_err(|e| read_error(path, &e))?;
    if let Some(what) = not_a_regular_file(&meta.file_type()) {
        return Err(refuse(what));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            max: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// Reads, upgrades and validates a scenario file.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    read_bytes(&read_bounded(path)?, path)
}

/// Reads a file's bytes as [`load`] reads them from `path` (text in UTF-8, then [`read`]): a
/// file the browser gives by name and bytes, say.
pub fn read_bytes(bytes: &[u8], path: &Path) -> Result<Loaded, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotText {
        path: path.to_owned(),
        offset: e.valid_up_to(),
    })?;
    read(text, &path.display().to_string())
}

fn read_error(path: &Path, e: &io::Error) -> LoadError {
    let reason = match e.kind() {
        io::ErrorKind::NotFound => crate::t!("read-not-found"),
        io::ErrorKind::PermissionDenied => crate::t!("read-permission"),
        _ => e.to_string(),
    };
    LoadError::Read {
        path: path.to_owned(),
        reason,
    }
}

/// Only the version, read before the rest so that the right layout can be chosen.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    schema: u32,
}

/// Reads scenario text; `origin` names it in messages (a path, or a preset's name). A leading
/// byte-order mark (what Notepad on Windows writes) is skipped; saving never writes one.
pub fn read(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: origin.into(),
            max: MAX_FILE_BYTES,
        });
    }
    let fields = locate::scan(text);
    if text.trim().is_empty() {
        return Err(syntax(
            origin,
            &fields,
            Position { line: 1, column: 1 },
            crate::t!("syntax-empty"),
        ));
    }
    if let Some(at) = fields.too_deep {
        return Err(syntax(
            origin,
            &fields,
            at,
            crate::t!("syntax-too-deep", depth = MAX_DEPTH),
        ));
    }
    let version = match options().from_str::<VersionProbe>(text) {
        Ok(probe) if probe.schema > 0 => probe.schema,
        _ if schema::V1_TOP_LEVEL.iter().any(|f| fields.contains(f)) => 1,
        _ => SCHEMA,
    };
    let mut notices = Vec::new();
    let parsed = match version {
        v if v > SCHEMA => {
            return Err(LoadError::NewerSchema {
                origin: origin.into(),
                found: v,
                supported: SCHEMA,
            });
        }
        1 => {
            let parsed = parse_all::<schema::ScenarioV1>(text, origin, &fields);
            notices.push(
                escaped(&crate::t!(
                    "notice-upgraded",
                    origin = origin,
                    schema = SCHEMA.to_string()
                ))
                .into_owned(),
            );
            parsed.map(schema::upgrade_v1)
        }
        _ => parse_all::<Scenario>(text, origin, &fields),
    };
    let Parsed {
        value,
        mut problems,
        set_aside,
    } = parsed;
    let Some(mut scenario) = value else {
        // The text could not be followed to its end: what was found up to there.
        return Err(match problems.len() {
            1 => LoadError::Syntax(Box::new(problems.remove(0))),
            _ => LoadError::Invalid {
                problems,
                scenario: None,
            },
        });
    };
    scenario.schema = SCHEMA;
    let omitted = omitted_fields(&scenario, &fields);
    // A key given twice in a map parses (the last one wins), but what the first said would be
    // lost without a word: it is a problem, named with both places (a struct field given
    // twice was already reported by the parser).
    let reported: Vec<Option<Position>> = problems.iter().map(|p| p.position).collect();
    let repeated = fields
        .repeated
        .iter()
        .filter(|(_, _, again)| !reported.contains(&Some(*again)))
        .map(|(path, first, again)| Located {
            origin: origin.into(),
            position: Some(*again),
            problem: Problem::new(clipped(path, 120), given_twice(path, *first, *again), None),
            note: None,
        })
        .collect::<Vec<_>>();
    // Fields set aside took their baseline values: what validation says of them is not news.
    let aside = |field: &str| set_aside.iter().any(|a| locate::is_within(field, a));
    let invalid = scenario
        .problems()
        .into_iter()
        .filter(|problem| !aside(&problem.field))
        .map(|problem| {
            let (position, note) = place(&problem, &fields);
            Located {
                origin: origin.into(),
                position,
                problem,
                note,
            }
        });
    problems.extend(repeated);
    problems.extend(invalid);
    if !problems.is_empty() {
        return Err(LoadError::Invalid {
            problems,
            scenario: Some(Box::new(scenario)),
        });
    }
    Ok(Loaded {
        scenario,
        notices,
        omitted,
    })
}

/// Where a validation problem is reported, and what to add. A problem with a field the file
/// gives is at that field. One with a field the file leaves out arose from the baseline value
/// meeting something the file does set (`start_year: 2060` against the baseline
/// `capital.first_year`): it is reported where the file sets that, saying the baseline applied.
fn place(problem: &Problem, fields: &FieldMap) -> (Option<Position>, Option<String>) {
    let field = &problem.field;
    if fields.contains(field) {
        return (fields.locate(field), None);
    }
    let set_by_file = |path: &&String| {
        fields
            .fields
            .iter()
            .any(|(f, _)| locate::is_within(f, path))
    };
    let cause = problem.depends_on.iter().find(set_by_file);
    // `countries.*.bank_share` stands for several fields, some of which the file may give.
    let left_out = (!field.contains('*')).then(|| crate::t!("note-left-out", field = field));
    match (cause, left_out) {
        (Some(cause), Some(_)) => (
            fields.locate(cause),
            Some(crate::t!(
                "note-conflicts",
                field = field,
                cause = cause.as_str()
            )),
        ),
        (Some(cause), None) => (
            fields.locate(cause),
            Some(crate::t!("note-follows", cause = cause.as_str())),
        ),
        (None, left_out) => (fields.locate(field), left_out),
    }
}

/// "`KAZ` is given twice: lines 41 and 63", for the last part of a path.
fn given_twice(path: &str, first: Position, again: Position) -> String {
    let key = clipped(path.rsplit(['.', '[']).next().unwrap_or(path), 80);
    if first.line == again.line {
        crate::t!(
            "syntax-twice-same-line",
            key = key.to_string(),
            line = first.line,
            first = first.column,
            again = again.column
        )
    } else {
        crate::t!(
            "syntax-twice-lines",
            key = key.to_string(),
            first = first.line,
            again = again.line
        )
    }
}

/// How scenario text (and the app's own RON files) are parsed: nesting bounded.
pub(crate) fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_DEPTH + 8)
}

/// What parsing found: the value, if the text could be read to its end, and the problems met
/// on the way, with the fields set aside to get past them.
struct Parsed<T> {
    value: Option<T>,
    problems: Vec<Located>,
    set_aside: Vec<String>,
}

impl<T> Parsed<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Parsed<U> {
        Parsed {
            value: self.value.map(f),
            problems: self.problems,
            set_aside: self.set_aside,
        }
    }
}

/// How many fields parsing sets aside, whatever the file's size, before it may give up on
/// finding more problems.
const MAX_SET_ASIDE: usize = 24;

/// Past [`MAX_SET_ASIDE`], parsing goes on finding problems (so that `check` can say how many
/// more there are) as long as the text parsed again stays under this many bytes in all, and up
/// to [`MAX_COUNTED`] fields set aside: a scenario file of ordinary size is read to its end
/// however many problems it has; a very large one stops where it stopped before.
const REPARSE_BUDGET: usize = 16 << 20;
const MAX_COUNTED: usize = 1000;

/// Parses the text; where the parser stops at a field it cannot take (an unknown name, a value
/// of the wrong type, a field given twice), that field is set aside (blanked out, so lines and
/// columns stay put) and the text parsed again, so that a file with a typo and an
/// out-of-range value reports both at once. Broken syntax (an unclosed bracket) ends the
/// search: what follows it cannot be read reliably.
fn parse_all<T: for<'de> Deserialize<'de>>(
    text: &str,
    origin: &str,
    fields: &FieldMap,
) -> Parsed<T> {
    let mut current: std::borrow::Cow<'_, str> = std::borrow::Cow::Borrowed(text);
    let mut problems: Vec<Located> = Vec::new();
    let mut set_aside: Vec<String> = Vec::new();
    let mut reparsed = 0_usize;
    loop {
        reparsed = reparsed.saturating_add(current.len());
        let error = match options().from_str::<T>(&current) {
            Ok(value) => {
                return Parsed {
                    value: Some(value),
                    problems,
                    set_aside,
                };
            }
            Err(e) => e,
        };
        let located = locate_error(&error, &current, origin, fields);
        let position = located.position;
        let again = problems
            .iter()
            .any(|p| p.position == position && p.problem == located.problem);
        if !again {
            problems.push(located);
        }
        let blank_from = match (&error.code, position) {
            (_, None) => None,
            _ if again || !field_level(&error.code) => None,
            _ if set_aside.len() >= MAX_SET_ASIDE
                && (set_aside.len() >= MAX_COUNTED || reparsed >= REPARSE_BUDGET) =>
            {
                None
            }
            (ron::Error::DuplicateStructField { .. }, Some(at)) => Some(at),
            (_, Some(at)) => fields
                .field_at(at)
                .and_then(|f| fields.position_of(f).map(|p| (f, p)))
                .map(|(f, p)| {
                    set_aside.push(f.to_owned());
                    p
                }),
        };
        let blanked = blank_from.and_then(|at| blank_field(&current, at));
        match blanked {
            Some(next) => current = std::borrow::Cow::Owned(next),
            None => {
                return Parsed {
                    value: None,
                    problems,
                    set_aside,
                };
            }
        }
    }
}

/// Whether parsing can go on past this error by setting one field aside: the error is about
/// one field's name or value, not about the text's structure.
fn field_level(code: &ron::Error) -> bool {
    use ron::Error as E;
    matches!(
        code,
        E::NoSuchStructField { .. }
            | E::NoSuchEnumVariant { .. }
            | E::DuplicateStructField { .. }
            | E::ExpectedFloat
            | E::ExpectedInteger
            | E::ExpectedBoolean
            | E::ExpectedString
            | E::ExpectedOption
            | E::ExpectedArray
            | E::ExpectedMap
            | E::ExpectedStructLike
            | E::ExpectedNamedStructLike(_)
            | E::ExpectedDifferentStructName { .. }
            | E::InvalidValueForType { .. }
            | E::IntegerOutOfBounds
            | E::Message(_)
    )
}

/// The text with the field whose key starts at `at` (its key, its value and the comma after
/// it) replaced by spaces, line breaks kept. `None` when no `key: value` starts there.
fn blank_field(text: &str, at: Position) -> Option<String> {
    let line_start = if at.line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(at.line - 2)?.0 + 1
    };
    let start = line_start
        + text[line_start..]
            .char_indices()
            .nth(at.column.saturating_sub(1))?
            .0;
    let rest = &text[start..];
    let colon = rest.find(':')?;
    let key = rest[..colon].trim();
    let is_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '"' | '#' | '-' | '.'));
    if !is_key {
        return None;
    }
    // The value ends at the first comma, or closing bracket, outside any bracket or string.
    let (mut depth, mut in_string, mut escaped_char) = (0_i32, false, false);
    let mut end = rest.len();
    for (i, c) in rest.char_indices().skip(colon + 1) {
        if in_string {
            match c {
                _ if escaped_char => escaped_char = false,
                '\\' => escaped_char = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => {
                end = i;
                break;
            }
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                end = i + 1;
                break;
            }
            _ => {}
        }
    }
    let blank: String = rest[..end]
        .chars()
        .map(|c| if matches!(c, '\n' | '\r') { c } else { ' ' })
        .collect();
    Some(format!("{}{blank}{}", &text[..start], &rest[end..]))
}

/// A RON error as a located problem in the user's terms.
fn locate_error(
    e: &ron::error::SpannedError,
    text: &str,
    origin: &str,
    fields: &FieldMap,
) -> Located {
    let mut at = Position {
        line: e.span.start.line,
        column: e.span.start.col,
    };
    // RON notices a missing comma at the next field; the comma belongs after the value before
    // it, which may be lines up (and is where the user must type it).
    if e.code == ron::Error::ExpectedComma {
        at = just_after_previous(text, at);
    }
    let (field, message, allowed) = match &e.code {
        // A struct field given twice: name both places, found by the scan.
        ron::Error::DuplicateStructField { field, .. } => {
            let suffix = format!(".{field}");
            let same = |path: &String| path == field || path.ends_with(&suffix);
            let mut candidates = fields.repeated.iter().filter(|(p, ..)| same(p));
            let first = candidates.clone().next();
            match candidates.rfind(|(_, _, again)| *again <= at).or(first) {
                Some((path, first, again)) => {
                    at = *again;
                    let field = clipped(path, 120).into_owned();
                    (field, given_twice(path, *first, *again), None)
                }
                None => describe(&e.code, fields, at),
            }
        }
        code => describe(code, fields, at),
    };
    Located {
        origin: origin.into(),
        position: Some(at),
        problem: Problem::new(field, message, allowed),
        note: None,
    }
}

/// The place just after the last character before `at` that is not white space (1-based line
/// and column, counted in characters as RON counts them); `at` itself when there is none.
fn just_after_previous(text: &str, at: Position) -> Position {
    let mut last = None;
    for (i, line) in text.lines().enumerate().take(at.line) {
        let line_no = i + 1;
        for (j, c) in line.chars().enumerate() {
            let column = j + 1;
            if line_no == at.line && column >= at.column {
                break;
            }
            if !c.is_whitespace() {
                last = Some(Position {
                    line: line_no,
                    column: column + 1,
                });
            }
        }
    }
    last.unwrap_or(at)
}

fn syntax(origin: &str, fields: &FieldMap, at: Position, message: String) -> LoadError {
    LoadError::Syntax(Box::new(Located {
        origin: origin.into(),
        position: Some(at),
        problem: Problem::new(fields.field_at(at).unwrap_or("(file)"), message, None),
        note: None,
    }))
}

/// Turns a RON error into field, message and what is allowed, in the user's terms.
fn describe(
    code: &ron::Error,
    fields: &FieldMap,
    at: Position,
) -> (String, String, Option<String>) {
    // Field paths are the file's own keys, which may be any length: keep them readable.
    let here = clipped(fields.field_at(at).unwrap_or("(file)"), 120).into_owned();
    let parent = |path: &str| path.rfind('.').map(|i| path[..i].to_owned());
    match code {
        ron::Error::NoSuchStructField {
            expected, found, ..
        } => {
            let field = match parent(&here) {
                Some(p) if !here.ends_with(found.as_str()) => format!("{p}.{}", clipped(found, 80)),
                _ => here.clone(),
            };
            let shown = clipped(found, 80);
            let message = match closest(found, expected) {
                Some(near) => crate::t!(
                    "syntax-unknown-field-near",
                    found = shown.to_string(),
                    near = near
                ),
                None => crate::t!("syntax-unknown-field", found = shown.to_string()),
            };
            (field, message, Some(expected.join(", ")))
        }
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => {
            let shown = clipped(found, 80);
            let message = match closest(found, expected) {
                Some(near) => crate::t!(
                    "syntax-unknown-name-near",
                    found = shown.to_string(),
                    near = near
                ),
                None => crate::t!("syntax-unknown-name", found = shown.to_string()),
            };
            (here, message, Some(expected.join(", ")))
        }
        ron::Error::DuplicateStructField { field, .. } => {
            (here, crate::t!("syntax-field-twice", field = *field), None)
        }
        ron::Error::ExceededRecursionLimit => (here, crate::t!("syntax-nests"), None),
        ron::Error::ExpectedNamedStructLike("Scenario") if here == "(file)" => {
            (here, crate::t!("syntax-not-scenario"), None)
        }
        ron::Error::ExpectedFloat | ron::Error::ExpectedInteger => {
            (here, crate::t!("syntax-expected-number"), None)
        }
        ron::Error::ExpectedBoolean => (here, crate::t!("syntax-expected-bool"), None),
        ron::Error::ExpectedString | ron::Error::ExpectedStringEnd => {
            (here, crate::t!("syntax-expected-text"), None)
        }
        ron::Error::ExpectedOption => (here, crate::t!("syntax-expected-option"), None),
        ron::Error::Eof => (here, crate::t!("syntax-eof"), None),
        ron::Error::ExpectedComma => (here, crate::t!("syntax-expected-comma"), None),
        ron::Error::ExpectedArray => (here, crate::t!("syntax-expected-list"), None),
        ron::Error::ExpectedArrayEnd => (here, crate::t!("syntax-expected-list-end"), None),
        ron::Error::ExpectedStructLike | ron::Error::ExpectedNamedStructLike(_) => {
            (here, crate::t!("syntax-expected-group"), None)
        }
        ron::Error::ExpectedStructLikeEnd | ron::Error::ExpectedOptionEnd => {
            (here, crate::t!("syntax-expected-group-end"), None)
        }
        ron::Error::ExpectedMapColon => (here, crate::t!("syntax-expected-colon"), None),
        ron::Error::ExpectedMapEnd => (here, crate::t!("syntax-expected-map-end"), None),
        ron::Error::ExpectedIdentifier => (here, crate::t!("syntax-expected-name"), None),
        ron::Error::TrailingCharacters => (here, crate::t!("syntax-trailing"), None),
        // The character is shown escaped: a file may hold a control or a direction mark.
        ron::Error::UnexpectedChar(c) => (
            here,
            crate::t!(
                "syntax-unexpected-char",
                char = escaped(&c.to_string()).into_owned()
            ),
            None,
        ),
        ron::Error::UnclosedBlockComment | ron::Error::UnclosedLineComment => {
            (here, crate::t!("syntax-unclosed-comment"), None)
        }
        ron::Error::MissingStructField { field, .. } => (
            here,
            crate::t!("syntax-missing-field", field = *field),
            None,
        ),
        ron::Error::IntegerOutOfBounds => (here, crate::t!("syntax-integer-too-large"), None),
        // RON's own words may quote the file (a whole string value): keep them short.
        other => (
            here,
            clipped(&lower_first(&other.to_string()), 200).into_owned(),
            None,
        ),
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The known name nearest to a misspelt one, if it is near enough to be a typo, or if one
/// name begins with the other (`subscribed_capital` for `subscribed`).
fn closest<'a>(found: &str, known: &[&'a str]) -> Option<&'a str> {
    // Known names are short; a long one (a file may give a megabyte) is no typo of any.
    if found.len() > 64 {
        return None;
    }
    let found_lower = found.to_lowercase();
    let near = known
        .iter()
        .map(|k| (edit_distance(&found_lower, &k.to_lowercase()), *k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k);
    near.or_else(|| {
        known
            .iter()
            .filter(|k| k.len() >= 4 && found_lower.len() >= 4)
            .filter(|k| {
                found_lower.starts_with(&k.to_lowercase())
                    || k.to_lowercase().starts_with(&found_lower)
            })
            .max_by_key(|k| k.len())
            .copied()
    })
}

/// Levenshtein distance, counting a swap of two neighbours as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut prev2 = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(prev2[j - 2] + 1);
            }
        }
        prev2 = std::mem::replace(&mut prev, row);
    }
    prev[b.len()]
}

/// The outermost fields a full file would have that this one leaves out.
fn omitted_fields(scenario: &Scenario, fields: &FieldMap) -> Vec<String> {
    let Ok(full) = ron::ser::to_string_pretty(scenario, pretty()) else {
        return Vec::new();
    };
    let mut omitted: Vec<String> = Vec::new();
    for (path, _) in locate::scan(&full).fields {
        let covered = omitted
            .iter()
            .any(|o| path.starts_with(&format!("{o}.")) || path.starts_with(&format!("{o}[")));
        if path == "schema" || covered || fields.contains(&path) {
            continue;
        }
        omitted.push(path);
    }
    omitted
}

/// Why a scenario could not be saved. The file on disk is as it was before.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}", crate::t!("save-failed", path = Escaped(path.display()).to_string(), reason = reason.as_str()))]
    Write { path: PathBuf, reason: String },
    #[error("{}", crate::t!("save-serialise", reason = .0.as_str()))]
    Serialise(String),
}

fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("    ".to_owned())
        .new_line("\n".to_owned())
        .separate_tuple_members(false)
        // Quotes, apostrophes and line breaks stay readable (raw strings where needed).
        .escape_strings(false)
}

/// The file's text: a comment header and the scenario, laid out the same way every time.
pub fn to_text(s: &Scenario) -> Result<String, SaveError> {
    let body =
        ron::ser::to_string_pretty(s, pretty()).map_err(|e| SaveError::Serialise(e.to_string()))?;
    Ok(format!(
        "// SCO development-finance scenario (RON), written by sco-explorer {}.\n\
         // US$ billion, nominal; rates and shares as fractions (0.035 = 3.5 %); years are calendar years.\n\
         // Edit freely: fields left out take their baseline values. Check with `sco-explorer check FILE`.\n\
         {body}\n",
        env!("CARGO_PKG_VERSION")
    ))
}

/// Saves a scenario: to a temporary file beside the target, flushed, then renamed over it.
///
/// - Where the path is a symbolic link, the file it points to is replaced (beside it), and the
///   link stays a link.
/// - An existing file keeps its permissions (a 0600 file stays 0600).
/// - A path that names something other than a regular file (a folder, a pipe, a device) is
///   refused.
/// - On any failure the target, and the link, are as they were, and no temporary file is left.
pub fn save(path: &Path, s: &Scenario) -> Result<(), SaveError> {
    write_text(path, &to_text(s)?)
}

/// Writes a text file the way [`save`] writes a scenario: atomically, through links, keeping
/// permissions.
pub fn write_text(path: &Path, text: &str) -> Result<(), SaveError> {
    write_bytes(path, text.as_bytes())
}

/// Writes any file the way [`save`] writes a scenario (a chart's picture, say). In the
/// browser, which has no files to write, the bytes are a download named after `path`.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    #[cfg(target_arch = "wasm32")]
    let written =
        crate::platform::web::download_as(path, bytes).map_err(|reason| SaveError::Write {
            path: path.to_owned(),
            reason,
        });
    #[cfg(not(target_arch = "wasm32"))]
    let written = write_atomically(path, bytes);
    written
}

/// Writes `bytes` to a temporary file beside `path` (through links), flushed, then renamed
/// over it, keeping an existing file's permissions.
#[cfg(not(target_arch = "wasm32"))]
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    use std::io::Write as _;
    let fail = |reason: String| SaveError::Write {
        path: path.to_owned(),
        reason,
    };
    let target = follow_links(path).map_err(|e| fail(e.to_string()))?;
    let existing = match fs::metadata(&target) {
        Ok(meta) => match not_a_regular_file(&meta.file_type()) {
            Some("folder") => return Err(fail(crate::t!("save-is-folder"))),
            Some(what) => {
                return Err(fail(crate::t!("save-not-regular", what = kind_words(what))));
            }
            None => Some(meta),
        },
        Err(_) => None,
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| fail(crate::t!("save-no-name")))?;
    let temp = dir.join(format!(".{name}.saving-{}", std::process::id()));
    let written = (|| -> io::Result<()> {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        // Before anything is written, so a private file's text is never readable by others.
        if let Some(meta) = &existing {
            file.set_permissions(meta.permissions())?;
        }
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, &target)?;
        // Make the rename itself durable where the platform allows it.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(fail(match e.kind() {
            io::ErrorKind::NotFound => {
                crate::t!(
                    "save-no-folder",
                    folder = Escaped(dir.display()).to_string()
                )
            }
            io::ErrorKind::PermissionDenied => {
                crate::t!(
                    "save-no-permission",
                    folder = Escaped(dir.display()).to_string()
                )
            }
            io::ErrorKind::AlreadyExists => crate::t!(
                "save-temp-in-way",
                temp = Escaped(temp.display()).to_string()
            ),
            _ => e.to_string(),
        }));
    }
    Ok(())
}

/// The file a path finally names, through any symbolic links (relative links are read from
/// the link's folder). A link to a missing file gives the missing file's path: saving creates
/// it. Forty links in a row are taken for a loop.
#[cfg(not(target_arch = "wasm32"))]
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if next.is_relative() => parent.join(next),
                    _ => next,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other("too many symbolic links (a loop?)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_nearest_name() {
        let known = ["subscribed", "paid_in_ratio", "instalments"];
        assert_eq!(closest("subscribd", &known), Some("subscribed"));
        assert_eq!(closest("paid_in_raito", &known), Some("paid_in_ratio"));
        assert_eq!(closest("completely_else", &known), None);
        assert_eq!(closest("subscribed_captial", &known), Some("subscribed"));
        assert_eq!(closest("KAZZ", &["CHN", "KAZ"]), Some("KAZ"));
    }
}
