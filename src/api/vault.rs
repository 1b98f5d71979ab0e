//! One vault as both front ends use it: open, unlock, records, drafts, attachments, audit log.
//! Each call is the core's ([`crate::vault::Vault`]), with its error classified ([`Error`]).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use secrecy::SecretString;

use super::error::{Result, SessionError};
use crate::audit::{Entry, Head};
use crate::profile::Profile;
use crate::schema::Interview;
use crate::vault::{self, AttachmentInfo, CheckReport, CreateOptions, DraftInfo, ListItem, Preferences, Revision, StoredRecord};

#[cfg(doc)]
use super::error::Error;

/// A vault, open in this process (and locked against every other).
pub struct Vault {
    inner: vault::Vault,
}

impl From<vault::Vault> for Vault {
    fn from(inner: vault::Vault) -> Self {
        Vault { inner }
    }
}

impl Vault {
    /// Opens the vault at `path`, locked.
    pub fn open(path: &Path) -> Result<Vault> {
        Ok(vault::Vault::open(path)?.into())
    }

    /// Opens the vault at `path` and unlocks it.
    pub fn open_unlocked(path: &Path, passphrase: &SecretString) -> Result<Vault> {
        let mut v = Vault::open(path)?;
        v.unlock(passphrase)?;
        Ok(v)
    }

