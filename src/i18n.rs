//! Translations: Fluent files under `assets/i18n/` (compiled in), one per language.
//!
//! Messages without arguments are rendered once when the language is chosen, so a frame
//! only looks strings up; messages with arguments are formatted on demand.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::format::Language;

const DUTCH: &str = include_str!("../assets/i18n/nl.ftl");
const ENGLISH: &str = include_str!("../assets/i18n/en.ftl");

/// The source text of a language's translation file.
pub fn source(language: Language) -> &'static str {
    match language {
        Language::Dutch => DUTCH,
        Language::English => ENGLISH,
    }
}

/// The translations of one language.
pub struct I18n {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, String>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("language", &self.language)
            .finish()
    }
}

impl I18n {
    pub fn new(language: Language) -> Self {
        let resource = match FluentResource::try_new(source(language).to_string()) {
            Ok(resource) => resource,
            // A broken translation file is a build defect; the test suite catches it.
            // Keep what parsed rather than showing nothing.
            Err((resource, _errors)) => resource,
        };
        let locale = match language {
            Language::Dutch => unic_langid::langid!("nl-NL"),
            Language::English => unic_langid::langid!("en-GB"),
        };
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Isolation marks (U+2068/9) render as boxes in egui's fonts.
        bundle.set_use_isolating(false);
        let mut plain = HashMap::new();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                plain.insert(message.id.name.to_string(), String::new());
            }
        }
        let _ = bundle.add_resource(resource);
        for (key, value) in &mut plain {
            if let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) {
                let mut errors = Vec::new();
                *value = bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned();
            }
        }
        Self {
            language,
            bundle,
            plain,
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// A message without arguments; a missing key shows as the key itself.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.plain.get(key).map_or(key, String::as_str)
    }

    /// A message with arguments: `tr.f("shown-of-total", &[("shown", 3.into()), ...])`.
    pub fn f(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self
            .bundle
            .get_message(key)
            .and_then(|message| message.value())
        else {
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// Whether the language has this message.
    pub fn has(&self, key: &str) -> bool {
        self.plain.contains_key(key)
    }

    /// The translated name of an enumeration value: key `{prefix}-{id}`.
    pub fn name(&self, prefix: &str, id: &str) -> String {
        let key = format!("{prefix}-{}", id.replace('_', "-"));
        self.plain
            .get(&key)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// Every message key of this language.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.plain.keys().map(String::as_str)
    }
}

/// Text argument for [`I18n::f`].
pub fn arg(value: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::*;

    #[test]
    fn both_languages_parse_and_have_the_same_keys() {
        for language in Language::ALL {
            assert!(
                FluentResource::try_new(source(language).to_string()).is_ok(),
                "{language:?} has syntax errors"
            );
        }
        let dutch = I18n::new(Language::Dutch);
        let english = I18n::new(Language::English);
        let mut missing: Vec<String> = dutch
            .keys()
            .filter(|key| !english.has(key))
            .map(|key| format!("en lacks {key}"))
            .collect();
        missing.extend(
            english
                .keys()
                .filter(|key| !dutch.has(key))
                .map(|key| format!("nl lacks {key}")),
        );
        missing.sort();
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn every_enumeration_value_is_translated() {
        for language in Language::ALL {
            let tr = I18n::new(language);
            let mut ids: Vec<(&str, &str)> = Vec::new();
            ids.extend(Kind::ALL.iter().map(|value| ("kind", value.id())));
            ids.extend(Quadrant::ALL.iter().map(|value| ("quadrant", value.id())));
            ids.extend(Phase::ALL.iter().map(|value| ("phase", value.id())));
            ids.extend(Health::ALL.iter().map(|value| ("health", value.id())));
            ids.extend(
                GateDecision::ALL
                    .iter()
                    .map(|value| ("decision", value.id())),
            );
            ids.extend(
                BudgetCategory::ALL
                    .iter()
                    .map(|value| ("category", value.id())),
            );
            ids.extend(HelixRole::ALL.iter().map(|value| ("helix", value.id())));
            ids.extend(RiskCategory::ALL.iter().map(|value| ("risk", value.id())));
            ids.extend(RiskLevel::ALL.iter().map(|value| ("level", value.id())));
            ids.extend(Criterion::ALL.iter().map(|value| ("criterion", value.id())));
            ids.extend(Criterion::ALL.iter().map(|value| ("explain", value.id())));
            ids.extend(Verdict::ALL.iter().map(|value| ("verdict", value.id())));
            ids.extend(
                StartingPosition::ALL
                    .iter()
                    .map(|value| ("position", value.id())),
            );
            for (prefix, id) in ids {
                let key = format!("{prefix}-{}", id.replace('_', "-"));
                assert!(tr.has(&key), "{language:?} lacks {key}");
            }
        }
    }

    #[test]
    fn arguments_are_inserted_without_isolation_marks() {
        let tr = I18n::new(Language::Dutch);
        let text = tr.f(
            "shown-of-total",
            &[("shown", 3.into()), ("total", 12.into())],
        );
        assert_eq!(text, "3 van 12 initiatieven");
        assert!(!text.contains('\u{2068}'));
        assert_eq!(I18n::new(Language::English).t("phase-anchored"), "Anchored");
        assert_eq!(tr.t("no-such-key"), "no-such-key");
    }
}
