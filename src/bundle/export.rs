//! The export: de-identify a vault's interviews, review, seal, write.
//!
//! [`export`] is the one call that de-identifies a vault's interviews ([`crate::deid`]), builds,
//! leak-scans, signs and encrypts the bundle, writes it atomically and records the export in the
//! audit log; [`prepare`] and [`Prepared::seal`] split it so the fieldworker can review the
//! redacted text in between. This module orchestrates; the format, tables and writing it uses
//! are in the sibling modules, and it reads no bundle. Its error, [`BundleError`], is the
//! export's.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::format::{json_bytes, sha256_hex};
use super::{
    data_files, encrypt_to, key_id, leak_scan, tar_bytes, tar_order, tar_pieces, AuditRef, Exporter, FileEntry, FileParts, Lineage,
    Manifest, WriteError, BUNDLE_FORMAT, MANIFEST, SIGNATURE,
};
use crate::atomic_file::PendingFile;
use crate::audit::Event;
use crate::deid::{self, DeidError, Deidentified, Exclusion, Policy, PolicyError, Report, ReviewItem, SourceRecord};
use crate::keys;
use crate::profile::Profile;
use crate::vault::{Vault, VaultError};

/// What went wrong exporting a bundle. Each message says what to do next. Reading a bundle has
/// its own error, [`super::ReadError`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BundleError {
    /// De-identification refused the export.
    #[error(transparent)]
    Deid(#[from] DeidError),
    /// The project's policy is not valid.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// The vault failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// No project profile: no recipients, no pseudonym secret.
    #[error("this vault has no project profile, so there is no one to export to: create the vault with the principal investigator's profile (`fieldvault vault init --profile P`)")]
    NoProfile,
    /// The output file exists.
    #[error("{0} already exists: choose another file name; nothing was overwritten")]
    OutputExists(PathBuf),
    /// The output cannot be written.
    #[error("cannot write {path}: {source}; no bundle was written: choose a folder you can write to, with room for the bundle")]
    Output {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The approval given to [`Prepared::seal`] is for other texts than the export holds now.
    #[error(
        "the redacted texts changed since they were approved (or the approval is another export's): review them again; nothing was written"
    )]
    NotApproved,
}

/// Shorthand for bundle results.
pub type Result<T, E = BundleError> = std::result::Result<T, E>;

impl From<WriteError> for BundleError {
    fn from(e: WriteError) -> BundleError {
        match e {
            WriteError::NoRecipients => BundleError::NoProfile,
            WriteError::Recipient(k) => BundleError::Vault(VaultError::from(k)),
            WriteError::Output { path, source } => BundleError::Output { path, source },
        }
    }
}

/// Everything [`seal`] needs besides the de-identified records.
pub struct SealContext<'a> {
    /// The project.
    pub profile: &'a Profile,
    /// The policy applied.
    pub policy: &'a Policy,
    /// The time written into the bundle.
    pub now: chrono::DateTime<chrono::Utc>,
    /// The vault's audit chain before the export event: (entries, head hash).
    pub audit_head: (i64, String),
}

/// A sealed bundle before encryption.
pub struct Sealed {
    /// The manifest.
    pub manifest: Manifest,
    /// The files of the tar in its order, signed manifest included.
    pub files: Vec<(String, FileParts)>,
    /// Hex SHA-256 of `manifest.json`.
    pub manifest_sha256: String,
}

impl Sealed {
    /// The tar, in one piece ([`tar_bytes`]); an export encrypts it from [`tar_pieces`].
    pub fn tar(&self) -> Vec<u8> {
        tar_bytes(&self.files)
    }
}

