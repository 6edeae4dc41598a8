//! The scenario: every assumption of the model (model.md §2–3) as plain, serde-serialisable
//! data. `Scenario::default()` is the built-in baseline.
//!
//! Units everywhere: US$ billion (nominal), years, and rates as fractions per year
//! (0.035 = 3.5 %). Field order is the order a reader thinks of them and the order a saved
//! file shows them: capital, demand, countries, sectors, terms, pricing, risk, policy, fund,
//! projects, seed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use super::uncertainty::{Distribution, Uncertain, Uncertainty};

pub use super::reference::Rating;
use super::reference::{
    Country, N_SECTORS, Role, Sector, default_pipeline_weight, default_sector_mix,
};

/// First calendar year of the baseline projection.
pub const DEFAULT_START_YEAR: i32 = 2027;

/// Version of the scenario file layout this app writes and reads (older ones are upgraded).
///
/// Schema 3 added `uncertainty` and `meta.reference`; a schema-2 file reads as it is, taking
/// the baseline's study. Schema 4 added `policy.lending_rule`; older files read as they are
/// and keep the hard limit they were written under. Schema 5 added the rating lens (model.md
/// §2, "The rating lens"): each country's `rating`, `policy.preferred_creditor`,
/// `policy.concentration_factor`, `policy.callable_threshold`, `policy.min_rac` and
/// `pricing.spread_follows_assessment`; an older file reads as it is, its countries taking
/// their reference ratings and the lens's options their defaults (the risk-based limit and the
/// funding feedback off), so it projects exactly as it did.
pub const SCHEMA: u32 = 5;

/// A complete set of assumptions about the bank and the fund.
///
/// In a file, a field left out takes its baseline value; so does a country left out of
/// `countries`, and any field left out of a country's entry. A `sector_tilt` left out is 1;
/// sector shares (`sector_mix`, `mandate`) left out are 0.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    /// Version of the file layout (see [`SCHEMA`]).
    pub schema: u32,
    pub meta: Metadata,
    /// Calendar year of projection year 1.
    pub start_year: i32,
    /// Projection horizon in years (10–40).
    pub years: u32,
    pub capital: Capital,
    pub demand: Demand,
    #[serde(deserialize_with = "merge::countries")]
    pub countries: BTreeMap<Country, CountryAssumptions>,
    /// Sector tilt `τ_k` (0–3, 1 = neutral): multiplies every country's base mix for the sector.
    #[serde(deserialize_with = "merge::tilts")]
    pub sector_tilt: BTreeMap<Sector, f64>,
    pub terms: LoanTerms,
    pub pricing: Pricing,
    pub risk: Risk,
    pub policy: CapitalPolicy,
    pub fund: FundAssumptions,
    /// Named projects, approved before generic demand in file order.
    pub projects: Vec<Project>,
    /// Seed of the Monte Carlo generator, so that a colleague gets the same bands.
    pub seed: u64,
    /// The uncertainty study: assumptions given distributions and the number of runs.
    pub uncertainty: Uncertainty,
}

/// How subscribed capital is divided among the members.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShareRule {
    /// Equal shares (NDB).
    Equal,
    /// Proportional to GDP (AIIB-style).
    Gdp,
    /// `hybrid_equal_part` equal, the rest by GDP.
    Hybrid,
    /// Each member's `bank_share` as given; the cap does not apply.
    Custom,
}

/// Capital and shareholding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Capital {
    /// Subscribed capital `S`, US$ bn.
    pub subscribed: f64,
    /// Paid-in ratio `p`: the share of subscribed capital actually paid in.
    pub paid_in_ratio: f64,
    /// Paid-in instalments `n`: paid in equal annual parts over this many operating years.
    pub instalments: u32,
    pub share_rule: ShareRule,
    /// Equal part of the hybrid rule (0.4 = 40 % equal + 60 % GDP).
    pub hybrid_equal_part: f64,
    /// No member holds more than this share (redistributed to the others by water-filling).
    pub share_cap: f64,
    /// First operating year of the bank (calendar year); a later start delays everything.
    pub first_year: i32,
}

