//! Proeftuin: a desktop portfolio manager for municipal innovation.
//!
//! Data flows one way: `store` → `domain` → `figures` → `ui`, commands back.

pub mod domain;
pub mod format;
pub mod store;
pub mod demo;
pub mod figures;
pub mod i18n;
pub mod cli;
pub mod app;
pub mod ui;
