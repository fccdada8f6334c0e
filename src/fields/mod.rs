//! The wizard's fields, one row per field in one static table (`rows`): where the value lives
//! (its JSON path, written once through a lens), its step, its label and help in each edition,
//! how typed text is filtered, read and shown, and the check of its stored value. The TUI, plain
//! mode and the rules all read this table, so a new row reaches all three without other edits,
//! and the live check while typing is the rules' own check. The contact form's columns are
//! described here too.

mod input;
mod rows;

use crate::i18n::{self, Arg};
use crate::model::{Contact, Edition, MAX_OTHER_DOCUMENTS, Submission, fixed_words};
use crate::validate::{self, FileProbe};

pub use crate::editions::Need;
pub use crate::field_ids::MAX_AREAS;
pub use crate::field_ids::{ContactField, FieldId};
pub use crate::status::{Problem, Warning};
pub use crate::steps::Step;
pub use input::{MAX_OFFER_NAME_CHARS, check_offer_name, parse_role, parse_yes_no, typed_path};
pub use rows::listing_limits;

use FieldId as F;

/// How a field is edited and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// One of a fixed list (ids and labels).
    Choice,
    YesNo,
    /// Several values, comma-separated; the catalogue suggests, anything is accepted.
    MultiChoice,
    /// Country codes, comma-separated.
    Countries,
    Path,
    Url,
    Money,
    Percent,
    /// The contacts table (its own screen and forms).
    Contacts,
}

/// Where a field's value lives and how it reads and stores as text; the lens macros of `rows`
/// make one from the value's Rust path, which gives the JSON path too.
struct Value<R: 'static = Submission> {
    kind: FieldKind,
    /// The JSON path in the submission file; `[]` stands for the row's index in lists.
    path: &'static str,
    /// The value as editable text; empty when not answered.
    get: fn(&R) -> String,
    /// Stores typed text. `Err` means it cannot be stored at all (the edit stays open); values
    /// that can be stored but are invalid are kept and reported by `check`.
    set: fn(&mut R, &str) -> Result<(), String>,
    /// The invalid values of the stored field.
    check: fn(&R, &dyn FileProbe) -> Vec<Invalid>,
    /// The choices of a Choice or MultiChoice field: (value to store, label to show).
    choices: fn(&R) -> Vec<(String, String)>,
    /// Characters the field can hold at all (others are refused as they are typed), and the
    /// catalogue key that says it in words.
    filter: (fn(char) -> bool, &'static str),
}

// Fn pointers and texts: copied whatever the record is (a derive would ask `R: Copy`).
impl<R> Clone for Value<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for Value<R> {}

impl<R> Value<R> {
    /// A value of a kind with nothing to check, no choices and any character; the lens macros
    /// give `path`, `get` and `set`.
    const fn new(kind: FieldKind) -> Value<R> {
        Value {
            kind,
            path: "",
            get: |_| String::new(),
            set: |_, _| Err(crate::t!("field-cannot-be-typed")),
            check: |_, _| Vec::new(),
            choices: |_| Vec::new(),
            filter: (input::any_char, "field-allowed-any"),
        }
    }
}

/// What a field's check finds wrong with the stored value: where, and why in words a user can
/// act on. The field turns it into a [`Problem`] with the JSON path.
struct Invalid {
    at: At,
    reason: String,
}

/// Where an invalid value is, relative to the field's own path.
#[derive(Clone, Copy)]
enum At {
    /// The field's value.
    Value,
    /// An item of the list the field holds or is a row of (`markets[3]`).
    Item(usize),
    /// The whole list the field is a row of (`documents.other`).
    List,
}

impl Invalid {
    fn value(reason: impl Into<String>) -> Invalid {
        Invalid {
            at: At::Value,
            reason: reason.into(),
        }
    }

    /// A validator's verdict on an answered value; nothing when it is not answered or valid.
    fn from_result<T>(verdict: Option<Result<T, String>>) -> Vec<Invalid> {
        match verdict {
            Some(Err(e)) => vec![Invalid::value(e)],
            _ => Vec::new(),
        }
    }
}

