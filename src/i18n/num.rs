//! Numbers as each language writes them (shared/design/glossary.md, "Numbers and units"):
//! English `US$ 99.4 bn`, `26.4 %`, thousands with commas; Russian decimal comma, no-break
//! space between thousands, `99,4 млрд долл. США`, `26,4 %`; Chinese amounts in 亿 (10⁸):
//! `994亿美元`, `26.4%`. Years are plain numbers everywhere.
//!
//! The one place where the window formats a number for people. Files (RON, CSV) never go
//! through here: they stay locale-neutral.

use super::{Lang, current};

/// The no-break space Russian puts between groups of thousands. (The glossary asks for a thin
/// one, U+202F; egui's embedded fonts have no glyph for it, so the plain no-break space is used,
/// which keeps a number on one line just the same.)
const RU_GROUP: char = '\u{a0}';

/// `value` with `places` decimals, grouped in thousands, in the current language.
pub fn decimal(value: f64, places: usize) -> String {
    decimal_in(current(), value, places)
}

pub fn decimal_in(lang: Lang, value: f64, places: usize) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let text = format!("{:.*}", places, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (group, point) = match lang {
        Lang::Ru => (RU_GROUP, ','),
        Lang::En | Lang::Zh => (',', '.'),
    };
    let mut out = String::with_capacity(text.len() + 4);
    // "-0.0" reads as zero. A shown number takes a true minus sign, as `signed` and `pp` do
    // (files, CSV and copied tables keep the ASCII hyphen: they do not come through here).
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('−');
    }
    let digits = whole.len();
    for (i, d) in whole.chars().enumerate() {
        // Four-digit numbers stay ungrouped in Russian (1000, 2034), as its typography wants.
        let group_here = i > 0 && (digits - i) % 3 == 0 && !(lang == Lang::Ru && digits == 4);
        if group_here {
            out.push(group);
        }
        out.push(d);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    out
}

/// A number without trailing zeros (at most six decimals), as assumption values are shown.
pub fn trimmed(value: f64) -> String {
    let text = decimal(value, 6);
    let point = if current() == Lang::Ru { ',' } else { '.' };
    if text.contains(point) {
        text.trim_end_matches('0')
            .trim_end_matches(point)
            .to_owned()
    } else {
        text
    }
}

/// Decimals that give about three significant digits for an amount of this size.
fn places_for(value: f64) -> usize {
    match value.abs() {
        a if a >= 100.0 => 0,
        a if a >= 10.0 => 1,
        _ => 2,
    }
}

/// An amount in US$ billion with its unit, for sentences and figures: `US$ 99.4 bn`,
/// `99,4 млрд долл. США`, `994亿美元`.
pub fn money(bn: f64) -> String {
    match current() {
        Lang::En => format!("US$ {} bn", decimal(bn, places_for(bn))),
        Lang::Ru => format!("{} млрд долл. США", decimal(bn, places_for(bn))),
        Lang::Zh => {
            let yi = bn * 10.0;
            format!("{}亿美元", decimal(yi, places_for(bn).saturating_sub(1)))
        }
    }
}

/// An amount in US$ billion where the unit is said nearby (a table headed "US$ bn"):
/// `99.4 bn`, `99,4 млрд`, `994亿`.
pub fn bn(bn: f64) -> String {
    match current() {
        Lang::En => format!("{} bn", decimal(bn, places_for(bn))),
        Lang::Ru => format!("{} млрд", decimal(bn, places_for(bn))),
        Lang::Zh => format!("{}亿", decimal(bn * 10.0, places_for(bn).saturating_sub(1))),
    }
}

/// How amounts in US$ billion are scaled on chart axes and in tables: ×10 for Chinese, which
/// counts in 亿.
pub fn money_scale() -> f64 {
    if current() == Lang::Zh { 10.0 } else { 1.0 }
}

/// A fraction as a percentage with one decimal: `26.4 %`, `26,4 %`, `26.4%`.
pub fn pct(fraction: f64) -> String {
    percent(fraction * 100.0, 1)
}

/// A number already in percent, with `places` decimals and the language's percent sign.
pub fn percent(value: f64, places: usize) -> String {
    let number = decimal(value, places);
    match current() {
        Lang::Zh => format!("{number}%"),
        Lang::En | Lang::Ru => format!("{number} %"),
    }
}

/// A number already in percent, without trailing zeros: `25 %`, `2,5 %`, `25%`.
pub fn percent_trimmed(value: f64) -> String {
    let number = trimmed(value);
    match current() {
        Lang::Zh => format!("{number}%"),
        Lang::En | Lang::Ru => format!("{number} %"),
    }
}

