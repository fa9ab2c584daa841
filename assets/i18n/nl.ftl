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
delete-undo-hint = U kunt dit ongedaan maken met Ctrl+Z (Ongedaan maken in het menu Bewerken) tot u Proeftuin sluit, en het terugzetten uit de prullenbak (Bewerken, Prullenbak…) tot die wordt geleegd.

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
report-departments-intro = Per afdeling (wie het meest hulp nodig heeft eerst): haar initiatieven, die uit koers zijn of risico lopen, die vastzitten in pilot of evaluatie, en die geblokkeerd zijn voor opschaling.
report-more-departments = … en nog { $count } afdelingen met iets dat aandacht vraagt.
report-red-amber-list = Uit koers en risico (rood eerst, dan het grootste innovatiebudget)
report-stuck-title = Al { $months } maanden of langer vast in pilot of evaluatie (langst eerst)
report-stuck-none = Geen enkel initiatief zit vast in pilot of evaluatie.
report-stuck-line = { $name }: { $phase } sinds { $months } maanden
report-more = … en nog { $count }: elk initiatief staat in het register (exporteer CSV of Excel, of deze rapportage met het register als bijlage).
report-more-appendix = … en nog { $count }: elk initiatief staat in de bijlage.
report-register-left-out = Het register zelf ({ $count } initiatieven) staat niet in deze rapportage. Exporteer het als CSV of Excel, of maak deze rapportage met het register als bijlage.
export-register-appendix = Volledig register als bijlage (een regel voor elk van de { $count } initiatieven)
export-report-hint = De rapportage vat de portefeuille samen, hoe groot ook, en noemt wat aandacht vraagt; het register als bijlage voegt ongeveer een pagina per 65 initiatieven toe.
report-all-initiatives = Bijlage: alle initiatieven
report-footer = Gemaakt met Proeftuin op { $date }. Kengetallen volgens de instellingen van de portefeuille.

# Importeren, exporteren, momentopnamen
menu-import = Register importeren…
menu-export = Exporteren / statusrapportage…
menu-snapshots = Momentopnamen…
action-import = Importeren mislukt
action-export = Exporteren mislukt
action-snapshot = Momentopname mislukt
import-title = Register importeren
drop-register = Laat los om { $name } te lezen voor import: u ziet eerst elke rij
drop-peers = Laat los om de cases uit { $name } aan de bibliotheek toe te voegen
import-hint = Een register in CSV, Excel (XLSX, of XLS van Excel 97-2003) of OpenDocument (ODS) met Nederlandse of Engelse kolomkoppen, of een JSON-bestand van Proeftuin. U ziet eerst elke rij en elk probleem; er wordt pas iets opgeslagen als u bevestigt, en dan alles of niets.
import-file = Te importeren bestand
import-read = Bestand lezen
import-reading = Bestand lezen en controleren…
import-template-hint = Nog geen register? Begin met het sjabloon:
import-template-nl = Sjabloon (Nederlands)
import-template-en = Sjabloon (Engels)
import-template-saved = Sjabloon opgeslagen als { $path }
import-template-format = Bestandsvorm van het sjabloon
import-template-as = als
template-format-xlsx = Excel-werkmap (XLSX) met keuzelijsten
template-format-ods = OpenDocument (ODS) met keuzelijsten
template-format-csv = CSV
template-choices-title = Geen keuze uit de lijst
template-choices-message = Proeftuin kent de waarden in deze lijst. Een andere waarde wordt ook gelezen als Proeftuin die schrijfwijze kent; het voorbeeld van de import meldt het.
import-mapping = Kolommen en wat erin staat (wijzig een kolom met de hand)
import-ignore = (niet importeren)
import-ids-ignore = Rijen op naam koppelen (deze kolom niet importeren)
import-ids-rename = Deze id's gebruiken (die initiatieven hernoemen)
import-values = Teksten die Proeftuin niet kent: kies wat elk betekent
import-value = { $column }: “{ $text }” ({ $rows ->
    [one] 1 rij
   *[other] { $rows } rijen
})
import-value-choose = betekent…
import-summary = Maakt { $created } nieuw, werkt { $updated } bij, laat { $unchanged } ongewijzigd.
import-row = rij { $row }
import-new = nieuw
import-updates = werkt bij: { $fields }
import-problems = { $count ->
    [one] Eén probleem: herstel het in het bestand en lees het opnieuw. Er wordt niets opgeslagen.
   *[other] { $count } problemen: herstel ze in het bestand en lees het opnieuw. Er wordt niets opgeslagen.
}
import-confirm = Importeren
import-done = Import klaar: { $created } nieuw, { $updated } bijgewerkt, { $unchanged } ongewijzigd.
export-title = Exporteren en statusrapportage
export-format = Formaat
export-format-json = JSON — de complete portefeuille, om terug te lezen of te archiveren
export-format-csv = CSV — het register, voor Excel
export-format-xlsx = Excel (XLSX) — register, begrotingsregels, fasebesluiten en kengetallen
export-format-ods = OpenDocument (ODS) — dezelfde werkmap in de open standaard, voor LibreOffice en andere programma's
export-format-html = HTML-statusrapportage — voor het overleg, opent in elke browser
export-format-pdf = PDF-statusrapportage — om te printen en te mailen
export-language = Taal
export-file = Opslaan als
export-atomic = Het bestand wordt helemaal of helemaal niet geschreven; een bestaand bestand wordt pas vervangen als de export gelukt is.
export-start = Exporteren
export-no-path = Kies eerst een bestandsnaam.
export-done = Opgeslagen: { $path }
export-snapshot = Exporteert de momentopname “{ $label }” die u bekijkt.
snapshots-title = Momentopnamen
snapshots-hint = Een momentopname legt de hele portefeuille met kengetallen vast onder een naam en datum, om later terug te kijken of te vergelijken.
snapshots-none = Nog geen momentopnamen.
snapshot-label = Naam
snapshot-default-label = Stand { $date }
snapshot-create = Momentopname maken
snapshot-created = Momentopname “{ $label }” gemaakt
snapshot-count = { $count } initiatieven
snapshot-open = “{ $label }” openen (alleen lezen)
snapshot-delete = “{ $label }” verwijderen
snapshot-delete-confirm = Definitief verwijderen
snapshot-compare-title = Vergelijken
snapshot-from = Vergelijk
snapshot-to = met
snapshot-now = nu (actuele portefeuille)
snapshot-compare = Vergelijken
snapshot-banner = U bekijkt de momentopname “{ $label }” van { $date }: alleen lezen.
snapshot-leave = Terug naar de actuele portefeuille
snapshot-editor-read-only = Momentopname: alleen lezen
snapshot-read-only-refused = Een momentopname kan niet worden gewijzigd; ga eerst terug naar de actuele portefeuille.
diff-title = { $from } tegenover { $to }: { $before } naar { $after } initiatieven
diff-none = Geen wijzigingen.
diff-new = Nieuw ({ $count })
diff-removed = Verwijderd ({ $count })
diff-stopped = Gestopt ({ $count })
diff-phase = Faseovergangen ({ $count })
diff-budget = Begrotingswijzigingen, begroot over alle jaren ({ $count })
diff-budget-line = { $name }: innovatie { $innovation_from } naar { $innovation_to }, beheer { $operation_from } naar { $operation_to }
diff-readiness = Gereedheid gewijzigd ({ $count })
diff-health = Status gewijzigd ({ $count })
diff-move = { $name }: van { $from } naar { $to }
browse = Bladeren…
browse-title = Kies een bestand
browse-open = Openen
browse-save = Opslaan
browse-new-folder = Nieuwe map
browse-new-folder-name = Nieuwe map
browse-rename = Naam wijzigen
browse-refresh = Vernieuwen
browse-parent = Map omhoog
browse-file = Bestand:
browse-hidden = Verborgen bestanden tonen

## Fouten van het portfoliobestand en het bestandssysteem
store-not-a-portfolio = { $path }: dit is geen Proeftuin-portfolio (het is { $what }). Kies een ander bestand of begin een nieuw portfolio.
store-what-empty = een leeg bestand
store-what-not-a-file = een map, een apparaat of een pijp, geen bestand
store-what-not-sqlite = geen SQLite-database
store-what-damaged = een onleesbare of beschadigde SQLite-database
store-what-other-program = de SQLite-database van een ander programma
store-too-new = { $path }: het portfolio is gemaakt met een nieuwere Proeftuin (schemaversie { $found }, deze versie kent tot en met { $known }). Werk Proeftuin bij om het te openen.
store-open = { $path }: het portfolio kan niet worden geopend: { $reason }
store-io = { $path }: { $reason }
store-conflict = “{ $name }” is elders gewijzigd sinds u het opende (bijvoorbeeld in een ander venster). Laad opnieuw en breng uw wijziging dan nog eens aan.
store-missing = het initiatief bestaat niet meer (het is elders verwijderd)
store-phase-change = de overgang van { $from } naar { $to } is geen toegestane faseovergang
store-database = databasefout (bij lezen of schrijven): { $reason }
store-cancelled = geannuleerd; er is niets geschreven
store-no-snapshot = er is geen momentopname “{ $label }”
store-snapshot-exists = er bestaat al een momentopname met het label “{ $label }”; kies een ander label
io-not-found = het bestand bestaat niet
io-permission = u hebt geen toestemming om dit bestand te gebruiken
io-exists = er bestaat al een bestand met deze naam
io-is-folder = dit is een map, geen bestand
io-disk-full = de schijf is vol
io-other = { $detail }

