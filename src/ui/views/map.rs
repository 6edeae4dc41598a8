//! Map: the SCO countries coloured by a chosen measure (financing received, per person, as a
//! share of GDP, paid in, net position) for the whole horizon, one year or up to a year, on an
//! equal-area projection. What it shows, its classes, geometry and SVG are
//! [`crate::chart::map`]; this view paints it. Hover a country for its value; click it to
//! focus it (the other views then highlight it until the focus is cleared).

use super::chart::{picture_buttons_ui, picture_menu, send_picture};
use egui::{Color32, FontId, Mesh, Pos2, RichText, Sense, Shape, Stroke, Ui, vec2};

use crate::chart::geography::{self, Role};
use crate::chart::map::{self, Fit, MapMeasure, MapPeriod, NameSpot};
use crate::i18n::num;
use crate::model::{Country, N_COUNTRIES, Projection};
use crate::t;
use crate::ui::Command;

/// The Map view's choices, saved with the preferences.
#[derive(Clone, Copy, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct MapPrefs {
    pub measure: MapMeasure,
    pub period: MapPeriod,
    /// The chosen year, as an offset from the start year.
    pub year: usize,
}

/// The years the map sums for the chosen period.
fn years(prefs: &MapPrefs, n: usize) -> (usize, usize) {
    let end = n.saturating_sub(1);
    let year = prefs.year.min(end);
    match prefs.period {
        MapPeriod::Horizon => (0, end),
        MapPeriod::Year => (year, year),
        MapPeriod::ToYear => (0, year),
    }
}

/// The measure, the period and the year (with a play button).
fn controls(ui: &mut Ui, p: &Projection, prefs: &mut MapPrefs) {
    crate::ui::controls_row(ui, |ui| {
        ui.label(t!("map-colour-by"));
        for m in MapMeasure::ALL {
            ui.selectable_value(&mut prefs.measure, m, m.title());
        }
    });
    crate::ui::controls_row(ui, |ui| {
        for (period, key) in [
            (MapPeriod::Horizon, "map-period-horizon"),
            (MapPeriod::Year, "map-period-year"),
            (MapPeriod::ToYear, "map-period-to-year"),
        ] {
            ui.selectable_value(&mut prefs.period, period, crate::i18n::tr(key));
        }
        if prefs.period != MapPeriod::Horizon {
            ui.separator();
            let last = p.years().saturating_sub(1);
            prefs.year = prefs.year.min(last);
            let playing_id = ui.make_persistent_id("map-playing");
            let mut playing: Option<f64> = ui.data(|d| d.get_temp(playing_id));
            let now = ui.input(|i| i.time);
            // A year every 0.7 s, until the last; stepped before anything shows the year.
            if let Some(since) = playing
                && now - since >= 0.7
            {
                if prefs.year < last {
                    prefs.year += 1;
                    playing = Some(now);
                } else {
                    playing = None;
                }
            }
            let play = if playing.is_some() {
                t!("map-pause")
            } else {
                t!("map-play")
            };
            if ui.button(play).on_hover_text(t!("map-play-hint")).clicked() {
                playing = match playing {
                    Some(_) => None,
                    None => {
                        if prefs.year >= last {
                            prefs.year = 0;
                        }
                        Some(now)
                    }
                };
            }
            let start = p.start_year;
            let mut year = start + prefs.year as i32;
            let slider = egui::Slider::new(&mut year, start..=start + last as i32)
                .custom_formatter(|v, _| num::year(v as i32));
            if ui.add(slider).on_hover_text(t!("map-year-hint")).changed() {
                prefs.year = (year - start).max(0) as usize;
                playing = None;
            }
            // A year every 0.7 s, until the last.
            if let Some(since) = playing {
                if now - since >= 0.7 {
                    if prefs.year < last {
                        prefs.year += 1;
                        playing = Some(now);
                    } else {
                        playing = None;
                    }
                }
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(100));
            }
            ui.data_mut(|d| {
                if let Some(t) = playing {
                    d.insert_temp(playing_id, t);
                } else {
                    d.remove::<f64>(playing_id);
                }
            });
        }
    });
}

