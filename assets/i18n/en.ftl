# Proeftuin — English. Keys are shared with nl.ftl (a test checks both have the same keys).

## Actions and messages
action-open = Opening the portfolio failed
action-create = Creating the portfolio failed
action-save = Saving failed
action-phase = Recording the phase decision failed
action-delete = Deleting failed
action-settings = Saving the settings failed
opened = Opened { $path }
saved = Saved “{ $name }”
deleted = Deleted “{ $name }”
undo-delete = Undo: restore “{ $name }” (Ctrl+Z)
settings-saved = Portfolio settings saved
fix-fields = Not saved: correct the fields marked in red
copy-of = Copy of { $name }
loading = Loading the portfolio…
open-failed-title = The portfolio could not be opened
open-failed-hint = Nothing was changed in that file. Open another portfolio or start a new one from the File menu.
network-share-warning = This portfolio is on a network drive: SQLite is not safe there. Copy it to this computer.

## Menu and navigation
menu-portfolio = File
menu-new-initiative = New initiative
menu-new-portfolio = New empty portfolio…
menu-open = Open portfolio…
menu-language = Language
nav-portfolio = Portfolio
nav-settings = Settings
demo-badge = DEMO
demo-hint = This is the demo portfolio of a fictional municipality. Start your own with File » New empty portfolio.
untitled-portfolio = Untitled portfolio

## Table
search = Search
search-hint = name, description or owner (Ctrl+F)
filter-all = All
filter-clear = Clear filters
filter-theme = Theme
shown-of-total = { $shown } of { $total } initiatives
sort-hint = Click to sort; click again to reverse
column-name = Name
column-kind = Kind
column-department = Department
column-quadrant = Quadrant
column-phase = Phase
column-months = Months
column-readiness = Scaling readiness
column-health = Health
column-budget = Innovation budget
stuck-hint = Months in the current phase. Amber names are stuck: longer than the threshold in pilot or evaluation without scaling (pilotitis)
health-none = no report
empty-portfolio = This portfolio has no initiatives yet
empty-portfolio-hint = Add your first pilot, living lab or experiment with “New initiative” (Ctrl+N).
no-matches = No initiative matches the search and filters. Clear the filters to see all.

## Editor
new-initiative = New initiative
save = Save
close = Close
duplicate = Duplicate
delete = Delete
revert = Revert
cancel = Cancel
create = Create
open = Open
unsaved = unsaved changes
section-general = General
section-phase = Phase and gate decisions
section-budget = Budget lines
section-readiness = Scaling readiness
section-characteristics = Characteristics
section-partners = Partners
section-risks = Risks
section-health = Health reports
section-notes = Notes
field-name = Name
field-description = Description
field-kind = Kind
field-quadrant = Quadrant
field-department = Department
department-pick = Choose an existing department
field-owner = Owner
field-contact = Contact
field-start = Start date
field-end = Planned end date
date-hint = dd-mm-yyyy
field-themes = Themes
themes-hint = e.g. climate, mobility
field-phase = Phase:
since = since { $date }
phase-after-save = A new initiative starts as an idea; save it, then record gate decisions.
change-phase = Gate decision / change phase…
save-first = Save or revert your changes first
phase-history = Decisions
field-stop-reason = Reason for stopping
field-lessons = Lessons learned
no-budget-lines = No budget lines yet.
field-year = Year
field-category = Category
field-planned = Planned
field-actual = Actual
remove-line = Remove
add-budget-line = Add budget line
verdict = Verdict
blocked-by = Blocked: rated “not met” on { $criteria }.
held-back-by = Held back by: { $criteria }.
field-readiness-level = Readiness level (0–9)
field-use-level = Use level (0–9)
not-set = not set
field-degree = Incremental or radical
field-innovation-type = Technological or social
field-technology-from = Technology from
field-target-group = Target group
field-tech-level = High-tech or low-tech
field-management-model = Management model
field-organised = Organised
field-partner = Partner
field-helix = Role
add-partner = Add partner
field-risk = Risk
field-level = Level
field-risk-description = Description of the risk
field-mitigation = Mitigation
add-risk = Add risk
field-period = Period
field-reported-on = Date
field-status = Status
field-reason = Reason (required for amber and red)
add-health = Add health report
field-notes = Notes

## Gate dialog
gate-title = Gate decision
gate-from = Current phase: { $phase }
field-decision = Decision
field-new-phase = New phase
field-decided-on = Decided on
field-decider = Decided by
decider-hint = e.g. management team
field-rationale = Rationale
field-conditions = Conditions
gate-confirm = Record decision

