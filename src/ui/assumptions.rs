//! The assumptions panel: every assumption of the model, grouped and collapsible, each with a
//! labelled slider and exact entry, a tick at its baseline value with a one-click reset, a
//! tooltip that explains it and names its source, and a mark when it differs from the baseline.
//! Everything is generated from the assumption catalogue (`model::assumptions`).

use crate::presets::Field;
use crate::t;
use crate::ui::Command;
use egui::{Color32, ComboBox, RichText, Slider, Ui};

use crate::chart::palette;
use crate::model::assumptions::{
    Basis, COUNTRY_SCALARS, Class, CountrySpec, Group, SCALARS, ScalarSpec, TILT_BASIS, TILT_RANGE,
    Unit, tilt_path,
};
use crate::model::reference::Rating;
use crate::model::scenario::{
    Amortisation, CountryAssumptions, FundContributions, Instrument, Project, Scenario, ShareRule,
    sector_array, sector_map,
};
use crate::model::{Country, Problem, Sector};

/// Colour of a value that differs from the baseline.
pub const CHANGED: Color32 = Color32::from_rgb(230, 150, 30);

/// [`CHANGED`] on the light theme: a darker amber, 5.7:1 against the light panel (WCAG AA for
/// text; the bright amber was 2:1 there).
pub const CHANGED_ON_LIGHT: Color32 = Color32::from_rgb(150, 80, 0);

/// The colour of what differs from the baseline, readable on the theme `ui` is drawn in.
pub fn changed_colour(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        CHANGED
    } else {
        CHANGED_ON_LIGHT
    }
}

/// What the panel keeps between frames.
#[derive(Debug, Default)]
pub struct PanelState {
    pub filter: String,
    /// Open (`true`) or close every group on the next frame.
    expand: Option<bool>,
}

/// "Source: …" or "Illustrative: …", from the basis and its words.
fn basis_text(basis: Basis, words: &str) -> String {
    match basis {
        Basis::Sourced => t!("basis-source", text = words),
        Basis::Illustrative => t!("basis-illustrative", text = words),
    }
}

/// An assumption's tooltip: what it is, where its default comes from, the baseline's value,
/// and whether "Explain the difference" counts it as the world's or a choice (paragraphs, each
/// a whole sentence in the translation files).
fn tooltip(help: &str, basis: &str, baseline: &str, class: Class) -> String {
    [
        help.to_owned(),
        format!("{basis}\n{}", t!("baseline-value", value = baseline)),
        class.tooltip_line(),
    ]
    .join("\n\n")
}

/// A tooltip with the class of the assumption at `path` after it.
fn with_class(text: &str, path: &str) -> String {
    [text.to_owned(), Class::of_path(path).tooltip_line()].join("\n\n")
}

/// A row's label in a column of `width`, right-aligned against its control and wrapped onto a
/// second line rather than cut: Russian labels run a third longer than English ones.
fn wrapped_label(ui: &mut Ui, width: f32, label: egui::Label) -> egui::Response {
    ui.allocate_ui_with_layout(
        egui::vec2(width, 18.0),
        egui::Layout::top_down(egui::Align::Max),
        |ui| {
            ui.set_width(width);
            ui.add(label.wrap())
        },
    )
    .inner
}

