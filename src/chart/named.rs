//! The charts with a name of their own: defined once, drawn in the window's views, written by
//! `sco-explorer chart --chart NAME` and put in the brief.

use egui::Color32;

use super::{
    Axis, Bar, Chart, Frame, Layer, LegendItem, RATIO_CAP_PCT, Range, Series, Stretch, SwatchKind,
    TimeChart, ValueUnit, band_ranges, on_years, palette,
};
use crate::i18n::num;
use crate::model::assumptions::Unit;
use crate::model::lens::Assessment;
use crate::model::scenario::CapitalPolicy;
use crate::model::sensitivity::Tornado;
use crate::model::uncertainty::Series as Banded;
use crate::model::{BankYear, Country, FundYear, Projection, Sector};
use crate::t;

/// The charts the command line and the brief know by name. Flows and Map are diagrams of
/// their own kind, drawn from their layouts rather than from a [`Chart`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Named {
    Approvals,
    Lending,
    CapitalRatio,
    Rac,
    BalanceSheet,
    Income,
    Sectors,
    Countries,
    NetPositions,
    FundFlows,
    JCurve,
    Flows,
    Map,
}

impl Named {
    pub const ALL: [Named; 13] = [
        Named::Approvals,
        Named::Lending,
        Named::CapitalRatio,
        Named::Rac,
        Named::BalanceSheet,
        Named::Income,
        Named::Sectors,
        Named::Countries,
        Named::NetPositions,
        Named::FundFlows,
        Named::JCurve,
        Named::Flows,
        Named::Map,
    ];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Named::Approvals => "approvals",
            Named::Lending => "lending",
            Named::CapitalRatio => "capital-ratio",
            Named::Rac => "rac",
            Named::BalanceSheet => "balance-sheet",
            Named::Income => "income",
            Named::Sectors => "sectors",
            Named::Countries => "countries",
            Named::NetPositions => "net-positions",
            Named::FundFlows => "fund-flows",
            Named::JCurve => "j-curve",
            Named::Flows => "flows",
            Named::Map => "map",
        }
    }

    pub fn from_name(name: &str) -> Option<Named> {
        Named::ALL.into_iter().find(|n| n.name() == name)
    }

    /// The chart, for all but the two diagrams. `policy` gives the capital floor and the
    /// risk-based limit; `focus` a country that stands out in the country charts.
    pub fn chart(
        self,
        f: &Frame<'_>,
        policy: &CapitalPolicy,
        focus: Option<Country>,
    ) -> Option<Chart> {
        Some(match self {
            Named::Approvals => approvals(f),
            Named::Lending => lending(f),
            Named::CapitalRatio => capital_ratio(f, policy.capital_floor),
            Named::Rac => rac(f, policy.min_rac),
            Named::BalanceSheet => balance_sheet(f),
            Named::Income => income(f),
            Named::Sectors => by_sector(f),
            Named::Countries => by_country(f, focus),
            Named::NetPositions => net_positions(f.p, focus),
            Named::FundFlows => fund_flows(f),
            Named::JCurve => j_curve(f),
            Named::Flows | Named::Map => return None,
        })
    }
}

/// One account of the bank, year by year.
fn bank(p: &Projection, account: fn(&BankYear) -> f64) -> Vec<f64> {
    p.bank.iter().map(account).collect()
}

/// One line of the fund's accounts, year by year.
fn fund(p: &Projection, line: fn(&FundYear) -> f64) -> Vec<f64> {
    p.fund.years.iter().map(line).collect()
}

fn money_chart(id: &'static str, title: String, p: &Projection) -> TimeChart {
    TimeChart::new(id, title, p.start_year, p.years(), ValueUnit::UsdBn)
}

/// Demand, approvals and disbursements by year: the lending series the Overview and the Bank
/// view both chart, defined once so they look the same in both.
pub fn lending_series(p: &Projection) -> Vec<Series> {
    vec![
        Series::new(t!("series-demand"), Color32::GRAY, bank(p, |y| y.demand)).dashed(),
        Series::new(
            t!("series-approvals"),
            Color32::from_rgb(52, 120, 200),
            bank(p, |y| y.approvals),
        )
        .banded(Banded::Approvals),
        Series::new(
            t!("series-disbursements"),
            Color32::from_rgb(0, 150, 136),
            bank(p, |y| y.disbursements),
        ),
    ]
}

