//! Formatting and parsing of money, dates and percentages per language: `€ 1.234,56` and
//! `31-12-2026` in Dutch, `€1,234.56` and `2026-12-31` in English. Pure functions; the UI,
//! the CLI and the exchange formats share them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The languages of the user interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Language {
    #[default]
    Dutch,
    English,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Dutch, Language::English];

    /// The language's own name, as a language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Dutch => "Nederlands",
            Language::English => "English",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::Dutch => "nl",
            Language::English => "en",
        }
    }

    /// Dutch for a Dutch (or Flemish) system locale, else English.
    pub fn from_locale(locale: Option<&str>) -> Language {
        match locale {
            Some(locale) if locale.to_ascii_lowercase().starts_with("nl") => Language::Dutch,
            Some(_) => Language::English,
            None => Language::Dutch,
        }
    }

    /// The system's language, as far as the platform tells.
    pub fn from_system() -> Language {
        Language::from_locale(sys_locale::get_locale().as_deref())
    }
}

fn group_thousands(mut value: u128, separator: char) -> String {
    let mut groups = Vec::new();
    loop {
        groups.push(value % 1000);
        value /= 1000;
        if value == 0 {
            break;
        }
    }
    let mut text = String::new();
    for (index, group) in groups.iter().rev().enumerate() {
        if index == 0 {
            text.push_str(&group.to_string());
        } else {
            text.push(separator);
            text.push_str(&format!("{group:03}"));
        }
    }
    text
}

/// A count, its thousands grouped from five digits on: `12.345` (Dutch) or `12,345`
/// (English), but `9999` (as the Taalunie and English style guides write them, and as
/// the translations format their numbers).
pub fn count(value: usize, language: Language) -> String {
    if value < 10_000 {
        return value.to_string();
    }
    let separator = match language {
        Language::Dutch => '.',
        Language::English => ',',
    };
    group_thousands(value as u128, separator)
}

/// Format whole cents as euros: `€ 1.234,56` (Dutch) or `€1,234.56` (English).
pub fn money(cents: i64, language: Language) -> String {
    let negative = cents < 0;
    let magnitude = i128::from(cents).unsigned_abs();
    let (euros, rest) = (magnitude / 100, magnitude % 100);
    let sign = if negative { "-" } else { "" };
    match language {
        Language::Dutch => format!("€ {sign}{},{rest:02}", group_thousands(euros, '.')),
        Language::English => format!("{sign}€{}.{rest:02}", group_thousands(euros, ',')),
    }
}

/// Format whole cents as whole euros (for tables and charts): `€ 1.235` / `€1,235`.
pub fn money_whole(cents: i64, language: Language) -> String {
    let rounded = (i128::from(cents) + if cents < 0 { -50 } else { 50 }) / 100;
    let sign = if rounded < 0 { "-" } else { "" };
    let euros = rounded.unsigned_abs();
    match language {
        Language::Dutch => format!("€ {sign}{}", group_thousands(euros, '.')),
        Language::English => format!("{sign}€{}", group_thousands(euros, ',')),
    }
}

/// Format a date: `31-12-2026` (Dutch) or `2026-12-31` (English).
pub fn date(date: NaiveDate, language: Language) -> String {
    use chrono::Datelike;
    let (year, month, day) = (date.year(), date.month(), date.day());
    // Written out for the years a register holds (chrono's format parses its pattern
    // for every date: a twentieth of a 100,000-row export); chrono for the rest.
    if !(0..=9999).contains(&year) {
        return match language {
            Language::Dutch => date.format("%d-%m-%Y").to_string(),
            Language::English => date.format("%Y-%m-%d").to_string(),
        };
    }
    match language {
        Language::Dutch => format!("{day:02}-{month:02}-{year:04}"),
        Language::English => format!("{year:04}-{month:02}-{day:02}"),
    }
}

/// Format an optional date, empty when absent.
pub fn date_opt(value: Option<NaiveDate>, language: Language) -> String {
    value.map(|value| date(value, language)).unwrap_or_default()
}

