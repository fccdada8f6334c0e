//! Partner Center's contacts CSV: template, import (with the spreadsheet quirks of spec §6) and
//! export. Errors are reported per row in Partner Center's style, the header counting as row 1.

mod preview;
mod read;
mod rows;
mod write;

use crate::model::Contact;
use crate::t;

pub use preview::{Preview, preview};
pub use read::{TextEncoding, read_file};
pub use rows::{import, import_with_progress};
pub use write::{
    TEMPLATE_GUIDE, TemplateGuide, export, export_with, template, template_guide, template_with,
};

/// The largest CSV an import reads: far above 200,000 real contacts (about 20 MB).
pub const MAX_CSV_BYTES: u64 = 64 * 1024 * 1024;

/// How many row errors an import lists; the rest are counted.
pub const MAX_REPORTED_ERRORS: usize = 1000;

/// Why an import imported nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file itself cannot be read as a CSV (missing, not a file, too big, not UTF-8).
    Unreadable { path: String, message: String },
    /// Rows are invalid: the first [`MAX_REPORTED_ERRORS`], and how many there are in all.
    Invalid { errors: Vec<RowError>, total: usize },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Unreadable { path, message } => write!(f, "{path}: {message}"),
            ImportError::Invalid { errors, total } => f.write_str(&rows_message(errors, *total)),
        }
    }
}

impl std::error::Error for ImportError {}

fn rows_message(errors: &[RowError], total: usize) -> String {
    let mut msg = t!("csv-problems", count = total);
    for e in errors {
        msg.push_str(&format!("\n  {e}"));
    }
    if total > errors.len() {
        msg.push_str("\n  ");
        msg.push_str(&t!("csv-and-more", count = total - errors.len()));
    }
    msg
}

impl ImportError {
    /// The row errors (empty for an unreadable file).
    pub fn rows(&self) -> &[RowError] {
        match self {
            ImportError::Invalid { errors, .. } => errors,
            ImportError::Unreadable { .. } => &[],
        }
    }
}

/// How a CSV is written. The default is what Excel opens right on Windows and in European
/// locales: UTF-8 with a byte-order mark and Windows line ends, comma separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    pub delimiter: u8,
    pub bom: bool,
    pub crlf: bool,
}

impl Default for CsvOptions {
    fn default() -> CsvOptions {
        CsvOptions {
            delimiter: b',',
            bom: true,
            crlf: true,
        }
    }
}

impl CsvOptions {
    /// Plain UTF-8 with `\n` line ends, for pipes and tools.
    pub const PLAIN: CsvOptions = CsvOptions {
        delimiter: b',',
        bom: false,
        crlf: false,
    };
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a cell must be written with a leading `'` so a spreadsheet shows it as text. A cell
/// that already starts with `'` before a formula character gets one more, so the import (which
/// takes exactly one off) gives back what was written.
fn needs_guard(cell: &str) -> bool {
    match cell.chars().next() {
        Some(c) if FORMULA_START.contains(&c) => true,
        Some('\'') => needs_guard(&cell[1..]),
        _ => false,
    }
}

fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The inverse of [`guard`]: the `'` a spreadsheet-safe export put before a formula character.
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

/// Partner Center's column order.
// i18n-exempt: Partner Center's template, English in every language
pub const HEADER: [&str; 6] = [
    "Name",
    "Email",
    "Job title", // i18n-exempt: CSV header
    "Role",
    "Countries/Regions",
    "States/Provinces",
];

// i18n-exempt: the template's example row (data)
const EXAMPLE: [&str; 6] = [
    "Ada Lovelace", // i18n-exempt: example data
    "ada@contoso.example",
    "Sales lead",    // i18n-exempt: example data
    "Partner sales", // i18n-exempt: Partner Center role name
    "US, CA",        // i18n-exempt: example data
    "US-WA, CA-BC",
];

/// A problem found in one row (or the whole file when `row` is 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.row {
            0 => f.write_str(&self.message),
            r => f.write_str(&t!("csv-row", row = r, message = &self.message)),
        }
    }
}

/// A file that imported: the contacts, and warnings that block nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub contacts: Vec<Contact>,
    /// The first is a notice naming the encoding when the file was not UTF-8.
    pub warnings: Vec<RowError>,
    /// How the file's text was encoded.
    pub encoding: TextEncoding,
}
