//! The message catalogues (assets/i18n/*.ftl) and the code that uses them: every file parses,
//! every message is in every language with the same variables, every key the code names exists,
//! and no sentence a person reads is written in the code instead of the catalogue.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use cosell::i18n::Lang;
use fluent_syntax::ast;

/// Message ids (and `id.attribute`) of one catalogue, each with the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let res = fluent_syntax::parser::parse(lang.source()).unwrap_or_else(|(_, errors)| {
        panic!("assets/i18n/{}.ftl does not parse: {errors:?}", lang.code())
    });
    let mut out = BTreeMap::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            if let Some(v) = &m.value {
                let prev = out.insert(id.clone(), variables(v));
                assert!(prev.is_none(), "{}: {id} twice", lang.code());
            }
            for a in &m.attributes {
                out.insert(format!("{id}.{}", a.id.name), variables(&a.value));
            }
        }
    }
    out
}

fn variables(p: &ast::Pattern<&str>) -> BTreeSet<String> {
    fn walk(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    fn inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    walk(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    let mut out = BTreeSet::new();
    walk(p, &mut out);
    out
}

#[test]
fn english_dutch_and_french_are_there() {
    let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
    assert_eq!(codes[0], "en");
    for c in ["nl", "fr"] {
        assert!(codes.contains(&c), "{codes:?}");
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let en = messages(Lang::EN);
    let mut problems = Vec::new();
    for lang in Lang::all().skip(1) {
        let other = messages(lang);
        for (key, vars) in &en {
            match other.get(key) {
                None => problems.push(format!("{}.ftl lacks {key}", lang.code())),
                Some(v) if !v.is_subset(vars) => problems.push(format!(
                    "{}.ftl: {key} uses {:?}, which English does not give",
                    lang.code(),
                    v.difference(vars).collect::<Vec<_>>()
                )),
                Some(_) => {}
            }
        }
        for key in other.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!(
                "{}.ftl has {key}, which en.ftl does not",
                lang.code()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(),
        &mut out,
    );
    out.sort();
    out
}

/// A string literal in a source file, outside `#[cfg(test)]` items and comments.
struct Literal {
    line: usize,
    text: String,
}

/// A small Rust lexer: string literals (plain, raw, byte) with their line, skipping comments,
/// char literals and every item marked `#[cfg(test)]`.
fn literals(src: &str) -> Vec<Literal> {
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let mut depth = 0i32;
    // While inside a #[cfg(test)] item: the depth it started at.
    let mut skip_from: Option<i32> = None;
    let mut pending_test_attr = false;
    let starts = |i: usize, s: &str| s.chars().enumerate().all(|(k, c)| b.get(i + k) == Some(&c));
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if starts(i, "//") {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if starts(i, "/*") {
            let mut level = 0;
            while i < b.len() {
                if starts(i, "/*") {
                    level += 1;
                    i += 2;
                } else if starts(i, "*/") {
                    level -= 1;
                    i += 2;
                    if level == 0 {
                        break;
                    }
                } else {
                    if b[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if starts(i, "#[cfg(test)]") {
            pending_test_attr = true;
            i += "#[cfg(test)]".len();
        } else if c == '"'
            || ((c == 'r' || c == 'b')
                && !b
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_alphanumeric() || *p == '_')
                && {
                    let mut j = i;
                    if b[j] == 'b' {
                        j += 1;
                    }
                    if b.get(j) == Some(&'r') {
                        j += 1;
                        while b.get(j) == Some(&'#') {
                            j += 1;
                        }
                    }
                    b.get(j) == Some(&'"') && j > i
                })
        {
            // A string literal: raw (r"…", r#"…"#) or escaped.
            let start_line = line;
            let mut j = i;
            if b[j] == 'b' {
                j += 1;
            }
            let raw = b[j] == 'r';
            let mut hashes = 0;
            if raw {
                j += 1;
                while b[j] == '#' {
                    hashes += 1;
                    j += 1;
                }
            }
            j += 1; // the opening quote
            let mut text = String::new();
            loop {
                if j >= b.len() {
                    break;
                }
                let d = b[j];
                if d == '\n' {
                    line += 1;
                }
                if !raw && d == '\\' {
                    text.push(' ');
                    j += 2;
                    continue;
                }
                if d == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                text.push(d);
                j += 1;
            }
            if skip_from.is_none() {
                out.push(Literal {
                    line: start_line,
                    text,
                });
            }
            i = j;
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{1f}') or a lifetime ('a).
            if b.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < b.len() && b[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if b.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == '{' {
            if pending_test_attr && skip_from.is_none() {
                skip_from = Some(depth);
            }
            pending_test_attr = false;
            depth += 1;
            i += 1;
        } else if c == '}' {
            depth -= 1;
            if skip_from == Some(depth) {
                skip_from = None;
            }
            i += 1;
        } else if c == ';' {
            // `#[cfg(test)] mod tests;` or `#[cfg(test)] use …;`
            if pending_test_attr && skip_from.is_none() {
                pending_test_attr = false;
            }
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Two words of letters separated by a space: a sentence or a phrase a person would read.
fn reads_as_words(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .collect();
    let mut run = 0;
    for w in s.split(' ') {
        let letters = w.trim_matches(|c: char| ",.;:!?()'\"".contains(c));
        if letters.chars().count() >= 2 && letters.chars().all(char::is_alphabetic) {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    let _ = words;
    false
}

/// Files whose literals are not words for a person, with why.
const NOT_WORDS: &[(&str, &str)] = &[
    ("src/fuzzing.rs", "inputs for the fuzzer"),
    ("src/map/centroids.rs", "country data"),
    ("src/i18n/mod.rs", "the catalogue's own keys"),
    ("src/tests.rs", "unit tests (a #[cfg(test)] module)"),
];

#[test]
fn no_sentence_is_written_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for path in sources() {
        let rel = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if NOT_WORDS.iter().any(|(f, _)| *f == rel) {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = src.lines().collect();
        for lit in literals(&src) {
            if !reads_as_words(&lit.text) {
                continue;
            }
            // `// i18n-exempt: why` on the line or the line above: data, not words (a CSV
            // header, a Partner Center label that stays English, markup).
            let exempt =
                |n: usize| n >= 1 && lines.get(n - 1).is_some_and(|l| l.contains("i18n-exempt"));
            if exempt(lit.line) || exempt(lit.line - 1) {
                continue;
            }
            // Messages of a panic are for developers, not readers.
            let line = lines.get(lit.line - 1).copied().unwrap_or("");
            if [
                "expect(",
                "panic!(",
                "unreachable!(",
                "assert!(",
                "assert_eq!(",
                "debug_assert",
            ]
            .iter()
            .any(|m| line.contains(m))
            {
                continue;
            }
            found.push(format!("{rel}:{}: {:?}", lit.line, lit.text));
        }
    }
    assert!(
        found.is_empty(),
        "{} sentences in the code instead of assets/i18n (use t!(\"key\"), or mark data with // i18n-exempt: why):\n{}",
        found.len(),
        found.join("\n")
    );
}

/// Every key the code names in `t!("…")` exists in English (and so, by the test above, in all).
#[test]
fn every_key_the_code_names_exists() {
    let en = messages(Lang::EN);
    let mut missing = Vec::new();
    for path in sources() {
        let src = std::fs::read_to_string(&path).unwrap();
        for (n, line) in src.lines().enumerate() {
            let mut rest = line;
            while let Some(at) = rest.find("t!(\"") {
                let tail = &rest[at + 4..];
                let key: String = tail
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if tail[key.len()..].starts_with('"') && !en.contains_key(&key) {
                    missing.push(format!("{}:{}: {key}", path.display(), n + 1));
                }
                rest = tail;
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys not in assets/i18n/en.ftl:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_lexer_finds_sentences_and_skips_tests_and_comments() {
    let src = r##"
// "in a comment"
fn f() -> &'static str { let c = '"'; "Open the draft" }
const R: &str = r#"a "raw" string here"#;
#[cfg(test)]
mod tests { fn g() { "not counted here"; } }
fn h() { "after tests" }
"##;
    let lits: Vec<(usize, String)> = literals(src)
        .into_iter()
        .map(|l| (l.line, l.text))
        .collect();
    assert_eq!(
        lits,
        vec![
            (3, "Open the draft".to_string()),
            (4, "a \"raw\" string here".to_string()),
            (7, "after tests".to_string())
        ]
    );
    assert!(reads_as_words("Open the draft"));
    assert!(!reads_as_words("{} {}"));
    assert!(!reads_as_words("status-reached"));
    assert!(!reads_as_words("a b"));
    assert!(reads_as_words("{name}: is not a file"));
}