/// A change in percentage points, signed: `+4.6 pp`, `+4,6 п. п.`, `+4.6个百分点`.
pub fn pp(points: f64) -> String {
    let number = signed(points, 1);
    match current() {
        Lang::En => format!("{number} pp"),
        Lang::Ru => format!("{number} п. п."),
        Lang::Zh => format!("{number}个百分点"),
    }
}

/// A number with its sign, always: `+1.5`, `−0.3` (a true minus sign).
pub fn signed(value: f64, places: usize) -> String {
    let text = decimal(value.abs(), places);
    let zero = text.chars().all(|c| !c.is_ascii_digit() || c == '0');
    if zero {
        text
    } else if value < 0.0 {
        format!("−{text}")
    } else {
        format!("+{text}")
    }
}

/// A change of an amount in US$ billion, signed, where the unit is said nearby: `+1.25 bn`.
pub fn signed_money(bn: f64) -> String {
    let places = places_for(bn).max(2);
    match current() {
        Lang::En => format!("{} bn", signed(bn, places)),
        Lang::Ru => format!("{} млрд", signed(bn, places)),
        Lang::Zh => format!("{}亿", signed(bn * 10.0, places - 1)),
    }
}

/// A multiple with two decimals: `1.45×`.
pub fn multiple(value: f64) -> String {
    format!("{}×", decimal(value, 2))
}

/// A calendar year: plain digits in every language (`2034`, never `2 034`).
pub fn year(year: i32) -> String {
    year.to_string()
}

/// A date written `YYYY-MM-DD` (as files and the clock give it) as the reader writes dates:
/// `3 December 2026`, `3 декабря 2026 г.`, `2026年12月3日`. Any other text (a date a user
/// typed into a file in another form) is shown as it is.
pub fn date(iso: &str) -> String {
    let parts: Vec<&str> = iso.trim().split('-').collect();
    let number = |text: &str, digits: usize| {
        (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u16>().ok())
            .flatten()
    };
    match parts[..] {
        [y, m, d] => match (number(y, 4), number(m, 2), number(d, 2)) {
            (Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => {
                calendar_date((year, month, day))
            }
            _ => iso.to_owned(),
        },
        _ => iso.to_owned(),
    }
}

/// A calendar date given as (year, month 1–12, day) as the reader writes dates (see [`date`]).
pub fn calendar_date((year, month, day): (u16, u16, u16)) -> String {
    crate::t!(
        "date-long",
        year = year.to_string(),
        month = month,
        day = day
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_for_thread;

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        set_for_thread(Lang::En);
        assert_eq!(decimal(1234567.891, 2), "1,234,567.89");
        assert_eq!(money(99.43), "US$ 99.4 bn");
        assert_eq!(pct(0.264), "26.4 %");
        assert_eq!(trimmed(1.5), "1.5");
        assert_eq!(trimmed(2.0), "2");
        set_for_thread(Lang::Ru);
        assert_eq!(decimal(1234567.891, 2), "1\u{a0}234\u{a0}567,89");
        assert_eq!(decimal(2034.0, 0), "2034");
        assert_eq!(money(99.43), "99,4 млрд долл. США");
        assert_eq!(pct(0.264), "26,4 %");
        assert_eq!(trimmed(1.5), "1,5");
        assert_eq!(pp(-4.63), "−4,6 п. п.");
        set_for_thread(Lang::Zh);
        assert_eq!(money(99.43), "994亿美元");
        assert_eq!(money(0.45), "4.5亿美元");
        assert_eq!(money(123.4), "1,234亿美元");
        assert_eq!(pct(0.264), "26.4%");
        assert_eq!(year(2034), "2034");
        set_for_thread(Lang::En);
        assert_eq!(decimal(-0.001, 1), "0.0");
        assert_eq!(money(-8.0), "US$ −8.00 bn");
        assert_eq!(signed(-0.3, 1), "−0.3");
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        set_for_thread(Lang::En);
        assert_eq!(date("2026-12-03"), "3 December 2026");
        assert_eq!(date("2027-01-31"), "31 January 2027");
        set_for_thread(Lang::Ru);
        assert_eq!(date("2026-12-03"), "3 декабря 2026 г.");
        assert_eq!(date("2026-05-21"), "21 мая 2026 г.");
        set_for_thread(Lang::Zh);
        assert_eq!(date("2026-12-03"), "2026年12月3日");
        assert_eq!(calendar_date((2026, 12, 3)), "2026年12月3日");
        for other in [
            "",
            "soon",
            "2026-13-01",
            "2026-1-3",
            "12/03/2026",
            "2026-12-03-x",
        ] {
            assert_eq!(date(other), other, "shown as it is");
        }
        set_for_thread(Lang::En);
    }
}
