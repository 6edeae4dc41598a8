//! Flows: where the money comes from and where it goes over a period, as a Sankey diagram
//! (sources → the bank and the fund → sectors → recipient countries). The network is
//! [`crate::model::flows`]; its layout is [`crate::chart::sankey`], its words and its SVG
//! [`crate::chart::flows`]; this view paints it and says what the pointer is on.

use super::chart::{first_to_fit, picture_buttons_ui, picture_menu, send_picture};
use egui::{Align2, Color32, FontId, Mesh, RichText, Sense, Shape, Stroke, Ui, pos2, vec2};

use crate::chart::flows::{
    OTHER_SHARE, caption, node_label, node_name, node_names, svg_of, years_text,
};
use crate::chart::sankey::{self, Hit, LabelStyle, Placed, PlacedLink, band_point};
use crate::i18n::num;
use crate::model::Projection;
use crate::model::flows::{Flows, Link, Measure, Node};
use crate::t;

/// The Flows view's choices, saved with the preferences.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct FlowsPrefs {
    pub measure: FlowMeasure,
    /// First and last year of the period as offsets from the start year; `None`: the whole
    /// horizon.
    pub period: Option<(usize, usize)>,
    /// Members, sectors and countries under this share of the total are grouped as "other".
    pub other_share: f64,
    /// With a pinned reference: its diagram beside this one.
    pub beside_reference: bool,
}

impl Default for FlowsPrefs {
    fn default() -> Self {
        FlowsPrefs {
            measure: FlowMeasure::Disbursements,
            period: None,
            other_share: OTHER_SHARE,
            beside_reference: true,
        }
    }
}

/// [`Measure`] as saved in the preferences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum FlowMeasure {
    #[default]
    Disbursements,
    Approvals,
}

impl From<FlowMeasure> for Measure {
    fn from(m: FlowMeasure) -> Measure {
        match m {
            FlowMeasure::Disbursements => Measure::Disbursements,
            FlowMeasure::Approvals => Measure::Approvals,
        }
    }
}

/// The largest share the "other" threshold may take.
const MAX_OTHER: f64 = 0.10;

impl FlowsPrefs {
    /// The period as year offsets within a horizon of `years`, first ≤ last.
    pub fn years(&self, years: usize) -> (usize, usize) {
        let end = years.saturating_sub(1);
        match self.period {
            None => (0, end),
            Some((a, b)) => {
                let b = b.min(end);
                (a.min(b), b)
            }
        }
    }
}

/// Draws the view; returns what it asks the window to do (a country clicked is focused, as on
/// the map).
pub fn show(
    ui: &mut Ui,
    cx: &super::Context<'_>,
    prefs: &mut FlowsPrefs,
) -> Vec<crate::ui::Command> {
    let mut commands = Vec::new();
    let p = cx.frame.p;
    if p.years() == 0 {
        ui.label(t!("flows-empty"));
        return commands;
    }
    controls(ui, p, cx.frame.reference.is_some(), prefs);
    let (first, last) = prefs.years(p.years());
    let measure = Measure::from(prefs.measure);
    // A country focused on the map is never hidden in "other".
    let keep: Vec<Node> = cx.focus.map(Node::Country).into_iter().collect();
    let flows = Flows::new(p, first, last, measure).grouped_keeping(prefs.other_share, &keep);
    let reference = cx
        .frame
        .reference
        .filter(|_| prefs.beside_reference)
        .map(|r| {
            let (a, b) = prefs.years(r.years());
            Flows::new(r, a, b, measure).grouped_keeping(prefs.other_share, &keep)
        });
    // The view scrolls when the window is too small for it, so that the note below the diagram
    // is never hidden behind the status line; the diagrams are sized to the window.
    let viewport = ui.available_size();
    let picture = egui::ScrollArea::vertical()
        .id_salt("flows-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            picture_ui(ui, cx, &flows, reference.as_ref(), viewport, &mut commands)
        })
        .inner;
    // The SVG is this scenario's diagram, as the window groups it.
    send_picture(
        ui.ctx(),
        picture.inner,
        picture.response.rect,
        &t!("flows-diagram"),
        Some(|| svg_of(&flows)),
    );
    commands
}

/// Narrower than this, a diagram's labels no longer fit beside the reference's: the two are
/// stacked, each the whole width.
const MIN_BESIDE_WIDTH: f32 = 560.0;

/// The shortest a stacked diagram is drawn (the view scrolls to show both).
const MIN_STACKED_HEIGHT: f32 = 340.0;

