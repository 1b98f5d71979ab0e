//! The ethics review as the front ends call it: review bundles and write the report (signed if
//! asked), export a vault's audit log for a reviewer, and review such a log. The checks
//! themselves are [`crate::review`]'s.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::error::{Result, SessionError};
use super::vault::Vault;
use crate::bundle::Roster;
use crate::keys::{self, SigningKey};
use crate::profile::Profile;
use crate::review::{self, auditlog, AuditLog, ReviewError};

pub use crate::review::{BundleReview, Check, CheckId, LogReview, Review, Status};

/// What to review and where to write (the desktop app sends it as JSON, absent options as
/// `null`).
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReviewRequest {
    /// The bundles (`.fvb`).
    pub bundles: Vec<PathBuf>,
    /// The reviewer's age identity file.
    pub identity: PathBuf,
    /// The project profile (roster, approved policy, deny-list).
    pub profile: PathBuf,
    /// The vault's audit-log copy (`fieldvault audit export`); its signature is read from
    /// the same path with `.minisig` added.
    pub log: Option<PathBuf>,
    /// Where to write the HTML report (a new file).
    pub report: Option<PathBuf>,
    /// The reviewer's minisign secret key file, to sign the report (`REPORT.minisig`).
    pub sign: Option<PathBuf>,
}

/// A review made, and the files it wrote.
#[derive(Clone, Debug, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Reviewed {
    /// The review.
    pub review: Review,
    /// The report written, if asked for.
    pub report: Option<PathBuf>,
    /// Its signature, if asked for.
    pub signature: Option<PathBuf>,
}

fn read(path: &Path) -> Result<Vec<u8>> {
    Ok(std::fs::read(path).map_err(|source| SessionError::Read { path: path.to_owned(), source })?)
}

fn read_text(path: &Path) -> Result<String> {
    Ok(std::fs::read_to_string(path).map_err(|source| SessionError::Read { path: path.to_owned(), source })?)
}

/// `path` with `.minisig` added (`report.html.minisig`).
pub fn signature_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".minisig");
    PathBuf::from(p)
}

