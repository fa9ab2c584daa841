//! The status report for a management meeting: one self-contained HTML file (charts as
//! inline SVG, print-ready on A4), and the content model the PDF shares. Every number
//! comes from `figures`; every piece of user text is escaped.

mod svg;

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use crate::domain::*;
use crate::figures::departments::{DepartmentFigures, department_figures};
use crate::figures::{InitiativeFigures, Summary, all_initiative_figures, summarize_with};
use crate::format::{Language, date, money_whole, percent_bp};
use crate::i18n::{I18n, arg};
use crate::palette;
pub use svg::*;

/// Escape text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// Whether the status report carries the full register (a line per initiative) as its
/// appendix. The report itself stays readable at any size: the portfolio summarised and
/// the initiatives that need attention, each list cut at [`LISTED`] lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Appendix {
    /// The register when the portfolio has at most [`AUTO_REGISTER_UP_TO`] initiatives.
    #[default]
    Auto,
    /// Always the register.
    Register,
    /// Never the register.
    None,
}

/// Up to this many initiatives the report carries the register by default (a few pages).
pub const AUTO_REGISTER_UP_TO: usize = 200;

/// The longest list of initiatives in the report's body (per list); the rest are counted.
pub const LISTED: usize = 40;

/// The most departments the attention table lists.
pub const DEPARTMENTS_LISTED: usize = 15;

impl Appendix {
    /// Whether a report of `initiatives` carries the register.
    pub fn includes(self, initiatives: usize) -> bool {
        match self {
            Appendix::Auto => initiatives <= AUTO_REGISTER_UP_TO,
            Appendix::Register => true,
            Appendix::None => false,
        }
    }
}

/// Everything the report shows, computed once for HTML and PDF alike.
pub struct ReportData<'a> {
    pub portfolio: &'a Portfolio,
    pub figures: Vec<InitiativeFigures>,
    pub summary: Summary,
    pub today: NaiveDate,
    pub tr: I18n,
    /// "Snapshot «label» of 1 October 2026", when the report is of a snapshot.
    pub snapshot: Option<(String, NaiveDate)>,
    /// Amber and red initiatives: (row, status, reason), red first, then the largest
    /// innovation budget, then by name.
    pub attention: Vec<(usize, Health)>,
    /// Blocked initiatives (readiness), the largest innovation budget first.
    pub blocked: Vec<usize>,
    /// Initiatives stuck in pilot or evaluation, longest in their phase first.
    pub stuck: Vec<usize>,
    /// Departments with anything that needs attention, most in need first.
    pub departments: Vec<DepartmentFigures>,
    /// Whether the register (a line per initiative) is the report's appendix.
    pub register: bool,
    /// Rows in register order: by quadrant, then phase, then name (empty without the
    /// register).
    pub order: Vec<usize>,
}

