//! The Map as data and as SVG: what it colours countries by ([`MapMeasure`]) and each
//! country's value, the classes and their colours, where the projected map goes in a rectangle
//! ([`Fit`]) and where each country's name is written. The window paints the same
//! (`ui::views::map`); [`svg`] writes it for a memo or the brief. The outlines and the
//! equal-area projection are [`super::geography`]'s.

use std::fmt::Write as _;

use egui::{Color32, Pos2, Rect, pos2, vec2};

use super::geography::{self, Atlas, Role};
use super::svg::{self as out, Svg, escape, hex};
use crate::i18n::num;
use crate::model::{Country, N_COUNTRIES, Projection, Scenario};
use crate::t;

/// What the map colours countries by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum MapMeasure {
    /// Bank disbursements plus fund investments received, US$ bn.
    #[default]
    Received,
    /// The same, US$ per person (population 2024).
    PerCapita,
    /// The same, as a share of GDP (2023).
    ShareOfGdp,
    /// Bank capital paid in plus fund contributions, US$ bn.
    PaidIn,
    /// Received less paid in, US$ bn: a diverging scale around zero.
    NetPosition,
}

impl MapMeasure {
    pub const ALL: [MapMeasure; 5] = [
        MapMeasure::Received,
        MapMeasure::PerCapita,
        MapMeasure::ShareOfGdp,
        MapMeasure::PaidIn,
        MapMeasure::NetPosition,
    ];

    pub fn title(self) -> String {
        match self {
            MapMeasure::Received => t!("map-measure-received"),
            MapMeasure::PerCapita => t!("map-measure-per-capita"),
            MapMeasure::ShareOfGdp => t!("map-measure-gdp"),
            MapMeasure::PaidIn => t!("map-measure-paid-in"),
            MapMeasure::NetPosition => t!("map-measure-net"),
        }
    }

    pub fn diverging(self) -> bool {
        self == MapMeasure::NetPosition
    }

    /// A value with its unit.
    pub fn format(self, v: f64) -> String {
        match self {
            MapMeasure::PerCapita => t!("map-per-person", value = num::decimal(v, 0)),
            MapMeasure::ShareOfGdp => num::percent(v * 100.0, 2),
            MapMeasure::NetPosition => {
                let sign = if v < 0.0 { "−" } else { "+" };
                format!("{sign}{}", num::money(v.abs()))
            }
            MapMeasure::Received | MapMeasure::PaidIn => num::money(v),
        }
    }

    /// A class limit, as short as it can be (the legend says the unit once).
    fn format_limit(self, v: f64) -> String {
        match self {
            MapMeasure::PerCapita => num::trimmed(v),
            MapMeasure::ShareOfGdp => num::percent_trimmed(v * 100.0),
            _ => num::trimmed(v * num::money_scale()),
        }
    }

    /// The legend's heading: the unit, and what the number is of.
    pub fn unit(self, period: MapPeriod) -> String {
        match (self, period) {
            (MapMeasure::PerCapita, _) => t!("map-unit-per-person"),
            (MapMeasure::ShareOfGdp, _) => t!("map-unit-gdp"),
            (MapMeasure::NetPosition, _) => t!("map-unit-net"),
            (_, MapPeriod::Year) => t!("map-unit-money-year"),
            _ => t!("unit-money-axis"),
        }
    }
}

/// Which years the map sums.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum MapPeriod {
    #[default]
    Horizon,
    /// The chosen year alone.
    Year,
    /// From the start to the chosen year.
    ToYear,
}

/// Whether a country takes part in the scenario (a member of the bank, or a borrower).
pub fn taking_part(s: &Scenario, c: Country) -> bool {
    let a = s.country(c);
    a.member || a.borrows
}

