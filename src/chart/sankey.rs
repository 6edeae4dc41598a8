//! The Sankey diagram of the Flows view as geometry: where each node and band goes in a
//! rectangle ([`layout`], pure geometry, tested without a window), the colour of each
//! ([`color`]) and what lies under a point ([`hit`]). The window paints it
//! (`ui::views::flows`) and [`super::flows`] writes it as SVG, both from the same layout.
//!
//! The layout follows d3-sankey (`d3/d3-sankey`, `src/sankey.js`, BSD-3): nodes in columns,
//! one vertical scale for every column (the fullest column fills the height), node heights
//! proportional to what passes through them, a few rounds of relaxation that move each node
//! towards the weighted centre of its neighbours, and bands ordered at each node by where their
//! other end lies so that they cross as little as possible. Two things differ on purpose:
//!
//! - **Fixed columns and a fixed order.** d3 sorts nodes by position while relaxing; here a
//!   column keeps the order of [`Node`] (members and countries in the catalogue's order, sectors
//!   in theirs), and relaxation only moves nodes within the room their neighbours in that order
//!   leave. So nothing jumps while a slider moves.
//! - **Labels never overlap.** Labels of the outer columns sit outside them; those of the inner
//!   columns beside their node. Each column's labels are pushed apart the same way as nodes are,
//!   and a label moved away from its node is joined to it by a thin line.

use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use super::palette;
use crate::model::flows::{Flows, Node};

/// Columns: sources, the bank and the fund, sectors (and what the bank keeps), countries.
pub const COLUMNS: usize = 4;
/// A node's width, points.
pub const NODE_WIDTH: f32 = 12.0;
/// Space between nodes of a column, points.
pub const NODE_GAP: f32 = 10.0;
/// Space between a node and its label, points.
const LABEL_GAP: f32 = 5.0;
/// Relaxation rounds (d3's default is 6).
const ITERATIONS: usize = 6;
/// The outer labels take at most this share of the width each.
const LABEL_SHARE: f32 = 0.24;

/// The column a node is drawn in.
pub fn column(node: Node, flows: &Flows) -> usize {
    match node {
        Node::Bank | Node::Fund | Node::Coinvestment => 1,
        Node::Sector(_) | Node::SectorOther => 2,
        Node::Country(_) | Node::CountryOther => 3,
        Node::PaidIn(_) | Node::PaidInOther | Node::Contribution(_) | Node::ContributionOther => 0,
        Node::Repayments => 0,
        // A balancing item is a source when it sends to the bank or the fund, a use otherwise.
        Node::Income | Node::Borrowing | Node::Liquidity | Node::Commitments | Node::FundCash => {
            if is_source(node, flows) {
                0
            } else {
                2
            }
        }
    }
}

/// Whether a balancing node appears as a source in these flows (its name differs by side).
pub fn is_source(node: Node, flows: &Flows) -> bool {
    flows.links.iter().any(|l| l.from == node)
}

/// Where a node is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedNode {
    pub node: Node,
    pub column: usize,
    pub rect: Rect,
    /// What passes through it, US$ bn.
    pub value: f64,
    /// Where its label goes (its size as measured by the caller).
    pub label: Rect,
}

/// How a node's label is drawn, by the window and the SVG alike.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LabelStyle {
    /// An inner label that could not stay beside its node: left out (the node's hover names
    /// it), so that no label ever sits beside another node.
    Hidden,
    /// An inner label, on a plate over the bands.
    Plate,
    /// An outer label beside its node.
    Plain,
    /// An outer label moved away from its node, joined to it by a thin line from the first
    /// point to the second.
    Leader(Pos2, Pos2),
}

impl PlacedNode {
    pub fn label_style(&self) -> LabelStyle {
        let inner = self.column == 1 || self.column == 2;
        let centre = self.rect.center().y;
        let displaced = (self.label.center().y - centre).abs() > self.rect.height() / 2.0 + 2.0;
        match (inner, displaced) {
            (true, true) => LabelStyle::Hidden,
            (true, false) => LabelStyle::Plate,
            (false, _) if centre < self.label.top() || centre > self.label.bottom() => {
                let (x, edge) = if self.column == 0 {
                    (self.label.right(), self.rect.left())
                } else {
                    (self.label.left(), self.rect.right())
                };
                LabelStyle::Leader(pos2(edge, centre), pos2(x, self.label.center().y))
            }
            (false, _) => LabelStyle::Plain,
        }
    }
}