/// One row of the field table.
#[derive(Clone, Copy)]
pub struct FieldDef {
    pub id: FieldId,
    pub step: Step,
    pub kind: FieldKind,
    /// The JSON path of the value in the submission file.
    pub path: &'static str,
    /// The catalogue key of the label (its `.help` attribute is the help), where no edition's
    /// table gives its own words; `$n` is the row's number in a list (areas, other documents).
    key: &'static str,
    value: Value,
    need: fn(&Submission) -> Need,
}

impl FieldDef {
    /// A required row; the builders below change what differs.
    const fn new(id: FieldId, step: Step, key: &'static str, value: Value) -> FieldDef {
        FieldDef {
            id,
            step,
            kind: value.kind,
            path: value.path,
            key,
            value,
            need: |_| Need::Required,
        }
    }

    const fn need(mut self, need: fn(&Submission) -> Need) -> FieldDef {
        self.need = need;
        self
    }

    const fn optional(self) -> FieldDef {
        self.need(|_| Need::Optional)
    }

    const fn filter(mut self, filter: fn(char) -> bool, allowed: &'static str) -> FieldDef {
        self.value.filter = (filter, allowed);
        self
    }

    const fn kind(mut self, kind: FieldKind) -> FieldDef {
        self.kind = kind;
        self.value.kind = kind;
        self
    }

    /// The label in an edition, in the reader's language: its table's, else the field table's.
    pub fn label(&self, edition: Edition) -> &'static str {
        match crate::editions::rules_of(edition).field_words(self.id).0 {
            Some(words) => edition_words(words),
            None => self.words(""),
        }
    }

    /// The help in an edition, in the reader's language: its table's, else the field table's.
    pub fn help(&self, edition: Edition) -> &'static str {
        match crate::editions::rules_of(edition).field_words(self.id).1 {
            Some(words) => edition_words(words),
            None => self.words(".help"),
        }
    }

    /// The field table's own label (`attribute` empty) or help (`.help`).
    fn words(&self, attribute: &str) -> &'static str {
        let n = match self.id {
            F::Area(i) | F::SubAreas(i) | F::Other(i) => usize::from(i) + 1,
            _ => 0,
        };
        fixed_words(&format!("{}{attribute}", self.key), &[("n", Arg::from(n))])
    }
}

/// An edition table's words for a field: a catalogue key where the table gives one, else its
/// text as it is.
fn edition_words(words: &'static str) -> &'static str {
    if i18n::has(words) {
        fixed_words(words, &[])
    } else {
        words
    }
}

/// One column of a contact row, from the same lenses as the fields (its path is its key).
struct ContactDef {
    id: ContactField,
    /// The catalogue key of the label; its `.help` attribute is the help.
    key: &'static str,
    value: Value<Contact>,
}

/// How many rows the table has.
const ROWS: usize = rows::OFFER.len()
    + rows::TEST_ROWS.len()
    + rows::CERTIFIED.len()
    + rows::LISTING.len()
    + rows::AREAS.len()
    + rows::DOCUMENTS.len()
    + rows::OTHERS.len()
    + rows::REST.len();

/// Every field, in the order the wizard asks them.
pub static FIELDS: [FieldDef; ROWS] = {
    let parts: [&[FieldDef]; 8] = [
        &rows::OFFER,
        &rows::TEST_ROWS,
        &rows::CERTIFIED,
        &rows::LISTING,
        &rows::AREAS,
        &rows::DOCUMENTS,
        &rows::OTHERS,
        &rows::REST,
    ];
    let mut out = [rows::OFFER[0]; ROWS];
    let (mut n, mut p) = (0, 0);
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            out[n] = parts[p][i];
            n += 1;
            i += 1;
        }
        p += 1;
    }
    out
};

/// The fields of one step that the edition asks, in order.
pub fn fields_of(step: Step, sub: &Submission) -> impl Iterator<Item = &'static FieldDef> + '_ {
    FIELDS
        .iter()
        .filter(move |f| f.step == step && f.id.need(sub) != Need::Absent)
}