/// Lending demand and how it is spread across countries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Demand {
    /// First-year generic approvals `A1`, US$ bn (0: named projects only).
    pub first_year_approvals: f64,
    /// Annual growth of generic demand `g`.
    pub growth: f64,
    /// Ceiling on generic demand `Amax`, US$ bn a year.
    pub ceiling: f64,
    /// Sovereign share `σ` of generic approvals.
    pub sovereign_share: f64,
    /// Single-country cap `κ`: no country gets more than this share of a year's generic programme.
    pub country_cap: f64,
    /// Absorption cap `α`: a country's approvals (projects included) stay below α × its GDP a year.
    pub absorption_cap: f64,
}

/// Per-country assumptions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CountryAssumptions {
    /// Subscribes capital to the bank and contributes to the fund.
    pub member: bool,
    /// Takes part in the lending pipeline and receives fund investments.
    pub borrows: bool,
    /// Pipeline weight `w_c` (0–1), normalised over borrowing countries.
    pub weight: f64,
    /// Years by which disbursements to this country lag the standard profile (logistics).
    pub disbursement_delay: u32,
    /// The country's sovereign rating bucket: the risk weights of loans to it and whether its
    /// callable capital counts (the rating lens). Its default probability is set apart.
    pub rating: Rating,
    /// Annual sovereign probability of default.
    pub sovereign_pd: f64,
    /// Share of its capital instalments the member does not pay (0–1).
    pub arrears: f64,
    /// Bank share under the custom rule.
    pub bank_share: Option<f64>,
    /// Fund share under the custom rule.
    pub fund_share: Option<f64>,
    /// Base sector mix of the country's pipeline (relative weights, normalised after the tilt).
    #[serde(deserialize_with = "merge::shares")]
    pub sector_mix: BTreeMap<Sector, f64>,
}

/// Neutral values for a country not named in a file: not a member, does not borrow.
static NEUTRAL_COUNTRY: CountryAssumptions = CountryAssumptions {
    member: false,
    borrows: false,
    weight: 0.0,
    disbursement_delay: 0,
    rating: Rating::Unrated,
    sovereign_pd: 0.03,
    arrears: 0.0,
    bank_share: None,
    fund_share: None,
    sector_mix: BTreeMap::new(),
};

impl Default for CountryAssumptions {
    fn default() -> Self {
        NEUTRAL_COUNTRY.clone()
    }
}

impl CountryAssumptions {
    /// The baseline assumptions for a country, from the reference data.
    pub fn baseline(country: Country) -> Self {
        let info = country.info();
        let member = info.role == Role::Member;
        CountryAssumptions {
            member,
            borrows: member,
            weight: default_pipeline_weight(country),
            disbursement_delay: 0,
            rating: info.rating,
            sovereign_pd: info.rating.default_probability(),
            arrears: 0.0,
            bank_share: None,
            fund_share: None,
            sector_mix: sector_map(default_sector_mix(country)),
        }
    }
}

/// How loans repay after the grace period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Amortisation {
    /// Equal principal instalments: `1/(N−G)` of the cohort a year.
    EqualPrincipal,
    /// Level payments at the cohort's loan rate (principal part = `ppmt`).
    Annuity,
}

/// Number of years over which an approval disburses (`d_0 … d_5`).
pub const DISBURSEMENT_YEARS: usize = 6;

/// Loan terms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LoanTerms {
    /// Tenor `N`, years from disbursement to final repayment.
    pub tenor: u32,
    /// Grace `G`, years of interest only.
    pub grace: u32,
    pub amortisation: Amortisation,
    /// Share of an approval disbursed in the approval year and each of the five after it.
    pub disbursement_profile: [f64; DISBURSEMENT_YEARS],
    /// Cancellation rate `χ`, taken at approval.
    pub cancellation_rate: f64,
}

