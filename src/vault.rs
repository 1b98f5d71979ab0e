//! The vault: one SQLite file holding a fieldworker's interviews, every byte of content
//! age-encrypted before it reaches SQLite.
//!
//! [`Vault::create`] makes a vault, [`Vault::open`] opens one locked, [`Vault::unlock`] decrypts
//! its key with the passphrase. Records are saved whole and revised append-only; a withdrawal
//! leaves a tombstone and removes every ciphertext of the record. Drafts and attachments are
//! encrypted the same way; attachments stream through age in chunks, never whole in memory.
//!
//! Plaintext columns hold only ids, revision numbers and times. Every change and its audit
//! event commit in one transaction (WAL, `synchronous=FULL`). A lock file keeps a second process
//! out. This module does not de-identify or export.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Transaction};
use secrecy::SecretString;
use serde::Serialize;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::audit::{self, AuditError, Event, Head};
use crate::keys::{self, KeyError, VaultKeys};
use crate::profile::{Profile, ProfileError};
use crate::schema::{validate_interview, Interview, Summary, ValidationErrors};
use crate::store::{self, StoreError};

mod preferences;
pub use preferences::Preferences;

/// Marker stored in every vault's `meta` table.
const VAULT_FORMAT: &str = "fieldvault-vault-1";

/// Schema migrations, applied in order and never edited once released: add, never change.
const MIGRATIONS: &[&str] = &[MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4];

/// Every revision keeps its own sealed file key, which is what authenticates it: a revision
/// without one, or whose key does not open it, is damaged (anyone can encrypt to the vault's
/// public recipient; only the vault can seal a key). The current revisions' keys move from
/// `records` into their revision rows; older revisions get theirs when the vault is first
/// unlocked after this migration ([`Vault::reseal`]), which also seals the vault's settings
/// and starts the keyed audit log.
const MIGRATION_4: &str = "
ALTER TABLE revisions ADD COLUMN content_key BLOB;
UPDATE revisions SET content_key = (SELECT r.content_key FROM records r
    WHERE r.id = revisions.record_id AND revisions.id = r.revision_base + r.revision);
UPDATE records SET content_key = NULL;
";

/// The `meta` entries sealed by [`seal_settings`]: what unlock and export rely on.
const SEALED_META: &[&str] =
    &["format", "vault_id", "created_at", "recipient", "signing_public_key", "work_factor", "audit_keyed_from", "preferences"];

/// Sealed entries that vaults sealed before them lack: absent from both the vault and its seal,
/// such an entry reads as never set (its default); once set, it is sealed like the others.
const SEALED_LATER: &[&str] = &["meta.preferences"];

/// The `keys` rows sealed by [`seal_settings`] (absent ones too: removing one is a change).
const SEALED_KEYS: &[&str] = &["passphrase", "recovery", "profile"];

/// The `meta` entry holding the settings seal: for each sealed entry, its MAC (hex).
const SETTINGS_SEAL: &str = "settings_seal";

/// Each record keeps its current revision's age file key, sealed with the index key (like its
/// summary, and bound to the record and revision), so that an export reading every record opens
/// each without an X25519 step ([`keys::decrypt_with_file_key`]). Records saved before this
/// migration have none and are opened with the identity.
///
/// And a save writes two pages fewer:
/// - the audit chain's head after an event about an interview is kept in that interview's row
///   ([`audit::append`]), written by the save anyway, instead of in `meta`;
/// - a revision's row id is its record's `revision_base` plus its number, so a revision is found
///   by row id and the `(record_id, revision)` index goes. A new record's base is the sequence
///   number of its creation's audit entry, shifted left by [`REVISION_BITS`], so new records'
///   revisions land at the end of the table. Older records are numbered −1, −2, … here: their
///   ranges lie below zero, apart from each other and from every later record's.
const MIGRATION_3: &str = "
ALTER TABLE records ADD COLUMN content_key BLOB;
ALTER TABLE records ADD COLUMN audit_head TEXT;
ALTER TABLE records ADD COLUMN revision_base INTEGER NOT NULL DEFAULT 0;
UPDATE records SET revision_base = -(x.n << 20)
    FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM records) AS x WHERE x.id = records.id;
CREATE TABLE revisions_v3 (
    id INTEGER PRIMARY KEY, -- the record's revision_base + revision
    record_id TEXT NOT NULL REFERENCES records(id),
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    blob BLOB
);
INSERT INTO revisions_v3 (id, record_id, revision, created_at, blob)
    SELECT r.revision_base + v.revision, v.record_id, v.revision, v.created_at, v.blob
    FROM revisions v JOIN records r ON r.id = v.record_id ORDER BY 1;
DROP TABLE revisions;
ALTER TABLE revisions_v3 RENAME TO revisions;
";

/// Bits of a revision's row id that number the revisions of one record ([`MIGRATION_3`]): a
/// record can have 2^20 − 1 revisions; one more would take the next record's first row id,
/// which the primary key refuses (the save fails, nothing is lost).
const REVISION_BITS: u32 = 20;

/// Revisions move to a rowid table, with `(record_id, revision)` a unique index: a new
/// revision's ~15 KB row is appended at the end of the table instead of being put at a random
/// UUID's place in a `WITHOUT ROWID` B-tree, whose leaves hold only a few such rows (SQLite
/// advises against large rows there); the small index takes the random key.
const MIGRATION_2: &str = "
CREATE TABLE revisions_v2 (
    record_id TEXT NOT NULL REFERENCES records(id),
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    blob BLOB,
    UNIQUE (record_id, revision)
);
INSERT INTO revisions_v2 (record_id, revision, created_at, blob)
    SELECT record_id, revision, created_at, blob FROM revisions ORDER BY created_at, record_id, revision;
DROP TABLE revisions;
ALTER TABLE revisions_v2 RENAME TO revisions;
";

const MIGRATION_1: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE keys (kind TEXT PRIMARY KEY, blob BLOB NOT NULL);
CREATE TABLE records (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    withdrawn_at TEXT,
    summary BLOB -- the current revision's list summary, sealed with the index key
) WITHOUT ROWID;
CREATE TABLE revisions (
    record_id TEXT NOT NULL REFERENCES records(id),
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    blob BLOB,
    PRIMARY KEY (record_id, revision)
) WITHOUT ROWID;
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    record_id TEXT REFERENCES records(id),
    updated_at TEXT NOT NULL,
    blob BLOB NOT NULL
);
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    record_id TEXT NOT NULL REFERENCES records(id),
    created_at TEXT NOT NULL,
    meta BLOB NOT NULL
);
CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
) WITHOUT ROWID;
";

/// Size of one stored attachment chunk.
const CHUNK: usize = 256 * 1024;