/// Builds every file, runs the final leak scan over all of them (each file once: the data files,
/// then the manifest on its own) and signs the manifest; the files are returned in the tar's order
/// ([`Sealed::tar`], [`tar_pieces`]). Nothing leaves memory.
pub fn seal(deid: &mut Deidentified, ctx: &SealContext, vault: &Vault) -> Result<Sealed> {
    let created_at = ctx.now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let project_id = ctx.profile.project_id.to_string();
    let (mut files, counts) = data_files(deid, ctx.policy, &project_id, &created_at);
    // The files' hashes are taken on a thread of their own while the leak scan runs on every
    // core: a short serial step that fills the cores' idle time at the scan's end.
    let (data_scan, hashes) = std::thread::scope(|s| {
        let hashes = s.spawn(|| files.iter().map(|(_, f)| f.sha256()).collect::<Vec<String>>());
        let scan = leak_scan(deid, &files);
        (scan, hashes.join().expect("hashing does not panic"))
    });
    let data_scan = data_scan?;
    let pk = keys::parse_minisign_public(&vault.signing_public_key()?).map_err(VaultError::from)?;
    let pseudonymiser = deid::Pseudonymiser::for_project(ctx.profile)?;
    let mut manifest = Manifest {
        format: BUNDLE_FORMAT.into(),
        project_id: project_id.clone(),
        exporter: Exporter { key_id: key_id(&pk), public_key: pk.to_base64() },
        created_at: created_at.clone(),
        fieldvault_version: crate::VERSION.into(),
        counts,
        files: files.iter().zip(hashes).map(|((p, f), sha256)| FileEntry { path: p.clone(), size: f.len() as u64, sha256 }).collect(),
        policy: ctx.policy.clone(),
        policy_sha256: ctx.policy.sha256(),
        exclusions: deid.exclusions.clone(),
        redactions: deid.report.redaction.per_rule.clone(),
        redactions_by_confidence: deid.report.redaction.per_confidence.clone(),
        report: deid.report.clone(),
        audit: AuditRef { event: Event::Exported.as_str().into(), chain_seq: ctx.audit_head.0, chain_head: ctx.audit_head.1.clone() },
        lineage: lineage(vault, deid, &pseudonymiser)?,
        withdrawn: withdrawal_tokens(vault, deid, &pseudonymiser)?,
    };
    let mut manifest_bytes = json_bytes(&serde_json::to_value(&manifest).expect("a manifest serialises"));
    // The manifest is an output file too: scan it (the data files were scanned above and have
    // not changed), then record that all of them were scanned.
    let manifest_scan = deid.leak_scan(&[(MANIFEST.into(), manifest_bytes.clone())])?;
    let scan = deid::LeakScanReport {
        files: data_scan.files + manifest_scan.files,
        bytes: data_scan.bytes + manifest_scan.bytes,
        identifiers: data_scan.identifiers,
        hits: data_scan.hits + manifest_scan.hits,
    };
    deid.report.leak_scan = Some(scan.clone());
    manifest.report.leak_scan = Some(scan);
    manifest_bytes = json_bytes(&serde_json::to_value(&manifest).expect("a manifest serialises"));
    let comment = format!("fieldvault bundle {} project {} at {}", sha256_hex(&manifest_bytes), project_id, created_at);
    let sig = vault.sign(&manifest_bytes, &comment)?;
    let manifest_sha256 = sha256_hex(&manifest_bytes);
    files.push((MANIFEST.into(), manifest_bytes.into()));
    files.push((SIGNATURE.into(), sig.into_bytes().into()));
    tar_order(&mut files);
    Ok(Sealed { manifest, files, manifest_sha256 })
}

/// The line of revisions ([`Lineage`]) of each interview `deid` holds, from the vault's
/// revision fingerprints ([`Vault::revision_fingerprints`]), in the records' order.
fn lineage(vault: &Vault, deid: &Deidentified, ps: &deid::Pseudonymiser) -> Result<Vec<Lineage>> {
    let by_pseudonym: std::collections::HashMap<String, (String, Vec<[u8; 32]>)> =
        vault.revision_fingerprints()?.into_iter().map(|(id, prints)| (ps.pseudonym("interview", &id), (id, prints))).collect();
    Ok(deid
        .records
        .iter()
        .filter_map(|r| {
            let interview_id = r.get("interview_id")?.as_str()?;
            let (id, prints) = by_pseudonym.get(interview_id)?;
            let revisions =
                prints.iter().enumerate().map(|(i, fp)| ps.pseudonym("revision", &format!("{id}/{}/{}", i + 1, hex::encode(fp)))).collect();
            Some(Lineage { interview_id: interview_id.to_owned(), revision: prints.len() as i64, revisions })
        })
        .collect())
}