/// Writes `data` to `path`, a new file, whole or not at all (`atomic_file::write_new`).
fn write_new(path: &Path, data: &[u8]) -> Result<()> {
    let err = |source| ReviewError::Write { path: path.display().to_string(), source };
    if path.exists() {
        return Err(err(std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the file exists")).into());
    }
    crate::atomic_file::write_new(path, data).map_err(|source| err(source).into())
}

/// Writes `data` to `path` and `signature` to `path.minisig`, both new files (neither is
/// written when either exists); returns the signature's path.
fn write_signed(path: &Path, data: &[u8], signature: &str) -> Result<PathBuf> {
    let sig_path = signature_path(path);
    if sig_path.exists() {
        let source = std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the file exists");
        return Err(ReviewError::Write { path: sig_path.display().to_string(), source }.into());
    }
    write_new(path, data)?;
    write_new(&sig_path, signature.as_bytes())?;
    Ok(sig_path)
}

/// Runs the review of `request`'s bundles and writes the report (and its signature) if asked.
/// A failing check is not an error here: see [`Reviewed::review`] and [`check_passed`].
pub fn review(request: &ReviewRequest, now: chrono::DateTime<chrono::Utc>) -> Result<Reviewed> {
    // Only an HTML report is written (the page or a typed path names it; an autostart entry or a
    // script is no report), checked before anything is read.
    if let Some(out) = &request.report {
        let html =
            out.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        if !html {
            return Err(ReviewError::NotHtml(out.display().to_string()).into());
        }
    }
    let identity = keys::parse_identity_file(&super::workspace::read_secret(&request.identity)?)?;
    let profile = Profile::load(&request.profile)?;
    // Read before any work: a key that cannot sign is refused before the review runs.
    let signer = request
        .sign
        .as_deref()
        .map(|p| SigningKey::from_file_text(&super::workspace::read_secret(p)?).map_err(super::Error::from))
        .transpose()?;
    let log = match &request.log {
        Some(p) => Some((read(p)?, read_text(&signature_path(p))?)),
        None => None,
    };
    let files = request
        .bundles
        .iter()
        .map(|p| Ok((p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned()), read(p)?)))
        .collect::<Result<Vec<_>>>()?;
    let options =
        review::Options { identity: &identity, profile: &profile, log: log.as_ref().map(|(b, s)| (b.as_slice(), s.as_str())), now };
    let review = review::review(&files, &options)?;
    let mut done = Reviewed { review, report: None, signature: None };
    if let Some(out) = &request.report {
        let html = review::report::html(&done.review);
        if let Some(key) = &signer {
            let sig = key.sign(html.as_bytes(), &done.review.verdict_line()).map_err(ReviewError::from)?;
            done.signature = Some(write_signed(out, html.as_bytes(), &sig)?);
        } else {
            write_new(out, html.as_bytes())?;
        }
        done.report = Some(out.clone());
    }
    Ok(done)
}

/// [`review`] now: what the desktop app's Review screen runs (the same checks and report as
/// `fieldvault review`; a reviewer needs no vault).
pub fn review_now(request: &ReviewRequest) -> Result<Reviewed> {
    review(request, chrono::Utc::now())
}

/// `Ok` when every check of every bundle passed, else [`ReviewError::Failed`] naming them.
pub fn check_passed(review: &Review) -> Result<()> {
    if review.passed() {
        return Ok(());
    }
    let failed: Vec<String> = review
        .bundles
        .iter()
        .flat_map(|b| {
            b.checks
                .iter()
                .filter(|c| c.status != Status::Pass && c.status != Status::Skipped)
                .map(move |c| format!("{}: {}", b.file, c.id.title()))
        })
        .collect();
    Err(ReviewError::Failed(failed.join("; ")).into())
}

/// What [`export_audit_log`] wrote.
#[derive(Clone, Debug)]
pub struct AuditExported {
    /// The copy.
    pub path: PathBuf,
    /// Its signature.
    pub signature: PathBuf,
    /// Entries in it.
    pub entries: usize,
    /// Export events in it.
    pub exports: usize,
}

/// Writes a signed, content-free copy of the unlocked vault's audit chain to `out` (and its
/// minisign signature by the vault's key to `out.minisig`), after verifying the chain with the
/// vault's key.
pub fn export_audit_log(vault: &Vault, out: &Path, now: chrono::DateTime<chrono::Utc>) -> Result<AuditExported> {
    let core = vault.core();
    let head = core.verify_audit()?;
    let entries = core.audit_entries()?;
    let key_id = crate::bundle::key_id(&keys::parse_minisign_public(&core.signing_public_key()?)?);
    let log = AuditLog::of(&entries, &head, &key_id, now);
    let bytes = log.to_bytes();
    let sig = core.sign(&bytes, &format!("fieldvault audit log: {} entries, head {}", head.seq, head.hash))?;
    let sig_path = write_signed(out, &bytes, &sig)?;
    Ok(AuditExported { path: out.to_owned(), signature: sig_path, entries: log.entries.len(), exports: log.exports().len() })
}

/// Reviews an audit-log copy (`log`, with `log.minisig`) against `profile`'s roster, matching
/// each of `bundles` to an export event.
pub fn review_log(log: &Path, profile: &Path, bundles: &[PathBuf]) -> Result<LogReview> {
    let profile = Profile::load(profile)?;
    let roster = Roster::from_profile(&profile)?;
    let bytes = read(log)?;
    let signature = read_text(&signature_path(log))?;
    let hashes =
        bundles.iter().map(|p| Ok((p.display().to_string(), hex::encode(Sha256::digest(read(p)?))))).collect::<Result<Vec<_>>>()?;
    Ok(auditlog::review(&bytes, &signature, &roster, &hashes)?)
}

/// `Ok` when the log review passed, else [`ReviewError::Failed`] saying why.
pub fn log_passed(r: &LogReview) -> Result<()> {
    if r.passed() {
        return Ok(());
    }
    let mut why: Vec<String> = r.signature_error.iter().chain(&r.chain_error).cloned().collect();
    why.extend(r.bundles.iter().filter(|(_, e)| e.is_none()).map(|(b, _)| format!("{b} matches no export event of the log")));
    Err(ReviewError::Failed(why.join("; ")).into())
}
