//! No import circle between the source files of the library: a file that names another file's
//! items (through a `crate::` or `super::` path, in a `use` or in code) depends on it, and no file
//! may depend on itself through others. Test code (`#[cfg(test)]` items and test-only files) is
//! left out, as `layers.py` does for modules; `mod child;` declarations and paths relative to a
//! child are ownership, not imports. The walk is self-contained (no parser crate): comments and
//! literals are blanked first, so a path in a string or a comment never counts.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Circles tolerated while a redesign is under way (a circle is tolerated only when every file
/// of it is listed here). Empty: the wizard's `App` and its screens no longer import each other.
const TOLERATED: &[&str] = &[];

/// A source file and its module path (`tui::screens::form`); the crate root has an empty path.
struct Source {
    file: String,
    module: Vec<String>,
    text: String,
}

fn sources(src: &Path) -> Vec<Source> {
    let mut files = Vec::new();
    walk(src, &mut files);
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let rel = p
                .strip_prefix(src)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            if rel == "main.rs" {
                return None; // the binary's own crate
            }
            let mut module: Vec<String> = rel
                .trim_end_matches(".rs")
                .split('/')
                .map(str::to_string)
                .collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            let text = blank_comments_and_literals(&fs::read_to_string(&p).ok()?);
            Some(Source {
                file: rel,
                module,
                text,
            })
        })
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Replaces comments, string and character literals with spaces (newlines kept).
fn blank_comments_and_literals(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    while i < c.len() {
        let next = c.get(i + 1).copied();
        if c[i] == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if c[i] == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !is_ident(c[i - 1]))
        {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while c.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if c.get(j) != Some(&'"') {
                out.push(c[i]);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= c.len() {
                    break;
                }
                if c[j] == '"' && (0..hashes).all(|k| c.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            for ch in &c[i..j.min(c.len())] {
                blank(&mut out, *ch);
            }
            i = j;
        } else if c[i] == '"' {
            blank(&mut out, c[i]);
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    blank(&mut out, c[i]);
                    i += 1;
                }
                if i < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            if i < c.len() {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '\'' {
            // A character literal ('x', '\n', '\u{1F600}'), not a lifetime ('a).
            let end = if next == Some('\\') {
                (i + 2..c.len()).find(|&j| c[j] == '\'')
            } else if c.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(e) => {
                    for _ in i..=e {
                        out.push(' ');
                    }
                    i = e + 1;
                }
                None => {
                    out.push(c[i]);
                    i += 1;
                }
            }
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

fn is_ident(ch: char) -> bool {
    ch.is_alphanumeric() || ch == '_'
}

/// The text without `#[cfg(test)]` items, and the names of the child modules declared as test
/// only (`#[cfg(test)] mod x;`).
fn without_test_items(text: &str) -> (String, Vec<String>) {
    const MARK: &str = "#[cfg(test)]";
    let mut out = String::with_capacity(text.len());
    let mut test_mods = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at]);
        let item = &rest[at + MARK.len()..];
        let end = item_end(item);
        let words: Vec<&str> = item[..end]
            .split(|ch: char| !is_ident(ch))
            .filter(|w| !w.is_empty())
            .collect();
        if let Some(i) = words.iter().position(|w| *w == "mod")
            && item[..end].trim_end().ends_with(';')
            && let Some(name) = words.get(i + 1)
        {
            test_mods.push((*name).to_string());
        }
        rest = &item[end..];
    }
    out.push_str(rest);
    (out, test_mods)
}

/// Where the item after an attribute ends: after `;` or `,` at its own level, after the block
/// that closes it, or before the bracket that closes the enclosing one.
fn item_end(item: &str) -> usize {
    let mut depth = 0i32;
    let mut opened_block = false;
    for (i, ch) in item.char_indices() {
        match ch {
            '(' | '[' => depth += 1,
            '{' => {
                if depth == 0 {
                    opened_block = true;
                }
                depth += 1;
            }
            ')' | ']' | '}' => {
                depth -= 1;
                if depth < 0 {
                    return i;
                }
                if depth == 0 && ch == '}' && opened_block {
                    return i + 1;
                }
            }
            ';' | ',' if depth == 0 => return i + 1,
            _ => {}
        }
    }
    item.len()
}

/// Every path that starts with `crate::`, `super::` or `self::`, resolved to absolute module
/// segments; `use` trees (`crate::{a, b::{c, d}}`) give one path per leaf.
fn paths(text: &str, module: &[String]) -> Vec<Vec<String>> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let starts_word = i == 0 || !(is_ident(c[i - 1]) || c[i - 1] == '$' || c[i - 1] == ':');
        if !starts_word || !is_ident(c[i]) {
            i += 1;
            continue;
        }
        let (word, after) = ident(&c, i);
        let base: Option<Vec<String>> = match word.as_str() {
            "crate" => Some(Vec::new()),
            // `super` of `a/b/mod.rs` (module `a::b`) and of `a/b.rs` alike is `a`.
            "super" => {
                let mut m = module.to_vec();
                m.pop();
                Some(m)
            }
            "self" => Some(module.to_vec()),
            _ => None,
        };
        let Some(mut base) = base else {
            i = after;
            continue;
        };
        let mut j = after;
        // More `super`s: `super::super::app`.
        while starts_with(&c, j, "::super") && !c.get(j + 7).copied().is_some_and(is_ident) {
            base.pop();
            j += 7;
        }
        if !starts_with(&c, j, "::") {
            i = j;
            continue;
        }
        let end = tree(&c, j + 2, &base, &mut out);
        i = end.max(j + 2);
    }
    out
}