/// The picture (for PNG, SVG or the clipboard): the caption, the diagram or diagrams (beside
/// each other, or stacked when the window is narrow) and the note on the reading.
fn picture_ui(
    ui: &mut Ui,
    cx: &super::Context<'_>,
    flows: &Flows,
    reference: Option<&Flows>,
    viewport: egui::Vec2,
    commands: &mut Vec<crate::ui::Command>,
) -> egui::InnerResponse<Option<super::chart::Wanted>> {
    ui.scope(|ui| {
        let top = ui.cursor().top();
        let mut wanted = None;
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(caption(flows)).small());
            wanted = picture_buttons_ui(ui, true);
        });
        // What stays below the diagram: the note on its reading (up to three lines).
        let note_height = ui.text_style_height(&egui::TextStyle::Small) * 3.0 + 8.0;
        let below_caption = viewport.y - (ui.cursor().top() - top);
        let size = vec2(
            ui.available_width(),
            (below_caption - note_height).max(260.0),
        );
        let heading = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let name = cx.pinned.map(|p| p.name.describe()).unwrap_or_default();
        let drawn = match reference {
            None => diagram(ui, "flows", flows, size, None, cx.focus, commands),
            Some(r) if (size.x - 12.0) / 2.0 < MIN_BESIDE_WIDTH => {
                let each = vec2(
                    size.x,
                    ((size.y - 2.0 * heading) / 2.0).max(MIN_STACKED_HEIGHT),
                );
                let scale =
                    sankey::natural_scale(flows, each.y).min(sankey::natural_scale(r, each.y));
                ui.label(RichText::new(t!("flows-this-scenario")).strong());
                let ours = diagram(ui, "flows", flows, each, Some(scale), cx.focus, commands);
                ui.label(RichText::new(t!("flows-reference", name = name)).strong());
                let theirs = diagram(
                    ui,
                    "flows-reference",
                    r,
                    each,
                    Some(scale),
                    cx.focus,
                    commands,
                );
                ours | theirs
            }
            Some(r) => {
                let half = vec2((size.x - 12.0) / 2.0, size.y - heading);
                let scale =
                    sankey::natural_scale(flows, half.y).min(sankey::natural_scale(r, half.y));
                ui.horizontal_top(|ui| {
                    let ours = ui
                        .vertical(|ui| {
                            ui.set_width(half.x);
                            ui.label(RichText::new(t!("flows-this-scenario")).strong());
                            diagram(ui, "flows", flows, half, Some(scale), cx.focus, commands)
                        })
                        .inner;
                    let theirs = ui
                        .vertical(|ui| {
                            ui.set_width(half.x);
                            ui.label(RichText::new(t!("flows-reference", name = name)).strong());
                            diagram(
                                ui,
                                "flows-reference",
                                r,
                                half,
                                Some(scale),
                                cx.focus,
                                commands,
                            )
                        })
                        .inner;
                    ours | theirs
                })
                .inner
            }
        };
        ui.label(RichText::new(t!("flows-note")).small().weak());
        wanted.or(picture_menu(&drawn, true))
    })
}

fn measure_name(m: Measure) -> String {
    match m {
        Measure::Disbursements => t!("series-disbursements"),
        Measure::Approvals => t!("series-approvals"),
    }
}

/// The measure, the period, the grouping threshold and the reference's place.
fn controls(ui: &mut Ui, p: &Projection, has_reference: bool, prefs: &mut FlowsPrefs) {
    crate::ui::controls_row(ui, |ui| {
        ui.label(t!("flows-bank-side"));
        for m in [FlowMeasure::Disbursements, FlowMeasure::Approvals] {
            ui.selectable_value(&mut prefs.measure, m, measure_name(m.into()))
                .on_hover_text(match m {
                    FlowMeasure::Disbursements => t!("flows-disbursements-hint"),
                    FlowMeasure::Approvals => t!("flows-approvals-hint"),
                });
        }
        ui.separator();
        // The period's label, selector, years and reset wrap as one.
        crate::ui::keep_together(ui, "flows-period", |ui| {
            ui.label(t!("flows-period"));
            let (mut a, mut b) = prefs.years(p.years());
            let changed = year_range(ui, &mut a, &mut b, p.years(), p.start_year);
            if changed {
                prefs.period = (a != 0 || b + 1 != p.years()).then_some((a, b));
            }
            ui.label(years_text(p.year(a), p.year(b)));
            if ui
                .add_enabled(
                    prefs.period.is_some(),
                    egui::Button::new(t!("flows-whole-horizon")),
                )
                .clicked()
            {
                prefs.period = None;
            }
        });
    });
    crate::ui::controls_row(ui, |ui| {
        let mut percent = prefs.other_share * 100.0;
        ui.label(t!("flows-group-under"));
        let slider = egui::Slider::new(&mut percent, 0.0..=MAX_OTHER * 100.0)
            .step_by(0.5)
            .custom_formatter(|v, _| num::percent(v, 1))
            .custom_parser(|s| {
                s.trim()
                    .trim_end_matches('%')
                    .trim()
                    .replace(',', ".")
                    .parse()
                    .ok()
            });
        if ui
            .add(slider)
            .on_hover_text(t!("flows-group-under-hint"))
            .changed()
        {
            prefs.other_share = (percent / 100.0).clamp(0.0, MAX_OTHER);
        }
        if has_reference {
            ui.separator();
            ui.checkbox(&mut prefs.beside_reference, t!("flows-beside-reference"));
        }
    });
}

