# Proeftuin — Nederlands. Dezelfde sleutels als en.ftl (een test controleert dat).

## Acties en meldingen
action-open = Openen van het portfolio is mislukt
action-create = Aanmaken van het portfolio is mislukt
action-save = Opslaan is mislukt
action-phase = Vastleggen van het fasebesluit is mislukt
action-delete = Verwijderen is mislukt
action-settings = Opslaan van de instellingen is mislukt
opened = { $path } geopend
saved = „{ $name }” opgeslagen
deleted = „{ $name }” verwijderd
undo-delete = Ongedaan maken: „{ $name }” terugzetten (Ctrl+Z)
settings-saved = Portfolio-instellingen opgeslagen
fix-fields = Niet opgeslagen: verbeter de velden in het rood
copy-of = Kopie van { $name }
loading = Portfolio laden…
open-failed-title = Het portfolio kon niet worden geopend
open-failed-hint = Er is niets aan dat bestand veranderd. Open een ander portfolio of begin een nieuw via het menu Bestand.
network-share-warning = Dit portfolio staat op een netwerkschijf: SQLite is daar niet veilig. Kopieer het naar deze computer.

## Menu en navigatie
menu-portfolio = Bestand
menu-new-initiative = Nieuw initiatief
menu-new-portfolio = Nieuw leeg portfolio…
menu-open = Portfolio openen…
menu-language = Taal
nav-portfolio = Portfolio
nav-settings = Instellingen
demo-badge = DEMO
demo-hint = Dit is het demoportfolio van een fictieve gemeente. Begin uw eigen portfolio via Bestand » Nieuw leeg portfolio.
untitled-portfolio = Naamloos portfolio

## Tabel
search = Zoeken
search-hint = naam, omschrijving of trekker (Ctrl+F)
filter-all = Alle
filter-clear = Filters wissen
filter-theme = Thema
shown-of-total = { $shown } van { $total } initiatieven
sort-hint = Klik om te sorteren; nogmaals klikken keert om
column-name = Naam
column-kind = Soort
column-department = Afdeling
column-quadrant = Kwadrant
column-phase = Fase
column-months = Maanden
column-readiness = Opschalingsgereedheid
column-health = Status
column-budget = Innovatiebudget
stuck-hint = Maanden in de huidige fase. Oranje namen zijn vastgelopen: langer dan de drempel in pilot of evaluatie zonder opschaling (pilotitis)
health-none = geen rapportage
empty-portfolio = Dit portfolio heeft nog geen initiatieven
empty-portfolio-hint = Voeg uw eerste pilot, living lab of experiment toe met „Nieuw initiatief” (Ctrl+N).
no-matches = Geen initiatief past bij de zoekopdracht en filters. Wis de filters om alles te zien.

## Editor
new-initiative = Nieuw initiatief
save = Opslaan
close = Sluiten
duplicate = Dupliceren
delete = Verwijderen
revert = Herstellen
cancel = Annuleren
create = Aanmaken
open = Openen
unsaved = niet-opgeslagen wijzigingen
section-general = Algemeen
section-phase = Fase en besluiten
section-budget = Begrotingsregels
section-readiness = Opschalingsgereedheid
section-characteristics = Kenmerken
section-partners = Partners
section-risks = Risico's
section-health = Statusrapportages
section-notes = Notities
field-name = Naam
field-description = Omschrijving
field-kind = Soort
field-quadrant = Kwadrant
field-department = Afdeling
department-pick = Kies een bestaande afdeling
field-owner = Trekker
field-contact = Contact
field-start = Startdatum
field-end = Geplande einddatum
date-hint = dd-mm-jjjj
field-themes = Thema's
themes-hint = bijv. klimaat, mobiliteit
field-phase = Fase:
since = sinds { $date }
phase-after-save = Een nieuw initiatief begint als idee; sla het op en leg daarna fasebesluiten vast.
change-phase = Fasebesluit / fase wijzigen…
save-first = Sla uw wijzigingen eerst op of herstel ze
phase-history = Besluiten
field-stop-reason = Reden van stoppen
field-lessons = Geleerde lessen
no-budget-lines = Nog geen begrotingsregels.
field-year = Jaar
field-category = Soort budget
field-planned = Begroot
field-actual = Werkelijk
remove-line = Verwijderen
add-budget-line = Begrotingsregel toevoegen
verdict = Oordeel
blocked-by = Geblokkeerd: „niet voldaan” op { $criteria }.
held-back-by = Houdt tegen: { $criteria }.
field-readiness-level = Gereedheidsniveau (0–9)
field-use-level = Gebruiksniveau (0–9)
not-set = niet ingevuld
field-degree = Incrementeel of radicaal
field-innovation-type = Technologisch of sociaal
field-technology-from = Technologie van
field-target-group = Doelgroep
field-tech-level = Hightech of lowtech
field-management-model = Sturingsmodel
field-organised = Georganiseerd
field-partner = Partner
field-helix = Rol
add-partner = Partner toevoegen
field-risk = Risico
field-level = Niveau
field-risk-description = Omschrijving van het risico
field-mitigation = Beheersmaatregel
add-risk = Risico toevoegen
field-period = Periode
field-reported-on = Datum
field-status = Status
field-reason = Reden (verplicht bij oranje en rood)
add-health = Statusrapportage toevoegen
field-notes = Notities