/// Pricing of loans and of the bank's own funding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Pricing {
    /// Base rate `r`.
    pub base_rate: f64,
    /// The bank's own funding spread `f` over the base rate.
    pub funding_spread: f64,
    pub sovereign_spread: f64,
    pub non_sovereign_spread: f64,
    /// One-off fee on approvals.
    pub front_end_fee: f64,
    /// Annual fee on undisbursed balances.
    pub commitment_fee: f64,
    /// The own funding spread follows the previous year's capital assessment (the rating
    /// lens) instead of `funding_spread`; loans keep their price.
    pub spread_follows_assessment: bool,
}

/// Credit risk (sovereign PDs are per country).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Risk {
    pub non_sovereign_pd: f64,
    pub sovereign_lgd: f64,
    pub non_sovereign_lgd: f64,
    /// Multiplies every probability of default (a stress lever; 1 = as given).
    pub pd_multiplier: f64,
}

/// Capital policy: the capital-adequacy limit, liquidity and operating costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CapitalPolicy {
    /// Whether the capital limit caps approvals at all.
    pub enforce_limit: bool,
    /// Floor `e_min` on E / (L + ccf·U).
    pub capital_floor: f64,
    /// Credit-conversion factor for undisbursed commitments.
    pub credit_conversion: f64,
    /// Statutory multiple `m`: exposure ≤ m × (subscribed + retained earnings).
    pub statutory_multiple: f64,
    /// Liquid assets kept, as a multiple of the year's disbursements.
    pub liquidity_ratio: f64,
    /// Fixed operating cost, US$ bn a year.
    pub opex_fixed: f64,
    /// Variable operating cost, a fraction of loans outstanding.
    pub opex_variable: f64,
    /// How the limit sets approvals: all demand while there is headroom, or a level sustained
    /// over a look-ahead (model.md §2, "Lending rule").
    pub lending_rule: LendingRule,
    /// The rating lens (model.md §2): the share by which sovereign risk weights are reduced
    /// for preferred-creditor treatment (0–0.9).
    pub preferred_creditor: f64,
    /// `γ`: credit risk-weighted assets grow by `γ·max(0, HHI − 0.10)` for concentration in a
    /// few countries (0–5).
    pub concentration_factor: f64,
    /// The lowest rating a member needs for its callable capital to count (AAA, AA, A or
    /// BBB; AA stands for Fitch's AA−).
    pub callable_threshold: Rating,
    /// The risk-based lending limit: approvals are capped so that the year-end risk-adjusted
    /// capital ratio stays at or above it (`None`: off).
    pub min_rac: Option<f64>,
}

/// The most look-ahead years a sustainable lending rule may take.
pub const MAX_LOOKAHEAD: u32 = 15;

/// How the capital limit sets approvals (model.md §2, "Lending rule").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LendingRule {
    /// Approve all demand while there is headroom under this year's limit.
    #[default]
    HardLimit,
    /// Approve at most the constant level that, approved every year for `lookahead` years,
    /// keeps every one of those years within its limit (IBRD's sustainable annual lending
    /// limit). `lookahead: 1` is the hard limit.
    Sustainable { lookahead: u32 },
}

impl LendingRule {
    /// The look-ahead in years; the hard limit looks one year ahead.
    pub fn lookahead(self) -> u32 {
        match self {
            LendingRule::HardLimit => 1,
            LendingRule::Sustainable { lookahead } => lookahead,
        }
    }

    /// The rule with a look-ahead of `years` (rounded; 1 is the hard limit, kept as it is
    /// written when it was already the hard limit).
    pub fn with_lookahead(self, years: f64) -> LendingRule {
        let years = years.round();
        if years <= 1.0 && self == LendingRule::HardLimit {
            return self;
        }
        LendingRule::Sustainable {
            lookahead: if years.is_finite() {
                years.clamp(0.0, f64::from(u32::MAX)) as u32
            } else {
                0
            },
        }
    }
}

