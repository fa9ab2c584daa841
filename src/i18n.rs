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
        fn grouped(value: &FluentValue, language: Language) -> Option<String> {
            let FluentValue::Number(number) = value else {
                return None;
            };
            let whole = number.value;
            if whole.fract() != 0.0 || whole.abs() < 10_000.0 || whole.abs() > 1e15 {
                return None;
            }
            let sign = if whole < 0.0 { "-" } else { "" };
            Some(format!(
                "{sign}{}",
                crate::format::count(whole.abs() as usize, language)
            ))
        }
        fn grouped_dutch<M>(value: &FluentValue, _: &M) -> Option<String> {
            grouped(value, Language::Dutch)
        }
        fn grouped_english<M>(value: &FluentValue, _: &M) -> Option<String> {
            grouped(value, Language::English)
        }
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
        // Counts of five digits and more with their thousands grouped (12.345 / 12,345),
        // as the Taalunie and English style guides write them; years stay 2026.
        bundle.set_formatter(Some(match language {
            Language::Dutch => grouped_dutch,
            Language::English => grouped_english,
        }));
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
        self.name_str(prefix, id).to_string()
    }

    /// [`Self::name`] without a copy (an export asks for 300,000 of them). The key is
    /// put together on the stack.
    pub fn name_str<'a>(&'a self, prefix: &str, id: &'a str) -> &'a str {
        let mut buffer = [0u8; 96];
        let length = prefix.len() + 1 + id.len();
        let found = if length <= buffer.len() {
            buffer[..prefix.len()].copy_from_slice(prefix.as_bytes());
            buffer[prefix.len()] = b'-';
            for (slot, byte) in buffer[prefix.len() + 1..length].iter_mut().zip(id.bytes()) {
                *slot = if byte == b'_' { b'-' } else { byte };
            }
            std::str::from_utf8(&buffer[..length])
                .ok()
                .and_then(|key| self.plain.get(key))
        } else {
            self.plain
                .get(&format!("{prefix}-{}", id.replace('_', "-")))
        };
        found.map_or(id, String::as_str)
    }

    /// Every message key of this language.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.plain.keys().map(String::as_str)
    }
}

/// A message to show a user, not yet in a language: a Fluent key and its arguments.
/// Errors carry these, so the words are chosen where the user's language is known (the
/// app's status bar, the CLI's output) and every text sits in `assets/i18n/*.ftl`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, MessageArg)>,
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    Text(String),
    Number(i64),
    /// Another message, rendered in the same language first.
    Message(Box<Message>),
    /// The translated name of an enumeration value (see [`I18n::name`]).
    Name(&'static str, String),
    /// A value the code already knows in both languages (a register column's header).
    Both {
        nl: String,
        en: String,
    },
}

/// In English, for logs and `?` into `anyhow`; users see [`Message::render`].
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_language(Language::English))
    }
}

impl std::error::Error for Message {}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// With a text argument.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, MessageArg::Text(value.into())));
        self
    }

    /// With a number argument (Fluent chooses plural forms by it).
    pub fn with_number(mut self, name: &'static str, value: impl TryInto<i64>) -> Self {
        let value = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name, MessageArg::Number(value)));
        self
    }

    /// With the translated name of an enumeration value (`prefix`, `id`) as an argument.
    pub fn with_name(mut self, name: &'static str, prefix: &'static str, id: &str) -> Self {
        self.args
            .push((name, MessageArg::Name(prefix, id.to_string())));
        self
    }

    /// With a value known in both languages.
    pub fn with_both(
        mut self,
        name: &'static str,
        nl: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        self.args.push((
            name,
            MessageArg::Both {
                nl: nl.into(),
                en: en.into(),
            },
        ));
        self
    }

    /// With another message as an argument.
    pub fn with_message(mut self, name: &'static str, value: Message) -> Self {
        self.args.push((name, MessageArg::Message(Box::new(value))));
        self
    }

    /// The message in `tr`'s language.
    pub fn render(&self, tr: &I18n) -> String {
        if self.args.is_empty() {
            return tr.t(self.key).to_string();
        }
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Text(text) => FluentValue::from(text.clone()),
                    MessageArg::Number(number) => FluentValue::from(*number),
                    MessageArg::Message(message) => FluentValue::from(message.render(tr)),
                    MessageArg::Name(prefix, id) => FluentValue::from(tr.name(prefix, id)),
                    MessageArg::Both { nl, en } => FluentValue::from(match tr.language() {
                        Language::Dutch => nl.clone(),
                        Language::English => en.clone(),
                    }),
                };
                (*name, value)
            })
            .collect();
        tr.f(self.key, &args)
    }

    /// The message in `language`.
    pub fn in_language(&self, language: Language) -> String {
        self.render(&I18n::new(language))
    }
}

/// What went wrong with a file, in words: the common cases by kind, else the system's.
pub fn io_reason(error: &std::io::Error) -> Message {
    match error.kind() {
        std::io::ErrorKind::NotFound => Message::new("io-not-found"),
        std::io::ErrorKind::PermissionDenied => Message::new("io-permission"),
        std::io::ErrorKind::AlreadyExists => Message::new("io-exists"),
        std::io::ErrorKind::IsADirectory => Message::new("io-is-folder"),
        std::io::ErrorKind::StorageFull => Message::new("io-disk-full"),
        _ => Message::new("io-other").with("detail", error.to_string()),
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
    fn large_counts_are_grouped_and_years_are_not() {
        let dutch = I18n::new(Language::Dutch);
        let english = I18n::new(Language::English);
        let stuck = |tr: &I18n, count: usize| tr.f("departments-stuck", &[("count", count.into())]);
        assert!(
            stuck(&dutch, 401_212).ends_with("401.212"),
            "{}",
            stuck(&dutch, 401_212)
        );
        assert!(stuck(&english, 401_212).ends_with("401,212"));
        assert!(stuck(&dutch, 1_000_000).ends_with("1.000.000"));
        assert!(
            stuck(&dutch, 9_999).ends_with("9999"),
            "four digits stay as they are"
        );
        let share = dutch.f("report-share", &[("year", 2026.into())]);
        assert!(share.ends_with("2026"), "{share}");
    }

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

    /// A key defined twice would show whichever Fluent keeps, not what was written.
    #[test]
    fn no_key_is_defined_twice() {
        for language in Language::ALL {
            let mut seen = std::collections::HashSet::new();
            let doubled: Vec<&str> = source(language)
                .lines()
                .filter_map(|line| line.split_once(" =").map(|(key, _)| key))
                .filter(|key| {
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                })
                .filter(|key| !seen.insert(*key))
                .collect();
            assert!(doubled.is_empty(), "{language:?}: {doubled:?}");
        }
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
    fn names_are_found_by_the_key_put_together_on_the_stack() {
        for language in Language::ALL {
            let tr = I18n::new(language);
            for key in tr.keys() {
                // (A key with an underscore is not an enumeration value's.)
                let Some((prefix, id)) = key.split_once('-').filter(|_| !key.contains('_')) else {
                    continue;
                };
                // The id as the domain writes it (underscores), the key with hyphens.
                let id = id.replace('-', "_");
                assert_eq!(tr.name_str(prefix, &id), tr.plain[key], "{key}");
            }
            // Not a key: the id itself; a key longer than the stack's room still works.
            assert_eq!(tr.name_str("kind", "no_such_kind"), "no_such_kind");
            let long = "x".repeat(200);
            assert_eq!(tr.name_str("kind", &long), long);
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
