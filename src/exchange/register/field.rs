//! What a register column holds, and which column holds what: headers matched in Dutch
//! and English, and the mapping the user can change by hand.

use std::collections::HashMap;

use super::*;
use crate::domain::*;
use crate::exchange::Result;
use crate::format::Language;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegisterField {
    Id,
    Name,
    Kind,
    Department,
    Owner,
    Contact,
    Quadrant,
    Phase,
    StartDate,
    EndDate,
    Themes,
    Description,
    /// Why a stopped initiative was stopped.
    StopReason,
    LessonsLearned,
    Notes,
    /// The address of its entry in the Algoritmeregister (algoritmes.overheid.nl).
    AlgorithmRegister,
    ReadinessLevel,
    UseLevel,
    /// The year of the row's amounts that name none in their header: a register with a
    /// row per initiative per year (as a finance system exports it), whose rows of one
    /// initiative are taken together.
    Year,
    /// Planned (or with `actual`, spent) budget of one category, in one year or (without
    /// a year) booked in the year of the start date.
    Budget {
        category: BudgetCategory,
        year: Option<i32>,
        actual: bool,
    },
}

impl RegisterField {
    /// Every field a column can be mapped to by hand (budget columns without a year).
    pub const CHOICES: [RegisterField; 23] = [
        RegisterField::Id,
        RegisterField::Name,
        RegisterField::Kind,
        RegisterField::Department,
        RegisterField::Owner,
        RegisterField::Contact,
        RegisterField::Quadrant,
        RegisterField::Phase,
        RegisterField::StartDate,
        RegisterField::EndDate,
        RegisterField::Themes,
        RegisterField::Description,
        RegisterField::StopReason,
        RegisterField::LessonsLearned,
        RegisterField::Notes,
        RegisterField::AlgorithmRegister,
        RegisterField::ReadinessLevel,
        RegisterField::UseLevel,
        RegisterField::Year,
        RegisterField::Budget {
            category: BudgetCategory::Innovation,
            year: None,
            actual: false,
        },
        RegisterField::Budget {
            category: BudgetCategory::Operation,
            year: None,
            actual: false,
        },
        RegisterField::Budget {
            category: BudgetCategory::Innovation,
            year: None,
            actual: true,
        },
        RegisterField::Budget {
            category: BudgetCategory::Operation,
            year: None,
            actual: true,
        },
    ];

    /// The header this field gets in an export (and the template) in `language`.
    pub fn header(self, language: Language) -> String {
        let dutch = language == Language::Dutch;
        let text = match self {
            RegisterField::Id => "Id",
            RegisterField::Name => {
                if dutch {
                    "Naam"
                } else {
                    "Name"
                }
            }
            RegisterField::Kind => {
                if dutch {
                    "Soort"
                } else {
                    "Kind"
                }
            }
            RegisterField::Department => {
                if dutch {
                    "Afdeling"
                } else {
                    "Department"
                }
            }
            RegisterField::Owner => {
                if dutch {
                    "Trekker"
                } else {
                    "Owner"
                }
            }
            RegisterField::Contact => "Contact",
            RegisterField::Quadrant => {
                if dutch {
                    "Kwadrant"
                } else {
                    "Quadrant"
                }
            }
            RegisterField::Phase => {
                if dutch {
                    "Fase"
                } else {
                    "Phase"
                }
            }
            RegisterField::StartDate => {
                if dutch {
                    "Startdatum"
                } else {
                    "Start date"
                }
            }
            RegisterField::EndDate => {
                if dutch {
                    "Einddatum"
                } else {
                    "End date"
                }
            }
            RegisterField::Themes => {
                if dutch {
                    "Thema's"
                } else {
                    "Themes"
                }
            }
            RegisterField::Description => {
                if dutch {
                    "Omschrijving"
                } else {
                    "Description"
                }
            }
            // As the editor names them.
            RegisterField::StopReason => {
                if dutch {
                    "Reden van stoppen"
                } else {
                    "Reason for stopping"
                }
            }
            RegisterField::LessonsLearned => {
                if dutch {
                    "Geleerde lessen"
                } else {
                    "Lessons learned"
                }
            }
            RegisterField::Notes => {
                if dutch {
                    "Notities"
                } else {
                    "Notes"
                }
            }
            RegisterField::AlgorithmRegister => {
                if dutch {
                    "Algoritmeregister"
                } else {
                    "Algorithm register"
                }
            }
            RegisterField::ReadinessLevel => {
                if dutch {
                    "Gereedheidsniveau"
                } else {
                    "Readiness level"
                }
            }
            RegisterField::UseLevel => {
                if dutch {
                    "Gebruiksniveau"
                } else {
                    "Use level"
                }
            }
            RegisterField::Year => {
                if dutch {
                    "Jaar"
                } else {
                    "Year"
                }
            }
            RegisterField::Budget {
                category,
                year,
                actual,
            } => {
                let base = match (category, actual, dutch) {
                    (BudgetCategory::Innovation, false, true) => "Innovatiebudget",
                    (BudgetCategory::Operation, false, true) => "Beheerbudget",
                    (BudgetCategory::Innovation, true, true) => "Innovatie besteed",
                    (BudgetCategory::Operation, true, true) => "Beheer besteed",
                    (BudgetCategory::Innovation, false, false) => "Innovation budget",
                    (BudgetCategory::Operation, false, false) => "Operation budget",
                    (BudgetCategory::Innovation, true, false) => "Innovation spent",
                    (BudgetCategory::Operation, true, false) => "Operation spent",
                };
                return match year {
                    Some(year) => format!("{base} {year}"),
                    None => base.to_string(),
                };
            }
        };
        text.to_string()
    }
}