/// Where a band is drawn: from the right edge of its source at `y0` to the left edge of its
/// target at `y1` (both the band's top), `width` points thick.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedLink {
    /// Index into the flows' links.
    pub link: usize,
    /// Indices into the placed nodes.
    pub source: usize,
    pub target: usize,
    pub x0: f32,
    pub x1: f32,
    pub y0: f32,
    pub y1: f32,
    pub width: f32,
}

/// A diagram laid out in a rectangle.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placed {
    pub nodes: Vec<PlacedNode>,
    pub links: Vec<PlacedLink>,
    /// Points per US$ bn.
    pub scale: f32,
}

/// The nodes of each column, in drawing order, and what passes through each. The order is
/// [`Node`]'s, except that what the bank keeps or pays back (the uses that are not financing)
/// comes below the sectors.
fn columns(flows: &Flows) -> [Vec<(Node, f64)>; COLUMNS] {
    let mut out: [Vec<(Node, f64)>; COLUMNS] = Default::default();
    for node in flows.nodes() {
        let (inflow, outflow) = flows.through(node);
        out[column(node, flows)].push((node, inflow.max(outflow)));
    }
    out[2].sort_by_key(|(n, _)| (n.is_balancing(), *n));
    out
}

/// The scale (points per US$ bn) at which the fullest column fills `height`: the one to share
/// between two diagrams drawn side by side (take the smaller).
pub fn natural_scale(flows: &Flows, height: f32) -> f32 {
    columns(flows)
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| {
            let total: f64 = c.iter().map(|(_, v)| v).sum();
            let room = (height - NODE_GAP * (c.len() as f32 - 1.0)).max(height * 0.2);
            if total > 0.0 {
                room / total as f32
            } else {
                f32::INFINITY
            }
        })
        .fold(f32::INFINITY, f32::min)
        .min(1e6)
}

/// Pushes the spans `(top, height)` apart, in their order, so that each starts at least
/// `gap` below the previous one, all within `lo..hi` where they fit (d3's collision pass, with
/// the order kept).
fn resolve(spans: &mut [(f32, f32)], gap: f32, lo: f32, hi: f32) {
    let mut y = lo;
    for span in spans.iter_mut() {
        span.0 = span.0.max(y);
        y = span.0 + span.1 + gap;
    }
    let mut bottom = hi;
    for span in spans.iter_mut().rev() {
        if span.0 + span.1 > bottom {
            span.0 = bottom - span.1;
        }
        bottom = span.0 - gap;
    }
    // Too tall for the room: they start at the top and run on below.
    let mut y = lo;
    for span in spans.iter_mut() {
        span.0 = span.0.max(y);
        y = span.0 + span.1 + gap;
    }
}

