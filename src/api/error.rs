//! The one classification of failures: every core error knows its [`ErrorCode`], the CLI's
//! exit code is [`ErrorCode::exit_code`], and the UI's [`AppError`] carries the code itself.
//!
//! This file owns the table: each core error type gets its code from one `impl Classify` here,
//! and a new variant of a core error does not compile until it is classified (the matches have
//! no catch-all). The README's exit-code table is generated from [`readme_exit_codes`] and
//! checked by a test. What is not here: the messages, which each error type writes itself.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::audit::AuditError;
use crate::bundle::{BundleError, ReadError};
use crate::deid::{DeidError, PolicyError};
use crate::input::DocumentError;
use crate::keys::KeyError;
use crate::profile::ProfileError;
use crate::review::{LogError, ReviewError};
use crate::schema::{ValidationError, ValidationErrors};
use crate::store::StoreError;
use crate::vault::VaultError;
use crate::workspace::{ImportError, WorkspaceError};

/// Error codes the UI branches on (never on message text), and the CLI's exit codes derive from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Wrong passphrase, or a key (recovery identity, a bundle's age identity) that does not fit.
    WrongPassphrase,
    /// The vault is locked (also after auto-lock).
    Locked,
    /// No vault is open.
    NoVault,
    /// Another process has the vault.
    InUse,
    /// The record, draft or attachment failed validation; see `details`.
    Invalid,
    /// A new passphrase is too short or the two entries differ.
    WeakPassphrase,
    /// The two passphrase entries differ.
    PassphraseMismatch,
    /// Not found.
    NotFound,
    /// A vault already exists there.
    AlreadyExists,
    /// Damaged content or vault.
    Damaged,
    /// Written by a newer FieldVault.
    TooNew,
    /// Disk full; nothing saved.
    DiskFull,
    /// The participant withdrew.
    Withdrawn,
    /// A profile problem.
    ProfileInvalid,
    /// The vault has no project profile, so there is no one to export to.
    NoProfile,
    /// None of the chosen interviews may be shared.
    NothingToExport,
    /// k-anonymity is not reached without leaving interviews out.
    KAnonymity,
    /// The final leak scan found an identifier; nothing was written.
    Leak,
    /// Redacted texts still wait for the fieldworker's approval.
    NotApproved,
    /// No export is in progress.
    NoExport,
    /// The bundle's file cannot be written there.
    NotWritable,
    /// An ethics review found a failing check (the report says which).
    ReviewFailed,
    /// Anything else.
    Internal,
}

impl ErrorCode {
    /// Every code, in the order of the enum (a test checks it against the enum's JSON Schema).
    pub const ALL: [ErrorCode; 23] = [
        ErrorCode::WrongPassphrase,
        ErrorCode::Locked,
        ErrorCode::NoVault,
        ErrorCode::InUse,
        ErrorCode::Invalid,
        ErrorCode::WeakPassphrase,
        ErrorCode::PassphraseMismatch,
        ErrorCode::NotFound,
        ErrorCode::AlreadyExists,
        ErrorCode::Damaged,
        ErrorCode::TooNew,
        ErrorCode::DiskFull,
        ErrorCode::Withdrawn,
        ErrorCode::ProfileInvalid,
        ErrorCode::NoProfile,
        ErrorCode::NothingToExport,
        ErrorCode::KAnonymity,
        ErrorCode::Leak,
        ErrorCode::NotApproved,
        ErrorCode::NoExport,
        ErrorCode::NotWritable,
        ErrorCode::ReviewFailed,
        ErrorCode::Internal,
    ];

