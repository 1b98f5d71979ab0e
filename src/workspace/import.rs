//! Bundles into the workspace: each opened and checked by [`crate::bundle::read::open`]
//! (decrypted with the researcher's identity, signer on the profile's roster, every hash, tar
//! safety, every record against the de-identified schema), checked to be of this project, then
//! merged in **one transaction per bundle, all or nothing**.
//!
//! A refused bundle changes nothing (not a byte of the workspace file) and does not stop the
//! others of the same call. A bundle that brings nothing new commits nothing either, so
//! importing twice is a no-op; a file already imported, byte for byte (by its SHA-256), is not
//! even decrypted again. How each record merges is [`super::merge`]'s rule; withdrawals
//! (the manifest's tombstones, and interviews excluded as withdrawn) remove the interview and
//! erase every revision of it.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;
use serde_json::Value;

use super::merge::{self, Relation};
use super::{store, Origin, StoredRevision, Workspace, WorkspaceError};
use crate::bundle::{self, Bundle, ReadError, Roster};
use crate::deid::ExclusionReason;
use crate::keys::VaultKeys;

/// Why one bundle was refused. Each message says what to do next.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The bundle failed a check of the reader (decryption, signer, hashes, tar, records).
    #[error(transparent)]
    Bundle(#[from] ReadError),
    /// The bundle is of another project than the workspace's.
    #[error("the bundle belongs to project {found}, not to this workspace's project {expected}: import it into that project's workspace")]
    OtherProject {
        /// The bundle's project id.
        found: String,
        /// The workspace's.
        expected: String,
    },
    /// A record is larger than any interview the workspace accepts (an enormous field).
    #[error("record {line} of the bundle is {size} bytes, more than the {limit} bytes a workspace accepts for one interview: ask the fieldworker what the interview holds; nothing of the bundle was imported")]
    RecordTooLarge {
        /// Line of `records.jsonl`, from 1.
        line: usize,
        /// Its size.
        size: usize,
        /// The limit ([`MAX_RECORD_BYTES`]).
        limit: usize,
    },
    /// A folder given could not be read.
    #[error("cannot read the folder {}: {source}", .path.display())]
    Folder {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The workspace failed while merging (the disk is full, the database failed); the
    /// bundle's transaction was rolled back.
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
}

impl From<rusqlite::Error> for ImportError {
    fn from(e: rusqlite::Error) -> Self {
        ImportError::Workspace(e.into())
    }
}

/// The largest de-identified record (one line of `records.jsonl`) a workspace imports: a
/// fieldwork interview is tens of kilobytes; this leaves room for long notes and quotes.
pub const MAX_RECORD_BYTES: usize = 4 * 1024 * 1024;

/// What one bundle changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Counts {
    /// Interviews new to the workspace.
    pub added: usize,
    /// Interviews whose revision a newer one on the same line replaced.
    pub updated: usize,
    /// Records already held (the same revision, or an older one of the line).
    pub unchanged: usize,
    /// Diverging revisions, kept beside the current one as a conflict.
    pub conflicts: usize,
    /// Interviews removed because their participant withdrew.
    pub withdrawn: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.added += o.added;
        self.updated += o.updated;
        self.unchanged += o.unchanged;
        self.conflicts += o.conflicts;
        self.withdrawn += o.withdrawn;
    }
}

/// A bundle that was refused, and why.
#[derive(Debug)]
pub struct Refusal {
    /// The bundle's file (or the folder that could not be read).
    pub path: PathBuf,
    /// Why.
    pub error: ImportError,
}

/// What an import did: totals over the bundles imported, and every refusal.
#[derive(Debug, Default)]
pub struct ImportSummary {
    /// Bundles imported (each in its own transaction).
    pub imported: usize,
    /// What they changed, summed.
    pub counts: Counts,
    /// Bundles refused, in the order met.
    pub refused: Vec<Refusal>,
}

/// Told before each bundle is opened.
#[derive(Clone, Debug)]
pub struct ImportProgress<'a> {
    /// Bundles done so far.
    pub done: usize,
    /// Bundles in all.
    pub total: usize,
    /// The bundle about to be imported.
    pub path: &'a Path,
}

