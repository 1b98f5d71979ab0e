//! The ethics review: an independent audit of export bundles, for a reviewer who trusts
//! neither the fieldworker's laptop nor the bundle's own claims.
//!
//! [`review_bundle`] opens a bundle with the reviewer's age identity and runs every
//! [`CheckId`] against the project profile's roster and approved policy, each giving a
//! [`Check`] that passes or fails with its figures; a defect fails the check that catches it,
//! and what cannot run after a failure says so ([`Status::NotRun`]). Each family of checks has
//! its module:
//!
//! - [`checks`]: opening the bundle (signature, hashes, tar safety, schema; the layered reader
//!   [`crate::bundle::read`] decides, its [`crate::bundle::ReadError`] names the check), no
//!   direct identifier, the policy against the approved one, consent recomputed
//!   ([`crate::deid::consent`], the one owner of the consent rules);
//! - [`risk`]: disclosure risk recomputed on the policy's quasi-identifiers (k-anonymity from
//!   [`crate::deid::kanon`]'s grouping, l-diversity, sample uniques, prosecutor risk, minimal
//!   sample uniques);
//! - [`leaks`]: the pattern detectors and the project deny-list over every file;
//! - [`auditlog`]: the signed, content-free copy of a vault's audit chain, and the export's
//!   place in it;
//! - [`report`]: the self-contained HTML report.
//!
//! The review never touches a vault, and never shows a value of a record beyond the
//! pseudonymous interview ids and generalised group values.

pub mod auditlog;
pub mod checks;
pub mod leaks;
pub mod report;
pub mod risk;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::bundle::ReadError;
use crate::deid::Policy;
use crate::keys::KeyError;
use crate::profile::Profile;

pub use auditlog::{AuditLog, LogError, LogReview};
pub use risk::Risk;

/// The checks of a review, in the order they run and are reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CheckId {
    /// The manifest is signed by a key on the project's fieldworker roster.
    Signature,
    /// The encrypted file authenticates, and every file matches its signed size and SHA-256.
    Hashes,
    /// The archive holds only regular files with safe names, once each, nothing after its end.
    TarSafety,
    /// The manifest is one this version reads, and every record is valid against the
    /// de-identified record schema.
    Schema,
    /// No field of class `direct` holds a value other than a pseudonym.
    NoDirectIdentifiers,
    /// The bundle's policy is the profile's approved one.
    Policy,
    /// Consent recomputed: no interview without consent to share, none withdrawn, no quote
    /// without consent to quote.
    Consent,
    /// k-anonymity on the approved quasi-identifiers, with sample uniques and prosecutor risk.
    KAnonymity,
    /// Distinct l-diversity of the approved sensitive attributes.
    LDiversity,
    /// The pattern detectors and the deny-list find nothing in any file.
    LeakScan,
    /// The export is an `exported` event of the vault's signed audit log, whose chain is whole.
    AuditLog,
}

impl CheckId {
    /// Every check, in order.
    pub const ALL: [CheckId; 11] = [
        CheckId::Signature,
        CheckId::Hashes,
        CheckId::TarSafety,
        CheckId::Schema,
        CheckId::NoDirectIdentifiers,
        CheckId::Policy,
        CheckId::Consent,
        CheckId::KAnonymity,
        CheckId::LDiversity,
        CheckId::LeakScan,
        CheckId::AuditLog,
    ];

