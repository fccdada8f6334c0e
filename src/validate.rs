//! Field validators: pure functions over typed input, plus the one document check that touches the
//! file system (behind [`FileProbe`], so the rules stay testable).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::model::geo;
use crate::model::{Contact, MAX_OTHER_DOCUMENTS};

/// A size in words: `512 B`, `1.5 KB`, `2.3 MB`.
pub fn human_bytes(n: u64) -> String {
    let tenths = |unit: u64| {
        // Rounded to tenths the way `{:.1}` does, then in the reader's separators.
        let tenths = (n as f64 / unit as f64 * 10.0).round() as i64;
        crate::i18n::number(Decimal::new(tenths, 1), 1)
    };
    match n {
        0..1024 => crate::t!("file-size-bytes", size = n.to_string()),
        1024..1_048_576 => crate::t!("file-size-kb", size = tenths(1024)),
        _ => crate::t!("file-size-mb", size = tenths(1_048_576)),
    }
}

pub fn check_email(s: &str) -> Result<(), String> {
    if is_plain_address(s) {
        return Ok(());
    }
    if s.trim().is_empty() {
        return Err(crate::t!("file-required"));
    }
    let value = format!("{s:?}");
    if s.trim().len() != s.len() {
        return Err(crate::t!("file-email-blanks", value = &value));
    }
    let Some((_, domain)) = s.split_once('@') else {
        return Err(crate::t!("file-email-no-at", value = &value));
    };
    // RFC 5322 allows dotless domains; a sales contact's mail domain never is one.
    if !domain.contains('.') || domain.ends_with('.') {
        return Err(crate::t!("file-email-no-dot", value = &value));
    }
    email_address::EmailAddress::from_str(s)
        .map(|_| ())
        .map_err(|e| crate::t!("file-email-invalid", value = &value, reason = e.to_string()))
}

/// The common shape of a work address (`first.last+tag@sub.contoso.com`), checked without the
/// full RFC 5322 parser, which costs ~10× more and dominates evaluating 100,000 contacts.
/// Anything else goes to `email_address`.
fn is_plain_address(s: &str) -> bool {
    let bytes = s.as_bytes();
    let Some(at) = bytes.iter().position(|b| *b == b'@') else {
        return false;
    };
    let (local, domain) = (&bytes[..at], &bytes[at + 1..]);
    if !(1..=64).contains(&local.len()) || !(1..=253).contains(&domain.len()) {
        return false;
    }
    let mut prev = b'.';
    for &b in local {
        let ok = b.is_ascii_alphanumeric()
            || matches!(b, b'_' | b'%' | b'+' | b'-')
            || (b == b'.' && prev != b'.');
        if !ok {
            return false;
        }
        prev = b;
    }
    if prev == b'.' {
        return false;
    }
    // Labels of letters, digits and inner hyphens, 1–63 long, at least two of them.
    let (mut label_len, mut labels, mut prev) = (0usize, 1, b'.');
    for &b in domain {
        match b {
            b'.' if label_len > 0 && prev != b'-' => {
                labels += 1;
                label_len = 0;
            }
            b'-' if label_len > 0 => label_len += 1,
            b if b.is_ascii_alphanumeric() => label_len += 1,
            _ => return false,
        }
        if label_len > 63 {
            return false;
        }
        prev = b;
    }
    label_len > 0 && prev != b'-' && labels >= 2
}

pub fn check_mpn_id(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err(crate::t!("file-required"));
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(crate::t!("file-mpn-digits", value = format!("{s:?}")));
    }
    Ok(())
}

pub fn check_url(s: &str) -> Result<(), String> {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        None => Err(crate::t!("file-url-scheme", value = format!("{s:?}"))),
        Some(r) if r.is_empty() || r.starts_with('/') => {
            Err(crate::t!("file-url-no-host", value = format!("{s:?}")))
        }
        Some(r) if r.chars().any(|c| c.is_whitespace() || c.is_control()) => {
            Err(crate::t!("file-url-blanks", value = format!("{s:?}")))
        }
        Some(_) => Ok(()),
    }
}

/// Parses money as stored (`"120000.00"`): exact, at most 2 decimals, not negative.
pub fn parse_money(s: &str) -> Result<Decimal, String> {
    let not_amount = || crate::t!("file-money-stored-not-amount", value = format!("{s:?}"));
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(not_amount());
    }
    let d = Decimal::from_str(s).map_err(|_| not_amount())?;
    check_amount(d, s)
}