/// The bundle files a list of paths names: files as given, folders searched recursively for
/// `*.fvb` (sorted); unreadable folders are refusals.
pub fn bundle_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Refusal>) {
    let mut files = Vec::new();
    let mut refused = Vec::new();
    for p in paths {
        if !p.is_dir() {
            files.push(p.clone());
            continue;
        }
        let mut found = Vec::new();
        let mut stack = vec![p.clone()];
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(e) => e,
                Err(source) => {
                    refused.push(Refusal { path: dir.clone(), error: ImportError::Folder { path: dir, source } });
                    continue;
                }
            };
            for e in entries.flatten() {
                let path = e.path();
                match e.file_type() {
                    Ok(t) if t.is_dir() => stack.push(path),
                    Ok(t) if t.is_file() && path.extension().is_some_and(|x| x == "fvb") => found.push(path),
                    _ => {}
                }
            }
        }
        found.sort();
        files.extend(found);
    }
    (files, refused)
}

/// A bundle file as the reading thread hands it to the merge ([`Workspace::import`]).
enum Fetched {
    /// A file whose SHA-256 the workspace recorded at an earlier import: not decrypted (yet).
    Known { file_sha256: String, bytes: Vec<u8> },
    /// A file opened and checked by the reader.
    Opened { file_sha256: String, bundle: Box<Result<Bundle, ReadError>> },
    /// A file that could not be read.
    Failed(ImportError),
}

/// Reads the file and, unless its SHA-256 is among `known`, opens and checks it
/// ([`bundle::open_bytes`]).
fn read_and_open(path: &Path, known: &HashSet<String>, identity: &age::x25519::Identity, roster: &Roster) -> Fetched {
    let bytes = match read_bundle(path) {
        Ok(b) => b,
        Err(e) => return Fetched::Failed(e),
    };
    let file_sha256 = crate::bundle::format::sha256_hex(&bytes);
    if known.contains(&file_sha256) {
        return Fetched::Known { file_sha256, bytes };
    }
    Fetched::Opened { bundle: Box::new(bundle::open_bytes(&bytes, identity, roster)), file_sha256 }
}

impl Workspace {
    /// Imports every bundle `paths` names ([`bundle_files`]), one transaction each; a refused
    /// bundle changes nothing and the others still import. `progress` is told as each bundle is
    /// taken up for merging.
    ///
    /// The bundles are read, decrypted and checked on a thread of their own, ahead of the merge
    /// (at most two wait in memory), so that on a machine of two cores or more the checks of
    /// the next bundle run while this one is merged. What is merged, and in which order, is the
    /// same as one by one: each bundle in turn, once every check of it passed.
    pub fn import(&mut self, paths: &[PathBuf], progress: &mut dyn FnMut(ImportProgress)) -> ImportSummary {
        let (files, refused) = bundle_files(paths);
        let mut summary = ImportSummary { refused, ..Default::default() };
        // If the workspace cannot list them, every file is checked in full: slower, as safe.
        let known = self.known_files().unwrap_or_default();
        let (identity, roster) = (self.keys.identity().clone(), self.roster.clone());
        let total = files.len();
        let files = &files;
        std::thread::scope(|scope| {
            let (send, receive) = std::sync::mpsc::sync_channel(1);
            let reader = scope.spawn(move || {
                for path in files {
                    if send.send((path, read_and_open(path, &known, &identity, &roster))).is_err() {
                        break;
                    }
                }
            });
            for (done, (path, read)) in receive.into_iter().enumerate() {
                progress(ImportProgress { done, total, path });
                let result = match read {
                    Fetched::Failed(e) => Err(e),
                    Fetched::Known { file_sha256, bytes } => self.import_known(&file_sha256, &bytes),
                    Fetched::Opened { file_sha256, bundle } => {
                        bundle.map_err(ImportError::from).and_then(|b| self.merge_bundle(&file_sha256, b))
                    }
                };
                match result {
                    Ok(c) => {
                        summary.imported += 1;
                        summary.counts.add(c);
                    }
                    Err(error) => summary.refused.push(Refusal { path: path.clone(), error }),
                }
            }
            reader.join().expect("reading bundles does not panic");
        });
        summary
    }

    /// Imports one bundle in one transaction, all or nothing; commits nothing if nothing is new.
    ///
    /// A file byte for byte the same as one imported before (by SHA-256) was verified then,
    /// against the same roster, and merged: it is counted unchanged without being decrypted
    /// again ([`Self::import_known`] says why that is sound).
    pub fn import_bundle(&mut self, path: &Path) -> Result<Counts, ImportError> {
        let known = self.known_files()?;
        match read_and_open(path, &known, self.keys.identity(), &self.roster) {
            Fetched::Failed(e) => Err(e),
            Fetched::Known { file_sha256, bytes } => self.import_known(&file_sha256, &bytes),
            Fetched::Opened { file_sha256, bundle } => self.merge_bundle(&file_sha256, (*bundle)?),
        }
    }

