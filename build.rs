//! Finds the languages: every `assets/i18n/<code>.ftl` is one, compiled into the binary, so adding
//! a language is adding a file.
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("assets/i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut langs: Vec<String> = fs::read_dir(dir)
        .expect("assets/i18n holds the message catalogues")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let code = name.strip_suffix(".ftl")?.to_owned();
            println!("cargo:rerun-if-changed={}", e.path().display());
            Some(code)
        })
        .collect();
    langs.sort();
    // English first: it is the fallback and the language of data.
    langs.sort_by_key(|c| c != "en");
    let mut out = String::from("pub(super) static CATALOGUES: &[(&str, &str)] = &[\n");
    for code in &langs {
        out.push_str(&format!(
            "    ({code:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/assets/i18n/{code}.ftl\"))),\n"
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("catalogues.rs");
    fs::write(dest, out).unwrap();
}
