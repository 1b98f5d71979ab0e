//! The desktop session: which vault is open, whether it is unlocked, idle auto-lock, settings,
//! and the error shape the UI sees. The Tauri shell holds one [`Session`] and calls into it;
//! nothing here knows about windows or IPC.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::keys::{self, KeyError, Strength};
use crate::profile::{Profile, ProfileError};
use crate::schema::{ValidationError, ValidationErrors};
use crate::vault::{CreateOptions, Vault, VaultError};
use crate::{audit::AuditError, demo};

mod export;

pub use export::{
    default_bundle_path, split_at_spans, split_redacted, ExclusionKind, ExportCandidate, ExportDone, ExportExclusion, ExportPreview,
    ExportProgress, ExportReviewItem, ExportStage, FieldPreview, RuleCount, Segment, StepCounts,
};

/// Error codes the UI branches on (never on message text).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Wrong passphrase.
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
    /// Anything else.
    Internal,
}

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

impl AppError {
    fn new(code: ErrorCode, message: impl Into<String>) -> AppError {
        AppError { code, message: message.into(), details: Vec::new() }
    }
}

impl From<VaultError> for AppError {
    fn from(e: VaultError) -> Self {
        let code = match &e {
            VaultError::WrongPassphrase { .. } => ErrorCode::WrongPassphrase,
            VaultError::Locked => ErrorCode::Locked,
            VaultError::InUse(_) => ErrorCode::InUse,
            VaultError::Invalid(v) => return v.clone().into(),
            VaultError::Key(k) => return AppError::from_key(k, e.to_string()),
            VaultError::NotFound(_) | VaultError::RecordNotFound(_) | VaultError::NotFoundItem { .. } => ErrorCode::NotFound,
            VaultError::AlreadyExists(_) => ErrorCode::AlreadyExists,
            VaultError::Damaged { .. }
            | VaultError::NotAVault { .. }
            | VaultError::Audit(_)
            | VaultError::SettingsChanged { .. }
            | VaultError::CheckFailed(_)
            | VaultError::Corrupt(_) => ErrorCode::Damaged,
            VaultError::TooNew { .. } => ErrorCode::TooNew,
            VaultError::DiskFull => ErrorCode::DiskFull,
            VaultError::Withdrawn(_) => ErrorCode::Withdrawn,
            VaultError::Profile(_) => ErrorCode::ProfileInvalid,
            _ => ErrorCode::Internal,
        };
        AppError::new(code, e.to_string())
    }
}

impl AppError {
    fn from_key(k: &KeyError, message: String) -> AppError {
        let code = match k {
            KeyError::WrongPassphrase | KeyError::WrongRecoveryIdentity => ErrorCode::WrongPassphrase,
            KeyError::ShortPassphrase | KeyError::WeakPassphrase { .. } => ErrorCode::WeakPassphrase,
            KeyError::PassphraseMismatch => ErrorCode::PassphraseMismatch,
            KeyError::Damaged(_) | KeyError::WorkFactorTooLow { .. } => ErrorCode::Damaged,
            _ => ErrorCode::Internal,
        };
        AppError::new(code, message)
    }
}

impl From<KeyError> for AppError {
    fn from(k: KeyError) -> Self {
        let message = k.to_string();
        AppError::from_key(&k, message)
    }
}

impl From<ValidationErrors> for AppError {
    fn from(v: ValidationErrors) -> Self {
        AppError { code: ErrorCode::Invalid, message: v.to_string(), details: v.0 }
    }
}

impl From<ProfileError> for AppError {
    fn from(p: ProfileError) -> Self {
        AppError::new(ErrorCode::ProfileInvalid, p.to_string())
    }
}

impl From<AuditError> for AppError {
    fn from(a: AuditError) -> Self {
        AppError::new(ErrorCode::Damaged, a.to_string())
    }
}

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

/// The app's state: one vault at a time, locked or unlocked.
pub struct Session {
    data_dir: PathBuf,
    vault_path: PathBuf,
    vault: Option<Vault>,
    settings: Settings,
    last_activity: Instant,
    work_factor: Option<u8>,
    /// The export wizard's export in progress (dropped on lock).
    export: Option<export::ExportInProgress>,
}

