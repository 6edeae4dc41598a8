//! What a projection produces (model.md §4): flows per year × country × sector × loan type,
//! the bank's and the fund's yearly accounts, each country's net position, plain-word events
//! and the headline figures.

use std::fmt;

pub use super::lens::Assessment;
use super::reference::{Country, N_COUNTRIES, N_SECTORS, Rating, Sector};
use super::scenario::{Instrument, Project};
use crate::text::one_line;

/// Sovereign or not: loans of the two types differ in spread, default probability and loss.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LoanType {
    Sovereign,
    NonSovereign,
}

pub const N_LOAN_TYPES: usize = 2;

impl LoanType {
    pub const ALL: [LoanType; N_LOAN_TYPES] = [LoanType::Sovereign, LoanType::NonSovereign];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn id(self) -> &'static str {
        match self {
            LoanType::Sovereign => "sovereign",
            LoanType::NonSovereign => "non_sovereign",
        }
    }
}

/// Sum of a slice with four independent accumulators: float additions cannot be reordered by
/// the compiler, so a plain fold waits on every addition in turn.
pub fn sum(values: &[f64]) -> f64 {
    let (chunks, rest) = values.as_chunks::<4>();
    let mut acc = [0.0; 4];
    for chunk in chunks {
        for i in 0..4 {
            acc[i] += chunk[i];
        }
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + rest.iter().sum::<f64>()
}

/// A flow measured per year × country × sector (× loan type for the bank), in US$ bn.
///
/// Stored year-major so a year's cells are contiguous: the engine works year by year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cube {
    years: usize,
    types: usize,
    data: Vec<f64>,
}

impl Cube {
    /// A cube of zeros; `types` is 2 for bank flows (sovereign, non-sovereign), 1 for fund flows.
    pub fn zeros(years: usize, types: usize) -> Self {
        Cube {
            years,
            types,
            data: vec![0.0; years * N_COUNTRIES * N_SECTORS * types],
        }
    }

    /// Zeros the cube for a new shape, keeping its allocation.
    pub(crate) fn reset(&mut self, years: usize, types: usize) {
        self.years = years;
        self.types = types;
        self.data.clear();
        self.data
            .resize(years * N_COUNTRIES * N_SECTORS * types, 0.0);
    }

    pub fn years(&self) -> usize {
        self.years
    }

    /// Cells in one year.
    pub fn year_len(&self) -> usize {
        N_COUNTRIES * N_SECTORS * self.types
    }

    #[inline]
    pub(crate) fn index(&self, year: usize, country: usize, sector: usize, kind: usize) -> usize {
        ((year * N_COUNTRIES + country) * N_SECTORS + sector) * self.types + kind
    }

    /// One cell. For a fund cube, `kind` is ignored (there is one).
    pub fn get(&self, year: usize, country: Country, sector: Sector, kind: LoanType) -> f64 {
        let kind = if self.types == 1 { 0 } else { kind.index() };
        self.data[self.index(year, country.index(), sector.index(), kind)]
    }

    /// A country × sector cell summed over loan types.
    pub fn cell(&self, year: usize, country: Country, sector: Sector) -> f64 {
        let start = self.index(year, country.index(), sector.index(), 0);
        self.data[start..start + self.types].iter().sum()
    }

    pub(crate) fn year_slice(&self, year: usize) -> &[f64] {
        let n = self.year_len();
        &self.data[year * n..(year + 1) * n]
    }

    pub(crate) fn year_slice_mut(&mut self, year: usize) -> &mut [f64] {
        let n = self.year_len();
        &mut self.data[year * n..(year + 1) * n]
    }

    pub(crate) fn country_slice(&self, year: usize, country: usize) -> &[f64] {
        let start = self.index(year, country, 0, 0);
        &self.data[start..start + N_SECTORS * self.types]
    }

    pub(crate) fn add(&mut self, year: usize, country: usize, sector: usize, kind: usize, v: f64) {
        let i = self.index(year, country, sector, kind);
        self.data[i] += v;
    }

    /// Everything in a year.
    pub fn total(&self, year: usize) -> f64 {
        sum(self.year_slice(year))
    }

