//! Tables wider than their room (the Compare, Uncertainty, Sensitivity, Discovery and Data
//! tables): the first column, which says what a row is, stays in view while the other columns
//! scroll sideways, and a long name in it wraps onto a second line instead of pushing the
//! numbers out of view.
//!
//! The first column and the rest are two grids side by side; each row of the second is given
//! the height its name took in the first, so that the rows and their stripes line up.

use egui::{Label, RichText, Sense, Ui, vec2};

/// One cell: its text, and what hovering it shows (the whole text of a cut value, a field's
/// path, why a result is missing).
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub hover: Option<String>,
}

impl Cell {
    #[must_use]
    pub fn hover(mut self, text: impl Into<String>) -> Self {
        self.hover = Some(text.into());
        self
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Cell { text, hover: None }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        Cell::from(text.to_owned())
    }
}

/// A table with headings and rows of cells, the first of each row its name.
#[derive(Clone, Debug)]
pub struct Table {
    id: &'static str,
    headings: Vec<Cell>,
    rows: Vec<Vec<Cell>>,
    /// Values right-aligned, as numbers are in a column (left-aligned otherwise).
    numbers: bool,
    /// The least width of a value column.
    min_column: f32,
}

impl Table {
    pub fn new(id: &'static str, headings: impl IntoIterator<Item = impl Into<Cell>>) -> Self {
        Table {
            id,
            headings: headings.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            numbers: false,
            min_column: 0.0,
        }
    }

    /// Values right-aligned in columns at least `min_column` wide.
    #[must_use]
    pub fn numbers(mut self, min_column: f32) -> Self {
        self.numbers = true;
        self.min_column = min_column;
        self
    }

    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(cells);
    }

    /// Draws the table in the width `ui` has; the first column takes at most a third of it
    /// (its names wrap), so that the values beside it fit where they can.
    pub fn show(&self, ui: &mut Ui) {
        self.show_within(ui, None);
    }

    /// [`Table::show`] in a box `height` high that scrolls both ways, for a table taller than
    /// the view (the Data view's years): the values scroll down and sideways with both scroll
    /// bars in sight, and the names follow them down. Inside a view that scrolls down itself,
    /// a tall table's sideways scroll bar would be at its foot, out of sight.
    pub fn show_scrolling(&self, ui: &mut Ui, height: f32) {
        self.show_within(ui, Some(height));
    }

    fn show_within(&self, ui: &mut Ui, height: Option<f32>) {
        let first_width = (ui.available_width() * 0.34).clamp(110.0, 280.0);
        let gap = vec2(12.0, 4.0);
        // Where the values were scrolled down to last frame: the names follow.
        let offset_id = ui.scope_id().with((self.id, "offset"));
        let offset: f32 = ui.data(|d| d.get_temp(offset_id)).unwrap_or(0.0);
        ui.horizontal_top(|ui| {
            let mut heights = Vec::with_capacity(self.rows.len() + 1);
            let mut names = |ui: &mut Ui| {
                egui::Grid::new((self.id, "names"))
                    .striped(true)
                    .spacing(gap)
                    .show(ui, |ui| {
                        heights.push(name_ui(ui, self.headings.first(), true, first_width));
                        ui.end_row();
                        for row in &self.rows {
                            heights.push(name_ui(ui, row.first(), false, first_width));
                            ui.end_row();
                        }
                    });
            };
            let values = match height {
                None => {
                    names(ui);
                    egui::ScrollArea::horizontal()
                }
                Some(height) => {
                    egui::ScrollArea::vertical()
                        .id_salt((self.id, "names-scroll"))
                        .max_height(height)
                        .vertical_scroll_offset(offset)
                        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
                        .scroll_source(egui::scroll_area::ScrollSource::NONE)
                        .show(ui, names);
                    egui::ScrollArea::both().max_height(height)
                }
            };
            let shown = values.id_salt((self.id, "values")).show(ui, |ui| {
                egui::Grid::new((self.id, "values"))
                    .striped(true)
                    .spacing(gap)
                    .min_col_width(0.0)
                    .show(ui, |ui| {
                        let mut height = heights.iter().copied();
                        row_height_ui(ui, height.next().unwrap_or(0.0));
                        for heading in self.headings.iter().skip(1) {
                            self.value_ui(ui, heading, true);
                        }
                        ui.end_row();
                        for row in &self.rows {
                            row_height_ui(ui, height.next().unwrap_or(0.0));
                            for cell in row.iter().skip(1) {
                                self.value_ui(ui, cell, false);
                            }
                            ui.end_row();
                        }
                    });
                // Room between the last row and the sideways scroll bar.
                ui.add_space(ui.spacing().scroll.bar_width + 2.0);
            });
            if height.is_some() && (shown.state.clamped_offset().y - offset).abs() > 0.5 {
                ui.data_mut(|d| d.insert_temp(offset_id, shown.state.clamped_offset().y));
                ui.ctx().request_repaint();
            }
        });
    }

    fn value_ui(&self, ui: &mut Ui, cell: &Cell, heading: bool) {
        let text = if heading {
            RichText::new(&cell.text).strong()
        } else {
            RichText::new(&cell.text)
        };
        // Numbers line up on the right of their column (as wide as its widest cell, which the
        // grid gives as the room); headings and words on the left. A number is painted rather
        // than laid out as a label in a right-to-left child: a Data table has hundreds.
        let response = if self.numbers && !heading {
            let galley = egui::WidgetText::from(text).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            );
            let size = galley.size();
            let width = ui.available_width().max(size.x).max(self.min_column);
            let (rect, response) = ui.allocate_exact_size(vec2(width, size.y), Sense::hover());
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, galley.text()));
            if ui.is_rect_visible(rect) {
                let at = egui::pos2(rect.right() - size.x, rect.top());
                ui.painter().galley(at, galley, ui.visuals().text_color());
            }
            response
        } else {
            ui.add(Label::new(text).extend())
        };
        if let Some(hover) = &cell.hover {
            response.on_hover_text(hover);
        }
    }
}

/// A row's name (or the first heading, `strong`) in the first column, wrapped within
/// `width`; returns the height it took, which its row of values is given.
fn name_ui(ui: &mut Ui, cell: Option<&Cell>, strong: bool, width: f32) -> f32 {
    let text = RichText::new(cell.map_or("", |c| c.text.as_str()));
    let text = if strong { text.strong() } else { text };
    let response = ui
        .scope(|ui| {
            ui.set_max_width(width);
            ui.add(Label::new(text).wrap())
        })
        .inner;
    let height = response.rect.height();
    if let Some(hover) = cell.and_then(|c| c.hover.as_ref()) {
        response.on_hover_text(hover);
    }
    height
}

/// An empty cell as tall as the row's name, so that the row matches its name's.
fn row_height_ui(ui: &mut Ui, height: f32) {
    ui.allocate_exact_size(vec2(0.0, height), Sense::hover());
}