/// The withdrawal tokens of the vault's tombstones, when the export counted them (an export of
/// the whole vault: its exclusions hold the tombstones' count, [`deid::Input::withdrawn_tombstones`]).
fn withdrawal_tokens(vault: &Vault, deid: &Deidentified, ps: &deid::Pseudonymiser) -> Result<Vec<String>> {
    let counted = deid.exclusions.iter().any(|e| e.interview_id.is_none() && e.reason == deid::ExclusionReason::Withdrawn);
    if !counted {
        return Ok(Vec::new());
    }
    Ok(vault.withdrawn_ids()?.iter().map(|id| ps.withdrawal_token(&ps.pseudonym("interview", id))).collect())
}

/// Options of [`export`].
#[derive(Clone, Debug)]
pub struct ExportOptions {
    /// The time written into the bundle (pass it in: the same clock gives the same bundle).
    pub now: chrono::DateTime<chrono::Utc>,
    /// A policy to use instead of the profile's (or the built-in one).
    pub policy: Option<Policy>,
    /// Vault ids of the interviews to export (`None`: every shareable one).
    pub interviews: Option<Vec<String>>,
    /// Leave out records of groups smaller than `k` instead of refusing.
    pub allow_suppression: bool,
}

impl ExportOptions {
    /// Every interview, the profile's policy, now.
    pub fn now() -> ExportOptions {
        ExportOptions { now: chrono::Utc::now(), policy: None, interviews: None, allow_suppression: false }
    }
}

/// What [`export`] did.
#[derive(Debug)]
pub struct ExportSummary {
    /// The bundle written.
    pub path: PathBuf,
    /// Its manifest.
    pub manifest: Manifest,
    /// Hex SHA-256 of the `.fvb` file.
    pub bundle_sha256: String,
    /// Redacted strings, for the fieldworker to review.
    pub review: Vec<ReviewItem>,
}

/// The policy in force: the caller's, else the profile's, else the built-in default.
pub fn effective_policy(profile: &Profile, over: Option<&Policy>) -> Result<Policy> {
    let p = match (over, &profile.deid_policy) {
        (Some(p), _) => p.clone(),
        (None, Some(v)) => Policy::from_value(v)?,
        (None, None) => Policy::default(),
    };
    p.check()?;
    Ok(p)
}

/// An export prepared but not sealed: de-identified records waiting for the fieldworker to
/// review each redacted string ([`Prepared::review`], [`Prepared::revise`]) before
/// [`Prepared::seal`] writes the bundle.
pub struct Prepared {
    deid: Deidentified,
    profile: Profile,
    policy: Policy,
    now: chrono::DateTime<chrono::Utc>,
}

/// Proof that every redacted text of one prepared export was approved as it reads now: the
/// only way into [`Prepared::seal`], which refuses one made for other texts
/// ([`BundleError::NotApproved`]). Only the API's review step makes one (`api::Export`), once
/// each text is approved; nothing outside this crate can:
///
/// ```compile_fail
/// let approval = fieldvault::bundle::Approval { texts: [0; 32] }; // private: does not compile
/// ```
///
/// ```compile_fail
/// fn seal_unreviewed(p: fieldvault::bundle::Prepared, v: &mut fieldvault::vault::Vault) {
///     p.seal(v, std::path::Path::new("x.fvb")); // no approval: does not compile
/// }
/// ```
#[must_use = "an approval is only worth sealing with"]
pub struct Approval {
    /// SHA-256 over every review item's interview id, path and redacted text, in order.
    texts: [u8; 32],
}

impl Approval {
    /// The approval of `prepared`'s texts as they read now, given one `true` per review item;
    /// `None` unless every item is approved.
    pub(crate) fn of_review(prepared: &Prepared, approved: &[bool]) -> Option<Approval> {
        let all = approved.len() == prepared.review().len() && approved.iter().all(|a| *a);
        all.then(|| Approval { texts: review_digest(prepared.review()) })
    }
}

fn review_digest(items: &[ReviewItem]) -> [u8; 32] {
    let mut h = Sha256::new();
    for r in items {
        for part in [&r.interview_id, &r.path, &r.redacted] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
    }
    h.finalize().into()
}

