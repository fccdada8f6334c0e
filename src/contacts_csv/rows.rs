//! The import itself: every row read and checked, its errors reported in Partner Center's style,
//! and the cells that spilled into the wrong columns.

use super::read::{
    TextEncoding, column_of, column_of_key, decode, detect_delimiter, header_of,
    looks_like_country, split_list,
};
use super::{
    EXAMPLE, HEADER, ImportError, Imported, MAX_REPORTED_ERRORS, RowError, needs_guard, unguard,
};
use crate::fields::{ContactField, parse_role};
use crate::model::{Contact, MAX_CONTACTS, Role, geo};
use crate::{t, validate};

/// Imports a CSV file's bytes. Any invalid row makes the whole import fail (nothing is imported),
/// and every error of every row is reported at once (the first [`MAX_REPORTED_ERRORS`]).
pub fn import(bytes: &[u8]) -> Result<Imported, ImportError> {
    import_with_progress(bytes, &mut |_| {})
}

/// As [`import`], calling `progress` with the fraction of the file read (0.0–1.0) every 4096 rows.
pub fn import_with_progress(
    bytes: &[u8],
    progress: &mut dyn FnMut(f32),
) -> Result<Imported, ImportError> {
    let mut errors = Vec::new();
    let result = import_rows(bytes, progress, &mut errors);
    match result {
        Ok(imported) if errors.is_empty() => Ok(imported),
        _ => {
            let total = errors.len();
            errors.truncate(MAX_REPORTED_ERRORS);
            Err(ImportError::Invalid { errors, total })
        }
    }
}

/// Where a double quote opens and is never closed (the row, header = 1), if one does.
fn unclosed_quote(bytes: &[u8]) -> Option<usize> {
    let (mut row, mut quoted, mut opened_at) = (1, false, 0);
    for &b in bytes {
        match b {
            b'"' => {
                if !quoted {
                    opened_at = row;
                }
                quoted = !quoted;
            }
            b'\n' if !quoted => row += 1,
            _ => {}
        }
    }
    quoted.then_some(opened_at)
}

fn import_rows(
    bytes: &[u8],
    progress: &mut dyn FnMut(f32),
    errors: &mut Vec<RowError>,
) -> Result<Imported, ()> {
    fn file_error(errors: &mut Vec<RowError>, m: String) -> Result<Imported, ()> {
        errors.push(RowError { row: 0, message: m });
        Err(())
    }
    let (text, encoding) = match decode(bytes) {
        Ok(decoded) => decoded,
        Err(message) => return file_error(errors, message),
    };
    let bytes: &[u8] = &text;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return file_error(errors, t!("csv-empty", header = HEADER.join(",")));
    }
    if let Some(row) = unclosed_quote(bytes) {
        return file_error(errors, t!("csv-unclosed-quote", row = row));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(bytes))
        .flexible(true)
        .has_headers(false)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return file_error(errors, t!("csv-bad-header", why = e.to_string())),
        None => return file_error(errors, t!("csv-no-header")),
    };
    let mut columns: Vec<Option<ContactField>> = Vec::new();
    for cell in header.iter() {
        let text = String::from_utf8_lossy(cell);
        match column_of(&text) {
            Some(c) if columns.contains(&Some(c)) => errors.push(RowError {
                row: 1,
                message: t!("csv-column-twice", column = format!("{:?}", header_of(c))),
            }),
            Some(c) => columns.push(Some(c)),
            None if text.trim().is_empty() => columns.push(None),
            None => {
                errors.push(RowError {
                    row: 1,
                    message: t!(
                        "csv-unknown-column",
                        column = format!("{:?}", text.trim()),
                        columns = HEADER.join(", ")
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
                message: t!(
                    "csv-missing-column",
                    column = format!("{:?}", header_of(c)),
                    header = HEADER.join(",")
                ),
            });
        }
    }
    if !errors.is_empty() {
        return Err(());
    }
    let index = |c: ContactField| columns.iter().position(|x| *x == Some(c));
    let countries_at = index(ContactField::Countries);
    let mut contacts = Vec::new();
    let mut warnings = Vec::new();
    if matches!(
        encoding,
        TextEncoding::Windows1252 | TextEncoding::Utf16Le | TextEncoding::Utf16Be
    ) {
        warnings.push(RowError {
            row: 0,
            message: t!("csv-read-as", encoding = encoding.describe()),
        });
    }
    let total = bytes.len().max(1) as f32;
    for (i, rec) in records.enumerate() {
        let row = i + 2;
        if i % 4096 == 0 {
            progress(i as f32 / total);
        }
        if contacts.len() >= MAX_CONTACTS {
            errors.push(RowError {
                row,
                message: t!("csv-too-many", max = MAX_CONTACTS),
            });
            break;
        }
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors.push(RowError {
                    row,
                    message: t!("csv-row-unreadable", why = e.to_string()),
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
                Ok(s) => cells.push(unguard(s).to_string()),
                Err(_) => {
                    let col = columns
                        .get(k)
                        .copied()
                        .flatten()
                        .map(|c| header_of(c).to_string())
                        .unwrap_or_else(|| t!("csv-a-cell"));
                    errors.push(RowError {
                        row,
                        message: t!("csv-cell-not-utf8", column = col),
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
                message: t!(
                    "csv-cell-count",
                    cells = cells.len(),
                    columns = columns.len()
                ),
            });
            continue;
        }
        let cell = |c: ContactField| index(c).map(|k| cells[k].trim()).unwrap_or("");
        let role_text = cell(ContactField::Role);
        let role = parse_role(role_text).filter(|_| role_text.parse::<usize>().is_err());
        if role.is_none() && !role_text.is_empty() {
            errors.push(RowError {
                row,
                message: t!(
                    "csv-role-unknown",
                    value = format!("{role_text:?}"),
                    roles = Role::ALL
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
            let col = header_of(column_of_key(field));
            let required = t!("file-required");
            let message = match why.strip_prefix(required.as_str()) {
                Some(rest) => t!("csv-column-required", column = col, rest = rest),
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
                    message: format!("{} {w}", header_of(col)),
                });
            }
        }
        for (col, text) in [
            (ContactField::Name, &contact.name),
            (ContactField::Email, &contact.email),
            (ContactField::JobTitle, &contact.job_title),
        ] {
            if needs_guard(text) {
                warnings.push(RowError {
                    row,
                    message: t!(
                        "csv-formula",
                        column = header_of(col),
                        value = format!("{text:?}")
                    ),
                });
            }
        }
        for code in &contact.countries {
            if let Some(w) = geo::partner_center_warning(code) {
                warnings.push(RowError {
                    row,
                    message: format!("Countries/Regions: {w}"),
                });
            }
        }
        if contact.name == EXAMPLE[0] && contact.email == EXAMPLE[1] {
            warnings.push(RowError {
                row,
                message: t!("csv-example-row"),
            });
        }
        contacts.push(contact);
    }
    progress(1.0);
    if !errors.is_empty() {
        return Err(());
    }
    if contacts.is_empty() {
        return file_error(errors, t!("csv-no-contacts"));
    }
    Ok(Imported {
        contacts,
        warnings,
        encoding,
    })
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
    Some(t!(
        "csv-spill",
        value = format!("{:?}", all.join(", ")),
        spilled = format!("{:?}", spilled.join(", ")),
        list = all.join(", ")
    ))
}