/// Approvals against demand (the Overview's).
pub fn approvals(f: &Frame<'_>) -> Chart {
    money_chart("overview-approvals", t!("chart-approvals-demand"), f.p)
        .lines_with(f, lending_series)
}

/// Lending: demand, approvals, disbursements, the lending limit and repayments.
pub fn lending(f: &Frame<'_>) -> Chart {
    money_chart("bank-lending", t!("chart-lending"), f.p).lines_with(f, |p| {
        let mut series = lending_series(p);
        // The most the bank may approve each year under its lending rule (none drawn when the
        // limit is not enforced).
        if p.bank
            .iter()
            .all(|y| !y.operating || y.lending_limit.is_some())
        {
            series.push(Series::new(
                t!("series-lending-limit"),
                Color32::from_rgb(230, 150, 30),
                bank(p, |y| y.lending_limit.unwrap_or_default()),
            ));
        }
        series.push(Series::new(
            t!("series-repayments"),
            Color32::from_rgb(156, 99, 206),
            bank(p, |y| y.repayments),
        ));
        series
    })
}

/// The bank's balance sheet.
pub fn balance_sheet(f: &Frame<'_>) -> Chart {
    money_chart("bank-balance", t!("chart-balance-sheet"), f.p).lines_with(f, |p| {
        vec![
            Series::new(
                t!("series-loans"),
                Color32::from_rgb(52, 120, 200),
                bank(p, |y| y.loans),
            )
            .banded(Banded::Loans),
            Series::new(
                t!("series-undisbursed"),
                Color32::from_rgb(120, 170, 230),
                bank(p, |y| y.undisbursed),
            )
            .dashed(),
            Series::new(
                t!("series-liquid"),
                Color32::from_rgb(0, 172, 193),
                bank(p, |y| y.liquid_assets),
            ),
            Series::new(
                t!("series-borrowings"),
                Color32::from_rgb(214, 69, 65),
                bank(p, |y| y.borrowings),
            ),
            Series::new(
                t!("series-equity"),
                Color32::from_rgb(76, 175, 80),
                bank(p, |y| y.equity),
            ),
        ]
    })
}

/// The bank's income and costs.
pub fn income(f: &Frame<'_>) -> Chart {
    money_chart("bank-income", t!("chart-income"), f.p).lines_with(f, |p| {
        vec![
            Series::new(
                t!("series-interest"),
                Color32::from_rgb(52, 120, 200),
                bank(p, |y| y.interest_income),
            ),
            Series::new(
                t!("series-fees"),
                Color32::from_rgb(0, 172, 193),
                bank(p, |y| y.fee_income),
            ),
            Series::new(
                t!("series-treasury"),
                Color32::from_rgb(120, 170, 230),
                bank(p, |y| y.treasury_income),
            ),
            Series::new(
                t!("series-funding-cost"),
                Color32::from_rgb(214, 69, 65),
                bank(p, |y| -y.funding_cost),
            ),
            Series::new(
                t!("series-operating-cost"),
                Color32::from_rgb(156, 117, 95),
                bank(p, |y| -y.opex),
            ),
            Series::new(
                t!("series-credit-losses"),
                Color32::from_rgb(233, 88, 143),
                bank(p, |y| -y.losses),
            ),
            Series::new(
                t!("series-net-income"),
                Color32::from_rgb(76, 175, 80),
                bank(p, |y| y.net_income),
            ),
        ]
    })
}