## Delete dialog
delete-title = Delete initiative?
delete-what = “{ $name }” will be deleted with its { $budget } budget lines, { $decisions } gate decisions, { $reports } health reports, { $partners } partners and { $risks } risks.
delete-undo-hint = You can undo this from the status bar (Ctrl+Z) until you close Proeftuin.

## File dialogs
new-portfolio-title = New empty portfolio
open-portfolio-title = Open portfolio
path-hint = Type or paste the full path of the file.
field-path = File
field-municipality = Municipality

## Settings
settings-personal = Your preferences (this computer)
settings-portfolio = Portfolio settings (stored in the portfolio)
theme = Theme
theme-light = Light
theme-dark = Dark
field-stuck-threshold = Stuck after (in pilot or evaluation)
months-suffix = { " " }months
field-ready-threshold = Ready at a score of at least
field-conditional-threshold = Conditionally ready at least
weight-of = Weight: { $criterion }

## Validation
problem-name-required = A name is required
problem-end-before-start = The end date lies before the start date
problem-level-range = A level runs from 0 to 9
problem-negative-amount = Amounts cannot be negative
problem-year-range = Enter a year such as 2026
problem-reason-required = Amber and red need a reason
problem-period-required = A period is required (e.g. 2026-Q3)
problem-partner-name-required = A partner needs a name
problem-decider-required = Say who decided
problem-rationale-required = A decision needs a rationale
problem-stop-reason-required = Give the reason for stopping
problem-conditions-required = A conditional go needs its conditions
problem-date = Not a date: use dd-mm-yyyy (e.g. 31-12-2026)
problem-amount = Not an amount: e.g. 85000 or 85,000.00

## Enumerations
kind-pilot = Pilot
kind-living-lab = Living lab
kind-experiment = Experiment
quadrant-digital-government = Digital government
quadrant-e-governance = E-governance
quadrant-smart-government = Smart government
quadrant-smart-society = Smart society
phase-idea = Idea
phase-preparation = Preparation
phase-pilot = Pilot running
phase-evaluation = Evaluation
phase-scaling = Scaling
phase-anchored = Anchored
phase-stopped = Stopped
health-green = On track
health-amber = At risk
health-red = Off track
decision-go = Go
decision-conditional-go = Conditional go
decision-hold = Hold
decision-stop = Stop
category-operation = Operation
category-innovation = Innovation
helix-government = Government
helix-business = Business
helix-knowledge = Knowledge institution
helix-civil-society = Citizens / civil society
risk-privacy = Privacy
risk-ethics = Ethics
risk-cybersecurity = Cybersecurity
risk-vendor-lock-in = Vendor lock-in
risk-regulation = Regulation
risk-other = Other
level-low = Low
level-medium = Medium
level-high = High
criterion-public-value = Public value and evaluation
criterion-ethics-privacy = Ethics and privacy
criterion-structural-funding = Structural funding
criterion-knowledge-capacity = Knowledge and capacity
criterion-ownership = Ownership and sponsorship
criterion-integration-standards = Integration and standards
criterion-regulation = Regulation
criterion-collaboration-adoption = Collaboration and adoption
verdict-ready = Ready
verdict-conditionally-ready = Conditionally ready
verdict-not-ready = Not ready
verdict-blocked = Blocked
verdict-not-assessed = Not assessed
position-no-idea-yet = No idea yet
position-must-do-something = We must do something, but what?
position-concrete-plans = We have concrete plans
rating-0 = 0 — not met
rating-1 = 1 — partly met
rating-2 = 2 — met
readiness-level-0 = 0 — idea
readiness-level-1 = 1 — basic research
readiness-level-2 = 2 — formulation
readiness-level-3 = 3 — proof of concept
readiness-level-4 = 4 — controlled testing
readiness-level-5 = 5 — validated under controlled conditions
readiness-level-6 = 6 — semi-controlled testing
readiness-level-7 = 7 — validated under semi-controlled conditions
readiness-level-8 = 8 — real-world testing
readiness-level-9 = 9 — proven in real-world use
use-level-0 = 0 — no use
use-level-1 = 1 — the lead organisation
use-level-2 = 2 — some partners
use-level-3 = 3 — most partners
use-level-4 = 4 — some connected next users
use-level-5 = 5 — most connected next users
use-level-6 = 6 — some unconnected next users
use-level-7 = 7 — most unconnected next users
use-level-8 = 8 — some end users
use-level-9 = 9 — most end users
degree-incremental = Incremental
degree-radical = Radical
innovation-type-technological = Technological
innovation-type-social = Social
inside-outside-inside = Inside
inside-outside-outside = Outside
tech-level-high-tech = High-tech
tech-level-low-tech = Low-tech
management-model-more = More (efficiency)
management-model-better = Better (better services)
management-model-different = Different (transformation)
organised-inside = From inside
organised-outside = From outside (start-up in residence, challenges)
organised-hybrid = Hybrid (labs with partners, citizen labs, open data)