    /// The `fieldvault` command's exit code for this failure (documented in the README).
    pub const fn exit_code(self) -> u8 {
        match self {
            ErrorCode::Leak | ErrorCode::NoExport | ErrorCode::NotWritable | ErrorCode::Internal => 1,
            ErrorCode::NotApproved => 2,
            ErrorCode::WrongPassphrase | ErrorCode::Locked => 3,
            ErrorCode::InUse => 4,
            ErrorCode::Invalid
            | ErrorCode::WeakPassphrase
            | ErrorCode::PassphraseMismatch
            | ErrorCode::AlreadyExists
            | ErrorCode::ProfileInvalid
            | ErrorCode::NoProfile
            | ErrorCode::NothingToExport
            | ErrorCode::KAnonymity => 5,
            ErrorCode::NoVault | ErrorCode::NotFound => 6,
            ErrorCode::Damaged => 7,
            ErrorCode::TooNew => 8,
            ErrorCode::DiskFull => 9,
            ErrorCode::Withdrawn => 10,
            ErrorCode::ReviewFailed => 11,
        }
    }

    /// The code's name as it crosses IPC (`wrong_passphrase`).
    pub fn name(self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(s)) => s,
            _ => unreachable!("a unit variant serialises as a string"),
        }
    }
}

/// Each exit code of the `fieldvault` command and what it means, for the README.
pub const EXIT_CODES: [(u8, &str); 12] = [
    (0, "success"),
    (1, "other error: the bundle's folder cannot be written, the leak scan stopped an export, an existing key file"),
    (2, "wrong command-line usage, or redacted texts that no one reviewed (`export` without a terminal)"),
    (3, "wrong passphrase or recovery key, the vault is locked, or an age identity that cannot open the bundle"),
    (4, "the vault or research workspace is open in another process"),
    (
        5,
        "invalid input: record fails validation (the message names the field path), bad profile or policy, passphrase shorter than 10 characters or rated weak, file exists, nothing may be exported, k-anonymity not reached, a bundle of another project, an invalid merged record",
    ),
    (6, "not found: vault, workspace, record, draft, attachment, bundle, conflict or possible duplicate"),
    (
        7,
        "damaged: a record's ciphertext or sealed key, the audit chain, a setting changed outside FieldVault (profile, recipient, signing key, work factor, recovery wrap…), a sealed key whose scrypt work factor is below the floor (2^18 in release builds), a malformed file, a bundle, or not a vault at all",
    ),
    (8, "the vault or bundle was written by a newer FieldVault"),
    (9, "disk full: nothing was saved"),
    (10, "the record was withdrawn"),
    (11, "an ethics review (`review`, `review-log`) found a failing check: the output and the report say which"),
];

/// The README's exit-code table: one row per exit code with the [`ErrorCode`]s that give it.
pub fn readme_exit_codes() -> String {
    let mut out = String::from("| code | meaning | `ErrorCode`s (the app's `AppError.code`) |\n|---|---|---|\n");
    for (exit, meaning) in EXIT_CODES {
        let codes: Vec<String> = ErrorCode::ALL.iter().filter(|c| c.exit_code() == exit).map(|c| format!("`{}`", c.name())).collect();
        out.push_str(&format!("| {exit} | {meaning} | {} |\n", codes.join(", ")));
    }
    out
}

/// A core error that knows how it is classified. Implemented here, once per error type.
pub trait Classify: std::error::Error + Send + Sync + 'static {
    /// The code of this failure.
    fn code(&self) -> ErrorCode;

    /// Per-field problems, for [`ErrorCode::Invalid`].
    fn details(&self) -> Vec<ValidationError> {
        Vec::new()
    }
}

/// An error of an API call: its [`ErrorCode`], and the core error it comes from (its message
/// and its chain of causes, unchanged).
#[derive(Debug)]
pub struct Error {
    /// What kind of failure.
    pub code: ErrorCode,
    details: Vec<ValidationError>,
    source: Box<dyn std::error::Error + Send + Sync + 'static>,
}

