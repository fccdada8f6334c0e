//! Reading a CSV for import: the file (size and kind checked), its text encoding, its
//! delimiter, and the header's columns.

use std::path::Path;

use super::{HEADER, ImportError, MAX_CSV_BYTES};
use crate::fields::ContactField;
use crate::model::geo;
use crate::{t, validate};

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
pub(super) fn decode(bytes: &[u8]) -> Result<(std::borrow::Cow<'_, [u8]>, TextEncoding), String> {
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

pub(super) fn detect_delimiter(text: &[u8]) -> u8 {
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
pub(super) fn column_of(header: &str) -> Option<ContactField> {
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
pub(super) fn header_of(c: ContactField) -> &'static str {
    let i = ContactField::ALL.iter().position(|f| *f == c).unwrap_or(0);
    HEADER[i]
}

/// The column of a `validate::contact_problems` key.
pub(super) fn column_of_key(key: &str) -> ContactField {
    ContactField::from_key(key).unwrap_or(ContactField::States)
}

pub(super) fn split_list(cell: &str) -> Vec<String> {
    cell.split([',', ';'])
        .map(geo::normalise_code)
        .filter(|c| !c.is_empty())
        .collect()
}

pub(super) fn looks_like_country(cell: &str) -> bool {
    let c = geo::normalise_code(cell);
    !c.is_empty() && !c.contains('-') && geo::check_country(&c).is_ok()
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
