//! Where the money goes: the period's sources and uses as a flow network (the Flows view's
//! Sankey diagram and `sankey.csv`).
//!
//! The network is a sources-and-uses statement that balances exactly:
//!
//! - **The bank.** Over years `a..=b`, its liquid assets change by
//!   `ΔQ = ΣPI + Σ(NI + W) + ΔB + ΣR − ΣD` (model.md §2, steps 8–11: `Q = E + B − L`, with
//!   `E` growing by paid-in and net income and `L` by disbursements less repayments and
//!   write-downs). So its sources are the members' paid-in capital, its cash income (net income
//!   before write-downs, which move no cash), the repayments it lends again and its net
//!   borrowing; its uses are disbursements by sector, and what it keeps as liquid assets. An
//!   item whose sign is "wrong" for the period moves to the other side, as in any
//!   sources-and-uses table: a net operating cost is a use (`bank → income`), borrowing repaid
//!   is a use (`bank → borrowing`), liquidity drawn down is a source (`liquidity → bank`).
//! - **Approvals instead of disbursements.** The bank's uses are then its approvals by sector;
//!   what it approved but has not paid out is a source of its own (`commitments → bank`: the
//!   commitments it carries), and money paid out on earlier approvals a use (`bank →
//!   commitments`). This is the reading a bank's annual report gives: approvals are
//!   commitments, disbursements are cash.
//! - **The fund.** Members' contributions (their share of each capital call) → the fund →
//!   its investments by sector; a call it could not invest (no borrowing country, or a named
//!   project still waiting) stays with it (`fund → fund_cash`).
//! - **Co-investment** alongside the fund is a source of its own (`coinvestment → sector:…`),
//!   never inside the fund, as in its books.
//! - Every sector passes on what it received to the recipient countries (`sector:energy →
//!   country:KAZ`), the bank's part, the fund's and the co-investors' together.
//!
//! Every node that both receives and sends balances to rounding (≤ 1e-9 of the period's
//! total): the tests check it on every preset and on random valid scenarios.

use super::projection::{Cube, Projection};
use super::reference::{Country, N_COUNTRIES, N_SECTORS, Sector};

/// What the bank's side of the diagram measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Cash paid out to borrowers (the default: it balances as cash).
    #[default]
    Disbursements,
    /// Loans approved (commitments), balanced by the change in undisbursed commitments.
    Approvals,
}

/// A node of the flow network. Declaration order is the drawing order within a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    /// A member's paid-in capital (`paid_in:CHN`).
    PaidIn(Country),
    /// Members' paid-in capital of several small members, grouped (`paid_in:other`).
    PaidInOther,
    /// The bank's cash income: net income before write-downs (`income`).
    Income,
    /// Repayments of principal, lent again (`repayments`).
    Repayments,
    /// Net borrowing from markets (`borrowing`).
    Borrowing,
    /// The change in the bank's liquid assets (`liquidity`).
    Liquidity,
    /// Approved but not yet disbursed (`commitments`), with the approvals measure.
    Commitments,
    /// A member's contributions to the fund (`contribution:CHN`).
    Contribution(Country),
    /// Contributions of several small members, grouped (`contribution:other`).
    ContributionOther,
    /// The development bank (`bank`).
    Bank,
    /// The joint investment fund (`fund`).
    Fund,
    /// Co-investors' money alongside the fund (`coinvestment`).
    Coinvestment,
    /// Financing of one sector (`sector:energy`).
    Sector(Sector),
    /// Several small sectors, grouped (`sector:other`).
    SectorOther,
    /// Calls the fund has not invested (`fund_cash`).
    FundCash,
    /// Financing received by one country (`country:KAZ`).
    Country(Country),
    /// Several small recipients, grouped (`country:other`).
    CountryOther,
}

impl Node {
    /// The node's id in `sankey.csv`: stable, never translated.
    pub fn id(self) -> String {
        match self {
            Node::PaidIn(c) => format!("paid_in:{}", c.code()),
            Node::PaidInOther => "paid_in:other".into(),
            Node::Income => "income".into(),
            Node::Repayments => "repayments".into(),
            Node::Borrowing => "borrowing".into(),
            Node::Liquidity => "liquidity".into(),
            Node::Commitments => "commitments".into(),
            Node::Contribution(c) => format!("contribution:{}", c.code()),
            Node::ContributionOther => "contribution:other".into(),
            Node::Bank => "bank".into(),
            Node::Fund => "fund".into(),
            Node::Coinvestment => "coinvestment".into(),
            Node::Sector(k) => format!("sector:{}", k.id()),
            Node::SectorOther => "sector:other".into(),
            Node::FundCash => "fund_cash".into(),
            Node::Country(c) => format!("country:{}", c.code()),
            Node::CountryOther => "country:other".into(),
        }
    }