## Unsaved changes
unsaved-title = Unsaved changes
unsaved-what = “{ $name }” has changes that are not saved yet. Save them, discard them, or go back to editing.
discard = Discard

## Departments
settings-departments = Departments and their starting position
settings-departments-hint = Where each department stands on digital innovation (figure 2.7 of the source).
save-departments = Save departments

## Overview
nav-overview = Overview
overview-budget-title = Operation and innovation in { $year }
overview-share = Innovation share { $share } (target { $target })
overview-share-below = Below the target: most of the budget goes to operating existing systems.
overview-planned = Planned: operation { $operation }, innovation { $innovation }
overview-actual = Spent so far: operation { $operation }, innovation { $innovation }
overview-no-budget = No budget lines for this year yet.
overview-by-phase = Initiatives per phase (count, planned innovation budget)
overview-by-quadrant = Initiatives per quadrant
overview-empty-quadrant = empty
overview-readiness = Scaling readiness
overview-health = Health (latest report)
overview-more = … and { $count } more: click the count to see them all in the table
overview-stuck = Stuck: { $months } months or more in pilot or evaluation
overview-stuck-button = Stuck initiatives
filter-verdict-active = Only verdict: { $verdict }
filter-stuck-active = Only stuck initiatives

## Quadrant map
nav-quadrants = Quadrant map
quadrants-filtered = The table's filters apply.
quadrants-size-hint = Size: innovation budget. Hover for details, click to open.
quadrants-click-hint = Show this quadrant in the table
quadrants-detail = Innovation budget { $budget } · { $share } of the shown initiatives (target { $target })
axis-horizontal = Horizontal: from old (left) to new (right) digitalisation.
axis-vertical = Vertical: from inside the organisation (bottom) to outside (top).

## Readiness
nav-readiness = Readiness
matrix-title = Scaling Readiness matrix: readiness level × use level
matrix-hint = The method of Sartas et al. (2020): how far an innovation has been proven (readiness, 0–9) against how widely it is used (use, 0–9). Click a cell for its initiatives.
matrix-readiness-short = R
matrix-use-short = U
matrix-axes = Vertical: readiness level (R), from 0 (idea) up to 9 (proven in real-world use). Horizontal: use level (U), from 0 (no use) to 9 (most end users).
matrix-cell = Readiness { $readiness }, use { $use }: { $count } initiatives
matrix-unrecorded = { $count } shown initiatives have no readiness and use level recorded.
verdicts-per-phase = Verdicts per phase
criteria-title = The conditions for scaling
criteria-model = Each condition is rated 0 (not met), 1 (partly met) or 2 (met). Score = weighted sum of the ratings against the maximum. Ready from { $ready } %, conditionally ready from { $conditional } %; a 0 on a blocking condition blocks whatever the score.
criterion-blocking = blocks when not met
criterion-weight = weight { $weight }
explain-public-value = Valuing: the value is shown against public values and goals, and the results are evaluated.
explain-ethics-privacy = Mitigating risks: an ethical data assessment (DEDA) and a privacy impact assessment (AVG/GDPR) are done, and the risks are mitigated.
explain-structural-funding = The running costs after scaling are covered by the operation budget.
explain-knowledge-capacity = The organisation has the skills and the people to run it.
explain-ownership = An executive sponsor, and a line department that will own it.
explain-integration-standards = It fits the application landscape and uses open standards (Common Ground, FIWARE): no new smart-city silo, no vendor lock-in.
explain-regulation = The legal basis is clear: no blocking rule, or an exemption is arranged.
explain-collaboration-adoption = Partners are engaged (quadruple helix: government, business, knowledge institutions, citizens), users adopt it, and others can reuse it.

## Phases
nav-phases = Phases
funnel-title = Funnel: initiatives per phase
funnel-row = { $phase }: { $count } · { $budget }
funnel-click-hint = Show these initiatives in the table
phases-stuck-title = Stuck: { $months } months or more in pilot or evaluation
phases-stuck-hint = Pilotitis: experimenting without scaling. Change the threshold in Settings.
phases-none-stuck = No initiative is stuck.
phases-months-in = { $phase }, { $months } months
roadmap-title = Roadmap
roadmap-hint = Each initiative as a bar over time, coloured by its phases from the decisions; the line marks today. Click a bar to open the initiative.
roadmap-row = Roadmap

