//! Scenario files: human-readable RON that people e-mail to each other and edit by hand.
//!
//! - **Reading** never panics and never half-succeeds: a file either gives a valid scenario (with
//!   notices, e.g. that it was upgraded, and the fields it left to their defaults) or one
//!   [`LoadError`] that says which file, where in it, which field and what would be accepted.
//! - **Writing** is a comment header plus the scenario in a stable layout, so that two saves of
//!   the same scenario are byte-identical and a diff between two files is readable. A save goes
//!   to a temporary file in the same folder, is flushed to disk and then renamed over the
//!   target: a failed save leaves the old file as it was.

pub mod locate;
mod schema;

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::scenario::SCHEMA;
use crate::model::{Problem, Scenario};
use locate::{FieldMap, Position};

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;
pub use locate::MAX_DEPTH;

/// A scenario read from a file, with what the reader should be told.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub scenario: Scenario,
    /// Plain-word notices, e.g. "upgraded from schema 1".
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
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(p) => write!(
                f,
                "{}:{}:{}: {}",
                self.origin, p.line, p.column, self.problem
            ),
            None => write!(f, "{}: {}", self.origin, self.problem),
        }
    }
}

/// Why a scenario file could not be opened. Each says what, where, and what to do.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read the file: {reason}")]
    Read { path: PathBuf, reason: String },
    #[error(
        "{path}: the file is {size} bytes; scenario files are at most {max} bytes (is it the right file?)"
    )]
    TooLarge { path: PathBuf, size: u64, max: u64 },
    #[error(
        "{path}: the file is not UTF-8 text (first bad byte at offset {offset}); save it as UTF-8"
    )]
    NotText { path: PathBuf, offset: usize },
    #[error("{0}")]
    Syntax(Located),
    #[error(
        "{origin}: the file uses scenario schema {found}, newer than this app reads (schema {supported}); \
         open it with a newer sco-explorer"
    )]
    NewerSchema {
        origin: String,
        found: u32,
        supported: u32,
    },
    #[error("{}", list(problems))]
    Invalid {
        problems: Vec<Located>,
        /// What the file says, for a caller that wants to show it anyway.
        scenario: Box<Scenario>,
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
    /// Every problem, one per line, each with its place.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Invalid { problems, .. } => {
                problems.iter().map(ToString::to_string).collect()
            }
            other => vec![other.to_string()],
        }
    }
}

