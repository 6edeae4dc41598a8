//! The keyboard as on any desktop: Escape and Enter answer the window that asks or tells, a
//! ring shows where the keyboard is, and what is typed while a file dialog is being opened
//! reaches the app's own path entry when that shows instead.

use egui::{Context, Event, Key, Modifiers, Response};

use super::ExplorerApp;

/// Whether Escape was pressed this frame, taking it so that only one window answers it (the
/// first drawn that asks).
pub(super) fn escape(ctx: &Context) -> bool {
    ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
}

/// Whether Enter was pressed this frame for a window's default button: not while one of the
/// window's own buttons has the keyboard (Enter then presses that button, as egui does).
pub(super) fn enter(ctx: &Context, buttons: &[&Response]) -> bool {
    !buttons.iter().any(|b| b.has_focus())
        && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter))
}

/// A ring around the widget that has the keyboard, over whatever it draws itself: egui shows
/// a focused button or section header only by a change of colour, which a reader can miss.
pub(super) fn focus_ring(ctx: &Context) {
    let Some(response) = ctx
        .memory(egui::Memory::focused)
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    let rect = response.interact_rect;
    if !rect.is_positive() {
        return;
    }
    let stroke = ctx.global_style().visuals.selection.stroke;
    let stroke = egui::Stroke::new(stroke.width.max(1.5), stroke.color);
    ctx.layer_painter(response.layer_id).rect_stroke(
        rect.expand(1.0),
        3.0,
        stroke,
        egui::StrokeKind::Outside,
    );
}

impl ExplorerApp {
    /// Keeps what is typed between asking for a file and the app's own path entry showing (the
    /// system dialog may take a moment to say it cannot show): called at the end of a frame, it
    /// gives the entry the text typed before it appeared.
    pub(super) fn keep_typed_ahead(&mut self, ctx: &Context) {
        // An entry made this frame is drawn, with the keyboard, from the next.
        let fresh_entry = self.path_entry.is_some() && self.path_entry_focus;
        if self.pending_dialog.is_none() && !fresh_entry {
            self.typed_ahead.clear();
            return;
        }
        let typed: String = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    Event::Text(text) => Some(text.as_str()),
                    _ => None,
                })
                .collect()
        });
        self.typed_ahead.push_str(&typed);
        if fresh_entry && let Some((_, text)) = &mut self.path_entry {
            text.push_str(&std::mem::take(&mut self.typed_ahead));
        }
    }
}
