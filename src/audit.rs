//! The audit log: a keyed, hash-chained, append-only record of every vault event.
//!
//! Each entry's hash covers the previous entry's hash, its sequence number and its fields, and the
//! vault keeps the chain head beside the log, so [`verify`] detects an edited, removed, inserted
//! or reordered entry, and a cut-off tail. The head after an event about an interview is kept in
//! that interview's row (`records.audit_head`), which the same transaction writes anyway; after
//! any other event, in `meta`. The newest of these anchors is the chain's head. Entries name
//! events, record ids and revision numbers, never interview content. Appending happens inside
//! the caller's transaction, so an event and the change it describes commit together or not at all.
//!
//! The hash is keyed: an HMAC under a key of the unlocked vault ([`VaultKeys::mac`]), so nobody
//! without the passphrase can rewrite the log consistently. Only what FieldVault writes while
//! locked (a failed unlock) and the entries of a vault from before the key came in (up to
//! `meta.audit_keyed_from`, which the vault's settings seal covers) carry a plain SHA-256; each
//! keyed entry after them fixes them in place.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::keys::VaultKeys;

/// The kinds of event the vault records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Event {
    /// The vault was created.
    VaultCreated,
    /// The vault was unlocked with the passphrase.
    Unlocked,
    /// A wrong passphrase was tried.
    UnlockFailed,
    /// A new interview was saved.
    RecordCreated,
    /// An interview was revised.
    RecordRevised,
    /// A participant withdrew: tombstone written, ciphertext removed.
    RecordWithdrawn,
    /// An attachment was added to an interview.
    AttachmentAdded,
    /// An attachment was deleted: its ciphertext is erased.
    AttachmentDeleted,
    /// The passphrase was changed.
    PassphraseChanged,
    /// The vault was recovered with the project's recovery identity.
    Recovered,
    /// A project profile was imported.
    ProfileImported,
    /// A de-identified bundle was exported.
    Exported,
    /// An export recorded as `exported` could not put its file in place (the name was taken
    /// meanwhile, or the link failed): that bundle does not exist.
    ExportFailed,
}

impl Event {
    /// The stored name of the event.
    pub fn as_str(self) -> &'static str {
        match self {
            Event::VaultCreated => "vault_created",
            Event::Unlocked => "unlocked",
            Event::UnlockFailed => "unlock_failed",
            Event::RecordCreated => "record_created",
            Event::RecordRevised => "record_revised",
            Event::RecordWithdrawn => "record_withdrawn",
            Event::AttachmentAdded => "attachment_added",
            Event::AttachmentDeleted => "attachment_deleted",
            Event::PassphraseChanged => "passphrase_changed",
            Event::Recovered => "recovered",
            Event::ProfileImported => "profile_imported",
            Event::Exported => "exported",
            Event::ExportFailed => "export_failed",
        }
    }

    /// Whether FieldVault writes this event while the vault is locked, so without the key: only
    /// these may carry an unkeyed hash after the log became keyed.
    fn written_locked(event: &str) -> bool {
        event == Event::UnlockFailed.as_str()
    }
}

/// One entry of the log, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Entry {
    /// Position in the chain, from 1.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub seq: i64,
    /// UTC time, RFC 3339.
    pub at: String,
    /// Event name (see [`Event::as_str`]).
    pub event: String,
    /// The record concerned, if any.
    pub record_id: Option<String>,
    /// The revision concerned, if any.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub revision: Option<i64>,
    /// Non-content detail (e.g. a bundle's hash), if any.
    pub detail: Option<String>,
    /// The previous entry's hash (zeros for the first).
    pub prev_hash: String,
    /// Hex HMAC-SHA256 of this entry under the vault's key (plain SHA-256 for an entry written
    /// while locked or before the log was keyed).
    pub hash: String,
}

/// The last entry of a verified chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Head {
    /// Number of entries.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub seq: i64,
    /// Hex hash of the last entry.
    pub hash: String,
}

/// Why a chain failed verification.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuditError {
    /// The chain is broken at an entry.
    #[error("audit log broken at entry {seq}: {why}. The vault file was altered outside FieldVault; keep a copy for investigation and restore from a backup")]
    Broken {
        /// The first entry that does not verify.
        seq: i64,
        /// What does not match.
        why: String,
    },
    /// The database could not be read.
    #[error("cannot read the audit log: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

const ZERO: &str = "0000000000000000000000000000000000000000000000000000000000000000";

pub(crate) const CREATE_SQL: &str = "
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    record_id TEXT,
    revision INTEGER,
    detail TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
";