pub fn show(ui: &mut Ui, cx: &super::Context<'_>, prefs: &mut MapPrefs) -> Vec<Command> {
    let mut commands = Vec::new();
    let (s, p) = (cx.scenario, cx.frame.p);
    if p.years() == 0 {
        ui.label(t!("flows-empty"));
        return commands;
    }
    controls(ui, p, prefs);
    let (a, b) = years(prefs, p.years());
    let measure = prefs.measure;
    let shown = map::values(s, p, measure, a, b);
    // Classes that stay put while the year moves: from the largest value the period's kind
    // takes in any year.
    let end = p.years() - 1;
    let periods: Vec<(usize, usize)> = match prefs.period {
        // One period: the one shown.
        MapPeriod::Horizon => vec![(0, end)],
        MapPeriod::ToYear => (0..=end).map(|y| (0, y)).collect(),
        MapPeriod::Year => (0..=end).map(|y| (y, y)).collect(),
    };
    let largest = periods
        .into_iter()
        .flat_map(|(a, b)| map::values(s, p, measure, a, b))
        .flatten()
        .map(f64::abs)
        .fold(0.0, f64::max);
    let limits = map::limits(largest, measure.diverging());
    let period_text = map::period_text(p, a, b);
    let title = t!(
        "map-title",
        measure = measure.title(),
        period = period_text.clone()
    );
    // The picture (for PNG, SVG or the clipboard): the title, the map, its legend and the note.
    let picture = ui.scope(|ui| {
        let mut wanted = None;
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&title).strong());
            wanted = picture_buttons_ui(ui, true);
        });
        let note_height = ui.text_style_height(&egui::TextStyle::Small) * 2.0 + 8.0;
        let legend_width = 170.0f32.min(ui.available_width() * 0.3);
        let height = (ui.available_height() - note_height).max(240.0);
        ui.horizontal_top(|ui| {
            let size = vec2(ui.available_width() - legend_width - 8.0, height);
            // Financing received in parts (bank, fund, co-investors alongside), for the hover.
            let split =
                matches!(measure, MapMeasure::Received).then(|| map::received_split(p, a, b));
            let colouring = Colouring {
                shown: &shown,
                limits: &limits,
                measure,
                period: &period_text,
                split: split.as_ref(),
            };
            let (clicked, response) = draw_map(ui, cx, &colouring, size);
            if let Some(c) = clicked {
                commands.push(Command::Focus((cx.focus != Some(c)).then_some(c)));
            }
            ui.vertical(|ui| {
                ui.set_max_width(legend_width);
                legend(ui, measure, prefs.period, &limits);
            });
            wanted = wanted.or(picture_menu(&response, true));
        });
        ui.label(RichText::new(t!("map-note")).small().weak());
        wanted
    });
    send_picture(
        ui.ctx(),
        picture.inner,
        picture.response.rect,
        &title,
        Some(|| map::svg_with(s, p, measure, (a, b), &limits)),
    );
    commands
}

/// The legend: one swatch per class with its limits, the unit, and what grey means.
fn legend(ui: &mut Ui, measure: MapMeasure, period: MapPeriod, limits: &[f64]) {
    ui.add(egui::Label::new(RichText::new(measure.unit(period)).strong()).wrap());
    let swatch = |ui: &mut Ui, colour: Color32| {
        let (rect, _) = ui.allocate_exact_size(vec2(18.0, 12.0), Sense::hover());
        ui.painter().rect_filled(rect, 2.0, colour);
        ui.painter().rect_stroke(
            rect,
            2.0,
            Stroke::new(0.5, ui.visuals().weak_text_color()),
            egui::StrokeKind::Inside,
        );
    };
    for (colour, text) in map::legend_entries(measure, limits, ui.visuals().dark_mode) {
        ui.horizontal(|ui| {
            swatch(ui, colour);
            ui.add(egui::Label::new(text).wrap());
        });
    }
}

/// What the map shows: each country's value, the classes, the measure and period, and (for
/// financing received) its parts.
struct Colouring<'a> {
    shown: &'a [Option<f64>; N_COUNTRIES],
    limits: &'a [f64],
    measure: MapMeasure,
    period: &'a str,
    split: Option<&'a [[f64; 3]; N_COUNTRIES]>,
}

