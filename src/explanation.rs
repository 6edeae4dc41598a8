//! An explained difference ([`crate::model::attribution`]) for people and for other programs:
//! its heading and method in words, the parts as the waterfall and the brief show them (the
//! largest, the rest gathered as "other"), the command line's table and the CSV file.
//!
//! Every word comes from the translation files; numbers are in the result's unit, changes
//! signed, changes of ratios in percentage points.

use crate::i18n::num;
use crate::model::assumptions::{Class, Unit};
use crate::model::attribution::{By, Explanation, Part, Target};
use crate::model::compare::Difference;
use crate::model::metric::Metric;
use crate::t;

/// A change in `unit`, signed, as the Compare table writes it: `+1.25 bn`, `+4.6 pp`,
/// `+3 years`, `+0.12×`.
pub fn signed_change(unit: Unit, d: f64) -> String {
    match unit {
        Unit::CalendarYear | Unit::Years => {
            // Whole years as whole numbers; a part of a year's change may be a fraction.
            let places = if (d - d.round()).abs() < 1e-9 { 0 } else { 1 };
            t!(
                "change-years",
                count = d.round().abs(),
                change = num::signed(d, places)
            )
        }
        Unit::Fraction | Unit::RatePerYear => num::pp(d * 100.0),
        Unit::UsdBn | Unit::UsdBnPerYear => num::signed_money(d),
        Unit::Multiple => format!("{}×", num::signed(d, 2)),
        // Buckets up the scale (towards AAA) are positive.
        Unit::Rating => t!("change-rating", change = num::signed(-d, 0)),
    }
}

/// One end's value in the result's unit; the first binding year after the horizon is "never".
pub fn value_text(e: &Explanation, v: f64, end: End) -> String {
    match e.target {
        Target::Metric(Metric::FirstBindingYear | Metric::FirstBelowVeryStrong)
            if v >= f64::from(e.after_horizon[end as usize]) =>
        {
            t!("metric-never")
        }
        Target::Metric(m) => m.format(Some(v), None),
        Target::Series(_) => e.target.unit().format_sig(v, 4),
    }
}

/// Which scenario a value is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Reference = 0,
    Current = 1,
}

/// "Cumulative financing: 150 US$ bn in the reference, 180 US$ bn now (+30 bn)".
pub fn heading(e: &Explanation) -> String {
    match e.target {
        Target::Metric(_) => t!(
            "explain-heading",
            result = e.target.label(),
            reference = value_text(e, e.reference[0], End::Reference),
            current = value_text(e, e.current[0], End::Current),
            change = signed_change(e.target.unit(), e.change()[0])
        ),
        Target::Series(_) => t!(
            "explain-heading-series",
            result = e.target.label(),
            first = num::year(e.years.first().copied().unwrap_or_default()),
            last = num::year(e.years.last().copied().unwrap_or_default())
        ),
    }
}

/// The heading of the waterfall at `at`: the scalar result's heading, or for a result by year
/// the year's values and change.
pub fn heading_at(e: &Explanation, at: usize) -> String {
    match e.target {
        Target::Metric(_) => heading(e),
        Target::Series(_) => t!(
            "explain-heading-year",
            result = e.target.label(),
            year = num::year(e.years.get(at).copied().unwrap_or_default()),
            reference = e.target.unit().format_sig(e.reference[at], 4),
            current = e.target.unit().format_sig(e.current[at], 4),
            change = signed_change(e.target.unit(), e.change()[at])
        ),
    }
}

/// How the parts were found: by what, exactly or by sampling, over how many projections.
pub fn method(e: &Explanation) -> String {
    let by = match e.by {
        By::Auto | By::Assumption => t!("explain-by-assumption"),
        By::Group => t!("explain-by-group"),
        By::Class => t!("explain-by-class"),
    };
    match e.orders {
        None => t!(
            "explain-method-exact",
            by = by,
            parts = e.parts.len(),
            projections = e.projections
        ),
        Some(orders) => t!(
            "explain-method-sampled",
            by = by,
            parts = e.parts.len(),
            orders = orders,
            projections = e.projections
        ),
    }
}

