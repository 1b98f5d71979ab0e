//! Reading a bundle without trusting it, in three layers, each usable on its own:
//!
//! 1. [`decrypt`]: the age file, streamed chunk by chunk (nothing is decrypted ahead of need);
//! 2. [`untar`]: the plaintext tar (from a decryptor, or any [`Read`] such as a tar a reviewer
//!    unpacked by hand), entry by entry: regular files with safe names only, each name once,
//!    at most [`MAX_FILES`], and `manifest.json` and its signature first, checked as soon as
//!    they are read, before any data;
//! 3. [`verify`]: the manifest's signature by a key on the project's [`Roster`] (never the key
//!    the manifest names), then every file's size and SHA-256 ([`Verified::check_file`]) and
//!    every record of `records.jsonl` against the de-identified record schema
//!    ([`parse_records`], which hands the parsed records on in the `records` field of [`Bundle`]).
//!
//! [`open`] is the one call over all three. Memory stays bounded whatever the input: before the
//! signature verifies, only the first two entries (each capped) are read; after it, only what the
//! signed manifest lists, at the sizes it lists. Each failure is its own [`ReadError`] variant.
//!
//! The reader knows nothing of vaults or sessions: import and review use it as it is. It does not
//! decide whom to trust either; the caller's [`Roster`] does.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::BufReader;
use std::path::Path;
use std::rc::Rc;

use serde_json::Value;

use super::format::Manifest;

mod decrypt;
mod roster;
mod untar;
mod verify;

pub use decrypt::{decrypt, Plaintext};
pub use roster::Roster;
pub use untar::untar;
pub use verify::{check_records, parse_records, verify, Verified};

/// Largest bundle [`open`] reads, and the most plaintext it reads from one.
pub const MAX_BUNDLE_BYTES: u64 = 512 * 1024 * 1024;

/// Most files a bundle may hold (manifest and signature included).
pub const MAX_FILES: usize = 1000;

/// Largest `manifest.json` a reader accepts.
pub const MAX_MANIFEST_BYTES: u64 = 32 * 1024 * 1024;

/// Largest `manifest.json.minisig` a reader accepts.
pub const MAX_SIGNATURE_BYTES: u64 = 4096;

