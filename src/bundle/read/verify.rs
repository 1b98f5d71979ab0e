//! The trust layer: who signed the manifest, and whether everything matches what they signed.
//!
//! [`verify`] is the one place a bundle's signer is decided: the signature is checked with the
//! roster key whose key id it names, and the manifest must name that same key. Then
//! [`Verified::check_file`] holds each file to its signed size and SHA-256, and
//! [`check_records`] holds each record to the de-identified record schema. Import and review
//! call these, through [`super::untar`] or directly.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{safe_path, shown, ReadError, Roster, MAX_BUNDLE_BYTES, MAX_FILES};
use crate::bundle::format::{key_id_hex, sha256_hex, FileEntry, Manifest, BUNDLE_FORMAT, MANIFEST, SIGNATURE};
use crate::keys;

/// A manifest whose signature verified with a roster key.
#[derive(Debug)]
pub struct Verified {
    /// The manifest.
    pub manifest: Manifest,
    /// The signer's minisign key id.
    pub signer_key_id: String,
    /// The signer's name on the roster.
    pub signer: String,
    listed: BTreeMap<String, FileEntry>,
}

/// Checks `manifest` (the bytes of `manifest.json`) and its `signature`
/// (`manifest.json.minisig`) against `roster`: the signature's key id must be a roster key's
/// ([`ReadError::NoRoster`], [`ReadError::UnknownSigner`]), the signature must verify with that
/// key ([`ReadError::BadSignature`]), the manifest must be this format and name that key as its
/// exporter, every key byte equal ([`ReadError::SignerKeyMismatch`]), and its file list must be
/// one a bundle can hold.
pub fn verify(manifest: &[u8], signature: &[u8], roster: &Roster) -> Result<Verified, ReadError> {
    let text = std::str::from_utf8(signature).map_err(|_| ReadError::SignatureInvalid("it is not text".into()))?;
    let sig = super::roster::signature_box(text)?;
    let key_id = key_id_hex(sig.keynum());
    let (signer, key) = roster.signer(&sig, manifest)?;

    // The format first, so that a newer manifest asks for an update rather than looking broken.
    #[derive(Deserialize)]
    struct Head {
        format: String,
    }
    let head: Head = serde_json::from_slice(manifest).map_err(|e| ReadError::ManifestInvalid(e.to_string()))?;
    if head.format != BUNDLE_FORMAT {
        return Err(ReadError::UnsupportedFormat(shown(&head.format)));
    }
    let manifest: Manifest = serde_json::from_slice(manifest).map_err(|e| ReadError::ManifestInvalid(e.to_string()))?;
    let named = keys::parse_minisign_public(&manifest.exporter.public_key).ok();
    if named.map(|k| k.to_bytes()) != Some(key.to_bytes()) || manifest.exporter.key_id != key_id {
        return Err(ReadError::SignerKeyMismatch { key_id });
    }

    let mut listed = BTreeMap::new();
    let mut total = 0u64;
    for f in &manifest.files {
        let bad = |why: &str| ReadError::ManifestInvalid(format!("its entry for '{}' {why}", shown(&f.path)));
        if !safe_path(&f.path) || f.path == MANIFEST || f.path == SIGNATURE {
            return Err(bad("is not a name a bundle may hold"));
        }
        if f.sha256.len() != 64 || !f.sha256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return Err(bad("has no SHA-256"));
        }
        total = total.saturating_add(f.size);
        if listed.insert(f.path.clone(), f.clone()).is_some() {
            return Err(bad("appears twice"));
        }
    }
    if listed.len() + 2 > MAX_FILES {
        return Err(ReadError::TooManyFiles { limit: MAX_FILES });
    }
    if total > MAX_BUNDLE_BYTES {
        return Err(ReadError::TooLarge { size: total, limit: MAX_BUNDLE_BYTES });
    }
    Ok(Verified { manifest, signer_key_id: key_id, signer: signer.to_owned(), listed })
}

impl Verified {
    /// The manifest's entry for `path`, if it lists one.
    pub fn listed(&self, path: &str) -> Option<&FileEntry> {
        self.listed.get(path)
    }

    /// Total size of the files the manifest lists.
    pub fn listed_bytes(&self) -> u64 {
        self.listed.values().map(|f| f.size).sum()
    }

    /// Checks a file against its signed size and SHA-256.
    pub fn check_file(&self, path: &str, data: &[u8]) -> Result<(), ReadError> {
        let entry = self.listed(path).ok_or_else(|| ReadError::UnlistedFile { path: shown(path) })?;
        if data.len() as u64 != entry.size || sha256_hex(data) != entry.sha256 {
            return Err(ReadError::HashMismatch { path: shown(path) });
        }
        Ok(())
    }

