//! The brief: one self-contained HTML file for a memo, a briefing note or a student's report.
//! It opens in any browser with no network and no scripts, prints to clean A4 pages (no chart
//! split across two), and holds the scenario file itself so that a reader can reopen exactly
//! what the author saw.
//!
//! Everything in it is said the way the window says it: the headline figures and the
//! uncertainty study's percentiles are the Overview's and the Uncertainty view's
//! ([`crate::headline`]), the guardrail sentences are the projection's events, the charts are
//! the window's own chart data ([`crate::chart::named`]) written as SVG, the Flows diagram and
//! the Map are written from the layouts the window paints ([`crate::chart::flows`],
//! [`crate::chart::map`]). It is written in the current language ([`crate::i18n`]).

use std::fmt::Write as _;

use crate::chart::named::{self, Named};
use crate::chart::svg::{self, escape};
use crate::chart::{CompareMode, Frame, flows, map};
use crate::i18n::{self, num};
use crate::model::assumptions::{COUNTRY_SCALARS, SCALARS};
use crate::model::attribution::Explanation;
use crate::model::compare::differences;
use crate::model::projection::Event;
use crate::model::scenario::Instrument;
use crate::model::sensitivity::{Outcome, Tornado};
use crate::model::uncertainty::Bands;
use crate::model::{Projection, Scenario};
use crate::t;
use crate::text;

/// How many of a tornado's assumptions the brief shows.
pub const TORNADO_TOP: usize = 10;

/// What a brief is written from.
#[derive(Clone, Copy, Debug)]
pub struct Brief<'a> {
    pub scenario: &'a Scenario,
    pub projection: &'a Projection,
    /// The scenario file's name, for the download link (`scenario.ron` for one never saved).
    pub file_name: &'a str,
    /// The pinned reference, when there is one: the charts overlay it, the figures give the
    /// change from it, and the assumptions are compared with it rather than the baseline.
    pub reference: Option<Compared<'a>>,
    /// The uncertainty study's results, when they are of this very scenario.
    pub bands: Option<&'a Bands>,
    /// A sensitivity run of this scenario, when there is one.
    pub tornado: Option<&'a Tornado>,
    /// The day the brief is written, ISO 8601.
    pub today: &'a str,
}

/// A scenario the brief compares with.
#[derive(Clone, Copy, Debug)]
pub struct Compared<'a> {
    /// Its name as the window shows it.
    pub name: &'a str,
    pub scenario: &'a Scenario,
    pub projection: &'a Projection,
    /// The explanation of the difference the window shows (its chosen result and parts);
    /// without one, the brief explains the change in cumulative financing itself.
    pub explanation: Option<&'a Explanation>,
}

/// The charts of the brief, in order.
pub const CHARTS: [Named; 9] = [
    Named::Lending,
    Named::CapitalRatio,
    Named::Rac,
    Named::Sectors,
    Named::Countries,
    Named::BalanceSheet,
    Named::JCurve,
    Named::Flows,
    Named::Map,
];

/// The whole brief as an HTML document. Fails only when the scenario cannot be written as a
/// file (it always can be once it is valid).
pub fn html(b: &Brief<'_>) -> Result<String, String> {
    let s = b.scenario;
    let ron = crate::file::to_text(s).map_err(|e| e.to_string())?;
    // What the scenario's author wrote is shown with its control characters escaped, as the
    // terminal shows it: a right-to-left override in a title must not reorder the heading.
    let title = if s.meta.title.trim().is_empty() {
        t!("brief-untitled")
    } else {
        let title = crate::presets::shown(crate::presets::Field::Title, &s.meta.title);
        text::escaped(&title).into_owned()
    };
    let mut out = String::with_capacity(400_000);
    let lang = i18n::current().code();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"sco-explorer {}\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&t!("brief-doc-title", title = title.as_str())),
        css()
    );
    header(&mut out, b, &title);
    headline(&mut out, b);
    charts(&mut out, b);
    if let Some(r) = &b.reference {
        explained(&mut out, r, b.scenario);
    }
    assumptions(&mut out, b);
    projects(&mut out, b);
    if let Some(bands) = b.bands {
        uncertainty(&mut out, s, bands);
    }
    if let Some(tornado) = b.tornado {
        sensitivity(&mut out, b.projection, tornado);
    }
    appendix(&mut out);
    scenario_file(&mut out, b.file_name, &ron);
    out.push_str("</body>\n</html>\n");
    Ok(out)
}