## Fasebesluit
gate-title = Fasebesluit
gate-from = Huidige fase: { $phase }
field-decision = Besluit
field-new-phase = Nieuwe fase
field-decided-on = Besloten op
field-decider = Besloten door
decider-hint = bijv. managementteam
field-rationale = Onderbouwing
field-conditions = Voorwaarden
gate-confirm = Besluit vastleggen

## Verwijderen
delete-title = Initiatief verwijderen?
delete-what = „{ $name }” wordt verwijderd met { $budget } begrotingsregels, { $decisions } fasebesluiten, { $reports } statusrapportages, { $partners } partners en { $risks } risico's.
delete-undo-hint = U kunt dit ongedaan maken via de statusbalk (Ctrl+Z) tot u Proeftuin sluit.

## Bestanden
new-portfolio-title = Nieuw leeg portfolio
open-portfolio-title = Portfolio openen
path-hint = Typ of plak het volledige pad van het bestand.
field-path = Bestand
field-municipality = Gemeente

## Instellingen
settings-personal = Uw voorkeuren (deze computer)
settings-portfolio = Portfolio-instellingen (opgeslagen in het portfolio)
theme = Thema
theme-light = Licht
theme-dark = Donker
field-stuck-threshold = Vastgelopen na (in pilot of evaluatie)
months-suffix = { " " }maanden
field-ready-threshold = Gereed bij een score van ten minste
field-conditional-threshold = Voorwaardelijk gereed vanaf
weight-of = Gewicht: { $criterion }

## Validatie
problem-name-required = Een naam is verplicht
problem-end-before-start = De einddatum ligt vóór de startdatum
problem-level-range = Een niveau loopt van 0 tot en met 9
problem-negative-amount = Bedragen kunnen niet negatief zijn
problem-year-range = Vul een jaar in, zoals 2026
problem-reason-required = Oranje en rood hebben een reden nodig
problem-period-required = Een periode is verplicht (bijv. 2026-K3)
problem-partner-name-required = Een partner heeft een naam nodig
problem-decider-required = Vul in wie besloot
problem-rationale-required = Een besluit heeft een onderbouwing nodig
problem-stop-reason-required = Geef de reden van stoppen
problem-conditions-required = Een voorwaardelijk akkoord heeft voorwaarden nodig
problem-date = Geen datum: gebruik dd-mm-jjjj (bijv. 31-12-2026)
problem-amount = Geen bedrag: bijv. 85000 of 85.000,00