/// Who pays into the fund.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FundContributions {
    /// The same shares as the bank.
    SameAsBank,
    /// Each member's `fund_share`.
    Custom,
}

/// The joint investment fund (Takahashi–Alexander).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FundAssumptions {
    /// Commitments `K`, US$ bn.
    pub commitments: f64,
    pub contributions: FundContributions,
    /// Investment period `IP`, years.
    pub investment_period: u32,
    /// Fund life `FL`, years.
    pub fund_life: u32,
    /// First year of the fund (calendar year).
    pub first_year: i32,
    /// Share of uncalled commitments called in investment-period years 1, 2, …; years past the
    /// list repeat its last rate, and the last investment-period year calls all that is left.
    pub call_rates: Vec<f64>,
    /// Growth of NAV `Gr`.
    pub growth: f64,
    /// Bow `Bw` of the distribution schedule.
    pub bow: f64,
    /// Minimum distribution rate `Y`.
    pub yield_rate: f64,
    /// Management fee on commitments during the investment period.
    pub fee_investment_period: f64,
    /// Management fee on NAV after the investment period.
    pub fee_after: f64,
    /// Co-investment mobilised per dollar the fund invests `μ`.
    pub coinvestment_multiple: f64,
    /// Sector mandate: shares of investments (sum to 1).
    #[serde(deserialize_with = "merge::shares")]
    pub mandate: BTreeMap<Sector, f64>,
}

/// Which institution finances a named project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Instrument {
    Bank,
    Fund,
}

/// A named project in the pipeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Project {
    pub name: String,
    pub country: Country,
    pub sector: Sector,
    pub instrument: Instrument,
    /// Amount financed, US$ bn.
    pub amount: f64,
    /// Calendar year the project is ready for approval (or investment).
    pub year: i32,
    /// A sovereign (or sovereign-guaranteed) loan; ignored for fund projects.
    pub sovereign: bool,
    /// Where the project and its amount come from, or "illustrative".
    pub source: String,
}

impl Default for Project {
    fn default() -> Self {
        Project {
            name: String::new(),
            country: Country::KAZ,
            sector: Sector::Energy,
            instrument: Instrument::Bank,
            amount: 0.1,
            year: DEFAULT_START_YEAR,
            sovereign: true,
            source: "illustrative".to_owned(),
        }
    }
}

/// A full sector map from an array in `Sector::ALL` order.
pub fn sector_map(values: [f64; N_SECTORS]) -> BTreeMap<Sector, f64> {
    Sector::ALL.into_iter().zip(values).collect()
}

/// A sector map as a dense array in `Sector::ALL` order; missing sectors are 0.
pub fn sector_array(map: &BTreeMap<Sector, f64>) -> [f64; N_SECTORS] {
    let mut out = [0.0; N_SECTORS];
    for (sector, value) in map {
        out[sector.index()] = *value;
    }
    out
}

impl Default for Capital {
    fn default() -> Self {
        Capital {
            subscribed: 50.0,
            paid_in_ratio: 0.20,
            instalments: 5,
            share_rule: ShareRule::Hybrid,
            hybrid_equal_part: 0.40,
            share_cap: 0.30,
            first_year: DEFAULT_START_YEAR,
        }
    }
}

impl Default for Demand {
    fn default() -> Self {
        Demand {
            first_year_approvals: 1.5,
            growth: 0.40,
            ceiling: 12.0,
            sovereign_share: 0.75,
            country_cap: 0.30,
            absorption_cap: 0.01,
        }
    }
}

impl Default for LoanTerms {
    fn default() -> Self {
        LoanTerms {
            tenor: 20,
            grace: 5,
            amortisation: Amortisation::EqualPrincipal,
            disbursement_profile: [0.10, 0.20, 0.25, 0.20, 0.15, 0.10],
            cancellation_rate: 0.03,
        }
    }
}