/// Why a bundle was refused. Each message says what to do next.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The bundle file cannot be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The bundle is larger than [`MAX_BUNDLE_BYTES`].
    #[error(
        "the bundle is {size} bytes, more than the {limit}-byte limit: it is not a FieldVault bundle, or it was padded; do not use it"
    )]
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The tar holds more bytes than its signed manifest accounts for.
    #[error("the bundle holds more data than its manifest lists (more than {limit} bytes): it was altered; do not use it, ask the fieldworker to export it again")]
    Oversized {
        /// Bytes the reader allowed.
        limit: u64,
    },
    /// Not an age file.
    #[error("not a FieldVault bundle ({0}): check that this is the `.fvb` file the fieldworker sent")]
    NotABundle(String),
    /// None of the bundle's recipients is this identity.
    #[error("this identity cannot open the bundle: it was encrypted to other researchers or reviewers. Use the age identity whose recipient is in the project profile")]
    WrongKey,
    /// The file ends early.
    #[error("the bundle is truncated ({0}): copy it again from the sender")]
    Truncated(String),
    /// The encrypted content does not authenticate.
    #[error("the bundle was altered after it was encrypted ({0}): do not use it; ask the fieldworker to send it again")]
    Altered(String),
    /// The plaintext is not a tar.
    #[error("the bundle's content is not a valid archive ({0}): do not use it; ask the fieldworker to export it again")]
    NotATar(String),
    /// An entry of the tar is a link, a device, a folder, or has an unsafe name.
    #[error("the bundle holds an unsafe entry '{path}' ({why}): do not unpack it by hand; ask the fieldworker to export it again")]
    UnsafeEntry {
        /// The entry's name (escaped, shortened).
        path: String,
        /// What is wrong with it.
        why: String,
    },
    /// A name appears twice in the tar.
    #[error("the bundle holds '{path}' twice: it was altered; do not use it, ask the fieldworker to export it again")]
    DuplicateEntry {
        /// The entry's name.
        path: String,
    },
    /// The tar has more than [`MAX_FILES`] entries.
    #[error("the bundle holds more than {limit} files: it is not a FieldVault bundle; do not use it")]
    TooManyFiles {
        /// The limit.
        limit: usize,
    },
    /// An entry is larger than the reader accepts for it.
    #[error("'{path}' in the bundle is {size} bytes, more than the {limit} bytes allowed: do not use the bundle; ask the fieldworker to export it again")]
    EntryTooLarge {
        /// The entry's name.
        path: String,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The tar does not begin with `manifest.json` and `manifest.json.minisig`.
    #[error("the bundle does not begin with its signed manifest ('{expected}' expected, '{found}' found): it is not a FieldVault bundle, or it was altered; ask the fieldworker to export it again")]
    ManifestNotFirst {
        /// The entry that belongs there.
        expected: String,
        /// The entry found instead (`end of archive` when there is none).
        found: String,
    },
    /// `manifest.json` is not a valid manifest.
    #[error("the bundle's manifest is not valid ({0}): ask the fieldworker to export it again with this version of FieldVault")]
    ManifestInvalid(String),
    /// `manifest.json.minisig` is not a minisign signature.
    #[error("the bundle's signature is not a minisign signature ({0}): do not use the bundle; ask the fieldworker to export it again")]
    SignatureInvalid(String),
    /// There is no roster to check the signer against.
    #[error("the bundle is signed by key {key_id}, and no fieldworker's key was given to check it against: pass the project profile (--profile) or the fieldworker's public key (--signer KEY.pub); nothing was trusted")]
    NoRoster {
        /// The key id of the signature.
        key_id: String,
    },
    /// The signature's key id is on no roster key.
    #[error("the bundle is signed by key {key_id}, which is not on the project's fieldworker roster: do not use it; check who sent it, and if it is a new fieldworker ask the principal investigator to add their public key to the profile")]
    UnknownSigner {
        /// The key id of the signature.
        key_id: String,
    },
    /// The signature does not verify with the roster key of its key id.
    #[error("the manifest's signature does not verify with the roster's key {key_id}: the bundle was forged or altered; do not use it, and tell the principal investigator")]
    BadSignature {
        /// The key id the signature claims.
        key_id: String,
    },
    /// The manifest names an exporter key other than the roster key that signed it.
    #[error("the manifest names an exporter key other than the roster's key {key_id} that signed it: do not use the bundle; ask the fieldworker to export it again")]
    SignerKeyMismatch {
        /// The key id of the roster key that signed.
        key_id: String,
    },
    /// A newer or unknown bundle format.
    #[error("bundle format '{0}' is not supported: this build reads {fmt}; update FieldVault", fmt = super::BUNDLE_FORMAT)]
    UnsupportedFormat(String),
    /// The tar holds a file the manifest does not list.
    #[error("the bundle holds '{path}', which its signed manifest does not list: it was altered; do not use it")]
    UnlistedFile {
        /// The entry's name.
        path: String,
    },
    /// A file the manifest lists is not in the tar.
    #[error("'{path}' is listed in the signed manifest but missing from the bundle: ask the fieldworker to export it again")]
    MissingFile {
        /// The file's name.
        path: String,
    },
    /// A file's size or SHA-256 differs from the signed manifest's.
    #[error("'{path}' does not match its size and SHA-256 in the signed manifest: the bundle was altered; do not use it")]
    HashMismatch {
        /// The file's name.
        path: String,
    },
    /// A record of `records.jsonl` fails the de-identified record schema.
    #[error("record {line} of records.jsonl is not a valid de-identified record (at '{path}': {why}): do not use the bundle; tell the fieldworker, whose export made it")]
    InvalidRecord {
        /// Line number, from 1.
        line: usize,
        /// JSON pointer of the offending value inside the record.
        path: String,
        /// What is wrong.
        why: String,
    },
    /// Data follows the tar's end.
    #[error("the bundle holds data after the end of its archive: it was altered; do not use it")]
    TrailingData,
    /// A roster key does not parse as a minisign public key.
    #[error("'{name}' is not a minisign public key ({why}): give the fieldworker's `.pub` file")]
    InvalidRosterKey {
        /// Where the key came from.
        name: String,
        /// What is wrong with it.
        why: String,
    },
}

