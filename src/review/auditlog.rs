//! The vault's audit chain as a reviewer receives it: a signed, content-free copy
//! (`fieldvault audit export`), and what a review checks of it.
//!
//! The copy ([`AuditLog`], JSON) keeps of each entry its number, time, event, previous hash
//! and hash, and for export events their detail (the bundle's and manifest's SHA-256); it
//! drops record ids (the vault's own ids, which encode when a record was made) and every other
//! detail. The fieldworker's vault signs it with its roster key (`LOG.minisig`, minisign
//! format). A reviewer cannot recompute the entries' hashes (they are keyed with a key of the
//! unlocked vault), so [`check_chain`] checks what the copy can show: numbers from 1 without a
//! gap, each entry naming the one before it, and the last entry the head the copy states. The
//! signature makes the copy the vault's; a fieldworker who rewrites their own vault's chain
//! before exporting it is not caught here.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::audit::{Entry, Event, Head};
use crate::bundle::{Manifest, ReadError, Roster};

/// Format marker of the audit-log copy.
pub const LOG_FORMAT: &str = "fieldvault-audit-log-1";

/// The largest audit-log copy read, in bytes.
pub const MAX_LOG_BYTES: usize = 64 << 20;

/// The hash before the first entry.
const ZERO: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One entry of the copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    /// Position in the chain, from 1.
    pub seq: i64,
    /// UTC time, RFC 3339.
    pub at: String,
    /// Event name.
    pub event: String,
    /// For export events, their detail (hashes and counts); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The previous entry's hash.
    pub prev_hash: String,
    /// This entry's hash.
    pub hash: String,
}

/// The chain's head as the vault verified it when the copy was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogHead {
    /// Number of entries.
    pub seq: i64,
    /// Hash of the last entry.
    pub hash: String,
}

/// The signed, content-free copy of a vault's audit chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditLog {
    /// [`LOG_FORMAT`].
    pub format: String,
    /// The vault's signing key id (its fieldworker's, on the roster).
    pub key_id: String,
    /// When the copy was made.
    pub exported_at: String,
    /// The head.
    pub head: LogHead,
    /// Every entry, in order.
    pub entries: Vec<LogEntry>,
}

/// Why an audit-log copy cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LogError {
    /// Not an audit-log copy.
    #[error("the audit log is not a FieldVault audit-log copy ({0}): ask the fieldworker for the file `fieldvault audit export` wrote")]
    Invalid(String),
    /// Its signature is missing or is not by a roster key.
    #[error("the audit log's signature does not hold ({0})")]
    Signature(#[source] ReadError),
    /// The chain is broken.
    #[error("the audit log's chain is broken at entry {seq}: {why}")]
    Broken {
        /// The first entry that does not fit.
        seq: i64,
        /// What is wrong.
        why: String,
    },
}

/// Whether an event's detail is kept in the copy: export events only (hashes and counts).
fn keeps_detail(event: &str) -> bool {
    event == Event::Exported.as_str() || event == Event::ExportFailed.as_str()
}

impl AuditLog {
    /// The copy of a verified chain (`entries`, whose last is `head`) of the vault whose
    /// signing key id is `key_id`.
    pub fn of(entries: &[Entry], head: &Head, key_id: &str, now: chrono::DateTime<chrono::Utc>) -> AuditLog {
        AuditLog {
            format: LOG_FORMAT.into(),
            key_id: key_id.into(),
            exported_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            head: LogHead { seq: head.seq, hash: head.hash.clone() },
            entries: entries
                .iter()
                .map(|e| LogEntry {
                    seq: e.seq,
                    at: e.at.clone(),
                    event: e.event.clone(),
                    detail: e.detail.clone().filter(|_| keeps_detail(&e.event)),
                    prev_hash: e.prev_hash.clone(),
                    hash: e.hash.clone(),
                })
                .collect(),
        }
    }

