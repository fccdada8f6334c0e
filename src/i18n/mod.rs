//! Every word a person reads, in the reader's language (English, Dutch, French), from one
//! Project Fluent catalogue per language: `assets/i18n/<code>.ftl`. Adding a language is adding a
//! file there (the build finds it); `tests/i18n.rs` fails on a message missing from any file.
//!
//! The language is chosen once per process ([`choose`]: `--lang`, then `COSELL_LANG`, then
//! `LC_ALL`/`LC_MESSAGES`/`LANG`, else English); tests and the JSON writers switch it for one
//! thread with [`with`]. Data never passes through here: ids, JSON, drafts, the contacts CSV are
//! the same in every language.
//!
//! In code: `t!("count-markets", count = n)` formats one message; [`money`], [`number`] and
//! [`date`] write values the reader's way with the separators the catalogue gives.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::Decimal;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
}

/// One of the languages in `assets/i18n` (English is always the first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Lang {
    pub const EN: Lang = Lang(0);

    /// Every language cosell speaks, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..generated::CATALOGUES.len()).map(Lang)
    }

    /// `en`, `nl`, `fr`.
    pub fn code(self) -> &'static str {
        generated::CATALOGUES[self.0].0
    }

    /// The catalogue's source text (for the tests that check the files).
    pub fn source(self) -> &'static str {
        generated::CATALOGUES[self.0].1
    }

    /// `nl`, `NL`, `nl_BE.UTF-8`, `fr-CA`, `fr_FR@euro`: the language part, if cosell speaks it.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let lang = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::all().find(|l| l.code() == lang)
    }

    /// The codes, for messages and `--help`: `en, fr, nl`.
    pub fn codes() -> String {
        Lang::all().map(Lang::code).collect::<Vec<_>>().join(", ")
    }
}

static CURRENT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language of this thread: [`with`]'s, else the process's.
pub fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or(Lang(CURRENT.load(Ordering::Relaxed)))
}

/// Sets the process's language (once, at start-up).
pub fn set(lang: Lang) {
    CURRENT.store(lang.0, Ordering::Relaxed);
}

/// Runs `f` with this thread speaking `lang` (tests; data written in English whatever the
/// reader's language).
pub fn with<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|o| o.replace(Some(lang))));
    f()
}

/// Where the language came from, for `cosell --lang` errors and notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Chosen(Lang),
    /// `COSELL_LANG` names a language cosell does not speak: English, with a note.
    Unknown {
        variable: &'static str,
        value: String,
    },
}

/// The reader's language: `--lang`, then `COSELL_LANG`, then the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set (POSIX order: `LC_ALL=C` means English even with
/// `LANG=fr_FR.UTF-8`), else English.
pub fn choose(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Choice {
    if let Some(flag) = flag {
        return match Lang::from_locale(flag) {
            Some(l) => Choice::Chosen(l),
            None => Choice::Unknown {
                variable: "--lang",
                value: flag.to_owned(),
            },
        };
    }
    if let Some(v) = env("COSELL_LANG").filter(|v| !v.is_empty()) {
        return match Lang::from_locale(&v) {
            Some(l) => Choice::Chosen(l),
            None => Choice::Unknown {
                variable: "COSELL_LANG",
                value: v,
            },
        };
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|k| env(k).filter(|v| !v.is_empty()));
    Choice::Chosen(
        locale
            .and_then(|l| Lang::from_locale(&l))
            .unwrap_or(Lang::EN),
    )
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Box<[OnceLock<Bundle>]>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Lang::all().map(|_| OnceLock::new()).collect());
    all[lang.0].get_or_init(|| {
        let res = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks would show as stray characters in a terminal.
        b.set_use_isolating(false);
        // Duplicates keep the first message; tests/i18n.rs reports them.
        let _ = b.add_resource(res);
        b
    })
}

/// A value for a message's variable. Numbers select plural forms (`one`, `other`).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Text(s)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u8, u16, u32, u64, i32, i64);

/// Formats message `key` (or `key.attribute`) in the current language, falling back to English,
/// then to the key itself (never a panic: `tests/i18n.rs` makes sure every key exists).
pub fn tr(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let lang = current();
    format_in(lang, key, args)
        .or_else(|| format_in(Lang::EN, key, args))
        .unwrap_or_else(|| key.to_owned())
}

/// Whether the catalogue has `key` (for messages that exist only for some ids).
pub fn has(key: &str) -> bool {
    format_in(Lang::EN, key, &[]).is_some()
}

fn format_in(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let b = bundle(lang);
    let (id, attr) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let msg = b.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let v = match value {
            Arg::Text(s) => FluentValue::from(s.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fargs.set(*name, v);
    }
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, Some(&fargs), &mut errors);
    Some(out.into_owned())
}

/// One message: `t!("money")`, `t!("count-markets", count = n)`.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::tr($key, &[])
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// `96,500.00` / `96.500,00` / `96 500,00`: grouped digits with `places` decimals, in the
/// reader's separators (`number-group`, `number-decimal`).
pub fn number(d: Decimal, places: u32) -> String {
    let s = format!("{:.*}", places as usize, d.round_dp(places));
    let (sign, s) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s.as_str()),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let group = tr("number-group", &[]);
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(&group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push_str(&tr("number-decimal", &[]));
        out.push_str(frac);
    }
    out
}

/// An amount in USD the reader's way: `USD 96,500.00`, `USD 96.500,00`, `96 500,00 USD`.
pub fn money(d: Decimal) -> String {
    tr("money", &[("amount", Arg::from(number(d, 2)))])
}

