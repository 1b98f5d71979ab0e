//! Setting a project up and looking at what it produced: the principal investigator's profile,
//! members' key files, the demo vault, the JSON Schemas, and opening a bundle.

use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

use super::error::{Result, SessionError};
use super::vault::Vault;
use crate::bundle::{self, Manifest};
use crate::deid::Policy;
use crate::profile::{Fieldworker, Member, Profile};

pub use crate::demo::DEMO_PASSPHRASE;

/// What a new project profile holds, as the principal investigator gives it.
#[derive(Clone, Debug, Default)]
pub struct ProfileSpec {
    /// Project name.
    pub name: String,
    /// Researchers as `NAME=age1…`.
    pub researchers: Vec<String>,
    /// Ethics reviewers as `NAME=age1…`.
    pub reviewers: Vec<String>,
    /// The recovery recipient (`age1…`).
    pub recovery_recipient: Option<String>,
    /// Fieldworkers as `NAME=PATH-TO-minisign.pub`.
    pub fieldworkers: Vec<String>,
    /// Words never to export.
    pub deny: Vec<String>,
    /// Names never to redact (the profile's keep-list).
    pub keep: Vec<String>,
}

/// What [`write_profile`] wrote.
#[derive(Clone, Debug)]
pub struct WrittenProfile {
    /// The project's id.
    pub project_id: String,
}

fn split_pair(value: &str, what: &str) -> Result<(String, String)> {
    let pair = value.split_once('=').map(|(a, b)| (a.trim().to_owned(), b.trim().to_owned()));
    Ok(pair.ok_or_else(|| SessionError::NotAPair { what: what.into(), value: value.into() })?)
}

/// The text of a file given on the command line: a file that is not UTF-8 text is invalid input
/// (naming the file and the offset), not an I/O failure.
fn read(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| SessionError::Read { path: path.to_owned(), source })?;
    let text = crate::input::utf8(&bytes).map_err(|e| crate::input::DocumentError { path: path.display().to_string(), ..e })?;
    Ok(text.to_owned())
}

/// Builds a profile from `spec`, checks it and writes it to `out` (a new file, private: it
/// holds the pseudonym secret).
pub fn write_profile(spec: &ProfileSpec, out: &Path) -> Result<WrittenProfile> {
    let mut p = Profile::new(&spec.name);
    for r in &spec.researchers {
        let (name, age_recipient) = split_pair(r, "--researcher")?;
        p.researchers.push(Member { name, age_recipient });
    }
    for r in &spec.reviewers {
        let (name, age_recipient) = split_pair(r, "--reviewer")?;
        p.reviewers.push(Member { name, age_recipient });
    }
    p.recovery_recipient = spec.recovery_recipient.clone();
    p.deny_list = spec.deny.clone();
    p.keep_list = spec.keep.clone();
    for f in &spec.fieldworkers {
        let (name, path) = split_pair(f, "--fieldworker")?;
        let pk = crate::keys::parse_minisign_public(&read(Path::new(&path))?)?;
        p.fieldworkers.push(Fieldworker { name, minisign_public_key: pk.to_base64() });
    }
    p.check()?;
    write_new(out, &p.to_json())?;
    Ok(WrittenProfile { project_id: p.project_id.to_string() })
}

/// Loads a profile file (checked).
pub fn load_profile(path: &Path) -> Result<Profile> {
    Ok(Profile::load(path)?)
}

/// A profile file as JSON, checked, with its pseudonym secret hidden.
pub fn show_profile(path: &Path) -> Result<Value> {
    let p = Profile::load(path)?;
    let mut v = serde_json::to_value(&p).expect("a profile serialises");
    v["pseudonym_secret"] = "(hidden)".into();
    Ok(v)
}

/// Key files [`keygen`] wrote, by name.
#[derive(Clone, Debug)]
pub struct WrittenKeys {
    /// The age recipient (`age1…`), for the project profile.
    pub age_recipient: String,
    /// The files written, in `out_dir`.
    pub files: Vec<String>,
}