    /// The copy as its file holds it (and as it is signed): pretty JSON ending in a newline.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = serde_json::to_vec_pretty(self).expect("a log serialises");
        b.push(b'\n');
        b
    }

    /// Reads a copy (at most [`MAX_LOG_BYTES`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<AuditLog, LogError> {
        if bytes.len() > MAX_LOG_BYTES {
            return Err(LogError::Invalid(format!("it is {} bytes, more than the {MAX_LOG_BYTES} allowed", bytes.len())));
        }
        let log: AuditLog = serde_json::from_slice(bytes).map_err(|e| LogError::Invalid(e.to_string()))?;
        if log.format != LOG_FORMAT {
            return Err(LogError::Invalid(format!("format '{}' is not {LOG_FORMAT}", log.format.chars().take(40).collect::<String>())));
        }
        Ok(log)
    }

    /// The export events, with the hashes their detail names.
    pub fn exports(&self) -> Vec<ExportEvent> {
        self.entries
            .iter()
            .filter(|e| e.event == Event::Exported.as_str())
            .map(|e| {
                let field =
                    |name: &str| e.detail.as_deref().and_then(|d| d.split(' ').find_map(|w| w.strip_prefix(name))).map(str::to_owned);
                ExportEvent {
                    seq: e.seq,
                    at: e.at.clone(),
                    prev_hash: e.prev_hash.clone(),
                    bundle_sha256: field("sha256=").unwrap_or_default(),
                    manifest_sha256: e
                        .detail
                        .as_deref()
                        .and_then(|d| d.split_once("manifest sha256="))
                        .map(|(_, rest)| rest.split(' ').next().unwrap_or("").to_owned())
                        .unwrap_or_default(),
                }
            })
            .collect()
    }
}

/// An `exported` event of the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExportEvent {
    /// Its number in the chain.
    pub seq: i64,
    /// When.
    pub at: String,
    /// The chain's head before it (what the bundle's manifest names).
    pub prev_hash: String,
    /// Hex SHA-256 of the bundle file.
    pub bundle_sha256: String,
    /// Hex SHA-256 of the bundle's `manifest.json`.
    pub manifest_sha256: String,
}

/// Reads a copy and checks its signature (`signature`, the `.minisig` text) against `roster`;
/// returns it with the signer's name.
pub fn open(bytes: &[u8], signature: &str, roster: &Roster) -> Result<(AuditLog, String), LogError> {
    let (signer, key_id) = roster.verify_detached(bytes, signature).map_err(LogError::Signature)?;
    let log = AuditLog::from_bytes(bytes)?;
    if log.key_id != key_id {
        return Err(LogError::Invalid(format!("it names key {} but is signed by key {key_id}", log.key_id)));
    }
    Ok((log, signer))
}

/// Checks the chain as a copy can show it (module doc): numbers from 1 without a gap, each
/// entry naming the hash of the one before, and the last entry the stated head.
pub fn check_chain(log: &AuditLog) -> Result<(), LogError> {
    let mut prev = ZERO;
    for (i, e) in log.entries.iter().enumerate() {
        let expected = i as i64 + 1;
        if e.seq != expected {
            return Err(LogError::Broken {
                seq: expected,
                why: format!("entry {} is where entry {expected} belongs: entries were removed, inserted or reordered", e.seq),
            });
        }
        if e.prev_hash != prev {
            return Err(LogError::Broken { seq: e.seq, why: "it does not name the hash of the entry before it".into() });
        }
        prev = &e.hash;
    }
    let last = log.entries.len() as i64;
    if log.head.seq != last || (last > 0 && log.head.hash != prev) {
        return Err(LogError::Broken {
            seq: last + 1,
            why: format!("the copy states a head at entry {} but its entries end at {last}: it was truncated or extended", log.head.seq),
        });
    }
    Ok(())
}

/// The export event of a bundle: the one right after the chain head its manifest names, for
/// the manifest whose bytes hash to `manifest_sha256` and the bundle file hashing to
/// `bundle_sha256`.
pub fn event_of<'a>(
    exports: &'a [ExportEvent],
    manifest: &Manifest,
    manifest_sha256: &str,
    bundle_sha256: &str,
) -> Option<&'a ExportEvent> {
    exports.iter().find(|e| {
        e.seq == manifest.audit.chain_seq + 1
            && e.prev_hash == manifest.audit.chain_head
            && e.manifest_sha256 == manifest_sha256
            && e.bundle_sha256 == bundle_sha256
    })
}

/// What `fieldvault review-log` found.
#[derive(Clone, Debug, Serialize)]
pub struct LogReview {
    /// Who signed the copy, if the signature held.
    pub signer: Option<String>,
    /// The signature's check: `None` when it holds, else why not.
    pub signature_error: Option<String>,
    /// The chain's check: `None` when it holds, else where it breaks.
    pub chain_error: Option<String>,
    /// Entries in the copy.
    pub entries: usize,
    /// Per bundle given (its file name), the export event it matches, if any.
    pub bundles: Vec<(String, Option<i64>)>,
    /// Export events no given bundle matches: exports the reviewer has not seen.
    pub unseen: Vec<ExportEvent>,
}

impl LogReview {
    /// Whether the copy is signed and whole and every bundle matches an export event.
    pub fn passed(&self) -> bool {
        self.signature_error.is_none() && self.chain_error.is_none() && self.bundles.iter().all(|(_, e)| e.is_some())
    }
}

