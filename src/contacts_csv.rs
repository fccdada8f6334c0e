//! Partner Center's contacts CSV: template, import (with the spreadsheet quirks of spec §6) and
//! export. Errors are reported per row in Partner Center's style, the header counting as row 1.

use std::path::Path;

use crate::coverage::uncovered_markets;
use crate::fields::{ContactField, parse_role};
use crate::model::geo;
use crate::model::{Contact, MAX_CONTACTS, Role};
use crate::t;
use crate::validate;

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

/// Reads a CSV file for import: a regular file (a FIFO or `/dev/zero` is refused from its
/// metadata, never opened), at most [`MAX_CSV_BYTES`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, ImportError> {
    use std::io::Read;
    let fail = |message: String| ImportError::Unreadable {
        path: path.display().to_string(),
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => fail(t!("csv-no-such-file")),
        _ => fail(crate::fsio::io_message(&e)),
    })?;
    if !meta.is_file() {
        return Err(fail(t!(
            "csv-not-a-file",
            kind = validate::file_kind(&meta)
        )));
    }
    if meta.len() > MAX_CSV_BYTES {
        return Err(fail(t!(
            "csv-too-big",
            size = meta.len() / 1_048_576,
            max = MAX_CSV_BYTES / 1_048_576
        )));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    crate::fsio::open_regular(path, true)
        .and_then(|(f, _)| f.take(MAX_CSV_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(crate::fsio::io_message(&e)))?;
    if bytes.len() as u64 > MAX_CSV_BYTES {
        return Err(fail(t!(
            "csv-grew-too-big",
            max = MAX_CSV_BYTES / 1_048_576
        )));
    }
    Ok(bytes)
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

/// The encodings spreadsheets save CSVs in, which an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    /// Excel's "CSV UTF-8".
    Utf8Bom,
    /// Excel's "Unicode text" (tab-separated), little-endian as Windows writes it.
    Utf16Le,
    Utf16Be,
    /// Excel's plain "CSV" on Western-European Windows.
    Windows1252,
}

impl TextEncoding {
    /// The encoding in words, for the notice an import shows.
    pub fn describe(self) -> String {
        t!(match self {
            TextEncoding::Utf8 => "csv-encoding-utf8",
            TextEncoding::Utf8Bom => "csv-encoding-utf8-bom",
            TextEncoding::Utf16Le | TextEncoding::Utf16Be => "csv-encoding-utf16",
            TextEncoding::Windows1252 => "csv-encoding-1252",
        })
    }
}

/// Bytes Windows-1252 leaves undefined, and C0 controls no text has: a file holding them is not
/// Windows-1252 text.
fn is_foreign_to_1252(b: u8) -> bool {
    matches!(b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d)
        || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
}

/// The row (header = 1) a byte offset is on, for messages.
fn row_at(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The file's text as UTF-8: UTF-8 with or without a byte-order mark, UTF-16 with one, else
/// Windows-1252. A file that is none of these gets one message for the whole file.
fn decode(bytes: &[u8]) -> Result<(std::borrow::Cow<'_, [u8]>, TextEncoding), String> {
    use std::borrow::Cow;
    let save_as = t!("csv-save-as");
    let save_as = save_as.as_str();
    for (bom, big_endian, which) in [
        // i18n-exempt: bytes
        (&b"\xff\xfe"[..], false, TextEncoding::Utf16Le),
        // i18n-exempt: bytes
        (&b"\xfe\xff"[..], true, TextEncoding::Utf16Be),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return match utf16(rest, big_endian) {
                Some(text) => Ok((Cow::Owned(text.into_bytes()), which)),
                None => Err(t!("csv-bad-utf16", save_as = save_as)),
            };
        }
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(t!("csv-workbook", save_as = save_as));
    }
    // i18n-exempt: bytes
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return match std::str::from_utf8(rest) {
            Ok(_) => Ok((Cow::Borrowed(rest), TextEncoding::Utf8Bom)),
            Err(e) => Err(t!(
                "csv-bad-utf8",
                row = row_at(rest, e.valid_up_to()),
                save_as = save_as
            )),
        };
    }
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(t!(
            "csv-zero-byte",
            row = row_at(bytes, at),
            save_as = save_as
        ));
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok((Cow::Borrowed(bytes), TextEncoding::Utf8));
    }
    if let Some(at) = bytes.iter().position(|b| is_foreign_to_1252(*b)) {
        return Err(t!(
            "csv-not-text",
            byte = format!("0x{:02X}", bytes[at]),
            row = row_at(bytes, at),
            save_as = save_as
        ));
    }
    let text: String = bytes.iter().map(|b| windows_1252(*b)).collect();
    Ok((Cow::Owned(text.into_bytes()), TextEncoding::Windows1252))
}