## Opsommingen
kind-pilot = Pilot
kind-living-lab = Living lab
kind-experiment = Experiment
quadrant-digital-government = Digitale overheid
quadrant-e-governance = E-governance
quadrant-smart-government = Slimme overheid
quadrant-smart-society = Slimme samenleving
phase-idea = Idee
phase-preparation = Voorbereiding
phase-pilot = Pilot loopt
phase-evaluation = Evaluatie
phase-scaling = Opschaling
phase-anchored = Geborgd
phase-stopped = Gestopt
health-green = Op koers
health-amber = Risico
health-red = Uit koers
decision-go = Akkoord
decision-conditional-go = Voorwaardelijk akkoord
decision-hold = Aanhouden
decision-stop = Stoppen
category-operation = Beheer
category-innovation = Innovatie
helix-government = Overheid
helix-business = Bedrijfsleven
helix-knowledge = Kennisinstelling
helix-civil-society = Burgers / maatschappelijke organisaties
risk-privacy = Privacy
risk-ethics = Ethiek
risk-cybersecurity = Cyberveiligheid
risk-vendor-lock-in = Leveranciersafhankelijkheid
risk-regulation = Regelgeving
risk-other = Overig
level-low = Laag
level-medium = Middel
level-high = Hoog
criterion-public-value = Publieke waarde en evaluatie
criterion-ethics-privacy = Ethiek en privacy
criterion-structural-funding = Structurele financiering
criterion-knowledge-capacity = Kennis en capaciteit
criterion-ownership = Eigenaarschap en opdrachtgeverschap
criterion-integration-standards = Integratie en standaarden
criterion-regulation = Regelgeving
criterion-collaboration-adoption = Samenwerking en adoptie
verdict-ready = Gereed
verdict-conditionally-ready = Voorwaardelijk gereed
verdict-not-ready = Niet gereed
verdict-blocked = Geblokkeerd
verdict-not-assessed = Niet beoordeeld
position-no-idea-yet = Nog geen idee
position-must-do-something = We moeten iets, maar wat?
position-concrete-plans = We hebben concrete plannen
rating-0 = 0 — niet voldaan
rating-1 = 1 — deels voldaan
rating-2 = 2 — voldaan
readiness-level-0 = 0 — idee
readiness-level-1 = 1 — fundamenteel onderzoek
readiness-level-2 = 2 — formulering
readiness-level-3 = 3 — proof of concept
readiness-level-4 = 4 — gecontroleerd testen
readiness-level-5 = 5 — gevalideerd onder gecontroleerde omstandigheden
readiness-level-6 = 6 — semi-gecontroleerd testen
readiness-level-7 = 7 — gevalideerd onder semi-gecontroleerde omstandigheden
readiness-level-8 = 8 — testen in de praktijk
readiness-level-9 = 9 — bewezen in de praktijk
use-level-0 = 0 — geen gebruik
use-level-1 = 1 — de trekkende organisatie
use-level-2 = 2 — enkele partners
use-level-3 = 3 — de meeste partners
use-level-4 = 4 — enkele verbonden volgende gebruikers
use-level-5 = 5 — de meeste verbonden volgende gebruikers
use-level-6 = 6 — enkele niet-verbonden volgende gebruikers
use-level-7 = 7 — de meeste niet-verbonden volgende gebruikers
use-level-8 = 8 — enkele eindgebruikers
use-level-9 = 9 — de meeste eindgebruikers
degree-incremental = Incrementeel
degree-radical = Radicaal
innovation-type-technological = Technologisch
innovation-type-social = Sociaal
inside-outside-inside = Binnen
inside-outside-outside = Buiten
tech-level-high-tech = Hightech
tech-level-low-tech = Lowtech
management-model-more = Meer (efficiëntie)
management-model-better = Beter (betere dienstverlening)
management-model-different = Anders (transformatie)
organised-inside = Van binnenuit
organised-outside = Van buitenaf (start-up in residence, challenges)
organised-hybrid = Hybride (labs met partners, burgerlabs, open data)

## Niet-opgeslagen wijzigingen
unsaved-title = Niet-opgeslagen wijzigingen
unsaved-what = „{ $name }” heeft wijzigingen die nog niet zijn opgeslagen. Sla ze op, gooi ze weg of ga terug naar bewerken.
discard = Weggooien

## Afdelingen
settings-departments = Afdelingen en hun startpositie
settings-departments-hint = Waar elke afdeling staat met digitale innovatie (figuur 2.7 van de bron).
save-departments = Afdelingen opslaan

## Overzicht
nav-overview = Overzicht
overview-budget-title = Beheer en innovatie in { $year }
overview-share = Innovatieaandeel { $share } (doel { $target })
overview-share-below = Onder het doel: het meeste budget gaat naar beheer van bestaande systemen.
overview-planned = Begroot: beheer { $operation }, innovatie { $innovation }
overview-actual = Besteed tot nu toe: beheer { $operation }, innovatie { $innovation }
overview-no-budget = Nog geen begrotingsregels voor dit jaar.
overview-by-phase = Initiatieven per fase (aantal, begroot innovatiebudget)
overview-by-quadrant = Initiatieven per kwadrant
overview-empty-quadrant = leeg
overview-readiness = Opschalingsgereedheid
overview-health = Status (laatste rapportage)
overview-more = … en nog { $count }: klik op het aantal om ze allemaal in de tabel te zien
overview-stuck = Vastgelopen: { $months } maanden of langer in pilot of evaluatie
overview-stuck-button = Vastgelopen initiatieven
filter-verdict-active = Alleen oordeel: { $verdict }
filter-stuck-active = Alleen vastgelopen initiatieven

## Kwadrantenkaart
nav-quadrants = Kwadrantenkaart
quadrants-filtered = De filters van de tabel gelden hier ook.
quadrants-size-hint = Grootte: innovatiebudget. Wijs aan voor details, klik om te openen.
quadrants-click-hint = Toon dit kwadrant in de tabel
quadrants-detail = Innovatiebudget { $budget } · { $share } van de getoonde initiatieven (doel { $target })
axis-horizontal = Horizontaal: van oude (links) naar nieuwe (rechts) digitalisering.
axis-vertical = Verticaal: van binnen de organisatie (onder) naar buiten (boven).

