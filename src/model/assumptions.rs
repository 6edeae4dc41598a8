//! The catalogue of assumptions: for every scalar a user can change, its path in the file,
//! label, unit, allowed range, explanation and basis (a named source, or *illustrative*),
//! with an accessor. Validation, the assumptions panel, sensitivity and `diff` all read
//! ranges and labels from here, so each is stated once.

use super::reference::{Country, Sector};
use super::scenario::{CountryAssumptions, Scenario};

/// Where a default comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// A named, checkable source.
    Sourced(&'static str),
    /// A judgement, not a measurement; the text says what it rests on.
    Illustrative(&'static str),
}

impl Basis {
    pub fn text(self) -> &'static str {
        match self {
            Sourced(s) | Illustrative(s) => s,
        }
    }

    pub fn is_illustrative(self) -> bool {
        matches!(self, Illustrative(_))
    }
}

/// The unit an assumption is stated in (files always hold the plain number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// US$ billion.
    UsdBn,
    /// US$ billion a year.
    UsdBnPerYear,
    /// A fraction, shown as a percentage (0.25 = 25 %).
    Fraction,
    /// A fraction per year, shown as a percentage a year.
    RatePerYear,
    /// A number of years.
    Years,
    /// A calendar year.
    CalendarYear,
    /// A plain multiple (×).
    Multiple,
}

impl Unit {
    /// How a stored value is scaled for people: percentages ×100, everything else as stored.
    pub fn display_scale(self) -> f64 {
        match self {
            Unit::Fraction | Unit::RatePerYear => 100.0,
            _ => 1.0,
        }
    }

    pub fn suffix(self) -> &'static str {
        match self {
            Unit::UsdBn => "US$ bn",
            Unit::UsdBnPerYear => "US$ bn/yr",
            Unit::Fraction => "%",
            Unit::RatePerYear => "%/yr",
            Unit::Years => "years",
            Unit::CalendarYear => "",
            Unit::Multiple => "×",
        }
    }

    /// The value as a person reads it: percentages for fractions.
    pub fn format(self, value: f64) -> String {
        match self {
            Unit::Fraction | Unit::RatePerYear => {
                format!("{} {}", trim(value * 100.0), self.suffix())
            }
            Unit::CalendarYear => format!("{value:.0}"),
            Unit::Years if value.round().abs() == 1.0 => format!("{value:.0} year"),
            Unit::Years => format!("{value:.0} {}", self.suffix()),
            Unit::Multiple => format!("{}×", trim(value)),
            Unit::UsdBn | Unit::UsdBnPerYear => format!("{} {}", trim(value), self.suffix()),
        }
    }
}

impl Unit {
    /// The value rounded to `digits` significant digits, then formatted as [`Unit::format`]
    /// does: for results, where six decimals would be noise.
    pub fn format_sig(self, value: f64, digits: i32) -> String {
        let scale = self.display_scale();
        self.format(round_sig(value * scale, digits) / scale)
    }
}

/// `value` rounded to `digits` significant digits.
pub fn round_sig(value: f64, digits: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let scale = 10f64.powi(digits - 1 - magnitude);
    (value * scale).round() / scale
}

/// A number without trailing zeros, at most six significant decimals.
pub fn trim(value: f64) -> String {
    let s = format!("{value:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// The panel group an assumption belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Horizon,
    Capital,
    Demand,
    Countries,
    Sectors,
    Terms,
    Pricing,
    Risk,
    Policy,
    Fund,
    Projects,
}

impl Group {
    pub fn title(self) -> &'static str {
        match self {
            Group::Horizon => "Horizon",
            Group::Capital => "Capital and shareholding",
            Group::Demand => "Lending demand",
            Group::Countries => "Countries",
            Group::Sectors => "Sectors",
            Group::Terms => "Loan terms",
            Group::Pricing => "Pricing",
            Group::Risk => "Risk",
            Group::Policy => "Capital policy",
            Group::Fund => "Joint fund",
            Group::Projects => "Projects",
        }
    }
}