/// Checks that a bundle can be written at `out` before any work is done: no file there yet,
/// and its folder exists and takes a new file (one is created and dropped at once, leaving
/// nothing).
pub fn check_output(out: &Path) -> Result<()> {
    pending_output(out).map(drop)
}

/// The file a bundle for `out` is written into, still without its name ([`check_output`]'s
/// checks, then the file they made).
fn pending_output(out: &Path) -> Result<PendingFile> {
    if out.exists() {
        return Err(BundleError::OutputExists(out.to_owned()));
    }
    let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let output_err = |source| BundleError::Output { path: out.to_owned(), source };
    if !dir.is_dir() {
        return Err(output_err(std::io::Error::new(std::io::ErrorKind::NotFound, "its folder does not exist")));
    }
    let name = out.file_name().map_or_else(|| "bundle.fvb".into(), |n| n.to_string_lossy().into_owned());
    PendingFile::create(dir, &name).map_err(output_err)
}

/// Steps 1–6 of the pipeline over the vault's interviews: nothing is written yet.
pub fn prepare(vault: &Vault, options: &ExportOptions) -> Result<Prepared> {
    let profile = vault.profile()?.ok_or(BundleError::NoProfile)?;
    let policy = effective_policy(&profile, options.policy.as_ref())?;
    // In id order, not the vault's list order (most recently edited first): the bundle depends
    // on what the vault holds, not on when each record was last touched.
    let (current, withdrawn) = vault.current_records()?;
    let records: Vec<SourceRecord> = current.into_iter().map(|r| SourceRecord { id: r.id, interview: r.interview }).collect();
    let pseudonymiser = deid::Pseudonymiser::for_project(&profile)?;
    let input = deid::Input {
        records: &records,
        selected: options.interviews.as_deref(),
        withdrawn_tombstones: if options.interviews.is_some() { 0 } else { withdrawn },
        policy: &policy,
        pseudonymiser: &pseudonymiser,
        allow_suppression: options.allow_suppression,
        deny_list: &profile.deny_list,
        keep_list: &profile.keep_list,
    };
    let deid = deid::deidentify(&input);
    // The decrypted interviews are freed now, on every core, not kept while the fieldworker reviews.
    crate::parallel::map(records, 256, drop);
    Ok(Prepared { deid: deid?, profile, policy, now: options.now })
}

impl Prepared {
    /// Every redacted string, with its interview and path, for the fieldworker to approve.
    pub fn review(&self) -> &[ReviewItem] {
        &self.deid.review
    }

    /// The pipeline's report so far (the leak scan is added when sealing).
    pub fn report(&self) -> &Report {
        &self.deid.report
    }

    /// Replaces a reviewed string with the fieldworker's edit. The edit is redacted again, and
    /// the final leak scan still runs over it when sealing.
    pub fn revise(&mut self, interview_id: &str, path: &str, text: &str) -> Result<()> {
        self.deid.revise(interview_id, path, text)?;
        Ok(())
    }

    /// Restores a possible detection in a reviewed string ([`deid::Deidentified::restore`]).
    pub fn restore(&mut self, interview_id: &str, path: &str, start: usize) -> Result<()> {
        self.deid.restore(interview_id, path, start)?;
        Ok(())
    }

    /// The de-identified records so far, one per interview to be exported.
    pub fn records(&self) -> &[Value] {
        &self.deid.records
    }

