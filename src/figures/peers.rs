//! Which peer cases resemble an own initiative ("slim volgen": learning from other
//! municipalities' pilots). A case scores, out of 100: 55 for the words its name,
//! description, themes and technology share with the initiative's (each word weighted by
//! how rare it is in the library), 20 for the themes they share, 15 for the same quadrant
//! and 10 for the same status (the initiative's phase as PSTW names it). Only cases that
//! share a word or a theme count; each match says why. The peer library never enters the
//! portfolio's own figures.

use std::collections::HashMap;

use crate::domain::{Initiative, PeerCase, Quadrant};
use crate::exchange::pstw;

/// Why a case matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    SharedWords(Vec<String>),
    SharedThemes(Vec<String>),
    SameQuadrant(Quadrant),
    /// The PSTW status both are in.
    SameStatus(&'static str),
}

impl Reason {
    /// In stable English words (the CLI's JSON and text).
    pub fn describe(&self) -> String {
        match self {
            Reason::SharedWords(words) => format!("shared words: {}", words.join(", ")),
            Reason::SharedThemes(themes) => format!("shared themes: {}", themes.join(", ")),
            Reason::SameQuadrant(quadrant) => format!("same quadrant: {}", quadrant.id()),
            Reason::SameStatus(status) => format!("same status: {status}"),
        }
    }
}

/// One similar case: its index in the library, its score (0–100) and why.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerMatch {
    pub case: usize,
    pub score: u32,
    pub reasons: Vec<Reason>,
}

