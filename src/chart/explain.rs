//! The pictures of an explained difference: the waterfall (from the reference's value through
//! each part to the current value, largest parts first, the rest gathered) and, for a result by
//! year, the change year by year split into the world, our choices and their interaction
//! (bars stacked up for what raises the result and down for what lowers it, the change drawn
//! over them).

use super::{Axis, Bar, Chart, Layer, LegendItem, Series, SwatchKind, ValueUnit, palette};
use crate::explanation::{End, Shown, heading_at, shown, signed_change, value_text};
use crate::model::assumptions::Unit;
use crate::model::attribution::Explanation;
use crate::t;

/// Parts drawn one by one in a waterfall (the rest are gathered as "other").
pub const SHOWN: usize = 10;

/// Details a bar's hover label lists before "and n more".
const DETAILS_MOST: usize = 6;

/// How the result's values are drawn: money on a money axis, everything else as plain numbers
/// in the unit's display scale (percentages for ratios), the unit said by the axis title.
fn drawn(unit: Unit) -> (ValueUnit, f64, String) {
    match unit {
        Unit::UsdBn | Unit::UsdBnPerYear => (ValueUnit::UsdBn, 1.0, t!("unit-money-axis")),
        Unit::Fraction | Unit::RatePerYear => (ValueUnit::Plain, 100.0, "%".to_owned()),
        Unit::CalendarYear | Unit::Years => (ValueUnit::Plain, 1.0, t!("unit-years")),
        Unit::Multiple => (ValueUnit::Plain, 1.0, "×".to_owned()),
        Unit::Rating => (ValueUnit::Plain, 1.0, String::new()),
    }
}

/// A part's hover label: what it is, the assumptions behind it with both values, its share.
fn part_label(part: &Shown, unit: Unit) -> String {
    // One assumption's detail names it already ("Subscribed capital: 50 → 80 US$ bn").
    let mut lines = match part.details.as_slice() {
        [one] if one.starts_with(&part.label) => Vec::new(),
        _ => vec![part.label.clone()],
    };
    lines.extend(part.details.iter().take(DETAILS_MOST).cloned());
    if part.details.len() > DETAILS_MOST {
        lines.push(t!(
            "explain-invalid-more",
            count = part.details.len() - DETAILS_MOST
        ));
    }
    let share = signed_change(unit, part.value);
    lines.push(match part.error {
        Some(error) => t!(
            "explain-hover-share-error",
            share = share,
            error = signed_change(unit, error)
                .trim_start_matches('+')
                .to_owned()
        ),
        None => t!("explain-hover-share", share = share),
    });
    lines.join("\n")
}

/// The waterfall of the change at `at` (0 for a scalar result, a year's place for a result by
/// year): `most` bars of parts at most (the rest as one).
pub fn waterfall(e: &Explanation, at: usize, most: usize) -> Chart {
    let unit = e.target.unit();
    let (value_unit, scale, unit_words) = drawn(unit);
    let parts = shown(e, at, most);
    let (reference, current) = (e.reference[at], e.current[at]);
    // Totals stand on zero, except calendar years, which stand a year below the lowest point.
    let mut running = reference;
    let mut lowest = reference.min(current);
    for p in &parts {
        running += p.value;
        lowest = lowest.min(running);
    }
    let floor = if unit == Unit::CalendarYear {
        lowest.floor() - 1.0
    } else {
        0.0
    };
    let mut labels = vec![t!("explain-bar-reference")];
    let total = |at: usize, v: f64, end: End| Bar {
        at: at as f64,
        base: (floor * scale),
        value: (v - floor) * scale,
        width: 0.7,
        color: Some(palette::TOTAL),
        name: t!(
            "explain-hover-end",
            name = if end == End::Reference {
                t!("explain-bar-reference")
            } else {
                t!("explain-bar-current")
            },
            value = value_text(e, v, end)
        ),
    };
    let mut totals = vec![total(0, reference, End::Reference)];
    let (mut raises, mut lowers) = (Vec::new(), Vec::new());
    let mut level = reference;
    for (i, p) in parts.iter().enumerate() {
        labels.push(p.label.clone());
        let bar = Bar {
            at: (i + 1) as f64,
            base: level * scale,
            value: p.value * scale,
            width: 0.7,
            name: part_label(p, unit),
            color: Some(if p.value >= 0.0 {
                palette::RAISES
            } else {
                palette::LOWERS
            }),
        };
        if p.value >= 0.0 {
            raises.push(bar);
        } else {
            lowers.push(bar);
        }
        level += p.value;
    }
    labels.push(t!("explain-bar-current"));
    totals.push(total(parts.len() + 1, current, End::Current));
    let (raise_name, lower_name, total_name) = (
        t!("explain-legend-raises"),
        t!("explain-legend-lowers"),
        t!("explain-legend-totals"),
    );
    Chart {
        id: "explain-waterfall",
        title: heading_at(e, at),
        axis: Axis::Categories {
            labels,
            horizontal: true,
        },
        unit: value_unit,
        value_label: t!(
            "explain-axis",
            result = e.target.label(),
            unit = unit_words.as_str()
        ),
        legend: vec![
            LegendItem::new(&raise_name, palette::RAISES, SwatchKind::Area),
            LegendItem::new(&lower_name, palette::LOWERS, SwatchKind::Area),
            LegendItem::new(&total_name, palette::TOTAL, SwatchKind::Area),
        ],
        layers: vec![
            Layer::Bars {
                key: total_name,
                color: palette::TOTAL,
                bars: totals,
            },
            Layer::Bars {
                key: raise_name,
                color: palette::RAISES,
                bars: raises,
            },
            Layer::Bars {
                key: lower_name,
                color: palette::LOWERS,
                bars: lowers,
            },
        ],
        include: if unit == Unit::CalendarYear {
            Vec::new()
        } else {
            vec![0.0]
        },
    }
}