    /// What was left out and why.
    pub fn exclusions(&self) -> &[Exclusion] {
        &self.deid.exclusions
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The project profile the bundle is for.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The redactor of this export, e.g. to show the fieldworker which spans of a text it
    /// replaces ([`deid::Redactor::find`]).
    pub fn redactor(&self) -> &deid::Redactor {
        &self.deid.redactor
    }

    /// Step 7 and the bundle: builds every file, leak-scans them, signs, encrypts to the
    /// profile's researchers and reviewers and writes `out` atomically: a file with no name yet
    /// ([`PendingFile`]) is written and synced, the export is recorded in the audit log, then
    /// the file is linked into place (never over an existing file). On any error, and on Linux
    /// even when the process is killed, no `.fvb` and no temporary file is left behind.
    /// `approval` must be for the texts as they read now.
    pub fn seal(self, approval: Approval, vault: &mut Vault, out: &Path) -> Result<ExportSummary> {
        self.seal_with_progress(approval, vault, out, &mut |_| {})
    }

    /// [`Prepared::seal`], telling `progress` as each coarse stage begins.
    pub fn seal_with_progress(
        mut self,
        approval: Approval,
        vault: &mut Vault,
        out: &Path,
        progress: &mut dyn FnMut(SealStage),
    ) -> Result<ExportSummary> {
        if approval.texts != review_digest(self.review()) {
            return Err(BundleError::NotApproved);
        }
        progress(SealStage::Building);
        let mut pending = pending_output(out)?;
        let output_err = |source| BundleError::Output { path: out.to_owned(), source };
        let head = vault.verify_audit()?;
        let ctx = SealContext { profile: &self.profile, policy: &self.policy, now: self.now, audit_head: (head.seq, head.hash) };
        let sealed = seal(&mut self.deid, &ctx, vault)?;
        // The files are made and scanned: the records are freed on another thread while this
        // one encrypts and the disk syncs, which leave a core idle.
        crate::parallel::drop_elsewhere(std::mem::take(&mut self.deid.records));
        progress(SealStage::Encrypting);

        // Encrypted straight into the file, hashed on the way, synced before the audit event.
        let pieces = tar_pieces(&sealed.files);
        let pieces: Vec<&[u8]> = pieces.iter().map(|p| &p[..]).collect();
        let w = encrypt_to(&self.profile, &pieces, HashingWriter { inner: pending.file(), hash: Sha256::new() }, out)?;
        let bundle_sha256 = hex::encode(w.hash.finalize());
        pending.file().sync_all().map_err(output_err)?;
        progress(SealStage::Writing);
        let detail = format!(
            "bundle sha256={bundle_sha256} manifest sha256={} interviews={} policy sha256={}",
            sealed.manifest_sha256, sealed.manifest.counts.interviews, sealed.manifest.policy_sha256
        );
        // Recorded before the file gets its name, so that no bundle exists without its event.
        vault.record_event(Event::Exported, Some(&detail))?;
        // Linking fails if `out` appeared meanwhile: nothing is ever overwritten. The log then
        // says that the bundle just recorded does not exist.
        if let Err(e) = pending.persist(out) {
            let why =
                if e.kind() == std::io::ErrorKind::AlreadyExists { "the file name was taken meanwhile".to_owned() } else { e.to_string() };
            // The error that matters is the one returned: a log that cannot be written now
            // (the disk just failed) keeps only the `exported` event.
            let _ = vault.record_event(Event::ExportFailed, Some(&format!("bundle sha256={bundle_sha256} not written: {why}")));
            return Err(match e.kind() {
                std::io::ErrorKind::AlreadyExists => BundleError::OutputExists(out.to_owned()),
                _ => output_err(e),
            });
        }
        Ok(ExportSummary { path: out.to_owned(), manifest: sealed.manifest, bundle_sha256, review: self.deid.review })
    }
}

/// Writes through to `inner`, hashing what it writes.
struct HashingWriter<W> {
    inner: W,
    hash: Sha256,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The coarse stages of [`Prepared::seal_with_progress`], in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SealStage {
    /// Building the files, leak-scanning them and signing the manifest.
    Building,
    /// Encrypting the tar to the recipients.
    Encrypting,
    /// Writing the file and recording the export in the audit log.
    Writing,
}

/// De-identifies the vault's interviews and writes a signed, encrypted bundle to `out` in one
/// call, approving every redacted string as the pipeline left it, unseen: the decision of the
/// CLI's `--approve-redactions`, for scripts, tests and benchmarks. To let the fieldworker
/// review first, use the API's export (`api::Export`).
pub fn export(vault: &mut Vault, out: &Path, options: &ExportOptions) -> Result<ExportSummary> {
    check_output(out)?;
    let prepared = prepare(vault, options)?;
    let approval = Approval::of_review(&prepared, &vec![true; prepared.review().len()]).expect("every text is approved");
    prepared.seal(approval, vault, out)
}
