//! The project profile: what the principal investigator hands to every fieldworker.
//!
//! It names the project, the researchers and ethics reviewers bundles are encrypted to, the
//! recovery recipient every vault key is wrapped to, the roster of fieldworkers' signing keys,
//! the keyed-hash secret that makes pseudonyms consistent across fieldworkers, and the
//! de-identification policy. The profile file holds that secret: treat it like a key.

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::keys;

/// Version of the profile format this build writes.
pub const PROFILE_FORMAT: u32 = 1;

/// The largest profile file read, in bytes.
pub const MAX_PROFILE_BYTES: usize = 1 << 20;

/// The longest name (project, researcher, reviewer, fieldworker) a profile may hold, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// The most members a profile's roster (researchers, reviewers or fieldworkers) may list.
pub const MAX_MEMBERS: usize = 1000;

/// Checks a name: not blank, at most [`MAX_NAME_CHARS`], no control or invisible format character.
fn check_name(path: &str, name: &str) -> Result<(), ProfileError> {
    if name.trim().is_empty() {
        return Err(invalid(path, "the name is empty: write one"));
    }
    let n = name.chars().count();
    if n > MAX_NAME_CHARS {
        return Err(invalid(path, format!("the name is {n} characters long: at most {MAX_NAME_CHARS} are accepted")));
    }
    if let Some(c) = name.chars().find(|c| crate::hygiene::is_forbidden_in_name(*c)) {
        return Err(invalid(
            path,
            format!("{} contains U+{:04X}, a control or invisible formatting character: remove it", crate::hygiene::quote(name), c as u32),
        ));
    }
    Ok(())
}

/// A research project's shared settings.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "FieldVault project profile", extend("$id" = "https://fieldvault.invalid/schemas/project-profile.schema.json"))]
pub struct Profile {
    /// Format version (currently 1).
    pub format: u32,
    /// Random project id (UUID v4).
    pub project_id: uuid::Uuid,
    /// Human-readable project name.
    pub name: String,
    /// Researchers who may decrypt bundles.
    #[schemars(length(min = 1))]
    pub researchers: Vec<Member>,
    /// Ethics reviewers who may decrypt bundles.
    #[serde(default)]
    pub reviewers: Vec<Member>,
    /// Age recipient every vault key is also wrapped to, so a lost passphrase loses no data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_recipient: Option<String>,
    /// Fieldworkers whose signed bundles the project accepts.
    #[serde(default)]
    pub fieldworkers: Vec<Fieldworker>,
    /// Hex-encoded 32-byte secret for keyed-hash pseudonyms; never placed in a bundle.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub pseudonym_secret: SecretHex,
    /// De-identification policy (see `schemas/deid-policy.schema.json` once export lands);
    /// absent means the built-in default policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deid_policy: Option<serde_json::Value>,
    /// Words and names the project never lets out (a village, a company, a nickname no
    /// interview records): redacted from every exported text like identifiers known to the
    /// vault (whatever the case, diacritics or width) and looked for by the final leak scan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deny_list: Vec<String>,
    /// Names the study may show although they look like identifiers (unions, NGOs, churches,
    /// ministries, public employers): never redacted, however a detector or a known value's
    /// variant would find them, and listed in the export preview.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keep_list: Vec<String>,
}

/// A researcher or reviewer.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Name or role.
    pub name: String,
    /// Age recipient (`age1…`).
    pub age_recipient: String,
}

/// A fieldworker on the roster.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fieldworker {
    /// Name or code.
    pub name: String,
    /// Minisign public key (base64 line of the `.pub` file).
    pub minisign_public_key: String,
}

/// A hex secret that never shows in `Debug` output.
#[derive(Clone, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct SecretHex(#[schemars(with = "String")] String);

impl std::fmt::Debug for SecretHex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretHex(<redacted>)")
    }
}

impl Drop for SecretHex {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl SecretHex {
    /// The secret's bytes.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        hex::decode(&self.0).ok()
    }
}

/// What is wrong with a profile.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProfileError {
    /// The file could not be read.
    #[error("cannot read profile {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a valid profile.
    #[error("profile is not valid at {path}: {message}. Ask the principal investigator for a fresh copy (`fieldvault project init`)")]
    Invalid {
        /// Field path inside the profile.
        path: String,
        /// What is wrong.
        message: String,
    },
}

fn invalid(path: impl Into<String>, message: impl Into<String>) -> ProfileError {
    let path = path.into();
    let path = if path.is_empty() { "the top level".to_owned() } else { path };
    ProfileError::Invalid { path, message: message.into() }
}