/// Reads, upgrades and validates a scenario file.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let meta = fs::metadata(path).map_err(|e| read_error(path, &e))?;
    if meta.is_dir() {
        return Err(LoadError::Read {
            path: path.to_owned(),
            reason: "it is a folder, not a file".into(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: meta.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let bytes = fs::read(path).map_err(|e| read_error(path, &e))?;
    let text = String::from_utf8(bytes).map_err(|e| LoadError::NotText {
        path: path.to_owned(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    read(&text, &path.display().to_string())
}

fn read_error(path: &Path, e: &io::Error) -> LoadError {
    let reason = match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
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

/// Reads scenario text; `origin` names it in messages (a path, or a preset's name).
pub fn read(text: &str, origin: &str) -> Result<Loaded, LoadError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: origin.into(),
            size: text.len() as u64,
            max: MAX_FILE_BYTES,
        });
    }
    let fields = locate::scan(text);
    if let Some(at) = fields.too_deep {
        return Err(syntax(
            origin,
            &fields,
            at,
            format!("the file nests deeper than {MAX_DEPTH} levels"),
        ));
    }
    let version = match options().from_str::<VersionProbe>(text) {
        Ok(probe) if probe.schema > 0 => probe.schema,
        _ if schema::V1_TOP_LEVEL.iter().any(|f| fields.contains(f)) => 1,
        _ => SCHEMA,
    };
    let mut notices = Vec::new();
    let mut scenario = match version {
        v if v > SCHEMA => {
            return Err(LoadError::NewerSchema {
                origin: origin.into(),
                found: v,
                supported: SCHEMA,
            });
        }
        1 => {
            let old = parse::<schema::ScenarioV1>(text, origin, &fields)?;
            notices.push(format!(
                "{origin}: upgraded from scenario schema 1 to {SCHEMA} (title, author, description \
                 and notes now sit in a `meta` block); saving writes the new layout"
            ));
            schema::upgrade_v1(old)
        }
        _ => parse::<Scenario>(text, origin, &fields)?,
    };
    scenario.schema = SCHEMA;
    let omitted = omitted_fields(&scenario, &fields);
    let problems: Vec<Located> = scenario
        .problems()
        .into_iter()
        .map(|problem| Located {
            origin: origin.into(),
            position: fields.locate(&problem.field),
            problem,
        })
        .collect();
    if !problems.is_empty() {
        return Err(LoadError::Invalid {
            problems,
            scenario: Box::new(scenario),
        });
    }
    Ok(Loaded {
        scenario,
        notices,
        omitted,
    })
}

fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_DEPTH + 8)
}

fn parse<T: for<'de> Deserialize<'de>>(
    text: &str,
    origin: &str,
    fields: &FieldMap,
) -> Result<T, LoadError> {
    options()
        .from_str(text)
        .map_err(|e: ron::error::SpannedError| {
            let at = Position {
                line: e.span.start.line,
                column: e.span.start.col,
            };
            let (field, message, allowed) = describe(&e.code, fields, at);
            LoadError::Syntax(Located {
                origin: origin.into(),
                position: Some(at),
                problem: Problem {
                    field,
                    message,
                    allowed,
                },
            })
        })
}

fn syntax(origin: &str, fields: &FieldMap, at: Position, message: String) -> LoadError {
    LoadError::Syntax(Located {
        origin: origin.into(),
        position: Some(at),
        problem: Problem {
            field: fields.field_at(at).unwrap_or("(file)").to_owned(),
            message,
            allowed: None,
        },
    })
}

/// Turns a RON error into field, message and what is allowed, in the user's terms.
fn describe(
    code: &ron::Error,
    fields: &FieldMap,
    at: Position,
) -> (String, String, Option<String>) {
    let here = fields.field_at(at).unwrap_or("(file)").to_owned();
    let parent = |path: &str| path.rfind('.').map(|i| path[..i].to_owned());
    match code {
        ron::Error::NoSuchStructField {
            expected, found, ..
        } => {
            let field = match parent(&here) {
                Some(p) if !here.ends_with(found.as_str()) => format!("{p}.{found}"),
                _ => here.clone(),
            };
            let message = match closest(found, expected) {
                Some(near) => format!("unknown field `{found}`; did you mean `{near}`?"),
                None => format!("unknown field `{found}`"),
            };
            (field, message, Some(expected.join(", ")))
        }
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => {
            let message = match closest(found, expected) {
                Some(near) => format!("unknown name `{found}`; did you mean `{near}`?"),
                None => format!("unknown name `{found}`"),
            };
            (here, message, Some(expected.join(", ")))
        }
        ron::Error::DuplicateStructField { field, .. } => {
            (here, format!("`{field}` is given twice"), None)
        }
        ron::Error::ExceededRecursionLimit => (here, "the file nests too deeply".to_owned(), None),
        ron::Error::ExpectedFloat | ron::Error::ExpectedInteger => {
            (here, "expected a number".to_owned(), None)
        }
        ron::Error::ExpectedBoolean => (here, "expected true or false".to_owned(), None),
        ron::Error::ExpectedString | ron::Error::ExpectedStringEnd => {
            (here, "expected text in double quotes".to_owned(), None)
        }
        ron::Error::ExpectedOption => (here, "expected Some(…) or None".to_owned(), None),
        ron::Error::Eof => (
            here,
            "the file ends too early: is a bracket or a quote left open?".to_owned(),
            None,
        ),
        other => (here, lower_first(&other.to_string()), None),
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
    #[error("{path}: cannot save: {reason}; the file on disk was not changed")]
    Write { path: PathBuf, reason: String },
    #[error("cannot write the scenario as RON: {0}")]
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
pub fn save(path: &Path, s: &Scenario) -> Result<(), SaveError> {
    let text = to_text(s)?;
    let fail = |reason: String| SaveError::Write {
        path: path.to_owned(),
        reason,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(fail("that path is a folder".into()));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| fail("the path has no file name".into()))?;
    let temp = dir.join(format!(".{name}.saving-{}", std::process::id()));
    let written = (|| -> io::Result<()> {
        let mut file = fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temp, path)?;
        // Make the rename itself durable where the platform allows it.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(fail(match e.kind() {
            io::ErrorKind::NotFound => format!("the folder {} does not exist", dir.display()),
            io::ErrorKind::PermissionDenied => {
                format!("no permission to write in {}", dir.display())
            }
            _ => e.to_string(),
        }));
    }
    Ok(())
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