impl Default for Pricing {
    fn default() -> Self {
        Pricing {
            base_rate: 0.035,
            funding_spread: 0.005,
            sovereign_spread: 0.010,
            non_sovereign_spread: 0.030,
            front_end_fee: 0.0025,
            commitment_fee: 0.0025,
            spread_follows_assessment: false,
        }
    }
}

impl Default for Risk {
    fn default() -> Self {
        Risk {
            non_sovereign_pd: 0.035,
            sovereign_lgd: 0.10,
            non_sovereign_lgd: 0.28,
            pd_multiplier: 1.0,
        }
    }
}

impl Default for CapitalPolicy {
    fn default() -> Self {
        CapitalPolicy {
            enforce_limit: true,
            capital_floor: 0.25,
            credit_conversion: 1.0,
            statutory_multiple: 1.0,
            liquidity_ratio: 1.0,
            opex_fixed: 0.08,
            opex_variable: 0.003,
            lending_rule: LendingRule::HardLimit,
            preferred_creditor: 0.5,
            concentration_factor: 2.0,
            callable_threshold: Rating::Aa,
            min_rac: None,
        }
    }
}

impl Default for FundAssumptions {
    fn default() -> Self {
        FundAssumptions {
            commitments: 5.0,
            contributions: FundContributions::SameAsBank,
            investment_period: 5,
            fund_life: 12,
            first_year: DEFAULT_START_YEAR,
            call_rates: vec![0.25, 0.33, 0.50, 0.50],
            growth: 0.12,
            bow: 2.5,
            yield_rate: 0.0,
            fee_investment_period: 0.015,
            fee_after: 0.01,
            coinvestment_multiple: 1.0,
            // Seed 001: the 2024 Astana summit backed the fund for machinery, electronics and
            // chemicals; small pharma and renewables slices are illustrative.
            mandate: sector_map([0.0, 0.05, 0.0, 0.35, 0.30, 0.25, 0.0, 0.05, 0.0, 0.0]),
        }
    }
}

/// Who wrote a scenario and why. Dates are ISO 8601 (`2026-11-22`); the app sets `modified`
/// when it saves a changed scenario, never when it saves an unchanged one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Metadata {
    pub title: String,
    pub author: String,
    /// The question the scenario answers.
    pub description: String,
    pub notes: String,
    pub created: String,
    pub modified: String,
    /// The scenario this one was compared with when saved, so that a reader can pin it again.
    pub reference: Option<ReferenceName>,
}

/// Where a pinned reference came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReferenceName {
    /// A built-in preset, by id (`baseline`).
    Preset(String),
    /// A scenario file, by path (relative to this file where it can be).
    File(String),
    /// A snapshot taken in the app; only its description survives.
    Snapshot(String),
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            schema: SCHEMA,
            meta: Metadata {
                title: "Baseline".to_owned(),
                description:
                    "The built-in baseline: an NDB-sized bank ($50bn subscribed, 20 % paid \
                              in over five years) with a hybrid share rule, AIIB-like demand \
                              growth, and a $5bn joint fund for machinery, electronics and \
                              chemicals."
                        .to_owned(),
                ..Metadata::default()
            },
            start_year: DEFAULT_START_YEAR,
            years: 25,
            capital: Capital::default(),
            demand: Demand::default(),
            countries: Country::ALL
                .into_iter()
                .map(|c| (c, CountryAssumptions::baseline(c)))
                .collect(),
            sector_tilt: sector_map([1.0; N_SECTORS]),
            terms: LoanTerms::default(),
            pricing: Pricing::default(),
            risk: Risk::default(),
            policy: CapitalPolicy::default(),
            fund: FundAssumptions::default(),
            projects: Vec::new(),
            seed: 2027,
            uncertainty: Uncertainty::default(),
        }
    }
}