    /// The group a small node of this kind joins, if it can be grouped.
    fn group(self) -> Option<Node> {
        match self {
            Node::PaidIn(_) => Some(Node::PaidInOther),
            Node::Contribution(_) => Some(Node::ContributionOther),
            Node::Sector(_) => Some(Node::SectorOther),
            Node::Country(_) => Some(Node::CountryOther),
            _ => None,
        }
    }

    /// True for the nodes of the bank's own balance sheet (those that may send or receive,
    /// depending on the sign of the period's change).
    pub fn is_balancing(self) -> bool {
        matches!(
            self,
            Node::Income | Node::Borrowing | Node::Liquidity | Node::Commitments | Node::FundCash
        )
    }
}

/// One band: `value` US$ bn from `from` to `to` over the period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    pub from: Node,
    pub to: Node,
    pub value: f64,
}

/// The period's flow network.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flows {
    /// First and last calendar year of the period.
    pub first_year: i32,
    pub last_year: i32,
    pub measure: Measure,
    /// Bands with a positive value, in node order (by source, then destination).
    pub links: Vec<Link>,
}

/// Values below this (US$ bn) are rounding, not money: no band is drawn for them.
const NOTHING: f64 = 1e-12;

impl Flows {
    /// The flows over the years `first..=last` of the projection (indices, clamped to the
    /// horizon; an empty projection gives no bands).
    pub fn new(p: &Projection, first: usize, last: usize, measure: Measure) -> Flows {
        let years = p.years();
        let mut flows = Flows {
            measure,
            ..Flows::default()
        };
        if years == 0 {
            return flows;
        }
        let last = last.min(years - 1);
        let first = first.min(last);
        flows.first_year = p.year(first);
        flows.last_year = p.year(last);
        let period = first..=last;
        let mut links: Vec<Link> = Vec::with_capacity(128);
        let mut push = |from: Node, to: Node, value: f64| {
            if value > NOTHING {
                links.push(Link { from, to, value });
            }
        };
        // Sends `value` from `node` to `other` when positive, the other way round when not.
        let signed = |push: &mut dyn FnMut(Node, Node, f64), node: Node, other: Node, v: f64| {
            if v >= 0.0 {
                push(node, other, v);
            } else {
                push(other, node, -v);
            }
        };

        // The bank's sources.
        for c in Country::ALL {
            let paid: f64 = period
                .clone()
                .map(|t| p.paid_in_by_country[t][c.index()])
                .sum();
            push(Node::PaidIn(c), Node::Bank, paid);
        }
        let bank = &p.bank[first..=last];
        let cash_income: f64 = bank.iter().map(|y| y.net_income + y.losses).sum();
        let repayments: f64 = bank.iter().map(|y| y.repayments).sum();
        let opening = |f: fn(&super::projection::BankYear) -> f64| {
            if first == 0 {
                0.0
            } else {
                f(&p.bank[first - 1])
            }
        };
        let net_borrowing = p.bank[last].borrowings - opening(|y| y.borrowings);
        let liquidity_kept = p.bank[last].liquid_assets - opening(|y| y.liquid_assets);
        signed(&mut push, Node::Income, Node::Bank, cash_income);
        push(Node::Repayments, Node::Bank, repayments);
        signed(&mut push, Node::Borrowing, Node::Bank, net_borrowing);
        signed(&mut push, Node::Bank, Node::Liquidity, liquidity_kept);
        let bank_cube = match measure {
            Measure::Disbursements => &p.bank_flows.disbursements,
            Measure::Approvals => &p.bank_flows.approvals,
        };
        if measure == Measure::Approvals {
            let approved: f64 = bank.iter().map(|y| y.approvals).sum();
            let disbursed: f64 = bank.iter().map(|y| y.disbursements).sum();
            signed(
                &mut push,
                Node::Commitments,
                Node::Bank,
                approved - disbursed,
            );
        }

        // The fund's sources.
        let mut contributed = 0.0;
        for c in Country::ALL {
            let paid: f64 = period
                .clone()
                .map(|t| p.fund.contributions[t][c.index()])
                .sum();
            contributed += paid;
            push(Node::Contribution(c), Node::Fund, paid);
        }

        // Each source's part of each sector, and each sector's of each country.
        let cells = |cube: &Cube| -> [[f64; N_SECTORS]; N_COUNTRIES] {
            let mut out = [[0.0; N_SECTORS]; N_COUNTRIES];
            for t in period.clone() {
                for c in Country::ALL {
                    for k in Sector::ALL {
                        out[c.index()][k.index()] += cube.cell(t, c, k);
                    }
                }
            }
            out
        };
        let sources = [
            (Node::Bank, cells(bank_cube)),
            (Node::Fund, cells(&p.fund.investments)),
            (Node::Coinvestment, cells(&p.fund.coinvestment)),
        ];
        let mut invested = 0.0;
        for (node, by_cell) in &sources {
            for k in Sector::ALL {
                let to_sector: f64 = by_cell.iter().map(|row| row[k.index()]).sum();
                if *node == Node::Fund {
                    invested += to_sector;
                }
                push(*node, Node::Sector(k), to_sector);
            }
        }
        signed(
            &mut push,
            Node::Fund,
            Node::FundCash,
            contributed - invested,
        );
        for k in Sector::ALL {
            for c in Country::ALL {
                let received: f64 = sources.iter().map(|(_, m)| m[c.index()][k.index()]).sum();
                push(Node::Sector(k), Node::Country(c), received);
            }
        }
        links.sort_by_key(|l| (l.from, l.to));
        flows.links = links;
        flows
    }

