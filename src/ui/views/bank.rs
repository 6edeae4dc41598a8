//! The bank: balance sheet, capital ratio against the floor with the binding years marked,
//! the rating lens (its risk-adjusted capital ratio against the assessment scale, and what
//! holds lending back year by year), lending and income.

use egui::{Color32, RichText, Sense, Ui};

use super::chart;
use crate::chart::named;
use crate::i18n::num;
use crate::model::projection::{Constraint, Event};
use crate::model::{BankYear, Projection};
use crate::t;

pub fn show(ui: &mut Ui, cx: &super::Context<'_>) {
    let (f, s) = (&cx.frame, cx.scenario);
    // Three rows of charts fill the view down to a least height; below that it scrolls.
    let h = ((ui.available_height() - 150.0) / 3.0).max(170.0);
    egui::ScrollArea::vertical()
        .id_salt("bank-view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.columns(2, |cols| {
                chart::show(&mut cols[0], &named::balance_sheet(f), h);
                let ratio = named::capital_ratio(f, s.policy.capital_floor);
                chart::show(&mut cols[1], &ratio, h);
            });
            lens_heading(ui, f.p);
            ui.columns(2, |cols| {
                chart::show(&mut cols[0], &named::rac(f, s.policy.min_rac), h);
                timeline(&mut cols[1], f.p, h);
            });
            ui.columns(2, |cols| {
                chart::show(&mut cols[0], &named::lending(f), h);
                chart::show(&mut cols[1], &named::income(f), h);
            });
        });
}

/// The lens's heading, what it is (said once, here), and the fact about callable capital.
fn lens_heading(ui: &mut Ui, p: &Projection) {
    ui.add_space(4.0);
    ui.label(RichText::new(t!("lens-heading")).strong());
    ui.label(RichText::new(t!("lens-disclaimer")).small().weak());
    for e in &p.events {
        if matches!(e, Event::CallableLeftOut { .. }) {
            ui.label(RichText::new(e.to_string()).small());
        }
    }
    ui.add_space(2.0);
}

/// The colour of a limit in the timeline.
fn colour(c: Constraint) -> Color32 {
    match c {
        Constraint::Floor => Color32::from_rgb(214, 69, 65),
        Constraint::Statutory => Color32::from_rgb(150, 90, 200),
        Constraint::Sustainable => Color32::from_rgb(33, 150, 243),
        Constraint::Risk => Color32::from_rgb(230, 150, 30),
        Constraint::Absorption => Color32::from_rgb(120, 144, 156),
    }
}

/// The constraints timeline: a row per limit, a column per year; a year's cell is solid where
/// that limit cut approvals, pale where it was the closest; hovering a cell says the year's
/// approvals and every limit's room.
fn timeline(ui: &mut Ui, p: &Projection, height: f32) {
    ui.label(RichText::new(t!("timeline-title")).strong());
    let marks: Vec<Option<(Constraint, bool)>> = p.bank.iter().map(BankYear::constraint).collect();
    if marks.iter().all(Option::is_none) {
        ui.label(RichText::new(t!("timeline-none")).small());
        return;
    }
    // Rows for the limits that apply in some year (the floor and statutory multiple always,
    // when the lending limit is enforced).
    let rows: Vec<Constraint> = Constraint::ALL
        .into_iter()
        .filter(|c| {
            marks.iter().flatten().any(|(m, _)| m == c)
                || p.bank
                    .iter()
                    .any(|y| y.rooms().iter().any(|(r, room)| r == c && room.is_some()))
        })
        .collect();
    let font = egui::TextStyle::Small.resolve(ui.style());
    let label_width = rows
        .iter()
        .map(|c| {
            ui.painter()
                .layout_no_wrap(c.label(), font.clone(), Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0_f32, f32::max)
        + 8.0;
    let width = ui.available_width();
    // Rows of at most 26 points, the whole never taller than the chart beside it.
    let grid_height = (height - 60.0)
        .min(26.0 * rows.len() as f32 + 20.0)
        .max(40.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, grid_height), Sense::hover());
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let faint = ui.visuals().faint_bg_color;
    let n = p.bank.len().max(1);
    let cell_w = ((rect.width() - label_width) / n as f32).max(1.0);
    let axis = 16.0;
    let cell_h = (rect.height() - axis) / rows.len().max(1) as f32;
    let mut hovered = None;
    for (r, c) in rows.iter().enumerate() {
        let y0 = rect.top() + r as f32 * cell_h;
        painter.text(
            egui::pos2(rect.left(), y0 + cell_h / 2.0),
            egui::Align2::LEFT_CENTER,
            c.label(),
            font.clone(),
            text,
        );
        for (t, mark) in marks.iter().enumerate() {
            let x0 = rect.left() + label_width + t as f32 * cell_w;
            let cell = egui::Rect::from_min_size(
                egui::pos2(x0 + 0.5, y0 + 1.0),
                egui::vec2(cell_w - 1.0, cell_h - 2.0),
            );
            let fill = match mark {
                Some((m, true)) if m == c => colour(*c),
                Some((m, false)) if m == c => colour(*c).gamma_multiply(0.35),
                _ => faint,
            };
            painter.rect_filled(cell, 1.0, fill);
            if response
                .hover_pos()
                .is_some_and(|pos| pos.x >= x0 && pos.x < x0 + cell_w)
            {
                hovered = Some(t);
            }
        }
    }
    // Years along the bottom, every fifth.
    for t in (0..n).step_by(5) {
        let x = rect.left() + label_width + (t as f32 + 0.5) * cell_w;
        painter.text(
            egui::pos2(x, rect.bottom() - axis / 2.0),
            egui::Align2::CENTER_CENTER,
            num::year(p.year(t)),
            font.clone(),
            ui.visuals().weak_text_color(),
        );
    }
    if let Some(t) = hovered
        && let Some(y) = p.bank.get(t)
    {
        response.on_hover_ui_at_pointer(|ui| {
            ui.label(cell_words(y));
            for (c, room) in y.rooms() {
                if let Some(room) = room {
                    ui.label(
                        RichText::new(t!(
                            "timeline-cell-room",
                            limit = c.label(),
                            room = num::money(room.max(0.0))
                        ))
                        .small(),
                    );
                }
            }
        });
    }
    ui.label(RichText::new(t!("timeline-key")).small().weak());
}

/// A year of the timeline in words.
fn cell_words(y: &BankYear) -> String {
    match y.constraint() {
        Some((c, true)) => t!(
            "timeline-cell-binds",
            year = num::year(y.year),
            limit = c.label(),
            approvals = num::money(y.approvals),
            demand = num::money(y.demand)
        ),
        Some((c, false)) => t!(
            "timeline-cell-closest",
            year = num::year(y.year),
            limit = c.label(),
            approvals = num::money(y.approvals)
        ),
        None => num::year(y.year),
    }
}
