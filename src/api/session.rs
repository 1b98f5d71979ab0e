//! The desktop session: which vault is open, whether it is unlocked, idle auto-lock, settings
//! and the export wizard's export. The Tauri shell holds one [`Session`] and calls into it;
//! nothing here knows about windows or IPC. The CLI works on one [`Vault`] per process instead.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::error::{Result, SessionError};
use super::export::{self, Export, ExportCandidate, ExportDone, ExportPreview, ExportProgress, ExportReviewItem, ExportStage};
use super::vault::Vault;
use crate::bundle::{ExportOptions, SealStage};
use crate::keys;
use crate::profile::Profile;
use crate::vault::{Preferences, VaultError};

/// User settings, kept in `settings.json` in the data dir. They hold no interview content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Settings {
    /// Minutes of inactivity before the vault locks itself (1–120).
    pub auto_lock_minutes: u32,
    /// UI language: `en`, `vi`, `ja` or `zh-TW`.
    pub language: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { auto_lock_minutes: 5, language: "en".into() }
    }
}

/// What a profile says, without its secret: shown before importing it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProfileSummary {
    /// Project name.
    pub name: String,
    /// Project id.
    pub project_id: String,
    /// Researchers bundles will be encrypted to: (name, age recipient).
    pub researchers: Vec<(String, String)>,
    /// Ethics reviewers: (name, age recipient).
    pub reviewers: Vec<(String, String)>,
    /// The recovery recipient, if any.
    pub recovery_recipient: Option<String>,
}

impl From<&Profile> for ProfileSummary {
    fn from(p: &Profile) -> Self {
        let pairs = |m: &[crate::profile::Member]| m.iter().map(|m| (m.name.clone(), m.age_recipient.clone())).collect();
        ProfileSummary {
            name: p.name.clone(),
            project_id: p.project_id.to_string(),
            researchers: pairs(&p.researchers),
            reviewers: pairs(&p.reviewers),
            recovery_recipient: p.recovery_recipient.clone(),
        }
    }
}

/// Where the app stands, for choosing the first screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AppStatus {
    /// The vault file in use.
    pub vault_path: String,
    /// Whether it exists.
    pub vault_exists: bool,
    /// Whether it is the demo vault.
    pub demo: bool,
    /// Whether it is unlocked.
    pub unlocked: bool,
    /// Failed unlock attempts since the last success.
    pub failed_attempts: u32,
    /// Settings in force.
    pub settings: Settings,
}

/// The app's state: one vault at a time, locked or unlocked, and the export wizard's export.
pub struct Session {
    data_dir: PathBuf,
    vault_path: PathBuf,
    vault: Option<Vault>,
    settings: Settings,
    last_activity: Instant,
    work_factor: Option<u8>,
    /// The export wizard's export in progress (dropped on lock).
    export: Option<Export>,
}

/// File name of the default vault in the data dir.
pub const DEFAULT_VAULT: &str = "default.vault";
/// File name of the demo vault in the data dir.
pub const DEMO_VAULT: &str = "demo.vault";

fn data_dir_error(path: &Path) -> impl FnOnce(std::io::Error) -> SessionError + '_ {
    move |source| SessionError::DataDir { path: path.to_owned(), source }
}

impl Session {
    /// A session over `data_dir` (created if missing), on the default vault.
    pub fn new(data_dir: &Path) -> Session {
        let settings = std::fs::read(data_dir.join("settings.json")).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
        Session {
            data_dir: data_dir.to_owned(),
            vault_path: data_dir.join(DEFAULT_VAULT),
            vault: None,
            settings,
            last_activity: Instant::now(),
            work_factor: None,
            export: None,
        }
    }

    /// Uses a cheaper scrypt work factor for new vaults (tests and benchmarks only).
    pub fn with_work_factor(mut self, work_factor: Option<u8>) -> Session {
        self.work_factor = work_factor;
        self
    }

    /// Where the app stands.
    pub fn status(&mut self) -> AppStatus {
        self.expire_if_idle();
        if self.vault.is_none() && self.vault_path.is_file() {
            self.vault = Vault::open(&self.vault_path).ok();
        }
        AppStatus {
            vault_path: self.vault_path.display().to_string(),
            vault_exists: self.vault_path.is_file(),
            demo: self.vault_path.file_name().is_some_and(|n| n == DEMO_VAULT),
            unlocked: self.vault.as_ref().is_some_and(Vault::is_unlocked),
            failed_attempts: self.vault.as_ref().and_then(|v| v.failed_attempts().ok()).unwrap_or(0),
            settings: self.settings.clone(),
        }
    }

    /// Reads a profile without importing it.
    pub fn inspect_profile(json: &str) -> Result<ProfileSummary> {
        Ok((&Profile::from_json(json)?).into())
    }