    /// The period's total: everything that enters the network (the sum of the bands leaving
    /// nodes that receive nothing), US$ bn. Shares are of this.
    pub fn total(&self) -> f64 {
        self.links
            .iter()
            .filter(|l| !self.links.iter().any(|m| m.to == l.from))
            .map(|l| l.value)
            .sum()
    }

    /// What `node` receives and what it sends.
    pub fn through(&self, node: Node) -> (f64, f64) {
        let mut inflow = 0.0;
        let mut outflow = 0.0;
        for l in &self.links {
            if l.to == node {
                inflow += l.value;
            }
            if l.from == node {
                outflow += l.value;
            }
        }
        (inflow, outflow)
    }

    /// Every node that appears in a band, in drawing order.
    pub fn nodes(&self) -> Vec<Node> {
        let mut nodes: Vec<Node> = self.links.iter().flat_map(|l| [l.from, l.to]).collect();
        nodes.sort();
        nodes.dedup();
        nodes
    }

    /// The same flows with the members, sectors and recipients that carry less than `share`
    /// of the period's total each grouped into one "other" node per column, so that small
    /// flows stay visible as a sum and the diagram stays readable. Grouping never changes a
    /// balance.
    pub fn grouped(&self, share: f64) -> Flows {
        self.grouped_keeping(share, &[])
    }

    /// [`Flows::grouped`], never grouping the nodes in `keep` (a country the user focused).
    pub fn grouped_keeping(&self, share: f64, keep: &[Node]) -> Flows {
        let threshold = share.max(0.0) * self.total();
        let small = |node: Node| {
            let (inflow, outflow) = self.through(node);
            inflow.max(outflow) < threshold && !keep.contains(&node)
        };
        // Group only where at least two nodes would join: one "other" for one node hides its
        // name for nothing.
        let mut joins: Vec<(Node, Node)> = Vec::new();
        let nodes = self.nodes();
        for group in [
            Node::PaidInOther,
            Node::ContributionOther,
            Node::SectorOther,
            Node::CountryOther,
        ] {
            let members: Vec<Node> = nodes
                .iter()
                .copied()
                .filter(|n| n.group() == Some(group) && small(*n))
                .collect();
            if members.len() >= 2 {
                joins.extend(members.into_iter().map(|n| (n, group)));
            }
        }
        let map = |node: Node| {
            joins
                .iter()
                .find(|(n, _)| *n == node)
                .map_or(node, |(_, g)| *g)
        };
        let mut links: Vec<Link> = Vec::with_capacity(self.links.len());
        for l in &self.links {
            let (from, to) = (map(l.from), map(l.to));
            match links.iter_mut().find(|m| m.from == from && m.to == to) {
                Some(m) => m.value += l.value,
                None => links.push(Link {
                    from,
                    to,
                    value: l.value,
                }),
            }
        }
        links.sort_by_key(|l| (l.from, l.to));
        Flows {
            links,
            ..self.clone()
        }
    }

