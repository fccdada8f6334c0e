//! Writing CSVs: the template, its guide, and the export of a contacts list.

use super::{CsvOptions, EXAMPLE, HEADER, guard};
use crate::model::{Contact, Role};
use crate::t;

fn writer(options: CsvOptions) -> csv::Writer<Vec<u8>> {
    let mut out = Vec::new();
    if options.bom {
        // i18n-exempt: bytes
        out.extend_from_slice(b"\xef\xbb\xbf");
    }
    csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .terminator(if options.crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(out)
}

fn finish(w: csv::Writer<Vec<u8>>) -> String {
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The template: header and one example row to overwrite, plain UTF-8.
pub fn template() -> String {
    template_with(CsvOptions::PLAIN)
}

pub fn template_with(options: CsvOptions) -> String {
    let mut w = writer(options);
    // Writing to a Vec cannot fail.
    let _ = w.write_record(HEADER);
    let _ = w.write_record(EXAMPLE);
    finish(w)
}

/// What to tell a user about the template's columns.
pub fn template_guide() -> String {
    t!("csv-template-guide")
}

/// [`template_guide`] where a `Display` is wanted (`"{}"`), in the reader's language.
pub struct TemplateGuide;

impl std::fmt::Display for TemplateGuide {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&template_guide())
    }
}

/// What to tell a user about the template's columns (see [`template_guide`]).
pub const TEMPLATE_GUIDE: TemplateGuide = TemplateGuide;

/// Contacts as a plain UTF-8 CSV Partner Center imports; `import(export(x)) == x` for valid
/// contacts.
pub fn export(contacts: &[Contact]) -> String {
    export_with(contacts, CsvOptions::PLAIN)
}

/// Contacts as a CSV; cells a spreadsheet would run as a formula are written as text.
pub fn export_with(contacts: &[Contact], options: CsvOptions) -> String {
    let mut w = writer(options);
    let _ = w.write_record(HEADER);
    for c in contacts {
        let _ = w.write_record([
            guard(&c.name).as_ref(),
            guard(&c.email).as_ref(),
            guard(&c.job_title).as_ref(),
            c.role.map(Role::label).unwrap_or(""),
            &c.countries.join(", "),
            &c.states.join(", "),
        ]);
    }
    finish(w)
}
