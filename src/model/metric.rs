//! Results a study can aim at or rank assumptions by: one number per projection.
//!
//! Each has a stable id for the command line and files (`cumulative_financing`,
//! `country_financing:KAZ`, `cumulative_financing_by:2040`, …), a label and a unit.

use std::fmt;

use super::assumptions::Unit;
use super::projection::Projection;
use super::reference::{Country, Sector};

/// One headline result of a projection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// Bank disbursements plus fund investments over the horizon, US$ bn.
    CumulativeFinancing,
    /// The same, through the end of a calendar year.
    CumulativeFinancingBy(i32),
    /// Bank approvals over the horizon, US$ bn.
    CumulativeApprovals,
    /// Largest annual approvals, US$ bn a year.
    PeakApprovals,
    /// Bank equity at the end of the horizon, US$ bn.
    FinalEquity,
    /// Loans outstanding at the end of the horizon, US$ bn.
    FinalLoans,
    /// Lowest year-end capital ratio E / (L + ccf·U).
    MinCapitalRatio,
    /// First calendar year the capital limit cuts approvals; the year after the horizon when
    /// it never does, so that "later" is always "larger".
    FirstBindingYear,
    /// The rating lens: lowest risk-adjusted capital ratio over the horizon.
    MinRac,
    /// First calendar year the capital assessment is below "very strong"; the year after the
    /// horizon when it never is.
    FirstBelowVeryStrong,
    /// Years the capital assessment is "very strong" or better.
    YearsVeryStrong,
    /// The fund's IRR to its investors.
    FundIrr,
    /// The fund's total value to paid-in.
    FundTvpi,
    /// Bank disbursements plus fund investments received by one country, US$ bn.
    CountryFinancing(Country),
    /// Bank disbursements plus fund investments in one sector, US$ bn.
    SectorFinancing(Sector),
    /// What one country receives minus what it pays in, US$ bn.
    NetPosition(Country),
}

impl Metric {
    /// The metrics that need no parameter, in menu order.
    pub const PLAIN: [Metric; 12] = [
        Metric::CumulativeFinancing,
        Metric::CumulativeApprovals,
        Metric::PeakApprovals,
        Metric::FinalEquity,
        Metric::FinalLoans,
        Metric::MinCapitalRatio,
        Metric::FirstBindingYear,
        Metric::MinRac,
        Metric::FirstBelowVeryStrong,
        Metric::YearsVeryStrong,
        Metric::FundIrr,
        Metric::FundTvpi,
    ];

    /// Stable id, as accepted by [`Metric::parse`].
    pub fn id(&self) -> String {
        match self {
            Metric::CumulativeFinancing => "cumulative_financing".into(),
            Metric::CumulativeFinancingBy(year) => format!("cumulative_financing_by:{year}"),
            Metric::CumulativeApprovals => "cumulative_approvals".into(),
            Metric::PeakApprovals => "peak_approvals".into(),
            Metric::FinalEquity => "final_equity".into(),
            Metric::FinalLoans => "final_loans".into(),
            Metric::MinCapitalRatio => "min_capital_ratio".into(),
            Metric::FirstBindingYear => "first_binding_year".into(),
            Metric::MinRac => "min_rac".into(),
            Metric::FirstBelowVeryStrong => "first_below_very_strong".into(),
            Metric::YearsVeryStrong => "years_very_strong".into(),
            Metric::FundIrr => "fund_irr".into(),
            Metric::FundTvpi => "fund_tvpi".into(),
            Metric::CountryFinancing(c) => format!("country_financing:{}", c.code()),
            Metric::SectorFinancing(s) => format!("sector_financing:{}", s.id()),
            Metric::NetPosition(c) => format!("net_position:{}", c.code()),
        }
    }