/// A share: `55%`, `55,5%`, `55,5 %`; decimals only where there are any.
pub fn percent(d: Decimal) -> String {
    let d = d.normalize();
    tr("percent", &[("value", Arg::from(number(d, d.scale())))])
}

/// A calendar date the reader's way (`2 Dec 2026`, `2 dec 2026`, `2 déc. 2026`).
pub fn date(d: time::Date) -> String {
    let month = u8::from(d.month());
    tr(
        "date",
        &[
            ("year", Arg::Text(d.year().to_string().into())),
            (
                "month_name",
                Arg::Text(tr(&format!("month-{month}"), &[]).into()),
            ),
            ("day", Arg::Text(d.day().to_string().into())),
        ],
    )
}

/// The reader's decimal separator, for reading typed amounts (`.` or `,`).
pub fn decimal_separator() -> char {
    tr("number-decimal", &[]).chars().next().unwrap_or('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        Lang::from_locale(code).unwrap()
    }

    #[test]
    fn locales_name_languages() {
        let cases = [
            ("nl", Some("nl")),
            ("nl_BE.UTF-8", Some("nl")),
            ("fr-CA", Some("fr")),
            ("FR_fr@euro", Some("fr")),
            ("en_US.UTF-8", Some("en")),
            ("C", None),
            ("POSIX", None),
            ("de_DE.UTF-8", None),
            ("", None),
        ];
        for (locale, want) in cases {
            assert_eq!(Lang::from_locale(locale).map(Lang::code), want, "{locale}");
        }
    }

    #[test]
    fn choice_follows_flag_then_cosell_lang_then_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        let chosen = |c: Choice| match c {
            Choice::Chosen(l) => l.code(),
            Choice::Unknown { .. } => "unknown",
        };
        assert_eq!(
            chosen(choose(Some("nl"), env(&[("COSELL_LANG", "fr")]))),
            "nl"
        );
        assert_eq!(
            chosen(choose(None, env(&[("COSELL_LANG", "fr"), ("LANG", "nl")]))),
            "fr"
        );
        assert_eq!(chosen(choose(None, env(&[("LANG", "fr_FR.UTF-8")]))), "fr");
        assert_eq!(
            chosen(choose(
                None,
                env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])
            )),
            "en"
        );
        assert_eq!(
            chosen(choose(
                None,
                env(&[("LC_MESSAGES", "nl_NL"), ("LANG", "fr_FR")])
            )),
            "nl"
        );
        assert_eq!(
            chosen(choose(None, env(&[("LC_ALL", ""), ("LANG", "fr")]))),
            "fr"
        );
        assert_eq!(chosen(choose(None, env(&[]))), "en");
        assert_eq!(chosen(choose(None, env(&[("LANG", "de_DE.UTF-8")]))), "en");
        assert_eq!(
            chosen(choose(None, env(&[("COSELL_LANG", "de")]))),
            "unknown"
        );
        assert_eq!(chosen(choose(Some("xx"), env(&[]))), "unknown");
    }

    #[test]
    fn money_in_each_language() {
        let d = Decimal::new(9_650_000, 2);
        assert_eq!(with(Lang::EN, || money(d)), "USD 96,500.00");
        assert_eq!(with(lang("nl"), || money(d)), "USD 96.500,00");
        assert_eq!(with(lang("fr"), || money(d)), "96\u{a0}500,00\u{a0}USD");
        assert_eq!(with(Lang::EN, || money(Decimal::new(5, 1))), "USD 0.50");
        assert_eq!(
            with(Lang::EN, || money(Decimal::new(123_456_789, 0))),
            "USD 123,456,789.00"
        );
        assert_eq!(
            with(lang("nl"), || money(Decimal::new(-100_000, 0))),
            "USD -100.000,00"
        );
    }

    #[test]
    fn percent_and_dates_in_each_language() {
        let p = Decimal::new(555, 1);
        assert_eq!(with(Lang::EN, || percent(p)), "55.5%");
        assert_eq!(with(lang("nl"), || percent(p)), "55,5%");
        assert_eq!(with(lang("fr"), || percent(p)), "55,5\u{a0}%");
        assert_eq!(with(Lang::EN, || percent(Decimal::new(50, 0))), "50%");
        let d = time::macros::date!(2026 - 12 - 02);
        assert_eq!(with(Lang::EN, || date(d)), "2 Dec 2026");
        assert_eq!(with(lang("nl"), || date(d)), "2 dec 2026");
        assert_eq!(with(lang("fr"), || date(d)), "2 déc. 2026");
    }

    #[test]
    fn plurals_follow_cldr() {
        for (code, n, want) in [
            ("en", 1, "1 market"),
            ("en", 0, "0 markets"),
            ("en", 2, "2 markets"),
            ("nl", 1, "1 markt"),
            ("nl", 3, "3 markten"),
            // French: 0 and 1 are singular.
            ("fr", 0, "0 marché"),
            ("fr", 1, "1 marché"),
            ("fr", 2, "2 marchés"),
        ] {
            assert_eq!(
                with(lang(code), || t!("count-markets", count = n)),
                want,
                "{code} {n}"
            );
        }
    }

    #[test]
    fn unknown_keys_fall_back_to_the_key() {
        assert_eq!(tr("no-such-message", &[]), "no-such-message");
        assert!(!has("no-such-message"));
        assert!(has("money"));
    }
}