/// An assumption that differs, with both values: "Subscribed capital: 50 US$ bn → 100 US$ bn".
pub fn detail(d: &Difference) -> String {
    t!(
        "explain-detail",
        assumption = d.label.as_str(),
        reference = d.first.as_str(),
        current = d.second.as_str()
    )
}

/// A part as shown: the largest parts one by one, the rest gathered.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub label: String,
    pub class: Option<Class>,
    pub value: f64,
    /// One standard error where the parts were sampled.
    pub error: Option<f64>,
    /// The assumptions behind it, each with both values.
    pub details: Vec<String>,
    /// How many parts it gathers (1 for a part shown alone).
    pub gathers: usize,
}

/// The parts' values at `at` (0 for a scalar result, a year's place for a series), the `most`
/// largest there one by one and the rest as one "other" part, which is shown only if it is not
/// nothing. Largest first.
pub fn shown(e: &Explanation, at: usize, most: usize) -> Vec<Shown> {
    let mut parts: Vec<&Part> = e.parts.iter().collect();
    parts.sort_by(|x, y| y.value[at].abs().total_cmp(&x.value[at].abs()));
    let (alone, rest) = if parts.len() > most {
        parts.split_at(most.saturating_sub(1))
    } else {
        (parts.as_slice(), &[][..])
    };
    let mut out: Vec<Shown> = alone
        .iter()
        .map(|p| Shown {
            label: p.label.clone(),
            class: p.class,
            value: p.value[at],
            error: p.error.as_ref().map(|e| e[at]),
            details: p.details.iter().map(detail).collect(),
            gathers: 1,
        })
        .collect();
    if !rest.is_empty() {
        out.push(Shown {
            label: t!("explain-other", count = rest.len()),
            class: None,
            value: rest.iter().map(|p| p.value[at]).sum(),
            error: None,
            details: rest.iter().map(|p| p.label.clone()).collect(),
            gathers: rest.len(),
        });
    }
    out
}

/// The place of the year whose change is largest (0 for a scalar result).
pub fn largest_year(e: &Explanation) -> usize {
    e.change()
        .iter()
        .enumerate()
        .max_by(|x, y| x.1.abs().total_cmp(&y.1.abs()))
        .map_or(0, |(i, _)| i)
}

fn class_word(class: Option<Class>) -> String {
    match class {
        Some(Class::World) => t!("explain-class-world"),
        Some(Class::Choice) => t!("explain-class-choice"),
        None => t!("explain-class-both"),
    }
}

