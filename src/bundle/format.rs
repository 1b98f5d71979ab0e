//! The bundle's format: the names inside the tar and the manifest's types.
//!
//! What a `.fvb` holds is described in [`super`]; this module has the types both the writer and
//! the reader agree on ([`Manifest`] and its parts, [`FileParts`]) and the manifest's JSON
//! Schema. It neither writes nor reads a bundle.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::deid::{self, Exclusion, Policy, Report};

/// Format marker of the bundles this build writes and reads.
pub const BUNDLE_FORMAT: &str = "fieldvault-bundle-1";

/// Name of the manifest inside the tar (its first entry).
pub const MANIFEST: &str = "manifest.json";

/// Name of the manifest's signature inside the tar (its second entry).
pub const SIGNATURE: &str = "manifest.json.minisig";

/// A file in the bundle, as listed in the manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Path inside the tar.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// Hex SHA-256 of the content.
    pub sha256: String,
}

/// A file of a bundle before it is encrypted, as the parts it was made of, in order: the header
/// row and each record's rows of a table, each record's line of `records.jsonl`; other files are
/// one part. A file of a hundred megabytes is never copied into one buffer: the leak scan, the
/// manifest's hashes and the tar read the parts in turn, and every part ends at a record's end.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileParts(pub Vec<Vec<u8>>);

impl FileParts {
    /// Size in bytes.
    pub fn len(&self) -> usize {
        self.0.iter().map(Vec::len).sum()
    }

    /// Whether the file is empty.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Vec::is_empty)
    }

    /// The parts, borrowed.
    pub fn slices(&self) -> Vec<&[u8]> {
        self.0.iter().map(Vec::as_slice).collect()
    }

    /// The file's bytes in one buffer.
    pub fn to_vec(&self) -> Vec<u8> {
        self.0.concat()
    }

    /// Hex SHA-256 of the file's bytes.
    pub fn sha256(&self) -> String {
        let mut h = Sha256::new();
        self.0.iter().for_each(|p| h.update(p));
        hex::encode(h.finalize())
    }
}

impl From<Vec<u8>> for FileParts {
    fn from(bytes: Vec<u8>) -> FileParts {
        FileParts(vec![bytes])
    }
}

/// The line of an exported interview's revisions, so that a reader can tell a newer revision
/// from a diverging one: a fingerprint of each revision from the first to the exported one.
/// Each fingerprint is a keyed hash (a pseudonym) of the vault's record id, the revision number
/// and the revision's sealed content key, which is random for every save: a copy of the vault
/// edited elsewhere gives the same fingerprints up to the copy and different ones after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lineage {
    /// Pseudonymous interview id.
    pub interview_id: String,
    /// The exported revision's number in the vault (from 1).
    pub revision: i64,
    /// Fingerprints of revisions 1 to `revision`, in order (pseudonyms, `p_…`).
    pub revisions: Vec<String>,
}

/// Who exported the bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exporter {
    /// The minisign key id, as `minisign` prints it (16 hex digits).
    pub key_id: String,
    /// The minisign public key (base64 line of the `.pub` file).
    pub public_key: String,
}

/// The vault's audit chain when the bundle was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuditRef {
    /// The event the export appends to the vault's log once the bundle is sealed.
    pub event: String,
    /// Entries in the chain before that event.
    pub chain_seq: i64,
    /// Hash of the last entry before that event.
    pub chain_head: String,
}

/// Counts of what is in the bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Interviews exported.
    pub interviews: usize,
    /// Rows per CSV table.
    pub rows: BTreeMap<String, usize>,
}

/// `manifest.json`: what the bundle holds and how it was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "FieldVault bundle manifest", extend("$id" = "https://fieldvault.invalid/schemas/bundle-manifest.schema.json"))]
pub struct Manifest {
    /// Bundle format (`fieldvault-bundle-1`).
    pub format: String,
    /// The project (UUID v4 from the profile).
    pub project_id: String,
    /// Who signed it.
    pub exporter: Exporter,
    /// When it was made (UTC, RFC 3339).
    pub created_at: String,
    /// FieldVault version that made it.
    pub fieldvault_version: String,
    /// What is in it.
    pub counts: Counts,
    /// Every other file of the bundle with its SHA-256, sorted by path.
    pub files: Vec<FileEntry>,
    /// The de-identification policy applied, in full.
    pub policy: Policy,
    /// Hex SHA-256 of the policy's canonical JSON.
    pub policy_sha256: String,
    /// Interviews and quotes left out, and why.
    pub exclusions: Vec<Exclusion>,
    /// Spans redacted in free text, per rule.
    pub redactions: BTreeMap<String, usize>,
    /// Spans redacted in free text, per confidence (`high`, `possible`); absent from bundles
    /// made before detections had one.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub redactions_by_confidence: BTreeMap<String, usize>,
    /// Every pipeline step's counts, the k-anonymity report and the leak scan.
    pub report: Report,
    /// The vault's audit chain.
    pub audit: AuditRef,
    /// The line of revisions of each exported interview (absent from bundles of older builds).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<Lineage>,
    /// Interviews withdrawn and erased in the vault, each as its withdrawal token (a keyed hash
    /// of its pseudonymous id, [`crate::deid::Pseudonymiser::withdrawal_token`]): a research
    /// workspace, which holds the project's secret, removes them; no one else can tell which
    /// interview they were (absent from bundles of older builds).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawn: Vec<String>,
}

/// The JSON Schema (2020-12) of `manifest.json`.
pub fn manifest_schema() -> Value {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<Manifest>();
    let mut v = serde_json::to_value(schema).expect("a generated schema is valid JSON");
    // The embedded policy keeps no `$id` of its own: with one, validators resolve the
    // `#/$defs/…` references inside it against the policy schema, where they do not exist.
    if let Some(policy) = v.pointer_mut("/$defs/Policy").and_then(Value::as_object_mut) {
        policy.remove("$id");
    }
    v
}

/// `v` as the bundle writes JSON files: canonical (sorted keys), pretty, ending in a newline.
pub(crate) fn json_bytes(v: &Value) -> Vec<u8> {
    let mut b = serde_json::to_vec_pretty(&deid::canonical(v)).expect("JSON serialises");
    b.push(b'\n');
    b
}

/// Hex SHA-256 of `b`.
pub(crate) fn sha256_hex(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

/// The minisign key id of a public key, as `minisign` prints it.
pub fn key_id(pk: &minisign::PublicKey) -> String {
    key_id_hex(pk.keynum())
}

/// A minisign key id (8 bytes, as a key or a signature holds it) as `minisign` prints it.
pub(crate) fn key_id_hex(keynum: &[u8]) -> String {
    let mut k = [0u8; 8];
    let n = keynum.len().min(8);
    k[..n].copy_from_slice(&keynum[..n]);
    format!("{:016X}", u64::from_le_bytes(k))
}

impl Manifest {
    /// The manifest as the bundle stores it (and as it is signed): canonical pretty JSON.
    pub fn to_bytes(&self) -> Vec<u8> {
        json_bytes(&serde_json::to_value(self).expect("a manifest serialises"))
    }
}