    /// A short title.
    pub fn title(self) -> &'static str {
        match self {
            CheckId::Signature => "Signed by a fieldworker on the roster",
            CheckId::Hashes => "Every file intact",
            CheckId::TarSafety => "Archive safe to unpack",
            CheckId::Schema => "Records valid",
            CheckId::NoDirectIdentifiers => "No direct identifier",
            CheckId::Policy => "Approved de-identification policy",
            CheckId::Consent => "Consent",
            CheckId::KAnonymity => "k-anonymity and re-identification risk",
            CheckId::LDiversity => "l-diversity",
            CheckId::LeakScan => "Leak scan",
            CheckId::AuditLog => "Recorded in the vault's audit log",
        }
    }

    /// What a pass proves, and what it does not, in a sentence.
    pub fn proves(self) -> &'static str {
        match self {
            CheckId::Signature => "The manifest was signed with the secret key of a fieldworker the profile lists, and not changed since. It does not prove who held that key.",
            CheckId::Hashes => "Every file is byte for byte what the signed manifest lists: nothing was altered, added or removed after signing.",
            CheckId::TarSafety => "The archive holds regular files with plain names only (no links, no paths outside its folder), so unpacking it by hand is safe.",
            CheckId::Schema => "Every record has only the fields, types and codes the de-identified record schema allows.",
            CheckId::NoDirectIdentifiers => "No record or table holds a name, phone, address, ID number or other field the schema marks as a direct identifier, except as a keyed pseudonym.",
            CheckId::Policy => "The bundle was made under the de-identification policy the committee approved, rule for rule.",
            CheckId::Consent => "Every interview records consent to share a de-identified copy and no withdrawal, and every quote consent to quote; it cannot prove the consent itself was given.",
            CheckId::KAnonymity => "Every combination of quasi-identifier values is shared by at least k interviews, so nobody who knows those facts about a participant can narrow them to fewer than k.",
            CheckId::LDiversity => "Within every such group, each sensitive attribute takes at least l different values, so belonging to a group does not reveal it.",
            CheckId::LeakScan => "No phone number, e-mail, URL, handle, ID number, place below province level or deny-listed word was found in any file. It cannot find an identifier it has no pattern for.",
            CheckId::AuditLog => "The vault recorded this export in its audit chain, whose copy is signed by a roster key and unbroken; exports the reviewer has not seen are listed.",
        }
    }
}

/// How a check ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// It holds.
    Pass,
    /// It does not hold: the findings say where.
    Fail,
    /// It could not run because an earlier check failed (the review does not pass).
    NotRun,
    /// Optional and not asked for (the audit log without `--log`).
    Skipped,
}

/// One check of one bundle.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Check {
    /// Which check.
    pub id: CheckId,
    /// How it ended.
    pub status: Status,
    /// Its figures, in a line.
    pub figures: String,
    /// What failed, one line each (offsets, paths, pseudonymous ids; never a value).
    pub findings: Vec<String>,
}

impl Check {
    fn new(id: CheckId, status: Status, figures: impl Into<String>) -> Check {
        Check { id, status, figures: figures.into(), findings: Vec::new() }
    }

    /// A check that holds.
    pub(crate) fn pass(id: CheckId, figures: impl Into<String>) -> Check {
        Check::new(id, Status::Pass, figures)
    }

    /// A check that fails, with its findings.
    pub(crate) fn fail(id: CheckId, figures: impl Into<String>, findings: Vec<String>) -> Check {
        Check { findings, ..Check::new(id, Status::Fail, figures) }
    }

    /// A check that could not run, and why.
    pub(crate) fn not_run(id: CheckId, why: impl Into<String>) -> Check {
        Check::new(id, Status::NotRun, why)
    }
}

/// Most findings kept per check (the count of the rest is given).
pub const MAX_FINDINGS: usize = 50;

/// `findings` cut to [`MAX_FINDINGS`], with a last line counting the rest.
pub(crate) fn capped(mut findings: Vec<String>) -> Vec<String> {
    if findings.len() > MAX_FINDINGS {
        let rest = findings.len() - MAX_FINDINGS;
        findings.truncate(MAX_FINDINGS);
        findings.push(format!("… and {rest} more"));
    }
    findings
}

/// The review of one bundle.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BundleReview {
    /// The bundle's file name.
    pub file: String,
    /// Hex SHA-256 of the bundle file.
    pub sha256: String,
    /// Who signed it (roster name and key id), once the signature verified.
    pub signer: Option<String>,
    /// When it was made, from its manifest.
    pub created_at: Option<String>,
    /// Every check, in [`CheckId::ALL`]'s order.
    pub checks: Vec<Check>,
    /// The disclosure-risk figures, when the records could be read.
    pub risk: Option<Risk>,
    /// The policy the bundle names.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, unknown> | null"))]
    pub policy: Option<Policy>,
    /// Spans redacted per rule, from the manifest.
    pub redactions: BTreeMap<String, usize>,
    /// The pseudonymous interview ids.
    pub interview_ids: Vec<String>,
}

