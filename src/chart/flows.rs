//! The Flows diagram in words and as SVG: what each node is called, how a node's label and
//! the diagram's caption read (the window says them the same way), and the diagram as a
//! vector file for a memo or the brief, laid out by [`super::sankey`] as the window lays it
//! out.

use std::fmt::Write as _;

use egui::{pos2, vec2};

use super::sankey::{self, LabelStyle, Placed};
use super::svg::{self as out, Svg, escape, hex};
use crate::i18n::num;
use crate::model::Projection;
use crate::model::flows::{Flows, Measure, Node};
use crate::t;

/// Members, sectors and countries under this share of the total are grouped as "other",
/// unless the reader chooses another share in the window.
pub const OTHER_SHARE: f64 = 0.02;

/// A node's name in the reader's language; a balancing item is named for the side it is on.
pub fn node_name(node: Node, flows: &Flows) -> String {
    let source = sankey::is_source(node, flows);
    match node {
        Node::PaidIn(c) => t!("flows-node-paid-in", country = c.name()),
        Node::PaidInOther => t!("flows-node-paid-in-other"),
        Node::Contribution(c) => t!("flows-node-contribution", country = c.name()),
        Node::ContributionOther => t!("flows-node-contribution-other"),
        Node::Income if source => t!("flows-node-income"),
        Node::Income => t!("flows-node-income-use"),
        Node::Repayments => t!("flows-node-repayments"),
        Node::Borrowing if source => t!("flows-node-borrowing"),
        Node::Borrowing => t!("flows-node-borrowing-use"),
        Node::Liquidity if source => t!("flows-node-liquidity"),
        Node::Liquidity => t!("flows-node-liquidity-use"),
        Node::Commitments if source => t!("flows-node-commitments"),
        Node::Commitments => t!("flows-node-commitments-use"),
        Node::FundCash if source => t!("flows-node-fund-cash-source"),
        Node::FundCash => t!("flows-node-fund-cash"),
        Node::Bank => t!("flows-node-bank"),
        Node::Fund => t!("flows-node-fund"),
        Node::Coinvestment => t!("flows-node-coinvestment"),
        Node::Sector(k) => k.name(),
        Node::SectorOther => t!("flows-node-sector-other"),
        Node::Country(c) => c.name(),
        Node::CountryOther => t!("flows-node-country-other"),
    }
}

/// The short name of a node drawn between two columns, where room is short: `ВИЭ`, `Банк`;
/// `None` for a node of the outer columns, whose labels wrap.
fn short_name(node: Node, flows: &Flows) -> Option<String> {
    let source = sankey::is_source(node, flows);
    Some(match node {
        Node::Sector(k) => k.short_name(),
        Node::SectorOther => t!("flows-node-sector-other-short"),
        Node::Bank => t!("flows-node-bank-short"),
        Node::Fund => t!("flows-node-fund-short"),
        Node::Coinvestment => t!("flows-node-coinvestment-short"),
        Node::Income if !source => t!("flows-node-income-use-short"),
        Node::Borrowing if !source => t!("flows-node-borrowing-use-short"),
        Node::Liquidity if !source => t!("flows-node-liquidity-use-short"),
        Node::Commitments if !source => t!("flows-node-commitments-use-short"),
        Node::FundCash if !source => t!("flows-node-fund-cash-short"),
        _ => return None,
    })
}

/// The node's names, longest first: its full name, then its short one (for a label between
/// two columns where the full one does not fit), where it has one.
pub fn node_names(node: Node, flows: &Flows) -> Vec<String> {
    let full = node_name(node, flows);
    match short_name(node, flows) {
        Some(short) if short != full => vec![full, short],
        _ => vec![full],
    }
}

/// A node's label, `name value` ("Energy 15.1 bn"), with `name` given so that it can be cut
/// to fit while the value stays whole; the window and the SVG write it the same way.
pub fn node_label(node: Node, flows: &Flows) -> impl Fn(&str) -> String {
    let (inflow, outflow) = flows.through(node);
    let value = num::bn(inflow.max(outflow));
    move |name: &str| t!("flows-label", name = name, value = value.as_str())
}

/// A period in words: `2030–2035`, or `2030` for one year.
pub fn years_text(first: i32, last: i32) -> String {
    if first == last {
        num::year(first)
    } else {
        t!(
            "flows-period-years",
            first = num::year(first),
            last = num::year(last)
        )
    }
}

/// The diagram's caption: its period, its total and what the bank's side measures.
pub fn caption(flows: &Flows) -> String {
    t!(
        "flows-caption",
        years = years_text(flows.first_year, flows.last_year),
        total = num::money(flows.total()),
        measure = crate::i18n::tr(match flows.measure {
            Measure::Disbursements => "flows-as-disbursements",
            Measure::Approvals => "flows-as-approvals",
        }),
    )
}

/// The Flows diagram as SVG for a memo: years `first..=last` (offsets from the start), the
/// bank's side as `measure`, members, sectors and countries under `other_share` grouped; laid
/// out by the same [`sankey::layout`] as in the window, labels measured for a common
/// sans-serif.
pub fn svg(
    p: &Projection,
    measure: Measure,
    (first, last): (usize, usize),
    other_share: f64,
) -> String {
    svg_of(&Flows::new(p, first, last, measure).grouped(other_share))
}

