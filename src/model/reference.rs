//! Reference data the app ships: the SCO countries and the ten sectors, with their
//! figures and the source of each figure (model.md §1, §6).
//!
//! Countries and sectors are enums so that a scenario file names them by a short id
//! (`KAZ`, `renewables`), an unknown id is a parse error that lists the known ones,
//! and the engine can index dense arrays by `as usize` without lookups.

use serde::{Deserialize, Serialize};

/// A country that can take part in the bank or the fund: the ten SCO members and two observers.
/// Declaration order is the order used everywhere (tables, files, charts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Country {
    CHN,
    IND,
    RUS,
    IRN,
    PAK,
    KAZ,
    UZB,
    BLR,
    KGZ,
    TJK,
    MNG,
    AFG,
}

/// Number of countries in the reference data.
pub const N_COUNTRIES: usize = 12;

/// A sector of the economy that financing can go to. File ids are snake_case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Energy,
    Renewables,
    Transport,
    Machinery,
    Electronics,
    Chemicals,
    Metals,
    Pharma,
    Agriculture,
    IndustrialParks,
}

/// Number of sectors.
pub const N_SECTORS: usize = 10;

/// SCO membership status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Member,
    Observer,
}

/// A sovereign rating bucket (model.md §1; "The rating lens"): it drives the default
/// probability of default, the Basel II risk weights of a country's loans and whether its
/// callable capital counts. Coarse on purpose: `A` stands for A− to A+, and so on. In a file
/// it is written as the agencies write it: `AAA`, `AA`, `A`, `BBB`, `BB`, `B`, `CCC`, `Unrated`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rating {
    #[serde(rename = "AAA")]
    Aaa,
    #[serde(rename = "AA")]
    Aa,
    A,
    #[serde(rename = "BBB")]
    Bbb,
    #[serde(rename = "BB")]
    Bb,
    B,
    #[serde(rename = "CCC")]
    Ccc,
    Unrated,
}

impl Rating {
    /// Every bucket, best first, `Unrated` last (the order of [`Rating::index`]).
    pub const ALL: [Rating; 8] = [
        Rating::Aaa,
        Rating::Aa,
        Rating::A,
        Rating::Bbb,
        Rating::Bb,
        Rating::B,
        Rating::Ccc,
        Rating::Unrated,
    ];

    /// Position in [`Rating::ALL`]: the catalogue's number for a rating (0 = AAA … 6 = CCC,
    /// 7 = unrated).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The rating at `index` (rounded, kept inside 0–7).
    pub fn from_index(index: f64) -> Rating {
        let i = if index.is_finite() {
            index.round().clamp(0.0, 7.0) as usize
        } else {
            7
        };
        Rating::ALL[i]
    }

    /// Annual sovereign default probability for the bucket (*illustrative*, calibrated so the
    /// portfolio average sits near the 1.06 % GEMs sovereign default rate, 1984–2023; AAA and
    /// AA, which no SCO member has today, 0.02 % and 0.05 %, also *illustrative*).
    pub fn default_probability(self) -> f64 {
        match self {
            Rating::Aaa => 0.0002,
            Rating::Aa => 0.0005,
            Rating::A => 0.002,
            Rating::Bbb => 0.005,
            Rating::Bb => 0.010,
            Rating::B => 0.025,
            Rating::Ccc => 0.050,
            Rating::Unrated => 0.030,
        }
    }

    /// Risk weights of a sovereign and a non-sovereign loan to a borrower of this rating:
    /// Basel II's standardised approach (BCBS 2006, ¶53 for sovereigns, ¶66 for corporates,
    /// whose "below BB−" and "unrated" rows the model's buckets map onto as model.md says).
    pub fn risk_weights(self) -> [f64; 2] {
        match self {
            Rating::Aaa | Rating::Aa => [0.0, 0.2],
            Rating::A => [0.2, 0.5],
            Rating::Bbb => [0.5, 1.0],
            Rating::Bb => [1.0, 1.0],
            Rating::B => [1.0, 1.5],
            Rating::Ccc => [1.5, 1.5],
            Rating::Unrated => [1.0, 1.0],
        }
    }