impl<'a> ReportData<'a> {
    pub fn new(
        portfolio: &'a Portfolio,
        today: NaiveDate,
        language: Language,
        snapshot: Option<(String, NaiveDate)>,
        appendix: Appendix,
    ) -> Self {
        let figures = all_initiative_figures(portfolio, today);
        let summary = summarize_with(portfolio, &figures, today, today.year());
        let initiatives = &portfolio.initiatives;
        let by_budget_then_name = |a: usize, b: usize| {
            figures[b]
                .innovation_planned_cents
                .cmp(&figures[a].innovation_planned_cents)
                .then_with(|| initiatives[a].name.cmp(&initiatives[b].name))
        };
        let mut attention = crate::figures::needs_attention(portfolio);
        attention.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| by_budget_then_name(a.0, b.0)));
        let mut blocked: Vec<usize> = (0..initiatives.len())
            .filter(|&row| figures[row].assessment.verdict == Verdict::Blocked)
            .collect();
        blocked.sort_by(|&a, &b| by_budget_then_name(a, b));
        let mut stuck: Vec<usize> = (0..initiatives.len())
            .filter(|&row| figures[row].stuck)
            .collect();
        stuck.sort_by(|&a, &b| {
            figures[b]
                .months_in_phase
                .cmp(&figures[a].months_in_phase)
                .then_with(|| initiatives[a].name.cmp(&initiatives[b].name))
        });
        let blocked_index = Verdict::Blocked.index();
        let departments = department_figures(portfolio, &figures, today.year())
            .into_iter()
            .filter(|department| {
                department.troubled + department.stuck + department.verdicts[blocked_index] > 0
            })
            .collect();
        let register = appendix.includes(initiatives.len());
        let mut order: Vec<usize> = if register {
            (0..initiatives.len()).collect()
        } else {
            Vec::new()
        };
        order.sort_by(|&a, &b| {
            let (x, y) = (&initiatives[a], &initiatives[b]);
            x.quadrant
                .cmp(&y.quadrant)
                .then(x.phase.cmp(&y.phase))
                .then_with(|| x.name.cmp(&y.name))
        });
        Self {
            portfolio,
            figures,
            summary,
            today,
            tr: I18n::new(language),
            snapshot,
            attention,
            blocked,
            stuck,
            departments,
            register,
            order,
        }
    }

    /// "… and 1.234 more": the line under a list cut at [`LISTED`], or `None` when
    /// nothing was left out.
    pub fn more(&self, total: usize) -> Option<String> {
        (total > LISTED).then(|| {
            self.tr.f(
                if self.register {
                    "report-more-appendix"
                } else {
                    "report-more"
                },
                &[(
                    "count",
                    arg(crate::format::count(total - LISTED, self.language())),
                )],
            )
        })
    }

    /// A blocked initiative and the conditions that block it.
    pub fn blocked_line(&self, row: usize) -> String {
        let reasons: Vec<String> = self.figures[row]
            .assessment
            .blocking
            .iter()
            .map(|criterion| self.tr.name("criterion", criterion.id()))
            .collect();
        format!(
            "{}: {}",
            self.portfolio.initiatives[row].name,
            reasons.join(", ")
        )
    }

    /// A stuck initiative: its name, phase, months in it and department.
    pub fn stuck_line(&self, row: usize) -> String {
        let initiative = &self.portfolio.initiatives[row];
        let mut line = self.tr.f(
            "report-stuck-line",
            &[
                ("name", arg(&initiative.name)),
                ("phase", arg(self.tr.name("phase", initiative.phase.id()))),
                (
                    "months",
                    self.figures[row].months_in_phase.unwrap_or(0).into(),
                ),
            ],
        );
        if let Some(department) = initiative.department.as_deref().filter(|d| !d.is_empty()) {
            line.push_str(&format!(" — {department}"));
        }
        line
    }

    /// The attention table's headers and, per department (at most
    /// [`DEPARTMENTS_LISTED`]): name, initiatives, red or amber, stuck, blocked.
    pub fn department_headers(&self) -> [String; 5] {
        [
            self.tr.t("column-department").to_string(),
            self.tr.t("report-initiatives").to_string(),
            self.tr.t("report-red-amber").to_string(),
            self.tr.f(
                "report-stuck",
                &[("months", self.summary.stuck_threshold_months.into())],
            ),
            self.tr.t("report-blocked").to_string(),
        ]
    }

    pub fn department_rows(&self) -> Vec<[String; 5]> {
        let language = self.language();
        let blocked_index = Verdict::Blocked.index();
        self.departments
            .iter()
            .take(DEPARTMENTS_LISTED)
            .map(|department| {
                [
                    department
                        .name
                        .clone()
                        .unwrap_or_else(|| self.tr.t("no-department").to_string()),
                    crate::format::count(department.initiatives, language),
                    crate::format::count(department.troubled, language),
                    crate::format::count(department.stuck, language),
                    crate::format::count(department.verdicts[blocked_index], language),
                ]
            })
            .collect()
    }

    /// Under the department table when it was cut: "… and 12 more departments".
    pub fn more_departments(&self) -> Option<String> {
        (self.departments.len() > DEPARTMENTS_LISTED).then(|| {
            self.tr.f(
                "report-more-departments",
                &[(
                    "count",
                    (self.departments.len() - DEPARTMENTS_LISTED).into(),
                )],
            )
        })
    }

    /// Where the register is: the appendix, or a note how to get it.
    pub fn register_note(&self) -> String {
        self.tr.f(
            "report-register-left-out",
            &[(
                "count",
                arg(crate::format::count(
                    self.portfolio.initiatives.len(),
                    self.language(),
                )),
            )],
        )
    }

    pub fn language(&self) -> Language {
        self.tr.language()
    }

    /// The largest count of one phase (at least 1): the funnel's full width.
    pub fn largest_phase_count(&self) -> usize {
        self.summary
            .by_phase
            .values()
            .map(|entry| entry.count)
            .max()
            .unwrap_or(0)
            .max(1)
    }

    pub fn title(&self) -> String {
        self.tr.f(
            "report-title",
            &[("municipality", arg(&self.portfolio.settings.municipality))],
        )
    }

    /// "Stand van 28-11-2026" or "Snapshot «Q3» of 30-09-2026".
    pub fn subtitle(&self) -> String {
        match &self.snapshot {
            Some((label, taken_on)) => self.tr.f(
                "report-subtitle-snapshot",
                &[
                    ("label", arg(label)),
                    ("date", arg(date(*taken_on, self.language()))),
                ],
            ),
            None => self.tr.f(
                "report-subtitle",
                &[("date", arg(date(self.today, self.language())))],
            ),
        }
    }

    /// The headline figures: (label, value) pairs.
    pub fn headlines(&self) -> Vec<(String, String)> {
        let language = self.language();
        let summary = &self.summary;
        let this_year = summary.budget.iter().find(|year| year.year == summary.year);
        let share = this_year
            .and_then(|year| year.innovation_share_bp)
            .map_or_else(|| "—".to_string(), |bp| percent_bp(bp, language));
        vec![
            (
                self.tr.t("report-initiatives").to_string(),
                summary.initiatives.to_string(),
            ),
            (
                self.tr.f("report-share", &[("year", summary.year.into())]),
                format!(
                    "{share} ({})",
                    self.tr.f(
                        "report-target",
                        &[(
                            "target",
                            arg(percent_bp(summary.target_innovation_share_bp, language))
                        )]
                    )
                ),
            ),
            (
                self.tr.t("report-operation-planned").to_string(),
                money_whole(this_year.map_or(0, |year| year.operation_cents), language),
            ),
            (
                self.tr.t("report-innovation-planned").to_string(),
                money_whole(this_year.map_or(0, |year| year.innovation_cents), language),
            ),
            (
                self.tr.t("report-spent").to_string(),
                money_whole(
                    this_year.map_or(0, |year| {
                        year.operation_actual_cents + year.innovation_actual_cents
                    }),
                    language,
                ),
            ),
            (
                self.tr.t("report-ready").to_string(),
                summary.readiness.ready.to_string(),
            ),
            (
                self.tr.t("report-blocked").to_string(),
                summary.readiness.blocked.to_string(),
            ),
            (
                self.tr.f(
                    "report-stuck",
                    &[("months", summary.stuck_threshold_months.into())],
                ),
                summary.stuck.len().to_string(),
            ),
            (
                self.tr.t("report-red-amber").to_string(),
                format!("{} / {}", summary.health.red, summary.health.amber),
            ),
        ]
    }

    /// One line per initiative: the table's columns as text.
    pub fn line(&self, row: usize) -> [String; 7] {
        let language = self.language();
        let initiative = &self.portfolio.initiatives[row];
        let figures = &self.figures[row];
        [
            initiative.name.clone(),
            initiative
                .department
                .as_deref()
                .unwrap_or_default()
                .to_string(),
            self.tr.name("quadrant", initiative.quadrant.id()),
            self.tr.name("phase", initiative.phase.id()),
            self.tr.name("verdict", figures.assessment.verdict.id()),
            figures
                .health
                .map(|health| self.tr.name("health", health.id()))
                .unwrap_or_default(),
            money_whole(figures.innovation_planned_cents, language),
        ]
    }

    pub fn line_headers(&self) -> [String; 7] {
        [
            self.tr.t("column-name").to_string(),
            self.tr.t("column-department").to_string(),
            self.tr.t("column-quadrant").to_string(),
            self.tr.t("column-phase").to_string(),
            self.tr.t("column-readiness").to_string(),
            self.tr.t("column-health").to_string(),
            self.tr.t("column-budget").to_string(),
        ]
    }
}

