//! Plain mode: the wizard as line prompts, for screen readers, TERM=dumb and scripts
//! (`cosell --plain < answers.txt`). Same steps, field table, checks and help texts as the TUI,
//! over the same `DraftSession`; no escape sequences, no box drawing.
//!
//! The fields of every step form one walk. `back` goes to the previous field that can be
//! answered (fields that do not apply, and slots under an empty one, are skipped both ways),
//! `step N` jumps to a step, `fields` lists the step's fields and `edit N` (or the number after
//! `fields`) edits one; a draft reopens at the field of its first unmet requirement.

mod choose;
mod contacts;
mod input;
mod report;
mod walk;

use std::io::{BufRead, Write};

use anyhow::{Result, anyhow};

use crate::fields::{FIELDS, FieldId, FieldKind, Need, Step};
use crate::model::Submission;
use crate::present::sanitize;
use crate::session::DraftSession;
use crate::store::DraftStore;
use crate::t;
use choose::{Chooser, choose_draft};
use input::Io;
use report::{resume_place, status_in_words};

/// The commands every prompt takes, in words.
fn commands() -> String {
    t!("plain-commands")
}

/// Where the walk is: a field, the contacts list, or the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Field(FieldId),
    Contacts,
    Review,
}

impl Place {
    fn step(self) -> Step {
        match self {
            Place::Field(f) => f.step(),
            Place::Contacts => Step::Contacts,
            Place::Review => Step::Review,
        }
    }
}

/// Where to go after a prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Go {
    Next,
    /// Enter on an empty optional document: past the remaining optional documents.
    SkipDocuments,
    Back,
    To(Place),
    Quit,
}

/// What the user asked for instead of a value.
enum Reply {
    Value(String),
    Keep,
    Clear,
    Go(Go),
}

/// Why the input stopped.
enum End {
    /// End of input: save and leave cleanly.
    Eof,
    /// Input that cannot go on (invalid UTF-8 on a pipe, the same refused answer again and
    /// again): save what was valid, say why, and exit 2.
    Abort(String),
}

type Answer<T> = std::result::Result<T, End>;

struct Plain<'a> {
    io: Io<'a>,
    session: DraftSession,
    /// Where the walk is (for `fields`).
    place: Place,
}

/// Whether a field is asked on the walk: it applies, and it is not a slot under an empty one
/// (no sales plays for an empty area, no second other document before the first).
fn answerable(sub: &Submission, field: FieldId) -> bool {
    if !matches!(field.need(sub), Need::Required | Need::Optional) {
        return false;
    }
    let areas = sub.listing.solution_areas.len();
    match field {
        FieldId::Area(i) => usize::from(i) <= areas,
        FieldId::SubAreas(i) => usize::from(i) < areas,
        FieldId::Other(i) => usize::from(i) <= sub.documents.other.len(),
        _ => true,
    }
}

/// Every place of the walk in order, answerable or not (fields of other editions left out).
fn places(sub: &Submission) -> Vec<Place> {
    let mut out: Vec<Place> = FIELDS
        .iter()
        .filter(|f| f.id.need(sub) != Need::Absent)
        .map(|f| match f.kind {
            FieldKind::Contacts => Place::Contacts,
            _ => Place::Field(f.id),
        })
        .collect();
    out.push(Place::Review);
    out
}

fn is_open(sub: &Submission, place: Place) -> bool {
    match place {
        Place::Field(f) => answerable(sub, f),
        Place::Contacts | Place::Review => true,
    }
}

/// An optional document slot (the case study … the other documents).
fn is_optional_document(sub: &Submission, field: FieldId) -> bool {
    matches!(field, FieldId::Doc(_) | FieldId::Other(_)) && field.need(sub) == Need::Optional
}

/// Words that leave a question without answering it (the English ones in every language, and
/// the reader's: `terug`, `retour`).
fn is_leave_word(v: &str) -> bool {
    let v = v.trim().to_lowercase();
    matches!(command_word(&v), "back" | "quit" | "q" | "exit" | "cancel")
        || in_words("plain-leave-words", &v)
}

