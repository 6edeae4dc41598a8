//! The views of the centre area, one file each.
//!
//! Every view draws from one read-only [`Context`] plus its own state, and asks for changes by
//! returning [`Command`]s, which the window applies after the frame. Adding a view is one file
//! here and one arm in [`View`] (its title and its `show`).

use egui::Ui;

use crate::model::{Problem, Scenario};
use crate::ui::Command;
use crate::ui::studies::{GoalSeek, Pinned, Progress, Sensitivity};
use chart::Frame;
use data::Table;
use uncertainty::UncertaintyState;

pub mod bank;
pub mod chart;
pub mod compare;
pub mod countries;
pub mod data;
pub mod discovery;
pub mod explain;
pub mod flows;
pub mod fund;
pub mod map;
pub mod overview;
pub mod sectors;
pub mod sensitivity;
pub mod table;
pub mod uncertainty;

/// The tabs of the centre area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum View {
    #[default]
    Overview,
    Sectors,
    Countries,
    Bank,
    Fund,
    Flows,
    Map,
    Compare,
    Uncertainty,
    Discovery,
    Sensitivity,
    Data,
}

impl View {
    pub const ALL: [View; 12] = [
        View::Overview,
        View::Sectors,
        View::Countries,
        View::Bank,
        View::Fund,
        View::Flows,
        View::Map,
        View::Compare,
        View::Uncertainty,
        View::Discovery,
        View::Sensitivity,
        View::Data,
    ];

    /// The view's name on the command line (`--view bank`), the same in every language.
    pub fn id(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Sectors => "sectors",
            View::Countries => "countries",
            View::Bank => "bank",
            View::Fund => "fund",
            View::Flows => "flows",
            View::Map => "map",
            View::Compare => "compare",
            View::Uncertainty => "uncertainty",
            View::Discovery => "discovery",
            View::Sensitivity => "sensitivity",
            View::Data => "data",
        }
    }

    /// The tab's title in the reader's language.
    pub fn title(self) -> String {
        crate::i18n::tr(&format!("view-{}", self.id()))
    }
}

/// What every view draws from; nothing in it can be changed from a view.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    pub scenario: &'a Scenario,
    /// The projection of the last valid state, the pinned reference's, and the bands.
    pub frame: Frame<'a>,
    pub pinned: Option<&'a Pinned>,
    /// Problems of the scenario as it stands (empty when it is valid).
    pub problems: &'a [Problem],
    /// How the uncertainty study's runs are going.
    pub progress: &'a Progress,
    /// The country the user focused on the map: the views highlight it until it is cleared.
    pub focus: Option<crate::model::Country>,
}

/// What the views remember between frames: each view borrows only its own part.
#[derive(Debug)]
pub struct Own<'a> {
    /// Sectors and Countries: which flow they show (saved with the preferences).
    pub measure: &'a mut Measure,
    /// Data: which table (saved with the preferences).
    pub table: &'a mut Table,
    /// Flows: the measure, the period and the grouping (saved with the preferences).
    pub flows: &'a mut flows::FlowsPrefs,
    /// Map: the measure, the period and the year (saved with the preferences).
    pub map: &'a mut map::MapPrefs,
    pub uncertainty: &'a mut UncertaintyState,
    pub discovery: &'a mut discovery::DiscoveryState,
    pub sensitivity: &'a mut Sensitivity,
    pub goal: &'a mut GoalSeek,
    pub explain: &'a mut explain::ExplainState,
}

impl View {
    /// Draws the view and returns what it asks the window to do.
    pub fn show(self, ui: &mut Ui, cx: &Context<'_>, own: &mut Own<'_>) -> Vec<Command> {
        let mut commands = Vec::new();
        match self {
            View::Overview => scrolling(ui, "overview", |ui| overview::show(ui, cx)),
            View::Sectors => sectors::show(ui, cx, own.measure),
            View::Countries => {
                scrolling(ui, "countries", |ui| countries::show(ui, cx, own.measure));
            }
            View::Bank => scrolling(ui, "bank", |ui| bank::show(ui, cx)),
            View::Fund => scrolling(ui, "fund", |ui| fund::show(ui, cx)),
            View::Flows => commands.extend(flows::show(ui, cx, own.flows)),
            View::Map => commands.extend(map::show(ui, cx, own.map)),
            View::Compare => scrolling(ui, "compare", |ui| compare::show(ui, cx, own.explain)),
            View::Uncertainty => commands.extend(uncertainty::show(ui, cx, own.uncertainty)),
            View::Discovery => commands.extend(discovery::show(ui, cx, own.discovery)),
            View::Sensitivity => {
                commands.extend(sensitivity::show(ui, cx, own.sensitivity, own.goal));
            }
            View::Data => commands.extend(data::show(ui, cx, own.table)),
        }
        commands
    }
}

/// Views sized to the window scroll when a legend below a narrow chart needs more room.
fn scrolling(ui: &mut Ui, id: &str, draw: impl FnOnce(&mut Ui)) {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .auto_shrink([false, false])
        .show(ui, draw);
}

/// Which flow a sector or country chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Measure {
    #[default]
    Approvals,
    Disbursements,
    FundInvestments,
    /// Bank disbursements plus fund investments.
    Total,
}

impl Measure {
    pub const ALL: [Measure; 4] = [
        Measure::Approvals,
        Measure::Disbursements,
        Measure::FundInvestments,
        Measure::Total,
    ];

    pub fn title(self) -> String {
        crate::i18n::tr(match self {
            Measure::Approvals => "measure-approvals",
            Measure::Disbursements => "measure-disbursements",
            Measure::FundInvestments => "measure-fund",
            Measure::Total => "measure-total",
        })
    }

    /// The measure's value in year `t` for a country × sector cell.
    pub fn cell(
        self,
        p: &crate::model::Projection,
        t: usize,
        c: crate::model::Country,
        k: crate::model::Sector,
    ) -> f64 {
        let bank = &p.bank_flows;
        match self {
            Measure::Approvals => bank.approvals.cell(t, c, k),
            Measure::Disbursements => bank.disbursements.cell(t, c, k),
            Measure::FundInvestments => p.fund.investments.cell(t, c, k),
            Measure::Total => bank.disbursements.cell(t, c, k) + p.fund.investments.cell(t, c, k),
        }
    }
}

/// A row of buttons to choose the measure.
pub fn measure_picker(ui: &mut Ui, measure: &mut Measure) {
    ui.horizontal(|ui| {
        ui.label(crate::t!("measure-show"));
        for m in Measure::ALL {
            let short = crate::i18n::tr(match m {
                Measure::Approvals => "series-approvals",
                Measure::Disbursements => "series-disbursements",
                Measure::FundInvestments => "measure-fund",
                Measure::Total => "chart-total",
            });
            ui.selectable_value(measure, m, short)
                .on_hover_text(m.title());
        }
    });
}