/// A cell `width` characters wide (a longer text is cut with "…").
fn cell(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count > width {
        let cut: String = text.chars().take(width.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        format!("{text}{}", " ".repeat(width - count))
    }
}

/// A part's value, with its standard error when sampled.
fn part_text(unit: Unit, value: f64, error: Option<f64>) -> String {
    match error {
        Some(error) => t!(
            "explain-plus-minus",
            value = signed_change(unit, value),
            error = signed_change(unit, error)
                .trim_start_matches('+')
                .to_owned()
        ),
        None => signed_change(unit, value),
    }
}

/// The command line's table, in the reader's language.
pub fn table(e: &Explanation) -> String {
    let unit = e.target.unit();
    let mut lines = vec![heading(e), method(e), String::new()];
    let split = |i: usize| {
        t!(
            "explain-split-line",
            world = signed_change(unit, e.split.world[i]),
            choices = signed_change(unit, e.split.choices[i]),
            interaction = signed_change(unit, e.split.interaction[i])
        )
    };
    let parts_at = |lines: &mut Vec<String>, at: usize| {
        lines.push(format!(
            "{:>3}  {} {} {}",
            "#",
            cell(&t!("explain-col-part"), 46),
            cell(&t!("explain-col-class"), 16),
            t!("explain-col-share")
        ));
        for (i, p) in e.parts.iter().enumerate() {
            lines.push(format!(
                "{:>3}  {} {} {}",
                i + 1,
                cell(&p.label, 46),
                cell(&class_word(p.class), 16),
                part_text(unit, p.value[at], p.error.as_ref().map(|e| e[at]))
            ));
            for d in &p.details {
                lines.push(format!("       {}", crate::text::escaped(&detail(d))));
            }
        }
    };
    match e.target {
        Target::Metric(_) => {
            parts_at(&mut lines, 0);
            lines.push(String::new());
            lines.push(split(0));
        }
        Target::Series(_) => {
            lines.push(format!(
                "{:>6}  {} {} {} {} {} {}",
                t!("explain-col-year"),
                cell(&t!("col-reference"), 16),
                cell(&t!("col-current"), 16),
                cell(&t!("col-change"), 16),
                cell(&t!("class-world"), 16),
                cell(&t!("class-choices"), 16),
                t!("explain-interaction")
            ));
            let change = e.change();
            for (i, year) in e.years.iter().enumerate() {
                lines.push(format!(
                    "{:>6}  {} {} {} {} {} {}",
                    num::year(*year),
                    cell(&unit.format_sig(e.reference[i], 4), 16),
                    cell(&unit.format_sig(e.current[i], 4), 16),
                    cell(&signed_change(unit, change[i]), 16),
                    cell(&signed_change(unit, e.split.world[i]), 16),
                    cell(&signed_change(unit, e.split.choices[i]), 16),
                    signed_change(unit, e.split.interaction[i])
                ));
            }
            let at = largest_year(e);
            lines.push(String::new());
            lines.push(t!(
                "explain-parts-in",
                year = num::year(e.years.get(at).copied().unwrap_or_default())
            ));
            parts_at(&mut lines, at);
        }
    }
    lines.join("\n")
}

/// The explanation as CSV for other programs: one row per part (and the two ends and the
/// split), the result's stored unit (US$ bn, fractions, years), a column per year for a series.
/// Columns: `kind` (reference, part, current, world, choices, interaction, standard_error),
/// `part` (in the reader's language), `class` (world, choice, both), `paths` (the assumptions'
/// paths in the file, space-separated), then `value` or the years.
pub fn csv(e: &Explanation) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let mut head = vec![
        "kind".to_owned(),
        "part".into(),
        "class".into(),
        "paths".into(),
    ];
    if e.years.is_empty() {
        head.push("value".into());
        if e.orders.is_some() {
            head.push("standard_error".into());
        }
    } else {
        head.extend(e.years.iter().map(ToString::to_string));
    }
    let mut rows: Vec<Vec<String>> = vec![head];
    let numbers = |v: &[f64]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
    let row = |kind: &str, part: &str, class: &str, paths: &str, v: &[f64]| {
        let mut r = vec![
            kind.to_owned(),
            part.to_owned(),
            class.to_owned(),
            paths.to_owned(),
        ];
        r.extend(numbers(v));
        r
    };
    rows.push(row("reference", "", "", "", &e.reference));
    for p in &e.parts {
        let class = match p.class {
            Some(Class::World) => "world",
            Some(Class::Choice) => "choice",
            None => "both",
        };
        let paths: Vec<&str> = p.details.iter().map(|d| d.path.as_str()).collect();
        let mut r = row("part", &p.label, class, &paths.join(" "), &p.value);
        match (&p.error, e.years.is_empty()) {
            (Some(error), true) => r.extend(numbers(error)),
            (Some(error), false) => {
                rows.push(r);
                r = row("standard_error", &p.label, class, &paths.join(" "), error);
            }
            (None, _) => {}
        }
        rows.push(r);
    }
    rows.push(row("current", "", "", "", &e.current));
    rows.push(row("world", "", "world", "", &e.split.world));
    rows.push(row("choices", "", "choice", "", &e.split.choices));
    rows.push(row("interaction", "", "both", "", &e.split.interaction));
    let width = rows[0].len();
    for mut r in rows {
        r.resize(width, String::new());
        // Writing to memory cannot fail.
        let _ = w.write_record(&r);
    }
    w.into_inner()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}