## Import: hoe het bestand is gelezen, opmerkingen, en waarom een rij of kolom niet kan worden geïmporteerd
reason-amount-too-large = bedrag te groot
reason-too-many-decimals = meer dan twee decimalen
reason-not-an-amount = geen bedrag (schrijf het als € 85.000,00 of 85000.00)
reason-date-not-amount = een datum waar een bedrag hoort
reason-not-a-date = geen datum (schrijf dd-mm-jjjj of jjjj-mm-dd)
reason-level = een niveau is een geheel getal van 0 tot en met 9
reason-year = geen jaartal (schrijf het als 2026)
reason-link = geen webadres: schrijf het hele adres, beginnend met https://
reason-id = een id is een geheel getal boven 0
reason-name-required = elk initiatief heeft een naam nodig
reason-unknown-kind = onbekende soort (gebruik pilot, living lab of experiment)
reason-unknown-quadrant = onbekend kwadrant (gebruik digitale overheid, e-governance, slimme overheid of slimme samenleving)
reason-unknown-phase = onbekende fase (gebruik idee, voorbereiding, pilot, evaluatie, opschaling, geborgd of gestopt)
reason-negative-amount = een bedrag kan niet negatief zijn
reason-end-before-start = de einddatum ligt vóór de startdatum
reason-cell-too-long = langer dan { $max } tekens
reason-name-too-long = een naam heeft ten hoogste { $max } tekens
reason-department-too-long = een afdeling heeft ten hoogste { $max } tekens
reason-owner-too-long = een trekker heeft ten hoogste { $max } tekens
reason-theme-too-long = een thema heeft ten hoogste { $max } tekens
import-problem = { $path }, rij { $row }, kolom { $column }, waarde { $value }: { $reason }
reason-duplicate-column = de kolommen { $first } en { $second } bevatten allebei { $field }; verwijder er één of wijs hem een ander veld toe
reason-no-name-column = geen kolom met de namen van de initiatieven (een kop als "Naam" of "Name"); wijs de kolom met de namen toe
source-xlsx-sheet = Excel-werkmap (XLSX), tabblad “{ $sheet }”
source-ods-sheet = OpenDocument-rekenblad (ODS), tabblad “{ $sheet }”
source-xls-sheet = Excel 97-2003-werkmap (XLS), tabblad “{ $sheet }”
separator-tab = tab
separator-char = '{ $char }'
source-csv = CSV, { $encoding }, scheidingsteken { $separator }
note-unknown-columns = kolommen die niet worden geïmporteerd (onbekende kop): { $list }
note-no-rows = het bestand heeft kolomkoppen maar geen rijen
note-header-row = de kolomkoppen staan op rij { $row }: de rijen erboven (een titel, een datum, opmerkingen) zijn niet gelezen
note-respelled = { $count ->
    [one] rij { $rows }: { $pairs } (één afdeling of thema, geschreven zoals eerst: in de portefeuille, anders in het bestand)
   *[other] rijen { $rows }: { $pairs } (elk één afdeling of thema, geschreven zoals eerst: in de portefeuille, anders in het bestand)
}
note-placeholders = { $count ->
    [one] rij { $rows }: { $texts } is gelezen als geen bedrag of datum (nog niet bekend, of geen)
   *[other] rijen { $rows }: { $texts } zijn gelezen als geen bedrag of datum (nog niet bekend, of geen)
}
note-two-header-rows = de kolomkoppen beslaan rij { $first } en { $second }: de twee regels van elke kolom zijn samengevoegd (een groep als "Budget 2026" boven "Innovatie" en "Beheer")
note-american-dates = datums met schuine strepen zijn gelezen met de maand eerst (maand/dag/jaar), zoals Amerikaanse rekenbladen ze schrijven: “{ $example }” op rij { $row } kan niet anders gelezen worden; controleer de datums
note-year-rows = rijen { $rows }: een rij per initiatief per jaar (kolom “{ $column }”), samengenomen tot { $count } initiatieven, elk bedrag in het jaar van zijn rij; waar de rijen verschillen, telt de rij van het laatste jaar
note-totals-rows = { $count ->
    [one] rij { $rows }: een totaalregel (met de naam "Totaal" of "Total", alleen met bedragen) is niet geïmporteerd: die zou het geld dubbel tellen
   *[other] rijen { $rows }: totaalregels (met de naam "Totaal" of "Total", alleen met bedragen) zijn niet geïmporteerd: die zouden het geld dubbel tellen
}
note-renamed-by-id = { $count ->
    [one] rij { $rows }: het id is dat van een initiatief met een andere naam; het krijgt de naam uit het bestand
   *[other] rijen { $rows }: de id's zijn die van initiatieven met een andere naam; ze krijgen de naam uit het bestand
}
note-column-in-thousands = kolom "{ $column }" staat in duizenden euro's, zoals de kop zegt: 85 is gelezen als € 85.000
note-column-in-millions = kolom "{ $column }" staat in miljoenen euro's, zoals de kop zegt: 1,5 is gelezen als € 1.500.000
source-json = JSON, { $format } versie { $version }
note-replace-empty = het open portfolio is leeg: instellingen, doelen, afdelingen, basisbudget en alle initiatieven worden overgenomen zoals ze zijn
note-merge = instellingen, doelen en basisbudget van het open portfolio blijven; initiatieven worden herkend aan hun id, anders aan naam en afdeling
reason-duplicate-row = hetzelfde initiatief (naam en afdeling) staat ook op rij { $first }; houd één rij per initiatief
reason-foreign-ids = { $count } van de { $total } rijen met een bekend id noemen een ander initiatief dan dat met dat id (id { $id } is "{ $existing }"): kolom "{ $column }" lijkt de eigen nummering van het bestand te bevatten, niet de id's van Proeftuin. Zet hem op "(niet importeren)" (op de opdrachtregel: --map "{ $column }=ignore") om rijen op naam te koppelen, of wijs hem met de hand toe aan id om die initiatieven te hernoemen
note-booked-start-year = { $count ->
    [one] bedragen zonder jaar zijn geboekt in het jaar van de startdatum (rij { $rows })
   *[other] bedragen zonder jaar zijn geboekt in het jaar van de startdatum (rijen { $rows })
}
note-booked-this-year = { $count ->
    [one] bedragen zonder jaar en zonder startdatum zijn geboekt in { $year } (rij { $rows })
   *[other] bedragen zonder jaar en zonder startdatum zijn geboekt in { $year } (rijen { $rows })
}
note-default-quadrant = { $count ->
    [one] geen kwadrant opgegeven: het nieuwe initiatief staat in digitale overheid; controleer het (rij { $rows })
   *[other] geen kwadrant opgegeven: nieuwe initiatieven staan in digitale overheid; controleer ze (rijen { $rows })
}

## Het importverslag (wat `proeftuin import` toont)
report-ignored = (genegeerd)
report-columns = kolommen: { $list }
report-note = opmerking: { $note }
report-error = fout: { $message }
report-would = zou { $created } maken, { $updated } bijwerken en { $unchanged } ongewijzigd laten
report-done = { $created } gemaakt, { $updated } bijgewerkt, { $unchanged } ongewijzigd
report-would-update-line = {"  "}zou { $name } bijwerken (rij { $row }): { $fields }
report-updated-line = {"  "}{ $name } bijgewerkt (rij { $row }): { $fields }
report-dry-run = proefimport: er is niets geschreven
report-problems = { $count ->
    [one] 1 probleem
   *[other] { $count } problemen
}: er is niets geschreven