/// What went wrong in the vault. Each message says what to do next.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// No vault at the path.
    #[error("no vault at {0}: create one with `fieldvault vault init` or check the path")]
    NotFound(PathBuf),
    /// Something already exists at the path of a new vault.
    #[error("{0} already exists: choose another path, nothing was overwritten")]
    AlreadyExists(PathBuf),
    /// Another process has the vault open.
    #[error("the vault {0} is open in another FieldVault window or process: close it there first")]
    InUse(PathBuf),
    /// The file is not a FieldVault vault, or is damaged beyond opening.
    #[error("{path} is not a readable FieldVault vault ({why}): check the path, or restore from a backup")]
    NotAVault {
        /// The file.
        path: PathBuf,
        /// What SQLite or the check said.
        why: String,
    },
    /// The vault was written by a newer FieldVault.
    #[error("this vault was written by a newer FieldVault (format {found}, this build reads up to {supported}): update FieldVault; the vault was not touched")]
    TooNew {
        /// The vault's format version.
        found: i64,
        /// The newest this build reads.
        supported: i64,
    },
    /// The operation needs the vault unlocked.
    #[error("the vault is locked: unlock it with the passphrase first")]
    Locked,
    /// Wrong passphrase.
    #[error("wrong passphrase ({failed_attempts} failed attempt{} since the last unlock): check Caps Lock and the keyboard layout, then try again", if *.failed_attempts == 1 { "" } else { "s" })]
    WrongPassphrase {
        /// Failed attempts since the last successful unlock, this one included.
        failed_attempts: u32,
    },
    /// A key problem (weak passphrase, wrong recovery identity, damaged key).
    #[error(transparent)]
    Key(#[from] KeyError),
    /// No record with this id.
    #[error("no interview with id {0}: list them with `fieldvault record list`")]
    RecordNotFound(String),
    /// The participant withdrew; the content is gone.
    #[error("interview {0} was withdrawn: its content has been erased and cannot be shown or edited")]
    Withdrawn(String),
    /// A record's ciphertext cannot be decrypted or does not belong where it is.
    #[error("interview {id} revision {revision} is damaged ({why}); other interviews are unaffected: restore it from a backup or an earlier revision")]
    Damaged {
        /// The record.
        id: String,
        /// The revision.
        revision: i64,
        /// What failed.
        why: String,
    },
    /// No draft or attachment with this id.
    #[error("no {what} with id {id}")]
    NotFoundItem {
        /// Draft or attachment.
        what: &'static str,
        /// The id asked for.
        id: String,
    },
    /// The record is not valid.
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
    /// The disk (or the vault's size limit) is full.
    #[error("the disk is full: nothing was saved and the vault is unchanged; free some space and save again")]
    DiskFull,
    /// A profile problem.
    #[error(transparent)]
    Profile(#[from] ProfileError),
    /// The audit log does not verify.
    #[error(transparent)]
    Audit(#[from] AuditError),
    /// A sealed setting (profile, recipient, signing key, vault id, work factor, recovery wrap,
    /// passphrase key, audit start) does not match its seal: someone changed the file.
    #[error("the vault's settings were changed outside FieldVault: {entry} {why}. Do not use this vault: keep a copy for investigation and restore it from a backup")]
    SettingsChanged {
        /// The entry, in words and as stored (`the project profile (keys.profile)`).
        entry: String,
        /// What does not match.
        why: String,
    },
    /// [`Vault::check`] found damage; each part is named.
    #[error("the vault check found damage in: {}. Restore the damaged parts from a backup", .0.join("; "))]
    CheckFailed(Vec<String>),
    /// SQLite found the file's pages damaged.
    #[error("the vault file is damaged ({0}): restore it from a backup")]
    Corrupt(String),
    /// Reading or writing a file failed.
    #[error("i/o error: {0}")]
    Io(#[from] io::Error),
    /// SQLite failed.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => VaultError::DiskFull,
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => VaultError::Corrupt(e.to_string()),
            _ => VaultError::Sqlite(e),
        }
    }
}

impl From<StoreError> for VaultError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::InUse(path) => VaultError::InUse(path),
            StoreError::TooNew { found, supported, .. } => VaultError::TooNew { found, supported },
            StoreError::Lock { source, .. } => VaultError::Io(source),
            StoreError::Sqlite(e) => e.into(),
        }
    }
}

/// Shorthand for vault results.
pub type Result<T, E = VaultError> = std::result::Result<T, E>;

/// Options for a new vault.
#[derive(Clone, Debug, Default)]
pub struct CreateOptions {
    /// scrypt work factor (log2 N) for the passphrase; `None` calibrates to about a second.
    pub work_factor: Option<u8>,
    /// The project profile; its recovery recipient also wraps the vault key.
    pub profile: Option<Profile>,
}

/// A record as stored: id, revision, times and content.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StoredRecord {
    /// Record id (UUID v4).
    pub id: String,
    /// Revision number, from 1.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub revision: i64,
    /// When the record was first saved (UTC, RFC 3339).
    pub created_at: String,
    /// When this revision was saved.
    pub updated_at: String,
    /// The interview.
    #[cfg_attr(feature = "ts", ts(type = "InterviewJson"))]
    pub interview: Interview,
}

/// State of a record in a listing.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum RecordState {
    /// Readable.
    Active {
        /// What the list shows.
        summary: Summary,
    },
    /// Withdrawn: tombstone only.
    Withdrawn {
        /// When.
        withdrawn_at: String,
    },
    /// Its current revision cannot be decrypted.
    Damaged {
        /// What failed.
        why: String,
    },
}

/// One row of the interview list.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ListItem {
    /// Record id.
    pub id: String,
    /// Current revision.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub revision: i64,
    /// First saved.
    pub created_at: String,
    /// Last saved.
    pub updated_at: String,
    /// Readable, withdrawn or damaged.
    #[serde(flatten)]
    pub state: RecordState,
}

/// One revision in a record's history.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Revision {
    /// Revision number.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub revision: i64,
    /// When it was saved.
    pub created_at: String,
    /// Its content, unless damaged.
    #[cfg_attr(feature = "ts", ts(type = "InterviewJson | null"))]
    pub interview: Option<Interview>,
    /// Why it cannot be read, if damaged.
    pub damaged: Option<String>,
}

/// A saved draft.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DraftInfo {
    /// Draft id.
    pub id: String,
    /// The record it edits, if not a new interview.
    pub record_id: Option<String>,
    /// Last autosave.
    pub updated_at: String,
}

/// An attachment's description (decrypted).
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AttachmentInfo {
    /// Attachment id.
    pub id: String,
    /// The interview it belongs to.
    pub record_id: String,
    /// Original file name.
    pub name: String,
    /// Media type (`audio/ogg`, `image/jpeg`).
    pub media_type: String,
    /// Size in bytes of the plaintext.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub size: u64,
    /// When it was added.
    pub created_at: String,
}

/// The result of [`Vault::check`].
#[derive(Clone, Debug, Serialize)]
pub struct CheckReport {
    /// `ok`, or what SQLite's integrity check found.
    pub integrity: String,
    /// The audit chain head, or why the chain is broken.
    pub audit: std::result::Result<Head, String>,
    /// Records read (when unlocked).
    pub records_ok: usize,
    /// Records withdrawn.
    pub records_withdrawn: usize,
    /// Records with a damaged revision or summary: (id, why).
    pub damaged: Vec<(String, String)>,
    /// Damaged settings, each naming the part (`the recovery wrap (keys.recovery): …`).
    pub settings: Vec<String>,
}

impl CheckReport {
    /// Whether every check passed.
    pub fn is_ok(&self) -> bool {
        self.integrity == "ok" && self.audit.is_ok() && self.damaged.is_empty() && self.settings.is_empty()
    }

    /// Every damaged part, named.
    pub fn damaged_parts(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if self.integrity != "ok" {
            parts.push(format!("the database file ({})", self.integrity));
        }
        if let Err(e) = &self.audit {
            parts.push(format!("the audit log ({e})"));
        }
        parts.extend(self.settings.iter().cloned());
        parts.extend(self.damaged.iter().map(|(id, why)| format!("interview {id} ({why})")));
        parts
    }

    /// `Ok` when every check passed, else [`VaultError::CheckFailed`] naming each damaged part.
    pub fn into_result(self) -> Result<()> {
        match self.damaged_parts() {
            parts if parts.is_empty() => Ok(()),
            parts => Err(VaultError::CheckFailed(parts)),
        }
    }
}

