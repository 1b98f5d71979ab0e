//! The research workspace: where a researcher imports, merges and reviews the bundles of many
//! fieldworkers, and what the analysis export reads.
//!
//! A [`Workspace`] is one SQLite file with the vault's durability rules ([`crate::store`]: WAL,
//! `synchronous=FULL`, migrations, a lock file), its content sealed at rest with a key that the
//! researcher's passphrase unlocks (the researcher's age identity is sealed with the passphrase
//! exactly as a vault's keys are: [`crate::keys::seal_with_passphrase`]). The project profile
//! (roster of fieldworker keys, pseudonym secret) is kept sealed in it, so the trust it decides
//! cannot be changed on disk without the passphrase.
//!
//! - [`store`]: tables, migrations and the sealing of rows;
//! - [`import`]: bundles in, one transaction each, all or nothing ([`ImportError`]);
//! - [`merge`]: the rule that tells a known, newer or diverging revision apart;
//! - [`conflicts`]: diverging revisions, their field-by-field diff and their resolution;
//! - [`duplicates`]: the same participant interviewed twice, found from pseudonyms and fuzzy
//!   quasi-identifiers, and the researcher's decisions.
//!
//! It reads bundles only through [`crate::bundle::read`] and writes no export files: the
//! analysis export reads [`Workspace::analysis_data`].

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::bundle::{ReadError, Roster};
use crate::keys::{self, KeyError, VaultKeys};
use crate::profile::{Profile, ProfileError};
use crate::store::{self as sqlite_store, StoreError};

pub mod conflicts;
pub mod duplicates;
pub mod import;
pub mod merge;
pub mod store;

pub use conflicts::{Choice, Conflict, ConflictDetail, FieldDiff, Resolution};
pub use duplicates::{Decision, PossibleDuplicate};
pub use import::{ImportError, ImportProgress, ImportSummary, Refusal};

/// What went wrong with a workspace. Each message says what to do next.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WorkspaceError {
    /// No workspace at that path.
    #[error("no research workspace at {}: create one with `fieldvault workspace init`", .0.display())]
    NotFound(PathBuf),
    /// A file exists where a workspace was to be created.
    #[error("{} already exists: choose another file for the new workspace; nothing was overwritten", .0.display())]
    AlreadyExists(PathBuf),
    /// The file is not a workspace.
    #[error("{} is not a FieldVault research workspace ({why}): check the path", .path.display())]
    NotAWorkspace {
        /// The file.
        path: PathBuf,
        /// What is missing.
        why: String,
    },
    /// Lock, migration or SQLite plumbing failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The passphrase does not open the workspace.
    #[error("wrong passphrase for the research workspace: try again")]
    WrongPassphrase,
    /// A key problem (a weak new passphrase, a malformed identity file, a damaged sealed key).
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The project profile is not valid.
    #[error(transparent)]
    Profile(#[from] ProfileError),
    /// The profile's roster holds a key that is not a minisign public key.
    #[error(transparent)]
    Roster(#[from] ReadError),
    /// The identity given at creation is not one of the profile's researchers or reviewers.
    #[error("the age identity's recipient {0} is not among the project profile's researchers or reviewers, so no bundle of this project can be opened with it: use the identity whose recipient the principal investigator put in the profile")]
    NotARecipient(String),
    /// Sealed content does not open: the file was changed outside FieldVault or is damaged.
    #[error("the workspace's {what} is damaged or was changed outside FieldVault ({why}): restore the workspace from a backup, or create a new one and import the bundles again")]
    Damaged {
        /// Which row.
        what: String,
        /// What failed.
        why: String,
    },
    /// The disk is full; the transaction was rolled back.
    #[error("the disk is full: nothing was saved; free some space and try again")]
    DiskFull,
    /// No conflict with that id.
    #[error("no conflict {0} in this workspace: list them with `fieldvault conflicts list`")]
    ConflictNotFound(String),
    /// The conflict was resolved already.
    #[error("conflict {0} is already resolved: its resolution is a revision of the interview; nothing was changed")]
    AlreadyResolved(String),
    /// A merged record given to resolve a conflict is not a valid de-identified record.
    #[error("the merged record is not a valid de-identified record of interview {interview_id} ({why}): fix the file (start from `fieldvault conflicts show`); nothing was changed")]
    InvalidMerged {
        /// The interview of the conflict.
        interview_id: String,
        /// What is wrong.
        why: String,
    },
    /// No possible duplicate with that id.
    #[error("no possible duplicate {0}: list them with `fieldvault duplicates list`")]
    DuplicateNotFound(String),
    /// A file could not be read or written.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The cause.
        source: std::io::Error,
    },
    /// SQLite failed.
    #[error("workspace database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for WorkspaceError {
    fn from(e: rusqlite::Error) -> Self {
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) {
            WorkspaceError::DiskFull
        } else {
            WorkspaceError::Sqlite(e)
        }
    }
}

