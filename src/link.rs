//! Scenarios as links: a URL of the web edition whose fragment (what follows `#`) holds a
//! whole scenario, so that a scenario can be sent in a chat message or an e-mail and opened
//! with one click, with nothing uploaded anywhere (a browser never sends the fragment to the
//! server).
//!
//! # The fragment
//!
//! `1.<schema>.<base>.<payload>`, for example `1.4.baseline.kX2f…`:
//! - `1` is the version of this link format; a link of a later format is refused as made by a
//!   newer version ([`LinkError::NewerFormat`]).
//! - `<schema>` is the scenario schema ([`SCHEMA`]) of the app that made the link. It is
//!   informative: the payload is the scenario's file text, read by [`crate::file::read`], which
//!   upgrades an old schema as it does for a file. A schema newer than this app reads is
//!   refused at once, as the file reader would refuse the text.
//! - `<base>` is `-` for a link that holds the whole file, or the id of the preset the link
//!   builds on (`baseline`): see below.
//! - `<payload>` is URL-safe base64 without padding (`A–Z a–z 0–9 - _`) of these bytes:
//!   `[FNV-1a-32 of the scenario text, u32 LE][FNV-1a-32 of the base text, u32 LE, for a base
//!   link][raw DEFLATE stream of the scenario text]`. The scenario text is the file's text
//!   ([`crate::file::to_text`]).
//!
//! # Differences from a preset
//!
//! A scenario is a preset with a few edits, so a base link deflates the scenario's text with
//! the preset's own text ([`Preset::text`], the file in `scenarios/`, not the translated
//! scenario) as the dictionary: whatever the two share costs a few bits, and an unedited
//! preset or one with a few changes gives a link of a few hundred characters instead of a few
//! thousand. DEFLATE's window is 32 KB and the presets are 12–18 KB, so the whole preset is in
//! reach. The encoder primes the compressor by compressing the base text with a sync flush and
//! discarding that output, then keeps only what the scenario text adds. The decoder puts the
//! base text in front as stored (uncompressed) blocks, inflates the whole, and takes the base
//! text off the front. [`encode`] tries the whole file and every preset as the base, and keeps
//! the shortest.
//!
//! # Reading a link
//!
//! [`decode`] takes what people paste: a whole URL (what follows the first `#`), a bare
//! fragment with or without its `#`, with spaces or line breaks around it or inside it (a mail
//! program breaks long lines) and punctuation after it (the full stop of a sentence). It never
//! panics and never allocates without bound: a link is at most [`MAX_LINK_CHARS`] long and
//! inflates to at most [`crate::file::MAX_FILE_BYTES`] of text. A link that is cut short or
//! damaged says so in one sentence ([`LinkError::Damaged`]); a link whose scenario has
//! problems gives the file reader's own located messages ([`LinkError::Scenario`]).
//!
//! # Links made today keep opening
//!
//! A base link opens only where the preset's text is byte for byte what it was when the link
//! was made (the base's checksum says so, else [`LinkError::BaseChanged`]). When a preset file
//! is edited, its old text must be kept in [`ARCHIVED`]; the test `link_bases_never_change`
//! holds the checksum of every base ever used and fails when one disappears.

use std::borrow::Cow;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use miniz_oxide::deflate::core::{
    CompressorOxide, TDEFLFlush, TDEFLStatus, compress, create_comp_flags_from_zip_params,
};
use miniz_oxide::inflate::TINFLStatus;

use crate::file::{LoadError, Loaded, MAX_FILE_BYTES, SaveError};
use crate::model::scenario::SCHEMA;
use crate::model::{Problem, Scenario};
use crate::presets::{PRESETS, Preset};
use crate::text::one_line;

/// The version of the link format, the fragment's first field.
pub const VERSION: u32 = 1;

/// Where the web edition lives: links are made to it. A build for another host sets
/// `SCO_EXPLORER_WEB_URL` (ending in `/`) when it is compiled.
pub const WEB_URL: &str = match option_env!("SCO_EXPLORER_WEB_URL") {
    Some(url) => url,
    None => "https://sco-explorer.github.io/app/",
};