    /// The SHA-256 of every bundle file the workspace recorded at its import.
    fn known_files(&self) -> Result<HashSet<String>, ImportError> {
        let mut stmt = self.conn.prepare("SELECT file_sha256 FROM bundles")?;
        let hashes = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(hashes)
    }

    /// A bundle file whose SHA-256 the workspace recorded: counted unchanged without decrypting
    /// it, if the record holds; else checked and merged in full.
    ///
    /// Why this is sound: the hash was recorded, sealed in the bundle's row, when that file was
    /// imported after every check passed (decryption with this workspace's identity, signature
    /// by a key of this workspace's roster, which cannot change, every hash, tar safety, every
    /// record against the schema) and its changes committed. The same bytes decrypt to the same
    /// tar and pass the same checks, and every revision they bring is already held (revisions
    /// are never forgotten; a withdrawn interview keeps its rows and stays withdrawn), so merging
    /// them again would change nothing. Any other file, even one with the same signed content
    /// (encrypted again, or damaged in copying), has another SHA-256 and goes through every
    /// check. The plaintext column that finds the row is not trusted on its own: the hash must
    /// also be the one sealed in the row.
    fn import_known(&mut self, file_sha256: &str, bytes: &[u8]) -> Result<Counts, ImportError> {
        if let Some(n) = self.known_file(file_sha256)? {
            return Ok(Counts { unchanged: n, ..Counts::default() });
        }
        let bundle = bundle::open_bytes(bytes, self.keys.identity(), &self.roster)?;
        self.merge_bundle(file_sha256, bundle)
    }