/// Each country's value of `measure` over years `a..=b`; `None` where it takes no part.
pub fn values(
    s: &Scenario,
    p: &Projection,
    measure: MapMeasure,
    a: usize,
    b: usize,
) -> [Option<f64>; N_COUNTRIES] {
    let mut out = [None; N_COUNTRIES];
    if p.years() == 0 {
        return out;
    }
    let b = b.min(p.years() - 1);
    for c in Country::ALL {
        if !taking_part(s, c) {
            continue;
        }
        let i = c.index();
        let received: f64 = (a..=b)
            .map(|t| p.bank_flows.disbursed[t].by_country[i] + p.fund.invested[t].by_country[i])
            .sum();
        let paid: f64 = (a..=b)
            .map(|t| p.paid_in_by_country[t][i] + p.fund.contributions[t][i])
            .sum();
        let info = c.info();
        out[i] = Some(match measure {
            MapMeasure::Received => received,
            // US$ bn per million people is thousands of US$ per person.
            MapMeasure::PerCapita => received * 1000.0 / info.population_m,
            MapMeasure::ShareOfGdp => received / info.gdp_bn,
            MapMeasure::PaidIn => paid,
            MapMeasure::NetPosition => received - paid,
        });
    }
    out
}

/// Each country's bank disbursements, fund investments and co-investment over years `a..=b`.
pub fn received_split(p: &Projection, a: usize, b: usize) -> [[f64; 3]; N_COUNTRIES] {
    let mut out = [[0.0; 3]; N_COUNTRIES];
    for t in a..=b.min(p.years().saturating_sub(1)) {
        for c in Country::ALL {
            let i = c.index();
            out[i][0] += p.bank_flows.disbursed[t].by_country[i];
            out[i][1] += p.fund.invested[t].by_country[i];
            if p.fund.coinvestment.years() > t {
                out[i][2] += p.fund.coinvestment.country_total(t, c);
            }
        }
    }
    out
}

/// Class limits: `classes + 1` round numbers from 0 (or −top for a diverging measure) to a
/// round top at or above `largest`.
pub fn limits(largest: f64, diverging: bool) -> Vec<f64> {
    let largest = if largest.is_finite() && largest > 0.0 {
        largest
    } else {
        1.0
    };
    let classes = if diverging { 6 } else { 5 };
    let span = if diverging { 2.0 * largest } else { largest };
    // A round step (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ): the smallest that covers it.
    let raw = span / f64::from(classes);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw * (1.0 - 1e-12))
        .unwrap_or(10.0 * magnitude);
    let start = if diverging {
        -step * f64::from(classes) / 2.0
    } else {
        0.0
    };
    (0..=classes).map(|i| start + step * f64::from(i)).collect()
}

/// ColorBrewer's YlGnBu: its palest class is a yellow that no sea, neighbour or grey is.
const SEQUENTIAL: [Color32; 5] = [
    Color32::from_rgb(255, 255, 204),
    Color32::from_rgb(161, 218, 180),
    Color32::from_rgb(65, 182, 196),
    Color32::from_rgb(44, 127, 184),
    Color32::from_rgb(37, 52, 148),
];
const DIVERGING: [Color32; 6] = [
    Color32::from_rgb(178, 24, 43),
    Color32::from_rgb(239, 138, 98),
    Color32::from_rgb(253, 219, 199),
    Color32::from_rgb(209, 229, 240),
    Color32::from_rgb(103, 169, 207),
    Color32::from_rgb(33, 102, 172),
];

/// The class of `v` among `limits`.
fn class_of(v: f64, limits: &[f64]) -> usize {
    let classes = limits.len() - 1;
    (1..classes).filter(|&i| v >= limits[i]).count()
}

fn palette(diverging: bool) -> &'static [Color32] {
    if diverging { &DIVERGING } else { &SEQUENTIAL }
}

/// Where the projected map goes in a rectangle: the twelve countries' frame, fitted and
/// centred, north up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    scale: f32,
    origin: Pos2,
    frame: [f32; 4],
}

impl Fit {
    pub fn new(atlas: &Atlas, rect: Rect) -> Fit {
        let f = atlas.frame;
        let (w, h) = ((f[2] - f[0]).max(1e-6), (f[3] - f[1]).max(1e-6));
        let scale = (rect.width() / w).min(rect.height() / h);
        let size = vec2(w * scale, h * scale);
        let origin = rect.center() - size / 2.0;
        Fit {
            scale,
            origin,
            frame: f,
        }
    }

    /// The fit the Map view draws with in the rectangle of its map (a small margin inside).
    pub fn for_map(rect: Rect) -> Fit {
        Fit::new(geography::atlas(), rect.shrink(6.0))
    }