/// Lower case, accents kept, every run of spaces, `-`, `_`, `/`, `.` and `:` one space.
pub(super) fn normalise(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for character in lower.chars() {
        let character = match character {
            '-' | '_' | '/' | '.' | ':' | '\u{a0}' | '\n' | '\r' | '\t' => ' ',
            '’' | '`' => '\'',
            other => other,
        };
        if character == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(character);
    }
    out.trim_end().to_string()
}

/// Recognise a header: known synonyms in Dutch and English, budget columns with an
/// optional year (`Innovatiebudget 2026`, `Innovation budget (€)`, `Beheer besteed 2025`).
pub fn field_for_header(header: &str) -> Option<RegisterField> {
    field_for_whole_header(header).or_else(|| {
        // A hint in brackets after the name (`Startdatum (dd-mm-jjjj)`, `Fase (idee,
        // pilot, …)`): the name without it.
        let mut bare = String::with_capacity(header.len());
        let mut depth = 0usize;
        for character in header.chars() {
            match character {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                _ if depth == 0 => bare.push(character),
                _ => {}
            }
        }
        (bare.trim() != header.trim() && !bare.trim().is_empty())
            .then(|| field_for_whole_header(&bare))
            .flatten()
    })
}

fn field_for_whole_header(header: &str) -> Option<RegisterField> {
    let mut text = normalise(header);
    for noise in ["(€)", "(eur)", "(euro)", "in €", "in euro", "€", "(", ")"] {
        text = text.replace(noise, " ");
    }
    let text = normalise(&text);
    let simple = match text.as_str() {
        "id" | "nr" | "nummer" | "number" => Some(RegisterField::Id),
        "name"
        | "naam"
        | "initiative"
        | "initiatief"
        | "titel"
        | "title"
        | "project"
        | "projectnaam"
        | "projecttitel"
        | "initiatiefnaam"
        | "pilotnaam"
        | "naam initiatief"
        | "naam van het initiatief"
        | "naam pilot"
        | "naam van de pilot"
        | "naam project"
        | "naam proeftuin"
        | "titel initiatief"
        | "onderwerp"
        | "initiative name"
        | "name of the initiative"
        | "project name"
        | "pilot name"
        | "project title" => Some(RegisterField::Name),
        "kind" | "soort" | "type" | "soort initiatief" | "type initiatief" | "vorm"
        | "type of initiative" => Some(RegisterField::Kind),
        "department"
        | "afdeling"
        | "directie"
        | "directorate"
        | "organisatieonderdeel"
        | "team"
        | "cluster"
        | "dienst"
        | "sector"
        | "domein"
        | "verantwoordelijke afdeling" => Some(RegisterField::Department),
        "owner" | "trekker" | "eigenaar" | "projectleider" | "lead" | "verantwoordelijke"
        | "naam trekker" | "projectmanager" | "project manager" | "programmamanager"
        | "product owner" | "initiatiefnemer" | "project lead" | "project leader" => {
            Some(RegisterField::Owner)
        }
        "contact" | "contactpersoon" | "e mail" | "email" | "contact person" | "e mailadres"
        | "emailadres" | "contactgegevens" => Some(RegisterField::Contact),
        "quadrant" | "kwadrant" => Some(RegisterField::Quadrant),
        "phase" | "fase" | "stage" | "projectfase" | "huidige fase" | "current phase"
        | "project phase" => Some(RegisterField::Phase),
        "start date" | "startdatum" | "start" | "begindatum" | "begin" | "datum start"
        | "aanvang" | "aanvangsdatum" | "gestart op" => Some(RegisterField::StartDate),
        "end date" | "einddatum" | "planned end date" | "geplande einddatum" | "eind" | "end"
        | "einde" | "datum einde" | "looptijd tot" => Some(RegisterField::EndDate),
        "themes"
        | "theme"
        | "thema's"
        | "themas"
        | "thema"
        | "maatschappelijke thema's"
        | "beleidsthema"
        | "beleidsthema's"
        | "maatschappelijke opgave"
        | "opgave" => Some(RegisterField::Themes),
        "description" | "omschrijving" | "beschrijving" | "toelichting" | "summary"
        | "korte omschrijving" | "korte beschrijving" | "samenvatting" => {
            Some(RegisterField::Description)
        }
        "reason for stopping"
        | "reden van stoppen"
        | "reden stoppen"
        | "reden stop"
        | "stopreden"
        | "reden gestopt"
        | "waarom gestopt"
        | "reden beëindiging"
        | "reden beeindiging"
        | "stop reason"
        | "reason stopped"
        | "why stopped" => Some(RegisterField::StopReason),
        "lessons learned" | "lessons learnt" | "lessons" | "learnings" | "geleerde lessen"
        | "lessen" | "leerpunten" | "lessen geleerd" => Some(RegisterField::LessonsLearned),
        "notes" | "note" | "notities" | "notitie" | "opmerkingen" | "opmerking" | "remarks"
        | "comments" | "commentaar" | "aantekeningen" => Some(RegisterField::Notes),
        "algoritmeregister"
        | "algoritmeregister link"
        | "algoritmeregister url"
        | "link algoritmeregister"
        | "link naar algoritmeregister"
        | "vermelding algoritmeregister"
        | "vermelding in het algoritmeregister"
        | "algorithm register"
        | "algorithm register link"
        | "algorithm register url"
        | "algorithm register entry" => Some(RegisterField::AlgorithmRegister),
        "readiness level" | "gereedheidsniveau" | "gereedheid" => {
            Some(RegisterField::ReadinessLevel)
        }
        "use level" | "gebruiksniveau" | "gebruik" => Some(RegisterField::UseLevel),
        "jaar" | "begrotingsjaar" | "boekjaar" | "budgetjaar" | "kalenderjaar" | "dienstjaar"
        | "year" | "budget year" | "fiscal year" | "financial year" => Some(RegisterField::Year),
        _ => None,
    };
    if simple.is_some() {
        return simple;
    }
    // Budget columns, with an optional four-digit year at the end.
    let four_digits = |word: &str| word.len() == 4 && word.chars().all(|c| c.is_ascii_digit());
    let (stem, year) = match text.rsplit_once(' ') {
        Some((stem, last)) if four_digits(last) => (stem.trim().to_string(), last.parse().ok()),
        _ => {
            // Or a year before a note on the amounts (`Innovatiebudget 2026 (x € 1.000)`):
            // the one word that can be a year.
            let words: Vec<&str> = text.split(' ').collect();
            let years: Vec<usize> = (0..words.len())
                .filter(|&index| {
                    four_digits(words[index])
                        && words[index]
                            .parse::<i32>()
                            .is_ok_and(|year| (1900..=2199).contains(&year))
                })
                .collect();
            match years.as_slice() {
                [index] => {
                    let mut rest = words.clone();
                    let year = rest.remove(*index).parse().ok();
                    (rest.join(" "), year)
                }
                _ => (text.clone(), None),
            }
        }
    };
    let (category, actual) = budget_column(&stem)?;
    Some(RegisterField::Budget {
        category,
        year,
        actual,
    })
}