/// File name of the default vault in the data dir.
pub const DEFAULT_VAULT: &str = "default.vault";
/// File name of the demo vault in the data dir.
pub const DEMO_VAULT: &str = "demo.vault";

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

    /// Passphrase strength, for feedback while typing.
    pub fn strength(passphrase: &SecretString) -> Strength {
        keys::passphrase_strength(secrecy::ExposeSecret::expose_secret(passphrase))
    }

    /// Reads a profile without importing it.
    pub fn inspect_profile(json: &str) -> Result<ProfileSummary, AppError> {
        Ok((&Profile::from_json(json)?).into())
    }

    /// Creates the default vault (passphrase typed twice, optional profile) and unlocks it.
    pub fn create_vault(&mut self, passphrase: &SecretString, confirm: &SecretString, profile_json: Option<&str>) -> Result<(), AppError> {
        keys::check_new_passphrase(passphrase, confirm)?;
        let profile = profile_json.map(Profile::from_json).transpose()?;
        std::fs::create_dir_all(&self.data_dir)
            .map_err(|e| AppError::new(ErrorCode::Internal, format!("cannot create {}: {e}", self.data_dir.display())))?;
        self.vault = None;
        self.export = None;
        self.vault_path = self.data_dir.join(DEFAULT_VAULT);
        let vault = Vault::create(&self.vault_path, passphrase, &CreateOptions { work_factor: self.work_factor, profile })?;
        self.vault = Some(vault);
        self.touch();
        Ok(())
    }

    /// Switches to the demo vault (creating it from the fixtures if missing), unlocked.
    pub fn open_demo(&mut self) -> Result<(), AppError> {
        std::fs::create_dir_all(&self.data_dir).map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))?;
        self.vault = None;
        self.export = None;
        self.vault_path = self.data_dir.join(DEMO_VAULT);
        let pass = SecretString::from(demo::DEMO_PASSPHRASE.to_owned());
        let vault = if self.vault_path.is_file() {
            let mut v = Vault::open(&self.vault_path)?;
            v.unlock(&pass)?;
            v
        } else {
            demo::create_demo_vault(&self.vault_path, &pass, self.work_factor)?
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
    pub fn unlock(&mut self, passphrase: &SecretString) -> Result<(), AppError> {
        if self.vault.is_none() {
            if !self.vault_path.is_file() {
                return Err(AppError::new(ErrorCode::NoVault, "there is no vault yet: create one first"));
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
    pub fn vault(&mut self) -> Result<&mut Vault, AppError> {
        self.expire_if_idle();
        let vault = self.vault.as_mut().ok_or_else(|| AppError::new(ErrorCode::NoVault, "no vault is open"))?;
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
    pub fn set_settings(&mut self, settings: Settings) -> Result<(), AppError> {
        if !(1..=120).contains(&settings.auto_lock_minutes) {
            return Err(AppError::new(ErrorCode::Invalid, "auto-lock must be between 1 and 120 minutes"));
        }
        if !["en", "vi", "ja", "zh-TW"].contains(&settings.language.as_str()) {
            return Err(AppError::new(ErrorCode::Invalid, format!("unknown language '{}'", settings.language)));
        }
        std::fs::create_dir_all(&self.data_dir).map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))?;
        let tmp = self.data_dir.join("settings.json.tmp");
        let path = self.data_dir.join("settings.json");
        std::fs::write(&tmp, serde_json::to_vec_pretty(&settings).expect("serialises"))
            .and_then(|_| std::fs::rename(&tmp, &path))
            .map_err(|e| AppError::new(ErrorCode::Internal, format!("cannot save settings: {e}")))?;
        self.settings = settings;
        Ok(())
    }

    /// Changes the passphrase of the open vault.
    pub fn change_passphrase(&mut self, old: &SecretString, new: &SecretString, confirm: &SecretString) -> Result<(), AppError> {
        keys::check_new_passphrase(new, confirm)?;
        let vault = self.vault.as_mut().ok_or_else(|| AppError::new(ErrorCode::NoVault, "no vault is open"))?;
        vault.change_passphrase(old, new)?;
        Ok(())
    }
}

/// Wraps a passphrase that arrived as a plain string (e.g. over IPC); the string moves into the
/// secret, which wipes it on drop.
pub fn secret(s: String) -> SecretString {
    SecretString::from(s)
}