    pub fn country_total(&self, year: usize, country: Country) -> f64 {
        sum(self.country_slice(year, country.index()))
    }

    pub fn sector_total(&self, year: usize, sector: Sector) -> f64 {
        Country::ALL
            .into_iter()
            .map(|c| self.cell(year, c, sector))
            .sum()
    }

    pub fn type_total(&self, year: usize, kind: LoanType) -> f64 {
        if self.types == 1 {
            return self.total(year);
        }
        let (pairs, _) = self.year_slice(year).as_chunks::<2>();
        let l = kind.index();
        pairs.iter().map(|pair| pair[l]).sum()
    }

    /// Sum over all years.
    pub fn grand_total(&self) -> f64 {
        sum(&self.data)
    }
}

/// One year of a flow totalled by country and by sector, US$ bn: what the charts and the
/// uncertainty runs read, kept apart from the cubes so that a lean projection can skip them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct YearSplit {
    pub by_country: [f64; N_COUNTRIES],
    pub by_sector: [f64; N_SECTORS],
}

impl YearSplit {
    /// Adds `amount` for one country and sector.
    #[inline]
    pub(crate) fn add(&mut self, country: usize, sector: usize, amount: f64) {
        self.by_country[country] += amount;
        self.by_sector[sector] += amount;
    }

    /// The year's total (summed by country).
    pub fn total(&self) -> f64 {
        sum(&self.by_country)
    }
}

/// Sums of a flow over all years, by country.
pub(crate) fn country_sums(years: &[YearSplit]) -> [f64; N_COUNTRIES] {
    let mut out = [0.0; N_COUNTRIES];
    for y in years {
        for (acc, v) in out.iter_mut().zip(y.by_country) {
            *acc += v;
        }
    }
    out
}

/// The bank's flows by year × country × sector × loan type.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BankFlows {
    pub approvals: Cube,
    pub disbursements: Cube,
    pub repayments: Cube,
    pub losses: Cube,
    /// Loans outstanding at the end of each year.
    pub loans: Cube,
    /// Disbursements by year, totalled by country and by sector.
    pub disbursed: Vec<YearSplit>,
}

/// The bank's accounts for one year. Flows are for the year, stocks at its end, US$ bn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BankYear {
    pub year: i32,
    /// Whether the bank operates this year (on or after its first operating year).
    pub operating: bool,
    pub paid_in: f64,
    /// Callable capital (memo line, never equity).
    pub callable: f64,
    /// Named projects due plus generic demand.
    pub demand: f64,
    /// The lending limit in exposure terms: min(E_open / e_min, m·(S + RE)).
    pub limit: f64,
    /// Headroom under the limit at the start of the year (`capacity_t`), in exposure terms.
    pub capacity: f64,
    /// The capital limit cut demand this year.
    pub binding: bool,
    /// Demand not approved because of the capital limit.
    pub capital_cut: f64,
    /// The most the bank may approve this year under its lending rule, US$ bn
    /// (`capacity_t / ccf` under the hard limit; `None` when the limit is not enforced).
    pub lending_limit: Option<f64>,
    /// Which limit cut demand this year, if any.
    pub cut_by: Option<Cut>,
    /// Generic demand no country could absorb (single-country and absorption caps).
    pub absorption_cut: f64,
    pub approvals: f64,
    pub cancellations: f64,
    pub disbursements: f64,
    /// Undisbursed commitments at year end.
    pub undisbursed: f64,
    pub repayments: f64,
    pub losses: f64,
    pub loans: f64,
    pub interest_income: f64,
    pub fee_income: f64,
    pub treasury_income: f64,
    pub funding_cost: f64,
    pub opex: f64,
    pub net_income: f64,
    /// Equity after paid-in capital, before the year's income (`E_open`).
    pub opening_equity: f64,
    /// Exposure right after approvals: L_{t−1} + ccf·(U_{t−1} + A_t).
    pub exposure_after_approvals: f64,
    pub equity: f64,
    pub retained_earnings: f64,
    pub borrowings: f64,
    pub liquid_assets: f64,
    /// E / (L + ccf·U) at year end; `None` while there is no exposure.
    pub capital_ratio: Option<f64>,
    /// E / L at year end; `None` while there are no loans.
    pub equity_to_loans: Option<f64>,
    /// B / E at year end; `None` while equity is not positive.
    pub leverage: Option<f64>,
    /// NI / E_{t−1}; `None` while opening equity is not positive.
    pub return_on_equity: Option<f64>,
    /// The most the bank could approve this year under each limit alone (the constraints
    /// timeline).
    pub limits: Limits,
    /// The own funding spread paid this year over the base rate (the scenario's, or the one
    /// the previous year's assessment sets when the spread follows it).
    pub funding_spread: f64,
    /// The rating lens (model.md §2): risk-weighted assets at year end, US$ bn.
    pub rwa: f64,
    /// Risk-adjusted capital ratio E / RWA; `None` while nothing is at risk.
    pub rac: Option<f64>,
    /// The capital assessment the RAC gives.
    pub assessment: Option<Assessment>,
    /// Callable capital of members rated at or above the threshold, US$ bn.
    pub eligible_callable: f64,
    /// (E + eligible callable capital) / RWA.
    pub rac_with_callable: Option<f64>,
    /// E / (L + Q): equity to assets.
    pub equity_to_assets: Option<f64>,
    /// Liquid assets at year end over next year's disbursements (`None` in the last year and
    /// when nothing is disbursed next year).
    pub liquidity_ratio: Option<f64>,
}