# Budget view
nav-budget = Budget
budget-baseline-all = Includes the departments' baseline operation budget.
budget-baseline-department = Includes the baseline operation budget of { $department }.
budget-baseline-excluded = The departments' baseline operation budget is left out while filters other than a department are active: it belongs to no quadrant, phase or theme.
budget-years-title = Operation and innovation per year
budget-years-chart-hint = Per year, planned (left bar) and spent (right bar), operation at the bottom and innovation stacked on top. Hover a bar for its amount.
budget-no-lines = No budget lines yet. Add them to an initiative in the editor, or import a register.
budget-no-lines-period = No budget lines in this period.
budget-axis-year = Year
budget-axis-euros = Euros
budget-axis-share = Innovation share
budget-operation-planned = Operation, planned
budget-innovation-planned = Innovation, planned
budget-operation-spent = Operation, spent
budget-innovation-spent = Innovation, spent
budget-share-planned = Innovation share, planned
budget-share-spent = Innovation share, spent
budget-share-target = Target { $target }
budget-col-year = Year
budget-col-name = Name
budget-col-split = Operation | innovation (line: target)
budget-period = Period of the tables below
budget-all-years = All years
budget-by-department = Per department (initiatives by their owning department, plus its baseline)
budget-no-department = (no department)
budget-by-quadrant = Per quadrant
budget-quadrant-baseline-note = The baseline operation budget ({ $amount } in this period) belongs to no quadrant and is not in this table.
budget-open-table = Show these initiatives in the table
budget-initiatives-title = Planned versus spent per initiative
budget-initiatives-hint = Initiatives with a budget line in the period, the largest overspend first. Click a name to open the initiative.
budget-open-initiative = Open this initiative
budget-col-initiative = Initiative
budget-col-planned = Planned
budget-col-spent = Spent
budget-col-difference = Difference
budget-col-spent-share = Spent of planned
budget-projection-title = What will scaling cost us in operation?
budget-projection-rule = The next { $years } years, if the initiatives in scaling and anchored — and the pilots you tick below — become structural. Once anchored, an initiative's costs move to the operation budget: in a year with a plan, its planned innovation becomes operation; in a year without one, the costs of its last planned year carry on as running costs.
budget-projection-planned = Operation as planned
budget-projection-added = Added by scaling
budget-projection-total = Projected operation
budget-projection-increase = Increase
budget-projection-included = { $count ->
    [one] One initiative in the projection:
   *[other] { $count } initiatives in the projection:
}
budget-col-basis = Basis
budget-carried-from = costs of { $year } carried on
budget-as-planned = as planned
budget-projection-more = … and { $count } more, with smaller additions.
budget-projection-unknown = { $count ->
    [one] One initiative in the projection has no budget lines, so its running costs are unknown and not counted: { $names }
   *[other] { $count } initiatives in the projection have no budget lines, so their running costs are unknown and not counted: { $names }
}
budget-tick-title = Pilots to include in the projection ({ $ticked } of { $count } ticked)
budget-tick-none = No pilots running or in evaluation in view.
budget-tick-hint = Tick a pilot to see what it would cost in operation once it becomes structural.
budget-projection-carried-note = * No baseline planned yet for this year: each department's baseline operation of its last planned year carries on.

# Status report
report-title = Innovation portfolio status report — { $municipality }
report-subtitle = Status as of { $date }
report-subtitle-snapshot = Snapshot “{ $label }” of { $date }
report-initiatives = Initiatives
report-share = Innovation share { $year }
report-target = target { $target }
report-operation-planned = Operation planned this year
report-innovation-planned = Innovation planned this year
report-spent = Spent this year so far
report-ready = Ready to scale
report-blocked = Blocked
report-stuck = Stuck ({ $months }+ months)
report-red-amber = Off track / at risk
report-quadrant-count = { $count } initiatives · { $budget } innovation
report-axis-old-new = from old to new digitalisation
report-axis-inside-outside = from inside to outside the organisation
report-inside = inside
report-outside = outside
report-share-legend = above each bar: innovation share (target { $target })
report-blocked-why = Blocked initiatives and the conditions that block them:
report-attention = Off track and at risk
report-attention-none = No initiative is off track or at risk.
report-all-initiatives = All initiatives
report-footer = Made with Proeftuin on { $date }. Figures as defined in the portfolio's settings.
