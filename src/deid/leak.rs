//! The final leak scan: every byte of every output file, checked for every known identifier.
//!
//! Runs the same matcher as redaction ([`Redactor::find_known`]) over each file as text, plus a
//! check that no UUID v7 (which encodes a time) is in the output. Any hit stops the export; the
//! error names the file, the byte offset and the kind of identifier, never the identifier.

use serde::{Deserialize, Serialize};

use super::redact::Redactor;

/// What the leak scan covered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct LeakScanReport {
    /// Files scanned.
    pub files: usize,
    /// Bytes scanned.
    pub bytes: usize,
    /// Known identifiers looked for.
    pub identifiers: usize,
    /// Identifiers found (an export only goes ahead with 0).
    pub hits: usize,
}

/// One identifier found in an output file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leak {
    /// The file, as named in the bundle.
    pub file: String,
    /// Byte offset in the file.
    pub offset: usize,
    /// What was found (`known:name`, `uuid_v7`).
    pub rule: String,
}

fn uuid_v7_re() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b").expect("valid regex")
    })
}

/// Scans `files` (name, bytes); returns what was covered and every leak found, in file order.
/// Files are scanned on every core, largest first; each file is scanned whole.
pub fn scan(redactor: &Redactor, files: &[(String, Vec<u8>)]) -> (LeakScanReport, Vec<Leak>) {
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(files[i].1.len()));
    let found = super::par_map_mut(&mut order, 1, |&mut i| {
        let (name, content) = &files[i];
        let text = String::from_utf8_lossy(content);
        let mut leaks = Vec::new();
        for s in redactor.find_known(&text) {
            leaks.push(Leak { file: name.clone(), offset: s.start, rule: s.rule });
        }
        for m in uuid_v7_re().find_iter(&text) {
            leaks.push(Leak { file: name.clone(), offset: m.start(), rule: "uuid_v7".into() });
        }
        (i, leaks)
    });
    let mut per_file: Vec<Vec<Leak>> = vec![Vec::new(); files.len()];
    for (i, leaks) in found {
        per_file[i] = leaks;
    }
    let leaks: Vec<Leak> = per_file.into_iter().flatten().collect();
    let bytes = files.iter().map(|(_, c)| c.len()).sum();
    let report = LeakScanReport { files: files.len(), bytes, identifiers: redactor.known_count(), hits: leaks.len() };
    (report, leaks)
}