/// Where the keyed log starts: the first entry hashed with the vault's key.
const KEYED_FROM: &str = "audit_keyed_from";

/// An entry's hash: HMAC-SHA256 under the vault's key when `keys` is given, else plain SHA-256.
#[allow(clippy::too_many_arguments)]
fn entry_hash(
    keys: Option<&VaultKeys>,
    prev: &str,
    seq: i64,
    at: &str,
    event: &str,
    record_id: Option<&str>,
    revision: Option<i64>,
    detail: Option<&str>,
) -> String {
    let revision = revision.map(|r| r.to_string()).unwrap_or_default();
    let seq = seq.to_le_bytes();
    let fields: [&[u8]; 7] = [
        prev.as_bytes(),
        &seq,
        at.as_bytes(),
        event.as_bytes(),
        record_id.unwrap_or("").as_bytes(),
        revision.as_bytes(),
        detail.unwrap_or("").as_bytes(),
    ];
    if let Some(keys) = keys {
        return hex::encode(keys.mac("fieldvault-audit-v2", &fields));
    }
    let mut h = Sha256::new();
    for b in std::iter::once(&b"fieldvault-audit-v1"[..]).chain(fields) {
        h.update((b.len() as u64).to_le_bytes());
        h.update(b);
    }
    hex::encode(h.finalize())
}

/// A head as stored: `seq:hash`.
fn parse_head(v: &str) -> Option<Head> {
    let (seq, hash) = v.split_once(':')?;
    Some(Head { seq: seq.parse().ok()?, hash: hash.to_owned() })
}

/// Every stored anchor of the chain: where it is kept (for messages) and what it says; an
/// anchor that cannot be read is an error naming where it is.
fn anchors(conn: &Connection) -> Result<Vec<(String, Head)>, AuditError> {
    let mut out = Vec::new();
    let mut read = |place: String, v: String| match parse_head(&v) {
        Some(h) => {
            out.push((place, h));
            Ok(())
        }
        None => Err(AuditError::Broken { seq: 0, why: format!("the chain head kept in {place} is unreadable") }),
    };
    if let Some(v) = conn.query_row("SELECT value FROM meta WHERE key = 'audit_head'", [], |r| r.get(0)).optional()? {
        read("the vault's metadata".into(), v)?;
    }
    let mut stmt = conn.prepare("SELECT id, audit_head FROM records WHERE audit_head IS NOT NULL")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (id, v) = row?;
        read(format!("interview {id}"), v)?;
    }
    Ok(out)
}