    /// Creates the default vault (passphrase typed twice, optional profile) and unlocks it.
    pub fn create_vault(&mut self, passphrase: &SecretString, confirm: &SecretString, profile_json: Option<&str>) -> Result<()> {
        keys::check_new_passphrase(passphrase, confirm)?;
        let profile = profile_json.map(Profile::from_json).transpose()?;
        std::fs::create_dir_all(&self.data_dir).map_err(data_dir_error(&self.data_dir))?;
        self.vault = None;
        self.export = None;
        self.vault_path = self.data_dir.join(DEFAULT_VAULT);
        self.vault = Some(Vault::create(&self.vault_path, passphrase, profile, self.work_factor)?);
        self.touch();
        Ok(())
    }

    /// Switches to the demo vault (creating it from the fixtures if missing), unlocked.
    pub fn open_demo(&mut self) -> Result<()> {
        std::fs::create_dir_all(&self.data_dir).map_err(data_dir_error(&self.data_dir))?;
        self.vault = None;
        self.export = None;
        self.vault_path = self.data_dir.join(DEMO_VAULT);
        let pass = SecretString::from(super::project::DEMO_PASSPHRASE.to_owned());
        let vault = if self.vault_path.is_file() {
            Vault::open_unlocked(&self.vault_path, &pass)?
        } else {
            super::project::create_demo_vault(&self.vault_path, &pass, false, self.work_factor)?
        };
        self.vault = Some(vault);
        self.touch();
        Ok(())
    }

    /// Switches back to the default vault, locked.
    pub fn use_default_vault(&mut self) {
        self.vault = None;
        self.export = None;
        self.vault_path = self.data_dir.join(DEFAULT_VAULT);
    }

    /// Unlocks the current vault.
    pub fn unlock(&mut self, passphrase: &SecretString) -> Result<()> {
        if self.vault.is_none() {
            if !self.vault_path.is_file() {
                return Err(SessionError::NoVaultYet.into());
            }
            self.vault = Some(Vault::open(&self.vault_path)?);
        }
        let vault = self.vault.as_mut().expect("opened above");
        vault.unlock(passphrase)?;
        self.touch();
        Ok(())
    }

    /// Locks at once: keys and decrypted state, and any export in progress, are dropped.
    pub fn lock(&mut self) {
        self.export = None;
        if let Some(v) = self.vault.as_mut() {
            v.lock();
        }
    }

    /// Records user activity (postpones auto-lock).
    pub fn touch(&mut self) {
        self.last_activity = Instant::now();
    }

    /// How long the session has been idle.
    pub fn idle(&self) -> Duration {
        self.last_activity.elapsed()
    }

    fn expire_if_idle(&mut self) {
        let limit = Duration::from_secs(60 * u64::from(self.settings.auto_lock_minutes.clamp(1, 120)));
        if self.idle() >= limit {
            self.lock();
        }
    }

    /// Locks if idle too long; returns whether it did.
    pub fn auto_lock_check(&mut self) -> bool {
        let was = self.vault.as_ref().is_some_and(Vault::is_unlocked);
        self.expire_if_idle();
        was && !self.vault.as_ref().is_some_and(Vault::is_unlocked)
    }

    /// The unlocked vault, for one operation; counts as activity.
    pub fn vault(&mut self) -> Result<&mut Vault> {
        self.expire_if_idle();
        let vault = self.vault.as_mut().ok_or(SessionError::NoVault)?;
        if !vault.is_unlocked() {
            return Err(VaultError::Locked.into());
        }
        self.last_activity = Instant::now();
        Ok(vault)
    }

    /// Current settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Changes and saves the settings (atomically: temp file, then rename).
    pub fn set_settings(&mut self, settings: Settings) -> Result<()> {
        if !(1..=120).contains(&settings.auto_lock_minutes) {
            return Err(SessionError::BadSetting("auto-lock must be between 1 and 120 minutes".into()).into());
        }
        if !["en", "vi", "ja", "zh-TW"].contains(&settings.language.as_str()) {
            return Err(SessionError::BadSetting(format!("unknown language '{}'", settings.language)).into());
        }
        std::fs::create_dir_all(&self.data_dir).map_err(data_dir_error(&self.data_dir))?;
        let tmp = self.data_dir.join("settings.json.tmp");
        let path = self.data_dir.join("settings.json");
        std::fs::write(&tmp, serde_json::to_vec_pretty(&settings).expect("serialises"))
            .and_then(|_| std::fs::rename(&tmp, &path))
            .map_err(data_dir_error(&path))?;
        self.settings = settings;
        Ok(())
    }

    /// The fieldworker's preferences, from the unlocked vault's sealed settings.
    pub fn preferences(&mut self) -> Result<Preferences> {
        self.vault()?.preferences()
    }