/// UTF-16 text (after its byte-order mark), or None when it is not valid UTF-16. Decoded with
/// the standard library: a general decoder (encoding_rs) brings every encoding's tables into
/// the binary, about 200 KB, for the two this needs.
fn utf16(bytes: &[u8], big_endian: bool) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

/// A Windows-1252 byte as a character: Latin-1, except 0x80–0x9F, where Windows puts the euro
/// sign, typographic quotes and dashes (the five bytes it leaves undefined are refused before).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
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

fn detect_delimiter(text: &[u8]) -> u8 {
    let first_line = text.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let (mut commas, mut semis, mut tabs, mut quoted) = (0, 0, 0, false);
    for b in first_line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semis += 1,
            b'\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    match (commas, semis, tabs) {
        (c, s, t) if t > c && t > s => b'\t',
        (c, s, _) if s > c => b';',
        _ => b',',
    }
}

/// Reads a header cell, accepting the usual spellings of Partner Center's column names.
/// Any case, spacing and punctuation: `Email address`, `E-mail`, `Countries and regions`,
/// `COUNTRIES / REGIONS`, `Job_Title`, and a trailing `(optional)` or `*`.
fn column_of(header: &str) -> Option<ContactField> {
    let h = header.trim();
    let h = match h.find('(') {
        Some(i) if i > 0 && h.ends_with(')') => &h[..i],
        _ => h,
    };
    let key: String = h
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let key = key.replace("and", "").replace("or", "");
    Some(match key.as_str() {
        "name" | "fullname" | "contactname" => ContactField::Name,
        "email" | "emailaddress" | "mail" | "contactemail" => ContactField::Email,
        "jobtitle" | "title" | "job" => ContactField::JobTitle,
        "role" | "contactrole" => ContactField::Role,
        "countriesregions" | "countryregion" | "countries" | "country" | "countriesregion"
        | "countryregions" => ContactField::Countries,
        "statesprovinces" | "stateprovince" | "states" | "state" | "provinces" | "province"
        | "statesprovince" | "stateprovinces" => ContactField::States,
        _ => return None,
    })
}

/// The column's name in Partner Center's header: messages about the CSV name the column the
/// file has (English in every language), not the wizard's translated label.
fn header_of(c: ContactField) -> &'static str {
    let i = ContactField::ALL.iter().position(|f| *f == c).unwrap_or(0);
    HEADER[i]
}

/// The column of a `validate::contact_problems` key.
fn column_of_key(key: &str) -> ContactField {
    ContactField::from_key(key).unwrap_or(ContactField::States)
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

/// What an import would change, shown before the user confirms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub before: usize,
    pub after: usize,
    /// Contacts (`Name <email>`) the import adds, changes and drops, matched by email address.
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub dropped: Vec<String>,
    pub newly_covered: Vec<String>,
    pub newly_uncovered: Vec<String>,
    pub still_uncovered: Vec<String>,
}

fn who(c: &Contact) -> String {
    match (c.name.trim(), c.email.trim()) {
        ("", e) => e.to_string(),
        (n, "") => n.to_string(),
        (n, e) => format!("{n} <{e}>"),
    }
}