fn check_amount(d: Decimal, original: &str) -> Result<Decimal, String> {
    if d.is_sign_negative() && !d.is_zero() {
        return Err(crate::t!(
            "file-money-negative",
            value = format!("{original:?}")
        ));
    }
    if d.normalize().scale() > 2 {
        return Err(crate::t!(
            "file-money-decimals",
            value = format!("{original:?}")
        ));
    }
    Ok(d.round_dp(2).abs())
}

/// Parses money as a person types it, in the reader's format: `$120,000.50`, `120 000`,
/// `USD 5000`, `45.000,50`; in Dutch and French also `96.500,00`, `96 500,00`, `45,5`.
///
/// A thousands separator is never read as a decimal point. With a single `.` or `,` followed by
/// exactly three digits, the reader's thousands separator is read as one (`120,000` in English,
/// `120.000` in Dutch and French), and the reader's decimal separator could mean either, so
/// `45.000` (English) or `45,000` (Dutch, French) is refused with both readings. When both `.`
/// and `,` appear, the last one is the decimal separator (`45.000,50` is 45000.50).
pub fn parse_money_input(s: &str) -> Result<Decimal, String> {
    let value = format!("{s:?}");
    let decimal_sep = crate::i18n::decimal_separator();
    let group_sep = if decimal_sep == ',' { '.' } else { ',' };
    let t = s.trim();
    let upper = t.to_ascii_uppercase();
    let t = if upper.starts_with("USD") {
        &t[3..]
    } else if upper.ends_with("USD") {
        &t[..t.len() - 3]
    } else {
        t
    };
    let t = t
        .trim()
        .trim_start_matches("US$")
        .trim_start_matches('$')
        .trim();
    if t.is_empty() {
        return Err(crate::t!("file-money-empty"));
    }
    let negative = t.starts_with('-');
    let body: String = t
        .trim_start_matches('-')
        .chars()
        .map(|c| match c {
            '\u{a0}' | '\u{202f}' | '_' | '\'' => ' ',
            c => c,
        })
        .collect();
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
        || !body.chars().any(|c| c.is_ascii_digit())
    {
        return Err(crate::t!("file-money-not-digits", value = &value));
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let digits_after = |sep: char| {
        body.rsplit(sep)
            .next()
            .map_or(0, |tail| tail.chars().filter(char::is_ascii_digit).count())
    };
    // Which character separates the decimals, if any.
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, _) if dots > 0 && commas > 0 => {
            let last = body.rfind(['.', ',']).map(|i| body.as_bytes()[i] as char);
            let sep = last.unwrap_or('.');
            if body.matches(sep).count() > 1 {
                return Err(crate::t!("file-money-mixed", value = &value));
            }
            Some(sep)
        }
        (1, 0) | (0, 1) => {
            let sep = if dots == 1 { '.' } else { ',' };
            let (int, _) = body.split_once(sep).unwrap_or((&body, ""));
            let int_digits = int.chars().filter(char::is_ascii_digit).count();
            match digits_after(sep) {
                3 if sep == group_sep => None,
                3 if int_digits <= 3 && !int.contains(' ') && int_digits > 0 => {
                    let whole: String = body.chars().filter(char::is_ascii_digit).collect();
                    let whole = whole.trim_start_matches('0');
                    let whole = if whole.is_empty() { "0" } else { whole };
                    let as_decimal = Decimal::from_str(&body.replace(' ', "").replace(',', "."))
                        .unwrap_or_default();
                    return Err(crate::t!(
                        "file-money-ambiguous",
                        value = &value,
                        thousands = display_money(Decimal::from_str(whole).unwrap_or_default()),
                        decimal = display_money(as_decimal),
                        whole = whole,
                        decimal_typed =
                            format_money(as_decimal).replace('.', &decimal_sep.to_string())
                    ));
                }
                _ => Some(sep),
            }
        }
        _ => None,
    };
    let (int, frac) = match decimal {
        Some(sep) => body.rsplit_once(sep).unwrap_or((&body, "")),
        None => (body.as_str(), ""),
    };
    if frac.contains(['.', ',', ' ']) {
        return Err(crate::t!("file-money-not-amount", value = &value));
    }
    let groups: Vec<&str> = int
        .split(['.', ',', ' '])
        .filter(|g| !g.is_empty())
        .collect();
    let grouped = groups.len() > 1;
    let well_grouped =
        !grouped || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    if !well_grouped {
        return Err(crate::t!("file-money-groups", value = &value));
    }
    let mut canonical: String = groups.concat();
    if canonical.is_empty() {
        canonical.push('0');
    }
    if !frac.is_empty() {
        canonical.push('.');
        canonical.push_str(frac);
    }
    if negative {
        canonical.insert(0, '-');
    }
    let d = Decimal::from_str(&canonical)
        .map_err(|_| crate::t!("file-money-not-amount", value = &value))?;
    check_amount(d, s)
}