    /// Whether this rating is `threshold` or better; an unrated member never is.
    pub fn at_least(self, threshold: Rating) -> bool {
        self != Rating::Unrated && threshold != Rating::Unrated && self.index() <= threshold.index()
    }

    /// As the agencies write it (`BBB`), or "unrated" in the reader's language.
    pub fn label(self) -> String {
        match self {
            Rating::Aaa => "AAA".to_owned(),
            Rating::Aa => "AA".to_owned(),
            Rating::A => "A".to_owned(),
            Rating::Bbb => "BBB".to_owned(),
            Rating::Bb => "BB".to_owned(),
            Rating::B => "B".to_owned(),
            Rating::Ccc => "CCC".to_owned(),
            Rating::Unrated => crate::i18n::tr("rating-unrated"),
        }
    }
}

/// The facts the app knows about one country.
#[derive(Clone, Copy, Debug)]
pub struct CountryInfo {
    pub code: &'static str,
    pub role: Role,
    /// GDP 2023, current US$ billion (World Bank NY.GDP.MKTP.CD; Afghanistan: 2022).
    pub gdp_bn: f64,
    /// Population 2024, millions (World Bank SP.POP.TOTL).
    pub population_m: f64,
    pub rating: Rating,
}

/// Where the country figures come from.
pub const COUNTRY_SOURCES: &str = "GDP: World Bank NY.GDP.MKTP.CD, current US$, 2023 \
(Afghanistan 2022). Population: World Bank SP.POP.TOTL, 2024. Ratings: S&P, Moody's and Fitch \
announcements 2022–2025 as reported in the press; buckets are coarse on purpose.";

const COUNTRIES: [CountryInfo; N_COUNTRIES] = [
    CountryInfo {
        code: "CHN",
        role: Role::Member,
        gdp_bn: 17_794.8,
        population_m: 1_409.0,
        rating: Rating::A,
    },
    CountryInfo {
        code: "IND",
        role: Role::Member,
        gdp_bn: 3_549.9,
        population_m: 1_450.9,
        rating: Rating::Bbb,
    },
    CountryInfo {
        code: "RUS",
        role: Role::Member,
        gdp_bn: 2_021.4,
        population_m: 143.5,
        rating: Rating::Unrated,
    },
    CountryInfo {
        code: "IRN",
        role: Role::Member,
        gdp_bn: 401.5,
        population_m: 91.6,
        rating: Rating::Unrated,
    },
    CountryInfo {
        code: "PAK",
        role: Role::Member,
        gdp_bn: 338.4,
        population_m: 251.3,
        rating: Rating::B,
    },
    CountryInfo {
        code: "KAZ",
        role: Role::Member,
        gdp_bn: 261.4,
        population_m: 20.6,
        rating: Rating::Bbb,
    },
    CountryInfo {
        code: "UZB",
        role: Role::Member,
        gdp_bn: 90.9,
        population_m: 36.4,
        rating: Rating::Bb,
    },
    CountryInfo {
        code: "BLR",
        role: Role::Member,
        gdp_bn: 71.9,
        population_m: 9.1,
        rating: Rating::Ccc,
    },
    CountryInfo {
        code: "KGZ",
        role: Role::Member,
        gdp_bn: 14.0,
        population_m: 7.2,
        rating: Rating::B,
    },
    CountryInfo {
        code: "TJK",
        role: Role::Member,
        gdp_bn: 12.1,
        population_m: 10.6,
        rating: Rating::B,
    },
    CountryInfo {
        code: "MNG",
        role: Role::Observer,
        gdp_bn: 19.9,
        population_m: 3.5,
        rating: Rating::B,
    },
    CountryInfo {
        code: "AFG",
        role: Role::Observer,
        gdp_bn: 14.5,
        population_m: 42.6,
        rating: Rating::Unrated,
    },
];