/// Shorthand for workspace results.
pub type Result<T, E = WorkspaceError> = std::result::Result<T, E>;

/// Options of [`Workspace::create`].
#[derive(Clone, Debug, Default)]
pub struct CreateOptions {
    /// scrypt work factor (log2 N) of the passphrase seal; `None` calibrates (tests lower it).
    pub work_factor: Option<u8>,
}

/// Where an imported revision came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Origin {
    /// The signer's name on the roster (for a resolution: the researcher's recipient).
    pub signer: String,
    /// The signer's minisign key id (empty for a resolution).
    pub key_id: String,
    /// When the bundle was made (for a resolution: when it was made).
    pub created_at: String,
    /// The revision's number in the fieldworker's vault (0 for a resolution).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub revision: i64,
    /// The revision's fingerprint (last of its line).
    pub fingerprint: String,
}

/// A revision as the workspace keeps it (sealed in `revisions.sealed`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct StoredRevision {
    /// The de-identified record, as the bundle's `records.jsonl` holds it.
    pub record: Value,
    /// Its line of fingerprints, oldest first, itself last.
    pub line: Vec<String>,
    /// Every fingerprint it supersedes (its line; for a resolution both sides' too).
    pub covers: Vec<String>,
    /// Where it came from.
    pub origin: Origin,
    /// For a resolution: who chose what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<Resolution>,
}

/// An interview removed from the workspace's data because its participant withdrew.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Withdrawal {
    /// Pseudonymous interview id.
    pub interview_id: String,
    /// When the workspace learnt of it.
    pub withdrawn_at: String,
    /// SHA-256 of the manifest of the bundle that said so.
    pub bundle_manifest_sha256: String,
}

/// What the analysis export reads: the current de-identified records, what was removed, and
/// how conflicts were resolved.
#[derive(Clone, Debug, Serialize)]
pub struct AnalysisData {
    /// The current revision of every interview not withdrawn, in the bundle's de-identified
    /// record form, sorted by `interview_id`. An interview with an open conflict is there with
    /// the revision the workspace had first (see `open_conflicts`).
    pub records: Vec<Value>,
    /// Interviews removed because their participants withdrew.
    pub withdrawn: Vec<Withdrawal>,
    /// Every resolved conflict, with who chose what.
    pub resolutions: Vec<Resolution>,
    /// Conflicts still open (their interviews are in `records` with their first revision).
    pub open_conflicts: Vec<Conflict>,
    /// Pairs of interviews the researcher confirmed are of the same participant.
    pub confirmed_duplicates: Vec<(String, String)>,
}

/// An open research workspace, unlocked (its keys are in memory until it is dropped).
pub struct Workspace {
    conn: Connection,
    path: PathBuf,
    _lock: File,
    keys: VaultKeys,
    profile: Profile,
    roster: Roster,
}

/// Row key of the sealed profile in `keys`.
const PROFILE_KIND: &str = "profile";