## Bestanden die niet kunnen worden gelezen of geschreven
file-problem = { $path }: { $reason }
file-empty = het bestand is leeg
file-false-encoding = het bestand zegt { $encoding } te zijn, maar is het niet
file-not-text = dit is geen tekstbestand (CSV); sla het register op als CSV, XLSX, ODS of XLS
file-csv-unreadable = rij { $row }: de CSV kan niet worden gelezen: { $detail }
file-cut-off = rij { $row } heeft { $cells } van de { $columns } kolommen en het bestand houdt midden in die rij op: het bestand lijkt afgebroken
file-not-xlsx = geen leesbare Excel-werkmap (.xlsx): { $detail }
file-not-ods = geen leesbaar OpenDocument-rekenblad (.ods): { $detail }
file-not-xls = geen leesbare Excel 97-2003-werkmap (.xls): { $detail }
file-password = de werkmap is met een wachtwoord beveiligd, dus de cellen zijn niet te lezen; sla hem op zonder wachtwoord (of als CSV) en importeer dat bestand
file-office-not-workbook = dit Office-bestand bevat geen werkmap (een Word-document?); sla het register op als XLSX, ODS, XLS of CSV
file-xls-too-large = de werkbladen van de werkmap beslaan meer dan { $cells } cellen (van hun eerste tot hun laatste cel), meer dan een register kan zijn; verwijder wat er niet bij hoort
file-no-sheets = de werkmap heeft geen werkbladen
file-sheet-unreadable = werkblad “{ $sheet }” kan niet worden gelezen: { $detail }
file-sheet-empty = werkblad “{ $sheet }” is leeg
json-not-valid = geen geldige JSON op regel { $line }, kolom { $column }: { $detail }
json-foreign = dit is een { $other }-document, geen Proeftuin-portfolio ({ $format })
json-no-format = geen veld "format": "{ $format }": geen portfolio van Proeftuin
json-version = documentversie { $version } wordt niet ondersteund (deze Proeftuin leest 1 tot en met { $known }); werk Proeftuin bij
json-shape = past niet bij het portfolioformaat: { $detail }
json-initiative = initiatief { $position } ({ $name }): { $field }: { $problem }
snapshot-label-empty = een momentopname heeft een label nodig
snapshot-label-now = "now" staat voor het actuele portfolio; kies een ander label
snapshot-label-long = een label heeft ten hoogste { $max } tekens
snapshot-digest-unreadable = de samenvatting voor vergelijken van momentopname “{ $label }” is onleesbaar: { $error }
export-xlsx-failed = de werkmap kon niet worden gemaakt: { $detail }
export-workbook-too-large = de werkmap zou groter worden dan een spreadsheetbestand kan bevatten (4 GiB, overschreden in “{ $part }”); exporteer de portefeuille als CSV of JSON, die zo'n grens niet hebben
export-xlsx-cell-too-long = { $sheet }, { $row }: { $column } heeft meer dan { $max } tekens, meer dan een cel van een spreadsheet bevat; exporteer als JSON of CSV om het volledig te bewaren
export-too-many-columns = te veel kolommen voor een werkblad
export-too-many-rows = meer rijen dan een werkblad bevat (1.048.576)
export-pdf-font = het lettertype van het rapport kon niet worden geladen
export-pdf-page = het paginaformaat van het rapport is ongeldig
export-pdf-failed = de PDF kon niet worden gemaakt: { $detail }

## De opdrachtregel
cli-no-db = geen database opgegeven: voeg --db PAD toe
cli-demo-exists = { $path }: het portfolio bevat al { $count } initiatieven; voeg --force toe om ze te vervangen
cli-demo-written = { $count } initiatieven geschreven naar { $path } in { $seconds } s
cli-check-schema = schemaversie: { $found } (verwacht { $expected })
cli-check-schema-older = schemaversie: { $found } (gemaakt door een oudere Proeftuin: bij het openen wordt het portfolio naar versie { $expected } gebracht, na een back-up van het bestand zoals het is)
cli-check-integrity = integriteit
cli-check-foreign-keys = schendingen van verwijzingen: { $count }
cli-check-initiatives = initiatieven: { $count }
cli-check-failed = { $path }: het portfolio doorstaat de controle niet (zie hierboven)
cli-export-written = { $path } geschreven ({ $count } initiatieven) in { $seconds } s
cli-import-problems = { $file }: { $count } probleem/problemen gevonden; er is niets geschreven naar { $path }
cli-template-written = importsjabloon geschreven naar { $path }
cli-snapshot-created = momentopname { $id } “{ $label }” van { $date }: { $count } initiatieven
cli-snapshot-deleted = momentopname { $id } “{ $label }” verwijderd
summary-title = { $municipality } — { $count } initiatieven, stand van { $date }
summary-by-phase = Per fase (aantal, gepland innovatiebudget):
summary-by-quadrant = Per kwadrant:
summary-budget = Budget per jaar (gepland; doel innovatieaandeel { $target }):
summary-this-year = <- dit jaar
summary-year = { $year }  beheer { $operation }  innovatie { $innovation }  aandeel { $share }
summary-readiness = Opschalingsgereedheid: { $ready } gereed, { $conditional } voorwaardelijk gereed, { $not_ready } niet gereed, { $blocked } geblokkeerd, { $not_assessed } niet beoordeeld
summary-health = Gezondheid: { $green } groen, { $amber } oranje, { $red } rood, { $none } zonder rapportage
summary-stuck = Vastgelopen (pilot of evaluatie { $months } maanden of langer): { $count }
cli-diff-title = { $from } -> { $to }: { $count_from } -> { $count_to } initiatieven
cli-diff-none = geen wijzigingen
cli-diff-new = nieuw ({ $count }):
cli-diff-removed = verwijderd ({ $count }):
cli-diff-stopped = gestopt ({ $count }):
cli-diff-phase-moves = faseovergangen ({ $count }):
cli-diff-budget-changes = budgetwijzigingen (gepland, alle jaren) ({ $count }):
cli-diff-budget-line = { $name }: innovatie { $innovation_from } -> { $innovation_to }, beheer { $operation_from } -> { $operation_to }
cli-diff-readiness-changes = wijzigingen in gereedheid ({ $count }):
cli-diff-health-changes = wijzigingen in gezondheid ({ $count }):

## De opslagthread en werk op de achtergrond
worker-no-portfolio = er is geen portfolio geopend
worker-vanished = het initiatief kon na het opslaan niet worden teruggelezen; laad het portfolio opnieuw om te zien wat is opgeslagen
worker-file-exists = { $path }: er bestaat al een bestand met deze naam; kies een andere naam
worker-snapshot-vanished = de momentopname kon na het opslaan niet worden teruggelezen; open de momentopnamen opnieuw
export-thread-died = het exporteren is onverwacht gestopt; er is niets geschreven. Probeer het opnieuw of kies een ander formaat
gui-window-failed = het venster kan niet worden geopend: { $detail }. De opdrachten werken zonder venster: proeftuin --help
gui-renderer-failed = { $renderer } kon het venster niet tekenen ({ $detail }); nu met { $next }