/// The style sheet: the reader's own fonts (with the common Chinese ones), A4 pages, nothing
/// split across a page that should not be.
fn css() -> String {
    format!(
        "\
@page {{ size: A4; margin: 15mm 14mm 16mm 14mm; }}
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {fonts}; color: #222; background: #fff; max-width: 780px; margin: 28px auto; padding: 0 16px; line-height: 1.45; font-size: 10.5pt; }}
h1 {{ font-size: 19pt; line-height: 1.2; margin: 0 0 6px; }}
h2 {{ font-size: 13.5pt; margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 1px solid #bbb; break-after: avoid; page-break-after: avoid; }}
h3 {{ font-size: 11pt; margin: 14px 0 6px; break-after: avoid; page-break-after: avoid; }}
p {{ margin: 4px 0 8px; }}
.meta {{ color: #555; margin-bottom: 10px; }}
.question {{ font-size: 11.5pt; border-left: 3px solid #3478c8; padding: 2px 0 2px 10px; margin: 10px 0; white-space: pre-wrap; }}
.notes {{ white-space: pre-wrap; }}
.figures {{ display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; margin: 8px 0 12px; }}
.figure {{ border: 1px solid #d5d5d5; border-radius: 4px; padding: 6px 8px; break-inside: avoid; page-break-inside: avoid; }}
.figure .label {{ font-size: 8.5pt; color: #555; }}
.figure .value {{ font-size: 12.5pt; font-weight: bold; }}
.figure .delta {{ font-size: 8.5pt; }}
ul.sentences {{ margin: 4px 0 10px; padding-left: 20px; }}
figure {{ margin: 10px 0 14px; break-inside: avoid; page-break-inside: avoid; }}
figure svg {{ display: block; width: 100%; height: auto; }}
table {{ border-collapse: collapse; width: 100%; font-size: 9pt; margin: 6px 0 12px; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f2f2f2; }}
th.num {{ text-align: right; }}
tr {{ break-inside: avoid; page-break-inside: avoid; }}
td.num {{ text-align: right; white-space: nowrap; }}
td.val {{ overflow-wrap: anywhere; width: 24%; }}
code {{ overflow-wrap: anywhere; }}
code {{ font-family: Consolas, 'DejaVu Sans Mono', Menlo, monospace; font-size: 8.5pt; color: #444; }}
.small {{ font-size: 8.5pt; color: #555; }}
pre.file {{ font-family: Consolas, 'DejaVu Sans Mono', Menlo, monospace; font-size: 7.5pt; line-height: 1.3; white-space: pre-wrap; word-break: break-all; background: #f6f6f6; border: 1px solid #ddd; padding: 8px; max-height: 520px; overflow: auto; }}
.sources {{ column-count: 2; column-gap: 18px; font-size: 8.5pt; }}
.sources p {{ margin: 0 0 5px; break-inside: avoid; page-break-inside: avoid; }}
.appendix {{ break-before: page; page-break-before: always; }}
.keep {{ break-inside: avoid; page-break-inside: avoid; }}
thead {{ display: table-header-group; }}
@media print {{ body {{ margin: 0; padding: 0; max-width: none; }} a {{ color: inherit; }} pre.file {{ max-height: none; overflow: visible; column-count: 2; column-gap: 14px; font-size: 6.5pt; word-break: normal; overflow-wrap: anywhere; orphans: 4; widows: 4; }} }}
@media (max-width: 640px) {{ .figures {{ grid-template-columns: repeat(2, 1fr); }} }}
",
        fonts = svg::FONT_STACK
    )
}

fn section(out: &mut String, id: &str, heading: &str) {
    let _ = write!(out, "<section id=\"{id}\">\n<h2>{}</h2>\n", escape(heading));
}

/// A section whose heading stays on one page with what follows it, up to [`KEPT_END`] (a
/// browser may otherwise leave a heading alone at the foot of a page).
fn section_kept(out: &mut String, id: &str, heading: &str) {
    let _ = write!(
        out,
        "<section id=\"{id}\">\n<div class=\"keep\">\n<h2>{}</h2>\n",
        escape(heading)
    );
}

/// Where what [`section_kept`] keeps with its heading ends.
const KEPT_END: &str = "</div>\n";

fn header(out: &mut String, b: &Brief<'_>, title: &str) {
    let meta = &b.scenario.meta;
    let _ = write!(out, "<header id=\"title\">\n<h1>{}</h1>\n", escape(title));
    let mut line = Vec::new();
    if !meta.author.trim().is_empty() {
        line.push(t!(
            "brief-by",
            author = text::escaped(&crate::presets::shown(
                crate::presets::Field::Author,
                &meta.author
            ))
            .as_ref()
        ));
    }
    let dated = if meta.modified.trim().is_empty() {
        &meta.created
    } else {
        &meta.modified
    };
    if !dated.trim().is_empty() {
        line.push(t!("brief-dated", date = num::date(dated)));
    }
    line.push(t!("brief-written", date = num::date(b.today)));
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(&line.join(" · ")));
    if let Some(r) = &b.reference {
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            escape(&t!("brief-compared", name = text::escaped(r.name).as_ref()))
        );
    }
    let question = crate::presets::shown(crate::presets::Field::Question, &meta.description);
    let question = text::escaped_lines(&question);
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<p class=\"question\" id=\"question\">{}</p>",
        escape(&t!("brief-question")),
        escape(if meta.description.trim().is_empty() {
            "—"
        } else {
            &question
        })
    );
    if !meta.notes.trim().is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p class=\"notes\" id=\"notes\">{}</p>",
            escape(&t!("brief-notes")),
            escape(&text::escaped_lines(&crate::presets::shown(
                crate::presets::Field::Notes,
                &meta.notes
            )))
        );
    }
    out.push_str("</header>\n");
}

fn frame<'a>(b: &Brief<'a>) -> Frame<'a> {
    Frame {
        p: b.projection,
        reference: b.reference.map(|r| r.projection),
        mode: CompareMode::Overlay,
        bands: b.bands,
    }
}

fn headline(out: &mut String, b: &Brief<'_>) {
    section(out, "headline", &t!("brief-headline"));
    out.push_str("<div class=\"figures keep\">\n");
    for f in crate::headline::figures(&frame(b), b.scenario) {
        let _ = write!(
            out,
            "<div class=\"figure\" title=\"{}\"><div class=\"label\">{}</div><div class=\"value\">{}</div>",
            escape(&f.help),
            escape(&f.label),
            escape(&f.value)
        );
        if let Some(delta) = f.delta {
            let _ = write!(out, "<div class=\"delta\">{}</div>", escape(&delta));
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
    let _ = writeln!(out, "<h3>{}</h3>", escape(&t!("brief-guardrails")));
    let sentences = guardrail_sentences(&b.projection.events);
    out.push_str("<ul class=\"sentences\" id=\"guardrails\">\n");
    for sentence in sentences {
        let _ = writeln!(out, "<li>{}</li>", escape(&sentence));
    }
    out.push_str("</ul>\n</section>\n");
}

/// The guardrail sentences as the status line states them, every one of them.
pub fn guardrail_sentences(events: &[Event]) -> Vec<String> {
    if events.is_empty() {
        vec![t!("status-no-guardrail")]
    } else {
        events.iter().map(ToString::to_string).collect()
    }
}

/// One named chart as SVG: a [`Chart`](crate::chart::Chart) of the window's, or the Flows
/// diagram or the Map over the whole horizon.
pub fn chart_svg(name: Named, s: &Scenario, f: &Frame<'_>) -> String {
    let p = f.p;
    let last = p.years().saturating_sub(1);
    match name {
        Named::Flows => {
            let measure = crate::model::flows::Measure::Disbursements;
            flows::svg(p, measure, (0, last), flows::OTHER_SHARE)
        }
        Named::Map => map::svg(s, p, map::MapMeasure::Received, (0, last)),
        _ => match name.chart(f, &s.policy, None) {
            Some(chart) => svg::render(&chart),
            None => String::new(),
        },
    }
}

/// Gives an SVG's ids a prefix of their own, so that several can share one page.
fn own_ids(svg: &str, prefix: &str) -> String {
    svg.replace("id=\"clip", &format!("id=\"{prefix}clip"))
        .replace("url(#clip", &format!("url(#{prefix}clip"))
}

fn charts(out: &mut String, b: &Brief<'_>) {
    section_kept(out, "charts", &t!("brief-charts"));
    if b.bands.is_some() {
        let _ = writeln!(
            out,
            "<p class=\"small\">{}</p>",
            escape(&t!("brief-bands-note"))
        );
    }
    let f = frame(b);
    for (i, name) in CHARTS.into_iter().enumerate() {
        let svg = own_ids(&chart_svg(name, b.scenario, &f), &format!("c{i}"));
        // The lens says once, where it is shown, what it is (and is not).
        let caption = if name == Named::Rac {
            format!(
                "<figcaption>{}</figcaption>\n",
                escape(&t!("lens-disclaimer"))
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<figure id=\"chart-{}\">\n{}{caption}</figure>",
            name.name(),
            svg
        );
        if i == 0 {
            out.push_str(KEPT_END);
        }
    }
    out.push_str("</section>\n");
}

/// The source of an assumption's default (or what a judgement rests on), by its path.
pub fn basis_of(path: &str) -> String {
    if let Some(spec) = SCALARS.iter().find(|s| s.path == path) {
        return marked(spec.basis.is_illustrative(), spec.basis_text());
    }
    let key = path.rsplit('.').next().unwrap_or(path);
    match COUNTRY_SCALARS
        .iter()
        .find(|c| c.key == key && path.starts_with("countries."))
    {
        Some(spec) => marked(spec.basis.is_illustrative(), spec.basis_text()),
        None => String::new(),
    }
}

fn marked(illustrative: bool, text: String) -> String {
    if illustrative {
        t!("basis-illustrative", text = text)
    } else {
        text
    }
}

/// Why the results differ from the reference: the waterfall of the parts of one result's
/// change, each part with the assumptions behind it, and the split into the world and our
/// choices; or why the difference cannot be explained.
fn explained(out: &mut String, r: &Compared<'_>, s: &Scenario) {
    use crate::model::attribution::{By, Target, Unexplained, explain};
    let own;
    let answer = match r.explanation {
        Some(e) => Ok(e),
        None => {
            own = explain(
                r.scenario,
                s,
                Target::Metric(crate::model::Metric::CumulativeFinancing),
                By::Auto,
            );
            own.as_ref()
        }
    };
    let e = match answer {
        Ok(e) => e,
        // Nothing differs: the assumptions section says so.
        Err(Unexplained::NoDifference) => return,
        Err(why) => {
            section(out, "explain", &t!("brief-explain-none"));
            let _ = writeln!(out, "<p>{}</p>", escape(&text::escaped(&why.to_string())));
            if let Unexplained::Invalid { named, .. } = why {
                out.push_str("<ul>\n");
                for c in named {
                    let _ = writeln!(out, "<li>{}</li>", escape(&text::escaped(&c.to_string())));
                }
                out.push_str("</ul>\n");
                let _ = writeln!(
                    out,
                    "<p class=\"small\">{}</p>",
                    escape(&t!("explain-invalid-hint"))
                );
            }
            out.push_str("</section>\n");
            return;
        }
    };
    let unit = e.target.unit();
    let at = crate::explanation::largest_year(e);
    section_kept(
        out,
        "explain",
        &t!("brief-explain", result = e.target.label()),
    );
    let _ = writeln!(
        out,
        "<p class=\"small\">{}</p>",
        escape(&crate::explanation::method(e))
    );
    let chart = crate::chart::explain::waterfall(e, at, crate::chart::explain::SHOWN);
    let _ = writeln!(
        out,
        "<figure id=\"chart-explain\">\n{}</figure>",
        own_ids(&svg::render(&chart.on_light_page()), "x")
    );
    out.push_str(KEPT_END);
    if e.target.is_series() {
        let chart = crate::chart::explain::by_year(e);
        let _ = writeln!(
            out,
            "<figure id=\"chart-explain-years\">\n{}</figure>",
            own_ids(&svg::render(&chart.on_light_page()), "y")
        );
    }
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>",
        escape(&t!("explain-col-part")),
        escape(&t!("explain-col-class")),
        escape(&t!("explain-col-share"))
    );
    for part in crate::explanation::shown(e, at, usize::MAX) {
        let details: Vec<String> = part
            .details
            .iter()
            .map(|d| escape(&text::escaped(d)))
            .collect();
        let class = match part.class {
            Some(crate::model::assumptions::Class::World) => t!("explain-class-world"),
            Some(crate::model::assumptions::Class::Choice) => t!("explain-class-choice"),
            None => t!("explain-class-both"),
        };
        let share = match part.error {
            Some(error) => t!(
                "explain-plus-minus",
                value = crate::explanation::signed_change(unit, part.value),
                error = crate::explanation::signed_change(unit, error)
                    .trim_start_matches('+')
                    .to_owned()
            ),
            None => crate::explanation::signed_change(unit, part.value),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}<br><span class=\"small\">{}</span></td><td>{}</td><td class=\"val\">{}</td></tr>",
            escape(&text::escaped(&part.label)),
            details.join("<br>"),
            escape(&class),
            escape(&share)
        );
    }
    out.push_str("</table>\n");
    let _ = writeln!(
        out,
        "<p>{}</p>",
        escape(&t!(
            "explain-split-line",
            world = crate::explanation::signed_change(unit, e.split.world[at]),
            choices = crate::explanation::signed_change(unit, e.split.choices[at]),
            interaction = crate::explanation::signed_change(unit, e.split.interaction[at])
        ))
    );
    out.push_str("</section>\n");
}

fn assumptions(out: &mut String, b: &Brief<'_>) {
    let baseline = Scenario::default();
    // The baseline has sentences of its own: "the baseline" put into the sentence that names a
    // reference would read «от сценария «базовый сценарий»».
    let (other, column, heading, none) = match &b.reference {
        Some(r) => (
            r.scenario,
            text::escaped(r.name).into_owned(),
            t!("brief-assumptions", name = text::escaped(r.name).as_ref()),
            t!(
                "brief-assumptions-none",
                name = text::escaped(r.name).as_ref()
            ),
        ),
        None => (
            &baseline,
            t!("preset-baseline-title"),
            t!("brief-assumptions-baseline"),
            t!("brief-assumptions-none-baseline"),
        ),
    };
    section_kept(out, "assumptions", &heading);
    let diff = differences(other, b.scenario);
    if diff.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&none));
    } else {
        let _ = writeln!(
            out,
            "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>",
            escape(&t!("col-assumption")),
            escape(&t!("brief-col-this")),
            escape(&column),
            escape(&t!("brief-col-source"))
        );
        for d in diff {
            let _ = writeln!(
                out,
                "<tr><td>{}<br><code>{}</code></td><td class=\"val\">{}</td><td class=\"val\">{}</td><td class=\"small\">{}</td></tr>",
                escape(&text::escaped(&d.label)),
                escape(&text::escaped(&d.path)),
                escape(&text::escaped(&d.second)),
                escape(&text::escaped(&d.first)),
                escape(&basis_of(&d.path))
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str(KEPT_END);
    out.push_str("</section>\n");
}

fn projects(out: &mut String, b: &Brief<'_>) {
    section_kept(out, "projects", &t!("brief-projects"));
    let s = b.scenario;
    if s.projects.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&t!("brief-projects-none")));
        out.push_str(KEPT_END);
        out.push_str("</section>\n");
        return;
    }
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th></tr></thead>",
        escape(&t!("brief-col-project")),
        escape(&t!("brief-col-country-sector")),
        escape(&t!("brief-col-instrument")),
        escape(&t!("brief-col-amount")),
        escape(&t!("brief-col-planned")),
        escape(&t!("brief-col-outcome")),
        escape(&t!("brief-col-project-source"))
    );
    let last = b.projection.year(b.projection.years().saturating_sub(1));
    for project in &s.projects {
        let outcome = b
            .projection
            .events
            .iter()
            .find_map(|e| match e {
                Event::ProjectDeferred { name, done, .. } if *name == project.name => {
                    Some(t!("brief-project-deferred", year = num::year(*done)))
                }
                Event::ProjectNotFinanced { name, .. } if *name == project.name => {
                    Some(t!("brief-project-not-financed", year = num::year(last)))
                }
                _ => None,
            })
            .unwrap_or_else(|| t!("brief-project-on-time"));
        let instrument = match project.instrument {
            Instrument::Bank => t!("instrument-bank"),
            Instrument::Fund => t!("instrument-fund"),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{} · {}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"small\">{}</td></tr>",
            escape(&text::escaped(&crate::presets::shown(
                crate::presets::Field::Project,
                &project.name
            ))),
            escape(&project.country.name()),
            escape(&project.sector.name()),
            escape(&instrument),
            escape(&num::money(project.amount)),
            escape(&num::year(project.year)),
            escape(&outcome),
            escape(&text::escaped_lines(&crate::presets::shown(
                crate::presets::Field::Source,
                &project.source
            )))
        );
    }
    out.push_str("</table>\n");
    out.push_str(KEPT_END);
    out.push_str("</section>\n");
}

fn uncertainty(out: &mut String, s: &Scenario, bands: &Bands) {
    section_kept(out, "uncertainty", &t!("brief-uncertainty"));
    let _ = writeln!(
        out,
        "<p>{}</p>",
        escape(&t!(
            "unc-done",
            runs = bands.runs,
            seed = s.seed.to_string()
        ))
    );
    let valid = bands.valid();
    if valid < bands.runs {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            escape(&t!(
                "unc-valid-runs",
                valid = valid,
                runs = bands.runs,
                share = crate::model::uncertainty::format_share(
                    valid as f64 / bands.runs.max(1) as f64
                )
            ))
        );
    }
    out.push_str("<ul class=\"sentences\" id=\"probabilities\">\n");
    // The year the window asks about first.
    for line in bands.sentences(s.start_year + 7) {
        let _ = writeln!(out, "<li>{}</li>", escape(&line));
    }
    out.push_str("</ul>\n");
    out.push_str(KEPT_END);
    // The percentiles of the headline results.
    let rows = crate::headline::percentiles(bands);
    let _ = writeln!(
        out,
        "<table class=\"keep\">\n<thead><tr><th></th><th class=\"num\">P5</th><th class=\"num\">P25</th><th class=\"num\">{}</th><th class=\"num\">P75</th><th class=\"num\">P95</th></tr></thead>",
        escape(&t!("unc-median"))
    );
    for (label, q, ratio) in rows {
        let _ = write!(out, "<tr><td>{}</td>", escape(&label));
        match q {
            Some(q) => {
                for v in q {
                    let text = if ratio { num::pct(v) } else { num::bn(v) };
                    let _ = write!(out, "<td class=\"num\">{}</td>", escape(&text));
                }
            }
            None => {
                let _ = write!(
                    out,
                    "<td colspan=\"5\">{}</td>",
                    escape(&t!("unc-undefined"))
                );
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    let _ = writeln!(
        out,
        "<div class=\"keep\">\n<h3>{}</h3>\n<ul>",
        escape(&t!("brief-uncertain-assumptions"))
    );
    for u in &s.uncertainty.assumptions {
        let line = crate::headline::uncertain(u);
        let _ = writeln!(out, "<li>{}</li>", escape(&line));
    }
    out.push_str("</ul>\n</div>\n</section>\n");
}

fn sensitivity(out: &mut String, p: &Projection, t: &Tornado) {
    section_kept(
        out,
        "sensitivity",
        &t!("brief-sensitivity", count = TORNADO_TOP),
    );
    let _ = writeln!(out, "<p class=\"small\">{}</p>", escape(&t.span.describe()));
    match named::tornado(t, Some(p), TORNADO_TOP) {
        Some(chart) => {
            let svg = own_ids(&svg::render_sized(&chart, svg::WIDTH, 420.0), "tornado");
            let _ = writeln!(out, "<figure id=\"chart-tornado\">\n{svg}</figure>");
        }
        None => {
            let _ = writeln!(out, "<p>{}</p>", escape(&t!("sens-none-moves")));
        }
    }
    out.push_str(KEPT_END);
    let _ = write!(out, "<table class=\"keep\">\n<thead><tr><th>#</th>");
    for (key, class) in [
        ("col-assumption", ""),
        ("sens-low-end", " class=\"num\""),
        ("sens-result-low", " class=\"num\""),
        ("sens-high-end", " class=\"num\""),
        ("sens-result-high", " class=\"num\""),
        ("sens-swing", " class=\"num\""),
    ] {
        let _ = write!(out, "<th{class}>{}</th>", escape(&i18n::tr(key)));
    }
    out.push_str("</tr></thead>\n");
    let base = t.base.unwrap_or(0.0);
    let cell = |o: &Outcome| match o {
        Outcome::Result(v) => t.metric.format(*v, Some(p)),
        Outcome::Invalid(_) => t!("sens-invalid"),
    };
    for (i, bar) in t.bars.iter().take(TORNADO_TOP).enumerate() {
        let unit = bar.lever.unit();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            i + 1,
            escape(&bar.lever.label()),
            escape(&unit.format(bar.low_value)),
            escape(&cell(&bar.low)),
            escape(&unit.format(bar.high_value)),
            escape(&cell(&bar.high)),
            escape(&t.metric.unit().format_sig(bar.swing(base), 3))
        );
    }
    out.push_str("</table>\n</section>\n");
}

fn appendix(out: &mut String) {
    out.push_str("<div class=\"appendix\">\n");
    section(out, "method", &t!("brief-method"));
    for key in [
        "brief-method-1",
        "brief-method-2",
        "brief-method-3",
        "brief-method-4",
    ] {
        let _ = writeln!(out, "<p>{}</p>", escape(&i18n::tr(key)));
    }
    out.push_str("</section>\n");
    section(out, "sources", &t!("brief-sources"));
    out.push_str("<div class=\"sources\">\n");
    let rows = SCALARS
        .iter()
        .map(|s| {
            (
                s.label(),
                s.path.to_owned(),
                marked(s.basis.is_illustrative(), s.basis_text()),
            )
        })
        .chain(COUNTRY_SCALARS.iter().map(|c| {
            (
                c.label(),
                format!("countries.*.{}", c.key),
                marked(c.basis.is_illustrative(), c.basis_text()),
            )
        }));
    for (label, path, basis) in rows {
        let _ = writeln!(
            out,
            "<p><b>{}</b> <code>{}</code><br>{}</p>",
            escape(&label),
            escape(&path),
            escape(&basis)
        );
    }
    out.push_str("</div>\n</section>\n");
}

fn scenario_file(out: &mut String, file_name: &str, ron: &str) {
    section(out, "scenario-file", &t!("brief-file"));
    let file_name = &*text::escaped(file_name);
    let _ = writeln!(
        out,
        "<p>{}</p>",
        escape(&t!("brief-file-how", name = file_name))
    );
    let _ = writeln!(
        out,
        "<p><a download=\"{}\" href=\"data:application/octet-stream;charset=utf-8,{}\">{}</a></p>",
        escape(file_name),
        percent_encoded(ron),
        escape(&t!("brief-file-download", name = file_name))
    );
    let _ = writeln!(
        out,
        "<pre class=\"file\" id=\"scenario-ron\">{}</pre>\n</section>\n</div>",
        // A bidirectional control in a string shows as its escape, which RON reads back as
        // the same character: the text shown is still the scenario.
        escape(&text::escaped_lines(ron))
    );
}

/// `text` as the data of a `data:` URL: every byte but the unreserved ones percent-encoded.
fn percent_encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The scenario file embedded in a brief, as its text (the inverse of the brief's escaping):
/// what a reader copies into a `.ron` file.
pub fn embedded_scenario(html: &str) -> Option<String> {
    let start = html.find("<pre class=\"file\" id=\"scenario-ron\">")?;
    let body = &html[start..];
    let open = body.find('>')? + 1;
    let close = body.find("</pre>")?;
    let text = &body[open..close];
    Some(
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_urls_keep_only_unreserved_bytes_and_ids_are_made_unique() {
        assert_eq!(percent_encoded("a b/é"), "a%20b%2F%C3%A9");
        let svg = "<clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\">";
        assert_eq!(
            own_ids(svg, "c2"),
            "<clipPath id=\"c2clip1\"/><g clip-path=\"url(#c2clip1)\">"
        );
    }
}
