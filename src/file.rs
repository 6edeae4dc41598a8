//! Reading scenario files (RON). A file that cannot be read or parsed gives an error that says
//! which file, where in it, and what is wrong; nothing here panics on file content.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::model::Scenario;

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// Why a scenario file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read the file: {reason}")]
    Read { path: PathBuf, reason: String },
    #[error("{path}: the file is {size} bytes; scenario files are at most {max} bytes")]
    TooLarge { path: PathBuf, size: u64, max: u64 },
    #[error("{path}: the file is not UTF-8 text (first bad byte at offset {offset})")]
    NotText { path: PathBuf, offset: usize },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

/// Reads and parses a scenario file (not yet validated).
pub fn load(path: &Path) -> Result<Scenario, LoadError> {
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
    parse(&text).map_err(|e| LoadError::Syntax {
        path: path.to_owned(),
        line: e.line,
        column: e.column,
        message: e.message,
    })
}

fn read_error(path: &Path, e: &std::io::Error) -> LoadError {
    LoadError::Read {
        path: path.to_owned(),
        reason: e.to_string(),
    }
}

/// A parse error with its position (1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// Parses scenario text.
pub fn parse(text: &str) -> Result<Scenario, ParseError> {
    ron::Options::default()
        .with_recursion_limit(64)
        .from_str(text)
        .map_err(|e: ron::error::SpannedError| ParseError {
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })
}

/// The scenario as RON text.
pub fn to_ron(s: &Scenario) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("    ".to_owned());
    ron::ser::to_string_pretty(s, config)
}