impl Profile {
    /// Starts a profile for a new project, with a fresh id and pseudonym secret.
    pub fn new(name: &str) -> Profile {
        let mut secret = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut secret);
        let hex_secret = hex::encode(secret);
        zeroize::Zeroize::zeroize(&mut secret);
        Profile {
            format: PROFILE_FORMAT,
            project_id: uuid::Uuid::new_v4(),
            name: name.to_owned(),
            researchers: Vec::new(),
            reviewers: Vec::new(),
            recovery_recipient: None,
            fieldworkers: Vec::new(),
            pseudonym_secret: SecretHex(hex_secret),
            deid_policy: None,
            deny_list: Vec::new(),
            keep_list: Vec::new(),
        }
    }

    /// Parses and checks a profile from JSON text.
    pub fn from_json(text: &str) -> Result<Profile, ProfileError> {
        let p: Profile = crate::input::read_secret_document(text, MAX_PROFILE_BYTES).map_err(|e| invalid(e.path, e.message))?;
        p.check()?;
        Ok(p)
    }

    /// Reads and checks a profile file.
    pub fn load(path: &Path) -> Result<Profile, ProfileError> {
        let bytes =
            zeroize::Zeroizing::new(std::fs::read(path).map_err(|source| ProfileError::Io { path: path.display().to_string(), source })?);
        Profile::from_json(crate::input::utf8(&bytes).map_err(|e| invalid(e.path, e.message))?)
    }

    /// The profile as pretty JSON. It holds the secret, so it is zeroized when dropped; the
    /// buffer is sized for any usual profile so that no reallocation leaves a copy behind.
    pub fn to_json(&self) -> zeroize::Zeroizing<String> {
        let mut buf = Vec::with_capacity(64 * 1024);
        serde_json::to_writer_pretty(&mut buf, self).expect("a profile serialises");
        buf.push(b'\n');
        zeroize::Zeroizing::new(String::from_utf8(buf).expect("serde_json writes UTF-8"))
    }

    /// Checks keys and values that the types alone cannot.
    pub fn check(&self) -> Result<(), ProfileError> {
        if self.format != PROFILE_FORMAT {
            return Err(invalid("format", format!("format {} is not supported: this build reads format {PROFILE_FORMAT}", self.format)));
        }
        if self.name.trim().is_empty() {
            return Err(invalid("name", "the project needs a name"));
        }
        check_name("name", &self.name)?;
        if self.researchers.is_empty() {
            return Err(invalid("researchers", "name at least one researcher to export to"));
        }
        for (list, n) in
            [("researchers", self.researchers.len()), ("reviewers", self.reviewers.len()), ("fieldworkers", self.fieldworkers.len())]
        {
            if n > MAX_MEMBERS {
                return Err(invalid(list, format!("{n} entries: at most {MAX_MEMBERS} are accepted")));
            }
        }
        for (list, members) in [("researchers", &self.researchers), ("reviewers", &self.reviewers)] {
            let mut seen = std::collections::HashSet::new();
            for (i, m) in members.iter().enumerate() {
                check_name(&format!("{list}[{i}].name"), &m.name)?;
                keys::parse_recipient(&m.age_recipient).map_err(|e| invalid(format!("{list}[{i}].age_recipient"), e.to_string()))?;
                if !seen.insert(m.age_recipient.trim()) {
                    return Err(invalid(format!("{list}[{i}].age_recipient"), "the same key is listed twice: remove the duplicate"));
                }
            }
        }
        if let Some(r) = &self.recovery_recipient {
            keys::parse_recipient(r).map_err(|e| invalid("recovery_recipient", e.to_string()))?;
        }
        if let Some(i) = self.deny_list.iter().position(|w| w.trim().is_empty()) {
            return Err(invalid(format!("deny_list[{i}]"), "an empty entry would match nothing: remove it"));
        }
        if let Some(i) = self.keep_list.iter().position(|w| w.trim().is_empty()) {
            return Err(invalid(format!("keep_list[{i}]"), "an empty entry would keep nothing: remove it"));
        }
        let mut seen = std::collections::HashSet::new();
        for (i, f) in self.fieldworkers.iter().enumerate() {
            check_name(&format!("fieldworkers[{i}].name"), &f.name)?;
            let key = keys::parse_minisign_public(&f.minisign_public_key)
                .map_err(|e| invalid(format!("fieldworkers[{i}].minisign_public_key"), e.to_string()))?;
            if !seen.insert(key.to_bytes()) {
                return Err(invalid(
                    format!("fieldworkers[{i}].minisign_public_key"),
                    "the same key is listed twice: remove the duplicate",
                ));
            }
        }
        let secret = self.pseudonym_secret.bytes().map(zeroize::Zeroizing::new);
        match secret {
            Some(b) if b.len() == 32 => {
                // A secret anyone can guess (all zeros, one repeated byte) makes every
                // pseudonym reversible by hashing candidate names.
                let distinct = b.iter().collect::<std::collections::HashSet<_>>().len();
                if distinct < 8 {
                    return Err(invalid(
                        "pseudonym_secret",
                        "the secret is not random (too few distinct bytes): make a new profile with `fieldvault project init`",
                    ));
                }
                Ok(())
            }
            _ => Err(invalid("pseudonym_secret", "must be 64 hexadecimal characters (32 bytes)")),
        }
    }

    /// The recovery recipient, parsed.
    pub fn recovery(&self) -> Option<age::x25519::Recipient> {
        self.recovery_recipient.as_deref().and_then(|r| keys::parse_recipient(r).ok())
    }
}

/// The JSON Schema (2020-12) of the project profile.
pub fn profile_schema() -> serde_json::Value {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<Profile>();
    serde_json::to_value(schema).expect("a generated schema is valid JSON")
}