/// The most the bank could approve in a year under each of its limits alone, US$ bn.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Limits {
    /// Under the capital floor: (E_open / e_min − exposure) / ccf.
    pub floor: f64,
    /// Under the statutory multiple: (m·(S + RE) − exposure) / ccf.
    pub statutory: f64,
    /// The sustainable level, under that lending rule.
    pub sustainable: Option<f64>,
    /// Under the risk-based limit (`policy.min_rac`), when it is set and there was lending to
    /// weigh.
    pub risk: Option<f64>,
}

/// The fund's accounts for one calendar year, US$ bn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FundYear {
    pub year: i32,
    /// Year of the fund's life (1 = first), 0 outside its life.
    pub fund_year: u32,
    pub calls: f64,
    pub distributions: f64,
    pub nav: f64,
    pub fees: f64,
    /// Investors' net cash flow: distributions − calls − fees.
    pub net_cash_flow: f64,
    /// Running sum of the net cash flow (the J-curve).
    pub cumulative_net: f64,
}

/// The fund's projection.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FundProjection {
    pub years: Vec<FundYear>,
    /// Investments by year × country × sector.
    pub investments: Cube,
    /// Co-investment mobilised, reported apart from the fund's books.
    pub coinvestment: Cube,
    /// Investments by year, totalled by country and by sector.
    pub invested: Vec<YearSplit>,
    /// Each member's share of calls, by year: `contributions[t][country]`.
    pub contributions: Vec<[f64; N_COUNTRIES]>,
    /// IRR of the investors' net cash flows (first year at t = 0), with any NAV left at the
    /// end of the horizon counted as a final inflow.
    pub irr: Option<f64>,
    /// (distributions + final NAV) / (calls + fees).
    pub tvpi: Option<f64>,
    /// distributions / (calls + fees).
    pub dpi: Option<f64>,
}

/// What each country puts in and gets out over the horizon, US$ bn.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryPosition {
    pub country: Country,
    pub bank_share: f64,
    pub fund_share: f64,
    pub paid_in_bank: f64,
    pub contributed_fund: f64,
    /// Bank disbursements received.
    pub received_bank: f64,
    /// Fund investments received.
    pub received_fund: f64,
}

impl CountryPosition {
    /// Received minus paid in: positive for a net recipient.
    pub fn net_position(&self) -> f64 {
        self.received_bank + self.received_fund - self.paid_in_bank - self.contributed_fund
    }
}

/// The limit that cut a year's demand (`cut_by` in `bank.csv`). The first three are the
/// lending limit (the year is `binding`); the fourth is not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// The capital floor: opening equity ÷ the minimum capital ratio.
    Capital,
    /// The statutory multiple of subscribed capital and reserves.
    Statutory,
    /// The sustainable lending level (the lending rule's look-ahead).
    Sustainable,
    /// The risk-based limit: the lowest risk-adjusted capital ratio allowed.
    Risk,
    /// Only country caps (single-country or absorption) left demand unplaced.
    Absorption,
}

