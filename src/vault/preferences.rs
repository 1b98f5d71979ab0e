//! The fieldworker's preferences: a sealed setting of the vault (`meta.preferences`, JSON), so
//! that they travel with the vault, are read only once it is unlocked, and cannot be changed by
//! anyone without its key (the settings seal, [`super::seal_settings`]). Never in the webview.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{seal_settings, verify_settings, Result, Vault, VaultError};

/// What the fieldworker chose about how the app shows their interviews.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Preferences {
    /// Show the sensitive badges (ran away, detained or deported, undocumented) in the interview
    /// list; off by default, so that a glance over the fieldworker's shoulder does not read them.
    pub show_sensitive_badges: bool,
}

impl Preferences {
    /// Reads the stored JSON, or says what is wrong with it.
    pub(super) fn parse(json: &str) -> std::result::Result<Preferences, String> {
        serde_json::from_str(json).map_err(|e| format!("is not a preferences object: {e}"))
    }
}

impl Vault {
    /// The fieldworker's preferences (the defaults when never set); the vault must be unlocked,
    /// and the sealed settings, these included, must match their seal.
    pub fn preferences(&self) -> Result<Preferences> {
        verify_settings(&self.conn, self.keys()?)?;
        let stored: Option<String> =
            self.conn.query_row("SELECT value FROM meta WHERE key = 'preferences'", [], |r| r.get(0)).optional()?;
        match stored {
            None => Ok(Preferences::default()),
            Some(json) => Preferences::parse(&json)
                .map_err(|why| VaultError::SettingsChanged { entry: super::setting_label("meta.preferences"), why }),
        }
    }

    /// Stores the fieldworker's preferences and seals the settings again, in one transaction.
    pub fn set_preferences(&mut self, preferences: &Preferences) -> Result<()> {
        let keys = self.keys.as_ref().ok_or(VaultError::Locked)?;
        verify_settings(&self.conn, keys)?;
        let json = serde_json::to_string(preferences).expect("preferences serialise");
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('preferences', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![json],
        )?;
        seal_settings(&tx, keys)?;
        tx.commit()?;
        Ok(())
    }
}
