//! The register: one row per initiative, as municipalities keep it in Excel. Reading
//! (CSV in any of the usual encodings and separators, XLSX, ODS or Excel 97–2003's XLS), mapping the columns by
//! their Dutch or English headers, parsing every cell with a precise complaint when it
//! cannot, and writing it back out (CSV) in the user's language.

mod field;
mod ods;
mod parse;
mod read;
mod write;
mod xls;

pub use field::*;
pub use ods::*;
pub use parse::*;
pub use read::*;
pub use write::*;
pub use xls::*;

/// The longest text a cell may hold (a description of a few pages). Longer cells are
/// refused with their row and column, rather than silently cut.
pub const MAX_CELL_CHARS: usize = 20_000;
/// Names, departments and owners are short; the database refuses more than 200.
pub const MAX_NAME_CHARS: usize = 200;

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::domain::*;
    use crate::format::Language;

    #[test]
    fn headers_in_both_languages() {
        assert_eq!(field_for_header("Naam"), Some(RegisterField::Name));
        assert_eq!(
            field_for_header(" Start date "),
            Some(RegisterField::StartDate)
        );
        assert_eq!(field_for_header("Thema's"), Some(RegisterField::Themes));
        assert_eq!(
            field_for_header("Innovatiebudget"),
            Some(RegisterField::Budget {
                category: BudgetCategory::Innovation,
                year: None,
                actual: false
            })
        );
        assert_eq!(
            field_for_header("Beheer besteed 2025"),
            Some(RegisterField::Budget {
                category: BudgetCategory::Operation,
                year: Some(2025),
                actual: true
            })
        );
        assert_eq!(
            field_for_header("Operation budget (€)"),
            Some(RegisterField::Budget {
                category: BudgetCategory::Operation,
                year: None,
                actual: false
            })
        );
        assert_eq!(field_for_header("Opmerkingen van de wethouder"), None);
        // How registers kept by hand name their columns.
        for (header, field) in [
            ("Naam initiatief", RegisterField::Name),
            ("Naam van het initiatief", RegisterField::Name),
            ("Initiatiefnaam", RegisterField::Name),
            ("Project name", RegisterField::Name),
            ("Soort initiatief", RegisterField::Kind),
            ("Team", RegisterField::Department),
            ("Projectmanager", RegisterField::Owner),
            ("Naam trekker", RegisterField::Owner),
            ("E-mailadres", RegisterField::Contact),
            ("Projectfase", RegisterField::Phase),
            ("Huidige fase", RegisterField::Phase),
            ("Aanvangsdatum", RegisterField::StartDate),
            ("Datum einde", RegisterField::EndDate),
            ("Beleidsthema's", RegisterField::Themes),
            ("Korte omschrijving", RegisterField::Description),
            ("Reden stoppen", RegisterField::StopReason),
            ("Stopreden", RegisterField::StopReason),
            ("Reason for stopping", RegisterField::StopReason),
            ("Geleerde lessen", RegisterField::LessonsLearned),
            ("Leerpunten", RegisterField::LessonsLearned),
            ("Lessons learned", RegisterField::LessonsLearned),
            ("Opmerkingen", RegisterField::Notes),
            ("Notities", RegisterField::Notes),
            ("Remarks", RegisterField::Notes),
            ("Link algoritmeregister", RegisterField::AlgorithmRegister),
            ("Algorithm register URL", RegisterField::AlgorithmRegister),
            ("Begrotingsjaar", RegisterField::Year),
            ("Fiscal year", RegisterField::Year),
        ] {
            assert_eq!(field_for_header(header), Some(field), "{header:?}");
        }
        for language in [Language::Dutch, Language::English] {
            for field in RegisterField::CHOICES {
                assert_eq!(
                    field_for_header(&field.header(language)),
                    Some(field),
                    "{field:?}"
                );
            }
        }
    }

    /// The usual names of the budget columns in Dutch and English registers, each
    /// with the category and kind written down by hand; and headers that only look like
    /// them.
    #[test]
    fn budget_column_synonyms() {
        use BudgetCategory::{Innovation, Operation};
        for (header, category, year, actual) in [
            ("Beheerkosten", Operation, None, false),
            ("Exploitatiekosten 2026", Operation, Some(2026), false),
            ("Exploitatielasten (€)", Operation, None, false),
            ("Structurele kosten", Operation, None, false),
            ("Structureel budget 2027", Operation, Some(2027), false),
            ("Lopende kosten", Operation, None, false),
            ("Onderhoudskosten", Operation, None, false),
            ("Regulier budget", Operation, None, false),
            ("Exploitatie", Operation, None, false),
            ("Running costs", Operation, None, false),
            ("Operating costs 2026", Operation, Some(2026), false),
            ("OPEX", Operation, None, false),
            (
                "Gerealiseerde exploitatie 2025",
                Operation,
                Some(2025),
                true,
            ),
            ("Werkelijke beheerkosten", Operation, None, true),
            ("Beheer uitgegeven", Operation, None, true),
            ("Innovatiekosten", Innovation, None, false),
            ("Innovatiegeld 2026", Innovation, Some(2026), false),
            ("Projectbudget", Innovation, None, false),
            ("Pilotkosten", Innovation, None, false),
            ("Incidentele kosten", Innovation, None, false),
            ("Investering", Innovation, None, false),
            ("Innovation costs", Innovation, None, false),
            ("Innovatie realisatie 2025", Innovation, Some(2025), true),
            ("Besteed aan innovatie", Innovation, None, true),
        ] {
            assert_eq!(
                field_for_header(header),
                Some(RegisterField::Budget {
                    category,
                    year,
                    actual
                }),
                "{header:?}"
            );
        }
        for header in [
            "Beheerder",
            "Projectfase",
            "Projectnaam",
            "Onderhoudspartij",
            "Budgethouder",
            "Innovatiemanager",
            "Realisatiedatum",
        ] {
            assert_ne!(
                field_for_header(header).map(|field| matches!(field, RegisterField::Budget { .. })),
                Some(true),
                "{header:?} is no budget column"
            );
        }
    }

    #[test]
    fn values_in_both_languages() {
        assert_eq!(parse_phase("proef"), Some(Phase::Pilot));
        assert_eq!(parse_phase("Experiment"), Some(Phase::Pilot));
        assert_eq!(parse_phase("geborgd"), Some(Phase::Anchored));
        assert_eq!(parse_phase("Pilot loopt"), Some(Phase::Pilot));
        assert_eq!(parse_phase("evaluation"), Some(Phase::Evaluation));
        assert_eq!(parse_phase("idee"), Some(Phase::Idea));
        // With the word for phase, and what registers and the peer formats write.
        for (text, phase) in [
            ("Pilotfase", Phase::Pilot),
            ("Ideefase", Phase::Idea),
            ("Voorbereidingsfase", Phase::Preparation),
            ("Evaluatiefase", Phase::Evaluation),
            ("Opschalingsfase", Phase::Scaling),
            ("Borgingsfase", Phase::Anchored),
            ("Fase: evaluatie", Phase::Evaluation),
            ("Pilot phase", Phase::Pilot),
            ("In voorbereiding", Phase::Preparation),
            ("In development", Phase::Preparation),
            ("Planned", Phase::Idea),
            ("Implemented", Phase::Anchored),
            ("In gebruik", Phase::Anchored),
            ("Opgeschaald", Phase::Anchored),
            ("Gestaakt", Phase::Stopped),
            ("Not in use", Phase::Stopped),
            ("Beeindigd", Phase::Stopped),
            // As a spreadsheet's list of choices writes them.
            ("3. Pilot", Phase::Pilot),
            ("3 - pilot", Phase::Pilot),
            ("Fase 4: evaluatie", Phase::Evaluation),
            ("1) Idee", Phase::Idea),
            ("Opschaling (uitrol)", Phase::Scaling),
        ] {
            assert_eq!(parse_phase(text), Some(phase), "{text:?}");
        }
        for text in [
            "fase",
            "Fasering",
            "Afgerond",
            "On hold",
            "Projectfase",
            "3",
            "(pilot)",
            "Pilot 2",
        ] {
            assert_eq!(parse_phase(text), None, "{text:?}");
        }
        assert_eq!(
            enum_value(
                Quadrant::ALL,
                Quadrant::id,
                "Slimme overheid (smart government)"
            ),
            Some(Quadrant::SmartGovernment)
        );
        assert_eq!(
            enum_value(Kind::ALL, Kind::id, "2. Living lab"),
            Some(Kind::LivingLab)
        );
        assert_eq!(
            enum_value(Quadrant::ALL, Quadrant::id, "Slimme samenleving"),
            Some(Quadrant::SmartSociety)
        );
        assert_eq!(
            enum_value(Quadrant::ALL, Quadrant::id, "e_governance"),
            Some(Quadrant::EGovernance)
        );
        assert_eq!(
            enum_value(Kind::ALL, Kind::id, "Living lab"),
            Some(Kind::LivingLab)
        );
        // The app's own names (what an export writes) read back.
        for language in [Language::Dutch, Language::English] {
            let tr = crate::i18n::I18n::new(language);
            for phase in Phase::ALL {
                assert_eq!(parse_phase(&tr.name("phase", phase.id())), Some(*phase));
            }
            for quadrant in Quadrant::ALL {
                assert_eq!(
                    enum_value(
                        Quadrant::ALL,
                        Quadrant::id,
                        &tr.name("quadrant", quadrant.id())
                    ),
                    Some(*quadrant)
                );
            }
            for kind in Kind::ALL {
                assert_eq!(
                    enum_value(Kind::ALL, Kind::id, &tr.name("kind", kind.id())),
                    Some(*kind)
                );
            }
        }
    }

    /// A column remembers what each text meant: the second cell with the same text means
    /// the same, an unknown text stays unknown, and a column of more different texts than
    /// it remembers still reads every one.
    #[test]
    fn a_column_remembers_what_its_texts_meant() {
        let mut kinds = Names::new(Kind::ALL, Kind::id);
        let mut phases = Names::phases();
        for _ in 0..2 {
            assert_eq!(kinds.find("Living lab"), Some(Kind::LivingLab));
            assert_eq!(kinds.find("living-lab"), Some(Kind::LivingLab));
            assert_eq!(kinds.find("Proef"), Some(Kind::Pilot));
            assert_eq!(kinds.find("hackathon"), None);
            assert_eq!(phases.find("Pilot loopt"), Some(Phase::Pilot));
            assert_eq!(phases.find("Geborgd"), Some(Phase::Anchored));
            assert_eq!(phases.find("vliegen"), None);
        }
        for n in 0..3_000 {
            assert_eq!(phases.find(&format!("onbekend {n}")), None);
        }
        assert_eq!(phases.find("  Opschaling "), Some(Phase::Scaling));
    }

    #[test]
    fn decoding_and_separators() {
        let (table, info) =
            read_csv("a.csv", b"\xef\xbb\xbfNaam;Afdeling\r\nA;B\r\n").expect("read");
        assert_eq!(info.encoding, "UTF-8 with BOM");
        assert_eq!(info.delimiter, ';');
        assert_eq!(table.headers, vec!["Naam", "Afdeling"]);
        let (table, _) = read_csv("crlf.csv", b"Naam\r\nA\r\n\r\nB\r\n").expect("read");
        assert_eq!(
            table.row_numbers,
            vec![2, 4],
            "line numbers as a text editor shows them"
        );
        let (table, info) = read_csv("b.csv", b"Naam;Afdeling\nCaf\xe9 \x80;X\n").expect("read");
        assert_eq!(info.encoding, "Windows-1252");
        assert_eq!(table.rows[0][0], Cell::Text("Café €".into()));
        assert_eq!(table.row_numbers, vec![2]);
        let empty = read_csv("c.csv", b"").map(drop).err();
        assert_eq!(
            empty.as_ref().map(|e| e.localized(Language::Dutch)),
            Some("c.csv: het bestand is leeg".to_string())
        );
        assert_eq!(
            empty.map(|e| e.localized(Language::English)),
            Some("c.csv: the file is empty".to_string())
        );
        let junk = read_csv("d.bin", b"PK\x03\x04\x00\x00binary")
            .map(drop)
            .err();
        assert!(junk.is_some_and(|e| e.to_string().contains("not a text (CSV) file")));
    }

    #[test]
    fn problems_name_row_column_value_and_reason() {
        let (table, _) = read_csv(
            "r.csv",
            "Naam,Startdatum,Innovatiebudget,Fase\nA,31-02-2026,€ 1.000,00,pilot\n,01-01-2026,12,pilot\nC,01-01-2026,twaalf,vliegen\n"
                .replace("€ 1.000,00", "\"€ 1.000,00\"")
                .as_bytes(),
        )
        .expect("read");
        let mapping = map_columns("r.csv", &table, &HashMap::new()).expect("mapping");
        let (_, problems) = parse_rows(&table, &mapping);
        let messages: Vec<String> = problems.iter().map(|p| p.message("r.csv")).collect();
        assert_eq!(
            messages,
            vec![
                "r.csv, row 2, column \"Startdatum\", value \"31-02-2026\": not a date (use dd-mm-yyyy or yyyy-mm-dd)",
                "r.csv, row 3, column \"Naam\", value \"\": every initiative needs a name",
                "r.csv, row 4, column \"Innovatiebudget\", value \"twaalf\": not an amount (write it like € 85.000,00 or 85000.00)",
                "r.csv, row 4, column \"Fase\", value \"vliegen\": unknown phase (use idee, voorbereiding, pilot, evaluatie, opschaling, geborgd or gestopt)",
            ]
        );
    }

    /// A register kept by hand often has a title, a date or notes above its table: the
    /// headers are the first early row with more known headers (at least two) than the
    /// first, and its separator is the one that splits that row into them.
    #[test]
    fn headers_below_a_title_are_found() {
        let (table, info) = read_csv(
            "t.csv",
            "Pilotregister Gemeente Voorbeeld\r\nStand: 1 november 2026, concept\r\n\r\nNaam;Fase;Kwadrant\r\nA, B en C;pilot;slimme overheid\r\n"
                .as_bytes(),
        )
        .expect("read");
        assert_eq!(info.delimiter, ';');
        assert_eq!(table.headers, vec!["Naam", "Fase", "Kwadrant"]);
        assert_eq!(table.header_row, 4);
        assert_eq!(table.row_numbers, vec![5]);
        assert_eq!(table.rows[0][0], Cell::Text("A, B en C".into()));
        // Known headers on the first line: that line, as always.
        let (table, _) = read_csv("f.csv", b"Naam,Fase\nNaam,Fase\n").expect("read");
        assert_eq!((table.header_row, table.rows.len()), (1, 1));
        // One known header below unknown ones is a value, not a header row.
        let (table, info) = read_csv("u.csv", b"Benaming;Status\nA;Start\nB;Eind\n").expect("read");
        assert_eq!((info.delimiter, table.header_row), (';', 1));
        assert_eq!(table.headers, vec!["Benaming", "Status"]);
        // Nothing known anywhere: the first line, split by what splits it most.
        let (table, info) = read_csv("n.csv", b"Wijk\tBuurt\nA\tB\n").expect("read");
        assert_eq!((info.delimiter, table.header_row), ('\t', 1));
    }

    /// A budget column's header may say its amounts are in thousands or millions; a
    /// header that does not say so is plain euros.
    #[test]
    fn budget_headers_in_thousands_and_millions() {
        for header in [
            "Innovatiebudget (x € 1.000)",
            "Innovatiebudget (x €1.000,-)",
            "Budget x 1000",
            "Budget ×1.000",
            "Kosten in k€",
            "Kosten (k€)",
            "Beheer (€k)",
            "Budget in duizenden euro's",
            "Budget (€ '000)",
            "Innovation budget (EUR thousands)",
            "Innovatiebudget in € 1.000",
            "Budget (keur)",
        ] {
            assert_eq!(header_scale(header), 3, "{header:?}");
        }
        for header in [
            "Beheer (x € 1 mln)",
            "Beheer x € 1.000.000",
            "Budget in miljoenen",
            "Budget (€ mln)",
            "Budget in m€",
            "Operating costs (EUR millions)",
        ] {
            assert_eq!(header_scale(header), 6, "{header:?}");
        }
        for header in [
            "Innovatiebudget",
            "Innovatiebudget (€)",
            "Budget 2026",
            "Beheerkosten per jaar",
            "Kosten team €",
            "Budget in 2026",
            "Budget 2025-2026",
            "Materiaalkosten € ",
            "Kosten xml-koppeling",
        ] {
            assert_eq!(header_scale(header), 0, "{header:?}");
        }
        // Read that way: 85 is € 85.000.
        let (table, _) = read_csv(
            "k.csv",
            "Naam;Innovatiebudget 2026 (x € 1.000);Beheer 2026 (€ mln)\nA;85;1,5\nB;9999999999999;0\n".as_bytes(),
        )
        .expect("read");
        let mapping = map_columns("k.csv", &table, &HashMap::new()).expect("mapped");
        let (records, problems) = parse_rows(&table, &mapping);
        assert_eq!(
            records[0].budgets,
            vec![
                (BudgetCategory::Innovation, Some(2026), false, 8_500_000),
                (BudgetCategory::Operation, Some(2026), false, 150_000_000),
            ]
        );
        assert_eq!(problems.len(), 1, "too large once scaled: {problems:?}");
    }

    /// A hint in brackets after a header's name, or the header over two lines.
    #[test]
    fn headers_with_a_hint_or_a_line_break() {
        assert_eq!(
            field_for_header("Startdatum (dd-mm-jjjj)"),
            Some(RegisterField::StartDate)
        );
        assert_eq!(
            field_for_header("Startdatum\n(dd-mm-jjjj)"),
            Some(RegisterField::StartDate)
        );
        assert_eq!(
            field_for_header("Fase [idee, pilot, opschaling]"),
            Some(RegisterField::Phase)
        );
        assert_eq!(
            field_for_header("Geplande\r\neinddatum"),
            Some(RegisterField::EndDate)
        );
        assert_eq!(field_for_header("(dd-mm-jjjj)"), None);
    }

    /// Headers over two rows: a group merged over its columns (the merged cell leaves the
    /// columns to its right blank) is joined to each column's second line; a first row of
    /// initiatives (it has a name) never is.
    #[test]
    fn headers_over_two_rows_are_joined() {
        let (table, _) = read_csv(
            "g.csv",
            b"Naam;Fase;Budget 2026;;Innovatiebudget (x 1000)\n;;Innovatie;Beheer;2027\nA;pilot;1000;200;5\n",
        )
        .expect("read");
        assert_eq!(
            table.headers,
            vec![
                "Naam",
                "Fase",
                "Budget 2026 Innovatie",
                "Budget 2026 Beheer",
                "Innovatiebudget (x 1000) 2027"
            ]
        );
        assert_eq!((table.header_row, table.second_header_row), (1, Some(2)));
        assert_eq!(table.row_numbers, vec![3]);
        let mapping = map_columns("g.csv", &table, &HashMap::new()).expect("mapped");
        let (records, problems) = parse_rows(&table, &mapping);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            records[0].budgets,
            vec![
                (BudgetCategory::Innovation, Some(2026), false, 100_000),
                (BudgetCategory::Operation, Some(2026), false, 20_000),
                (BudgetCategory::Innovation, Some(2027), false, 500_000),
            ]
        );
        // The first row is an initiative: it stays one.
        let (table, _) = read_csv("r.csv", b"Naam;Innovatiebudget;\nA;2026;2027\n").expect("read");
        assert_eq!(table.second_header_row, None);
        assert_eq!(table.rows.len(), 1);
        // A row without a name whose values join to no more known headers stays a row.
        let (table, _) = read_csv(
            "n.csv",
            b"Naam;Innovatiebudget;Beheerbudget\n;2026;2027\nB;1;2\n",
        )
        .expect("read");
        assert_eq!((table.second_header_row, table.rows.len()), (None, 2));
    }

    /// "Not known yet" and "none" as registers write them, in amount and date columns:
    /// read as an empty cell and told, never a problem; any other text still is one.
    #[test]
    fn placeholders_for_no_amount_or_date() {
        let (table, _) = read_csv(
            "p.csv",
            "Naam;Innovatiebudget 2026;Beheerbudget 2026;Startdatum;Einddatum\nA;PM;€ -;1-3-2025;doorlopend\nB;n.v.t.;1000;Onbekend;31-12-2026\nC;p.m.;-;;N/A\nD;veel;;;\n"
                .as_bytes(),
        )
        .expect("read");
        let mapping = map_columns("p.csv", &table, &HashMap::new()).expect("mapped");
        let (records, problems) = parse_rows(&table, &mapping);
        assert_eq!(records[0].budgets, vec![]);
        assert_eq!(records[0].placeholders, vec!["PM", "€ -", "doorlopend"]);
        assert_eq!(records[0].end_date, Some(None));
        assert_eq!(
            records[1].budgets,
            vec![(BudgetCategory::Operation, Some(2026), false, 100_000)]
        );
        assert_eq!(records[1].start_date, Some(None));
        assert_eq!(records[2].placeholders, vec!["p.m.", "-", "N/A"]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].row, problems[0].value.as_str()), (5, "veel"));
        // "Doorlopend" is no amount.
        assert!(!is_placeholder("doorlopend", false));
        assert!(is_placeholder(" Nader te bepalen ", false));
    }

    #[test]
    fn duplicate_and_missing_columns() {
        let (table, _) = read_csv("x.csv", b"Naam,Name\nA,B\n").expect("read");
        let error = map_columns("x.csv", &table, &HashMap::new())
            .map(drop)
            .err();
        assert!(error.is_some_and(|e| {
            e.to_string()
                .contains("\"Naam\" and \"Name\" both hold name")
        }));
        let (table, _) = read_csv("y.csv", b"Afdeling,Fase\nA,B\n").expect("read");
        let error = map_columns("y.csv", &table, &HashMap::new())
            .map(drop)
            .err();
        assert!(error.is_some_and(|e| {
            e.to_string()
                .contains("no column with the initiatives' names")
        }));
        // By hand: the unknown column holds the names.
        let (table, _) = read_csv("z.csv", b"Benaming,Fase\nA,pilot\n").expect("read");
        let overrides: HashMap<String, Option<RegisterField>> =
            [("Benaming".to_string(), Some(RegisterField::Name))]
                .into_iter()
                .collect();
        let mapping = map_columns("z.csv", &table, &overrides).expect("mapped by hand");
        assert_eq!(
            mapping.columns,
            vec![Some(RegisterField::Name), Some(RegisterField::Phase)]
        );
    }
}
