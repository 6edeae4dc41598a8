//! Charts as SVG and the HTML brief: every chart is a valid picture that a pure-Rust renderer
//! draws, with its title and units as text; the brief holds every section, carries the
//! scenario file exactly, and fetches nothing from anywhere.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

use sco_explorer::brief::{self, Brief, Compared, chart_svg, embedded_scenario};
use sco_explorer::chart::named::Named;
use sco_explorer::chart::{CompareMode, Frame};
use sco_explorer::i18n::{self, Lang};
use sco_explorer::model::scenario::{Instrument, Project};
use sco_explorer::model::sensitivity::{Span, tornado};
use sco_explorer::model::uncertainty::{Bands, run_study};
use sco_explorer::model::{Country, Metric, Projection, Scenario, Sector, project};
use sco_explorer::{file, t};

/// Parses `svg` and draws it; returns how many pixels are neither white nor transparent.
fn drawn_pixels(svg: &str) -> usize {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default())
        .unwrap_or_else(|e| panic!("the SVG parses: {e}\n{}", &svg[..svg.len().min(400)]));
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .pixels()
        .iter()
        .filter(|p| p.alpha() > 0 && !(p.red() > 250 && p.green() > 250 && p.blue() > 250))
        .count()
}

/// A scenario with everything a brief can show: a named project that has to wait a year, an
/// uncertainty study, and a title that would be markup if it were not escaped.
fn full_scenario() -> Scenario {
    let mut s = Scenario::default();
    s.meta.title = "Corridors <b>&</b> \"capacity\"".into();
    s.meta.author = "Ministry of Finance, analysis unit".into();
    s.meta.description = "What if the bank must finance a 9 bn corridor in its first year?".into();
    s.meta.notes = "Second line\nof notes.".into();
    s.demand.first_year_approvals = 0.0;
    s.projects.push(Project {
        name: "Big corridor".into(),
        country: Country::PAK,
        sector: Sector::Transport,
        instrument: Instrument::Bank,
        amount: 9.0,
        year: 2027,
        sovereign: true,
        source: "test".into(),
    });
    s.uncertainty.runs = 200;
    s
}

/// [`full_scenario`] projected, with its study run and the baseline as its reference.
struct Studied {
    scenario: Scenario,
    projection: Projection,
    reference: Projection,
    bands: Bands,
}

impl Studied {
    fn new() -> Self {
        let scenario = full_scenario();
        Studied {
            projection: project(&scenario).unwrap(),
            reference: project(&Scenario::default()).unwrap(),
            bands: run_study(&scenario).unwrap(),
            scenario,
        }
    }

    fn frame(&self) -> Frame<'_> {
        Frame {
            p: &self.projection,
            reference: Some(&self.reference),
            mode: CompareMode::Overlay,
            bands: Some(&self.bands),
        }
    }
}

#[test]
fn every_named_chart_is_an_svg_that_renders_with_its_title_and_units_in_every_language() {
    let studied = Studied::new();
    let s = &studied.scenario;
    let f = studied.frame();
    for lang in Lang::ALL {
        i18n::set_for_thread(lang);
        for name in Named::ALL {
            let svg = chart_svg(name, s, &f);
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            let drawn = drawn_pixels(&svg);
            assert!(drawn > 2_000, "{lang:?} {name:?}: {drawn} pixels drawn");
            // Its title and its unit, as text.
            match name.chart(&f, &s.policy, None) {
                Some(chart) => {
                    let title = sco_explorer::chart::svg::escape(&chart.title);
                    let first_words: String = title.chars().take(12).collect();
                    assert!(svg.contains(&first_words), "{lang:?} {name:?}: {title}");
                    assert!(
                        svg.contains(&format!(">{}<", chart.value_label)),
                        "{lang:?} {name:?}: no axis unit {}",
                        chart.value_label
                    );
                }
                None if name == Named::Map => {
                    assert!(svg.contains(&t!("map-measure-received")), "{lang:?}");
                    assert!(svg.contains(&t!("unit-money-axis")), "{lang:?}");
                }
                None => {
                    assert!(svg.contains(&t!("flows-diagram")), "{lang:?}");
                    assert!(svg.contains(&t!("unit-money-axis")) || svg.contains("bn"));
                }
            }
        }
    }
    i18n::set_for_thread(Lang::En);
}