    pub fn to_screen(&self, p: [f32; 2]) -> Pos2 {
        pos2(
            self.origin.x + (p[0] - self.frame[0]) * self.scale,
            // North up: y grows downwards on screen.
            self.origin.y + (self.frame[3] - p[1]) * self.scale,
        )
    }

    pub fn from_screen(&self, p: Pos2) -> [f32; 2] {
        [
            self.frame[0] + (p.x - self.origin.x) / self.scale,
            self.frame[3] - (p.y - self.origin.y) / self.scale,
        ]
    }

    /// Where a longitude and latitude fall on screen.
    pub fn lon_lat(&self, atlas: &Atlas, lon: f64, lat: f64) -> Pos2 {
        let [x, y] = atlas.projection.project(lon, lat);
        self.to_screen([x as f32, y as f32])
    }
}

/// The legend's entries, top class first: each class's colour and limits, then what grey
/// means. Each class holds its lower limit; the top one its upper limit too.
pub fn legend_entries(measure: MapMeasure, limits: &[f64], dark: bool) -> Vec<(Color32, String)> {
    let colours = palette(measure.diverging());
    let top = limits.len().saturating_sub(2);
    let mut out: Vec<(Color32, String)> = (0..limits.len().saturating_sub(1))
        .rev()
        .map(|i| {
            let (low, high) = (
                measure.format_limit(limits[i]),
                measure.format_limit(limits[i + 1]),
            );
            let text = if i == top {
                t!("map-class-top", low = low, high = high)
            } else {
                t!("map-class", low = low, high = high)
            };
            (colours[i], text)
        })
        .collect();
    out.push((not_taking_part(dark), t!("map-not-taking-part")));
    out.push((context_fill(dark), t!("map-neighbour")));
    out
}

/// The years `a..=b` (offsets from the start) as the map's heading names them.
pub fn period_text(p: &Projection, a: usize, b: usize) -> String {
    if a == b {
        t!("map-in-year", year = num::year(p.year(a)))
    } else {
        t!(
            "flows-period-years",
            first = num::year(p.year(a)),
            last = num::year(p.year(b))
        )
    }
}

/// Members not taking part and neighbours are two greys that can be told apart from each
/// other, from the sea and from the page, in either theme.
fn not_taking_part(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(105)
    } else {
        Color32::from_gray(165)
    }
}

fn context_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(50)
    } else {
        Color32::from_gray(214)
    }
}

/// The colour a land is filled with: a country taking part in its class's colour (its value
/// in `shown`, the classes bounded by `limits`), a member not taking part and a neighbour each
/// in their grey.
pub fn fill(
    role: Role,
    shown: &[Option<f64>; N_COUNTRIES],
    measure: MapMeasure,
    limits: &[f64],
    dark: bool,
) -> Color32 {
    match role {
        Role::Context => context_fill(dark),
        Role::Sco(c) => match shown[c.index()] {
            Some(v) => palette(measure.diverging())[class_of(v, limits)],
            None => not_taking_part(dark),
        },
    }
}

/// Where a country's name is written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NameSpot {
    /// On the country, on a plate where the name is wider than the country.
    On { rect: Rect, plate: bool },
    /// Beside the country, joined by a thin line to `at`, where the country is crowded.
    Beside { rect: Rect, at: Pos2 },
}

/// The least room between two names on the map, in points.
const GAP: f32 = 2.0;