/// Format basis points as a percentage with one decimal: `25,0 %` / `25.0%`.
pub fn percent_bp(basis_points: u32, language: Language) -> String {
    let tenths = (u64::from(basis_points) + 5) / 10;
    match language {
        Language::Dutch => format!("{},{} %", tenths / 10, tenths % 10),
        Language::English => format!("{}.{}%", tenths / 10, tenths % 10),
    }
}

/// Why a typed amount or date was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("not an amount")]
    NotAnAmount,
    #[error("more than two decimals")]
    TooManyDecimals,
    #[error("amount too large")]
    TooLarge,
    #[error("not a date (use dd-mm-yyyy or yyyy-mm-dd)")]
    NotADate,
}

/// A moment as people read it: `29-11-2026 12:20` in Dutch, `2026-11-29 12:20` in
/// English (the date as [`date`] writes it); `—` when unknown.
pub fn date_time(moment: Option<chrono::NaiveDateTime>, language: Language) -> String {
    moment.map_or_else(
        || "—".to_string(),
        |moment| {
            format!(
                "{} {}",
                date(moment.date(), language),
                moment.format("%H:%M:%S")
            )
        },
    )
}

/// A size in megabytes with one decimal, in the language's style.
pub fn megabytes(bytes: u64, language: Language) -> String {
    let text = format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0));
    match language {
        Language::Dutch => text.replace('.', ","),
        Language::English => text,
    }
}

/// Parse an amount in euros into whole cents. Accepts what people type and what Excel
/// writes in both languages: `€ 85.000,00`, `85000.00`, `1,234.56`, `12,5`, `-3`; and
/// the ways Dutch registers write amounts:
///
/// - whole euros with a dash or an equals sign for the cents: `€ 1.250,-`, `1.250,--`,
///   `1.250,=`, `1.250,–`;
/// - thousands and millions: `€ 150k`, `k€ 150`, `150 duizend`, `€ 1,2 mln`,
///   `1,5 miljoen`, `2 mio`;
/// - negatives as accountants write them: `(1.234)`, `1.234-`, `- € 1.234`;
/// - the currency as a sign or a word, before or after: `EUR 10`, `10 euro`.
///
/// With both `.` and `,` the last one is the decimal separator. With only one kind, it is
/// the decimal separator when one or two digits follow its last occurrence and it occurs
/// once; otherwise it groups thousands (`85.000`, `1,234,567`). Behind `k` or `mln` more
/// decimals may follow, as long as the amount comes to whole cents.
pub fn parse_money(text: &str) -> Result<i64, ParseError> {
    // What an export writes and most cells hold, `162000,00` or `85000`, read directly;
    // anything else goes through the general reading below.
    if let Some(cents) = plain_amount(text.trim()) {
        return Ok(cents);
    }
    parse_money_written(text)
}

/// Digits, optionally followed by one `,` or `.` and one or two digits: whole cents, or
/// `None` (also when larger than the largest amount).
fn plain_amount(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    let (whole, fraction) = match bytes.iter().position(|byte| matches!(byte, b',' | b'.')) {
        Some(at) => (&bytes[..at], &bytes[at + 1..]),
        None => (bytes, &b""[..]),
    };
    let separated = whole.len() < bytes.len();
    if whole.is_empty()
        || whole.len() > 15
        || (separated && !(1..=2).contains(&fraction.len()))
        || !whole.iter().chain(fraction).all(u8::is_ascii_digit)
    {
        return None;
    }
    let number = |digits: &[u8]| {
        digits
            .iter()
            .fold(0i64, |value, digit| value * 10 + i64::from(digit - b'0'))
    };
    let cents = number(whole) * 100
        + match fraction.len() {
            1 => number(fraction) * 10,
            2 => number(fraction),
            _ => 0,
        };
    (cents <= crate::domain::MAX_AMOUNT_CENTS).then_some(cents)
}