/// Skip words at the export and kit prompts: commands, never file names (the English ones in
/// every language, and the reader's: `overslaan`, `passer`).
fn is_skip_word(v: &str) -> bool {
    let v = v.trim().to_lowercase();
    matches!(
        v.as_str(),
        "skip" | "next" | "n" | "no" | "none" | "cancel" | "done" | "finish"
    ) || in_words("plain-skip-words", &v)
}

/// `label: value`, with the reader's spacing before the colon (French puts one).
fn label_value(label: &str, value: &str) -> String {
    t!("plain-label-value", label = label, value = value)
}

/// Whether `word` is one of the space-separated words of message `key`.
fn in_words(key: &str, word: &str) -> bool {
    crate::i18n::tr(key, &[])
        .split_whitespace()
        .any(|w| w.to_lowercase() == word)
}

/// A command word typed in the reader's language as the English word the prompts act on
/// (`terug` → `back`, `étape` → `step`); English words, and anything else, stay as typed.
fn command_word(word: &str) -> &str {
    const COMMANDS: [&str; 11] = [
        "back", "quit", "help", "status", "save", "fields", "step", "edit", "keep", "reload",
        "compare",
    ];
    COMMANDS
        .into_iter()
        .find(|c| in_words(&format!("plain-word-{c}"), word))
        .unwrap_or(word)
}

/// A yes or no typed in the reader's language (`ja`, `non`) as `yes` or `no`; anything else as
/// typed.
fn english_yes_no(answer: &str) -> String {
    let a = answer.trim().to_lowercase();
    if in_words("plain-yes-words", &a) {
        "yes".into()
    } else if in_words("plain-no-words", &a) {
        "no".into()
    } else {
        answer.to_string()
    }
}