/// Where each country's name goes on the map fitted in `rect`, names `sizes` (by country
/// index) large: the focused country's first, then the largest. A name that would cover one
/// already placed moves beside its country; with no free spot nearby it is left out (the
/// hover gives it). The window and the SVG place names alike.
pub fn place_names(
    fit: &Fit,
    rect: Rect,
    focus: Option<Country>,
    sizes: &[egui::Vec2],
) -> Vec<(Country, NameSpot)> {
    let atlas = geography::atlas();
    let area = |c: Country| {
        atlas.land(c).map_or(0.0, |l| {
            (l.bounds[2] - l.bounds[0]) * (l.bounds[3] - l.bounds[1])
        })
    };
    let mut order: Vec<Country> = Country::ALL.to_vec();
    order.sort_by(|a, b| {
        (focus != Some(*a))
            .cmp(&(focus != Some(*b)))
            .then(area(*b).total_cmp(&area(*a)))
    });
    let mut written: Vec<Rect> = Vec::new();
    let mut leaders: Vec<(Pos2, Pos2)> = Vec::new();
    let mut out = Vec::new();
    for c in order {
        let [lon, lat] = label_point(c);
        let at = fit.lon_lat(atlas, lon, lat);
        let size = sizes.get(c.index()).copied().unwrap_or_default();
        // Names keep a small gap between them, so that two never touch.
        let fits = |r: &Rect| {
            rect.contains_rect(*r) && !written.iter().any(|w| w.expand(GAP).intersects(*r))
        };
        let r = Rect::from_center_size(at, size).expand(1.0);
        // A name wider than its country would spill onto the neighbours.
        let wider = atlas
            .land(c)
            .is_none_or(|l| (l.bounds[2] - l.bounds[0]) * fit.scale < size.x);
        if fits(&r) && !wider {
            out.push((
                c,
                NameSpot::On {
                    rect: r,
                    plate: false,
                },
            ));
            written.push(r);
            continue;
        }
        // No room on the country itself (Central Asia is crowded, and a Chinese or Russian
        // name is wider than Kyrgyzstan): beside it, joined to it by a line, nearest first:
        // below right, below left, above right, above left, then further out.
        let away = size.y * 1.6;
        let side = size.x / 2.0 + 10.0;
        let spots = (1..=4).flat_map(|n| {
            let n = n as f32;
            [
                vec2(side, n * away),
                vec2(-side, n * away),
                vec2(side, -n * away),
                vec2(-side, -n * away),
                // Straight out to either side, further at each step.
                vec2(side + (n - 1.0) * size.x * 0.5, 0.0),
                vec2(-side - (n - 1.0) * size.x * 0.5, 0.0),
            ]
        });
        // A leader line crosses no name and no other leader.
        let clear = |r: &Rect| {
            let (a, b) = (at, r.center());
            // (A name over the country's own point cannot be helped: the line starts there.)
            !written.iter().any(|w| {
                let w = w.shrink(1.0);
                !w.contains(a) && segment_hits_rect(a, b, w)
            }) && !leaders.iter().any(|(p, q)| segments_cross(a, b, *p, *q))
        };
        let spots: Vec<Rect> = spots
            .map(|d| Rect::from_center_size(at + d, size).expand(1.0))
            .collect();
        // Where no leader can stay clear, the nearest free spot all the same.
        let beside = spots
            .iter()
            .find(|r| fits(r) && clear(r))
            .or_else(|| spots.iter().find(|r| fits(r)))
            .copied();
        if let Some(beside) = beside {
            out.push((c, NameSpot::Beside { rect: beside, at }));
            leaders.push((at, beside.center()));
            written.push(beside);
        } else if fits(&r) {
            // Nowhere beside it: on it, on a plate that keeps it readable over the neighbours.
            out.push((
                c,
                NameSpot::On {
                    rect: r,
                    plate: true,
                },
            ));
            written.push(r);
        }
    }
    out
}