#[test]
fn a_chart_with_a_reference_draws_it_dashed_and_its_bands_shaded() {
    i18n::set_for_thread(Lang::En);
    let studied = Studied::new();
    let (s, p) = (&studied.scenario, &studied.projection);
    let f = studied.frame();
    let svg = chart_svg(Named::Lending, s, &f);
    assert!(svg.contains("stroke-dasharray"), "the reference is dashed");
    assert!(svg.contains("Approvals (reference)"));
    assert!(
        svg.contains("Approvals: P5–P95, P25–P75"),
        "the band's legend"
    );
    assert!(
        svg.contains("fill-opacity=\"0.22\""),
        "the P5–P95 range is shaded"
    );
    assert!(svg.contains(">year<") && svg.contains(">US$ bn<"));
    // Stacked charts stack: the country chart's polygons are as many as the countries drawn.
    let countries = chart_svg(Named::Countries, s, &Frame::alone(p));
    let drawn = Country::ALL
        .iter()
        .filter(|c| (0..p.years()).any(|t| p.financing(t, **c) > 0.0))
        .count();
    assert_eq!(countries.matches("<polygon").count(), drawn);
}

#[test]
fn the_brief_holds_every_section_the_scenario_itself_and_nothing_from_the_network() {
    i18n::set_for_thread(Lang::En);
    let studied = Studied::new();
    let (s, p, bands) = (&studied.scenario, &studied.projection, &studied.bands);
    assert!(
        p.events
            .iter()
            .any(|e| e.to_string().contains("Big corridor")),
        "the project waits"
    );
    let base = Scenario::default();
    let tornado = tornado(s, Metric::FinalEquity, Span::RangeEnds).unwrap();
    let b = Brief {
        scenario: s,
        projection: p,
        file_name: "corridors.ron",
        reference: Some(Compared {
            name: "Baseline",
            scenario: &base,
            projection: &studied.reference,
            explanation: None,
        }),
        bands: Some(bands),
        tornado: Some(&tornado),
        today: "2026-11-24",
    };
    let html = brief::html(&b).unwrap();
    for id in [
        "title",
        "question",
        "notes",
        "headline",
        "guardrails",
        "charts",
        "assumptions",
        "projects",
        "uncertainty",
        "probabilities",
        "sensitivity",
        "method",
        "sources",
        "scenario-file",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "no section {id}");
    }
    for name in brief::CHARTS {
        assert!(
            html.contains(&format!("id=\"chart-{}\"", name.name())),
            "no chart {name:?}"
        );
    }
    assert!(html.contains("id=\"chart-tornado\""));
    // Its words: the title escaped, the author, the question, the headline figures and the
    // guardrail sentences as the window states them.
    assert!(html.contains("Corridors &lt;b&gt;&amp;&lt;/b&gt; &quot;capacity&quot;"));
    assert!(!html.contains("<b>&</b>"));
    assert!(html.contains("Ministry of Finance, analysis unit"));
    assert!(html.contains("a 9 bn corridor"));
    for figure in sco_explorer::headline::figures(&studied.frame(), s) {
        assert!(html.contains(&sco_explorer::chart::svg::escape(&figure.value)));
        assert!(html.contains(&sco_explorer::chart::svg::escape(&figure.delta.unwrap())));
    }
    for event in &p.events {
        let sentence = sco_explorer::chart::svg::escape(&event.to_string());
        assert!(html.contains(&format!("<li>{sentence}</li>")), "{sentence}");
    }
    // The assumptions that differ, both values, with the default's source.
    let row = html
        .split("<code>demand.first_year_approvals</code>")
        .nth(1)
        .expect("the changed assumption is listed")
        .split("</tr>")
        .next()
        .unwrap();
    let spec = sco_explorer::model::assumptions::SCALARS
        .iter()
        .find(|s| s.path == "demand.first_year_approvals")
        .unwrap();
    assert!(
        row.contains(&spec.unit.format(0.0)),
        "this scenario's value: {row}"
    );
    assert!(row.contains(&spec.unit.format(base.demand.first_year_approvals)));
    assert!(row.contains(&sco_explorer::chart::svg::escape(&spec.basis_text())));
    // The named project, deferred.
    assert!(html.contains("Big corridor") && html.contains("deferred to 2028"));
    // Probabilities in words and the tornado's top ten.
    for sentence in bands.sentences(s.start_year + 7) {
        assert!(html.contains(&sco_explorer::chart::svg::escape(&sentence)));
    }
    let rows = html
        .split("id=\"sensitivity\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap()
        .matches("<tr><td>")
        .count();
    assert_eq!(rows, brief::TORNADO_TOP.min(tornado.bars.len()));

    // The scenario, read back from the brief, is the scenario.
    let ron = embedded_scenario(&html).expect("the file is embedded");
    let back = file::read(&ron, "brief").expect("it reads").scenario;
    assert_eq!(&back, s);
    assert!(html.contains("download=\"corridors.ron\" href=\"data:"));

    // Nothing a browser would fetch.
    let lower = html.to_ascii_lowercase();
    for bad in [
        "src=\"http",
        "src='http",
        "href=\"http",
        "href='http",
        "@import",
        "url(http",
        "url(\"http",
        "<script",
        "<link",
        "<img",
        "<iframe",
    ] {
        assert!(!lower.contains(bad), "the brief has {bad}");
    }
    // Every SVG inside is one a renderer draws, with ids of its own.
    let mut ids = std::collections::HashSet::new();
    for part in html.split("<svg ").skip(1) {
        let svg = format!("<svg {}", part.split("</svg>").next().unwrap());
        assert!(drawn_pixels(&format!("{svg}</svg>")) > 2_000);
        for id in svg.split("id=\"").skip(1) {
            let id = id.split('"').next().unwrap();
            assert!(ids.insert(id.to_owned()), "id {id} twice");
        }
    }
}