/// The longest text [`decode`] reads (in bytes, which for a link are characters): far more
/// than any scenario's link, far less than would take long to read.
pub const MAX_LINK_CHARS: usize = 200_000;

/// Links longer than this may be broken by some mail programs: whoever makes one is told.
pub const LONG_LINK_CHARS: usize = 8_000;

/// The `<base>` of a link that holds the whole file.
const WHOLE: &str = "-";

/// How hard the encoder works (miniz's levels, 0 to 10): the texts are small.
const LEVEL: i32 = 9;

/// DEFLATE's window is 32 KB: a base must fit in it, with room for what the scenario adds.
const MAX_BASE_BYTES: usize = 30 * 1024;

/// Texts of presets as they were before they were edited, kept so that links built on them
/// keep opening: `Preset { id: "baseline", text: include_str!("../scenarios/archive/…") }`.
/// Links are only made on the current texts ([`PRESETS`]).
pub const ARCHIVED: &[Preset] = &[
    // Before "seed 001" and "Seed articles" left the presets' texts for "as reported".
    Preset {
        id: "green_corridors",
        text: include_str!("../scenarios/archive/green_corridors.2026-11-22.ron"),
    },
    Preset {
        id: "delayed_start",
        text: include_str!("../scenarios/archive/delayed_start.2026-11-22.ron"),
    },
    Preset {
        id: "named_projects",
        text: include_str!("../scenarios/archive/named_projects.2026-11-22.ron"),
    },
    // Before schema 5 (the rating lens) added each country's rating and the lens's options.
    Preset {
        id: "baseline",
        text: include_str!("../scenarios/archive/baseline.2026-12-03.ron"),
    },
    Preset {
        id: "ndb_equal_shares",
        text: include_str!("../scenarios/archive/ndb_equal_shares.2026-12-03.ron"),
    },
    Preset {
        id: "aiib_gdp_100bn",
        text: include_str!("../scenarios/archive/aiib_gdp_100bn.2026-12-03.ron"),
    },
    Preset {
        id: "green_corridors",
        text: include_str!("../scenarios/archive/green_corridors.2026-12-03.ron"),
    },
    Preset {
        id: "industrial_fund_push",
        text: include_str!("../scenarios/archive/industrial_fund_push.2026-12-03.ron"),
    },
    Preset {
        id: "stress",
        text: include_str!("../scenarios/archive/stress.2026-12-03.ron"),
    },
    Preset {
        id: "delayed_start",
        text: include_str!("../scenarios/archive/delayed_start.2026-12-03.ron"),
    },
    Preset {
        id: "named_projects",
        text: include_str!("../scenarios/archive/named_projects.2026-12-03.ron"),
    },
    Preset {
        id: "sustainable_lending",
        text: include_str!("../scenarios/archive/sustainable_lending.2026-12-03.ron"),
    },
    Preset {
        id: "aiib_replay_2016",
        text: include_str!("../scenarios/archive/aiib_replay_2016.2026-12-03.ron"),
    },
];

/// Every text a link may build on: today's presets, then the archived texts.
pub const BASES: [&[Preset]; 2] = [&PRESETS, ARCHIVED];