/// An open vault, locked or unlocked.
pub struct Vault {
    conn: Connection,
    path: PathBuf,
    _lock: File,
    keys: Option<VaultKeys>,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Applies the vault's pending migrations ([`store::migrate`]); refuses a vault newer than this
/// build.
fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    store::migrate(conn, path, MIGRATIONS.len(), |tx, i| {
        tx.execute_batch(MIGRATIONS[i])?;
        if i == 0 {
            // The audit table's definition lives with its module.
            tx.execute_batch(audit::CREATE_SQL)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// Authenticated data binding a summary to its record and revision.
fn summary_aad(id: &str, revision: i64) -> Vec<u8> {
    format!("fieldvault-summary-v1\0{id}\0{revision}").into_bytes()
}

/// Authenticated data binding a sealed file key to its record and revision.
fn content_key_aad(id: &str, revision: i64) -> Vec<u8> {
    format!("fieldvault-content-key-v1\0{id}\0{revision}").into_bytes()
}

/// A revision's ciphertext (an age file to the vault's identity) and its file key, sealed with
/// the index key: the key opens the revision without an X25519 step and authenticates it.
fn seal_revision(keys: &VaultKeys, id: &str, revision: i64, interview: &Interview) -> (Vec<u8>, Vec<u8>) {
    let (blob, file_key) = keys.encrypt_to_self(&envelope(id, revision, interview));
    (blob, keys.seal_index(&content_key_aad(id, revision), &file_key[..]))
}

fn seal_summary(keys: &VaultKeys, id: &str, revision: i64, interview: &Interview) -> Vec<u8> {
    let plain = Zeroizing::new(serde_json::to_vec(&interview.summary()).expect("a summary serialises"));
    keys.seal_index(&summary_aad(id, revision), &plain)
}

fn open_summary(keys: &VaultKeys, id: &str, revision: i64, blob: &[u8]) -> std::result::Result<Summary, String> {
    let plain = keys.open_index(&summary_aad(id, revision), blob).map_err(|e| e.to_string())?;
    serde_json::from_slice(&plain).map_err(|e| format!("summary is not readable: {e}"))
}

/// The plaintext of a revision: the record with the id and revision it belongs to.
fn envelope(id: &str, revision: i64, interview: &Interview) -> Zeroizing<Vec<u8>> {
    #[derive(Serialize)]
    struct Env<'a> {
        record: &'a str,
        revision: i64,
        interview: &'a Interview,
    }
    // Sized for a typical interview (13–17 KB): not regrown, so no smaller copy of the
    // plaintext is freed unwiped on the way (this buffer is wiped when dropped).
    let mut out = Zeroizing::new(Vec::with_capacity(32 * 1024));
    serde_json::to_writer(&mut *out, &Env { record: id, revision, interview }).expect("a record serialises");
    out
}

/// Decrypts and checks a revision blob: it must decrypt, parse, and name this record and revision.
fn open_envelope(keys: &VaultKeys, id: &str, revision: i64, blob: &[u8]) -> std::result::Result<Interview, String> {
    let plain = keys::decrypt(keys.identity(), blob).map_err(|e| format!("cannot decrypt: {e}"))?;
    parse_envelope(id, revision, &plain)
}

/// Opens a revision with its sealed file key, which must be there and open it: the key is what
/// shows the vault wrote the revision (anyone can encrypt to its public recipient).
fn open_revision(
    keys: &VaultKeys,
    id: &str,
    revision: i64,
    blob: Option<&[u8]>,
    content_key: Option<&[u8]>,
) -> std::result::Result<Interview, String> {
    let blob = blob.ok_or("its ciphertext is missing")?;
    let sealed = content_key.ok_or("it has no sealed content key: it was not written by this vault")?;
    let key = keys
        .open_index(&content_key_aad(id, revision), sealed)
        .map_err(|_| "its sealed content key does not authenticate: it was not written here for this revision".to_owned())?;
    let key = <[u8; 16]>::try_from(&key[..]).map(Zeroizing::new).map_err(|_| "its sealed content key has the wrong length".to_owned())?;
    let plain = keys::decrypt_with_file_key(&key, blob).map_err(|e| format!("its ciphertext does not open with its sealed key: {e}"))?;
    parse_envelope(id, revision, &plain)
}

/// A column that should hold a blob: anything else (a damaged row) reads as none.
fn blob_column(r: &rusqlite::Row, i: usize) -> rusqlite::Result<Option<Vec<u8>>> {
    Ok(r.get_ref(i)?.as_blob().ok().map(<[u8]>::to_vec))
}

/// Every sealed setting as stored: its name (`meta.recipient`, `keys.profile`) and value, if any.
fn settings(conn: &Connection) -> Result<Vec<(String, Option<Vec<u8>>)>> {
    let mut out = Vec::new();
    let mut meta = conn.prepare("SELECT CAST(value AS BLOB) FROM meta WHERE key = ?1")?;
    for key in SEALED_META {
        out.push((format!("meta.{key}"), meta.query_row([key], |r| blob_column(r, 0)).optional()?.flatten()));
    }
    let mut blobs = conn.prepare("SELECT CAST(blob AS BLOB) FROM keys WHERE kind = ?1")?;
    for kind in SEALED_KEYS {
        out.push((format!("keys.{kind}"), blobs.query_row([kind], |r| blob_column(r, 0)).optional()?.flatten()));
    }
    Ok(out)
}

/// A setting's MAC: its name, whether it is there, and its value.
fn setting_mac(keys: &VaultKeys, name: &str, value: Option<&[u8]>) -> String {
    let mac = match value {
        Some(v) => keys.mac("fieldvault-setting-v1", &[name.as_bytes(), b"present", v]),
        None => keys.mac("fieldvault-setting-v1", &[name.as_bytes(), b"absent"]),
    };
    hex::encode(mac)
}

/// A setting's name in words, for messages.
fn setting_label(name: &str) -> String {
    let words = match name {
        "meta.format" => "the format marker",
        "meta.vault_id" => "the vault id",
        "meta.created_at" => "the creation time",
        "meta.recipient" => "the vault's recipient",
        "meta.signing_public_key" => "the signing public key",
        "meta.work_factor" => "the passphrase work factor",
        "meta.audit_keyed_from" => "the start of the keyed audit log",
        "meta.preferences" => "the fieldworker's preferences",
        "keys.passphrase" => "the passphrase-sealed key",
        "keys.recovery" => "the recovery wrap",
        "keys.profile" => "the project profile",
        _ => "the settings seal",
    };
    format!("{words} ({name})")
}

/// Seals the vault's settings ([`SEALED_META`], [`SEALED_KEYS`]) with the vault's key; call in
/// the transaction that changes any of them.
fn seal_settings(conn: &Connection, keys: &VaultKeys) -> Result<()> {
    let seal: std::collections::BTreeMap<String, String> = settings(conn)?
        .into_iter()
        .map(|(name, value)| {
            let mac = setting_mac(keys, &name, value.as_deref());
            (name, mac)
        })
        .collect();
    let text = serde_json::to_string(&seal).expect("a map of strings serialises");
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![SETTINGS_SEAL, text],
    )?;
    Ok(())
}

/// Every setting that does not match its seal or the unlocked keys: (the entry in words, what
/// does not match); empty when all is well.
fn settings_changes(conn: &Connection, keys: &VaultKeys) -> Result<Vec<(String, String)>> {
    let changed = |name: &str, why: &str| (setting_label(name), why.to_owned());
    let seal: Option<String> = conn.query_row("SELECT value FROM meta WHERE key = ?1", [SETTINGS_SEAL], |r| r.get(0)).optional()?;
    let Some(seal) = seal else {
        return Ok(vec![changed(&format!("meta.{SETTINGS_SEAL}"), "is missing")]);
    };
    let Ok(seal) = serde_json::from_str::<std::collections::BTreeMap<String, String>>(&seal) else {
        return Ok(vec![changed(&format!("meta.{SETTINGS_SEAL}"), "is unreadable")]);
    };
    let mut out = Vec::new();
    for (name, value) in settings(conn)? {
        let mac = setting_mac(keys, &name, value.as_deref());
        match seal.get(&name) {
            None if value.is_none() && SEALED_LATER.contains(&name.as_str()) => {}
            None => out.push(changed(&name, "is not in the settings seal")),
            // Not a secret compared against guesses: the seal sits in the file for anyone to read.
            Some(m) if *m != mac => out.push(changed(&name, if value.is_none() { "was removed" } else { "does not match its seal" })),
            Some(_) => {}
        }
    }
    out.extend(public_key_mismatches(conn, keys)?);
    Ok(out)
}

/// The plaintext copies of the public keys that are not the unlocked keys' own.
fn public_key_mismatches(conn: &Connection, keys: &VaultKeys) -> Result<Vec<(String, String)>> {
    let meta = |key: &str| -> Result<Option<String>> {
        Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    };
    let mut out = Vec::new();
    if meta("recipient")?.as_deref() != Some(keys.recipient().to_string().as_str()) {
        out.push((setting_label("meta.recipient"), "is not the recipient of the vault's key".to_owned()));
    }
    if meta("signing_public_key")?.as_deref() != Some(keys.signing_public_key().as_str()) {
        out.push((setting_label("meta.signing_public_key"), "is not the public half of the vault's signing key".to_owned()));
    }
    Ok(out)
}

/// Problems with the settings that show without the key: each sealed entry that unlock needs
/// is there and reads as what it should hold.
fn settings_format_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for (name, value) in settings(conn)? {
        let text = value.as_deref().map(|v| std::str::from_utf8(v).map_err(|_| "is not text".to_owned()));
        let why: Option<String> = match (name.as_str(), text, value.as_deref()) {
            ("meta.audit_keyed_from" | "meta.preferences", None, _) | ("keys.recovery" | "keys.profile", _, None) => None,
            (_, None, _) => Some("is missing".into()),
            (n, Some(Err(e)), _) if n.starts_with("meta.") => Some(e),
            (_, Some(Ok(v)), _) if name == "meta.vault_id" => Uuid::parse_str(v).err().map(|_| "is not a vault id".into()),
            (_, Some(Ok(v)), _) if name == "meta.created_at" => {
                chrono::DateTime::parse_from_rfc3339(v).err().map(|_| "is not a time".into())
            }
            (_, Some(Ok(v)), _) if name == "meta.recipient" => keys::parse_recipient(v).err().map(|e| e.to_string()),
            (_, Some(Ok(v)), _) if name == "meta.signing_public_key" => keys::parse_minisign_public(v).err().map(|e| e.to_string()),
            (_, Some(Ok(v)), _) if name == "meta.work_factor" => {
                (!v.is_empty() && v.parse::<u8>().is_err()).then(|| "is not a work factor".into())
            }
            (_, Some(Ok(v)), _) if name == "meta.preferences" => Preferences::parse(v).err(),
            (_, Some(Ok(v)), _) if name == "meta.audit_keyed_from" => {
                (v.parse::<i64>().map_or(true, |n| n < 1)).then(|| "is not an entry number".into())
            }
            (_, _, Some(blob)) if name.starts_with("keys.") => match age::Decryptor::new_buffered(blob) {
                Err(e) => Some(format!("is not an age file: {e}")),
                Ok(d) if d.is_scrypt() != (name == "keys.passphrase") => Some("is sealed the wrong way".into()),
                Ok(_) => None,
            },
            _ => None,
        };
        if let Some(why) = why {
            out.push(format!("{} {why}", setting_label(&name)));
        }
    }
    Ok(out)
}

/// Gives every revision whose sealed key is missing or does not open it, and which opens with
/// the identity (written by a build from before every revision kept a key), a sealed key,
/// encrypting it again; what does not open stays as it is, reported damaged. Part of the
/// migration at the first unlock after [`MIGRATION_4`].
fn seal_revision_keys(conn: &Connection, keys: &VaultKeys) -> Result<()> {
    let rows: Vec<(i64, String, i64)> = conn
        .prepare("SELECT id, record_id, revision FROM revisions WHERE blob IS NOT NULL ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (row, id, revision) in rows {
        let (blob, content_key) = conn
            .query_row("SELECT blob, content_key FROM revisions WHERE id = ?1", [row], |r| Ok((blob_column(r, 0)?, blob_column(r, 1)?)))?;
        if open_revision(keys, &id, revision, blob.as_deref(), content_key.as_deref()).is_ok() {
            continue;
        }
        let Some(Ok(interview)) = blob.map(|b| open_envelope(keys, &id, revision, &b)) else { continue };
        let (blob, content_key) = seal_revision(keys, &id, revision, &interview);
        conn.execute("UPDATE revisions SET blob = ?2, content_key = ?3 WHERE id = ?1", params![row, blob, content_key])?;
    }
    Ok(())
}

/// Refuses settings that do not match their seal, naming the first that does not.
fn verify_settings(conn: &Connection, keys: &VaultKeys) -> Result<()> {
    match settings_changes(conn, keys)?.into_iter().next() {
        Some((entry, why)) => Err(VaultError::SettingsChanged { entry, why }),
        None => Ok(()),
    }
}

/// Parses a decrypted revision, which must name this record and revision.
fn parse_envelope(id: &str, revision: i64, plain: &[u8]) -> std::result::Result<Interview, String> {
    #[derive(serde::Deserialize)]
    struct Env {
        record: String,
        revision: i64,
        interview: Interview,
    }
    let env: Env = serde_json::from_slice(plain).map_err(|e| format!("decrypted content is not a record: {e}"))?;
    if env.record != id || env.revision != revision {
        return Err(format!("the ciphertext belongs to record {} revision {}", env.record, env.revision));
    }
    Ok(env.interview)
}

impl Vault {
    /// Creates a new vault at `path`, protected by `passphrase`, and returns it unlocked.
    ///
    /// The file appears atomically: it is built under a temporary name and renamed into place.
    pub fn create(path: &Path, passphrase: &SecretString, options: &CreateOptions) -> Result<Vault> {
        if path.exists() {
            return Err(VaultError::AlreadyExists(path.to_owned()));
        }
        keys::check_passphrase_strength(passphrase)?;
        if let Some(p) = &options.profile {
            p.check()?;
        }
        let lock = store::take_lock(path)?;
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let tmp = dir.join(format!(".{}.creating-{}", path.file_name().and_then(|n| n.to_str()).unwrap_or("vault"), Uuid::new_v4()));
        let result = Self::build(&tmp, passphrase, options);
        match result {
            Ok(()) => {
                std::fs::rename(&tmp, path)?;
                File::open(dir)?.sync_all()?;
            }
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        }
        let mut vault = Vault::open_locked(path, lock)?;
        vault.keys = Some(Self::unseal(&vault.conn, passphrase)?);
        Ok(vault)
    }