/// Lays the flows out in `rect`. `label_size(node, max_width)` measures a node's label laid
/// out within `max_width`; `scale` fixes the points per US$ bn (for two diagrams on one scale)
/// and is otherwise the natural one.
pub fn layout(
    flows: &Flows,
    rect: Rect,
    label_size: &mut dyn FnMut(Node, f32) -> Vec2,
    scale: Option<f32>,
) -> Placed {
    let cols = columns(flows);
    if cols.iter().all(Vec::is_empty) {
        return Placed::default();
    }
    // Room for the outer columns' labels, outside them.
    let max_label = rect.width() * LABEL_SHARE;
    let mut sized = |c: usize, room: f32| -> Vec<Vec2> {
        cols[c].iter().map(|(n, _)| label_size(*n, room)).collect()
    };
    let widest = |sizes: &[Vec2]| sizes.iter().map(|s| s.x).fold(0.0f32, f32::max);
    let (first, last) = (sized(0, max_label), sized(COLUMNS - 1, max_label));
    let left = rect.left() + widest(&first) + LABEL_GAP;
    let right = rect.right() - widest(&last) - LABEL_GAP;
    let natural: Vec<f32> = (0..COLUMNS)
        .map(|c| widest(&sized(c, f32::INFINITY)))
        .collect();
    let gaps = gaps(right - left - NODE_WIDTH * COLUMNS as f32, |c| natural[c]);
    // Inner labels stand in the gap to the right of their column (cut to it where they must).
    let mut sizes: Vec<Vec<Vec2>> = vec![first];
    for (c, gap) in gaps.iter().enumerate().take(COLUMNS - 1).skip(1) {
        let room = (gap - 2.0 * LABEL_GAP).max(NODE_WIDTH);
        sizes.push(sized(c, room));
    }
    sizes.push(last);
    let x = |c: usize| left + gaps[..c].iter().map(|g| g + NODE_WIDTH).sum::<f32>();
    let height = rect.height();
    let k = scale.unwrap_or_else(|| natural_scale(flows, height));

    // Nodes: stacked from the top, then relaxed.
    let mut placed: Vec<PlacedNode> = Vec::new();
    let mut index_of = std::collections::HashMap::new();
    let mut by_column: Vec<Vec<usize>> = vec![Vec::new(); COLUMNS];
    for (c, nodes) in cols.iter().enumerate() {
        let mut y = rect.top();
        for (node, value) in nodes {
            let h = (*value as f32 * k).max(1.0);
            index_of.insert(*node, placed.len());
            by_column[c].push(placed.len());
            placed.push(PlacedNode {
                node: *node,
                column: c,
                rect: Rect::from_min_size(pos2(x(c), y), vec2(NODE_WIDTH, h)),
                value: *value,
                label: Rect::NOTHING,
            });
            y += h + NODE_GAP;
        }
    }
    let edges: Vec<(usize, usize, f64)> = flows
        .links
        .iter()
        .filter_map(|l| Some((*index_of.get(&l.from)?, *index_of.get(&l.to)?, l.value)))
        .collect();
    let centre = |p: &[PlacedNode], i: usize| p[i].rect.center().y;
    for round in 0..ITERATIONS {
        let alpha = 0.99f32.powi(round as i32);
        for forward in [false, true] {
            let order: Vec<usize> = if forward {
                (1..COLUMNS).collect()
            } else {
                (0..COLUMNS - 1).rev().collect()
            };
            for c in order {
                for &i in &by_column[c] {
                    let (mut sum, mut weight) = (0.0f32, 0.0f32);
                    for &(s, t, v) in &edges {
                        let other = if forward && t == i {
                            s
                        } else if !forward && s == i {
                            t
                        } else {
                            continue;
                        };
                        sum += centre(&placed, other) * v as f32;
                        weight += v as f32;
                    }
                    if weight > 0.0 {
                        let dy = (sum / weight - centre(&placed, i)) * alpha;
                        placed[i].rect = placed[i].rect.translate(vec2(0.0, dy));
                    }
                }
                let mut spans: Vec<(f32, f32)> = by_column[c]
                    .iter()
                    .map(|&i| (placed[i].rect.top(), placed[i].rect.height()))
                    .collect();
                resolve(&mut spans, NODE_GAP, rect.top(), rect.bottom());
                for (&i, (top, _)) in by_column[c].iter().zip(spans) {
                    placed[i].rect = placed[i]
                        .rect
                        .translate(vec2(0.0, top - placed[i].rect.top()));
                }
            }
        }
    }

    // Bands: at each node, ordered by where their other end lies.
    let mut links: Vec<PlacedLink> = flows
        .links
        .iter()
        .enumerate()
        .filter_map(|(n, l)| {
            let (source, target) = (*index_of.get(&l.from)?, *index_of.get(&l.to)?);
            Some(PlacedLink {
                link: n,
                source,
                target,
                x0: placed[source].rect.right(),
                x1: placed[target].rect.left(),
                y0: 0.0,
                y1: 0.0,
                width: l.value as f32 * k,
            })
        })
        .collect();
    for i in 0..placed.len() {
        stack_bands(&mut links, &placed, i, true);
        stack_bands(&mut links, &placed, i, false);
    }

    // Labels: outside the outer columns, to the right of the inner ones; pushed apart.
    for (c, members) in by_column.iter().enumerate() {
        let mut spans: Vec<(f32, f32)> = members
            .iter()
            .zip(&sizes[c])
            .map(|(&i, size)| (placed[i].rect.center().y - size.y / 2.0, size.y))
            .collect();
        resolve(&mut spans, 1.0, rect.top(), rect.bottom());
        for ((&i, size), (top, _)) in members.iter().zip(&mut sizes[c]).zip(spans) {
            let node = &placed[i].rect;
            let x = if c == 0 {
                node.left() - LABEL_GAP - size.x
            } else {
                node.right() + LABEL_GAP
            };
            placed[i].label = Rect::from_min_size(pos2(x, top), *size);
        }
    }
    Placed {
        nodes: placed,
        links,
        scale: k,
    }
}

