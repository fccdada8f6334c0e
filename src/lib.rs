//! cosell: the Co-sell with Microsoft tab of a Partner Center offer as a terminal wizard.
//!
//! The core (model, rules, validate, store, export, contacts_csv) knows nothing of the terminal;
//! the TUI, the plain line-prompt mode and the CLI are thin front ends over it.
#![forbid(unsafe_code)]

pub mod catalogue;
pub mod cli;
pub mod contacts_csv;
pub mod coverage;
pub mod export;
pub mod fields;
pub mod frontends;
pub mod fsio;
pub mod fuzzing;
pub mod model;
pub mod plain;
pub mod rules;
pub mod store;
pub mod tui;
pub mod validate;