    fn build(tmp: &Path, passphrase: &SecretString, options: &CreateOptions) -> Result<()> {
        let mut conn = Connection::open(tmp)?;
        conn.pragma_update(None, "journal_mode", "DELETE")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        migrate(&mut conn, tmp)?;
        let keys = VaultKeys::generate();
        let secret = keys.to_secret_bytes();
        let sealed = keys::seal_with_passphrase(&secret, passphrase, options.work_factor);
        let work_factor = keys::sealed_work_factor(&sealed).map(|w| w.to_string()).unwrap_or_default();
        let tx = conn.transaction()?;
        let meta = [
            ("format", VAULT_FORMAT.to_owned()),
            ("vault_id", Uuid::new_v4().to_string()),
            ("created_at", now()),
            ("recipient", keys.recipient().to_string()),
            ("signing_public_key", keys.signing_public_key()),
            ("work_factor", work_factor),
        ];
        for (k, v) in meta {
            tx.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", params![k, v])?;
        }
        tx.execute("INSERT INTO keys (kind, blob) VALUES ('passphrase', ?1)", [sealed])?;
        if let Some(profile) = &options.profile {
            if let Some(r) = profile.recovery() {
                let wrapped = keys::encrypt(&[&r], &secret);
                tx.execute("INSERT INTO keys (kind, blob) VALUES ('recovery', ?1)", [wrapped])?;
            }
            let blob = keys::encrypt(&[&keys.recipient()], profile.to_json().as_bytes());
            tx.execute("INSERT INTO keys (kind, blob) VALUES ('profile', ?1)", [blob])?;
        }
        audit::append(&tx, Some(&keys), Event::VaultCreated, None, None, None)?;
        if options.profile.is_some() {
            audit::append(&tx, Some(&keys), Event::ProfileImported, None, None, None)?;
        }
        seal_settings(&tx, &keys)?;
        tx.commit()?;
        conn.close().map_err(|(_, e)| e)?;
        Ok(())
    }

    /// Opens an existing vault, locked. Fails if another process has it open.
    pub fn open(path: &Path) -> Result<Vault> {
        if !path.is_file() {
            return Err(VaultError::NotFound(path.to_owned()));
        }
        let lock = store::take_lock(path)?;
        Vault::open_locked(path, lock)
    }

    fn open_locked(path: &Path, lock: File) -> Result<Vault> {
        let not_a_vault = |why: String| VaultError::NotAVault { path: path.to_owned(), why };
        let mut conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        store::refuse_newer(&conn, path, MIGRATIONS.len()).map_err(|e| match e {
            StoreError::Sqlite(e) => not_a_vault(e.to_string()),
            e => e.into(),
        })?;
        store::configure(&conn).map_err(|e| not_a_vault(e.to_string()))?;
        let format: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'format'", [], |r| r.get(0))
            .optional()
            .map_err(|e| not_a_vault(e.to_string()))?;
        if format.as_deref() != Some(VAULT_FORMAT) {
            return Err(not_a_vault("no FieldVault format marker".into()));
        }
        migrate(&mut conn, path)?;
        Ok(Vault { conn, path: path.to_owned(), _lock: lock, keys: None })
    }

    fn unseal(conn: &Connection, passphrase: &SecretString) -> Result<VaultKeys> {
        let blob: Vec<u8> = conn.query_row("SELECT blob FROM keys WHERE kind = 'passphrase'", [], |r| r.get(0))?;
        let secret = keys::open_with_passphrase(&blob, passphrase)?;
        Ok(VaultKeys::from_secret_bytes(&secret)?)
    }

