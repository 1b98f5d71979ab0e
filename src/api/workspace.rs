//! The research workspace as both front ends use it: create or open, import bundles, review
//! conflicts and possible duplicates, and read the data the analysis export writes. Each call is
//! the core's ([`crate::workspace::Workspace`]), with its error classified.

use std::path::{Path, PathBuf};

use secrecy::SecretString;
use serde::Serialize;

use super::error::{Classify, ErrorCode, Result, SessionError};
use crate::profile::Profile;
use crate::workspace::{self, Choice, CreateOptions, Decision};

pub use crate::workspace::import::Counts as ImportCounts;
pub use crate::workspace::{
    AnalysisData, Conflict, ConflictDetail, FieldDiff, ImportProgress, Origin, PossibleDuplicate, Resolution, Withdrawal,
};

/// The default workspace's file name in the data folder.
pub const DEFAULT_WORKSPACE: &str = "research.fvw";

/// A bundle an import refused: its file, the code of the failure and its message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportRefusal {
    /// The bundle (or folder).
    pub path: PathBuf,
    /// What kind of failure.
    pub code: ErrorCode,
    /// Why, and what to do next.
    pub message: String,
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    /// Bundles imported.
    pub imported: usize,
    /// Interviews added, updated, unchanged, in conflict and withdrawn, over those bundles.
    pub counts: ImportCounts,
    /// Bundles refused, each with its reason; the others were imported.
    pub refused: Vec<ImportRefusal>,
}

/// A research workspace, open and unlocked in this process (and locked against every other).
pub struct Workspace {
    inner: workspace::Workspace,
}

fn read(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| SessionError::Read { path: path.to_owned(), source })?;
    Ok(crate::input::utf8(&bytes)?.to_owned())
}

/// Reads a secret key file (an age identity, a minisign secret key) into memory that is wiped
/// when dropped, the file's bytes too.
pub(crate) fn read_secret(path: &Path) -> Result<zeroize::Zeroizing<String>> {
    let bytes = zeroize::Zeroizing::new(std::fs::read(path).map_err(|source| SessionError::Read { path: path.to_owned(), source })?);
    Ok(zeroize::Zeroizing::new(crate::input::utf8(&bytes)?.to_owned()))
}

impl Workspace {
    /// Creates a workspace at `path` for the project profile in `profile`, sealing the
    /// researcher's age identity (the file `identity`) with `passphrase`; `work_factor` is for
    /// tests only.
    pub fn create(path: &Path, passphrase: &SecretString, identity: &Path, profile: &Path, work_factor: Option<u8>) -> Result<Workspace> {
        let identity = crate::keys::parse_identity_file(&read_secret(identity)?)?;
        let profile = Profile::load(profile)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| SessionError::DataDir { path: dir.to_owned(), source })?;
        }
        let inner = workspace::Workspace::create(path, passphrase, identity, profile, &CreateOptions { work_factor })?;
        Ok(Workspace { inner })
    }

    /// Opens the workspace at `path` with its passphrase.
    pub fn open(path: &Path, passphrase: &SecretString) -> Result<Workspace> {
        Ok(Workspace { inner: workspace::Workspace::open(path, passphrase)? })
    }

    /// The workspace's file.
    pub fn path(&self) -> &Path {
        self.inner.path()
    }

    /// The project's name and id.
    pub fn project(&self) -> (String, String) {
        self.inner.project()
    }

    /// Imports bundles and folders of bundles (recursively), one transaction per bundle; a
    /// refused bundle changes nothing and the others still import. `progress` is told before
    /// each bundle.
    pub fn import(&mut self, paths: &[PathBuf], progress: &mut dyn FnMut(ImportProgress)) -> ImportReport {
        let s = self.inner.import(paths, progress);
        let refused =
            s.refused.into_iter().map(|r| ImportRefusal { path: r.path, code: r.error.code(), message: r.error.to_string() }).collect();
        ImportReport { imported: s.imported, counts: s.counts, refused }
    }

    /// Every conflict, open first.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        Ok(self.inner.conflicts()?)
    }

    /// One conflict with both records and their field-by-field diff.
    pub fn conflict(&self, id: &str) -> Result<ConflictDetail> {
        Ok(self.inner.conflict(id)?)
    }

    /// Resolves a conflict with side A or B.
    pub fn resolve_take(&mut self, id: &str, take_b: bool) -> Result<Resolution> {
        Ok(self.inner.resolve(id, if take_b { Choice::TakeB } else { Choice::TakeA }, None)?)
    }

    /// Resolves a conflict with a merged record read from `file` (JSON, a de-identified record
    /// of the conflict's interview).
    pub fn resolve_merged(&mut self, id: &str, file: &Path) -> Result<Resolution> {
        let text = read(file)?;
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| workspace::WorkspaceError::InvalidMerged {
            interview_id: self.inner.conflict(id).map(|c| c.conflict.interview_id).unwrap_or_default(),
            why: format!("{} is not JSON: {e}", file.display()),
        })?;
        Ok(self.inner.resolve(id, Choice::Merged, Some(value))?)
    }

    /// Every possible duplicate, undecided first.
    pub fn duplicates(&self) -> Result<Vec<PossibleDuplicate>> {
        Ok(self.inner.duplicates()?)
    }

    /// Confirms (`true`) or dismisses a possible duplicate.
    pub fn decide_duplicate(&mut self, id: &str, confirm: bool) -> Result<PossibleDuplicate> {
        Ok(self.inner.decide_duplicate(id, if confirm { Decision::Confirmed } else { Decision::Dismissed })?)
    }

    /// The interviews removed because their participants withdrew.
    pub fn withdrawals(&self) -> Result<Vec<Withdrawal>> {
        Ok(self.inner.withdrawals()?)
    }

    /// What the analysis export reads: current records, withdrawals, resolutions.
    pub fn analysis_data(&self) -> Result<AnalysisData> {
        Ok(self.inner.analysis_data()?)
    }

    /// The project's approved de-identification policy (the analysis export's columns and k).
    pub fn policy(&self) -> Result<crate::deid::Policy> {
        Ok(self.inner.policy()?)
    }

    /// SHA-256 of the workspace's data (unchanged by an import that brings nothing new).
    pub fn content_hash(&self) -> Result<String> {
        Ok(self.inner.content_hash()?)
    }
}
