//! Reading the answers: one line at a time from a terminal, file or pipe, with the refusals
//! and the end of input that stop a run that cannot go on.

use std::io::{BufRead, Write};

use super::{Answer, End, english_yes_no, is_leave_word};
use crate::fields::parse_yes_no;
use crate::present::sanitize;
use crate::t;

/// The longest answer line read; longer lines are refused (a pasted file, a runaway generator).
const MAX_LINE_BYTES: usize = 64 * 1024;

/// How many times the same refused answer may come from a non-terminal input before the run
/// stops (`yes | cosell --plain` would otherwise re-ask forever).
const MAX_SAME_REFUSALS: u32 = 3;

pub(super) struct Io<'a> {
    pub(super) input: &'a mut dyn BufRead,
    pub(super) out: &'a mut dyn Write,
    /// A person types the answers: mistakes are asked again, never fatal.
    pub(super) interactive: bool,
    /// Lines read so far (for messages about a line).
    pub(super) line_no: usize,
    /// The last refused answer and how many times in a row it came.
    pub(super) refused: Option<(String, u32)>,
}

impl Io<'_> {
    pub(super) fn say(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    pub(super) fn read_line(&mut self, prompt: &str) -> Answer<String> {
        loop {
            let _ = write!(self.out, "{prompt} ");
            let _ = self.out.flush();
            let mut bytes = Vec::new();
            let reader: &mut dyn BufRead = &mut *self.input;
            let read = std::io::Read::take(reader, MAX_LINE_BYTES as u64 + 1)
                .read_until(b'\n', &mut bytes);
            match read {
                Ok(0) => {
                    let _ = writeln!(self.out);
                    return Err(End::Eof);
                }
                Err(e) => {
                    let why = t!(
                        "plain-input-failed",
                        line = self.line_no,
                        error = crate::fsio::io_message(&e)
                    );
                    let _ = writeln!(self.out, "\n✗ {why}.");
                    return Err(End::Abort(why));
                }
                Ok(_) => {}
            }
            self.line_no += 1;
            let line_no = self.line_no;
            if bytes.len() > MAX_LINE_BYTES && bytes.last() != Some(&b'\n') {
                self.skip_rest_of_line();
                let why = t!(
                    "plain-line-too-long",
                    line = line_no,
                    kb = MAX_LINE_BYTES / 1024
                );
                self.unusable_line(&why)?;
                continue;
            }
            while matches!(bytes.last(), Some(b'\n' | b'\r')) {
                bytes.pop();
            }
            match String::from_utf8(bytes) {
                Ok(line) => {
                    if self.refused.as_ref().is_some_and(|(last, _)| *last != line) {
                        self.refused = None;
                    }
                    return Ok(line);
                }
                Err(e) => {
                    let why = t!(
                        "plain-line-not-utf8",
                        line = line_no,
                        byte = e.utf8_error().valid_up_to() + 1
                    );
                    self.unusable_line(&why)?;
                }
            }
        }
    }

    /// A line that cannot be read as an answer: asked again at a terminal; on a pipe the run
    /// stops there, so nothing after it is taken for something it is not.
    fn unusable_line(&mut self, why: &str) -> Answer<()> {
        if self.interactive {
            self.say(&t!("plain-type-again", why = why));
            return Ok(());
        }
        self.say(&t!("plain-stopping-here", why = why));
        Err(End::Abort(why.to_string()))
    }

    fn skip_rest_of_line(&mut self) {
        loop {
            let (skip, done) = match self.input.fill_buf() {
                Ok([]) | Err(_) => return,
                Ok(buf) => match buf.iter().position(|b| *b == b'\n') {
                    Some(i) => (i + 1, true),
                    None => (buf.len(), false),
                },
            };
            self.input.consume(skip);
            if done {
                return;
            }
        }
    }

    /// Says why an answer was refused; the same answer refused again and again from a
    /// non-terminal input ends the run.
    pub(super) fn refuse(&mut self, answer: &str, message: &str) -> Answer<()> {
        self.say(&format!("✗ {message}"));
        let count = match &self.refused {
            Some((last, n)) if last == answer => n + 1,
            _ => 1,
        };
        self.refused = Some((answer.to_string(), count));
        if !self.interactive && count >= MAX_SAME_REFUSALS {
            let why = t!(
                "plain-refused-repeatedly",
                answer = format!("{:?}", sanitize(answer)),
                count = count,
                line = self.line_no
            );
            self.say(&format!("✗ {why}."));
            return Err(End::Abort(why));
        }
        Ok(())
    }

    /// Asks a yes/no question until it gets yes or no; `back`, `quit` and the like mean no.
    pub(super) fn yes_no(&mut self, prompt: &str) -> Answer<bool> {
        loop {
            let answer = self.read_line(&t!("plain-yes-no-question", prompt = prompt))?;
            if is_leave_word(&answer) {
                return Ok(false);
            }
            match parse_yes_no(&english_yes_no(&answer)) {
                Ok(Some(v)) => return Ok(v),
                _ => self.refuse(&answer, &t!("plain-answer-yes-no"))?,
            }
        }
    }
}