/// What differs between two versions of a draft, as field labels (contacts as counts): what a
/// user loses by taking the other version.
pub fn differences(mine: &Submission, theirs: &Submission, edition: Edition) -> Vec<String> {
    let mut out: Vec<String> = FIELDS
        .iter()
        .filter(|f| f.id != FieldId::Contacts && f.id.get(mine) != f.id.get(theirs))
        .map(|f| {
            let show = |v: String| match v.chars().count() {
                0 => crate::t!("field-differs-empty"),
                n if n > 40 => format!("{:?}…", v.chars().take(40).collect::<String>()),
                _ => format!("{v:?}"),
            };
            crate::t!(
                "field-differs",
                label = f.id.label(edition).trim(),
                here = show(f.id.get(mine)),
                there = show(f.id.get(theirs))
            )
        })
        .collect();
    if mine.contacts != theirs.contacts {
        out.push(crate::t!(
            "field-differs-contacts",
            here = mine.contacts.len(),
            there = theirs.contacts.len()
        ));
    }
    if mine.rules != theirs.rules {
        out.push(crate::t!(
            "field-differs-edition",
            here = mine.rules.as_str(),
            there = theirs.rules.as_str()
        ));
    }
    out
}

impl FieldId {
    /// The field's row. Every id has exactly one (`tests::every_field_id_has_one_row`); an index
    /// beyond the rows (a hand-edited file with more areas or documents than Partner Center
    /// takes) has the last row of its kind, so its label and step are still its own kind's.
    pub fn def(self) -> &'static FieldDef {
        let last = |i: u8, rows: usize| i.min(u8::try_from(rows - 1).unwrap_or(u8::MAX));
        let key = match self {
            F::Area(i) => F::Area(last(i, MAX_AREAS)),
            F::SubAreas(i) => F::SubAreas(last(i, MAX_AREAS)),
            F::Other(i) => F::Other(last(i, MAX_OTHER_DOCUMENTS)),
            other => other,
        };
        match FIELDS.iter().find(|f| f.id == key) {
            Some(row) => row,
            None => unreachable!("{key:?} has no row in the field table"),
        }
    }

    pub fn label(self, edition: Edition) -> &'static str {
        self.def().label(edition)
    }

    pub fn kind(self) -> FieldKind {
        self.def().kind
    }

    pub fn step(self) -> Step {
        self.def().step
    }

    /// The JSON path of the value (`revenue.azure_infrastructure_percent`), for the command line;
    /// `[]` stands for the row's index in lists.
    pub fn path(self) -> String {
        let index = match self {
            F::Area(i) | F::SubAreas(i) | F::Other(i) => Some(i),
            _ => None,
        };
        let p = self.def().path;
        match index {
            Some(i) => p.replace("[]", &format!("[{i}]")),
            None => p.to_string(),
        }
    }

    pub fn accepts_char(self, c: char) -> bool {
        (self.def().value.filter.0)(c)
    }

    /// The characters the field takes, in words.
    pub fn allowed_chars(self) -> &'static str {
        fixed_words(self.def().value.filter.1, &[])
    }

    /// Why typed or pasted characters were left out: `digits only: NW- removed`.
    pub fn removed_chars(self, removed: &str) -> String {
        crate::t!(
            "field-chars-removed",
            allowed = self.allowed_chars(),
            removed = removed
        )
    }

    pub fn get(self, sub: &Submission) -> String {
        (self.def().value.get)(sub)
    }

    pub fn set(self, sub: &mut Submission, input: &str) -> Result<(), String> {
        (self.def().value.set)(sub, input)
    }

    /// Whether the draft's edition asks the field: the field table's own need, within what the
    /// edition's rows that read it say (absent where none does, not needed where none applies).
    pub fn need(self, sub: &Submission) -> Need {
        let own = (self.def().need)(sub);
        if own == Need::Absent {
            return own;
        }
        match crate::editions::field_need(sub, self) {
            None | Some(Need::Required) => own,
            Some(Need::Optional) if own == Need::Required => Need::Optional,
            Some(Need::Optional) => own,
            Some(other) => other,
        }
    }

    /// The choices of a Choice or MultiChoice field: (value to store, label to show).
    pub fn choices(self, sub: &Submission) -> Vec<(String, String)> {
        (self.def().value.choices)(sub)
    }

    /// The invalid values of this field as stored: what blocks Next and the export.
    pub fn check(self, sub: &Submission, probe: &dyn FileProbe) -> Vec<Problem> {
        (self.def().value.check)(sub, probe)
            .into_iter()
            .map(|invalid| Problem {
                field: self,
                at: self.located(invalid.at),
                contact: None,
                reason: invalid.reason,
            })
            .collect()
    }

    /// The JSON path of what a check found: the value, an item of the list (`markets[3]`,
    /// `documents.other[6]`) or the list itself (`documents.other`).
    fn located(self, at: At) -> String {
        let p = self.def().path;
        match at {
            At::Value => self.path(),
            At::Item(k) if p.contains("[]") => p.replacen("[]", &format!("[{k}]"), 1),
            At::Item(k) => format!("{p}[{k}]"),
            At::List => p.replace("[]", ""),
        }
    }

    /// Checks typed text without storing it: `Err` when it cannot be stored, or when the rules
    /// would find the stored value invalid (the same check, so the two always agree).
    pub fn check_input(
        self,
        sub: &Submission,
        input: &str,
        probe: &dyn FileProbe,
    ) -> Result<(), String> {
        let mut trial = sub.clone();
        self.set(&mut trial, input)?;
        let problems: Vec<String> = self
            .check(&trial, probe)
            .into_iter()
            .map(|p| p.reason)
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("; "))
        }
    }

    /// The value for display, in the reader's language: labels instead of ids, yes and no in
    /// words, money and shares in the reader's format.
    pub fn display(self, sub: &Submission) -> String {
        let raw = self.get(sub);
        if raw.is_empty() {
            return raw;
        }
        match self.kind() {
            FieldKind::Choice => self
                .choices(sub)
                .into_iter()
                .find(|(v, _)| *v == raw)
                .map(|(_, l)| l)
                .unwrap_or(raw),
            FieldKind::YesNo => match parse_yes_no(&raw) {
                Ok(Some(true)) => crate::t!("field-yes"),
                Ok(Some(false)) => crate::t!("field-no"),
                _ => raw,
            },
            FieldKind::Money => validate::parse_money(&raw)
                .map(validate::display_money)
                .unwrap_or(raw),
            FieldKind::Percent => raw
                .parse::<rust_decimal::Decimal>()
                .map(i18n::percent)
                .unwrap_or_else(|_| format!("{raw}%")),
            _ => raw,
        }
    }
}