/// [`parse_money`] of any way of writing an amount.
fn parse_money_written(text: &str) -> Result<i64, ParseError> {
    let mut text = text.trim().to_lowercase();
    let mut negative = false;
    // (1.234): an accountant's negative.
    if let Some(inner) = text
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
    {
        negative = true;
        text = inner.trim().to_string();
    }
    // The currency and spaces (thousands grouped by spaces, too) carry no value.
    for word in ["euro's", "euros", "euro", "eur.", "eur"] {
        text = text.replace(word, " ");
    }
    let mut cleaned: String = text
        .chars()
        .filter(|character| !matches!(character, '€' | ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    // Thousands or millions, written after or (k€, m€) before the number.
    let mut scale = 0u32;
    for (words, power) in [
        (&["miljoen", "mln.", "mln", "mio", "m"][..], 6),
        (&["duizend", "dzd", "k"][..], 3),
    ] {
        if let Some(word) = words.iter().find(|word| cleaned.ends_with(**word)) {
            cleaned.truncate(cleaned.len() - word.len());
            scale = power;
            break;
        }
        if let Some(rest) = words
            .iter()
            .filter(|word| word.len() == 1)
            .find_map(|word| cleaned.strip_prefix(*word))
        {
            cleaned = rest.to_string();
            scale = power;
            break;
        }
    }
    // A sign in front, or (1.234-) behind.
    if let Some(rest) = cleaned.strip_prefix('-') {
        negative = !negative;
        cleaned = rest.to_string();
    }
    // Whole euros: ",-", ",--", ",=", ",–" (also with a point).
    let mut whole_euros = false;
    let trimmed = cleaned.trim_end_matches(['-', '=', '–', '—']);
    if trimmed.len() != cleaned.len() {
        if let Some(number) = trimmed.strip_suffix([',', '.']) {
            whole_euros = true;
            cleaned = number.to_string();
        } else if cleaned.len() - trimmed.len() == 1 && cleaned.ends_with('-') {
            negative = !negative;
            cleaned = trimmed.to_string();
        } else {
            return Err(ParseError::NotAnAmount);
        }
    }
    let digits = cleaned.as_str();
    if digits.is_empty()
        || !digits
            .chars()
            .all(|character| character.is_ascii_digit() || character == '.' || character == ',')
    {
        return Err(ParseError::NotAnAmount);
    }
    let last_dot = digits.rfind('.');
    let last_comma = digits.rfind(',');
    let decimal_position = match (last_dot, last_comma) {
        (Some(dot), Some(comma)) => Some(dot.max(comma)),
        (Some(position), None) | (None, Some(position)) => {
            let separator = digits.as_bytes()[position];
            let occurrences = digits.bytes().filter(|byte| *byte == separator).count();
            let after = digits.len() - position - 1;
            // Behind `k` or `mln` a single separator is a decimal one (`1,250 mln`).
            (occurrences == 1 && (after != 3 || scale > 0)).then_some(position)
        }
        (None, None) => None,
    };
    let (whole, fraction) = match decimal_position {
        Some(_) if whole_euros => return Err(ParseError::NotAnAmount),
        Some(position) => (&digits[..position], &digits[position + 1..]),
        None => (digits, ""),
    };
    if fraction.contains(['.', ',']) {
        return Err(ParseError::NotAnAmount);
    }
    // Thousands separators must group by three.
    let groups: Vec<&str> = whole.split(['.', ',']).collect();
    if groups.len() > 1
        && (groups[0].is_empty()
            || groups[0].len() > 3
            || groups[1..].iter().any(|group| group.len() != 3))
    {
        return Err(ParseError::NotAnAmount);
    }
    let whole: String = groups.concat();
    if whole.is_empty() && fraction.is_empty() {
        return Err(ParseError::NotAnAmount);
    }
    // The amount in cents: the digits, times 100 and the scale, to whole cents only.
    let places = 2 + scale;
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > places as usize {
        return Err(ParseError::TooManyDecimals);
    }
    let number = |digits: &str| -> Result<i128, ParseError> {
        if digits.is_empty() {
            Ok(0)
        } else if digits.len() > 30 {
            Err(ParseError::TooLarge)
        } else {
            digits.parse::<i128>().map_err(|_| ParseError::NotAnAmount)
        }
    };
    let exponent = |power: u32| 10i128.pow(power);
    let fraction_places = u32::try_from(fraction.len()).unwrap_or(u32::MAX);
    let total =
        number(&whole)? * exponent(places) + number(fraction)? * exponent(places - fraction_places);
    let total = i64::try_from(total)
        .ok()
        .filter(|total| *total <= crate::domain::MAX_AMOUNT_CENTS)
        .ok_or(ParseError::TooLarge)?;
    Ok(if negative { -total } else { total })
}

/// Parse a date written as `31-12-2026`, `31/12/2026`, `31.12.2026` or `2026-12-31`, or
/// with the month's name as a spreadsheet shows a long or medium date (see
/// [`month_name_date`]).
pub fn parse_date(text: &str) -> Result<NaiveDate, ParseError> {
    let text = text.trim();
    // The two shapes registers write, read directly (chrono parses its pattern anew for
    // every cell); anything else, or a day that does not exist, goes through chrono.
    if let Some(date) = ten_character_date(text.as_bytes()) {
        return Ok(date);
    }
    for pattern in ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"] {
        if let Ok(date) = NaiveDate::parse_from_str(text, pattern) {
            // chrono accepts a two-digit year for %Y; a register's dates have four.
            if (1000..=9999).contains(&chrono::Datelike::year(&date)) {
                return Ok(date);
            }
        }
    }
    month_name_date(text).ok_or(ParseError::NotADate)
}

/// The months by their Dutch and English names and abbreviations, January first.
const MONTH_NAMES: [&[&str]; 12] = [
    &["januari", "january", "jan"],
    &["februari", "february", "feb"],
    &["maart", "march", "mrt", "mar", "maa"],
    &["april", "apr"],
    &["mei", "may"],
    &["juni", "june", "jun"],
    &["juli", "july", "jul"],
    &["augustus", "august", "aug"],
    &["september", "sept", "sep"],
    &["oktober", "october", "okt", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// The days of the week, in Dutch and English, in full and short.
const WEEKDAY_NAMES: [&str; 28] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

/// A date with its month by name, as Excel and LibreOffice show long and medium dates in
/// Dutch and English (and as people type them): `1 maart 2025`, `1 mrt. 2025`,
/// `01-mrt-2025`, `zaterdag 1 maart 2025`, `1 March 2025`, `March 1, 2025`. The year has
/// four digits; a day of the week before it is left out.
fn month_name_date(text: &str) -> Option<NaiveDate> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|character: char| {
            character.is_whitespace() || matches!(character, '-' | '/' | ',' | '.')
        })
        .filter(|word| !word.is_empty())
        .collect();
    let words = match words.split_first() {
        Some((first, rest)) if WEEKDAY_NAMES.contains(first) => rest,
        _ => &words,
    };
    let month = |word: &str| {
        MONTH_NAMES
            .iter()
            .position(|names| names.contains(&word))
            .and_then(|index| u32::try_from(index + 1).ok())
    };
    let number = |word: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&word.len()) && word.bytes().all(|byte| byte.is_ascii_digit()))
            .then(|| word.parse::<u32>().ok())
            .flatten()
    };
    let (day, month, year) = match *words {
        [day, name, year] if number(day, 1..=2).is_some() => (day, month(name)?, year),
        [name, day, year] => (day, month(name)?, year),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(
        i32::try_from(number(year, 4..=4)?).ok()?,
        month,
        number(day, 1..=2)?,
    )
    .filter(|date| chrono::Datelike::year(date) >= 1000)
}