    /// Whether the vault's settings were sealed (by this build or since it first unlocked it).
    fn has_settings_seal(&self) -> Result<bool> {
        Ok(self.conn.query_row("SELECT count(*) FROM meta WHERE key = ?1", [SETTINGS_SEAL], |r| r.get::<_, i64>(0))? > 0)
    }

    /// Refuses keys whose vault's settings were changed outside FieldVault. Keys sealed by an
    /// older build, in a vault with no seal yet, are checked as far as they can be (the public
    /// keys' copies): [`Self::reseal`] seals the vault next.
    fn check_settings(&self, keys: &VaultKeys) -> Result<()> {
        if keys.is_authenticated() || self.has_settings_seal()? {
            return verify_settings(&self.conn, keys);
        }
        match public_key_mismatches(&self.conn, keys)?.into_iter().next() {
            Some((entry, why)) => Err(VaultError::SettingsChanged { entry, why }),
            None => Ok(()),
        }
    }

    /// Unlocks with the passphrase. A failure is recorded in the audit log and counted.
    ///
    /// Refuses ([`VaultError::SettingsChanged`]) when the vault's sealed settings were changed.
    /// The first unlock of a vault from an older build authenticates it ([`Self::reseal`]).
    pub fn unlock(&mut self, passphrase: &SecretString) -> Result<()> {
        match Self::unseal(&self.conn, passphrase) {
            Ok(keys) => {
                self.check_settings(&keys)?;
                if keys.is_authenticated() {
                    audit::append(&self.conn, Some(&keys), Event::Unlocked, None, None, None)?;
                    self.keys = Some(keys);
                } else {
                    self.reseal(keys, passphrase, Event::Unlocked)?;
                }
                Ok(())
            }
            Err(VaultError::Key(KeyError::WrongPassphrase)) => {
                audit::append(&self.conn, None, Event::UnlockFailed, None, None, None)?;
                Err(VaultError::WrongPassphrase { failed_attempts: self.failed_attempts()? })
            }
            Err(e) => Err(e),
        }
    }