/// E / (L + ccf·U) against the floor (a fraction), with the years the limit binds shaded, the
/// study's bands and the reference's ratio dashed (in either compare mode: a difference of
/// ratios against one floor would hide where each stands).
pub fn capital_ratio(f: &Frame<'_>, floor: f64) -> Chart {
    let p = f.p;
    let ratio_name = t!("series-capital-ratio");
    let binds_name = t!("series-limit-binds");
    let floor_name = t!("series-floor-at", floor = num::percent(floor * 100.0, 0));
    let green = Color32::from_rgb(76, 175, 80);
    let red = Color32::from_rgb(214, 69, 65);
    let amber = Color32::from_rgb(230, 150, 30);
    let ratio = |p: &Projection| -> Vec<f64> {
        p.bank
            .iter()
            .map(|y| {
                y.capital_ratio
                    .map_or(f64::NAN, |r| (r * 100.0).min(RATIO_CAP_PCT))
            })
            .collect()
    };
    let mut layers = Vec::new();
    let mut legend = vec![LegendItem::new(&ratio_name, green, SwatchKind::Line)];
    let binding: Vec<(f64, f64)> = p
        .bank
        .iter()
        .enumerate()
        .filter(|(_, y)| y.binding)
        .map(|(t, _)| {
            let x = f64::from(p.year(t));
            (x - 0.5, x + 0.5)
        })
        .collect();
    layers.push(Layer::Spans {
        key: binds_name.clone(),
        color: Color32::from_rgba_unmultiplied(230, 150, 30, 40),
        ranges: binding,
    });
    layers.push(Layer::Rule {
        key: floor_name.clone(),
        color: red,
        value: floor * 100.0,
    });
    let banded = (Banded::CapitalRatio, RATIO_CAP_PCT);
    banded_line(
        f,
        banded,
        Series::new(&ratio_name, green, ratio(p)),
        &mut layers,
        &mut legend,
    );
    reference_line(f, &ratio_name, green, ratio, &mut layers, &mut legend);
    legend.push(LegendItem::new(&floor_name, red, SwatchKind::Dashed));
    legend.push(LegendItem::new(&binds_name, amber, SwatchKind::Area));
    above_cap(
        p,
        |y| y.capital_ratio,
        RATIO_CAP_PCT,
        &mut layers,
        &mut legend,
    );
    Chart {
        id: "bank-capital-ratio",
        title: t!("chart-bank-ratio"),
        axis: Axis::Years {
            first: p.start_year,
            n: p.years(),
        },
        unit: ValueUnit::Percent,
        value_label: "%".to_owned(),
        layers,
        legend,
        include: vec![0.0, floor * 200.0],
    }
}

/// A ratio's line (percent), with the study's bands of `banded.0` around it (drawn up to the
/// cap `banded.1`) when the frame has them.
fn banded_line(
    f: &Frame<'_>,
    banded: (Banded, f64),
    line: Series,
    layers: &mut Vec<Layer>,
    legend: &mut Vec<LegendItem>,
) {
    if let Some(bands) = f.bands
        && let Some(band) = bands.band(banded.0)
    {
        let item = LegendItem::band(&line.name, line.color);
        layers.push(Layer::Band {
            key: item.name.clone(),
            color: line.color,
            ranges: band_ranges(band, bands.start_year, (100.0, banded.1), &line.name),
        });
        legend.push(item);
    }
    layers.push(Layer::Line {
        series: line,
        width: 2.0,
    });
}

/// The reference's values of a series, dashed in the series' colour, on this projection's
/// years, when the frame has a reference.
fn reference_line(
    f: &Frame<'_>,
    name: &str,
    color: Color32,
    values: impl Fn(&Projection) -> Vec<f64>,
    layers: &mut Vec<Layer>,
    legend: &mut Vec<LegendItem>,
) {
    if let Some(r) = f.reference {
        let p = f.p;
        let name = t!("chart-series-reference", name = name);
        let values = on_years(p.start_year, p.years(), r, &values(r));
        legend.push(LegendItem::new(&name, color, SwatchKind::Dashed));
        layers.push(Layer::Line {
            series: Series::new(name, color, values).dashed(),
            width: 2.0,
        });
    }
}

/// Years whose ratio is drawn at the cap (percent), shaded and said in the legend with the
/// highest ratio, so that a chart never hides a value silently.
fn above_cap(
    p: &Projection,
    ratio: fn(&BankYear) -> Option<f64>,
    cap: f64,
    layers: &mut Vec<Layer>,
    legend: &mut Vec<LegendItem>,
) {
    let above: Vec<(i32, f64)> = p
        .bank
        .iter()
        .filter_map(|y| ratio(y).map(|r| (y.year, r * 100.0)))
        .filter(|(_, r)| *r > cap)
        .collect();
    if let Some(&(year, highest)) = above.iter().max_by(|a, b| a.1.total_cmp(&b.1)) {
        // A violet shade that shows on the dark and the light plot alike.
        let grey = Color32::from_rgba_unmultiplied(150, 110, 220, 70);
        let key = t!(
            "series-ratio-above-cap",
            cap = num::percent(cap, 0),
            highest = num::percent(highest, 0),
            year = num::year(year)
        );
        layers.insert(
            0,
            Layer::Spans {
                key: key.clone(),
                color: grey,
                ranges: above
                    .iter()
                    .map(|(y, _)| (f64::from(*y) - 0.5, f64::from(*y) + 0.5))
                    .collect(),
            },
        );
        legend.push(LegendItem::new(key, grey, SwatchKind::Area));
    }
}

