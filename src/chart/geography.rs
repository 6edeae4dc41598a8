//! The map's geography: country outlines, their projection and their triangles.
//!
//! Outlines are Natural Earth's 1:110m admin-0 boundaries (public domain), as the npm package
//! `world-atlas` 2.0.2 ships them, reduced by `tools/make-map.py` to the SCO countries and
//! their neighbours in `assets/map/region.txt` (source and licence in `assets/map/SOURCE.md`).
//! The file is embedded and decoded on first use, without the network. Boundaries follow
//! Natural Earth's de facto view and imply no position on any border; the Map view says so.
//!
//! The projection is an Albers equal-area conic suited to Eurasia (central meridian 95°E,
//! standard parallels 15°N and 65°N), so that each country's area on screen is true to its
//! area on the ground: a choropleth on any other projection overstates the north. Longitudes
//! are taken relative to the central meridian, so Russia's Chukotka, which Natural Earth
//! (and `make-map.py`) cut at the antimeridian, sits beside the rest of Russia; the
//! projection's own cut, at 85°W, crosses no country the file holds.

use std::sync::OnceLock;

use crate::model::Country;

/// An Albers equal-area conic projection on the unit sphere (Snyder 1987, eq. 14-1 to 14-4).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Albers {
    lon0: f64,
    n: f64,
    c: f64,
    rho0: f64,
}

impl Albers {
    /// The projection with central meridian `lon0`, standard parallels `lat1` and `lat2`, and
    /// origin latitude `lat0`, in degrees.
    pub fn new(lon0: f64, lat1: f64, lat2: f64, lat0: f64) -> Albers {
        let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
        let n = (p1.sin() + p2.sin()) / 2.0;
        let c = p1.cos().powi(2) + 2.0 * n * p1.sin();
        let rho0 = (c - 2.0 * n * lat0.to_radians().sin()).sqrt() / n;
        Albers {
            lon0: lon0.to_radians(),
            n,
            c,
            rho0,
        }
    }

    /// The projection for the SCO region: central meridian 95°E, standard parallels 15°N and
    /// 65°N, origin 40°N.
    pub fn eurasia() -> Albers {
        Albers::new(95.0, 15.0, 65.0, 40.0)
    }

    /// Projects `lon`, `lat` (degrees) to `[x, y]` with y pointing north.
    pub fn project(&self, lon: f64, lat: f64) -> [f64; 2] {
        let mut dl = lon.to_radians() - self.lon0;
        // Relative to the central meridian, in -π..π: the cut is on the far side of the globe.
        while dl > std::f64::consts::PI {
            dl -= std::f64::consts::TAU;
        }
        while dl < -std::f64::consts::PI {
            dl += std::f64::consts::TAU;
        }
        let theta = self.n * dl;
        let rho = (self.c - 2.0 * self.n * lat.to_radians().sin())
            .max(0.0)
            .sqrt()
            / self.n;
        [rho * theta.sin(), self.rho0 - rho * theta.cos()]
    }
}

/// Whether a country of the file is one of the app's twelve or a neighbour drawn for context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Sco(Country),
    Context,
}

/// One polygon: its rings projected (the first is the outline, the others holes), and the
/// triangles that fill it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Polygon {
    /// Every ring's points, one after the other, projected.
    pub points: Vec<[f32; 2]>,
    /// Where each ring starts in `points` (the first at 0).
    pub rings: Vec<usize>,
    /// Triangles, as indices into `points`.
    pub triangles: Vec<u32>,
}

impl Polygon {
    /// The points of ring `i`.
    pub fn ring(&self, i: usize) -> &[[f32; 2]] {
        let end = self.rings.get(i + 1).copied().unwrap_or(self.points.len());
        &self.points[self.rings[i]..end]
    }

    /// Even-odd: inside the outline and outside its holes.
    pub fn contains(&self, p: [f32; 2]) -> bool {
        let mut inside = false;
        for i in 0..self.rings.len() {
            let ring = self.ring(i);
            let mut j = ring.len().saturating_sub(1);
            for (k, a) in ring.iter().enumerate() {
                let b = ring[j];
                if (a[1] > p[1]) != (b[1] > p[1])
                    && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]
                {
                    inside = !inside;
                }
                j = k;
            }
        }
        inside
    }
}

/// A country of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Land {
    /// ISO 3166-1 alpha-3 (or the file's stand-in for a place without one).
    pub code: String,
    pub role: Role,
    pub polygons: Vec<Polygon>,
    /// Projected bounding box: min x, min y, max x, max y.
    pub bounds: [f32; 4],
}

impl Land {
    pub fn contains(&self, p: [f32; 2]) -> bool {
        let [x0, y0, x1, y1] = self.bounds;
        (x0..=x1).contains(&p[0])
            && (y0..=y1).contains(&p[1])
            && self.polygons.iter().any(|g| g.contains(p))
    }
}