pub fn preview(markets: &[String], old: &[Contact], new: &[Contact]) -> Preview {
    use std::collections::HashMap;
    let was: Vec<&str> = uncovered_markets(markets, old);
    let will: Vec<&str> = uncovered_markets(markets, new);
    let owned = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    let key = |c: &Contact| {
        if c.email.trim().is_empty() {
            c.name.trim().to_lowercase()
        } else {
            c.email.trim().to_lowercase()
        }
    };
    let old_by_key: HashMap<String, &Contact> = old.iter().map(|c| (key(c), c)).collect();
    let new_keys: std::collections::HashSet<String> = new.iter().map(key).collect();
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for c in new {
        match old_by_key.get(&key(c)) {
            None => added.push(who(c)),
            Some(o) if *o != c => changed.push(who(c)),
            Some(_) => {}
        }
    }
    let dropped = old
        .iter()
        .filter(|c| !new_keys.contains(&key(c)))
        .map(who)
        .collect();
    Preview {
        before: old.len(),
        after: new.len(),
        added,
        changed,
        dropped,
        newly_covered: owned(was.iter().copied().filter(|m| !will.contains(m)).collect()),
        newly_uncovered: owned(will.iter().copied().filter(|m| !was.contains(m)).collect()),
        still_uncovered: owned(will.iter().copied().filter(|m| was.contains(m)).collect()),
    }
}

/// At most this many names per list in a preview; the rest are counted.
const PREVIEW_NAMES: usize = 8;

impl std::fmt::Display for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{}",
            t!(
                "csv-preview-replaces",
                before = self.before,
                after = self.after
            )
        )?;
        let people = |v: &[String]| {
            let mut s = v
                .iter()
                .take(PREVIEW_NAMES)
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            if v.len() > PREVIEW_NAMES {
                s.push(' ');
                s.push_str(&t!("csv-preview-more", count = v.len() - PREVIEW_NAMES));
            }
            s
        };
        for (what, list) in [
            ("csv-preview-added", &self.added),
            ("csv-preview-changed", &self.changed),
            ("csv-preview-dropped", &self.dropped),
        ] {
            if !list.is_empty() {
                writeln!(f, "{}", t!(what, count = list.len(), names = people(list)))?;
            }
        }
        let names = |v: &[String]| {
            v.iter()
                .map(|m| format!("{m} ({})", geo::country_name(m)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !self.newly_covered.is_empty() {
            writeln!(
                f,
                "{}",
                t!("csv-preview-covered", markets = names(&self.newly_covered))
            )?;
        }
        if !self.newly_uncovered.is_empty() {
            writeln!(
                f,
                "{}",
                t!(
                    "csv-preview-uncovered",
                    markets = names(&self.newly_uncovered)
                )
            )?;
        }
        if !self.still_uncovered.is_empty() {
            writeln!(
                f,
                "{}",
                t!("csv-preview-still", markets = names(&self.still_uncovered))
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_decodes_every_byte_as_encoding_rs_does() {
        for b in 0..=255u8 {
            let byte = [b];
            let (want, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            assert_eq!(windows_1252(b).to_string(), want, "byte 0x{b:02X}");
        }
    }

    #[test]
    fn utf16_decodes_as_encoding_rs_does_and_refuses_what_is_broken() {
        let texts = ["Zoë Müller, Ελένη, 中文, 😀", "", "a\r\nb\tc"];
        for text in texts {
            for (big, enc) in [
                (false, encoding_rs::UTF_16LE),
                (true, encoding_rs::UTF_16BE),
            ] {
                let bytes: Vec<u8> = text
                    .encode_utf16()
                    .flat_map(|u| {
                        if big {
                            u.to_be_bytes()
                        } else {
                            u.to_le_bytes()
                        }
                    })
                    .collect();
                let want = enc
                    .decode_without_bom_handling_and_without_replacement(&bytes)
                    .map(|t| t.into_owned());
                assert_eq!(utf16(&bytes, big), want, "{text:?}");
            }
        }
        // A lone surrogate and an odd length are not UTF-16 text.
        assert_eq!(utf16(&[0x00, 0xd8, 0x41, 0x00], false), None);
        assert_eq!(utf16(&[0x41, 0x00, 0x42], false), None);
    }
}
