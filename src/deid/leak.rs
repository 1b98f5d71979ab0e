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

/// A UUID v7, with its hyphens or without (32 hex digits), not inside a longer run of hex
/// digits (a SHA-256 holds many 32-digit runs that look like one), but wherever else: after
/// a letter or `_` too (`photo_0190f0aa-…`), which a word boundary would miss. The UUID is
/// the first group; the characters around it are matched, not looked at.
fn uuid_v7_re() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?:^|[^0-9a-f])([0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15})(?:[^0-9a-f]|$)",
        )
        .expect("valid regex")
    })
}

/// Where each UUID v7 of `text` starts ([`uuid_v7_re`]); the search goes on from each one's
/// end, so that the character after one can be the character before the next.
fn uuid_v7_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    if !may_hold_a_uuid(text) {
        return starts;
    }
    let mut at = 0;
    while let Some(m) = uuid_v7_re().captures_at(text, at).and_then(|c| c.get(1)) {
        starts.push(m.start());
        at = m.end();
    }
    starts
}

/// Whether `text` holds what either form of a UUID needs ([`uuid_v7_re`]): eight hex digits
/// before a `-`, or a run of 32 hex digits. Most files hold neither (pseudonyms are 16), and
/// this is cheaper than the regex's scan of every byte: `-` is looked for by `str::find`, and a
/// run of 32 holds two bytes 16 apart at multiples of 16, so only those bytes are read first.
fn may_hold_a_uuid(text: &str) -> bool {
    let b = text.as_bytes();
    let hex = |i: usize| b[i].is_ascii_hexdigit();
    let mut at = 0;
    while let Some(d) = text[at..].find('-') {
        let i = at + d;
        if i >= 8 && (i - 8..i).all(hex) {
            return true;
        }
        at = i + 1;
    }
    let mut q = 0;
    while q + 16 < b.len() {
        if hex(q) && hex(q + 16) {
            let start = (0..q).rev().find(|&i| !hex(i)).map_or(0, |i| i + 1);
            let end = (q..b.len()).find(|&i| !hex(i)).unwrap_or(b.len());
            if end - start >= 32 {
                return true;
            }
        }
        q += 16;
    }
    false
}

