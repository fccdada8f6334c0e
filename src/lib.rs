//! cosell: the Co-sell with Microsoft tab of a Partner Center offer as a terminal wizard.
//!
//! The core (model, field_ids, status, editions, fields, rules, validate, coverage, contacts_csv,
//! export, store, fsio, session, present) knows nothing of the terminal. Three front ends drive one
//! `session::DraftSession`: the TUI (`tui`), plain line prompts (`plain`) and the command line
//! (`cli`); `wizard` picks between the first two.
#![forbid(unsafe_code)]

pub mod catalogue;
pub mod cli;
pub mod contacts_csv;
pub mod coverage;
pub mod doc_paths;
pub mod editions;
pub mod export;
pub mod field_ids;
pub mod fields;
pub mod fsio;
pub mod fuzzing;
pub mod i18n;
pub mod inspect;
pub mod kit;
pub mod kit_page;
pub mod map;
pub mod model;
pub mod plain;
pub mod present;
pub mod rules;
pub mod safe_text;
pub mod session;
pub mod status;
pub mod steps;
pub mod store;
pub mod tui;
pub mod validate;
pub mod wizard;

#[cfg(test)]
mod tests;