/// The shortest gap between two columns, so that a band is still seen to run between them.
const MIN_GAP: f32 = 36.0;

/// The gaps between the columns (`COLUMNS - 1` of them) in `total` width. The gap right of an
/// inner column holds its labels, so those gaps are sized first for the widest label of the
/// column (`natural(c)`, uncut), and the gap from the sources to the bank and the fund, which
/// holds none, takes what is left; any room beyond the labels is shared out equally. When the
/// labels do not fit, the first gap keeps [`MIN_GAP`] (or a fifth of the width) and the two
/// label gaps share the rest in proportion to their labels, which are then cut.
fn gaps(total: f32, natural: impl Fn(usize) -> f32) -> [f32; COLUMNS - 1] {
    let total = total.max(3.0 * NODE_WIDTH);
    let need = |c: usize| natural(c) + 2.0 * LABEL_GAP;
    let (need1, need2) = (need(1).max(MIN_GAP), need(2).max(MIN_GAP));
    let wanted = MIN_GAP + need1 + need2;
    if total >= wanted {
        let extra = (total - wanted) / 3.0;
        [MIN_GAP + extra, need1 + extra, need2 + extra]
    } else {
        let first = MIN_GAP.min(total / 5.0);
        let rest = total - first;
        let share = need1 / (need1 + need2);
        [first, rest * share, rest * (1.0 - share)]
    }
}

/// Stacks the bands leaving node `i` (or, with `outgoing` false, arriving at it) from its top,
/// ordered by where their other end lies, so that they cross as little as possible.
fn stack_bands(links: &mut [PlacedLink], placed: &[PlacedNode], i: usize, outgoing: bool) {
    let other = |l: &PlacedLink| if outgoing { l.target } else { l.source };
    let mine = |l: &PlacedLink| if outgoing { l.source } else { l.target };
    let mut at: Vec<usize> = (0..links.len()).filter(|&j| mine(&links[j]) == i).collect();
    at.sort_by(|&a, &b| {
        let (oa, ob) = (other(&links[a]), other(&links[b]));
        let (ya, yb) = (placed[oa].rect.center().y, placed[ob].rect.center().y);
        ya.total_cmp(&yb).then(oa.cmp(&ob))
    });
    let mut y = placed[i].rect.top();
    for j in at {
        if outgoing {
            links[j].y0 = y;
        } else {
            links[j].y1 = y;
        }
        y += links[j].width;
    }
}

/// A point of a band's top edge at `t` in 0..=1 (d3's `sankeyLinkHorizontal`: a cubic from
/// `(x0, y0)` to `(x1, y1)` with both control points at the middle x).
pub fn band_point(l: &PlacedLink, t: f32) -> Pos2 {
    let u = 1.0 - t;
    let xm = (l.x0 + l.x1) / 2.0;
    let x = u * u * u * l.x0 + 3.0 * u * u * t * xm + 3.0 * u * t * t * xm + t * t * t * l.x1;
    let y = (u * u * u + 3.0 * u * u * t) * l.y0 + (3.0 * u * t * t + t * t * t) * l.y1;
    pos2(x, y)
}