/// A two-handle selector of a range of years: drag either handle (the nearer one to where the
/// drag starts), or click to move the nearer one there. Returns whether the range changed.
pub fn year_range(
    ui: &mut Ui,
    first: &mut usize,
    last: &mut usize,
    years: usize,
    start: i32,
) -> bool {
    let width = 200.0f32.min(ui.available_width().max(120.0));
    let height = ui.spacing().interact_size.y;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click_and_drag());
    let span = years.saturating_sub(1).max(1) as f32;
    let inner = rect.shrink2(vec2(8.0, 0.0));
    let x_of = |i: usize| inner.left() + inner.width() * i as f32 / span;
    let index_at =
        |x: f32| (((x - inner.left()) / inner.width()).clamp(0.0, 1.0) * span).round() as usize;
    let handle_id = response.id.with("handle");
    let mut changed = false;
    // Only while dragging or on a click: the frame a drag ends in may see the pointer already
    // moving on, and must not move a handle there.
    if let Some(pos) = response
        .interact_pointer_pos()
        .filter(|_| (response.dragged() && !response.drag_stopped()) || response.clicked())
    {
        let at = index_at(pos.x);
        let moving_last = if response.drag_started()
            || response.clicked()
            || !ui.data(|d| d.get_temp::<bool>(handle_id).is_some())
        {
            let last_nearer = (pos.x - x_of(*last)).abs() < (pos.x - x_of(*first)).abs()
                || (*first == *last && at > *last);
            ui.data_mut(|d| d.insert_temp(handle_id, last_nearer));
            last_nearer
        } else {
            ui.data(|d| d.get_temp::<bool>(handle_id)).unwrap_or(false)
        };
        let (old_first, old_last) = (*first, *last);
        if moving_last {
            *last = at.max(*first);
        } else {
            *first = at.min(*last);
        }
        changed = (*first, *last) != (old_first, old_last);
    }
    if response.drag_stopped() {
        ui.data_mut(|d| d.remove::<bool>(handle_id));
    }
    let visuals = ui.style().interact(&response);
    let painter = ui.painter_at(rect.expand(2.0));
    let y = rect.center().y;
    painter.line_segment(
        [pos2(inner.left(), y), pos2(inner.right(), y)],
        Stroke::new(3.0, ui.visuals().widgets.inactive.bg_fill),
    );
    painter.line_segment(
        [pos2(x_of(*first), y), pos2(x_of(*last), y)],
        Stroke::new(4.0, ui.visuals().selection.bg_fill),
    );
    for i in [*first, *last] {
        painter.circle(pos2(x_of(i), y), 6.0, visuals.bg_fill, visuals.fg_stroke);
    }
    let label = years_text(start + *first as i32, start + *last as i32);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Slider, true, &label));
    if changed {
        ui.ctx().request_repaint();
    }
    changed
}