/// One numeric control: label with unit, slider with a baseline tick, exact entry, reset.
/// Returns whether the value changed.
#[allow(clippy::too_many_arguments)]
fn number_row(
    ui: &mut Ui,
    id: &str,
    label: &str,
    unit: Unit,
    (min, max): (f64, f64),
    integer: bool,
    tooltip: &str,
    value: &mut f64,
    baseline: f64,
    problem: Option<&Problem>,
) -> bool {
    let scale = unit.display_scale();
    let changed_from_baseline = (*value - baseline).abs() > 1e-12;
    let mut shown = *value * scale;
    let mut changed = false;
    ui.horizontal(|ui| {
        let suffix = unit.suffix();
        let text = if suffix.is_empty() {
            label.to_owned()
        } else {
            t!("label-with-unit", label = label, unit = suffix)
        };
        let mut rich = RichText::new(text);
        if changed_from_baseline {
            rich = rich.color(changed_colour(ui)).strong();
        }
        // The row fits the panel: the label and the slider give way as it narrows (the label
        // is then cut, and shown whole on hover), down to what stays usable.
        let spacing = ui.spacing().item_spacing.x;
        let fixed = 64.0 + reset_width(ui) + 3.0 * spacing;
        let free = (ui.available_width() - fixed).max(0.0);
        let slider_width = (free * 0.3).clamp(48.0, 160.0);
        let label_width = (free - slider_width - spacing).clamp(96.0, 190.0);
        ui.spacing_mut().slider_width = slider_width;
        let full_label = rich.text().to_owned();
        let label_response = wrapped_label(ui, label_width, egui::Label::new(rich));
        label_response
            .clone()
            .on_hover_text([full_label, tooltip.to_owned()].join("\n\n"));

        let range = (min * scale)..=(max * scale);
        let before = shown;
        let mut slider = Slider::new(&mut shown, range.clone()).show_value(false);
        if integer {
            slider = slider.integer();
        }
        let slider_response = ui
            .push_id(("slider", id), |ui| ui.add(slider))
            .inner
            .labelled_by(label_response.id)
            .on_hover_text(tooltip);
        // The arrow keys move the value by its step, the same at every press (egui moves a
        // slider without a step by one point of its rail, which may round back to where it was).
        if slider_response.has_focus() {
            let presses = ui.input(|i| {
                i.num_presses(egui::Key::ArrowRight) as f64
                    - i.num_presses(egui::Key::ArrowLeft) as f64
            });
            if presses != 0.0 {
                let step = slider_step((max - min) * scale, integer);
                let moved = before + presses * step;
                // Rounded to the step's decimals, so that steps never add up to 0.30000000000000004.
                let moved = (moved / step * 1e6).round() / 1e6 * step;
                shown = moved.clamp(min * scale, max * scale);
                changed = true;
            }
        }
        // The baseline tick under the slider's rail.
        let rect = slider_response.rect;
        let inset = rect.height() / 2.0;
        let span = (max - min) * scale;
        if span > 0.0 {
            let t = ((baseline * scale - min * scale) / span).clamp(0.0, 1.0) as f32;
            let x = rect.left() + inset + t * (rect.width() - 2.0 * inset);
            let stroke = egui::Stroke::new(2.0, ui.visuals().weak_text_color());
            ui.painter().line_segment(
                [
                    egui::pos2(x, rect.bottom() - 3.0),
                    egui::pos2(x, rect.bottom() + 2.0),
                ],
                stroke,
            );
        }
        // A slider clicked or dragged takes the keyboard, so that the arrow keys move it next
        // (egui gives it only by Tab).
        if slider_response.clicked() || slider_response.drag_started() {
            slider_response.request_focus();
        }
        changed |= slider_response.changed();

        // Money in US$ bn to the cent of a billion ("50.00", never "50.000", which an English
        // reader may take for fifty thousand); fractions shown as they are to three places.
        let decimals = if integer {
            0
        } else if scale > 1.0 || matches!(unit, Unit::UsdBn | Unit::UsdBnPerYear) {
            2
        } else {
            3
        };
        let drag = crate::ui::exact_entry(ui, &mut shown)
            .range(range)
            .speed(if integer { 0.1 } else { span / 400.0 })
            .max_decimals(decimals.max(if integer { 0 } else { 4 }))
            .min_decimals(decimals);
        let entry = ui
            .push_id(("entry", id), |ui| ui.add_sized([64.0, 18.0], drag))
            .inner
            .labelled_by(label_response.id)
            .on_hover_text(tooltip);
        changed |= entry.changed();

        let reset = ui
            .add_enabled(
                changed_from_baseline,
                egui::Button::new(t!("reset")).small(),
            )
            .on_hover_text(t!("reset-to-value", value = unit.format(baseline)))
            .on_disabled_hover_text(t!("reset-at-baseline"));
        reset.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::accesskit::Role::Button,
                changed_from_baseline,
                t!("reset-what", label = label),
            )
        });
        if reset.clicked() {
            shown = baseline * scale;
            changed = true;
        }
    });
    if changed {
        *value = if integer {
            (shown / scale).round()
        } else {
            shown / scale
        };
    }
    if let Some(problem) = problem {
        ui.label(
            RichText::new(t!("problem-line", problem = problem_text(problem)))
                .color(ui.visuals().error_fg_color)
                .small(),
        );
    }
    changed
}

/// How far an arrow key moves a slider whose rail spans `span` (in the units shown): about a
/// hundredth of it, rounded to 1, 2 or 5 times a power of ten; at least 1 for whole numbers.
pub fn slider_step(span: f64, integer: bool) -> f64 {
    let rough = (span / 100.0).max(f64::MIN_POSITIVE);
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= rough * 0.999)
        .unwrap_or(10.0 * power);
    if integer { step.max(1.0).round() } else { step }
}

/// The width of a row's reset button in the reader's language ("Сброс" is wider than "Reset").
fn reset_width(ui: &Ui) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text = ui
        .painter()
        .layout_no_wrap(t!("reset"), font, Color32::WHITE)
        .size()
        .x;
    text + 2.0 * ui.spacing().button_padding.x
}

fn problem_text(p: &Problem) -> String {
    match &p.allowed {
        Some(allowed) => t!(
            "problem-with-allowed",
            message = p.message.as_str(),
            allowed = allowed.as_str()
        ),
        None => p.message.clone(),
    }
}