impl Workspace {
    /// Creates a workspace at `path` for the project `profile`, holding the researcher's age
    /// `identity` sealed with `passphrase`; returns it open. The identity's recipient must be
    /// one of the profile's researchers or reviewers. The file appears atomically.
    pub fn create(
        path: &Path,
        passphrase: &SecretString,
        identity: age::x25519::Identity,
        profile: Profile,
        options: &CreateOptions,
    ) -> Result<Workspace> {
        if path.exists() {
            return Err(WorkspaceError::AlreadyExists(path.to_owned()));
        }
        keys::check_passphrase_strength(passphrase)?;
        profile.check()?;
        Roster::from_profile(&profile)?;
        let recipient = identity.to_public().to_string();
        if !profile.researchers.iter().chain(&profile.reviewers).any(|m| m.age_recipient.trim() == recipient) {
            return Err(WorkspaceError::NotARecipient(recipient));
        }
        let lock = sqlite_store::take_lock(path)?;
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("workspace");
        let tmp = dir.join(format!(".{name}.creating-{}", uuid::Uuid::new_v4()));
        let keys = VaultKeys::with_identity(identity);
        let io = |what: &str| {
            let what = format!("{what} {}", path.display());
            move |source| WorkspaceError::Io { what, source }
        };
        match Self::build(&tmp, passphrase, &keys, &profile, options) {
            Ok(()) => {
                std::fs::rename(&tmp, path).map_err(io("creating"))?;
                File::open(dir).and_then(|d| d.sync_all()).map_err(io("syncing the folder of"))?;
            }
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        }
        Self::open_locked(path, lock, passphrase)
    }

    fn build(tmp: &Path, passphrase: &SecretString, keys: &VaultKeys, profile: &Profile, options: &CreateOptions) -> Result<()> {
        let mut conn = Connection::open(tmp)?;
        conn.pragma_update(None, "journal_mode", "DELETE")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        store::migrate(&mut conn, tmp)?;
        let sealed = keys::seal_with_passphrase(&keys.to_secret_bytes(), passphrase, options.work_factor);
        let tx = conn.transaction()?;
        let meta = [
            ("format", store::WORKSPACE_FORMAT.to_owned()),
            ("workspace_id", uuid::Uuid::new_v4().to_string()),
            ("created_at", store::now()),
            ("recipient", keys.recipient().to_string()),
        ];
        for (k, v) in meta {
            tx.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", params![k, v])?;
        }
        tx.execute("INSERT INTO keys (kind, blob) VALUES ('passphrase', ?1)", [sealed])?;
        let profile_blob = store::seal(keys, "keys", PROFILE_KIND, &*profile.to_json());
        tx.execute("INSERT INTO keys (kind, blob) VALUES (?1, ?2)", params![PROFILE_KIND, profile_blob])?;
        tx.commit()?;
        conn.close().map_err(|(_, e)| e)?;
        Ok(())
    }

    /// Opens the workspace at `path` with its passphrase. Fails if another process has it open
    /// ([`StoreError::InUse`]). Opening writes nothing.
    pub fn open(path: &Path, passphrase: &SecretString) -> Result<Workspace> {
        if !path.is_file() {
            return Err(WorkspaceError::NotFound(path.to_owned()));
        }
        let lock = sqlite_store::take_lock(path)?;
        Self::open_locked(path, lock, passphrase)
    }

    fn open_locked(path: &Path, lock: File, passphrase: &SecretString) -> Result<Workspace> {
        let not_a_workspace = |why: String| WorkspaceError::NotAWorkspace { path: path.to_owned(), why };
        let mut conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        sqlite_store::refuse_newer(&conn, path, store::MIGRATIONS.len()).map_err(|e| match e {
            StoreError::Sqlite(e) => not_a_workspace(e.to_string()),
            e => e.into(),
        })?;
        sqlite_store::configure(&conn).map_err(|e| not_a_workspace(e.to_string()))?;
        let format: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'format'", [], |r| r.get(0))
            .optional()
            .map_err(|e| not_a_workspace(e.to_string()))?;
        if format.as_deref() != Some(store::WORKSPACE_FORMAT) {
            return Err(not_a_workspace("no workspace format marker".into()));
        }
        store::migrate(&mut conn, path)?;
        let sealed: Vec<u8> = conn.query_row("SELECT blob FROM keys WHERE kind = 'passphrase'", [], |r| r.get(0))?;
        let secret = keys::open_with_passphrase(&sealed, passphrase).map_err(|e| match e {
            KeyError::WrongPassphrase => WorkspaceError::WrongPassphrase,
            e => e.into(),
        })?;
        let keys = VaultKeys::from_secret_bytes(&secret)?;
        let blob: Vec<u8> = conn
            .query_row("SELECT blob FROM keys WHERE kind = ?1", [PROFILE_KIND], |r| r.get(0))
            .optional()?
            .ok_or_else(|| WorkspaceError::Damaged { what: "project profile".into(), why: "it is missing".into() })?;
        let json: zeroize::Zeroizing<String> = zeroize::Zeroizing::new(store::open(&keys, "keys", PROFILE_KIND, &blob)?);
        let profile = Profile::from_json(&json)?;
        let roster = Roster::from_profile(&profile)?;
        Ok(Workspace { conn, path: path.to_owned(), _lock: lock, keys, profile, roster })
    }