/// One diagram in a rectangle of `size`, with its hover texts.
fn diagram(
    ui: &mut Ui,
    id: &str,
    flows: &Flows,
    size: egui::Vec2,
    scale: Option<f32>,
    focus: Option<crate::model::Country>,
    commands: &mut Vec<crate::ui::Command>,
) -> egui::Response {
    // Hover for the labels, click for the right-click menu.
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Figure, true, t!("flows-diagram")));
    if flows.links.is_empty() {
        ui.painter().text(
            rect.center(),
            Align2::CENTER_CENTER,
            t!("flows-nothing"),
            FontId::proportional(14.0),
            ui.visuals().weak_text_color(),
        );
        return response;
    }
    // Labels grow with the diagram: small on a laptop, readable on a large screen.
    let style = if rect.height() > 640.0 {
        egui::TextStyle::Body
    } else {
        egui::TextStyle::Small
    };
    let font = style.resolve(ui.style());
    let text_color = ui.visuals().text_color();
    let total = flows.total();
    // Outer labels wrap at spaces; inner ones stay on one line where the room between two
    // columns ends: the name is cut with "…" and the value kept (the full name is on hover).
    let galley = |ui: &Ui, node: Node, width: f32| {
        let inner = matches!(sankey::column(node, flows), 1 | 2);
        let compose = node_label(node, flows);
        let text = if inner {
            first_to_fit(
                ui,
                &font,
                width.max(30.0),
                &node_names(node, flows),
                compose,
            )
        } else {
            compose(&node_name(node, flows))
        };
        let mut job = egui::text::LayoutJob::simple_singleline(text, font.clone(), text_color);
        job.wrap = if inner {
            egui::text::TextWrapping::truncate_at_width(width.max(30.0))
        } else {
            egui::text::TextWrapping::wrap_at_width(width.max(40.0))
        };
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let mut measure = |node: Node, width: f32| galley(ui, node, width).size();
    let diagram_rect = rect.shrink2(vec2(2.0, 4.0));
    let placed: Placed = sankey::layout(flows, diagram_rect, &mut measure, scale);
    // On the diagram and not under a menu or a window (a node's own widget may hold the hover).
    // Nothing is hovered in a frame drawn for a picture.
    let capturing = crate::ui::chart_export::capturing(ui.ctx());
    let pointer = ui
        .ctx()
        .pointer_hover_pos()
        .filter(|p| !capturing && ui.rect_contains_pointer(rect) && rect.contains(*p));
    // A country focused on the map is lit like a hovered node until the pointer is on something.
    let focused = focus.and_then(|c| {
        placed
            .nodes
            .iter()
            .position(|n| n.node == Node::Country(c))
            .map(Hit::Node)
    });
    let hover = pointer.and_then(|p| sankey::hit(&placed, p));
    let lit = hover.or(focused);
    let painter = ui.painter_at(rect);
    paint(&painter, ui.visuals().dark_mode, flows, &placed, lit);

    // Labels: an outer one moved away from its node is joined to it by a line; an inner one
    // that could not stay beside its node is left out (its node's hover names it), so that no
    // label ever sits beside another node.
    let label_bg = ui.visuals().panel_fill.gamma_multiply(0.85);
    for (i, n) in placed.nodes.iter().enumerate() {
        let lit = lit == Some(Hit::Node(i));
        let style = n.label_style();
        match style {
            LabelStyle::Plate => {
                painter.rect_filled(n.label.expand(1.0), 2.0, label_bg);
            }
            LabelStyle::Leader(from, to) => {
                let stroke = Stroke::new(0.5, ui.visuals().weak_text_color());
                painter.line_segment([from, to], stroke);
            }
            LabelStyle::Hidden | LabelStyle::Plain => {}
        }
        // The label as painted (cut with "…" where it did not fit), for assistive technology
        // and for the tests that hold every name readable.
        let mut shown = String::new();
        if style != LabelStyle::Hidden {
            let label = galley(ui, n.node, n.label.width() + 1.0);
            shown = label.text().to_owned();
            if label.elided {
                shown.push('…');
            }
            painter.galley(n.label.min, label, text_color);
        }
        if lit {
            painter.rect_stroke(
                n.rect.expand(1.5),
                1.0,
                Stroke::new(1.5, text_color),
                egui::StrokeKind::Outside,
            );
        }
        // Each node is a widget of its own, so that assistive technology (and tests) find it;
        // it covers the node only, not its label, which may lie over other bands.
        // A country's node is clicked to focus the country, as on the map (again to clear).
        let sense = match n.node {
            Node::Country(_) => Sense::click(),
            _ => Sense::hover(),
        };
        let node_response = ui.interact(
            n.rect.expand2(vec2(3.0, 1.0)),
            response.id.with((id, "node", i)),
            sense,
        );
        if let Node::Country(c) = n.node
            && node_response.clicked()
        {
            commands.push(crate::ui::Command::Focus((focus != Some(c)).then_some(c)));
        }
        let name = node_name(n.node, flows);
        node_response.widget_info(|| {
            let mut info = egui::WidgetInfo::labeled(egui::Role::ListItem, true, &name);
            info.current_text_value = Some(shown.clone());
            info
        });
        if node_response.hovered() || hover == Some(Hit::Node(i)) {
            node_response.on_hover_text(node_hover(flows, n.node, total));
        }
    }
    let share = |v: f64| {
        if total > 0.0 {
            num::pct(v / total)
        } else {
            String::new()
        }
    };
    if let Some(Hit::Band(j)) = hover {
        let link = flows.links[placed.links[j].link];
        let text = t!(
            "flows-band",
            from = node_name(link.from, flows),
            to = node_name(link.to, flows),
            value = num::money(link.value),
            share = share(link.value)
        );
        return response.on_hover_text_at_pointer(text);
    }
    response
}