/// `flows` drawn as SVG, as [`svg`] describes (the window's picture of the diagram it shows).
pub fn svg_of(flows: &Flows) -> String {
    let (width, height) = (out::WIDTH, 470.0);
    let pad = 12.0;
    let title = t!("flows-diagram");
    let mut doc = Svg::new(width, height, &title);
    doc.text(pad, pad + 15.0, &title, 15.0, "#222222", "start", true);
    let caption = caption(flows);
    let mut y = pad + 32.0;
    for line in out::wrap(&caption, width - 2.0 * pad, 11.0) {
        doc.text(pad, y, &line, 11.0, "#555555", "start", false);
        y += 14.0;
    }
    let note = out::wrap(&t!("flows-note"), width - 2.0 * pad, 10.0);
    let bottom = height - pad - note.len() as f64 * 13.0 - 6.0;
    if flows.links.is_empty() {
        doc.text(
            width / 2.0,
            (y + bottom) / 2.0,
            &t!("flows-nothing"),
            13.0,
            "#555555",
            "middle",
            false,
        );
        return doc.finish();
    }
    let size = 10.0;
    let line_height = 12.5f32;
    let rect = egui::Rect::from_min_max(
        pos2(pad as f32, (y + 4.0) as f32),
        pos2((width - pad) as f32, bottom as f32),
    );
    let scale = sankey::natural_scale(flows, rect.height());
    // Outer labels wrap at spaces. Inner ones stay beside their node: on two lines (the name,
    // then its value) where the node is tall enough, else on one, cut with "…" (a reader of
    // the file cannot hover for the rest).
    let lines = |node: Node, room: f32| -> Vec<String> {
        let compose = node_label(node, flows);
        let name = node_name(node, flows);
        let text = compose(&name);
        if matches!(sankey::column(node, flows), 1 | 2) {
            let room = f64::from(room.max(30.0));
            let (inflow, outflow) = flows.through(node);
            let tall = inflow.max(outflow) as f32 * scale >= 2.0 * line_height;
            let fits = |label: &str| out::text_width(label, size) <= room;
            if !tall {
                return vec![super::first_to_fit(&node_names(node, flows), compose, fits)];
            }
            // Two lines: the full name if it fits on the first, else the short one.
            let names = node_names(node, flows);
            let name = names
                .iter()
                .find(|n| out::text_width(n, size) <= room)
                .unwrap_or(&name);
            let text = compose(name);
            let mut lines = out::wrap(&text, room, size);
            if lines.len() > 2 {
                let rest = lines[1..].join(" ");
                lines.truncate(1);
                lines.push(out::ellipsis(&rest, room, size));
            }
            lines
                .into_iter()
                .map(|l| out::ellipsis(&l, room, size))
                .collect()
        } else {
            out::wrap(&text, f64::from(room.max(40.0)), size)
        }
    };
    let mut measure_label = |node: Node, room: f32| {
        let lines = lines(node, room);
        let w = lines
            .iter()
            .map(|l| out::text_width(l, size) as f32)
            .fold(0.0, f32::max);
        vec2(w, line_height * lines.len() as f32)
    };
    let placed: Placed = sankey::layout(flows, rect, &mut measure_label, Some(scale));
    for l in &placed.links {
        let from = flows.links[l.link].from;
        let xm = (l.x0 + l.x1) / 2.0;
        let w = l.width.max(0.5);
        let _ = write!(
            doc.body,
            "<path d=\"M{:.1},{:.1}C{xm:.1},{:.1} {xm:.1},{:.1} {:.1},{:.1}L{:.1},{:.1}C{xm:.1},{:.1} {xm:.1},{:.1} {:.1},{:.1}Z\" fill=\"{}\" fill-opacity=\"0.42\"><title>{}</title></path>",
            l.x0,
            l.y0,
            l.y0,
            l.y1,
            l.x1,
            l.y1,
            l.x1,
            l.y1 + w,
            l.y1 + w,
            l.y0 + w,
            l.x0,
            l.y0 + w,
            hex(sankey::color(from)),
            escape(&t!(
                "flows-band",
                from = node_name(from, flows),
                to = node_name(flows.links[l.link].to, flows),
                value = num::money(flows.links[l.link].value),
                share = num::pct(flows.links[l.link].value / flows.total().max(1e-12))
            ))
        );
    }
    for n in &placed.nodes {
        let r = n.rect;
        let _ = write!(
            doc.body,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\" stroke=\"#fafafa\" stroke-width=\"0.5\"/>",
            r.left(),
            r.top(),
            r.width(),
            r.height(),
            hex(sankey::color(n.node))
        );
    }
    // Labels as in the window: an outer one moved off its node gets a thin line to it; an
    // inner one that could not stay beside its node is left out.
    for n in &placed.nodes {
        match n.label_style() {
            LabelStyle::Hidden => continue,
            LabelStyle::Plate => doc.plate(n.label.expand(1.0)),
            LabelStyle::Leader(from, to) => doc.line(
                f64::from(from.x),
                f64::from(from.y),
                f64::from(to.x),
                f64::from(to.y),
                "#888888",
                0.5,
                None,
            ),
            LabelStyle::Plain => {}
        }
        for (i, line) in lines(n.node, n.label.width() + 1.0).iter().enumerate() {
            let y = f64::from(n.label.top()) + 10.0 + i as f64 * f64::from(line_height);
            doc.text(
                f64::from(n.label.left()),
                y,
                line,
                size,
                "#222222",
                "start",
                false,
            );
        }
    }
    for (i, line) in note.iter().enumerate() {
        doc.text(
            pad,
            bottom + 16.0 + i as f64 * 13.0,
            line,
            10.0,
            "#555555",
            "start",
            false,
        );
    }
    doc.finish()
}