/// The HTML report: self-contained (no external files), print-ready on A4.
impl ReportData<'_> {
    /// The latest self-assessment of the five activities, against the one before it: a
    /// first line saying when, then per activity a line (`true`) and its assignments
    /// (`false`). Empty when none was made.
    pub fn assessment_lines(&self) -> Vec<(bool, String)> {
        let tr = &self.tr;
        let language = self.language();
        let mut kept: Vec<&SelfAssessment> = self
            .portfolio
            .assessments
            .iter()
            .filter(|assessment| assessment.assessed_on <= self.today)
            .collect();
        kept.sort_by_key(|assessment| assessment.assessed_on);
        let Some(latest) = kept.last().copied() else {
            return Vec::new();
        };
        let earlier = kept.len().checked_sub(2).map(|index| kept[index]);
        let date = |on: NaiveDate| crate::format::date(on, language);
        let mut lines = vec![(
            false,
            match earlier {
                Some(before) => tr.f(
                    "report-assessment-compared",
                    &[
                        ("date", crate::i18n::arg(date(latest.assessed_on))),
                        ("before", crate::i18n::arg(date(before.assessed_on))),
                    ],
                ),
                None => tr.f(
                    "report-assessment-of",
                    &[("date", crate::i18n::arg(date(latest.assessed_on)))],
                ),
            },
        )];
        let status = |answer: Option<&Answer>| {
            answer.map_or_else(
                || tr.t("assessment-not-assessed").to_string(),
                |answer| tr.name("answer", answer.status.id()),
            )
        };
        for activity in Activity::ALL {
            let (points, _) = latest.standing(*activity);
            let mut line = tr.f(
                "activities-standing",
                &[
                    (
                        "activity",
                        crate::i18n::arg(tr.name("activity", activity.id())),
                    ),
                    ("points", points.into()),
                ],
            );
            if let Some(before) = earlier {
                line.push_str(&tr.f(
                    "activities-standing-then",
                    &[
                        ("points", before.standing(*activity).0.into()),
                        ("date", crate::i18n::arg(date(before.assessed_on))),
                    ],
                ));
            }
            lines.push((true, line));
            for assignment in activity.assignments() {
                let answer = latest.answer(assignment);
                let mut line = format!(
                    "{}: {}",
                    tr.name("assignment", assignment.id()),
                    status(answer)
                );
                if let Some(before) = earlier {
                    let then = before.answer(assignment);
                    if then.map(|answer| answer.status) != answer.map(|answer| answer.status) {
                        line.push_str(&tr.f(
                            "report-assessment-was",
                            &[("status", crate::i18n::arg(status(then)))],
                        ));
                    }
                }
                if let Some(answer) = answer {
                    if !answer.evidence.is_empty() {
                        line.push_str(&tr.f(
                            "report-assessment-evidence",
                            &[("count", answer.evidence.len().into())],
                        ));
                    }
                    if !answer.note.trim().is_empty() {
                        line.push_str(&format!(" — {}", answer.note.trim()));
                    }
                }
                lines.push((false, line));
            }
        }
        lines
    }
}

