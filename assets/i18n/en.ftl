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
delete-undo-hint = You can undo this with Ctrl+Z (the Edit menu's Undo) until you close Proeftuin, and restore it from the trash (Edit, Trash…) until the trash is emptied.

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
report-departments-intro = Per department (most in need first): its initiatives, those off track or at risk, those stuck in pilot or evaluation, and those blocked from scaling.
report-more-departments = … and { $count } more departments with something that needs attention.
report-red-amber-list = Off track and at risk (red first, then the largest innovation budget)
report-stuck-title = Stuck in pilot or evaluation for { $months } months or more (longest first)
report-stuck-none = No initiative is stuck in pilot or evaluation.
report-stuck-line = { $name }: { $phase } for { $months } months
report-more = … and { $count } more: every initiative is in the register (export CSV or Excel, or this report with the register as appendix).
report-more-appendix = … and { $count } more: every initiative is in the appendix.
report-register-left-out = The register itself ({ $count } initiatives) is not in this report. Export it as CSV or Excel, or make this report with the register as appendix.
export-register-appendix = Full register as appendix (a line for each of the { $count } initiatives)
export-report-hint = The report summarises the portfolio at any size and lists what needs attention; the register as appendix adds about one page per 65 initiatives.
report-all-initiatives = Appendix: all initiatives
report-footer = Made with Proeftuin on { $date }. Figures as defined in the portfolio's settings.

# Import, export, snapshots
menu-import = Import register…
menu-export = Export / status report…
menu-snapshots = Snapshots…
action-import = Import failed
action-export = Export failed
action-snapshot = Snapshot failed
import-title = Import a register
drop-register = Drop to read { $name } for import: you see every row first
drop-peers = Drop to add the cases of { $name } to the peer library
import-hint = A CSV, Excel (XLSX, or XLS of Excel 97–2003) or OpenDocument (ODS) register with Dutch or English headers, or a Proeftuin JSON file. You see every row and problem first; nothing is written until you confirm, and then all or nothing.
import-file = File to import
import-read = Read file
import-reading = Reading and checking the file…
import-template-hint = No register yet? Start from the template:
import-template-nl = Template (Dutch)
import-template-en = Template (English)
import-template-saved = Template saved as { $path }
import-template-format = Template format
import-template-as = as
template-format-xlsx = Excel workbook (XLSX) with lists of choices
template-format-ods = OpenDocument (ODS) with lists of choices
template-format-csv = CSV
template-choices-title = Not one of the choices
template-choices-message = Proeftuin knows the values in this list. Another value is still read when it is a spelling Proeftuin knows; the import's preview tells.
import-mapping = Columns and what they hold (change a column by hand)
import-ignore = (not imported)
import-ids-ignore = Match rows by name (do not import this column)
import-ids-rename = Use these ids (rename those initiatives)
import-values = Texts Proeftuin does not know: choose what each means
import-value = { $column }: “{ $text }” ({ $rows ->
    [one] 1 row
   *[other] { $rows } rows
})
import-value-choose = means…
import-summary = Will create { $created }, update { $updated }, leave { $unchanged } unchanged.
import-row = row { $row }
import-new = new
import-updates = updates { $fields }
import-problems = { $count ->
    [one] One problem: fix it in the file and read it again. Nothing will be written.
   *[other] { $count } problems: fix them in the file and read it again. Nothing will be written.
}
import-confirm = Import
import-done = Import done: { $created } created, { $updated } updated, { $unchanged } unchanged.
export-title = Export and status report
export-format = Format
export-format-json = JSON — the complete portfolio, to re-import or archive
export-format-csv = CSV — the register, for Excel
export-format-xlsx = Excel (XLSX) — register, budget lines, phase decisions and figures
export-format-ods = OpenDocument (ODS) — the same workbook in the open standard, for LibreOffice and other programs
export-format-html = HTML status report — for the meeting, opens in any browser
export-format-pdf = PDF status report — to print and mail
export-language = Language
export-file = Save as
export-atomic = The file is written completely or not at all; an existing file is replaced only when the export succeeded.
export-start = Export
export-no-path = Choose a file name first.
export-done = Saved { $path }
export-snapshot = Exports the snapshot “{ $label }” you are looking at.
snapshots-title = Status snapshots
snapshots-hint = A snapshot freezes the whole portfolio with its figures under a label and date, to look back at or compare with later.
snapshots-none = No snapshots yet.
snapshot-label = Label
snapshot-default-label = Status { $date }
snapshot-create = Take snapshot
snapshot-created = Snapshot “{ $label }” taken
snapshot-count = { $count } initiatives
snapshot-open = Open “{ $label }” (read only)
snapshot-delete = Delete “{ $label }”
snapshot-delete-confirm = Delete for good
snapshot-compare-title = Compare
snapshot-from = Compare
snapshot-to = with
snapshot-now = now (current portfolio)
snapshot-compare = Compare
snapshot-banner = You are looking at snapshot “{ $label }” of { $date }: read only.
snapshot-leave = Back to the current portfolio
snapshot-editor-read-only = Snapshot: read only
snapshot-read-only-refused = A snapshot cannot be changed; go back to the current portfolio first.
diff-title = { $from } to { $to }: { $before } to { $after } initiatives
diff-none = No changes.
diff-new = New ({ $count })
diff-removed = Removed ({ $count })
diff-stopped = Stopped ({ $count })
diff-phase = Phase moves ({ $count })
diff-budget = Budget changes, planned over all years ({ $count })
diff-budget-line = { $name }: innovation { $innovation_from } to { $innovation_to }, operation { $operation_from } to { $operation_to }
diff-readiness = Readiness changes ({ $count })
diff-health = Health changes ({ $count })
diff-move = { $name }: from { $from } to { $to }
browse = Browse…
browse-title = Choose a file
browse-open = Open
browse-save = Save
browse-new-folder = New folder
browse-new-folder-name = New folder
browse-rename = Rename
browse-refresh = Refresh
browse-parent = Up one folder
browse-file = File:
browse-hidden = Show hidden files

## Errors from the portfolio file and the file system
store-not-a-portfolio = { $path }: this is not a Proeftuin portfolio (it is { $what }). Choose another file or start a new portfolio.
store-what-empty = an empty file
store-what-not-a-file = a folder, a device or a pipe, not a file
store-what-not-sqlite = not a SQLite database
store-what-damaged = an unreadable or damaged SQLite database
store-what-other-program = another program's SQLite database
store-too-new = { $path }: the portfolio was made by a newer Proeftuin (schema version { $found }, this version knows up to { $known }). Update Proeftuin to open it.
store-open = { $path }: cannot open the portfolio: { $reason }
store-io = { $path }: { $reason }
store-conflict = “{ $name }” was changed elsewhere since you opened it (for example in another window). Reload and make your change again.
store-missing = the initiative no longer exists (it was deleted elsewhere)
store-phase-change = moving from { $from } to { $to } is not an allowed phase change
store-database = database error (reading or writing): { $reason }
store-cancelled = cancelled; nothing was written
store-no-snapshot = there is no snapshot “{ $label }”
store-snapshot-exists = a snapshot labelled “{ $label }” already exists; choose another label
io-not-found = the file does not exist
io-permission = you do not have permission to use this file
io-exists = a file with this name already exists
io-is-folder = this is a folder, not a file
io-disk-full = the disk is full
io-other = { $detail }

## Import: how the file was read, notes, and why a row or column cannot be imported
reason-amount-too-large = amount too large
reason-too-many-decimals = more than two decimals
reason-not-an-amount = not an amount (write it like € 85.000,00 or 85000.00)
reason-date-not-amount = a date, where an amount was expected
reason-not-a-date = not a date (use dd-mm-yyyy or yyyy-mm-dd)
reason-level = a level is a whole number from 0 to 9
reason-year = not a year (write it like 2026)
reason-link = not a web address: write the whole address, starting with https://
reason-id = an id is a whole number above 0
reason-name-required = every initiative needs a name
reason-unknown-kind = unknown kind (use pilot, living lab or experiment)
reason-unknown-quadrant = unknown quadrant (use digitale overheid, e-governance, slimme overheid or slimme samenleving)
reason-unknown-phase = unknown phase (use idee, voorbereiding, pilot, evaluatie, opschaling, geborgd or gestopt)
reason-negative-amount = an amount cannot be negative
reason-end-before-start = the end date lies before the start date
reason-cell-too-long = longer than { $max } characters
reason-name-too-long = a name has at most { $max } characters
reason-department-too-long = a department has at most { $max } characters
reason-owner-too-long = an owner has at most { $max } characters
reason-theme-too-long = a theme has at most { $max } characters
import-problem = { $path }, row { $row }, column { $column }, value { $value }: { $reason }
reason-duplicate-column = columns { $first } and { $second } both hold { $field }; remove one or map it to another field
reason-no-name-column = no column with the initiatives' names (a header like "Naam" or "Name"); map the column that holds them
source-xlsx-sheet = Excel workbook (XLSX), sheet “{ $sheet }”
source-ods-sheet = OpenDocument spreadsheet (ODS), sheet “{ $sheet }”
source-xls-sheet = Excel 97–2003 workbook (XLS), sheet “{ $sheet }”
separator-tab = tab
separator-char = '{ $char }'
source-csv = CSV, { $encoding }, separator { $separator }
note-unknown-columns = columns not imported (unknown headers): { $list }
note-no-rows = the file has headers but no rows
note-header-row = the column headers are on row { $row }: the rows above them (a title, a date, notes) were not read
note-respelled = { $count ->
    [one] row { $rows }: { $pairs } (one department or theme, kept as first spelled: in the portfolio, else in the file)
   *[other] rows { $rows }: { $pairs } (one department or theme each, kept as first spelled: in the portfolio, else in the file)
}
note-placeholders = { $count ->
    [one] row { $rows }: { $texts } was read as no amount or date (not known yet, or none)
   *[other] rows { $rows }: { $texts } were read as no amount or date (not known yet, or none)
}
note-two-header-rows = the column headers span rows { $first } and { $second }: each column's two lines were joined (a group such as "Budget 2026" over "Innovatie" and "Beheer")
note-american-dates = dates with slashes were read month first (month/day/year), as American spreadsheets write them: “{ $example }” in row { $row } can be read no other way; check the dates
note-year-rows = rows { $rows }: a row per initiative per year (column “{ $column }”), taken together into { $count } initiatives, each amount in its row’s year; where the rows differ, the latest year’s row counts
note-totals-rows = { $count ->
    [one] row { $rows }: a totals row (named "Totaal" or "Total", with amounts only) was not imported: it would count the money twice
   *[other] rows { $rows }: totals rows (named "Totaal" or "Total", with amounts only) were not imported: they would count the money twice
}
note-renamed-by-id = { $count ->
    [one] row { $rows }: the id is that of an initiative with another name; it gets the name in the file
   *[other] rows { $rows }: the ids are those of initiatives with other names; they get the names in the file
}
note-column-in-thousands = column "{ $column }" holds thousands of euros, as its header says: 85 was read as € 85,000
note-column-in-millions = column "{ $column }" holds millions of euros, as its header says: 1.5 was read as € 1,500,000
source-json = JSON, { $format } version { $version }
note-replace-empty = the open portfolio is empty: settings, targets, departments, baseline and every initiative are taken over as they are
note-merge = the open portfolio's settings, targets and baseline budget are kept; initiatives are matched by id, else by name and department
reason-duplicate-row = the same initiative (name and department) is on row { $first } too; keep one row per initiative
reason-foreign-ids = { $count } of the { $total } rows with a known id name another initiative than the one with that id (id { $id } is "{ $existing }"): column "{ $column }" seems to hold the file's own numbering, not Proeftuin's ids. Set it to "(not imported)" (on the command line: --map "{ $column }=ignore") to match rows by name, or map it to id by hand to rename those initiatives
note-booked-start-year = { $count ->
    [one] amounts without a year were booked in the year of the start date (row { $rows })
   *[other] amounts without a year were booked in the year of the start date (rows { $rows })
}
note-booked-this-year = { $count ->
    [one] amounts without a year and without a start date were booked in { $year } (row { $rows })
   *[other] amounts without a year and without a start date were booked in { $year } (rows { $rows })
}
note-default-quadrant = { $count ->
    [one] no quadrant given: the new initiative was placed in digital government; check it (row { $rows })
   *[other] no quadrant given: new initiatives were placed in digital government; check them (rows { $rows })
}

## The import report (what `proeftuin import` prints)
report-ignored = (ignored)
report-columns = columns: { $list }
report-note = note: { $note }
report-error = error: { $message }
report-would = would create { $created }, would update { $updated }, unchanged { $unchanged }
report-done = created { $created }, updated { $updated }, unchanged { $unchanged }
report-would-update-line = {"  "}would update { $name } (row { $row }): { $fields }
report-updated-line = {"  "}updated { $name } (row { $row }): { $fields }
report-dry-run = dry run: nothing was written
report-problems = { $count } problem(s): nothing was written

## Files that cannot be read or written
file-problem = { $path }: { $reason }
file-empty = the file is empty
file-false-encoding = the file says it is { $encoding } but is not
file-not-text = this is not a text (CSV) file; save the register as CSV, XLSX, ODS or XLS
file-csv-unreadable = row { $row }: the CSV cannot be read: { $detail }
file-cut-off = row { $row } has { $cells } of { $columns } columns and the file ends in the middle of it: the file seems cut off
file-not-xlsx = not a readable Excel workbook (.xlsx): { $detail }
file-not-ods = not a readable OpenDocument spreadsheet (.ods): { $detail }
file-not-xls = not a readable Excel 97–2003 workbook (.xls): { $detail }
file-password = the workbook is protected with a password, so its cells cannot be read; save it without a password (or as CSV) and import that
file-office-not-workbook = this Office file holds no workbook (a Word document?); save the register as XLSX, ODS, XLS or CSV
file-xls-too-large = the workbook's sheets span more than { $cells } cells (from their first to their last cell), more than a register can be; remove what does not belong to it
file-no-sheets = the workbook has no sheets
file-sheet-unreadable = sheet “{ $sheet }” cannot be read: { $detail }
file-sheet-empty = sheet “{ $sheet }” is empty
json-not-valid = not valid JSON at line { $line }, column { $column }: { $detail }
json-foreign = this is a { $other } document, not a Proeftuin portfolio ({ $format })
json-no-format = no "format": "{ $format }" field: not a Proeftuin portfolio document
json-version = document version { $version } is not supported (this Proeftuin reads 1 to { $known }); update Proeftuin
json-shape = does not match the portfolio format: { $detail }
json-initiative = initiative { $position } ({ $name }): { $field }: { $problem }
snapshot-label-empty = a snapshot needs a label
snapshot-label-now = "now" stands for the live portfolio; choose another label
snapshot-label-long = a label has at most { $max } characters
snapshot-digest-unreadable = the comparison digest of snapshot “{ $label }” cannot be read: { $error }
export-xlsx-failed = the workbook could not be made: { $detail }
export-workbook-too-large = the workbook would be larger than a spreadsheet file can hold (4 GiB, passed in “{ $part }”); export the portfolio as CSV or JSON, which have no such bound
export-xlsx-cell-too-long = { $sheet }, { $row }: { $column } has more than { $max } characters, more than a spreadsheet cell holds; export as JSON or CSV to keep it whole
export-too-many-columns = too many columns for a worksheet
export-too-many-rows = more rows than a worksheet holds (1,048,576)
export-pdf-font = the report font could not be loaded
export-pdf-page = the page size of the report is not valid
export-pdf-failed = the PDF could not be made: { $detail }

## The command line
cli-no-db = no database given: add --db PATH
cli-demo-exists = { $path }: the portfolio already holds { $count } initiatives; add --force to replace them
cli-demo-written = wrote { $count } initiatives to { $path } in { $seconds } s
cli-check-schema = schema version: { $found } (expected { $expected })
cli-check-schema-older = schema version: { $found } (made by an older Proeftuin: opening the portfolio brings it to version { $expected }, after a backup of it as it is)
cli-check-integrity = integrity
cli-check-foreign-keys = foreign key violations: { $count }
cli-check-initiatives = initiatives: { $count }
cli-check-failed = { $path }: the portfolio failed its check (see above)
cli-export-written = wrote { $path } ({ $count } initiatives) in { $seconds } s
cli-import-problems = { $file }: { $count } problem(s) found; nothing was written to { $path }
cli-template-written = wrote the import template to { $path }
cli-snapshot-created = snapshot { $id } “{ $label }” of { $date }: { $count } initiatives
cli-snapshot-deleted = deleted snapshot { $id } “{ $label }”
summary-title = { $municipality } — { $count } initiatives, as of { $date }
summary-by-phase = By phase (count, planned innovation budget):
summary-by-quadrant = By quadrant:
summary-budget = Budget per year (planned; target innovation share { $target }):
summary-this-year = <- this year
summary-year = { $year }  operation { $operation }  innovation { $innovation }  share { $share }
summary-readiness = Scaling readiness: { $ready } ready, { $conditional } conditionally ready, { $not_ready } not ready, { $blocked } blocked, { $not_assessed } not assessed
summary-health = Health: { $green } green, { $amber } amber, { $red } red, { $none } without a report
summary-stuck = Stuck (pilot or evaluation for { $months } months or more): { $count }
cli-diff-title = { $from } -> { $to }: { $count_from } -> { $count_to } initiatives
cli-diff-none = no changes
cli-diff-new = new ({ $count }):
cli-diff-removed = removed ({ $count }):
cli-diff-stopped = stopped ({ $count }):
cli-diff-phase-moves = phase moves ({ $count }):
cli-diff-budget-changes = budget changes (planned, all years) ({ $count }):
cli-diff-budget-line = { $name }: innovation { $innovation_from } -> { $innovation_to }, operation { $operation_from } -> { $operation_to }
cli-diff-readiness-changes = readiness changes ({ $count }):
cli-diff-health-changes = health changes ({ $count }):

## The store worker and background work
worker-no-portfolio = no portfolio is open
worker-vanished = the initiative could not be read back after saving; reload the portfolio to see what was stored
worker-file-exists = { $path }: a file with this name already exists; choose another name
worker-snapshot-vanished = the snapshot could not be read back after saving; open the snapshots again
export-thread-died = the export stopped unexpectedly; nothing was written. Try again, or choose another format
gui-window-failed = the window cannot be opened: { $detail }. The commands work without a window: proeftuin --help
gui-renderer-failed = { $renderer } could not draw the window ({ $detail }); trying { $next }

## The command line's help (`proeftuin --help`)
cli-about = Portfolio manager for municipal innovation: pilots, living labs and experiments
cli-arg-db = The portfolio: a file (default: portfolio.sqlite in the platform's data directory) or a shared portfolio on a PostgreSQL server (postgres://user@host/database; the password from PGPASSWORD, ~/.pgpass or PGSERVICE, never on the command line).
cli-about-demo = Write the demo portfolio, or N synthetic initiatives, into the database.
cli-arg-demo-size = Number of synthetic initiatives instead of the demo portfolio.
cli-arg-demo-seed = Seed for the synthetic initiatives (same seed, same portfolio).
cli-arg-demo-force = Replace a portfolio that already has initiatives.
cli-about-check = Verify integrity, foreign keys and schema version (exit 0 only when all hold).
cli-about-summary = Print the portfolio's figures: counts per phase and quadrant, budget per year with the innovation share, readiness verdicts, stuck pilots and health.
cli-arg-summary-year = The year of the headline innovation share (default: this year).
cli-arg-summary-format = Output format.
cli-arg-summary-today = Compute as of this date (YYYY-MM-DD) instead of today, for reproducible reports.
cli-about-list = Print the initiatives.
cli-arg-list-format = Output format.
cli-about-export = Export the portfolio (or a snapshot): json (complete, re-importable), csv (the register), xlsx and ods (the register with budget lines, phase decisions and figures), html and pdf (the status report), pstw (the Public Sector Tech Watch case layout, for peers).
cli-arg-export-format = The file format.
cli-arg-export-out = The file to write (written completely or not at all).
cli-arg-export-snapshot = Export this snapshot (its id or label) instead of the live portfolio.
cli-arg-export-language = Language of headers, names and the report.
cli-arg-export-today = Compute the report as of this date (YYYY-MM-DD) instead of today.
cli-about-import = Import a register (CSV, XLSX, ODS or XLS, Dutch or English headers) or a Proeftuin JSON document. Any problem: nothing is written, and every problem is listed with its row, column, value and reason. Re-importing updates instead of duplicating.
cli-arg-import-file = The file to import.
cli-arg-import-dry_run = Show what would be created and updated, and write nothing.
cli-arg-import-mappings = Map a column by hand: "Header=field" (fields: id, name, kind, department, owner, contact, quadrant, phase, start_date, end_date, themes, description, readiness_level, use_level, year, innovation, operation, innovation_spent, operation_spent, optionally with :YEAR; or ignore). Repeatable.
cli-arg-import-values = What a text Proeftuin does not know means in a kind, quadrant or phase column: "Text=meaning" (an identifier such as evaluation, or its Dutch or English name). Repeatable.
cli-arg-import-today = Book amounts without a year or start date in this date's year.
cli-about-snapshot = Status snapshots: frozen, dated copies of the portfolio with its figures.
cli-about-snapshot-create = Freeze the portfolio under a label.
cli-arg-snapshot-create-label = The snapshot's label.
cli-arg-snapshot-create-date = The snapshot's date (default: today).
cli-about-snapshot-list = List the snapshots, newest first.
cli-arg-snapshot-list-format = Output format.
cli-about-snapshot-diff = Compare two snapshots (by id or label), or a snapshot with `now`.
cli-arg-snapshot-diff-from = The earlier side: a snapshot's id or label, or now.
cli-arg-snapshot-diff-to = The later side: a snapshot's id or label, or now.
cli-arg-snapshot-diff-format = Output format.
cli-arg-snapshot-diff-today = The date "now" stands for (default: today).
cli-about-snapshot-delete = Delete a snapshot (by id or label).
cli-arg-snapshot-delete-snapshot = The snapshot's id or label.
cli-about-template = Write the import template: the headers and an example row; as a workbook with lists of choices for kind, quadrant and phase when the file ends in .xlsx or .ods, else as CSV.
cli-arg-template-language = Language of the headers and the example.
cli-arg-template-out = The file to write (.xlsx, .ods or .csv).
cli-help-flag = Print help
cli-version-flag = Print version
cli-usage-heading = Usage:
cli-options-heading = Options
cli-arguments-heading = Arguments
cli-commands-heading = Commands

## Files an import refuses before reading them
file-not-regular = this is not a regular file (it is a folder, a device or a pipe); choose a CSV, XLSX, ODS, XLS or JSON file
file-too-large = the file is larger than { $megabytes } MB, more than a register can be; choose the right file or split it
file-xlsx-unpacked-too-large = the workbook unpacks to more than { $megabytes } MB; save the register again as a plain XLSX or CSV
file-xlsx-too-many-cells = the sheet has more than { $cells } filled cells, more than a register can be; remove what does not belong to it
file-cell-too-large = cell { $cell } holds more than { $megabytes } MB of text, more than a cell of a register can be; remove what does not belong to it
file-sheet-too-much-text = the sheet holds more than { $megabytes } MB of text, more than a register can be; remove what does not belong to it
file-ods-too-large = the spreadsheet spans more than { $cells } cells (repeated rows and cells included), more than a register can be; remove what does not belong to it
file-ods-cut-off = the file is cut off: the spreadsheet ends in the middle of a sheet (a broken download or copy)
file-xlsx-column-too-far = cell { $cell } lies beyond column { $columns }, further right than a register goes; remove what is there
problem-amount-too-large = an amount of more than € 10,000,000,000 is not a budget line
worker-panicked = an internal error stopped this action; nothing was changed. Please report it; you can go on working
worker-gone = the connection to the portfolio file was lost; nothing was changed. Save your typing elsewhere and restart Proeftuin
export-target-folder = this is a folder; choose a file name to export to
export-target-database = this file is a database (a portfolio or a backup) and is never written over by an export; choose another file name
export-exists = a file with this name already exists; add --force to replace it, or choose another name
export-replace-title = Replace the existing file?
export-replace-what = { $path } already exists. Replacing it cannot be undone.
export-replace = Replace
cli-arg-export-force = Replace the file when it exists.
cli-arg-template-force = Replace the file when it exists.
store-busy = { $path }: the portfolio is busy: another program is writing it. Try again in a moment
store-damaged = { $path }: the portfolio failed its integrity check ({ $details }); nothing was written. Restore a backup, or ask your IT department to look at the file
cli-backups-none = no backups yet
cli-backup-line = { $when }  { $occasion }  { $size }  { $count } initiatives  { $path }
cli-backup-unusable = { $path }: not usable as a backup: { $reason }
cli-backup-taken = backup written to { $path } ({ $count } initiatives), verified
cli-restored = { $path } restored from { $from } ({ $count } initiatives); the state before is in backups/
cli-about-backup = Take a verified backup now (in backups/ beside the portfolio; the newest 14 are kept unless the setting says otherwise), or list the backups.
cli-arg-backup-list = List the backups instead: date, occasion, size and initiatives.
cli-about-restore = Put a backup back as the portfolio (the current state is backed up first). Close Proeftuin everywhere the portfolio is open before restoring.
cli-arg-restore-from = The backup to restore.
action-backup = Backup failed

## Backups in the app
menu-backups = Backups…
backups-title = Backups
backups-hint = Copies of this portfolio in the folder backups/ beside it, taken at the first open of each day and before every import; the newest are kept (how many is a portfolio setting, 14 unless changed). Restoring one first keeps a copy of the portfolio as it is now.
backups-none = No backups yet.
backup-take = Take a backup now
backup-restore = Restore the backup of { $when }
backup-restore-title = Restore this backup?
backup-restore-what = The portfolio goes back to how it was on { $when }. Everything changed since then is replaced; a copy of the portfolio as it is now is kept first.
backup-restore-confirm = Restore
backup-restored = The backup of { $when } is restored ({ $count } initiatives); the portfolio as it was is kept in backups/.
backup-occasion-daily = daily
backup-occasion-before-import = before an import
backup-occasion-before-replace = before replacing
backup-occasion-before-restore = before a restore
backup-occasion-before-migration = before an update
backup-occasion-by-hand = by hand
export-without-personal = Leave out personal data (owners, contacts and deciders), for sharing outside the municipality
cli-arg-export-no_personal = Leave out personal data (owners, contacts, deciders) for sharing outside the municipality.
store-changed-since-preview = the portfolio was changed elsewhere since the preview (for example in another window); nothing was written. Read the file again to see what the import will change now
changed-elsewhere = The portfolio was changed elsewhere (another window or colleague); the views show it as it is now. What you are typing is kept.

# Undo, redo and the trash
menu-edit = Edit
menu-undo = Undo
menu-redo = Redo
menu-trash = Trash…
step-create = creating “{ $name }”
step-edit = the change to “{ $name }”
step-delete = deleting “{ $name }”
undone = Undone: { $what }
redone = Redone: { $what }
action-undo = Undo or redo failed
action-trash = The trash failed
trash-title = Trash
trash-hint = Deleted initiatives stay here, with everything they carried (budget lines, decisions, reports), until the trash is emptied. Restoring puts one back under its own number.
trash-none = The trash is empty.
trash-deleted = deleted { $when } by { $user }
trash-restore = Restore “{ $name }”
trash-empty = Empty the trash…
trash-empty-question = Delete the { $count } initiatives in the trash for good? This cannot be undone; the backups still hold them.
trash-empty-confirm = Empty for good
trash-emptied = { $count } initiatives deleted for good.
store-settings-changed = the settings were changed elsewhere since you opened them; nothing was written
store-department-changed = department “{ $name }” was changed elsewhere since you opened it; nothing was written. Look at it now and save again to keep your choice.
store-not-in-trash = initiative { $id } is no longer in the trash (it was restored elsewhere or the trash was emptied)

# The conflict dialog
conflict-title = Changed elsewhere
conflict-found = “{ $name }” was changed elsewhere while you edited it. Choose per field what to keep.
conflict-settings-found = The settings were changed elsewhere while you edited them. Choose per setting what to keep.
conflict-hint = Each row is a field where your version and the one stored now differ. The proposal takes whoever changed the field; where both did (marked), yours is proposed.
conflict-field = Field
conflict-mine = Yours
conflict-theirs = Stored now
conflict-both = changed by both
conflict-choose-mine = Yours for { $field }
conflict-choose-theirs = Stored for { $field }
conflict-keep-mine = Keep all mine
conflict-take-theirs = Take all stored
conflict-save-merged = Save these choices
value-empty = (empty)

# The audit log
history-title = History of changes
history-none = No changes recorded yet.
history-loading = Reading the history…
history-line = { $when }, { $user }
history-change = { $field }: “{ $old }” became “{ $new }”
audit-action-created = created
audit-action-changed = changed
audit-action-phase = phase decision
audit-action-deleted = deleted
audit-action-restored = restored from the trash
audit-action-imported = imported
audit-action-settings = setting changed
audit-action-department = department changed
audit-action-replaced = portfolio replaced
audit-action-emptied-trash = trash emptied
changed-field-name = Name
changed-field-description = Description
changed-field-kind = Kind
changed-field-department = Department
changed-field-owner = Owner
changed-field-contact = Contact
changed-field-start-date = Start date
changed-field-end-date = Planned end date
changed-field-quadrant = Quadrant
changed-field-phase = Phase
changed-field-phase-since = In this phase since
changed-field-phase-history = Gate decisions
changed-field-readiness-level = Readiness level
changed-field-use-level = Use level
changed-field-readiness = Scaling conditions
changed-field-degree = Incremental or radical
changed-field-innovation-type = Technological or social
changed-field-technology-from = Technology from
changed-field-target-group = Target group
changed-field-tech-level = High-tech or low-tech
changed-field-management-model = Management model
changed-field-organised = Organised
changed-field-themes = Themes
changed-field-partners = Partners
changed-field-risks = Risks
changed-field-budget-lines = Budget lines
changed-field-health-reports = Health reports
changed-field-stop-reason = Reason for stopping
changed-field-lessons-learned = Lessons learned
changed-field-notes = Notes
changed-field-municipality = Municipality
changed-field-target-innovation-share = Target innovation share
changed-field-stuck-threshold = Stuck after (months)
changed-field-ready-threshold = Ready from
changed-field-conditional-threshold = Conditionally ready from
changed-field-readiness-weights = Weights of the scaling conditions
changed-field-quadrant-targets = Target spread over the quadrants
changed-field-starting-position = Starting position

cli-about-audit = The audit log: who changed what and when (oldest first), for accountability.
cli-arg-audit-since = Only changes from this date (YYYY-MM-DD, UTC) on.
cli-arg-audit-format = Output format.
cli-about-trash = The trash: list the deleted initiatives, restore one, or empty it for good.
cli-arg-trash-restore = Put this initiative (its id) back from the trash.
cli-arg-trash-empty = Delete everything in the trash for good.
cli-trash-line = { $id }  { $name }  (deleted { $when } by { $user })
cli-trash-restored = restored { $id } “{ $name }” from the trash
field-backups-kept = Backups kept
field-backups-kept-hint = Proeftuin keeps a copy of the portfolio in the backups folder beside it: at the first opening of each day and before every import, migration, restore and replacement. This many are kept; the oldest go first.
changed-field-backups-kept = Backups kept
store-read-only = { $path }: the portfolio is read-only here (you may not write the file); nothing was written
store-read-only-older = { $path }: the portfolio is read-only and was made by an older Proeftuin, so it cannot be brought up to date. Copy it to a folder where you may write, then open the copy.
file-read-only-refused = This portfolio is read-only here; nothing can be changed.
read-only-banner = Read-only: you may not write { $path }. You can look, search, compare and export; to make changes, ask for write access or open a copy.
damaged-hint = Nothing was written into the damaged file. A copy of it is kept when you restore.
damaged-restore = Restore the backup of { $when } ({ $count } initiatives)
damaged-no-backup = There is no sound backup beside it. Open another portfolio, or ask IT for a copy from the file backup.
open-missing = There is no portfolio at this path. Create a new one here, or cancel and choose another file.
conflict-departments-found = Departments were changed elsewhere while you edited them. Choose per department which starting position to keep.
audit-action-backup-restored = backup restored

## A shared portfolio on a server
store-server = Cannot reach the server { $server }: { $reason }
store-no-portfolio-on-server = { $server }: the database holds no Proeftuin portfolio yet, and you may not create one. Ask IT to prepare it (docs/shared-portfolio.md).
store-backup-on-server = { $server }: a shared portfolio is backed up on the server (pg_dump, see docs/shared-portfolio.md). For a copy in a file use File, Copy portfolio to… or `proeftuin copy`.
store-file-only = { $server }: this works on a portfolio file, not on a shared portfolio.
store-target-not-empty = { $target }: the target already holds a portfolio ({ $initiatives } initiatives, { $snapshots } snapshots). Choose an empty one, or replace it (--replace).
cli-about-copy = Copy a whole portfolio (initiatives, snapshots, trash, audit log and settings) from a file to a shared portfolio on a server, or back. The target must be empty unless --replace.
cli-arg-copy-from = The portfolio to copy: a file or a postgres:// address.
cli-arg-copy-to = Where to copy it: a new file or an empty database (postgres://…).
cli-arg-copy-replace = Replace what the target holds.
cli-copied = copied { $initiatives } initiatives, { $snapshots } snapshots, { $trash } deleted initiatives and { $audit } audit lines from { $from } to { $to } in { $seconds } s; the copy was read back and matches
menu-open-shared = Open shared portfolio…
menu-recent = Recent portfolios
menu-copy-to = Copy portfolio to…
open-shared-title = Open a shared portfolio
open-shared-hint = A portfolio on your municipality's PostgreSQL server, for the whole team. Ask IT for the address, for example postgres://j.jansen@db.gemeente.nl/proeftuin.
copy-to-title = Copy the portfolio
copy-to-hint = Everything (initiatives, snapshots, trash, audit log and settings) goes to a new portfolio file or an empty shared portfolio, for example to move your file onto the server.
field-server-address = Server address
field-copy-target = Copy to (a file or a server address)
field-password = Password (for this session only)
password-hint = Leave empty when your password is in ~/.pgpass, PGPASSWORD or a PGSERVICE entry. Proeftuin never keeps it.
copy-replace = Replace what the target holds
copy = Copy
test-connection = Test connection
shared-test-ok-editor = Connected to { $portfolio } as { $user }: { $count } initiatives. You may change them.
shared-test-ok-viewer = Connected to { $portfolio } as { $user }: { $count } initiatives. You may read them (a viewer's login): the portfolio opens read-only.
shared-address-invalid = That is not a server address: { $reason }
shared-address-not-server = Type a server address that starts with postgres:// (open a file with File, Open…).
copied-to = Copied { $count } initiatives and { $snapshots } snapshots to { $target }; the copy was read back and matches.
copy-onto-itself = That is the open portfolio itself: choose another file or server.
offline-banner = { $reason }. You see the portfolio as last loaded, read-only; Proeftuin tries again every few seconds, and your unsaved changes stay.
offline-refused = The server cannot be reached now: nothing can be changed until it answers again. Your unsaved changes stay.
back-online = The server answers again: { $server } is up to date and can be changed.
viewer-banner = { $path }: you may read this shared portfolio but not change it (a viewer's login).
viewer-refused = Your login may read this shared portfolio but not change it; nothing was written.
status-file = The portfolio file
status-server = A shared portfolio: database and server
store-server-lost = The connection to the server { $server } was lost
store-viewer-only = { $server }: your login may read this shared portfolio but not change it; nothing was written

## The balance view
nav-balance = Balance
balance-title = The portfolio's balance
balance-subtitle = Over the { $count } initiatives shown (the table's filters apply). Click a bar to see exactly those initiatives in the table; "not classified" is counted too.
balance-bar = { $value }: { $count } ({ $share }), { $budget } innovation budget
balance-click-hint = Open the table with exactly these initiatives
balance-not-classified = Not classified
balance-no-partners = No partners recorded
balance-no-theme = No theme
balance-helix-note = An initiative counts once in each role its partners have.
balance-management-model = Management model: more, better, different
balance-management-model-hint = Table 2.3 (after Rik Maes and Mulder, 2017). More: control and efficiency, cheaper and faster, within the organisation. Better: adaptation and use, better services, for the government as a whole. Different: learning and experimenting, game changers, for society. Many municipalities are in the frame of "better"; "different" still occurs only very sporadically.
balance-degree = Incremental or radical
balance-degree-hint = Incremental innovations are improvements within what exists (evolution); radical innovations introduce something fundamentally new (revolution).
balance-innovation-type = Technological or social
balance-innovation-type-hint = Technological innovations bring about far-reaching change only together with social innovations: new values, business models and structures. Social innovation can also be the product itself.
balance-playing-field = Inside or outside (table 2.1)
balance-playing-field-hint = Table 2.1: technology from inside or outside, for a target group inside or outside ("inside for outside": technology from inside, for a target group outside). Technology is "inside" when the municipality decides its format and use, even when the system comes from a supplier. Each playing field has its own complexity and dynamics.
balance-tech-level = High-tech or low-tech
balance-tech-level-hint = Digital innovation is not only costly high-tech applications and infrastructures (the operations centre of Rio de Janeiro); simple low-tech technology can also make interesting applications (bicycle registration in Bonheiden).
balance-organised = How it is organised
balance-organised-hint = From inside, from outside (start-up in residence, challenges) or hybrid (labs with partners, citizen labs, open data).
balance-helix = Partners in the quadruple helix (figure 2.6)
balance-helix-hint = Collaborating and learning with government, business, knowledge institutions, and citizens and civil society: the four roles of the quadruple helix.
balance-theme = Societal themes
balance-theme-hint = The societal themes the initiatives serve (climate, housing, mobility, care, safety, inclusion, …).
playing-field-inside-inside = Business use (inside for inside)
playing-field-inside-outside = Contact with the outside world (inside for outside)
playing-field-outside-inside = Help from outside (outside for inside)
playing-field-outside-outside = Society goes its own way (outside for outside)
filter-facet-active = Only: { $facet }
quadrants-axis-across-phase = phase: from idea (left) to anchored and stopped (right)
quadrants-axis-up-readiness = readiness: higher is readier; not yet assessed along the bottom

## The departments view (figure 2.7)
nav-departments = Departments
no-department = (no department)
departments-title = Departments and their starting positions
departments-subtitle = Every department of the whole portfolio (the table's filters do not apply), the one most in need of attention first: by the number of needs, then by how many of its initiatives need help. Budget figures are for { $year }. Click a count to see exactly those initiatives.
departments-none = There are no departments yet, and no initiatives. Add departments under Settings.
departments-position = Starting position:
departments-position-hint = Figure 2.7 (after the Rathenau Instituut): "we have no idea", "we must do something, but what?" or "we have concrete plans". In larger municipalities it can differ per department or directorate.
position-no-idea-yet-hint = "We have no idea": for this category it matters first to gather more knowledge and to form a picture of what is coming and its possible impact. The aim is above all more awareness and a first orientation; several municipalities organise knowledge sessions to acquaint the organisation with digital transformation.
position-must-do-something-hint = "We must do something, but what?": this category makes concrete plans for pilots and living labs and makes sure the necessary infrastructure is in order (money, network, knowledge and the like). Limited experiments help here, to discover everything that is needed.
position-concrete-plans-hint = "We have concrete plans": this category is busy experimenting and looks for answers to questions of scaling and anchoring. Its capacity for change is strongly called upon; the large cities with structural programmes for the digital transformation work this way.
departments-line = { $count ->
    [one] 1 initiative
   *[other] { $count } initiatives
} · innovation share { $share } of the { $year } budget (target { $target }) · { $stuck } stuck in pilot or evaluation
departments-verdicts = Pilots and evaluations:
departments-verdict-hint = { $department }: the pilots and evaluations that are "{ $verdict }"
departments-stuck = Stuck: { $count }
departments-cell = { $department }: { $count } in { $quadrant }, { $phase }
departments-show = Show the { $count } initiatives of { $department } in the table
departments-no-needs = Nothing needs attention.
departments-need-position-not-recorded = Starting position not recorded
departments-need-position-not-recorded-help = Record it (figure 2.7) to see which help fits: knowledge and orientation, first experiments, or scaling and anchoring.
departments-need-orientation = Starting position "we have no idea"
departments-need-orientation-help = Needs knowledge first: a picture of what is coming and its possible impact, awareness and a first orientation, for instance knowledge sessions on digital transformation.
departments-need-first-experiments = "We must do something, but what?", and nothing has reached the pilot phase yet
departments-need-first-experiments-help = Needs concrete plans for pilots and living labs, the infrastructure in order (money, network, knowledge), and limited experiments to discover what is needed.
departments-need-position-outdated = { $running ->
    [0] Nothing has reached the pilot phase, though the starting position says "we have concrete plans"
    [one] 1 initiative has reached the pilot phase or beyond, which the recorded starting position does not lead one to expect
   *[other] { $running } initiatives have reached the pilot phase or beyond, which the recorded starting position does not lead one to expect
}
departments-need-position-outdated-help = Check whether the starting position still holds; the help a department needs follows from it.
departments-need-scaling = Pilots that do not move on: { $stuck } stuck, { $not_ready } not ready or blocked for scaling
departments-need-scaling-help = Questions of scaling and anchoring: the Readiness view shows which conditions hold these pilots back.
departments-need-below-target = Innovation share { $share } of the { $year } budget, below the target of { $target }
departments-need-no-budget = No budget planned for { $year }
departments-need-below-target-help = Money is part of the infrastructure for innovation: plan the department's innovation budget (Budget view).
departments-need-troubled = { $count ->
    [one] 1 initiative whose latest status is At risk or Off track
   *[other] { $count } initiatives whose latest status is At risk or Off track
}
departments-need-troubled-help = Read the reasons in their latest health reports.
changed-field-algorithm-register-url = Entry in the Algoritmeregister
changed-field-model-targets = Target spread over more, better, different
store-targets-do-not-add-up = The target spread over { $spread ->
    [quadrants] the quadrants
   *[models] more, better and different
} adds up to { $total } hundredths of a percent, not 100 %; nothing was written
store-server-needs-update = { $server }: this shared portfolio has schema version { $found } and this Proeftuin needs version { $known }. Only the owner of its tables can bring it up to date: ask IT to open it once with this version as its owner (see docs/shared-portfolio.md).
field-algorithm-register = Algoritmeregister entry
field-algorithm-register-hint = When the initiative uses an algorithm published in the Dutch government's Algoritmeregister (algoritmes.overheid.nl), the address of its entry there. It is kept and exported (also in the Public Sector Tech Watch layout).
problem-link-invalid = Not a web address: write the whole address, starting with https://
settings-targets = Targets
settings-targets-hint = What the director aims for. The overview, budget, quadrant map and balance views show the portfolio against them.
field-target-innovation-share = Innovation share of the budget
field-quadrant-target = Target share: { $quadrant }
field-model-targets = Set a target spread over more, better and different (table 2.3)
field-model-target = Target share: { $model }
targets-total = Together: { $total }
targets-must-add-up = A target spread must add up to 100 % before it can be saved.
balance-model-target = target { $target } of the classified, now { $share }
balance-model-no-target = No target spread set: the director can set one in Settings, under Targets.
balance-model-target-line = Target over the { $count } classified: more { $more }, better { $better }, different { $different } (the mark across each bar).
balance-model-below = "{ $model }" is { $points } percentage points below its target.
balance-model-above = "{ $model }" is { $points } percentage points above its target.
cli-arg-export-personal = With --format pstw (published for peers, where personal data is left out): include the owners, contacts and deciders.
export-format-pstw = Public Sector Tech Watch (CSV) — the cases in the EU's catalogue layout, for other municipalities
export-include-personal = Include personal data (owners, contacts, deciders)
export-only-shown = Only the { $count } initiatives the table shows (its filters)
export-pstw-hint = The Public Sector Tech Watch columns first, then what it has no column for (quadrant, phase, budgets, readiness, decisions, lessons) prefixed proeftuin_. Semicolon-separated, UTF-8.
cli-about-peers = The peer library: other municipalities' cases (Public Sector Tech Watch or their Proeftuin publications), kept apart from the portfolio, to learn from.
cli-about-peers-import = Add the cases of a peer file to the library (updating those it has): all or nothing.
cli-arg-peers-import-file = The peer file: the Public Sector Tech Watch dataset (CSV, XLSX, ODS or XLS; its local-government cases) or a municipality's Proeftuin publication.
cli-about-peers-list = The library's cases, by organisation.
cli-arg-peers-list-format = Output format.
cli-about-peers-similar = The peer cases most like one of the portfolio's initiatives, best first, with why.
cli-arg-peers-similar-id = The initiative's id.
cli-arg-peers-similar-format = Output format.
cli-arg-peers-similar-limit = At most this many.
cli-peers-imported = { $path }: { $added ->
    [one] { $added } case
   *[other] { $added } cases
} added to the peer library, { $updated } updated; { $other } of other levels of government left out
cli-peers-none-similar = No case in the peer library ({ $count }) shares a word or a theme with "{ $name }".
cli-no-initiative = there is no initiative with id { $id }
peers-json = this is a JSON document, not a peer file: the peer library reads the Public Sector Tech Watch layout (CSV, XLSX or ODS), as `proeftuin export --format pstw` writes it
peers-unknown-layout = not a peer file in a layout Proeftuin knows: the columns { $missing } are missing (the Public Sector Tech Watch layout names them). Found: { $found }. Nothing was added.
peers-none-local = no local-government case to add ({ $other } of other levels of government, { $unnamed } without a name). Nothing was added.

## The peers view ("slim volgen")
nav-peers = Other municipalities
peers-title = Learning from other municipalities
peers-subtitle = "Slim volgen": learn from what others tried. The peer library holds { $count } cases of { $organisations } organisations, kept apart from your portfolio: never in its figures, its exports or its reports.
peers-file = Peer file
peers-file-hint = The Public Sector Tech Watch dataset (CSV, XLSX, ODS or XLS; its local-government cases are kept) or another municipality's Proeftuin publication (File, Export, Public Sector Tech Watch). Importing the same file again updates its cases.
peers-import = Import into the library
peers-imported = { $file }: { $added ->
    [one] { $added } case
   *[other] { $added } cases
} added to the peer library, { $updated } updated; { $other } of other levels of government left out
peers-compare = Most like:
peers-compare-hint = One of the initiatives the table shows (the one open in the editor, else the first); filter the table to find another.
peers-empty = The library is empty: import a peer file above.
peers-none-similar = No case in the library shares a word or a theme with "{ $name }".
peers-score-hint = Score out of 100: shared words (rare words weigh more) 55, shared themes 20, the same quadrant 15, the same status 10.
peers-match = { $score }  { $organisation }: { $name }
peers-why = Why: { $reasons }
peers-ask = Ask: { $contact }
peers-reason-words = shared words: { $words }
peers-reason-themes = shared themes: { $themes }
peers-reason-quadrant = the same quadrant ({ $quadrant })
peers-reason-status = the same status ({ $status })
peers-status-unknown = status unknown
peers-since = { $status }, since { $year }
peers-all = All cases
peers-search = Search
peers-search-hint = organisation, name, description, status
peers-organisation = Organisation
peers-outcome = Outcome
peers-stop-or-lessons = Stop reason or lessons learned
peers-shown-of-total = { $shown } of { $total } cases

## The five activities (figures 2.5 and 2.6)
nav-activities = Five activities
activities-title = The five activities of digital innovation
activities-subtitle = Figures 2.5 and 2.6 (after Van Es, De Bakker et al., 2018): experimenting, valuing, seizing opportunities, mitigating risks, and collaborating and learning, each with the municipality's concrete assignments. Judge each assignment, with a note and the initiatives that show it; beside it, what the register itself shows. Each assessment is kept under its date; compare it with an earlier one.
activities-date = Assessment of
activities-save = Save assessment
activities-compare = Compare with
activities-compare-none = no earlier assessment
activities-date-unreadable = The date cannot be read: write it as dd-mm-yyyy.
activities-none-yet = No assessment has been saved yet: this one starts empty.
activities-weakest = Weakest: { $activity } ({ $points } of 4 points)
activities-standing = { $activity }: { $points } of 4 points
activities-standing-then = { " " }(on { $date }: { $points })
activities-then = on { $date }: { $status }
activities-note = Note: { $assignment }
activities-evidence = Evidence ({ $count }): { $names }
activities-register = In the register: { $text }
activities-take-evidence = Take these { $count } as evidence
activities-take-evidence-hint = Record these initiatives as the evidence for "{ $assignment }"
activities-and-more = { " " }and { $count } more
assessment-not-assessed = Not assessed
assessment-saved = The self-assessment of { $date } is saved.
answer-done = Done
answer-partly = Partly
answer-not-yet = Not yet
activity-valuing = Valuing
activity-experimenting = Experimenting
activity-seizing-opportunities = Seizing opportunities
activity-mitigating-risks = Mitigating risks
activity-collaborating-and-learning = Collaborating and learning
activity-valuing-hint = Making clear, from public values, why and when digitalisation is wanted, and where its limits are.
activity-experimenting-hint = Experimenting locally in public space, with its ethical conditions arranged.
activity-seizing-opportunities-hint = Seeing what digitalisation makes possible, and innovating for society's transitions.
activity-mitigating-risks-hint = Seeing the risks in the whole data value chain, and protecting public values.
activity-collaborating-and-learning-hint = Innovating together, at every level, and involving citizens.
assignment-clarify-value-and-limits = Clarify the use and limits of digitalisation from public values
assignment-clarify-value-and-limits-hint = Administrators make clear from that perspective why or when digitalisation is wanted, and where limits or conditions apply.
assignment-steer-by-public-values = Steer technological and social innovation from public values
assignment-steer-by-public-values-hint = Avoid naive technology optimism; seek a balance between opportunities and risks.
assignment-experiment-locally = Experiment locally in public space
assignment-experiment-locally-hint = Make the city a permanent living lab (Pieter Ballon), and do so inside the municipality too, for instance a service robot in the town hall, so that citizens and staff get to know new technology.
assignment-ethics-of-living-labs = Arrange the ethical conditions of the living lab
assignment-ethics-of-living-labs-hint = These are experiments with real citizens on real issues. Sometimes room to experiment is made by setting certain rules aside for a time. Include the impact on the organisation and its staff.
assignment-see-possibilities = Keep an eye on what digitalisation makes possible
assignment-see-possibilities-hint = The many digital technologies coming at municipalities, and the chance to improve existing processes or shape them anew.
assignment-innovate-for-transitions = Innovate from the perspective of society's transitions
assignment-innovate-for-transitions-hint = Digital innovation supports societal tasks around climate, safety, social inclusion and the like; insights for one task can matter for another.
assignment-see-risks = Keep an eye on the risks of digitalisation in the whole data value chain
assignment-see-risks-hint = The Utrecht Data School's DEDA (the Data Ethics Decision Aid) is a kind of ethical impact assessment for digital innovation.
assignment-protect-public-values = Protect public values through debate, policy, technology and organisation
assignment-protect-public-values-hint = Stimulate the debate with citizens; policy through regulation, funding and communication; technology and organisation too, for instance the transparency of algorithms.
assignment-innovate-together = Innovate together
assignment-innovate-together-hint = Without collaboration only the larger cities get things done: locally, regionally, nationally and in Europe.
assignment-involve-citizens = Involve citizens in digitalisation
assignment-involve-citizens-hint = Be clear about what citizen participation can influence; the quadruple helix (with citizens and civil society) matters as much as the triple helix (government, business, knowledge).
evidence-clarify-value-and-limits = { $count } initiatives with their public value and evaluation condition met
evidence-steer-by-public-values = { $count } social innovations
evidence-experiment-locally = { $count } living labs running
evidence-ethics-of-living-labs = { $count } living labs with their ethics and privacy condition met (DEDA, DPIA)
evidence-see-possibilities = { $count } ideas and preparations with an innovation budget
evidence-innovate-for-transitions = { $count } initiatives linked to societal themes
evidence-see-risks = { $count } initiatives with risks recorded or their ethics and privacy condition met
evidence-protect-public-values = { $count } initiatives with a privacy or ethics risk and its mitigation
evidence-innovate-together = { $count } initiatives with partners
evidence-helix-roles = { " " }(partners in { $roles } of the 4 helix roles)
evidence-involve-citizens = { $count } initiatives with citizens or civil society as partner
diff-assessment = Self-assessment of the five activities ({ $count })
cli-diff-assessment-changes = self-assessment of the five activities, { $from } -> { $to } ({ $count }):
report-assessment = Self-assessment of the five activities
report-assessment-none = No self-assessment of the five activities has been made yet (view Five activities).
report-assessment-of = Assessed on { $date }.
report-assessment-compared = Assessed on { $date }, compared with { $before }.
report-assessment-was = { " " }(was: { $status })
report-assessment-evidence = { " " }[{ $count } initiatives show it]
quadrants-across = Inside each quadrant, across:
quadrants-up = up:
quadrants-across-phase = Phase
quadrants-across-months = Months in the current phase
quadrants-across-start = Start year
quadrants-up-readiness = Readiness score
quadrants-up-readiness-level = Readiness level (0–9)
quadrants-up-use-level = Use level (0–9)
quadrants-up-budget = Innovation budget
quadrants-axis-across-months = months in phase: fewest left, most right; not known at the left edge
quadrants-axis-across-start = start: earliest left, latest right; no start date at the left edge
quadrants-axis-up-readiness-level = readiness level: higher is further (0–9); not recorded along the bottom
quadrants-axis-up-use-level = use level: higher is more used (0–9); not recorded along the bottom
quadrants-axis-up-budget = innovation budget: higher is more; none along the bottom

## Work under way (beside the turning dots, and their label for a screen reader)
busy-snapshots = Working on the snapshots…
busy-backups = Working on the backups…
busy-figures = Computing the figures…
busy-peers = Reading the library of other municipalities' cases…
busy-connecting = Connecting to the server…
busy-trash = Reading the trash…
busy-working = Working…