/// Pieces of a file of about 1 MiB, each ending at a record's end: a line of JSON Lines, a
/// row of CSV (a CRLF outside quotes), so that no record is cut in two; other files whole.
fn pieces(name: &str, content: &[u8]) -> Vec<(usize, usize)> {
    const PIECE: usize = 1 << 20;
    let csv = name.ends_with(".csv");
    if content.len() <= PIECE || !(csv || name.ends_with(".jsonl")) {
        return vec![(0, content.len())];
    }
    let mut out = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, &b) in content.iter().enumerate() {
        match b {
            b'"' if csv => quoted = !quoted,
            b'\n' if !quoted && i + 1 - start >= PIECE && (!csv || i > 0 && content[i - 1] == b'\r') => {
                out.push((start, i + 1));
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < content.len() {
        out.push((start, content.len()));
    }
    out
}

/// Scans `files` (name, bytes); returns what was covered and every leak found, in file order.
/// Files are scanned on every core in pieces cut between records ([`pieces`]).
pub fn scan(redactor: &Redactor, files: &[(String, Vec<u8>)]) -> (LeakScanReport, Vec<Leak>) {
    let parts: Vec<(String, Vec<&[u8]>)> = files.iter().map(|(name, b)| (name.clone(), vec![b.as_slice()])).collect();
    scan_parts(redactor, &parts)
}

/// Bytes of consecutive parts scanned as one text, at most (a part longer than that is one
/// text, or is cut between records by [`pieces`]).
const UNIT: usize = 256 << 10;

/// [`scan`] of files each given as parts in order, every part ending at a record's end (a
/// line of JSON Lines, rows of CSV): consecutive parts are read as one text up to [`UNIT`]
/// bytes, so no record is cut in two and no file is joined into one buffer. Offsets in the
/// leaks are in the whole file.
pub fn scan_parts(redactor: &Redactor, files: &[(String, Vec<&[u8]>)]) -> (LeakScanReport, Vec<Leak>) {
    // (file, offset in the file, the parts of one text)
    let mut units: Vec<(usize, usize, Vec<&[u8]>)> = Vec::new();
    for (i, (name, parts)) in files.iter().enumerate() {
        let mut at = 0;
        let mut unit: Option<(usize, Vec<&[u8]>, usize)> = None;
        for part in parts.iter().filter(|p| !p.is_empty()) {
            if part.len() > UNIT {
                units.extend(unit.take().map(|(o, u, _)| (i, o, u)));
                units.extend(pieces(name, part).into_iter().map(|(a, b)| (i, at + a, vec![&part[a..b]])));
            } else {
                match &mut unit {
                    Some((_, u, len)) if *len + part.len() <= UNIT => {
                        u.push(part);
                        *len += part.len();
                    }
                    _ => {
                        units.extend(unit.replace((at, vec![part], part.len())).map(|(o, u, _)| (i, o, u)));
                    }
                }
            }
            at += part.len();
        }
        units.extend(unit.map(|(o, u, _)| (i, o, u)));
    }
    let found = crate::parallel::map_mut(&mut units, 1, |(i, at, parts)| {
        let name = &files[*i].0;
        let joined;
        let bytes = match parts.as_slice() {
            [one] => *one,
            many => {
                joined = many.concat();
                &joined[..]
            }
        };
        // Valid UTF-8 (every file is made from strings) is checked by `from_utf8`'s fast path
        // for ASCII; only a file that is not is read lossily, each bad byte as U+FFFD.
        let text = std::str::from_utf8(bytes).map_or_else(|_| String::from_utf8_lossy(bytes), std::borrow::Cow::Borrowed);
        let mut leaks = Vec::new();
        for s in redactor.find_known(&text) {
            leaks.push(Leak { file: name.clone(), offset: *at + s.start, rule: s.rule });
        }
        for start in uuid_v7_starts(&text) {
            leaks.push(Leak { file: name.clone(), offset: *at + start, rule: "uuid_v7".into() });
        }
        (*i, leaks)
    });
    let mut per_file: Vec<Vec<Leak>> = vec![Vec::new(); files.len()];
    for (i, leaks) in found {
        per_file[i].extend(leaks);
    }
    let leaks: Vec<Leak> = per_file.into_iter().flatten().collect();
    let bytes = files.iter().map(|(_, parts)| parts.iter().map(|p| p.len()).sum::<usize>()).sum();
    let report = LeakScanReport { files: files.len(), bytes, identifiers: redactor.known_count(), hits: leaks.len() };
    (report, leaks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deid::{IdentifierKind, KnownIdentifier};

    #[test]
    fn pieces_end_at_record_ends_and_leaks_keep_their_file_offsets() {
        // CSV rows whose quoted note holds a CRLF: a cut there would split a record.
        let row = "p_0123456789abcdef,\"a note\r\nwith a line break\",x\r\n";
        let mut csv = row.repeat((3 << 20) / row.len() + 1);
        let at = csv.len();
        csv.push_str("p_0123456789abcdef,\"met Nguyễn Thị Hằng\",x\r\n");
        let content = csv.into_bytes();
        let cut = pieces("data/t.csv", &content);
        assert!(cut.len() >= 3, "{cut:?}");
        assert_eq!((cut[0].0, cut[cut.len() - 1].1), (0, content.len()));
        for w in cut.windows(2) {
            assert_eq!(w[0].1, w[1].0);
        }
        for &(a, b) in &cut {
            assert!(content[a..b].starts_with(b"p_0123") && content[..b].ends_with(b",x\r\n"), "piece {a}..{b}");
        }
        let name = KnownIdentifier { value: "Nguyễn Thị Hằng".into(), kind: IdentifierKind::Name, person: true };
        let (report, leaks) = scan(&Redactor::new(&[name]), &[("data/t.csv".into(), content)]);
        assert_eq!(report.hits, 1);
        assert_eq!(leaks[0].offset, at + "p_0123456789abcdef,\"met ".len());
    }

    /// A UUID v7 (which encodes the time it was made) in any file is a leak, named by its file
    /// and byte offset, in either case; a UUID v4, a pseudonym and other hex strings are not.
    #[test]
    fn a_uuid_v7_is_a_leak_and_a_uuid_v4_or_other_hex_is_not() {
        let v7 = "0190f0aa-3c5e-7b12-9d4f-0a1b2c3d4e5f";
        let before = "{\"interview_id\": \"p_0123456789abcdef\", \"notes\": \"saved as ";
        let bare = v7.replace('-', "");
        let records = format!("{before}{v7}\", \"other\": \"{bare}\"}}\n");
        // After a letter or `_`, and two in a row with one character between them.
        let tight = format!("photo_{v7} ix{bare} {v7}");
        let csv = format!("interview_id,note\r\np_0123456789abcdef,x {}\r\n", v7.to_uppercase());
        let clean = [
            "3f2b8c1e-9a4d-4e6f-b1c2-7d8e9f0a1b2c",
            "3f2b8c1e9a4d4e6fb1c27d8e9f0a1b2c",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "p_0190f0aa3c5e7b12",
        ]
        .join(" ");
        let redactor = Redactor::new(&[]);
        let files = vec![
            ("data/interviews.csv".to_string(), csv.clone().into_bytes()),
            ("datapackage.json".to_string(), clean.into_bytes()),
            ("records.jsonl".to_string(), records.clone().into_bytes()),
            ("tight.txt".to_string(), tight.clone().into_bytes()),
        ];
        let (report, leaks) = scan(&redactor, &files);
        let leak = |file: &str, offset: usize| Leak { file: file.into(), offset, rule: "uuid_v7".into() };
        let csv_at = csv.find("x ").unwrap() + 2;
        let bare_at = records.find(&bare).unwrap();
        let tight_at = [6, 6 + v7.len() + 3, 6 + v7.len() + 3 + bare.len() + 1];
        let mut expected = vec![leak("data/interviews.csv", csv_at), leak("records.jsonl", before.len()), leak("records.jsonl", bare_at)];
        expected.extend(tight_at.iter().map(|&at| leak("tight.txt", at)));
        assert_eq!(leaks, expected);
        assert_eq!((report.files, report.hits), (4, 6));
    }

    /// The regex finds a UUID only in a text the cheap test lets through.
    #[test]
    fn only_texts_that_may_hold_a_uuid_hold_one() {
        let parts = [
            "0",
            "7",
            "a",
            "F",
            "9",
            "-",
            "x",
            " ",
            "é",
            "0190f0aa",
            "3c5e",
            "7b12",
            "9d4f",
            "0a1b2c3d4e5f",
            "0190f0aa3c5e7b129d4f0a1b2c3d4e5f",
        ];
        let mut rng = crate::deid::test_texts::XorShift(0x2545_f491_4f6c_dd1d);
        let mut found = 0;
        for len in 0..4000 {
            let t: String = (0..len % 60).map(|_| *rng.pick(&parts)).collect();
            let starts = uuid_v7_re().is_match(&t);
            assert!(!starts || may_hold_a_uuid(&t), "{t:?}");
            found += usize::from(starts);
        }
        assert!(found > 20, "the texts hold UUIDs ({found})");
    }

    /// Files in parts (a record's rows each, some empty, one longer than a unit) are scanned
    /// as the same files whole: the same leaks at the same offsets.
    #[test]
    fn parts_are_scanned_like_the_whole_file() {
        let name = KnownIdentifier { value: "Nguyễn Thị Hằng".into(), kind: IdentifierKind::Name, person: true };
        let redactor = Redactor::new(&[name]);
        let mut parts: Vec<Vec<u8>> = vec![b"interview_id,notes\r\n".to_vec()];
        for i in 0..6000 {
            let note = match i % 1000 {
                17 => "she met Nguyễn Thị Hằng at the station".to_owned(),
                500 => format!("a long note: {}", "word ".repeat(80_000)),
                _ => format!("note {i} about the \"fees\""),
            };
            parts.push(format!("p_{i:016x},\"{}\"\r\n", note.replace('"', "\"\"")).into_bytes());
            if i % 7 == 0 {
                parts.push(Vec::new());
            }
        }
        let whole = parts.concat();
        assert!(parts.iter().any(|p| p.len() > UNIT));
        let (r1, l1) = scan(&redactor, &[("data/t.csv".into(), whole)]);
        let slices: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
        let (r2, l2) = scan_parts(&redactor, &[("data/t.csv".into(), slices)]);
        assert_eq!(l1.len(), 6);
        assert_eq!((r1, l1), (r2, l2));
    }
}