/// Conversion between a field's own type and the `f64` the catalogue works in.
pub trait ScalarValue: Copy {
    fn to_f64(self) -> f64;
    fn from_f64(value: f64) -> Self;
}

impl ScalarValue for f64 {
    fn to_f64(self) -> f64 {
        self
    }
    fn from_f64(value: f64) -> Self {
        value
    }
}

impl ScalarValue for u32 {
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    fn from_f64(value: f64) -> Self {
        // Saturating: NaN → 0, out-of-range → the bound. Callers validate afterwards.
        value.round() as u32
    }
}

impl ScalarValue for i32 {
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    fn from_f64(value: f64) -> Self {
        value.round() as i32
    }
}

/// One scalar assumption of the scenario.
#[derive(Clone, Copy, Debug)]
pub struct ScalarSpec {
    /// Path in the scenario file, e.g. `capital.subscribed`.
    pub path: &'static str,
    pub group: Group,
    pub label: &'static str,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    /// Takes whole numbers only.
    pub integer: bool,
    pub help: &'static str,
    pub basis: Basis,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

/// One assumption that every country has.
#[derive(Clone, Copy, Debug)]
pub struct CountrySpec {
    /// Field name inside a country's entry, e.g. `weight`.
    pub key: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    pub integer: bool,
    pub help: &'static str,
    pub basis: Basis,
    pub get: fn(&CountryAssumptions) -> f64,
    pub set: fn(&mut CountryAssumptions, f64),
}

impl ScalarSpec {
    pub fn allowed(&self) -> String {
        format!("{} to {}", trim(self.min), trim(self.max))
    }
}

impl CountrySpec {
    pub fn path(&self, country: Country) -> String {
        format!("countries.{}.{}", country.code(), self.key)
    }