impl BundleReview {
    /// Whether every check passed (an optional one may have been skipped).
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| matches!(c.status, Status::Pass | Status::Skipped))
    }

    /// The check `id`.
    pub fn check(&self, id: CheckId) -> Option<&Check> {
        self.checks.iter().find(|c| c.id == id)
    }

    /// The checks that failed.
    pub fn failed(&self) -> Vec<CheckId> {
        self.checks.iter().filter(|c| c.status == Status::Fail).map(|c| c.id).collect()
    }
}

/// A review of one or more bundles against one project profile.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Review {
    /// The project's name and id.
    pub project: String,
    /// The project's id.
    pub project_id: String,
    /// When the review ran (UTC, RFC 3339).
    pub reviewed_at: String,
    /// The policy the profile approves.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, unknown>"))]
    pub approved_policy: Policy,
    /// One review per bundle, in the order given.
    pub bundles: Vec<BundleReview>,
}

impl Review {
    /// Whether every bundle passed every check.
    pub fn passed(&self) -> bool {
        !self.bundles.is_empty() && self.bundles.iter().all(BundleReview::passed)
    }

    /// The verdict in a word.
    pub fn verdict(&self) -> &'static str {
        if self.passed() {
            "pass"
        } else {
            "fail"
        }
    }

    /// The verdict as one line a signature's trusted comment carries: the project, the
    /// verdict, and each bundle's SHA-256 and failing checks (beyond [`MAX_VERDICT_LINE`]
    /// bytes, the number of bundles and the SHA-256 of that list instead).
    pub fn verdict_line(&self) -> String {
        let bundles: Vec<String> = self
            .bundles
            .iter()
            .map(|b| {
                let failed: Vec<String> = b
                    .failed()
                    .iter()
                    .map(|c| serde_json::to_value(c).expect("a check id serialises").as_str().unwrap_or("").to_owned())
                    .collect();
                if failed.is_empty() {
                    format!("{}=pass", b.sha256)
                } else {
                    format!("{}=fail({})", b.sha256, failed.join(","))
                }
            })
            .collect();
        let head = format!("fieldvault review project={} verdict={} at={}", self.project_id, self.verdict(), self.reviewed_at);
        let line = format!("{head} bundles={}", bundles.join(";"));
        if line.len() <= MAX_VERDICT_LINE {
            return line;
        }
        // minisign keeps trusted comments under 1 KiB: many bundles are named by the hash of
        // their list (the report lists each).
        let digest = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(bundles.join(";").as_bytes()));
        format!("{head} bundles={} list-sha256={digest}", bundles.len())
    }
}

/// The longest verdict line a signature carries (minisign's trusted comments hold at most
/// 1024 bytes).
pub const MAX_VERDICT_LINE: usize = 1000;

/// What a review needs besides the bundles.
pub struct Options<'a> {
    /// The reviewer's age identity (the bundle is encrypted to it).
    pub identity: &'a dyn age::Identity,
    /// The project profile: its roster, approved policy and deny-list.
    pub profile: &'a Profile,
    /// The vault's audit-log copy and its signature, if the reviewer has one.
    pub log: Option<(&'a [u8], &'a str)>,
    /// When the review runs.
    pub now: chrono::DateTime<chrono::Utc>,
}