impl Cut {
    /// The id written in `bank.csv`.
    pub fn id(self) -> &'static str {
        match self {
            Cut::Capital => "capital",
            Cut::Statutory => "statutory",
            Cut::Sustainable => "sustainable",
            Cut::Risk => "risk",
            Cut::Absorption => "absorption",
        }
    }
}

/// A limit on a year's lending, as the constraints timeline names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Constraint {
    /// The capital floor on E / (L + ccf·U).
    Floor,
    /// The statutory multiple of subscribed capital and reserves.
    Statutory,
    /// The sustainable lending level.
    Sustainable,
    /// The risk-based limit (the lowest RAC allowed).
    Risk,
    /// Country caps (single-country or absorption).
    Absorption,
}

impl Constraint {
    pub const ALL: [Constraint; 5] = [
        Constraint::Floor,
        Constraint::Statutory,
        Constraint::Sustainable,
        Constraint::Risk,
        Constraint::Absorption,
    ];

    fn of_cut(cut: Cut) -> Constraint {
        match cut {
            Cut::Capital => Constraint::Floor,
            Cut::Statutory => Constraint::Statutory,
            Cut::Sustainable => Constraint::Sustainable,
            Cut::Risk => Constraint::Risk,
            Cut::Absorption => Constraint::Absorption,
        }
    }

    /// Its name in the reader's language.
    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            Constraint::Floor => "constraint-floor",
            Constraint::Statutory => "constraint-statutory",
            Constraint::Sustainable => "constraint-sustainable",
            Constraint::Risk => "constraint-risk",
            Constraint::Absorption => "constraint-absorption",
        })
    }
}

impl BankYear {
    /// What held this year's lending back: the limit that cut demand (`true`), or else the
    /// limit with the least room left after the year's approvals (`false`); `None` before the
    /// bank operates, or when no limit applies.
    pub fn constraint(&self) -> Option<(Constraint, bool)> {
        if !self.operating {
            return None;
        }
        if let Some(cut) = self.cut_by {
            return Some((Constraint::of_cut(cut), true));
        }
        self.rooms()
            .into_iter()
            .filter_map(|(c, room)| room.map(|r| (c, r)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(c, _)| (c, false))
    }

    /// The room each limit left after the year's approvals, US$ bn (`None` where the limit
    /// does not apply: the floor and the statutory multiple when the limit is not enforced,
    /// the sustainable level under the hard limit, the risk-based limit when it is off).
    pub fn rooms(&self) -> [(Constraint, Option<f64>); 4] {
        let enforced = self.lending_limit.is_some();
        let room = |limit: f64| limit - self.approvals;
        [
            (Constraint::Floor, enforced.then(|| room(self.limits.floor))),
            (
                Constraint::Statutory,
                enforced.then(|| room(self.limits.statutory)),
            ),
            (
                Constraint::Sustainable,
                self.limits.sustainable.filter(|_| enforced).map(room),
            ),
            (Constraint::Risk, self.limits.risk.map(room)),
        ]
    }
}

/// Something the user should know, in plain words.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The lending limit cut approvals in `years` years from `first_year`, by `cut_share` of
    /// demand in those years; `limit` is the one that cut in `first_year` (the capital floor,
    /// the statutory multiple or the sustainable level: see [`Summary::first_binding_year`]).
    LendingLimitBinds {
        first_year: i32,
        years: u32,
        cut_share: f64,
        limit: Cut,
    },
    /// From `first_year`, in `years` years, the sustainable lending level (`level` US$ bn in
    /// that first year) set approvals below what this year's limit alone would allow.
    SustainableLevelSets {
        first_year: i32,
        years: u32,
        level: f64,
    },
    /// In `years` of the years the capital limit binds, from `first_year`, it is the statutory
    /// multiple of subscribed capital and reserves that binds, not the capital floor.
    StatutoryLimitBinds {
        first_year: i32,
        years: u32,
        multiple: f64,
    },
    /// A country's approvals reached its absorption cap.
    AbsorptionCap {
        country: Country,
        first_year: i32,
        years: u32,
    },
    /// The capital assessment fell to a level it had not been at before, in `year`.
    AssessmentFalls {
        year: i32,
        from: Assessment,
        to: Assessment,
    },
    /// Some callable capital does not count under the agencies' rules: only `counted` of
    /// `total` US$ bn, the members below `threshold`; `largest` is the member with the most
    /// callable capital left out, and how much.
    CallableLeftOut {
        threshold: Rating,
        counted: f64,
        total: f64,
        largest: (Country, f64),
    },
    /// A country reached the single-country cap.
    CountryCap {
        country: Country,
        first_year: i32,
        years: u32,
    },
    /// Generic demand was left unapproved because no country could absorb it.
    Unabsorbed { total: f64 },
    /// A named project was deferred for lack of capacity (or fund calls).
    ProjectDeferred {
        name: String,
        instrument: Instrument,
        planned: i32,
        done: i32,
    },
    /// A named project was never financed within the horizon.
    ProjectNotFinanced {
        name: String,
        instrument: Instrument,
        planned: i32,
    },
}