/// Every country of the map, projected and triangulated.
#[derive(Clone, Debug, PartialEq)]
pub struct Atlas {
    pub projection: Albers,
    pub lands: Vec<Land>,
    /// The twelve countries' projected bounding box (what the map frames).
    pub frame: [f32; 4],
}

const REGION: &str = include_str!("../../assets/map/region.txt");

/// The atlas, decoded and triangulated on first use (a few milliseconds).
pub fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| Atlas::parse(REGION, Albers::eurasia()))
}

fn union(a: [f32; 4], b: [f32; 4]) -> [f32; 4] {
    [
        a[0].min(b[0]),
        a[1].min(b[1]),
        a[2].max(b[2]),
        a[3].max(b[3]),
    ]
}

const EMPTY: [f32; 4] = [
    f32::INFINITY,
    f32::INFINITY,
    f32::NEG_INFINITY,
    f32::NEG_INFINITY,
];

impl Atlas {
    /// Reads the format of `tools/make-map.py`: `C code role name` starts a country, `P` a
    /// polygon, `R lon,lat lon,lat …` a ring (the first of a polygon its outline). Lines it
    /// does not understand are skipped: the file is the app's own, and a map missing a piece
    /// is better than no map.
    pub fn parse(text: &str, projection: Albers) -> Atlas {
        let mut lands: Vec<Land> = Vec::new();
        let mut earcut = earcut::Earcut::new();
        for line in text.lines() {
            let mut words = line.splitn(4, ' ');
            match words.next() {
                Some("C") => {
                    if let Some(land) = lands.last_mut() {
                        finish(land, &mut earcut);
                    }
                    let code = words.next().unwrap_or_default().to_owned();
                    let role = match (words.next(), Country::from_code(&code)) {
                        (Some("sco"), Some(c)) => Role::Sco(c),
                        _ => Role::Context,
                    };
                    lands.push(Land {
                        code,
                        role,
                        polygons: Vec::new(),
                        bounds: EMPTY,
                    });
                }
                Some("P") => {
                    if let Some(land) = lands.last_mut() {
                        finish(land, &mut earcut);
                        land.polygons.push(Polygon::default());
                    }
                }
                Some("R") => {
                    let Some(g) = lands.last_mut().and_then(|l| l.polygons.last_mut()) else {
                        continue;
                    };
                    let start = g.points.len();
                    for pair in line[1..].split_whitespace() {
                        let mut xy = pair.split(',').map(str::parse::<f64>);
                        if let (Some(Ok(lon)), Some(Ok(lat))) = (xy.next(), xy.next()) {
                            let [x, y] = projection.project(lon, lat);
                            g.points.push([x as f32, y as f32]);
                        }
                    }
                    if g.points.len() - start < 3 {
                        g.points.truncate(start);
                    } else {
                        g.rings.push(start);
                    }
                }
                _ => {}
            }
        }
        if let Some(land) = lands.last_mut() {
            finish(land, &mut earcut);
        }
        let mut frame = EMPTY;
        for land in &mut lands {
            land.polygons.retain(|g| !g.rings.is_empty());
            for g in &land.polygons {
                for p in &g.points {
                    land.bounds = union(land.bounds, [p[0], p[1], p[0], p[1]]);
                }
            }
            if matches!(land.role, Role::Sco(_)) {
                frame = union(frame, land.bounds);
            }
        }
        Atlas {
            projection,
            lands,
            frame,
        }
    }

    /// The country of the twelve at a projected point, if any.
    pub fn country_at(&self, p: [f32; 2]) -> Option<Country> {
        self.lands.iter().find_map(|l| match l.role {
            Role::Sco(c) if l.contains(p) => Some(c),
            _ => None,
        })
    }

    /// A country's land.
    pub fn land(&self, c: Country) -> Option<&Land> {
        self.lands.iter().find(|l| l.role == Role::Sco(c))
    }
}

/// Triangulates the last polygon of `land` once its rings are all read.
fn finish(land: &mut Land, earcut: &mut earcut::Earcut<f32>) {
    if let Some(g) = land.polygons.last_mut()
        && g.triangles.is_empty()
        && !g.points.is_empty()
    {
        let holes: Vec<u32> = g.rings[1..].iter().map(|&i| i as u32).collect();
        earcut.earcut(g.points.iter().copied(), &holes, &mut g.triangles);
    }
}