/// Reviews a copy (`bytes`, `signature`) against `roster`, matching each bundle (file name and
/// hex SHA-256 of the file) to an export event by the bundle hash the event records.
pub fn review(bytes: &[u8], signature: &str, roster: &Roster, bundles: &[(String, String)]) -> Result<LogReview, LogError> {
    let (log, signer, signature_error) = match open(bytes, signature, roster) {
        Ok((log, signer)) => (log, Some(signer), None),
        Err(LogError::Signature(e)) => (AuditLog::from_bytes(bytes)?, None, Some(e.to_string())),
        Err(e) => return Err(e),
    };
    let chain_error = check_chain(&log).err().map(|e| e.to_string());
    let exports = log.exports();
    let matched: Vec<(String, Option<i64>)> =
        bundles.iter().map(|(name, sha)| (name.clone(), exports.iter().find(|e| &e.bundle_sha256 == sha).map(|e| e.seq))).collect();
    let seen: BTreeSet<i64> = matched.iter().filter_map(|(_, s)| *s).collect();
    let unseen = exports.into_iter().filter(|e| !seen.contains(&e.seq)).collect();
    Ok(LogReview { signer, signature_error, chain_error, entries: log.entries.len(), bundles: matched, unseen })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64, prev: &str, hash: &str) -> LogEntry {
        LogEntry {
            seq,
            at: "2026-12-06T12:00:00Z".into(),
            event: "unlocked".into(),
            detail: None,
            prev_hash: prev.into(),
            hash: hash.into(),
        }
    }

    fn log(entries: Vec<LogEntry>) -> AuditLog {
        let head = entries.last().map_or(LogHead { seq: 0, hash: ZERO.into() }, |e| LogHead { seq: e.seq, hash: e.hash.clone() });
        AuditLog { format: LOG_FORMAT.into(), key_id: "K".into(), exported_at: "now".into(), head, entries }
    }

    fn three() -> Vec<LogEntry> {
        vec![entry(1, ZERO, "a"), entry(2, "a", "b"), entry(3, "b", "c")]
    }

    #[test]
    fn a_whole_chain_passes() {
        check_chain(&log(three())).unwrap();
        check_chain(&log(Vec::new())).unwrap();
    }

    #[test]
    fn fail_removed_reordered_relinked_or_truncated_entries() {
        let mut removed = three();
        removed.remove(1);
        assert!(matches!(check_chain(&log(removed)), Err(LogError::Broken { seq: 2, .. })));
        let mut reordered = three();
        reordered.swap(1, 2);
        assert!(matches!(check_chain(&log(reordered)), Err(LogError::Broken { seq: 2, .. })));
        let mut relinked = three();
        relinked[2].prev_hash = "x".into();
        assert!(matches!(check_chain(&log(relinked)), Err(LogError::Broken { seq: 3, .. })));
        let mut truncated = log(three());
        truncated.entries.pop();
        assert!(matches!(check_chain(&truncated), Err(LogError::Broken { seq: 3, .. })));
        let mut other_head = log(three());
        other_head.head.hash = "z".into();
        assert!(check_chain(&other_head).is_err());
    }

    #[test]
    fn export_events_name_their_bundle_and_manifest_hashes_and_other_details_are_dropped() {
        let mut e = three();
        e[1].event = "exported".into();
        e[1].detail = Some("bundle sha256=aa manifest sha256=bb interviews=4 policy sha256=cc".into());
        let exports = log(e).exports();
        assert_eq!(exports.len(), 1);
        assert_eq!((exports[0].seq, exports[0].bundle_sha256.as_str(), exports[0].manifest_sha256.as_str()), (2, "aa", "bb"));
        let entries = vec![crate::audit::Entry {
            seq: 1,
            at: "t".into(),
            event: "attachment_added".into(),
            record_id: Some("0190f0aa-3c5e-7b12-9d4f-0a1b2c3d4e5f".into()),
            revision: None,
            detail: Some("an attachment id".into()),
            prev_hash: ZERO.into(),
            hash: "a".into(),
        }];
        let copy = AuditLog::of(&entries, &Head { seq: 1, hash: "a".into() }, "K", chrono::Utc::now());
        let text = String::from_utf8(copy.to_bytes()).unwrap();
        assert!(!text.contains("0190f0aa") && !text.contains("attachment id"), "content-free: {text}");
        assert_eq!(AuditLog::from_bytes(&copy.to_bytes()).unwrap(), copy);
        assert!(matches!(AuditLog::from_bytes(b"{\"format\": \"other\"}"), Err(LogError::Invalid(_))));
    }
}