impl Event {
    /// Records a project financed in `year`: an event only if that is later than planned.
    pub(crate) fn financed(project: &Project, year: i32, events: &mut Vec<Event>) {
        if year > project.year {
            events.push(Event::ProjectDeferred {
                name: project.name.clone(),
                instrument: project.instrument,
                planned: project.year,
                done: year,
            });
        }
    }

    /// Records a project still waiting at the end of the horizon.
    pub(crate) fn not_financed(project: &Project, events: &mut Vec<Event>) {
        events.push(Event::ProjectNotFinanced {
            name: project.name.clone(),
            instrument: project.instrument,
            planned: project.year,
        });
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::LendingLimitBinds {
                first_year,
                years,
                cut_share,
                limit,
            } => f.write_str(&crate::t!(
                "event-limit-binds",
                year = first_year.to_string(),
                years = *years,
                limit = limit.id(),
                cut = crate::i18n::num::percent(cut_share * 100.0, 0)
            )),
            Event::SustainableLevelSets {
                first_year,
                years,
                level,
            } => f.write_str(&crate::t!(
                "event-sustainable-sets",
                year = first_year.to_string(),
                years = *years,
                level = crate::i18n::num::money(*level)
            )),
            Event::StatutoryLimitBinds {
                first_year,
                years,
                multiple,
            } => f.write_str(&crate::t!(
                "event-statutory-binds",
                year = first_year.to_string(),
                years = *years,
                multiple = crate::i18n::num::trimmed(*multiple)
            )),
            Event::AbsorptionCap {
                country,
                first_year,
                years,
            } => f.write_str(&crate::t!(
                "event-absorption-cap",
                country = country.name(),
                year = first_year.to_string(),
                years = *years
            )),
            Event::CountryCap {
                country,
                first_year,
                years,
            } => f.write_str(&crate::t!(
                "event-country-cap",
                country = country.name(),
                year = first_year.to_string(),
                years = *years
            )),
            Event::AssessmentFalls { year, from, to } => f.write_str(&crate::t!(
                "event-assessment-falls",
                year = year.to_string(),
                from = from.label(),
                to = to.label()
            )),
            Event::CallableLeftOut {
                threshold,
                counted,
                total,
                largest: (country, amount),
            } => f.write_str(&if *counted <= 0.0 {
                crate::t!(
                    "event-callable-none",
                    total = crate::i18n::num::money(*total),
                    threshold = threshold.label(),
                    country = country.name(),
                    amount = crate::i18n::num::money(*amount)
                )
            } else {
                crate::t!(
                    "event-callable-part",
                    counted = crate::i18n::num::money(*counted),
                    total = crate::i18n::num::money(*total),
                    threshold = threshold.label(),
                    country = country.name(),
                    amount = crate::i18n::num::money(*amount)
                )
            }),
            Event::Unabsorbed { total } => f.write_str(&crate::t!(
                "event-unabsorbed",
                amount = crate::i18n::num::money(*total)
            )),
            Event::ProjectDeferred {
                name,
                instrument,
                planned,
                done,
            } => f.write_str(&crate::t!(
                "event-deferred",
                project = one_line(
                    &crate::presets::shown(crate::presets::Field::Project, name),
                    80
                )
                .to_string(),
                instrument = instrument_name(*instrument),
                planned = planned.to_string(),
                done = done.to_string()
            )),
            Event::ProjectNotFinanced {
                name,
                instrument,
                planned,
            } => f.write_str(&crate::t!(
                "event-not-financed",
                project = one_line(
                    &crate::presets::shown(crate::presets::Field::Project, name),
                    80
                )
                .to_string(),
                instrument = instrument_name(*instrument),
                planned = planned.to_string()
            )),
        }
    }
}