    /// How many records the bundle file with this SHA-256 held, if the workspace recorded it at
    /// an earlier import (a row sealed before files were recorded in it says nothing: `None`).
    fn known_file(&self, file_sha256: &str) -> Result<Option<usize>, ImportError> {
        let row: Option<(String, Vec<u8>)> = self
            .conn
            .query_row("SELECT manifest_sha256, sealed FROM bundles WHERE file_sha256 = ?1", [file_sha256], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((manifest_sha256, sealed)) = row else {
            return Ok(None);
        };
        let details: BundleDetails = store::open(&self.keys, "bundles", &manifest_sha256, &sealed)?;
        match details.file_sha256 {
            Some(sealed_sha256) if sealed_sha256 == file_sha256 => Ok(Some(details.interviews)),
            Some(_) => Err(WorkspaceError::Damaged {
                what: format!("bundles {manifest_sha256}"),
                why: "the file SHA-256 it is found by is not the one sealed in it".into(),
            }
            .into()),
            None => Ok(None),
        }
    }

    /// Merges a bundle the reader opened and checked, in one transaction, all or nothing;
    /// commits nothing if nothing is new. `file_sha256` is its file's, recorded with it.
    fn merge_bundle(&mut self, file_sha256: &str, mut bundle: Bundle) -> Result<Counts, ImportError> {
        let expected = self.profile.project_id.to_string();
        if bundle.manifest.project_id != expected {
            return Err(ImportError::OtherProject { found: shown(&bundle.manifest.project_id), expected });
        }
        let jsonl = bundle.files.get("records.jsonl").map(Vec::as_slice).unwrap_or_default();
        if let Some((i, l)) = jsonl.split(|&b| b == b'\n').enumerate().find(|(_, l)| l.len() > MAX_RECORD_BYTES) {
            return Err(ImportError::RecordTooLarge { line: i + 1, size: l.len(), limit: MAX_RECORD_BYTES });
        }
        let records = std::mem::take(&mut bundle.records);
        let manifest_bytes = bundle.files.get(bundle::MANIFEST).map(Vec::as_slice).unwrap_or_default();
        let manifest_sha256 = crate::bundle::format::sha256_hex(manifest_bytes);
        let lineage: HashMap<&str, &[String]> =
            bundle.manifest.lineage.iter().map(|l| (l.interview_id.as_str(), l.revisions.as_slice())).collect();
        let revision_of: HashMap<&str, i64> = bundle.manifest.lineage.iter().map(|l| (l.interview_id.as_str(), l.revision)).collect();
        let withdrawn: Vec<String> = bundle
            .manifest
            .exclusions
            .iter()
            .filter(|e| e.reason == ExclusionReason::Withdrawn)
            .filter_map(|e| e.interview_id.clone())
            .collect();
        let ps = crate::deid::Pseudonymiser::for_project(&self.profile)
            .map_err(|_| WorkspaceError::Damaged { what: "project profile".into(), why: "its pseudonym secret is not 32 bytes".into() })?;

        let keys = &self.keys;
        let tx = self.conn.transaction()?;
        let mut merger = Merger {
            tx: &tx,
            keys,
            ps: &ps,
            bundle_row: None,
            manifest_sha256: &manifest_sha256,
            file_sha256,
            details: BundleDetails {
                signer: bundle.signer.clone(),
                key_id: bundle.signer_key_id.clone(),
                created_at: bundle.manifest.created_at.clone(),
                interviews: records.len(),
                file_sha256: Some(file_sha256.to_owned()),
            },
            counts: Counts::default(),
        };
        for (record, raw) in records.into_iter().zip(bundle.record_lines()) {
            let iid = record.get("interview_id").and_then(Value::as_str).unwrap_or_default().to_owned();
            let line = lineage.get(iid.as_str()).map(|l| l.to_vec()).unwrap_or_else(|| merge::content_line(&record));
            let revision = revision_of.get(iid.as_str()).copied().unwrap_or(0);
            merger.record(&iid, Incoming { record, raw, line, revision })?;
        }
        for token in &bundle.manifest.withdrawn {
            merger.withdrawal_token(token)?;
        }
        for iid in merger.withdrawn_by_token(&bundle.manifest.withdrawn)?.iter().chain(&withdrawn) {
            merger.withdraw(iid)?;
        }
        let (changed, counts) = (merger.bundle_row.is_some(), merger.counts);
        if changed {
            tx.commit()?;
        }
        // Else the transaction is dropped, rolled back: nothing was written.
        Ok(counts)
    }
}

/// The bytes of a bundle file, refused above [`bundle::MAX_BUNDLE_BYTES`] before reading.
fn read_bundle(path: &Path) -> Result<Vec<u8>, ImportError> {
    use std::io::Read;
    let io = |source| ReadError::Io { path: path.display().to_string(), source };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > bundle::MAX_BUNDLE_BYTES {
        return Err(ReadError::TooLarge { size, limit: bundle::MAX_BUNDLE_BYTES }.into());
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(bundle::MAX_BUNDLE_BYTES + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > bundle::MAX_BUNDLE_BYTES {
        return Err(ReadError::TooLarge { size: bytes.len() as u64, limit: bundle::MAX_BUNDLE_BYTES }.into());
    }
    Ok(bytes)
}

/// What the workspace keeps of a bundle (sealed in `bundles.sealed`).
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
struct BundleDetails {
    signer: String,
    key_id: String,
    created_at: String,
    interviews: usize,
    /// SHA-256 of the bundle's file as first imported (what [`Workspace::import_known`] checks
    /// the row's plaintext `file_sha256` against; absent in rows sealed before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    file_sha256: Option<String>,
}

/// A record of the bundle on its way into the workspace.
struct Incoming<'b> {
    /// As the reader parsed it.
    record: Value,
    /// Its line of `records.jsonl`, the bytes it was parsed from (sealed as they are).
    raw: &'b [u8],
    /// Its line of revision fingerprints, itself last.
    line: Vec<String>,
    /// Its revision number in the fieldworker's vault.
    revision: i64,
}

/// One bundle's merge, inside its transaction.
struct Merger<'a> {
    tx: &'a Transaction<'a>,
    keys: &'a VaultKeys,
    ps: &'a crate::deid::Pseudonymiser,
    /// The bundle's row, made when the bundle first changes something.
    bundle_row: Option<i64>,
    manifest_sha256: &'a str,
    file_sha256: &'a str,
    details: BundleDetails,
    counts: Counts,
}

impl Merger<'_> {
    /// The bundle's row: the existing one, or a new one (the first change of this bundle).
    fn bundle_row(&mut self) -> Result<i64, ImportError> {
        if let Some(r) = self.bundle_row {
            return Ok(r);
        }
        let existing: Option<i64> =
            self.tx.query_row("SELECT id FROM bundles WHERE manifest_sha256 = ?1", [self.manifest_sha256], |r| r.get(0)).optional()?;
        let row = match existing {
            Some(r) => r,
            None => {
                let sealed = store::seal(self.keys, "bundles", self.manifest_sha256, &self.details);
                self.tx.execute(
                    "INSERT INTO bundles (manifest_sha256, file_sha256, imported_at, sealed) VALUES (?1, ?2, ?3, ?4)",
                    params![self.manifest_sha256, self.file_sha256, store::now(), sealed],
                )?;
                self.tx.last_insert_rowid()
            }
        };
        self.bundle_row = Some(row);
        Ok(row)
    }