/// Each country's capital, longitude and latitude in degrees: where its label goes, and what
/// the tests use to check the projection.
pub fn capital(c: Country) -> [f64; 2] {
    match c {
        Country::CHN => [116.40, 39.90],
        Country::IND => [77.21, 28.61],
        Country::RUS => [37.62, 55.75],
        Country::IRN => [51.39, 35.69],
        Country::PAK => [73.05, 33.68],
        Country::KAZ => [71.45, 51.17],
        Country::UZB => [69.24, 41.30],
        Country::BLR => [27.56, 53.90],
        Country::KGZ => [74.59, 42.87],
        Country::TJK => [68.78, 38.56],
        Country::MNG => [106.92, 47.92],
        Country::AFG => [69.17, 34.53],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_holds_the_twelve_and_their_neighbours_all_triangulated() {
        let a = atlas();
        assert!(a.lands.len() > 100, "{}", a.lands.len());
        for c in Country::ALL {
            let land = a.land(c).unwrap_or_else(|| panic!("{c:?} is on the map"));
            assert!(!land.polygons.is_empty());
        }
        for land in &a.lands {
            for g in &land.polygons {
                let points: usize = (0..g.rings.len()).map(|i| g.ring(i).len()).sum();
                assert_eq!(points, g.points.len());
                // The triangles cover the polygon: their areas add up to its area (the
                // outline's less its holes'), by the shoelace formula.
                let shoelace = |ring: &[[f32; 2]]| {
                    let n = ring.len();
                    (0..n)
                        .map(|i| {
                            let (a, b) = (ring[i], ring[(i + 1) % n]);
                            f64::from(a[0]) * f64::from(b[1]) - f64::from(b[0]) * f64::from(a[1])
                        })
                        .sum::<f64>()
                        .abs()
                        / 2.0
                };
                let area = shoelace(g.ring(0))
                    - (1..g.rings.len()).map(|i| shoelace(g.ring(i))).sum::<f64>();
                let filled: f64 = g
                    .triangles
                    .chunks(3)
                    .map(|t| {
                        let v = |i: u32| g.points[i as usize];
                        shoelace(&[v(t[0]), v(t[1]), v(t[2])])
                    })
                    .sum();
                // Exact for the twelve; a neighbour's outline may pinch itself at 0.01°
                // (Sudan's does), which earcut fills a little differently.
                let tolerance = if land.role == Role::Context {
                    2e-2
                } else {
                    1e-4
                };
                assert!(
                    (filled - area).abs() <= tolerance * area.max(1e-9),
                    "{}: {filled} vs {area}",
                    land.code
                );
            }
        }
    }

    #[test]
    fn each_capital_projects_inside_its_own_country_and_no_other() {
        let a = atlas();
        for c in Country::ALL {
            let [lon, lat] = capital(c);
            let [x, y] = a.projection.project(lon, lat);
            let p = [x as f32, y as f32];
            assert_eq!(a.country_at(p), Some(c), "{c:?}");
            let others = a
                .lands
                .iter()
                .filter(|l| l.role != Role::Sco(c) && l.contains(p))
                .count();
            assert_eq!(others, 0, "{c:?}");
        }
    }

    #[test]
    fn the_projection_keeps_areas_and_puts_chukotka_beside_russia() {
        let a = Albers::eurasia();
        // Equal area: a 1° × 1° cell at 40°N has the same area wherever its longitude.
        let area = |lon: f64, lat: f64| {
            let p = |dl: f64, dp: f64| a.project(lon + dl, lat + dp);
            let (o, e, n) = (p(0.0, 0.0), p(1.0, 0.0), p(0.0, 1.0));
            ((e[0] - o[0]) * (n[1] - o[1]) - (e[1] - o[1]) * (n[0] - o[0])).abs()
        };
        let (near, far) = (area(95.0, 40.0), area(30.0, 40.0));
        assert!((near - far).abs() / near < 1e-3, "{near} vs {far}");
        // North is up on the central meridian; east of it is to the right.
        assert!(a.project(95.0, 60.0)[1] > a.project(95.0, 30.0)[1]);
        assert!(a.project(120.0, 40.0)[0] > a.project(60.0, 40.0)[0]);
        // 179.9°E and 179.9°W are neighbours, not a world apart.
        let (west, east) = (a.project(179.9, 66.0), a.project(-179.9, 66.0));
        assert!((west[0] - east[0]).hypot(west[1] - east[1]) < 0.01);
    }

    #[test]
    fn a_damaged_file_gives_a_smaller_map_not_a_panic() {
        let text = "C KAZ sco Kazakhstan\nP\nR 50,40 60,40 nonsense 60,50\nR 1,2\nC\nP\nR x\n";
        let atlas = Atlas::parse(text, Albers::eurasia());
        assert_eq!(atlas.lands.len(), 2);
        assert_eq!(atlas.lands[0].polygons[0].points.len(), 3);
        assert!(Atlas::parse("", Albers::eurasia()).lands.is_empty());
    }
}
