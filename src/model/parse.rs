//! Reading a submission from text or a reader, with its errors located by line and column and
//! named by field.

use super::Submission;

/// Why a file could not be read as a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The JSON path of the offending value, e.g. `offer.offer_type`; `(top level)` for syntax errors.
    pub field: String,
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!(
            "model-parse-error",
            field = self.field.as_str(),
            message = self.message.as_str(),
            line = self.line,
            column = self.column
        ))
    }
}

impl std::error::Error for ParseError {}

/// Parses a submission, naming the field and the position of the first problem.
pub fn parse_submission(text: &str) -> Result<Submission, ParseError> {
    // Editors on Windows may save a byte-order mark; JSON has no use for it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = serde_path_to_error::deserialize(&mut de);
    finish(parsed, de.end()).map_err(|(e, _)| e)
}

/// Why a stream could not be read as a submission.
#[derive(Debug)]
pub enum ReadError {
    /// Reading failed (permissions, not UTF-8, a disk error).
    Io(std::io::Error),
    Parse(ParseError),
}

/// Parses a submission from a reader, without holding the whole text in memory.
pub fn parse_submission_from(reader: impl std::io::Read) -> Result<Submission, ReadError> {
    let mut reader = std::io::BufReader::new(reader);
    skip_bom(&mut reader).map_err(ReadError::Io)?;
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = serde_path_to_error::deserialize(&mut de);
    finish(parsed, de.end()).map_err(|(e, io)| match io {
        Some(io) => ReadError::Io(io),
        None => ReadError::Parse(e),
    })
}

/// Skips a UTF-8 byte-order mark at the start of a buffered reader.
fn skip_bom(r: &mut impl std::io::BufRead) -> std::io::Result<()> {
    let head = r.fill_buf()?;
    // i18n-exempt: the bytes of a byte-order mark, not words
    if head.starts_with(b"\xef\xbb\xbf") {
        r.consume(3);
    }
    Ok(())
}

type Finished = Result<Submission, (ParseError, Option<std::io::Error>)>;

/// Turns serde's result into ours; an I/O error is passed along for the caller to name.
fn finish(
    parsed: Result<Submission, serde_path_to_error::Error<serde_json::Error>>,
    end: Result<(), serde_json::Error>,
) -> Finished {
    let sub = parsed.map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let error = ParseError {
            field: if path == "." || path.is_empty() {
                crate::t!("model-top-level")
            } else {
                path
            },
            message: clean_serde_message(&inner.to_string()),
            line: inner.line(),
            column: inner.column(),
        };
        (error, inner.io_error_kind().map(std::io::Error::from))
    })?;
    end.map_err(|e| {
        let error = ParseError {
            field: crate::t!("model-top-level"),
            message: crate::t!("model-text-after-json"),
            line: e.line(),
            column: e.column(),
        };
        (error, None)
    })?;
    Ok(sub)
}

/// serde_json appends " at line X column Y"; we report the position separately.
fn clean_serde_message(msg: &str) -> String {
    // i18n-exempt: serde_json's own words, found to cut them off
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
