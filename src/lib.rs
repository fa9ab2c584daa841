//! Proeftuin: a desktop portfolio manager for municipal innovation.
//!
//! Data flows one way: `store` → `domain` → `figures` → `ui`, commands back. The
//! layers and where to add things: `docs/architecture.md`.

pub mod app;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod exchange;
pub mod figures;
pub mod format;
pub mod gui;
pub mod i18n;
pub mod memory;
pub mod palette;
pub mod store;
pub mod ui;