fn starts_with(c: &[char], at: usize, s: &str) -> bool {
    s.chars()
        .enumerate()
        .all(|(k, ch)| c.get(at + k) == Some(&ch))
}

fn ident(c: &[char], mut i: usize) -> (String, usize) {
    let start = i;
    while i < c.len() && is_ident(c[i]) {
        i += 1;
    }
    (c[start..i].iter().collect(), i)
}

fn skip_space(c: &[char], mut i: usize) -> usize {
    while i < c.len() && c[i].is_whitespace() {
        i += 1;
    }
    i
}

/// Reads a path (or a `{…}` tree of them) at `i` under `prefix`; returns where it ends.
fn tree(c: &[char], i: usize, prefix: &[String], out: &mut Vec<Vec<String>>) -> usize {
    let mut i = skip_space(c, i);
    let mut path = prefix.to_vec();
    loop {
        if c.get(i) == Some(&'{') {
            i += 1;
            loop {
                i = skip_space(c, i);
                match c.get(i) {
                    Some('}') => return i + 1,
                    Some(',') => i += 1,
                    Some(_) => {
                        let before = i;
                        i = tree(c, i, &path, out);
                        if i == before {
                            i += 1;
                        }
                    }
                    None => return i,
                }
            }
        }
        if c.get(i) == Some(&'*') {
            out.push(path);
            return i + 1;
        }
        let (word, after) = ident(c, i);
        if word.is_empty() {
            out.push(path);
            return i;
        }
        if word != "self" {
            path.push(word);
        }
        i = after;
        if starts_with(c, i, "::") {
            i += 2;
        } else {
            out.push(path);
            return i;
        }
    }
}

/// The file a path leads to: the one with the longest module path that begins it.
fn resolve<'a>(path: &[String], modules: &'a BTreeMap<Vec<String>, String>) -> Option<&'a str> {
    (1..=path.len())
        .rev()
        .find_map(|n| modules.get(&path[..n]))
        .map(String::as_str)
}

/// Strongly connected components with more than one file (Tarjan).
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn strong<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on.insert(v);
        let edges = s.edges;
        for w in edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                strong(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(w);
                comp.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                s.out.push(comp);
            }
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            strong(&mut s, v);
        }
    }
    s.out
}