/// The rating lens drawn up to this risk-adjusted capital ratio (percent): the assessment scale
/// ends at 23 %, and a young bank's first years run to hundreds of percent.
pub const RAC_CAP_PCT: f64 = 60.0;

/// The colour of an assessment's band, green (extremely strong) to red (very weak).
pub fn assessment_colour(a: Assessment) -> Color32 {
    match a {
        Assessment::ExtremelyStrong => Color32::from_rgb(27, 120, 55),
        Assessment::VeryStrong => Color32::from_rgb(90, 174, 97),
        Assessment::Strong => Color32::from_rgb(166, 219, 160),
        Assessment::Adequate => Color32::from_rgb(240, 220, 100),
        Assessment::Moderate => Color32::from_rgb(244, 165, 90),
        Assessment::Weak => Color32::from_rgb(224, 100, 70),
        Assessment::VeryWeak => Color32::from_rgb(178, 24, 43),
    }
}

/// An assessment with its range of RAC: "very strong (15–23 %)".
pub fn assessment_band_name(a: Assessment) -> String {
    let (low, high) = (a.lower_bound(), a.upper_bound());
    match (low.is_finite(), high) {
        (true, Some(high)) => t!(
            "lens-band-between",
            assessment = a.label(),
            low = num::percent(low * 100.0, 0),
            high = num::percent(high * 100.0, 0)
        ),
        (true, None) => t!(
            "lens-band-above",
            assessment = a.label(),
            low = num::percent(low * 100.0, 0)
        ),
        _ => t!(
            "lens-band-below",
            assessment = a.label(),
            high = num::percent(high.unwrap_or(0.0) * 100.0, 0)
        ),
    }
}

/// The rating lens: the risk-adjusted capital ratio E / RWA against the assessment scale of
/// S&P's criteria for multilateral lenders (a band per assessment), with the study's bands,
/// the reference's path dashed, the ratio with eligible callable capital where any counts, and
/// the risk-based limit where one is set (model.md §2, "The rating lens").
pub fn rac(f: &Frame<'_>, min_rac: Option<f64>) -> Chart {
    let p = f.p;
    let name = t!("series-rac");
    let line = Color32::from_rgb(33, 102, 172);
    let capped =
        |r: Option<f64>| r.map_or(f64::NAN, |r| (r * 100.0).clamp(-RAC_CAP_PCT, RAC_CAP_PCT));
    let path = |p: &Projection| -> Vec<f64> { p.bank.iter().map(|y| capped(y.rac)).collect() };
    let mut layers = Vec::new();
    let mut legend = vec![LegendItem::new(&name, line, SwatchKind::Line)];
    // The scale, behind everything: one band per assessment across the years.
    let xs = vec![
        f64::from(p.start_year) - 0.5,
        f64::from(p.year(p.years().saturating_sub(1))) + 0.5,
    ];
    let lowest = p
        .bank
        .iter()
        .filter_map(|y| y.rac)
        .fold(0.0_f64, |m, r| m.min(r * 100.0))
        .max(-RAC_CAP_PCT);
    for a in Assessment::ALL {
        let low = if a.lower_bound().is_finite() {
            a.lower_bound() * 100.0
        } else {
            lowest
        };
        let high = a.upper_bound().map_or(RAC_CAP_PCT, |b| b * 100.0);
        let key = assessment_band_name(a);
        let colour = assessment_colour(a);
        layers.push(Layer::Band {
            key: key.clone(),
            color: colour,
            ranges: vec![Range {
                name: key.clone(),
                alpha: 0.22,
                stretches: vec![Stretch {
                    xs: xs.clone(),
                    lower: vec![low; 2],
                    upper: vec![high; 2],
                }],
            }],
        });
        legend.push(LegendItem::new(
            key,
            colour.gamma_multiply(0.6),
            SwatchKind::Area,
        ));
    }
    if let Some(min) = min_rac {
        let key = t!("lens-min-rac-at", value = num::percent(min * 100.0, 0));
        let red = Color32::from_rgb(214, 69, 65);
        layers.push(Layer::Rule {
            key: key.clone(),
            color: red,
            value: min * 100.0,
        });
        legend.push(LegendItem::new(key, red, SwatchKind::Dashed));
    }
    let banded = (Banded::Rac, RAC_CAP_PCT);
    banded_line(
        f,
        banded,
        Series::new(&name, line, path(p)),
        &mut layers,
        &mut legend,
    );
    if p.bank.iter().any(|y| y.eligible_callable > 0.0) {
        let with = t!("series-rac-with-callable");
        let values = p.bank.iter().map(|y| capped(y.rac_with_callable)).collect();
        legend.push(LegendItem::new(&with, line, SwatchKind::Dotted));
        let mut series = Series::new(with, line, values);
        series.dotted = true;
        layers.push(Layer::Line { series, width: 1.5 });
    }
    reference_line(f, &name, line, path, &mut layers, &mut legend);
    above_cap(p, |y| y.rac, RAC_CAP_PCT, &mut layers, &mut legend);
    Chart {
        id: "bank-rac",
        title: t!("chart-bank-rac"),
        axis: Axis::Years {
            first: p.start_year,
            n: p.years(),
        },
        unit: ValueUnit::Percent,
        value_label: "%".to_owned(),
        layers,
        legend,
        include: vec![lowest.min(0.0), 30.0],
    }
}