impl Country {
    pub const ALL: [Country; N_COUNTRIES] = [
        Country::CHN,
        Country::IND,
        Country::RUS,
        Country::IRN,
        Country::PAK,
        Country::KAZ,
        Country::UZB,
        Country::BLR,
        Country::KGZ,
        Country::TJK,
        Country::MNG,
        Country::AFG,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn info(self) -> &'static CountryInfo {
        &COUNTRIES[self.index()]
    }

    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The country's official short name in the reader's language (`country-chn`, …; the
    /// rating as reported is `country-chn-rating`).
    pub fn name(self) -> String {
        crate::i18n::tr(&format!("country-{}", self.code().to_ascii_lowercase()))
    }

    /// The rating as reported, with the agency where it is not S&P.
    pub fn rating_note(self) -> String {
        crate::i18n::tr(&format!(
            "country-{}-rating",
            self.code().to_ascii_lowercase()
        ))
    }

    pub fn from_code(code: &str) -> Option<Country> {
        Country::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }
}

/// The facts the app knows about one sector.
#[derive(Clone, Copy, Debug)]
pub struct SectorInfo {
    pub id: &'static str,
}

const SECTORS: [SectorInfo; N_SECTORS] = [
    SectorInfo { id: "energy" },
    SectorInfo { id: "renewables" },
    SectorInfo { id: "transport" },
    SectorInfo { id: "machinery" },
    SectorInfo { id: "electronics" },
    SectorInfo { id: "chemicals" },
    SectorInfo { id: "metals" },
    SectorInfo { id: "pharma" },
    SectorInfo { id: "agriculture" },
    SectorInfo {
        id: "industrial_parks",
    },
];

impl Sector {
    pub const ALL: [Sector; N_SECTORS] = [
        Sector::Energy,
        Sector::Renewables,
        Sector::Transport,
        Sector::Machinery,
        Sector::Electronics,
        Sector::Chemicals,
        Sector::Metals,
        Sector::Pharma,
        Sector::Agriculture,
        Sector::IndustrialParks,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn info(self) -> &'static SectorInfo {
        &SECTORS[self.index()]
    }

    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// The sector's name in the reader's language (glossary; `sector-energy`, …).
    pub fn name(self) -> String {
        crate::i18n::tr(&format!("sector-{}", self.id().replace('_', "-")))
    }

    /// The sector's name where room is short (a label between a diagram's columns): `ВИЭ`
    /// for «Возобновляемая энергетика»; the same as [`Sector::name`] where that is short.
    pub fn short_name(self) -> String {
        crate::i18n::tr(&format!("sector-{}-short", self.id().replace('_', "-")))
    }

    /// What the sector covers, in the reader's language.
    pub fn covers(self) -> String {
        crate::i18n::tr(&format!("sector-{}-covers", self.id().replace('_', "-")))
    }

    pub fn from_id(id: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.id() == id)
    }
}

// The basis of the default sector mix is `sector-mix-source` in the translation files.