pub fn html(data: &ReportData<'_>, progress: &super::Progress) -> super::Result<String> {
    let tr = &data.tr;
    let language = data.language();
    let mut html = String::with_capacity(64 * 1024 + data.order.len() * 300);
    let red_hex = palette::health(Health::Red, false).hex();
    let amber_hex = palette::health(Health::Amber, false).hex();
    let _ = write!(
        html,
        r##"<!DOCTYPE html>

<html lang="{}">

<head>

<meta charset="utf-8">

<meta name="viewport" content="width=device-width, initial-scale=1">

<meta name="generator" content="Proeftuin {}">

<title>{}</title>

<style>

@page {{ size: A4; margin: 15mm 14mm; }}

body {{ font-family: "Segoe UI", "Noto Sans", Arial, sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 182mm; font-size: 10.5pt; line-height: 1.4; }}

h1 {{ font-size: 18pt; margin: 0 0 2mm; }}

h2 {{ font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #b0b8c0; padding-bottom: 1mm; }}

.subtitle {{ color: #444; margin: 0 0 4mm; }}

.headlines {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm; }}

.headline {{ border: 1px solid #d0d6dc; border-radius: 2mm; padding: 2mm 3mm; }}

.headline .label {{ color: #444; font-size: 9pt; }}

.headline .value {{ font-size: 13pt; font-weight: 600; }}

figure {{ margin: 0; break-inside: avoid; }}

svg {{ width: 100%; height: auto; }}

table {{ border-collapse: collapse; width: 100%; font-size: 9pt; }}

th, td {{ text-align: left; padding: 1mm 1.5mm; border-bottom: 1px solid #e0e4e8; vertical-align: top; }}

th {{ background: #eef1f4; }}

td.amount, th.amount {{ text-align: right; white-space: nowrap; }}

tr {{ break-inside: avoid; }}

thead {{ display: table-header-group; }}

.red {{ color: {red_hex}; font-weight: 600; }}

.amber {{ color: {amber_hex}; font-weight: 600; }}

.legend span {{ display: inline-block; margin-right: 4mm; font-size: 9pt; }}

.legend i {{ display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; margin-right: 1mm; vertical-align: middle; }}

footer {{ margin-top: 8mm; color: #666; font-size: 8.5pt; }}

.more {{ color: #444; font-style: italic; }}

h3 {{ font-size: 11pt; margin: 4mm 0 1.5mm; }}

@media print {{ h2.appendix {{ break-before: page; }} }}

@media print {{ h2 {{ break-after: avoid; }} }}

</style>

</head>

<body>

<h1>{}</h1>

<p class="subtitle">{}</p>

"##,
        language.code(),
        env!("CARGO_PKG_VERSION"),
        escape(&data.title()),
        escape(&data.title()),
        escape(&data.subtitle())
    );
    html.push_str("<section class=\"headlines\">\n");
    for (label, value) in data.headlines() {
        let _ = writeln!(
            html,
            "<div class=\"headline\"><div class=\"label\">{}</div><div class=\"value\">{}</div></div>",
            escape(&label),
            escape(&value)
        );
    }
    html.push_str("</section>\n");

    let _ = write!(
        html,
        "<h2>{}</h2>\n<figure>{}</figure>\n<p class=\"legend\">",
        escape(tr.t("nav-quadrants")),
        quadrant_svg(data)
    );
    for phase in Phase::ALL {
        let _ = write!(
            html,
            "<span><i style=\"background:{}\"></i>{}</span>",
            palette::phase(*phase).hex(),
            escape(&tr.name("phase", phase.id()))
        );
    }
    html.push_str("</p>\n");
    let _ = write!(
        html,
        "<h2>{}</h2>\n<figure>{}</figure>\n",
        escape(tr.t("budget-years-title")),
        budget_svg(data)
    );
    let _ = write!(
        html,
        "<h2>{}</h2>\n<figure>{}</figure>\n",
        escape(tr.t("funnel-title")),
        funnel_svg(data)
    );

    // Readiness: verdict counts and the blocked initiatives with what blocks them.
    let readiness = data.summary.readiness;
    let _ = write!(
        html,
        "<h2>{}</h2>\n<table><thead><tr>",
        escape(tr.t("overview-readiness"))
    );
    for verdict in Verdict::ALL {
        let _ = write!(
            html,
            "<th>{}</th>",
            escape(&tr.name("verdict", verdict.id()))
        );
    }
    let _ = writeln!(
        html,
        "</tr></thead><tbody><tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr></tbody></table>",
        readiness.ready,
        readiness.conditionally_ready,
        readiness.not_ready,
        readiness.blocked,
        readiness.not_assessed
    );
    if !data.blocked.is_empty() {
        let _ = write!(
            html,
            "<p>{}</p>\n<ul>\n",
            escape(tr.t("report-blocked-why"))
        );
        for row in data.blocked.iter().take(LISTED) {
            let _ = writeln!(html, "<li>{}</li>", escape(&data.blocked_line(*row)));
        }
        html.push_str("</ul>\n");
        if let Some(more) = data.more(data.blocked.len()) {
            let _ = writeln!(html, "<p class=\"more\">{}</p>", escape(&more));
        }
    }

    // What needs attention: per department, then red and amber, then stuck.
    let _ = writeln!(html, "<h2>{}</h2>", escape(tr.t("report-attention")));
    if !data.departments.is_empty() {
        let _ = write!(
            html,
            "<p>{}</p>\n<table><thead><tr>",
            escape(tr.t("report-departments-intro"))
        );
        for (index, header) in data.department_headers().iter().enumerate() {
            let class = if index > 0 { " class=\"amount\"" } else { "" };
            let _ = write!(html, "<th{class}>{}</th>", escape(header));
        }
        html.push_str("</tr></thead>\n<tbody>\n");
        for cells in data.department_rows() {
            html.push_str("<tr>");
            for (index, cell) in cells.iter().enumerate() {
                let class = if index > 0 { " class=\"amount\"" } else { "" };
                let _ = write!(html, "<td{class}>{}</td>", escape(cell));
            }
            html.push_str("</tr>\n");
        }
        html.push_str("</tbody></table>\n");
        if let Some(more) = data.more_departments() {
            let _ = writeln!(html, "<p class=\"more\">{}</p>", escape(&more));
        }
    }
    let _ = writeln!(html, "<h3>{}</h3>", escape(tr.t("report-red-amber-list")));
    if data.attention.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", escape(tr.t("report-attention-none")));
    } else {
        html.push_str("<table><tbody>\n");
        for (row, status) in data.attention.iter().take(LISTED) {
            let class = if *status == Health::Red {
                "red"
            } else {
                "amber"
            };
            let _ = writeln!(
                html,
                "<tr><td class=\"{class}\">{}</td><td>{}</td><td>{}</td></tr>",
                escape(&tr.name("health", status.id())),
                escape(&data.portfolio.initiatives[*row].name),
                escape(crate::figures::health_reason(
                    &data.portfolio.initiatives[*row]
                ))
            );
        }
        html.push_str("</tbody></table>\n");
        if let Some(more) = data.more(data.attention.len()) {
            let _ = writeln!(html, "<p class=\"more\">{}</p>", escape(&more));
        }
    }
    let _ = writeln!(
        html,
        "<h3>{}</h3>",
        escape(&tr.f(
            "report-stuck-title",
            &[("months", data.summary.stuck_threshold_months.into())]
        ))
    );
    if data.stuck.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", escape(tr.t("report-stuck-none")));
    } else {
        html.push_str("<ul>\n");
        for row in data.stuck.iter().take(LISTED) {
            let _ = writeln!(html, "<li>{}</li>", escape(&data.stuck_line(*row)));
        }
        html.push_str("</ul>\n");
        if let Some(more) = data.more(data.stuck.len()) {
            let _ = writeln!(html, "<p class=\"more\">{}</p>", escape(&more));
        }
    }

    // The self-assessment of the five activities.
    let _ = writeln!(html, "<h2>{}</h2>", escape(tr.t("report-assessment")));
    let assessment = data.assessment_lines();
    if assessment.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", escape(tr.t("report-assessment-none")));
    } else {
        let mut open = false;
        for (index, (is_activity, line)) in assessment.iter().enumerate() {
            if index == 0 {
                let _ = writeln!(html, "<p>{}</p>", escape(line));
            } else if *is_activity {
                if open {
                    html.push_str("</ul>\n");
                }
                let _ = writeln!(html, "<h3>{}</h3>\n<ul>", escape(line));
                open = true;
            } else {
                let _ = writeln!(html, "<li>{}</li>", escape(line));
            }
        }
        if open {
            html.push_str("</ul>\n");
        }
    }

    // The appendix: a line per initiative, or where to find them.
    if data.register {
        let _ = write!(
            html,
            "<h2 class=\"appendix\">{}</h2>\n<table><thead><tr>",
            escape(tr.t("report-all-initiatives"))
        );
        for (index, header) in data.line_headers().iter().enumerate() {
            let class = if index == 6 { " class=\"amount\"" } else { "" };
            let _ = write!(html, "<th{class}>{}</th>", escape(header));
        }
        html.push_str("</tr></thead>\n<tbody>\n");
        progress.set_total(data.order.len().max(1));
        for (count, &row) in data.order.iter().enumerate() {
            if count.is_multiple_of(2048) {
                progress.check()?;
            }
            let cells = data.line(row);
            html.push_str("<tr>");
            for (index, cell) in cells.iter().enumerate() {
                let class = if index == 6 { " class=\"amount\"" } else { "" };
                let _ = write!(html, "<td{class}>{}</td>", escape(cell));
            }
            html.push_str("</tr>\n");
            progress.advance(1);
        }
        html.push_str("</tbody></table>\n");
    } else {
        let _ = writeln!(
            html,
            "<p class=\"more\">{}</p>",
            escape(&data.register_note())
        );
    }
    let _ = write!(
        html,
        "<footer>{}</footer>\n</body>\n</html>\n",
        escape(&tr.f(
            "report-footer",
            &[("date", arg(date(data.today, language)))]
        ))
    );
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_escaped_everywhere() {
        let mut portfolio = crate::demo::demo_portfolio();
        portfolio.settings.municipality = "Gemeente <b>Test</b>".into();
        portfolio.initiatives[0].name = "<script>alert(1)</script>".into();
        portfolio.initiatives[0].health_reports.push(HealthReport {
            period: "Q4".into(),
            reported_on: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default(),
            status: Health::Red,
            reason: "\"><img src=x onerror=alert(2)>".into(),
        });
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let data = ReportData::new(&portfolio, today, Language::Dutch, None, Appendix::Auto);
        let html = html(&data, &super::super::Progress::new()).unwrap_or_default();
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img src=x"));
        assert!(!html.contains("<b>Test"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        assert!(!html.contains("<script"), "no script element at all");
        assert!(
            !html.contains("src=\"http"),
            "self-contained: nothing loaded from outside"
        );
    }
}