/// A result by year: each year's change split into the world's part, our choices' part and
/// their interaction, stacked (what raises the result above zero, what lowers it below), with
/// the change itself as a line.
pub fn by_year(e: &Explanation) -> Chart {
    let unit = e.target.unit();
    let (value_unit, scale, unit_words) = drawn(unit);
    let years: Vec<f64> = e.years.iter().map(|y| f64::from(*y)).collect();
    let components = [
        (t!("class-world"), palette::WORLD, &e.split.world),
        (t!("class-choices"), palette::CHOICES, &e.split.choices),
        (
            t!("explain-interaction"),
            palette::INTERACTION,
            &e.split.interaction,
        ),
    ];
    let (mut up, mut down) = (vec![0.0; years.len()], vec![0.0; years.len()]);
    let mut layers = Vec::new();
    let mut legend = Vec::new();
    for (name, color, values) in components {
        let bars = years
            .iter()
            .zip(values.iter())
            .enumerate()
            .filter(|(_, (_, v))| **v != 0.0)
            .map(|(i, (year, v))| {
                let stack = if *v >= 0.0 { &mut up[i] } else { &mut down[i] };
                let base = *stack;
                *stack += v * scale;
                Bar {
                    at: *year,
                    base,
                    value: v * scale,
                    width: 0.7,
                    name: t!(
                        "explain-hover-year",
                        part = name.as_str(),
                        year = crate::i18n::num::year(*year as i32),
                        share = signed_change(unit, *v)
                    ),
                    color: Some(color),
                }
            })
            .collect::<Vec<_>>();
        legend.push(LegendItem::new(&name, color, SwatchKind::Area));
        layers.push(Layer::Bars {
            key: name,
            color,
            bars,
        });
    }
    let change = Series::new(
        t!("explain-legend-change"),
        palette::CHANGE,
        e.change().iter().map(|v| v * scale).collect(),
    );
    legend.push(LegendItem::line(&change));
    layers.push(Layer::Line {
        series: change,
        width: 2.0,
    });
    Chart {
        id: "explain-by-year",
        title: t!("explain-by-year-title", result = e.target.label()),
        axis: Axis::Years {
            first: e.years.first().copied().unwrap_or_default(),
            n: e.years.len(),
        },
        unit: value_unit,
        // The title names the result; the axis, beside it, only the unit, which fits along it.
        value_label: unit_words,
        legend,
        layers,
        include: vec![0.0],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::attribution::{By, Series as Result, Target, explain};
    use crate::model::{Metric, Scenario};

    fn pair() -> (Scenario, Scenario) {
        let a = Scenario::default();
        let mut b = a.clone();
        b.capital.subscribed = 80.0;
        b.demand.growth = 0.5;
        b.risk.pd_multiplier = 2.0;
        b.pricing.base_rate = 0.05;
        (a, b)
    }

    #[test]
    fn the_waterfall_runs_from_the_reference_through_every_part_to_the_current_value() {
        let (a, b) = pair();
        let e = explain(&a, &b, Target::Metric(Metric::FinalEquity), By::Assumption).unwrap();
        let c = waterfall(&e, 0, 3);
        let Axis::Categories { labels, .. } = &c.axis else {
            panic!("categories")
        };
        // Reference, two parts, "other (two more parts)", current.
        assert_eq!(labels.len(), 5, "{labels:?}");
        let bars: Vec<&Bar> = c
            .layers
            .iter()
            .flat_map(|l| match l {
                Layer::Bars { bars, .. } => bars.iter().collect(),
                _ => Vec::new(),
            })
            .collect();
        let mut parts: Vec<&&Bar> = bars.iter().filter(|b| b.at > 0.5 && b.at < 3.5).collect();
        parts.sort_by(|x, y| x.at.total_cmp(&y.at));
        // Each part starts where the one before it ends; the last ends at the current value.
        let mut level = e.reference[0];
        for bar in &parts {
            assert!((bar.base - level).abs() < 1e-9);
            level += bar.value;
        }
        assert!((level - e.current[0]).abs() < 1e-9 * e.current[0].abs().max(1.0));
        // The hover label of the largest part names the assumption and both values.
        assert!(parts[0].name.contains("→"), "{}", parts[0].name);
    }

    #[test]
    fn by_year_stacks_each_years_split_to_the_change() {
        let (a, b) = pair();
        let e = explain(&a, &b, Target::Series(Result::Loans), By::Assumption).unwrap();
        let c = by_year(&e);
        let change = e.change();
        for (i, year) in e.years.iter().enumerate() {
            let sum: f64 = c
                .layers
                .iter()
                .flat_map(|l| match l {
                    Layer::Bars { bars, .. } => bars.iter().collect(),
                    _ => Vec::new(),
                })
                .filter(|b| b.at == f64::from(*year))
                .map(|b| b.value)
                .sum();
            assert!((sum - change[i]).abs() < 1e-9 * change[i].abs().max(1.0));
        }
        assert!(crate::chart::svg::render(&c).contains("<rect"));
    }
}
