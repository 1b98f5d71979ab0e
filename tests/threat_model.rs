//! `docs/threat-model.md` names, for every promise, the tests that check it: each name must be a
//! test that exists, so a renamed or deleted test cannot leave a promise pointing at nothing.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether a test `module::name` exists: a `fn name(` preceded by `#[test]` in a file named
/// `module.rs` (or `module/mod.rs`) under `tests/` or `src/`.
fn test_exists(files: &[PathBuf], module: &str, name: &str) -> bool {
    files.iter().any(|f| {
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let parent = f.parent().and_then(|p| p.file_name()).and_then(|s| s.to_str()).unwrap_or("");
        let named = stem == module || (stem == "mod" && parent == module);
        named && {
            let text = std::fs::read_to_string(f).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            lines.iter().enumerate().any(|(i, l)| {
                l.trim_start().starts_with(&format!("fn {name}(")) && lines[..i].iter().rev().take(3).any(|p| p.trim() == "#[test]")
            })
        }
    })
}

#[test]
fn every_promise_names_tests_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("docs/threat-model.md")).unwrap();
    let mut files = Vec::new();
    rust_files(&root.join("tests"), &mut files);
    rust_files(&root.join("src"), &mut files);
    let table = doc.split("## What FieldVault promises").nth(1).unwrap().split("\n## ").next().unwrap();
    let mut rows = 0;
    let mut missing = Vec::new();
    for row in table.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| promise") && !l.starts_with("|---")) {
        rows += 1;
        let cells: Vec<&str> = row.split(" | ").collect();
        let tests_cell = cells.last().unwrap();
        let names: Vec<&str> = tests_cell.split('`').skip(1).step_by(2).filter(|n| n.contains("::")).collect();
        assert!(!names.is_empty(), "a promise names no test: {row}");
        for n in names {
            let (module, name) = n.rsplit_once("::").unwrap();
            let module = module.split("::").next().unwrap();
            if !test_exists(&files, module, name) {
                missing.push(n.to_owned());
            }
        }
    }
    assert!(rows >= 10, "the promise table was not found ({rows} rows)");
    assert!(missing.is_empty(), "docs/threat-model.md names tests that do not exist: {missing:?}");
}
