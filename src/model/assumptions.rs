//! The catalogue of assumptions: for every scalar a user can change, its path in the file,
//! unit, allowed range and basis (a named source, or *illustrative*), with an accessor; its
//! label, explanation and the words of its basis are in the translation files, under its key. Validation, the assumptions panel, sensitivity and `diff` all read
//! ranges and labels from here, so each is stated once.

use super::reference::{Country, Rating, Sector};
use super::scenario::{CountryAssumptions, Scenario};

/// Where a default comes from. The words (the source, or what a judgement rests on) are in the
/// translation files, under the assumption's key with `-basis`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// A named, checkable source.
    Sourced,
    /// A judgement, not a measurement.
    Illustrative,
}

impl Basis {
    pub fn is_illustrative(self) -> bool {
        matches!(self, Illustrative)
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
    /// A rating bucket, stored as its place in [`Rating::ALL`] (0 = AAA … 7 = unrated).
    Rating,
}

impl Unit {
    /// How a stored value is scaled for people: percentages ×100, money ×10 in Chinese (亿),
    /// everything else as stored.
    pub fn display_scale(self) -> f64 {
        match self {
            Unit::Fraction | Unit::RatePerYear => 100.0,
            // Chinese counts money in 亿 (10⁸): 50 bn is 500亿美元.
            Unit::UsdBn | Unit::UsdBnPerYear => crate::i18n::num::money_scale(),
            _ => 1.0,
        }
    }

    /// The unit as a label shows it after an assumption's name: `US$ bn`, `%/yr`, `years`.
    pub fn suffix(self) -> String {
        match self {
            Unit::UsdBn => crate::t!("unit-usd-bn"),
            Unit::UsdBnPerYear => crate::t!("unit-usd-bn-per-year"),
            Unit::Fraction => "%".to_owned(),
            Unit::RatePerYear => crate::t!("unit-percent-per-year"),
            Unit::Years => crate::t!("unit-years"),
            Unit::CalendarYear => String::new(),
            Unit::Multiple => "×".to_owned(),
            Unit::Rating => String::new(),
        }
    }

    /// The value as a person reads it, in the reader's language: percentages for fractions.
    pub fn format(self, value: f64) -> String {
        use crate::i18n::num::trimmed;
        match self {
            Unit::Fraction => crate::i18n::num::percent_trimmed(value * 100.0),
            Unit::RatePerYear => crate::t!(
                "unit-value-percent-per-year",
                value = trimmed(value * 100.0)
            ),
            Unit::CalendarYear => format!("{value:.0}"),
            Unit::Years => crate::t!(
                "unit-value-years",
                count = value.round(),
                value = format!("{value:.0}")
            ),
            Unit::Multiple => format!("{}×", trimmed(value)),
            Unit::Rating => Rating::from_index(value).label(),
            Unit::UsdBn => crate::t!(
                "unit-value-usd-bn",
                value = trimmed(value * self.display_scale())
            ),
            Unit::UsdBnPerYear => crate::t!(
                "unit-value-usd-bn-per-year",
                value = trimmed(value * self.display_scale())
            ),
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
    /// Every group, in panel order.
    pub const ALL: [Group; 11] = [
        Group::Horizon,
        Group::Capital,
        Group::Demand,
        Group::Countries,
        Group::Sectors,
        Group::Terms,
        Group::Pricing,
        Group::Risk,
        Group::Policy,
        Group::Fund,
        Group::Projects,
    ];

    /// The group of a path in the file (`capital.subscribed`, `countries.KAZ.weight`,
    /// `projects[2].amount`): its section's. `None` for the study's own settings (`seed`,
    /// `uncertainty`) and what is not a path of the file.
    pub fn of_path(path: &str) -> Option<Group> {
        let head = path.split(['.', '[', ':']).next()?;
        Some(match head {
            "start_year" | "years" => Group::Horizon,
            "capital" => Group::Capital,
            "demand" => Group::Demand,
            "countries" => Group::Countries,
            "sector_tilt" => Group::Sectors,
            "terms" => Group::Terms,
            "pricing" => Group::Pricing,
            "risk" => Group::Risk,
            "policy" => Group::Policy,
            "fund" => Group::Fund,
            "projects" => Group::Projects,
            _ => return None,
        })
    }

    pub fn title(self) -> String {
        crate::i18n::tr(match self {
            Group::Horizon => "group-horizon",
            Group::Capital => "group-capital",
            Group::Demand => "group-demand",
            Group::Countries => "group-countries",
            Group::Sectors => "group-sectors",
            Group::Terms => "group-terms",
            Group::Pricing => "group-pricing",
            Group::Risk => "group-risk",
            Group::Policy => "group-policy",
            Group::Fund => "group-fund",
            Group::Projects => "group-projects",
        })
    }
}

/// Whether an assumption describes the world the bank and the fund meet or a choice their
/// members make (model.md §3c): "Explain the difference" splits a change into the two.
///
/// The world's: demand (its first year, growth, ceiling), absorption, a country's base sector
/// mix, disbursement profile and delays, cancellation, default risk and losses, arrears, the base
/// rate and the bank's own funding spread (set by markets), and the fund's performance (its call
/// pace, growth, distributions and the co-investment it draws). Everything else is a choice:
/// the horizon (what is measured), capital and shares, membership and who borrows, pipeline
/// weights and caps, the sovereign share of lending, loan terms, spreads and fees, the capital
/// policy and lending rule, operating costs, sector tilts, the fund's size, design, fees and
/// mandate, and the named projects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    World,
    Choice,
}

impl Class {
    /// Both, in the order they are shown.
    pub const ALL: [Class; 2] = [Class::World, Class::Choice];