    /// Failed unlock attempts since the last successful unlock or recovery.
    pub fn failed_attempts(&self) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM audit WHERE event = 'unlock_failed' AND seq > \
             coalesce((SELECT max(seq) FROM audit WHERE event IN ('unlocked', 'recovered', 'vault_created')), 0)",
            [],
            |r| r.get(0),
        )?)
    }

    /// Drops the keys from memory (they are zeroized). The vault stays open, locked.
    pub fn lock(&mut self) {
        self.keys = None;
    }

    /// Whether the keys are in memory.
    pub fn is_unlocked(&self) -> bool {
        self.keys.is_some()
    }

    /// The vault file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The age recipient records are encrypted to: the unlocked key's, never a stored copy.
    pub fn recipient(&self) -> Result<age::x25519::Recipient> {
        Ok(self.keys()?.recipient())
    }

    /// The fieldworker's minisign public key (`.pub` file text), from the unlocked key.
    pub fn signing_public_key(&self) -> Result<String> {
        Ok(self.keys()?.signing_public_key())
    }

    fn keys(&self) -> Result<&VaultKeys> {
        self.keys.as_ref().ok_or(VaultError::Locked)
    }

    /// Signs `data` with the fieldworker's minisign key, as `minisign -S` does, and returns the
    /// `.minisig` file text ([`VaultKeys::sign`]); it verifies under [`Self::signing_public_key`].
    /// `trusted_comment` must be one line. The vault must be unlocked; the key never leaves it.
    pub fn sign(&self, data: &[u8], trusted_comment: &str) -> Result<String> {
        Ok(self.keys()?.sign(data, trusted_comment)?)
    }

    /// The project profile stored in the vault, if one was imported.
    pub fn profile(&self) -> Result<Option<Profile>> {
        let keys = self.keys()?;
        let blob: Option<Vec<u8>> = self.conn.query_row("SELECT blob FROM keys WHERE kind = 'profile'", [], |r| r.get(0)).optional()?;
        let Some(blob) = blob else { return Ok(None) };
        let plain = keys::decrypt(keys.identity(), &blob).map_err(|e| KeyError::Damaged(format!("profile: {e}")))?;
        let text = std::str::from_utf8(&plain).map_err(|_| KeyError::Damaged("profile is not text".into()))?;
        Ok(Some(Profile::from_json(text)?))
    }

    /// Changes the passphrase; the old one must be given again.
    pub fn change_passphrase(&mut self, old: &SecretString, new: &SecretString) -> Result<()> {
        keys::check_passphrase_strength(new)?;
        let keys = match Self::unseal(&self.conn, old) {
            Ok(k) => k,
            Err(VaultError::Key(KeyError::WrongPassphrase)) => {
                audit::append(&self.conn, None, Event::UnlockFailed, None, None, None)?;
                return Err(VaultError::WrongPassphrase { failed_attempts: self.failed_attempts()? });
            }
            Err(e) => return Err(e),
        };
        self.check_settings(&keys)?;
        self.reseal(keys, new, Event::PassphraseChanged)
    }

    /// Seals the keys with passphrase `new`, records `event`, seals the settings again, and
    /// keeps the keys unlocked; one transaction. The factor of the key being replaced, never the
    /// plaintext `meta` entry, sets the lowest work factor.
    ///
    /// Keys from a build before settings were sealed (checked by the caller as far as they can
    /// be) are marked authenticated here, and the vault is migrated with them: every revision
    /// that has no working sealed key and opens with the identity is encrypted again with one,
    /// the audit log's keyed part starts with `event`, and the settings are sealed as they are.
    fn reseal(&mut self, mut keys: VaultKeys, new: &SecretString, event: Event) -> Result<()> {
        let migrating = !keys.is_authenticated();
        keys.mark_authenticated();
        let previous: Vec<u8> = self.conn.query_row("SELECT blob FROM keys WHERE kind = 'passphrase'", [], |r| r.get(0))?;
        let sealed = keys::reseal_with_passphrase(&previous, &keys.to_secret_bytes(), new);
        let work_factor = keys::sealed_work_factor(&sealed).map(|w| w.to_string()).unwrap_or_default();
        let tx = self.conn.transaction()?;
        if migrating {
            seal_revision_keys(&tx, &keys)?;
        }
        tx.execute("UPDATE keys SET blob = ?1 WHERE kind = 'passphrase'", [sealed])?;
        tx.execute("UPDATE meta SET value = ?1 WHERE key = 'work_factor'", [work_factor])?;
        audit::append(&tx, Some(&keys), event, None, None, None)?;
        seal_settings(&tx, &keys)?;
        tx.commit()?;
        self.keys = Some(keys);
        Ok(())
    }

    /// Opens a vault with the project's recovery identity and sets a new passphrase.
    pub fn recover(path: &Path, recovery: &age::x25519::Identity, new: &SecretString) -> Result<Vault> {
        keys::check_passphrase_strength(new)?;
        let mut vault = Vault::open(path)?;
        let blob: Option<Vec<u8>> = vault.conn.query_row("SELECT blob FROM keys WHERE kind = 'recovery'", [], |r| r.get(0)).optional()?;
        let blob = blob.ok_or_else(|| KeyError::Invalid {
            what: "this vault".into(),
            why: "it was created without a project recovery recipient, so it cannot be recovered".into(),
        })?;
        // No stanza opens: another identity (or a wrap damaged where the identity is tried,
        // which the vault check names). Anything else is damage, not the identity's fault.
        let secret = keys::decrypt(recovery, &blob).map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => KeyError::WrongRecoveryIdentity,
            other => KeyError::Damaged(format!("{}: {other}", setting_label("keys.recovery"))),
        })?;
        let keys = VaultKeys::from_secret_bytes(&secret)?;
        vault.check_settings(&keys)?;
        vault.reseal(keys, new, Event::Recovered)?;
        Ok(vault)
    }

    fn parse_id(id: &str) -> Result<String> {
        Uuid::parse_str(id).map(|u| u.to_string()).map_err(|_| VaultError::RecordNotFound(id.to_owned()))
    }

    /// Saves a new interview; returns its id. Validates first; nothing is written if invalid.
    pub fn add_record(&mut self, interview: &Interview) -> Result<String> {
        let mut ids = self.add_records(std::slice::from_ref(interview))?;
        Ok(ids.remove(0))
    }

    /// Saves many new interviews in one transaction (all or nothing); returns their ids.
    pub fn add_records(&mut self, interviews: &[Interview]) -> Result<Vec<String>> {
        for i in interviews {
            validate_interview(i)?;
        }
        let keys = self.keys.as_ref().ok_or(VaultError::Locked)?;
        let tx = self.conn.transaction()?;
        let mut ids = Vec::with_capacity(interviews.len());
        for interview in interviews {
            let id = Uuid::now_v7().to_string();
            let (blob, content_key) = seal_revision(keys, &id, 1, interview);
            let summary = seal_summary(keys, &id, 1, interview);
            let at = now();
            let head = audit::append_for_row(&tx, Some(keys), Event::RecordCreated, Some(&id), Some(1), None)?;
            let base = head.seq << REVISION_BITS;
            tx.prepare_cached(
                "INSERT INTO records (id, created_at, updated_at, revision, summary, audit_head, revision_base) \
                 VALUES (?1, ?2, ?2, 1, ?3, ?4, ?5)",
            )?
            .execute(params![id, at, summary, head.stored(), base])?;
            tx.prepare_cached(
                "INSERT INTO revisions (id, record_id, revision, created_at, blob, content_key) VALUES (?1, ?2, 1, ?3, ?4, ?5)",
            )?
            .execute(params![base + 1, id, at, blob, content_key])?;
            ids.push(id);
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Saves a new revision of an interview (the old ones stay); returns the revision number.
    pub fn update_record(&mut self, id: &str, interview: &Interview) -> Result<i64> {
        let id = Self::parse_id(id)?;
        validate_interview(interview)?;
        let keys = self.keys.as_ref().ok_or(VaultError::Locked)?;
        let tx = self.conn.transaction()?;
        let (rev, withdrawn, base) = Self::record_row(&tx, &id)?;
        if withdrawn.is_some() {
            return Err(VaultError::Withdrawn(id));
        }
        let next = rev + 1;
        let (blob, content_key) = seal_revision(keys, &id, next, interview);
        let summary = seal_summary(keys, &id, next, interview);
        let at = now();
        tx.prepare_cached(
            "INSERT INTO revisions (id, record_id, revision, created_at, blob, content_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![base + next, id, next, at, blob, content_key])?;
        let head = audit::append_for_row(&tx, Some(keys), Event::RecordRevised, Some(&id), Some(next), None)?;
        tx.prepare_cached("UPDATE records SET revision = ?2, updated_at = ?3, summary = ?4, audit_head = ?5 WHERE id = ?1")?
            .execute(params![id, next, at, summary, head.stored()])?;
        tx.commit()?;
        Ok(next)
    }

    /// A record's current revision, withdrawal time and revision base ([`MIGRATION_3`]).
    fn record_row(conn: &Connection, id: &str) -> Result<(i64, Option<String>, i64)> {
        conn.prepare_cached("SELECT revision, withdrawn_at, revision_base FROM records WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?
            .ok_or_else(|| VaultError::RecordNotFound(id.to_owned()))
    }

    /// The current revision of an interview.
    pub fn get_record(&self, id: &str) -> Result<StoredRecord> {
        let id = Self::parse_id(id)?;
        let keys = self.keys()?;
        // revision, created_at, updated_at, withdrawn_at, blob, content_key
        type Row = (i64, String, String, Option<String>, Option<Vec<u8>>, Option<Vec<u8>>);
        let row: Option<Row> = self
            .conn
            .query_row(
                "SELECT r.revision, r.created_at, r.updated_at, r.withdrawn_at, v.blob, v.content_key FROM records r \
                 LEFT JOIN revisions v ON v.id = r.revision_base + r.revision AND v.record_id = r.id WHERE r.id = ?1",
                [&id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, blob_column(r, 4)?, blob_column(r, 5)?)),
            )
            .optional()?;
        let (revision, created_at, updated_at, withdrawn, blob, content_key) = row.ok_or_else(|| VaultError::RecordNotFound(id.clone()))?;
        if withdrawn.is_some() {
            return Err(VaultError::Withdrawn(id));
        }
        let interview = open_revision(keys, &id, revision, blob.as_deref(), content_key.as_deref()).map_err(|why| VaultError::Damaged {
            id: id.clone(),
            revision,
            why,
        })?;
        Ok(StoredRecord { id, revision, created_at, updated_at, interview })
    }

    /// Every interview that is not withdrawn, current revision, in id order, decrypted on every
    /// core; and how many are withdrawn. For exports, which read them all: one query instead of
    /// one per record, and each opened with its sealed file key (no X25519 step).
    /// The first damaged record (in id order) is the error.
    pub fn current_records(&self) -> Result<(Vec<StoredRecord>, usize)> {
        let keys = self.keys()?;
        type Row = (String, i64, String, String, Option<Vec<u8>>, Option<Vec<u8>>);
        let mut stmt = self.conn.prepare(
            "SELECT r.id, r.revision, r.created_at, r.updated_at, v.blob, v.content_key FROM records r \
             LEFT JOIN revisions v ON v.id = r.revision_base + r.revision AND v.record_id = r.id \
             WHERE r.withdrawn_at IS NULL ORDER BY r.id",
        )?;
        let rows: Vec<Row> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, blob_column(r, 4)?, blob_column(r, 5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let withdrawn: usize =
            self.conn.query_row("SELECT count(*) FROM records WHERE withdrawn_at IS NOT NULL", [], |r| r.get::<_, i64>(0))? as usize;
        let opened = crate::parallel::map(rows, 8, |(id, revision, created_at, updated_at, blob, content_key)| {
            let interview = open_revision(keys, &id, revision, blob.as_deref(), content_key.as_deref())
                .map_err(|why| VaultError::Damaged { id: id.clone(), revision, why })?;
            Ok(StoredRecord { id, revision, created_at, updated_at, interview })
        });
        Ok((opened.into_iter().collect::<Result<Vec<_>>>()?, withdrawn))
    }

    /// Every interview, newest first, with summaries decrypted in memory.
    ///
    /// Reads only the small summary index, not the records: a record whose content is damaged
    /// but whose summary is intact shows as active here and as damaged when opened or checked.
    pub fn list_records(&self) -> Result<Vec<ListItem>> {
        let keys = self.keys()?;
        let mut stmt = self
            .conn
            .prepare("SELECT id, revision, created_at, updated_at, withdrawn_at, summary FROM records ORDER BY updated_at DESC, id")?;
        let rows = stmt.query_map([], |r| {
            let id: String = r.get(0)?;
            let revision: i64 = r.get(1)?;
            let withdrawn: Option<String> = r.get(4)?;
            let summary: Option<Vec<u8>> = r.get(5)?;
            let state = match (withdrawn, summary) {
                (Some(at), _) => RecordState::Withdrawn { withdrawn_at: at },
                (None, None) => RecordState::Damaged { why: "its summary is missing".into() },
                (None, Some(b)) => match open_summary(keys, &id, revision, &b) {
                    Ok(summary) => RecordState::Active { summary },
                    Err(why) => RecordState::Damaged { why },
                },
            };
            Ok(ListItem { id, revision, created_at: r.get(2)?, updated_at: r.get(3)?, state })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every revision of an interview, oldest first.
    pub fn history(&self, id: &str) -> Result<Vec<Revision>> {
        let id = Self::parse_id(id)?;
        let keys = self.keys()?;
        let (_, withdrawn, base) = Self::record_row(&self.conn, &id)?;
        if withdrawn.is_some() {
            return Err(VaultError::Withdrawn(id));
        }
        let mut stmt = self.conn.prepare(
            "SELECT revision, created_at, blob, content_key FROM revisions WHERE id > ?1 AND id < ?2 AND record_id = ?3 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![base, base + (1 << REVISION_BITS), id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, blob_column(r, 2)?, blob_column(r, 3)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (revision, created_at, blob, content_key) = row?;
            let content = open_revision(keys, &id, revision, blob.as_deref(), content_key.as_deref());
            let (interview, damaged) = match content {
                Ok(i) => (Some(i), None),
                Err(why) => (None, Some(why)),
            };
            out.push(Revision { revision, created_at, interview, damaged });
        }
        Ok(out)
    }

    /// Withdraws a participant: keeps a tombstone, erases every revision, draft and attachment of
    /// the record, and checkpoints the WAL so no ciphertext of it is left in the files.
    pub fn withdraw(&mut self, id: &str) -> Result<()> {
        let id = Self::parse_id(id)?;
        self.keys()?;
        let tx = self.conn.transaction()?;
        let (rev, withdrawn, _) = Self::record_row(&tx, &id)?;
        if withdrawn.is_some() {
            return Err(VaultError::Withdrawn(id));
        }
        // By record id over the whole table, not by row id range: erasing must not depend on
        // the record's row being intact.
        tx.execute("UPDATE revisions SET blob = NULL, content_key = NULL WHERE record_id = ?1", [&id])?;
        tx.execute("DELETE FROM drafts WHERE record_id = ?1", [&id])?;
        tx.execute("DELETE FROM attachment_chunks WHERE attachment_id IN (SELECT id FROM attachments WHERE record_id = ?1)", [&id])?;
        tx.execute("DELETE FROM attachments WHERE record_id = ?1", [&id])?;
        tx.execute(
            "UPDATE records SET withdrawn_at = ?2, updated_at = ?2, summary = NULL, content_key = NULL WHERE id = ?1",
            params![id, now()],
        )?;
        audit::append(&tx, self.keys.as_ref(), Event::RecordWithdrawn, Some(&id), Some(rev), None)?;
        tx.commit()?;
        self.checkpoint()?;
        Ok(())
    }

    /// Copies the WAL into the main file and truncates it.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Saves (or replaces) an encrypted draft. `content` may be incomplete or invalid.
    pub fn save_draft(&mut self, draft_id: &str, record_id: Option<&str>, content: &serde_json::Value) -> Result<()> {
        let draft_id = Uuid::parse_str(draft_id).map_err(|_| VaultError::NotFoundItem { what: "draft", id: draft_id.into() })?.to_string();
        let record_id = record_id.map(Self::parse_id).transpose()?;
        let recipient = self.keys()?.recipient();
        let plain =
            Zeroizing::new(serde_json::to_vec(&serde_json::json!({ "draft": draft_id, "content": content })).expect("JSON serialises"));
        let blob = keys::encrypt(&[&recipient], &plain);
        self.conn.execute(
            "INSERT INTO drafts (id, record_id, updated_at, blob) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT(id) DO UPDATE SET record_id = excluded.record_id, updated_at = excluded.updated_at, blob = excluded.blob",
            params![draft_id, record_id, now(), blob],
        )?;
        Ok(())
    }

    /// The saved drafts, newest first.
    pub fn drafts(&self) -> Result<Vec<DraftInfo>> {
        let mut stmt = self.conn.prepare("SELECT id, record_id, updated_at FROM drafts ORDER BY updated_at DESC")?;
        let rows = stmt.query_map([], |r| Ok(DraftInfo { id: r.get(0)?, record_id: r.get(1)?, updated_at: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A draft's content.
    pub fn load_draft(&self, draft_id: &str) -> Result<serde_json::Value> {
        let keys = self.keys()?;
        let blob: Vec<u8> = self
            .conn
            .query_row("SELECT blob FROM drafts WHERE id = ?1", [draft_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| VaultError::NotFoundItem { what: "draft", id: draft_id.into() })?;
        let damaged = |why: String| VaultError::Damaged { id: draft_id.into(), revision: 0, why };
        let plain = keys::decrypt(keys.identity(), &blob).map_err(|e| damaged(e.to_string()))?;
        let mut v: serde_json::Value = serde_json::from_slice(&plain).map_err(|e| damaged(e.to_string()))?;
        if v["draft"] != draft_id {
            return Err(damaged("the ciphertext belongs to another draft".into()));
        }
        Ok(v["content"].take())
    }

    /// Deletes a draft (after saving it as a record, or when discarded).
    pub fn discard_draft(&mut self, draft_id: &str) -> Result<()> {
        self.conn.execute("DELETE FROM drafts WHERE id = ?1", [draft_id])?;
        Ok(())
    }

    /// Adds an attachment to an interview, encrypting `content` as it streams in.
    pub fn add_attachment(&mut self, record_id: &str, name: &str, media_type: &str, content: &mut dyn Read) -> Result<AttachmentInfo> {
        let record_id = Self::parse_id(record_id)?;
        let recipient = self.keys()?.recipient();
        let tx = self.conn.transaction()?;
        let (_, withdrawn, _) = Self::record_row(&tx, &record_id)?;
        if withdrawn.is_some() {
            return Err(VaultError::Withdrawn(record_id));
        }
        let id = Uuid::new_v4().to_string();
        let created_at = now();
        // Insert a placeholder row first so chunks can reference it; its metadata is set at the end.
        tx.execute(
            "INSERT INTO attachments (id, record_id, created_at, meta) VALUES (?1, ?2, ?3, x'')",
            params![id, record_id, created_at],
        )?;
        let enc = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).expect("one recipient");
        let sink = ChunkWriter { tx: &tx, id: &id, seq: 0, buf: Vec::with_capacity(CHUNK) };
        let mut w = enc.wrap_output(sink)?;
        let size = io::copy(content, &mut w).map_err(sqlite_io)?;
        let mut sink = w.finish().map_err(sqlite_io)?;
        sink.flush_chunk().map_err(sqlite_io)?;
        let info = AttachmentInfo {
            id: id.clone(),
            record_id: record_id.clone(),
            name: name.into(),
            media_type: media_type.into(),
            size,
            created_at,
        };
        let meta = keys::encrypt(&[&recipient], &serde_json::to_vec(&info).expect("serialises"));
        tx.execute("UPDATE attachments SET meta = ?2 WHERE id = ?1", params![id, meta])?;
        audit::append(&tx, self.keys.as_ref(), Event::AttachmentAdded, Some(&record_id), None, Some(&id))?;
        tx.commit()?;
        Ok(info)
    }

    /// The attachments of an interview.
    pub fn attachments(&self, record_id: &str) -> Result<Vec<AttachmentInfo>> {
        let record_id = Self::parse_id(record_id)?;
        let keys = self.keys()?;
        let mut stmt = self.conn.prepare("SELECT id, meta FROM attachments WHERE record_id = ?1 ORDER BY created_at")?;
        let rows = stmt.query_map([&record_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, meta) = row?;
            out.push(Self::attachment_meta(keys, &record_id, &id, &meta)?);
        }
        Ok(out)
    }

    fn attachment_meta(keys: &VaultKeys, record_id: &str, id: &str, meta: &[u8]) -> Result<AttachmentInfo> {
        let damaged = |why: String| VaultError::Damaged { id: record_id.into(), revision: 0, why: format!("attachment {id}: {why}") };
        let plain = keys::decrypt(keys.identity(), meta).map_err(|e| damaged(e.to_string()))?;
        let info: AttachmentInfo = serde_json::from_slice(&plain).map_err(|e| damaged(e.to_string()))?;
        if info.id != id || info.record_id != record_id {
            return Err(damaged("metadata belongs to another attachment".into()));
        }
        Ok(info)
    }

    /// One attachment's description, decrypted and checked against its row.
    fn attachment_info(&self, attachment_id: &str) -> Result<AttachmentInfo> {
        let keys = self.keys()?;
        let row: Option<(String, Vec<u8>)> = self
            .conn
            .query_row("SELECT record_id, meta FROM attachments WHERE id = ?1", [attachment_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let (record_id, meta) = row.ok_or_else(|| VaultError::NotFoundItem { what: "attachment", id: attachment_id.into() })?;
        Self::attachment_meta(keys, &record_id, attachment_id, &meta)
    }

    /// Decrypts an attachment into `out`, streaming; returns its description.
    pub fn read_attachment(&self, attachment_id: &str, out: &mut dyn Write) -> Result<AttachmentInfo> {
        let keys = self.keys()?;
        let info = self.attachment_info(attachment_id)?;
        let record_id = info.record_id.clone();
        let damaged =
            |why: String| VaultError::Damaged { id: record_id.clone(), revision: 0, why: format!("attachment {attachment_id}: {why}") };
        let reader = ChunkReader { conn: &self.conn, id: attachment_id, seq: 0, buf: Vec::new(), pos: 0 };
        let dec = age::Decryptor::new(reader).map_err(|e| damaged(e.to_string()))?;
        let mut r = dec.decrypt(std::iter::once(keys.identity() as &dyn age::Identity)).map_err(|e| damaged(e.to_string()))?;
        io::copy(&mut r, out).map_err(|e| damaged(e.to_string()))?;
        Ok(info)
    }

    /// Deletes an attachment (a wrong file, a photo that shows too much): its chunks and
    /// metadata are erased (`secure_delete` overwrites them, and the WAL is checkpointed) and
    /// the deletion is logged. Returns the attachment's description.
    pub fn delete_attachment(&mut self, attachment_id: &str) -> Result<AttachmentInfo> {
        let info = self.attachment_info(attachment_id)?;
        let record_id = info.record_id.clone();
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?1", [attachment_id])?;
        tx.execute("DELETE FROM attachments WHERE id = ?1", [attachment_id])?;
        audit::append(&tx, self.keys.as_ref(), Event::AttachmentDeleted, Some(&record_id), None, Some(attachment_id))?;
        tx.commit()?;
        self.checkpoint()?;
        Ok(info)
    }

    /// Every audit entry, in order.
    pub fn audit_entries(&self) -> Result<Vec<audit::Entry>> {
        Ok(audit::entries(&self.conn)?)
    }

    /// Verifies the audit chain, every entry's MAC included (so it needs the vault unlocked);
    /// returns its head.
    pub fn verify_audit(&self) -> Result<Head> {
        Ok(audit::verify(&self.conn, Some(self.keys()?))?)
    }

    /// Appends an audit event (for export and other core modules); needs the vault unlocked.
    pub fn record_event(&mut self, event: Event, detail: Option<&str>) -> Result<Head> {
        Ok(audit::append(&self.conn, Some(self.keys()?), event, None, None, detail)?)
    }

    /// Checks everything: the file (SQLite integrity), the audit chain, that every setting is
    /// there and readable; and when unlocked every setting against its seal, the profile, and
    /// every record's summary and revisions (each with its sealed key). Each damage names its part.
    pub fn check(&self) -> Result<CheckReport> {
        let integrity: Vec<String> =
            self.conn.prepare("PRAGMA integrity_check")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        let audit = audit::verify(&self.conn, self.keys.as_ref()).map_err(|e| e.to_string());
        let mut report = CheckReport {
            integrity: integrity.join("; "),
            audit,
            records_ok: 0,
            records_withdrawn: 0,
            damaged: Vec::new(),
            settings: settings_format_problems(&self.conn)?,
        };
        let Some(keys) = &self.keys else { return Ok(report) };
        report.settings.extend(settings_changes(&self.conn, keys)?.into_iter().map(|(entry, why)| format!("{entry} {why}")));
        if let Err(e) = self.profile() {
            report.settings.push(format!("{}: {e}", setting_label("keys.profile")));
        }
        for item in self.list_records()? {
            match item.state {
                RecordState::Withdrawn { .. } => {
                    report.records_withdrawn += 1;
                    let left: i64 = self.conn.query_row(
                        "SELECT count(*) FROM revisions WHERE record_id = ?1 AND (blob IS NOT NULL OR content_key IS NOT NULL)",
                        [&item.id],
                        |r| r.get(0),
                    )?;
                    if left > 0 {
                        report.damaged.push((item.id, format!("withdrawn, but {left} revision(s) still hold ciphertext")));
                    }
                }
                RecordState::Damaged { why } => report.damaged.push((item.id, format!("summary of revision {}: {why}", item.revision))),
                RecordState::Active { .. } => {
                    let history = self.history(&item.id)?;
                    let numbers: Vec<i64> = history.iter().map(|r| r.revision).collect();
                    let problem = match history.iter().find_map(|r| r.damaged.as_ref().map(|why| (r.revision, why))) {
                        Some((revision, why)) => Some(format!("revision {revision}: {why}")),
                        None if numbers != (1..=item.revision).collect::<Vec<_>>() => {
                            Some(format!("revisions 1 to {} expected, found {numbers:?}", item.revision))
                        }
                        None => None,
                    };
                    match problem {
                        Some(why) => report.damaged.push((item.id, why)),
                        None => report.records_ok += 1,
                    }
                }
            }
        }
        Ok(report)
    }

    /// Direct access to the database, for tests and benchmarks of the storage itself.
    #[doc(hidden)]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

fn sqlite_io(e: io::Error) -> VaultError {
    // ChunkWriter reports SQLite failures as io errors; turn "disk full" back into DiskFull.
    if let Some(inner) = e.get_ref().and_then(|i| i.downcast_ref::<rusqlite::Error>()) {
        if inner.sqlite_error_code() == Some(ErrorCode::DiskFull) {
            return VaultError::DiskFull;
        }
    }
    VaultError::Io(e)
}

/// Writes age ciphertext into `attachment_chunks`, one row per [`CHUNK`] bytes.
struct ChunkWriter<'a> {
    tx: &'a Transaction<'a>,
    id: &'a str,
    seq: i64,
    buf: Vec<u8>,
}

impl ChunkWriter<'_> {
    fn flush_chunk(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        self.tx
            .execute("INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?1, ?2, ?3)", params![self.id, self.seq, self.buf])
            .map_err(io::Error::other)?;
        self.seq += 1;
        self.buf.clear();
        Ok(())
    }
}

impl Write for ChunkWriter<'_> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let n = data.len().min(CHUNK - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == CHUNK {
            self.flush_chunk()?;
        }
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Reads an attachment's ciphertext back, one chunk row at a time.
struct ChunkReader<'a> {
    conn: &'a Connection,
    id: &'a str,
    seq: i64,
    buf: Vec<u8>,
    pos: usize,
}

impl Read for ChunkReader<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.pos == self.buf.len() {
            let next: Option<Vec<u8>> = self
                .conn
                .query_row("SELECT data FROM attachment_chunks WHERE attachment_id = ?1 AND seq = ?2", params![self.id, self.seq], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(io::Error::other)?;
            match next {
                Some(b) => {
                    self.buf = b;
                    self.pos = 0;
                    self.seq += 1;
                }
                None => return Ok(0),
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interview() -> Interview {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/interviews/01_huong.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn the_migration_numbers_revisions_as_the_vault_does() {
        assert!(MIGRATION_3.contains(&format!("x.n << {REVISION_BITS}")));
    }

    /// The sealed file key opens a revision by itself: here the blob is encrypted to another
    /// vault's identity, which these keys cannot unwrap, and it still opens.
    #[test]
    fn a_sealed_file_key_opens_its_revision_without_the_identity() {
        let (mine, other) = (VaultKeys::generate(), VaultKeys::generate());
        let id = "0190f5a2-0000-4000-8000-000000000001";
        let (blob, file_key) = other.encrypt_to_self(&envelope(id, 3, &interview()));
        let sealed = mine.seal_index(&content_key_aad(id, 3), &file_key[..]);
        assert!(open_envelope(&mine, id, 3, &blob).is_err(), "the identity cannot open it");
        assert_eq!(open_revision(&mine, id, 3, Some(&blob), Some(&sealed)).unwrap(), interview());
        // Bound to its record and revision: under another revision's name the key does not
        // open, and nothing else is tried.
        let err = open_revision(&mine, id, 2, Some(&blob), Some(&sealed)).unwrap_err();
        assert!(err.contains("does not authenticate"), "{err}");
    }

    /// A revision anyone could write (encrypted to the vault's public recipient, no sealed key)
    /// is refused though the identity opens it.
    #[test]
    fn fail_a_revision_without_a_sealed_key() {
        let keys = VaultKeys::generate();
        let id = "0190f5a2-0000-4000-8000-000000000001";
        let blob = keys::encrypt(&[&keys.recipient()], &envelope(id, 1, &interview()));
        assert_eq!(open_envelope(&keys, id, 1, &blob).unwrap(), interview());
        let err = open_revision(&keys, id, 1, Some(&blob), None).unwrap_err();
        assert!(err.contains("no sealed content key"), "{err}");
    }

    #[test]
    fn every_sealed_setting_has_a_name_in_words() {
        for name in SEALED_META.iter().map(|k| format!("meta.{k}")).chain(SEALED_KEYS.iter().map(|k| format!("keys.{k}"))) {
            assert!(!setting_label(&name).starts_with("the settings seal"), "{name}");
        }
    }
}