/// The stored form of an amount: exactly two decimals.
pub fn format_money(d: Decimal) -> String {
    format!("{:.2}", d.round_dp(2))
}

/// An amount for display, the reader's way: `USD 120,000.50`, `USD 120.000,50`,
/// `120 000,50 USD`.
pub fn display_money(d: Decimal) -> String {
    crate::i18n::money(d)
}

/// The infrastructure share as stored: a number from 0 to 100 with at most two decimals, read
/// exactly (the file's digits, not a float).
pub fn parse_percent(n: &serde_json::Number) -> Result<Decimal, String> {
    let text = n.to_string();
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (text.as_str(), None),
    };
    let decimals = |m: &str| {
        m.split_once('.')
            .map_or(0, |(_, f)| f.trim_end_matches('0').len())
    };
    if exponent.is_none() && decimals(mantissa) > 2 {
        return Err(crate::t!("file-percent-decimals", value = &text));
    }
    let d = Decimal::from_str(&text)
        .or_else(|_| Decimal::from_scientific(&text))
        .map_err(|_| crate::t!("file-percent-not-percent", value = &text))?;
    if d.normalize().scale() > 2 {
        return Err(crate::t!("file-percent-decimals", value = &text));
    }
    if d < Decimal::ZERO || d > Decimal::ONE_HUNDRED {
        return Err(crate::t!("file-percent-range", value = &text));
    }
    Ok(d)
}

/// The share as typed: `80`, `80%`, `50.5`, `50,5`. At most two decimals.
pub fn parse_percent_input(s: &str) -> Result<serde_json::Number, String> {
    let t = s.trim().trim_end_matches('%').trim();
    let t = if t.matches(',').count() == 1 && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_string()
    };
    let value = format!("{s:?}");
    let d = Decimal::from_str(&t)
        .map_err(|_| crate::t!("file-percent-typed-not-number", value = &value))?;
    if d.normalize().scale() > 2 {
        return Err(crate::t!("file-percent-typed-decimals", value = &value));
    }
    if d < Decimal::ZERO || d > Decimal::ONE_HUNDRED {
        return Err(crate::t!("file-percent-range", value = &value));
    }
    serde_json::Number::from_str(&d.normalize().to_string())
        .map_err(|_| crate::t!("file-percent-not-number", value = &value))
}

/// Characters Partner Center refuses in names and job titles (2023 docs): a warning only.
pub fn special_characters(s: &str) -> Option<String> {
    let bad: String = s
        .chars()
        .filter(|c| !(c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '\'' | ',' | '&')))
        .collect();
    (!bad.is_empty()).then(|| crate::t!("file-special-characters", characters = bad))
}

/// Every invalid value of one contact row, as (column, reason).
pub fn contact_problems(c: &Contact) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if c.name.trim().is_empty() {
        out.push(("name", crate::t!("file-required")));
    }
    if let Err(e) = check_email(&c.email) {
        out.push(("email", e));
    }
    if c.job_title.trim().is_empty() {
        out.push(("job_title", crate::t!("file-required")));
    }
    if c.role.is_none() {
        out.push(("role", crate::t!("file-role-required")));
    }
    if c.countries.is_empty() {
        out.push(("countries", crate::t!("file-countries-required")));
    }
    for code in &c.countries {
        if let Err(e) = geo::check_country(code) {
            // The same "did you mean" as the Markets field (UK -> GB).
            let why = match geo::did_you_mean(code) {
                Some(s) => crate::t!(
                    "file-country-did-you-mean",
                    value = format!("{code:?}"),
                    code = s,
                    country = geo::common_name(s)
                ),
                None => e.to_string(),
            };
            out.push(("countries", why));
        }
    }
    let global = c.countries.iter().any(|c| c == geo::GLOBAL);
    for code in &c.states {
        match geo::check_state(code) {
            Err(e) => out.push(("states", e.to_string())),
            Ok(country) if !global && !c.countries.iter().any(|c| c == country) => out.push((
                "states",
                crate::t!(
                    "file-state-other-country",
                    value = format!("{code:?}"),
                    country = country
                ),
            )),
            Ok(_) => {}
        }
    }
    out
}