/// Words that name a budget's category at the start of a word (`beheer`, `beheerkosten`,
/// `exploitatielasten`, `innovatiebudget`), and words that are about money
/// (`budget`, `kosten`, `begroot`, …, also at the end of a word).
const OPERATION_WORDS: &[&str] = &[
    "beheer",
    "exploitatie",
    "structure",
    "lopende",
    "onderhoud",
    "regulie",
    "operation",
    "operating",
    "running",
    "opex",
];
const INNOVATION_WORDS: &[&str] = &["innovatie", "innovation", "innovati"];
/// Words for innovation money that say it only beside a money word (`Projectbudget`,
/// `Incidentele kosten`, `Pilotkosten`), never alone (`Projectfase` is no budget).
const INNOVATION_WITH_MONEY: &[&str] = &[
    "project",
    "pilot",
    "incidente",
    "experiment",
    "investering",
    "proeftuin",
];
const MONEY_WORDS: &[&str] = &[
    "budget",
    "kosten",
    "lasten",
    "geld",
    "middelen",
    "begroting",
    "begroot",
    "bedrag",
    "uitgaven",
    "raming",
    "investering",
    "costs",
    "cost",
    "spend",
    "spent",
    "planned",
    "actual",
    "besteed",
    "uitgegeven",
    "realisatie",
    "gerealiseerd",
    "gerealiseerde",
    "werkelijk",
    "werkelijke",
    "bestede",
    "geplande",
    "realised",
    "realized",
];
/// Words that make it the money spent rather than planned.
const ACTUAL_WORDS: &[&str] = &[
    "besteed",
    "uitgegeven",
    "realisatie",
    "gerealiseerd",
    "werkelijk",
    "actual",
    "spent",
    "realised",
    "realized",
    "verbruikt",
];