fn instrument_name(instrument: Instrument) -> String {
    crate::i18n::tr(match instrument {
        Instrument::Bank => "instrument-bank",
        Instrument::Fund => "instrument-fund",
    })
}

/// The headline figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Bank disbursements plus fund investments over the horizon, US$ bn.
    pub cumulative_financing: f64,
    pub cumulative_approvals: f64,
    pub cumulative_fund_investment: f64,
    pub cumulative_coinvestment: f64,
    /// Largest annual approvals and their year.
    pub peak_approvals: f64,
    pub peak_approvals_year: Option<i32>,
    /// First year the lending limit binds: the one definition of "binds" that the headline,
    /// the status line, the study's probabilities, `summary`, the brief and `bank.csv`
    /// (`binding`) all use. The lending limit is the most the bank may approve in a year: the
    /// lower of the capital floor and the statutory multiple, or under the sustainable rule the
    /// sustainable level. It binds when it cuts demand. Country caps that leave demand unplaced
    /// are not the lending limit (`cut_by = absorption`, `binding = false`).
    pub first_binding_year: Option<i32>,
    /// Which limit cut demand in [`Summary::first_binding_year`] (`cut_by` in `bank.csv`).
    pub first_binding_limit: Option<Cut>,
    /// Lowest year-end E / (L + ccf·U) and its year.
    pub min_capital_ratio: Option<f64>,
    pub min_capital_ratio_year: Option<i32>,
    /// The rating lens: lowest risk-adjusted capital ratio and its year.
    pub min_rac: Option<f64>,
    pub min_rac_year: Option<i32>,
    /// First year the assessment is below "very strong".
    pub first_below_very_strong: Option<i32>,
    /// Years the assessment is "very strong" or better.
    pub years_very_strong: u32,
    pub final_equity: f64,
    pub final_loans: f64,
    pub fund_irr: Option<f64>,
    pub fund_tvpi: Option<f64>,
    pub fund_dpi: Option<f64>,
}

/// Everything a scenario projects to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Projection {
    pub start_year: i32,
    pub bank_flows: BankFlows,
    pub bank: Vec<BankYear>,
    /// Paid-in capital by year and member: `paid_in_by_country[t][country]`.
    pub paid_in_by_country: Vec<[f64; N_COUNTRIES]>,
    pub fund: FundProjection,
    pub countries: Vec<CountryPosition>,
    pub events: Vec<Event>,
    pub summary: Summary,
}

impl Projection {
    pub fn years(&self) -> usize {
        self.bank.len()
    }

    /// Calendar year of projection year index `t`.
    pub fn year(&self, t: usize) -> i32 {
        self.start_year + t as i32
    }

    /// Bank disbursements plus fund investments received by a country in year `t`.
    pub fn financing(&self, t: usize, country: Country) -> f64 {
        self.both_splits(t, |y| y.by_country[country.index()])
    }

    /// Bank disbursements plus fund investments in a sector in year `t`.
    pub fn sector_financing(&self, t: usize, sector: Sector) -> f64 {
        self.both_splits(t, |y| y.by_sector[sector.index()])
    }

    /// One part of year `t`'s bank disbursements plus the same part of its fund investments.
    fn both_splits(&self, t: usize, part: impl Fn(&YearSplit) -> f64) -> f64 {
        let bank = self.bank_flows.disbursed.get(t).map_or(0.0, &part);
        let fund = self.fund.invested.get(t).map_or(0.0, &part);
        bank + fund
    }
}