    pub fn allowed(&self) -> String {
        format!("{} to {}", trim(self.min), trim(self.max))
    }
}

macro_rules! scalar {
    ($path:literal, $group:ident, $label:literal, $unit:ident, $min:expr, $max:expr, $basis:expr,
     $help:literal, |$s:ident| $place:expr) => {
        ScalarSpec {
            path: $path,
            group: Group::$group,
            label: $label,
            unit: Unit::$unit,
            min: $min,
            max: $max,
            integer: matches!(Unit::$unit, Unit::Years | Unit::CalendarYear),
            help: $help,
            basis: $basis,
            get: |$s: &Scenario| ScalarValue::to_f64($place),
            set: |$s: &mut Scenario, v: f64| $place = ScalarValue::from_f64(v),
        }
    };
}

use Basis::{Illustrative, Sourced};

/// Every scalar assumption, in panel order.
pub static SCALARS: &[ScalarSpec] = &[
    scalar!(
        "start_year",
        Horizon,
        "First projection year",
        CalendarYear,
        2020.0,
        2060.0,
        Illustrative("the first year a bank could lend after the 2025 Tianjin call"),
        "Calendar year of projection year 1.",
        |s| s.start_year
    ),
    scalar!(
        "years",
        Horizon,
        "Horizon",
        Years,
        10.0,
        40.0,
        Illustrative("long enough to see loans repay"),
        "Number of years projected.",
        |s| s.years
    ),
    scalar!(
        "capital.subscribed",
        Capital,
        "Subscribed capital",
        UsdBn,
        5.0,
        200.0,
        Sourced("NDB: $50bn subscribed (Agreement on the NDB, 2014)"),
        "Capital the members commit. Only the paid-in part becomes equity; the rest is callable \
         and never counts as equity.",
        |s| s.capital.subscribed
    ),
    scalar!(
        "capital.paid_in_ratio",
        Capital,
        "Paid-in share",
        Fraction,
        0.05,
        0.50,
        Sourced("NDB and AIIB: 20 % of subscribed capital paid in"),
        "Share of subscribed capital the members actually pay in.",
        |s| s.capital.paid_in_ratio
    ),
    scalar!(
        "capital.instalments",
        Capital,
        "Paid-in instalments",
        Years,
        1.0,
        10.0,
        Sourced("AIIB: paid-in capital in 5 annual instalments"),
        "Paid-in capital arrives in this many equal annual instalments from the first operating year.",
        |s| s.capital.instalments
    ),
    scalar!(
        "capital.hybrid_equal_part",
        Capital,
        "Equal part of hybrid shares",
        Fraction,
        0.0,
        1.0,
        Illustrative("between NDB's equal shares and AIIB's GDP-based shares"),
        "Under the hybrid rule, this part of capital is shared equally and the rest by GDP.",
        |s| s.capital.hybrid_equal_part
    ),
    scalar!(
        "capital.share_cap",
        Capital,
        "Largest share",
        Fraction,
        0.10,
        1.0,
        Illustrative("keeps any one member from dominating; AIIB's largest holder has ~30 %"),
        "No member holds more than this share; the excess goes to the others in proportion.",
        |s| s.capital.share_cap
    ),
    scalar!(
        "capital.first_year",
        Capital,
        "First operating year",
        CalendarYear,
        2020.0,
        2080.0,
        Illustrative("no decision to establish the bank has been made yet (seed 001)"),
        "The bank pays in capital and lends from this year; a later start delays everything.",
        |s| s.capital.first_year
    ),
    scalar!(
        "demand.first_year_approvals",
        Demand,
        "First-year approvals",
        UsdBnPerYear,
        0.0,
        10.0,
        Sourced("NDB 2016: $1.5bn; AIIB 2016: $1.69bn"),
        "Generic lending demand in the first operating year (0: named projects only).",
        |s| s.demand.first_year_approvals
    ),
    scalar!(
        "demand.growth",
        Demand,
        "Demand growth",
        RatePerYear,
        0.0,
        1.0,
        Sourced("AIIB approvals 2016–20 grew about 40 % a year"),
        "Annual growth of generic demand until it reaches the ceiling.",
        |s| s.demand.growth
    ),
    scalar!(
        "demand.ceiling",
        Demand,
        "Approvals ceiling",
        UsdBnPerYear,
        1.0,
        50.0,
        Sourced("AIIB peak ≈ $11.4bn (2023)"),
        "Generic demand never exceeds this amount a year.",
        |s| s.demand.ceiling
    ),
    scalar!(
        "demand.sovereign_share",
        Demand,
        "Sovereign share",
        Fraction,
        0.0,
        1.0,
        Sourced("NDB: about 82 % of loans sovereign"),
        "Share of generic approvals lent to or guaranteed by governments.",
        |s| s.demand.sovereign_share
    ),
    scalar!(
        "demand.country_cap",
        Demand,
        "Single-country cap",
        Fraction,
        0.10,
        1.0,
        Sourced("AIIB: India 26.6 % of commitments"),
        "No country gets more than this share of a year's generic lending programme.",
        |s| s.demand.country_cap
    ),
    scalar!(
        "demand.absorption_cap",
        Demand,
        "Absorption cap",
        Fraction,
        0.001,
        0.05,
        Illustrative("a development-gap lever: small economies can absorb only so much a year"),
        "A country's approvals in a year (projects included) stay below this share of its GDP.",
        |s| s.demand.absorption_cap
    ),
    scalar!(
        "terms.tenor",
        Terms,
        "Tenor",
        Years,
        5.0,
        35.0,
        Sourced("AIIB and IBRD: final maturity up to 35 years"),
        "Years from disbursement to the last repayment.",
        |s| s.terms.tenor
    ),
    scalar!(
        "terms.grace",
        Terms,
        "Grace period",
        Years,
        0.0,
        10.0,
        Sourced("AIIB and IBRD sovereign loans: grace periods of 3–8 years"),
        "Years of interest only before principal repayments begin; shorter than the tenor.",
        |s| s.terms.grace
    ),
    scalar!(
        "terms.disbursement_profile[0]",
        Terms,
        "Disbursed in approval year",
        Fraction,
        0.0,
        1.0,
        Sourced("IDA: about 22 % a year of undisbursed balances"),
        "Share of an approval disbursed in the year it is approved. The six shares sum to 1.",
        |s| s.terms.disbursement_profile[0]
    ),
    scalar!(
        "terms.disbursement_profile[1]",
        Terms,
        "Disbursed 1 year after approval",
        Fraction,
        0.0,
        1.0,
        Sourced("IDA: about 22 % a year of undisbursed balances"),
        "Share of an approval disbursed one year after approval.",
        |s| s.terms.disbursement_profile[1]
    ),
    scalar!(
        "terms.disbursement_profile[2]",
        Terms,
        "Disbursed 2 years after approval",
        Fraction,
        0.0,
        1.0,
        Sourced("IDA: about 22 % a year of undisbursed balances"),
        "Share of an approval disbursed two years after approval.",
        |s| s.terms.disbursement_profile[2]
    ),
    scalar!(
        "terms.disbursement_profile[3]",
        Terms,
        "Disbursed 3 years after approval",
        Fraction,
        0.0,
        1.0,
        Sourced("IDA: about 22 % a year of undisbursed balances"),
        "Share of an approval disbursed three years after approval.",
        |s| s.terms.disbursement_profile[3]
    ),
    scalar!(
        "terms.disbursement_profile[4]",
        Terms,
        "Disbursed 4 years after approval",
        Fraction,
        0.0,
        1.0,
        Sourced("IDA: about 22 % a year of undisbursed balances"),
        "Share of an approval disbursed four years after approval.",
        |s| s.terms.disbursement_profile[4]
    ),
    scalar!(
        "terms.disbursement_profile[5]",
        Terms,
        "Disbursed 5 years after approval",
        Fraction,
        0.0,
        1.0,
        Sourced("IDA: about 22 % a year of undisbursed balances"),
        "Share of an approval disbursed five years after approval.",
        |s| s.terms.disbursement_profile[5]
    ),
    scalar!(
        "terms.cancellation_rate",
        Terms,
        "Cancellation rate",
        Fraction,
        0.0,
        0.20,
        Sourced("AIIB: about 2.6 % of approvals cancelled"),
        "Share of each approval that is cancelled and never disbursed.",
        |s| s.terms.cancellation_rate
    ),
    scalar!(
        "pricing.base_rate",
        Pricing,
        "Base rate",
        RatePerYear,
        0.0,
        0.10,
        Illustrative("a dollar reference rate near its 2024–25 level"),
        "Market reference rate; loans, funding and treasury all price off it.",
        |s| s.pricing.base_rate
    ),
    scalar!(
        "pricing.funding_spread",
        Pricing,
        "Own funding spread",
        RatePerYear,
        0.0,
        0.03,
        Illustrative("depends on the rating the bank would get"),
        "What the bank pays over the base rate on its bonds; passed through to borrowers.",
        |s| s.pricing.funding_spread
    ),
    scalar!(
        "pricing.sovereign_spread",
        Pricing,
        "Sovereign lending spread",
        RatePerYear,
        0.0,
        0.05,
        Sourced("AIIB sovereign loans: 0.75–1.40 % over the reference rate"),
        "Margin over base rate and funding spread on sovereign loans.",
        |s| s.pricing.sovereign_spread
    ),
    scalar!(
        "pricing.non_sovereign_spread",
        Pricing,
        "Non-sovereign lending spread",
        RatePerYear,
        0.0,
        0.05,
        Illustrative("private lending priced for its higher risk"),
        "Margin over base rate and funding spread on non-sovereign loans.",
        |s| s.pricing.non_sovereign_spread
    ),
    scalar!(
        "pricing.front_end_fee",
        Pricing,
        "Front-end fee",
        Fraction,
        0.0,
        0.01,
        Sourced("AIIB sovereign loan pricing (2016): 0.25 %"),
        "One-off fee on each approval.",
        |s| s.pricing.front_end_fee
    ),
    scalar!(
        "pricing.commitment_fee",
        Pricing,
        "Commitment fee",
        RatePerYear,
        0.0,
        0.01,
        Sourced("AIIB sovereign loan pricing (2016): 0.25 % a year"),
        "Annual fee on approved but undisbursed amounts.",
        |s| s.pricing.commitment_fee
    ),
    scalar!(
        "risk.non_sovereign_pd",
        Risk,
        "Non-sovereign default probability",
        RatePerYear,
        0.0,
        0.20,
        Sourced("GEMs consortium, private lending 1994–2024: 3.56 % a year"),
        "Annual probability that a non-sovereign loan defaults.",
        |s| s.risk.non_sovereign_pd
    ),
    scalar!(
        "risk.sovereign_lgd",
        Risk,
        "Sovereign loss given default",
        Fraction,
        0.0,
        1.0,
        Sourced("GEMs consortium: sovereign recoveries above 90 %"),
        "Share of a defaulted sovereign loan that is lost.",
        |s| s.risk.sovereign_lgd
    ),
    scalar!(
        "risk.non_sovereign_lgd",
        Risk,
        "Non-sovereign loss given default",
        Fraction,
        0.0,
        1.0,
        Sourced("GEMs consortium: private recoveries about 72 %"),
        "Share of a defaulted non-sovereign loan that is lost.",
        |s| s.risk.non_sovereign_lgd
    ),
    scalar!(
        "risk.pd_multiplier",
        Risk,
        "Default stress multiple",
        Multiple,
        0.0,
        5.0,
        Illustrative("a stress lever: 3 = defaults three times as likely"),
        "Multiplies every probability of default, sovereign and not (capped at 100 %).",
        |s| s.risk.pd_multiplier
    ),
    scalar!(
        "policy.capital_floor",
        Policy,
        "Capital floor",
        Fraction,
        0.10,
        0.60,
        Sourced("NDB: equity-to-assets at least 25 %; IBRD: equity-to-loans 18–19 %"),
        "Approvals stop where equity would fall below this share of loans plus undisbursed \
         commitments.",
        |s| s.policy.capital_floor
    ),
    scalar!(
        "policy.credit_conversion",
        Policy,
        "Credit conversion of undisbursed",
        Fraction,
        0.5,
        1.0,
        Illustrative("1 treats a commitment like a loan"),
        "How much of an undisbursed commitment counts as exposure.",
        |s| s.policy.credit_conversion
    ),
    scalar!(
        "policy.statutory_multiple",
        Policy,
        "Statutory lending multiple",
        Multiple,
        1.0,
        2.5,
        Sourced("AIIB Articles of Agreement, Art. 12: exposure ≤ 100 % of capital and reserves"),
        "Exposure never exceeds this multiple of subscribed capital plus retained earnings.",
        |s| s.policy.statutory_multiple
    ),
    scalar!(
        "policy.liquidity_ratio",
        Policy,
        "Liquidity",
        Multiple,
        0.0,
        2.0,
        Sourced("NDB: liquid assets cover at least 12 months of outflows"),
        "Liquid assets kept, as a multiple of the year's disbursements; funded by borrowing.",
        |s| s.policy.liquidity_ratio
    ),
    scalar!(
        "policy.opex_fixed",
        Policy,
        "Fixed operating cost",
        UsdBnPerYear,
        0.0,
        0.5,
        Sourced("AIIB general and administrative costs in its early years"),
        "Operating cost the bank bears every operating year.",
        |s| s.policy.opex_fixed
    ),
    scalar!(
        "policy.opex_variable",
        Policy,
        "Variable operating cost",
        RatePerYear,
        0.0,
        0.02,
        Sourced("AIIB: G&A about 0.9 % of loans early on"),
        "Operating cost as a share of loans outstanding.",
        |s| s.policy.opex_variable
    ),
    scalar!(
        "fund.commitments",
        Fund,
        "Fund commitments",
        UsdBn,
        0.0,
        50.0,
        Sourced("China-Eurasian Economic Cooperation Fund: $1bn → $5bn; Silk Road Fund: $40bn"),
        "Capital the members commit to the joint fund.",
        |s| s.fund.commitments
    ),
    scalar!(
        "fund.investment_period",
        Fund,
        "Investment period",
        Years,
        2.0,
        8.0,
        Sourced("Takahashi and Alexander (2002): typical private-equity fund terms"),
        "Years in which the fund calls capital and invests.",
        |s| s.fund.investment_period
    ),
    scalar!(
        "fund.fund_life",
        Fund,
        "Fund life",
        Years,
        6.0,
        20.0,
        Sourced("Takahashi and Alexander (2002): typical private-equity fund terms"),
        "Years until the fund has returned everything; longer than the investment period.",
        |s| s.fund.fund_life
    ),
    scalar!(
        "fund.first_year",
        Fund,
        "Fund's first year",
        CalendarYear,
        2020.0,
        2080.0,
        Sourced("the 2024 Astana summit backed the fund (seed 001)"),
        "Calendar year of the fund's first capital call.",
        |s| s.fund.first_year
    ),
    scalar!(
        "fund.growth",
        Fund,
        "Fund growth",
        RatePerYear,
        -0.10,
        0.30,
        Illustrative("Takahashi–Alexander default for buyout funds"),
        "Annual growth of the fund's net asset value.",
        |s| s.fund.growth
    ),
    scalar!(
        "fund.bow",
        Fund,
        "Distribution bow",
        Multiple,
        0.5,
        6.0,
        Illustrative("Takahashi–Alexander default"),
        "Shape of distributions: higher means later.",
        |s| s.fund.bow
    ),
    scalar!(
        "fund.yield_rate",
        Fund,
        "Minimum distribution rate",
        Fraction,
        0.0,
        0.10,
        Illustrative("Takahashi–Alexander: 0 for growth equity"),
        "Least share of NAV distributed each year.",
        |s| s.fund.yield_rate
    ),
    scalar!(
        "fund.fee_investment_period",
        Fund,
        "Management fee in the investment period",
        RatePerYear,
        0.0,
        0.03,
        Illustrative("market practice: 1.5–2 % of commitments"),
        "Annual fee on commitments while the fund invests.",
        |s| s.fund.fee_investment_period
    ),
    scalar!(
        "fund.fee_after",
        Fund,
        "Management fee after the investment period",
        RatePerYear,
        0.0,
        0.03,
        Illustrative("market practice: about 1 % of NAV"),
        "Annual fee on net asset value after the investment period.",
        |s| s.fund.fee_after
    ),
    scalar!(
        "fund.coinvestment_multiple",
        Fund,
        "Co-investment multiple",
        Multiple,
        0.0,
        4.0,
        Sourced("Russia-China Investment Fund (2012) aimed at 4×"),
        "Co-investment each fund dollar mobilises, reported apart from the fund's own books.",
        |s| s.fund.coinvestment_multiple
    ),
];

macro_rules! per_country {
    ($key:literal, $label:literal, $unit:ident, $min:expr, $max:expr, $basis:expr, $help:literal,
     |$c:ident| $field:ident) => {
        CountrySpec {
            key: $key,
            label: $label,
            unit: Unit::$unit,
            min: $min,
            max: $max,
            integer: matches!(Unit::$unit, Unit::Years | Unit::CalendarYear),
            help: $help,
            basis: $basis,
            get: |$c: &CountryAssumptions| ScalarValue::to_f64($c.$field),
            set: |$c: &mut CountryAssumptions, v: f64| $c.$field = ScalarValue::from_f64(v),
        }
    };
}

/// Assumptions every country has.
pub static COUNTRY_SCALARS: &[CountrySpec] = &[
    per_country!(
        "weight",
        "Pipeline weight",
        Fraction,
        0.0,
        1.0,
        Illustrative("proportional to √GDP, China halved as the main contributor"),
        "Relative share of generic lending demand, normalised over borrowing countries.",
        |c| weight
    ),
    per_country!(
        "disbursement_delay",
        "Disbursement delay",
        Years,
        0.0,
        3.0,
        Illustrative("the seeds' logistics bottlenecks, e.g. the Chabahar port behind schedule"),
        "Years by which this country's disbursements lag the standard profile.",
        |c| disbursement_delay
    ),
    per_country!(
        "sovereign_pd",
        "Sovereign default probability",
        RatePerYear,
        0.0,
        0.20,
        Illustrative("by rating bucket, calibrated to the GEMs 1.06 % sovereign default rate"),
        "Annual probability that a sovereign loan to this country defaults.",
        |c| sovereign_pd
    ),
    per_country!(
        "arrears",
        "Capital arrears",
        Fraction,
        0.0,
        1.0,
        Illustrative("0: every member pays on time"),
        "Share of its capital instalments the member does not pay.",
        |c| arrears
    ),
];

/// Range of a sector tilt.
pub const TILT_RANGE: (f64, f64) = (0.0, 3.0);
/// Range of a project's amount, US$ bn.
pub const PROJECT_AMOUNT_RANGE: (f64, f64) = (0.0, 50.0);
/// Basis of the sector tilt.
pub const TILT_BASIS: Basis =
    Illustrative("a policy lever: 1 is neutral, 2 doubles the sector's weight");

/// Looks up a scalar by its file path.
pub fn scalar(path: &str) -> Option<&'static ScalarSpec> {
    SCALARS.iter().find(|s| s.path == path)
}