/// Why a link gives no scenario. Each is one sentence in the reader's language; whatever came
/// from the link is escaped.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    /// The text is longer than any link, or inflates to more than a scenario file may hold.
    #[error("{}", crate::t!("link-too-long"))]
    TooLong,
    /// The text is not a scenario link at all.
    #[error("{}", crate::t!("link-not-a-link"))]
    NotALink,
    /// A link of a later format, made by a newer version of the explorer.
    #[error("{}", crate::t!("link-newer-format", found = found.to_string()))]
    NewerFormat { found: u32 },
    /// The link builds on a preset this version does not have (its id, as the link gives it).
    #[error("{}", crate::t!("link-unknown-base", base = one_line(.0, 40).to_string()))]
    UnknownBase(String),
    /// Cut short, or changed on the way.
    #[error("{}", crate::t!("link-damaged"))]
    Damaged,
    /// The preset the link builds on (its id) has changed since the link was made.
    #[error("{}", crate::t!("link-base-changed", preset = preset_title(.0)))]
    BaseChanged(String),
    /// The link is whole, and its scenario has problems: the file reader's located messages.
    #[error("{0}")]
    Scenario(LoadError),
    /// A link is not made of a scenario with problems: it would not open.
    #[error("{}", crate::t!("link-invalid", count = .0.len(), problem = .0.first().map(ToString::to_string).unwrap_or_default()))]
    Invalid(Vec<Problem>),
    /// The scenario could not be written as text.
    #[error("{0}")]
    Unwritable(#[from] SaveError),
}

impl LinkError {
    /// Every problem, one per line, each with its place (for a link whose scenario has
    /// several); safe to print.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LinkError::Scenario(e) => e.lines(),
            other => vec![other.to_string()],
        }
    }
}

/// A preset's title in the reader's language, or its id for one this version does not have.
fn preset_title(id: &str) -> String {
    match crate::presets::preset(id) {
        Some(p) => p.title(),
        None => one_line(id, 40).to_string(),
    }
}

/// The link of a scenario: the web edition's URL with the scenario in its fragment.
pub fn link_for(s: &Scenario) -> Result<String, LinkError> {
    Ok(url(&encode(s)?))
}

/// The web edition's URL with this fragment: in the web edition, the page's own address (so
/// that a copy served from another host makes links to itself); elsewhere [`WEB_URL`].
pub fn url(fragment: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(page) = crate::platform::web::page_address() {
        return format!("{page}#{fragment}");
    }
    format!("{WEB_URL}#{fragment}")
}

/// The fragment (without `#`) that holds a scenario: the shortest of the whole-file form and
/// the forms built on each preset. A scenario with problems is refused: its link would not
/// open.
pub fn encode(s: &Scenario) -> Result<String, LinkError> {
    let problems = s.problems();
    if !problems.is_empty() {
        return Err(LinkError::Invalid(problems));
    }
    encode_text(&crate::file::to_text(s)?)
}

/// The fragment that holds this scenario text, as it is (it is not checked: a link of a text
/// with problems gives them when it is opened).
pub fn encode_text(text: &str) -> Result<String, LinkError> {
    let shortest = PRESETS
        .iter()
        .filter_map(|p| fragment(Some(p), text))
        .min_by_key(String::len);
    // A base form is checked before it is handed out (it relies on the compressor keeping
    // its window across a sync flush); the whole-file form is plain DEFLATE.
    match shortest {
        Some(f) if matches!(decode_text(&f), Ok(back) if back == text) => Ok(f),
        _ => fragment(None, text).ok_or_else(|| {
            LinkError::Unwritable(SaveError::Serialise(
                "the scenario text could not be compressed".to_owned(),
            ))
        }),
    }
}

/// The fragment of `text` built on `base` (the whole file for `None`); `None` where the
/// compressor failed.
fn fragment(base: Option<&Preset>, text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len() / 4 + 16);
    bytes.extend_from_slice(&fnv1a(text.as_bytes()).to_le_bytes());
    let base_text = base.map(base_text);
    if let Some(b) = &base_text {
        if b.len() > MAX_BASE_BYTES {
            return None;
        }
        bytes.extend_from_slice(&fnv1a(b.as_bytes()).to_le_bytes());
    }
    bytes.extend(deflate(base_text.as_deref(), text)?);
    let id = base.map_or(WHOLE, |p| p.id);
    Some(format!(
        "{VERSION}.{SCHEMA}.{id}.{}",
        URL_SAFE_NO_PAD.encode(bytes)
    ))
}