## Gereedheid
nav-readiness = Gereedheid
matrix-title = Scaling Readiness-matrix: gereedheidsniveau × gebruiksniveau
matrix-hint = De methode van Sartas e.a. (2020): hoe ver een innovatie bewezen is (gereedheid, 0–9) tegenover hoe breed ze gebruikt wordt (gebruik, 0–9). Klik op een vak voor de initiatieven.
matrix-readiness-short = G
matrix-use-short = B
matrix-axes = Verticaal: gereedheidsniveau (G), van 0 (idee) tot 9 (bewezen in de praktijk). Horizontaal: gebruiksniveau (B), van 0 (geen gebruik) tot 9 (de meeste eindgebruikers).
matrix-cell = Gereedheid { $readiness }, gebruik { $use }: { $count } initiatieven
matrix-unrecorded = Bij { $count } getoonde initiatieven zijn geen gereedheids- en gebruiksniveau vastgelegd.
verdicts-per-phase = Oordelen per fase
criteria-title = De voorwaarden voor opschaling
criteria-model = Elke voorwaarde krijgt 0 (niet voldaan), 1 (deels voldaan) of 2 (voldaan). Score = gewogen som van de beoordelingen ten opzichte van het maximum. Gereed vanaf { $ready } %, voorwaardelijk gereed vanaf { $conditional } %; een 0 op een blokkerende voorwaarde blokkeert, wat de score ook is.
criterion-blocking = blokkeert als niet voldaan
criterion-weight = gewicht { $weight }
explain-public-value = Waarderen: de waarde is aangetoond tegen publieke waarden en doelen, en de resultaten zijn geëvalueerd.
explain-ethics-privacy = Risico's verzachten: een ethische data-assessment (DEDA) en een gegevensbeschermingseffectbeoordeling (AVG) zijn gedaan en de risico's zijn beperkt.
explain-structural-funding = De structurele kosten na opschaling zijn gedekt in de beheerbegroting.
explain-knowledge-capacity = De organisatie heeft de kennis en de mensen om het te beheren.
explain-ownership = Een bestuurlijk opdrachtgever, en een lijnafdeling die eigenaar wordt.
explain-integration-standards = Past in het applicatielandschap en gebruikt open standaarden (Common Ground, FIWARE): geen nieuw smart-city-silo, geen leveranciersafhankelijkheid.
explain-regulation = De juridische grondslag is helder: geen blokkerende regel, of er is een ontheffing geregeld.
explain-collaboration-adoption = Partners zijn betrokken (quadruple helix: overheid, bedrijfsleven, kennisinstellingen, burgers), gebruikers nemen het over en anderen kunnen het hergebruiken.

## Fasen
nav-phases = Fasen
funnel-title = Trechter: initiatieven per fase
funnel-row = { $phase }: { $count } · { $budget }
funnel-click-hint = Toon deze initiatieven in de tabel
phases-stuck-title = Vastgelopen: { $months } maanden of langer in pilot of evaluatie
phases-stuck-hint = Pilotitis: experimenteren zonder op te schalen. De drempel stelt u in bij Instellingen.
phases-none-stuck = Geen enkel initiatief is vastgelopen.
phases-months-in = { $phase }, { $months } maanden
roadmap-title = Tijdlijn
roadmap-hint = Elk initiatief als balk in de tijd, gekleurd naar zijn fasen volgens de besluiten; de lijn markeert vandaag. Klik op een balk om het initiatief te openen.
roadmap-row = Tijdlijn