/// The default (*illustrative*) sector mix of each country's pipeline, in `Sector::ALL` order
/// (energy, renewables, transport, machinery, electronics, chemicals, metals, pharma,
/// agriculture, industrial_parks). Each row sums to 1.
pub fn default_sector_mix(country: Country) -> [f64; N_SECTORS] {
    match country {
        // Electronics, machinery and chemicals world leader; renewables manufacturing.
        Country::CHN => [0.05, 0.20, 0.10, 0.20, 0.25, 0.10, 0.05, 0.0, 0.0, 0.05],
        // Pharmaceuticals and IT; growing power demand.
        Country::IND => [0.10, 0.15, 0.15, 0.05, 0.20, 0.05, 0.0, 0.25, 0.05, 0.0],
        // Energy, chemistry, metallurgy (Amur Gas Chemical Complex).
        Country::RUS => [0.30, 0.0, 0.10, 0.10, 0.0, 0.25, 0.20, 0.0, 0.05, 0.0],
        // Oil, gas, petrochemicals (Abadan refinery); Chabahar port.
        Country::IRN => [0.40, 0.0, 0.20, 0.0, 0.0, 0.30, 0.05, 0.0, 0.05, 0.0],
        // Transport and energy.
        Country::PAK => [0.30, 0.10, 0.35, 0.0, 0.0, 0.05, 0.0, 0.0, 0.10, 0.10],
        // Copper and uranium, fertilizer, greenhouse agriculture, Khorgos park.
        Country::KAZ => [0.05, 0.0, 0.10, 0.05, 0.0, 0.20, 0.35, 0.0, 0.15, 0.10],
        // 4.8 GW solar and wind, Jizzakh park, cars (BYD).
        Country::UZB => [0.10, 0.40, 0.10, 0.15, 0.0, 0.0, 0.0, 0.0, 0.05, 0.20],
        // Tractors, trucks, agricultural machinery; Great Stone park; IT.
        Country::BLR => [0.0, 0.0, 0.0, 0.45, 0.10, 0.10, 0.0, 0.0, 0.10, 0.25],
        // Electricity, 100 MW solar in Chui, mining, Birlik zone.
        Country::KGZ => [0.30, 0.25, 0.0, 0.0, 0.0, 0.0, 0.20, 0.0, 0.10, 0.15],
        // Electricity (Varzob-1), 500 MW solar in Sughd, mining, Sughd park.
        Country::TJK => [0.30, 0.25, 0.0, 0.0, 0.0, 0.0, 0.20, 0.0, 0.10, 0.15],
        // Mining-led economy.
        Country::MNG => [0.20, 0.05, 0.15, 0.0, 0.0, 0.0, 0.45, 0.0, 0.15, 0.0],
        // Transit corridors and agriculture.
        Country::AFG => [0.20, 0.0, 0.30, 0.0, 0.0, 0.0, 0.20, 0.0, 0.30, 0.0],
    }
}

/// Default (*illustrative*) pipeline weight: proportional to √GDP, China halved as the main
/// contributor, scaled so the largest weight is 1 and rounded to three decimals for readable files.
pub fn default_pipeline_weight(country: Country) -> f64 {
    let raw = |c: Country| {
        let w = c.info().gdp_bn.sqrt();
        if c == Country::CHN { w / 2.0 } else { w }
    };
    let max = Country::ALL.into_iter().map(raw).fold(0.0_f64, f64::max);
    (raw(country) / max * 1000.0).round() / 1000.0
}

/// A named project from the seed articles, for the optional pipeline (model.md §2, allocation 1).
#[derive(Clone, Copy, Debug)]
pub struct SeedProject {
    pub name: &'static str,
    pub country: Country,
    pub sector: Sector,
    /// Financed by the fund (an equity investment) rather than a bank loan.
    pub fund: bool,
    /// Amount the bank or fund would finance, US$ bn.
    pub amount: f64,
    /// Year the project is ready for financing.
    pub year: i32,
    pub sovereign: bool,
    /// Where the project comes from, and whether the amount is illustrative.
    pub source: &'static str,
}