/// Whether `p` lies on the band.
pub fn band_contains(l: &PlacedLink, p: Pos2) -> bool {
    if p.x < l.x0 || p.x > l.x1 || l.x1 <= l.x0 {
        return false;
    }
    // x grows with t: find t by bisection.
    let (mut lo, mut hi) = (0.0f32, 1.0f32);
    for _ in 0..20 {
        let mid = (lo + hi) / 2.0;
        if band_point(l, mid).x < p.x {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let top = band_point(l, (lo + hi) / 2.0).y;
    p.y >= top && p.y <= top + l.width.max(2.0)
}

/// The colour of a node, and of the bands it sends.
pub fn color(node: Node) -> Color32 {
    match node {
        Node::PaidIn(c) | Node::Contribution(c) | Node::Country(c) => palette::country(c),
        Node::Sector(k) => palette::sector(k),
        Node::PaidInOther | Node::ContributionOther | Node::SectorOther | Node::CountryOther => {
            Color32::from_rgb(150, 150, 150)
        }
        Node::Income => Color32::from_rgb(214, 170, 60),
        Node::Repayments => Color32::from_rgb(96, 168, 120),
        Node::Borrowing => Color32::from_rgb(120, 120, 210),
        Node::Liquidity => Color32::from_rgb(80, 170, 215),
        Node::Commitments => Color32::from_rgb(185, 140, 205),
        Node::FundCash => Color32::from_rgb(170, 150, 200),
        Node::Bank => Color32::from_rgb(66, 125, 200),
        Node::Fund => Color32::from_rgb(150, 80, 165),
        Node::Coinvestment => Color32::from_rgb(60, 160, 150),
    }
}

/// What the pointer is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    Node(usize),
    Band(usize),
}

/// The node or band under `p` (nodes first, then the band drawn on top).
pub fn hit(placed: &Placed, p: Pos2) -> Option<Hit> {
    if let Some(i) = placed
        .nodes
        .iter()
        .position(|n| n.rect.expand2(vec2(2.0, 1.0)).contains(p))
    {
        return Some(Hit::Node(i));
    }
    placed
        .links
        .iter()
        .rposition(|l| band_contains(l, p))
        .map(Hit::Band)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::flows::Measure;
    use crate::model::{Country, Scenario, project_valid};

    fn flows(s: &Scenario) -> Flows {
        let p = project_valid(s);
        Flows::new(&p, 0, p.years() - 1, Measure::Disbursements).grouped(0.02)
    }

    fn lay(f: &Flows) -> Placed {
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(900.0, 600.0));
        layout(f, rect, &mut |_, w| vec2(w.min(90.0), 14.0), None)
    }

    #[test]
    fn every_band_starts_on_its_source_and_ends_on_its_target_within_them() {
        let f = flows(&Scenario::default());
        let placed = lay(&f);
        assert_eq!(placed.links.len(), f.links.len());
        for l in &placed.links {
            let (s, t) = (&placed.nodes[l.source].rect, &placed.nodes[l.target].rect);
            assert!(l.y0 >= s.top() - 1e-3 && l.y0 + l.width <= s.bottom() + 0.01);
            assert!(l.y1 >= t.top() - 1e-3 && l.y1 + l.width <= t.bottom() + 0.01);
            assert!(l.x0 < l.x1);
        }
    }

    #[test]
    fn nodes_keep_their_order_and_labels_never_overlap() {
        let f = flows(&Scenario::default());
        let placed = lay(&f);
        for c in 0..COLUMNS {
            let column: Vec<&PlacedNode> = placed.nodes.iter().filter(|n| n.column == c).collect();
            for pair in column.windows(2) {
                let key = |n: Node| (c == 2 && n.is_balancing(), n);
                assert!(key(pair[0].node) < key(pair[1].node));
                assert!(pair[0].rect.bottom() <= pair[1].rect.top() + 1e-3, "{c}");
                assert!(pair[0].label.bottom() <= pair[1].label.top() + 1e-3, "{c}");
            }
        }
        // The outer labels sit outside the diagram's outer columns, inside the rectangle.
        for n in &placed.nodes {
            match n.column {
                0 => assert!(n.label.right() <= n.rect.left() && n.label.left() >= -1e-3),
                3 => assert!(n.label.left() >= n.rect.right() && n.label.right() <= 900.01),
                _ => {}
            }
        }
    }

    #[test]
    fn a_larger_value_moves_no_node_out_of_its_place_in_the_order() {
        let mut s = Scenario::default();
        let before: Vec<Node> = lay(&flows(&s)).nodes.iter().map(|n| n.node).collect();
        s.capital.subscribed *= 1.5;
        let after: Vec<Node> = lay(&flows(&s)).nodes.iter().map(|n| n.node).collect();
        let common: Vec<&Node> = before.iter().filter(|n| after.contains(n)).collect();
        let in_after: Vec<&Node> = after.iter().filter(|n| before.contains(n)).collect();
        assert_eq!(common, in_after);
        assert!(before.contains(&Node::PaidIn(Country::CHN)));
    }

    #[test]
    fn the_pointer_finds_the_band_it_is_on() {
        let f = flows(&Scenario::default());
        let placed = lay(&f);
        let widest = placed
            .links
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.width.total_cmp(&b.1.width))
            .map(|(i, _)| i)
            .unwrap_or_default();
        let l = placed.links[widest];
        let mid = band_point(&l, 0.5) + vec2(0.0, l.width / 2.0);
        assert_eq!(hit(&placed, mid), Some(Hit::Band(widest)));
        assert_eq!(hit(&placed, pos2(-50.0, -50.0)), None);
    }
}