/// The dependencies between the files under `src`, test code left out.
fn file_edges(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let sources = sources(src);
    let mut modules: BTreeMap<Vec<String>, String> = BTreeMap::new();
    let mut test_only: BTreeSet<Vec<String>> = BTreeSet::new();
    let mut cleaned = Vec::new();
    for s in &sources {
        modules.insert(s.module.clone(), s.file.clone());
        let (text, test_mods) = without_test_items(&s.text);
        for m in test_mods {
            let mut child = s.module.clone();
            child.push(m);
            test_only.insert(child);
        }
        cleaned.push(text);
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (s, text) in sources.iter().zip(&cleaned) {
        if test_only.iter().any(|t| s.module.starts_with(t)) {
            continue;
        }
        let deps = edges.entry(s.file.clone()).or_default();
        for path in paths(text, &s.module) {
            if let Some(to) = resolve(&path, &modules)
                && to != s.file
            {
                deps.insert(to.to_string());
            }
        }
    }
    edges
}

#[test]
fn no_source_file_imports_itself_through_others() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let edges = file_edges(&src);
    assert!(
        edges.len() > 40,
        "the walk found the files: {:?}",
        edges.keys()
    );
    let found: Vec<Vec<String>> = circles(&edges)
        .into_iter()
        .filter(|c| !c.iter().all(|f| TOLERATED.contains(&f.as_str())))
        .collect();
    let shown: Vec<String> = found.iter().map(|c| c.join(" <-> ")).collect();
    assert!(
        found.is_empty(),
        "import circles between files:\n{}",
        shown.join("\n")
    );
}

#[test]
fn the_walk_sees_paths_trees_and_test_code() {
    let module = vec!["tui".to_string(), "screens".to_string(), "form".to_string()];
    let text = blank_comments_and_literals(
        "use crate::{model::{self, Edition}, status};\n\
         use super::super::app::App; // crate::hidden\n\
         let s = \"crate::in_a_string\"; let c = '{';\n\
         fn f() { crate::rules::evaluate(x) }\n\
         #[cfg(test)]\nmod tests { use crate::plain; }\n\
         #[cfg(test)]\nmod test_only;\n",
    );
    let (text, test_mods) = without_test_items(&text);
    assert_eq!(test_mods, ["test_only"]);
    let got: Vec<String> = paths(&text, &module).iter().map(|p| p.join("::")).collect();
    assert_eq!(
        got,
        [
            "model",
            "model::Edition",
            "status",
            "tui::app::App",
            "rules::evaluate"
        ]
    );
    let mut edges = BTreeMap::new();
    edges.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    edges.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    edges.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(circles(&edges), [["a", "b", "c"]]);
}

/// The most lines a source file may have before its `#[cfg(test)]` tests: past it a file holds
/// more than one topic, and is split into a module directory (`foo.rs` into `foo/mod.rs` and its
/// children).
const MAX_LINES_BEFORE_TESTS: usize = 800;

#[test]
fn no_source_file_is_over_800_lines_before_its_tests() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files.sort();
    assert!(files.len() > 40, "the walk found the files: {files:?}");
    let too_long: Vec<String> = files
        .iter()
        .filter_map(|p| {
            let text = fs::read_to_string(p).unwrap();
            let lines = text
                .lines()
                .take_while(|l| !l.starts_with("#[cfg(test)]"))
                .count();
            let rel = p
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (lines > MAX_LINES_BEFORE_TESTS).then(|| {
                format!(
                    "src/{rel}: {lines} lines before its tests (split it into a module directory)"
                )
            })
        })
        .collect();
    assert!(
        too_long.is_empty(),
        "source files over {MAX_LINES_BEFORE_TESTS} lines before their tests:\n{}",
        too_long.join("\n")
    );
}