/// The named projects in the seed articles (shared/seeds/), with the financing the bank or fund
/// might provide. The seeds name the projects; most amounts are *illustrative* and say so.
pub const SEED_PROJECTS: [SeedProject; 12] = [
    SeedProject {
        name: "Uzbekistan solar and wind (4.8 GW agreed in 2023)",
        country: Country::UZB,
        sector: Sector::Renewables,
        fund: false,
        amount: 1.2,
        year: 2027,
        sovereign: true,
        source: "Press reports: 4.8 GW of solar and wind agreed in 2023; the first 1,000 MW stage cost $350m. Loan amount illustrative.",
    },
    SeedProject {
        name: "Kyrgyzstan 100 MW solar plant, Chui region",
        country: Country::KGZ,
        sector: Sector::Renewables,
        fund: false,
        amount: 0.08,
        year: 2027,
        sovereign: true,
        source: "Press reports: construction begun by a Chinese company, about 500 jobs. Amount illustrative.",
    },
    SeedProject {
        name: "Tajikistan solar plant up to 500 MW, Sughd region",
        country: Country::TJK,
        sector: Sector::Renewables,
        fund: false,
        amount: 0.3,
        year: 2028,
        sovereign: true,
        source: "Press reports: China Datang Corporation intends to build it. Amount illustrative.",
    },
    SeedProject {
        name: "Varzob-1 hydropower plant reconstruction",
        country: Country::TJK,
        sector: Sector::Energy,
        fund: false,
        amount: 0.05,
        year: 2027,
        sovereign: true,
        source: "Press reports: among India's largest projects in Central Asia. Amount illustrative.",
    },
    SeedProject {
        name: "Chabahar port, next phase",
        country: Country::IRN,
        sector: Sector::Transport,
        fund: false,
        amount: 0.5,
        year: 2028,
        sovereign: true,
        source: "Press reports: the India–Iran–Central Asia route, behind schedule since the 2018 agreement. Amount illustrative.",
    },
    SeedProject {
        name: "Great Stone China-Belarus Industrial Park, next phase",
        country: Country::BLR,
        sector: Sector::IndustrialParks,
        fund: false,
        amount: 0.3,
        year: 2029,
        sovereign: true,
        source: "Press reports: about $1.3bn invested so far, 5,000 jobs planned by end-2025. Amount illustrative.",
    },
    SeedProject {
        name: "Khorgos Eastern Gate industrial zone",
        country: Country::KAZ,
        sector: Sector::IndustrialParks,
        fund: false,
        amount: 0.2,
        year: 2028,
        sovereign: true,
        source: "Press reports: Chinese investment in industrial zones and logistics hubs. Amount illustrative.",
    },
    SeedProject {
        name: "EuroChem fertilizer production, Kazakhstan",
        country: Country::KAZ,
        sector: Sector::Chemicals,
        fund: false,
        amount: 0.5,
        year: 2027,
        sovereign: false,
        source: "Press reports: a $1bn project; a half-financed loan is illustrative.",
    },
    SeedProject {
        name: "Greenhouse vegetables on 500 ha, Kazakhstan",
        country: Country::KAZ,
        sector: Sector::Agriculture,
        fund: false,
        amount: 0.5,
        year: 2028,
        sovereign: false,
        source: "Press reports: $1.7bn of investment; the loan amount is illustrative.",
    },
    SeedProject {
        name: "Tatneft car-tyre plant, Kazakhstan",
        country: Country::KAZ,
        sector: Sector::Chemicals,
        fund: true,
        amount: 0.274,
        year: 2027,
        sovereign: false,
        source: "Press reports: $274m.",
    },
    SeedProject {
        name: "BYD Uzbekistan plant expansion, Jizzakh industrial zone",
        country: Country::UZB,
        sector: Sector::Machinery,
        fund: true,
        amount: 0.2,
        year: 2028,
        sovereign: false,
        source: "Press reports: the only such plant in Central Asia. Amount illustrative.",
    },
    SeedProject {
        name: "China-Russia high-tech centre (ICT, AI, robotics)",
        country: Country::RUS,
        sector: Sector::Electronics,
        fund: true,
        amount: 0.1,
        year: 2028,
        sovereign: false,
        source: "Press reports: joint technology parks, Skolkovo centre. Amount illustrative.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_order_matches_tables() {
        for (i, c) in Country::ALL.into_iter().enumerate() {
            assert_eq!(c.index(), i);
            assert_eq!(Country::from_code(c.code()), Some(c));
            assert_eq!(format!("{c:?}"), c.code());
        }
        for (i, s) in Sector::ALL.into_iter().enumerate() {
            assert_eq!(s.index(), i);
            assert_eq!(Sector::from_id(s.id()), Some(s));
        }
    }

    #[test]
    fn default_sector_mix_rows_sum_to_one() {
        for c in Country::ALL {
            let sum: f64 = default_sector_mix(c).iter().sum();
            assert!((sum - 1.0).abs() < 1e-12, "{c:?} mix sums to {sum}");
        }
    }

    #[test]
    fn pipeline_weights_follow_root_gdp_with_china_halved() {
        assert!((default_pipeline_weight(Country::CHN) - 1.0).abs() < 1e-12);
        // India's √GDP is just below half of China's.
        let ind = default_pipeline_weight(Country::IND);
        assert!(ind > 0.85 && ind < 0.95, "{ind}");
        assert!(default_pipeline_weight(Country::TJK) < default_pipeline_weight(Country::KGZ));
    }
}
