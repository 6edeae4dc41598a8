//! Colours that mean the same thing in every view: one per country, one per sector, chosen to
//! stay distinguishable on light and dark backgrounds.

use egui::Color32;

use crate::model::{Country, Sector};

/// One colour per country (a 12-colour qualitative palette, mid-lightness so that it reads on
/// both themes).
pub fn country(c: Country) -> Color32 {
    const COLOURS: [Color32; 12] = [
        Color32::from_rgb(214, 69, 65),   // CHN red
        Color32::from_rgb(242, 142, 43),  // IND saffron
        Color32::from_rgb(78, 121, 167),  // RUS blue
        Color32::from_rgb(89, 161, 79),   // IRN green
        Color32::from_rgb(0, 128, 96),    // PAK deep green
        Color32::from_rgb(64, 180, 210),  // KAZ sky blue
        Color32::from_rgb(176, 122, 161), // UZB mauve
        Color32::from_rgb(156, 117, 95),  // BLR brown
        Color32::from_rgb(237, 201, 72),  // KGZ yellow
        Color32::from_rgb(255, 157, 167), // TJK pink
        Color32::from_rgb(118, 183, 178), // MNG teal
        Color32::from_rgb(160, 160, 160), // AFG grey
    ];
    COLOURS[c.index()]
}

/// A country's colour, faded when another country is focused (on the map), so that the
/// focused one stands out in every chart.
pub fn country_in_focus(c: Country, focus: Option<Country>) -> Color32 {
    match focus {
        Some(f) if f != c => country(c).gamma_multiply(0.25),
        _ => country(c),
    }
}

/// One colour per sector, with a meaning where one is natural (renewables green, energy amber).
pub fn sector(s: Sector) -> Color32 {
    const COLOURS: [Color32; 10] = [
        Color32::from_rgb(230, 126, 34),  // energy amber
        Color32::from_rgb(76, 175, 80),   // renewables green
        Color32::from_rgb(52, 120, 200),  // transport blue
        Color32::from_rgb(120, 144, 156), // machinery steel
        Color32::from_rgb(156, 99, 206),  // electronics violet
        Color32::from_rgb(233, 88, 143),  // chemicals magenta
        Color32::from_rgb(141, 110, 99),  // metals brown
        Color32::from_rgb(0, 172, 193),   // pharma cyan
        Color32::from_rgb(175, 180, 43),  // agriculture olive
        Color32::from_rgb(255, 193, 7),   // industrial parks gold
    ];
    COLOURS[s.index()]
}

/// US$ billion with sensible precision, where the unit is said nearby: `12.3 bn`,
/// `12,3 млрд`, `123亿` (see [`crate::i18n::num`]).
pub fn bn(v: f64) -> String {
    crate::i18n::num::bn(v)
}

/// A fraction as a percentage: `25.3 %`, `25,3 %`, `25.3%`.
pub fn pct(v: f64) -> String {
    crate::i18n::num::pct(v)
}

/// Text of a problem the user must fix.
pub const ERROR: Color32 = Color32::from_rgb(214, 69, 65);

/// Explaining a difference: the two scenarios' values (grey), a part that raises the result
/// (blue) or lowers it (orange, the tornado's pair, told apart without red–green).
pub const TOTAL: Color32 = Color32::from_rgb(140, 140, 140);
pub const RAISES: Color32 = Color32::from_rgb(52, 120, 200);
pub const LOWERS: Color32 = Color32::from_rgb(230, 126, 34);
/// The world's part, our choices' part and their interaction.
pub const WORLD: Color32 = Color32::from_rgb(0, 150, 136);
pub const CHOICES: Color32 = Color32::from_rgb(126, 87, 194);
pub const INTERACTION: Color32 = Color32::from_rgb(176, 176, 176);
/// The change itself, drawn over its parts (light: darkened on a light page).
pub const CHANGE: Color32 = Color32::from_rgb(215, 215, 215);

/// The WCAG 2 relative luminance of a colour.
fn luminance(c: Color32) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// The contrast ratio of a colour against white (1 to 21).
pub fn contrast_on_white(c: Color32) -> f64 {
    1.05 / (luminance(c) + 0.05)
}

/// A line's colour on a light page: the same hue, darkened until it stands 3:1 against white
/// (WCAG's least for lines and other graphics); a colour that already does is kept.
pub fn on_light(c: Color32) -> Color32 {
    let mut out = c;
    let mut k = 1.0_f32;
    while contrast_on_white(out) < 3.0 && k > 0.05 {
        k *= 0.92;
        let scale = |v: u8| (f32::from(v) * k).round() as u8;
        out = Color32::from_rgba_unmultiplied(scale(c.r()), scale(c.g()), scale(c.b()), c.a());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pale_line_is_darkened_to_three_to_one_on_white_and_a_dark_one_is_kept() {
        let pale = Color32::from_rgb(120, 190, 240);
        assert!(contrast_on_white(pale) < 3.0);
        let darker = on_light(pale);
        assert!(contrast_on_white(darker) >= 3.0, "{darker:?}");
        // The same hue: the channels keep their order.
        assert!(darker.b() > darker.g() && darker.g() > darker.r());
        let dark = Color32::from_rgb(52, 120, 200);
        assert_eq!(on_light(dark), dark);
        assert!((contrast_on_white(Color32::BLACK) - 21.0).abs() < 1e-9);
        assert!((contrast_on_white(Color32::WHITE) - 1.0).abs() < 1e-9);
    }
}