/// Whether the segments `a`–`b` and `p`–`q` cross (touching ends do not count).
fn segments_cross(a: Pos2, b: Pos2, p: Pos2, q: Pos2) -> bool {
    let side = |o: Pos2, u: Pos2, v: Pos2| (u - o).x * (v - o).y - (u - o).y * (v - o).x;
    let (d1, d2) = (side(p, q, a), side(p, q, b));
    let (d3, d4) = (side(a, b, p), side(a, b, q));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// Whether the segment `a`–`b` passes through `r`.
fn segment_hits_rect(a: Pos2, b: Pos2, r: Rect) -> bool {
    if r.contains(a) || r.contains(b) {
        return true;
    }
    let corners = [
        r.left_top(),
        r.right_top(),
        r.right_bottom(),
        r.left_bottom(),
    ];
    (0..4).any(|i| segments_cross(a, b, corners[i], corners[(i + 1) % 4]))
}

/// Whether a fill is dark enough for light text on it.
pub fn dark_fill(c: Color32) -> bool {
    0.2126 * f32::from(c.r()) + 0.7152 * f32::from(c.g()) + 0.0722 * f32::from(c.b()) < 128.0
}

/// Where a country's name goes: inside it, where there is room.
fn label_point(c: Country) -> [f64; 2] {
    match c {
        Country::RUS => [95.0, 62.0],
        Country::CHN => [103.0, 34.0],
        Country::KAZ => [67.0, 48.0],
        Country::IND => [78.5, 22.0],
        Country::IRN => [55.0, 32.5],
        Country::MNG => [103.0, 46.5],
        Country::PAK => [69.0, 29.5],
        Country::AFG => [65.5, 33.5],
        _ => geography::capital(c),
    }
}

/// The map as SVG for a memo: the measure over years `a..=b` (offsets from the start), the
/// countries coloured by the same classes as in the window, named where there is room (beside
/// the crowded ones, with a thin line), the legend, and the note on boundaries.
pub fn svg(s: &Scenario, p: &Projection, measure: MapMeasure, (a, b): (usize, usize)) -> String {
    let end = p.years().saturating_sub(1);
    let (a, b) = (a.min(end), b.min(end));
    let largest = values(s, p, measure, a, b)
        .iter()
        .flatten()
        .map(|v| v.abs())
        .fold(0.0, f64::max);
    svg_with(s, p, measure, (a, b), &limits(largest, measure.diverging()))
}

/// The map as [`svg`] draws it, in classes bounded by `limits` (the window's, which stay put
/// while the year moves).
pub fn svg_with(
    s: &Scenario,
    p: &Projection,
    measure: MapMeasure,
    (a, b): (usize, usize),
    limits: &[f64],
) -> String {
    let (width, height) = (out::WIDTH, 440.0);
    let pad = 12.0;
    let end = p.years().saturating_sub(1);
    let (a, b) = (a.min(end), b.min(end));
    let shown = values(s, p, measure, a, b);
    let period = period_text(p, a, b);
    let title = t!("map-title", measure = measure.title(), period = period);
    let mut doc = Svg::new(width, height, &title);
    doc.text(pad, pad + 15.0, &title, 15.0, "#222222", "start", true);
    let legend_width = 190.0;
    let note_lines = out::wrap(&t!("map-note"), width - 2.0 * pad, 10.0);
    let bottom = height - pad - note_lines.len() as f64 * 13.0 - 4.0;
    let rect = Rect::from_min_max(
        pos2(pad as f32, (pad + 28.0) as f32),
        pos2((width - pad - legend_width - 12.0) as f32, bottom as f32),
    );
    let _ = write!(
        doc.body,
        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"4\" fill=\"#e8f0f8\"/>",
        rect.left(),
        rect.top(),
        rect.width(),
        rect.height()
    );
    let clip = doc.clip(&out::Rect {
        left: f64::from(rect.left()),
        top: f64::from(rect.top()),
        right: f64::from(rect.right()),
        bottom: f64::from(rect.bottom()),
    });
    doc.open_group(&clip);
    let atlas = geography::atlas();
    let fit = Fit::for_map(rect);
    let fill_of = |role: Role| fill(role, &shown, measure, limits, false);
    for land in &atlas.lands {
        let (stroke, width) = match land.role {
            Role::Sco(_) => ("#ffffff", 0.8),
            Role::Context => ("#ffffff", 0.5),
        };
        let mut path = String::new();
        for g in &land.polygons {
            for i in 0..g.rings.len() {
                for (k, pt) in g.ring(i).iter().enumerate() {
                    let q = fit.to_screen(*pt);
                    let _ = write!(
                        path,
                        "{}{:.1},{:.1}",
                        if k == 0 { "M" } else { "L" },
                        q.x,
                        q.y
                    );
                }
                path.push('Z');
            }
        }
        let name = match land.role {
            Role::Sco(c) => c.name(),
            Role::Context => String::new(),
        };
        let _ = write!(
            doc.body,
            "<path d=\"{path}\" fill=\"{}\" fill-rule=\"evenodd\" stroke=\"{stroke}\" stroke-width=\"{width}\" stroke-linejoin=\"round\"><title>{}</title></path>",
            hex(fill_of(land.role)),
            escape(&name)
        );
    }
    // Names, largest first; a name that would cover another goes beside its country.
    let sizes: Vec<_> = Country::ALL
        .iter()
        .map(|c| vec2(out::text_width(&c.name(), 11.0) as f32, 13.0))
        .collect();
    for (c, spot) in place_names(&fit, rect, None, &sizes) {
        let name = c.name();
        let r = match spot {
            NameSpot::On {
                rect: r,
                plate: on_plate,
            } => {
                if on_plate {
                    doc.plate(r);
                }
                let colour = if !on_plate && dark_fill(fill_of(Role::Sco(c))) {
                    "#ffffff"
                } else {
                    "#141414"
                };
                let (x, y) = (f64::from(r.center().x), f64::from(r.bottom()) - 3.0);
                doc.text(x, y, &name, 11.0, colour, "middle", false);
                continue;
            }
            NameSpot::Beside { rect: r, at } => {
                let (x0, y0) = (f64::from(at.x), f64::from(at.y));
                let (x1, y1) = (f64::from(r.center().x), f64::from(r.center().y));
                doc.line(x0, y0, x1, y1, "#141414", 0.8, None);
                let _ = write!(
                    doc.body,
                    "<circle cx=\"{x0:.1}\" cy=\"{y0:.1}\" r=\"2\" fill=\"#141414\"/>"
                );
                r
            }
        };
        doc.plate(r);
        let (x, y) = (f64::from(r.center().x), f64::from(r.bottom()) - 3.0);
        doc.text(x, y, &name, 11.0, "#141414", "middle", false);
    }
    doc.close_group();
    // The legend.
    let x = f64::from(rect.right()) + 12.0;
    let mut y = f64::from(rect.top()) + 4.0;
    let period_kind = if a == b {
        MapPeriod::Year
    } else {
        MapPeriod::Horizon
    };
    for line in out::wrap(&measure.unit(period_kind), legend_width, 11.0) {
        doc.text(x, y + 10.0, &line, 11.0, "#222222", "start", true);
        y += 14.0;
    }
    y += 4.0;
    let entry = |doc: &mut Svg, colour: Color32, text: &str, y: &mut f64| {
        let _ = write!(
            doc.body,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"18\" height=\"12\" rx=\"2\" fill=\"{}\" stroke=\"#999999\" stroke-width=\"0.5\"/>",
            *y,
            hex(colour)
        );
        for (i, line) in out::wrap(text, legend_width - 24.0, 11.0)
            .iter()
            .enumerate()
        {
            doc.text(
                x + 24.0,
                *y + 10.0 + i as f64 * 14.0,
                line,
                11.0,
                "#222222",
                "start",
                false,
            );
            if i > 0 {
                *y += 14.0;
            }
        }
        *y += 18.0;
    };
    for (colour, text) in legend_entries(measure, limits, false) {
        entry(&mut doc, colour, &text, &mut y);
    }
    for (i, line) in note_lines.iter().enumerate() {
        let y = bottom + 14.0 + i as f64 * 13.0;
        doc.text(pad, y, line, 10.0, "#555555", "start", false);
    }
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::project_valid;

    #[test]
    fn a_name_is_on_its_country_only_where_it_fits_there_and_no_two_names_touch() {
        let atlas = geography::atlas();
        for (w, h) in [(430.0, 360.0), (640.0, 480.0), (1100.0, 800.0)] {
            let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(w, h));
            let fit = Fit::for_map(rect);
            // Names as wide as Chinese or Russian ones (about 11 points a character).
            let sizes: Vec<_> = Country::ALL
                .iter()
                .map(|c| vec2(11.0 * c.name().chars().count().max(6) as f32, 13.0))
                .collect();
            let placed = place_names(&fit, rect, None, &sizes);
            let rects: Vec<Rect> = placed
                .iter()
                .map(|(_, spot)| match spot {
                    NameSpot::On { rect, .. } | NameSpot::Beside { rect, .. } => *rect,
                })
                .collect();
            for (i, a) in rects.iter().enumerate() {
                assert!(rect.contains_rect(*a), "{a:?} off the map");
                for b in &rects[i + 1..] {
                    assert!(!a.expand(GAP - 0.01).intersects(*b), "{a:?} touches {b:?}");
                }
            }
            for (c, spot) in &placed {
                if let NameSpot::On { plate: false, .. } = spot {
                    let land = atlas.land(*c).expect("a member's land");
                    let width = (land.bounds[2] - land.bounds[0]) * fit.scale;
                    assert!(
                        width >= sizes[c.index()].x,
                        "{c:?} spills over its neighbours"
                    );
                }
            }
            // No two leader lines cross where the map has room (on the smallest map a name
            // may find no spot with a clear line, and takes the nearest free one).
            let leaders: Vec<(Pos2, Pos2)> = placed
                .iter()
                .filter_map(|(_, spot)| match spot {
                    NameSpot::Beside { rect, at } => Some((*at, rect.center())),
                    NameSpot::On { .. } => None,
                })
                .collect();
            for (i, (a, b)) in leaders.iter().enumerate().filter(|_| w >= 640.0) {
                for (p, q) in &leaders[i + 1..] {
                    assert!(
                        !segments_cross(*a, *b, *p, *q),
                        "{a:?}–{b:?} crosses {p:?}–{q:?}"
                    );
                }
            }
            // Kyrgyzstan is too small for its name at every size here: beside it, with a line.
            assert!(
                placed
                    .iter()
                    .any(|(c, spot)| *c == Country::KGZ && matches!(spot, NameSpot::Beside { .. }))
            );
        }
    }

    #[test]
    fn class_limits_are_round_and_cover_the_largest_value() {
        assert_eq!(limits(9.3, false), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(limits(27.8, false), vec![0.0, 6.0, 12.0, 18.0, 24.0, 30.0]);
        let small = limits(0.043, false);
        assert!((small[5] - 0.05).abs() < 1e-12 && (small[1] - 0.01).abs() < 1e-12);
        let d = limits(7.0, true);
        assert_eq!(d.len(), 7);
        assert_eq!(d[3], 0.0);
        assert!(d[6] >= 7.0 && d[0] <= -7.0);
        assert_eq!(class_of(-0.1, &d), 2);
        assert_eq!(class_of(0.1, &d), 3);
        assert_eq!(class_of(100.0, &d), 5);
        assert_eq!(class_of(0.0, &limits(9.3, false)), 0);
        assert_eq!(limits(0.0, false).len(), 6);
    }

    #[test]
    fn values_add_up_to_the_net_positions_over_the_horizon() {
        let s = Scenario::default();
        let p = project_valid(&s);
        let n = p.years() - 1;
        let net = values(&s, &p, MapMeasure::NetPosition, 0, n);
        for pos in &p.countries {
            let want =
                pos.received_bank + pos.received_fund - pos.paid_in_bank - pos.contributed_fund;
            match net[pos.country.index()] {
                Some(v) => assert!((v - want).abs() < 1e-9, "{:?}", pos.country),
                None => assert!(!taking_part(&s, pos.country)),
            }
        }
        let per_head = values(&s, &p, MapMeasure::PerCapita, 0, n);
        let received = values(&s, &p, MapMeasure::Received, 0, n);
        let kaz = Country::KAZ.index();
        let (Some(r), Some(h)) = (received[kaz], per_head[kaz]) else {
            panic!("Kazakhstan takes part");
        };
        assert!((h - r * 1e9 / (Country::KAZ.info().population_m * 1e6)).abs() < 1e-6);
    }

    #[test]
    fn the_fit_puts_capitals_back_where_they_project() {
        let atlas = geography::atlas();
        let fit = Fit::new(
            atlas,
            Rect::from_min_size(pos2(10.0, 20.0), vec2(800.0, 500.0)),
        );
        for c in Country::ALL {
            let [lon, lat] = geography::capital(c);
            let at = fit.lon_lat(atlas, lon, lat);
            assert_eq!(atlas.country_at(fit.from_screen(at)), Some(c), "{c:?}");
            assert!(Rect::from_min_size(pos2(10.0, 20.0), vec2(800.0, 500.0)).contains(at));
        }
    }
}
