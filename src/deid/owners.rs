//! One owner per rule: a rule's fields and spellings are read in its own module and nowhere
//! else in the sources, so that no second copy of the rule can drift from the first.

use std::path::{Path, PathBuf};

/// A rule, the code that would betray a copy of it, and the files allowed to hold that code.
struct Rule {
    name: &'static str,
    needles: &'static [&'static str],
    owners: &'static [&'static str],
}

const RULES: &[Rule] = &[
    Rule {
        name: "consent (deid::consent decides who and what may be shared)",
        needles: &["share_deidentified", "quote_verbatim", "consent_to_quote", ".withdrawal"],
        // The schema declares the fields.
        owners: &["src/deid/consent.rs", "src/schema/interview.rs"],
    },
    Rule {
        name: "the redaction marker (deid::marker writes and parses it)",
        needles: &["REDACTED:\"", "REDACTED:{", "\"[REDACTED\""],
        owners: &["src/deid/marker.rs"],
    },
    Rule {
        name: "the pseudonym secret (Pseudonymiser::for_project derives it)",
        needles: &["pseudonym_secret.bytes", "Pseudonymiser::new("],
        // The profile checks its own field when it is read.
        owners: &["src/deid/transforms.rs", "src/profile.rs"],
    },
];

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

/// `source`'s lines, numbered, without comments (`//` to the end of the line: a `//` inside a
/// string cuts the rest of that line too, which can only hide code from the search) and
/// without the unit tests at the end of the file (`mod tests {` onwards).
fn code_lines(source: &str) -> impl Iterator<Item = (usize, &str)> {
    source
        .lines()
        .take_while(|l| l.trim() != "mod tests {")
        .map(|l| l.split_once("//").map_or(l, |(code, _)| code))
        .enumerate()
        .map(|(i, l)| (i + 1, l))
}

/// Whether `code` holds `needle` not followed by a letter, digit or `_`: `.withdrawal` is the
/// consent field, `.withdrawal_token(…)` and `.withdrawals()` are other names.
fn contains_whole(code: &str, needle: &str) -> bool {
    code.match_indices(needle).any(|(i, _)| !code[i + needle.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

#[test]
fn a_needle_is_matched_as_a_whole_name() {
    assert!(contains_whole("if i.consent.withdrawal.is_some() {", ".withdrawal"));
    assert!(contains_whole("let w = c.withdrawal;", ".withdrawal"));
    assert!(!contains_whole("ps.withdrawal_token(id)", ".withdrawal"));
    assert!(!contains_whole("self.withdrawals()?", ".withdrawal"));
    assert!(contains_whole("x.share_deidentified_now() || x.share_deidentified", "share_deidentified"));
}

#[test]
fn each_rule_is_read_only_by_its_owner() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    if root.join("src-tauri/src").is_dir() {
        rust_files(&root.join("src-tauri/src"), &mut files);
    }
    let me = root.join(file!().strip_prefix("./").unwrap_or(file!()));
    assert!(files.contains(&me), "the search covers this file's folder: {}", me.display());
    let mut copies = Vec::new();
    for file in files.iter().filter(|f| **f != me) {
        let rel = file.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let source = std::fs::read_to_string(file).unwrap();
        // An owner may become a folder of modules (`src/deid/consent/…`).
        let owned = |r: &&Rule| r.owners.iter().any(|o| rel == *o || rel.starts_with(&format!("{}/", o.trim_end_matches(".rs"))));
        for rule in RULES.iter().filter(|r| !owned(r)) {
            for (line, code) in code_lines(&source) {
                if let Some(needle) = rule.needles.iter().find(|n| contains_whole(code, n)) {
                    copies.push(format!("{rel}:{line}: `{needle}` outside the owner of {}", rule.name));
                }
            }
        }
    }
    assert!(copies.is_empty(), "a rule has a second copy:\n{}", copies.join("\n"));
}

/// The search finds what it looks for: each rule's code, put in a file that does not own it.
#[test]
fn the_search_finds_a_copy() {
    let copy = "fn gate(i: &Interview) -> bool { i.consent.scopes.share_deidentified && i.consent.withdrawal.is_none() }\n\
                fn mark(out: &mut String) { out.push_str(\"[REDACTED:\"); }\n\
                let n = 1; // i.consent_to_quote in a comment does not count\n\
                mod tests {\n\
                fn test() { let _ = \"quote_verbatim\"; }\n";
    let found: Vec<(usize, &str)> = code_lines(copy)
        .flat_map(|(line, code)| RULES.iter().flat_map(|r| r.needles.iter()).filter(move |n| code.contains(*n)).map(move |n| (line, *n)))
        .collect();
    assert_eq!(found, vec![(1, "share_deidentified"), (1, ".withdrawal"), (2, "REDACTED:\"")]);
}