/// A budget column's category, and whether it holds what was spent, from its header
/// without the year (`Beheerkosten`, `Structurele lasten`, `Gerealiseerde exploitatie`,
/// `Innovation budget`, `Projectbudget`); `None` when it names no budget (`Beheerder`,
/// `Projectfase`).
fn budget_column(header: &str) -> Option<(BudgetCategory, bool)> {
    let words: Vec<&str> = header
        .split(|character: char| !character.is_alphanumeric() && character != '\'')
        .filter(|word| !word.is_empty())
        .collect();
    let starts = |list: &[&str]| {
        words
            .iter()
            .any(|word| list.iter().any(|start| word.starts_with(start)))
    };
    // A money word on its own or at the end of a compound (`beheerkosten`); not at the
    // start of one (`Budgethouder` is a person).
    let money = words
        .iter()
        .any(|word| MONEY_WORDS.iter().any(|money| word.ends_with(money)));
    // A category word alone is a budget column only as the whole word (`Beheer`,
    // `Exploitatie`, `Innovatie`), not inside another one (`Beheerder`).
    let alone = |list: &[&str]| {
        words.len() == 1
            && [
                "beheer",
                "exploitatie",
                "operation",
                "opex",
                "innovatie",
                "innovation",
            ]
            .contains(&words[0])
            && list.iter().any(|start| words[0].starts_with(start))
    };
    let category = if starts(OPERATION_WORDS) && (money || alone(OPERATION_WORDS)) {
        BudgetCategory::Operation
    } else if (starts(INNOVATION_WORDS) && (money || alone(INNOVATION_WORDS)))
        || (starts(INNOVATION_WITH_MONEY) && money)
    {
        BudgetCategory::Innovation
    } else {
        return None;
    };
    let actual = words
        .iter()
        .any(|word| ACTUAL_WORDS.iter().any(|actual| word.starts_with(actual)));
    Some((category, actual))
}