impl Error {
    /// Per-field problems, for [`ErrorCode::Invalid`].
    pub fn details(&self) -> &[ValidationError] {
        &self.details
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.source.fmt(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.source()
    }
}

impl<E: Classify> From<E> for Error {
    fn from(e: E) -> Self {
        Error { code: e.code(), details: e.details(), source: Box::new(e) }
    }
}

/// Shorthand for API results.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error as the UI receives it: a code to branch on, a message to show, field details.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[error("{message}")]
pub struct AppError {
    /// What kind of failure.
    pub code: ErrorCode,
    /// What happened and what to do next.
    pub message: String,
    /// Per-field problems, for `invalid`.
    pub details: Vec<ValidationError>,
}

impl From<Error> for AppError {
    fn from(e: Error) -> Self {
        AppError { code: e.code, message: e.source.to_string(), details: e.details }
    }
}

/// What the API itself refuses, before any core module is asked. Each message says what to do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// The app has no vault file yet.
    #[error("there is no vault yet: create one first")]
    NoVaultYet,
    /// No vault is open.
    #[error("no vault is open")]
    NoVault,
    /// No research workspace is open (Research mode).
    #[error("no research workspace is open: open or create one first")]
    NoWorkspace,
    /// The app state was left inconsistent by a crash of another call.
    #[error("session state poisoned: restart FieldVault")]
    Poisoned,
    /// The app's data folder or settings cannot be written.
    #[error("cannot write {path}: {source}")]
    DataDir {
        /// The folder or file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A setting out of range.
    #[error("{0}")]
    BadSetting(String),
    /// An attachment that did not arrive as raw bytes.
    #[error("send the attachment as raw bytes")]
    NotRawBytes,
    /// No export in progress.
    #[error("no export is in progress (the vault was locked, or it was sealed or cancelled): start again from the first step")]
    NoExport,
    /// A review step names a text that is not under review.
    #[error("nothing to review at {path} in interview {interview_id}: reload the review step")]
    NotUnderReview {
        /// Pseudonymous interview id.
        interview_id: String,
        /// Path of the text.
        path: String,
    },
    /// Sealing was asked for before every redacted text was approved.
    #[error("{0} redacted texts are not approved yet: approve or edit each one on the review step; nothing was written")]
    NotApproved(usize),
    /// The bundle's path is not a full file path.
    #[error("'{0}' is not a full file path: give one such as /home/me/Documents/study.fvb")]
    NotAFullPath(String),
    /// Research mode was asked to save something that is not an SVG or PNG chart.
    #[error("{} is not a chart: a chart is saved as SVG or PNG, under a name ending in .svg or .png", .0.display())]
    NotAChart(PathBuf),
    /// The bundle's folder does not exist.
    #[error("the folder of {} does not exist: choose an existing folder", .0.display())]
    NoFolder(PathBuf),
    /// A new key or profile file cannot be written (it exists, or the folder is not writable).
    #[error("creating {} (it must not exist yet): {source}", .path.display())]
    NewFile {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A member name that cannot be part of a file name.
    #[error("--name must be letters, digits, '-' or '_' (it becomes part of file names)")]
    BadMemberName,
    /// A `NAME=VALUE` argument without `=`.
    #[error("{what} '{value}' must be NAME=VALUE")]
    NotAPair {
        /// Which option.
        what: String,
        /// What was given.
        value: String,
    },
    /// The demo vault exists and was not to be replaced.
    #[error("{} exists: pass --force to replace the demo vault", .0.display())]
    DemoExists(PathBuf),
    /// A file the API was asked to read cannot be read.
    #[error("reading {}: {source}", .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl Classify for SessionError {
    fn code(&self) -> ErrorCode {
        match self {
            SessionError::NoVaultYet | SessionError::NoVault | SessionError::NoWorkspace => ErrorCode::NoVault,
            SessionError::Poisoned | SessionError::DataDir { .. } | SessionError::NewFile { .. } => ErrorCode::Internal,
            SessionError::BadSetting(_) | SessionError::NotRawBytes | SessionError::NotAFullPath(_) | SessionError::NotAChart(_) => {
                ErrorCode::Invalid
            }
            SessionError::BadMemberName | SessionError::NotAPair { .. } => ErrorCode::Invalid,
            SessionError::NoExport => ErrorCode::NoExport,
            SessionError::NotUnderReview { .. } => ErrorCode::NotFound,
            SessionError::DemoExists(_) => ErrorCode::AlreadyExists,
            SessionError::NotApproved(_) => ErrorCode::NotApproved,
            SessionError::NoFolder(_) => ErrorCode::NotWritable,
            SessionError::Read { source, .. } if source.kind() == std::io::ErrorKind::NotFound => ErrorCode::NotFound,
            SessionError::Read { .. } => ErrorCode::Internal,
        }
    }
}

impl Classify for VaultError {
    fn code(&self) -> ErrorCode {
        match self {
            VaultError::WrongPassphrase { .. } => ErrorCode::WrongPassphrase,
            VaultError::Locked => ErrorCode::Locked,
            VaultError::InUse(_) => ErrorCode::InUse,
            VaultError::Invalid(v) => v.code(),
            VaultError::Key(k) => k.code(),
            VaultError::NotFound(_) | VaultError::RecordNotFound(_) | VaultError::NotFoundItem { .. } => ErrorCode::NotFound,
            VaultError::AlreadyExists(_) => ErrorCode::AlreadyExists,
            VaultError::Damaged { .. }
            | VaultError::NotAVault { .. }
            | VaultError::SettingsChanged { .. }
            | VaultError::CheckFailed(_)
            | VaultError::Corrupt(_) => ErrorCode::Damaged,
            VaultError::Audit(a) => a.code(),
            VaultError::TooNew { .. } => ErrorCode::TooNew,
            VaultError::DiskFull => ErrorCode::DiskFull,
            VaultError::Withdrawn(_) => ErrorCode::Withdrawn,
            VaultError::Profile(p) => p.code(),
            VaultError::Io(_) | VaultError::Sqlite(_) => ErrorCode::Internal,
        }
    }

    fn details(&self) -> Vec<ValidationError> {
        match self {
            VaultError::Invalid(v) => v.details(),
            _ => Vec::new(),
        }
    }
}

impl Classify for KeyError {
    fn code(&self) -> ErrorCode {
        match self {
            KeyError::WrongPassphrase | KeyError::WrongRecoveryIdentity => ErrorCode::WrongPassphrase,
            KeyError::ShortPassphrase | KeyError::WeakPassphrase { .. } => ErrorCode::WeakPassphrase,
            KeyError::PassphraseMismatch => ErrorCode::PassphraseMismatch,
            KeyError::Damaged(_) | KeyError::WorkFactorTooLow { .. } => ErrorCode::Damaged,
            KeyError::Invalid { .. } => ErrorCode::Invalid,
            KeyError::Io(_) => ErrorCode::Internal,
        }
    }
}

impl Classify for ValidationErrors {
    fn code(&self) -> ErrorCode {
        ErrorCode::Invalid
    }

    fn details(&self) -> Vec<ValidationError> {
        self.0.clone()
    }
}

impl Classify for DocumentError {
    fn code(&self) -> ErrorCode {
        ErrorCode::Invalid
    }
}

impl Classify for ProfileError {
    fn code(&self) -> ErrorCode {
        ErrorCode::ProfileInvalid
    }
}

impl Classify for AuditError {
    fn code(&self) -> ErrorCode {
        ErrorCode::Damaged
    }
}

impl Classify for PolicyError {
    fn code(&self) -> ErrorCode {
        ErrorCode::ProfileInvalid
    }
}

impl Classify for DeidError {
    fn code(&self) -> ErrorCode {
        match self {
            DeidError::Policy(p) => p.code(),
            DeidError::BadSecret => ErrorCode::ProfileInvalid,
            DeidError::UnknownInterview(_) | DeidError::NotReviewable { .. } | DeidError::NotRestorable { .. } => ErrorCode::NotFound,
            DeidError::NoConsentingInterviews { .. } => ErrorCode::NothingToExport,
            DeidError::KAnonymityUnreachable { .. } | DeidError::EverythingSuppressed { .. } => ErrorCode::KAnonymity,
            DeidError::Leak { .. } => ErrorCode::Leak,
        }
    }
}

impl Classify for ReadError {
    fn code(&self) -> ErrorCode {
        // Damage, tampering and untrusted or missing signers are all `damaged`: the bundle is
        // not to be used.
        match self {
            ReadError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => ErrorCode::NotFound,
            ReadError::Io { .. } => ErrorCode::Internal,
            ReadError::WrongKey => ErrorCode::WrongPassphrase,
            ReadError::UnsupportedFormat(_) => ErrorCode::TooNew,
            ReadError::InvalidRosterKey { .. } => ErrorCode::ProfileInvalid,
            _ => ErrorCode::Damaged,
        }
    }
}

impl Classify for ReviewError {
    fn code(&self) -> ErrorCode {
        match self {
            ReviewError::Read { source, .. } if source.kind() == std::io::ErrorKind::NotFound => ErrorCode::NotFound,
            ReviewError::Read { .. } => ErrorCode::Internal,
            ReviewError::WrongKey { .. } => ErrorCode::WrongPassphrase,
            ReviewError::Profile(_) => ErrorCode::ProfileInvalid,
            ReviewError::NoBundles | ReviewError::NotHtml(_) => ErrorCode::Invalid,
            ReviewError::Write { source, .. } if source.kind() == std::io::ErrorKind::AlreadyExists => ErrorCode::AlreadyExists,
            ReviewError::Write { .. } => ErrorCode::NotWritable,
            ReviewError::Sign(k) => k.code(),
            ReviewError::Failed(_) => ErrorCode::ReviewFailed,
        }
    }
}

impl Classify for LogError {
    fn code(&self) -> ErrorCode {
        match self {
            LogError::Invalid(_) | LogError::Signature(_) | LogError::Broken { .. } => ErrorCode::Damaged,
        }
    }
}

impl Classify for BundleError {
    fn code(&self) -> ErrorCode {
        match self {
            BundleError::Deid(d) => d.code(),
            BundleError::Policy(p) => p.code(),
            BundleError::Vault(v) => v.code(),
            BundleError::NoProfile => ErrorCode::NoProfile,
            BundleError::OutputExists(_) => ErrorCode::AlreadyExists,
            BundleError::Output { .. } => ErrorCode::NotWritable,
            BundleError::NotApproved => ErrorCode::NotApproved,
        }
    }

    fn details(&self) -> Vec<ValidationError> {
        match self {
            BundleError::Vault(v) => v.details(),
            _ => Vec::new(),
        }
    }
}

impl Classify for StoreError {
    fn code(&self) -> ErrorCode {
        match self {
            StoreError::InUse(_) => ErrorCode::InUse,
            StoreError::TooNew { .. } => ErrorCode::TooNew,
            StoreError::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) => ErrorCode::DiskFull,
            StoreError::Lock { .. } | StoreError::Sqlite(_) => ErrorCode::Internal,
        }
    }
}

impl Classify for WorkspaceError {
    fn code(&self) -> ErrorCode {
        match self {
            WorkspaceError::NotFound(_) | WorkspaceError::ConflictNotFound(_) | WorkspaceError::DuplicateNotFound(_) => ErrorCode::NotFound,
            WorkspaceError::AlreadyExists(_) => ErrorCode::AlreadyExists,
            WorkspaceError::NotAWorkspace { .. } | WorkspaceError::Damaged { .. } => ErrorCode::Damaged,
            WorkspaceError::Store(s) => s.code(),
            WorkspaceError::WrongPassphrase => ErrorCode::WrongPassphrase,
            WorkspaceError::Key(k) => k.code(),
            WorkspaceError::Profile(p) => p.code(),
            WorkspaceError::Roster(r) => r.code(),
            WorkspaceError::NotARecipient(_) => ErrorCode::ProfileInvalid,
            WorkspaceError::DiskFull => ErrorCode::DiskFull,
            WorkspaceError::AlreadyResolved(_) | WorkspaceError::InvalidMerged { .. } => ErrorCode::Invalid,
            WorkspaceError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => ErrorCode::NotFound,
            WorkspaceError::Io { .. } | WorkspaceError::Sqlite(_) => ErrorCode::Internal,
        }
    }
}

impl Classify for ImportError {
    fn code(&self) -> ErrorCode {
        match self {
            ImportError::Bundle(r) => r.code(),
            ImportError::OtherProject { .. } | ImportError::RecordTooLarge { .. } => ErrorCode::Invalid,
            ImportError::Folder { source, .. } if source.kind() == std::io::ErrorKind::NotFound => ErrorCode::NotFound,
            ImportError::Folder { .. } => ErrorCode::Internal,
            ImportError::Workspace(w) => w.code(),
        }
    }
}

impl Classify for crate::analysis::AnalysisError {
    fn code(&self) -> ErrorCode {
        use crate::analysis::AnalysisError as A;
        match self {
            A::OutputNotEmpty(_) => ErrorCode::AlreadyExists,
            A::NoParent(_) => ErrorCode::NotWritable,
            A::Write { source, .. } if source.kind() == std::io::ErrorKind::StorageFull => ErrorCode::DiskFull,
            A::Write { .. } => ErrorCode::NotWritable,
            A::Bundle { source, .. } => source.code(),
            A::OtherProject { .. } | A::PoliciesDiffer { .. } | A::NoBundles => ErrorCode::Invalid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_code_in_order() {
        // The enum's JSON Schema names every variant, so a code missing from ALL shows here.
        let schema = serde_json::to_value(schemars::schema_for!(ErrorCode)).unwrap();
        let names: Vec<String> = schema["enum"]
            .as_array()
            .or_else(|| schema["oneOf"].as_array())
            .expect("an enum schema")
            .iter()
            .flat_map(|v| {
                v.as_str()
                    .map(str::to_owned)
                    .or_else(|| v["const"].as_str().map(str::to_owned))
                    .or_else(|| v["enum"][0].as_str().map(str::to_owned))
            })
            .collect();
        let all: Vec<String> = ErrorCode::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(names, all);
    }

    #[test]
    fn the_documented_exit_codes_hold() {
        // The codes tests/cli.rs and the README promise for the commonest failures.
        let cases = [
            (VaultError::WrongPassphrase { failed_attempts: 1 }.code(), 3),
            (VaultError::NotFound("x".into()).code(), 6),
            (VaultError::InUse("x".into()).code(), 4),
            (ValidationErrors(vec![]).code(), 5),
            (VaultError::Withdrawn("x".into()).code(), 10),
            (VaultError::DiskFull.code(), 9),
            (ReadError::WrongKey.code(), 3),
            (BundleError::OutputExists("x".into()).code(), 5),
            (SessionError::NotApproved(1).code(), 2),
        ];
        for (code, exit) in cases {
            assert_eq!(code.exit_code(), exit, "{code:?}");
        }
    }

    #[test]
    fn an_error_keeps_its_message_chain_and_details() {
        let io = std::io::Error::other("disk on fire");
        let e: Error = BundleError::Output { path: "x.fvb".into(), source: io }.into();
        assert_eq!(e.code, ErrorCode::NotWritable);
        assert!(e.to_string().starts_with("cannot write x.fvb"));
        assert_eq!(std::error::Error::source(&e).map(|s| s.to_string()).as_deref(), Some("disk on fire"));
        let v = ValidationErrors(vec![ValidationError::new("consent", crate::schema::Problem::Required, &[])]);
        let app: AppError = Error::from(VaultError::Invalid(v)).into();
        assert_eq!((app.code, app.details.len()), (ErrorCode::Invalid, 1));
    }
}