/// Picks or creates the draft, then runs the steps from where it was left. Reads the answers as
/// from a file or pipe (see [`run_on`]).
pub fn run(
    store: &DraftStore,
    draft: Option<&str>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<()> {
    run_on(store, draft, input, out, false)
}

/// Picks or creates the draft, then runs the steps. `interactive` is whether a person types the
/// answers (a terminal): then unreadable lines and refused answers are asked again; from a file
/// or pipe they end the run. Ends with `Err` (exit 2) when the last save failed or the input
/// could not go on, after saving what was valid.
pub fn run_on(
    store: &DraftStore,
    draft: Option<&str>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    interactive: bool,
) -> Result<()> {
    writeln!(out, "{}", t!("plain-welcome", commands = commands()))?;
    let mut io = Io {
        input,
        out,
        interactive,
        line_no: 0,
        refused: None,
    };
    let chosen = match draft {
        Some(d) => Ok(Some((DraftSession::open(store, d)?, false))),
        None => choose_draft(store, &mut io),
    };
    let (session, created) = match chosen {
        Ok(Some(s)) => s,
        Ok(None) => {
            io.say(&t!("plain-nothing-created"));
            return Ok(());
        }
        Err(Chooser::End(End::Eof)) => {
            io.say(&t!("plain-eof-nothing-created"));
            return Ok(());
        }
        Err(Chooser::End(End::Abort(why))) => {
            io.say(&t!("plain-nothing-created"));
            return Err(anyhow!("{}", t!("plain-stopped-because", why = why)));
        }
        Err(Chooser::Failed(e)) => return Err(e),
    };
    if session.was_export() {
        io.say(&t!("plain-file-is-export"));
    }
    let start = if created {
        // The name was just asked: start at the field after it.
        let sub = session.sub();
        places(sub)
            .into_iter()
            .skip_while(|p| *p != Place::Field(FieldId::OfferName))
            .skip(1)
            .find(|p| is_open(sub, *p))
            .unwrap_or(Place::Review)
    } else {
        let place = resume_place(session.sub(), session.report());
        let summary = status_in_words(session.sub(), session.report());
        if let Some(first) = summary.lines().next() {
            io.say(first);
        }
        place
    };
    let mut p = Plain {
        io,
        session,
        place: start,
    };
    let (finished, stopped) = match p.walk(start) {
        Ok(()) => ("plain-draft-saved", None),
        Err(End::Eof) => ("plain-eof-draft-saved", None),
        Err(End::Abort(why)) => ("plain-stopped-saved", Some(why)),
    };
    let status = p.session.report().status_label();
    let path = sanitize(&p.session.path().display().to_string()).into_owned();
    let name = sanitize(p.session.name()).into_owned();
    let Plain {
        mut io, session, ..
    } = p;
    match session.close() {
        Ok(()) => {
            io.say(&t!(
                "plain-finished",
                finished = crate::i18n::tr(finished, &[]),
                path = path,
                status = status,
                name = name
            ));
            match stopped {
                Some(why) => Err(anyhow!("{}", t!("plain-stopped-because", why = why))),
                None => Ok(()),
            }
        }
        Err(e) => {
            io.say(&t!("plain-not-saved", error = sanitize(&e)));
            Err(anyhow!(
                "{}",
                t!(
                    "plain-last-changes-not-saved",
                    path = path,
                    error = e.to_string()
                )
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Edition;

    #[test]
    fn empty_slots_stop_asking_for_what_is_under_them() {
        let mut sub = Submission::new("Slots", Edition::E2021_02);
        let asked = |sub: &Submission, f| answerable(sub, f);
        assert!(asked(&sub, FieldId::Area(0)));
        assert!(
            !asked(&sub, FieldId::SubAreas(0)),
            "no sub-areas of no area"
        );
        assert!(
            !asked(&sub, FieldId::Area(1)),
            "no second area before a first"
        );
        assert!(asked(&sub, FieldId::Other(0)));
        assert!(!asked(&sub, FieldId::Other(1)));
        FieldId::Area(0).set(&mut sub, "Azure").unwrap();
        assert!(asked(&sub, FieldId::SubAreas(0)));
        assert!(asked(&sub, FieldId::Area(1)));
        assert!(!asked(&sub, FieldId::SubAreas(1)));
        assert!(!asked(&sub, FieldId::Area(3)), "2021-02 has 3 areas");
        // Fields that do not apply are not stops of the walk.
        sub.offer.offer_type = Some(crate::model::OfferType::Saas);
        assert!(!asked(&sub, FieldId::IsvConnect));
    }

    #[test]
    fn skip_words_are_not_file_names() {
        for w in ["skip", "Next", "no", "N", " done "] {
            assert!(is_skip_word(w), "{w}");
        }
        for w in ["out.json", "kit", "nextkit"] {
            assert!(!is_skip_word(w), "{w}");
        }
    }

    #[test]
    fn at_a_terminal_unreadable_lines_and_refusals_are_asked_again() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());
        let input: &[u8] = b"2021-02\nTyped\n\xc3\x28\n1\nmaybe\nmaybe\nmaybe\nmaybe\nyes\n";
        let mut out = Vec::new();
        run_on(&store, None, &mut &input[..], &mut out, true).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(
                "line 3 of the input is not valid UTF-8 (byte 1 of the line); type the answer again"
            ),
            "{text}"
        );
        let saved = crate::store::load(&store.path_of("typed")).unwrap();
        assert_eq!(saved.offer.offer_type, Some(crate::model::OfferType::Saas));
        assert_eq!(saved.offer.live, Some(true), "four refusals, then yes");
    }

    /// Gives its bytes, then fails as a broken terminal or disk would.
    struct Failing(std::io::Cursor<Vec<u8>>);

    impl std::io::Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            match self.0.read(buf)? {
                0 => Err(std::io::Error::other("input/output error")),
                n => Ok(n),
            }
        }
    }

    #[test]
    fn an_input_that_fails_is_said_and_ends_with_an_error_not_as_end_of_input() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());
        let bytes = b"2021-02\nBroken\n1\n".to_vec();
        let mut input = std::io::BufReader::new(Failing(std::io::Cursor::new(bytes)));
        let mut out = Vec::new();
        let result = run_on(&store, None, &mut input, &mut out, false);
        let text = String::from_utf8(out).unwrap();
        assert!(result.is_err(), "{text}");
        assert!(
            text.contains("the input could not be read after line 3"),
            "{text}"
        );
        let saved = crate::store::load(&store.path_of("broken")).unwrap();
        assert_eq!(saved.offer.offer_type, Some(crate::model::OfferType::Saas));
    }
}
