//! The review's leak scan: the redaction's pattern detectors and the project's deny-list over
//! every file of a bundle, reporting where and what kind, never the value.
//!
//! The matcher is the export's own ([`Redactor::find`]: phone numbers, e-mail, URLs, social
//! handles, ID-document numbers, places below province level, and the deny-list matched whatever
//! the case, diacritics or width), built without the vault's known identifiers, which a
//! reviewer does not have. Redaction markers (`[REDACTED:name]`) are not findings. What this
//! scan cannot see is what has no pattern: a name the vault never recorded, written in plain
//! words.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::deid::{IdentifierKind, KnownIdentifier, Redactor};

/// One identifier found: where, and what kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The file, as named in the bundle.
    pub file: String,
    /// Byte offset in the file.
    pub offset: usize,
    /// What found it (`detector:phone`, `known:deny_list`, `gazetteer:place`).
    pub kind: String,
}

/// What the scan covered and found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Scan {
    /// Files scanned.
    pub files: usize,
    /// Bytes scanned.
    pub bytes: usize,
    /// Deny-list entries looked for.
    pub deny_list: usize,
    /// Every finding, in file order.
    pub findings: Vec<Finding>,
}

/// The files the scan reads: every one but the signature (base64 of random bytes, which the
/// detectors read as handles; it holds nothing else).
fn scanned(path: &str) -> bool {
    path != crate::bundle::SIGNATURE
}

/// Scans every file of `files` (path, bytes) with the detectors and `deny_list`. `machine` are
/// values the bundle's format puts there (the exporter's key and key id, hashes): random
/// characters a detector may read as a handle or a number; a finding inside one is no leak.
pub fn scan(files: &BTreeMap<String, Vec<u8>>, deny_list: &[String], machine: &[String]) -> Scan {
    let known: Vec<KnownIdentifier> = deny_list
        .iter()
        .filter(|w| !w.trim().is_empty())
        .map(|w| KnownIdentifier { value: w.trim().to_owned(), kind: IdentifierKind::DenyList, person: false })
        .collect();
    let redactor = Redactor::new(&known);
    let mut scan = Scan { deny_list: known.len(), ..Scan::default() };
    for (path, bytes) in files.iter().filter(|(p, _)| scanned(p)) {
        scan.files += 1;
        scan.bytes += bytes.len();
        let text = String::from_utf8_lossy(bytes);
        let exempt: Vec<(usize, usize)> = machine
            .iter()
            .filter(|m| m.len() >= 8)
            .flat_map(|m| text.match_indices(m.as_str()).map(|(at, v)| (at, at + v.len())))
            .collect();
        // Line by line: the detectors look at a line's context, and a CSV row or a JSON Lines
        // record is one line.
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            for s in redactor.find(line).into_iter().filter(|s| !exempt.iter().any(|&(a, b)| at + s.start < b && at + s.end > a)) {
                scan.findings.push(Finding { file: path.clone(), offset: at + s.start, kind: s.rule });
            }
            at += line.len();
        }
    }
    scan
}