    /// Stores the fieldworker's preferences in the unlocked vault's sealed settings.
    pub fn set_preferences(&mut self, preferences: &Preferences) -> Result<()> {
        self.vault()?.set_preferences(preferences)
    }

    /// Changes the passphrase of the open vault.
    pub fn change_passphrase(&mut self, old: &SecretString, new: &SecretString, confirm: &SecretString) -> Result<()> {
        keys::check_new_passphrase(new, confirm)?;
        let vault = self.vault.as_mut().ok_or(SessionError::NoVault)?;
        vault.change_passphrase(old, new)
    }

    /// The wizard's step 1: every interview of the open vault, with whether it may be exported
    /// and why not.
    pub fn export_candidates(&mut self) -> Result<Vec<ExportCandidate>> {
        Export::candidates(self.vault()?)
    }

    /// Starts an export of `interview_ids` (`None`: every interview), replacing any export in
    /// progress: runs pipeline steps 1–6 and returns what the bundle would hold. Nothing is
    /// written until [`Session::export_seal`].
    pub fn export_prepare(&mut self, interview_ids: Option<Vec<String>>, allow_suppression: bool) -> Result<ExportPreview> {
        self.export = None;
        let data_dir = self.data_dir.clone();
        let vault = self.vault()?;
        let options = ExportOptions { now: chrono::Utc::now(), policy: None, interviews: interview_ids.clone(), allow_suppression };
        let ex = Export::prepare(vault, &options)?;
        let preview = ex.preview(vault, interview_ids.as_deref(), &data_dir)?;
        self.export = Some(ex);
        Ok(preview)
    }

    fn export_mut(&mut self) -> Result<&mut Export> {
        self.vault()?;
        Ok(self.export.as_mut().ok_or(SessionError::NoExport)?)
    }

    /// Replaces a redacted text with the fieldworker's edit, redacts the edit again and returns
    /// the item to be approved anew.
    pub fn export_revise(&mut self, interview_id: &str, path: &str, text: &str) -> Result<ExportReviewItem> {
        self.export_mut()?.revise(interview_id, path, text)
    }

    /// Restores a detection marked possible in a text under review (the segment's `start`) and
    /// returns the item, to be approved anew.
    pub fn export_restore(&mut self, interview_id: &str, path: &str, start: u32) -> Result<ExportReviewItem> {
        self.export_mut()?.restore(interview_id, path, start)
    }

    /// Marks a redacted text approved (or not).
    pub fn export_approve(&mut self, interview_id: &str, path: &str, approved: bool) -> Result<ExportReviewItem> {
        self.export_mut()?.approve(interview_id, path, approved)
    }

    /// Drops the export in progress.
    pub fn export_cancel(&mut self) {
        self.export = None;
    }

    /// Seals the export into `out_path` (an absolute path of a file that does not exist yet;
    /// `.fvb` is added to a name without it, [`export::bundle_file`]),
    /// once every redacted text is approved; `progress` hears each stage. Whatever happens, the
    /// export in progress is finished afterwards, except when it was refused before starting
    /// (texts unapproved, bad path).
    pub fn export_seal(&mut self, out_path: &str, progress: &mut dyn FnMut(ExportProgress)) -> Result<ExportDone> {
        self.export_mut()?.check_approved()?;
        let out = export::bundle_file(Path::new(out_path.trim()));
        if !out.is_absolute() || out.file_name().is_none() {
            return Err(SessionError::NotAFullPath(out_path.into()).into());
        }
        if out.exists() {
            return Err(crate::bundle::BundleError::OutputExists(out).into());
        }
        if !out.parent().is_some_and(Path::is_dir) {
            return Err(SessionError::NoFolder(out).into());
        }
        // A folder that takes no file (read-only, no permission) is found before any work, and
        // the reviewed texts stay for another try.
        crate::bundle::check_output(&out)?;
        let ex = self.export.take().expect("checked above");
        let (recipients, exclusions) = (ex.recipients(), ex.exclusions());
        let vault = self.vault()?;
        const TOTAL: u32 = 3;
        let mut tell = |stage: SealStage| {
            let (stage, done) = match stage {
                SealStage::Building => (ExportStage::Building, 0),
                SealStage::Encrypting => (ExportStage::Encrypting, 1),
                SealStage::Writing => (ExportStage::Writing, 2),
            };
            progress(ExportProgress { stage, done, total: TOTAL });
        };
        let summary = ex.seal(vault, &out, &mut tell)?;
        progress(ExportProgress { stage: ExportStage::Done, done: TOTAL, total: TOTAL });
        Ok(export::done(&summary, recipients, exclusions))
    }
}

/// Wraps a passphrase that arrived as a plain string (e.g. over IPC); the string moves into the
/// secret, which wipes it on drop.
pub fn secret(s: String) -> SecretString {
    SecretString::from(s)
}