    /// Reads an id; the error lists what is accepted.
    pub fn parse(id: &str) -> Result<Metric, String> {
        let (head, arg) = match id.split_once(':') {
            Some((h, a)) => (h.trim(), Some(a.trim())),
            None => (id.trim(), None),
        };
        let country = |arg: Option<&str>| {
            arg.and_then(|a| Country::from_code(&a.to_uppercase()))
                .ok_or_else(|| {
                    let codes: Vec<_> = Country::ALL.iter().map(|c| c.code()).collect();
                    crate::t!(
                        "cli-result-needs-country",
                        id = id,
                        codes = codes.join(", ")
                    )
                })
        };
        let plain = Metric::PLAIN.iter().find(|m| m.id() == head);
        match (head, arg, plain) {
            (_, None, Some(m)) => Ok(*m),
            ("cumulative_financing_by", Some(year), _) => year
                .parse()
                .map(Metric::CumulativeFinancingBy)
                .map_err(|_| crate::t!("cli-result-needs-year", id = id)),
            ("country_financing", _, _) => country(arg).map(Metric::CountryFinancing),
            ("net_position", _, _) => country(arg).map(Metric::NetPosition),
            ("sector_financing", _, _) => arg
                .and_then(|a| Sector::ALL.into_iter().find(|s| s.id() == a))
                .map(Metric::SectorFinancing)
                .ok_or_else(|| {
                    let ids: Vec<_> = Sector::ALL.iter().map(|s| s.id()).collect();
                    crate::t!("cli-result-needs-sector", id = id, ids = ids.join(", "))
                }),
            _ => Err(crate::t!(
                "cli-result-unknown",
                id = id,
                ids = Metric::PLAIN
                    .iter()
                    .map(|m| m.id())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }

    /// What it is, in words.
    pub fn label(&self) -> String {
        match self {
            Metric::CumulativeFinancing => crate::t!("metric-cumulative-financing"),
            Metric::CumulativeFinancingBy(year) => {
                crate::t!("metric-cumulative-financing-by", year = year.to_string())
            }
            Metric::CumulativeApprovals => crate::t!("metric-cumulative-approvals"),
            Metric::PeakApprovals => crate::t!("metric-peak-approvals"),
            Metric::FinalEquity => crate::t!("metric-final-equity"),
            Metric::FinalLoans => crate::t!("metric-final-loans"),
            Metric::MinCapitalRatio => crate::t!("metric-min-ratio"),
            Metric::FirstBindingYear => crate::t!("metric-first-binding"),
            Metric::MinRac => crate::t!("metric-min-rac"),
            Metric::FirstBelowVeryStrong => crate::t!("metric-first-below-very-strong"),
            Metric::YearsVeryStrong => crate::t!("metric-years-very-strong"),
            Metric::FundIrr => crate::t!("overview-irr"),
            Metric::FundTvpi => crate::t!("overview-tvpi"),
            Metric::CountryFinancing(c) => {
                crate::t!("metric-country-financing", country = c.name())
            }
            Metric::SectorFinancing(s) => {
                crate::t!("metric-sector-financing", sector = s.name())
            }
            Metric::NetPosition(c) => crate::t!("metric-net-position", country = c.name()),
        }
    }

    pub fn unit(&self) -> Unit {
        match self {
            Metric::PeakApprovals => Unit::UsdBnPerYear,
            Metric::MinCapitalRatio | Metric::MinRac => Unit::Fraction,
            Metric::YearsVeryStrong => Unit::Years,
            Metric::FundIrr => Unit::RatePerYear,
            Metric::FundTvpi => Unit::Multiple,
            Metric::FirstBindingYear | Metric::FirstBelowVeryStrong => Unit::CalendarYear,
            _ => Unit::UsdBn,
        }
    }

    /// The value for a projection; `None` where it is undefined (no capital ratio before the
    /// bank holds any exposure, no IRR for a fund without a sign change in its cash flows).
    pub fn value(&self, p: &Projection) -> Option<f64> {
        let s = &p.summary;
        let financing_by = |c: usize| {
            p.countries
                .get(c)
                .map(|x| x.received_bank + x.received_fund)
        };
        match self {
            Metric::CumulativeFinancing => Some(s.cumulative_financing),
            Metric::CumulativeFinancingBy(year) => {
                let through = usize::try_from(year - p.start_year + 1).unwrap_or(0);
                let bank: f64 = p.bank.iter().take(through).map(|y| y.disbursements).sum();
                let fund: f64 = p
                    .fund
                    .invested
                    .iter()
                    .take(through)
                    .map(|y| y.total())
                    .sum();
                Some(bank + fund)
            }
            Metric::CumulativeApprovals => Some(s.cumulative_approvals),
            Metric::PeakApprovals => Some(s.peak_approvals),
            Metric::FinalEquity => Some(s.final_equity),
            Metric::FinalLoans => Some(s.final_loans),
            Metric::MinCapitalRatio => s.min_capital_ratio,
            Metric::FirstBindingYear => Some(f64::from(
                s.first_binding_year
                    .unwrap_or(p.start_year + p.years() as i32),
            )),
            Metric::MinRac => s.min_rac,
            Metric::FirstBelowVeryStrong => Some(f64::from(
                s.first_below_very_strong
                    .unwrap_or(p.start_year + p.years() as i32),
            )),
            Metric::YearsVeryStrong => Some(f64::from(s.years_very_strong)),
            Metric::FundIrr => s.fund_irr,
            Metric::FundTvpi => s.fund_tvpi,
            Metric::CountryFinancing(c) => financing_by(c.index()),
            Metric::SectorFinancing(sector) => {
                let k = sector.index();
                let splits = p.bank_flows.disbursed.iter().chain(&p.fund.invested);
                Some(splits.map(|y| y.by_sector[k]).sum())
            }
            Metric::NetPosition(c) => p.countries.get(c.index()).map(|x| x.net_position()),
        }
    }

    /// A value in the metric's unit to four significant digits, for people; the first
    /// binding year says "never" after the horizon.
    pub fn format(&self, value: Option<f64>, p: Option<&Projection>) -> String {
        match (self, value) {
            (_, None) => crate::t!("metric-undefined"),
            (Metric::FirstBindingYear | Metric::FirstBelowVeryStrong, Some(v))
                if p.is_some_and(|p| v >= f64::from(p.start_year + p.years() as i32)) =>
            {
                crate::t!("metric-never")
            }
            (_, Some(v)) => self.unit().format_sig(v, 4),
        }
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Scenario, project};

    #[test]
    fn ids_round_trip() {
        let mut all: Vec<Metric> = Metric::PLAIN.to_vec();
        all.push(Metric::CumulativeFinancingBy(2040));
        all.extend(Country::ALL.map(Metric::CountryFinancing));
        all.extend(Country::ALL.map(Metric::NetPosition));
        all.extend(Sector::ALL.map(Metric::SectorFinancing));
        for m in all {
            assert_eq!(Metric::parse(&m.id()), Ok(m));
        }
        assert!(
            Metric::parse("nonsense")
                .unwrap_err()
                .contains("cumulative_financing")
        );
        assert!(
            Metric::parse("country_financing:XX")
                .unwrap_err()
                .contains("KAZ")
        );
    }

    #[test]
    fn values_agree_with_the_summary_and_slices() {
        let p = project(&Scenario::default()).unwrap();
        let total = Metric::CumulativeFinancing.value(&p).unwrap();
        assert_eq!(total, p.summary.cumulative_financing);
        let end = p.start_year + p.years() as i32 - 1;
        let by_end = Metric::CumulativeFinancingBy(end).value(&p).unwrap();
        assert!((by_end - total).abs() < 1e-9 * total.max(1.0));
        let by_start = Metric::CumulativeFinancingBy(p.start_year - 1)
            .value(&p)
            .unwrap();
        assert_eq!(by_start, 0.0);
        let countries: f64 = Country::ALL
            .iter()
            .map(|c| Metric::CountryFinancing(*c).value(&p).unwrap())
            .sum();
        let sectors: f64 = Sector::ALL
            .iter()
            .map(|s| Metric::SectorFinancing(*s).value(&p).unwrap())
            .sum();
        assert!((countries - total).abs() < 1e-9 * total);
        assert!((sectors - total).abs() < 1e-9 * total);
    }
}