    /// The largest imbalance of any node that both receives and sends, US$ bn.
    pub fn imbalance(&self) -> f64 {
        self.nodes()
            .into_iter()
            .map(|n| self.through(n))
            .filter(|(i, o)| *i > 0.0 && *o > 0.0)
            .map(|(i, o)| (i - o).abs())
            .fold(0.0, f64::max)
    }

    /// What enters the network and what leaves it (the sources and the uses), US$ bn.
    pub fn sources_and_uses(&self) -> (f64, f64) {
        let nodes = self.nodes();
        let mut sources = 0.0;
        let mut uses = 0.0;
        for n in nodes {
            let (i, o) = self.through(n);
            if i == 0.0 {
                sources += o;
            }
            if o == 0.0 {
                uses += i;
            }
        }
        (sources, uses)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::project_valid as project;
    use crate::presets::PRESETS;

    fn check(p: &Projection, f: &Flows) {
        let (sources, uses) = f.sources_and_uses();
        let scale = sources.abs().max(1.0);
        assert!(
            (sources - uses).abs() <= 1e-9 * scale,
            "sources {sources} uses {uses}"
        );
        assert!(f.imbalance() <= 1e-9 * scale, "imbalance {}", f.imbalance());
        assert!(f.links.iter().all(|l| l.value > 0.0 && l.value.is_finite()));
        let _ = p;
    }

    #[test]
    fn every_preset_balances_over_the_horizon_and_any_period_with_either_measure() {
        for preset in PRESETS {
            let s = crate::file::read(preset.text, preset.id)
                .map(|l| l.scenario)
                .unwrap_or_else(|e| panic!("{}: {e}", preset.id));
            let p = project(&s);
            let n = p.years();
            for measure in [Measure::Disbursements, Measure::Approvals] {
                for (a, b) in [(0, n - 1), (0, 0), (3, 9), (n / 2, n - 1), (n - 1, n - 1)] {
                    let f = Flows::new(&p, a, b, measure);
                    check(&p, &f);
                    check(&p, &f.grouped(0.03));
                }
            }
        }
    }

    #[test]
    fn the_sector_and_country_columns_are_the_cubes_totals() {
        let p = project(&crate::model::Scenario::default());
        let f = Flows::new(&p, 0, p.years() - 1, Measure::Disbursements);
        for k in Sector::ALL {
            let cubes: f64 = (0..p.years())
                .map(|t| {
                    p.bank_flows.disbursements.sector_total(t, k)
                        + p.fund.investments.sector_total(t, k)
                        + p.fund.coinvestment.sector_total(t, k)
                })
                .sum();
            let (inflow, outflow) = f.through(Node::Sector(k));
            assert!((inflow - cubes).abs() < 1e-9, "{k:?}");
            assert!((outflow - cubes).abs() < 1e-9, "{k:?}");
        }
        for c in Country::ALL {
            let cubes: f64 = (0..p.years())
                .map(|t| {
                    p.bank_flows.disbursements.country_total(t, c)
                        + p.fund.investments.country_total(t, c)
                        + p.fund.coinvestment.country_total(t, c)
                })
                .sum();
            assert!(
                (f.through(Node::Country(c)).0 - cubes).abs() < 1e-9,
                "{c:?}"
            );
        }
    }

    #[test]
    fn grouping_joins_small_nodes_and_keeps_the_totals() {
        let p = project(&crate::model::Scenario::default());
        let f = Flows::new(&p, 0, p.years() - 1, Measure::Disbursements);
        let g = f.grouped(0.05);
        assert!(g.nodes().len() < f.nodes().len());
        assert!(g.nodes().contains(&Node::CountryOther));
        assert!((g.total() - f.total()).abs() < 1e-9);
        assert_eq!(f.grouped(0.0), f);
        let kgz = Node::Country(Country::KGZ);
        assert!(!g.nodes().contains(&kgz));
        assert!(f.grouped_keeping(0.05, &[kgz]).nodes().contains(&kgz));
    }

    #[test]
    fn ids_are_the_documented_ones() {
        assert_eq!(Node::PaidIn(Country::CHN).id(), "paid_in:CHN");
        assert_eq!(
            Node::Sector(Sector::IndustrialParks).id(),
            "sector:industrial_parks"
        );
        assert_eq!(Node::Country(Country::KAZ).id(), "country:KAZ");
        assert_eq!(Node::Coinvestment.id(), "coinvestment");
    }
}
