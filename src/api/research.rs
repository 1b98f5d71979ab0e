//! Research mode of the desktop app: the research workspace it has open (beside, and
//! independent of, the fieldworker's vault session), and what the app asks of it. Every call is
//! one of [`super::workspace::Workspace`]'s, or the charts of its data ([`crate::analysis::charts`]).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use secrecy::SecretString;
use serde::Serialize;

use super::error::{Result, SessionError};
use super::workspace::{Conflict, ConflictDetail, ImportReport, PossibleDuplicate, Resolution, Workspace, DEFAULT_WORKSPACE};
use crate::keys;

pub use crate::analysis::charts::{Chart, ChartBar, ChartId, ChartMeasure, Charts};

/// What Research mode shows before and after a workspace is open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ResearchStatus {
    /// The default workspace's file (in the data folder).
    pub default_path: String,
    /// Whether that file exists.
    pub default_exists: bool,
    /// The open workspace, if any.
    pub open: Option<OpenWorkspace>,
}

/// The workspace that is open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OpenWorkspace {
    /// Its file.
    pub path: String,
    /// The project's name.
    pub project_name: String,
    /// The project's id.
    pub project_id: String,
}

/// Told before each bundle of an import (the app's `research-import-progress` event).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ResearchImportProgress {
    /// Bundles done so far.
    pub done: u32,
    /// Bundles in all.
    pub total: u32,
    /// The bundle about to be imported.
    pub path: String,
}

/// The desktop app's research workspace: none, or one open (and locked against every other
/// process) until [`Research::close`].
pub struct Research {
    data_dir: PathBuf,
    work_factor: Option<u8>,
    open: Option<Workspace>,
    /// The researcher's last call or touch: the idle lock closes the workspace after a while.
    last_activity: Instant,
}

impl Research {
    /// Research mode over the app's data folder; `work_factor` is for tests only.
    pub fn new(data_dir: &Path, work_factor: Option<u8>) -> Research {
        Research { data_dir: data_dir.to_owned(), work_factor, open: None, last_activity: Instant::now() }
    }

    /// Records the researcher's activity (postpones the idle lock).
    pub fn touch(&mut self) {
        self.last_activity = Instant::now();
    }

    /// The idle lock: closes the workspace if it has been open and unused for `limit` (the
    /// app's auto-lock setting, the vault's); returns whether it closed one.
    pub fn close_if_idle(&mut self, limit: Duration) -> bool {
        if self.open.is_some() && self.last_activity.elapsed() >= limit {
            self.close();
            return true;
        }
        false
    }

    fn path(&self, path: Option<&str>) -> PathBuf {
        match path.map(str::trim).filter(|p| !p.is_empty()) {
            Some(p) => PathBuf::from(p),
            None => self.data_dir.join(DEFAULT_WORKSPACE),
        }
    }

    /// Where the workspace is, and whether one is open.
    pub fn status(&self) -> ResearchStatus {
        let default = self.path(None);
        ResearchStatus {
            default_path: default.display().to_string(),
            default_exists: default.is_file(),
            open: self.open.as_ref().map(|ws| {
                let (project_name, project_id) = ws.project();
                OpenWorkspace { path: ws.path().display().to_string(), project_name, project_id }
            }),
        }
    }

    /// Creates a workspace at `path` (the default one when `None`) for the project profile file
    /// `profile`, sealing the researcher's identity file `identity` with a new passphrase typed
    /// twice, and keeps it open.
    pub fn create(
        &mut self,
        path: Option<&str>,
        identity: &Path,
        profile: &Path,
        passphrase: &SecretString,
        confirm: &SecretString,
    ) -> Result<ResearchStatus> {
        keys::check_new_passphrase(passphrase, confirm)?;
        self.open = None;
        self.open = Some(Workspace::create(&self.path(path), passphrase, identity, profile, self.work_factor)?);
        self.touch();
        Ok(self.status())
    }

    /// Opens the workspace at `path` (the default one when `None`) with its passphrase.
    pub fn open(&mut self, path: Option<&str>, passphrase: &SecretString) -> Result<ResearchStatus> {
        self.open = None;
        self.open = Some(Workspace::open(&self.path(path), passphrase)?);
        self.touch();
        Ok(self.status())
    }

    /// Closes the workspace (its lock is released; nothing of it stays in memory).
    pub fn close(&mut self) {
        self.open = None;
    }

    /// The open workspace, for one operation; counts as activity.
    fn ws(&mut self) -> Result<&mut Workspace> {
        self.last_activity = Instant::now();
        self.open.as_mut().ok_or_else(|| SessionError::NoWorkspace.into())
    }

    /// Imports bundle files and folders of them; `progress` is told before each bundle.
    pub fn import(&mut self, paths: &[String], progress: &mut dyn FnMut(ResearchImportProgress)) -> Result<ImportReport> {
        let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
        let ws = self.ws()?;
        Ok(ws.import(&paths, &mut |p| {
            progress(ResearchImportProgress { done: p.done as u32, total: p.total as u32, path: p.path.display().to_string() })
        }))
    }

    /// Every conflict, open first.
    pub fn conflicts(&mut self) -> Result<Vec<Conflict>> {
        self.ws()?.conflicts()
    }

    /// One conflict, both sides and their field-by-field diff.
    pub fn conflict(&mut self, id: &str) -> Result<ConflictDetail> {
        self.ws()?.conflict(id)
    }

    /// Resolves a conflict by taking side A or B (recorded as a revision, with who chose).
    pub fn resolve(&mut self, id: &str, take_b: bool) -> Result<Resolution> {
        self.ws()?.resolve_take(id, take_b)
    }

    /// Every possible duplicate, undecided first.
    pub fn duplicates(&mut self) -> Result<Vec<PossibleDuplicate>> {
        self.ws()?.duplicates()
    }

    /// Confirms (`true`) or dismisses a possible duplicate.
    pub fn decide_duplicate(&mut self, id: &str, confirm: bool) -> Result<PossibleDuplicate> {
        self.ws()?.decide_duplicate(id, confirm)
    }

    /// The charts of the workspace's current data, no figure resting on fewer than k interviews.
    pub fn charts(&mut self) -> Result<Charts> {
        let ws = self.ws()?;
        let k = ws.policy()?.k;
        Ok(crate::analysis::charts::charts(&ws.analysis_data()?.records, k))
    }
}

/// Writes a chart the app drew (SVG or PNG bytes) to `path`, a new file, whole or not at all.
///
/// Only a chart: the name must end in `.svg` or `.png` and the bytes must be what it says, so
/// that a caller other than the chart's Save button (a page gone wrong) cannot write a script, a
/// `.desktop` autostart entry or a shell's start-up file.
pub fn save_chart(path: &str, bytes: &[u8]) -> Result<()> {
    let path = Path::new(path);
    if !path.is_absolute() {
        return Err(SessionError::NotAFullPath(path.display().to_string()).into());
    }
    let extension = path.extension().and_then(|x| x.to_str()).map(str::to_ascii_lowercase);
    let is_chart = match extension.as_deref() {
        Some("svg") => bytes.starts_with(b"<?xml ") || bytes.starts_with(b"<svg"),
        Some("png") => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        _ => false,
    };
    if !is_chart {
        return Err(SessionError::NotAChart(path.to_owned()).into());
    }
    crate::atomic_file::write_new(path, bytes).map_err(|source| SessionError::NewFile { path: path.to_owned(), source }.into())
}