impl Problem {
    /// The problem as the wizard says it: the field's label instead of the JSON path.
    pub fn in_words(&self, edition: Edition) -> String {
        match self.contact {
            Some((row, col)) => crate::t!(
                "field-problem-contact",
                row = row + 1,
                column = col.label(),
                reason = self.reason.as_str()
            ),
            None => crate::t!(
                "field-problem",
                label = self.field.label(edition),
                reason = self.reason.as_str()
            ),
        }
    }
}

impl ContactField {
    /// The column's row: the table lists the columns in the order of the enum (a test checks).
    fn def(self) -> &'static ContactDef {
        let row = &rows::CONTACT_COLUMNS[self as usize];
        debug_assert_eq!(row.id, self);
        row
    }

    /// The column's name in the reader's language (the CSV header stays Partner Center's:
    /// `contacts_csv::HEADER`).
    pub fn label(self) -> &'static str {
        fixed_words(self.def().key, &[])
    }

    pub fn help(self) -> &'static str {
        fixed_words(&format!("{}.help", self.def().key), &[])
    }

    /// The key `validate::contact_problems` uses for this column: its name in the file.
    pub fn key(self) -> &'static str {
        self.def().value.path
    }

    pub fn from_key(key: &str) -> Option<ContactField> {
        ContactField::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn get(self, c: &Contact) -> String {
        (self.def().value.get)(c)
    }

    pub fn set(self, c: &mut Contact, input: &str) -> Result<(), String> {
        (self.def().value.set)(c, input.trim())
    }

    /// This column's first problem in the contact, if any.
    pub fn problem(self, c: &Contact) -> Option<String> {
        validate::contact_problems(c)
            .into_iter()
            .find(|(k, _)| *k == self.key())
            .map(|(_, why)| why)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocSlot, OfferType, Role};
    use std::path::Path;

    /// A missing row cannot fall back to another field's: every id has exactly one row, and
    /// every row is one of the ids.
    #[test]
    fn every_field_id_has_one_row() {
        let ids = FieldId::every();
        for id in &ids {
            let rows = FIELDS.iter().filter(|f| f.id == *id).count();
            assert_eq!(rows, 1, "{id:?} has {rows} rows");
            assert_eq!(id.def().id, *id);
        }
        assert_eq!(FIELDS.len(), ids.len(), "a row for an id not listed");
        assert_eq!(
            F::Area(7).def().id,
            F::Area(4),
            "beyond the rows: the last of its kind"
        );
        assert_eq!(F::Area(7).path(), "listing.solution_areas[7].area");
    }

    #[test]
    fn the_contact_columns_are_in_the_order_of_the_enum() {
        assert_eq!(rows::CONTACT_COLUMNS.len(), ContactField::ALL.len());
        for (i, c) in ContactField::ALL.into_iter().enumerate() {
            assert_eq!(rows::CONTACT_COLUMNS[i].id, c);
            assert_eq!(c as usize, i);
            assert_eq!(ContactField::from_key(c.key()), Some(c));
        }
        let keys = ["name", "email", "job_title", "role", "countries", "states"];
        assert_eq!(ContactField::ALL.map(ContactField::key), keys);
    }

    /// The lens writes the Rust path; the JSON path must be the file's (serde names).
    #[test]
    fn every_path_is_the_files_name() {
        for slot in DocSlot::ALL {
            assert_eq!(F::Doc(slot).path(), format!("documents.{}", slot.key()));
        }
        let mut sub = Submission::new("X", Edition::E2025_09);
        sub.x_test = Some("1".into());
        // Rows after the first of a list fill the list from its start: the first stands for them.
        let first = |f: &&FieldDef| match f.id {
            F::Area(i) | F::SubAreas(i) | F::Other(i) => i == 0,
            F::Contacts => false,
            _ => true,
        };
        for f in FIELDS.iter().filter(first) {
            let mut trial = sub.clone();
            let sample = match f.kind {
                FieldKind::YesNo => "yes",
                FieldKind::Money => "12.50",
                FieldKind::Percent => "60",
                FieldKind::Countries => "US",
                FieldKind::Choice => &f
                    .id
                    .choices(&sub)
                    .first()
                    .map(|c| c.0.clone())
                    .unwrap_or_default(),
                _ => "Contoso",
            };
            if f.id.set(&mut trial, sample).is_err() {
                continue;
            }
            let json = serde_json::to_value(&trial).unwrap();
            let mut at = &json;
            for part in f.id.path().split('.') {
                let (name, index) = match part.split_once('[') {
                    Some((n, i)) => (n, i.trim_end_matches(']').parse::<usize>().ok()),
                    None => (part, None),
                };
                at = &at[name];
                if let Some(i) = index {
                    at = &at[i];
                }
            }
            assert!(!at.is_null(), "{:?}: nothing at {}", f.id, f.id.path());
        }
    }

    #[test]
    fn every_field_round_trips_its_own_text() {
        let mut sub = Submission::default();
        let samples: &[(FieldId, &str)] = &[
            (F::OfferName, "Contoso"),
            (F::OfferType, "saas"),
            (F::Live, "yes"),
            (F::MpnId, "4567890"),
            (F::IsvConnect, "premium"),
            (F::Designation, "no"),
            (F::Platforms, "Microsoft Azure, Office 365"),
            (F::SolutionType, "ip"),
            (F::Area(0), "Azure"),
            (F::SubAreas(0), "Analytics, Blockchain"),
            (F::Markets, "US, CA"),
            (F::AzureConsumed, "120000.50"),
            (F::AzureShare, "80"),
            (F::Other(0), "/x/a.pdf"),
        ];
        for (f, text) in samples {
            f.set(&mut sub, text).unwrap();
            assert_eq!(f.get(&sub), *text, "{f:?}");
        }
    }

    #[test]
    fn typed_input_is_normalised() {
        let mut sub = Submission::default();
        F::AzureConsumed.set(&mut sub, "$120,000.5").unwrap();
        assert_eq!(F::AzureConsumed.get(&sub), "120000.50");
        assert_eq!(F::AzureConsumed.display(&sub), "USD 120,000.50");
        F::OfferType.set(&mut sub, "Software as a service").unwrap();
        assert_eq!(sub.offer.offer_type, Some(OfferType::Saas));
        F::Platforms
            .set(&mut sub, "microsoft azure, Quantum")
            .unwrap();
        assert_eq!(
            sub.listing.microsoft_platforms,
            ["Microsoft Azure", "Quantum"]
        );
        F::Markets.set(&mut sub, "us ca").unwrap();
        assert_eq!(sub.markets, ["US", "CA"]);
        assert!(F::AzureShare.set(&mut sub, "abc").is_err());
        assert!(F::OfferType.set(&mut sub, "saas2").is_err());
        assert!(F::Live.set(&mut sub, "maybe").is_err());
        assert!(F::Live.set(&mut sub, "1").is_err(), "yes/no words only");
        F::Live.set(&mut sub, "").unwrap();
        assert_eq!(sub.offer.live, None, "empty means not answered");
    }

    /// Every field of every edition, and every column of the contact form, has its words in
    /// every language: none empty, none the bare catalogue key.
    #[test]
    fn every_field_has_a_label_and_help_in_every_language() {
        for lang in i18n::Lang::all() {
            i18n::with(lang, || {
                for edition in Edition::ALL {
                    for f in &FIELDS {
                        let (label, help) = (f.label(*edition), f.help(*edition));
                        for words in [label, help] {
                            assert!(
                                !words.trim().is_empty() && !words.starts_with("field-"),
                                "{} {edition} {:?}: {words:?}",
                                lang.code(),
                                f.id
                            );
                        }
                    }
                }
                for c in ContactField::ALL {
                    for words in [c.label(), c.help()] {
                        assert!(
                            !words.trim().is_empty() && !words.starts_with("field-"),
                            "{} {c:?}: {words:?}",
                            lang.code()
                        );
                    }
                }
                for f in FieldId::every() {
                    let _ = f.allowed_chars();
                    assert!(!f.allowed_chars().starts_with("field-"), "{f:?}");
                }
            });
        }
    }

    /// The form gives labels 20 columns at 80×24 and cuts longer ones: no language's label is
    /// longer than that, or than the English label where the English one already is.
    #[test]
    fn labels_fit_the_form_at_80_columns() {
        const LABEL_WIDTH: usize = 20;
        for edition in Edition::ALL {
            for f in &FIELDS {
                let english = i18n::with(i18n::Lang::EN, || f.label(*edition))
                    .chars()
                    .count();
                for lang in i18n::Lang::all() {
                    let label = i18n::with(lang, || f.label(*edition));
                    assert!(
                        label.chars().count() <= LABEL_WIDTH.max(english),
                        "{} {edition}: {label:?} is longer than {LABEL_WIDTH}",
                        lang.code()
                    );
                }
            }
        }
    }

    /// Yes and no, and the choices, are read in English and in the reader's language, and shown
    /// in the reader's.
    #[test]
    fn answers_are_read_and_shown_in_the_readers_language() {
        let nl = i18n::Lang::from_locale("nl").unwrap();
        let fr = i18n::Lang::from_locale("fr").unwrap();
        let mut sub = Submission::default();
        i18n::with(nl, || {
            F::Live.set(&mut sub, "ja").unwrap();
            assert_eq!(sub.offer.live, Some(true));
            assert_eq!(F::Live.get(&sub), "yes", "the value stays language-neutral");
            assert_eq!(F::Live.display(&sub), "ja");
            F::Live.set(&mut sub, "nee").unwrap();
            assert_eq!(sub.offer.live, Some(false));
            F::OfferType.set(&mut sub, "Adviesdienst").unwrap();
            assert_eq!(sub.offer.offer_type, Some(OfferType::ConsultingService));
            F::OfferType.set(&mut sub, "Software as a service").unwrap();
            assert_eq!(sub.offer.offer_type, Some(OfferType::Saas));
            assert!(F::Live.set(&mut sub, "misschien").is_err());
        });
        i18n::with(fr, || {
            F::Live.set(&mut sub, "oui").unwrap();
            assert_eq!(sub.offer.live, Some(true));
            F::Live.set(&mut sub, "n").unwrap();
            assert_eq!(sub.offer.live, Some(false));
            assert_eq!(F::Live.display(&sub), "non");
            F::OfferType.set(&mut sub, "service de conseil").unwrap();
            assert_eq!(sub.offer.offer_type, Some(OfferType::ConsultingService));
            sub.contacts.push(Contact::default());
            assert_eq!(F::Contacts.get(&sub), "1 contact");
        });
        i18n::with(i18n::Lang::EN, || {
            assert_eq!(F::Contacts.get(&sub), "1 contact", "no more contact(s)");
            sub.contacts.push(Contact::default());
            assert_eq!(F::Contacts.get(&sub), "2 contacts");
        });
    }

    #[test]
    fn changing_an_area_clears_its_sub_areas_and_emptying_removes_it() {
        let mut sub = Submission::default();
        F::Area(0).set(&mut sub, "azure").unwrap();
        F::SubAreas(0).set(&mut sub, "Analytics").unwrap();
        assert_eq!(sub.listing.solution_areas[0].area, "Azure");
        F::Area(0).set(&mut sub, "Business applications").unwrap();
        assert!(sub.listing.solution_areas[0].sub_areas.is_empty());
        F::Area(0).set(&mut sub, "").unwrap();
        assert!(sub.listing.solution_areas.is_empty());
        assert!(F::SubAreas(1).set(&mut sub, "x").is_err());
    }

    #[test]
    fn editions_ask_their_own_fields() {
        let mut sub = Submission::new("X", Edition::E2021_02);
        let ids = |sub: &Submission, step| fields_of(step, sub).map(|f| f.id).collect::<Vec<_>>();
        assert!(ids(&sub, Step::Offer).contains(&F::GoldCompetency));
        assert!(!ids(&sub, Step::Offer).contains(&F::Designation));
        assert_eq!(
            ids(&sub, Step::Listing)
                .iter()
                .filter(|f| matches!(f, F::Area(_)))
                .count(),
            3
        );
        assert_eq!(F::MpnId.label(sub.rules), "MPN ID");
        sub.rules = Edition::E2023_08;
        assert!(!ids(&sub, Step::Offer).contains(&F::GoldCompetency));
        assert!(ids(&sub, Step::Offer).contains(&F::Designation));
        assert_eq!(
            ids(&sub, Step::Listing)
                .iter()
                .filter(|f| matches!(f, F::Area(_)))
                .count(),
            5
        );
        assert_eq!(F::MpnId.label(sub.rules), "Partner ID (formerly MPN ID)");
        assert_eq!(F::SubAreas(0).label(sub.rules).trim(), "sales plays");
        assert_eq!(
            F::Segments.need(&sub),
            Need::Absent,
            "not read since 2023-08"
        );
    }

    #[test]
    fn pasted_paths_lose_quotes_and_escapes_and_tilde_expands() {
        let home = std::env::var("HOME").unwrap_or_default();
        assert_eq!(
            typed_path("  \"/a b/c.pdf\" ").as_deref(),
            Some("/a b/c.pdf")
        );
        assert_eq!(typed_path("'/a b/c.pdf'").as_deref(), Some("/a b/c.pdf"));
        if cfg!(unix) {
            assert_eq!(
                typed_path("/a\\ b/c\\(1\\).pdf").as_deref(),
                Some("/a b/c(1).pdf")
            );
        }
        if !home.is_empty() {
            assert_eq!(typed_path("~/x.pdf"), Some(format!("{home}/x.pdf")));
        }
        let rel = typed_path("deck.pptx").unwrap();
        assert!(Path::new(&rel).is_absolute() && rel.ends_with("deck.pptx"));
        assert_eq!(typed_path("  "), None);
    }

    #[test]
    fn roles_accept_the_short_forms_of_the_table() {
        for (t, want) in [
            ("sales", Role::PartnerSales),
            ("Technical sales", Role::PartnerTechnicalSales),
            ("marketing", Role::PartnerMarketing),
            ("CSM", Role::PartnerCustomerSuccessManager),
            (
                "customer success manager",
                Role::PartnerCustomerSuccessManager,
            ),
            ("2", Role::PartnerSales),
            ("partner_sales", Role::PartnerSales),
        ] {
            assert_eq!(parse_role(t), Some(want), "{t}");
        }
        assert_eq!(parse_role("partner"), None, "ambiguous");
    }
}
