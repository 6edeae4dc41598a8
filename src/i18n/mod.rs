//! The languages of the explorer: every string a user reads comes from `assets/i18n/*.ftl`
//! through [`tr`] (or the [`t!`](crate::t) macro), and every number through [`num`].
//!
//! Translations are [Fluent](https://projectfluent.org) files, one key per string, embedded in
//! the binary. Fluent picks the plural form of each language (1 год, 2 года, 5 лет), so no
//! sentence here is assembled from pieces. A key missing from Russian or Chinese falls back to
//! English; a key missing everywhere shows itself (the tests find those).
//!
//! The language is per thread, falling back to the process's: the window sets it for its own
//! thread and as the process default (for the threads it starts), and tests can run side by
//! side in different languages.

pub mod num;

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the interface.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Zh];

    /// The code used on the command line and in the file names: `en`, `ru`, `zh`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    /// The language's name in itself, as the language menu lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Zh => "中文",
        }
    }

    /// The language of a code (`ru`) or a locale (`ru_RU.UTF-8`, `zh-Hans-CN`), if it is one
    /// of ours.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The system's language where it is one of ours, else English: `LC_ALL`, `LC_MESSAGES`
    /// and `LANG` first (as POSIX orders them), then the operating system's setting.
    pub fn from_system() -> Lang {
        let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|var| std::env::var(var).ok())
            .find(|value| !value.is_empty() && value != "C" && value != "POSIX");
        from_env
            .or_else(sys_locale::get_locale)
            .and_then(|locale| Lang::from_locale(&locale))
            .unwrap_or_default()
    }

    fn index(self) -> usize {
        self as usize
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../assets/i18n/en.ftl"),
            Lang::Ru => include_str!("../../assets/i18n/ru.ftl"),
            Lang::Zh => include_str!("../../assets/i18n/zh.ftl"),
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| format!("`{s}` is not a language of the explorer; use en, ru or zh"))
    }
}

/// The process's language, for threads that have not set their own.
static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language of this thread and of the process (for threads started later).
pub fn set(lang: Lang) {
    THREAD.with(|t| t.set(Some(lang)));
    PROCESS.store(lang as u8, Ordering::Relaxed);
}

/// Sets the language of this thread only.
pub fn set_for_thread(lang: Lang) {
    THREAD.with(|t| t.set(Some(lang)));
}

/// The language this thread was given, if any (not the process's).
pub fn thread_language() -> Option<Lang> {
    THREAD.with(Cell::get)
}

/// The language strings are looked up in, on this thread.
pub fn current() -> Lang {
    THREAD
        .with(Cell::get)
        .unwrap_or_else(|| match PROCESS.load(Ordering::Relaxed) {
            1 => Lang::Ru,
            2 => Lang::Zh,
            _ => Lang::En,
        })
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) around every argument would leak into copied text,
    // file names and tests; none of our languages mixes directions.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => |value, _| shown_number(Lang::En, value),
        Lang::Ru => |value, _| shown_number(Lang::Ru, value),
        Lang::Zh => |value, _| shown_number(Lang::Zh, value),
    }));
    // A syntax error keeps the entries that did parse (the tests reject any error).
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    // A duplicate key keeps the first (the tests reject duplicates too).
    bundle.add_resource_overriding(resource);
    bundle
}

/// A number the translation prints itself (`{ $runs } прогонов`) as the reader writes numbers:
/// Fluent alone writes `50000` in every language, the reader expects `50 000`, `50,000`. The
/// decimals are Fluent's own (a count has none; `0.5` keeps one).
fn shown_number(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let text = number.as_string();
    let places = text
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.len());
    Some(num::decimal_in(lang, number.value, places))
}

/// The syntax errors and duplicate keys of a language's file (for the tests).
pub fn file_errors(lang: Lang) -> Vec<String> {
    let mut errors = Vec::new();
    let resource = match FluentResource::try_new(lang.source().to_owned()) {
        Ok(r) => r,
        Err((r, e)) => {
            errors.extend(e.iter().map(|e| format!("{e:?}")));
            r
        }
    };
    let mut b: Bundle =
        FluentBundle::new_concurrent(vec![unic_langid::LanguageIdentifier::default()]);
    if let Err(e) = b.add_resource(resource) {
        errors.extend(e.iter().map(|e| format!("{e:?}")));
    }
    errors
}

/// One entry of a translation file, for the tests: its key, the variables its text shows, and
/// the variables it only selects on (a plural's count, which Chinese, with no plural forms,
/// may leave out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub shown: Vec<String>,
    pub selectors: Vec<String>,
}

/// Every entry of a language's file (for the tests).
pub fn entries(lang: Lang) -> Vec<Entry> {
    use fluent_syntax::ast;
    let Ok(resource) = fluent_syntax::parser::parse(lang.source()) else {
        return Vec::new();
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                let (mut shown, mut selectors) = (Vec::new(), Vec::new());
                if let Some(p) = &m.value {
                    variables(p, &mut shown, &mut selectors);
                }
                for list in [&mut shown, &mut selectors] {
                    list.sort();
                    list.dedup();
                }
                selectors.retain(|v| !shown.contains(v));
                Some(Entry {
                    key: m.id.name.to_owned(),
                    shown,
                    selectors,
                })
            }
            _ => None,
        })
        .collect()
}

fn variables(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    shown: &mut Vec<String>,
    selectors: &mut Vec<String>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn name(e: &InlineExpression<&str>) -> Option<String> {
        match e {
            InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
            _ => None,
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(e) => shown.extend(name(e)),
                Expression::Select { selector, variants } => {
                    selectors.extend(name(selector));
                    for v in variants {
                        variables(&v.value, shown, selectors);
                    }
                }
            }
        }
    }
}

/// The string of `key` in the current language (English where it has none).
pub fn tr(key: &str) -> String {
    tr_args(key, None)
}

/// The string of `key` with its variables filled in.
pub fn tr_with(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    tr_args(key, Some(&fluent))
}

fn tr_args(key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let all = bundles();
    let lang = current();
    for bundle in [&all[lang.index()], &all[Lang::En.index()]] {
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    key.to_owned()
}

/// Whether `key` is in the English file (for strings whose key is made from data, such as a
/// catalogue path).
pub fn has(key: &str) -> bool {
    bundles()[Lang::En.index()].has_message(key)
}

/// A translated string: `t!("menu-file")`, or with variables,
/// `t!("event-limit-binds", year = "2034", years = 4, cut = num::percent(65.0, 0))`.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::tr($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_with(
            $key,
            &[$((stringify!($name), $crate::i18n::arg($value))),+],
        )
    };
}

/// A value for a Fluent variable: numbers stay numbers (so plurals can be chosen), text is
/// text. Numbers a user reads should be formatted with [`num`] first and passed as text, with
/// a separate count where the sentence needs a plural.
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}