/// Financing (bank, fund and co-investors) by sector, stacked.
pub fn by_sector(f: &Frame<'_>) -> Chart {
    money_chart("overview-sectors", t!("chart-financing-sector"), f.p).stacked_with(f, |p| {
        Sector::ALL
            .into_iter()
            .map(|k| {
                let values = (0..p.years()).map(|t| p.sector_financing(t, k)).collect();
                Series::new(k.name(), palette::sector(k), values)
            })
            .collect()
    })
}

/// Financing by country, stacked; a focused country stands out.
pub fn by_country(f: &Frame<'_>, focus: Option<Country>) -> Chart {
    money_chart("overview-countries", t!("chart-financing-country"), f.p).stacked_with(f, |p| {
        Country::ALL
            .into_iter()
            .map(|c| {
                Series::new(
                    c.name(),
                    palette::country_in_focus(c, focus),
                    (0..p.years()).map(|t| p.financing(t, c)).collect(),
                )
            })
            .collect()
    })
}

const PAID_IN_COLOR: Color32 = Color32::from_rgb(200, 90, 80);
const RECEIVED_COLOR: Color32 = Color32::from_rgb(70, 150, 200);

/// Each member's net position over the horizon: paid in (down) against received (up), the
/// members that took no part left out; a focused country stands out.
pub fn net_positions(p: &Projection, focus: Option<Country>) -> Chart {
    let (paid_name, received_name) = (t!("series-paid-in"), t!("series-received"));
    let shown: Vec<_> = p
        .countries
        .iter()
        .filter(|c| c.paid_in_bank + c.contributed_fund + c.received_bank + c.received_fund > 0.0)
        .collect();
    let fade = |c: Country, colour: Color32| match focus {
        Some(f) if f != c => colour.gamma_multiply(0.3),
        _ => colour,
    };
    let mut paid = Vec::new();
    let mut received = Vec::new();
    for (i, c) in shown.iter().enumerate() {
        let x = i as f64;
        paid.push(Bar {
            at: x - 0.2,
            base: 0.0,
            value: -(c.paid_in_bank + c.contributed_fund),
            width: 0.38,
            name: t!("bar-paid-in", country = c.country.name()),
            color: Some(fade(c.country, PAID_IN_COLOR)),
        });
        received.push(Bar {
            at: x + 0.2,
            base: 0.0,
            value: c.received_bank + c.received_fund,
            width: 0.38,
            name: t!("bar-received", country = c.country.name()),
            color: Some(fade(c.country, RECEIVED_COLOR)),
        });
    }
    Chart {
        id: "net-positions",
        title: t!("chart-net-position"),
        // Bars across, one row a country, so that every country's name is written in full in
        // every language (names under upright bars left room only for ISO codes).
        axis: Axis::Categories {
            labels: shown.iter().map(|c| c.country.name()).collect(),
            horizontal: true,
        },
        unit: ValueUnit::UsdBn,
        value_label: ValueUnit::UsdBn.axis(),
        legend: vec![
            LegendItem::new(&paid_name, PAID_IN_COLOR, SwatchKind::Area),
            LegendItem::new(&received_name, RECEIVED_COLOR, SwatchKind::Area),
        ],
        layers: vec![
            Layer::Bars {
                key: paid_name,
                color: PAID_IN_COLOR,
                bars: paid,
            },
            Layer::Bars {
                key: received_name,
                color: RECEIVED_COLOR,
                bars: received,
            },
        ],
        include: vec![0.0],
    }
}

