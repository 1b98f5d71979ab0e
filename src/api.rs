//! The one facade of the core: the `fieldvault` CLI and the desktop app call this module and
//! nothing else of the library (a test checks their imports).
//!
//! - [`Vault`]: one vault, opened, unlocked, with its records, drafts, attachments and audit log.
//! - [`Export`]: the export as one state machine: candidates → preview → review → seal. Sealing
//!   takes the proof that every redacted text was approved ([`crate::bundle::Approval`]), which
//!   only [`Export`]'s review step makes.
//! - [`Session`]: the desktop app's state (which vault, locked or not, idle lock, settings, the
//!   export wizard), over the same [`Vault`] and [`Export`]; the CLI works on one vault per process.
//! - [`error`]: the one classification of failures ([`ErrorCode`]), the CLI's exit codes and the
//!   UI's [`AppError`] both derive from it.
//! - [`analysis`]: the analysis export (CSV, data package, Stata, codebook) of a research data set.
//! - Project set-up ([`project`]): profiles, member keys, the demo vault, bundles and schemas.
//! - The researcher's side ([`workspace`]): a research workspace that imports, merges and
//!   reviews bundles, and feeds the analysis export.
//! - The ethics review ([`review`]): bundles checked and reported on, the vault's audit log
//!   exported for a reviewer and checked.
//!
//! The types a caller prints or sends over IPC are re-exported here. Nothing in this module
//! knows about windows, terminals or IPC.

pub mod analysis;
pub mod error;
mod export;
pub mod project;
pub mod research;
pub mod review;
mod scratch;
mod session;
mod vault;
pub mod workspace;

pub use error::{AppError, Error, ErrorCode, Result, SessionError};
pub use export::{
    bundle_file, default_bundle_path, split_at_spans, split_redacted, ExclusionKind, Export, ExportCandidate, ExportDone, ExportExclusion,
    ExportPreview, ExportProgress, ExportReviewItem, ExportStage, FieldPreview, RuleCount, Segment, StepCounts,
};
pub use scratch::ScratchFile;
pub use session::{secret, AppStatus, ProfileSummary, Session, Settings, DEFAULT_VAULT, DEMO_VAULT};
pub use vault::Vault;

pub use crate::audit::{Entry as AuditEntry, Head as AuditHead};
pub use crate::bundle::{ExportOptions, ExportSummary, SealStage};
pub use crate::deid::Report as ExportReport;
pub use crate::keys::{MemberKeys, Strength, MIN_PASSPHRASE_CHARS, MIN_WORK_FACTOR};
pub use crate::schema::{Interview, ValidationError};
pub use crate::vault::{AttachmentInfo, CheckReport, DraftInfo, ListItem, Preferences, RecordState, Revision, StoredRecord};

/// How strong a new passphrase looks, for feedback while typing.
pub fn passphrase_strength(passphrase: &secrecy::SecretString) -> Strength {
    crate::keys::passphrase_strength(secrecy::ExposeSecret::expose_secret(passphrase))
}

/// Checks a new passphrase typed twice: long enough, and the same both times.
pub fn check_new_passphrase(passphrase: &secrecy::SecretString, confirm: &secrecy::SecretString) -> Result<()> {
    Ok(crate::keys::check_new_passphrase(passphrase, confirm)?)
}

/// Parses and validates an interview (JSON text); the error names each field's path.
pub fn parse_interview(json: &str) -> Result<Interview> {
    Ok(crate::schema::parse_interview(json)?)
}

/// Validates an interview (a JSON value); the error names each field's path.
pub fn interview_from_value(value: serde_json::Value) -> Result<Interview> {
    Ok(crate::schema::interview_from_value(value)?)
}

/// Checks, before any work, that a bundle can be written at `out`: no file there yet, and a
/// folder that takes a new file.
pub fn check_bundle_output(out: &std::path::Path) -> Result<()> {
    Ok(crate::bundle::check_output(out)?)
}

/// `Ok` when every check of a [`Vault::check`] report passed, else the damaged parts (exit 7).
pub fn check_passed(report: CheckReport) -> Result<()> {
    Ok(report.into_result()?)
}

/// Utf-8 text of an outside file, or where it is not (the byte offset).
pub fn utf8(bytes: &[u8]) -> Result<&str> {
    Ok(crate::input::utf8(bytes)?)
}

pub use crate::hygiene::{harden_process, has_secret_var, secret_var};
pub use crate::keys::work_factor_override;
pub use crate::paths::data_dir;