/// Paints the diagram's bands and nodes where they are laid out; what `hover` is on stands
/// out, the rest fades.
fn paint(painter: &egui::Painter, dark: bool, flows: &Flows, placed: &Placed, hover: Option<Hit>) {
    let base = if dark { 0.45 } else { 0.40 };
    let lit = |j: usize| match hover {
        None => None,
        Some(Hit::Band(b)) => Some(b == j),
        Some(Hit::Node(n)) => Some(placed.links[j].source == n || placed.links[j].target == n),
    };
    let band = |j: usize, alpha: f32| {
        let l = &placed.links[j];
        let from: &Link = &flows.links[l.link];
        Shape::mesh(band_mesh(l, sankey::color(from.from).gamma_multiply(alpha)))
    };
    // Faded first, the lit ones on top.
    let mut raised = Vec::new();
    for j in 0..placed.links.len() {
        match lit(j) {
            Some(true) => raised.push(j),
            Some(false) => {
                painter.add(band(j, base * 0.4));
            }
            None => {
                painter.add(band(j, base));
            }
        }
    }
    for j in raised {
        painter.add(band(j, 0.8));
    }
    let outline = if dark {
        Color32::from_gray(20)
    } else {
        Color32::from_gray(250)
    };
    for n in &placed.nodes {
        painter.rect(
            n.rect,
            1.0,
            sankey::color(n.node),
            Stroke::new(0.5, outline),
            egui::StrokeKind::Inside,
        );
    }
}

/// Segments per band: smooth at any size the window takes.
const SEGMENTS: usize = 24;

/// The band as a strip of quads between its top and bottom edges.
fn band_mesh(l: &PlacedLink, color: Color32) -> Mesh {
    let mut mesh = Mesh::default();
    for s in 0..=SEGMENTS {
        let p = band_point(l, s as f32 / SEGMENTS as f32);
        mesh.colored_vertex(p, color);
        mesh.colored_vertex(p + vec2(0.0, l.width.max(0.5)), color);
        if s > 0 {
            let i = (2 * s) as u32;
            mesh.add_triangle(i - 2, i - 1, i);
            mesh.add_triangle(i - 1, i + 1, i);
        }
    }
    mesh
}

/// What a node that is not plainly a member, a sector or a country stands for.
fn explanation(node: Node, flows: &Flows) -> Option<&'static str> {
    let source = sankey::is_source(node, flows);
    Some(match node {
        Node::Income if source => "flows-explain-income",
        Node::Income => "flows-explain-income-use",
        Node::Repayments => "flows-explain-repayments",
        Node::Borrowing if source => "flows-explain-borrowing",
        Node::Borrowing => "flows-explain-borrowing-use",
        Node::Liquidity if source => "flows-explain-liquidity",
        Node::Liquidity => "flows-explain-liquidity-use",
        Node::Commitments if source => "flows-explain-commitments",
        Node::Commitments => "flows-explain-commitments-use",
        Node::FundCash => "flows-explain-fund-cash",
        Node::Coinvestment => "flows-explain-coinvestment",
        Node::PaidInOther | Node::ContributionOther | Node::SectorOther | Node::CountryOther => {
            "flows-explain-other"
        }
        _ => return None,
    })
}

/// A node's hover text: its name, what passes through it and its share of the total, and its
/// largest bands.
fn node_hover(flows: &Flows, node: Node, total: f64) -> String {
    let (inflow, outflow) = flows.through(node);
    let value = inflow.max(outflow);
    let share = if total > 0.0 {
        num::pct(value / total)
    } else {
        String::new()
    };
    let mut lines = vec![t!(
        "flows-node-hover",
        name = node_name(node, flows),
        value = num::money(value),
        share = share
    )];
    if let Some(key) = explanation(node, flows) {
        lines.push(crate::i18n::tr(key));
    }
    let mut bands: Vec<_> = flows
        .links
        .iter()
        .filter(|l| l.from == node || l.to == node)
        .collect();
    bands.sort_by(|a, b| b.value.total_cmp(&a.value));
    for l in bands.iter().take(6) {
        lines.push(t!(
            "flows-band-line",
            from = node_name(l.from, flows),
            to = node_name(l.to, flows),
            value = num::bn(l.value)
        ));
    }
    if bands.len() > 6 {
        lines.push(t!("flows-more-bands", count = bands.len() - 6));
    }
    lines.join("\n")
}
