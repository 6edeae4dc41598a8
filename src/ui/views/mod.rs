//! The views of the centre area, one file each. Views read the projection; they never change
//! the scenario.

pub mod bank;
pub mod chart;
pub mod compare;
pub mod countries;
pub mod data;
pub mod fund;
pub mod overview;
pub mod sectors;
pub mod sensitivity;
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
    Compare,
    Uncertainty,
    Sensitivity,
    Data,
}

impl View {
    pub const ALL: [View; 9] = [
        View::Overview,
        View::Sectors,
        View::Countries,
        View::Bank,
        View::Fund,
        View::Compare,
        View::Uncertainty,
        View::Sensitivity,
        View::Data,
    ];

    pub fn title(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Sectors => "Sectors",
            View::Countries => "Countries",
            View::Bank => "Bank",
            View::Fund => "Fund",
            View::Compare => "Compare",
            View::Uncertainty => "Uncertainty",
            View::Sensitivity => "Sensitivity",
            View::Data => "Data",
        }
    }
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

    pub fn title(self) -> &'static str {
        match self {
            Measure::Approvals => "Bank approvals",
            Measure::Disbursements => "Bank disbursements",
            Measure::FundInvestments => "Fund investments",
            Measure::Total => "Total financing (disbursements + fund investments)",
        }
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
pub fn measure_picker(ui: &mut egui::Ui, measure: &mut Measure) {
    ui.horizontal(|ui| {
        ui.label("Show:");
        for m in Measure::ALL {
            let short = match m {
                Measure::Approvals => "Approvals",
                Measure::Disbursements => "Disbursements",
                Measure::FundInvestments => "Fund investments",
                Measure::Total => "Total",
            };
            ui.selectable_value(measure, m, short)
                .on_hover_text(m.title());
        }
    });
}