/// The label of a sector tilt, for messages and tables.
pub fn tilt_path(sector: Sector) -> String {
    format!("sector_tilt.{}", sector.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baseline_sits_inside_every_range() {
        let s = Scenario::default();
        for spec in SCALARS {
            let v = (spec.get)(&s);
            assert!(
                v >= spec.min && v <= spec.max,
                "{} = {v} outside {}",
                spec.path,
                spec.allowed()
            );
        }
        for c in Country::ALL {
            for spec in COUNTRY_SCALARS {
                let v = (spec.get)(s.country(c));
                assert!(v >= spec.min && v <= spec.max, "{} = {v}", spec.path(c));
            }
        }
    }

    #[test]
    fn setters_write_the_field_getters_read() {
        for spec in SCALARS {
            let mut s = Scenario::default();
            let target = if spec.integer {
                spec.min.round()
            } else {
                0.5 * (spec.min + spec.max)
            };
            (spec.set)(&mut s, target);
            assert!(((spec.get)(&s) - target).abs() < 1e-12, "{}", spec.path);
        }
        let paths: std::collections::HashSet<_> = SCALARS.iter().map(|s| s.path).collect();
        assert_eq!(paths.len(), SCALARS.len(), "paths are unique");
    }

    #[test]
    fn units_format_for_people() {
        assert_eq!(Unit::Fraction.format(0.25), "25 %");
        assert_eq!(Unit::UsdBn.format(50.0), "50 US$ bn");
        assert_eq!(Unit::RatePerYear.format(0.035), "3.5 %/yr");
        assert_eq!(Unit::Multiple.format(1.5), "1.5×");
        assert_eq!(Unit::UsdBn.format_sig(99.425894, 4), "99.43 US$ bn");
        assert_eq!(Unit::Fraction.format_sig(0.26422055, 3), "26.4 %");
        assert_eq!(Unit::UsdBn.format_sig(-1234.5, 3), "-1230 US$ bn");
    }
}
