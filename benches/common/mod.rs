//! What the benches share: the day they compute as of, and the sizes they run at.

use chrono::NaiveDate;

/// The day the figures are computed as of (fixed, so that runs compare).
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
}

/// The portfolio sizes: `PROEFTUIN_BENCH_SIZES=1000,100000` (the default is 100,000).
pub fn sizes() -> Vec<usize> {
    std::env::var("PROEFTUIN_BENCH_SIZES")
        .ok()
        .map(|text| {
            text.split(',')
                .filter_map(|size| size.trim().parse().ok())
                .collect()
        })
        .unwrap_or_else(|| vec![100_000])
}