    /// The class of a path in the file (`demand.growth`, `countries.KAZ.sovereign_pd`,
    /// `fund.mandate.chemicals`).
    pub fn of_path(path: &str) -> Class {
        const WORLD: [&str; 18] = [
            "demand.first_year_approvals",
            "demand.growth",
            "demand.ceiling",
            "demand.absorption_cap",
            "terms.disbursement_profile",
            "terms.cancellation_rate",
            "pricing.base_rate",
            "pricing.funding_spread",
            "risk.",
            "fund.call_rates",
            "fund.growth",
            "fund.bow",
            "fund.yield_rate",
            "fund.coinvestment_multiple",
            // How the agencies and the markets see capital (the rating lens).
            "policy.preferred_creditor",
            "policy.concentration_factor",
            "policy.callable_threshold",
            "pricing.spread_follows_assessment",
        ];
        const WORLD_IN_A_COUNTRY: [&str; 5] = [
            "rating",
            "disbursement_delay",
            "sovereign_pd",
            "arrears",
            "sector_mix",
        ];
        if WORLD.iter().any(|w| path.starts_with(w)) {
            return Class::World;
        }
        if let Some(rest) = path.strip_prefix("countries.")
            && let Some((_, key)) = rest.split_once('.')
            && WORLD_IN_A_COUNTRY.iter().any(|w| key.starts_with(w))
        {
            return Class::World;
        }
        Class::Choice
    }

    /// "The world", "Choices": a part's name in an explanation.
    pub fn title(self) -> String {
        crate::i18n::tr(match self {
            Class::World => "class-world",
            Class::Choice => "class-choices",
        })
    }