/// What a document file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFacts {
    pub bytes: u64,
    pub media_type: &'static str,
}

/// The document check: the only I/O the rules do, injectable for tests.
pub trait FileProbe {
    fn probe(&self, path: &str) -> Result<FileFacts, String>;
}

/// Accepted extensions with their media type and a content test (magic bytes).
const ACCEPTED: &[(&str, &str, Magic)] = &[
    ("pdf", "application/pdf", Magic::Prefix(b"%PDF-")),
    ("png", "image/png", Magic::Prefix(b"\x89PNG\r\n\x1a\n")),
    ("jpg", "image/jpeg", Magic::Prefix(b"\xff\xd8\xff")),
    ("jpeg", "image/jpeg", Magic::Prefix(b"\xff\xd8\xff")),
    ("mp4", "video/mp4", Magic::Mp4),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Magic::Zip,
    ),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        Magic::Zip,
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Magic::Zip,
    ),
    ("doc", "application/msword", Magic::Ole),
    ("ppt", "application/vnd.ms-powerpoint", Magic::Ole),
    ("xls", "application/vnd.ms-excel", Magic::Ole),
];

#[derive(Debug, Clone, Copy)]
enum Magic {
    Prefix(&'static [u8]),
    Zip,
    Ole,
    Mp4,
}

impl Magic {
    fn matches(self, head: &[u8]) -> bool {
        match self {
            Magic::Prefix(p) => head.starts_with(p),
            Magic::Zip => head.starts_with(b"PK\x03\x04"),
            Magic::Ole => head.starts_with(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
            Magic::Mp4 => head.len() >= 12 && &head[4..8] == b"ftyp",
        }
    }
}

/// The most cosell reads of one document (to fingerprint it or copy it into a kit): Partner
/// Center's uploads are far smaller, and a larger file is named as such at once instead of
/// being hashed for minutes.
pub const MAX_DOCUMENT_BYTES: u64 = 2 * 1024 * 1024 * 1024;

// i18n-exempt: file extensions
pub const ACCEPTED_EXTENSIONS: &str = ".pdf .ppt .pptx .doc .docx .xls .xlsx .jpg .png .mp4";

/// The media type for a path's extension, if it is an accepted one.
pub fn media_type_for(path: &str) -> Option<&'static str> {
    let ext = extension(path)?;
    ACCEPTED
        .iter()
        .find(|(e, _, _)| *e == ext)
        .map(|(_, m, _)| *m)
}

fn extension(path: &str) -> Option<String> {
    Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// Checks the extension alone (no I/O): accepted, or refused with a hint.
pub fn check_extension(path: &str) -> Result<&'static str, String> {
    let Some(ext) = extension(path) else {
        return Err(crate::t!(
            "file-no-extension",
            value = format!("{path:?}"),
            accepted = ACCEPTED_EXTENSIONS
        ));
    };
    if ext == "vsdx" || ext == "vsd" {
        return Err(crate::t!("file-visio"));
    }
    media_type_for(path).ok_or_else(|| {
        crate::t!(
            "file-extension-refused",
            ext = &ext,
            accepted = ACCEPTED_EXTENSIONS
        )
    })
}

pub use crate::fsio::file_kind;

/// The real file system. Relative paths are resolved against `base` (the draft file's folder),
/// else against the current folder.
#[derive(Debug, Default, Clone)]
pub struct DiskProbe {
    pub base: Option<PathBuf>,
}

impl DiskProbe {
    pub fn relative_to(base: impl Into<PathBuf>) -> DiskProbe {
        DiskProbe {
            base: Some(base.into()),
        }
    }