fn scalar_row(
    ui: &mut Ui,
    spec: &ScalarSpec,
    s: &mut Scenario,
    baseline: &Scenario,
    problems: &[Problem],
) {
    let mut value = (spec.get)(s);
    let tooltip = tooltip(
        &spec.help(),
        &basis_text(spec.basis, &spec.basis_text()),
        &spec.unit.format((spec.get)(baseline)),
        Class::of_path(spec.path),
    );
    let problem = problems.iter().find(|p| p.field == spec.path);
    if spec.unit == Unit::Rating {
        // A rating is picked from its buckets, never dragged through numbers.
        let mut rating = Rating::from_index(value);
        let options: Vec<(Rating, String)> = rating_options(spec.min, spec.max);
        enum_row(
            ui,
            spec.path,
            &spec.label(),
            &mut rating,
            Rating::from_index((spec.get)(baseline)),
            &options,
            &tooltip,
        );
        if rating.index() as f64 != value {
            (spec.set)(s, rating.index() as f64);
        }
        return;
    }
    if number_row(
        ui,
        spec.path,
        &spec.label(),
        spec.unit,
        (spec.min, spec.max),
        spec.integer,
        &tooltip,
        &mut value,
        (spec.get)(baseline),
        problem,
    ) {
        (spec.set)(s, value);
    }
}

/// The ratings from `min` to `max` (their places in [`Rating::ALL`]), with their names.
fn rating_options(min: f64, max: f64) -> Vec<(Rating, String)> {
    Rating::ALL
        .into_iter()
        .filter(|r| (min..=max).contains(&(r.index() as f64)))
        .map(|r| (r, r.label()))
        .collect()
}

fn matches(filter: &str, texts: &[&str]) -> bool {
    filter.is_empty()
        || texts
            .iter()
            .any(|t| t.to_lowercase().contains(&filter.to_lowercase()))
}

/// Draws the whole panel; an edit comes back as [`Command::Edit`] of the whole scenario.
///
/// The controls edit a draft: cloning and comparing a scenario costs about a microsecond, and
/// it keeps every change on the window's one command path.
#[must_use]
pub fn assumptions_ui(
    ui: &mut Ui,
    state: &mut PanelState,
    scenario: &Scenario,
    baseline: &Scenario,
    problems: &[Problem],
) -> Option<Command> {
    let mut draft = scenario.clone();
    let s = &mut draft;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("panel-find"));
        ui.add(
            egui::TextEdit::singleline(&mut state.filter)
                .hint_text(t!("panel-find-hint"))
                .desired_width((ui.available_width() * 0.45).clamp(90.0, 200.0)),
        )
        .labelled_by(label.id);
        if !state.filter.is_empty()
            && ui
                .small_button(t!("panel-clear"))
                .on_hover_text(t!("panel-clear-hint"))
                .clicked()
        {
            state.filter.clear();
        }
        if ui
            .small_button(t!("panel-expand-all"))
            .on_hover_text(t!("panel-expand-all-hint"))
            .clicked()
        {
            state.expand = Some(true);
        }
        if ui
            .small_button(t!("panel-collapse-all"))
            .on_hover_text(t!("panel-collapse-all-hint"))
            .clicked()
        {
            state.expand = Some(false);
        }
    });
    let filter = state.filter.trim().to_owned();
    let expand = state.expand.take();
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut any = false;
            for group in Group::ALL {
                any |= group_ui(ui, group, &filter, expand, s, baseline, problems);
            }
            if !any {
                ui.label(crate::text::escaped(&t!(
                    "panel-no-match",
                    filter = filter.as_str()
                )));
            }
        });
    (draft != *scenario).then(|| Command::Edit(Box::new(draft)))
}