impl Scenario {
    /// The assumptions for a country; a country absent from the map neither subscribes nor borrows.
    pub fn country(&self, country: Country) -> &CountryAssumptions {
        self.countries.get(&country).unwrap_or(&NEUTRAL_COUNTRY)
    }

    /// Calendar year of the last projection year.
    pub fn end_year(&self) -> i32 {
        self.start_year + self.years as i32 - 1
    }
}

/// Deserialisers that fill what a file leaves out from the baseline.
mod merge {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer};

    use super::{CountryAssumptions, Sector, sector_map};
    use crate::model::reference::{Country, N_SECTORS};

    /// A country's entry as a file may give it: any field may be left out (`None` here).
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct CountryPatch {
        #[serde(default, deserialize_with = "given")]
        member: Option<bool>,
        #[serde(default, deserialize_with = "given")]
        borrows: Option<bool>,
        #[serde(default, deserialize_with = "given")]
        weight: Option<f64>,
        #[serde(default, deserialize_with = "given")]
        disbursement_delay: Option<u32>,
        #[serde(default, deserialize_with = "given")]
        rating: Option<super::Rating>,
        #[serde(default, deserialize_with = "given")]
        sovereign_pd: Option<f64>,
        #[serde(default, deserialize_with = "given")]
        arrears: Option<f64>,
        #[serde(default, deserialize_with = "given")]
        bank_share: Option<Option<f64>>,
        #[serde(default, deserialize_with = "given")]
        fund_share: Option<Option<f64>>,
        #[serde(default, deserialize_with = "given_shares")]
        sector_mix: Option<BTreeMap<Sector, f64>>,
    }

    /// A field that is present, whatever its value (even `None`).
    fn given<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
        T::deserialize(d).map(Some)
    }

    fn given_shares<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<BTreeMap<Sector, f64>>, D::Error> {
        shares(d).map(Some)
    }

    /// Countries: each named entry is laid over the country's baseline; unnamed countries keep it.
    pub fn countries<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<Country, CountryAssumptions>, D::Error> {
        let patches = BTreeMap::<Country, CountryPatch>::deserialize(d)?;
        let mut out: BTreeMap<Country, CountryAssumptions> = Country::ALL
            .into_iter()
            .map(|c| (c, CountryAssumptions::baseline(c)))
            .collect();
        for (country, p) in patches {
            let Some(entry) = out.get_mut(&country) else {
                continue;
            };
            if let Some(v) = p.member {
                entry.member = v;
            }
            if let Some(v) = p.borrows {
                entry.borrows = v;
            }
            if let Some(v) = p.weight {
                entry.weight = v;
            }
            if let Some(v) = p.disbursement_delay {
                entry.disbursement_delay = v;
            }
            if let Some(v) = p.rating {
                entry.rating = v;
            }
            if let Some(v) = p.sovereign_pd {
                entry.sovereign_pd = v;
            }
            if let Some(v) = p.arrears {
                entry.arrears = v;
            }
            if let Some(v) = p.bank_share {
                entry.bank_share = v;
            }
            if let Some(v) = p.fund_share {
                entry.fund_share = v;
            }
            if let Some(v) = p.sector_mix {
                entry.sector_mix = v;
            }
        }
        Ok(out)
    }

    /// Sector tilts: sectors left out are neutral (1).
    pub fn tilts<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<Sector, f64>, D::Error> {
        let mut out = sector_map([1.0; N_SECTORS]);
        out.extend(BTreeMap::<Sector, f64>::deserialize(d)?);
        Ok(out)
    }

    /// Sector shares: sectors left out get 0, so saved files always list all ten.
    pub fn shares<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<Sector, f64>, D::Error> {
        let mut out = sector_map([0.0; N_SECTORS]);
        out.extend(BTreeMap::<Sector, f64>::deserialize(d)?);
        Ok(out)
    }
}