    /// Where a stored path points.
    pub fn resolve(&self, path: &str) -> PathBuf {
        resolve_document(self.base.as_deref(), path)
    }
}

/// A stored document path, resolved against the draft's folder when it is relative.
pub fn resolve_document(base: Option<&Path>, path: &str) -> PathBuf {
    let p = Path::new(path);
    match base {
        Some(b) if p.is_relative() => b.join(p),
        _ => p.to_path_buf(),
    }
}

impl FileProbe for DiskProbe {
    fn probe(&self, path: &str) -> Result<FileFacts, String> {
        if path.trim().is_empty() {
            return Err(crate::t!("file-none-chosen"));
        }
        let media_type = check_extension(path)?;
        let real = self.resolve(path);
        // Metadata first: a FIFO, socket or device is refused without being opened (opening a
        // FIFO waits for a writer forever).
        let meta = std::fs::metadata(&real).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => crate::t!("file-does-not-exist", path = path),
            std::io::ErrorKind::PermissionDenied => {
                crate::t!("file-permission-denied", path = path)
            }
            _ => crate::t!("file-cannot-read", path = path, reason = e.to_string()),
        })?;
        if meta.is_dir() {
            return Err(crate::t!("file-is-directory", path = path));
        }
        if !meta.is_file() {
            return Err(crate::t!(
                "file-not-regular-attach",
                path = path,
                kind = file_kind(&meta)
            ));
        }
        if meta.len() == 0 {
            return Err(crate::t!("file-empty", path = path));
        }
        let mut head = [0u8; 64];
        let n = crate::fsio::open_regular(&real, true)
            .and_then(|(mut f, _)| read_up_to(&mut f, &mut head))
            .map_err(|e| crate::t!("file-cannot-read", path = path, reason = e.to_string()))?;
        check_content(path, &head[..n])?;
        Ok(FileFacts {
            bytes: meta.len(),
            media_type,
        })
    }
}

/// Whether a file's first bytes (64 are enough) are what its extension says.
pub fn check_content(path: &str, head: &[u8]) -> Result<(), String> {
    let ext = extension(path).unwrap_or_default();
    let magic = ACCEPTED
        .iter()
        .find(|(e, _, _)| *e == ext)
        .map(|(_, _, m)| *m)
        .ok_or_else(|| crate::t!("file-extension-not-accepted", ext = &ext))?;
    if magic.matches(head) {
        return Ok(());
    }
    let actual = infer::get(head)
        .map(|t| {
            crate::t!(
                "file-looks-like",
                media_type = t.mime_type(),
                ext = t.extension()
            )
        })
        .unwrap_or_else(|| crate::t!("file-content-unknown"));
    Err(crate::t!(
        "file-wrong-content",
        path = path,
        ext = &ext,
        actual = actual
    ))
}

/// Reads until `buf` is full or the file ends.
pub fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