fn group_ui(
    ui: &mut Ui,
    group: Group,
    filter: &str,
    expand: Option<bool>,
    s: &mut Scenario,
    baseline: &Scenario,
    problems: &[Problem],
) -> bool {
    // A group found by its title shows all it holds.
    let title = group.title();
    let whole_group = !filter.is_empty() && matches(filter, &[&title]);
    let specs: Vec<&ScalarSpec> = SCALARS
        .iter()
        .filter(|spec| {
            spec.group == group
                && (whole_group || matches(filter, &[&spec.label(), spec.path, &spec.help()]))
        })
        .collect();
    // The group's own controls, found by their words in the reader's language (and by the
    // file's names, which are the same in every language).
    let tr = crate::i18n::tr;
    let words = || -> Vec<String> {
        match group {
            Group::Countries => {
                let mut w: Vec<String> = ["countries", "weight", "borrow", "member", "arrears"]
                    .map(String::from)
                    .into();
                w.extend(
                    [
                        "countries-member",
                        "countries-borrows",
                        "countries-bank-share",
                    ]
                    .map(tr),
                );
                w.extend(COUNTRY_SCALARS.iter().map(CountrySpec::label));
                w.extend(Country::ALL.map(Country::name));
                w
            }
            Group::Sectors => {
                let mut w = vec!["sector_tilt".to_owned(), tr("tilts-note")];
                w.extend(Sector::ALL.map(Sector::name));
                w
            }
            Group::Projects => vec!["projects".to_owned(), tr("projects-note")],
            Group::Capital => vec!["share_rule".to_owned(), tr("diff-share-rule")],
            Group::Terms => vec![
                "amortisation".to_owned(),
                tr("diff-amortisation"),
                tr("amortisation-annuity"),
                tr("amortisation-equal-principal"),
            ],
            Group::Policy => vec!["enforce_limit".to_owned(), tr("enforce-limit")],
            Group::Pricing => vec!["spread_follows_assessment".to_owned(), tr("spread-follows")],
            Group::Fund => vec![
                "mandate".to_owned(),
                "call_rates".to_owned(),
                tr("diff-fund-contributions"),
                tr("mandate-heading"),
                tr("call-rates-heading"),
            ],
            _ => Vec::new(),
        }
    };
    // Only worked out while a filter is typed: the frame stays cheap.
    let special = filter.is_empty() || whole_group || {
        let words = words();
        matches(
            filter,
            &words.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    };
    if specs.is_empty() && !special {
        return false;
    }
    let changed = group_changed(group, s, baseline);
    let mut title = RichText::new(title).strong();
    if changed {
        title = title.color(changed_colour(ui));
    }
    let open = if filter.is_empty() {
        expand
    } else {
        Some(true)
    };
    egui::CollapsingHeader::new(title)
        .id_salt(group)
        .default_open(matches!(group, Group::Capital | Group::Demand))
        .open(open)
        .show(ui, |ui| {
            match group {
                Group::Capital => share_rule_ui(ui, s, baseline),
                Group::Terms => {
                    enum_row(
                        ui,
                        "amortisation",
                        &t!("diff-amortisation"),
                        &mut s.terms.amortisation,
                        baseline.terms.amortisation,
                        &[
                            (
                                Amortisation::EqualPrincipal,
                                t!("amortisation-equal-principal"),
                            ),
                            (Amortisation::Annuity, t!("amortisation-annuity")),
                        ],
                        &with_class(&t!("amortisation-help"), "terms.amortisation"),
                    );
                }
                Group::Policy => {
                    let label = t!("enforce-limit");
                    let colour = if s.policy.enforce_limit == baseline.policy.enforce_limit {
                        ui.visuals().text_color()
                    } else {
                        changed_colour(ui)
                    };
                    ui.checkbox(
                        &mut s.policy.enforce_limit,
                        RichText::new(label).color(colour),
                    )
                    .on_hover_text(with_class(
                        &t!("enforce-limit-help"),
                        "policy.enforce_limit",
                    ));
                }
                Group::Pricing => {
                    let colour = if s.pricing.spread_follows_assessment
                        == baseline.pricing.spread_follows_assessment
                    {
                        ui.visuals().text_color()
                    } else {
                        changed_colour(ui)
                    };
                    ui.checkbox(
                        &mut s.pricing.spread_follows_assessment,
                        RichText::new(t!("spread-follows")).color(colour),
                    )
                    .on_hover_text(with_class(
                        &t!("spread-follows-help"),
                        "pricing.spread_follows_assessment",
                    ));
                }
                Group::Fund => {
                    enum_row(
                        ui,
                        "fund-contributions",
                        &t!("diff-fund-contributions"),
                        &mut s.fund.contributions,
                        baseline.fund.contributions,
                        &[
                            (FundContributions::SameAsBank, t!("contributions-same")),
                            (FundContributions::Custom, t!("contributions-custom")),
                        ],
                        &with_class(&t!("contributions-help"), "fund.contributions"),
                    );
                }
                _ => {}
            }
            for spec in &specs {
                scalar_row(ui, spec, s, baseline, problems);
            }
            match group {
                Group::Countries => countries_ui(ui, s, baseline, problems),
                Group::Sectors => sectors_ui(ui, s, baseline),
                Group::Fund => fund_lists_ui(ui, s, baseline, problems),
                Group::Projects => projects_ui(ui, s, problems),
                _ => {}
            }
            for p in problems.iter().filter(|p| {
                Group::of_path(&p.field) == Some(group) && !specs.iter().any(|s| s.path == p.field)
            }) {
                ui.label(
                    RichText::new(t!(
                        "problem-at-field",
                        field = p.field.as_str(),
                        problem = problem_text(p)
                    ))
                    .color(ui.visuals().error_fg_color)
                    .small(),
                );
            }
        });
    true
}

fn group_changed(group: Group, s: &Scenario, b: &Scenario) -> bool {
    let scalars = SCALARS
        .iter()
        .filter(|spec| spec.group == group)
        .any(|spec| ((spec.get)(s) - (spec.get)(b)).abs() > 1e-12);
    scalars
        || match group {
            Group::Capital => s.capital.share_rule != b.capital.share_rule,
            Group::Countries => s.countries != b.countries,
            Group::Sectors => s.sector_tilt != b.sector_tilt,
            Group::Terms => s.terms.amortisation != b.terms.amortisation,
            Group::Policy => s.policy.enforce_limit != b.policy.enforce_limit,
            Group::Pricing => {
                s.pricing.spread_follows_assessment != b.pricing.spread_follows_assessment
            }
            Group::Fund => s.fund != b.fund,
            Group::Projects => s.projects != b.projects,
            _ => false,
        }
}

#[allow(clippy::too_many_arguments)]
fn enum_row<T: PartialEq + Copy>(
    ui: &mut Ui,
    id: &str,
    label: &str,
    value: &mut T,
    baseline: T,
    options: &[(T, String)],
    tooltip: &str,
) {
    ui.horizontal(|ui| {
        let colour = if *value == baseline {
            ui.visuals().text_color()
        } else {
            changed_colour(ui)
        };
        // As in a number row: the label gives way first when the panel is narrow.
        let label_width = ((ui.available_width() - 170.0) * 0.55).clamp(96.0, 190.0);
        let label_response = wrapped_label(
            ui,
            label_width,
            egui::Label::new(RichText::new(label).color(colour)),
        )
        .on_hover_text([label, tooltip].join("\n\n"));
        // The box takes what the reset button leaves, and cuts its text to fit: egui's width
        // is only the box's least width, and the box otherwise grows with its text (and the
        // panel with it, frame after frame).
        let spacing = ui.spacing().item_spacing.x;
        let combo_width =
            (ui.available_width() - reset_width(ui) - 2.0 * spacing).clamp(110.0, 228.0);
        let current = options
            .iter()
            .find(|(v, _)| v == value)
            .map_or("?", |(_, name)| name.as_str());
        ui.scope(|ui| {
            ui.set_max_width(combo_width);
            ComboBox::from_id_salt(id)
                .selected_text(current)
                .width(combo_width)
                .truncate()
                .show_ui(ui, |ui| {
                    for (option, name) in options {
                        ui.selectable_value(value, *option, name.as_str());
                    }
                })
                .response
                .labelled_by(label_response.id);
        });
        if ui
            .add_enabled(*value != baseline, egui::Button::new(t!("reset")).small())
            .on_hover_text(t!("reset-hint"))
            .clicked()
        {
            *value = baseline;
        }
    });
}

fn share_rule_ui(ui: &mut Ui, s: &mut Scenario, b: &Scenario) {
    enum_row(
        ui,
        "share-rule",
        &t!("diff-share-rule"),
        &mut s.capital.share_rule,
        b.capital.share_rule,
        &[
            (ShareRule::Equal, t!("share-rule-equal")),
            (ShareRule::Gdp, t!("share-rule-gdp")),
            (ShareRule::Hybrid, t!("share-rule-hybrid")),
            (ShareRule::Custom, t!("share-rule-custom")),
        ],
        &with_class(&t!("share-rule-help"), "capital.share_rule"),
    );
}

fn countries_ui(ui: &mut Ui, s: &mut Scenario, b: &Scenario, problems: &[Problem]) {
    let custom_bank = s.capital.share_rule == ShareRule::Custom;
    let custom_fund = s.fund.contributions == FundContributions::Custom;
    egui::ScrollArea::horizontal()
        .id_salt("countries-table")
        .show(ui, |ui| {
            egui::Grid::new("countries")
                .striped(true)
                .spacing([6.0, 3.0])
                .show(ui, |ui| {
                    for header in ["countries-country", "countries-member", "countries-borrows"] {
                        ui.label(RichText::new(crate::i18n::tr(header)).small().strong());
                    }
                    for spec in COUNTRY_SCALARS {
                        ui.label(RichText::new(short_header(spec.key)).small().strong())
                            .on_hover_text(spec.label());
                    }
                    if custom_bank {
                        ui.label(RichText::new(t!("countries-bank-share")).small().strong());
                    }
                    if custom_fund {
                        ui.label(RichText::new(t!("countries-fund-share")).small().strong());
                    }
                    ui.end_row();
                    for c in Country::ALL {
                        let base = b.country(c).clone();
                        let entry = s
                            .countries
                            .entry(c)
                            .or_insert_with(|| CountryAssumptions::baseline(c));
                        let name = ui
                            .label(
                                RichText::new(format!("{} {}", c.code(), c.name()))
                                    .color(palette::country(c)),
                            )
                            .on_hover_text(t!(
                                "countries-info",
                                gdp = crate::i18n::num::money(c.info().gdp_bn),
                                rating = c.rating_note()
                            ));
                        ui.checkbox(&mut entry.member, "")
                            .labelled_by(name.id)
                            .on_hover_text(with_class(
                                &t!("countries-member-hint"),
                                "countries.CHN.member",
                            ));
                        ui.checkbox(&mut entry.borrows, "")
                            .labelled_by(name.id)
                            .on_hover_text(with_class(
                                &t!("countries-borrows-hint"),
                                "countries.CHN.borrows",
                            ));
                        for spec in COUNTRY_SCALARS {
                            country_cell(ui, spec, entry, &base, name.id);
                        }
                        if custom_bank {
                            optional_share(ui, &mut entry.bank_share, name.id);
                        }
                        if custom_fund {
                            optional_share(ui, &mut entry.fund_share, name.id);
                        }
                        ui.end_row();
                    }
                });
        });
    ui.label(RichText::new(t!("countries-mix-heading")).small().strong());
    for c in Country::ALL {
        let base = sector_array(&b.country(c).sector_mix);
        let Some(entry) = s.countries.get_mut(&c) else {
            continue;
        };
        let mut mix = sector_array(&entry.sector_mix);
        let changed = mix != base;
        let mut title = RichText::new(t!("countries-mix", country = c.name()));
        if changed {
            title = title.color(changed_colour(ui));
        }
        egui::CollapsingHeader::new(title)
            .id_salt(("mix", c.code()))
            .show(ui, |ui| {
                let mut edited = false;
                for k in Sector::ALL {
                    let tooltip = [
                        t!(
                            "countries-mix-cell-help",
                            country = c.name(),
                            sector = k.name()
                        ),
                        t!("basis-illustrative", text = t!("sector-mix-source")),
                    ]
                    .join("\n\n");
                    edited |= number_row(
                        ui,
                        &format!("mix-{}-{}", c.code(), k.id()),
                        &t!("countries-mix-cell", code = c.code(), sector = k.name()),
                        Unit::Fraction,
                        (0.0, 1.0),
                        false,
                        &tooltip,
                        &mut mix[k.index()],
                        base[k.index()],
                        None,
                    );
                }
                if edited {
                    entry.sector_mix = sector_map(mix);
                }
            });
    }
    for p in problems.iter().filter(|p| p.field.starts_with("countries")) {
        ui.label(
            RichText::new(t!(
                "problem-at-field",
                field = p.field.as_str(),
                problem = problem_text(p)
            ))
            .color(ui.visuals().error_fg_color)
            .small(),
        );
    }
}

/// Column headers narrow enough for the panel; the full label is the tooltip.
fn short_header(key: &str) -> String {
    match key {
        "weight" => t!("countries-weight-short"),
        "disbursement_delay" => t!("countries-delay-short"),
        "sovereign_pd" => t!("countries-pd-short"),
        "arrears" => t!("countries-arrears-short"),
        "rating" => t!("countries-rating-short"),
        _ => String::new(),
    }
}

fn country_cell(
    ui: &mut Ui,
    spec: &CountrySpec,
    entry: &mut CountryAssumptions,
    base: &CountryAssumptions,
    label: egui::Id,
) {
    let scale = spec.unit.display_scale();
    let mut shown = (spec.get)(entry) * scale;
    let differs = ((spec.get)(entry) - (spec.get)(base)).abs() > 1e-12;
    if spec.unit == Unit::Rating {
        rating_cell(ui, spec, entry, base, label);
        return;
    }
    let drag = crate::ui::exact_entry(ui, &mut shown)
        .range((spec.min * scale)..=(spec.max * scale))
        .speed(if spec.integer {
            0.05
        } else {
            (spec.max - spec.min) * scale / 300.0
        })
        .max_decimals(if spec.integer { 0 } else { 3 })
        .suffix(if scale > 1.0 { " %" } else { "" });
    let tooltip = tooltip(
        &spec.help(),
        &basis_text(spec.basis, &spec.basis_text()),
        &spec.unit.format((spec.get)(base)),
        // The class is the key's, the same in every country.
        Class::of_path(&spec.path(Country::CHN)),
    );
    let response = ui
        .scope(|ui| {
            if differs {
                ui.visuals_mut().override_text_color = Some(changed_colour(ui));
            }
            ui.add(drag)
        })
        .inner
        .labelled_by(label)
        .on_hover_text(tooltip);
    if response.changed() {
        (spec.set)(
            entry,
            if spec.integer {
                (shown / scale).round()
            } else {
                shown / scale
            },
        );
    }
}

/// A country's rating, picked from the buckets.
fn rating_cell(
    ui: &mut Ui,
    spec: &CountrySpec,
    entry: &mut CountryAssumptions,
    base: &CountryAssumptions,
    label: egui::Id,
) {
    let tooltip = tooltip(
        &spec.help(),
        &basis_text(spec.basis, &spec.basis_text()),
        &base.rating.label(),
        Class::of_path(&spec.path(Country::CHN)),
    );
    let colour = if entry.rating == base.rating {
        ui.visuals().text_color()
    } else {
        changed_colour(ui)
    };
    ComboBox::from_id_salt(("rating", label))
        .width(64.0)
        .selected_text(RichText::new(entry.rating.label()).color(colour))
        .show_ui(ui, |ui| {
            for r in Rating::ALL {
                ui.selectable_value(&mut entry.rating, r, r.label());
            }
        })
        .response
        .labelled_by(label)
        .on_hover_text(tooltip);
}

fn optional_share(ui: &mut Ui, share: &mut Option<f64>, label: egui::Id) {
    let mut v = share.unwrap_or(0.0) * 100.0;
    if ui
        .add(
            crate::ui::exact_entry(ui, &mut v)
                .range(0.0..=100.0)
                .speed(0.2)
                .suffix(" %"),
        )
        .labelled_by(label)
        .changed()
    {
        *share = Some(v / 100.0);
    }
}

fn sectors_ui(ui: &mut Ui, s: &mut Scenario, b: &Scenario) {
    ui.label(RichText::new(t!("tilts-note")).small().weak());
    for k in Sector::ALL {
        let mut value = s.tilt(k);
        let tooltip = [
            t!("tilt-covers", sector = k.name(), covers = k.covers()),
            basis_text(TILT_BASIS, &t!("a-sector-tilt-basis")),
            t!("tilt-base-mix", source = t!("sector-mix-source")),
            Class::of_path(&tilt_path(k)).tooltip_line(),
        ]
        .join("\n\n");
        if number_row(
            ui,
            k.id(),
            &t!("tilt-label", sector = k.name()),
            Unit::Multiple,
            TILT_RANGE,
            false,
            &tooltip,
            &mut value,
            b.tilt(k),
            None,
        ) {
            s.sector_tilt.insert(k, value);
        }
    }
}

fn fund_lists_ui(ui: &mut Ui, s: &mut Scenario, b: &Scenario, problems: &[Problem]) {
    ui.label(RichText::new(t!("mandate-heading")).small().strong());
    let mut sum = 0.0;
    for k in Sector::ALL {
        let mut value = s.fund.mandate.get(&k).copied().unwrap_or(0.0);
        let base = b.fund.mandate.get(&k).copied().unwrap_or(0.0);
        let problem = problems
            .iter()
            .find(|p| p.field == format!("fund.mandate.{}", k.id()));
        if number_row(
            ui,
            &format!("mandate-{}", k.id()),
            &t!("mandate-label", sector = k.name()),
            Unit::Fraction,
            (0.0, 1.0),
            false,
            &with_class(&t!("mandate-help"), "fund.mandate"),
            &mut value,
            base,
            problem,
        ) {
            s.fund.mandate.insert(k, value);
        }
        sum += value;
    }
    ui.label(RichText::new(t!("mandate-total", total = palette::pct(sum))).small());
    ui.label(RichText::new(t!("call-rates-heading")).small().strong())
        .on_hover_text(Class::of_path("fund.call_rates").tooltip_line());
    ui.horizontal_wrapped(|ui| {
        let mut remove = None;
        let n = s.fund.call_rates.len();
        for (i, rate) in s.fund.call_rates.iter_mut().enumerate() {
            let label = ui.label(t!("call-rates-year", number = i + 1));
            let mut v = *rate * 100.0;
            if ui
                .add(
                    crate::ui::exact_entry(ui, &mut v)
                        .range(0.0..=100.0)
                        .speed(0.5)
                        .suffix(" %"),
                )
                .labelled_by(label.id)
                .changed()
            {
                *rate = v / 100.0;
            }
            if n > 1
                && i + 1 == n
                && ui
                    .small_button("−")
                    .on_hover_text(t!("call-rates-remove"))
                    .clicked()
            {
                remove = Some(i);
            }
        }
        if let Some(i) = remove {
            s.fund.call_rates.remove(i);
        }
        if ui
            .small_button("+")
            .on_hover_text(t!("call-rates-add"))
            .clicked()
        {
            let last = s.fund.call_rates.last().copied().unwrap_or(0.5);
            s.fund.call_rates.push(last);
        }
    });
}

fn projects_ui(ui: &mut Ui, s: &mut Scenario, problems: &[Problem]) {
    ui.label(RichText::new(t!("projects-note")).small().weak())
        .on_hover_text(Class::of_path("projects").tooltip_line());
    let mut remove = None;
    let mut move_up = None;
    let years = s.start_year..=s.end_year();
    let borrowers: Vec<Country> = Country::ALL
        .into_iter()
        .filter(|c| s.country(*c).borrows)
        .collect();
    for (i, p) in s.projects.iter_mut().enumerate() {
        egui::CollapsingHeader::new(t!(
            "projects-header",
            name = crate::presets::shown(Field::Project, &p.name).as_ref(),
            code = p.country.code(),
            amount = crate::i18n::num::money(p.amount),
            year = p.year.to_string()
        ))
        .id_salt(("project", i))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let l = ui.label(t!("projects-name"));
                preset_text_edit(ui, Field::Project, &mut p.name).labelled_by(l.id);
            });
            ui.horizontal(|ui| {
                let l = ui.label(t!("countries-country"));
                ComboBox::from_id_salt(("project-country", i))
                    .selected_text(p.country.name())
                    .show_ui(ui, |ui| {
                        for c in Country::ALL {
                            ui.selectable_value(&mut p.country, c, c.name());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                let l = ui.label(t!("projects-sector"));
                ComboBox::from_id_salt(("project-sector", i))
                    .selected_text(p.sector.name())
                    .show_ui(ui, |ui| {
                        for k in Sector::ALL {
                            ui.selectable_value(&mut p.sector, k, k.name());
                        }
                    })
                    .response
                    .labelled_by(l.id);
            });
            ui.horizontal(|ui| {
                let l = ui.label(t!("projects-financed-by"));
                let bank = t!("projects-bank-loan");
                let fund = t!("projects-fund-equity");
                ComboBox::from_id_salt(("project-instrument", i))
                    .selected_text(match p.instrument {
                        Instrument::Bank => bank.as_str(),
                        Instrument::Fund => fund.as_str(),
                    })
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut p.instrument, Instrument::Bank, bank.as_str());
                        ui.selectable_value(&mut p.instrument, Instrument::Fund, fund.as_str());
                    })
                    .response
                    .labelled_by(l.id);
                ui.checkbox(&mut p.sovereign, t!("projects-sovereign"));
            });
            ui.horizontal(|ui| {
                let l = ui.label(t!(
                    "label-with-unit",
                    label = t!("projects-amount"),
                    unit = t!("unit-usd-bn")
                ));
                // In the reader's unit (亿 for Chinese).
                let scale = Unit::UsdBn.display_scale();
                let mut shown = p.amount * scale;
                if ui
                    .add(
                        crate::ui::exact_entry(ui, &mut shown)
                            .range(0.0..=50.0 * scale)
                            .speed(0.01 * scale)
                            .max_decimals(3),
                    )
                    .labelled_by(l.id)
                    .changed()
                {
                    p.amount = shown / scale;
                }
                let l = ui.label(t!("projects-year"));
                let mut year = p.year;
                if ui
                    .add(crate::ui::exact_entry(ui, &mut year).range(years.clone()))
                    .labelled_by(l.id)
                    .changed()
                {
                    p.year = year;
                }
            });
            ui.horizontal(|ui| {
                let l = ui.label(t!("projects-source"));
                preset_text_edit(ui, Field::Source, &mut p.source).labelled_by(l.id);
            });
            ui.horizontal(|ui| {
                if i > 0 && ui.button(t!("projects-move-up")).clicked() {
                    move_up = Some(i);
                }
                if ui.button(t!("remove")).clicked() {
                    remove = Some(i);
                }
            });
            for problem in problems
                .iter()
                .filter(|pr| pr.field.starts_with(&format!("projects[{i}]")))
            {
                ui.label(
                    RichText::new(t!("problem-line", problem = problem_text(problem)))
                        .color(ui.visuals().error_fg_color)
                        .small(),
                );
            }
        });
    }
    if let Some(i) = remove {
        s.projects.remove(i);
    }
    if let Some(i) = move_up {
        s.projects.swap(i - 1, i);
    }
    if ui.button(t!("projects-add")).clicked() {
        s.projects.push(Project {
            name: t!("projects-new-name", number = s.projects.len() + 1),
            country: borrowers.first().copied().unwrap_or(Country::KAZ),
            year: s.start_year,
            ..Project::default()
        });
    }
}

/// An edit field for a text a preset may have written: it shows the preset's text in the
/// reader's language, and the file takes the text only once the user changes it (an untouched
/// preset keeps its own words, which every language recognises).
fn preset_text_edit(ui: &mut Ui, field: Field, text: &mut String) -> egui::Response {
    let mut shown = crate::presets::shown(field, text).into_owned();
    let response = ui.text_edit_singleline(&mut shown);
    if response.changed() {
        *text = shown;
    }
    response
}