    /// Creates a vault at `path` (its folder too, if missing), unlocked, with the project
    /// profile read from `profile` if given; `work_factor` is for tests only.
    pub fn create(path: &Path, passphrase: &SecretString, profile: Option<Profile>, work_factor: Option<u8>) -> Result<Vault> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| SessionError::DataDir { path: dir.to_owned(), source })?;
        }
        Ok(vault::Vault::create(path, passphrase, &CreateOptions { work_factor, profile })?.into())
    }

    /// Sets a new passphrase on the vault at `path` with the project's recovery identity (the
    /// text of its file).
    pub fn recover(path: &Path, identity_file: &str, new: &SecretString) -> Result<()> {
        let identity = crate::keys::parse_identity_file(identity_file)?;
        vault::Vault::recover(path, &identity, new)?;
        Ok(())
    }

    /// Unlocks with the passphrase.
    pub fn unlock(&mut self, passphrase: &SecretString) -> Result<()> {
        Ok(self.inner.unlock(passphrase)?)
    }

    /// Drops the keys and everything decrypted.
    pub fn lock(&mut self) {
        self.inner.lock()
    }

    /// Whether the vault is unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.inner.is_unlocked()
    }

    /// Failed unlock attempts since the last success.
    pub fn failed_attempts(&self) -> Result<u32> {
        Ok(self.inner.failed_attempts()?)
    }

    /// The vault's file.
    pub fn path(&self) -> &Path {
        self.inner.path()
    }

    /// The vault's file, owned.
    pub fn path_buf(&self) -> PathBuf {
        self.inner.path().to_owned()
    }

    /// The project's recovery recipient, if the vault's profile names one.
    pub fn recovery_recipient(&self) -> Result<Option<String>> {
        Ok(self.inner.profile()?.and_then(|p| p.recovery_recipient))
    }

    /// Changes the passphrase.
    pub fn change_passphrase(&mut self, old: &SecretString, new: &SecretString) -> Result<()> {
        Ok(self.inner.change_passphrase(old, new)?)
    }

    /// The signing public key, in minisign's file format (for the project roster).
    pub fn signing_public_key(&self) -> Result<String> {
        Ok(self.inner.signing_public_key()?)
    }

    /// Checks file integrity, the audit chain and (when unlocked) every record; a report that
    /// is not ok is returned as a report, for the caller to show.
    pub fn check(&self) -> Result<CheckReport> {
        Ok(self.inner.check()?)
    }

    /// Verifies the audit log's hash chain; returns its head.
    pub fn verify_audit(&self) -> Result<Head> {
        Ok(self.inner.verify_audit()?)
    }

    /// Every audit entry, oldest first.
    pub fn audit_entries(&self) -> Result<Vec<Entry>> {
        Ok(self.inner.audit_entries()?)
    }

    /// Saves a new interview; returns its id once the save is durable.
    pub fn add_record(&mut self, interview: &Interview) -> Result<String> {
        Ok(self.inner.add_record(interview)?)
    }

    /// Saves many new interviews in one transaction (all or nothing); returns their ids.
    pub fn add_records(&mut self, interviews: &[Interview]) -> Result<Vec<String>> {
        Ok(self.inner.add_records(interviews)?)
    }

    /// Saves a new revision of an interview; returns its number.
    pub fn update_record(&mut self, id: &str, interview: &Interview) -> Result<i64> {
        Ok(self.inner.update_record(id, interview)?)
    }

    /// The current revision of an interview.
    pub fn get_record(&self, id: &str) -> Result<StoredRecord> {
        Ok(self.inner.get_record(id)?)
    }

    /// Every interview, with a summary.
    pub fn list_records(&self) -> Result<Vec<ListItem>> {
        Ok(self.inner.list_records()?)
    }

    /// Every revision of an interview.
    pub fn history(&self, id: &str) -> Result<Vec<Revision>> {
        Ok(self.inner.history(id)?)
    }

    /// Withdraws a participant: erases the interview's content, keeps a tombstone.
    pub fn withdraw(&mut self, id: &str) -> Result<()> {
        Ok(self.inner.withdraw(id)?)
    }

    /// Saves a draft (encrypted), replacing an earlier one with the same id.
    pub fn save_draft(&mut self, draft_id: &str, record_id: Option<&str>, content: &serde_json::Value) -> Result<()> {
        Ok(self.inner.save_draft(draft_id, record_id, content)?)
    }

    /// Every draft.
    pub fn drafts(&self) -> Result<Vec<DraftInfo>> {
        Ok(self.inner.drafts()?)
    }

    /// A draft's content.
    pub fn load_draft(&self, draft_id: &str) -> Result<serde_json::Value> {
        Ok(self.inner.load_draft(draft_id)?)
    }

    /// Deletes a draft.
    pub fn discard_draft(&mut self, draft_id: &str) -> Result<()> {
        Ok(self.inner.discard_draft(draft_id)?)
    }

    /// Adds an attachment to an interview, encrypted as it is read.
    pub fn add_attachment(&mut self, record_id: &str, name: &str, media_type: &str, content: &mut dyn Read) -> Result<AttachmentInfo> {
        Ok(self.inner.add_attachment(record_id, name, media_type, content)?)
    }

    /// An interview's attachments.
    pub fn attachments(&self, record_id: &str) -> Result<Vec<AttachmentInfo>> {
        Ok(self.inner.attachments(record_id)?)
    }

    /// Decrypts an attachment into `out`.
    pub fn read_attachment(&self, attachment_id: &str, out: &mut dyn Write) -> Result<AttachmentInfo> {
        Ok(self.inner.read_attachment(attachment_id, out)?)
    }

    /// Deletes an attachment.
    pub fn delete_attachment(&mut self, attachment_id: &str) -> Result<AttachmentInfo> {
        Ok(self.inner.delete_attachment(attachment_id)?)
    }

    /// The fieldworker's preferences, sealed in the vault (defaults when never set).
    pub fn preferences(&self) -> Result<Preferences> {
        Ok(self.inner.preferences()?)
    }

    /// Stores the fieldworker's preferences in the vault's sealed settings.
    pub fn set_preferences(&mut self, preferences: &Preferences) -> Result<()> {
        Ok(self.inner.set_preferences(preferences)?)
    }

    /// The core vault, for the API's own modules.
    pub(crate) fn core(&self) -> &vault::Vault {
        &self.inner
    }

    /// The core vault, mutable, for the API's own modules.
    pub(crate) fn core_mut(&mut self) -> &mut vault::Vault {
        &mut self.inner
    }
}