/// Why a review could not be made at all (a failing check is not an error: it is in the
/// [`Review`]). Each message says what to do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReviewError {
    /// A file cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The reviewer's identity does not open the bundle.
    #[error("{file}: this identity cannot open the bundle, which was encrypted to other researchers or reviewers: use the age identity whose recipient is in the project profile's reviewers")]
    WrongKey {
        /// The bundle.
        file: String,
    },
    /// The profile's roster or policy cannot be used.
    #[error("the project profile cannot be used for a review: {0}; ask the principal investigator for a fresh copy")]
    Profile(String),
    /// No bundle was given.
    #[error("no bundle to review: name at least one `.fvb` file")]
    NoBundles,
    /// The report's name does not end in `.html`: only an HTML report is written.
    #[error("{0}: a review report is an HTML file; give it a name ending in .html (nothing was written)")]
    NotHtml(String),
    /// The report cannot be written.
    #[error("cannot write {path}: {source}; nothing was written: choose a folder you can write to")]
    Write {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The reviewer's signing key cannot sign.
    #[error("cannot sign the report: {0}")]
    Sign(#[from] KeyError),
    /// The review found a failing check.
    #[error("the review failed: {0}. The report lists each check with its figures")]
    Failed(String),
}

/// The profile's approved policy: its own, else the built-in one.
pub fn approved_policy(profile: &Profile) -> Result<Policy, ReviewError> {
    Policy::approved(profile).map_err(|e| ReviewError::Profile(e.to_string()))
}

/// Reviews one bundle (its bytes; `file` names it), running every check ([`checks::run`]).
pub fn review_bundle(file: &str, bytes: &[u8], options: &Options) -> Result<BundleReview, ReviewError> {
    checks::run(file, bytes, options)
}

/// Reviews every bundle of `files` (name, bytes) against `options`.
pub fn review(files: &[(String, Vec<u8>)], options: &Options) -> Result<Review, ReviewError> {
    if files.is_empty() {
        return Err(ReviewError::NoBundles);
    }
    let approved = approved_policy(options.profile)?;
    let bundles = files.iter().map(|(name, bytes)| review_bundle(name, bytes, options)).collect::<Result<Vec<_>, _>>()?;
    Ok(Review {
        project: options.profile.name.clone(),
        project_id: options.profile.project_id.to_string(),
        reviewed_at: options.now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        approved_policy: approved,
        bundles,
    })
}

/// Which check a reader's refusal fails, or `None` for what is not the bundle's fault (the
/// reviewer's key, a file that cannot be read, a roster key that does not parse).
pub fn check_of(e: &ReadError) -> Option<CheckId> {
    use ReadError as E;
    Some(match e {
        E::Io { .. } | E::WrongKey | E::InvalidRosterKey { .. } => return None,
        E::SignatureInvalid(_) | E::NoRoster { .. } | E::UnknownSigner { .. } | E::BadSignature { .. } | E::SignerKeyMismatch { .. } => {
            CheckId::Signature
        }
        E::TooLarge { .. }
        | E::Oversized { .. }
        | E::NotABundle(_)
        | E::Truncated(_)
        | E::Altered(_)
        | E::UnlistedFile { .. }
        | E::MissingFile { .. }
        | E::HashMismatch { .. } => CheckId::Hashes,
        E::NotATar(_)
        | E::UnsafeEntry { .. }
        | E::DuplicateEntry { .. }
        | E::TooManyFiles { .. }
        | E::EntryTooLarge { .. }
        | E::ManifestNotFirst { .. }
        | E::TrailingData => CheckId::TarSafety,
        E::ManifestInvalid(_) | E::UnsupportedFormat(_) | E::InvalidRecord { .. } => CheckId::Schema,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(sha: String, failed: Option<CheckId>) -> BundleReview {
        BundleReview {
            file: "b.fvb".into(),
            sha256: sha,
            signer: None,
            created_at: None,
            checks: CheckId::ALL
                .iter()
                .map(|&id| if Some(id) == failed { Check::fail(id, "", vec!["x".into()]) } else { Check::pass(id, "") })
                .collect(),
            risk: None,
            policy: None,
            redactions: BTreeMap::new(),
            interview_ids: Vec::new(),
        }
    }

    #[test]
    fn the_verdict_line_names_each_bundle_and_stays_under_minisigns_limit() {
        let review = |bundles| Review {
            project: "p".into(),
            project_id: "id".into(),
            reviewed_at: "t".into(),
            approved_policy: Policy::default(),
            bundles,
        };
        let two = review(vec![bundle("aa".into(), None), bundle("bb".into(), Some(CheckId::KAnonymity))]);
        assert_eq!(two.verdict_line(), "fieldvault review project=id verdict=fail at=t bundles=aa=pass;bb=fail(k_anonymity)");
        let many = review((0..40).map(|i| bundle(format!("{i:064x}"), None)).collect());
        assert!(many.passed());
        let line = many.verdict_line();
        assert!(line.len() <= MAX_VERDICT_LINE && line.contains("verdict=pass at=t bundles=40 list-sha256="), "{line}");
    }
}
