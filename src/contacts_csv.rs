//! Partner Center's contacts CSV: template, import (with the spreadsheet quirks of spec §6) and
//! export. Errors are reported per row in Partner Center's style, the header counting as row 1.

use crate::coverage::uncovered_markets;
use crate::fields::ContactField;
use crate::model::geo;
use crate::model::{Contact, Role};
use crate::validate;

/// Partner Center's column order.
pub const HEADER: [&str; 6] = [
    "Name",
    "Email",
    "Job title",
    "Role",
    "Countries/Regions",
    "States/Provinces",
];

const EXAMPLE: [&str; 6] = [
    "Ada Lovelace",
    "ada@contoso.example",
    "Sales lead",
    "Partner sales",
    "US, CA",
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
            r => write!(f, "row {r}: {}", self.message),
        }
    }
}

/// A file that imported: the contacts, and warnings that block nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub contacts: Vec<Contact>,
    pub warnings: Vec<RowError>,
}

/// The template: header and one example row to overwrite.
pub fn template() -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = w.write_record(HEADER);
    let _ = w.write_record(EXAMPLE);
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// What to tell a user about the template's columns.
pub const TEMPLATE_GUIDE: &str = "\
One row per contact. Role: Partner marketing, Partner sales, Partner technical sales or
Partner customer success manager. Countries/Regions: ISO codes separated by commas, in
double quotes when there are several (\"US, CA\"), or OOO for all countries.
States/Provinces (optional): US-WA, CA-BC, AU-NSW ... inside the row's countries.
Replace the example row (Ada Lovelace) with your contacts. Importing replaces all contacts.";

/// Contacts as a CSV Partner Center imports; `import(export(x)) == x` for valid contacts.
pub fn export(contacts: &[Contact]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    for c in contacts {
        let _ = w.write_record([
            c.name.as_str(),
            c.email.as_str(),
            c.job_title.as_str(),
            c.role.map(Role::label).unwrap_or(""),
            &c.countries.join(", "),
            &c.states.join(", "),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn detect_delimiter(text: &[u8]) -> u8 {
    let first_line = text.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let (mut commas, mut semis, mut quoted) = (0, 0, false);
    for b in first_line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas { b';' } else { b',' }
}

/// Reads a header cell, accepting the usual spellings of Partner Center's column names.
fn column_of(header: &str) -> Option<ContactField> {
    let h = header.trim().to_ascii_lowercase();
    Some(match h.as_str() {
        "name" => ContactField::Name,
        "email" | "e-mail" | "email address" => ContactField::Email,
        "job title" | "jobtitle" | "title" => ContactField::JobTitle,
        "role" => ContactField::Role,
        "countries/regions" | "country/region" | "countries" | "country" => ContactField::Countries,
        "states/provinces" | "state/province" | "states" | "state" => ContactField::States,
        _ => return None,
    })
}

/// The column of a `validate::contact_problems` key.
fn column_of_key(key: &str) -> ContactField {
    ContactField::ALL
        .into_iter()
        .find(|c| c.key() == key)
        .unwrap_or(ContactField::States)
}

fn split_list(cell: &str) -> Vec<String> {
    cell.split([',', ';'])
        .map(geo::normalise_code)
        .filter(|c| !c.is_empty())
        .collect()
}

fn looks_like_country(cell: &str) -> bool {
    let c = geo::normalise_code(cell);
    !c.is_empty() && !c.contains('-') && geo::check_country(&c).is_ok()
}

/// Imports a CSV file's bytes. Any invalid row makes the whole import fail (nothing is imported),
/// and every error of every row is reported at once.
pub fn import(bytes: &[u8]) -> Result<Imported, Vec<RowError>> {
    import_with_progress(bytes, &mut |_| {})
}

/// As [`import`], calling `progress` with the fraction of the file read (0.0–1.0) every 4096 rows.
pub fn import_with_progress(
    bytes: &[u8],
    progress: &mut dyn FnMut(f32),
) -> Result<Imported, Vec<RowError>> {
    let file_error = |m: String| vec![RowError { row: 0, message: m }];
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(file_error(format!(
            "the file is empty; it needs the header {} and one row per contact (`cosell contacts template` writes one)",
            HEADER.join(",")
        )));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(bytes))
        .flexible(true)
        .has_headers(false)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(file_error(format!("row 1: cannot read the header: {e}"))),
        None => return Err(file_error("the file has no header".into())),
    };
    let mut errors = Vec::new();
    let mut columns: Vec<Option<ContactField>> = Vec::new();
    for cell in header.iter() {
        let text = String::from_utf8_lossy(cell);
        match column_of(&text) {
            Some(c) if columns.contains(&Some(c)) => errors.push(RowError {
                row: 1,
                message: format!("column {:?} appears twice", c.label()),
            }),
            Some(c) => columns.push(Some(c)),
            None if text.trim().is_empty() => columns.push(None),
            None => {
                errors.push(RowError {
                    row: 1,
                    message: format!(
                        "unknown column {:?}; the columns are {}",
                        text.trim(),
                        HEADER.join(", ")
                    ),
                });
                columns.push(None);
            }
        }
    }
    for c in ContactField::ALL {
        if c != ContactField::States && !columns.contains(&Some(c)) {
            errors.push(RowError {
                row: 1,
                message: format!(
                    "the column {:?} is missing; the header must be {}",
                    c.label(),
                    HEADER.join(",")
                ),
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let index = |c: ContactField| columns.iter().position(|x| *x == Some(c));
    let countries_at = index(ContactField::Countries);
    let mut contacts = Vec::new();
    let mut warnings = Vec::new();
    let total = bytes.len().max(1) as f32;
    for (i, rec) in records.enumerate() {
        let row = i + 2;
        if i % 4096 == 0 {
            progress(i as f32 / total);
        }
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors.push(RowError {
                    row,
                    message: format!("cannot be read: {e}"),
                });
                continue;
            }
        };
        if rec.iter().all(|c| c.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let mut cells: Vec<String> = Vec::with_capacity(rec.len());
        let mut bad_utf8 = false;
        for (k, cell) in rec.iter().enumerate() {
            match std::str::from_utf8(cell) {
                Ok(s) => cells.push(s.to_string()),
                Err(_) => {
                    let col = columns
                        .get(k)
                        .copied()
                        .flatten()
                        .map(ContactField::label)
                        .unwrap_or("a cell");
                    errors.push(RowError {
                        row,
                        message: format!("{col} is not UTF-8 text; save the file as \"CSV UTF-8\""),
                    });
                    bad_utf8 = true;
                    break;
                }
            }
        }
        if bad_utf8 {
            continue;
        }
        if let Some(spill) = detect_spill(&cells, countries_at, columns.len()) {
            errors.push(RowError {
                row,
                message: spill,
            });
            continue;
        }
        if cells.len() != columns.len() {
            errors.push(RowError {
                row,
                message: format!(
                    "has {} cells but the header has {} columns; check for a missing or extra separator",
                    cells.len(),
                    columns.len()
                ),
            });
            continue;
        }
        let cell = |c: ContactField| index(c).map(|k| cells[k].trim()).unwrap_or("");
        let role_text = cell(ContactField::Role);
        let role = Role::parse(role_text);
        if role.is_none() && !role_text.is_empty() {
            errors.push(RowError {
                row,
                message: format!(
                    "Role {role_text:?} is not one of {}",
                    Role::ALL
                        .iter()
                        .map(|r| r.label())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
        let contact = Contact {
            name: cell(ContactField::Name).to_string(),
            email: cell(ContactField::Email).to_string(),
            job_title: cell(ContactField::JobTitle).to_string(),
            role,
            countries: split_list(cell(ContactField::Countries)),
            states: split_list(cell(ContactField::States)),
        };
        for (field, why) in validate::contact_problems(&contact) {
            if field == "role" && !role_text.is_empty() {
                continue; // already said above, with the value
            }
            let col = column_of_key(field).label();
            let message = match why.strip_prefix("required") {
                Some(rest) => format!("{col} is required{rest}"),
                None => format!("{col} {why}"),
            };
            errors.push(RowError { row, message });
        }
        for (col, text) in [
            (ContactField::Name, &contact.name),
            (ContactField::JobTitle, &contact.job_title),
        ] {
            if let Some(w) = validate::special_characters(text) {
                warnings.push(RowError {
                    row,
                    message: format!("{} {w}", col.label()),
                });
            }
        }
        if contact.name == EXAMPLE[0] && contact.email == EXAMPLE[1] {
            warnings.push(RowError {
                row,
                message: "this is the template's example row; delete it unless Ada is your contact"
                    .into(),
            });
        }
        contacts.push(contact);
    }
    progress(1.0);
    if !errors.is_empty() {
        return Err(errors);
    }
    if contacts.is_empty() {
        return Err(file_error(
            "the file has a header but no contacts; an import replaces all contacts, so it would delete them all".into(),
        ));
    }
    Ok(Imported { contacts, warnings })
}

/// The known trap: `NL, BE` written without quotes splits into cells, pushing `BE` into
/// States/Provinces (and further). Detects country codes where states or nothing belong.
fn detect_spill(cells: &[String], countries_at: Option<usize>, width: usize) -> Option<String> {
    let at = countries_at?;
    let after = cells.get(at + 1..)?;
    let spilled: Vec<&str> = after
        .iter()
        .map(|c| c.trim())
        .take_while(|c| looks_like_country(c))
        .collect();
    if spilled.is_empty() || (cells.len() <= width && at + 1 >= width) {
        return None;
    }
    let all: Vec<&str> = std::iter::once(cells[at].trim())
        .chain(spilled.iter().copied())
        .collect();
    Some(format!(
        "Countries/Regions {:?} was split into separate cells because it has commas but no quotes, so {:?} spilled into States/Provinces; put the list in double quotes: \"{}\"",
        all.join(", "),
        spilled.join(", "),
        all.join(", ")
    ))
}

/// What an import would change, shown before the user confirms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub before: usize,
    pub after: usize,
    pub newly_covered: Vec<String>,
    pub newly_uncovered: Vec<String>,
    pub still_uncovered: Vec<String>,
}

pub fn preview(markets: &[String], old: &[Contact], new: &[Contact]) -> Preview {
    let was: Vec<&str> = uncovered_markets(markets, old);
    let will: Vec<&str> = uncovered_markets(markets, new);
    let owned = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    Preview {
        before: old.len(),
        after: new.len(),
        newly_covered: owned(was.iter().copied().filter(|m| !will.contains(m)).collect()),
        newly_uncovered: owned(will.iter().copied().filter(|m| !was.contains(m)).collect()),
        still_uncovered: owned(will.iter().copied().filter(|m| was.contains(m)).collect()),
    }
}

impl std::fmt::Display for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "This import replaces all contacts: {} now → {} after.",
            self.before, self.after
        )?;
        let names = |v: &[String]| {
            v.iter()
                .map(|m| format!("{m} ({})", geo::country_name(m)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !self.newly_covered.is_empty() {
            writeln!(
                f,
                "Markets that become covered: {}",
                names(&self.newly_covered)
            )?;
        }
        if !self.newly_uncovered.is_empty() {
            writeln!(
                f,
                "Markets that lose their sales contact: {}",
                names(&self.newly_uncovered)
            )?;
        }
        if !self.still_uncovered.is_empty() {
            writeln!(
                f,
                "Markets still without a sales contact: {}",
                names(&self.still_uncovered)
            )?;
        }
        Ok(())
    }
}