/// Generates an age identity and a minisign key pair for member `name` and writes
/// `NAME.age.key`, `NAME.age.pub`, `NAME.minisign.key`, `NAME.minisign.pub` into `out_dir`
/// (new files only, readable by their owner only).
pub fn keygen(out_dir: &Path, name: &str) -> Result<WrittenKeys> {
    if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
        return Err(SessionError::BadMemberName.into());
    }
    let k = crate::keys::generate_member_keys(name);
    std::fs::create_dir_all(out_dir).map_err(|source| SessionError::DataDir { path: out_dir.to_owned(), source })?;
    let files = [
        (format!("{name}.age.key"), k.age_identity_file.expose_secret().to_owned()),
        (format!("{name}.age.pub"), format!("{}\n", k.age_recipient)),
        (format!("{name}.minisign.key"), k.minisign_secret_file.expose_secret().to_owned()),
        (format!("{name}.minisign.pub"), k.minisign_public_file.clone()),
    ];
    for (file, contents) in &files {
        write_new(&out_dir.join(file), contents)?;
    }
    Ok(WrittenKeys { age_recipient: k.age_recipient.clone(), files: files.into_iter().map(|f| f.0).collect() })
}

/// Writes a new file (never over an existing one), whole or not at all, synced, readable by its
/// owner only (`atomic_file::write_new`): secret files must be, and a public key or profile is
/// shared by choice, not by the file's mode.
fn write_new(path: &Path, contents: &str) -> Result<()> {
    crate::atomic_file::write_new(path, contents.as_bytes())
        .map_err(|source| SessionError::NewFile { path: path.to_owned(), source }.into())
}

/// Creates the demo vault at `path` from the study's five fixture interviews, unlocked,
/// replacing an existing one when `force` is given (else refusing).
pub fn create_demo_vault(path: &Path, passphrase: &SecretString, force: bool, work_factor: Option<u8>) -> Result<Vault> {
    if path.exists() {
        if !force {
            return Err(SessionError::DemoExists(path.to_owned()).into());
        }
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.to_owned().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(p));
        }
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| SessionError::DataDir { path: dir.to_owned(), source })?;
    }
    Ok(crate::demo::create_demo_vault(path, passphrase, work_factor)?.into())
}

/// The JSON Schemas the `schema` command prints, by name, and the built-in policy.
pub const SCHEMAS: [&str; 6] = ["interview", "profile", "deid-policy", "deid-record", "bundle-manifest", "default-policy"];

/// A JSON Schema by name ([`SCHEMAS`]): interview record, project profile, export policy,
/// de-identified record, bundle manifest, or the built-in de-identification policy.
pub fn schema(which: &str) -> Value {
    match which {
        "profile" => crate::profile::profile_schema(),
        "deid-policy" => crate::deid::policy_schema(),
        "deid-record" => crate::deid::deid_record_schema(),
        "bundle-manifest" => bundle::manifest_schema(),
        "default-policy" => serde_json::to_value(Policy::default()).expect("the policy serialises"),
        _ => crate::schema::interview_schema(),
    }
}

/// Reads a de-identification policy (JSON text), checked.
pub fn parse_policy(json: &str) -> Result<Policy> {
    Ok(Policy::from_json(json)?)
}

/// A bundle opened and verified: its manifest and who signed it.
#[derive(Debug)]
pub struct Inspected {
    /// The manifest.
    pub manifest: Manifest,
    /// The signer's minisign key id.
    pub signer_key_id: String,
    /// The signer's name on the roster.
    pub signer: String,
}

/// Decrypts the bundle `file` with the age identity in `identity` (a file), checks its
/// signature with the roster's key (the fieldworkers of `profile` and the minisign public key
/// files `signers`) and every hash. With neither, the roster is empty and the bundle is refused,
/// naming the key id that signed it.
pub fn inspect_bundle(file: &Path, identity: &Path, signers: &[PathBuf], profile: Option<&Path>) -> Result<Inspected> {
    let id = crate::keys::parse_identity_file(&read(identity)?)?;
    let mut roster = match profile {
        Some(p) => bundle::Roster::from_profile(&Profile::load(p)?)?,
        None => bundle::Roster::new(),
    };
    for s in signers {
        roster.add(&s.display().to_string(), &read(s)?)?;
    }
    let b = bundle::open(file, &id, &roster)?;
    Ok(Inspected { manifest: b.manifest, signer_key_id: b.signer_key_id, signer: b.signer })
}