# Budget view
nav-budget = Budget
budget-baseline-all = Inclusief het basisbudget voor beheer van de afdelingen.
budget-baseline-department = Inclusief het basisbudget voor beheer van { $department }.
budget-baseline-excluded = Het basisbudget voor beheer van de afdelingen blijft buiten beschouwing zolang er andere filters dan een afdeling actief zijn: het hoort bij geen kwadrant, fase of thema.
budget-years-title = Beheer en innovatie per jaar
budget-years-chart-hint = Per jaar begroot (linkerbalk) en besteed (rechterbalk), beheer onderaan en innovatie erbovenop. Wijs een balk aan voor het bedrag.
budget-no-lines = Nog geen begrotingsregels. Voeg ze toe bij een initiatief in de editor, of importeer een register.
budget-no-lines-period = Geen begrotingsregels in deze periode.
budget-axis-year = Jaar
budget-axis-euros = Euro
budget-axis-share = Innovatieaandeel
budget-operation-planned = Beheer, begroot
budget-innovation-planned = Innovatie, begroot
budget-operation-spent = Beheer, besteed
budget-innovation-spent = Innovatie, besteed
budget-share-planned = Innovatieaandeel, begroot
budget-share-spent = Innovatieaandeel, besteed
budget-share-target = Doel { $target }
budget-col-year = Jaar
budget-col-name = Naam
budget-col-split = Beheer | innovatie (streep: doel)
budget-period = Periode van de tabellen hieronder
budget-all-years = Alle jaren
budget-by-department = Per afdeling (initiatieven naar hun eigenaar-afdeling, plus het basisbudget)
budget-no-department = (geen afdeling)
budget-by-quadrant = Per kwadrant
budget-quadrant-baseline-note = Het basisbudget voor beheer ({ $amount } in deze periode) hoort bij geen kwadrant en staat niet in deze tabel.
budget-open-table = Toon deze initiatieven in de tabel
budget-initiatives-title = Begroot tegenover besteed per initiatief
budget-initiatives-hint = Initiatieven met een begrotingsregel in de periode, de grootste overschrijding eerst. Klik op een naam om het initiatief te openen.
budget-open-initiative = Open dit initiatief
budget-col-initiative = Initiatief
budget-col-planned = Begroot
budget-col-spent = Besteed
budget-col-difference = Verschil
budget-col-spent-share = Besteed van begroot
budget-projection-title = Wat kost opschaling ons aan beheer?
budget-projection-rule = De komende { $years } jaar, als de initiatieven in opschaling en geborgd — en de pilots die u hieronder aanvinkt — structureel worden. Na borging gaan de kosten van een initiatief naar het beheerbudget: in een jaar met een begroting wordt de begrote innovatie beheer; in een jaar zonder begroting lopen de kosten van het laatst begrote jaar door als exploitatiekosten.
budget-projection-planned = Beheer volgens begroting
budget-projection-added = Erbij door opschaling
budget-projection-total = Verwacht beheer
budget-projection-increase = Stijging
budget-projection-included = { $count ->
    [one] Eén initiatief in de projectie:
   *[other] { $count } initiatieven in de projectie:
}
budget-col-basis = Grondslag
budget-carried-from = kosten van { $year } lopen door
budget-as-planned = volgens begroting
budget-projection-more = … en nog { $count }, met kleinere bedragen.
budget-projection-unknown = { $count ->
    [one] Eén initiatief in de projectie heeft geen begrotingsregels; de exploitatiekosten zijn onbekend en niet meegeteld: { $names }
   *[other] { $count } initiatieven in de projectie hebben geen begrotingsregels; de exploitatiekosten zijn onbekend en niet meegeteld: { $names }
}
budget-tick-title = Pilots in de projectie ({ $ticked } van { $count } aangevinkt)
budget-tick-none = Geen lopende of geëvalueerde pilots in beeld.
budget-tick-hint = Vink een pilot aan om te zien wat die aan beheer kost zodra hij structureel wordt.
budget-projection-carried-note = * Voor dit jaar is nog geen basisbudget begroot: het basisbudget voor beheer van het laatst begrote jaar loopt per afdeling door.

# Statusrapportage
report-title = Statusrapportage innovatieportefeuille — { $municipality }
report-subtitle = Stand van { $date }
report-subtitle-snapshot = Momentopname “{ $label }” van { $date }
report-initiatives = Initiatieven
report-share = Innovatieaandeel { $year }
report-target = doel { $target }
report-operation-planned = Beheer begroot dit jaar
report-innovation-planned = Innovatie begroot dit jaar
report-spent = Besteed dit jaar tot nu toe
report-ready = Gereed voor opschaling
report-blocked = Geblokkeerd
report-stuck = Vastgelopen ({ $months }+ maanden)
report-red-amber = Uit koers / risico
report-quadrant-count = { $count } initiatieven · { $budget } innovatie
report-axis-old-new = van oude naar nieuwe digitalisering
report-axis-inside-outside = van binnen naar buiten de organisatie
report-inside = binnen
report-outside = buiten
report-share-legend = boven elke balk: innovatieaandeel (doel { $target })
report-blocked-why = Geblokkeerde initiatieven en de voorwaarden die blokkeren:
report-attention = Uit koers en risico
report-attention-none = Geen enkel initiatief is uit koers of loopt risico.
report-all-initiatives = Alle initiatieven
report-footer = Gemaakt met Proeftuin op { $date }. Kengetallen volgens de instellingen van de portefeuille.