## De hulp van de opdrachtregel (`proeftuin --help`)
cli-about = Portfoliobeheer voor gemeentelijke innovatie: pilots, living labs en experimenten
cli-arg-db = Het portfolio: een bestand (standaard: portfolio.sqlite in de gegevensmap van het systeem) of een gedeeld portfolio op een PostgreSQL-server (postgres://gebruiker@server/database; het wachtwoord uit PGPASSWORD, ~/.pgpass of PGSERVICE, nooit op de opdrachtregel).
cli-about-demo = Schrijf het demoportfolio, of N gegenereerde initiatieven, in de database.
cli-arg-demo-size = Aantal gegenereerde initiatieven in plaats van het demoportfolio.
cli-arg-demo-seed = Startwaarde voor de gegenereerde initiatieven (zelfde startwaarde, zelfde portfolio).
cli-arg-demo-force = Vervang een portfolio dat al initiatieven heeft.
cli-about-check = Controleer integriteit, verwijzingen en schemaversie (afsluitcode 0 alleen als alles klopt).
cli-about-summary = Toon de cijfers van het portfolio: aantallen per fase en kwadrant, budget per jaar met het innovatieaandeel, gereedheidsoordelen, vastgelopen pilots en gezondheid.
cli-arg-summary-year = Het jaar van het innovatieaandeel bovenaan (standaard: dit jaar).
cli-arg-summary-format = Uitvoerformaat.
cli-arg-summary-today = Reken met deze datum (JJJJ-MM-DD) in plaats van vandaag, voor herhaalbare rapporten.
cli-about-list = Toon de initiatieven.
cli-arg-list-format = Uitvoerformaat.
cli-about-export = Exporteer het portfolio (of een momentopname): json (volledig, opnieuw te importeren), csv (het register), xlsx en ods (het register met begrotingsregels, fasebesluiten en kengetallen), html en pdf (de statusrapportage), pstw (de indeling van de Public Sector Tech Watch, voor andere gemeenten).
cli-arg-export-format = Het bestandsformaat.
cli-arg-export-out = Het bestand om te schrijven (helemaal of helemaal niet).
cli-arg-export-snapshot = Exporteer deze momentopname (id of label) in plaats van het actuele portfolio.
cli-arg-export-language = Taal van kolomkoppen, namen en het rapport.
cli-arg-export-today = Reken het rapport uit per deze datum (JJJJ-MM-DD) in plaats van vandaag.
cli-about-import = Importeer een register (CSV, XLSX, ODS of XLS, Nederlandse of Engelse kolomkoppen) of een JSON-document van Proeftuin. Bij een probleem wordt niets geschreven en staat elk probleem vermeld met rij, kolom, waarde en reden. Opnieuw importeren werkt bij in plaats van te verdubbelen.
cli-arg-import-file = Het bestand om te importeren.
cli-arg-import-dry_run = Toon wat zou worden gemaakt en bijgewerkt, en schrijf niets.
cli-arg-import-mappings = Wijs een kolom met de hand toe: "Kop=veld" (velden: id, name, kind, department, owner, contact, quadrant, phase, start_date, end_date, themes, description, readiness_level, use_level, year, innovation, operation, innovation_spent, operation_spent, eventueel met :JAAR; of ignore). Herhaalbaar.
cli-arg-import-values = Wat een tekst die Proeftuin niet kent betekent in een kolom met soort, kwadrant of fase: "Tekst=betekenis" (een identificatie zoals evaluation, of de Nederlandse of Engelse naam). Herhaalbaar.
cli-arg-import-today = Boek bedragen zonder jaar of startdatum in het jaar van deze datum.
cli-about-snapshot = Momentopnamen: bevroren, gedateerde kopieën van het portfolio met zijn cijfers.
cli-about-snapshot-create = Bevries het portfolio onder een label.
cli-arg-snapshot-create-label = Het label van de momentopname.
cli-arg-snapshot-create-date = De datum van de momentopname (standaard: vandaag).
cli-about-snapshot-list = Toon de momentopnamen, nieuwste eerst.
cli-arg-snapshot-list-format = Uitvoerformaat.
cli-about-snapshot-diff = Vergelijk twee momentopnamen (op id of label), of een momentopname met `now`.
cli-arg-snapshot-diff-from = De eerdere kant: id of label van een momentopname, of now.
cli-arg-snapshot-diff-to = De latere kant: id of label van een momentopname, of now.
cli-arg-snapshot-diff-format = Uitvoerformaat.
cli-arg-snapshot-diff-today = De datum waarvoor "now" staat (standaard: vandaag).
cli-about-snapshot-delete = Verwijder een momentopname (op id of label).
cli-arg-snapshot-delete-snapshot = Id of label van de momentopname.
cli-about-template = Schrijf het importsjabloon: de kolomkoppen en een voorbeeldrij; als werkmap met keuzelijsten voor soort, kwadrant en fase als het bestand eindigt op .xlsx of .ods, anders als CSV.
cli-arg-template-language = Taal van de kolomkoppen en het voorbeeld.
cli-arg-template-out = Het bestand om te schrijven (.xlsx, .ods of .csv).
cli-help-flag = Toon deze hulp
cli-version-flag = Toon de versie
cli-usage-heading = Gebruik:
cli-options-heading = Opties
cli-arguments-heading = Argumenten
cli-commands-heading = Opdrachten

## Bestanden die een import weigert voordat hij ze leest
file-not-regular = dit is geen gewoon bestand (het is een map, een apparaat of een pijp); kies een CSV-, XLSX-, ODS-, XLS- of JSON-bestand
file-too-large = het bestand is groter dan { $megabytes } MB, meer dan een register kan zijn; kies het juiste bestand of splits het
file-xlsx-unpacked-too-large = de werkmap is uitgepakt groter dan { $megabytes } MB; sla het register opnieuw op als gewone XLSX of als CSV
file-xlsx-too-many-cells = het werkblad heeft meer dan { $cells } gevulde cellen, meer dan een register kan zijn; verwijder wat er niet bij hoort
file-cell-too-large = cel { $cell } bevat meer dan { $megabytes } MB tekst, meer dan een cel van een register kan zijn; verwijder wat er niet bij hoort
file-sheet-too-much-text = het werkblad bevat meer dan { $megabytes } MB tekst, meer dan een register kan zijn; verwijder wat er niet bij hoort
file-ods-too-large = het rekenblad beslaat meer dan { $cells } cellen (herhaalde rijen en cellen meegeteld), meer dan een register kan zijn; verwijder wat er niet bij hoort
file-ods-cut-off = het bestand is afgebroken: het rekenblad houdt midden in een werkblad op (een mislukte download of kopie)
file-xlsx-column-too-far = cel { $cell } ligt voorbij kolom { $columns }, verder naar rechts dan een register gaat; verwijder wat daar staat
problem-amount-too-large = een bedrag van meer dan € 10.000.000.000 is geen begrotingsregel
worker-panicked = een interne fout heeft deze handeling gestopt; er is niets gewijzigd. Meld het alstublieft; u kunt verder werken
worker-gone = de verbinding met het portfoliobestand is verbroken; er is niets gewijzigd. Bewaar wat u typte elders en start Proeftuin opnieuw
export-target-folder = dit is een map; kies een bestandsnaam om naar te exporteren
export-target-database = dit bestand is een database (een portfolio of een reservekopie) en wordt nooit door een export overschreven; kies een andere bestandsnaam
export-exists = er bestaat al een bestand met deze naam; voeg --force toe om het te vervangen, of kies een andere naam
export-replace-title = Het bestaande bestand vervangen?
export-replace-what = { $path } bestaat al. Vervangen kan niet ongedaan worden gemaakt.
export-replace = Vervangen
cli-arg-export-force = Vervang het bestand als het al bestaat.
cli-arg-template-force = Vervang het bestand als het al bestaat.
store-busy = { $path }: het portfolio is bezet: een ander programma schrijft erin. Probeer het zo nog eens
store-damaged = { $path }: het portfolio doorstaat de integriteitscontrole niet ({ $details }); er is niets geschreven. Zet een reservekopie terug, of laat de ICT-afdeling naar het bestand kijken
cli-backups-none = nog geen reservekopieën
cli-backup-line = { $when }  { $occasion }  { $size }  { $count } initiatieven  { $path }
cli-backup-unusable = { $path }: niet bruikbaar als reservekopie: { $reason }
cli-backup-taken = reservekopie geschreven naar { $path } ({ $count } initiatieven), gecontroleerd
cli-restored = { $path } teruggezet uit { $from } ({ $count } initiatieven); de toestand van daarvoor staat in backups/
cli-about-backup = Maak nu een gecontroleerde reservekopie (in backups/ naast het portfolio; de nieuwste 14 blijven bewaard, tenzij de instelling anders zegt), of toon de reservekopieën.
cli-arg-backup-list = Toon in plaats daarvan de reservekopieën: datum, aanleiding, grootte en initiatieven.
cli-about-restore = Zet een reservekopie terug als het portfolio (de huidige toestand wordt eerst bewaard). Sluit Proeftuin overal waar het portfolio open is voordat u terugzet.
cli-arg-restore-from = De reservekopie om terug te zetten.
action-backup = Reservekopie mislukt

## Reservekopieën in de app
menu-backups = Reservekopieën…
backups-title = Reservekopieën
backups-hint = Kopieën van dit portfolio in de map backups/ ernaast, gemaakt bij de eerste keer openen van elke dag en voor elke import; de nieuwste blijven bewaard (hoeveel is een portfolio-instelling, 14 tenzij gewijzigd). Bij terugzetten wordt eerst een kopie van het portfolio zoals het nu is bewaard.
backups-none = Nog geen reservekopieën.
backup-take = Nu een reservekopie maken
backup-restore = De reservekopie van { $when } terugzetten
backup-restore-title = Deze reservekopie terugzetten?
backup-restore-what = Het portfolio gaat terug naar hoe het was op { $when }. Alles wat sindsdien is gewijzigd wordt vervangen; eerst wordt een kopie van het portfolio zoals het nu is bewaard.
backup-restore-confirm = Terugzetten
backup-restored = De reservekopie van { $when } is teruggezet ({ $count } initiatieven); het portfolio zoals het was staat in backups/.
backup-occasion-daily = dagelijks
backup-occasion-before-import = voor een import
backup-occasion-before-replace = voor vervangen
backup-occasion-before-restore = voor terugzetten
backup-occasion-before-migration = voor een update
backup-occasion-by-hand = met de hand
export-without-personal = Persoonsgegevens weglaten (trekkers, contactpersonen en besluitnemers), om buiten de gemeente te delen
cli-arg-export-no_personal = Laat persoonsgegevens weg (trekkers, contactpersonen, besluitnemers) om buiten de gemeente te delen.
store-changed-since-preview = het portfolio is elders gewijzigd sinds de voorvertoning (bijvoorbeeld in een ander venster); er is niets geschreven. Lees het bestand opnieuw om te zien wat de import nu zal wijzigen
changed-elsewhere = Het portfolio is elders gewijzigd (een ander venster of een collega); de overzichten tonen het zoals het nu is. Wat u aan het typen bent blijft staan.

# Ongedaan maken, opnieuw en de prullenbak
menu-edit = Bewerken
menu-undo = Ongedaan maken
menu-redo = Opnieuw
menu-trash = Prullenbak…
step-create = het aanmaken van „{ $name }”
step-edit = de wijziging van „{ $name }”
step-delete = het verwijderen van „{ $name }”
undone = Ongedaan gemaakt: { $what }
redone = Opnieuw gedaan: { $what }
action-undo = Ongedaan maken of opnieuw doen is mislukt
action-trash = De prullenbak is mislukt
trash-title = Prullenbak
trash-hint = Verwijderde initiatieven blijven hier, met alles wat erbij hoorde (begrotingsregels, besluiten, rapportages), tot de prullenbak wordt geleegd. Terugzetten geeft een initiatief zijn eigen nummer terug.
trash-none = De prullenbak is leeg.
trash-deleted = verwijderd { $when } door { $user }
trash-restore = „{ $name }” terugzetten
trash-empty = Prullenbak legen…
trash-empty-question = De { $count } initiatieven in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt; de reservekopieën bevatten ze nog.
trash-empty-confirm = Definitief legen
trash-emptied = { $count } initiatieven definitief verwijderd.
store-settings-changed = de instellingen zijn elders gewijzigd sinds u ze opende; er is niets opgeslagen
store-department-changed = afdeling „{ $name }” is elders gewijzigd sinds u haar opende; er is niets opgeslagen. Bekijk haar nu en sla opnieuw op om uw keuze te houden.
store-not-in-trash = initiatief { $id } ligt niet meer in de prullenbak (het is elders teruggezet of de prullenbak is geleegd)

# Het conflictvenster
conflict-title = Elders gewijzigd
conflict-found = „{ $name }” is elders gewijzigd terwijl u het bewerkte. Kies per veld wat u houdt.
conflict-settings-found = De instellingen zijn elders gewijzigd terwijl u ze bewerkte. Kies per instelling wat u houdt.
conflict-hint = Elke regel is een veld waarin uw versie en de nu opgeslagen versie verschillen. Het voorstel neemt de versie van wie het veld wijzigde; hebben beiden het gewijzigd (gemarkeerd), dan wordt de uwe voorgesteld.
conflict-field = Veld
conflict-mine = Uw versie
conflict-theirs = Nu opgeslagen
conflict-both = door beiden gewijzigd
conflict-choose-mine = Uw versie voor { $field }
conflict-choose-theirs = Opgeslagen versie voor { $field }
conflict-keep-mine = Alles van mij houden
conflict-take-theirs = Alles van opgeslagen nemen
conflict-save-merged = Deze keuzes opslaan
value-empty = (leeg)

# Het auditlogboek
history-title = Wijzigingsgeschiedenis
history-none = Nog geen wijzigingen vastgelegd.
history-loading = De geschiedenis wordt gelezen…
history-line = { $when }, { $user }
history-change = { $field }: „{ $old }” werd „{ $new }”
audit-action-created = aangemaakt
audit-action-changed = gewijzigd
audit-action-phase = fasebesluit
audit-action-deleted = verwijderd
audit-action-restored = teruggezet uit de prullenbak
audit-action-imported = geïmporteerd
audit-action-settings = instelling gewijzigd
audit-action-department = afdeling gewijzigd
audit-action-replaced = portfolio vervangen
audit-action-emptied-trash = prullenbak geleegd
changed-field-name = Naam
changed-field-description = Omschrijving
changed-field-kind = Soort
changed-field-department = Afdeling
changed-field-owner = Trekker
changed-field-contact = Contact
changed-field-start-date = Startdatum
changed-field-end-date = Geplande einddatum
changed-field-quadrant = Kwadrant
changed-field-phase = Fase
changed-field-phase-since = In deze fase sinds
changed-field-phase-history = Fasebesluiten
changed-field-readiness-level = Readiness level
changed-field-use-level = Use level
changed-field-readiness = Opschalingsvoorwaarden
changed-field-degree = Incrementeel of radicaal
changed-field-innovation-type = Technologisch of sociaal
changed-field-technology-from = Technologie van
changed-field-target-group = Doelgroep
changed-field-tech-level = Hightech of lowtech
changed-field-management-model = Sturingsmodel
changed-field-organised = Georganiseerd
changed-field-themes = Thema's
changed-field-partners = Partners
changed-field-risks = Risico's
changed-field-budget-lines = Begrotingsregels
changed-field-health-reports = Statusrapportages
changed-field-stop-reason = Reden van stoppen
changed-field-lessons-learned = Geleerde lessen
changed-field-notes = Notities
changed-field-municipality = Gemeente
changed-field-target-innovation-share = Doel innovatieaandeel
changed-field-stuck-threshold = Vastgelopen na (maanden)
changed-field-ready-threshold = Gereed vanaf
changed-field-conditional-threshold = Voorwaardelijk gereed vanaf
changed-field-readiness-weights = Gewichten van de opschalingsvoorwaarden
changed-field-quadrant-targets = Gewenste spreiding over de kwadranten
changed-field-starting-position = Startpositie

cli-about-audit = Het auditlogboek: wie wat wanneer wijzigde (oudste eerst), voor verantwoording.
cli-arg-audit-since = Alleen wijzigingen vanaf deze datum (JJJJ-MM-DD, UTC).
cli-arg-audit-format = Uitvoerformaat.
cli-about-trash = De prullenbak: de verwijderde initiatieven tonen, er één terugzetten, of de prullenbak definitief legen.
cli-arg-trash-restore = Zet dit initiatief (zijn nummer) terug uit de prullenbak.
cli-arg-trash-empty = Verwijder alles in de prullenbak definitief.
cli-trash-line = { $id }  { $name }  (verwijderd { $when } door { $user })
cli-trash-restored = { $id } „{ $name }” teruggezet uit de prullenbak
field-backups-kept = Bewaarde reservekopieën
field-backups-kept-hint = Proeftuin bewaart een kopie van het portfolio in de map backups ernaast: bij de eerste opening van elke dag en vóór elke import, migratie, terugzetting en vervanging. Zoveel worden er bewaard; de oudste gaan eerst.
changed-field-backups-kept = Bewaarde reservekopieën
store-read-only = { $path }: het portfolio is hier alleen-lezen (u mag het bestand niet schrijven); er is niets opgeslagen
store-read-only-older = { $path }: het portfolio is alleen-lezen en gemaakt door een oudere Proeftuin, dus het kan niet worden bijgewerkt. Kopieer het naar een map waarin u mag schrijven en open de kopie.
file-read-only-refused = Dit portfolio is hier alleen-lezen; er kan niets worden gewijzigd.
read-only-banner = Alleen-lezen: u mag { $path } niet schrijven. U kunt kijken, zoeken, vergelijken en exporteren; vraag schrijfrechten of open een kopie om te wijzigen.
damaged-hint = Er is niets in het beschadigde bestand geschreven. Bij terugzetten wordt er een kopie van bewaard.
damaged-restore = De reservekopie van { $when } terugzetten ({ $count } initiatieven)
damaged-no-backup = Er staat geen gave reservekopie naast. Open een ander portfolio, of vraag ICT om een kopie uit de bestandsback-up.
open-missing = Op deze plek staat geen portfolio. Maak hier een nieuw aan, of annuleer en kies een ander bestand.
conflict-departments-found = Afdelingen zijn elders gewijzigd terwijl u ze bewerkte. Kies per afdeling welke startpositie u houdt.
audit-action-backup-restored = reservekopie teruggezet

## Een gedeeld portfolio op een server
store-server = De server { $server } is niet bereikbaar: { $reason }
store-no-portfolio-on-server = { $server }: de database bevat nog geen Proeftuin-portfolio en u mag er geen aanmaken. Vraag ICT om hem voor te bereiden (docs/shared-portfolio.md).
store-backup-on-server = { $server }: van een gedeeld portfolio maakt de server de reservekopieën (pg_dump, zie docs/shared-portfolio.md). Voor een kopie in een bestand: Bestand, Portfolio kopiëren naar… of `proeftuin copy`.
store-file-only = { $server }: dit werkt op een portfoliobestand, niet op een gedeeld portfolio.
store-target-not-empty = { $target }: het doel bevat al een portfolio ({ $initiatives } initiatieven, { $snapshots } momentopnamen). Kies een leeg doel of vervang het (--replace).
cli-about-copy = Kopieer een heel portfolio (initiatieven, momentopnamen, prullenbak, auditlogboek en instellingen) van een bestand naar een gedeeld portfolio op een server, of terug. Het doel moet leeg zijn, tenzij --replace.
cli-arg-copy-from = Het portfolio dat u kopieert: een bestand of een postgres://-adres.
cli-arg-copy-to = Waarheen: een nieuw bestand of een lege database (postgres://…).
cli-arg-copy-replace = Vervang wat het doel bevat.
cli-copied = { $initiatives } initiatieven, { $snapshots } momentopnamen, { $trash } verwijderde initiatieven en { $audit } auditregels gekopieerd van { $from } naar { $to } in { $seconds } s; de kopie is teruggelezen en klopt
menu-open-shared = Gedeeld portfolio openen…
menu-recent = Recente portfolio's
menu-copy-to = Portfolio kopiëren naar…
open-shared-title = Een gedeeld portfolio openen
open-shared-hint = Een portfolio op de PostgreSQL-server van uw gemeente, voor het hele team. Vraag ICT om het adres, bijvoorbeeld postgres://j.jansen@db.gemeente.nl/proeftuin.
copy-to-title = Het portfolio kopiëren
copy-to-hint = Alles (initiatieven, momentopnamen, prullenbak, auditlogboek en instellingen) gaat naar een nieuw portfoliobestand of een leeg gedeeld portfolio, bijvoorbeeld om uw bestand naar de server te verhuizen.
field-server-address = Serveradres
field-copy-target = Kopiëren naar (een bestand of een serveradres)
field-password = Wachtwoord (alleen voor deze sessie)
password-hint = Laat leeg als uw wachtwoord in ~/.pgpass, PGPASSWORD of een PGSERVICE-regel staat. Proeftuin bewaart het nooit.
copy-replace = Vervang wat het doel bevat
copy = Kopiëren
test-connection = Verbinding testen
shared-test-ok-editor = Verbonden met { $portfolio } als { $user }: { $count } initiatieven. U mag ze wijzigen.
shared-test-ok-viewer = Verbonden met { $portfolio } als { $user }: { $count } initiatieven. U mag ze lezen (een kijkersaccount): het portfolio opent alleen-lezen.
shared-address-invalid = Dat is geen serveradres: { $reason }
shared-address-not-server = Typ een serveradres dat begint met postgres:// (een bestand opent u met Bestand, Openen…).
copied-to = { $count } initiatieven en { $snapshots } momentopnamen gekopieerd naar { $target }; de kopie is teruggelezen en klopt.
copy-onto-itself = Dat is het geopende portfolio zelf: kies een ander bestand of een andere server.
offline-banner = { $reason }. U ziet het portfolio zoals het het laatst is geladen, alleen-lezen; Proeftuin probeert het om de paar seconden opnieuw en uw niet-opgeslagen wijzigingen blijven staan.
offline-refused = De server is nu niet bereikbaar: er kan niets worden gewijzigd tot hij weer antwoordt. Uw niet-opgeslagen wijzigingen blijven staan.
back-online = De server antwoordt weer: { $server } is bijgewerkt en kan weer worden gewijzigd.
viewer-banner = { $path }: u mag dit gedeelde portfolio lezen maar niet wijzigen (een kijkersaccount).
viewer-refused = Uw account mag dit gedeelde portfolio lezen maar niet wijzigen; er is niets opgeslagen.
status-file = Het portfoliobestand
status-server = Een gedeeld portfolio: database en server
store-server-lost = De verbinding met de server { $server } is verbroken
store-viewer-only = { $server }: uw account mag dit gedeelde portfolio lezen maar niet wijzigen; er is niets opgeslagen

## De balansweergave
nav-balance = Balans
balance-title = De balans van het portfolio
balance-subtitle = Over de { $count } getoonde initiatieven (de filters van de tabel gelden). Klik op een balk om precies die initiatieven in de tabel te zien; "niet ingedeeld" telt ook mee.
balance-bar = { $value }: { $count } ({ $share }), { $budget } innovatiebudget
balance-click-hint = Open de tabel met precies deze initiatieven
balance-not-classified = Niet ingedeeld
balance-no-partners = Geen partners vastgelegd
balance-no-theme = Geen thema
balance-helix-note = Een initiatief telt één keer mee in elke rol die zijn partners hebben.
balance-management-model = Managementmodel: meer, beter, anders
balance-management-model-hint = Tabel 2.3 (ontleend aan Rik Maes en Mulder, 2017). Meer: controle en efficiëntie, goedkoper en sneller, binnen de organisatie. Beter: aanpassing en gebruik, betere diensten, voor de overheid. Anders: leren en experimenteren, game changers, voor de samenleving. Veel gemeenten zitten in het frame van ‘beter’; het model ‘anders’ komt nog maar zeer sporadisch voor.
balance-degree = Incrementeel of radicaal
balance-degree-hint = Incrementele innovaties gaan over verbeteringen binnen het bestaande (evolutie); radicale innovaties gaan over het invoeren van iets fundamenteel nieuws (revolutie).
balance-innovation-type = Technologisch of sociaal
balance-innovation-type-hint = Technologische innovaties leiden alleen in combinatie met sociale innovaties tot ingrijpende veranderingen: nieuwe waarden, businessmodellen en structuren. Sociale innovatie kan ook zelf het product zijn.
balance-playing-field = Intern of extern (tabel 2.1)
balance-playing-field-hint = Tabel 2.1: technologie van binnen of van buiten, voor een doelgroep van binnen of van buiten („binnen voor buiten”: technologie van binnen, voor een doelgroep van buiten). Technologie is ‘van binnen’ als de gemeente het format en de toepassing bepaalt, ook als het systeem van een leverancier komt. Ieder speelveld heeft zijn eigen complexiteit en dynamiek.
balance-tech-level = Hightech of lowtech
balance-tech-level-hint = Digitale innovatie draait niet alleen om kostbare investeringen in hightech-toepassingen en infrastructuren (het operations center van Rio de Janeiro); met eenvoudige lowtech-technologie kunnen ook interessante toepassingen worden ontwikkeld (fietsregistratie in Bonheiden).
balance-organised = Hoe het is georganiseerd
balance-organised-hint = Van binnenuit, van buitenaf (start-up in residence, challenges) of hybride (labs met partners, burgerlabs, open data).
balance-helix = Partners in de quadruple helix (figuur 2.6)
balance-helix-hint = Samenwerken en leren met overheid, bedrijfsleven, kennisinstellingen, en burgers en maatschappelijke organisaties: de vier rollen van de quadruple helix.
balance-theme = Maatschappelijke thema's
balance-theme-hint = De maatschappelijke thema's die de initiatieven dienen (klimaat, wonen, mobiliteit, zorg, veiligheid, inclusie, …).
playing-field-inside-inside = Bedrijfsmatige inzet (binnen voor binnen)
playing-field-inside-outside = Contact met de buitenwereld (binnen voor buiten)
playing-field-outside-inside = Hulp van buiten (buiten voor binnen)
playing-field-outside-outside = De maatschappij gaat zijn gang (buiten voor buiten)
filter-facet-active = Alleen: { $facet }
quadrants-axis-across-phase = fase: van idee (links) tot geborgd en gestopt (rechts)
quadrants-axis-up-readiness = gereedheid: hoger is verder; nog niet beoordeeld onderaan

## The departments view (figure 2.7)
nav-departments = Afdelingen
no-department = (geen afdeling)
departments-title = Afdelingen en hun startposities
departments-subtitle = Alle afdelingen van de hele portfolio (de filters van de tabel gelden hier niet), die het meest aandacht nodig heeft bovenaan: naar het aantal aandachtspunten, dan naar hoeveel van haar initiatieven hulp nodig hebben. Budgetcijfers gelden voor { $year }. Klik op een aantal om precies die initiatieven te zien.
departments-none = Er zijn nog geen afdelingen en geen initiatieven. Voeg afdelingen toe onder Instellingen.
departments-position = Startpositie:
departments-position-hint = Figuur 2.7 (naar het Rathenau Instituut): "we hebben geen idee", "we moeten iets, maar wat?" of "we hebben concrete plannen". In grotere gemeenten kan die per dienst of directie verschillen.
position-no-idea-yet-hint = "We hebben geen idee": voor deze categorie is het van belang om eerst meer kennis te vergaren en zich een beeld te vormen van wat eraan komt en wat daarvan de mogelijke impact is. Het doel is vooral het vergroten van de awareness en een eerste oriëntatie; diverse gemeenten organiseren kennissessies om de organisatie bekend te maken met digitale transformatie.
position-must-do-something-hint = "We moeten iets, maar wat?": deze categorie maakt concrete plannen voor pilots en living labs, en zorgt dat de noodzakelijke infrastructuur op orde is (geld, netwerk, kennis en dergelijke). Beperkte experimenten helpen hier om te ontdekken wat er allemaal nodig is.
position-concrete-plans-hint = "We hebben concrete plannen": deze categorie is druk bezig met experimenteren en zoekt antwoorden op vragen van opschaling en borging. Het verandervermogen wordt fors aangesproken; de grote steden met structurele programma's voor de digitale transformatie werken zo.
departments-line = { $count ->
    [one] 1 initiatief
   *[other] { $count } initiatieven
} · innovatieaandeel { $share } van het budget { $year } (doel { $target }) · { $stuck } vastgelopen in pilot of evaluatie
departments-verdicts = Pilots en evaluaties:
departments-verdict-hint = { $department }: de pilots en evaluaties met oordeel "{ $verdict }"
departments-stuck = Vastgelopen: { $count }
departments-cell = { $department }: { $count } in { $quadrant }, { $phase }
departments-show = Toon de { $count } initiatieven van { $department } in de tabel
departments-no-needs = Niets vraagt aandacht.
departments-need-position-not-recorded = Startpositie niet vastgelegd
departments-need-position-not-recorded-help = Leg haar vast (figuur 2.7) om te zien welke hulp past: kennis en oriëntatie, eerste experimenten, of opschaling en borging.
departments-need-orientation = Startpositie "we hebben geen idee"
departments-need-orientation-help = Heeft eerst kennis nodig: een beeld van wat eraan komt en de mogelijke impact, awareness en een eerste oriëntatie, bijvoorbeeld kennissessies over digitale transformatie.
departments-need-first-experiments = "We moeten iets, maar wat?", en nog niets heeft de pilotfase bereikt
departments-need-first-experiments-help = Heeft concrete plannen voor pilots en living labs nodig, de infrastructuur op orde (geld, netwerk, kennis) en beperkte experimenten om te ontdekken wat er nodig is.
departments-need-position-outdated = { $running ->
    [0] Niets heeft de pilotfase bereikt, terwijl de startpositie "we hebben concrete plannen" zegt
    [one] 1 initiatief heeft de pilotfase of verder bereikt, wat de vastgelegde startpositie niet doet verwachten
   *[other] { $running } initiatieven hebben de pilotfase of verder bereikt, wat de vastgelegde startpositie niet doet verwachten
}
departments-need-position-outdated-help = Ga na of de startpositie nog klopt; de hulp die een afdeling nodig heeft volgt eruit.
departments-need-scaling = Pilots die niet verder komen: { $stuck } vastgelopen, { $not_ready } niet klaar of geblokkeerd voor opschaling
departments-need-scaling-help = Vragen van opschaling en borging: de weergave Gereedheid toont welke voorwaarden deze pilots tegenhouden.
departments-need-below-target = Innovatieaandeel { $share } van het budget { $year }, onder het doel van { $target }
departments-need-no-budget = Geen budget gepland voor { $year }
departments-need-below-target-help = Geld hoort bij de infrastructuur voor innovatie: plan het innovatiebudget van de afdeling (weergave Budget).
departments-need-troubled = { $count ->
    [one] 1 initiatief met als laatste status Risico of Uit koers
   *[other] { $count } initiatieven met als laatste status Risico of Uit koers
}
departments-need-troubled-help = Lees de redenen in hun laatste voortgangsmeldingen.
changed-field-algorithm-register-url = Vermelding in het Algoritmeregister
changed-field-model-targets = Gewenste spreiding over meer, beter, anders
store-targets-do-not-add-up = De gewenste spreiding over { $spread ->
    [quadrants] de kwadranten
   *[models] meer, beter en anders
} telt op tot { $total } honderdste procent, niet tot 100 %; er is niets opgeslagen
store-server-needs-update = { $server }: deze gedeelde portfolio heeft schemaversie { $found } en deze Proeftuin heeft versie { $known } nodig. Alleen de eigenaar van de tabellen kan haar bijwerken: vraag IT haar eenmaal met deze versie als eigenaar te openen (zie docs/shared-portfolio.md).
field-algorithm-register = Vermelding in het Algoritmeregister
field-algorithm-register-hint = Gebruikt het initiatief een algoritme dat in het Algoritmeregister van de overheid staat (algoritmes.overheid.nl), dan het adres van die vermelding. Het wordt bewaard en geëxporteerd (ook in de indeling van de Public Sector Tech Watch).
problem-link-invalid = Geen webadres: schrijf het hele adres, beginnend met https://
settings-targets = Doelen
settings-targets-hint = Waar de directie naar streeft. Het overzicht, het budget, de kwadrantenkaart en de balans tonen de portfolio ertegen.
field-target-innovation-share = Innovatieaandeel van het budget
field-quadrant-target = Beoogd aandeel: { $quadrant }
field-model-targets = Een gewenste spreiding over meer, beter en anders instellen (tabel 2.3)
field-model-target = Beoogd aandeel: { $model }
targets-total = Samen: { $total }
targets-must-add-up = Een gewenste spreiding moet optellen tot 100 % voordat die kan worden opgeslagen.
balance-model-target = doel { $target } van de ingedeelde, nu { $share }
balance-model-no-target = Geen gewenste spreiding ingesteld: de directie kan die instellen in Instellingen, onder Doelen.
balance-model-target-line = Doel over de { $count } ingedeelde: meer { $more }, beter { $better }, anders { $different } (de streep door elke balk).
balance-model-below = "{ $model }" ligt { $points } procentpunt onder het doel.
balance-model-above = "{ $model }" ligt { $points } procentpunt boven het doel.
cli-arg-export-personal = Bij --format pstw (gepubliceerd voor anderen, zonder persoonsgegevens): neem de trekkers, contactpersonen en besluitnemers toch op.
export-format-pstw = Public Sector Tech Watch (CSV) — de initiatieven in de indeling van de EU-catalogus, voor andere gemeenten
export-include-personal = Persoonsgegevens opnemen (trekkers, contactpersonen, besluitnemers)
export-only-shown = Alleen de { $count } initiatieven die de tabel toont (de filters)
export-pstw-hint = Eerst de kolommen van de Public Sector Tech Watch, dan wat daar geen kolom voor heeft (kwadrant, fase, budgetten, gereedheid, besluiten, lessen) met het voorvoegsel proeftuin_. Gescheiden door puntkomma's, UTF-8.
cli-about-peers = De bibliotheek van andere gemeenten: hun cases (Public Sector Tech Watch of hun Proeftuin-publicaties), apart van de eigen portfolio, om van te leren.
cli-about-peers-import = Voeg de cases uit een bestand van een andere gemeente toe aan de bibliotheek (bekende worden bijgewerkt): alles of niets.
cli-arg-peers-import-file = Het bestand: de dataset van de Public Sector Tech Watch (CSV, XLSX, ODS of XLS; de cases van lokale overheden) of de Proeftuin-publicatie van een gemeente.
cli-about-peers-list = De cases in de bibliotheek, per organisatie.
cli-arg-peers-list-format = Uitvoerformaat.
cli-about-peers-similar = De cases van anderen die het meest lijken op een eigen initiatief, de beste eerst, met de reden.
cli-arg-peers-similar-id = Het nummer (id) van het initiatief.
cli-arg-peers-similar-format = Uitvoerformaat.
cli-arg-peers-similar-limit = Hoogstens zoveel.
cli-peers-imported = { $path }: { $added ->
    [one] { $added } case
   *[other] { $added } cases
} toegevoegd aan de bibliotheek, { $updated } bijgewerkt; { $other } van andere overheidslagen weggelaten
cli-peers-none-similar = Geen case in de bibliotheek ({ $count }) deelt een woord of thema met "{ $name }".
cli-no-initiative = er is geen initiatief met nummer { $id }
peers-json = dit is een JSON-document, geen bestand van andere gemeenten: de bibliotheek leest de indeling van de Public Sector Tech Watch (CSV, XLSX of ODS), zoals `proeftuin export --format pstw` die schrijft
peers-unknown-layout = geen bestand in een indeling die Proeftuin kent: de kolommen { $missing } ontbreken (de indeling van de Public Sector Tech Watch heeft ze). Gevonden: { $found }. Er is niets toegevoegd.
peers-none-local = geen case van een lokale overheid om toe te voegen ({ $other } van andere overheidslagen, { $unnamed } zonder naam). Er is niets toegevoegd.

## The peers view ("slim volgen")
nav-peers = Andere gemeenten
peers-title = Leren van andere gemeenten
peers-subtitle = "Slim volgen": leer van wat anderen probeerden. De bibliotheek bevat { $count } cases van { $organisations } organisaties, apart van uw portfolio: nooit in de cijfers, exports of rapportages ervan.
peers-file = Bestand van andere gemeenten
peers-file-hint = De dataset van de Public Sector Tech Watch (CSV, XLSX, ODS of XLS; de cases van lokale overheden worden bewaard) of de Proeftuin-publicatie van een andere gemeente (Bestand, Exporteren, Public Sector Tech Watch). Hetzelfde bestand opnieuw importeren werkt de cases bij.
peers-import = Importeren in de bibliotheek
peers-imported = { $file }: { $added ->
    [one] { $added } case
   *[other] { $added } cases
} toegevoegd aan de bibliotheek, { $updated } bijgewerkt; { $other } van andere overheidslagen weggelaten
peers-compare = Lijkt het meest op:
peers-compare-hint = Een van de initiatieven die de tabel toont (het initiatief dat openstaat, anders het eerste); filter de tabel om een ander te vinden.
peers-empty = De bibliotheek is leeg: importeer hierboven een bestand.
peers-none-similar = Geen case in de bibliotheek deelt een woord of thema met "{ $name }".
peers-score-hint = Score op 100: gedeelde woorden (zeldzame wegen zwaarder) 55, gedeelde thema's 20, hetzelfde kwadrant 15, dezelfde status 10.
peers-match = { $score }  { $organisation }: { $name }
peers-why = Waarom: { $reasons }
peers-ask = Vraag het: { $contact }
peers-reason-words = gedeelde woorden: { $words }
peers-reason-themes = gedeelde thema's: { $themes }
peers-reason-quadrant = hetzelfde kwadrant ({ $quadrant })
peers-reason-status = dezelfde status ({ $status })
peers-status-unknown = status onbekend
peers-since = { $status }, sinds { $year }
peers-all = Alle cases
peers-search = Zoeken
peers-search-hint = organisatie, naam, omschrijving, status
peers-organisation = Organisatie
peers-outcome = Uitkomst
peers-stop-or-lessons = Reden van stoppen of geleerde lessen
peers-shown-of-total = { $shown } van { $total } cases

## The five activities (figures 2.5 and 2.6)
nav-activities = Vijf activiteiten
activities-title = De vijf activiteiten van digitale innovatie
activities-subtitle = Figuren 2.5 en 2.6 (naar Van Es, De Bakker e.a., 2018): experimenteren, waarderen, kansen pakken, risico's verzachten, en samenwerken en leren, elk met de concrete opdrachten van de gemeente. Beoordeel elke opdracht, met een notitie en de initiatieven die het laten zien; ernaast wat het register zelf laat zien. Elke beoordeling wordt bewaard onder haar datum; vergelijk haar met een eerdere.
activities-date = Beoordeling van
activities-save = Beoordeling opslaan
activities-compare = Vergelijk met
activities-compare-none = geen eerdere beoordeling
activities-date-unreadable = De datum is niet te lezen: schrijf dd-mm-jjjj.
activities-none-yet = Er is nog geen beoordeling opgeslagen: deze begint leeg.
activities-weakest = Zwakst: { $activity } ({ $points } van 4 punten)
activities-standing = { $activity }: { $points } van 4 punten
activities-standing-then = { " " }(op { $date }: { $points })
activities-then = op { $date }: { $status }
activities-note = Notitie: { $assignment }
activities-evidence = Onderbouwing ({ $count }): { $names }
activities-register = In het register: { $text }
activities-take-evidence = Deze { $count } als onderbouwing nemen
activities-take-evidence-hint = Leg deze initiatieven vast als onderbouwing voor "{ $assignment }"
activities-and-more = { " " }en nog { $count }
assessment-not-assessed = Niet beoordeeld
assessment-saved = De zelfbeoordeling van { $date } is opgeslagen.
answer-done = Gedaan
answer-partly = Deels
answer-not-yet = Nog niet
activity-valuing = Waarderen
activity-experimenting = Experimenteren
activity-seizing-opportunities = Kansen pakken
activity-mitigating-risks = Risico's verzachten
activity-collaborating-and-learning = Samenwerken en leren
activity-valuing-hint = Vanuit publieke waarden duidelijk maken waarom en wanneer digitalisering gewenst is, en waar de grenzen liggen.
activity-experimenting-hint = Lokaal experimenteren in de publieke ruimte, met de ethische randvoorwaarden geregeld.
activity-seizing-opportunities-hint = Oog hebben voor wat digitalisering mogelijk maakt, en innoveren vanuit maatschappelijke transities.
activity-mitigating-risks-hint = Oog hebben voor de risico's in de hele data-waardeketen, en publieke waarden beschermen.
activity-collaborating-and-learning-hint = Samen innoveren, op elk niveau, en burgers betrekken.
assignment-clarify-value-and-limits = Verhelder nut en grenzen van digitalisering vanuit publieke waarden
assignment-clarify-value-and-limits-hint = Bestuurders moeten vanuit dat perspectief duidelijk maken waarom of wanneer digitalisering gewenst is, en waar er grenzen of randvoorwaarden aan gesteld worden.
assignment-steer-by-public-values = Geef vanuit publieke waarden richting aan technologische en sociale innovatie
assignment-steer-by-public-values-hint = Vermijd naïef technologie-optimisme maar zoek balans tussen kansen en risico's.
assignment-experiment-locally = Experimenteer lokaal in de publieke ruimte
assignment-experiment-locally-hint = Maak van de stad een permanent living lab (Pieter Ballon). Doe dat ook binnen de eigen gemeente, bijvoorbeeld met een dienstenrobot in de gemeentehal, zodat burgers en eigen medewerkers kennismaken met nieuwe technologie.
assignment-ethics-of-living-labs = Regel de ethische randvoorwaarden van het living lab
assignment-ethics-of-living-labs-hint = Het gaat om experimenten met echte burgers en over echte vraagstukken. Soms moet experimenteerruimte worden gecreëerd door bepaalde regels tijdelijk buiten spel te zetten. Betrek de impact op de eigen organisatie en medewerkers.
assignment-see-possibilities = Heb oog voor de mogelijkheden van digitalisering
assignment-see-possibilities-hint = De talloze digitale technologieën die op gemeenten afkomen, en de mogelijkheid om bestaande processen te verbeteren of geheel anders vorm te geven.
assignment-innovate-for-transitions = Innoveer vanuit maatschappelijk transitieperspectief
assignment-innovate-for-transitions-hint = Digitale innovatie ondersteunt maatschappelijke opgaven rondom klimaat, veiligheid, sociale inclusiviteit en dergelijke; inzichten voor de ene opgave kunnen van belang zijn voor de andere.
assignment-see-risks = Heb oog voor de risico's van digitalisering in de gehele data-waardeketen
assignment-see-risks-hint = De Utrecht Data School ontwikkelde DEDA, De Ethische Data Assistent: een soort ethical impact assessment voor digitale innovatie.
assignment-protect-public-values = Bescherm publieke waarden via debat, beleid, technologie en organisatie
assignment-protect-public-values-hint = Stimuleer het debat met de eigen burgers; beleid via regelgeving, financiering en communicatie; technologie en organisatie ook, bijvoorbeeld rond de transparantie van algoritmes.
assignment-innovate-together = Innoveer samen
assignment-innovate-together-hint = Zonder samenwerking krijgen alleen de grotere steden iets voor elkaar: lokaal, bovenlokaal, nationaal en in Europees verband.
assignment-involve-citizens = Betrek burgers bij digitalisering
assignment-involve-citizens-hint = Wees helder over wat de invloed is van burgerparticipatie; de quadruple helix (met burgers en maatschappelijke groeperingen) is zeker zo belangrijk als de triple helix (overheid, bedrijfsleven, kennis).
evidence-clarify-value-and-limits = { $count } initiatieven met de voorwaarde publieke waarde en evaluatie vervuld
evidence-steer-by-public-values = { $count } sociale innovaties
evidence-experiment-locally = { $count } lopende living labs
evidence-ethics-of-living-labs = { $count } living labs met de voorwaarde ethiek en privacy vervuld (DEDA, DPIA)
evidence-see-possibilities = { $count } ideeën en voorbereidingen met een innovatiebudget
evidence-innovate-for-transitions = { $count } initiatieven gekoppeld aan maatschappelijke thema's
evidence-see-risks = { $count } initiatieven met vastgelegde risico's of de voorwaarde ethiek en privacy vervuld
evidence-protect-public-values = { $count } initiatieven met een privacy- of ethiekrisico en de beheersing ervan
evidence-innovate-together = { $count } initiatieven met partners
evidence-helix-roles = { " " }(partners in { $roles } van de 4 helixrollen)
evidence-involve-citizens = { $count } initiatieven met burgers of maatschappelijke organisaties als partner
diff-assessment = Zelfbeoordeling van de vijf activiteiten ({ $count })
cli-diff-assessment-changes = zelfbeoordeling van de vijf activiteiten, { $from } -> { $to } ({ $count }):
report-assessment = Zelfbeoordeling van de vijf activiteiten
report-assessment-none = Er is nog geen zelfbeoordeling van de vijf activiteiten gemaakt (weergave Vijf activiteiten).
report-assessment-of = Beoordeeld op { $date }.
report-assessment-compared = Beoordeeld op { $date }, vergeleken met { $before }.
report-assessment-was = { " " }(was: { $status })
report-assessment-evidence = { " " }[{ $count } initiatieven laten het zien]
quadrants-across = Binnen elk kwadrant, horizontaal:
quadrants-up = verticaal:
quadrants-across-phase = Fase
quadrants-across-months = Maanden in de huidige fase
quadrants-across-start = Startjaar
quadrants-up-readiness = Gereedheidsscore
quadrants-up-readiness-level = Gereedheidsniveau (0–9)
quadrants-up-use-level = Gebruiksniveau (0–9)
quadrants-up-budget = Innovatiebudget
quadrants-axis-across-months = maanden in fase: minste links, meeste rechts; onbekend aan de linkerrand
quadrants-axis-across-start = start: vroegste links, laatste rechts; geen startdatum aan de linkerrand
quadrants-axis-up-readiness-level = gereedheidsniveau: hoger is verder (0–9); niet vastgelegd onderaan
quadrants-axis-up-use-level = gebruiksniveau: hoger is meer gebruikt (0–9); niet vastgelegd onderaan
quadrants-axis-up-budget = innovatiebudget: hoger is meer; geen onderaan

## Werk dat loopt (naast de draaiende stippen, en hun label voor een schermlezer)
busy-snapshots = Bezig met de momentopnamen…
busy-backups = Bezig met de reservekopieën…
busy-figures = De kengetallen worden berekend…
busy-peers = De bibliotheek met gevallen van andere gemeenten wordt gelezen…
busy-connecting = Verbinding met de server maken…
busy-trash = De prullenbak wordt gelezen…
busy-working = Bezig…