impl PeerMatch {
    /// The reasons in one line.
    pub fn reason_text(&self) -> String {
        self.reasons
            .iter()
            .map(Reason::describe)
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// Words that say nothing about what a case is (Dutch and English).
const STOPWORDS: &[&str] = &[
    "aan",
    "als",
    "bij",
    "dat",
    "de",
    "deze",
    "die",
    "dit",
    "door",
    "een",
    "en",
    "het",
    "hun",
    "ook",
    "naar",
    "niet",
    "met",
    "meer",
    "nog",
    "of",
    "om",
    "onder",
    "op",
    "over",
    "te",
    "tot",
    "uit",
    "van",
    "voor",
    "wat",
    "wordt",
    "worden",
    "zijn",
    "zich",
    "zo",
    "and",
    "are",
    "for",
    "from",
    "has",
    "have",
    "into",
    "its",
    "not",
    "our",
    "that",
    "the",
    "their",
    "this",
    "was",
    "were",
    "which",
    "with",
    "will",
    "can",
    "gemeente",
    "gemeenten",
    "municipality",
    "municipal",
    "city",
    "project",
    "pilot",
    "case",
    "using",
    "use",
    "based",
    "new",
    "nieuwe",
];

/// The words of a text: lower case, at least three letters, no stopwords, the commonest
/// plural endings taken off ("sensoren", "sensors" → "sensor").
fn words(text: &str, into: &mut Vec<String>) {
    let mut pairs = Vec::new();
    word_pairs(text, &mut pairs);
    into.extend(pairs.into_iter().map(|(stem, _)| stem));
}

/// As [`words`], each with the word as written (lower case), to show.
fn word_pairs(text: &str, into: &mut Vec<(String, String)>) {
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
    {
        if word.chars().count() < 3
            || word.chars().all(|c| c.is_ascii_digit())
            || STOPWORDS.contains(&word.as_str())
        {
            continue;
        }
        let stem = if word.len() > 5 && word.ends_with("en") {
            word[..word.len() - 2].to_string()
        } else if word.len() > 4 && word.ends_with('s') && !word.ends_with("ss") {
            word[..word.len() - 1].to_string()
        } else {
            word.clone()
        };
        into.push((stem, word));
    }
}

fn case_words(case: &PeerCase) -> Vec<(String, String)> {
    let mut found = Vec::new();
    word_pairs(&case.name, &mut found);
    word_pairs(&case.description, &mut found);
    word_pairs(&case.technology, &mut found);
    for theme in &case.themes {
        word_pairs(theme, &mut found);
    }
    found
}

/// The library prepared for comparing: each case's words as numbers, and how rare each
/// word is. Built once per library (the app keeps it until the library changes).
#[derive(Debug, Clone, Default)]
pub struct PeerIndex {
    vocabulary: HashMap<String, u32>,
    /// Per word: its weight, ln(1 + cases / cases with the word), squared.
    weight2: Vec<f32>,
    /// Per case: its words, ascending.
    case_words: Vec<Vec<u32>>,
    /// Per case: the root of the sum of its words' squared weights.
    case_norms: Vec<f32>,
    /// Per case: its themes, folded.
    case_themes: Vec<Vec<String>>,
    /// Per word: as first written in the library (to show in a reason).
    words: Vec<String>,
}

impl PeerIndex {
    pub fn new(cases: &[PeerCase]) -> Self {
        let mut index = PeerIndex::default();
        let mut counts: Vec<u32> = Vec::new();
        for case in cases {
            let mut ids: Vec<u32> = case_words(case)
                .into_iter()
                .map(|(stem, written)| {
                    let next = u32::try_from(index.words.len()).unwrap_or(u32::MAX);
                    *index.vocabulary.entry(stem).or_insert_with(|| {
                        // Shown as first written in the library.
                        index.words.push(written);
                        counts.push(0);
                        next
                    })
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            for &id in &ids {
                counts[id as usize] += 1;
            }
            index.case_words.push(ids);
            index.case_themes.push(
                case.themes
                    .iter()
                    .map(|theme| theme.trim().to_lowercase())
                    .collect(),
            );
        }
        let total = cases.len().max(1) as f32;
        index.weight2 = counts
            .iter()
            .map(|&count| {
                let weight = (1.0 + total / count.max(1) as f32).ln();
                weight * weight
            })
            .collect();
        index.case_norms = index
            .case_words
            .iter()
            .map(|ids| {
                ids.iter()
                    .map(|&id| index.weight2[id as usize])
                    .sum::<f32>()
                    .sqrt()
            })
            .collect();
        index
    }

    pub fn len(&self) -> usize {
        self.case_words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.case_words.is_empty()
    }
}

/// The cases most like `initiative`, best first (then by name), at most `limit`.
pub fn similar(
    index: &PeerIndex,
    cases: &[PeerCase],
    initiative: &Initiative,
    limit: usize,
) -> Vec<PeerMatch> {
    let mut own = Vec::new();
    words(&initiative.name, &mut own);
    words(&initiative.description, &mut own);
    for theme in &initiative.themes {
        words(theme, &mut own);
    }
    // Words the library does not know cannot be shared; known ones by number.
    let mut ids: Vec<u32> = own
        .iter()
        .filter_map(|word| index.vocabulary.get(word).copied())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let own_norm = ids
        .iter()
        .map(|&id| index.weight2[id as usize])
        .sum::<f32>()
        .sqrt()
        // Unknown words still make the initiative's text longer (less alike).
        .max(if own.is_empty() { 0.0 } else { 1e-6 });
    let own_themes: Vec<String> = initiative
        .themes
        .iter()
        .map(|theme| theme.trim().to_lowercase())
        .collect();
    let own_status = pstw::status_of(initiative.phase);
    let mut matches: Vec<(f32, usize, Vec<u32>, Vec<String>)> = Vec::new();
    for (case_index, case_ids) in index.case_words.iter().enumerate() {
        // Shared words: a merge of two ascending lists.
        let (mut a, mut b) = (0, 0);
        let mut shared: Vec<u32> = Vec::new();
        let mut dot = 0.0f32;
        while a < ids.len() && b < case_ids.len() {
            match ids[a].cmp(&case_ids[b]) {
                std::cmp::Ordering::Less => a += 1,
                std::cmp::Ordering::Greater => b += 1,
                std::cmp::Ordering::Equal => {
                    dot += index.weight2[ids[a] as usize];
                    shared.push(ids[a]);
                    a += 1;
                    b += 1;
                }
            }
        }
        let themes: Vec<String> = index.case_themes[case_index]
            .iter()
            .filter(|theme| own_themes.contains(theme))
            .cloned()
            .collect();
        if shared.is_empty() && themes.is_empty() {
            continue;
        }
        let norm = own_norm * index.case_norms[case_index];
        let text = if norm > 0.0 { dot / norm } else { 0.0 };
        let union = own_themes.len() + index.case_themes[case_index].len() - themes.len();
        let theme_share = if union > 0 {
            themes.len() as f32 / union as f32
        } else {
            0.0
        };
        let case = &cases[case_index];
        let quadrant = case.quadrant == Some(initiative.quadrant);
        let status = case.phase.map(pstw::status_of) == Some(own_status);
        let score = 55.0 * text.min(1.0)
            + 20.0 * theme_share
            + if quadrant { 15.0 } else { 0.0 }
            + if status { 10.0 } else { 0.0 };
        matches.push((score, case_index, shared, themes));
    }
    matches.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| cases[a.1].name.cmp(&cases[b.1].name))
    });
    matches.truncate(limit);
    matches
        .into_iter()
        .map(|(score, case_index, shared, themes)| {
            let case = &cases[case_index];
            let mut reasons = Vec::new();
            if !shared.is_empty() {
                // The rarest shared words first, at most five.
                let mut shared = shared;
                shared.sort_by(|x, y| {
                    index.weight2[*y as usize]
                        .total_cmp(&index.weight2[*x as usize])
                        .then_with(|| index.words[*x as usize].cmp(&index.words[*y as usize]))
                });
                shared.truncate(5);
                reasons.push(Reason::SharedWords(
                    shared
                        .into_iter()
                        .map(|id| index.words[id as usize].clone())
                        .collect(),
                ));
            }
            if !themes.is_empty() {
                reasons.push(Reason::SharedThemes(themes));
            }
            if case.quadrant == Some(initiative.quadrant) {
                reasons.push(Reason::SameQuadrant(initiative.quadrant));
            }
            if case.phase.map(pstw::status_of) == Some(own_status) {
                reasons.push(Reason::SameStatus(own_status));
            }
            PeerMatch {
                case: case_index,
                score: score.round().clamp(0.0, 100.0) as u32,
                reasons,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Phase;

    fn case(organisation: &str, name: &str, description: &str) -> PeerCase {
        PeerCase {
            key: format!("{organisation}#{name}"),
            source: "test".into(),
            organisation: organisation.into(),
            country: "Netherlands".into(),
            name: name.into(),
            description: description.into(),
            status: "Pilot".into(),
            phase: Some(Phase::Pilot),
            quadrant: None,
            themes: Vec::new(),
            start_year: None,
            end_year: None,
            technology: String::new(),
            stop_reason: String::new(),
            lessons_learned: String::new(),
            contact: String::new(),
        }
    }

    #[test]
    fn words_fold_plurals_and_drop_stopwords() {
        let mut found = Vec::new();
        words(
            "De sensoren van de Gemeente meten fijnstof; sensors and CO2",
            &mut found,
        );
        assert_eq!(found, ["sensor", "meten", "fijnstof", "sensor", "co2"]);
    }

    /// Written down by hand: a parking-sensor pilot resembles Utrecht's parking sensors
    /// most (three rare words), then Zwolle's sensors for air quality (one word), and
    /// not Delft's chatbot at all.
    #[test]
    fn the_expected_top_match_comes_first_with_its_reasons() {
        let cases = vec![
            case("Delft", "Chatbot", "Vragen van inwoners beantwoorden"),
            case(
                "Zwolle",
                "Luchtkwaliteit",
                "Sensoren meten fijnstof in de binnenstad",
            ),
            case(
                "Utrecht",
                "Slim parkeren",
                "Parkeersensoren tonen vrije plekken; sensoren in het wegdek",
            ),
        ];
        let index = PeerIndex::new(&cases);
        let mut initiative = Initiative::new("Slim parkeren met sensoren");
        initiative.description = "Parkeersensoren in het wegdek".into();
        initiative.phase = Phase::Pilot;
        let found = similar(&index, &cases, &initiative, 10);
        let names: Vec<&str> = found.iter().map(|m| cases[m.case].name.as_str()).collect();
        assert_eq!(names, ["Slim parkeren", "Luchtkwaliteit"]);
        assert!(found[0].score > found[1].score);
        assert_eq!(
            found[0].reason_text(),
            "shared words: parkeersensoren, parkeren, slim, wegdek, sensoren; same status: Pilot"
        );
        assert!(found[0].score <= 100);
    }

    #[test]
    fn themes_and_quadrant_count_and_nothing_shared_is_no_match() {
        let mut with_theme = case("Breda", "Buurtapp", "Een app voor de wijk");
        with_theme.themes = vec!["Inclusie".into()];
        with_theme.quadrant = Some(Quadrant::SmartSociety);
        let cases = vec![
            with_theme,
            case("Ede", "Zaaksysteem", "Archief digitaliseren"),
        ];
        let index = PeerIndex::new(&cases);
        let mut initiative = Initiative::new("Digitale buurtcoaches");
        initiative.themes = thin_vec::thin_vec!["inclusie".into()];
        initiative.quadrant = Quadrant::SmartSociety;
        initiative.phase = Phase::Idea;
        let found = similar(&index, &cases, &initiative, 10);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].reasons,
            [
                Reason::SharedWords(vec!["inclusie".into()]),
                Reason::SharedThemes(vec!["inclusie".into()]),
                Reason::SameQuadrant(Quadrant::SmartSociety)
            ]
        );
        assert!(similar(&PeerIndex::new(&[]), &[], &initiative, 10).is_empty());
    }
}