/// A preset's text as a base: line breaks as `\n` whatever the checkout did to the file, so
/// that a link made on Windows opens elsewhere.
fn base_text(p: &Preset) -> Cow<'static, str> {
    if p.text.contains('\r') {
        Cow::Owned(p.text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(p.text)
    }
}

/// Raw DEFLATE of `text`, primed with `dictionary`: the compressor reads the dictionary first
/// (its output discarded), so that the text's output may refer back into it.
fn deflate(dictionary: Option<&str>, text: &str) -> Option<Vec<u8>> {
    // Negative window bits: raw DEFLATE, no zlib header.
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(LEVEL, -15, 0));
    if let Some(dictionary) = dictionary {
        run(&mut compressor, dictionary.as_bytes(), TDEFLFlush::Sync)?;
    }
    run(&mut compressor, text.as_bytes(), TDEFLFlush::Finish)
}

/// Feeds all of `input` to the compressor and returns what it wrote, up to the flush.
fn run(compressor: &mut CompressorOxide, mut input: &[u8], flush: TDEFLFlush) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    // More than DEFLATE ever writes for this input, so that one call usually does.
    let mut buffer = vec![0_u8; input.len() + input.len() / 8 + 1024];
    loop {
        let (status, used, written) = compress(compressor, input, &mut buffer, flush);
        out.extend_from_slice(buffer.get(..written)?);
        input = input.get(used..)?;
        match status {
            TDEFLStatus::Done => return Some(out),
            // A sync flush is complete once the input is used up and the output no longer
            // fills the buffer.
            TDEFLStatus::Okay
                if matches!(flush, TDEFLFlush::Sync)
                    && input.is_empty()
                    && written < buffer.len() =>
            {
                return Some(out);
            }
            TDEFLStatus::Okay if used > 0 || written > 0 => {}
            _ => return None,
        }
    }
}

/// FNV-1a, 32 bits: the checksum of a text in a link.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Whether a command-line argument is a link rather than a file name: it starts with
/// `http://`, `https://` or `#`, or with a fragment's `1.<digits>.`. (A file that exists by
/// that name is still a file: the caller checks that first.)
pub fn looks_like_link(arg: &str) -> bool {
    let arg = arg.trim_start();
    if ["http://", "https://", "#"]
        .iter()
        .any(|start| arg.starts_with(start))
    {
        return true;
    }
    let Some(rest) = arg.strip_prefix("1.") else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest.as_bytes().get(digits) == Some(&b'.')
}

/// The link a path argument stands for: one that looks like a link
/// ([`looks_like_link`]) where no file by that name exists (a file still wins). What the
/// command line and the window's argument both go by.
pub fn given_as(path: &std::path::Path) -> Option<&str> {
    path.to_str()
        .filter(|arg| looks_like_link(arg) && !path.exists())
}

/// The scenario a link holds, read as a file is (an old schema upgraded, with the same
/// notices and located problems); `text` is what was pasted (see the module's notes).
pub fn decode(text: &str) -> Result<Loaded, LinkError> {
    let scenario_text = decode_text(text)?;
    crate::file::read(&scenario_text, &crate::t!("link-origin")).map_err(LinkError::Scenario)
}