/// The fund's calls, distributions, NAV and fees.
pub fn fund_flows(f: &Frame<'_>) -> Chart {
    money_chart("fund-flows", t!("chart-fund-flows"), f.p).lines_with(f, |p| {
        vec![
            Series::new(
                t!("series-calls"),
                Color32::from_rgb(214, 69, 65),
                fund(p, |y| y.calls),
            ),
            Series::new(
                t!("series-distributions"),
                Color32::from_rgb(76, 175, 80),
                fund(p, |y| y.distributions),
            ),
            Series::new(
                t!("series-nav"),
                Color32::from_rgb(52, 120, 200),
                fund(p, |y| y.nav),
            ),
            Series::new(
                t!("series-management-fees"),
                Color32::from_rgb(156, 117, 95),
                fund(p, |y| y.fees),
            ),
        ]
    })
}

/// The fund's J-curve: cumulative net cash flow to its members, and the yearly flow.
pub fn j_curve(f: &Frame<'_>) -> Chart {
    money_chart("fund-jcurve", t!("chart-jcurve"), f.p).lines_with(f, |p| {
        vec![
            Series::new(
                t!("series-cumulative-net"),
                Color32::from_rgb(156, 99, 206),
                fund(p, |y| y.cumulative_net),
            )
            .banded(Banded::FundCumulativeNet),
            Series::new(
                t!("series-net-cash-flow"),
                Color32::from_rgb(0, 172, 193),
                fund(p, |y| y.net_cash_flow),
            )
            .dashed(),
        ]
    })
}

/// A tornado's heading: the result and its value in the scenario as set.
pub fn tornado_title(t: &Tornado, p: Option<&Projection>) -> String {
    t!(
        "sens-title",
        result = t.metric.label(),
        base = t.metric.format(t.base, p)
    )
}

/// The tornado: for the `top` assumptions that move the result most, the change in the result
/// at the low and the high end of each one's range, the largest swing at the top. `None` when
/// no assumption moves it. `p` formats the base value where it is the tornado's own scenario.
pub fn tornado(t: &Tornado, p: Option<&Projection>, top: usize) -> Option<Chart> {
    const LOW: Color32 = Color32::from_rgb(52, 120, 200);
    const HIGH: Color32 = Color32::from_rgb(230, 126, 34);
    let base = t.base.unwrap_or(0.0);
    let moving: Vec<_> = t
        .bars
        .iter()
        .filter(|b| b.swing(base) > 0.0)
        .take(top)
        .collect();
    if moving.is_empty() {
        return None;
    }
    let scale = t.metric.unit().display_scale();
    let unit = match scale {
        100.0 => t!("unit-pp-long"),
        _ => match t.metric.unit() {
            Unit::CalendarYear => t!("unit-years"),
            Unit::Multiple => "×".to_owned(),
            _ => t!("unit-usd-bn"),
        },
    };
    let (low_end, high_end) = (t!("sens-legend-low"), t!("sens-legend-high"));
    let (mut low, mut high) = (Vec::new(), Vec::new());
    for (i, b) in moving.iter().enumerate() {
        let unit = b.lever.unit();
        let bar = |v: f64, at: f64| Bar {
            at: i as f64,
            base: 0.0,
            value: (v - base) * scale,
            width: 0.7,
            name: t!(
                "sens-at",
                assumption = b.lever.label(),
                value = unit.format(at)
            ),
            color: None,
        };
        if let Some(v) = b.low.value() {
            low.push(bar(v, b.low_value));
        }
        if let Some(v) = b.high.value() {
            high.push(bar(v, b.high_value));
        }
    }
    Some(Chart {
        id: "tornado",
        title: tornado_title(t, p),
        axis: Axis::Categories {
            labels: moving.iter().map(|b| b.lever.label()).collect(),
            horizontal: true,
        },
        unit: ValueUnit::Plain,
        value_label: t!("sens-axis", result = t.metric.label(), unit = unit.as_str()),
        legend: vec![
            LegendItem::new(&low_end, LOW, SwatchKind::Area),
            LegendItem::new(&high_end, HIGH, SwatchKind::Area),
        ],
        layers: vec![
            Layer::Bars {
                key: low_end,
                color: LOW,
                bars: low,
            },
            Layer::Bars {
                key: high_end,
                color: HIGH,
                bars: high,
            },
        ],
        include: vec![0.0],
    })
}