pub fn check_other_count(n: usize) -> Result<(), String> {
    if n > MAX_OTHER_DOCUMENTS {
        return Err(crate::t!(
            "file-too-many-others",
            count = n,
            max = MAX_OTHER_DOCUMENTS
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        let cases: &[(&str, bool)] = &[
            ("ada@contoso.example", true),
            ("a.b+c@sub.contoso.com", true),
            ("ada@", false),
            ("ada", false),
            ("@contoso.com", false),
            ("ada@contoso", false),
            ("ada@@contoso.com", false),
            ("a..b@contoso.com", false),
            (".a@contoso.com", false),
            ("a@-contoso.com", false),
            ("a@contoso..com", false),
            ("\"quoted local\"@contoso.com", true),
            ("ada@xn--bcher-kva.example", true),
            (" ada@contoso.com", false),
            ("", false),
        ];
        for (e, ok) in cases {
            assert_eq!(check_email(e).is_ok(), *ok, "{e:?}");
            // The fast path never accepts what the full parser refuses.
            if is_plain_address(e) {
                assert!(email_address::EmailAddress::from_str(e).is_ok(), "{e:?}");
            }
        }
    }

    #[test]
    fn money_stored() {
        let ok: &[(&str, &str)] = &[
            ("120000.00", "120000.00"),
            ("0", "0.00"),
            ("99999.99", "99999.99"),
            ("1.5", "1.50"),
        ];
        for (s, want) in ok {
            assert_eq!(format_money(parse_money(s).unwrap()), *want, "{s}");
        }
        for bad in ["-5", "-0.01", "abc", "", "1.005", "$5", "1e5"] {
            assert!(parse_money(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn money_typed() {
        let ok: &[(&str, &str)] = &[
            ("$120,000.50", "120000.50"),
            ("120 000", "120000.00"),
            ("USD 5000", "5000.00"),
            ("  7 ", "7.00"),
            ("100000", "100000.00"),
        ];
        for (s, want) in ok {
            assert_eq!(format_money(parse_money_input(s).unwrap()), *want, "{s}");
        }
        for bad in [
            "-5",
            "abc",
            "",
            "12.345",
            "1,2,a",
            "1,2345",
            "12,34,567",
            "1.234.5,6.7",
        ] {
            assert!(parse_money_input(bad).is_err(), "{bad}");
        }
        assert_eq!(display_money(Decimal::new(12000050, 2)), "USD 120,000.50");
        assert_eq!(display_money(Decimal::new(100, 0)), "USD 100.00");
    }

    #[test]
    fn percent() {
        let n = |s: &str| serde_json::Number::from_str(s).unwrap();
        assert!(parse_percent(&n("0")).is_ok());
        assert!(parse_percent(&n("100")).is_ok());
        assert!(parse_percent(&n("50.01")).is_ok());
        assert!(parse_percent(&n("-1")).is_err());
        assert!(parse_percent(&n("100.5")).is_err());
        assert_eq!(parse_percent_input("80%").unwrap().to_string(), "80");
        assert_eq!(parse_percent_input("50.50").unwrap().to_string(), "50.5");
        assert!(parse_percent_input("abc").is_err());
        assert!(parse_percent_input("101").is_err());
        assert!(parse_percent_input("50.001").is_err(), "at most 2 decimals");
        assert_eq!(parse_percent_input("50,5").unwrap().to_string(), "50.5");
        // Read exactly: no float rounds this to 50.
        let e = parse_percent(&n("50.0000000000000000001")).unwrap_err();
        assert!(e.contains("more than 2 decimals"), "{e}");
        assert!(
            parse_percent(&n("50.010")).is_ok(),
            "trailing zeros are not decimals"
        );
        assert!(parse_percent(&n("5e1")).is_ok());
    }

    #[test]
    fn a_thousands_separator_is_never_read_as_decimals() {
        let read = |s: &str| parse_money_input(s).map(format_money);
        for (typed, want) in [
            ("45,000", "45000.00"),
            ("45.000,50", "45000.50"),
            ("1.234.567", "1234567.00"),
            ("1.234.567,8", "1234567.80"),
            ("1 234 567,89", "1234567.89"),
            ("45,50", "45.50"),
            ("45.5", "45.50"),
            ("1234.56", "1234.56"),
            ("120,000.50", "120000.50"),
            ("1'000", "1000.00"),
            ("USD 1,000", "1000.00"),
            ("1000 usd", "1000.00"),
            (".5", "0.50"),
        ] {
            assert_eq!(read(typed).as_deref(), Ok(want), "{typed}");
        }
        let e = read("45.000").unwrap_err();
        assert!(
            e.contains("USD 45,000.00") && e.contains("USD 45.00"),
            "{e}"
        );
        assert!(
            read("1234.567")
                .unwrap_err()
                .contains("more than 2 decimals")
        );
        assert!(
            read("1,234.567")
                .unwrap_err()
                .contains("more than 2 decimals")
        );
        assert!(read("12,34,567").unwrap_err().contains("groups of three"));
    }

    fn lang(code: &str) -> crate::i18n::Lang {
        crate::i18n::Lang::from_locale(code).unwrap()
    }

    /// Typed amounts in each language: what is read, and where a single separator followed by
    /// three digits is the reader's decimal separator, the question with both readings.
    #[test]
    fn money_typed_in_each_language() {
        let ok: &[(&str, &str, &str)] = &[
            // English: `,` groups thousands, `.` separates decimals.
            ("en", "120,000", "120000.00"),
            ("en", "$120,000.50", "120000.50"),
            ("en", "USD 96,500.00", "96500.00"),
            ("en", "45.5", "45.50"),
            ("en", "45,50", "45.50"),
            ("en", "1,234,567", "1234567.00"),
            ("en", "96 500", "96500.00"),
            // Dutch: `.` groups thousands, `,` separates decimals.
            ("nl", "96.500,00", "96500.00"),
            ("nl", "USD 96.500,00", "96500.00"),
            ("nl", "120.000", "120000.00"),
            ("nl", "1.234.567", "1234567.00"),
            ("nl", "45,5", "45.50"),
            ("nl", "45,50", "45.50"),
            ("nl", "96 500,00", "96500.00"),
            ("nl", "120000", "120000.00"),
            ("nl", "45.5", "45.50"),
            ("nl", "120,000.50", "120000.50"),
            ("nl", ",5", "0.50"),
            // French: spaces (or `.`) group thousands, `,` separates decimals.
            ("fr", "96 500,00", "96500.00"),
            ("fr", "96\u{202f}500,00\u{a0}USD", "96500.00"),
            ("fr", "96\u{a0}500", "96500.00"),
            ("fr", "45,5", "45.50"),
            ("fr", "120.000", "120000.00"),
            ("fr", "1 234 567,89", "1234567.89"),
        ];
        for (code, typed, want) in ok {
            let got = crate::i18n::with(lang(code), || parse_money_input(typed).map(format_money));
            assert_eq!(got.as_deref(), Ok(*want), "{code}: {typed:?}");
        }
        // The reader's decimal separator with three digits after it: both readings, the
        // reader's way.
        let ambiguous: &[(&str, &str, &[&str])] = &[
            (
                "en",
                "45.000",
                &["USD 45,000.00", "USD 45.00", "45000", "45.00"],
            ),
            ("en", "1.500", &["USD 1,500.00", "USD 1.50", "1500", "1.50"]),
            (
                "nl",
                "45,000",
                &["USD 45.000,00", "USD 45,00", "45000", "45,00"],
            ),
            ("nl", "1,500", &["USD 1.500,00", "USD 1,50", "1500", "1,50"]),
            (
                "fr",
                "45,000",
                &[
                    "45\u{a0}000,00\u{a0}USD",
                    "45,00\u{a0}USD",
                    "45000",
                    "45,00",
                ],
            ),
        ];
        for (code, typed, want) in ambiguous {
            let e = crate::i18n::with(lang(code), || parse_money_input(typed)).unwrap_err();
            for w in *want {
                assert!(e.contains(w), "{code}: {typed:?}: {e} lacks {w:?}");
            }
        }
        // Not ambiguous: a space before the group, or more than three digits in front.
        for (code, typed, err) in [
            ("nl", "1 234,567", "meer dan 2 decimalen"),
            ("nl", "1234,567", "meer dan 2 decimalen"),
            ("fr", "1234,567", "plus de 2 décimales"),
            ("en", "1234.567", "more than 2 decimals"),
            ("nl", "12.34.567", "om de drie cijfers"),
            ("fr", "", "saisissez un montant"),
            ("nl", "abc", "geen bedrag"),
        ] {
            let e = crate::i18n::with(lang(code), || parse_money_input(typed)).unwrap_err();
            assert!(e.contains(err), "{code}: {typed:?}: {e}");
        }
        // What is shown reads back in the same language.
        for code in ["en", "nl", "fr"] {
            for cents in [0i64, 5, 4550, 100_000, 9_650_000, 12_345_678_901] {
                let d = Decimal::new(cents, 2);
                let back = crate::i18n::with(lang(code), || parse_money_input(&display_money(d)));
                assert_eq!(back, Ok(d.round_dp(2)), "{code}: {cents}");
            }
        }
    }

    #[test]
    fn sizes_in_each_language() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.5 KB");
        assert_eq!(human_bytes(2_411_725), "2.3 MB");
        assert_eq!(
            crate::i18n::with(lang("nl"), || human_bytes(1536)),
            "1,5 kB"
        );
        assert_eq!(
            crate::i18n::with(lang("fr"), || human_bytes(2_411_725)),
            "2,3 Mo"
        );
    }

    #[test]
    fn urls_and_mpn() {
        assert!(check_url("https://contoso.example/x").is_ok());
        assert!(check_url("http://contoso.example").is_ok());
        assert!(check_url("ftp://contoso.example").is_err());
        assert!(check_url("https://").is_err());
        assert!(check_url("contoso.example").is_err());
        assert!(check_mpn_id("4567890").is_ok());
        assert!(check_mpn_id("45a").is_err());
        assert!(check_mpn_id("").is_err());
    }

    #[test]
    fn extensions() {
        assert!(check_extension("a.PDF").is_ok());
        assert!(
            check_extension("a.vsdx")
                .unwrap_err()
                .contains("PDF or PNG")
        );
        assert!(check_extension("a.txt").is_err());
        assert!(check_extension("noext").is_err());
    }
}