/// Appends an event; call inside the transaction that makes the change it records. The new
/// head is kept in the row of the interview the event is about (`record_id`), else in `meta`.
/// `keys` are the unlocked vault's (`None` only for what is written while locked).
pub(crate) fn append(
    conn: &Connection,
    keys: Option<&VaultKeys>,
    event: Event,
    record_id: Option<&str>,
    revision: Option<i64>,
    detail: Option<&str>,
) -> rusqlite::Result<Head> {
    let head = append_for_row(conn, keys, event, record_id, revision, detail)?;
    let stored = head.stored();
    // An interview's row is on a page the transaction writes anyway: one page fewer per save
    // than a separate head in `meta`.
    let in_record = match record_id {
        Some(id) => conn.prepare_cached("UPDATE records SET audit_head = ?2 WHERE id = ?1")?.execute(params![id, stored])? == 1,
        None => false,
    };
    if !in_record {
        conn.prepare_cached(
            "INSERT INTO meta (key, value) VALUES ('audit_head', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )?
        .execute([&stored])?;
    }
    Ok(head)
}

impl Head {
    /// The head as an anchor stores it (`seq:hash`, the form `records.audit_head` holds).
    pub(crate) fn stored(&self) -> String {
        format!("{}:{}", self.seq, self.hash)
    }
}

/// Appends an event about interview `record_id` whose row the caller writes next in the same
/// transaction, with [`Head::stored`] of the returned head as its `audit_head` (an insert or
/// update of the row saves a second write of it).
pub(crate) fn append_for_row(
    conn: &Connection,
    keys: Option<&VaultKeys>,
    event: Event,
    record_id: Option<&str>,
    revision: Option<i64>,
    detail: Option<&str>,
) -> rusqlite::Result<Head> {
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (seq, prev) = match last {
        Some((s, h)) => (s + 1, h),
        None => (1, ZERO.to_owned()),
    };
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let hash = entry_hash(keys, &prev, seq, &at, event.as_str(), record_id, revision, detail);
    if keys.is_some() && keyed_from(conn)?.is_none() {
        // The first keyed entry: from here on every entry not written locked must be keyed.
        conn.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", params![KEYED_FROM, seq.to_string()])?;
    }
    conn.prepare_cached(
        "INSERT INTO audit (seq, at, event, record_id, revision, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![seq, at, event.as_str(), record_id, revision, detail, prev, hash])?;
    Ok(Head { seq, hash })
}

/// Every entry, in order.
pub fn entries(conn: &Connection) -> rusqlite::Result<Vec<Entry>> {
    let mut stmt = conn.prepare("SELECT seq, at, event, record_id, revision, detail, prev_hash, hash FROM audit ORDER BY seq")?;
    let rows = stmt.query_map([], |r| {
        Ok(Entry {
            seq: r.get(0)?,
            at: r.get(1)?,
            event: r.get(2)?,
            record_id: r.get(3)?,
            revision: r.get(4)?,
            detail: r.get(5)?,
            prev_hash: r.get(6)?,
            hash: r.get(7)?,
        })
    })?;
    rows.collect()
}

/// The first keyed entry's number, once the log has one.
fn keyed_from(conn: &Connection) -> rusqlite::Result<Option<i64>> {
    let v: Option<String> =
        conn.prepare_cached("SELECT value FROM meta WHERE key = ?1")?.query_row([KEYED_FROM], |r| r.get(0)).optional()?;
    // Unreadable: every entry must be keyed (fails closed).
    Ok(v.map(|v| v.parse().unwrap_or(1)))
}

/// Checks the whole chain and the stored heads; returns the head when all is well.
///
/// With the unlocked vault's `keys`, every entry's MAC is checked: a log rewritten without the
/// passphrase does not verify. Without them (a locked vault) only the chain's structure and
/// the unkeyed entries are checked.
pub fn verify(conn: &Connection, keys: Option<&VaultKeys>) -> Result<Head, AuditError> {
    let keyed_from = match keys {
        Some(_) => keyed_from(conn)?.ok_or_else(|| AuditError::Broken {
            seq: 0,
            why: "the vault does not record where its keyed log starts: the log was rewritten".into(),
        })?,
        None => i64::MAX,
    };
    let mut prev = ZERO.to_owned();
    let mut expected_seq = 1;
    // Each entry's hash, by sequence number (index 0: the chain's start).
    let mut hashes = vec![ZERO.to_owned()];
    for e in entries(conn)? {
        let broken = |why: String| AuditError::Broken { seq: e.seq, why };
        if e.seq != expected_seq {
            return Err(broken(format!("expected entry {expected_seq} here: an entry was removed, inserted or reordered")));
        }
        if e.prev_hash != prev {
            return Err(broken("it does not follow the entry before it".into()));
        }
        let hash = |k| entry_hash(k, &prev, e.seq, &e.at, &e.event, e.record_id.as_deref(), e.revision, e.detail.as_deref());
        match keys {
            Some(k) if hash(Some(k)) == e.hash => {}
            Some(_) if hash(None) == e.hash && (e.seq < keyed_from || Event::written_locked(&e.event)) => {}
            Some(_) if hash(None) == e.hash => {
                return Err(broken("it is not authenticated with the vault's key: the log was rewritten outside FieldVault".into()))
            }
            Some(_) => return Err(broken("its contents do not match its hash: it was edited".into())),
            // Locked: a keyed entry cannot be checked here.
            None => {}
        }
        hashes.push(e.hash.clone());
        prev = e.hash;
        expected_seq += 1;
    }
    let last = expected_seq - 1;
    let anchors = anchors(conn)?;
    for (place, head) in &anchors {
        if head.seq > last {
            return Err(AuditError::Broken {
                seq: last + 1,
                why: format!("the log ends at entry {last} but {place} records entry {}: entries were cut from the end", head.seq),
            });
        }
        if usize::try_from(head.seq).ok().and_then(|i| hashes.get(i)) != Some(&head.hash) {
            return Err(AuditError::Broken { seq: head.seq, why: format!("it is not the entry {place} records: it was replaced") });
        }
    }
    match anchors.into_iter().map(|(_, h)| h).max_by_key(|h| h.seq) {
        Some(head) if head.seq == last => Ok(head),
        None if last == 0 => Ok(Head { seq: 0, hash: ZERO.to_owned() }),
        None => Err(AuditError::Broken { seq: last, why: "the chain head is missing".into() }),
        Some(head) => Err(AuditError::Broken {
            seq: head.seq + 1,
            why: format!("the vault recorded {} entries but the log has {last}: entries were added at the end", head.seq),
        }),
    }
}