#[test]
fn the_brief_speaks_the_readers_language_with_fonts_for_chinese() {
    let s = Scenario::default();
    let p = project(&s).unwrap();
    for lang in Lang::ALL {
        i18n::set_for_thread(lang);
        let b = Brief {
            scenario: &s,
            projection: &p,
            file_name: "baseline.ron",
            reference: None,
            bands: None,
            tornado: None,
            today: "2026-11-24",
        };
        let html = brief::html(&b).unwrap();
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
        for key in [
            "brief-headline",
            "brief-charts",
            "brief-method",
            "brief-file",
        ] {
            assert!(html.contains(&t!(key)), "{lang:?}: {key}");
        }
        assert!(html.contains(&t!("brief-assumptions-none-baseline")));
        assert!(html.contains("Microsoft YaHei") && html.contains("Noto Sans CJK SC"));
        // No uncertainty or sensitivity section without their results.
        assert!(!html.contains("id=\"uncertainty\"") && !html.contains("id=\"sensitivity\""));
        let ron = embedded_scenario(&html).unwrap();
        assert_eq!(file::read(&ron, "brief").unwrap().scenario, s);
    }
    i18n::set_for_thread(Lang::En);
}

#[test]
fn a_presets_brief_speaks_the_readers_language_and_carries_the_files_english() {
    use sco_explorer::presets::preset;
    let s = preset("sustainable_lending").unwrap().scenario().unwrap();
    let p = project(&s).unwrap();
    i18n::set_for_thread(Lang::Ru);
    let b = Brief {
        scenario: &s,
        projection: &p,
        file_name: "sustainable_lending.ron",
        reference: None,
        bands: None,
        tornado: None,
        today: "2026-11-24",
    };
    let html = brief::html(&b).unwrap();
    i18n::set_for_thread(Lang::En);
    for russian in [
        "Устойчивое кредитование",
        "Капитал базового сценария",
        "Сравните с базовым сценарием",
        "Готовые сценарии программы",
    ] {
        assert!(html.contains(russian), "{russian}");
    }
    // On the page nothing of the preset's English; in the embedded file, all of it.
    let page = &html[..html.find("<pre class=\"file\"").unwrap()];
    assert!(!page.contains("the same capital, lent steadily"));
    let ron = embedded_scenario(&html).unwrap();
    assert_eq!(ron, file::to_text(&s).unwrap());
    assert!(ron.contains("Sustainable lending: the same capital, lent steadily"));
}

#[test]
fn with_a_reference_the_brief_explains_the_difference_in_every_language_and_draws_the_waterfall() {
    use sco_explorer::model::attribution::{By, Series, Target, explain};
    let reference = Scenario::default();
    let mut s = Scenario::default();
    s.capital.subscribed = 80.0;
    s.risk.pd_multiplier = 2.0;
    let (p, rp) = (project(&s).unwrap(), project(&reference).unwrap());
    for lang in Lang::ALL {
        i18n::set_for_thread(lang);
        // The window's own explanation (a result by year), or without one cumulative financing.
        let loans = explain(&reference, &s, Target::Series(Series::Loans), By::Auto).unwrap();
        for (given, result) in [
            (None, t!("metric-cumulative-financing")),
            (Some(&loans), t!("explain-series-loans")),
        ] {
            let b = Brief {
                scenario: &s,
                projection: &p,
                file_name: "s.ron",
                reference: Some(Compared {
                    name: "Baseline",
                    scenario: &reference,
                    projection: &rp,
                    explanation: given,
                }),
                bands: None,
                tornado: None,
                today: "2026-12-03",
            };
            let html = brief::html(&b).unwrap();
            let heading = t!("brief-explain", result = result);
            assert!(html.contains(&heading), "{lang:?}: {heading}");
            let start = html.find("id=\"chart-explain\"").expect("the waterfall");
            let svg = &html[html[start..].find("<svg").unwrap() + start..];
            let svg = &svg[..svg.find("</svg>").unwrap() + 6];
            assert!(drawn_pixels(svg) > 1000);
            assert!(html.contains(&t!("class-world")) || html.contains(&t!("explain-class-world")));
            assert_eq!(html.contains("chart-explain-years"), given.is_some());
        }
    }
    i18n::set_for_thread(Lang::En);
}