/// The scenario text a link holds, checked against its checksum, not yet read.
fn decode_text(text: &str) -> Result<String, LinkError> {
    if text.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong);
    }
    let text = text.trim();
    let fragment = text.split_once('#').map_or(text, |(_, after)| after);
    // Mail programs break long lines, and a link ends many a sentence.
    let fragment: String = fragment.chars().filter(|c| !c.is_whitespace()).collect();
    let fragment = fragment.trim_end_matches(|c: char| ".,;:!?)]>\"'»”’".contains(c));
    let mut fields = fragment.splitn(4, '.');
    match fields.next().and_then(number) {
        Some(VERSION) => {}
        Some(found) if found > VERSION => return Err(LinkError::NewerFormat { found }),
        _ => return Err(LinkError::NotALink),
    }
    let (Some(schema), Some(base), Some(payload)) = (
        fields.next().and_then(number),
        fields.next().filter(|b| !b.is_empty()),
        fields.next(),
    ) else {
        return Err(LinkError::Damaged);
    };
    // Its scenario would be refused as newer than this app reads: say so before anything else
    // (a newer app may have new presets, or changed ones, to build on).
    if schema > SCHEMA {
        return Err(LinkError::Scenario(LoadError::NewerSchema {
            origin: crate::t!("link-origin"),
            found: schema,
            supported: SCHEMA,
        }));
    }
    let bases: Vec<&Preset> = if base == WHOLE {
        Vec::new()
    } else {
        let named: Vec<&Preset> = BASES
            .iter()
            .flat_map(|list| list.iter())
            .filter(|p| p.id == base)
            .collect();
        if named.is_empty() {
            return Err(LinkError::UnknownBase(base.to_owned()));
        }
        named
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::Damaged)?;
    let (text_sum, rest) = split_u32(&bytes).ok_or(LinkError::Damaged)?;
    let (base_text, deflated) = if bases.is_empty() {
        (Cow::Borrowed(""), rest)
    } else {
        let (base_sum, rest) = split_u32(rest).ok_or(LinkError::Damaged)?;
        let found = bases
            .iter()
            .map(|p| base_text(p))
            .find(|t| fnv1a(t.as_bytes()) == base_sum);
        match found {
            Some(t) => (t, rest),
            None => return Err(LinkError::BaseChanged(base.to_owned())),
        }
    };
    let out = inflate(&base_text, deflated)?;
    let scenario = out
        .strip_prefix(base_text.as_bytes())
        .ok_or(LinkError::Damaged)?;
    if fnv1a(scenario) != text_sum {
        return Err(LinkError::Damaged);
    }
    String::from_utf8(scenario.to_vec()).map_err(|_| LinkError::Damaged)
}

/// A field of decimal digits as a number (`+4`, `-1`, `4x` or twelve digits are not).
fn number(field: &str) -> Option<u32> {
    let digits = !field.is_empty() && field.len() <= 9 && field.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| field.parse().ok()).flatten()
}

/// The first four bytes as a little-endian number, and the rest.
fn split_u32(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let (head, rest) = bytes.split_first_chunk::<4>()?;
    Some((u32::from_le_bytes(*head), rest))
}

