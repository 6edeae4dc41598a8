//! The Summary's native Excel charts, reading the data sheets, in the app's colours.

use super::*;

impl Writer<'_, '_> {
    /// The native charts, two a row below `top`, reading the data sheets.
    pub(super) fn charts(&self, ws: &mut Worksheet, top: Row) -> Result<(), XlsxError> {
        let p = self.p();
        let n = p.years() as Row;
        let bank = (self.sheet)(Sheet::Bank);
        let fund = (self.sheet)(Sheet::Fund);
        let years =
            |sheet: &str| ChartRange::new_from_range(sheet, BANK_TOP + 1, 0, BANK_TOP + n, 0);
        let bank_series = |id: &str| {
            let col = column_of(BANK_COLUMNS, id);
            ChartRange::new_from_range(&bank, BANK_TOP + 1, col, BANK_TOP + n, col)
        };
        let money_axis = unit_words(Unit::UsdBn);
        let year_axis = t!("projects-year");
        let style = |chart: &mut Chart, title: String, y_axis: &str| {
            chart
                .title()
                .set_name(&title)
                .set_font(ChartFont::new().set_size(11).set_bold());
            chart
                .x_axis()
                .set_name(&year_axis)
                .set_label_position(ChartAxisLabelPosition::Low);
            chart.y_axis().set_name(y_axis);
            chart.legend().set_position(ChartLegendPosition::Bottom);
            chart.set_width(CHART_WIDTH).set_height(CHART_HEIGHT);
        };
        let line = |rgb: u32, dashed: bool| {
            let mut l = ChartLine::new();
            l.set_color(Color::RGB(rgb)).set_width(2.0);
            if dashed {
                l.set_dash_type(ChartLineDashType::Dash);
            }
            ChartFormat::new().set_line(&l).clone()
        };
        let fill = |rgb: u32| {
            ChartFormat::new()
                .set_solid_fill(ChartSolidFill::new().set_color(Color::RGB(rgb)))
                .clone()
        };
        let mut charts = Vec::new();

        // Approvals (columns) against demand and the lending limit (lines).
        let mut lending = Chart::new(ChartType::Column);
        lending
            .add_series()
            .set_name(&t!("series-approvals"))
            .set_categories(&years(&bank))
            .set_values(&bank_series("approvals"))
            .set_format(&mut fill(0x34_78_C8))
            .set_gap(60);
        let mut lines = Chart::new(ChartType::Line);
        lines
            .add_series()
            .set_name(&t!("series-demand"))
            .set_categories(&years(&bank))
            .set_values(&bank_series("demand"))
            .set_format(&mut line(0x80_80_80, true));
        if p.bank.iter().any(|y| y.lending_limit.is_some()) {
            lines
                .add_series()
                .set_name(&t!("series-lending-limit"))
                .set_categories(&years(&bank))
                .set_values(&bank_series("lending_limit"))
                .set_format(&mut line(0xE6_96_1E, false));
        }
        lending.combine(&lines);
        style(
            &mut lending,
            t!("wb-chart-lending"),
            &unit_words(Unit::UsdBnPerYear),
        );
        charts.push(lending);

        // The capital ratio against its floor, the scale cut where the window cuts it.
        let mut ratio = Chart::new(ChartType::Line);
        ratio
            .add_series()
            .set_name(&t!("series-capital-ratio"))
            .set_categories(&years(&bank))
            .set_values(&bank_series("capital_ratio"))
            .set_format(&mut line(0x4C_AF_50, false));
        ratio
            .add_series()
            .set_name(&t!("series-floor"))
            .set_categories(&years(&bank))
            .set_values(&bank_series(FLOOR_ID))
            .set_format(&mut line(0xD6_45_41, true));
        style(&mut ratio, t!("wb-chart-ratio"), "%");
        ratio.y_axis().set_num_format("0%").set_min(0.0);
        // A young bank's ratio can be thousands of percent: the scale stops where the window's
        // does (the sheet keeps every value).
        let cap = crate::chart::RATIO_CAP_PCT / 100.0;
        if p.bank
            .iter()
            .filter_map(|y| y.capital_ratio)
            .any(|r| r > cap)
        {
            ratio.y_axis().set_max(cap);
        }
        charts.push(ratio);

        // Financing by sector and by country, stacked, from their sheets' last block.
        for (sheet, colours, title) in [
            (
                Sheet::BySector,
                Sector::ALL
                    .iter()
                    .map(|k| rgb(palette::sector(*k)))
                    .collect::<Vec<_>>(),
                t!("wb-chart-sectors"),
            ),
            (
                Sheet::ByCountry,
                Country::ALL
                    .iter()
                    .map(|c| rgb(palette::country(*c)))
                    .collect(),
                t!("wb-chart-countries"),
            ),
        ] {
            let name = (self.sheet)(sheet);
            let top = block_top(p, BLOCKS - 1);
            let mut chart = Chart::new(ChartType::ColumnStacked);
            for (i, colour) in colours.into_iter().enumerate() {
                let col = 1 + i as u16;
                chart
                    .add_series()
                    .set_name((name.as_str(), top, col))
                    .set_categories((name.as_str(), top + 1, 0, top + n, 0))
                    .set_values((name.as_str(), top + 1, col, top + n, col))
                    .set_format(&mut fill(colour))
                    .set_gap(40);
            }
            style(&mut chart, title, &money_axis);
            chart.y_axis().set_name(&unit_words(Unit::UsdBnPerYear));
            charts.push(chart);
        }

        // The fund's J-curve: net cash flow (columns) and its running total (a line).
        let fund_series = |id: &str| {
            let col = column_of(FUND_COLUMNS, id);
            ChartRange::new_from_range(&fund, BANK_TOP + 1, col, BANK_TOP + n, col)
        };
        let mut j = Chart::new(ChartType::Column);
        j.add_series()
            .set_name(&t!("series-net-cash-flow"))
            .set_categories(&years(&fund))
            .set_values(&fund_series("net_cash_flow"))
            .set_format(&mut fill(0x00_AC_C1))
            .set_gap(60);
        let mut cumulative = Chart::new(ChartType::Line);
        cumulative
            .add_series()
            .set_name(&t!("series-cumulative-net"))
            .set_categories(&years(&fund))
            .set_values(&fund_series("cumulative_net"))
            .set_format(&mut line(0x9C_63_CE, false));
        j.combine(&cumulative);
        style(&mut j, t!("wb-chart-jcurve"), &money_axis);
        charts.push(j);

        // Two a row, side by side whatever the columns' widths; a page for each two rows.
        for (i, chart) in charts.iter().enumerate() {
            let row = top + 1 + (i / 2) as Row * CHART_ROWS;
            let x = if i % 2 == 0 { 0 } else { CHART_WIDTH + 16 };
            ws.insert_chart_with_offset(row, 0, chart, x, 0)?;
        }
        ws.set_page_breaks(&[top - 1, top + 1 + 2 * CHART_ROWS])?;
        Ok(())
    }
}

/// A chart's size in pixels, and the rows it spans (of 20 pixels) with a gap below.
pub(super) const CHART_WIDTH: u32 = 560;
pub(super) const CHART_HEIGHT: u32 = 360;
pub(super) const CHART_ROWS: Row = 20;

/// The sheet column of a CSV catalogue's column `id`: the year is column 0, the catalogue
/// follows, and the Bank sheet's capital floor comes after it (read from the catalogue, not
/// from the columns as written, which carry every value).
fn column_of<Y>(catalogue: &[export::Column<Y>], id: &str) -> u16 {
    let at = match catalogue.iter().position(|c| c.id == id) {
        Some(i) => i,
        None if id == FLOOR_ID => catalogue.len(),
        None => return 0,
    };
    1 + at as u16
}

pub(super) fn rgb(c: egui::Color32) -> u32 {
    (u32::from(c.r()) << 16) | (u32::from(c.g()) << 8) | u32::from(c.b())
}