    /// Stores a revision; returns its row.
    fn insert_revision(&mut self, iid: &str, incoming: Incoming) -> Result<i64, ImportError> {
        let bundle_row = self.bundle_row()?;
        let line = incoming.line;
        let fingerprint = line.last().cloned().unwrap_or_default();
        let origin = Origin {
            signer: self.details.signer.clone(),
            key_id: self.details.key_id.clone(),
            created_at: self.details.created_at.clone(),
            revision: incoming.revision,
            fingerprint: fingerprint.clone(),
        };
        let sealed = store::seal_imported_revision(self.keys, &format!("{iid}/{fingerprint}"), incoming.raw, &line, &line, &origin);
        self.tx
            .prepare_cached("INSERT INTO revisions (interview_id, fingerprint, bundle_id, sealed) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![iid, fingerprint, bundle_row, sealed])?;
        Ok(self.tx.last_insert_rowid())
    }

    fn open(&self, row: i64) -> Result<StoredRevision, ImportError> {
        let (iid, fp, sealed): (String, String, Option<Vec<u8>>) = self
            .tx
            .prepare_cached("SELECT interview_id, fingerprint, sealed FROM revisions WHERE id = ?1")?
            .query_row([row], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let sealed = sealed.unwrap_or_default();
        Ok(store::open(self.keys, "revisions", &format!("{iid}/{fp}"), &sealed)?)
    }

    /// Merges one record of the bundle.
    fn record(&mut self, iid: &str, incoming: Incoming) -> Result<(), ImportError> {
        let fingerprint = incoming.line.last().cloned().unwrap_or_default();
        let known: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM revisions WHERE interview_id = ?1 AND fingerprint = ?2")?
            .query_row(params![iid, fingerprint], |r| r.get(0))
            .optional()?;
        if known.is_some() {
            self.counts.unchanged += 1;
            return Ok(());
        }
        let row: Option<(Option<i64>, Option<String>)> = self
            .tx
            .prepare_cached("SELECT head, withdrawn_at FROM interviews WHERE id = ?1")?
            .query_row([iid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match row {
            None if self.token_known(iid)? => {
                // Withdrawn in a bundle imported before this older one: it stays out.
                self.bundle_row()?; // a change of this bundle
                self.tx.execute(
                    "INSERT INTO interviews (id, head, withdrawn_at, withdrawn_bundle) VALUES (?1, NULL, ?2, \
                     (SELECT bundle_id FROM withdrawal_tokens WHERE token = ?3))",
                    params![iid, store::now(), self.ps.withdrawal_token(iid)],
                )?;
                self.counts.unchanged += 1;
            }
            None => {
                let rev = self.insert_revision(iid, incoming)?;
                self.tx.prepare_cached("INSERT INTO interviews (id, head) VALUES (?1, ?2)")?.execute(params![iid, rev])?;
                self.counts.added += 1;
            }
            // Withdrawn: no revision of it comes back, whatever the order bundles arrive in.
            Some((_, Some(_))) | Some((None, None)) => self.counts.unchanged += 1,
            Some((Some(head), None)) => self.merge_into(iid, head, incoming)?,
        }
        Ok(())
    }

    /// Merges a record into an interview the workspace holds, current revision `head`.
    fn merge_into(&mut self, iid: &str, head: i64, incoming: Incoming) -> Result<(), ImportError> {
        let current = self.open(head)?;
        match merge::relate(&incoming.line, &current.line, &current.covers) {
            Relation::Known => self.counts.unchanged += 1,
            Relation::Newer => {
                let rev = self.insert_revision(iid, incoming)?;
                self.tx.execute("UPDATE interviews SET head = ?2 WHERE id = ?1", params![iid, rev])?;
                self.tx.execute("UPDATE conflicts SET a = ?2 WHERE a = ?1 AND resolution IS NULL", params![head, rev])?;
                self.counts.updated += 1;
            }
            Relation::Diverged => {
                // A later revision of the other side of an open conflict moves that side on.
                let open: Vec<(i64, i64)> = self
                    .tx
                    .prepare_cached("SELECT id, b FROM conflicts WHERE interview_id = ?1 AND a = ?2 AND resolution IS NULL")?
                    .query_map(params![iid, head], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                for (conflict, b) in open {
                    let other = self.open(b)?;
                    match merge::relate(&incoming.line, &other.line, &other.covers) {
                        Relation::Known => {
                            self.counts.unchanged += 1;
                            return Ok(());
                        }
                        Relation::Newer => {
                            let rev = self.insert_revision(iid, incoming)?;
                            self.tx.execute("UPDATE conflicts SET b = ?2 WHERE id = ?1", params![conflict, rev])?;
                            self.counts.updated += 1;
                            return Ok(());
                        }
                        Relation::Diverged => {}
                    }
                }
                if crate::deid::canonical(&incoming.record) == crate::deid::canonical(&current.record) {
                    // Another line that reads the same: nothing to choose between.
                    self.counts.unchanged += 1;
                    return Ok(());
                }
                let rev = self.insert_revision(iid, incoming)?;
                self.tx.execute(
                    "INSERT INTO conflicts (interview_id, a, b, opened_at) VALUES (?1, ?2, ?3, ?4)",
                    params![iid, head, rev, store::now()],
                )?;
                self.counts.conflicts += 1;
            }
        }
        Ok(())
    }

    /// Whether a bundle announced the withdrawal of `iid`.
    fn token_known(&self, iid: &str) -> Result<bool, ImportError> {
        let token = self.ps.withdrawal_token(iid);
        Ok(self.tx.prepare_cached("SELECT 1 FROM withdrawal_tokens WHERE token = ?1")?.query_row([token], |_| Ok(())).optional()?.is_some())
    }

    /// Keeps a withdrawal token the workspace has not seen.
    fn withdrawal_token(&mut self, token: &str) -> Result<(), ImportError> {
        let seen = self.tx.query_row("SELECT 1 FROM withdrawal_tokens WHERE token = ?1", [token], |_| Ok(())).optional()?.is_some();
        if !seen {
            let row = self.bundle_row()?;
            self.tx.execute("INSERT INTO withdrawal_tokens (token, bundle_id) VALUES (?1, ?2)", params![token, row])?;
        }
        Ok(())
    }

    /// The interviews the workspace holds whose withdrawal tokens are among `tokens`.
    fn withdrawn_by_token(&self, tokens: &[String]) -> Result<Vec<String>, ImportError> {
        if tokens.is_empty() {
            return Ok(Vec::new());
        }
        let tokens: std::collections::HashSet<&str> = tokens.iter().map(String::as_str).collect();
        let ids: Vec<String> = self
            .tx
            .prepare("SELECT id FROM interviews WHERE withdrawn_at IS NULL")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids.into_iter().filter(|id| tokens.contains(self.ps.withdrawal_token(id).as_str())).collect())
    }

    /// Removes a withdrawn interview: every revision's content erased, a tombstone kept.
    fn withdraw(&mut self, iid: &str) -> Result<(), ImportError> {
        let withdrawn_at: Option<Option<String>> =
            self.tx.query_row("SELECT withdrawn_at FROM interviews WHERE id = ?1", [iid], |r| r.get(0)).optional()?;
        if matches!(withdrawn_at, Some(Some(_))) {
            return Ok(());
        }
        let bundle_row = self.bundle_row()?;
        let at = store::now();
        self.tx.execute("UPDATE revisions SET sealed = NULL WHERE interview_id = ?1", [iid])?;
        self.tx.execute(
            "INSERT INTO interviews (id, head, withdrawn_at, withdrawn_bundle) VALUES (?1, NULL, ?2, ?3) \
             ON CONFLICT(id) DO UPDATE SET head = NULL, withdrawn_at = excluded.withdrawn_at, withdrawn_bundle = excluded.withdrawn_bundle",
            params![iid, at, bundle_row],
        )?;
        self.counts.withdrawn += 1;
        Ok(())
    }
}

/// A value from a bundle as a message shows it: at most 80 characters, control characters escaped.
fn shown(s: &str) -> String {
    s.chars().take(80).flat_map(char::escape_debug).collect()
}