/// `2026-12-31`, or `31-12-2026` with `-`, `/` or `.` twice; `None` when not one of these
/// or not a day of the calendar.
fn ten_character_date(bytes: &[u8]) -> Option<NaiveDate> {
    let [a, b, c, d, e, f, g, h, i, j] = *bytes else {
        return None;
    };
    let digits = |text: &[u8]| -> Option<u32> {
        text.iter().try_fold(0u32, |value, &byte| {
            byte.is_ascii_digit()
                .then(|| value * 10 + u32::from(byte - b'0'))
        })
    };
    let (year, month, day) = if e == b'-' && h == b'-' {
        (digits(&[a, b, c, d])?, digits(&[f, g])?, digits(&[i, j])?)
    } else if c == f && matches!(c, b'-' | b'/' | b'.') {
        (digits(&[g, h, i, j])?, digits(&[d, e])?, digits(&[a, b])?)
    } else {
        return None;
    };
    if year < 1000 {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Parse an optional date: blank is `None`.
pub fn parse_date_opt(text: &str) -> Result<Option<NaiveDate>, ParseError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some)
    }
}

/// A moment stored in UTC (the audit log, the trash), as the local clock showed it.
pub fn utc_as_local(moment: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    use chrono::TimeZone;
    chrono::Local.from_utc_datetime(&moment).naive_local()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn money_per_language() {
        assert_eq!(money(123_456, Language::Dutch), "€ 1.234,56");
        assert_eq!(money(123_456, Language::English), "€1,234.56");
        assert_eq!(money(0, Language::Dutch), "€ 0,00");
        assert_eq!(money(5, Language::Dutch), "€ 0,05");
        assert_eq!(money(-8_500_000, Language::Dutch), "€ -85.000,00");
        assert_eq!(
            money(100_000_000_000, Language::English),
            "€1,000,000,000.00"
        );
        assert_eq!(
            money(i64::MIN, Language::Dutch),
            "€ -92.233.720.368.547.758,08"
        );
        assert_eq!(money_whole(123_456, Language::Dutch), "€ 1.235");
        assert_eq!(money_whole(-149, Language::English), "-€1");
        assert_eq!(count(1_234_567, Language::Dutch), "1.234.567");
        assert_eq!(count(99_960, Language::English), "99,960");
        assert_eq!(count(7, Language::Dutch), "7");
        assert_eq!(count(9_999, Language::English), "9999");
        assert_eq!(count(10_000, Language::Dutch), "10.000");
    }

    #[test]
    fn dates_and_percentages() {
        assert_eq!(date(day(2026, 12, 31), Language::Dutch), "31-12-2026");
        assert_eq!(date(day(2026, 12, 31), Language::English), "2026-12-31");
        assert_eq!(percent_bp(2_500, Language::Dutch), "25,0 %");
        assert_eq!(percent_bp(3_333, Language::English), "33.3%");
        assert_eq!(percent_bp(10_000, Language::Dutch), "100,0 %");
    }

    #[test]
    fn dates_written_out_as_chrono_formats_them() {
        let years = [-1, 0, 1, 9, 999, 1900, 2026, 9999, 10_000, 262_142];
        for year in years {
            for (month, day_of_month) in [(1, 1), (2, 28), (7, 9), (12, 31)] {
                let Some(value) = NaiveDate::from_ymd_opt(year, month, day_of_month) else {
                    continue;
                };
                assert_eq!(
                    date(value, Language::Dutch),
                    value.format("%d-%m-%Y").to_string()
                );
                assert_eq!(
                    date(value, Language::English),
                    value.format("%Y-%m-%d").to_string()
                );
            }
        }
    }

    #[test]
    fn parses_what_excel_and_people_write() {
        assert_eq!(parse_money("€ 85.000,00"), Ok(8_500_000));
        assert_eq!(parse_money("€ 62.250,50"), Ok(6_225_050));
        assert_eq!(parse_money("62250.50"), Ok(6_225_050));
        assert_eq!(parse_money("1,234.56"), Ok(123_456));
        assert_eq!(parse_money("1.234.567"), Ok(123_456_700));
        assert_eq!(
            parse_money("85.000"),
            Ok(8_500_000),
            "a dot before three digits groups thousands"
        );
        assert_eq!(parse_money("12,5"), Ok(1_250));
        assert_eq!(parse_money("0,05"), Ok(5));
        assert_eq!(parse_money(" 40000 "), Ok(4_000_000));
        assert_eq!(parse_money("-3"), Ok(-300));
        assert_eq!(parse_money("€ 0,00"), Ok(0));
        assert_eq!(parse_money("EUR 10"), Ok(1_000));
        assert_eq!(parse_money(""), Err(ParseError::NotAnAmount));
        assert_eq!(parse_money("abc"), Err(ParseError::NotAnAmount));
        assert_eq!(parse_money("1,2.3,4"), Err(ParseError::NotAnAmount));
        assert_eq!(parse_money("1.2345"), Err(ParseError::TooManyDecimals));
        assert_eq!(parse_money("12.34.5"), Err(ParseError::NotAnAmount));
        assert_eq!(
            parse_money("99999999999999999999"),
            Err(ParseError::TooLarge)
        );
    }

    /// The ways Dutch registers write amounts, each worked out by hand.
    #[test]
    fn dutch_register_notations() {
        for (text, cents) in [
            // Whole euros with a dash or equals sign for the cents.
            ("€ 1.250,-", 125_000),
            ("1.250,--", 125_000),
            ("1250,-", 125_000),
            ("€ 85.000,=", 8_500_000),
            ("12,–", 1_200),
            ("€\u{a0}45.000,-", 4_500_000),
            ("1.000.000,-", 100_000_000),
            // Thousands and millions.
            ("€ 150k", 15_000_000),
            ("150 K", 15_000_000),
            ("k€ 150", 15_000_000),
            ("€ 12,5k", 1_250_000),
            ("150 duizend", 15_000_000),
            ("€ 1,2 mln", 120_000_000),
            ("1.5 mln.", 150_000_000),
            ("1,5 miljoen", 150_000_000),
            ("2 mio", 200_000_000),
            ("€ 0,25 mln", 25_000_000),
            ("1,234567 mln", 123_456_700),
            ("m€ 3", 300_000_000),
            // Negatives as accountants write them.
            ("(1.234)", -123_400),
            ("(€ 1.234,56)", -123_456),
            ("1.234-", -123_400),
            ("- € 1.234", -123_400),
            ("€ -1.250,-", -125_000),
            // The currency as a word.
            ("10 euro", 1_000),
            ("1.250 EUR", 125_000),
            ("EUR 1.250,50", 125_050),
            ("1 250 000", 125_000_000),
        ] {
            assert_eq!(parse_money(text), Ok(cents), "{text:?}");
        }
        for text in [
            "12.50,-",
            "1,234567891 mln",
            "€ ,-",
            "1.250,-x",
            "k",
            "mln",
            "1.25.0,-",
            "--5",
            "1-2",
        ] {
            assert!(parse_money(text).is_err(), "{text:?} is not an amount");
        }
        assert_eq!(
            parse_money("0,123456 k"),
            Err(ParseError::TooManyDecimals),
            "a tenth of a cent"
        );
    }

    #[test]
    fn formats_parse_back() {
        for cents in [0, 1, 99, 100, 123_456, 8_500_000, 31_000_000_000] {
            for language in Language::ALL {
                assert_eq!(
                    parse_money(&money(cents, language)),
                    Ok(cents),
                    "{cents} {language:?}"
                );
            }
        }
        for language in Language::ALL {
            assert_eq!(
                parse_date(&date(day(2026, 2, 28), language)),
                Ok(day(2026, 2, 28))
            );
        }
    }

    #[test]
    fn parses_dates() {
        assert_eq!(parse_date("31-12-2026"), Ok(day(2026, 12, 31)));
        assert_eq!(parse_date("2026-12-31"), Ok(day(2026, 12, 31)));
        assert_eq!(parse_date("1/3/2025"), Ok(day(2025, 3, 1)));
        assert_eq!(parse_date("31-02-2026"), Err(ParseError::NotADate));
        assert_eq!(parse_date("12-31-2026"), Err(ParseError::NotADate));
        assert_eq!(parse_date("31-12-26"), Err(ParseError::NotADate));
        assert_eq!(parse_date_opt("  "), Ok(None));
    }

    /// Dates with the month by name, as spreadsheets show long and medium dates and as
    /// people type them in a register kept by hand.
    #[test]
    fn parses_dates_with_the_months_name() {
        for (text, expected) in [
            ("1 maart 2025", day(2025, 3, 1)),
            ("1 mrt. 2025", day(2025, 3, 1)),
            ("01-mrt-2025", day(2025, 3, 1)),
            ("zaterdag 1 maart 2025", day(2025, 3, 1)),
            ("Zaterdag 1 Maart 2025", day(2025, 3, 1)),
            ("31 december 2026", day(2026, 12, 31)),
            ("15 okt 2024", day(2024, 10, 15)),
            ("1 March 2025", day(2025, 3, 1)),
            ("Saturday, 1 March 2025", day(2025, 3, 1)),
            ("March 1, 2025", day(2025, 3, 1)),
            ("Sep 30 2026", day(2026, 9, 30)),
            ("29 februari 2024", day(2024, 2, 29)),
        ] {
            assert_eq!(parse_date(text), Ok(expected), "{text:?}");
        }
        for text in [
            "29 februari 2023",
            "32 maart 2025",
            "1 maart 25",
            "1 mars 2025",
            "maart 2025",
            "1 maart 2025 2026",
            "maandag",
            "1 2 maart",
            "0 maart 2025",
            "1 maart 0999",
        ] {
            assert_eq!(parse_date(text), Err(ParseError::NotADate), "{text:?}");
        }
    }

    /// A plain amount read directly gives what the general reading gives.
    #[test]
    fn plain_amounts_read_as_the_general_reading_reads_them() {
        let mut texts: Vec<String> = [
            "0",
            "00",
            "7",
            "162000",
            "162000,00",
            "162000.00",
            "162000,5",
            "162000.5",
            "1,234",
            "1.234",
            "1,2345",
            ",50",
            "5,",
            "5.",
            "12,34,56",
            "1.234,56",
            "-5",
            " 85000,00 ",
            "999999999999999",
            "9999999999999999",
            "1e5",
            "٣",
            "12 000",
        ]
        .iter()
        .map(|text| text.to_string())
        .collect();
        for whole in ["0", "1", "10", "999", "4500", "123456789012345"] {
            for fraction in ["", "0", "5", "00", "05", "50", "99", "000"] {
                for separator in [",", "."] {
                    texts.push(if fraction.is_empty() {
                        whole.to_string()
                    } else {
                        format!("{whole}{separator}{fraction}")
                    });
                }
            }
        }
        for text in &texts {
            assert_eq!(parse_money(text), parse_money_written(text), "{text:?}");
        }
    }

    /// The direct reading of the two common shapes gives what chrono's patterns give, for
    /// every day and month number around the valid ones, each separator and odd shapes.
    #[test]
    fn dates_read_directly_agree_with_chrono() {
        let by_chrono = |text: &str| -> Result<NaiveDate, ParseError> {
            let text = text.trim();
            for pattern in ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"] {
                if let Ok(date) = NaiveDate::parse_from_str(text, pattern)
                    && (1000..=9999).contains(&chrono::Datelike::year(&date))
                {
                    return Ok(date);
                }
            }
            Err(ParseError::NotADate)
        };
        let mut texts = vec![
            "31-12/2026".to_string(),
            "2026/12/31".to_string(),
            "2026.12.31".to_string(),
            "+2026-1-31".to_string(),
            "2026-01-3x".to_string(),
            "0999-01-31".to_string(),
            "31-01-0999".to_string(),
            " 2024-02-29 ".to_string(),
            "2023-02-29".to_string(),
        ];
        for year in [1000, 1999, 2024, 2026, 9999] {
            for month in 0..=13 {
                for day in 0..=32 {
                    texts.push(format!("{year:04}-{month:02}-{day:02}"));
                    for separator in ['-', '/', '.', ':'] {
                        texts.push(format!("{day:02}{separator}{month:02}{separator}{year:04}"));
                    }
                }
            }
        }
        for text in &texts {
            assert_eq!(parse_date(text), by_chrono(text), "{text:?}");
        }
    }

    #[test]
    fn language_from_locale() {
        assert_eq!(Language::from_locale(Some("nl-NL")), Language::Dutch);
        assert_eq!(Language::from_locale(Some("nl_BE.UTF-8")), Language::Dutch);
        assert_eq!(Language::from_locale(Some("en-GB")), Language::English);
        assert_eq!(Language::from_locale(Some("de-DE")), Language::English);
        assert_eq!(Language::from_locale(None), Language::Dutch);
    }
}