/// Inflates `deflated` after `base` (as stored blocks, which put it in DEFLATE's window),
/// giving at most [`MAX_FILE_BYTES`] more than the base.
fn inflate(base: &str, deflated: &[u8]) -> Result<Vec<u8>, LinkError> {
    let mut stream = Vec::with_capacity(base.len() + base.len() / 65_535 * 5 + 5 + deflated.len());
    for block in base.as_bytes().chunks(usize::from(u16::MAX)) {
        // BFINAL 0, BTYPE 00 (stored), the rest of the byte padding; then LEN and NLEN.
        let len = u16::try_from(block.len()).map_err(|_| LinkError::Damaged)?;
        stream.push(0);
        stream.extend_from_slice(&len.to_le_bytes());
        stream.extend_from_slice(&(!len).to_le_bytes());
        stream.extend_from_slice(block);
    }
    stream.extend_from_slice(deflated);
    let limit = base.len() + usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    miniz_oxide::inflate::decompress_to_vec_with_limit(&stream, limit).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => LinkError::TooLong,
        _ => LinkError::Damaged,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test
    use super::*;

    /// Every base a link has been built on, with the FNV-1a-32 of its text (line breaks as
    /// `\n`). Add a row for a new preset; never change or remove one.
    const KNOWN_BASES: [(&str, u32); 24] = [
        ("baseline", 0x047c_a76d),
        ("ndb_equal_shares", 0xd47e_bc51),
        ("aiib_gdp_100bn", 0xcf2f_335c),
        ("green_corridors", 0x99dd_cc84),
        ("industrial_fund_push", 0x8384_9b69),
        ("stress", 0xde43_d308),
        ("delayed_start", 0x2cf8_6baf),
        ("named_projects", 0x830f_310d),
        ("sustainable_lending", 0x70d6_5057),
        ("aiib_replay_2016", 0xe04a_a88f),
        ("green_corridors", 0x0266_a39b),
        ("delayed_start", 0x7891_1932),
        ("named_projects", 0x24a5_c8f8),
        // Schema 5 (the rating lens), and its preset.
        ("baseline", 0xe521_2844),
        ("ndb_equal_shares", 0xb1cb_db92),
        ("aiib_gdp_100bn", 0x3437_f663),
        ("green_corridors", 0xa541_1a24),
        ("industrial_fund_push", 0x7ea1_62c8),
        ("stress", 0x994f_01c5),
        ("delayed_start", 0x6883_ea9f),
        ("named_projects", 0xe4cb_0db5),
        ("sustainable_lending", 0x607c_2ee2),
        ("aiib_replay_2016", 0xd825_e6ae),
        ("very_strong_capital", 0x4236_2991),
    ];

    #[test]
    fn link_bases_never_change() {
        let bases: Vec<(&str, u32)> = BASES
            .iter()
            .flat_map(|list| list.iter())
            .map(|p| (p.id, fnv1a(base_text(p).as_bytes())))
            .collect();
        for (id, sum) in KNOWN_BASES {
            assert!(
                bases.contains(&(id, sum)),
                "scenarios/{id}.ron is no longer the text links were built on (FNV-1a \
                 {sum:08x}): links made before this change that build on it would stop opening \
                 (\"the preset has changed\"). Keep the old text as a link base: copy it from \
                 git to scenarios/archive/ and add it to link::ARCHIVED; then add the new text's \
                 checksum to KNOWN_BASES (now {:08x?}).",
                bases
                    .iter()
                    .filter(|(b, _)| *b == id)
                    .map(|(_, s)| s)
                    .collect::<Vec<_>>()
            );
        }
        for p in &PRESETS {
            let sum = fnv1a(base_text(p).as_bytes());
            assert!(
                KNOWN_BASES.contains(&(p.id, sum)),
                "links may build on scenarios/{}.ron: add (\"{}\", 0x{sum:08x}) to KNOWN_BASES",
                p.id,
                p.id
            );
            assert!(
                p.text.len() <= MAX_BASE_BYTES,
                "{} is too long for DEFLATE's window",
                p.id
            );
        }
    }

    /// The technique the base links rest on: a compressor primed with a text (its output
    /// discarded after a sync flush) writes a stream that inflates after that text given as
    /// stored blocks.
    #[test]
    fn a_primed_stream_inflates_after_its_dictionary_as_stored_blocks() {
        let base = PRESETS[0].text;
        let text = base.replacen("50.0", "75.0", 1);
        let deflated = deflate(Some(base), &text).unwrap();
        assert!(deflated.len() < 300, "{} bytes", deflated.len());
        let out = inflate(base, &deflated).unwrap();
        assert_eq!(out.strip_prefix(base.as_bytes()), Some(text.as_bytes()));
        // Over one stored block's 65,535 bytes.
        let long = "(0.125, 7),\n".repeat(7000);
        let deflated = deflate(Some(&long), &long).unwrap();
        let out = inflate(&long, &deflated).unwrap();
        assert_eq!(out.strip_prefix(long.as_bytes()), Some(long.as_bytes()));
    }

    #[test]
    fn fnv1a_is_the_published_function() {
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968);
    }

    #[test]
    fn arguments_that_are_links() {
        assert!(looks_like_link(
            "https://sco-explorer.github.io/app/#1.4.-.abc"
        ));
        assert!(looks_like_link("http://localhost:8080/#1.4.-.abc"));
        assert!(looks_like_link("#1.4.-.abc"));
        assert!(looks_like_link("1.4.baseline.abc"));
        assert!(!looks_like_link("scenarios/stress.ron"));
        assert!(!looks_like_link("1.ron"));
        assert!(!looks_like_link("1.x.ron"));
    }
}