/// A bundle whose signer, files and records have all been checked.
#[derive(Debug)]
pub struct Bundle {
    /// The signed manifest.
    pub manifest: Manifest,
    /// Every file, by path (manifest and signature included).
    pub files: BTreeMap<String, Vec<u8>>,
    /// The signer's minisign key id.
    pub signer_key_id: String,
    /// The signer's name on the roster.
    pub signer: String,
    /// The de-identified records of `records.jsonl`, in order, as the reader parsed and checked
    /// them against the schema ([`parse_records`]).
    pub records: Vec<Value>,
}

impl Bundle {
    /// A copy of the de-identified records (the `records` field); never fails, the
    /// reader having parsed them already.
    pub fn records(&self) -> Result<Vec<Value>, ReadError> {
        Ok(self.records.clone())
    }

    /// The lines of `records.jsonl` the records were parsed from, in the same order as the
    /// `records` field: each the bytes of one checked record, as the export wrote it.
    pub fn record_lines(&self) -> impl Iterator<Item = &[u8]> {
        verify::record_lines(self.files.get("records.jsonl").map(Vec::as_slice).unwrap_or_default()).map(|(_, line)| line)
    }
}

/// Opens a bundle file with an age identity and checks it against `roster` ([`decrypt`], then
/// [`untar`], which [`verify`]s as it reads).
pub fn open(path: &Path, identity: &dyn age::Identity, roster: &Roster) -> Result<Bundle, ReadError> {
    let io = |source| ReadError::Io { path: path.display().to_string(), source };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_BUNDLE_BYTES {
        return Err(ReadError::TooLarge { size, limit: MAX_BUNDLE_BYTES });
    }
    let plaintext = decrypt(BufReader::with_capacity(64 * 1024, file), identity)?;
    let fault = plaintext.fault();
    untar::read_tar(plaintext, roster, &fault)
}

/// [`open`] on a bundle already in memory.
pub fn open_bytes(bytes: &[u8], identity: &dyn age::Identity, roster: &Roster) -> Result<Bundle, ReadError> {
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(ReadError::TooLarge { size: bytes.len() as u64, limit: MAX_BUNDLE_BYTES });
    }
    let plaintext = decrypt(bytes, identity)?;
    let fault = plaintext.fault();
    untar::read_tar(plaintext, roster, &fault)
}

/// Where a layer below the tar (decryption, the size budget) leaves the precise error of a
/// failed read, which reaches the tar layer only as an `io::Error`.
type Fault = Rc<RefCell<Option<ReadError>>>;

/// Whether `p` is a name a bundle may hold: `name` or `folder/name`, letters, digits, `_`, `-`
/// and `.` only, no segment starting with a dot, at most 200 bytes.
fn safe_path(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= 200
        && p.split('/').count() <= 2
        && p.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
        })
}

/// `s` as an error message shows it: control characters escaped, at most 80 characters.
fn shown(s: &str) -> String {
    let mut out: String = s.chars().take(80).flat_map(char::escape_debug).collect();
    if s.chars().count() > 80 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_unsafe_paths() {
        for p in ["../etc/passwd", "/abs", ".hidden", "a/../b", "a/b/c", "", "data/.x", "data/x y.csv"] {
            assert!(!safe_path(p), "{p}");
        }
        for p in ["manifest.json", "data/interviews.csv", "records.jsonl"] {
            assert!(safe_path(p), "{p}");
        }
    }

    #[test]
    fn names_in_messages_are_escaped_and_short() {
        assert_eq!(shown("a\u{202e}b\0"), "a\\u{202e}b\\0");
        assert_eq!(shown(&"x".repeat(100)).chars().count(), 81);
    }
}