/// Draws the map; returns the country clicked, if any.
fn draw_map(
    ui: &mut Ui,
    cx: &super::Context<'_>,
    colouring: &Colouring<'_>,
    size: egui::Vec2,
) -> (Option<Country>, egui::Response) {
    let Colouring {
        shown,
        limits,
        measure,
        period,
        split,
    } = *colouring;
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Figure, true, t!("map-figure")));
    let atlas = geography::atlas();
    let fit = Fit::for_map(rect);
    let dark = ui.visuals().dark_mode;
    let painter = ui.painter_at(rect);
    let sea = if dark {
        Color32::from_rgb(24, 32, 44)
    } else {
        Color32::from_rgb(232, 240, 248)
    };
    painter.rect_filled(rect, 4.0, sea);
    // Nothing is hovered in a frame drawn for a picture.
    let capturing = crate::ui::chart_export::capturing(ui.ctx());
    let pointer = ui
        .ctx()
        .pointer_hover_pos()
        .filter(|p| !capturing && ui.rect_contains_pointer(rect) && rect.contains(*p));
    let hovered = pointer.and_then(|p| atlas.country_at(fit.from_screen(p)));
    let fill = |role: Role| map::fill(role, shown, measure, limits, dark);
    // Fills: one mesh for the whole map.
    let mut mesh = Mesh::default();
    for land in &atlas.lands {
        let colour = fill(land.role);
        for g in &land.polygons {
            let base = mesh.vertices.len() as u32;
            for p in &g.points {
                mesh.colored_vertex(fit.to_screen(*p), colour);
            }
            mesh.indices.extend(g.triangles.iter().map(|i| base + i));
        }
    }
    painter.add(Shape::mesh(mesh));
    // Outlines: neighbours thin, the twelve a little stronger, the hovered and focused ones bold.
    let border = if dark {
        Color32::from_gray(120)
    } else {
        Color32::from_gray(255)
    };
    let strong = ui.visuals().strong_text_color();
    for land in &atlas.lands {
        let stroke = match land.role {
            Role::Sco(c) if cx.focus == Some(c) || hovered == Some(c) => Stroke::new(2.0, strong),
            Role::Sco(_) => Stroke::new(0.8, border),
            Role::Context => Stroke::new(0.5, border.gamma_multiply(0.7)),
        };
        for g in &land.polygons {
            for i in 0..g.rings.len() {
                let ring: Vec<Pos2> = g.ring(i).iter().map(|p| fit.to_screen(*p)).collect();
                painter.add(Shape::closed_line(ring, stroke));
            }
        }
    }
    // Names: the focused country's first, then the largest. Light text on dark fills.
    let font = FontId::proportional(11.0);
    // Laid out once; the colour is chosen where it is drawn.
    let galleys: Vec<_> = Country::ALL
        .iter()
        .map(|c| painter.layout_no_wrap(c.name(), font.clone(), Color32::PLACEHOLDER))
        .collect();
    let sizes = galleys.iter().map(|g| g.size()).collect::<Vec<_>>();
    let label = ui.visuals().strong_text_color();
    let plate = ui.visuals().panel_fill.gamma_multiply(0.85);
    for (c, spot) in map::place_names(&fit, rect, cx.focus, &sizes) {
        let galley = galleys[c.index()].clone();
        match spot {
            NameSpot::On {
                rect: r,
                plate: on_plate,
            } => {
                let colour = if on_plate {
                    label
                } else if map::dark_fill(fill(Role::Sco(c))) {
                    Color32::WHITE
                } else {
                    Color32::from_gray(20)
                };
                if on_plate {
                    painter.rect_filled(r, 2.0, plate);
                }
                painter.galley(r.min + vec2(1.0, 1.0), galley, colour);
            }
            NameSpot::Beside { rect: r, at } => {
                painter.line_segment([at, r.center()], Stroke::new(0.8, label));
                painter.rect_filled(r, 2.0, plate);
                painter.galley(r.min + vec2(1.0, 1.0), galley, label);
                painter.circle_filled(at, 2.0, label);
            }
        }
    }
    let text = hovered.map(|c| match shown[c.index()] {
        Some(v) => {
            let mut lines = vec![t!(
                "map-hover",
                country = c.name(),
                value = measure.format(v),
                period = period.to_owned()
            )];
            if let Some(split) = split {
                let [bank, fund, co] = split[c.index()];
                lines.push(t!(
                    "map-hover-split",
                    bank = num::money(bank),
                    fund = num::money(fund),
                    coinvestment = num::money(co),
                    total = num::money(bank + fund + co)
                ));
            }
            lines.push(t!("map-click-hint"));
            lines.join("\n")
        }
        None => t!("map-hover-not-taking-part", country = c.name()),
    });
    // Where the click was (the pointer may have left since).
    let clicked = response
        .clicked()
        .then(|| response.interact_pointer_pos())
        .flatten()
        .map(|p| atlas.country_at(fit.from_screen(p)));
    let response = match text {
        Some(text) => response.on_hover_text_at_pointer(text),
        None => response,
    };
    // A click on the sea, a neighbour or a country not taking part clears the focus.
    let focus = clicked.and_then(|c| c.filter(|c| shown[c.index()].is_some()).or(cx.focus));
    (focus, response)
}