/// The power of ten a budget column's amounts are written in, by its header: 3 for
/// thousands of euros (`Innovatiebudget (x € 1.000)`, `Kosten in k€`, `Budget in
/// duizenden euro's`, `Budget (€ '000)`), 6 for millions (`Beheer (x € 1 mln)`, `in
/// miljoenen`, `€ mln`), 0 for plain euros. Read without it, 85 under `x € 1.000` would
/// be € 85 instead of € 85.000.
pub fn header_scale(header: &str) -> u32 {
    let mut spaced = String::with_capacity(header.len() + 8);
    for character in header.to_lowercase().chars() {
        match character {
            // Grouping in numbers (`1.000`, `1 000`, `'000`) and a trailing `,-`.
            '.' | ',' | '\'' | '’' | '-' | '\u{a0}' | '\u{202f}' => {}
            '(' | ')' | '[' | ']' | ':' | '/' | '=' => spaced.push(' '),
            '€' => spaced.push_str(" € "),
            '×' => spaced.push_str(" x "),
            other => spaced.push(other),
        }
    }
    let tokens: Vec<&str> = spaced
        .split_whitespace()
        .map(|token| match token {
            "eur" | "euro" | "euros" | "euro's" => "€",
            other => other,
        })
        .collect();
    let number = |token: &str| match token {
        "1000" | "1k" | "duizend" | "k" => Some(3),
        "1000000" | "1mln" | "mln" | "1mio" | "mio" | "1miljoen" | "miljoen" | "1m" | "m" => {
            Some(6)
        }
        _ => None,
    };
    // The number after `x`, `in` or `per` (past a `€`): `x € 1.000`, `in € 1.000`.
    let after = |index: usize| {
        tokens[index + 1..]
            .iter()
            .find(|token| **token != "€")
            .and_then(|token| number(token))
    };
    let beside_euro = |index: usize| {
        (index > 0 && tokens[index - 1] == "€") || tokens.get(index + 1) == Some(&"€")
    };
    for (index, token) in tokens.iter().enumerate() {
        let found = match *token {
            "x" | "in" | "per" => after(index),
            "keur" | "keuro" | "duizenden" | "thousands" | "000" | "000s" => Some(3),
            "meur" | "mln" | "mio" | "miljoenen" | "millions" => Some(6),
            "k" if beside_euro(index) => Some(3),
            "m" if beside_euro(index) => Some(6),
            other => other
                .strip_prefix('x')
                .and_then(number)
                .filter(|_| other.len() > 2),
        };
        if let Some(power) = found {
            return power;
        }
    }
    0
}

/// Which field each column holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapping {
    /// Per column, in file order.
    pub columns: Vec<Option<RegisterField>>,
}

impl Mapping {
    /// Headers that map to nothing (reported, and mappable by hand in the GUI).
    pub fn unknown<'a>(&self, table: &'a Table) -> Vec<&'a str> {
        table
            .headers
            .iter()
            .zip(&self.columns)
            .filter(|(header, field)| field.is_none() && !header.is_empty())
            .map(|(header, _)| header.as_str())
            .collect()
    }
}

/// Map columns by their headers; `overrides` (header → field, or `None` to ignore a
/// column) come from the user. What is wrong with the mapping (two columns for one field,
/// no column for the names) comes back as problems on row 1, so the import dialog can
/// still show the mapping and let the user fix it by hand.
pub fn map_columns_checked(
    table: &Table,
    overrides: &HashMap<String, Option<RegisterField>>,
) -> (Mapping, Vec<ImportProblem>) {
    let columns: Vec<Option<RegisterField>> = table
        .headers
        .iter()
        .map(|header| match overrides.get(header) {
            Some(choice) => *choice,
            None => field_for_header(header),
        })
        .collect();
    let mut problems = Vec::new();
    let mut seen: HashMap<RegisterField, &str> = HashMap::new();
    for (header, field) in table.headers.iter().zip(&columns) {
        if let Some(field) = field
            && let Some(first) = seen.insert(*field, header)
        {
            problems.push(ImportProblem {
                row: 1,
                column: header.clone(),
                value: header.clone(),
                reason: Reason::new("reason-duplicate-column")
                    .with("first", format!("{first:?}"))
                    .with("second", format!("{header:?}"))
                    .with_both(
                        "field",
                        field.header(Language::Dutch).to_lowercase(),
                        field.header(Language::English).to_lowercase(),
                    ),
            });
        }
    }
    if !columns.contains(&Some(RegisterField::Name)) {
        let found: Vec<&str> = table.headers.iter().map(String::as_str).collect();
        problems.push(ImportProblem {
            row: 1,
            column: String::new(),
            value: found.join(", "),
            reason: Reason::new("reason-no-name-column"),
        });
    }
    (Mapping { columns }, problems)
}

/// As [`map_columns_checked`], with the first problem as the error of the whole file.
pub fn map_columns(
    path: &str,
    table: &Table,
    overrides: &HashMap<String, Option<RegisterField>>,
) -> Result<Mapping> {
    let (mapping, problems) = map_columns_checked(table, overrides);
    match problems.first() {
        Some(problem) => Err(refuse(path, problem.reason.clone())),
        None => Ok(mapping),
    }
}
