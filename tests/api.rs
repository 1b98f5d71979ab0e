//! The API layer as the front ends see it: the CLI and the desktop shell reach the core only
//! through `fieldvault::api`, the CLI stays a thin shell, and every error code has its exit code
//! documented in the README.

use std::path::{Path, PathBuf};

use fieldvault::api::error::{readme_exit_codes, EXIT_CODES};
use fieldvault::api::ErrorCode;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Every `fieldvault::…` path in `text` that does not go through `fieldvault::api`, and every
/// renaming of the crate (which would hide such paths), as (line number, line).
fn paths_around_the_api(text: &str) -> Vec<(usize, String)> {
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("fieldvault") {
            let after = &rest[at + "fieldvault".len()..];
            let before = rest[..at].chars().next_back();
            let is_crate = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == '/' || c == '.');
            if is_crate && (after.starts_with(" as ") || after.starts_with("::{") || after.starts_with("::*")) {
                bad.push((i + 1, line.to_owned()));
            } else if is_crate && after.starts_with("::") {
                let next = &after[2..];
                let ok = next.starts_with("api") && !next[3..].starts_with(|c: char| c.is_alphanumeric() || c == '_');
                if !ok {
                    bad.push((i + 1, line.to_owned()));
                }
            }
            rest = after;
        }
    }
    bad
}

#[test]
fn the_cli_and_the_app_reach_the_core_only_through_the_api() {
    let mut files = vec![root().join("src/main.rs")];
    files.extend(rust_files(&root().join("src-tauri/src")));
    assert!(files.len() >= 3, "{files:?}");
    let mut bad = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        bad.extend(paths_around_the_api(&text).into_iter().map(|(n, l)| format!("{}:{n}: {}", f.display(), l.trim())));
    }
    assert!(bad.is_empty(), "these reach the core around fieldvault::api:\n{}", bad.join("\n"));
}

#[test]
fn the_boundary_check_catches_what_it_must() {
    assert!(paths_around_the_api("use fieldvault::api::{self, Vault};\nfieldvault::api::Session::new(d)").is_empty());
    assert!(paths_around_the_api("// the fieldvault-app crate; fieldvault_app::x").is_empty());
    for bad in [
        "use fieldvault::vault::Vault;",
        "fieldvault::bundle::open(p)",
        "use fieldvault::{api, keys};",
        "use fieldvault as fv;",
        "fieldvault::apiary",
    ] {
        assert_eq!(paths_around_the_api(bad).len(), 1, "{bad}");
    }
}

/// Each function of a rustfmt-formatted file with its first line and length: it ends at the
/// first line that is its own indentation and `}`.
fn function_lengths(text: &str) -> Vec<(usize, String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let words: Vec<&str> = trimmed.split_whitespace().take_while(|w| !w.starts_with("fn")).collect();
        let is_fn = trimmed.split_whitespace().any(|w| w == "fn")
            && words.iter().all(|w| ["pub", "pub(crate)", "async", "const", "unsafe"].contains(w))
            && !trimmed.ends_with(';');
        if !is_fn {
            continue;
        }
        if trimmed.ends_with('}') {
            out.push((i + 1, trimmed.to_owned(), 1));
            continue;
        }
        let indent = &line[..line.len() - trimmed.len()];
        let end = lines[i..].iter().position(|l| *l == format!("{indent}}}")).map_or(lines.len() - i, |p| p + 1);
        out.push((i + 1, trimmed.to_owned(), end));
    }
    out
}

#[test]
fn no_function_of_the_cli_is_longer_than_60_lines() {
    let text = std::fs::read_to_string(root().join("src/main.rs")).unwrap();
    let fns = function_lengths(&text);
    assert!(fns.len() > 10 && fns.iter().any(|f| f.1.starts_with("fn main")), "{fns:?}");
    let long: Vec<String> = fns.iter().filter(|f| f.2 > 60).map(|(at, sig, n)| format!("src/main.rs:{at}: {n} lines: {sig}")).collect();
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
}

#[test]
fn the_length_measure_counts_whole_functions() {
    let text = "fn a() {\n    1\n}\n\nimpl X {\n    pub fn b(&self) {\n        if x {\n        }\n    }\n}\n";
    let fns = function_lengths(text);
    assert_eq!(fns.iter().map(|f| f.2).collect::<Vec<_>>(), [3, 4]);
}

const BEGIN: &str = "<!-- exit-codes:begin -->\n";
const END: &str = "<!-- exit-codes:end -->";

/// The README's exit-code table is generated from `ErrorCode::exit_code` (this test rewrites it
/// when `FIELDVAULT_BLESS` is set), and every error code has its row.
#[test]
fn every_error_code_has_its_exit_code_in_the_readme() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme.find(BEGIN).expect("README has the exit-code markers") + BEGIN.len();
    let end = readme[start..].find(END).unwrap() + start;
    if std::env::var_os("FIELDVAULT_BLESS").is_some() {
        std::fs::write(&path, format!("{}{}{}", &readme[..start], readme_exit_codes(), &readme[end..])).unwrap();
        return;
    }
    let table = &readme[start..end];
    for code in ErrorCode::ALL {
        let exit = code.exit_code();
        assert!(EXIT_CODES.iter().any(|(e, _)| *e == exit), "{code:?} exits with {exit}, which the README does not explain");
        let row =
            table.lines().find(|l| l.starts_with(&format!("| {exit} |"))).unwrap_or_else(|| panic!("no README row for exit code {exit}"));
        assert!(row.contains(&format!("`{}`", code.name())), "the README row for exit code {exit} does not name `{}`: {row}", code.name());
    }
    assert_eq!(
        table,
        readme_exit_codes(),
        "README.md's exit-code table is out of date: run `FIELDVAULT_BLESS=1 cargo test --test tests api::every_error_code`"
    );
}