    /// The workspace's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The project's name and id (the profile itself, with its pseudonym secret, never leaves).
    pub fn project(&self) -> (String, String) {
        (self.profile.name.clone(), self.profile.project_id.to_string())
    }

    /// The project's approved de-identification policy ([`crate::deid::Policy::approved`]): the
    /// analysis export's columns and its k.
    pub fn policy(&self) -> std::result::Result<crate::deid::Policy, crate::deid::PolicyError> {
        crate::deid::Policy::approved(&self.profile)
    }

    /// The researcher's age recipient (who the workspace's resolutions are recorded as).
    pub fn recipient(&self) -> String {
        self.keys.recipient().to_string()
    }

    /// The SQLite connection (for tests and diagnostics: a test caps its size to play a full disk).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// A revision row, opened.
    pub(crate) fn revision(&self, row: i64) -> Result<(String, StoredRevision)> {
        let (interview_id, fingerprint, sealed): (String, String, Option<Vec<u8>>) =
            self.conn.query_row("SELECT interview_id, fingerprint, sealed FROM revisions WHERE id = ?1", [row], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
        let sealed = sealed.ok_or_else(|| WorkspaceError::Damaged {
            what: format!("revision {fingerprint} of {interview_id}"),
            why: "its content was erased (the interview was withdrawn)".into(),
        })?;
        let rev = store::open(&self.keys, "revisions", &format!("{interview_id}/{fingerprint}"), &sealed)?;
        Ok((interview_id, rev))
    }

    /// The current revision of every interview not withdrawn, sorted by interview id.
    pub(crate) fn current(&self) -> Result<Vec<(String, StoredRevision)>> {
        let rows: Vec<i64> = self
            .conn
            .prepare("SELECT head FROM interviews WHERE head IS NOT NULL ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(|row| self.revision(row)).collect()
    }

    /// The interviews withdrawn, sorted by interview id.
    pub fn withdrawals(&self) -> Result<Vec<Withdrawal>> {
        let mut stmt = self.conn.prepare(
            "SELECT i.id, i.withdrawn_at, coalesce(b.manifest_sha256, '') FROM interviews i \
             LEFT JOIN bundles b ON b.id = i.withdrawn_bundle WHERE i.withdrawn_at IS NOT NULL ORDER BY i.id",
        )?;
        let rows =
            stmt.query_map([], |r| Ok(Withdrawal { interview_id: r.get(0)?, withdrawn_at: r.get(1)?, bundle_manifest_sha256: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Everything the analysis export needs, read in one go.
    pub fn analysis_data(&self) -> Result<AnalysisData> {
        let records = self.current()?.into_iter().map(|(_, r)| r.record).collect();
        let all = self.conflicts()?;
        let (resolved, open): (Vec<Conflict>, Vec<Conflict>) = all.into_iter().partition(|c| c.resolved);
        let resolutions = resolved.iter().map(|c| self.resolution_of(&c.id)).collect::<Result<Vec<_>>>()?;
        let confirmed_duplicates = self
            .conn
            .prepare("SELECT a, b FROM duplicates WHERE status = 'confirmed' ORDER BY a, b")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(AnalysisData { records, withdrawn: self.withdrawals()?, resolutions, open_conflicts: open, confirmed_duplicates })
    }

    /// SHA-256 of the workspace's data as the analysis export reads it ([`Self::analysis_data`],
    /// canonical JSON): equal before and after an import that changed nothing.
    pub fn content_hash(&self) -> Result<String> {
        use sha2::Digest;
        let data = serde_json::to_value(self.analysis_data()?).expect("analysis data serialises");
        Ok(hex::encode(sha2::Sha256::digest(serde_json::to_vec(&crate::deid::canonical(&data)).expect("JSON serialises"))))
    }
}