    /// The sentence an assumption's tooltip gives its class in.
    pub fn tooltip_line(self) -> String {
        crate::i18n::tr(match self {
            Class::World => "class-line-world",
            Class::Choice => "class-line-choice",
        })
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
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    /// Takes whole numbers only.
    pub integer: bool,
    pub basis: Basis,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

/// One assumption that every country has.
#[derive(Clone, Copy, Debug)]
pub struct CountrySpec {
    /// Field name inside a country's entry, e.g. `weight`.
    pub key: &'static str,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    pub integer: bool,
    pub basis: Basis,
    pub get: fn(&CountryAssumptions) -> f64,
    pub set: fn(&mut CountryAssumptions, f64),
}

/// The words of an assumption: its label, explanation and basis, from the translation files
/// (`<key>`, `<key>-help`, `<key>-basis`).
fn words(key: &str, part: &str) -> String {
    crate::i18n::tr(&format!("{key}{part}"))
}

/// The range a value must lie in, in words: `5 to 200`.
fn allowed(min: f64, max: f64) -> String {
    use crate::i18n::num::trimmed;
    crate::t!("range-allowed", min = trimmed(min), max = trimmed(max))
}

impl ScalarSpec {
    /// The key of the assumption's words: `a-` and the path, `capital.paid_in_ratio` →
    /// `a-capital-paid-in-ratio`, `terms.disbursement_profile[0]` → `a-terms-disbursement-profile-0`.
    pub fn key(&self) -> String {
        let words: String = self
            .path
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!("a-{}", words.trim_end_matches('-'))
    }

    pub fn label(&self) -> String {
        words(&self.key(), "")
    }

    pub fn help(&self) -> String {
        words(&self.key(), "-help")
    }

    /// The source of the default, or what a judgement rests on.
    pub fn basis_text(&self) -> String {
        words(&self.key(), "-basis")
    }

    pub fn allowed(&self) -> String {
        allowed(self.min, self.max)
    }
}

impl CountrySpec {
    pub fn path(&self, country: Country) -> String {
        format!("countries.{}.{}", country.code(), self.key)
    }

    /// The key of the assumption's words: `ac-` and the field, `sovereign_pd` →
    /// `ac-sovereign-pd`.
    pub fn words_key(&self) -> String {
        format!("ac-{}", self.key.replace('_', "-"))
    }

    pub fn label(&self) -> String {
        words(&self.words_key(), "")
    }

    /// The assumption for one country, as the Compare table and the study's lists name it
    /// ("Kazakhstan: sovereign default probability"): each language writes the whole phrase,
    /// so the label is in the case the language needs there (no code lowercases it).
    pub fn label_for(&self, country: Country) -> String {
        crate::i18n::tr_with(
            &format!("{}-of", self.words_key()),
            &[("country", country.name().into())],
        )
    }

    pub fn help(&self) -> String {
        words(&self.words_key(), "-help")
    }

    pub fn basis_text(&self) -> String {
        words(&self.words_key(), "-basis")
    }

    pub fn allowed(&self) -> String {
        allowed(self.min, self.max)
    }
}

macro_rules! scalar {
    ($path:literal, $group:ident, $unit:ident, $min:expr, $max:expr, $basis:expr,
     |$s:ident| $place:expr) => {
        ScalarSpec {
            path: $path,
            group: Group::$group,
            unit: Unit::$unit,
            min: $min,
            max: $max,
            integer: matches!(Unit::$unit, Unit::Years | Unit::CalendarYear | Unit::Rating),
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
        CalendarYear,
        // Historical years too: a replay of a real bank (AIIB from 2016) is the model's test.
        2000.0,
        2060.0,
        Illustrative,
        |s| s.start_year
    ),
    scalar!("years", Horizon, Years, 10.0, 40.0, Illustrative, |s| s
        .years),
    scalar!(
        "capital.subscribed",
        Capital,
        UsdBn,
        5.0,
        200.0,
        Sourced,
        |s| s.capital.subscribed
    ),
    scalar!(
        "capital.paid_in_ratio",
        Capital,
        Fraction,
        0.05,
        0.50,
        Sourced,
        |s| s.capital.paid_in_ratio
    ),
    scalar!(
        "capital.instalments",
        Capital,
        Years,
        1.0,
        10.0,
        Sourced,
        |s| s.capital.instalments
    ),
    scalar!(
        "capital.hybrid_equal_part",
        Capital,
        Fraction,
        0.0,
        1.0,
        Illustrative,
        |s| s.capital.hybrid_equal_part
    ),
    scalar!(
        "capital.share_cap",
        Capital,
        Fraction,
        0.10,
        1.0,
        Illustrative,
        |s| s.capital.share_cap
    ),
    scalar!(
        "capital.first_year",
        Capital,
        CalendarYear,
        2000.0,
        2080.0,
        Illustrative,
        |s| s.capital.first_year
    ),
    scalar!(
        "demand.first_year_approvals",
        Demand,
        UsdBnPerYear,
        0.0,
        10.0,
        Sourced,
        |s| s.demand.first_year_approvals
    ),
    scalar!(
        "demand.growth",
        Demand,
        RatePerYear,
        0.0,
        1.0,
        Sourced,
        |s| s.demand.growth
    ),
    scalar!(
        "demand.ceiling",
        Demand,
        UsdBnPerYear,
        1.0,
        50.0,
        Sourced,
        |s| s.demand.ceiling
    ),
    scalar!(
        "demand.sovereign_share",
        Demand,
        Fraction,
        0.0,
        1.0,
        Sourced,
        |s| s.demand.sovereign_share
    ),
    scalar!(
        "demand.country_cap",
        Demand,
        Fraction,
        0.10,
        1.0,
        Sourced,
        |s| s.demand.country_cap
    ),
    scalar!(
        "demand.absorption_cap",
        Demand,
        Fraction,
        0.001,
        0.05,
        Illustrative,
        |s| s.demand.absorption_cap
    ),
    scalar!("terms.tenor", Terms, Years, 5.0, 35.0, Sourced, |s| s
        .terms
        .tenor),
    scalar!("terms.grace", Terms, Years, 0.0, 10.0, Sourced, |s| s
        .terms
        .grace),
    scalar!(
        "terms.disbursement_profile[0]",
        Terms,
        Fraction,
        0.0,
        1.0,
        Sourced,
        |s| s.terms.disbursement_profile[0]
    ),
    scalar!(
        "terms.disbursement_profile[1]",
        Terms,
        Fraction,
        0.0,
        1.0,
        Sourced,
        |s| s.terms.disbursement_profile[1]
    ),
    scalar!(
        "terms.disbursement_profile[2]",
        Terms,
        Fraction,
        0.0,
        1.0,
        Sourced,
        |s| s.terms.disbursement_profile[2]
    ),
    scalar!(
        "terms.disbursement_profile[3]",
        Terms,
        Fraction,
        0.0,
        1.0,
        Sourced,
        |s| s.terms.disbursement_profile[3]
    ),
    scalar!(
        "terms.disbursement_profile[4]",
        Terms,
        Fraction,
        0.0,
        1.0,
        Sourced,
        |s| s.terms.disbursement_profile[4]
    ),
    scalar!(
        "terms.disbursement_profile[5]",
        Terms,
        Fraction,
        0.0,
        1.0,
        Sourced,
        |s| s.terms.disbursement_profile[5]
    ),
    scalar!(
        "terms.cancellation_rate",
        Terms,
        Fraction,
        0.0,
        0.20,
        Sourced,
        |s| s.terms.cancellation_rate
    ),
    scalar!(
        "pricing.base_rate",
        Pricing,
        RatePerYear,
        0.0,
        0.10,
        Illustrative,
        |s| s.pricing.base_rate
    ),
    scalar!(
        "pricing.funding_spread",
        Pricing,
        RatePerYear,
        0.0,
        0.03,
        Illustrative,
        |s| s.pricing.funding_spread
    ),
    scalar!(
        "pricing.sovereign_spread",
        Pricing,
        RatePerYear,
        0.0,
        0.05,
        Sourced,
        |s| s.pricing.sovereign_spread
    ),
    scalar!(
        "pricing.non_sovereign_spread",
        Pricing,
        RatePerYear,
        0.0,
        0.05,
        Illustrative,
        |s| s.pricing.non_sovereign_spread
    ),
    scalar!(
        "pricing.front_end_fee",
        Pricing,
        Fraction,
        0.0,
        0.01,
        Sourced,
        |s| s.pricing.front_end_fee
    ),
    scalar!(
        "pricing.commitment_fee",
        Pricing,
        RatePerYear,
        0.0,
        0.01,
        Sourced,
        |s| s.pricing.commitment_fee
    ),
    scalar!(
        "risk.non_sovereign_pd",
        Risk,
        RatePerYear,
        0.0,
        0.20,
        Sourced,
        |s| s.risk.non_sovereign_pd
    ),
    scalar!(
        "risk.sovereign_lgd",
        Risk,
        Fraction,
        0.0,
        1.0,
        Sourced,
        |s| s.risk.sovereign_lgd
    ),
    scalar!(
        "risk.non_sovereign_lgd",
        Risk,
        Fraction,
        0.0,
        1.0,
        Sourced,
        |s| s.risk.non_sovereign_lgd
    ),
    scalar!(
        "risk.pd_multiplier",
        Risk,
        Multiple,
        0.0,
        5.0,
        Illustrative,
        |s| s.risk.pd_multiplier
    ),
    scalar!(
        "policy.capital_floor",
        Policy,
        Fraction,
        0.10,
        0.60,
        Sourced,
        |s| s.policy.capital_floor
    ),
    scalar!(
        "policy.credit_conversion",
        Policy,
        Fraction,
        0.5,
        1.0,
        Illustrative,
        |s| s.policy.credit_conversion
    ),
    scalar!(
        "policy.statutory_multiple",
        Policy,
        Multiple,
        1.0,
        2.5,
        Sourced,
        |s| s.policy.statutory_multiple
    ),
    scalar!(
        "policy.liquidity_ratio",
        Policy,
        Multiple,
        0.0,
        2.0,
        Sourced,
        |s| s.policy.liquidity_ratio
    ),
    scalar!(
        "policy.opex_fixed",
        Policy,
        UsdBnPerYear,
        0.0,
        0.5,
        Sourced,
        |s| s.policy.opex_fixed
    ),
    scalar!(
        "policy.opex_variable",
        Policy,
        RatePerYear,
        0.0,
        0.02,
        Sourced,
        |s| s.policy.opex_variable
    ),
    // The lending rule as its look-ahead: 1 year is the hard limit, more a sustainable level
    // (so that sensitivity, goal seek, uncertainty and the diff all see it as one number).
    ScalarSpec {
        path: "policy.lending_rule.lookahead",
        group: Group::Policy,
        unit: Unit::Years,
        min: 1.0,
        max: 15.0, // MAX_LOOKAHEAD (a test keeps them equal)
        integer: true,
        basis: Sourced,
        get: |s: &Scenario| f64::from(s.policy.lending_rule.lookahead()),
        set: |s: &mut Scenario, v: f64| {
            s.policy.lending_rule = s.policy.lending_rule.with_lookahead(v);
        },
    },
    // The rating lens (model.md §2).
    scalar!(
        "policy.preferred_creditor",
        Policy,
        Fraction,
        0.0,
        0.9,
        Illustrative,
        |s| s.policy.preferred_creditor
    ),
    scalar!(
        "policy.concentration_factor",
        Policy,
        Multiple,
        0.0,
        5.0,
        Illustrative,
        |s| s.policy.concentration_factor
    ),
    // AAA (0) to BBB (3): the thresholds the agencies' rules give.
    ScalarSpec {
        path: "policy.callable_threshold",
        group: Group::Policy,
        unit: Unit::Rating,
        min: 0.0,
        max: 3.0,
        integer: true,
        basis: Sourced,
        get: |s: &Scenario| s.policy.callable_threshold.index() as f64,
        set: |s: &mut Scenario, v: f64| s.policy.callable_threshold = Rating::from_index(v),
    },
    // 0 is off (`None` in the file).
    ScalarSpec {
        path: "policy.min_rac",
        group: Group::Policy,
        unit: Unit::Fraction,
        min: 0.0,
        max: 0.40,
        integer: false,
        basis: Illustrative,
        get: |s: &Scenario| s.policy.min_rac.unwrap_or(0.0),
        set: |s: &mut Scenario, v: f64| s.policy.min_rac = (v > 0.0 || v.is_nan()).then_some(v),
    },
    scalar!("fund.commitments", Fund, UsdBn, 0.0, 50.0, Sourced, |s| s
        .fund
        .commitments),
    scalar!(
        "fund.investment_period",
        Fund,
        Years,
        2.0,
        8.0,
        Sourced,
        |s| s.fund.investment_period
    ),
    scalar!("fund.fund_life", Fund, Years, 6.0, 20.0, Sourced, |s| s
        .fund
        .fund_life),
    scalar!(
        "fund.first_year",
        Fund,
        CalendarYear,
        2000.0,
        2080.0,
        Sourced,
        |s| s.fund.first_year
    ),
    scalar!(
        "fund.growth",
        Fund,
        RatePerYear,
        -0.10,
        0.30,
        Illustrative,
        |s| s.fund.growth
    ),
    scalar!("fund.bow", Fund, Multiple, 0.5, 6.0, Illustrative, |s| s
        .fund
        .bow),
    scalar!(
        "fund.yield_rate",
        Fund,
        Fraction,
        0.0,
        0.10,
        Illustrative,
        |s| s.fund.yield_rate
    ),
    scalar!(
        "fund.fee_investment_period",
        Fund,
        RatePerYear,
        0.0,
        0.03,
        Illustrative,
        |s| s.fund.fee_investment_period
    ),
    scalar!(
        "fund.fee_after",
        Fund,
        RatePerYear,
        0.0,
        0.03,
        Illustrative,
        |s| s.fund.fee_after
    ),
    scalar!(
        "fund.coinvestment_multiple",
        Fund,
        Multiple,
        0.0,
        4.0,
        Sourced,
        |s| s.fund.coinvestment_multiple
    ),
];

macro_rules! per_country {
    ($key:literal, $unit:ident, $min:expr, $max:expr, $basis:expr, $field:ident) => {
        CountrySpec {
            key: $key,
            unit: Unit::$unit,
            min: $min,
            max: $max,
            integer: matches!(Unit::$unit, Unit::Years | Unit::CalendarYear | Unit::Rating),
            basis: $basis,
            get: |c: &CountryAssumptions| ScalarValue::to_f64(c.$field),
            set: |c: &mut CountryAssumptions, v: f64| c.$field = ScalarValue::from_f64(v),
        }
    };
}

/// Assumptions every country has.
pub static COUNTRY_SCALARS: &[CountrySpec] = &[
    per_country!("weight", Fraction, 0.0, 1.0, Illustrative, weight),
    per_country!(
        "disbursement_delay",
        Years,
        0.0,
        3.0,
        Illustrative,
        disbursement_delay
    ),
    // AAA (0) … CCC (6), unrated (7).
    CountrySpec {
        key: "rating",
        unit: Unit::Rating,
        min: 0.0,
        max: 7.0,
        integer: true,
        basis: Sourced,
        get: |c: &CountryAssumptions| c.rating.index() as f64,
        set: |c: &mut CountryAssumptions, v: f64| c.rating = Rating::from_index(v),
    },
    per_country!(
        "sovereign_pd",
        RatePerYear,
        0.0,
        0.20,
        Illustrative,
        sovereign_pd
    ),
    per_country!("arrears", Fraction, 0.0, 1.0, Illustrative, arrears),
];

/// Range of a sector tilt.
pub const TILT_RANGE: (f64, f64) = (0.0, 3.0);
/// Range of a project's amount, US$ bn.
pub const PROJECT_AMOUNT_RANGE: (f64, f64) = (0.0, 50.0);
/// Basis of the sector tilt.
/// (Its words: `a-sector-tilt-basis`.)
pub const TILT_BASIS: Basis = Illustrative;

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
        assert_eq!(Unit::UsdBn.format_sig(-1234.5, 3), "−1,230 US$ bn");
        assert_eq!(Unit::Years.format(1.0), "1 year");
        assert_eq!(Unit::Years.format(5.0), "5 years");
        crate::i18n::set_for_thread(crate::i18n::Lang::Ru);
        assert_eq!(Unit::Fraction.format(0.25), "25 %");
        assert_eq!(Unit::RatePerYear.format(0.035), "3,5 %/год");
        assert_eq!(Unit::Years.format(1.0), "1 год");
        assert_eq!(Unit::Years.format(2.0), "2 года");
        assert_eq!(Unit::Years.format(5.0), "5 лет");
        assert_eq!(Unit::Years.format(21.0), "21 год");
        crate::i18n::set_for_thread(crate::i18n::Lang::Zh);
        assert_eq!(Unit::Fraction.format(0.25), "25%");
        assert_eq!(Unit::Years.format(5.0), "5年");
        crate::i18n::set_for_thread(crate::i18n::Lang::En);
    }
}