    /// Checks that every listed file was seen.
    pub fn check_complete(&self, seen: &BTreeSet<&str>) -> Result<(), ReadError> {
        match self.listed.keys().find(|p| !seen.contains(p.as_str())) {
            Some(path) => Err(ReadError::MissingFile { path: path.clone() }),
            None => Ok(()),
        }
    }
}

/// The JSON Schema URL of a de-identified record (the `$id` of `schemas/deid-record.schema.json`).
const RECORD_SCHEMA_URL: &str = "https://fieldvault.invalid/schemas/deid-record.schema.json";

/// The de-identified record schema, compiled once per process (compiling it costs far more than
/// checking a record against it).
static RECORD_SCHEMA: std::sync::LazyLock<(boon::Schemas, boon::SchemaIndex)> = std::sync::LazyLock::new(|| {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource(RECORD_SCHEMA_URL, crate::deid::deid_record_schema()).expect("the record schema is a valid resource");
    let index = compiler.compile(RECORD_SCHEMA_URL, &mut schemas).expect("the record schema compiles");
    (schemas, index)
});

/// Checks every line of `records.jsonl` against the de-identified record schema
/// ([`crate::deid::deid_record_schema`], validated by the `boon` crate); returns how many
/// records there are.
pub fn check_records(records_jsonl: &[u8]) -> Result<usize, ReadError> {
    parse_records(records_jsonl).map(|r| r.len())
}

/// Parses every line of `records.jsonl` and checks each record against the de-identified record
/// schema, as [`check_records`] does; returns the records, in order, so that no caller parses
/// them again. The error is the first failing line's.
///
/// One thread: checking the lines on every core was tried, and cost a quarter more CPU (threads
/// made and ended per bundle, records freed away from the thread that made them) for a wall-time
/// gain the import gets anyway by checking the next bundle while it merges this one.
pub fn parse_records(records_jsonl: &[u8]) -> Result<Vec<serde_json::Value>, ReadError> {
    record_lines(records_jsonl).map(|(i, line)| parse_record(i, line)).collect()
}

/// The records' lines of `records.jsonl` with their index (from 0): every line but empty ones.
pub(super) fn record_lines(records_jsonl: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    records_jsonl.split(|&b| b == b'\n').enumerate().filter(|(_, l)| !l.is_empty())
}

/// Parses line `i` (from 0) of `records.jsonl` and checks it against the schema.
fn parse_record(i: usize, line: &[u8]) -> Result<serde_json::Value, ReadError> {
    let (schemas, index) = &*RECORD_SCHEMA;
    let invalid = |path: String, why: String| ReadError::InvalidRecord { line: i + 1, path, why: shown(&why) };
    let value: serde_json::Value = serde_json::from_slice(line).map_err(|e| invalid(String::new(), e.to_string()))?;
    if let Err(e) = schemas.validate(&value, *index) {
        // The innermost cause names the value that failed, not the `anyOf` around it.
        let mut leaf = &e;
        while let Some(c) = leaf.causes.first() {
            leaf = c;
        }
        return Err(invalid(leaf.instance_location.to_string(), leaf.kind.to_string()));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed good bundle's `records.jsonl`.
    fn good_records() -> Vec<u8> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
        let identity: age::x25519::Identity = crate::demo::DEMO_RESEARCHER_IDENTITY.parse().unwrap();
        let mut roster = Roster::new();
        roster.add("Lan", &std::fs::read_to_string(root.join("fieldworker.pub")).unwrap()).unwrap();
        let bundle = super::super::open(&root.join("good.fvb"), &identity, &roster).unwrap();
        bundle.files["records.jsonl"].clone()
    }

    #[test]
    fn records_come_parsed_in_order_and_the_first_bad_line_is_named() {
        let good = good_records();
        let lines: Vec<&[u8]> = good.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
        let mut many: Vec<Vec<u8>> = (0..120).map(|i| lines[i % lines.len()].to_vec()).collect();
        let joined = |v: &[Vec<u8>]| v.join(&b'\n');
        let parsed = parse_records(&joined(&many)).unwrap();
        assert_eq!(parsed.len(), 120);
        for (i, r) in parsed.iter().enumerate() {
            assert_eq!(r, &serde_json::from_slice::<serde_json::Value>(lines[i % lines.len()]).unwrap(), "record {i}");
        }
        // Two bad lines: the first one is named.
        many[100] = b"[]".to_vec();
        many[30] = b"{not json".to_vec();
        let err = parse_records(&joined(&many)).unwrap_err();
        assert!(matches!(err, ReadError::InvalidRecord { line: 31, .. }), "{err:?}");
        many[30] = lines[0].to_vec();
        let err = parse_records(&joined(&many)).unwrap_err();
        assert!(matches!(err, ReadError::InvalidRecord { line: 101, .. }), "{err:?}");
    }
}
